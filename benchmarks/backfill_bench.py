"""Backfill benchmark: `vocloop analyze` on stored returns, one process against two workers.

    python benchmarks/backfill_bench.py                 # 20,000 returns (about 55% commented)
    python benchmarks/backfill_bench.py --rows 100000

The returns come from import_bench's synthetic FBA file (its comment templates in seven
languages, empty comments for undeliverable and silent returns) and are imported into two SQLite
files. The same stored texts are then classified once by `classify_pending` in this process (the
reference, timed in the same run) and once by `classify_pending_in_parallel` with two worker
processes, each loading its own model (its load time is inside the figure). Reported: rows per
second, the ratio, and the hours a 1,000,000-row backfill of the same mix would take. For
numpy-heavy figures, run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (STACK.md).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))


def _import(database: Path, source: Path) -> int:
    from vocloop.app import App
    from vocloop.config import Settings
    from vocloop.sources.files import expand_paths
    from vocloop.sources.ingest import import_files

    app = App.open(Settings(database_url=f"sqlite:///{database}"))
    try:
        results = import_files(app.sessions, expand_paths([source]))
    finally:
        app.close()
    return sum(r.added for r in results)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    import import_bench

    from vocloop.analysis.backfill import classify_pending
    from vocloop.analysis.backfill_parallel import classify_pending_in_parallel
    from vocloop.analysis.classify import load_classifier
    from vocloop.app import App
    from vocloop.config import Settings
    from vocloop.store.access import get_tenant

    work = Path(tempfile.mkdtemp(prefix="vocloop-backfill-"))
    try:
        source = work / "returns.tsv"
        facts = import_bench.generate(source, args.rows, args.seed)
        one, many = work / "one.db", work / "many.db"
        stored = _import(one, source)
        shutil.copyfile(one, many)

        app = App.open(Settings(database_url=f"sqlite:///{one}"), migrate=False)
        with app.sessions() as session:
            tenant_id = get_tenant(session, "default").id
        started = time.perf_counter()
        classifier = load_classifier()
        loaded = time.perf_counter() - started
        counts = classify_pending(app.sessions, tenant_id=tenant_id, classifier=classifier)
        one_seconds = time.perf_counter() - started
        app.close()

        started = time.perf_counter()
        parallel = classify_pending_in_parallel(
            f"sqlite:///{many}", tenant_id=tenant_id, workers=args.workers
        )
        many_seconds = time.perf_counter() - started
    finally:
        shutil.rmtree(work, ignore_errors=True)

    classified = sum(counts.values())
    if parallel != counts:
        print(f"workers classified {parallel}, one process {counts}: not the same rows")
        return 1
    one_rate, many_rate = classified / one_seconds, classified / many_seconds
    figures = {
        "rows_stored": stored,
        "texts_classified": classified,
        "empty_comment_share": facts["empty_comment_share"],
        "mean_comment_chars": facts["mean_comment_chars"],
        "one_process_s": round(one_seconds, 1),
        "one_process_model_load_s": round(loaded, 1),
        "one_process_rows_per_s": round(one_rate),
        f"{args.workers}_workers_s": round(many_seconds, 1),
        f"{args.workers}_workers_rows_per_s": round(many_rate),
        "speedup": round(many_rate / one_rate, 2),
        "hours_for_1m_rows_one_process": round(1_000_000 / one_rate / 3600, 2),
        f"hours_for_1m_rows_{args.workers}_workers": round(1_000_000 / many_rate / 3600, 2),
        "openblas_vars_set": [
            k for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE") if k in os.environ
        ],
        "cpu_count": os.cpu_count(),
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
