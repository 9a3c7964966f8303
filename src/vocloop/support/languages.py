"""The languages buyers read the help center in, and how a page picks one with fallback."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

# Marketplace languages plus Chinese (brands answer Chinese-speaking buyers too).
BUYER_LANGS: tuple[str, ...] = ("en", "de", "fr", "es", "it", "ja", "zh")
LANG_NAMES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "ja": "日本語",
    "zh": "中文",
}


def parse_buyer_lang(value: str) -> str:
    """A buyer language code from user input ('DE', 'de-AT' -> 'de'); ValueError when unknown."""
    code = value.strip().lower().replace("_", "-").split("-")[0]
    if code not in BUYER_LANGS:
        raise ValueError(value)
    return code


def accepted_langs(accept_language: str | None) -> list[str]:
    """The buyer languages an Accept-Language header asks for, best first."""
    weighted: list[tuple[float, int, str]] = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        weight = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                weight = float(params[2:])
            except ValueError:
                continue
        try:
            code = parse_buyer_lang(tag)
        except ValueError:
            continue
        if weight > 0:
            weighted.append((-weight, position, code))
    seen: list[str] = []
    for _, _, code in sorted(weighted):
        if code not in seen:
            seen.append(code)
    return seen


def pick_lang(
    available: Sequence[str],
    *,
    requested: str | None = None,
    accept_language: str | None = None,
    default: str = "en",
) -> str:
    """The language to show: the one asked for in the URL, else the browser's best, else the
    brand's default, else English, else whatever the content has; always one of `available`
    when it is not empty."""
    candidates: list[str] = []
    if requested:
        with contextlib.suppress(ValueError):  # a bad ?lang= falls back like no ?lang=
            candidates.append(parse_buyer_lang(requested))
    candidates += accepted_langs(accept_language)
    candidates += [default, "en"]
    for code in candidates:
        if code in available:
            return code
    return available[0] if available else default
