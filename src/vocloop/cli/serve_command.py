"""`vocloop serve`: the web app on a local port."""

from __future__ import annotations

from typing import Annotated

import typer

from vocloop.cli.state import console, state


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)
    ] = 8000,
    secure_cookies: Annotated[
        bool,
        typer.Option(
            "--secure-cookies", help="Send the login cookie over HTTPS only (behind TLS)."
        ),
    ] = False,
    max_upload_mb: Annotated[
        int, typer.Option("--max-upload-mb", help="Largest upload accepted, in MB.", min=1)
    ] = 512,
    contact_form_limit: Annotated[
        int | None,
        typer.Option(
            "--contact-form-limit",
            help="Contact-form submissions allowed per client address and per product per hour "
            "(default 10 and 60; raise it for a load test only).",
            min=1,
        ),
    ] = None,
) -> None:
    """Serve the web app (dashboard, uploads, JSON API). 启动网页应用。"""
    import uvicorn

    from vocloop.web import ContactLimits, create_app, with_page_cache

    cli = state(ctx)
    limits = (
        None
        if contact_form_limit is None
        else ContactLimits(per_client=contact_form_limit, per_product=contact_form_limit)
    )
    web = create_app(
        cli.app(),
        secure_cookies=secure_cookies,
        max_upload_mb=max_upload_mb,
        contact_limits=limits,
    )
    shown = f"[{host}]" if ":" in host else host
    console().print(cli.t("serve.open", url=f"http://{shown}:{port}/"), markup=False)
    uvicorn.run(
        with_page_cache(web), host=host, port=port, log_level="warning", proxy_headers=False
    )


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
