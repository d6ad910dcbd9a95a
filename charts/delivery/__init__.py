"""Progressive delivery: the analysis that gates every rollout, and the namespace of the promotion's
performance gate."""
