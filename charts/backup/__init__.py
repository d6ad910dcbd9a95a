"""Backups and restores: the backup CronJobs, the Velero Schedule, restore Jobs and their alerts."""
