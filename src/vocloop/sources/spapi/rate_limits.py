"""Token buckets per (selling partner, operation), seeded from Amazon's documented usage plans.

The SDK's generated docstrings carry each operation's default plan (rate, burst) exactly as the
models print it; a live `x-amzn-RateLimit-Limit` header replaces the rate. One RateLimits object
is shared by every sync in a process, so concurrent stores of one seller share its buckets.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

_PLAN = re.compile(
    r"Usage Plan:\*\*\s*\|\s*Rate \(requests per second\)\s*\|\s*Burst\s*\|\s*\|[-\s|]*"
    r"\|\s*([\d.]+)\s*\|\s*(\d+)\s*\|"
)


@dataclass(frozen=True)
class Plan:
    rate: float  # requests per second
    burst: int


# Operations whose model states no plan (Customer Feedback): cautious until a header tells.
UNDOCUMENTED_PLAN = Plan(rate=1.0, burst=1)
# We refill a little slower than Amazon: requests reach Amazon with uneven delays, and pacing at
# exactly the rate turns that jitter into 429s (each one costs a full refill interval, 60 s for
# createReport). 3% is 1.8 s of slack at 0.0167/s and 15 ms at 2/s.
PACING = 0.97


def plan_from_doc(doc: str | None) -> Plan | None:
    """The usage plan printed in an operation's description, if there is one."""
    found = _PLAN.search(doc or "")
    return Plan(float(found.group(1)), int(found.group(2))) if found else None


class TokenBucket:
    """Thread-safe bucket: take() waits until a token is there; the wait is returned."""

    def __init__(
        self,
        plan: Plan,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.rate = plan.rate
        self.burst = plan.burst
        self._tokens = float(plan.burst)
        self._clock, self._sleep = clock, sleep
        self._stamp = clock()
        self._lock = threading.Lock()
        self.taken = 0
        self.waited = 0.0

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate * PACING)
        self._stamp = now

    def take(self) -> float:
        waited = 0.0
        while True:
            with self._lock:
                self._refill()
                if self._tokens >= 1:
                    self._tokens -= 1
                    self.taken += 1
                    self.waited += waited
                    return waited
                pause = (1 - self._tokens) / (self.rate * PACING)
            self._sleep(pause)
            waited += pause

    def set_rate(self, rate: float) -> None:
        """The rate Amazon says applies (x-amzn-RateLimit-Limit); the burst stays as documented."""
        if rate <= 0:
            return
        with self._lock:
            self._refill()
            self.rate = rate

    def drain(self) -> None:
        """After a 429 Amazon's bucket is empty whatever ours thought: start counting from zero."""
        with self._lock:
            self._refill()
            self._tokens = 0.0


class RateLimits:
    """All buckets of a process, created on first use per (seller key, operation)."""

    def __init__(
        self,
        plans: dict[str, Plan] | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._plans = dict(plans or {})
        self._buckets: dict[tuple[str, str], TokenBucket] = {}
        self._lock = threading.Lock()
        self._clock, self._sleep = clock, sleep

    def bucket(self, seller_key: str, operation: str, doc: str | None = None) -> TokenBucket:
        key = (seller_key, operation)
        with self._lock:
            found = self._buckets.get(key)
            if found is None:
                plan = self._plans.get(operation) or plan_from_doc(doc) or UNDOCUMENTED_PLAN
                found = TokenBucket(plan, clock=self._clock, sleep=self._sleep)
                self._buckets[key] = found
            return found

    def buckets(self) -> dict[tuple[str, str], TokenBucket]:
        with self._lock:
            return dict(self._buckets)
