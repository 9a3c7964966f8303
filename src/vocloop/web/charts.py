"""ECharts options for the pages (drawn by static/app.js; no animation, for stable screenshots)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vocloop.analysis.causes import CauseShare
from vocloop.analysis.taxonomy import cause_label
from vocloop.web.texts import text

COLORS = ["#c2410c", "#2563eb", "#16a34a", "#9333ea", "#0891b2", "#ca8a04", "#64748b"]


def weekly_option(weeks: list[tuple[dt.date, int, int]], lang: str) -> dict[str, Any]:
    """Returned units as bars, return rate as a line on a second axis."""
    labels = [day.strftime("%m-%d") for day, _, _ in weeks]
    rates = [round(100 * u / o, 2) if o else None for _, u, o in weeks]
    return {
        "animation": False,
        "color": COLORS,
        "tooltip": {"trigger": "axis"},
        "legend": {"top": 0},
        "grid": {"left": 44, "right": 44, "top": 32, "bottom": 24},
        "xAxis": {"type": "category", "data": labels},
        "yAxis": [{"type": "value"}, {"type": "value", "axisLabel": {"formatter": "{value}%"}}],
        "series": [
            {
                "name": text("kpi.returned_units", lang),
                "type": "bar",
                "data": [u for _, u, _ in weeks],
            },
            {
                "name": text("kpi.rate", lang),
                "type": "line",
                "yAxisIndex": 1,
                "data": rates,
                "connectNulls": True,
            },
        ],
    }


def pareto_option(causes: list[CauseShare] | list[tuple[str, int]], lang: str) -> dict[str, Any]:
    """Causes by count, largest first, with the cumulative share as a line."""
    pairs = [(c.code, c.count) if isinstance(c, CauseShare) else c for c in causes]
    total = sum(n for _, n in pairs) or 1
    running, cumulative = 0, []
    for _, n in pairs:
        running += n
        cumulative.append(round(100 * running / total, 1))
    return {
        "animation": False,
        "color": COLORS,
        "tooltip": {"trigger": "axis"},
        "grid": {"left": 44, "right": 44, "top": 16, "bottom": 80},
        "xAxis": {
            "type": "category",
            "data": [cause_label(code, lang) for code, _ in pairs],
            "axisLabel": {"rotate": 35, "interval": 0},
        },
        "yAxis": [
            {"type": "value"},
            {"type": "value", "max": 100, "axisLabel": {"formatter": "{value}%"}},
        ],
        "series": [
            {"type": "bar", "data": [n for _, n in pairs]},
            {"type": "line", "yAxisIndex": 1, "data": cumulative},
        ],
    }
