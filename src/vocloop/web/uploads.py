"""Uploaded report files: saved to disk, imported in the background with the CLI's import function.

Jobs live in memory (a restart forgets their progress; the import history in the database stays).
One worker thread imports one upload at a time, which keeps a 2-core server responsive.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import re
import shutil
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from vocloop.analysis.classify import load_classifier
from vocloop.analysis.rollup import ensure_rollups
from vocloop.app import App
from vocloop.errors import NotFound, ReportFileError, RowProblem
from vocloop.jobs.worker import analyze_tenant, deliver_if_pending
from vocloop.sources.files import SourceFile, expand_paths
from vocloop.sources.ingest import FileResult, import_files

log = logging.getLogger(__name__)
COPY_CHUNK = 1 << 20
_UNSAFE = re.compile(r"[^\w.\-]+")


class UploadTooLarge(Exception):
    pass


@dataclass
class UploadJob:
    id: str
    tenant_id: int
    tenant_slug: str
    actor: str
    folder: Path
    names: list[str]
    created_at: dt.datetime
    state: str = "waiting"  # waiting, importing, analysing, done
    current: str | None = None
    rows: int = 0
    results: list[dict[str, Any]] = field(default_factory=list)


def safe_name(name: str) -> str:
    """A file name that cannot leave its folder; the original is kept as far as possible."""
    base = Path(name.replace("\\", "/")).name
    cleaned = _UNSAFE.sub("_", base).strip("._") or "upload"
    return cleaned[-120:]


def save_stream(source: BinaryIO, target: Path, budget: int) -> int:
    """Copy an upload to disk in chunks; raise UploadTooLarge past the byte budget."""
    written = 0
    with target.open("wb") as out:
        while chunk := source.read(COPY_CHUNK):
            written += len(chunk)
            if written > budget:
                raise UploadTooLarge
            out.write(chunk)
    return written


class UploadJobs:
    """The background imports of this server process."""

    def __init__(self, app: App, *, classify: bool = True) -> None:
        self.app = app
        self.classify = classify
        self.root = app.settings.data_dir / "uploads"
        self._jobs: dict[str, UploadJob] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vocloop-import")

    def new_folder(self) -> tuple[str, Path]:
        job_id = uuid.uuid4().hex
        folder = self.root / job_id
        folder.mkdir(parents=True)
        return job_id, folder

    def discard(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)

    def submit(
        self, job_id: str, folder: Path, *, tenant_id: int, tenant_slug: str, actor: str
    ) -> UploadJob:
        names = sorted(p.name for p in folder.iterdir())
        job = UploadJob(
            job_id, tenant_id, tenant_slug, actor, folder, names, dt.datetime.now(dt.UTC)
        )
        with self._lock:
            self._jobs[job_id] = job
        self._pool.submit(self._run, job)
        return job

    def get(self, *, tenant_id: int, job_id: str) -> UploadJob:
        """A job of this tenant; another tenant's is as absent as a missing one."""
        job = self._jobs.get(job_id)
        if job is None or job.tenant_id != tenant_id:
            raise NotFound("There is no such upload.")
        return job

    def recent(self, *, tenant_id: int, limit: int = 5) -> list[UploadJob]:
        with self._lock:
            jobs = [job for job in self._jobs.values() if job.tenant_id == tenant_id]
        return sorted(jobs, key=lambda job: job.created_at, reverse=True)[:limit]

    def wait(self) -> None:
        """Finish queued jobs and stop (server shutdown)."""
        self._pool.shutdown(wait=True)

    def _sources(self, job: UploadJob) -> list[SourceFile]:
        # Names as the user knows them: the CLI shows the path given, here the uploaded name.
        prefix = str(job.folder) + "/"
        return [
            dataclasses.replace(source, name=source.name.removeprefix(prefix))
            for source in expand_paths([job.folder / name for name in job.names])
        ]

    def _run(self, job: UploadJob) -> None:
        try:
            job.state = "importing"
            self._import(job)
            job.state, job.current = "analysing", None
            if self.classify and any(r["imported"] and r["added"] for r in job.results):
                # As `vocloop analyze` does: classify, refresh metrics and alerts, notify.
                analyze_tenant(self.app, job.tenant_id, load_classifier())
                deliver_if_pending(self.app)
            today = self.app.clock().date()
            ensure_rollups(self.app.sessions, tenant_id=job.tenant_id, today=today)
        except Exception:
            log.exception("upload %s failed after its import", job.id)
        finally:
            job.state = "done"
            self.discard(job.folder)

    def _import(self, job: UploadJob) -> None:
        try:
            sources = self._sources(job)
        except ReportFileError as error:  # a damaged zip cannot even be listed
            message = (error.message or "").replace(str(job.folder) + "/", "")
            failed = FileResult(
                path=error.path.replace(str(job.folder) + "/", "") if error.path else "",
                errors=[RowProblem(None, None, message)],
                message=message,
            )
            job.results = [failed.as_dict()]
            return

        def on_file(source: SourceFile) -> Any:
            job.current, job.rows = source.name, 0

            def progress(rows: int) -> None:
                job.rows = rows

            return progress

        results = import_files(
            self.app.sessions, sources, tenant=job.tenant_slug, actor=job.actor, on_file=on_file
        )
        job.results = [result.as_dict() for result in results]
