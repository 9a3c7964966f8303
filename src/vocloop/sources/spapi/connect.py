"""Connecting a store: resolve it, prove the credentials with Amazon, then save them encrypted.

The CLI (`vocloop stores connect`) and the web settings page both call these two steps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from vocloop.config import Settings
from vocloop.errors import UserError
from vocloop.marketplaces import get_marketplace
from vocloop.sources.spapi.connections import check_credentials, region_of_store, save_connection
from vocloop.sources.spapi.context import context_from_settings, endpoints_from_settings
from vocloop.sources.spapi.credentials import LwaCredentials, key_file
from vocloop.sources.spapi.rate_limits import RateLimits
from vocloop.store.access import create_store, find_store
from vocloop.store.models import SpapiConnection


@dataclass(frozen=True)
class ConnectPlan:
    """Which store gets connected, where: checked before Amazon is asked anything."""

    tenant_id: int
    store: str
    marketplace: str  # code, e.g. US
    region: str
    marketplace_id: str
    is_new_store: bool


def plan_connection(
    session: Session,
    *,
    tenant_id: int,
    store: str,
    marketplace: str | None = None,
    region: str | None = None,
) -> ConnectPlan:
    """The store (existing, or new in `marketplace`) and its SP-API region."""
    found = find_store(session, tenant_id=tenant_id, slug=store)
    if found is None and not marketplace:
        raise UserError(
            f"There is no store '{store}' in this tenant; add --marketplace to create it."
        )
    code = found.marketplace if found else get_marketplace(marketplace or "").code
    chosen_region = region_of_store(store, code, region)
    return ConnectPlan(
        tenant_id,
        store,
        code,
        chosen_region,
        get_marketplace(code).marketplace_id,
        found is None,
    )


def connect_store(
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    plan: ConnectPlan,
    credentials: LwaCredentials,
    now: dt.datetime,
) -> bool:
    """Check the credentials with Amazon (no transaction open), then save them encrypted.

    Wrong credentials leave the store as it was. Returns whether the key file was made now.
    """
    had_key = settings.secret_key is not None or key_file(settings).exists()
    context = context_from_settings(settings, create_key=False) if had_key else None
    check_credentials(
        credentials,
        region=plan.region,
        marketplace_id=plan.marketplace_id,
        endpoints=context.endpoints if context else endpoints_from_settings(settings),
        limits=RateLimits(),
    )
    context = context or context_from_settings(settings, create_key=True)
    with sessions.begin() as session:
        row = find_store(session, tenant_id=plan.tenant_id, slug=plan.store) or create_store(
            session, tenant_id=plan.tenant_id, slug=plan.store, marketplace=plan.marketplace
        )
        save_connection(
            session,
            store=row,
            region=plan.region,
            credentials=credentials,
            cipher=context.cipher,
            now=now,
        )
    return not had_key


def connections_of(session: Session, *, tenant_id: int) -> dict[int, SpapiConnection]:
    """The tenant's SP-API connections by store id (their secrets stay sealed)."""
    return {
        row.store_id: row
        for row in session.scalars(
            select(SpapiConnection).where(SpapiConnection.tenant_id == tenant_id)
        )
    }
