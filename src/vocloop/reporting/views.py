"""What every layout shows, prepared once: labels in the chosen language, alert rows, charts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vocloop.actions.impact_text import effect_sentence
from vocloop.analysis.taxonomy import cause_label
from vocloop.i18n import translate
from vocloop.monitor import render
from vocloop.monitor.weekly import WeeklyReport
from vocloop.reporting import charts
from vocloop.reporting.labels import word

# KPIs where a rise is bad news (coloured red in the HTML/PDF).
BAD_WHEN_UP = ("returns", "return_rate", "cohort_rate", "negative_share", "complaints", "safety")


@dataclass(frozen=True)
class AlertRow:
    id: int
    severity: str
    severity_name: str
    kind_name: str
    detected_on: str
    summary: str
    quotes: list[dict[str, Any]]


def alert_rows(report: WeeklyReport, lang: str) -> list[AlertRow]:
    return [
        AlertRow(
            id=a.id,
            severity=a.severity,
            severity_name=render.severity_name(a.severity, lang),
            kind_name=render.kind_name(a.kind, lang),
            detected_on=a.detected_on.isoformat(),
            summary=render.summary(
                a.kind,
                a.facts,
                asin=a.asin,
                store=report.store_names.get(a.store_id or 0),
                lang=lang,
            ),
            quotes=list(a.quotes.get("items", [])),
        )
        for a in report.alerts
    ]


def trend_svg(report: WeeklyReport, lang: str) -> str:
    return charts.bars_and_line(
        [label for label, _, _ in report.trend],
        [units for _, units, _ in report.trend],
        [returns for _, _, returns in report.trend],
        bar_name=word("units", lang),
        line_name=word("returns", lang),
    )


def causes_svg(report: WeeklyReport, lang: str) -> str:
    return charts.horizontal_bars(
        [cause_label(code, lang) for code, _ in report.causes],
        [count for _, count in report.causes],
    )


@dataclass(frozen=True)
class ActionRow:
    id: int
    kind: str
    asins: str
    effective_on: str
    description: str
    owner: str
    effects: list[tuple[str, str, str]]  # (metric name, sentence, status)


def action_rows(report: WeeklyReport, lang: str) -> list[ActionRow]:
    rows = []
    for action in report.actions:
        effects = []
        for line in action.effects:
            name = translate(f"actions.metric.{line.metric}", lang)
            if line.metric == "cause_rate" and action.target_cause:
                name += f" ({cause_label(action.target_cause, lang)})"
            effects.append((name, effect_sentence(line, lang, action.control_asins), line.status))
        rows.append(
            ActionRow(
                id=action.id,
                kind=action.kind,
                asins=", ".join(action.asins),
                effective_on=action.effective_on.isoformat(),
                description=action.description,
                owner=action.owner or "",
                effects=effects,
            )
        )
    return rows
