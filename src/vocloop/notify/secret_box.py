"""Encrypting channel configurations (webhook tokens, signing secrets, SMTP passwords) at rest."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken

from vocloop.config import Settings
from vocloop.errors import UserError

KEY_FILE_NAME = "secret.key"


class SecretBox:
    """Fernet (AES-128-CBC + HMAC-SHA256) around channel configurations."""

    def __init__(self, key: bytes | str) -> None:
        try:
            self._fernet = Fernet(key)
        except (ValueError, TypeError):
            raise UserError(
                "VOCLOOP_SECRET_KEY is not a Fernet key (32 url-safe base64-encoded bytes); "
                'make one with `python -c "from cryptography.fernet import Fernet; '
                'print(Fernet.generate_key().decode())"`.'
            ) from None

    @classmethod
    def from_settings(cls, settings: Settings) -> SecretBox:
        """The configured key, else the data folder's key file (created on first use, mode 600)."""
        if settings.secret_key:
            return cls(settings.secret_key.strip())
        return cls(_key_file(settings.data_dir / KEY_FILE_NAME))

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


def _key_file(path: Path) -> bytes:
    if path.exists():
        return path.read_bytes().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Fernet.generate_key()
    draft = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    try:
        # link() refuses an existing name: when two processes start at once, one key wins whole.
        os.link(draft, path)
    except FileExistsError:
        key = path.read_bytes().strip()
    finally:
        draft.unlink()
    return key
