"""`vocloop init` and `vocloop info`: create the database, and say where everything is."""

from __future__ import annotations

import typer
from sqlalchemy.engine import make_url

import vocloop
from vocloop.cli.state import console, state
from vocloop.sources.reports import REPORT_KINDS
from vocloop.store.access import list_tenants
from vocloop.store.db import schema_revision


def _shown_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def init(ctx: typer.Context) -> None:
    """Create the database (or bring it up to date). 创建或升级数据库。"""
    cli = state(ctx)
    app = cli.app()
    console().print(cli.t("init.done", url=_shown_url(str(app.engine.url))))


def info(ctx: typer.Context) -> None:
    """Show version, database, data folder and report kinds. 显示版本、数据库和数据目录。"""
    cli = state(ctx)
    app = cli.app()
    current, _head = schema_revision(app.engine)
    out = console()
    out.print(f"{cli.t('info.version')}: {vocloop.__version__}")
    out.print(f"{cli.t('info.database')}: {_shown_url(str(app.engine.url))}")
    out.print(f"{cli.t('info.schema')}: {current}")
    out.print(f"{cli.t('info.data_dir')}: {cli.settings.data_dir}")
    with app.sessions() as session:
        tenants = ", ".join(t.slug for t in list_tenants(session)) or "-"
    out.print(f"{cli.t('info.tenants')}: {tenants}")
    out.print(f"{cli.t('info.kinds')}:")
    for kind in REPORT_KINDS:
        label = kind.label_zh if cli.lang == "zh" else kind.label_en
        out.print(f"  {kind.name:16} {label}: {kind.doc}")


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.command("info")(info)
