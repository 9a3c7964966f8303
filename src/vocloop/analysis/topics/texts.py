"""The customer texts topics are built from: classified, tied to an ASIN, not yet in a topic."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, exists, func, literal, select
from sqlalchemy.orm import Session

from vocloop.analysis.causes import latest_model_version
from vocloop.analysis.classify import carries_text
from vocloop.store.models import Return, Review, TextClassification, TextTopic

_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class TopicText:
    """One stored text with what topics need: its words, cause, language and date."""

    source_kind: str
    source_id: int
    asin: str
    root_cause: str
    lang: str | None
    text: str
    occurred_on: dt.date


def _review_text() -> Any:
    return func.coalesce(Review.title, "") + literal(". ") + func.coalesce(Review.body, "")


# kind -> (model, text expression, date column); seller feedback names no ASIN, so it has no topic.
_SOURCES: dict[str, tuple[Any, Any, Any]] = {
    "return": (Return, Return.customer_comments, Return.return_date),
    "review": (Review, _review_text(), Review.review_date),
}


def embedding_key(text: str) -> str:
    """The text as embedded: whitespace collapsed, every number 0 (USE is digit-sensitive)."""
    return _DIGITS.sub("0", " ".join(text.split()))


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def unassigned_texts(
    session: Session, *, tenant_id: int, asin: str | None = None
) -> list[TopicText]:
    """Texts of the newest model version that carry words, have an ASIN and no topic yet."""
    version = latest_model_version(session, tenant_id=tenant_id)
    if version is None:
        return []
    found: list[TopicText] = []
    for kind, (model, text, date) in _SOURCES.items():
        assigned = exists().where(
            and_(
                TextTopic.tenant_id == tenant_id,
                TextTopic.source_kind == kind,
                TextTopic.source_id == TextClassification.source_id,
            )
        )
        query = (
            select(
                TextClassification.source_id,
                TextClassification.asin,
                TextClassification.root_cause,
                TextClassification.lang,
                text,
                date,
            )
            .join(
                model, and_(model.id == TextClassification.source_id, model.tenant_id == tenant_id)
            )
            .where(
                TextClassification.tenant_id == tenant_id,
                TextClassification.model_version == version,
                TextClassification.source_kind == kind,
                TextClassification.asin.is_not(None),
                func.length(func.coalesce(text, "")) > 0,
                ~assigned,
            )
            .order_by(TextClassification.source_id)
        )
        if asin is not None:
            query = query.where(TextClassification.asin == asin)
        for source_id, row_asin, cause, lang, words, when in session.execute(query):
            cleaned = " ".join(str(words).split()).strip(". ")
            if carries_text(cleaned):
                found.append(
                    TopicText(
                        kind,
                        int(source_id),
                        str(row_asin),
                        str(cause),
                        lang,
                        cleaned,
                        _as_date(when),
                    )
                )
    return found


def texts_by_id(
    session: Session, *, tenant_id: int, keys: Sequence[tuple[str, int]]
) -> dict[tuple[str, int], str]:
    """The words of the given (source_kind, source_id) texts of one tenant."""
    found: dict[tuple[str, int], str] = {}
    for kind, (model, text, _) in _SOURCES.items():
        ids = sorted({source_id for key_kind, source_id in keys if key_kind == kind})
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(model.id, text).where(
                    model.tenant_id == tenant_id, model.id.in_(ids[start : start + 500])
                )
            )
            for source_id, words in rows:
                found[(kind, int(source_id))] = " ".join(str(words or "").split()).strip(". ")
    return found
