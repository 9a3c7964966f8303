"""Overview, ASIN table and ASIN page: thin routes over vocloop.analysis.dashboard."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from vocloop.analysis.dashboard import (
    Period,
    Scope,
    asin_detail,
    asin_table,
    list_categories,
    overview,
)
from vocloop.analysis.dashboard.asins import SORTS, stores_of_marketplace
from vocloop.analysis.rollup import ensure_rollups
from vocloop.errors import NotFound
from vocloop.store.access import get_store, list_stores
from vocloop.web.asin_panels import asin_panels
from vocloop.web.charts import pareto_option, ratings_option, weekly_option
from vocloop.web.context import SessionDep, Viewer, ViewerDep, page_context, web_state
from vocloop.web.rendering import render

router = APIRouter(include_in_schema=False)
PERIODS = (7, 30, 90, 365)
PAGE_ROWS = 50
Days = Annotated[int, Query(ge=1, le=3660)]


def dashboard_scope(
    request: Request,
    session: Session,
    viewer: Viewer,
    store: str | None = None,
    marketplace: str | None = None,
) -> Scope:
    """The viewer's scope, fresh rollups, narrowed to a store or marketplace when asked."""
    app = web_state(request).app
    ensure_rollups(app.sessions, tenant_id=viewer.tenant_id, today=app.clock().date())
    scope = viewer.scope
    if store:
        found = get_store(session, tenant_id=viewer.tenant_id, slug=store)
        if scope.store_ids is not None and found.id not in scope.store_ids:
            raise NotFound(f"There is no store '{store}' in the stores you can see.")
        scope = scope.narrowed([found.id])
    if marketplace:
        scope = scope.narrowed(stores_of_marketplace(session, scope, marketplace))
    return scope


def period_of(request: Request, days: int) -> Period:
    return Period.last(days, web_state(request).app.clock().date())


def visible_stores(session: Session, viewer: Viewer) -> list[tuple[str, str]]:
    stores = list_stores(session, tenant_id=viewer.tenant_id)
    allowed = viewer.scope.store_ids
    return [(s.slug, s.marketplace) for s in stores if allowed is None or s.id in allowed]


@router.get("/")
def overview_page(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    days: Days = 30,
    store: str | None = None,
) -> Response:
    scope = dashboard_scope(request, session, viewer, store)
    data = overview(session, scope, period_of(request, days))
    context = page_context(
        request,
        viewer,
        data=data,
        days=days,
        periods=PERIODS,
        store=store,
        stores=visible_stores(session, viewer),
        trend=weekly_option(data.weeks, viewer.lang),
        causes=pareto_option(data.causes, viewer.lang),
    )
    return render(request, "overview.html", context)


@router.get("/asins")
def asins_page(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    days: Days = 30,
    store: str | None = None,
    marketplace: Annotated[str | None, Query(max_length=4)] = None,
    q: Annotated[str | None, Query(max_length=40)] = None,
    category: Annotated[str | None, Query(max_length=200)] = None,
    sort: Annotated[str, Query(pattern="^(" + "|".join(SORTS) + ")$")] = "returns",
    page: Annotated[int, Query(ge=0, le=10000)] = 0,
) -> Response:
    scope = dashboard_scope(request, session, viewer, store, marketplace)
    table = asin_table(
        session,
        scope,
        period_of(request, days),
        search=q,
        category=category or None,
        sort=sort,
        limit=PAGE_ROWS,
        offset=page * PAGE_ROWS,
    )
    stores = visible_stores(session, viewer)
    context = page_context(
        request,
        viewer,
        table=table,
        days=days,
        periods=PERIODS,
        store=store,
        marketplace=marketplace,
        q=q or "",
        category=category or "",
        categories=list_categories(session, viewer.scope),
        sort=sort,
        sorts=SORTS,
        page=page,
        page_rows=PAGE_ROWS,
        stores=stores,
        marketplaces=sorted({m for _, m in stores}),
    )
    name = "asin_rows.html" if request.headers.get("hx-request") else "asins.html"
    return render(request, name, context)


@router.get("/asins/{asin}")
def asin_page(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    asin: Annotated[str, Path(max_length=20)],
    days: Days = 90,
) -> Response:
    scope = dashboard_scope(request, session, viewer)
    detail = asin_detail(session, scope, asin.upper(), period_of(request, days))
    context = page_context(
        request,
        viewer,
        **asin_panels(session, viewer, detail.asin, web_state(request).app.clock()),
        detail=detail,
        days=days,
        periods=PERIODS,
        trend=weekly_option(detail.weeks, viewer.lang),
        pareto=pareto_option(detail.causes.causes, viewer.lang),
        ratings=ratings_option(detail.ratings, viewer.lang),
        has_reviews=any(n for _, n, _ in detail.ratings),
    )
    return render(request, "asin.html", context)
