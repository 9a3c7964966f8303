"""The weekly report as one self-contained HTML page (also the source of the PDF)."""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape

from vocloop.analysis.taxonomy import cause_label
from vocloop.monitor.weekly import WeeklyReport
from vocloop.reporting import views
from vocloop.reporting.labels import change_text, kpi_value, word

_ENV = Environment(
    loader=PackageLoader("vocloop.reporting", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
)


def render_html(report: WeeklyReport, lang: str) -> str:
    template = _ENV.get_template("weekly.html.j2")
    return template.render(
        r=report,
        lang=lang,
        w=lambda key, **values: word(key, lang, **values),
        value=kpi_value,
        change=change_text,
        cause=lambda code: cause_label(code, lang),
        bad_up=views.BAD_WHEN_UP,
        maturity=f"{100 * report.cohort_completeness:.0f}%",
        trend_svg=views.trend_svg(report, lang),
        causes_svg=views.causes_svg(report, lang),
        alerts=views.alert_rows(report, lang),
        actions=views.action_rows(report, lang),
    )
