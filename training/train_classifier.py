"""Rebuild the shipped root-cause model from ../shared/data and training/data, printing CV figures.

Usage: python training/train_classifier.py [--shared-data PATH] [--output PATH] [--cv-only]
Deterministic: same data and settings give the same model file.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline import (
    DEFAULT_SHARED_DATA,
    Example,
    Settings,
    cross_validate,
    decide_all,
    embed_all,
    fit_and_predict,
    fit_temperature,
    fit_text_model,
    read_dev,
    read_labeled,
    read_written,
    safety_precision,
)
from report import confusion, format_summary, per_code, per_language
from splits import duplicate_groups, held_out_mask

from vocloop.analysis.classify.model import MODEL_PATH, save_text_model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED_DATA)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--cv-only", action="store_true", help="print CV figures, write nothing")
    parser.add_argument(
        "--labeled-weight",
        type=float,
        default=Settings().labeled_weight,
        help="weight of the team-labeled real reviews (0 leaves them out)",
    )
    args = parser.parse_args(argv)

    # One BLAS thread: the same model on any machine, and no thrashing on a shared one.
    threadpool_limits(1)
    settings = replace(Settings(), labeled_weight=args.labeled_weight)
    started = time.perf_counter()
    dev = read_dev(args.shared_data)
    labeled = read_labeled(args.shared_data) if settings.labeled_weight > 0 else []
    # Labeled reviews join the written examples: added to every fold, near-duplicates of the
    # fold's test texts left out.
    written = read_written() + labeled
    print(f"dev rows: {len(dev)}  extra examples: {len(written)} ({len(labeled)} labeled reviews)")
    embeddings = embed_all(
        [example.text for example in dev] + [example.text for example in written]
    )
    dev_embeddings, written_embeddings = embeddings[: len(dev)], embeddings[len(dev) :]
    print(f"embedded in {time.perf_counter() - started:.1f} s")

    labels = [example.label for example in dev]
    groups = duplicate_groups([example.text for example in dev], dev_embeddings)
    held_out = held_out_mask(labels, groups)
    tune, hold = np.flatnonzero(~held_out), np.flatnonzero(held_out)
    print(f"near-duplicate groups {len(set(groups))}; held-out {len(hold)}, tune {len(tune)}")

    # 1. Tuning figures: grouped CV on the tune part only (what settings were chosen on).
    tune_rows = [dev[i] for i in tune]
    first = cross_validate(tune_rows, dev_embeddings[tune], written, written_embeddings, settings)
    tune_labels = [example.label for example in tune_rows]
    tune_temperature = fit_temperature(first.probabilities, tune_labels, first.classes)
    tune_precision = safety_precision(first.safety_hits, tune_labels)
    tune_cv = decide_all(
        tune_rows,
        first.probabilities,
        first.classes,
        settings,
        temperature=tune_temperature,
        safety_rule_precision=tune_precision,
    )
    print(f"\nGrouped 5-fold CV on the tune part ({len(tune)} dev rows + written)")
    _report(tune_rows, tune_cv.predictions)

    # 2. The held-out slice, never tuned on: fit on the tune part + written, predict it once.
    hold_rows = [dev[i] for i in hold]
    probabilities, classes = fit_and_predict(
        tune_rows,
        dev_embeddings[tune],
        hold_rows,
        dev_embeddings[hold],
        written,
        written_embeddings,
        settings,
    )
    hold_decisions = decide_all(
        hold_rows,
        probabilities,
        classes,
        settings,
        temperature=tune_temperature,
        safety_rule_precision=tune_precision,
    )
    print(f"\nHeld-out slice ({len(hold)} dev rows; model fit on the tune part + written)")
    _report(hold_rows, hold_decisions.predictions, matrix=False)

    # 3. All dev rows, grouped CV: the shipped model's temperature and rule precision.
    everything = cross_validate(dev, dev_embeddings, written, written_embeddings, settings)
    temperature = fit_temperature(everything.probabilities, labels, everything.classes)
    rule_precision = safety_precision(everything.safety_hits, labels)
    cv = decide_all(
        dev,
        everything.probabilities,
        everything.classes,
        settings,
        temperature=temperature,
        safety_rule_precision=rule_precision,
    )
    print(f"\nGrouped 5-fold CV on all {len(dev)} dev rows (seed 0; + {len(written)} written)")
    _report(dev, cv.predictions, matrix=False)
    print(f"temperature {temperature}  safety-rule precision {rule_precision}")
    if args.cv_only:
        return 0

    model = fit_text_model(
        list(dev) + list(written),
        np.vstack([dev_embeddings, written_embeddings]),
        settings,
        temperature=temperature,
        safety_rule_precision=rule_precision,
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    save_text_model(model, args.output)
    digest = hashlib.sha256(args.output.read_bytes()).hexdigest()[:12]
    print(f"\nwrote {args.output} ({args.output.stat().st_size / 1e6:.1f} MB, sha256 {digest})")
    print(f"total {time.perf_counter() - started:.1f} s")
    return 0


def _report(rows: list[Example], predictions: list[str], *, matrix: bool = True) -> None:
    labels = [example.label for example in rows]
    print(format_summary("model + rules", labels, predictions))
    print(per_language(labels, predictions, [example.lang for example in rows]))
    if matrix:
        print(per_code(labels, predictions))
        print(confusion(labels, predictions))


if __name__ == "__main__":
    raise SystemExit(main())
