"""Settings: one frozen object, read once from the environment (prefix VOCLOOP_) or arguments."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    """The per-user folder where vocloop keeps its SQLite file and uploads."""
    return Path(platformdirs.user_data_dir("vocloop", appauthor=False))


class Settings(BaseSettings):
    """Everything vocloop reads from its environment; built once by each entry point."""

    model_config = SettingsConfigDict(env_prefix="VOCLOOP_", frozen=True, extra="ignore")

    data_dir: Path = Field(
        default_factory=default_data_dir, description="Folder for vocloop's files."
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; default: a SQLite file in data_dir. postgresql:// for a team.",
    )
    lang: str = Field(default="auto", description="Language of CLI output: auto, en or zh.")
    secret_key: SecretStr | None = Field(
        default=None,
        description="Fernet key(s) encrypting store credentials and notification channel "
        "secrets, newest first, comma-separated; default: the key file secret.key in data_dir. "
        "Set the same key on every machine that shares a PostgreSQL store.",
    )
    spapi_endpoint: str | None = Field(
        default=None, description="Selling Partner API base URL; default: the store's region."
    )
    spapi_lwa_url: str | None = Field(
        default=None, description="Login with Amazon token URL; default: Amazon's."
    )
    polish_url: str | None = Field(
        default=None,
        description="Base URL of an OpenAI-compatible API (…/v1) that polishes drafts; "
        "default: off, drafts keep the template wording.",
    )
    polish_api_key: SecretStr | None = Field(
        default=None, description="Bearer key for polish_url, if it needs one."
    )
    polish_model: str = Field(default="gpt-4o-mini", description="Model name sent to polish_url.")
    polish_timeout: float = Field(
        default=20.0,
        gt=0,
        description="Seconds to wait for polish_url before keeping the template.",
    )

    @property
    def resolved_database_url(self) -> str:
        """The database URL in force: the configured one or the default SQLite file."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'vocloop.db'}"


# Each setting is documented in README.md; tests/test_docs.py checks that it stays so.
SETTING_NAMES = tuple(f"VOCLOOP_{name.upper()}" for name in Settings.model_fields)
