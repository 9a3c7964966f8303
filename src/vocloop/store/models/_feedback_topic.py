"""Amazon's own review and return topics (Customer Feedback API), per ASIN and per category."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from vocloop.store.models._base import Base, TenantOwned, utcnow


class FeedbackTopic(TenantOwned, Base):
    """One topic as Amazon words it, with its metrics as sent (shapes differ per endpoint).

    subject is 'item' (an ASIN) or 'browse_node' (a category benchmark); feedback is 'review' or
    'return'; polarity is 'positive' / 'negative' for review topics, None for return topics. A new
    fetch replaces the subject's rows, so this holds Amazon's latest view.
    """

    __tablename__ = "feedback_topics"
    __table_args__ = (Index("ix_feedback_topics_store_id_subject_id", "store_id", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    store_id: Mapped[int] = mapped_column(ForeignKey("stores.id", ondelete="CASCADE"))
    subject: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[str] = mapped_column(String(40))
    subject_name: Mapped[str | None] = mapped_column(String(500))
    feedback: Mapped[str] = mapped_column(String(10))
    polarity: Mapped[str | None] = mapped_column(String(10))
    topic: Mapped[str] = mapped_column(String(300))
    metrics: Mapped[dict[str, Any]]
    date_start: Mapped[dt.datetime | None]
    date_end: Mapped[dt.datetime | None]
    fetched_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
