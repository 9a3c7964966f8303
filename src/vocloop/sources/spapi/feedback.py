"""Customer Feedback API: Amazon's review and return topics per ASIN and per category."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from vocloop.sources.spapi.client import SpapiClient
from vocloop.sources.spapi.errors import SpapiError
from vocloop.sources.spapi.sdk import spapi
from vocloop.store.models import FeedbackTopic, Product, Store

if TYPE_CHECKING:
    from vocloop.sources.spapi.sync import KindResult


def _date(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    try:
        parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)


def _rows(
    store: Store,
    payload: Any,
    *,
    subject: str,
    subject_id: str,
    feedback: str,
    now: dt.datetime,
) -> list[FeedbackTopic]:
    """Rows of one response: review topics come split by polarity, return topics as one list."""
    if payload is None:
        return []  # 204: too few reviews for Amazon to name topics
    body = payload.to_dict()
    date_range = body.get("date_range") or {}
    name = body.get("item_name") or body.get("display_name")
    topics = body.get("topics")
    groups: list[tuple[str | None, list[dict[str, Any]]]]
    if isinstance(topics, dict):
        groups = [
            ("positive", topics.get("positive_topics") or []),
            ("negative", topics.get("negative_topics") or []),
        ]
    else:
        groups = [(None, topics or [])]
    rows = []
    for polarity, items in groups:
        for item in items:
            metrics = {key: value for key, value in item.items() if key != "topic"}
            rows.append(
                FeedbackTopic(
                    tenant_id=store.tenant_id,
                    store_id=store.id,
                    subject=subject,
                    subject_id=subject_id,
                    subject_name=(name or "")[:500] or None,
                    feedback=feedback,
                    polarity=polarity,
                    topic=str(item.get("topic")).strip()[:300],  # sandbox pads some
                    metrics=_jsonable(metrics),
                    date_start=_date(date_range.get("start_date")),
                    date_end=_date(date_range.get("end_date")),
                    fetched_at=now,
                )
            )
    return rows


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return value


def _replace(
    sessions: sessionmaker[Session], store: Store, subject_id: str, rows: list[Any]
) -> None:
    with sessions.begin() as session:
        session.execute(
            delete(FeedbackTopic).where(
                FeedbackTopic.store_id == store.id, FeedbackTopic.subject_id == subject_id
            )
        )
        session.add_all(rows)


def sync_customer_feedback(
    sessions: sessionmaker[Session],
    client: SpapiClient,
    store: Store,
    *,
    asin_limit: int,
    outcome: KindResult,
) -> None:
    """Fetch topics for the store's ASINs and their categories; one ASIN Amazon refuses is skipped.

    There is no item-level return endpoint: return topics exist per category only (APIS.md §4).
    """
    with sessions() as session:
        asins = list(
            session.scalars(
                select(Product.asin)
                .where(Product.store_id == store.id)
                .distinct()
                .order_by(Product.asin)
                .limit(asin_limit)
            )
        )
    api = client.api(spapi.CustomerFeedbackApi)
    marketplace_id = store.marketplace_id
    now = dt.datetime.now(dt.UTC)
    nodes: set[str] = set()
    skipped: list[str] = []
    for asin in asins:
        try:
            topics = client.call(
                "getItemReviewTopics",
                api.get_item_review_topics_with_http_info,
                asin,
                marketplace_id,
                "MENTIONS",
            )
            node = client.call(
                "getItemBrowseNode", api.get_item_browse_node_with_http_info, asin, marketplace_id
            )
        except SpapiError as error:
            if error.retryable or error.status in (401, 403):
                raise
            skipped.append(asin)
            continue
        rows = _rows(store, topics, subject="item", subject_id=asin, feedback="review", now=now)
        if node is not None and node.browse_node_id:
            nodes.add(str(node.browse_node_id))
            for row in rows:  # which category benchmark this ASIN is compared with
                row.metrics = {**row.metrics, "browse_node_id": str(node.browse_node_id)}
        _replace(sessions, store, asin, rows)
        outcome.records += len(rows)
    for node_id in sorted(nodes):
        reviews = client.call(
            "getBrowseNodeReviewTopics",
            api.get_browse_node_review_topics_with_http_info,
            node_id,
            marketplace_id,
            "MENTIONS",
        )
        returns = client.call(
            "getBrowseNodeReturnTopics",
            api.get_browse_node_return_topics_with_http_info,
            node_id,
            marketplace_id,
        )
        rows = _rows(
            store, reviews, subject="browse_node", subject_id=node_id, feedback="review", now=now
        ) + _rows(
            store, returns, subject="browse_node", subject_id=node_id, feedback="return", now=now
        )
        _replace(sessions, store, node_id, rows)
        outcome.records += len(rows)
    outcome.added = outcome.records
    outcome.reports = len(asins) + len(nodes)
    if skipped:
        outcome.message = (
            f"Amazon refused topics for {len(skipped)} ASINs: {', '.join(skipped[:5])}"
        )


def list_feedback_topics(
    session: Session, *, store: Store, asin: str | None = None
) -> list[dict[str, Any]]:
    """Amazon's topics for a store (an ASIN's, with its category's), negative first."""
    query = select(FeedbackTopic).where(FeedbackTopic.store_id == store.id)
    rows = list(session.scalars(query))
    if asin is not None:
        nodes = {
            row.metrics.get("browse_node_id")
            for row in rows
            if row.subject == "item" and row.subject_id == asin
        }
        rows = [r for r in rows if r.subject_id == asin or r.subject_id in nodes]
    order = {"negative": 0, None: 1, "positive": 2}
    rows.sort(key=lambda r: (r.subject != "item", r.subject_id, r.feedback, order[r.polarity]))
    return [
        {
            "subject": row.subject,
            "subject_id": row.subject_id,
            "subject_name": row.subject_name,
            "feedback": row.feedback,
            "polarity": row.polarity,
            "topic": row.topic,
            "metrics": row.metrics,
            "date_start": row.date_start.date().isoformat() if row.date_start else None,
            "date_end": row.date_end.date().isoformat() if row.date_end else None,
        }
        for row in rows
    ]
