"""Root-cause mix of a tenant, store or ASIN: counts, shares and the customers' own words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocloop.store.models import Return, Review, SellerFeedback, TextClassification, Ticket

QUOTES_PER_CAUSE = 3
_QUOTE_SOURCES: dict[str, tuple[Any, Any]] = {
    "return": (Return, Return.customer_comments),
    "review": (Review, Review.body),
    "seller_feedback": (SellerFeedback, SellerFeedback.comments),
    "ticket": (Ticket, Ticket.description),
}


@dataclass(frozen=True)
class Quote:
    text: str
    kind: str
    source_id: int
    lang: str | None
    confidence: float


@dataclass
class CauseShare:
    code: str
    count: int
    share: float
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class CauseMix:
    """The mix for one scope under one model version; mismatches count reason-code conflicts."""

    model_version: str | None
    total: int
    causes: list[CauseShare]
    reason_mismatches: int


def latest_model_version(session: Session, *, tenant_id: int) -> str | None:
    """The model version of the tenant's most recent classification (versions are hashes)."""
    return session.scalar(
        select(TextClassification.model_version)
        .where(TextClassification.tenant_id == tenant_id)
        .order_by(TextClassification.id.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class _Scope:
    tenant_id: int
    version: str
    store_id: int | None
    asin: str | None


def _scoped(query: Any, scope: _Scope) -> Any:  # any Select; 2.1 types them by column tuple
    query = query.where(
        TextClassification.tenant_id == scope.tenant_id,
        TextClassification.model_version == scope.version,
    )
    if scope.store_id is not None:
        query = query.where(TextClassification.store_id == scope.store_id)
    if scope.asin is not None:
        query = query.where(TextClassification.asin == scope.asin)
    return query


def cause_mix(
    session: Session,
    *,
    tenant_id: int,
    store_id: int | None = None,
    asin: str | None = None,
) -> CauseMix:
    """Counts and shares of root causes, most common first, with up to 3 quotes each."""
    version = latest_model_version(session, tenant_id=tenant_id)
    if version is None:
        return CauseMix(None, 0, [], 0)
    scope = _Scope(tenant_id, version, store_id, asin)
    counts = session.execute(
        _scoped(
            select(TextClassification.root_cause, func.count()).group_by(
                TextClassification.root_cause
            ),
            scope,
        )
    ).all()
    total = sum(int(n) for _, n in counts)
    mismatches = session.scalar(
        _scoped(select(func.count()).where(TextClassification.reason_mismatch.is_not(None)), scope)
    )
    causes = [
        CauseShare(str(code), int(n), int(n) / total if total else 0.0)
        for code, n in sorted(counts, key=lambda row: (-int(row[1]), str(row[0])))
    ]
    for cause in causes:
        cause.quotes = _quotes(session, cause.code, scope)
    return CauseMix(version, total, causes, int(mismatches or 0))


def _quotes(session: Session, code: str, scope: _Scope) -> list[Quote]:
    """The most confident non-empty texts of a cause, across sources."""
    found: list[Quote] = []
    for kind, (model, column) in _QUOTE_SOURCES.items():
        query = (
            select(column, model.id, TextClassification.lang, TextClassification.confidence)
            .join(model, model.id == TextClassification.source_id)
            .where(
                TextClassification.source_kind == kind,
                TextClassification.root_cause == code,
                func.length(func.coalesce(column, "")) > 0,
            )
            .order_by(TextClassification.confidence.desc(), model.id)
            .limit(QUOTES_PER_CAUSE * 4)
        )
        rows = session.execute(_scoped(query, scope)).all()
        found.extend(Quote(str(text), kind, int(i), lang, float(c)) for text, i, lang, c in rows)
    found.sort(key=lambda quote: (-quote.confidence, quote.kind, quote.source_id))
    distinct: list[Quote] = []
    seen: set[str] = set()
    for quote in found:  # many buyers write the same short sentence: show it once
        key = quote.text.strip().casefold()
        if key not in seen:
            seen.add(key)
            distinct.append(quote)
    return distinct[:QUOTES_PER_CAUSE]
