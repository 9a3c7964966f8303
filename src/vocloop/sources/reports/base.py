"""The report-kind registry's shape: how a kind is recognised and parsed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from vocloop.marketplaces import Marketplace
from vocloop.sources.reports.columns import ParsedRow

RowSource = Iterator[tuple[int, list[str]]]


@dataclass
class ParseContext:
    """What a parser knows besides the rows: the file, the marketplace if the user named it."""

    name: str
    marketplace: Marketplace | None = None
    # Filled by parsers for the import result: the file-wide marketplace and notes for the user.
    file_marketplace: Marketplace | None = None
    notes: list[str] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ReportKind:
    """One kind of report file. `table` names the store table its records go into."""

    name: str
    label_en: str
    label_zh: str
    table: str
    doc: str
    detect: Callable[[list[str], list[str] | None], bool]
    parse: Callable[[list[str], RowSource, ParseContext], Iterator[ParsedRow]]
    tabular: bool = True
    # Fields a later file may change for a record already stored (only orders move on).
    updatable: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
