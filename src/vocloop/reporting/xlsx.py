"""The weekly report as an Excel workbook: one sheet per view, real charts, filters on tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import xlsxwriter

from vocloop.analysis.taxonomy import cause_label
from vocloop.monitor.weekly import WeeklyReport
from vocloop.reporting import views
from vocloop.reporting.labels import word


def write_xlsx(report: WeeklyReport, lang: str, path: Path) -> None:
    book = xlsxwriter.Workbook(str(path))
    bold = book.add_format({"bold": True})
    title = book.add_format({"bold": True, "font_size": 14})
    pct = book.add_format({"num_format": "0.0%"})
    num = book.add_format({"num_format": "#,##0"})
    dec = book.add_format({"num_format": "0.00"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    formats = {"rate": pct, "count": num, "stars": dec}

    def table(sheet: Any, first_row: int, header: list[str], rows: list[list[Any]]) -> None:
        sheet.write_row(first_row, 0, header, bold)
        for offset, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                sheet.write(first_row + offset, column, value)
        sheet.autofilter(first_row, 0, first_row + max(len(rows), 1), len(header) - 1)
        sheet.freeze_panes(first_row + 1, 0)

    # Key figures.
    sheet = book.add_worksheet(word("kpis", lang)[:31])
    sheet.write(0, 0, word("title", lang, week=report.week), title)
    store = f" / {report.store}" if report.store else ""
    sheet.write(
        1,
        0,
        word(
            "subtitle", lang, tenant=report.tenant, store=store, start=report.start, end=report.end
        ),
    )
    header = [word(k, lang) for k in ("metric", "this_week", "last_week", "change")]
    sheet.write_row(3, 0, header, bold)
    for offset, kpi in enumerate(report.kpis, start=4):
        sheet.write(offset, 0, word(f"kpi.{kpi.key}", lang))
        for column, value in ((1, kpi.value), (2, kpi.previous)):
            if value is None:
                sheet.write_blank(offset, column, None)
            else:
                sheet.write_number(offset, column, value, formats[kpi.kind])
        if kpi.change is None:
            sheet.write_blank(offset, 3, None)
        else:
            sheet.write_number(offset, 3, kpi.change, pct)
    share = f"{100 * report.cohort_completeness:.0f}%"
    sheet.write(5 + len(report.kpis), 0, word("maturity", lang, share=share))
    sheet.set_column(0, 0, 44)
    sheet.set_column(1, 3, 14)

    # Trend with a column + line chart.
    sheet = book.add_worksheet(word("trend", lang)[:31])
    table(
        sheet,
        0,
        [word("week", lang), word("units", lang), word("returns", lang)],
        [list(row) for row in report.trend],
    )
    last = len(report.trend)
    name = sheet.get_name()
    chart = book.add_chart({"type": "column"})
    chart.add_series(
        {
            "name": word("units", lang),
            "categories": [name, 1, 0, last, 0],
            "values": [name, 1, 1, last, 1],
        }
    )
    line = book.add_chart({"type": "line"})
    line.add_series(
        {
            "name": word("returns", lang),
            "categories": [name, 1, 0, last, 0],
            "values": [name, 1, 2, last, 2],
            "y2_axis": True,
        }
    )
    chart.combine(line)
    chart.set_title({"name": word("trend", lang)})
    chart.set_size({"width": 720, "height": 320})
    sheet.insert_chart(1, 4, chart)
    sheet.set_column(0, 2, 12)

    # ASINs that got worse.
    sheet = book.add_worksheet(word("worse", lang)[:31])
    rows = [
        [
            a.asin,
            a.store,
            a.units,
            a.returns,
            round(a.rate, 4),
            round(a.baseline_rate, 4),
            round(a.excess, 1),
            cause_label(a.top_cause, lang) if a.top_cause else "",
            "\n".join(q["text"] for q in a.quotes),
        ]
        for a in report.worse
    ]
    keys = ("store", "units", "returns", "rate", "baseline", "excess", "cause", "quotes")
    table(sheet, 0, ["ASIN", *(word(k, lang) for k in keys)], rows)
    sheet.set_column(4, 5, 10, pct)
    sheet.set_column(7, 7, 22)
    sheet.set_column(8, 8, 80, wrap)

    # Root causes with a bar chart.
    sheet = book.add_worksheet(word("causes", lang)[:31])
    total = sum(count for _, count in report.causes) or 1
    table(
        sheet,
        0,
        [word("cause", lang), word("count", lang), word("share", lang)],
        [[cause_label(code, lang), n, round(n / total, 4)] for code, n in report.causes],
    )
    sheet.set_column(0, 0, 26)
    sheet.set_column(2, 2, 10, pct)
    if report.causes:
        name = sheet.get_name()
        bars = book.add_chart({"type": "bar"})
        bars.add_series(
            {
                "name": word("count", lang),
                "categories": [name, 1, 0, len(report.causes), 0],
                "values": [name, 1, 1, len(report.causes), 1],
            }
        )
        bars.set_title({"name": word("causes", lang)})
        bars.set_y_axis({"reverse": True})
        bars.set_legend({"none": True})
        sheet.insert_chart(1, 4, bars)

    # Fee exposure.
    sheet = book.add_worksheet(word("fees", lang, month=report.end.strftime("%Y-%m"))[:31])
    table(
        sheet,
        0,
        [
            "ASIN",
            *(word(k, lang) for k in ("store", "units", "forecast", "threshold", "probability")),
        ],
        [
            [
                f.asin,
                report.store_names.get(f.store_id, ""),
                f.units,
                round(f.forecast_rate or 0.0, 4),
                f.threshold,
                round(f.breach_probability or 0.0, 3),
            ]
            for f in report.fees
        ],
    )
    sheet.set_column(3, 5, 16, pct)

    # Frequently-returned badge risk.
    sheet = book.add_worksheet(word("badges_sheet", lang))
    table(
        sheet,
        0,
        [
            "ASIN",
            *(word(k, lang) for k in ("store", "rate_90d", "rate_365d", "peers", "ratio")),
        ],
        [
            [
                b.asin,
                report.store_names.get(b.store_id, ""),
                round(b.quarter.rate or 0.0, 4),
                round(b.year.rate or 0.0, 4),
                round(b.benchmark or 0.0, 4),
                round(b.ratio or 0.0, 2),
            ]
            for b in report.badges
        ],
    )
    sheet.set_column(2, 4, 16, pct)

    # Open alerts.
    sheet = book.add_worksheet(word("alerts", lang)[:31])
    table(
        sheet,
        0,
        ["#", *(word(k, lang) for k in ("severity", "kind", "detected", "summary", "quotes"))],
        [
            [
                a.id,
                a.severity_name,
                a.kind_name,
                a.detected_on,
                a.summary,
                "\n".join(q["text"] for q in a.quotes),
            ]
            for a in views.alert_rows(report, lang)
        ],
    )
    sheet.set_column(4, 4, 70, wrap)
    sheet.set_column(5, 5, 60, wrap)

    # Fixes and their measured effect: one row per fix and metric.
    sheet = book.add_worksheet(word("actions", lang)[:31])
    columns = ("action", "effective", "owner", "metric", "effect_col")
    rows = []
    for a in views.action_rows(report, lang):
        what = f"{a.kind}: {a.asins} - {a.description}"
        for name, sentence, _ in a.effects or [("–", "–", "")]:
            rows.append([a.id, what, a.effective_on, a.owner, name, sentence])
    if not rows:
        rows = [["", word("actions_none", lang), "", "", "", ""]]
    table(sheet, 0, ["#", *(word(k, lang) for k in columns)], rows)
    sheet.set_column(1, 1, 50, wrap)
    sheet.set_column(2, 3, 12)
    sheet.set_column(4, 4, 28)
    sheet.set_column(5, 5, 90, wrap)
    book.close()
