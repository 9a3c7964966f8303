"""The detectors: each turns the tenant's series and texts into findings (conditions met).

A finding is not yet an alert: `alert_store.record_findings` decides whether it opens a new
alert or updates the live one for the same condition.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from vocloop.monitor import detect
from vocloop.monitor.lag import lag_pmf
from vocloop.monitor.series import Series
from vocloop.monitor.texts import DatedText, most_telling

SAFETY_CODE = "safety_concern"
LOOKBACK_DAYS = 180  # changes first detected longer ago than this are history, not news
FRESH_DAYS = 14  # an alarm this recent is news even before it is confirmed
PERSISTENT_RATIO = 1.5
PERSISTENT_PVALUE = 1e-3
CAUSE_PRIOR_UNITS = 200.0  # weight of the store's rate of a cause in an ASIN's baseline
CAUSE_WINDOW_DAYS = 28
CAUSE_BASELINE_DAYS = 112
CAUSE_MIN_COUNT = 8
CAUSE_MIN_RATIO = 1.5
CAUSE_MAX_PVALUE = 1e-5  # strict: hundreds of ASINs x 13 causes x 26 weekly looks
# Causes a rise of which says something about the product or its listing.
_WATCHED_CAUSES_EXCLUDED = {"other", SAFETY_CODE}


@dataclass
class Finding:
    kind: str  # return_rate, cause_rise, safety
    store_id: int | None
    asin: str | None
    subject: str
    severity: str  # critical, high, medium, low
    detected_on: dt.date
    since: dt.date | None
    facts: dict[str, Any]
    evidence: list[DatedText] = field(default_factory=list)


def return_rate_findings(
    series: list[Series], lags: dict[int, list[int]], texts: list[DatedText], last_day: dt.date
) -> list[Finding]:
    """A return rate that rose beyond what chance explains, per store and ASIN (CUSUM)."""
    by_store_units: dict[int, float] = defaultdict(float)
    by_store_returns: dict[int, float] = defaultdict(float)
    for one in series:
        by_store_units[one.store_id] += float(one.units.sum())
        by_store_returns[one.store_id] += float(one.returns.sum())
    texts_by_key = _texts_by_key(texts)
    findings = []
    for one in series:
        pmf = lag_pmf(lags.get(one.store_id, []))
        expo = detect.exposure(one.units, pmf)
        prior = by_store_returns[one.store_id] / max(by_store_units[one.store_id], 1.0)
        baseline = detect.rolling_baseline(one.returns, expo, prior)
        alarms = detect.poisson_cusum(one.returns, expo, baseline)
        alarm = _news(alarms, one, expo, last_day)
        if alarm is None:
            continue
        since = one.day(alarm.since)
        # The rate since the change, to today, by both honest methods.
        after = slice(alarm.since, len(one.units))
        before = slice(max(0, alarm.since - detect.BASELINE_DAYS), alarm.since)
        ratio = alarm.observed_rate / alarm.baseline_rate if alarm.baseline_rate else 0.0
        evidence = [
            t
            for t in texts_by_key.get((one.store_id, one.asin), [])
            if t.day >= since and t.kind == "return"
        ]
        top_cause = _top_cause(evidence)
        facts = {
            "since": since.isoformat(),
            "baseline_rate": round(alarm.baseline_rate, 4),
            "observed_rate": round(alarm.observed_rate, 4),
            "ratio": round(ratio, 2),
            "returns_since": int(one.returns[after].sum()),
            "units_since": int(one.units[after].sum()),
            "cohort_rate_before": _rate(one.cohort_returns[before], one.units[before]),
            "cohort_rate_since": _rate(one.cohort_returns[after], one.units[after]),
            "top_cause": top_cause,
        }
        findings.append(
            Finding(
                kind="return_rate",
                store_id=one.store_id,
                asin=one.asin,
                subject="",
                severity="high" if ratio >= 2 else "medium",
                detected_on=one.day(alarm.day),
                since=since,
                facts=facts,
                evidence=most_telling([t for t in evidence if t.cause == top_cause] or evidence),
            )
        )
    return findings


def cause_rise_findings(
    series: list[Series], lags: dict[int, list[int]], texts: list[DatedText], last_day: dt.date
) -> list[Finding]:
    """A root cause whose complaints per unit sold rose beyond its baseline (weekly looks).

    Units are counted as exposure (past orders weighted by the return-lag curve), as for the
    return rate: complaints follow orders with a lag, so raw units would make every seasonal
    upswing look calm and every downswing look alarming.
    """
    units_by_key = {(one.store_id, one.asin): one for one in series}
    pmfs = {store_id: lag_pmf(lags.get(store_id, [])) for store_id in {s.store_id for s in series}}
    counts: dict[tuple[int, str, str], list[DatedText]] = defaultdict(list)
    for text in texts:
        watched = text.cause not in _WATCHED_CAUSES_EXCLUDED
        if text.asin and watched and text.kind != "seller_feedback":
            counts[(text.store_id, text.asin, text.cause)].append(text)
    store_units: dict[int, float] = defaultdict(float)
    for each in series:
        store_units[each.store_id] += float(each.units.sum())
    store_cause: dict[tuple[int, str], int] = defaultdict(int)
    for (store_id, _, cause), members in counts.items():
        store_cause[(store_id, cause)] += len(members)
    findings = []
    for (store_id, asin, cause), members in counts.items():
        found = units_by_key.get((store_id, asin))
        if found is None or len(members) < CAUSE_MIN_COUNT:
            continue
        one = found
        days = np.array([one.index(t.day) for t in members])
        expo = detect.exposure(one.units, pmfs[store_id])
        hit = None
        for weeks_back in range(LOOKBACK_DAYS // 7, -1, -1):
            end = one.index(last_day) + 1 - 7 * weeks_back
            start = end - CAUSE_WINDOW_DAYS
            base_start = start - CAUSE_BASELINE_DAYS
            if base_start < 0:
                continue
            recent = int(((days >= start) & (days < end)).sum())
            base = int(((days >= base_start) & (days < start)).sum())
            recent_units = float(expo[start:end].sum())
            base_units = float(expo[base_start:start].sum())
            if recent < CAUSE_MIN_COUNT or recent_units <= 0 or base_units <= 0:
                continue
            # Baseline: the ASIN's own count, plus the store's rate of this cause as a prior
            # worth CAUSE_PRIOR_UNITS units, so a cause never seen before is not infinitely new.
            prior_rate = store_cause[(store_id, cause)] / max(store_units[store_id], 1.0)
            base_events = base + prior_rate * CAUSE_PRIOR_UNITS
            base_exposure = base_units + CAUSE_PRIOR_UNITS
            expected = base_events * recent_units / base_exposure
            if expected <= 0 or recent / expected < CAUSE_MIN_RATIO:
                continue
            # Also above the ASIN's whole history before the window: a cause that is merely
            # back to its usual level after a quiet season is not rising.
            all_units = float(expo[:start].sum())
            all_count = int((days < start).sum())
            if all_units > 0 and recent / (all_count * recent_units / all_units + 1e-9) < (
                CAUSE_MIN_RATIO
            ):
                continue
            pvalue = detect.excess_pvalue(recent, base_events, recent_units / base_exposure)
            if pvalue < CAUSE_MAX_PVALUE:
                hit = (start, end, recent, base, recent_units, base_units, pvalue)
                break  # the first week it was met: that is when it became news
        if hit is None:
            continue
        start, end, recent, base, recent_units, base_units, pvalue = hit
        since = one.day(start)
        findings.append(
            Finding(
                kind="cause_rise",
                store_id=store_id,
                asin=asin,
                subject=cause,
                severity="medium",
                detected_on=one.day(end - 1),
                since=since,
                facts={
                    "cause": cause,
                    "recent_count": recent,
                    "baseline_count": base,
                    "recent_per_1000": round(1000 * recent / recent_units, 2),
                    "baseline_per_1000": round(1000 * base / base_units, 2),
                    "p_value": float(f"{pvalue:.2g}"),
                    "window_days": CAUSE_WINDOW_DAYS,
                },
                evidence=most_telling([t for t in members if t.day >= since]),
            )
        )
    return findings


def _news(
    alarms: list[detect.Alarm], one: Series, expo: np.ndarray, last_day: dt.date
) -> detect.Alarm | None:
    """The alarm worth telling the team about: the first one of the lookback period that is
    either fresh or still true today (returns since its start still clearly above the baseline).
    A burst that has since faded back is history, not a reason to act."""
    for alarm in alarms:
        age = (last_day - one.day(alarm.day)).days
        if age > LOOKBACK_DAYS:
            continue
        if age <= FRESH_DAYS:
            return alarm
        since = slice(alarm.since, len(one.returns))
        seen = float(one.returns[since].sum())
        expected = alarm.baseline_rate * float(expo[since].sum())
        if expected > 0 and seen / expected >= PERSISTENT_RATIO:
            # Baseline counted over the baseline window: its uncertainty widens the test.
            base_count = alarm.baseline_rate * float(
                expo[max(0, alarm.since - detect.BASELINE_DAYS) : alarm.since].sum()
            )
            ratio = expected / max(base_count, 1e-9)
            if detect.excess_pvalue(int(seen), base_count, ratio) < PERSISTENT_PVALUE:
                return alarm
    return None


def safety_findings(texts: list[DatedText]) -> list[Finding]:
    """Every safety_concern text raises (or joins) an immediate alert for its store and ASIN."""
    grouped: dict[tuple[int, str | None], list[DatedText]] = defaultdict(list)
    for text in texts:
        if text.cause == SAFETY_CODE:
            grouped[(text.store_id, text.asin)].append(text)
    findings = []
    for (store_id, asin), members in grouped.items():
        findings.append(
            Finding(
                kind="safety",
                store_id=store_id,
                asin=asin,
                subject="",
                severity="critical",
                detected_on=members[0].day,
                since=members[0].day,
                facts={
                    "count": len(members),
                    "first": members[0].day.isoformat(),
                    "last": members[-1].day.isoformat(),
                    "sources": sorted({t.kind for t in members}),
                },
                evidence=most_telling(members),
            )
        )
    return findings


def _texts_by_key(texts: list[DatedText]) -> dict[tuple[int, str | None], list[DatedText]]:
    grouped: dict[tuple[int, str | None], list[DatedText]] = defaultdict(list)
    for text in texts:
        grouped[(text.store_id, text.asin)].append(text)
    return grouped


def _top_cause(texts: list[DatedText]) -> str | None:
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        if text.has_words and text.cause != "other":
            counts[text.cause] += 1
    return max(sorted(counts), key=lambda code: counts[code]) if counts else None


def _rate(returns: np.ndarray, units: np.ndarray) -> float | None:
    total = float(units.sum())
    return round(float(returns.sum()) / total, 4) if total else None
