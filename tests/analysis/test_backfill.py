"""Incremental classification keeps history per model version; readers take the newest."""

from __future__ import annotations

from collections.abc import Sequence

from tests.conftest import AMAZON_FIXTURES
from tests.factories import import_paths
from vocloop.analysis.backfill import classify_pending, count_pending
from vocloop.analysis.causes import cause_mix
from vocloop.analysis.classify import Classification
from vocloop.app import App
from vocloop.store.access import count_rows, get_tenant
from vocloop.store.models import TextClassification


class OneCauseClassifier:
    """A stand-in model that calls everything one cause: the bookkeeping is what is tested."""

    def __init__(self, version: str, cause: str) -> None:
        self.version = version
        self.cause = cause

    def classify(
        self,
        texts: Sequence[str],
        *,
        reasons: Sequence[str | None] | None = None,
        langs: Sequence[str | None] | None = None,
    ) -> list[Classification]:
        return [Classification(self.cause, None, 0.5, None, self.cause, None, None) for _ in texts]


def test_new_model_version_reclassifies_and_keeps_history(app: App) -> None:
    import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv")
    with app.sessions() as session:
        tenant_id = get_tenant(session, "default").id
    first = OneCauseClassifier("model-a", "other")
    assert classify_pending(app.sessions, tenant_id=tenant_id, classifier=first) == {"return": 31}
    assert classify_pending(app.sessions, tenant_id=tenant_id, classifier=first) == {}
    second = OneCauseClassifier("model-b", "quality_defect")
    with app.sessions() as session:
        assert count_pending(session, tenant_id=tenant_id, version="model-b")["return"] == 31
    assert classify_pending(app.sessions, tenant_id=tenant_id, classifier=second) == {"return": 31}
    with app.sessions() as session:
        assert count_rows(session, TextClassification, tenant_id=tenant_id) == 62
        mix = cause_mix(session, tenant_id=tenant_id)
    assert mix.model_version == "model-b"
    assert [(c.code, c.count) for c in mix.causes] == [("quality_defect", 31)]
