"""A backfill on several cores: one process per shard of row ids, each with its own classifier.

The classifier is CPU-bound and holds the GIL between its numpy calls, so threads would not add
a core; processes do. Worker k classifies the unread rows whose id is k modulo n and commits
batch by batch, exactly as the one-process backfill does, so an interrupted run keeps its work
and the shards never overlap. Each worker reports the size of every batch it commits; the
parent adds them up for the progress bar.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
from collections.abc import Callable
from typing import Any

from vocloop.analysis.backfill import ClassifiesTexts, classify_pending
from vocloop.errors import UserError
from vocloop.store.db import create_db_engine, make_session_factory

ClassifierFactory = Callable[[], ClassifiesTexts]


def _default_classifier() -> ClassifiesTexts:
    from vocloop.analysis.classify import load_classifier

    return load_classifier()


def _work(
    database_url: str,
    tenant_id: int,
    shard: tuple[int, int],
    factory: ClassifierFactory,
    messages: Any,
) -> None:
    try:
        engine = create_db_engine(database_url)
        try:
            counts = classify_pending(
                make_session_factory(engine),
                tenant_id=tenant_id,
                classifier=factory(),
                on_batch=lambda n: messages.put(("batch", n)),
                shard=shard,
            )
        finally:
            engine.dispose()
        messages.put(("done", counts))
    except Exception as error:  # reported to the parent, which stops with one sentence
        messages.put(("error", f"{type(error).__name__}: {error}"))


def shares_one_database(database_url: str) -> bool:
    """Whether separate processes can open this URL and see the same rows (not in-memory)."""
    in_memory = database_url in ("sqlite://", "sqlite:///:memory:") or "mode=memory" in database_url
    return not in_memory


def classify_pending_in_parallel(
    database_url: str,
    *,
    tenant_id: int,
    workers: int,
    classifier_factory: ClassifierFactory = _default_classifier,
    on_batch: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Classify a tenant's unread texts with `workers` processes; counts per kind, summed."""
    context = multiprocessing.get_context("spawn")  # no forked copies of engines or BLAS state
    messages = context.Queue()
    processes = [
        context.Process(
            target=_work,
            args=(database_url, tenant_id, (k, workers), classifier_factory, messages),
            daemon=True,
        )
        for k in range(workers)
    ]
    for process in processes:
        process.start()
    totals: dict[str, int] = {}
    errors: list[str] = []
    finished = 0
    try:
        while finished < workers:
            try:
                kind, value = messages.get(timeout=1.0)
            except queue_module.Empty:
                if all(not p.is_alive() for p in processes) and messages.empty():
                    errors.append("a backfill worker stopped without reporting")
                    break
                continue
            if kind == "batch" and on_batch is not None:
                on_batch(value)
            elif kind == "done":
                finished += 1
                for source, count in value.items():
                    totals[source] = totals.get(source, 0) + count
            elif kind == "error":
                finished += 1
                errors.append(value)
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()
    if errors:
        raise UserError(
            f"The parallel backfill stopped ({errors[0]}); finished batches are kept, "
            "run `vocloop analyze` again to continue."
        )
    return totals
