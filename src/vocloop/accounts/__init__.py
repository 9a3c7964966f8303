"""Accounts: users, roles per tenant and store, API tokens and the audit log."""

from vocloop.accounts.audit import list_audit, record_audit
from vocloop.accounts.invitations import (
    INVITATION_DAYS,
    accept_invitation,
    create_invitation,
    get_invitation,
    list_invitations,
    open_invitation,
    revoke_invitation,
)
from vocloop.accounts.passwords import hash_password, password_matches
from vocloop.accounts.roles import PERMISSIONS, ROLES, can
from vocloop.accounts.tokens import (
    create_api_token,
    list_api_tokens,
    revoke_api_token,
    tenant_of_token,
)
from vocloop.accounts.users import (
    add_membership,
    authenticate,
    create_user,
    find_user,
    get_member,
    list_members,
    membership,
    memberships_of,
    remove_membership,
    set_language,
    update_membership,
)

__all__ = [
    "INVITATION_DAYS",
    "PERMISSIONS",
    "ROLES",
    "accept_invitation",
    "add_membership",
    "authenticate",
    "can",
    "create_api_token",
    "create_invitation",
    "create_user",
    "find_user",
    "get_invitation",
    "get_member",
    "hash_password",
    "list_api_tokens",
    "list_audit",
    "list_invitations",
    "list_members",
    "membership",
    "memberships_of",
    "open_invitation",
    "password_matches",
    "record_audit",
    "remove_membership",
    "revoke_api_token",
    "revoke_invitation",
    "set_language",
    "tenant_of_token",
    "update_membership",
]
