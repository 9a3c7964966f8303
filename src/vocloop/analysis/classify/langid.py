"""Offline language detection for the marketplace languages (lingua + a script rule for CJK)."""

from __future__ import annotations

import re
import threading
from typing import Any

LANGUAGES = ("en", "de", "fr", "es", "it", "ja", "zh")
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
# lingua is as sure after a couple of sentences; longer input only costs time.
_MAX_CHARS = 200


class LanguageDetector:
    """Detects en/de/fr/es/it with lingua and ja/zh from the script.

    lingua's models take about a second to load, so they are built on a background thread
    started by the constructor and joined on first use.
    """

    def __init__(self) -> None:
        self._detector: Any = None
        self._thread = threading.Thread(target=self._build, name="lingua-build", daemon=True)
        self._thread.start()

    def _build(self) -> None:
        from lingua import Language, LanguageDetectorBuilder

        detector = LanguageDetectorBuilder.from_languages(
            Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.ITALIAN
        ).build()
        detector.detect_language_of("warm up")
        self._detector = detector

    def detect(self, text: str) -> str | None:
        """ISO 639-1 code of text, or None when nothing can be read (empty, digits, symbols)."""
        return self.detect_many([text])[0]

    def detect_many(self, texts: list[str]) -> list[str | None]:
        """detect() for a batch; lingua runs over the Latin-script texts in parallel."""
        found: list[str | None] = [None] * len(texts)
        latin: list[int] = []
        for i, text in enumerate(texts):
            if _KANA.search(text):
                found[i] = "ja"
                continue
            han = len(_HAN.findall(text))
            if han and han >= len(_LATIN_LETTER.findall(text)):
                found[i] = "zh"
            elif _LATIN_LETTER.search(text):
                latin.append(i)
        if latin:
            if self._detector is None:
                self._thread.join()
            languages = self._detector.detect_languages_in_parallel_of(
                [texts[i][:_MAX_CHARS] for i in latin]
            )
            for i, language in zip(latin, languages, strict=True):
                if language is not None:
                    found[i] = str(language.iso_code_639_1.name.lower())
        return found
