"""The demo tenant's web login: one owner whose password is made anew at every demo build."""

from __future__ import annotations

import secrets

from sqlalchemy.orm import Session, sessionmaker

from vocloop.accounts import add_membership, create_user, find_user, hash_password
from vocloop.store.access import get_tenant

DEMO_EMAIL = "demo@vocloop.example"


def demo_login(sessions: sessionmaker[Session], *, tenant: str) -> tuple[str, str]:
    """(email, password) of the demo tenant's owner, created or given a fresh password."""
    password = secrets.token_urlsafe(9)
    with sessions.begin() as session:
        tenant_row = get_tenant(session, tenant)
        user = find_user(session, DEMO_EMAIL)
        if user is None:
            user = create_user(session, email=DEMO_EMAIL, password=password, name="Demo")
        else:
            user.password_hash = hash_password(password)
        add_membership(session, user_id=user.id, tenant_id=tenant_row.id, role="owner")
    return DEMO_EMAIL, password
