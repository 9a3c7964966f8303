"""Shared fixtures: a fresh database per test on SQLite, and on PostgreSQL when a server answers."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from vocloop.app import App
from vocloop.config import Settings
from vocloop.store.db import create_db_engine, upgrade_database

FIXTURES = Path(__file__).parent / "fixtures"
AMAZON_FIXTURES = FIXTURES / "amazon"
DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"


def _postgres_admin_url() -> str | None:
    """The server to create test databases on: VOCLOOP_TEST_POSTGRES_URL, else a local default."""
    url = os.environ.get("VOCLOOP_TEST_POSTGRES_URL") or DEFAULT_POSTGRES
    try:
        with psycopg.connect(url.replace("+psycopg", ""), connect_timeout=3):
            return url
    except psycopg.OperationalError:
        # Under CI (or when asked for by URL) PostgreSQL must be there: an error, never a skip.
        if os.environ.get("CI") == "true" or os.environ.get("VOCLOOP_TEST_POSTGRES_URL"):
            raise
        return None


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A scratch database on the PostgreSQL server, migrated once, dropped at the end."""
    admin_url = _postgres_admin_url()
    if admin_url is None:
        pytest.skip("no PostgreSQL server on 127.0.0.1:5432 (set VOCLOOP_TEST_POSTGRES_URL)")
    name = f"vocloop_test_{uuid.uuid4().hex[:10]}"
    admin = admin_url.replace("+psycopg", "")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    url = make_url(admin_url).set(drivername="postgresql+psycopg", database=name)
    rendered = url.render_as_string(hide_password=False)
    engine = create_db_engine(rendered)
    upgrade_database(engine)
    engine.dispose()
    yield rendered
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _empty_postgres(url: str) -> None:
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as connection:
        connection.execute("TRUNCATE tenants, users RESTART IDENTITY CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, migrated, empty database: a new SQLite file, or the emptied PostgreSQL test DB."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'vocloop.db'}"
    url: str = request.getfixturevalue("postgres_server")
    _empty_postgres(url)
    return url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'vocloop.db'}"


@pytest.fixture
def app(db_url: str, tmp_path: Path) -> Iterator[App]:
    opened = App.open(Settings(database_url=db_url, data_dir=tmp_path / "data"))
    yield opened
    opened.close()


@pytest.fixture
def sqlite_app(sqlite_url: str, tmp_path: Path) -> Iterator[App]:
    opened = App.open(Settings(database_url=sqlite_url, data_dir=tmp_path / "data"))
    yield opened
    opened.close()
