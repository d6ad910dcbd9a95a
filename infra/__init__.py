"""The cdktf app: one Terraform stack per environment, synthesized to plain Terraform JSON."""
