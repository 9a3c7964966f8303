"""Topics under the root causes: formed from similar texts, stable ids, tenants apart, weeks."""

from __future__ import annotations

from pathlib import Path

from tests.factories import import_paths, returns_line, write_returns
from vocloop.analysis.backfill import TEXT_SOURCES, classify_next_batch
from vocloop.analysis.classify import Classifier
from vocloop.analysis.topics import TopicView, list_topics, refresh_topics
from vocloop.app import App
from vocloop.store.access import create_store, create_tenant, get_tenant
from vocloop.store.models import TextTopic

LID = [
    "The lid leaks as soon as I tilt the bottle.",
    "Lid leaks everywhere when I tilt the bottle.",
    "The lid leaks all over my bag when the bottle tilts.",
    "Der Deckel ist undicht, sobald ich die Flasche kippe.",
]
ZIPPER = [
    "The zipper broke after one week.",
    "Zipper broke after a week of use.",
    "The zipper broke after 2 weeks.",
    "The zipper broke after 3 weeks of normal use.",
]
ODD_ONE = "The colour of the strap is a bit darker than in the photos."


def _import(
    app: App, tmp_path: Path, name: str, rows: list[tuple[int, str, str]], tenant: str
) -> None:
    lines = [
        returns_line(number, comment=text, date=f"{day}T08:00:00+00:00")
        for number, text, day in rows
    ]
    import_paths(app, write_returns(tmp_path / f"{name}.tsv", lines), tenant=tenant, store="us")


def _setup_tenant(app: App, slug: str) -> int:
    with app.sessions.begin() as session:
        tenant = create_tenant(session, slug=slug)
        create_store(session, tenant_id=tenant.id, slug="us", marketplace="US")
        return tenant.id


def _analyze(app: App, tenant_id: int, classifier: Classifier) -> None:
    with app.sessions.begin() as session:
        for source in TEXT_SOURCES:
            classify_next_batch(session, tenant_id=tenant_id, source=source, classifier=classifier)


def _members(app: App, tenant_id: int) -> dict[int, set[int]]:
    """topic id -> source ids (returns.id) of its texts."""
    with app.sessions() as session:
        rows = session.query(TextTopic.topic_id, TextTopic.source_id).filter(
            TextTopic.tenant_id == tenant_id
        )
        found: dict[int, set[int]] = {}
        for topic_id, source_id in rows:
            found.setdefault(topic_id, set()).add(source_id)
        return found


def _topics(app: App, tenant_id: int) -> list[TopicView]:
    with app.sessions() as session:
        return list_topics(session, tenant_id=tenant_id)


def _first_batch(app: App, tmp_path: Path, classifier: Classifier, slug: str = "brand-a") -> int:
    tenant_id = _setup_tenant(app, slug)
    rows = [(i + 1, text, f"2026-02-0{2 + i}") for i, text in enumerate(LID)]
    rows += [(i + 11, text, f"2026-02-{9 + i:02d}") for i, text in enumerate(ZIPPER)]
    rows.append((21, ODD_ONE, "2026-02-20"))
    _import(app, tmp_path, f"{slug}-first", rows, slug)
    _analyze(app, tenant_id, classifier)
    return tenant_id


def test_similar_texts_form_one_topic_each(
    app: App, tmp_path: Path, classifier: Classifier
) -> None:
    tenant_id = _first_batch(app, tmp_path, classifier)
    with app.sessions.begin() as session:
        summary = refresh_topics(session, tenant_id=tenant_id)
    assert (summary.joined, summary.created_topics, summary.in_new_topics, summary.waiting) == (
        0,
        2,
        8,
        1,
    )
    topics = _topics(app, tenant_id)
    assert [t.size for t in topics] == [4, 4]
    by_label = {("zipper" if "zipper" in t.label.lower() else "lid"): t for t in topics}
    assert set(by_label) == {"lid", "zipper"}
    assert "lid" in by_label["lid"].label.lower() or "deckel" in by_label["lid"].label.lower()
    assert by_label["lid"].gloss_en is not None and "lid" in by_label["lid"].gloss_en
    assert by_label["lid"].gloss_zh is not None and "盖子" in by_label["lid"].gloss_zh
    assert by_label["zipper"].gloss_zh is not None and "拉链" in by_label["zipper"].gloss_zh
    assert all(len(t.quotes) == 3 for t in topics)
    assert {q.text for q in by_label["zipper"].quotes} <= {z.rstrip(".") for z in ZIPPER}
    # The lone strap remark is no recurring issue: it waits, unassigned.
    members = _members(app, tenant_id)
    assert sorted(len(ids) for ids in members.values()) == [4, 4]
    assert all(t.asin == "B0FAKE0M01" for t in topics)


