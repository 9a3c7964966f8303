"""What the demo generator wrote: files, stores and planted patterns, described in en or zh."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from vocloop.demo.catalog import DemoStore


@dataclass(frozen=True)
class DemoFile:
    """One written report file. rows counts data rows (for the JSON: one per marketplace)."""

    path: Path
    kind: str  # the importer's report kind: all_orders, fba_returns, seller_feedback, ...
    marketplace: str | None  # store code; None when the file holds every store
    rows: int
    encoding: str


@dataclass(frozen=True)
class PlantedPattern:
    """A problem deliberately hidden in the data, for the analysis to find."""

    asin: str
    what: str  # supplier_change, usage_difficulty, safety_mentions, reason_mismatch, runs_small,
    # size_chart_fix
    where: tuple[str, ...]  # store codes
    root_cause: str  # taxonomy code (TAXONOMY.md)
    rows: int  # report rows that carry it
    since: datetime.date | None = None


_EN = {
    "supplier_change": (
        "{asin} ({where}): after a supplier change on {since} the return rate roughly doubles; "
        "{rows} extra returns, mostly DEFECTIVE, with comments like 'stops charging' or 'dead "
        "after a week' (quality_defect)."
    ),
    "usage_difficulty": (
        "{asin} ({where}): {rows} returns coded EXCESSIVE_INSTALLATION or DEFECTIVE about "
        "assembly; comments: unclear instructions, cannot assemble (usage_difficulty)."
    ),
    "safety_mentions": (
        "{asin} ({where}): {rows} safety mentions since {since} (overheating, burning smell, "
        "sparks) in returns, reviews and seller feedback (safety_concern)."
    ),
    "reason_mismatch": (
        "{asin} ({where}): {rows} returns coded DEFECTIVE whose comments say 'no longer needed' "
        "or 'changed my mind' (reason mismatch; buyer_remorse)."
    ),
    "runs_small": (
        "{asin} ({where}): runs small; {rows} returns coded APPAREL_TOO_SMALL, comments: too "
        "tight, a size smaller than the chart (size_fit)."
    ),
    "size_chart_fix": (
        "{asin} ({where}): the size chart was corrected on {since}; orders from then on have "
        "60% fewer fit returns ({rows} left). Record it with `vocloop actions add` and see "
        "`vocloop actions show` measure it (size_fit)."
    ),
}
_ZH = {
    "supplier_change": (
        "{asin}（{where}）：{since} 起的订单因更换供应商退货率约翻倍；新增 {rows} 条质量类退货，"
        "评论称充不进电、几天就坏（质量缺陷）。"
    ),
    "usage_difficulty": (
        "{asin}（{where}）：{rows} 条组装相关退货，原因码为 EXCESSIVE_INSTALLATION 或 DEFECTIVE，"
        "评论称说明书看不懂、无法组装（安装使用困难）。"
    ),
    "safety_mentions": (
        "{asin}（{where}）：自 {since} 起退货、评论和卖家反馈中出现 {rows} 条安全隐患描述"
        "（过热、焦糊味、火花）（安全隐患）。"
    ),
    "reason_mismatch": (
        "{asin}（{where}）：{rows} 条退货选了 DEFECTIVE，评论却说“不需要了”“改变主意”"
        "（原因码与评论不符；买家主观原因）。"
    ),
    "runs_small": (
        "{asin}（{where}）：尺码偏小；{rows} 条退货原因码为 APPAREL_TOO_SMALL，评论称太紧、"
        "比尺码表小一码（尺码不合适）。"
    ),
    "size_chart_fix": (
        "{asin}（{where}）：{since} 更正了尺码表，此后订单的尺码类退货减少 60%（剩 {rows} 条）。"
        "用 `vocloop actions add` 记录该措施，再用 `vocloop actions show` 查看效果（尺码不合适）。"
    ),
}
_TEMPLATES = {"en": (_EN, ", "), "zh": (_ZH, "、")}


@dataclass(frozen=True)
class DemoPlan:
    """Everything write_demo_reports produced, for the CLI to import and print."""

    folder: Path
    today: datetime.date
    seed: int
    stores: tuple[DemoStore, ...]
    files: tuple[DemoFile, ...]
    patterns: tuple[PlantedPattern, ...]

    def describe(self, lang: str) -> list[str]:
        """One line per planted pattern, in English ("en") or Simplified Chinese ("zh")."""
        if lang not in _TEMPLATES:
            raise ValueError(f"describe() speaks 'en' or 'zh', not {lang!r}")
        templates, separator = _TEMPLATES[lang]
        return [
            templates[pattern.what].format(
                asin=pattern.asin,
                where=separator.join(pattern.where),
                rows=pattern.rows,
                since=pattern.since.isoformat() if pattern.since else "",
            )
            for pattern in self.patterns
        ]

    def files_of(self, kind: str) -> tuple[DemoFile, ...]:
        """The written files of one report kind, in store order."""
        return tuple(demo_file for demo_file in self.files if demo_file.kind == kind)
