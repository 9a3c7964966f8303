"""Refreshing topics: new texts join the nearest topic, or form new ones; ids never change."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from vocloop.analysis.topics.clustering import Vectors, agglomerate, nearest, unit
from vocloop.analysis.topics.glossary import gloss
from vocloop.analysis.topics.texts import TopicText, embedding_key, unassigned_texts
from vocloop.analysis.topics.wording import choose_label, salience
from vocloop.store.models import TextTopic, Topic, utcnow

# A new text joins an existing topic when its cosine to the topic's centroid reaches this.
ASSIGN_THRESHOLD = 0.6
# Unassigned texts merge while two groups' mean pairwise cosine reaches this (average linkage).
CLUSTER_THRESHOLD = 0.5
# Fewer texts than this are not yet a recurring issue: they wait for the next refresh.
MIN_TOPIC_SIZE = 3
REPRESENTATIVES = 5

Embed = Callable[[Sequence[str]], Vectors]


@dataclass(frozen=True)
class RefreshSummary:
    """What a refresh did: texts that joined old topics, new topics, texts still waiting."""

    joined: int
    created_topics: int
    in_new_topics: int
    waiting: int


def _default_embed(texts: Sequence[str]) -> Vectors:
    from vocloop.analysis.classify.embedding_api import embed

    return embed(texts)


def _centroid_bytes(vector: Vectors) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def topic_centroid(topic: Topic) -> Vectors:
    return np.frombuffer(topic.centroid, dtype="<f4").astype(np.float32)


def _link(tenant_id: int, topic_id: int, text: TopicText, similarity: float) -> dict[str, object]:
    return {
        "tenant_id": tenant_id,
        "topic_id": topic_id,
        "source_kind": text.source_kind,
        "source_id": text.source_id,
        "occurred_on": text.occurred_on,
        "similarity": round(similarity, 4),
    }


def _grow(topic: Topic, vectors: Vectors, dates: list[dt.date], now: dt.datetime) -> None:
    """Fold new members into the running mean, size and seen dates."""
    total = topic_centroid(topic) * topic.size + vectors.sum(axis=0)
    topic.size += len(vectors)
    topic.centroid = _centroid_bytes(total / topic.size)
    topic.first_seen = min(topic.first_seen, *dates)
    topic.last_seen = max(topic.last_seen, *dates)
    topic.updated_at = now


def refresh_topics(
    session: Session,
    *,
    tenant_id: int,
    asin: str | None = None,
    embed: Embed | None = None,
) -> RefreshSummary:
    """Put every text without a topic into one, per ASIN and root cause; never renumber topics.

    A text joins the existing topic whose centroid is nearest, if close enough
    (ASSIGN_THRESHOLD). The rest are clustered (CLUSTER_THRESHOLD); groups of MIN_TOPIC_SIZE or
    more texts become new topics, smaller ones wait for similar texts in a later refresh.
    """
    embed = embed or _default_embed
    texts = unassigned_texts(session, tenant_id=tenant_id, asin=asin)
    if not texts:
        return RefreshSummary(0, 0, 0, 0)
    keys = sorted({embedding_key(text.text) for text in texts})
    row_of = {key: row for row, key in enumerate(keys)}
    vectors = unit(np.asarray(embed(keys), dtype=np.float32))
    scopes: dict[tuple[str, str], list[TopicText]] = defaultdict(list)
    for text in texts:
        scopes[(text.asin, text.root_cause)].append(text)
    background: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        background[text.asin].append(text.text)
    existing: dict[tuple[str, str], list[Topic]] = defaultdict(list)
    query = select(Topic).where(Topic.tenant_id == tenant_id).order_by(Topic.id)
    if asin is not None:
        query = query.where(Topic.asin == asin)
    for topic in session.scalars(query):
        existing[(topic.asin, topic.root_cause)].append(topic)
    now = utcnow()
    links: list[dict[str, object]] = []
    joined = created = in_new = waiting = 0
    for scope in sorted(scopes):
        members = scopes[scope]
        rows = np.array([row_of[embedding_key(text.text)] for text in members])
        topics = existing[scope]
        rest = _join_nearest(
            tenant_id, topics, members, list(range(len(members))), rows, vectors, links, now
        )
        joined += len(members) - len(rest)
        new_topics = _new_topics(
            session, tenant_id, scope, members, rest, rows, vectors, background, now, links
        )
        created += len(new_topics)
        in_new += sum(topic.size for topic in new_topics)
        # Texts left out of the new groups may still be close to a new topic's centroid: join
        # them now, so the next refresh finds nothing left to do (refresh is idempotent).
        linked = {(link["source_kind"], link["source_id"]) for link in links}
        leftover = [p for p in rest if (members[p].source_kind, members[p].source_id) not in linked]
        still = _join_nearest(tenant_id, new_topics, members, leftover, rows, vectors, links, now)
        in_new += len(leftover) - len(still)
        waiting += len(still)
    if links:
        session.execute(insert(TextTopic), links)
    return RefreshSummary(joined, created, in_new, waiting)


def _join_nearest(
    tenant_id: int,
    topics: list[Topic],
    members: list[TopicText],
    positions: list[int],
    rows: np.ndarray,
    vectors: Vectors,
    links: list[dict[str, object]],
    now: dt.datetime,
) -> list[int]:
    """Join each text to its nearest topic when close enough; return the positions that fit none."""
    empty = np.zeros((0, 512), np.float32)
    matches = nearest(
        vectors[rows[positions]] if positions else empty,
        np.vstack([topic_centroid(topic) for topic in topics]) if topics else empty,
        ASSIGN_THRESHOLD,
    )
    grown: dict[int, list[int]] = defaultdict(list)
    rest: list[int] = []
    for position, match in zip(positions, matches, strict=True):
        if match is None:
            rest.append(position)
            continue
        grown[match[0]].append(position)
        links.append(_link(tenant_id, topics[match[0]].id, members[position], match[1]))
    for column, chosen in grown.items():
        _grow(
            topics[column],
            vectors[rows[chosen]],
            [members[p].occurred_on for p in chosen],
            now,
        )
    return rest


def _new_topics(
    session: Session,
    tenant_id: int,
    scope: tuple[str, str],
    members: list[TopicText],
    rest: list[int],
    rows: np.ndarray,
    vectors: Vectors,
    background: dict[str, list[str]],
    now: dt.datetime,
    links: list[dict[str, object]],
) -> list[Topic]:
    """Cluster the texts that fit no topic; make a Topic of each large enough group."""
    by_row: dict[int, list[int]] = defaultdict(list)
    for position in rest:
        by_row[int(rows[position])].append(position)
    unique_rows = sorted(by_row)
    weights = np.array([len(by_row[row]) for row in unique_rows], dtype=np.float64)
    groups = agglomerate(vectors[unique_rows], weights, CLUSTER_THRESHOLD)
    groups = [g for g in groups if weights[g].sum() >= MIN_TOPIC_SIZE]
    # Largest first, then by the earliest text: a deterministic order of new ids.
    groups.sort(key=lambda g: (-weights[g].sum(), min(unique_rows[i] for i in g)))
    made: list[Topic] = []
    for group in groups:
        positions = sorted(p for i in group for p in by_row[unique_rows[i]])
        group_vectors = vectors[rows[positions]]
        centroid = group_vectors.mean(axis=0)
        similarities = group_vectors @ unit(centroid)
        order = sorted(
            range(len(positions)), key=lambda k: (-round(float(similarities[k]), 4), positions[k])
        )
        texts = [members[positions[k]] for k in order]
        typical = list({text.text: text for text in texts}.values())[:REPRESENTATIVES]
        weights_by_token = salience([t.text for t in texts], background[scope[0]])
        found = gloss(scope[1], [t.text for t in texts])
        label, source = choose_label([t.text for t in typical], weights_by_token)
        topic = Topic(
            tenant_id=tenant_id,
            asin=scope[0],
            root_cause=scope[1],
            label=label,
            label_lang=typical[source].lang,
            gloss_en=found.en if found else None,
            gloss_zh=found.zh if found else None,
            centroid=_centroid_bytes(centroid),
            size=len(positions),
            first_seen=min(t.occurred_on for t in texts),
            last_seen=max(t.occurred_on for t in texts),
            created_at=now,
            updated_at=now,
        )
        session.add(topic)
        session.flush()
        for k in order:
            links.append(_link(tenant_id, topic.id, members[positions[k]], float(similarities[k])))
        made.append(topic)
    return made
