"""ECharts options for the pages (drawn by static/app.js; no animation, for stable screenshots)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from vocloop.analysis.causes import CauseShare
from vocloop.analysis.taxonomy import cause_label
from vocloop.web.texts import text

COLORS = ["#c2410c", "#2563eb", "#16a34a", "#9333ea", "#0891b2", "#ca8a04", "#64748b"]


def _label(code: str, lang: str) -> str:
    try:
        return cause_label(code, lang)
    except KeyError:  # a code an older model used
        return code


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


def ratings_option(weeks: list[tuple[dt.date, int, float | None]], lang: str) -> dict[str, Any]:
    """Reviews per week as bars, their mean star rating as a line (1 to 5)."""
    return {
        "animation": False,
        "color": ["#94a3b8", "#ca8a04"],
        "tooltip": {"trigger": "axis"},
        "grid": {"left": 44, "right": 44, "top": 16, "bottom": 24},
        "xAxis": {"type": "category", "data": [day.strftime("%m-%d") for day, _, _ in weeks]},
        "yAxis": [{"type": "value", "minInterval": 1}, {"type": "value", "min": 1, "max": 5}],
        "series": [
            {"name": text("asin.reviews", lang), "type": "bar", "data": [n for _, n, _ in weeks]},
            {
                "name": text("asin.rating", lang),
                "type": "line",
                "yAxisIndex": 1,
                "connectNulls": True,
                "data": [r for _, _, r in weeks],
            },
        ],
    }


def pareto_option(causes: list[CauseShare] | list[tuple[str, int]], lang: str) -> dict[str, Any]:
    """Causes by count as horizontal bars, largest on top, each labelled with its share.

    Horizontal, because cause names (Chinese or English) stay readable on a phone.
    """
    pairs = [(c.code, c.count) if isinstance(c, CauseShare) else c for c in causes]
    total = sum(n for _, n in pairs) or 1
    return {
        "animation": False,
        "color": COLORS,
        "tooltip": {"trigger": "axis", "axisPointer": {"type": "shadow"}},
        "grid": {"left": 8, "right": 56, "top": 8, "bottom": 8, "containLabel": True},
        "xAxis": {"type": "value", "show": False},
        "yAxis": {
            "type": "category",
            "inverse": True,
            "data": [_label(code, lang) for code, _ in pairs],
            "axisTick": {"show": False},
        },
        "series": [
            {
                "type": "bar",
                "barMaxWidth": 18,
                "data": [
                    {
                        "value": n,
                        "label": {
                            "show": True,
                            "position": "right",
                            "formatter": f"{100 * n / total:.0f}%",
                        },
                    }
                    for _, n in pairs
                ],
            }
        ],
    }


def chart_height(rows: int) -> int:
    """Pixels for a horizontal bar chart of this many rows."""
    return 24 + 24 * max(rows, 1)
