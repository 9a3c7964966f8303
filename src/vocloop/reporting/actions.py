"""The weekly report's fixes: recent actions with their measured effect (vocloop.actions)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy.orm import Session

from vocloop.actions.impact import Effect
from vocloop.actions.tracker import list_actions, measure_action
from vocloop.monitor.weekly import ActionLine, EffectLine, WeeklyReport

RECENT_DAYS = 182  # fixes that took effect in the last 26 weeks are still worth reporting
MAX_ACTIONS = 10


def _line(metric: str, effect: Effect) -> EffectLine:
    return EffectLine(
        metric=metric,
        status=effect.status,
        unit=effect.unit,
        before=effect.before,
        after=effect.after,
        effect=effect.effect,
        interval90=effect.interval90,
        weeks_needed=effect.weeks_needed,
    )


def with_actions(
    session: Session, report: WeeklyReport, *, tenant_id: int, store_id: int | None = None
) -> WeeklyReport:
    """The report with the fixes that took effect in the 26 weeks up to its end, measured."""
    since = report.end - dt.timedelta(days=RECENT_DAYS)
    chosen = [
        a
        for a in list_actions(session, tenant_id=tenant_id)
        if since <= a.effective_on <= report.end
        and (store_id is None or a.store_id in (None, store_id))
    ][:MAX_ACTIONS]
    lines = []
    for action in chosen:
        measured = measure_action(session, tenant_id=tenant_id, action_id=action.id)
        lines.append(
            ActionLine(
                id=action.id,
                kind=action.kind,
                asins=list(action.asins["items"]),
                effective_on=action.effective_on,
                description=action.description,
                owner=action.owner,
                target_cause=action.target_cause,
                control_asins=measured.control_asins,
                effects=[_line(name, e) for name, e in measured.effects.items()],
            )
        )
    return dataclasses.replace(report, actions=lines)
