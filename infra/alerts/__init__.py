"""Alerts that AWS itself raises (CloudWatch alarms), delivered by SNS."""
