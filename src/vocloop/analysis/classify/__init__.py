"""Root-cause classification of complaint texts in any marketplace language."""

from __future__ import annotations

from functools import cache

from vocloop.analysis.classify.classifier import Classifier, carries_text, model_version
from vocloop.analysis.classify.langid import LANGUAGES
from vocloop.analysis.classify.lexicon import keyword_cause
from vocloop.analysis.classify.reasons import combine
from vocloop.analysis.classify.result import Classification
from vocloop.analysis.classify.safety import find_safety_hazard


@cache
def load_classifier() -> Classifier:
    """The shipped classifier, loaded once per process (no network access)."""
    return Classifier()


__all__ = [
    "LANGUAGES",
    "Classification",
    "Classifier",
    "carries_text",
    "combine",
    "find_safety_hazard",
    "keyword_cause",
    "load_classifier",
    "model_version",
]
