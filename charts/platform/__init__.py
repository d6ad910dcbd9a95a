"""Cluster-wide resources: namespaces, storage, node capacity and the platform add-ons."""
