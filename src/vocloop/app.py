"""App: settings, engine, sessions and clock, built once by each entry point and passed down."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from vocloop.config import Settings
from vocloop.store.db import create_db_engine, make_session_factory, upgrade_database


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class App:
    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Callable[[], dt.datetime] = field(default=_utcnow)

    @classmethod
    def open(cls, settings: Settings, *, migrate: bool = True) -> App:
        """Connect to the configured database, bringing its schema up to date unless told not to."""
        engine = create_db_engine(settings.resolved_database_url)
        if migrate:
            upgrade_database(engine)
        return cls(settings=settings, engine=engine, sessions=make_session_factory(engine))

    def close(self) -> None:
        self.engine.dispose()
