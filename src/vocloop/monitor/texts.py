"""Classified customer texts with their dates, for detectors and for the quotes alerts carry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocloop.analysis.causes import latest_model_version
from vocloop.store.models import (
    Return,
    Review,
    SellerFeedback,
    TextClassification,
    TextTopic,
    Ticket,
    Topic,
)

# source kind -> (table, date column, text column)
_SOURCES: dict[str, tuple[Any, Any, Any]] = {
    "return": (Return, Return.return_date, Return.customer_comments),
    "review": (Review, Review.review_date, func.coalesce(Review.body, Review.title)),
    "seller_feedback": (SellerFeedback, SellerFeedback.feedback_date, SellerFeedback.comments),
    "ticket": (Ticket, Ticket.created_at, Ticket.description),
}


@dataclass(frozen=True)
class DatedText:
    kind: str
    source_id: int
    store_id: int
    asin: str | None
    day: dt.date
    cause: str
    confidence: float
    has_words: bool


def _day(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def dated_texts(session: Session, *, tenant_id: int) -> list[DatedText]:
    """Every text of the tenant as read by its newest model version, oldest first."""
    version = latest_model_version(session, tenant_id=tenant_id)
    if version is None:
        return []
    found: list[DatedText] = []
    for kind, (model, date_column, text_column) in _SOURCES.items():
        rows = session.execute(
            select(
                TextClassification.source_id,
                TextClassification.store_id,
                TextClassification.asin,
                date_column,
                TextClassification.root_cause,
                TextClassification.confidence,
                func.length(func.coalesce(text_column, "")) > 0,
            )
            .join(model, model.id == TextClassification.source_id)
            .where(
                TextClassification.tenant_id == tenant_id,
                TextClassification.model_version == version,
                TextClassification.source_kind == kind,
            )
        )
        found.extend(
            DatedText(kind, int(i), int(s), a, _day(d), str(c), float(p), bool(w))
            for i, s, a, d, c, p, w in rows
        )
    found.sort(key=lambda text: (text.day, text.kind, text.source_id))
    return found


def quote_texts(session: Session, picked: list[DatedText], limit: int = 3) -> list[dict[str, Any]]:
    """The words of the picked texts, as alerts store them; the same wording only once."""
    quotes: list[dict[str, Any]] = []
    seen: set[str] = set()
    for text in picked:
        if len(quotes) == limit:
            break
        model, _, text_column = _SOURCES[text.kind]
        words = session.scalar(select(text_column).where(model.id == text.source_id))
        lang = session.scalar(
            select(TextClassification.lang)
            .where(
                TextClassification.source_kind == text.kind,
                TextClassification.source_id == text.source_id,
            )
            .order_by(TextClassification.id.desc())
            .limit(1)
        )
        if words and str(words).strip().casefold() not in seen:
            seen.add(str(words).strip().casefold())
            quotes.append(
                {
                    "text": str(words),
                    "lang": lang,
                    "source": text.kind,
                    "id": text.source_id,
                    "date": text.day.isoformat(),
                }
            )
    return quotes


def most_telling(texts: list[DatedText], limit: int = 3) -> list[DatedText]:
    """Texts with words, the classifier's surest first, newest breaking ties."""
    with_words = [text for text in texts if text.has_words]
    with_words.sort(key=lambda text: (-round(text.confidence, 2), -text.day.toordinal()))
    return with_words[: limit * 4]  # callers drop repeated wordings, see quote_texts


def topic_links(
    session: Session, *, tenant_id: int
) -> tuple[dict[tuple[str, int], int], dict[int, dict[str, Any]]]:
    """(source kind, source id) -> topic id, and each topic's words for alert summaries."""
    links = {
        (kind, int(source_id)): int(topic_id)
        for kind, source_id, topic_id in session.execute(
            select(TextTopic.source_kind, TextTopic.source_id, TextTopic.topic_id).where(
                TextTopic.tenant_id == tenant_id
            )
        )
    }
    labels = {
        topic.id: {
            "label": topic.label,
            "gloss_en": topic.gloss_en,
            "gloss_zh": topic.gloss_zh,
            "cause": topic.root_cause,
        }
        for topic in session.scalars(select(Topic).where(Topic.tenant_id == tenant_id))
    }
    return links, labels
