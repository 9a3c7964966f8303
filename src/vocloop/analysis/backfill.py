"""Incremental classification of stored customer texts: each text once per model version."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import and_, exists, func, insert, literal, select, update
from sqlalchemy.orm import Session, sessionmaker

from vocloop.store.models import Return, Review, SellerFeedback, TextClassification, Ticket


class ClassifiesTexts(Protocol):
    version: str

    def classify(
        self,
        texts: Sequence[str],
        *,
        reasons: Sequence[str | None] | None = None,
        langs: Sequence[str | None] | None = None,
    ) -> list[Any]: ...


@dataclass(frozen=True)
class TextSource:
    """A table whose rows carry customer words; `text`, `reason`, `asin` are SQL expressions."""

    kind: str
    model: Any
    text: Any  # SQL expressions (columns, coalesce(...)): SQLAlchemy types them too narrowly
    reason: Any
    asin: Any
    only: Any = None
    cause_column: Any = None  # a column of the source row that shows the newest root cause


def _joined(*columns: Any) -> Any:
    parts: list[Any] = [func.coalesce(column, "") for column in columns]
    joined = parts[0]
    for part in parts[1:]:
        joined = joined + literal(". ") + part
    return joined


TEXT_SOURCES: tuple[TextSource, ...] = (
    # Every return: an empty comment still has a reason code, which is the prior.
    TextSource(
        "return", Return, func.coalesce(Return.customer_comments, ""), Return.reason, Return.asin
    ),
    # Reviews of 1-3 stars are complaints; 4-5 stars are not read as such.
    TextSource(
        "review",
        Review,
        _joined(Review.title, Review.body),
        literal(None),
        Review.asin,
        Review.rating <= 3,
    ),
    TextSource(
        "seller_feedback",
        SellerFeedback,
        func.coalesce(SellerFeedback.comments, ""),
        literal(None),
        literal(None),
        SellerFeedback.comments.is_not(None),
    ),
    # Support tickets (the buyer's first words); only those of a store: classifications hang
    # off one (support.tickets classifies the others onto the ticket itself).
    TextSource(
        "ticket",
        Ticket,
        Ticket.description,
        literal(None),
        Ticket.asin,
        Ticket.store_id.is_not(None),
        Ticket.root_cause,
    ),
)


def _pending(
    source: TextSource, tenant_id: int, version: str, shard: tuple[int, int] | None = None
) -> Any:
    model = source.model
    done = exists().where(
        and_(
            TextClassification.source_kind == source.kind,
            TextClassification.source_id == model.id,
            TextClassification.model_version == version,
        )
    )
    conditions = [model.tenant_id == tenant_id, ~done]
    if source.only is not None:
        conditions.append(source.only)
    if shard is not None:  # (k, n): the rows whose id is k modulo n, one worker's share
        conditions.append(model.id % shard[1] == shard[0])
    return and_(*conditions)


def count_pending(session: Session, *, tenant_id: int, version: str) -> dict[str, int]:
    """How many texts of each kind the given model version has not read yet."""
    return {
        source.kind: int(
            session.scalar(
                select(func.count())
                .select_from(source.model)
                .where(_pending(source, tenant_id, version))
            )
            or 0
        )
        for source in TEXT_SOURCES
    }


def classify_next_batch(
    session: Session,
    *,
    tenant_id: int,
    source: TextSource,
    classifier: ClassifiesTexts,
    after_id: int = 0,
    size: int = 1000,
    shard: tuple[int, int] | None = None,
) -> tuple[int, int]:
    """Classify up to `size` unread texts of one kind with ids above `after_id`.

    Returns (how many it classified, the last id it looked at); (0, after_id) when none are left.
    Walking by id keeps each batch's query short however many texts are already done.
    """
    model = source.model
    rows = session.execute(
        select(model.id, model.store_id, source.text, source.reason, source.asin)
        .where(_pending(source, tenant_id, classifier.version, shard), model.id > after_id)
        .order_by(model.id)
        .limit(size)
    ).all()
    if not rows:
        return 0, after_id
    results = classifier.classify(
        [text or "" for _, _, text, _, _ in rows], reasons=[reason for _, _, _, reason, _ in rows]
    )
    session.execute(
        insert(TextClassification),
        [
            {
                "tenant_id": tenant_id,
                "store_id": store_id,
                "asin": asin,
                "source_kind": source.kind,
                "source_id": source_id,
                "model_version": classifier.version,
                "root_cause": result.root_cause,
                "root_cause_secondary": result.root_cause_secondary,
                "confidence": result.confidence,
                "lang": result.lang,
                "text_cause": result.text_cause,
                "reason_cause": result.reason_cause,
                "reason_mismatch": result.reason_mismatch,
            }
            for (source_id, store_id, _, _, asin), result in zip(rows, results, strict=True)
        ],
    )
    if source.cause_column is not None:
        by_cause: dict[str, list[int]] = {}
        for (source_id, *_), result in zip(rows, results, strict=True):
            by_cause.setdefault(result.root_cause, []).append(source_id)
        for cause, ids in by_cause.items():
            session.execute(
                update(model).where(model.id.in_(ids)).values({source.cause_column: cause})
            )
    return len(rows), rows[-1][0]


def classify_pending(
    sessions: sessionmaker[Session],
    *,
    tenant_id: int,
    classifier: ClassifiesTexts,
    on_batch: Callable[[int], None] | None = None,
    shard: tuple[int, int] | None = None,
) -> dict[str, int]:
    """Classify all of a tenant's unread texts, one transaction per batch; counts per kind.

    An interrupted run keeps the batches it finished, and the next run starts after them.
    `shard` (k, n) limits the run to ids equal to k modulo n (backfill_parallel's workers).
    """
    done: dict[str, int] = {}
    for source in TEXT_SOURCES:
        after_id, count = 0, 0
        while True:
            with sessions.begin() as session:
                n, after_id = classify_next_batch(
                    session,
                    tenant_id=tenant_id,
                    source=source,
                    classifier=classifier,
                    after_id=after_id,
                    shard=shard,
                )
            if n == 0:
                break
            count += n
            if on_batch is not None:
                on_batch(n)
        if count:
            done[source.kind] = count
    return done
