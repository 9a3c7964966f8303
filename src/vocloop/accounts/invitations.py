"""Invitations: a signed link that lets one person join a tenant once, before it expires."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from vocloop.accounts.audit import record_audit
from vocloop.accounts.passwords import password_matches
from vocloop.accounts.users import (
    add_membership,
    check_scope,
    create_user,
    find_user,
    membership,
    normal_email,
)
from vocloop.errors import NotFound, UserError
from vocloop.store.models import Invitation, Tenant, User

INVITATION_DAYS = 7
_SALT = "vocloop.invitation"


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def create_invitation(
    session: Session,
    *,
    tenant_id: int,
    email: str,
    role: str,
    store_ids: list[int] | None,
    invited_by: str,
    signing_key: str,
    now: dt.datetime,
    days: int = INVITATION_DAYS,
) -> tuple[Invitation, str]:
    """A new invitation and its link token (signed, shown once; only a digest is stored).

    An earlier open invitation of the same address to the same tenant is withdrawn.
    """
    address = normal_email(email)
    scope = check_scope(session, tenant_id, role, store_ids)
    user = find_user(session, address)
    if user is not None and membership(session, user_id=user.id, tenant_id=tenant_id):
        raise UserError(f"{address} is a member of this tenant already.")
    session.execute(
        update(Invitation)
        .where(
            Invitation.tenant_id == tenant_id,
            Invitation.email == address,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    secret = secrets.token_urlsafe(24)
    row = Invitation(
        tenant_id=tenant_id,
        email=address,
        role=role,
        store_ids=scope,
        secret_sha256=_digest(secret),
        invited_by=invited_by,
        created_at=now,
        expires_at=now + dt.timedelta(days=days),
    )
    session.add(row)
    session.flush()
    token = URLSafeSerializer(signing_key, salt=_SALT).dumps({"i": row.id, "s": secret})
    return row, str(token)


def open_invitation(
    session: Session, *, token: str, signing_key: str, now: dt.datetime
) -> tuple[Invitation, Tenant]:
    """The invitation a link names, if it is genuine, unused, not withdrawn and not expired."""
    try:
        payload = URLSafeSerializer(signing_key, salt=_SALT).loads(token)
        invitation_id, secret = int(payload["i"]), str(payload["s"])
    except (BadSignature, KeyError, TypeError, ValueError):
        raise NotFound("This invitation link is not valid; ask for a new one.") from None
    row = session.get(Invitation, invitation_id)
    if row is None or not hmac.compare_digest(row.secret_sha256, _digest(secret)):
        raise NotFound("This invitation link is not valid; ask for a new one.")
    if row.accepted_at is not None:
        raise UserError("This invitation has been used already; log in instead.")
    if row.revoked_at is not None:
        raise UserError("This invitation was withdrawn; ask for a new one.")
    if row.expires_at <= now:
        raise UserError("This invitation has expired; ask for a new one.")
    tenant = session.get(Tenant, row.tenant_id)
    assert tenant is not None  # the tenant's invitations are deleted with it
    return row, tenant


def accept_invitation(
    session: Session,
    *,
    token: str,
    signing_key: str,
    now: dt.datetime,
    password: str,
    name: str | None = None,
) -> tuple[User, Invitation]:
    """Join the tenant: a new user sets a password, an existing one confirms theirs.

    The invitation is claimed by a conditional UPDATE, so two submits of one link make one member.
    """
    row, _tenant = open_invitation(session, token=token, signing_key=signing_key, now=now)
    user = find_user(session, row.email)
    if user is None:
        user = create_user(session, email=row.email, password=password, name=name or None)
    elif not password_matches(user.password_hash, password):
        raise UserError(f"That is not the password of the account {row.email}.")
    claimed = session.execute(
        update(Invitation)
        .where(Invitation.id == row.id, Invitation.accepted_at.is_(None))
        .values(accepted_at=now, accepted_by=user.id)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]  # DML results carry rowcount
        raise UserError("This invitation has been used already; log in instead.")
    add_membership(
        session, user_id=user.id, tenant_id=row.tenant_id, role=row.role, store_ids=row.store_ids
    )
    record_audit(
        session,
        tenant_id=row.tenant_id,
        actor=row.email,
        action="invitation.accept",
        target=row.email,
        detail={"role": row.role, "store_ids": row.store_ids, "invited_by": row.invited_by},
    )
    return user, row


def list_invitations(session: Session, *, tenant_id: int, now: dt.datetime) -> list[Invitation]:
    """Invitations still waiting for their invitee (not used, withdrawn or expired)."""
    return list(
        session.scalars(
            select(Invitation)
            .where(
                Invitation.tenant_id == tenant_id,
                Invitation.accepted_at.is_(None),
                Invitation.revoked_at.is_(None),
                Invitation.expires_at > now,
            )
            .order_by(Invitation.created_at.desc(), Invitation.id.desc())
        )
    )


def get_invitation(session: Session, *, tenant_id: int, invitation_id: int) -> Invitation:
    row = session.scalar(
        select(Invitation).where(Invitation.tenant_id == tenant_id, Invitation.id == invitation_id)
    )
    if row is None:
        raise NotFound("There is no such invitation in this tenant.")
    return row


def revoke_invitation(
    session: Session, *, tenant_id: int, invitation_id: int, now: dt.datetime
) -> Invitation:
    """Withdraw an unused invitation: its link stops working."""
    row = get_invitation(session, tenant_id=tenant_id, invitation_id=invitation_id)
    if row.accepted_at is not None:
        raise UserError("This invitation has been used already; remove the member instead.")
    row.revoked_at = row.revoked_at or now
    return row
