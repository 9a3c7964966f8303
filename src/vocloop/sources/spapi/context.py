"""How SP-API work runs: endpoints, keys, shared rate limits and patience, built from Settings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import urllib3
from cryptography.fernet import MultiFernet

from vocloop.config import Settings
from vocloop.sources.spapi.client import LWA_URL, Endpoints, RetryPolicy
from vocloop.sources.spapi.credentials import load_cipher
from vocloop.sources.spapi.rate_limits import RateLimits
from vocloop.store.models import utcnow


@dataclass
class SyncContext:
    """How syncs run: where Amazon is, the keys, the shared limits, and the patience."""

    endpoints: Endpoints
    cipher: MultiFernet
    limits: RateLimits = field(default_factory=RateLimits)
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    poll_interval: float = 30.0
    max_wait: float = 1800.0  # then the report stays in flight and the next sync picks it up
    # A killed sync blocks its store this long; every step and poll renews it while alive.
    lease_seconds: float = 300.0
    feedback_asins: int = 20
    clock: Callable[[], dt.datetime] = utcnow
    pool: urllib3.PoolManager = field(default_factory=lambda: urllib3.PoolManager(maxsize=8))


def context_from_settings(settings: Settings, *, create_key: bool = False) -> SyncContext:
    """The context a CLI command or the worker uses; tests point the endpoints at a fake server."""
    return SyncContext(
        endpoints=endpoints_from_settings(settings),
        cipher=load_cipher(settings, create=create_key),
    )


def endpoints_from_settings(settings: Settings) -> Endpoints:
    return Endpoints(api=settings.spapi_endpoint, lwa=settings.spapi_lwa_url or LWA_URL)
