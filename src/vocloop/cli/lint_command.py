"""`vocloop lint`: check texts (files or stdin) against Amazon's policies, one line per finding."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from vocloop.cli.state import CliState, console, state
from vocloop.errors import ReportFileError, UnsupportedReportError, UserError
from vocloop.policy import CHANNELS, DEFAULT_CHANNEL, LANGS, Finding, check_text, has_errors
from vocloop.sources.decoding import detect_encoding
from vocloop.sources.files import open_bytes

STDIN_NAME = "<stdin>"


def read_text_input(path: str) -> tuple[str, str]:
    """(display name, text) of a file or of stdin (`-`), in whichever encoding it is written."""
    if path == "-":
        name, data = STDIN_NAME, sys.stdin.buffer.read()
    else:
        name = path
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise UserError(f"{path}: no such file.") from None
        except IsADirectoryError:
            raise UserError(f"{path}: is a folder; give the text files to check.") from None
        except OSError as exc:
            raise UserError(f"{path}: cannot be read ({exc.strerror}).") from None
    if not data.strip():
        return name, ""
    try:
        encoding = detect_encoding(open_bytes(data), name)
    except UnsupportedReportError:
        raise UserError(f"{name}: is not a text file; lint reads plain text.") from None
    except ReportFileError as exc:
        raise UserError(exc.message) from None
    return name, data.decode(encoding.codec)


def _position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of an offset."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _record(name: str, text: str, finding: Finding) -> dict[str, object]:
    line, column = _position(text, finding.start)
    return {"file": name, "line": line, "column": column, **finding.as_dict()}


def lint(
    ctx: typer.Context,
    files: Annotated[
        list[str], typer.Argument(metavar="FILE...", help="Text files to check, or - for stdin.")
    ],
    lang: Annotated[
        str,
        typer.Option("--lang", help=f"Language of the texts: auto or one of {', '.join(LANGS)}."),
    ] = "auto",
    channel: Annotated[
        str,
        typer.Option(
            "--channel",
            help=f"Where the text goes: {', '.join(CHANNELS)} (default {DEFAULT_CHANNEL.value}).",
        ),
    ] = DEFAULT_CHANNEL.value,
    as_json: Annotated[bool, typer.Option("--json", help="Print the findings as JSON.")] = False,
) -> None:
    """Check texts against Amazon's review, diversion, messaging and GDPR rules (exit 1 on errors).

    按亚马逊政策检查文本(评价、引流、消息、GDPR),有 error 级问题时退出码为 1。
    """
    cli = state(ctx)
    if lang != "auto" and lang not in LANGS:
        raise UserError(f"--lang '{lang}' is not one of auto, {', '.join(LANGS)}.")
    if channel not in CHANNELS:
        raise UserError(f"--channel '{channel}' is not one of {', '.join(CHANNELS)}.")
    # Read every file before printing anything: a bad path stops the run with one line.
    texts = [read_text_input(path) for path in files]
    records: list[dict[str, object]] = []
    failed = False
    # JSON keeps English sentences, so scripts see a stable text; the console speaks --lang.
    output_lang = "en" if as_json else cli.lang
    for name, text in texts:
        findings = check_text(text, lang=lang, channel=channel, output_lang=output_lang)
        failed = failed or has_errors(findings)
        records.extend(_record(name, text, finding) for finding in findings)
    if as_json:
        typer.echo(json.dumps(records, ensure_ascii=False, indent=2))
    else:
        _print(cli, records, len(texts))
    if failed:
        raise typer.Exit(1)


def _print(cli: CliState, records: list[dict[str, object]], files: int) -> None:
    out = console()
    for r in records:
        where = f"{r['file']}:{r['line']}:{r['column']}"
        severity = cli.t(f"lint.{r['severity']}")
        out.print(
            cli.t(
                "lint.finding",
                where=where,
                severity=severity,
                rule=r["rule"],
                message=r["message"],
                span=r["span"],
                hint=r["hint"],
            ),
            markup=False,
            soft_wrap=True,
        )
    counts = {
        s: sum(1 for r in records if r["severity"] == s) for s in ("error", "warning", "info")
    }
    if records:
        out.print(cli.t("lint.summary", files=files, **counts), markup=False)
    else:
        out.print(cli.t("lint.clean", files=files), markup=False)


def register(app: typer.Typer) -> None:
    app.command("lint")(lint)
