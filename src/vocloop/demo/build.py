"""Building the demo tenant: generate real-format reports, then import them the normal way."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from vocloop.demo.generate import write_demo_reports
from vocloop.demo.plan import DemoPlan
from vocloop.sources.files import expand_paths
from vocloop.sources.ingest import FileResult, import_files
from vocloop.store.access import create_store, create_tenant, delete_tenant, find_tenant

DEMO_TENANT = "demo"


@dataclass(frozen=True)
class DemoBuild:
    plan: DemoPlan
    results: list[FileResult]


def build_demo(
    sessions: sessionmaker[Session], folder: Path, *, today: datetime.date, seed: int = 7
) -> DemoBuild:
    """(Re)create the demo tenant with its stores and import freshly generated report files."""
    plan = write_demo_reports(folder, today=today, seed=seed)
    with sessions.begin() as session:
        existing = find_tenant(session, DEMO_TENANT)
        if existing is not None:
            delete_tenant(session, tenant_id=existing.id)
        tenant = create_tenant(session, slug=DEMO_TENANT, name="Demo brand / 演示品牌")
        for store in plan.stores:
            create_store(
                session, tenant_id=tenant.id, slug=store.code.lower(), marketplace=store.code
            )
    results = import_files(
        sessions,
        expand_paths([demo_file.path for demo_file in plan.files]),
        tenant=DEMO_TENANT,
        actor="vocloop demo",
    )
    return DemoBuild(plan, results)
