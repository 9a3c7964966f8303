"""`vocloop template voc|reviews`: the header row of vocloop's own import formats, to fill in."""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from typing import Annotated

import typer

from vocloop.cli.state import state
from vocloop.sources.reports import reviews, voc


class TemplateKind(StrEnum):
    voc = "voc"
    reviews = "reviews"


def template(
    ctx: typer.Context,
    kind: Annotated[TemplateKind, typer.Argument(help="voc (CX Health snapshots) or reviews.")],
) -> None:
    """Print a CSV header to fill from the dashboard (--lang zh: Chinese headers for VoC).

    打印可在 Excel 中填写的 CSV 表头。
    """
    cli = state(ctx)
    if kind is TemplateKind.voc:
        header = voc.TEMPLATE_HEADER_ZH if cli.lang == "zh" else voc.TEMPLATE_HEADER
    else:
        header = reviews.TEMPLATE_HEADER
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(header)
    typer.echo(buffer.getvalue(), nl=False)


def register(app: typer.Typer) -> None:
    app.command("template")(template)
