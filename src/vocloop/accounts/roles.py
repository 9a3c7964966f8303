"""Roles and what each may do in a tenant."""

from __future__ import annotations

ROLES = ("owner", "admin", "analyst", "agent", "viewer")

# Agents answer support tickets (not built yet); today they read like viewers.
PERMISSIONS: dict[str, frozenset[str]] = {
    "owner": frozenset({"view", "import", "manage_stores", "manage_users", "manage_tokens"}),
    "admin": frozenset({"view", "import", "manage_stores", "manage_users", "manage_tokens"}),
    "analyst": frozenset({"view", "import"}),
    "agent": frozenset({"view"}),
    "viewer": frozenset({"view"}),
}


def can(role: str, permission: str) -> bool:
    """Whether a role carries a permission (unknown roles carry none)."""
    return permission in PERMISSIONS.get(role, frozenset())
