"""Importing report files into the store: recognise, validate, file under tenant and store, dedupe.

`import_source` imports one file inside the caller's transaction and raises ReportFileError when the
file must be refused, so the caller's rollback leaves nothing of it behind. Rows are read once and
written in chunks as they are read; a refusal found later rolls back the chunks already written.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import String, Table
from sqlalchemy.orm import Session, sessionmaker

from vocloop.errors import ReportFileError, RowProblem, UserError
from vocloop.marketplaces import Marketplace, get_marketplace
from vocloop.sources.files import SourceFile, read_all
from vocloop.sources.placement import (
    StoreResolver,
    place_unresolved,
    remember_product,
    unplaced_problem,
)
from vocloop.sources.reports import OpenedReport, ParsedRow, open_report
from vocloop.store.access import ProductNames, ensure_tenant, get_store, get_tenant, save_products
from vocloop.store.bulk import BulkWriter
from vocloop.store.models import Base, ImportBatch, Store

CHUNK_ROWS = 20_000  # rows per write: fewer round trips, memory still small
MAX_LISTED_PROBLEMS = 5
BASE_COLUMNS = ("tenant_id", "store_id", "import_batch_id", "source_line", "natural_key", "extra")
# Orders move on (Pending -> Shipped): a later file updates them unless its row is older.
NEWER_THAN = {"order_lines": "last_updated_date"}


@dataclass
class FileResult:
    """What happened to one file; the CLI's --json prints exactly these counts."""

    path: str
    kind: str | None = None
    marketplace: str | None = None
    records: int = 0
    added: int = 0
    duplicates: int = 0
    rejected: int = 0
    updated: int = 0
    errors: list[RowProblem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None
    marketplaces: dict[str, int] = field(default_factory=dict)
    batch_id: int | None = None
    message: str | None = None  # the one sentence, when the file was refused

    @property
    def imported(self) -> bool:
        return self.message is None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "marketplace": self.marketplace,
            "records": self.records,
            "added": self.added,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "updated": self.updated,
            "errors": [problem.as_dict() for problem in self.errors],
            "imported": self.imported,
            "message": self.message,
            "marketplaces": self.marketplaces,
            "encoding": self.encoding,
            "notes": self.notes,
        }


@dataclass
class ImportOptions:
    tenant_id: int
    store: Store | None = None
    marketplace: Marketplace | None = None
    skip_bad_rows: bool = False
    actor: str | None = None
    on_rows: Callable[[int], None] | None = None  # progress: rows read so far in this file


def import_source(session: Session, source: SourceFile, options: ImportOptions) -> FileResult:
    """Import one report file in the caller's transaction; raise ReportFileError to refuse it."""
    result = FileResult(path=source.name)
    sha256, _size = read_all(source)
    opened = open_report(source, marketplace=options.marketplace)
    result.kind, result.encoding = opened.kind.name, opened.encoding
    batch = ImportBatch(
        tenant_id=options.tenant_id,
        file_name=source.name[-500:],
        file_sha256=sha256,
        kind=opened.kind.name,
        actor=options.actor,
        store_id=options.store.id if options.store else None,
    )
    session.add(batch)
    session.flush()
    result.batch_id = batch.id
    try:
        _write_rows(session, opened, options, batch, result)
    except ReportFileError as error:
        error.problems = error.problems or result.errors
        error.records, error.kind = result.records, result.kind
        raise
    result.notes.extend(opened.context.notes)
    batch.records, batch.added, batch.updated = result.records, result.added, result.updated
    batch.duplicates, batch.rejected = result.duplicates, result.rejected
    batch.marketplace = result.marketplace
    return result


def _table(kind_table: str) -> Table:
    return Base.metadata.tables[kind_table]


