"""The weekly report in Excel, HTML and PDF: layouts of `monitor.weekly.WeeklyReport`.

`write_report(report, fmt, lang, path)` writes to a temporary file beside `path` and renames it,
so a failed run never leaves half a report.
"""

from vocloop.reporting.write import FORMATS, write_report

__all__ = ["FORMATS", "write_report"]
