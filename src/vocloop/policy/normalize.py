"""Text normalised for matching (NFKC, lower case) with a map back to the original offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Emoji variation selectors and zero-width joiners/spaces carry no meaning for the rules.
_INVISIBLE = frozenset("\ufe0e\ufe0f\u200b\u200c\u200d\u2060\ufeff")
# Typographic apostrophes and dashes become their ASCII forms so one pattern covers both.
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "‚": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"})
# Sentence ends: CJK stops always; Latin stops only before a space or the end, so that domains
# (brand-help.com/x1), decimals and order ids stay in one sentence.
_SENTENCE_END = re.compile(r"[。！？!?\n]+|\.(?=\s|$)|[;；](?=\s)")
# A list item's number ("1.", "2.") opens the item's sentence instead of being one.
_LIST_MARKER = re.compile(r"\s*(?:\d{1,2}|[a-z])\.")


@dataclass(frozen=True)
class NormalText:
    """`text` is what rules match; `origin[i]` is the index in the original of text[i]."""

    original: str
    text: str
    origin: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]  # [start, end) in `text`

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The [start, end) character span in the original text covering text[start:end]."""
        if start >= len(self.origin):
            return len(self.original), len(self.original)
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, last

    def sentence_at(self, offset: int) -> int:
        for index, (start, end) in enumerate(self.sentences):
            if start <= offset < end:
                return index
        return len(self.sentences) - 1


def normalise(original: str) -> NormalText:
    """NFKC per character (full-width to half-width, ligatures), lower case, invisibles dropped."""
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(original):
        if char in _INVISIBLE:
            continue
        for piece in unicodedata.normalize("NFKC", char).translate(_TYPOGRAPHIC).lower():
            chars.append(piece)
            origin.append(index)
    text = "".join(chars)
    return NormalText(original, text, tuple(origin), _split_sentences(text))


def _split_sentences(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if _LIST_MARKER.fullmatch(text[start:end]):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip() or not spans:
        spans.append((start, len(text)))
    return tuple(spans)
