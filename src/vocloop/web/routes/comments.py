"""The comments explorer and the source record behind each comment."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response

from vocloop.analysis.dashboard import COMMENT_KINDS, CommentSearch, search_comments, source_record
from vocloop.analysis.dashboard.comments import PAGE
from vocloop.analysis.taxonomy import ROOT_CAUSES
from vocloop.web.context import SessionDep, ViewerDep, page_context
from vocloop.web.rendering import render

router = APIRouter(include_in_schema=False)
KIND_PATTERN = "^(" + "|".join(COMMENT_KINDS) + ")$"
LANGS = ("en", "de", "fr", "es", "it", "ja", "zh")


@router.get("/comments")
def comments_page(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    kind: Annotated[str, Query(pattern=KIND_PATTERN)] = "return",
    q: Annotated[str | None, Query(max_length=200)] = None,
    asin: Annotated[str | None, Query(max_length=20)] = None,
    code: Annotated[str | None, Query(max_length=60)] = None,
    cause: Annotated[str | None, Query(max_length=40)] = None,
    lang: Annotated[str | None, Query(max_length=8)] = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    page: Annotated[int, Query(ge=0, le=10000)] = 0,
) -> Response:
    search = CommentSearch(
        kind, q or None, asin or None, code or None, cause or None, lang or None, since, until, page
    )
    rows = search_comments(session, viewer.scope, search)
    context = page_context(
        request,
        viewer,
        rows=rows,
        search=search,
        kinds=list(COMMENT_KINDS),
        causes=[cause.code for cause in ROOT_CAUSES],
        langs=LANGS,
        page_size=PAGE,
    )
    return render(request, "comments.html", context)


@router.get("/comments/{kind}/{row_id}")
def record_page(
    request: Request,
    session: SessionDep,
    viewer: ViewerDep,
    kind: Annotated[str, Path(pattern=KIND_PATTERN)],
    row_id: int,
) -> Response:
    record = source_record(session, viewer.scope, kind, row_id)
    context = page_context(request, viewer, record=record, kind=kind, row_id=row_id)
    return render(request, "record.html", context)
