"""Alembic environment: runs on the engine vocloop hands over, never on a URL from a file."""

from __future__ import annotations

from alembic import context

from vocloop.store.models import Base

engine = context.config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copy; the same scripts serve PostgreSQL
        compare_type=True,
    )
    context.run_migrations()
