"""Encrypting channel configurations (webhook tokens, signing secrets, SMTP passwords) at rest."""

from __future__ import annotations

import json
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from vocloop.config import Settings
from vocloop.errors import UserError
from vocloop.secrets import load_cipher


class SecretBox:
    """Fernet (AES-128-CBC + HMAC-SHA256) around channel configurations."""

    def __init__(self, key: bytes | str | MultiFernet) -> None:
        if isinstance(key, MultiFernet):
            self._fernet = key
            return
        try:
            self._fernet = MultiFernet([Fernet(key)])
        except (ValueError, TypeError):
            raise UserError(
                "VOCLOOP_SECRET_KEY is not a Fernet key (32 url-safe base64-encoded bytes); "
                'make one with `python -c "from cryptography.fernet import Fernet; '
                'print(Fernet.generate_key().decode())"`.'
            ) from None

    @classmethod
    def from_settings(cls, settings: Settings) -> SecretBox:
        """The configured key(s), else the data folder's key file (created on first use)."""
        return cls(load_cipher(settings, create=True))

    def seal(self, config: dict[str, Any]) -> str:
        return self._fernet.encrypt(json.dumps(config, sort_keys=True).encode()).decode()

    def open(self, sealed: str, *, channel: str) -> dict[str, Any]:
        try:
            opened: dict[str, Any] = json.loads(self._fernet.decrypt(sealed.encode()))
        except InvalidToken:
            raise UserError(
                f"Channel '{channel}' was saved with another secret key; set the original "
                "VOCLOOP_SECRET_KEY or add the channel again."
            ) from None
        return opened
