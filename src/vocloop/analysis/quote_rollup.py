"""The quotes rollup: per store, ASIN and root cause, the most confident distinct customer texts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, insert, literal, select, union_all
from sqlalchemy.orm import Session

from vocloop.store.models import (
    AsinQuote,
    Return,
    Review,
    SellerFeedback,
    TextClassification,
    Ticket,
)

QUOTES_KEPT = 3  # per store, ASIN and cause: what the ASIN page shows
QUOTE_SOURCES: dict[str, tuple[Any, Any]] = {
    "return": (Return, Return.customer_comments),
    "review": (Review, Review.body),
    "seller_feedback": (SellerFeedback, SellerFeedback.comments),
    "ticket": (Ticket, Ticket.description),  # the buyer's own first words, off Amazon
}


def rebuild_quotes(session: Session, *, tenant_id: int, model_version: str) -> None:
    """Insert the tenant's quotes (the caller has deleted the old ones).

    Order: confidence, then source kind and id, as the page ranks them; an identical text counts
    once, so each store keeps up to QUOTES_KEPT different sentences per cause.
    """
    parts = [
        select(
            TextClassification.store_id,
            TextClassification.asin,
            TextClassification.root_cause,
            literal(kind).label("kind"),
            model.id.label("source_id"),
            column.label("text"),
            TextClassification.lang,
            TextClassification.confidence,
        )
        .join(model, model.id == TextClassification.source_id)
        .where(
            TextClassification.tenant_id == tenant_id,
            TextClassification.model_version == model_version,
            TextClassification.source_kind == kind,
            TextClassification.asin.is_not(None),
            func.length(func.coalesce(column, "")) > 0,
        )
        for kind, (model, column) in QUOTE_SOURCES.items()
    ]
    texts = union_all(*parts).subquery("texts")
    order = (texts.c.confidence.desc(), texts.c.kind, texts.c.source_id)
    best_of_text = select(
        texts,
        func.row_number()
        .over(
            partition_by=(texts.c.store_id, texts.c.asin, texts.c.root_cause, texts.c.text),
            order_by=order,
        )
        .label("copy"),
    ).subquery("distinct_texts")
    distinct = select(best_of_text).where(best_of_text.c.copy == 1).subquery("distinct_only")
    ranked = select(
        distinct,
        func.row_number()
        .over(
            partition_by=(distinct.c.store_id, distinct.c.asin, distinct.c.root_cause),
            order_by=(distinct.c.confidence.desc(), distinct.c.kind, distinct.c.source_id),
        )
        .label("rank"),
    ).subquery("ranked")
    columns = ["store_id", "asin", "root_cause", "kind", "source_id", "text", "lang", "confidence"]
    session.execute(
        insert(AsinQuote).from_select(
            ["tenant_id", *columns],
            select(literal(tenant_id), *(ranked.c[name] for name in columns)).where(
                ranked.c.rank <= QUOTES_KEPT
            ),
        )
    )
