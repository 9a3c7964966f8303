"""The JSON API (/api/v1): the dashboard's data for ERPs and scripts; bearer token per tenant."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from vocloop.accounts import tenant_of_token
from vocloop.analysis.dashboard import (
    COMMENT_KINDS,
    AsinRow,
    CommentSearch,
    Period,
    Scope,
    asin_detail,
    asin_table,
    overview,
    search_comments,
    source_record,
)
from vocloop.analysis.dashboard.asins import SORTS, stores_of_marketplace
from vocloop.analysis.rollup import ensure_rollups
from vocloop.store.access import get_import_batch, get_store, list_import_batches, list_stores
from vocloop.web.api_models import (
    Asin,
    AsinList,
    AsinOut,
    Batch,
    CauseCount,
    CauseOut,
    Comment,
    Mismatch,
    OverviewOut,
    Quote,
    RatingWeek,
    StoreOut,
    Topic,
    Totals,
    Voc,
    Week,
)
from vocloop.web.context import LoginRequired, web_state

router = APIRouter(prefix="/api/v1", tags=["v1"])
bearer = HTTPBearer(auto_error=False)
KIND_PATTERN = "^(" + "|".join(COMMENT_KINDS) + ")$"


def api_session(request: Request) -> Iterator[Session]:
    with web_state(request).app.sessions() as session:
        yield session


ApiSession = Annotated[Session, Depends(api_session)]


def api_scope(
    request: Request,
    session: ApiSession,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Scope:
    """The token's tenant (all its stores), with rollups brought up to date."""
    if credentials is None:
        raise LoginRequired
    tenant_id = tenant_of_token(session, credentials.credentials)
    if tenant_id is None:
        raise LoginRequired
    app = web_state(request).app
    ensure_rollups(app.sessions, tenant_id=tenant_id, today=app.clock().date())
    return Scope(tenant_id)


ScopeDep = Annotated[Scope, Depends(api_scope)]
Days = Annotated[int, Query(ge=1, le=3660, description="Days up to today.")]


def _asin(row: AsinRow) -> Asin:
    return Asin(
        asin=row.asin,
        title=row.title,
        returns=row.returns,
        returned_units=row.returned_units,
        ordered_units=row.ordered_units,
        return_rate=row.rate,
        previous_return_rate=row.previous_rate,
        causes=[CauseCount(code=c, count=n) for c, n in row.causes],
        weekly_returned_units=row.spark,
    )


def _period(request: Request, days: int) -> Period:
    return Period.last(days, web_state(request).app.clock().date())


def _weeks(weeks: list[tuple[dt.date, int, int]]) -> list[Week]:
    return [Week(week_start=d, returned_units=u, ordered_units=o) for d, u, o in weeks]


@router.get("/overview", response_model=OverviewOut)
def api_overview(request: Request, session: ApiSession, scope: ScopeDep, days: Days = 30) -> Any:
    """Totals against the period before, weekly trend, cause counts, ASINs that got worse."""
    data = overview(session, scope, _period(request, days))

    def totals(t: Any) -> Totals:
        return Totals(
            returns=t.returns,
            returned_units=t.returned_units,
            ordered_units=t.ordered_units,
            return_rate=t.rate,
        )

    return OverviewOut(
        start=data.period.start,
        end=data.period.end,
        current=totals(data.current),
        previous=totals(data.previous),
        weeks=_weeks(data.weeks),
        causes=[CauseCount(code=c, count=n) for c, n in data.causes],
        reason_mismatches=data.mismatches,
        worse=[_asin(row) for row in data.worse],
    )


