"""Progressive delivery: the analysis that gates every rollout."""
