"""Retention: personal data removed on Amazon's schedule (POLICY.md §5) and per buyer consent."""

from vocloop.support.retention.rules import (
    AMAZON_RETENTION_DAYS,
    RETENTION_RULES,
    RetentionAction,
    RetentionRule,
    add_retention_rule,
)
from vocloop.support.retention.run import retention_log, run_retention
from vocloop.support.retention.scrub import scrub_contact_details

__all__ = [
    "AMAZON_RETENTION_DAYS",
    "RETENTION_RULES",
    "RetentionAction",
    "RetentionRule",
    "add_retention_rule",
    "retention_log",
    "run_retention",
    "scrub_contact_details",
]
