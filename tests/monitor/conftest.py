"""The shipped classifier, loaded once for the monitoring tests (alerts read its causes)."""

from __future__ import annotations

import pytest

from vocloop.analysis.classify import Classifier, load_classifier


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return load_classifier()
