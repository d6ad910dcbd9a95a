"""Istio: mutual TLS, authorization, routing, egress and the edge, derived from the call graph."""