@router.get("/asins", response_model=AsinList)
def api_asins(
    request: Request,
    session: ApiSession,
    scope: ScopeDep,
    days: Days = 30,
    store: Annotated[str | None, Query(description="Store id (slug).")] = None,
    marketplace: Annotated[str | None, Query(max_length=4)] = None,
    search: Annotated[str | None, Query(max_length=40)] = None,
    category: Annotated[str | None, Query(max_length=200, description="Product category.")] = None,
    sort: Annotated[str, Query(pattern="^(" + "|".join(SORTS) + ")$")] = "returns",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> Any:
    """ASINs with returns or orders in the period, sorted, one page."""
    if store:
        scope = scope.narrowed([get_store(session, tenant_id=scope.tenant_id, slug=store).id])
    if marketplace:
        scope = scope.narrowed(stores_of_marketplace(session, scope, marketplace))
    table = asin_table(
        session,
        scope,
        _period(request, days),
        search=search,
        category=category or None,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    return AsinList(total=table.total, asins=[_asin(row) for row in table.rows])


@router.get("/asins/{asin}", response_model=AsinOut)
def api_asin(
    request: Request,
    session: ApiSession,
    scope: ScopeDep,
    asin: Annotated[str, Path(max_length=20)],
    days: Days = 90,
) -> Any:
    """One ASIN: weekly trend, causes with quotes, topics, mismatches, ratings, CX Health."""
    detail = asin_detail(session, scope, asin.upper(), _period(request, days))
    return AsinOut(
        asin=detail.asin,
        title=detail.title,
        weeks=_weeks(detail.weeks),
        causes=[
            CauseOut(
                code=c.code,
                count=c.count,
                share=c.share,
                quotes=[
                    Quote(text=q.text, kind=q.kind, source_id=q.source_id, lang=q.lang)
                    for q in c.quotes
                ],
            )
            for c in detail.causes.causes
        ],
        topics=[
            Topic(
                id=t.id,
                root_cause=t.root_cause,
                label=t.label,
                label_lang=t.label_lang,
                size=t.size,
                weeks=t.weeks,
                quotes=[q.text for q in t.quotes],
            )
            for t in detail.topics or []
        ],
        reason_mismatches=[
            Mismatch(
                return_id=m.return_id,
                return_date=m.return_date,
                reason=m.reason,
                comment=m.comment,
                text_cause=m.text_cause,
                reason_cause=m.reason_cause,
                mismatch=m.mismatch,
            )
            for m in detail.mismatches
        ],
        ratings=[RatingWeek(week_start=d, reviews=n, mean_rating=r) for d, n, r in detail.ratings],
        voc=[
            Voc(
                store=v.store,
                snapshot_date=v.snapshot_date,
                cx_health=v.cx_health,
                ncx_rate=v.ncx_rate,
                ncx_orders=v.ncx_orders,
                total_orders=v.total_orders,
                top_ncx_reason=v.top_reason,
            )
            for v in detail.voc
        ],
    )


@router.get("/comments", response_model=list[Comment])
def api_comments(
    session: ApiSession,
    scope: ScopeDep,
    kind: Annotated[str, Query(pattern=KIND_PATTERN)] = "return",
    text: Annotated[str | None, Query(max_length=200)] = None,
    asin: Annotated[str | None, Query(max_length=20)] = None,
    code: Annotated[str | None, Query(max_length=60)] = None,
    cause: Annotated[str | None, Query(max_length=40)] = None,
    lang: Annotated[str | None, Query(max_length=8)] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    page: Annotated[int, Query(ge=0)] = 0,
) -> Any:
    """Customer texts of one source kind, newest first, 50 per page."""
    search = CommentSearch(kind, text, asin, code, cause, lang, since, until, page)
    return [
        Comment(
            kind=r.kind,
            id=r.id,
            date=r.date,
            store=r.store,
            asin=r.asin,
            code=r.code,
            text=r.text,
            root_cause=r.cause,
            lang=r.lang,
        )
        for r in search_comments(session, scope, search)
    ]


@router.get("/comments/{kind}/{row_id}")
def api_record(
    session: ApiSession,
    scope: ScopeDep,
    kind: Annotated[str, Path(pattern=KIND_PATTERN)],
    row_id: int,
) -> dict[str, object]:
    """Every stored field of one source record (a return, review or seller feedback row)."""
    return source_record(session, scope, kind, row_id)


def _batch(b: Any) -> Batch:
    return Batch.model_validate(b, from_attributes=True)


@router.get("/imports", response_model=list[Batch])
def api_imports(session: ApiSession, scope: ScopeDep) -> Any:
    """The 50 most recent imported files."""
    return [_batch(b) for b in list_import_batches(session, tenant_id=scope.tenant_id)]


@router.get("/imports/{batch_id}", response_model=Batch)
def api_import(session: ApiSession, scope: ScopeDep, batch_id: int) -> Any:
    return _batch(get_import_batch(session, tenant_id=scope.tenant_id, batch_id=batch_id))


@router.get("/stores", response_model=list[StoreOut])
def api_stores(session: ApiSession, scope: ScopeDep) -> Any:
    return [
        StoreOut(
            slug=s.slug, name=s.name, marketplace=s.marketplace, marketplace_id=s.marketplace_id
        )
        for s in list_stores(session, tenant_id=scope.tenant_id)
    ]
