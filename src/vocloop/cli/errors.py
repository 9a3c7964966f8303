"""Errors translated once at the CLI edge: one `Error:` line, never a traceback (but --debug)."""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import traceback
from typing import Any

import click
from typer.core import TyperGroup

from vocloop.cli.state import CliState
from vocloop.errors import UserError
from vocloop.i18n import translate, translate_message

log = logging.getLogger("vocloop")


class InternalError(click.ClickException):
    exit_code = 2


def _record_incident(state: CliState | None, error: BaseException) -> InternalError:
    incident = secrets.token_hex(4)
    lang = state.lang if state else "en"
    log_dir = state.settings.data_dir if state else None
    where = "the log"
    if log_dir is not None:
        try:
            (log_dir / "logs").mkdir(parents=True, exist_ok=True)
            path = log_dir / "logs" / f"incident-{incident}.log"
            stamp = dt.datetime.now(dt.UTC).isoformat()
            path.write_text(
                f"{stamp}\n" + "".join(traceback.format_exception(error)), encoding="utf-8"
            )
            where = str(path)
        except OSError:
            log.exception("incident %s", incident)
    return InternalError(translate("error.internal", lang, incident=incident, log=where))


class VocloopGroup(TyperGroup):
    """The root command group: our errors become one line and exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except UserError as error:
            found = ctx.find_object(CliState)
            message = translate_message(error.message, found.lang if found else "en")
            raise click.ClickException(
                message + (f" {error.hint}" if error.hint else "")
            ) from error
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as error:
            found = ctx.find_object(CliState)
            if found is not None and found.debug:
                raise
            raise _record_incident(found, error) from error
