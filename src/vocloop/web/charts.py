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
            "data": [cause_label(code, lang) for code, _ in pairs],
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
