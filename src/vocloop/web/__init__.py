"""The web app: server-rendered pages with HTMX and ECharts, and a JSON API."""

from vocloop.web.app import create_app

__all__ = ["create_app"]
