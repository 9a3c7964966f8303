"""Rebuild the shipped root-cause model from ../shared/data and training/data, printing CV figures.

Usage: python training/train_classifier.py [--shared-data PATH] [--output PATH] [--cv-only]
Deterministic: same data and settings give the same model file.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pipeline import (
    DEFAULT_SHARED_DATA,
    Settings,
    cross_validate,
    embed_all,
    fit_temperature,
    fit_text_model,
    read_dev,
    read_written,
    safety_precision,
)
from report import confusion, format_summary, per_code, per_language

from vocloop.analysis.classify.model import MODEL_PATH, save_text_model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared-data", type=Path, default=DEFAULT_SHARED_DATA)
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument("--cv-only", action="store_true", help="print CV figures, write nothing")
    args = parser.parse_args(argv)

    # One BLAS thread: the same model on any machine, and no thrashing on a shared one.
    threadpool_limits(1)
    settings = Settings()
    started = time.perf_counter()
    dev = read_dev(args.shared_data)
    written = read_written()
    print(f"dev rows: {len(dev)}  written examples: {len(written)}")
    embeddings = embed_all(
        [example.text for example in dev] + [example.text for example in written]
    )
    dev_embeddings, written_embeddings = embeddings[: len(dev)], embeddings[len(dev) :]
    print(f"embedded in {time.perf_counter() - started:.1f} s")

    labels = [example.label for example in dev]
    first = cross_validate(dev, dev_embeddings, written, written_embeddings, settings)
    temperature = fit_temperature(first.probabilities, labels, first.classes)
    rule_precision = safety_precision(first.safety_hits, labels)
    cv = cross_validate(
        dev,
        dev_embeddings,
        written,
        written_embeddings,
        settings,
        temperature=temperature,
        safety_rule_precision=rule_precision,
    )
    langs = [example.lang for example in dev]
    print(
        f"\n5-fold stratified CV on dev (seed 0; each fold also trains on {len(written)} written)"
    )
    print(format_summary("model + rules", labels, cv.predictions))
    print(per_language(labels, cv.predictions, langs))
    print(per_code(labels, cv.predictions))
    print(confusion(labels, cv.predictions))
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


if __name__ == "__main__":
    raise SystemExit(main())
