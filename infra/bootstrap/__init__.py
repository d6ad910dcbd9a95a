"""The shared bootstrap stack: Terraform state, ECR, and each account's GitHub OIDC deploy roles."""
