"""Jinja2 templates and the helpers they call: words, numbers, sparklines, chart options."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from vocloop.analysis.taxonomy import cause_label
from vocloop.i18n import translate_message
from vocloop.web.public_texts import public_text
from vocloop.web.security import csrf_token
from vocloop.web.texts import text

TEMPLATES = Path(__file__).parent / "templates"


@pass_context
def _t(context: Context, key: str, **values: object) -> str:
    return text(key, context.get("lang", "zh"), **values)


@pass_context
def _cause(context: Context, code: str | None) -> str:
    if not code:
        return "-"
    try:
        return cause_label(code, context.get("lang", "zh"))
    except KeyError:
        return code


@pass_context
def _message(context: Context, message: str | None) -> str:
    return translate_message(message or "", context.get("lang", "zh"))


@pass_context
def _pt(context: Context, key: str, **values: object) -> str:
    """Buyer-facing words in the page's buyer language (public pages set `buyer_lang`)."""
    return public_text(key, context.get("buyer_lang", "en"), **values)


@pass_context
def _csrf_field(context: Context) -> Markup:
    token = csrf_token(context["request"])
    return Markup('<input type="hidden" name="csrf" value="{}">').format(token)


@pass_context
def _csrf_value(context: Context) -> str:
    return csrf_token(context["request"])


def _pct(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value * 100:.{digits}f}%"


def _points(value: float | None) -> str:
    """A change in percentage points, signed."""
    return "-" if value is None else f"{value * 100:+.1f} pp"


def _int(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"


def _spark(values: list[int], width: int = 96, height: int = 24) -> Markup:
    """A small inline SVG line; no JavaScript, so long tables stay light."""
    if not values:
        return Markup("")
    top = max(values) or 1
    step = width / max(len(values) - 1, 1)
    points = " ".join(
        f"{i * step:.1f},{height - 2 - (v / top) * (height - 4):.1f}" for i, v in enumerate(values)
    )
    return Markup(
        '<svg class="spark" viewBox="0 0 {w} {h}" width="{w}" height="{h}" aria-hidden="true">'
        '<polyline fill="none" stroke="currentColor" stroke-width="1.5" points="{p}"/></svg>'
    ).format(w=width, h=height, p=points)


def _chart(option: dict[str, Any]) -> str:
    """Chart options as JSON for a data attribute (static/app.js draws them with ECharts)."""
    return json.dumps(option, ensure_ascii=False, default=str)


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.globals.update(
        t=_t,
        pt=_pt,
        cause=_cause,
        message=_message,
        csrf_field=_csrf_field,
        csrf_value=_csrf_value,
        spark=_spark,
        chart=_chart,
    )
    env.filters.update(pct=_pct, points=_points, num=_int)
    return templates


def render(
    request: Request, name: str, context: dict[str, Any], status_code: int = 200
) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.web.templates
    return templates.TemplateResponse(request, name, context, status_code=status_code)
