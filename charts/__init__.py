"""The cdk8s app: every Kubernetes document that Argo CD syncs from ``dist/<env>``."""
