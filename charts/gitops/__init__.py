"""Argo CD: the projects, the root and environment Applications, and the pinned platform add-ons."""
