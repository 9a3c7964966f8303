"""`vocloop worker`: keep analysis, metrics and alerts current in the background."""

from __future__ import annotations

import signal
from types import FrameType
from typing import Annotated

import typer

from vocloop.cli.state import console, state
from vocloop.jobs.worker import JobResult, run_cycle, run_forever


def worker(
    ctx: typer.Context,
    once: Annotated[bool, typer.Option("--once", help="Run one cycle and exit.")] = False,
    interval: Annotated[
        float, typer.Option("--interval", help="Seconds between cycles.", min=1)
    ] = 900,
) -> None:
    """Run scheduled analysis and alerts (PostgreSQL: start as many as you like). 后台任务。"""
    cli = state(ctx)
    app = cli.app()
    out = console()

    def show(results: list[JobResult]) -> None:
        for result in results:
            key = "worker.done" if result.ok else "worker.failed"
            out.print(cli.t(key, job=result.job, tenant=result.tenant, detail=result.detail))

    if once:
        results = run_cycle(app)
        show(results)
        if not all(result.ok for result in results):
            raise typer.Exit(1)
        return
    stop = {"now": False}

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop["now"] = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    out.print(cli.t("worker.started", interval=int(interval)))
    run_forever(app, interval=interval, on_cycle=show, should_stop=lambda: stop["now"])
    out.print(cli.t("worker.stopped"))


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
