"""Monitoring: daily facts per ASIN, honest return rates, and alerts that chance does not explain.

`refresh_monitoring(session, tenant_id=..., today=...)` is what `vocloop analyze` runs after it
classifies: it rebuilds the daily table (`daily.py`), then evaluates every detector (`alerts.py`)
and records what it found (`alert_store.py`). The statistics are pure numpy (`detect.py`, `lag.py`)
so the alert benchmark runs exactly the code the product runs.
"""
