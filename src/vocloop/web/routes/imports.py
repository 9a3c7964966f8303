"""Imports: drag-and-drop upload, background import with progress, and the import history."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from vocloop.errors import UserError
from vocloop.store.access import get_import_batch, list_import_batches, list_stores
from vocloop.web.context import Csrf, SessionDep, ViewerDep, page_context, web_state
from vocloop.web.rendering import render
from vocloop.web.texts import text
from vocloop.web.uploads import UploadTooLarge, safe_name, save_stream

router = APIRouter(include_in_schema=False)
MAX_FILES = 50


def _limit_mb(request: Request) -> int:
    return web_state(request).max_upload_bytes // (1024 * 1024)


def upload_size_ok(request: Request, viewer: ViewerDep) -> None:
    """Refuse before reading the body: too large, or of unknown size."""
    viewer.require("import")
    length = request.headers.get("content-length")
    if length is None or not length.isdigit():
        raise UserError(text("imports.need_length", viewer.lang))
    if int(length) > web_state(request).max_upload_bytes:
        raise UserError(text("imports.too_big", viewer.lang, mb=_limit_mb(request)))


@router.get("/imports")
def imports_page(request: Request, session: SessionDep, viewer: ViewerDep) -> Response:
    state = web_state(request)
    stores = {s.id: s.slug for s in list_stores(session, tenant_id=viewer.tenant_id)}
    context = page_context(
        request,
        viewer,
        jobs=state.jobs.recent(tenant_id=viewer.tenant_id),
        history=list_import_batches(session, tenant_id=viewer.tenant_id),
        stores=stores,
        limit_mb=_limit_mb(request),
    )
    return render(request, "imports.html", context)


@router.post("/imports", dependencies=[Depends(upload_size_ok), Csrf])
async def upload(request: Request, viewer: ViewerDep) -> Response:
    state = web_state(request)
    form = await request.form(max_files=MAX_FILES, max_fields=10)
    files = [f for f in form.getlist("files") if isinstance(f, UploadFile) and f.filename]
    if not files:
        raise UserError(text("imports.no_file", viewer.lang))
    job_id, folder = state.jobs.new_folder()
    budget = state.max_upload_bytes
    try:
        for upload_file in files:
            target = folder / safe_name(upload_file.filename or "upload")
            while target.exists():
                target = target.with_name("_" + target.name)
            budget -= save_stream(upload_file.file, target, budget)
    except UploadTooLarge:
        state.jobs.discard(folder)
        raise UserError(text("imports.too_big", viewer.lang, mb=_limit_mb(request))) from None
    finally:
        await form.close()
    job = state.jobs.submit(
        job_id,
        folder,
        tenant_id=viewer.tenant_id,
        tenant_slug=viewer.tenant_slug,
        actor=viewer.email,
    )
    if request.headers.get("hx-request"):
        return render(request, "import_job.html", page_context(request, viewer, job=job))
    return RedirectResponse("/imports", status_code=303)


@router.get("/imports/jobs/{job_id}")
def job_status(request: Request, viewer: ViewerDep, job_id: str) -> Response:
    job = web_state(request).jobs.get(tenant_id=viewer.tenant_id, job_id=job_id)
    return render(request, "import_job.html", page_context(request, viewer, job=job))


@router.get("/imports/{batch_id}")
def batch_page(request: Request, session: SessionDep, viewer: ViewerDep, batch_id: int) -> Response:
    batch = get_import_batch(session, tenant_id=viewer.tenant_id, batch_id=batch_id)
    stores = {s.id: s.slug for s in list_stores(session, tenant_id=viewer.tenant_id)}
    return render(
        request, "import_batch.html", page_context(request, viewer, batch=batch, stores=stores)
    )
