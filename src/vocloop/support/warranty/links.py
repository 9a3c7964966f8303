"""The buyer's signed link to their own registration (see it, delete it): no login needed."""

from __future__ import annotations

from itsdangerous import BadSignature, URLSafeSerializer

_SALT = "vocloop.warranty.registration"


def sign_registration_id(secret: str, public_id: str) -> str:
    """A token naming one registration that only this server can have made."""
    return str(URLSafeSerializer(secret, salt=_SALT).dumps(public_id))


def open_registration_token(secret: str, token: str) -> str | None:
    """The registration's public id, or None when the token was not signed by this server."""
    try:
        value = URLSafeSerializer(secret, salt=_SALT).loads(token)
    except BadSignature:
        return None
    return value if isinstance(value, str) else None
