"""Rendered help-center pages kept in memory and answered before routing, for buyers on phones.

The public routes render a page once and store it here with its ETag; the middleware answers the
next identical request (same path and query, same buyer languages asked for) straight from memory,
for a few seconds, without routing, sessions or the database. An editor's save clears the brand's
pages at once in this process; other processes see the change when their entry expires.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vocloop.support import accepted_langs

CACHE_CONTROL = b"public, max-age=60"
# Buyer pages load nothing from elsewhere but pictures; no script runs on them at all.
CONTENT_SECURITY = (
    b"default-src 'none'; img-src 'self' https:; style-src 'self'; form-action 'self'; "
    b"base-uri 'none'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class CachedPage:
    brand: str
    etag: str
    body: bytes
    gzipped: bytes
    expires: float


def page_key(path: str, query: str, accept_language: str | None) -> tuple[str, str, str]:
    return path, query, ",".join(accepted_langs(accept_language))


class PageCache:
    """A bounded, thread-safe map of rendered public pages with a short lifetime."""

    def __init__(self, *, seconds: float = 5.0, size: int = 4096) -> None:
        self.seconds, self.size = seconds, size
        self._pages: OrderedDict[tuple[str, str, str], CachedPage] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, str, str]) -> CachedPage | None:
        with self._lock:
            page = self._pages.get(key)
            if page is None:
                return None
            if page.expires < time.monotonic():
                del self._pages[key]
                return None
            self._pages.move_to_end(key)
            return page

    def put(self, key: tuple[str, str, str], *, brand: str, etag: str, body: bytes) -> None:
        page = CachedPage(
            brand, etag, body, gzip.compress(body, 6, mtime=0), time.monotonic() + self.seconds
        )
        with self._lock:
            self._pages[key] = page
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)

    def forget_brand(self, brand: str) -> None:
        """Drop every page of the brand (after its content or settings changed)."""
        with self._lock:
            for key in [key for key, page in self._pages.items() if page.brand == brand]:
                del self._pages[key]


def page_headers(etag: str) -> list[tuple[bytes, bytes]]:
    return [
        (b"cache-control", CACHE_CONTROL),
        (b"etag", etag.encode()),
        (b"vary", b"Accept-Language, Accept-Encoding"),
        (b"content-security-policy", CONTENT_SECURITY),
        (b"x-content-type-options", b"nosniff"),
    ]


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value).decode("latin-1")
    return None


class PageCacheMiddleware:
    """Answers GET/HEAD for cached /h/ pages; everything else goes on to the app."""

    def __init__(self, app: ASGIApp, cache: PageCache) -> None:
        self.app, self.cache = app, cache

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not scope["path"].startswith("/h/")
        ):
            await self.app(scope, receive, send)
            return
        query = bytes(scope.get("query_string", b"")).decode("latin-1")
        key = page_key(scope["path"], query, _header(scope, b"accept-language"))
        page = self.cache.get(key)
        if page is None:
            await self.app(scope, receive, send)
            return
        await _answer(scope, send, page)


async def _answer(scope: Scope, send: Send, page: CachedPage) -> None:
    headers = page_headers(page.etag)
    if _header(scope, b"if-none-match") == page.etag:
        await send({"type": "http.response.start", "status": 304, "headers": headers})
        await send({"type": "http.response.body", "body": b""})
        return
    body = page.body
    if "gzip" in (_header(scope, b"accept-encoding") or ""):
        body = page.gzipped
        headers.append((b"content-encoding", b"gzip"))
    headers += [
        (b"content-type", b"text/html; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
    ]
    start: Message = {"type": "http.response.start", "status": 200, "headers": headers}
    await send(start)
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})
