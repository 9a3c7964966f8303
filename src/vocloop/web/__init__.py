"""The web app: server-rendered pages with HTMX and ECharts, and a JSON API."""

from vocloop.web.app import create_app
from vocloop.web.page_cache import with_page_cache
from vocloop.web.routes.contact import ContactLimits

__all__ = ["ContactLimits", "create_app", "with_page_cache"]
