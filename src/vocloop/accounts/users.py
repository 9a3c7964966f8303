"""Users and their memberships: who may log in, and which tenants and stores each may see."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vocloop.accounts.passwords import hash_password, needs_rehash, password_matches
from vocloop.accounts.roles import ROLES
from vocloop.errors import NotFound, UserError
from vocloop.store.models import Membership, Store, Tenant, User

_EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]{1,189}\.[^@\s]{1,63}")
# Verifying against a real hash when the email is unknown keeps both answers equally slow.
_DUMMY_HASH = None


def normal_email(email: str) -> str:
    """The address trimmed and lower-cased; UserError when it is not one."""
    email = email.strip().lower()
    if not _EMAIL.fullmatch(email):
        raise UserError(f"'{email}' is not an email address.")
    return email


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def create_user(
    session: Session, *, email: str, password: str, name: str | None = None, lang: str | None = None
) -> User:
    """A new user; the email must be unused."""
    email = normal_email(email)
    if find_user(session, email) is not None:
        raise UserError(f"A user with email {email} exists already.")
    user = User(
        email=email, name=(name or email.split("@")[0])[:200], password_hash=hash_password(password)
    )
    user.lang = lang if lang in ("en", "zh") else None
    session.add(user)
    session.flush()
    return user


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The active user with this email and password, or None (same time either way)."""
    global _DUMMY_HASH
    user = find_user(session, email)
    if user is None or not user.is_active:
        if _DUMMY_HASH is None:
            _DUMMY_HASH = hash_password("not-a-real-password")
        password_matches(_DUMMY_HASH, password)
        return None
    if not password_matches(user.password_hash, password):
        return None
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    return user


def set_language(session: Session, *, user_id: int, lang: str | None) -> None:
    user = session.get(User, user_id)
    if user is not None:
        user.lang = lang if lang in ("en", "zh") else None


def check_scope(
    session: Session, tenant_id: int, role: str, store_ids: list[int] | None
) -> list[int] | None:
    """The role checked and the chosen stores of this tenant, sorted (None: all stores)."""
    if role not in ROLES:
        raise UserError(f"'{role}' is not a role; roles are {', '.join(ROLES)}.")
    if not store_ids:
        return None
    found = set(
        session.scalars(
            select(Store.id).where(Store.tenant_id == tenant_id, Store.id.in_(store_ids))
        )
    )
    if found != set(store_ids):
        raise NotFound("A chosen store is not in this tenant.")
    return sorted(found)


def add_membership(
    session: Session,
    *,
    user_id: int,
    tenant_id: int,
    role: str,
    store_ids: list[int] | None = None,
) -> Membership:
    """Give a user a role in a tenant, optionally limited to some of its stores."""
    scope = check_scope(session, tenant_id, role, store_ids)
    if membership(session, user_id=user_id, tenant_id=tenant_id) is not None:
        raise UserError("This user is a member of the tenant already.")
    row = Membership(user_id=user_id, tenant_id=tenant_id, role=role, store_ids=scope)
    session.add(row)
    session.flush()
    return row


def membership(session: Session, *, user_id: int, tenant_id: int) -> Membership | None:
    return session.scalar(
        select(Membership).where(Membership.user_id == user_id, Membership.tenant_id == tenant_id)
    )


def memberships_of(session: Session, *, user_id: int) -> list[tuple[Membership, Tenant]]:
    """The tenants a user may switch between, by name."""
    rows = session.execute(
        select(Membership, Tenant)
        .join(Tenant, Tenant.id == Membership.tenant_id)
        .where(Membership.user_id == user_id)
        .order_by(Tenant.name, Tenant.id)
    )
    return [(m, t) for m, t in rows.tuples()]


def list_members(session: Session, *, tenant_id: int) -> list[tuple[Membership, User]]:
    rows = session.execute(
        select(Membership, User)
        .join(User, User.id == Membership.user_id)
        .where(Membership.tenant_id == tenant_id)
        .order_by(User.email)
    )
    return [(m, u) for m, u in rows.tuples()]


def get_member(session: Session, *, tenant_id: int, membership_id: int) -> tuple[Membership, User]:
    """A membership of this tenant; another tenant's is as absent as a missing one."""
    row = session.execute(
        select(Membership, User)
        .join(User, User.id == Membership.user_id)
        .where(Membership.tenant_id == tenant_id, Membership.id == membership_id)
    ).first()
    if row is None:
        raise NotFound("There is no such member in this tenant.")
    return row[0], row[1]


def _owners(session: Session, tenant_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(Membership)
            .where(Membership.tenant_id == tenant_id, Membership.role == "owner")
        )
        or 0
    )


def update_membership(
    session: Session,
    *,
    tenant_id: int,
    membership_id: int,
    role: str,
    store_ids: list[int] | None,
) -> Membership:
    """Change a member's role and store scope; the last owner stays an owner."""
    row, _user = get_member(session, tenant_id=tenant_id, membership_id=membership_id)
    scope = check_scope(session, tenant_id, role, store_ids)
    if row.role == "owner" and role != "owner" and _owners(session, tenant_id) == 1:
        raise UserError("A tenant keeps at least one owner.")
    row.role, row.store_ids = role, scope
    return row


def remove_membership(session: Session, *, tenant_id: int, membership_id: int) -> User:
    row, user = get_member(session, tenant_id=tenant_id, membership_id=membership_id)
    if row.role == "owner" and _owners(session, tenant_id) == 1:
        raise UserError("A tenant keeps at least one owner.")
    session.delete(row)
    session.flush()
    return user
