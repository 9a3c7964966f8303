"""Test data built with vocloop's own functions and real report text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import AMAZON_FIXTURES
from vocloop.app import App
from vocloop.sources.files import expand_paths
from vocloop.sources.ingest import FileResult, import_files

RETURNS_HEADER = (AMAZON_FIXTURES / "fba_returns.tsv").read_text(encoding="utf-8").splitlines()[0]


def returns_line(
    number: int,
    *,
    order: str | None = None,
    quantity: str = "1",
    fc: str = "PHX7",
    date: str = "2026-02-02T08:14:31+00:00",
    comment: str = "Broke on day one.",
) -> str:
    """One FBA returns row; `number` makes its order id and LPN unique."""
    order_id = order or f"111-{number:07d}-{number:07d}"
    return "\t".join(
        [
            date,
            order_id,
            "VL-MUG-350-BLK",
            "B0FAKE0M01",
            "X00FAKE0M1",
            "Mug",
            quantity,
            fc,
            "DEFECTIVE",
            "DEFECTIVE",
            "Unit returned to inventory",
            f"LPNTEST{number:08d}",
            comment,
        ]
    )


def write_returns(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join([RETURNS_HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def import_paths(app: App, *paths: Path, **options: object) -> list[FileResult]:
    return import_files(app.sessions, expand_paths(list(paths)), **options)  # type: ignore[arg-type]
