"""Classification metrics and their plain-text tables, shared by training and the benchmark."""

from __future__ import annotations

from collections.abc import Sequence

from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, recall_score

from vocloop.analysis.taxonomy import CODES

SHORT = {
    "quality_defect": "qual",
    "damaged_on_arrival": "dmg",
    "missing_parts": "miss",
    "wrong_item": "wrong",
    "not_as_described": "nad",
    "size_fit": "size",
    "compatibility": "compat",
    "usage_difficulty": "usage",
    "performance_below_expectation": "perf",
    "used_or_not_new": "used",
    "safety_concern": "safety",
    "shipping_delivery": "ship",
    "buyer_remorse": "remorse",
    "other": "other",
}


def summary(truth: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """Macro-F1 over the 14 codes, accuracy and safety_concern recall."""
    return {
        "macro_f1": float(
            f1_score(truth, predicted, labels=list(CODES), average="macro", zero_division=0)
        ),
        "accuracy": float(accuracy_score(truth, predicted)),
        "safety_recall": float(
            recall_score(
                [t == "safety_concern" for t in truth],
                [p == "safety_concern" for p in predicted],
                zero_division=0,
            )
        ),
        "safety_precision": float(
            sum(t == p == "safety_concern" for t, p in zip(truth, predicted, strict=True))
            / max(1, sum(p == "safety_concern" for p in predicted))
        ),
    }


def format_summary(name: str, truth: Sequence[str], predicted: Sequence[str]) -> str:
    s = summary(truth, predicted)
    return (
        f"{name:<34} macro-F1 {s['macro_f1']:.3f}  accuracy {s['accuracy']:.3f}  "
        f"safety recall {s['safety_recall']:.3f}  safety precision {s['safety_precision']:.3f}"
    )


def per_language(truth: Sequence[str], predicted: Sequence[str], langs: Sequence[str]) -> str:
    """Macro-F1 (over the codes present in that language) and accuracy per language."""
    lines = []
    for lang in sorted(set(langs)):
        index = [i for i, value in enumerate(langs) if value == lang]
        t = [truth[i] for i in index]
        p = [predicted[i] for i in index]
        present = sorted(set(t))
        f1 = f1_score(t, p, labels=present, average="macro", zero_division=0)
        lines.append(
            f"  {lang}: n={len(index):4d}  macro-F1 {f1:.3f}  accuracy {accuracy_score(t, p):.3f}"
        )
    return "\n".join(lines)


def per_code(truth: Sequence[str], predicted: Sequence[str]) -> str:
    scores = f1_score(truth, predicted, labels=list(CODES), average=None, zero_division=0)
    recalls = recall_score(truth, predicted, labels=list(CODES), average=None, zero_division=0)
    lines = []
    for code, f1, recall in zip(CODES, scores, recalls, strict=True):
        support = sum(t == code for t in truth)
        lines.append(f"  {code:<31} n={support:4d}  F1 {f1:.3f}  recall {recall:.3f}")
    return "\n".join(lines)


def confusion(truth: Sequence[str], predicted: Sequence[str]) -> str:
    matrix = confusion_matrix(truth, predicted, labels=list(CODES))
    header = "  truth \\ pred " + "".join(f"{SHORT[c]:>7}" for c in CODES)
    rows = [
        f"  {SHORT[code]:<13}" + "".join(f"{value:>7d}" for value in row)
        for code, row in zip(CODES, matrix, strict=True)
    ]
    return "\n".join([header, *rows])
