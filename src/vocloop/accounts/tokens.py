"""API tokens: random bearer secrets per tenant, stored only as SHA-256 digests."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.store.models import ApiToken

PREFIX = "vl_"


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_api_token(
    session: Session, *, tenant_id: int, name: str, created_by: int | None
) -> tuple[ApiToken, str]:
    """A new token row and the secret itself, which is shown once and never stored."""
    name = name.strip()
    if not name or len(name) > 200:
        raise UserError("A token needs a name of 1 to 200 characters.")
    secret = PREFIX + secrets.token_urlsafe(32)
    row = ApiToken(
        tenant_id=tenant_id, name=name, token_sha256=_digest(secret), created_by=created_by
    )
    session.add(row)
    session.flush()
    return row, secret


def tenant_of_token(session: Session, token: str) -> int | None:
    """The tenant a live token belongs to, or None for an unknown or revoked one."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_sha256 == _digest(token)))
    if row is None or row.revoked_at is not None:
        return None
    return row.tenant_id


def list_api_tokens(session: Session, *, tenant_id: int) -> list[ApiToken]:
    return list(
        session.scalars(
            select(ApiToken).where(ApiToken.tenant_id == tenant_id).order_by(ApiToken.id)
        )
    )


def revoke_api_token(session: Session, *, tenant_id: int, token_id: int) -> ApiToken:
    row = session.scalar(
        select(ApiToken).where(ApiToken.tenant_id == tenant_id, ApiToken.id == token_id)
    )
    if row is None:
        raise NotFound("There is no such API token in this tenant.")
    row.revoked_at = dt.datetime.now(dt.UTC)
    return row