def test_new_texts_join_existing_topics_and_ids_never_change(
    app: App, tmp_path: Path, classifier: Classifier
) -> None:
    tenant_id = _first_batch(app, tmp_path, classifier)
    with app.sessions.begin() as session:
        refresh_topics(session, tenant_id=tenant_id)
    before = {t.id: t for t in _topics(app, tenant_id)}
    members_before = _members(app, tenant_id)
    rows = [
        (31, "The lid leaks when I tilt the bottle, my bag got wet.", "2026-03-03"),
        (32, "The zipper broke after 5 days.", "2026-03-04"),
        (33, "Zipper broke after a week.", "2026-03-05"),
    ]
    _import(app, tmp_path, "second", rows, "brand-a")
    _analyze(app, tenant_id, classifier)
    with app.sessions.begin() as session:
        summary = refresh_topics(session, tenant_id=tenant_id)
    assert (summary.joined, summary.created_topics) == (3, 0)
    after = {t.id: t for t in _topics(app, tenant_id)}
    assert set(after) == set(before)
    members_after = _members(app, tenant_id)
    for topic_id, ids in members_before.items():
        assert ids <= members_after[topic_id]  # nobody moved
        assert after[topic_id].label == before[topic_id].label
    zipper_id = next(i for i, t in after.items() if "zipper" in t.label.lower())
    lid_id = next(i for i in after if i != zipper_id)
    assert (after[zipper_id].size, after[lid_id].size) == (6, 5)
    # A third run finds nothing new to do.
    with app.sessions.begin() as session:
        again = refresh_topics(session, tenant_id=tenant_id)
    assert (again.joined, again.created_topics, again.in_new_topics) == (0, 0, 0)


def test_weekly_counts_add_up(app: App, tmp_path: Path, classifier: Classifier) -> None:
    tenant_id = _first_batch(app, tmp_path, classifier)
    with app.sessions.begin() as session:
        refresh_topics(session, tenant_id=tenant_id)
    topics = _topics(app, tenant_id)
    for topic in topics:
        assert sum(topic.weeks.values()) == topic.size
    zipper = next(t for t in topics if "zipper" in t.label.lower())
    lid = next(t for t in topics if t is not zipper)
    # Feb 2-5 2026 fall in ISO week 6; Feb 9-12 in week 7.
    assert lid.weeks == {"2026-W06": 4}
    assert zipper.weeks == {"2026-W07": 4}
    assert (str(lid.first_seen), str(lid.last_seen)) == ("2026-02-02", "2026-02-05")


def test_tenants_never_see_each_others_topics(
    app: App, tmp_path: Path, classifier: Classifier
) -> None:
    first = _first_batch(app, tmp_path, classifier, "brand-a")
    second = _setup_tenant(app, "brand-b")
    with app.sessions.begin() as session:
        refresh_topics(session, tenant_id=first)
        nothing = refresh_topics(session, tenant_id=second)
    assert (nothing.joined, nothing.created_topics, nothing.waiting) == (0, 0, 0)
    assert _topics(app, second) == []
    # The same words in tenant b make b's own topics, and a's stay as they were.
    rows = [(i + 1, text, "2026-02-10") for i, text in enumerate(ZIPPER)]
    _import(app, tmp_path, "b", rows, "brand-b")
    _analyze(app, second, classifier)
    with app.sessions.begin() as session:
        summary = refresh_topics(session, tenant_id=second)
        assert get_tenant(session, "brand-b").id == second
    assert (summary.joined, summary.created_topics) == (0, 1)
    ids_a = {t.id for t in _topics(app, first)}
    ids_b = {t.id for t in _topics(app, second)}
    assert ids_a.isdisjoint(ids_b)
    assert [t.size for t in _topics(app, first)] == [4, 4]
