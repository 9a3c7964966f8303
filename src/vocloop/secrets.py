"""The encryption key of everything vocloop keeps secret (store credentials, channel secrets).

VOCLOOP_SECRET_KEY holds one or more Fernet keys, newest first, comma-separated: the first
encrypts, all decrypt, so keys can be rotated. Without it, the key file `secret.key` in the data
folder is used, created on first use (owner-only) when the caller may create it.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.fernet import Fernet, MultiFernet

from vocloop.config import Settings
from vocloop.errors import UserError

KEY_FILE_NAME = "secret.key"


def key_file(settings: Settings) -> Path:
    return settings.data_dir / KEY_FILE_NAME


def parse_keys(text: str, where: str) -> MultiFernet:
    keys = [key.strip() for key in text.split(",") if key.strip()]
    try:
        return MultiFernet([Fernet(key.encode()) for key in keys])
    except (ValueError, TypeError) as exc:
        raise UserError(
            f"{where} does not hold a valid encryption key (32 url-safe base64 bytes, as "
            "Fernet.generate_key() writes)."
        ) from exc


def load_cipher(settings: Settings, *, create: bool = False) -> MultiFernet:
    """The configured keys; with `create`, a missing key file is written, else it is an error."""
    if settings.secret_key is not None:
        return parse_keys(settings.secret_key.get_secret_value(), "VOCLOOP_SECRET_KEY")
    path = key_file(settings)
    if not path.exists():
        if not create:
            raise UserError(
                f"The key that encrypts store credentials is missing: set VOCLOOP_SECRET_KEY or "
                f"put the key file back at {path}."
            )
        _create_key_file(path)
    return parse_keys(path.read_text(encoding="ascii").strip(), str(path))


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{os.getpid()}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(Fernet.generate_key().decode() + "\n")
    try:
        # link() refuses an existing name: when two processes start at once, one key wins whole.
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink()
