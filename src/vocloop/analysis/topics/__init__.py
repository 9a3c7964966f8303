"""Topics under the root causes: recurring specific issues per ASIN, with stable ids."""

from vocloop.analysis.topics.glossary import TERMS, Gloss, gloss
from vocloop.analysis.topics.listing import TopicQuote, TopicView, iso_week, list_topics
from vocloop.analysis.topics.refresh import (
    ASSIGN_THRESHOLD,
    CLUSTER_THRESHOLD,
    MIN_TOPIC_SIZE,
    RefreshSummary,
    refresh_topics,
)

__all__ = [
    "ASSIGN_THRESHOLD",
    "CLUSTER_THRESHOLD",
    "MIN_TOPIC_SIZE",
    "TERMS",
    "Gloss",
    "RefreshSummary",
    "TopicQuote",
    "TopicView",
    "gloss",
    "iso_week",
    "list_topics",
    "refresh_topics",
]
