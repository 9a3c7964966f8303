"""Reading topics back: sizes, counts per ISO week and the three most typical quotes."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocloop.analysis.topics.texts import texts_by_id
from vocloop.store.models import TextTopic, Topic

QUOTES_PER_TOPIC = 3


@dataclass(frozen=True)
class TopicQuote:
    text: str
    kind: str
    source_id: int
    similarity: float


@dataclass
class TopicView:
    """A topic as users see it; weeks maps ISO weeks ("2026-W07") to text counts, oldest first."""

    id: int
    asin: str
    root_cause: str
    label: str
    label_lang: str | None
    gloss_en: str | None
    gloss_zh: str | None
    size: int
    first_seen: dt.date
    last_seen: dt.date
    weeks: dict[str, int] = field(default_factory=dict)
    quotes: list[TopicQuote] = field(default_factory=list)


def iso_week(day: dt.date) -> str:
    """The ISO 8601 week of a date, as "2026-W07"."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def list_topics(
    session: Session, *, tenant_id: int, asin: str | None = None, root_cause: str | None = None
) -> list[TopicView]:
    """A tenant's topics by ASIN, then largest first, with weekly counts and quotes."""
    query = select(Topic).where(Topic.tenant_id == tenant_id)
    if asin is not None:
        query = query.where(Topic.asin == asin)
    if root_cause is not None:
        query = query.where(Topic.root_cause == root_cause)
    topics = session.scalars(query.order_by(Topic.asin, Topic.size.desc(), Topic.id)).all()
    if not topics:
        return []
    views = {
        topic.id: TopicView(
            topic.id,
            topic.asin,
            topic.root_cause,
            topic.label,
            topic.label_lang,
            topic.gloss_en,
            topic.gloss_zh,
            topic.size,
            topic.first_seen,
            topic.last_seen,
        )
        for topic in topics
    }
    ids = list(views)
    weekly: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(TextTopic.topic_id, TextTopic.occurred_on, func.count())
            .where(
                TextTopic.tenant_id == tenant_id, TextTopic.topic_id.in_(ids[start : start + 500])
            )
            .group_by(TextTopic.topic_id, TextTopic.occurred_on)
        )
        for topic_id, day, count in rows:
            weekly[int(topic_id)][iso_week(day)] += int(count)
    for topic_id, view in views.items():
        view.weeks = dict(sorted(weekly[topic_id].items()))
    _add_quotes(session, tenant_id, views)
    return list(views.values())


def _add_quotes(session: Session, tenant_id: int, views: dict[int, TopicView]) -> None:
    """The members closest to each centroid, one quote per distinct wording."""
    candidates: dict[int, list[tuple[str, int, float]]] = defaultdict(list)
    ids = list(views)
    for start in range(0, len(ids), 500):
        ranked = (
            select(
                TextTopic.topic_id,
                TextTopic.source_kind,
                TextTopic.source_id,
                TextTopic.similarity,
                func.row_number()
                .over(
                    partition_by=TextTopic.topic_id,
                    order_by=(
                        TextTopic.similarity.desc(),
                        TextTopic.source_kind,
                        TextTopic.source_id,
                    ),
                )
                .label("rank"),
            )
            .where(
                TextTopic.tenant_id == tenant_id, TextTopic.topic_id.in_(ids[start : start + 500])
            )
            .subquery()
        )
        # A few spare rows per topic, since identical comments count as one quote.
        rows = session.execute(select(ranked).where(ranked.c.rank <= 4 * QUOTES_PER_TOPIC))
        for topic_id, kind, source_id, similarity, _ in rows:
            candidates[int(topic_id)].append((str(kind), int(source_id), float(similarity)))
    words = texts_by_id(
        session,
        tenant_id=tenant_id,
        keys=[(kind, source_id) for found in candidates.values() for kind, source_id, _ in found],
    )
    for topic_id, found in candidates.items():
        seen: set[str] = set()
        for kind, source_id, similarity in sorted(found, key=lambda c: (-c[2], c[0], c[1])):
            text = words.get((kind, source_id), "")
            if text and text not in seen and len(views[topic_id].quotes) < QUOTES_PER_TOPIC:
                seen.add(text)
                views[topic_id].quotes.append(TopicQuote(text, kind, source_id, similarity))