def _write_rows(
    session: Session,
    opened: OpenedReport,
    options: ImportOptions,
    batch: ImportBatch,
    result: FileResult,
) -> None:
    kind = opened.kind
    table = _table(kind.table)
    resolver = StoreResolver(session, options.tenant_id, options.store, options.marketplace)
    writer: BulkWriter | None = None
    products: ProductNames = {}
    unresolved: list[ParsedRow] = []
    refused = False
    limits = _length_limits(table)
    valid = 0
    per_store: Counter[int] = Counter()

    def flush(chunk: list[ParsedRow]) -> None:
        nonlocal writer, valid, refused
        chunk, too_long = _split_too_long(chunk, limits)
        for row in too_long:
            _note_problem(result, row)
            refused = refused or not options.skip_bad_rows
        if refused:
            return
        store_ids = resolver.resolve(chunk)
        records = []
        for row, store_id in zip(chunk, store_ids, strict=True):
            if store_id is None:
                unresolved.append(row)
                continue
            record: dict[str, Any] = row.record  # type: ignore[assignment]
            record["tenant_id"] = options.tenant_id
            record["store_id"] = store_id
            record["import_batch_id"] = batch.id
            record["source_line"] = row.line
            records.append(record)
            per_store[store_id] += 1
            remember_product(products, store_id, record)
        if records:
            if writer is None:
                columns = list(dict.fromkeys([*BASE_COLUMNS, *records[0]]))
                writer = BulkWriter(
                    session,
                    table,
                    columns,
                    updatable=kind.updatable,
                    newer_than=NEWER_THAN.get(kind.table),
                )
            writer.write(records)
        valid += len(records)

    chunk: list[ParsedRow] = []
    for row in opened.rows:
        result.records += 1
        if row.problems:
            _note_problem(result, row)
            if not options.skip_bad_rows:
                refused = True
            continue
        if refused:
            continue  # keep reading only to count rows and name the first problems
        chunk.append(row)
        if len(chunk) >= CHUNK_ROWS:
            flush(chunk)
            chunk = []
            if options.on_rows:
                options.on_rows(result.records)
    if not refused:
        flush(chunk)
        placed = place_unresolved(resolver, unresolved, flush)
        if placed:
            result.notes.append(placed)
        for row in unresolved:
            _note_problem(result, ParsedRow(row.line, None, [unplaced_problem(row.line)]))
    if options.on_rows:
        options.on_rows(result.records)
    if refused or (result.errors and not options.skip_bad_rows):
        raise _refusal(opened, result)
    if result.records and result.rejected == result.records:
        first = result.errors[0]
        raise ReportFileError(
            f"{opened.source.name}: none of its {result.records} rows could be imported; "
            f"the first: line {first.line}: {first.message}.",
            path=opened.source.name,
            problems=result.errors,
        )
    result.marketplace = _marketplace_label(resolver, per_store, result)
    if writer is not None:
        result.added = writer.count_batch(batch.id)
        result.updated = writer.changes - result.added
    result.duplicates = valid - result.added
    save_products(session, tenant_id=options.tenant_id, products=products)


def _length_limits(table: Table) -> list[tuple[str, int]]:
    return [
        (column.name, column.type.length)
        for column in table.columns
        if isinstance(column.type, String) and column.type.length
    ]


def _split_too_long(
    chunk: list[ParsedRow], limits: list[tuple[str, int]]
) -> tuple[list[ParsedRow], list[ParsedRow]]:
    """(rows that fit their columns, rows with a value too long): refused, never truncated.

    The longest value per column is found with C-level map/max; only a column that overflows is
    walked row by row.
    """
    if not chunk:
        return chunk, []
    records = [row.record for row in chunk]
    present = [(name, length) for name, length in limits if name in records[0]]  # type: ignore[operator]
    bad: dict[int, RowProblem] = {}
    for name, length in present:
        values = list(map(itemgetter(name), records))  # type: ignore[arg-type]
        if max(map(len, filter(None, values)), default=0) <= length:
            continue
        for index, value in enumerate(values):
            if value and len(value) > length and index not in bad:
                message = f"{name} is {len(value)} characters, at most {length} fit"
                bad[index] = RowProblem(chunk[index].line, name, message)
    if not bad:
        return chunk, []
    for index, problem in bad.items():
        chunk[index].problems, chunk[index].record = [problem], None
    return [r for i, r in enumerate(chunk) if i not in bad], [chunk[i] for i in sorted(bad)]


