"""Monitoring: the metric contract, ServiceMonitors, alerts and dashboards."""
