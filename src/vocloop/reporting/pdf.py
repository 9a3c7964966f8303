"""The weekly report as PDF: the HTML page laid out by WeasyPrint, with a CJK font checked first."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from vocloop.errors import UserError
from vocloop.monitor.weekly import WeeklyReport
from vocloop.reporting.html import render_html


def has_cjk_font() -> bool:
    """Whether fontconfig knows a font with Chinese glyphs (else Chinese prints as boxes)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run(  # noqa: S603 (fixed arguments, no user input)
        [fc_list, ":lang=zh", "family"], capture_output=True, text=True, check=False
    )
    return bool(found.stdout.strip())


def write_pdf(report: WeeklyReport, lang: str, path: Path) -> None:
    if not has_cjk_font():
        raise UserError(
            "No font with Chinese characters is installed, so the PDF would show empty boxes: "
            "install one (Debian/Ubuntu: apt-get install fonts-noto-cjk) or use --format html."
        )
    from weasyprint import HTML  # heavy import, only when a PDF is asked for

    HTML(string=render_html(report, lang)).write_pdf(str(path))
