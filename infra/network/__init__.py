"""The VPC: subnets across zones, NAT, endpoints and flow logs."""
