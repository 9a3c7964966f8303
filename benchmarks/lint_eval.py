"""Evaluate the policy checker (`vocloop lint`) on labelled texts, beside a naive keyword baseline.

Usage: python benchmarks/lint_eval.py [--show-misses dev|heldout] [--json FILE] [--shared-data DIR]

Cases: benchmarks/lint_cases/dev.jsonl (tuned on) and heldout.jsonl (written before the rules and
only measured). Each case has a text, its language, a channel and whether it violates POLICY.md.
A text counts as flagged when it has an error or a warning. Detection rate = flagged violating
texts / violating texts; false-flag rate = flagged compliant texts / compliant texts. The baseline,
measured in the same run, flags any text that mentions reviews, coupons, links or contact details.

Stress test: customers' own complaint texts (../shared/data, when present) are full of review talk
("3 out of 5 stars", "I'll update this review") but ask nobody for anything; the share of them
flagged as an insert shows how often the rules mistake talk about reviews for solicitation.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from vocloop.policy import check_text, is_flagged  # noqa: E402

CASES = REPO / "benchmarks" / "lint_cases"
PARTS = ("dev", "heldout", *(f"fresh{k}" for k in range(1, 105)))
_BASELINE = re.compile(
    r"review|rating|feedback|stars?\b|bewert|rezension|sterne|avis|étoiles|reseña|opinión|"
    r"valoraci|estrellas|recension|valutazion|stelle|レビュー|評価|星|评价|好评|差评|评论|"
    r"coupon|discount|rabatt|gutschein|réduction|descuento|sconto|クーポン|割引|优惠|折扣|"
    r"https?://|www\.|@|whatsapp|微信",
    re.IGNORECASE,
)


def load(part: str) -> list[dict[str, object]]:
    path = CASES / f"{part}.jsonl"
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def rates(rows: list[tuple[bool, bool]]) -> dict[str, object]:
    bad = [flagged for violating, flagged in rows if violating]
    good = [flagged for violating, flagged in rows if not violating]
    return {
        "violating": len(bad),
        "compliant": len(good),
        "detection": sum(bad) / len(bad) if bad else None,
        "false_flag": sum(good) / len(good) if good else None,
    }


def fmt(value: object) -> str:
    return "   -  " if value is None else f"{100 * float(value):5.1f}%"  # type: ignore[arg-type]


def evaluate(part: str, show: bool) -> dict[str, object]:
    cases = load(part)
    if not cases:
        return {}
    by: dict[str, dict[str, list[tuple[bool, bool]]]] = {
        "checker": defaultdict(list),
        "baseline": defaultdict(list),
    }
    started = time.perf_counter()
    for case in cases:
        text, channel, violating = str(case["text"]), str(case["channel"]), bool(case["violating"])
        findings = check_text(text, lang="auto", channel=channel)
        flagged = is_flagged(findings)
        baseline = bool(_BASELINE.search(text))
        for name, value in (("checker", flagged), ("baseline", baseline)):
            for key in ("all", f"lang={case['lang']}", f"channel={channel}"):
                by[name][key].append((violating, value))
        if show and flagged != violating:
            rules = ",".join(f"{f.rule}:{f.severity.value}:{f.span!r}" for f in findings)
            print(f"  MISS {case['id']} violating={violating} [{rules}] {text}")
    elapsed = time.perf_counter() - started
    result = {
        name: {key: rates(rows) for key, rows in groups.items()} for name, groups in by.items()
    }
    print(f"\n== {part}: {len(cases)} texts ({elapsed:.2f} s) ==")
    print(
        f"{'group':22} {'n(bad/ok)':>10}  {'detect':>7} {'false':>7}   baseline {'detect':>7} "
        f"{'false':>7}"
    )
    keys = sorted(by["checker"], key=lambda k: (k != "all", not k.startswith("lang"), k))
    for key in keys:
        mine, base = result["checker"][key], result["baseline"][key]
        n = f"{mine['violating']}/{mine['compliant']}"
        print(
            f"{key:22} {n:>10}  {fmt(mine['detection']):>7} {fmt(mine['false_flag']):>7}"
            f"   {'':8} {fmt(base['detection']):>7} {fmt(base['false_flag']):>7}"
        )
    return result


def stress(shared_data: Path) -> dict[str, object] | None:
    files = sorted(shared_data.glob("complaints_*.csv"))
    if not files:
        return None
    texts = [row["text"] for path in files for row in csv.DictReader(path.open(encoding="utf-8"))]
    flagged = sum(is_flagged(check_text(text, channel="insert")) for text in texts)
    baseline = sum(bool(_BASELINE.search(text)) for text in texts)
    print(f"\n== customer complaint texts as inserts: {len(texts)} texts ==")
    print(
        f"flagged: checker {100 * flagged / len(texts):.1f}%, "
        f"baseline {100 * baseline / len(texts):.1f}%"
    )
    return {"texts": len(texts), "checker": flagged / len(texts), "baseline": baseline / len(texts)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", choices=PARTS, action="append", default=[])
    parser.add_argument("--json", type=Path, help="also write every figure as JSON")
    parser.add_argument("--parts", default=",".join(PARTS), help="comma-separated parts to run")
    parser.add_argument(
        "--no-stress", action="store_true", help="skip the complaint-text stress test"
    )
    parser.add_argument("--shared-data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    check_text("warm up the language detector", lang="auto")
    parts = [part for part in args.parts.split(",") if part in PARTS]
    results: dict[str, object] = {part: evaluate(part, part in args.show_misses) for part in parts}
    results["complaints"] = None if args.no_stress else stress(args.shared_data)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
