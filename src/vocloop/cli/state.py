"""What every command gets from the global options: settings, language, and the App on demand."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import click
from rich.console import Console

from vocloop.app import App
from vocloop.config import Settings
from vocloop.i18n import translate


@dataclass
class CliState:
    settings: Settings
    lang: str
    debug: bool = False
    _app: App | None = field(default=None, repr=False)

    def app(self) -> App:
        if self._app is None:
            self._app = App.open(self.settings)
        return self._app

    def t(self, key: str, **values: object) -> str:
        return translate(key, self.lang, **values)

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


def state(ctx: click.Context) -> CliState:
    found = ctx.find_object(CliState)
    assert found is not None, "the root callback sets the state"
    return found


def console() -> Console:
    # Wide and plain when not on a terminal, so piped output and tests see whole lines.
    if os.environ.get("COLUMNS") is None and not Console().is_terminal:
        return Console(width=200, highlight=False)
    return Console(highlight=False)


def error_console() -> Console:
    return Console(stderr=True, highlight=False)
