"""Engines and sessions: SQLite (WAL) by default, PostgreSQL by URL; schema kept by Alembic."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from vocloop.errors import DatabaseError

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the dashboard read while an import writes; busy_timeout waits instead of failing.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    # A 64 MiB page cache keeps the unique-key index of a million-row import in memory.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    """An engine for a SQLite file (folder created on demand) or a PostgreSQL server."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"'{url}' is not a database URL.") from exc
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if backend == "postgresql":
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        return create_engine(parsed, pool_pre_ping=True)
    raise DatabaseError(f"vocloop stores data in SQLite or PostgreSQL, not '{backend}'.")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade_database(engine: Engine) -> None:
    """Create or migrate the schema to the newest version (safe to run at every start)."""
    try:
        command.upgrade(_alembic_config(engine), "head")
    except OperationalError as exc:
        raise DatabaseError(
            f"The database at {engine.url!r} cannot be reached: {exc.orig}"
        ) from exc


def schema_revision(engine: Engine) -> tuple[str | None, str | None]:
    """(the database's revision, the newest revision this vocloop knows)."""
    head = ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    return current, head
