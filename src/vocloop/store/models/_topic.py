"""Topics: recurring specific issues per ASIN and root cause, and which texts belong to each."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Float, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class Topic(TenantOwned, Base):
    """One recurring issue ("holes don't line up in step 4") under one ASIN and root cause.

    The id never changes once given, so weekly counts of a topic form a trend. The label and
    glosses are chosen when the topic is created and kept; the centroid (mean of the members'
    sentence vectors, float32 bytes) moves as members join, and new texts are compared with it.
    """

    __tablename__ = "topics"
    __table_args__ = (
        Index("ix_topics_tenant_id_asin_root_cause", "tenant_id", "asin", "root_cause"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    asin: Mapped[str] = mapped_column(String(20))
    root_cause: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(Text)
    label_lang: Mapped[str | None] = mapped_column(String(8))
    gloss_en: Mapped[str | None] = mapped_column(Text)  # None: our lexicon knows none of its terms
    gloss_zh: Mapped[str | None] = mapped_column(Text)
    centroid: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int]
    first_seen: Mapped[dt.date]
    last_seen: Mapped[dt.date]
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class TextTopic(TenantOwned, Base):
    """A stored text's topic: source_kind names its table (return, review) and source_id its row.

    Keyed by the text, not by its classification, so a new model version keeps the assignment.
    occurred_on is the text's own date (return or review date) for weekly counts; similarity is
    the cosine to the topic's centroid when the text joined, which ranks quotes.
    """

    __tablename__ = "text_topics"
    __table_args__ = (UniqueConstraint("tenant_id", "source_kind", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    topic_id: Mapped[int] = mapped_column(ForeignKey("topics.id", ondelete="CASCADE"), index=True)
    source_kind: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int]
    occurred_on: Mapped[dt.date]
    similarity: Mapped[float] = mapped_column(Float)
    assigned_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
