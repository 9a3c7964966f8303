"""Connecting a store to the SP-API, reading its credentials back, one sync per store at a time."""

from __future__ import annotations

import datetime as dt
import uuid

from cryptography.fernet import MultiFernet
from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.marketplaces import get_marketplace
from vocloop.sources.spapi.client import Endpoints, RetryPolicy, SpapiClient
from vocloop.sources.spapi.credentials import (
    LwaCredentials,
    decrypt_secrets,
    encrypt_secrets,
    rotate_secrets,
)
from vocloop.sources.spapi.errors import SpapiError
from vocloop.sources.spapi.rate_limits import RateLimits
from vocloop.sources.spapi.sdk import spapi
from vocloop.store.models import SpapiConnection, Store

REGIONS = ("na", "eu", "fe")


def check_credentials(
    credentials: LwaCredentials,
    *,
    region: str,
    marketplace_id: str,
    endpoints: Endpoints,
    limits: RateLimits,
    policy: RetryPolicy | None = None,
) -> None:
    """Prove the credentials with Amazon: an LWA token, then one cheap Reports call in the region.

    Raises CredentialsError or SpapiError with what is wrong, in words.
    """
    credentials.check_shape()
    client = SpapiClient(
        credentials, region=region, endpoints=endpoints, limits=limits, policy=policy
    )
    client.token()
    reports = client.api(spapi.ReportsApi)
    try:
        client.call(
            "getReports",
            reports.get_reports_with_http_info,
            report_types=["GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"],
            marketplace_ids=[marketplace_id],
            page_size=1,
        )
    except SpapiError as error:
        if error.status in (401, 403):
            raise SpapiError(
                f"The credentials work, but Amazon refused a Reports call in region "
                f"{region.upper()}: {error.message} Check that the store is in that region and "
                "that the app has the Selling Partner Insights and Amazon Fulfillment roles.",
                status=error.status,
            ) from error
        raise


def region_of_store(slug: str, marketplace: str, region: str | None) -> str:
    """The store's SP-API region; a region given that does not fit its marketplace is refused."""
    expected = get_marketplace(marketplace).region.lower()
    if region is None:
        return expected
    chosen = region.lower()
    if chosen not in REGIONS:
        raise UserError(f"'{region}' is not an SP-API region; use na, eu or fe.")
    if chosen != expected:
        raise UserError(
            f"Store '{slug}' is on {get_marketplace(marketplace).code}, served by region "
            f"{expected}, not {chosen}."
        )
    return chosen


def save_connection(
    session: Session,
    *,
    store: Store,
    region: str,
    credentials: LwaCredentials,
    cipher: MultiFernet,
    request_reviews: bool | None = None,
    now: dt.datetime,
) -> SpapiConnection:
    """Store (or replace, e.g. after a secret rotation) the store's encrypted credentials."""
    connection = find_connection(session, store_id=store.id)
    if connection is None:
        connection = SpapiConnection(tenant_id=store.tenant_id, store_id=store.id)
        session.add(connection)
    connection.region = region
    connection.client_id = credentials.client_id
    connection.secrets = encrypt_secrets(cipher, credentials)
    connection.seller_key = credentials.seller_key
    connection.connected_at = connection.checked_at = now
    if request_reviews is not None:
        connection.request_reviews = request_reviews
    session.flush()
    return connection


def find_connection(session: Session, *, store_id: int) -> SpapiConnection | None:
    return session.scalar(select(SpapiConnection).where(SpapiConnection.store_id == store_id))


def get_connection(session: Session, *, store: Store) -> SpapiConnection:
    found = find_connection(session, store_id=store.id)
    if found is None:
        raise NotFound(
            f"Store '{store.slug}' is not connected to Amazon; `vocloop stores connect "
            f"{store.slug}` connects it."
        )
    return found


def load_credentials(
    session: Session, *, store: Store, connection: SpapiConnection, cipher: MultiFernet
) -> LwaCredentials:
    """The decrypted credentials, re-encrypted with the newest key (finishes a key rotation)."""
    credentials = decrypt_secrets(cipher, connection.client_id, connection.secrets, store.slug)
    connection.secrets = rotate_secrets(cipher, connection.secrets)
    return credentials


def acquire_lease(session: Session, *, store: Store, now: dt.datetime, seconds: float) -> str:
    """Mark the store as being synced; refuse if another sync holds an unexpired lease."""
    owner = uuid.uuid4().hex
    taken = session.execute(
        update(SpapiConnection)
        .where(
            SpapiConnection.store_id == store.id,
            or_(SpapiConnection.lease_until.is_(None), SpapiConnection.lease_until < now),
        )
        .values(lease_owner=owner, lease_until=now + dt.timedelta(seconds=seconds))
        .execution_options(synchronize_session=False)
    )
    if taken.rowcount != 1:  # type: ignore[attr-defined]  # DML results carry rowcount
        raise UserError(f"Store '{store.slug}' is being synced already; try again when it ends.")
    return owner


def renew_lease(
    session: Session, *, store_id: int, owner: str, now: dt.datetime, seconds: float
) -> None:
    session.execute(
        update(SpapiConnection)
        .where(SpapiConnection.store_id == store_id, SpapiConnection.lease_owner == owner)
        .values(lease_until=now + dt.timedelta(seconds=seconds))
        .execution_options(synchronize_session=False)
    )


def release_lease(session: Session, *, store_id: int, owner: str) -> None:
    session.execute(
        update(SpapiConnection)
        .where(SpapiConnection.store_id == store_id, SpapiConnection.lease_owner == owner)
        .values(lease_owner=None, lease_until=None)
        .execution_options(synchronize_session=False)
    )
