"""Pick the layout, write beside the target and rename: never half a report on disk."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from vocloop.errors import UserError
from vocloop.monitor.weekly import WeeklyReport
from vocloop.reporting.html import render_html
from vocloop.reporting.pdf import write_pdf
from vocloop.reporting.xlsx import write_xlsx

FORMATS = ("xlsx", "pdf", "html")


def write_report(report: WeeklyReport, fmt: str, lang: str, path: Path) -> None:
    if fmt not in FORMATS:
        raise UserError(f"Unknown report format {fmt!r}: use {', '.join(FORMATS)}.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"The folder {folder} for the report does not exist.")
    handle, temporary = tempfile.mkstemp(prefix=".vocloop-report-", dir=folder)
    os.close(handle)
    os.chmod(temporary, 0o644)  # a report is for sharing; mkstemp makes it owner-only
    try:
        if fmt == "html":
            Path(temporary).write_text(render_html(report, lang), encoding="utf-8")
        elif fmt == "pdf":
            write_pdf(report, lang, Path(temporary))
        else:
            write_xlsx(report, lang, Path(temporary))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
