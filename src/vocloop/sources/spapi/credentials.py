"""LWA credentials and their encryption at rest (Fernet; keys from the setting or a key file)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from cryptography.fernet import InvalidToken, MultiFernet

from vocloop.errors import UserError
from vocloop.secrets import key_file, load_cipher

__all__ = ["LwaCredentials", "decrypt_secrets", "encrypt_secrets", "key_file", "load_cipher"]


@dataclass(frozen=True)
class LwaCredentials:
    """What Login with Amazon needs; repr never shows the secrets (logs would keep them)."""

    client_id: str
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)

    @property
    def seller_key(self) -> str:
        """A stable id of the authorization (rate limits are per selling partner), not a secret."""
        return hashlib.sha256(self.refresh_token.encode()).hexdigest()[:32]

    def check_shape(self) -> None:
        """Refuse values that cannot be LWA credentials before asking Amazon."""
        if not self.client_id.startswith("amzn1.application-oa2-client."):
            raise UserError(
                "The client id must start with 'amzn1.application-oa2-client.' "
                "(copy it from the app's LWA credentials in Seller Central)."
            )
        if not self.client_secret.strip():
            raise UserError("The client secret is empty.")
        if not self.refresh_token.startswith("Atzr|"):
            raise UserError(
                "The refresh token must start with 'Atzr|' (it is shown once when you authorize "
                "the app for the store)."
            )


def encrypt_secrets(cipher: MultiFernet, credentials: LwaCredentials) -> str:
    payload = {
        "client_secret": credentials.client_secret,
        "refresh_token": credentials.refresh_token,
    }
    return cipher.encrypt(json.dumps(payload).encode()).decode("ascii")


def decrypt_secrets(cipher: MultiFernet, client_id: str, token: str, store: str) -> LwaCredentials:
    """The store's credentials; a wrong or lost key is said in words, never as a traceback."""
    try:
        payload = json.loads(cipher.decrypt(token.encode("ascii")))
    except InvalidToken as exc:
        raise UserError(
            f"The credentials of store '{store}' cannot be decrypted with the configured key: "
            "restore the key they were saved with (VOCLOOP_SECRET_KEY or the key file) or "
            "connect the store again."
        ) from exc
    return LwaCredentials(client_id, payload["client_secret"], payload["refresh_token"])


def rotate_secrets(cipher: MultiFernet, token: str) -> str:
    """The same secrets encrypted with the newest key (after a key rotation)."""
    return cipher.rotate(token.encode("ascii")).decode("ascii")
