"""`vocloop classify`: root causes for a table of complaint texts, no database needed."""

from __future__ import annotations

import csv
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer

from vocloop.analysis.classify import load_classifier
from vocloop.cli.state import error_console, state
from vocloop.sources.tables import read_table

BATCH = 512
RESULT_COLUMNS = ("root_cause", "root_cause_secondary", "confidence", "lang")


def _batches(rows: Iterator[list[str]]) -> Iterator[list[list[str]]]:
    batch: list[list[str]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def classify(
    ctx: typer.Context,
    input_path: Annotated[
        str, typer.Argument(metavar="INPUT", help="CSV, TSV or XLSX file, or - for CSV on stdin.")
    ],
    text_column: Annotated[
        str, typer.Option("--text-column", help="Column holding the complaint text.")
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="CSV file to write, or - for stdout.")
    ],
    reason_column: Annotated[
        str | None, typer.Option("--reason-column", help="Column with Amazon's return reason code.")
    ] = None,
    lang_column: Annotated[
        str | None, typer.Option("--lang-column", help="Column with the text's language, if known.")
    ] = None,
    excel: Annotated[
        bool,
        typer.Option("--excel", help="Write a UTF-8 BOM so Excel shows Chinese/Japanese right."),
    ] = False,
) -> None:
    """Classify complaint texts into root causes; writes the input columns plus the results.

    给投诉文本标注根本原因,输出原有列加上结果列。
    """
    cli = state(ctx)
    table = read_table(input_path)
    text_index = table.column(text_column)
    reason_index = table.column(reason_column) if reason_column else None
    lang_index = table.column(lang_column) if lang_column else None
    classifier = load_classifier()
    columns = list(RESULT_COLUMNS) + (["reason_mismatch"] if reason_index is not None else [])
    # Write beside the target and rename at the end: a failure never leaves half a file.
    partial = None if output == "-" else Path(output).with_name(f".{Path(output).name}.partial")
    target: TextIO
    if partial is None:
        target = sys.stdout
    else:
        partial.parent.mkdir(parents=True, exist_ok=True)
        target = partial.open("w", encoding="utf-8-sig" if excel else "utf-8", newline="")
    written = 0
    try:
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow([*table.header, *columns])
        for batch in _batches(table.rows):
            results = classifier.classify(
                [row[text_index] for row in batch],
                reasons=[row[reason_index] or None for row in batch]
                if reason_index is not None
                else None,
                langs=[row[lang_index] or None for row in batch]
                if lang_index is not None
                else None,
            )
            for row, result in zip(batch, results, strict=True):
                values = [
                    result.root_cause,
                    result.root_cause_secondary or "",
                    f"{result.confidence:.3f}",
                    result.lang or "",
                ]
                if reason_index is not None:
                    values.append(result.reason_mismatch or "")
                writer.writerow([*row, *values])
            written += len(batch)
    except BaseException:
        if partial is not None:
            target.close()
            partial.unlink(missing_ok=True)
        raise
    if partial is not None:
        target.close()
        os.replace(partial, output)
        error_console().print(
            cli.t("classify.done", count=f"{written:,}", path=output), markup=False
        )


def register(app: typer.Typer) -> None:
    app.command("classify")(classify)
