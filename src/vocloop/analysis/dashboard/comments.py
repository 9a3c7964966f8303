"""The comments explorer: customer texts of every source, searched and filtered, with their rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import String, and_, cast, func, inspect, or_, select
from sqlalchemy.orm import Session

from vocloop.analysis.causes import latest_model_version
from vocloop.analysis.dashboard.scope import Scope
from vocloop.errors import NotFound
from vocloop.store.models import (
    Return,
    Review,
    SellerFeedback,
    Store,
    TextClassification,
    Ticket,
)

PAGE = 50


@dataclass(frozen=True)
class _Kind:
    model: Any
    date: Any
    texts: tuple[Any, ...]
    asin: Any
    code: Any  # reason code, or star rating


COMMENT_KINDS: dict[str, _Kind] = {
    "return": _Kind(
        Return, Return.return_date, (Return.customer_comments,), Return.asin, Return.reason
    ),
    "review": _Kind(
        Review, Review.review_date, (Review.title, Review.body), Review.asin, Review.rating
    ),
    "seller_feedback": _Kind(
        SellerFeedback,
        SellerFeedback.feedback_date,
        (SellerFeedback.comments,),
        SellerFeedback.order_id,
        SellerFeedback.rating,
    ),
    # Support tickets: the buyer's first words, with the order id as the code.
    "ticket": _Kind(Ticket, Ticket.created_at, (Ticket.description,), Ticket.asin, Ticket.order_id),
}


@dataclass(frozen=True)
class CommentSearch:
    kind: str = "return"
    text: str | None = None
    asin: str | None = None
    code: str | None = None  # reason code or rating
    cause: str | None = None
    lang: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    page: int = 0


@dataclass(frozen=True)
class CommentRow:
    kind: str
    id: int
    date: dt.date | dt.datetime
    store: str
    asin: str | None
    code: str | None
    text: str
    cause: str | None
    lang: str | None


def search_comments(session: Session, scope: Scope, search: CommentSearch) -> list[CommentRow]:
    """One page of non-empty texts matching the search, newest first."""
    kind = COMMENT_KINDS.get(search.kind)
    if kind is None:
        raise NotFound(f"There are no comments of kind '{search.kind}'.")
    model = kind.model
    version = latest_model_version(session, tenant_id=scope.tenant_id) or ""
    joined = and_(
        TextClassification.source_kind == search.kind,
        TextClassification.source_id == model.id,
        TextClassification.model_version == version,
    )
    text: Any = func.coalesce(kind.texts[0], "")
    for extra in kind.texts[1:]:
        text = text + " " + func.coalesce(extra, "")
    query = (
        select(
            model.id,
            kind.date,
            Store.slug,
            kind.asin,
            kind.code,
            text,
            TextClassification.root_cause,
            TextClassification.lang,
        )
        .join(Store, Store.id == model.store_id)
        .outerjoin(TextClassification, joined)
        .where(or_(*(func.length(func.coalesce(t, "")) > 0 for t in kind.texts)))
    )
    if search.text:
        query = query.where(
            or_(*(t.contains(search.text.strip(), autoescape=True) for t in kind.texts))
        )
    if search.asin:
        query = query.where(kind.asin == search.asin.strip().upper())
    if search.code:
        query = query.where(cast(kind.code, String) == search.code)
    if search.cause:
        query = query.where(TextClassification.root_cause == search.cause)
    if search.lang:
        query = query.where(TextClassification.lang == search.lang)
    if search.since:
        query = query.where(kind.date >= search.since)
    if search.until:
        query = query.where(kind.date < search.until + dt.timedelta(days=1))
    query = scope.filter(query, model).order_by(kind.date.desc(), model.id.desc())
    rows = session.execute(query.limit(PAGE).offset(search.page * PAGE))
    return [
        CommentRow(search.kind, int(i), d, str(s), a, None if c is None else str(c), str(t), rc, lg)
        for i, d, s, a, c, t, rc, lg in rows
    ]


def _plain(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def source_record(session: Session, scope: Scope, kind: str, row_id: int) -> dict[str, object]:
    """Every stored field of one source row the reader may see, in column order."""
    found = COMMENT_KINDS.get(kind)
    if found is None:
        raise NotFound(f"There are no comments of kind '{kind}'.")
    model = found.model
    row = session.scalar(scope.filter(select(model).where(model.id == row_id), model))
    if row is None:
        raise NotFound("There is no such record in the stores you can see.")
    skip = {"tenant_id", "natural_key"}
    return {
        column.key: _plain(getattr(row, column.key))
        for column in inspect(model).columns
        if column.key not in skip
    }
