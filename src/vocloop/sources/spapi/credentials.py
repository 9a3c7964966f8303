"""LWA credentials and their encryption at rest (Fernet; keys from the setting or a key file)."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from vocloop.config import Settings
from vocloop.errors import UserError

KEY_FILE_NAME = "secret.key"


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


def key_file(settings: Settings) -> Path:
    return settings.data_dir / KEY_FILE_NAME


def _parse_keys(text: str, where: str) -> MultiFernet:
    keys = [key.strip() for key in text.split(",") if key.strip()]
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except (ValueError, TypeError) as exc:
        raise UserError(
            f"{where} does not hold a valid encryption key (32 url-safe base64 bytes, as "
            "Fernet.generate_key() writes)."
        ) from exc


def load_cipher(settings: Settings, *, create: bool = False) -> MultiFernet:
    """The keys that encrypt store credentials: VOCLOOP_SECRET_KEY, else the data folder's key file.

    Several comma-separated keys allow rotation: the first encrypts, all decrypt. With create, a
    missing key file is written (readable by the owner only); otherwise a missing key is an error.
    """
    if settings.secret_key is not None:
        return _parse_keys(settings.secret_key.get_secret_value(), "VOCLOOP_SECRET_KEY")
    path = key_file(settings)
    if path.exists():
        return _parse_keys(path.read_text(encoding="ascii").strip(), str(path))
    if not create:
        raise UserError(
            f"The key that encrypts store credentials is missing: set VOCLOOP_SECRET_KEY or "
            f"put the key file back at {path}."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(Fernet.generate_key().decode() + "\n")
    return _parse_keys(path.read_text(encoding="ascii").strip(), str(path))


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
