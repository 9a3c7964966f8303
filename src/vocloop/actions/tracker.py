"""Record fixes and measure them: the store side of the action tracker."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import numpy as np
from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from vocloop.actions.impact import BEFORE_DAYS, Arm, Effect, did_effect
from vocloop.actions.impact_signals import ncx_effect, rating_effect
from vocloop.analysis.causes import latest_model_version
from vocloop.analysis.taxonomy import CODES
from vocloop.errors import NotFound, UserError
from vocloop.monitor.daily import day_of, first_orders
from vocloop.monitor.lag import completeness, lag_pmf
from vocloop.monitor.series import Series, load_series, store_lags
from vocloop.store.models import Action, Return, TextClassification

KINDS = ("listing", "product", "packaging", "support", "insert", "other")


def record_action(
    session: Session,
    *,
    tenant_id: int,
    kind: str,
    asins: list[str],
    effective_on: dt.date,
    description: str,
    store_id: int | None = None,
    target_cause: str | None = None,
    owner: str | None = None,
    cost: str | None = None,
    currency: str | None = None,
    created_by: str | None = None,
) -> Action:
    if kind not in KINDS:
        raise UserError(f"Unknown action kind {kind!r}: use {', '.join(KINDS)}.")
    if target_cause is not None and target_cause not in CODES:
        raise UserError(f"Unknown root cause {target_cause!r}: use one of {', '.join(CODES)}.")
    cleaned = sorted({asin.strip().upper() for asin in asins if asin.strip()})
    if not cleaned:
        raise UserError("An action needs at least one ASIN.")
    amount = None
    if cost is not None:
        try:
            amount = Decimal(cost)
        except InvalidOperation as exc:
            raise UserError(f"The cost {cost!r} is not a number.") from exc
    action = Action(
        tenant_id=tenant_id,
        store_id=store_id,
        kind=kind,
        asins={"items": cleaned},
        effective_on=effective_on,
        description=description.strip(),
        target_cause=target_cause,
        owner=owner,
        cost=amount,
        currency=currency,
        created_by=created_by,
    )
    session.add(action)
    session.flush()
    return action


def list_actions(session: Session, *, tenant_id: int) -> list[Action]:
    return list(
        session.scalars(
            select(Action)
            .where(Action.tenant_id == tenant_id)
            .order_by(Action.effective_on.desc(), Action.id.desc())
        )
    )


def get_action(session: Session, *, tenant_id: int, action_id: int) -> Action:
    action = session.get(Action, action_id)
    if action is None or action.tenant_id != tenant_id:
        raise NotFound(f"There is no action {action_id} in this tenant.")
    return action


@dataclass(frozen=True)
class Measured:
    action: Action
    judged_to: dt.date | None
    control_asins: int
    # "return_rate"; "cause_rate" with a target cause; "ncx_rate" and "rating" when the ASINs
    # have Voice-of-the-Customer snapshots or reviews
    effects: dict[str, Effect]


def measure_action(session: Session, *, tenant_id: int, action_id: int) -> Measured:
    """The fix's effect on the order-cohort return rate, its target cause's rate, NCX and rating."""
    action = get_action(session, tenant_id=tenant_id, action_id=action_id)
    series, last_day = load_series(session, tenant_id=tenant_id)
    targets = set(action.asins["items"])
    in_scope = [s for s in series if action.store_id is None or s.store_id == action.store_id]
    treated = [s for s in in_scope if s.asin in targets]
    if last_day is None or not treated:
        return Measured(action, last_day, 0, {})
    busy = _asins_with_actions(session, tenant_id, action.effective_on, last_day)
    stores = {s.store_id for s in treated}
    control = [
        s for s in in_scope if s.store_id in stores and s.asin not in targets and s.asin not in busy
    ]
    lags = store_lags(session, tenant_id=tenant_id, last_day=last_day)
    effective = treated[0].index(action.effective_on)
    last = treated[0].index(last_day)
    effects = {
        "return_rate": did_effect(
            _arm(treated, lags, last_day, None),
            _arm(control, lags, last_day, None) if control else None,
            effective=effective,
            last=last,
        )
    }
    if action.target_cause:
        cause_events = _cause_cohorts(session, tenant_id, action.target_cause)
        effects["cause_rate"] = did_effect(
            _arm(treated, lags, last_day, cause_events),
            _arm(control, lags, last_day, cause_events) if control else None,
            effective=effective,
            last=last,
        )
    signals = {
        "store_ids": stores,
        "treated": {s.asin for s in treated},
        "control": {s.asin for s in control},
        "effective_on": action.effective_on,
        "last_day": last_day,
    }
    for name, measure in (("ncx_rate", ncx_effect), ("rating", rating_effect)):
        found = measure(session, tenant_id=tenant_id, **signals)  # type: ignore[arg-type]
        if found is not None:
            effects[name] = found
    return Measured(action, last_day, len({s.asin for s in control}), effects)


def _arm(
    series: list[Series],
    lags: dict[int, list[int]],
    last_day: dt.date,
    events: dict[tuple[int, str, dt.date], int] | None,
) -> Arm:
    length = len(series[0].units)
    units = np.zeros(length)
    counted = np.zeros(length)
    weighted = np.zeros(length)
    for one in series:
        pmf = lag_pmf(lags.get(one.store_id, []))
        weight = np.array([completeness(pmf, (last_day - one.day(i)).days) for i in range(length)])
        units += one.units
        weighted += one.units * weight
        if events is None:
            counted += one.cohort_returns
        else:
            for i in range(length):
                counted[i] += events.get((one.store_id, one.asin, one.day(i)), 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        weight = np.where(units > 0, weighted / units, 0.0)
    return Arm(units, counted, weight)


def _cause_cohorts(
    session: Session, tenant_id: int, cause: str
) -> dict[tuple[int, str, dt.date], int]:
    """Returns read as `cause`, counted by the day their order was placed."""
    version = latest_model_version(session, tenant_id=tenant_id)
    first = first_orders(tenant_id)
    day = day_of(first.c.purchased, session.get_bind().dialect.name)
    counts: dict[tuple[int, str, dt.date], int] = defaultdict(int)
    for store_id, asin, ordered, quantity in session.execute(
        select(Return.store_id, Return.asin, day, Return.quantity)
        .join(
            TextClassification,
            and_(
                TextClassification.source_kind == "return",
                TextClassification.source_id == Return.id,
                TextClassification.model_version == version,
            ),
        )
        .join(first, and_(first.c.order_id == Return.order_id, first.c.asin == Return.asin))
        .where(Return.tenant_id == tenant_id, TextClassification.root_cause == cause)
    ):
        when = ordered if isinstance(ordered, dt.date) else dt.date.fromisoformat(str(ordered))
        counts[(int(store_id), str(asin), when)] += int(quantity)
    return counts


def _asins_with_actions(
    session: Session, tenant_id: int, around: dt.date, last_day: dt.date
) -> set[str]:
    """ASINs touched by any fix in the comparison period: not fit to be controls."""
    found: set[str] = set()
    start = around - dt.timedelta(days=BEFORE_DAYS)
    for action in session.scalars(
        select(Action).where(
            Action.tenant_id == tenant_id,
            Action.effective_on >= start,
            Action.effective_on <= last_day,
        )
    ):
        found.update(action.asins["items"])
    return found