def _note_problem(result: FileResult, row: ParsedRow) -> None:
    result.rejected += 1
    if len(result.errors) < MAX_LISTED_PROBLEMS:
        result.errors.extend(row.problems[: MAX_LISTED_PROBLEMS - len(result.errors)])


def _refusal(opened: OpenedReport, result: FileResult) -> ReportFileError:
    first = result.errors[0]
    where = f"line {first.line}" if first.line is not None else "the file"
    if first.field:
        where += f", field '{first.field}'"
    more = result.rejected - 1
    tail = (
        f" ({more} more bad rows; nothing was imported; --skip-bad-rows imports the good rows)"
        if more > 0
        else " (nothing was imported; --skip-bad-rows imports the good rows)"
    )
    return ReportFileError(
        f"{opened.source.name}: {where}: {first.message}{tail}.",
        path=opened.source.name,
        problems=result.errors,
    )


def _marketplace_label(
    resolver: StoreResolver, per_store: Counter[int], result: FileResult
) -> str | None:
    counts: Counter[str] = Counter()
    for store_id, count in per_store.items():
        counts[resolver.marketplace_of_store[store_id]] += count
    result.marketplaces = dict(counts.most_common())
    if not counts:
        return None
    return ",".join(code for code, _ in counts.most_common())


def _orders_first(source: SourceFile) -> int:
    """Orders files first, so returns of the same call can be filed under their order's store."""
    try:
        with source.open() as handle:
            head = handle.read(4096)
    except (OSError, EOFError, ValueError, zlib.error):
        return 1
    codec = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
    if codec == "utf-8" and head[1:40:2].count(0) > 10:
        codec = "utf-16-le"  # UTF-16 without a BOM
    first_line = head.decode(codec, "replace").lower().split("\n", 1)[0]
    return 0 if "amazon-order-id" in first_line and "purchase-date" in first_line else 1


def import_files(
    sessions: sessionmaker[Session],
    sources: list[SourceFile],
    *,
    tenant: str | None = None,
    store: str | None = None,
    marketplace: str | None = None,
    skip_bad_rows: bool = False,
    actor: str | None = None,
    on_file: Callable[[SourceFile], Callable[[int], None] | None] | None = None,
) -> list[FileResult]:
    """Import several files, each in its own transaction: a refused file leaves nothing behind.

    Without a tenant the default tenant is used; without a store, rows go to the tenant's store for
    their marketplace, created on first use. Raises UserError only for a wrong tenant, store or
    marketplace.
    """
    chosen_marketplace = get_marketplace(marketplace) if marketplace else None
    with sessions.begin() as session:
        tenant_row = ensure_tenant(session) if tenant is None else get_tenant(session, tenant)
        tenant_id = tenant_row.id
        store_row = get_store(session, tenant_id=tenant_id, slug=store) if store else None
        if store_row and chosen_marketplace and store_row.marketplace != chosen_marketplace.code:
            raise UserError(
                f"Store '{store}' is on {store_row.marketplace}, not {chosen_marketplace.code}."
            )
    results = []
    for source in sorted(sources, key=_orders_first):
        options = ImportOptions(
            tenant_id=tenant_id,
            store=store_row,
            marketplace=chosen_marketplace,
            skip_bad_rows=skip_bad_rows,
            actor=actor,
            on_rows=on_file(source) if on_file else None,
        )
        results.append(_import_one(sessions, source, options))
    return results


def _import_one(
    sessions: sessionmaker[Session], source: SourceFile, options: ImportOptions
) -> FileResult:
    try:
        with sessions.begin() as session:
            if options.store is not None:
                options.store = session.merge(options.store, load=False)
            return import_source(session, source, options)
    except ReportFileError as error:
        return FileResult(
            path=source.name,
            kind=error.kind,
            records=error.records,
            rejected=error.records,
            errors=error.problems or [RowProblem(None, None, error.message)],
            message=error.message,
        )
    except UserError as error:
        # E.g. two stores on one marketplace: this file cannot be placed, the others still can.
        message = f"{source.name}: {error.message}"
        return FileResult(
            path=source.name, errors=[RowProblem(None, None, error.message)], message=message
        )


__all__ = ["FileResult", "ImportOptions", "import_files", "import_source"]
