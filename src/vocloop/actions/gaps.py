"""Listing gap check: which of an ASIN's top complaint topics the listing never addresses.

The listing (title, bullets, description, as the seller pastes or exports it) is cut into
sentences and embedded with the same multilingual encoder as the topics, so a German bullet can
answer a Japanese complaint. A topic counts as addressed when some sentence is close to its
centroid; the rest are gaps, each with the place in the listing that usually answers that cause.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy.orm import Session

from vocloop.analysis.topics.clustering import unit
from vocloop.analysis.topics.listing import list_topics
from vocloop.analysis.topics.refresh import topic_centroid
from vocloop.store.models import Topic

ADDRESSED_SIMILARITY = 0.30  # set by hand on the demo desk (related 0.27-0.42, unrelated < 0.23)
TOP_TOPICS = 10
_SENTENCE = re.compile(r"(?<=[.!?。!?])\s+|\n+|•|·|;|;")
# Where a listing usually answers each cause (title, bullets, description, images);
WHERE = {
    "size_fit": ("size chart image and a fit bullet", "尺码表图片和版型要点"),
    "compatibility": ("a compatibility bullet and chart", "兼容性要点和列表"),
    "not_as_described": ("the bullet or image that makes the claim", "做出该描述的要点或图片"),
    "usage_difficulty": ("a set-up bullet and the quick-start guide", "安装要点和快速入门指南"),
    "performance_below_expectation": ("a bullet with measured figures", "带实测数据的要点"),
    "quality_defect": ("a bullet on materials, limits and care", "材质、限制和保养要点"),
    "missing_parts": ("a 'what is in the box' bullet", "“包装清单”要点"),
    "damaged_on_arrival": ("packaging (not the listing)", "包装(而非商品页面)"),
}

Embed = Callable[[Sequence[str]], np.ndarray]


@dataclass(frozen=True)
class Gap:
    topic_id: int
    root_cause: str
    label: str
    gloss_en: str | None
    gloss_zh: str | None
    size: int
    best_similarity: float
    closest_sentence: str | None
    where_en: str
    where_zh: str


def listing_sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE.split(text) if len(part.strip()) >= 3]


def listing_gaps(
    session: Session, *, tenant_id: int, asin: str, listing: str, embed: Embed | None = None
) -> tuple[list[Gap], int]:
    """(the top topics the listing does not address, how many top topics were checked)."""
    sentences = listing_sentences(listing)
    topics = [
        t for t in list_topics(session, tenant_id=tenant_id, asin=asin) if t.root_cause in WHERE
    ]
    topics.sort(key=lambda t: -t.size)
    topics = topics[:TOP_TOPICS]
    if not topics:
        return [], 0
    if embed is None:
        from vocloop.analysis.classify.embedding_api import embed as default_embed

        embed = default_embed
    vectors = unit(np.asarray(embed(sentences), dtype=np.float32)) if sentences else None
    gaps = []
    for view in topics:
        topic = session.get(Topic, view.id)
        assert topic is not None
        centroid = unit(topic_centroid(topic).reshape(1, -1))[0]
        best, closest = 0.0, None
        if vectors is not None:
            scores = vectors @ centroid
            index = int(np.argmax(scores))
            best, closest = float(scores[index]), sentences[index]
        if best >= ADDRESSED_SIMILARITY:
            continue
        where_en, where_zh = WHERE[view.root_cause]
        gaps.append(
            Gap(
                view.id,
                view.root_cause,
                view.label,
                view.gloss_en,
                view.gloss_zh,
                view.size,
                round(best, 3),
                closest,
                where_en,
                where_zh,
            )
        )
    return gaps, len(topics)
