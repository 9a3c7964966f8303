"""The weekly report in Excel, HTML and PDF: layouts of `monitor.weekly.WeeklyReport`.

`write_report(report, fmt, lang, path)` writes to a temporary file beside `path` and renames it,
so a failed run never leaves half a report. `with_actions(session, report, tenant_id=...)` adds
the recent fixes with their measured effect.
"""

from vocloop.reporting.actions import with_actions
from vocloop.reporting.write import FORMATS, write_report

__all__ = ["FORMATS", "with_actions", "write_report"]
