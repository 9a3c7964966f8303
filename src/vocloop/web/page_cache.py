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
from functools import lru_cache

from fastapi import FastAPI
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
    """A rendered page with its response headers made once (plain, gzipped, not modified)."""

    brand: str
    etag: str
    body: bytes
    gzipped: bytes
    expires: float
    plain_headers: list[tuple[bytes, bytes]]
    gzip_headers: list[tuple[bytes, bytes]]
    same_headers: list[tuple[bytes, bytes]]


@lru_cache(maxsize=1024)
def _langs_key(accept_language: str | None) -> str:
    return ",".join(accepted_langs(accept_language))


def page_key(path: str, query: str, accept_language: str | None) -> tuple[str, str, str]:
    """Requests with the same key get the same page (the header only matters by its languages)."""
    return path, query, _langs_key(accept_language)


class PageCache:
    """A bounded, thread-safe map of rendered public pages with a short lifetime."""

    def __init__(self, *, seconds: float = 5.0, size: int = 1024) -> None:
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
        gzipped = gzip.compress(body, 6, mtime=0)
        common = page_headers(etag)
        html = (b"content-type", b"text/html; charset=utf-8")
        page = CachedPage(
            brand=brand,
            etag=etag,
            body=body,
            gzipped=gzipped,
            expires=time.monotonic() + self.seconds,
            plain_headers=[*common, html, (b"content-length", str(len(body)).encode())],
            gzip_headers=[
                *common,
                html,
                (b"content-encoding", b"gzip"),
                (b"content-length", str(len(gzipped)).encode()),
            ],
            same_headers=common,
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
        languages = if_none_match = encodings = None
        for name, value in scope["headers"]:  # one pass: this runs for every buyer request
            if name == b"accept-language":
                languages = value.decode("latin-1")
            elif name == b"if-none-match":
                if_none_match = value.decode("latin-1")
            elif name == b"accept-encoding":
                encodings = value
        query = scope["query_string"].decode("latin-1")
        page = self.cache.get(page_key(scope["path"], query, languages))
        if page is None:
            await self.app(scope, receive, send)
            return
        if if_none_match == page.etag:
            await send({"type": "http.response.start", "status": 304, "headers": page.same_headers})
            await send({"type": "http.response.body", "body": b""})
            return
        zipped = encodings is not None and b"gzip" in encodings
        start: Message = {
            "type": "http.response.start",
            "status": 200,
            "headers": page.gzip_headers if zipped else page.plain_headers,
        }
        await send(start)
        body = b"" if scope["method"] == "HEAD" else page.gzipped if zipped else page.body
        await send({"type": "http.response.body", "body": body})


def with_page_cache(web: FastAPI) -> ASGIApp:
    """The app as a server should run it: cached pages are answered before the framework's own
    per-request work (the same cache the app's inner middleware fills and checks)."""
    cache: PageCache = web.state.help_pages
    return PageCacheMiddleware(web, cache)
