"""Sliding-window rate limits for public forms (per client address, per product...), per process."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class SlidingWindow:
    """At most `limit` events per key in the last `window` seconds."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit, self.window = limit, window
        self._events: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Count one event for key, unless the key is over its limit (then count nothing)."""
        now = time.monotonic()
        with self._lock:
            events = self._events[key]
            while events and events[0] <= now - self.window:
                events.popleft()
            if len(events) >= self.limit:
                return False
            events.append(now)
            return True

    def retry_after(self, key: str) -> int:
        """Seconds until key may act again (0 when it may now)."""
        now = time.monotonic()
        with self._lock:
            events = self._events.get(key)
            if not events or len(events) < self.limit:
                return 0
            return max(1, int(events[-self.limit] + self.window - now) + 1)


class Limiters:
    """Named limits shared by a web app's routes, made on first use."""

    def __init__(self) -> None:
        self._limits: dict[str, SlidingWindow] = {}
        self._lock = threading.Lock()

    def get(self, name: str, *, limit: int, window: float) -> SlidingWindow:
        with self._lock:
            if name not in self._limits:
                self._limits[name] = SlidingWindow(limit, window)
            return self._limits[name]
