"""The team's list of warranty registrations under /support/warranty."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from vocloop.support import list_brands
from vocloop.support.warranty import list_registrations
from vocloop.web import inserts_texts  # noqa: F401  (registers the page's words)
from vocloop.web.context import Forbidden, SessionDep, ViewerDep, page_context
from vocloop.web.rendering import render

router = APIRouter(include_in_schema=False)


@router.get("/support/warranty")
def warranty_list(request: Request, session: SessionDep, viewer: ViewerDep) -> Response:
    # Agents handle warranty claims; support managers run the brand: both see registrations.
    if not (viewer.can("answer_tickets") or viewer.can("manage_support")):
        raise Forbidden("answer_tickets")
    brands = {brand.id: brand.name for brand in list_brands(session, tenant_id=viewer.tenant_id)}
    rows = list_registrations(session, tenant_id=viewer.tenant_id)
    context = page_context(request, viewer, rows=rows, brands=brands)
    return render(request, "support_warranty.html", context)
