"""`vocloop demo`: write a realistic demo data set as real report files and import it."""

from __future__ import annotations

import typer


def demo(ctx: typer.Context) -> None:
    """Build the demo tenant from generated report files. 生成并导入演示数据。"""
    raise typer.Exit(3)


def register(app: typer.Typer) -> None:
    app.command("demo")(demo)
