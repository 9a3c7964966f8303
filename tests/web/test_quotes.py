"""The ASIN page's quotes come from the quotes rollup and equal a direct reading of the texts."""

from __future__ import annotations

from sqlalchemy import select

from tests.web.conftest import TODAY, TenantData
from vocloop.analysis.causes import latest_model_version
from vocloop.analysis.dashboard import Period, Scope, asin_detail
from vocloop.analysis.rollup import ensure_rollups
from vocloop.app import App
from vocloop.errors import NotFound
from vocloop.store.models import Return, Review, SellerFeedback, TextClassification

TEXT_OF = {
    "return": (Return, Return.customer_comments),
    "review": (Review, Review.body),
    "seller_feedback": (SellerFeedback, SellerFeedback.comments),
}


def _expected(app: App, scope: Scope, asin: str) -> dict[str, list[tuple[str, str, int]]]:
    """Per cause, the 3 most confident distinct non-empty texts, read from the fact tables."""
    found: dict[str, list[tuple[float, str, int, str]]] = {}
    with app.sessions() as session:
        version = latest_model_version(session, tenant_id=scope.tenant_id)
        for kind, (model, column) in TEXT_OF.items():
            rows = session.execute(
                select(TextClassification, column)
                .join(model, model.id == TextClassification.source_id)
                .where(
                    TextClassification.tenant_id == scope.tenant_id,
                    TextClassification.source_kind == kind,
                    TextClassification.model_version == version,
                    TextClassification.asin == asin,
                )
            )
            for row, text in rows:
                if text and (scope.store_ids is None or row.store_id in scope.store_ids):
                    found.setdefault(row.root_cause, []).append(
                        (-row.confidence, kind, row.source_id, text)
                    )
    expected = {}
    for code, quotes in found.items():
        picked: list[tuple[str, str, int]] = []
        for _, kind, source_id, text in sorted(quotes):
            if len(picked) < 3 and all(text != seen for seen, _, _ in picked):
                picked.append((text, kind, source_id))
        expected[code] = picked
    return expected


def test_quotes_of_every_asin_equal_the_texts_read_directly(
    web_app: App, two_tenants: tuple[TenantData, TenantData]
) -> None:
    alpha, _ = two_tenants
    today = TODAY.date()
    ensure_rollups(web_app.sessions, tenant_id=alpha.id, today=today)
    with web_app.sessions() as session:
        asins = sorted(
            set(
                session.scalars(
                    select(TextClassification.asin).where(
                        TextClassification.tenant_id == alpha.id,
                        TextClassification.asin.is_not(None),
                    )
                )
            )
        )
    assert len(asins) >= 3
    compared = 0
    for scope in (Scope(alpha.id), Scope(alpha.id, (alpha.store_ids[0],))):
        for asin in asins:
            expected = _expected(web_app, scope, asin)
            with web_app.sessions() as session:
                try:
                    detail = asin_detail(session, scope, asin, Period.last(90, today))
                except NotFound:
                    continue
            shown = {
                c.code: [(q.text, q.kind, q.source_id) for q in c.quotes]
                for c in detail.causes.causes
            }
            assert {code: q for code, q in shown.items() if q} == {
                code: q for code, q in expected.items() if q
            }, asin
            compared += sum(len(q) for q in shown.values())
    assert compared > 10
