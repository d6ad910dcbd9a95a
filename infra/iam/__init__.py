"""IAM: typed policy documents, and the roles that pods assume through EKS Pod Identity."""
