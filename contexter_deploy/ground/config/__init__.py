"""The typed environment model and its loader, shared by the cdk8s and cdktf apps."""

from contexter_deploy.ground.config.errors import ConfigError, ConfigIssue, RuleViolation
from contexter_deploy.ground.config.loader import ENVIRONMENTS_DIR, load_environment, load_environments
from contexter_deploy.ground.config.model import ENVIRONMENT_NAMES, Environment

__all__ = [
    "ENVIRONMENTS_DIR",
    "ENVIRONMENT_NAMES",
    "ConfigError",
    "ConfigIssue",
    "Environment",
    "RuleViolation",
    "load_environment",
    "load_environments",
]
