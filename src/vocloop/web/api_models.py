"""The JSON API's response shapes (they become the OpenAPI schema)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel


class Totals(BaseModel):
    returns: int
    returned_units: int
    ordered_units: int
    return_rate: float | None


class Week(BaseModel):
    week_start: dt.date
    returned_units: int
    ordered_units: int


class CauseCount(BaseModel):
    code: str
    count: int


class Asin(BaseModel):
    asin: str
    title: str | None
    returns: int
    returned_units: int
    ordered_units: int
    return_rate: float | None
    previous_return_rate: float | None
    causes: list[CauseCount]
    weekly_returned_units: list[int]


class OverviewOut(BaseModel):
    start: dt.date
    end: dt.date
    current: Totals
    previous: Totals
    weeks: list[Week]
    causes: list[CauseCount]
    reason_mismatches: int
    worse: list[Asin]


class AsinList(BaseModel):
    total: int
    asins: list[Asin]


class Quote(BaseModel):
    text: str
    kind: str
    source_id: int
    lang: str | None


class CauseOut(BaseModel):
    code: str
    count: int
    share: float
    quotes: list[Quote]


class Mismatch(BaseModel):
    return_id: int
    return_date: dt.datetime
    reason: str | None
    comment: str | None
    text_cause: str | None
    reason_cause: str | None
    mismatch: str


class Topic(BaseModel):
    id: int
    root_cause: str
    label: str
    label_lang: str | None
    size: int
    weeks: dict[str, int]
    quotes: list[str]


class RatingWeek(BaseModel):
    week_start: dt.date
    reviews: int
    mean_rating: float | None


class Voc(BaseModel):
    store: str
    snapshot_date: dt.date
    cx_health: str | None
    ncx_rate: float | None
    ncx_orders: int | None
    total_orders: int | None
    top_ncx_reason: str | None


class AsinOut(BaseModel):
    asin: str
    title: str | None
    weeks: list[Week]
    causes: list[CauseOut]
    topics: list[Topic]
    reason_mismatches: list[Mismatch]
    ratings: list[RatingWeek]
    voc: list[Voc]


class Comment(BaseModel):
    kind: str
    id: int
    date: dt.date | dt.datetime
    store: str
    asin: str | None
    code: str | None
    text: str
    root_cause: str | None
    lang: str | None


class Batch(BaseModel):
    id: int
    file_name: str
    kind: str
    marketplace: str | None
    records: int
    added: int
    updated: int
    duplicates: int
    rejected: int
    actor: str | None
    created_at: dt.datetime


class StoreOut(BaseModel):
    slug: str
    name: str
    marketplace: str
    marketplace_id: str
