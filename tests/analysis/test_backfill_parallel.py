"""Several worker processes share one backfill: every text classified once, none twice."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from tests.conftest import AMAZON_FIXTURES
from tests.factories import import_paths
from vocloop.analysis.backfill_parallel import classify_pending_in_parallel
from vocloop.analysis.classify import Classification
from vocloop.app import App
from vocloop.store.access import get_tenant
from vocloop.store.models import TextClassification


class LengthClassifier:
    """A stand-in whose cause depends on the text, so a row classified twice would show."""

    version = "length-model"

    def classify(
        self,
        texts: Sequence[str],
        *,
        reasons: Sequence[str | None] | None = None,
        langs: Sequence[str | None] | None = None,
    ) -> list[Classification]:
        causes = ("other", "quality_defect", "size_fit")
        return [
            Classification(causes[len(t) % 3], None, 0.5, None, causes[len(t) % 3], None, None)
            for t in texts
        ]


def make_length_classifier() -> LengthClassifier:
    return LengthClassifier()


def test_three_workers_read_every_text_exactly_once(app: App) -> None:
    import_paths(app, AMAZON_FIXTURES / "fba_returns.tsv", AMAZON_FIXTURES / "seller_feedback.tsv")
    with app.sessions() as session:
        tenant_id = get_tenant(session, "default").id
    batches: list[int] = []
    counts = classify_pending_in_parallel(
        app.settings.resolved_database_url,
        tenant_id=tenant_id,
        workers=3,
        classifier_factory=make_length_classifier,
        on_batch=batches.append,
    )
    assert counts == {"return": 31, "seller_feedback": 5}
    assert sum(batches) == 36
    with app.sessions() as session:
        rows = session.execute(
            select(
                TextClassification.source_kind, TextClassification.source_id, func.count()
            ).group_by(TextClassification.source_kind, TextClassification.source_id)
        ).all()
    assert len(rows) == 36 and all(n == 1 for *_, n in rows)
    again = classify_pending_in_parallel(
        app.settings.resolved_database_url,
        tenant_id=tenant_id,
        workers=3,
        classifier_factory=make_length_classifier,
    )
    assert again == {}
