"""Fixtures for the analysis tests: the shipped classifier, loaded once per session."""

from __future__ import annotations

import pytest

from vocloop.analysis.classify import Classifier, load_classifier


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    return load_classifier()
