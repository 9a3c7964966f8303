"""Fix playbooks: what to do about each root cause of an ASIN, who owns it, what it is worth.

The playbook is data: the default ships as `data/playbook.json`; a tenant replaces it with its
own edited copy (`vocloop playbook export` / `import`), checked before it is stored.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocloop.analysis.causes import cause_mix
from vocloop.analysis.taxonomy import CODES
from vocloop.errors import UserError
from vocloop.monitor.texts import dated_texts
from vocloop.store.models import OrderLine, Playbook, Store

COST_SHARE_OF_PRICE = 0.3  # a return costs about this share of the price (fees, unsellable units)
VALUE_WINDOW_DAYS = 90


def default_playbook() -> dict[str, Any]:
    text = resources.files("vocloop.actions").joinpath("data/playbook.json").read_text("utf-8")
    content: dict[str, Any] = json.loads(text)
    return content


def check_playbook(content: Any) -> dict[str, Any]:
    """The content if it is a usable playbook, else one sentence naming what is wrong and where."""
    if not isinstance(content, dict) or not isinstance(content.get("causes"), dict):
        raise UserError("A playbook is a JSON object with a 'causes' object.")
    owners = content.get("owners")
    if not isinstance(owners, dict) or not owners:
        raise UserError("The playbook needs an 'owners' object (owner key: [English, Chinese]).")
    reduction = content.get("assumed_reduction", 0.5)
    if not isinstance(reduction, int | float) or not 0 < reduction <= 1:
        raise UserError("'assumed_reduction' must be a share between 0 and 1.")
    for cause, fixes in content["causes"].items():
        if cause not in CODES:
            raise UserError(f"causes.{cause}: not a root-cause code ({', '.join(CODES)}).")
        if not isinstance(fixes, list):
            raise UserError(f"causes.{cause}: must be a list of fixes.")
        for index, fix in enumerate(fixes):
            where = f"causes.{cause}[{index}]"
            if not isinstance(fix, dict):
                raise UserError(f"{where}: must be an object.")
            for key in ("id", "owner", "en", "zh"):
                if not isinstance(fix.get(key), str) or not fix[key].strip():
                    raise UserError(f"{where}.{key}: missing or empty.")
            if fix["owner"] not in owners:
                raise UserError(f"{where}.owner: {fix['owner']!r} is not one of the owners.")
    return content


def tenant_playbook(session: Session, *, tenant_id: int) -> dict[str, Any]:
    row = session.scalar(select(Playbook).where(Playbook.tenant_id == tenant_id))
    return row.content if row is not None else default_playbook()


def save_playbook(
    session: Session, *, tenant_id: int, content: Any, by: str, now: dt.datetime
) -> None:
    checked = check_playbook(content)
    row = session.scalar(select(Playbook).where(Playbook.tenant_id == tenant_id))
    if row is None:
        row = Playbook(tenant_id=tenant_id, content=checked)
        session.add(row)
    row.content, row.updated_by, row.updated_at = checked, by, now


@dataclass
class CausePlay:
    code: str
    count: int
    share: float
    recent: int  # texts of the last 28 days
    earlier: int  # texts of the 56 days before, for the trend
    quotes: list[dict[str, Any]]
    fixes: list[dict[str, Any]]
    returns_per_month: float  # returns of this cause, per month, over the last 90 days
    avoidable_per_month: float
    value_per_month: dict[str, float] = field(default_factory=dict)  # currency -> amount


def asin_playbook(
    session: Session,
    *,
    tenant_id: int,
    asin: str,
    store_id: int | None = None,
    cost_per_return: float | None = None,
) -> list[CausePlay]:
    """Causes of the ASIN, most frequent first (safety always first), each with its fixes."""
    content = tenant_playbook(session, tenant_id=tenant_id)
    reduction = float(content.get("assumed_reduction", 0.5))
    mix = cause_mix(session, tenant_id=tenant_id, store_id=store_id, asin=asin)
    texts = [
        t
        for t in dated_texts(session, tenant_id=tenant_id)
        if t.asin == asin and (store_id is None or t.store_id == store_id)
    ]
    last = max((t.day for t in texts), default=None)
    prices = _unit_prices(session, tenant_id, asin, store_id)
    plays = []
    for cause in mix.causes:
        if cause.code == "other":
            continue
        mine = [t for t in texts if t.cause == cause.code]
        recent = earlier = 0
        returns_90 = 0
        if last is not None:
            recent = sum((last - t.day).days < 28 for t in mine)
            earlier = sum(28 <= (last - t.day).days < 84 for t in mine)
            returns_90 = sum(
                t.kind == "return" and (last - t.day).days < VALUE_WINDOW_DAYS for t in mine
            )
        per_month = returns_90 * 30 / VALUE_WINDOW_DAYS
        avoidable = per_month * reduction
        value = {
            currency: round(avoidable * (cost_per_return or price * COST_SHARE_OF_PRICE) * share, 2)
            for currency, (price, share) in prices.items()
        }
        plays.append(
            CausePlay(
                code=cause.code,
                count=cause.count,
                share=cause.share,
                recent=recent,
                earlier=earlier,
                quotes=[
                    {"text": q.text, "source": q.kind, "id": q.source_id, "lang": q.lang}
                    for q in cause.quotes
                ],
                fixes=list(content["causes"].get(cause.code, [])),
                returns_per_month=round(per_month, 1),
                avoidable_per_month=round(avoidable, 1),
                value_per_month=value,
            )
        )
    plays.sort(key=lambda p: (p.code != "safety_concern", -p.count))
    return plays


def _unit_prices(
    session: Session, tenant_id: int, asin: str, store_id: int | None
) -> dict[str, tuple[float, float]]:
    """currency -> (average unit price, share of the ASIN's units sold in that currency)."""
    query = (
        select(OrderLine.currency, func.sum(OrderLine.item_price), func.sum(OrderLine.quantity))
        .join(Store, Store.id == OrderLine.store_id)
        .where(
            OrderLine.tenant_id == tenant_id,
            OrderLine.asin == asin,
            OrderLine.item_price.is_not(None),
            OrderLine.quantity > 0,
        )
        .group_by(OrderLine.currency)
    )
    if store_id is not None:
        query = query.where(OrderLine.store_id == store_id)
    rows = [(c, float(p or 0), int(q)) for c, p, q in session.execute(query) if c and q]
    total = sum(q for _, _, q in rows) or 1
    return {currency: (price / units, units / total) for currency, price, units in rows}
