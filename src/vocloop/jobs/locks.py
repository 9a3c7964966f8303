"""One job per tenant at a time, across workers on several machines (PostgreSQL advisory locks).

SQLite is a single-machine store: there the worker is one process and needs no lock.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Engine


def _key(name: str) -> int:
    # A stable signed 64-bit key for the lock name (Python's hash() differs per process).
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


@contextmanager
def job_lock(engine: Engine, name: str) -> Iterator[bool]:
    """Yield True if this worker holds the lock `name` (and keeps it until the block ends)."""
    if engine.dialect.name != "postgresql":
        yield True
        return
    with engine.connect() as connection:
        got = bool(
            connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _key(name)}).scalar()
        )
        try:
            yield got
        finally:
            if got:
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(name)})
                connection.commit()
