"""Roles and what each may do in a tenant."""

from __future__ import annotations

ROLES = ("owner", "admin", "analyst", "agent", "viewer")

_MANAGE = {"manage_stores", "manage_users", "manage_tokens"}
# manage_support: brands, help-center content, inserts; answer_tickets: the support inbox.
PERMISSIONS: dict[str, frozenset[str]] = {
    "owner": frozenset({"view", "import", *_MANAGE, "manage_support", "answer_tickets"}),
    "admin": frozenset({"view", "import", *_MANAGE, "manage_support", "answer_tickets"}),
    "analyst": frozenset({"view", "import", "manage_support"}),
    "agent": frozenset({"view", "answer_tickets"}),
    "viewer": frozenset({"view"}),
}


def can(role: str, permission: str) -> bool:
    """Whether a role carries a permission (unknown roles carry none)."""
    return permission in PERMISSIONS.get(role, frozenset())
