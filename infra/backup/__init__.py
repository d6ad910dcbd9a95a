"""Backups and disaster recovery: the S3 backup bucket and its DR replica, and AWS Backup."""
