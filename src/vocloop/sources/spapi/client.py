"""A thin adapter over the official SDK: endpoints, LWA, rate limits and retries per call."""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import requests
import urllib3

from vocloop.sources.spapi.credentials import LwaCredentials
from vocloop.sources.spapi.errors import CredentialsError, SpapiError, amazon_errors
from vocloop.sources.spapi.rate_limits import RateLimits
from vocloop.sources.spapi.sdk import AccessTokenCache, spapi

log = logging.getLogger(__name__)

REGION_ENDPOINTS = {
    "na": "https://sellingpartnerapi-na.amazon.com",
    "eu": "https://sellingpartnerapi-eu.amazon.com",
    "fe": "https://sellingpartnerapi-fe.amazon.com",
}
LWA_URL = "https://api.amazon.com/auth/o2/token"
RATE_HEADER = "x-amzn-RateLimit-Limit"


@dataclass(frozen=True)
class Endpoints:
    """Where to send calls: Amazon's hosts, or a local server in tests (settings override both)."""

    api: str | None = None
    lwa: str = LWA_URL

    def api_for(self, region: str) -> str:
        return self.api or REGION_ENDPOINTS[region.lower()]


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff with full jitter; a 429 also empties our bucket so the documented rate paces us."""

    attempts: int = 6
    base: float = 1.0
    cap: float = 60.0
    timeout: float = 60.0  # seconds per request; a hung server is a retryable failure

    def delay(self, attempt: int) -> float:
        return random.uniform(0, min(self.cap, self.base * 2**attempt))  # noqa: S311  # jitter, not crypto


@dataclass
class CallStats:
    """Counts per client, summed by the caller (benchmark, sync result)."""

    calls: int = 0
    throttled: int = 0
    server_errors: int = 0
    network_errors: int = 0
    waited: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add(self, name: str, value: float = 1) -> None:
        with self.lock:
            setattr(self, name, getattr(self, name) + value)


class _LwaTokens(AccessTokenCache):  # type: ignore[misc]  # the SDK ships no type hints
    """The SDK's token cache with a timeout, no retry on a refusal, and errors in words.

    The SDK's own request_new_token retries every failure three times (14 s of sleeps, even for a
    wrong secret), has no timeout, and loses the status of a 4xx answer.
    """

    def __init__(self, credentials: LwaCredentials, url: str, policy: RetryPolicy) -> None:
        super().__init__(
            client_id=credentials.client_id,
            client_secret=credentials.client_secret,
            refresh_token=credentials.refresh_token,
            oauth_endpoint=url,
        )
        self._policy = policy

    def request_new_token(self, *_args: Any) -> str:
        data = {
            "grant_type": "refresh_token",
            "refresh_token": self.refresh_token,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
        }
        for attempt in range(self._policy.attempts):
            try:
                response = requests.post(
                    self.oauth_endpoint, data=data, timeout=self._policy.timeout
                )
            except requests.RequestException as exc:
                problem: SpapiError = SpapiError(
                    f"Login with Amazon did not answer ({type(exc).__name__}).", retryable=True
                )
            else:
                if response.status_code == 200:
                    token = response.json()
                    self.token_info = {
                        **token,
                        "expires_at": time.time() + int(token.get("expires_in", 3600)) - 60,
                    }
                    return str(token["access_token"])
                problem = _lwa_refusal(response)
            if not problem.retryable or attempt + 1 == self._policy.attempts:
                raise problem
            time.sleep(self._policy.delay(attempt))
        raise AssertionError("unreachable")


def _lwa_refusal(response: requests.Response) -> SpapiError:
    detail = amazon_errors(response.text)
    if response.status_code >= 500 or response.status_code == 429:
        return SpapiError(
            f"Login with Amazon failed with HTTP {response.status_code}.",
            retryable=True,
            status=response.status_code,
        )
    if "invalid_client" in detail or response.status_code == 401:
        return CredentialsError(
            "Amazon did not accept the client id or client secret "
            f"({detail}); copy both again from the app's LWA credentials (client secrets expire "
            "every 180 days).",
            status=response.status_code,
        )
    if "invalid_grant" in detail:
        return CredentialsError(
            "Amazon did not accept the refresh token "
            f"({detail}); it was revoked, belongs to another app or was mistyped: authorize the "
            "app for the store again and use the new token.",
            status=response.status_code,
        )
    return CredentialsError(
        f"Login with Amazon refused the credentials (HTTP {response.status_code}: {detail}).",
        status=response.status_code,
    )


class SpapiClient:
    """One selling-partner authorization in one region: SDK API objects plus our call discipline.

    Not thread-safe (the SDK keeps the access token in shared default headers): one per sync.
    """

    def __init__(
        self,
        credentials: LwaCredentials,
        *,
        region: str,
        endpoints: Endpoints,
        limits: RateLimits,
        policy: RetryPolicy | None = None,
        stats: CallStats | None = None,
    ) -> None:
        self.seller_key = credentials.seller_key
        self.limits = limits
        self.policy = policy or RetryPolicy()
        self.stats = stats or CallStats()
        self._tokens = _LwaTokens(credentials, endpoints.lwa, self.policy)
        self._host = endpoints.api_for(region)
        self._api_client: Any = None

    def token(self) -> str:
        """An access token (the one cheap call that proves the credentials)."""
        return str(self._tokens.get_lwa_access_token())

    @property
    def api_client(self) -> Any:
        if self._api_client is None:
            configuration = spapi.Configuration()
            configuration.host = self._host
            configuration.access_token_cache = self._tokens
            client = spapi.ApiClient(configuration=configuration)
            # urllib3 would retry a hung GET three times on its own: our loop counts every try.
            client.rest_client.pool_manager.connection_pool_kw["retries"] = False
            self._api_client = client
        return self._api_client

    def api(self, cls: type) -> Any:
        return cls(self.api_client)

    def call(self, operation: str, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Call an SDK `*_with_http_info` method within the seller's limits; return its data.

        429, 5xx and network failures are retried with backoff and jitter; other 4xx raise
        SpapiError at once with Amazon's reason.
        """
        bucket = self.limits.bucket(self.seller_key, operation, method.__doc__)
        last: SpapiError | None = None
        for attempt in range(self.policy.attempts):
            self.stats.add("waited", bucket.take())
            self.stats.add("calls")
            try:
                data, status, headers = method(
                    *args, _request_timeout=self.policy.timeout, **kwargs
                )
            except ValueError:
                # The SDK turns a 204's empty body into a model missing its required fields.
                if self.api_client.last_response.status == 204:
                    return None
                raise
            except spapi.ApiException as exc:
                _adopt_rate(bucket, exc.headers)
                last = _api_refusal(operation, exc)
                if exc.status == 429:
                    self.stats.add("throttled")
                    bucket.drain()
                elif last.retryable:
                    self.stats.add("server_errors")
                else:
                    raise last from exc
            except (urllib3.exceptions.HTTPError, OSError) as exc:
                self.stats.add("network_errors")
                last = SpapiError(
                    f"Amazon's Selling Partner API did not answer {operation} "
                    f"({type(exc).__name__}).",
                    retryable=True,
                )
            else:
                _adopt_rate(bucket, headers)
                return None if status == 204 else data
            time.sleep(self.policy.delay(attempt))
        assert last is not None
        raise SpapiError(
            f"{last.message} Gave up after {self.policy.attempts} tries; the next sync continues "
            "from here.",
            retryable=True,
            status=last.status,
        )


def _adopt_rate(bucket: Any, headers: Any) -> None:
    value = headers.get(RATE_HEADER) if headers is not None else None
    if value:
        try:
            bucket.set_rate(float(value))
        except ValueError:
            log.warning("ignoring a malformed %s header", RATE_HEADER)


def _api_refusal(operation: str, exc: Any) -> SpapiError:
    status = int(exc.status or 0)
    detail = amazon_errors(exc.body)
    if status == 429:
        return SpapiError(f"Amazon throttled {operation}.", retryable=True, status=status)
    if status >= 500 or status == 0:
        return SpapiError(
            f"Amazon failed on {operation} (HTTP {status}).", retryable=True, status=status
        )
    if status in (401, 403):
        return SpapiError(
            f"Amazon refused {operation} (HTTP {status}: {detail}): the app lacks the role for "
            "it, or the seller revoked its authorization.",
            status=status,
        )
    return SpapiError(f"Amazon refused {operation} (HTTP {status}: {detail}).", status=status)
