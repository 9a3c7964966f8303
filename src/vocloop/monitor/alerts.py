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

from vocloop.monitor import detect, rises
from vocloop.monitor.lag import lag_pmf
from vocloop.monitor.series import Series
from vocloop.monitor.texts import DatedText, most_telling

SAFETY_CODE = "safety_concern"
LOOKBACK_DAYS = 180  # changes first detected longer ago than this are history, not news
FRESH_DAYS = 14  # an alarm this recent is news even before it is confirmed
PERSISTENT_RATIO = 1.5
PERSISTENT_PVALUE = 1e-3
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


def _daily_counts(days: list[int], length: int) -> np.ndarray:
    kept = [day for day in days if 0 <= day < length]
    return np.bincount(np.asarray(kept, dtype=int), minlength=length).astype(float)


def cause_rise_findings(
    series: list[Series], lags: dict[int, list[int]], texts: list[DatedText], last_day: dt.date
) -> list[Finding]:
    """A root cause whose complaints per unit sold rose beyond its baseline (`rises.py`).

    Units are counted as exposure (past orders weighted by the return-lag curve), as for the
    return rate: complaints follow orders with a lag, so raw units would make every seasonal
    upswing look calm and every downswing look alarming.
    """
    by_key = {(one.store_id, one.asin): one for one in series}
    pmfs = {store_id: lag_pmf(lags.get(store_id, [])) for store_id in {s.store_id for s in series}}
    groups: dict[tuple[int, str, str], list[DatedText]] = defaultdict(list)
    for text in texts:
        watched = text.cause not in _WATCHED_CAUSES_EXCLUDED
        if text.asin and watched and text.kind != "seller_feedback":
            groups[(text.store_id, text.asin, text.cause)].append(text)
    store_units: dict[int, float] = defaultdict(float)
    for each in series:
        store_units[each.store_id] += float(each.units.sum())
    store_cause: dict[tuple[int, str], int] = defaultdict(int)
    for (store_id, _, cause), members in groups.items():
        store_cause[(store_id, cause)] += len(members)
    findings = []
    for (store_id, asin, cause), members in groups.items():
        one = by_key.get((store_id, asin))
        if one is None or len(members) < rises.MIN_COUNT:
            continue
        length = len(one.units)
        rise = rises.first_rise(
            _daily_counts([one.index(t.day) for t in members], length),
            detect.exposure(one.units, pmfs[store_id]),
            last_index=one.index(last_day),
            lookback_days=LOOKBACK_DAYS,
            prior_rate=store_cause[(store_id, cause)] / max(store_units[store_id], 1.0),
        )
        if rise is None:
            continue
        since = one.day(rise.start)
        findings.append(
            Finding(
                kind="cause_rise",
                store_id=store_id,
                asin=asin,
                subject=cause,
                severity="medium",
                detected_on=one.day(rise.end - 1),
                since=since,
                facts={"cause": cause, **_rise_facts(rise)},
                evidence=most_telling([t for t in members if t.day >= since]),
            )
        )
    return findings


def topic_rise_findings(
    series: list[Series],
    lags: dict[int, list[int]],
    texts: list[DatedText],
    topics: dict[tuple[str, int], int],
    labels: dict[int, dict[str, Any]],
    last_day: dt.date,
) -> list[Finding]:
    """A topic (a specific recurring issue under a cause) rising, per ASIN over its stores.

    `topics` maps (source kind, source id) to topic id; `labels` holds each topic's label,
    glosses and cause for the alert's words.
    """
    if not topics or not series:
        return []
    length = len(series[0].units)
    start_day = series[0].start
    expo_by_asin: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(length))
    pmfs = {store_id: lag_pmf(lags.get(store_id, [])) for store_id in {s.store_id for s in series}}
    for one in series:
        expo_by_asin[one.asin] += detect.exposure(one.units, pmfs[one.store_id])
    groups: dict[tuple[str, int], list[DatedText]] = defaultdict(list)
    for text in texts:
        topic = topics.get((text.kind, text.source_id))
        if topic is not None and text.asin:
            groups[(text.asin, topic)].append(text)
    total_units = sum(float(e.sum()) for e in expo_by_asin.values()) or 1.0
    findings = []
    for (asin, topic), members in groups.items():
        if asin not in expo_by_asin or len(members) < rises.MIN_COUNT:
            continue
        rise = rises.first_rise(
            _daily_counts([(t.day - start_day).days for t in members], length),
            expo_by_asin[asin],
            last_index=(last_day - start_day).days,
            lookback_days=LOOKBACK_DAYS,
            prior_rate=0.1 * len(members) / total_units,
        )
        if rise is None:
            continue
        since = start_day + dt.timedelta(days=rise.start)
        label = labels.get(topic, {})
        findings.append(
            Finding(
                kind="topic_rise",
                store_id=stores.pop()
                if len(stores := {t.store_id for t in members}) == 1
                else None,
                asin=asin,
                subject=str(topic),
                severity="medium",
                detected_on=start_day + dt.timedelta(days=rise.end - 1),
                since=since,
                facts={"topic": topic, **label, **_rise_facts(rise)},
                evidence=most_telling([t for t in members if t.day >= since]),
            )
        )
    return findings


def negative_review_findings(series: list[Series], last_day: dt.date) -> list[Finding]:
    """1-2 star reviews per unit sold rising beyond the ASIN's baseline."""
    store_units: dict[int, float] = defaultdict(float)
    store_negative: dict[int, float] = defaultdict(float)
    for one in series:
        store_units[one.store_id] += float(one.units.sum())
        store_negative[one.store_id] += float(one.negative_reviews.sum())
    findings = []
    for one in series:
        rise = rises.first_rise(
            one.negative_reviews,
            one.units,  # reviews come soon after delivery: units of the day are the exposure
            last_index=one.index(last_day),
            lookback_days=LOOKBACK_DAYS,
            prior_rate=store_negative[one.store_id] / max(store_units[one.store_id], 1.0),
        )
        if rise is None:
            continue
        findings.append(
            Finding(
                kind="negative_reviews",
                store_id=one.store_id,
                asin=one.asin,
                subject="",
                severity="medium",
                detected_on=one.day(rise.end - 1),
                since=one.day(rise.start),
                facts=_rise_facts(rise),
            )
        )
    return findings


def _only_store(texts: list[DatedText]) -> int | None:
    """The store all the texts came from, or None when they span several."""
    stores = {text.store_id for text in texts}
    return stores.pop() if len(stores) == 1 else None


def _rise_facts(rise: rises.Rise) -> dict[str, Any]:
    return {
        "recent_count": rise.recent,
        "baseline_count": rise.baseline,
        "recent_per_1000": rise.recent_per_1000,
        "baseline_per_1000": rise.baseline_per_1000,
        "p_value": rise.pvalue,
        "window_days": rises.WINDOW_DAYS,
    }


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
