"""`vocloop import PATH...`: bring report files in, with progress and an account of each file."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from vocloop.cli.state import CliState, console, error_console, state
from vocloop.i18n import translate_message
from vocloop.sources.files import SourceFile, expand_paths
from vocloop.sources.ingest import FileResult, import_files


@contextmanager
def _progress(
    cli: CliState, enabled: bool
) -> Iterator[Callable[[SourceFile], Callable[[int], None] | None] | None]:
    """Rich progress on a terminal: one line per file with rows read so far."""
    if not enabled:
        yield None
        return
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TextColumn("{task.completed:,} rows"),
        TimeElapsedColumn(),
        console=error_console(),
        transient=True,
    ) as progress:

        def on_file(source: SourceFile) -> Callable[[int], None]:
            task = progress.add_task(
                cli.t("import.progress", name=Path(source.name).name), total=None
            )
            return lambda rows: progress.update(task, completed=rows)

        yield on_file


def print_results(cli: CliState, results: list[FileResult]) -> None:
    """The human account of an import: a table, then notes and problems per file."""
    out = console()
    table = Table(
        cli.t("col.file"),
        cli.t("col.kind"),
        cli.t("col.marketplace"),
        cli.t("col.records"),
        cli.t("col.added"),
        cli.t("col.duplicates"),
        cli.t("col.rejected"),
        title=cli.t("import.title"),
    )
    for result in results:
        table.add_row(
            Path(result.path.split(":")[-1]).name if ":" in result.path else Path(result.path).name,
            result.kind or "-",
            result.marketplace or "-",
            f"{result.records:,}",
            f"{result.added:,}",
            f"{result.duplicates:,}",
            f"{result.rejected:,}",
        )
    out.print(table)
    for result in results:
        for note in result.notes:
            out.print(cli.t("import.note", note=f"{Path(result.path).name}: {note}"))
        if result.imported and result.errors:
            for problem in result.errors:
                out.print(
                    cli.t(
                        "import.problem",
                        line=problem.line,
                        field=problem.field or "-",
                        message=translate_message(problem.message, cli.lang),
                    )
                )
    out.print(
        cli.t(
            "import.summary",
            files=len(results),
            added=f"{sum(r.added for r in results):,}",
            duplicates=f"{sum(r.duplicates for r in results):,}",
            rejected=f"{sum(r.rejected for r in results):,}",
        )
    )


def import_command(
    ctx: typer.Context,
    paths: Annotated[
        list[Path],
        typer.Argument(help="Report files or folders (.txt/.tsv/.csv/.xlsx/.json, .gz, .zip)."),
    ],
    tenant: Annotated[
        str | None,
        typer.Option("--tenant", help="Tenant id (default: 'default', created on first use)."),
    ] = None,
    store: Annotated[
        str | None, typer.Option("--store", help="File every row under this store.")
    ] = None,
    marketplace: Annotated[
        str | None,
        typer.Option(
            "--marketplace", help="Country code (US, DE, JP...) or marketplace id of the files."
        ),
    ] = None,
    skip_bad_rows: Annotated[
        bool,
        typer.Option(
            "--skip-bad-rows",
            help="Import the good rows of a file with bad rows, and list the bad ones.",
        ),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print exactly one JSON object on stdout.")
    ] = False,
) -> None:
    """Import Amazon report files: each file is recognised by its content. 导入亚马逊报告文件。"""
    cli = state(ctx)
    sources = expand_paths(paths)
    app = cli.app()
    show_progress = not as_json and error_console().is_terminal
    with _progress(cli, show_progress) as on_file:
        results = import_files(
            app.sessions,
            sources,
            tenant=tenant,
            store=store,
            marketplace=marketplace,
            skip_bad_rows=skip_bad_rows,
            actor=os.environ.get("USER") or "cli",
            on_file=on_file,
        )
    if as_json:
        typer.echo(json.dumps({"files": [r.as_dict() for r in results]}, ensure_ascii=False))
    else:
        if not results:
            console().print(cli.t("import.none"))
        print_results(cli, results)
    refused = [r for r in results if not r.imported]
    for result in refused:
        message = translate_message(result.message or "", cli.lang)
        error_console().print(f"Error: {message}", markup=False, soft_wrap=True)
    if refused or not results:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("import")(import_command)
