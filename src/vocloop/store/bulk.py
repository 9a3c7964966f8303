"""Fast idempotent bulk writes of imported records: executemany on SQLite, COPY on PostgreSQL.

Both insert with ON CONFLICT on (tenant_id, natural_key): an existing record is left alone, or, for
the kinds whose records move on (orders), updated when a field changed and the row is not older.
Runs inside the caller's transaction and never commits.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Column, Table, func, select
from sqlalchemy.orm import Session


def _sqlite_datetime(value: dt.datetime) -> str:
    # The text SQLAlchemy's SQLite DateTime writes (naive UTC, microseconds), so ORM reads agree.
    return value.astimezone(dt.UTC).isoformat(" ", "microseconds")[:26]


def _json(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False)


def _sqlite_converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    """How a value of this column becomes a sqlite3 parameter; None when it already is one."""
    python_type = column.type.python_type if not isinstance(column.type, JSON) else dict
    if python_type is dt.datetime:
        return _sqlite_datetime
    if python_type is dt.date:
        return dt.date.isoformat
    if python_type is Decimal:
        return str
    if python_type is dict:
        return _json
    return None


class BulkWriter:
    """Writes batches of records of one table for one import; counts what changed."""

    def __init__(
        self,
        session: Session,
        table: Table,
        columns: Sequence[str],
        *,
        updatable: Sequence[str] = (),
        newer_than: str | None = None,
    ) -> None:
        self.session = session
        self.table = table
        self.columns = list(columns)
        self.updatable = list(updatable)
        self.newer_than = newer_than
        self.changes = 0  # rows inserted or updated
        self.dialect = session.get_bind().dialect.name
        self._stage_ready = False

    def _conflict_clause(self, excluded: str) -> str:
        if not self.updatable:
            return "ON CONFLICT (tenant_id, natural_key) DO NOTHING"
        name = self.table.name
        sets = ", ".join(f"{col} = {excluded}.{col}" for col in self.updatable)
        differs = " OR ".join(
            f"{name}.{col} IS DISTINCT FROM {excluded}.{col}"
            if self.dialect == "postgresql"
            else f"{name}.{col} IS NOT {excluded}.{col}"
            for col in self.updatable
        )
        condition = f"({differs})"
        if self.newer_than:
            col = self.newer_than
            condition += f" AND ({name}.{col} IS NULL OR {excluded}.{col} >= {name}.{col})"
        return f"ON CONFLICT (tenant_id, natural_key) DO UPDATE SET {sets} WHERE {condition}"

    def write(self, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            self._write_postgresql(rows)
        else:
            self._write_sqlite(rows)

    def _write_sqlite(self, rows: list[dict[str, Any]]) -> None:
        columns = self.columns
        marks = ", ".join("?" for _ in columns)
        sql = (
            f"INSERT INTO {self.table.name} ({', '.join(columns)}) VALUES ({marks}) "
            + self._conflict_clause("excluded")
        )
        # Only the few typed columns need converting; the rest pass through untouched.
        take = itemgetter(*columns)
        converted = [
            (index, converter)
            for index, name in enumerate(columns)
            if (converter := _sqlite_converter(self.table.c[name])) is not None
        ]
        values = []
        for row in rows:
            value = list(take(row))
            for index, converter in converted:
                if value[index] is not None:
                    value[index] = converter(value[index])
            values.append(value)
        raw = self.session.connection().connection.driver_connection
        cursor = raw.cursor()  # type: ignore[union-attr]
        try:
            cursor.executemany(sql, values)
            self.changes += max(cursor.rowcount, 0)
        finally:
            cursor.close()

    def _write_postgresql(self, rows: list[dict[str, Any]]) -> None:
        columns = self.columns
        stage = f"vocloop_stage_{self.table.name}"
        column_list = ", ".join(columns)
        raw = self.session.connection().connection.driver_connection
        with raw.cursor() as cursor:  # type: ignore[union-attr]
            if not self._stage_ready:
                cursor.execute(
                    f"CREATE TEMP TABLE IF NOT EXISTS {stage} ON COMMIT DROP AS "
                    f"SELECT {column_list} FROM {self.table.name} WITH NO DATA"
                )
                self._stage_ready = True
            cursor.execute(f"TRUNCATE {stage}")
            # psycopg adapts dates, numbers and booleans itself; only JSON needs turning to text.
            take = itemgetter(*columns)
            json_columns = [
                index
                for index, name in enumerate(columns)
                if isinstance(self.table.c[name].type, JSON)
            ]
            with cursor.copy(f"COPY {stage} ({column_list}) FROM STDIN") as copy:
                for row in rows:
                    values = take(row)
                    if json_columns:
                        values = list(values)
                        for index in json_columns:
                            if values[index] is not None:
                                values[index] = _json(values[index])
                    copy.write_row(values)
            source = f"SELECT {column_list} FROM {stage}"
            if self.updatable:
                # One INSERT may not touch a row twice: keep the newest copy of each record.
                order = f"{self.newer_than} DESC NULLS LAST" if self.newer_than else "natural_key"
                source = (
                    f"SELECT DISTINCT ON (tenant_id, natural_key) {column_list} FROM {stage} "
                    f"ORDER BY tenant_id, natural_key, {order}"
                )
            cursor.execute(
                f"INSERT INTO {self.table.name} ({column_list}) {source} "
                + self._conflict_clause("EXCLUDED")
            )
            self.changes += max(cursor.rowcount, 0)

    def count_batch(self, batch_id: int) -> int:
        """Rows this import added (inserted rows keep the batch that first brought them)."""
        query = (
            select(func.count())
            .select_from(self.table)
            .where(self.table.c.import_batch_id == batch_id)
        )
        return int(self.session.scalar(query) or 0)
