"""Kubernetes NetworkPolicies: the layer-3/4 half of the zero-trust model, derived from the call graph."""
