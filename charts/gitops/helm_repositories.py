"""Helm repositories that serve several add-ons, and the Istio release their four charts share."""

from __future__ import annotations

ARGO_REPO = "https://argoproj.github.io/argo-helm"
"""argo-cd and argo-rollouts."""

PROMETHEUS_COMMUNITY_REPO = "https://prometheus-community.github.io/helm-charts"
"""prometheus-operator-crds, kube-prometheus-stack, prometheus-pushgateway and prometheus-adapter."""

ISTIO_REPO = "https://istio-release.storage.googleapis.com/charts"
"""Istio's ``base``, ``cni``, ``istiod`` and ``gateway`` charts."""

ISTIO_VERSION = "1.28.3"
"""The Istio release: its four charts move together, so a bump changes this one pin."""
