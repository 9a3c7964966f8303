"""The `vocloop` command: a Typer app whose commands are thin front doors to the domain packages."""

from __future__ import annotations

from typing import Annotated

import typer

from vocloop.cli import (
    actions_command,
    alerts_command,
    analyze_command,
    brands_command,
    classify_command,
    demo_command,
    draft_command,
    fees_command,
    gaps_command,
    health_command,
    helpcenter_command,
    history_command,
    import_command,
    inserts_command,
    lint_command,
    metrics_command,
    notify_command,
    playbook_command,
    report_command,
    retention_command,
    serve_command,
    setup_commands,
    spapi_command,
    stores,
    templates,
    tenants,
    tickets_command,
    topics_command,
    users_command,
    warranty_command,
    worker_command,
)
from vocloop.cli.errors import VocloopGroup
from vocloop.cli.state import CliState
from vocloop.config import Settings
from vocloop.i18n import detect_language

app = typer.Typer(
    cls=VocloopGroup,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # errors as one plain `Error:` line, as scripts expect
    help="vocloop: Amazon returns, reviews and feedback turned into root causes you can fix.\n\n"
    "vocloop:把亚马逊退货、评论和反馈变成可以行动的根因。",
)


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="VOCLOOP_DATABASE_URL",
            help="Database URL (sqlite:///file.db or postgresql://...). Default: a SQLite file in "
            "the data folder (see `vocloop info`).",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", envvar="VOCLOOP_LANG", help="Output language: en, zh or auto."),
    ] = None,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show tracebacks of internal errors.")
    ] = False,
) -> None:
    overrides: dict[str, object] = {}
    if db:
        overrides["database_url"] = db
    if lang:
        overrides["lang"] = lang
    settings = Settings(**overrides)  # type: ignore[arg-type]
    cli_state = CliState(settings=settings, lang=detect_language(settings.lang), debug=debug)
    ctx.obj = cli_state
    ctx.call_on_close(cli_state.close)


setup_commands.register(app)
import_command.register(app)
demo_command.register(app)
templates.register(app)
history_command.register(app)
classify_command.register(app)
analyze_command.register(app)
topics_command.register(app)
alerts_command.register(app)
report_command.register(app)
fees_command.register(app)
worker_command.register(app)
metrics_command.register(app)
actions_command.register(app)
playbook_command.register(app)
draft_command.register(app)
gaps_command.register(app)
notify_command.register(app)
spapi_command.register(app)
lint_command.register(app)
serve_command.register(app)
users_command.register(app)
brands_command.register(app)
health_command.register(app)
inserts_command.register(app)
retention_command.register(app)
warranty_command.register(app)
helpcenter_command.register(app)
tickets_command.register(app)
app.add_typer(tenants.app, name="tenants")
app.add_typer(stores.app, name="stores")


def main() -> None:
    app(prog_name="vocloop")
