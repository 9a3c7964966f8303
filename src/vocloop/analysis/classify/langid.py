"""Offline language detection for the marketplace languages (lingua + a script rule for CJK)."""

from __future__ import annotations

import re
import threading
from typing import Any

LANGUAGES = ("en", "de", "fr", "es", "it", "ja", "zh")
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
# Text written in Han characters only (no kana) is Japanese or Chinese. lingua answers Chinese
# for every such text, so we read the character forms: Japanese shinjitai and the traditional
# forms Japanese keeps, against their simplified Chinese counterparts (zh means zh-CN here), plus
# Chinese function words that Japanese does not write in kanji.
_JAPANESE_FORMS = frozenset(
    "説読売続経験駅気円壊払変戻済込発対応実図単両黒鉄価伝転楽薬関様遅違異損問題質後買貨見長車東"
    "電動時間開閉書無際現務無効検査剤録絵線紙細終結給縁級総練績織緑網縮"
    "側則負財責貸費資賞贈軽輸辺連週進過達遠適選還郵鋭錠鍋鏡門閉隣難雑電類額顔風飲飯館"
)
_CHINESE_FORMS = frozenset(
    "说读卖续经验驿气圆坏变戾济发对应实图单两黑铁价传转乐药关样迟违异损问题质后买货见长车东"
    "电动时间开闭书无际现务效检查剂录绘线纸细终结给缘级总练绩织绿网缩侧则负财责贷费资赏赠轻输"
    "边连周进过达远适选还邮锐锭锅镜门邻难杂类额颜风饮饭馆们这个没么吗呢吧很给让啊哪块坏烂"
)
# Japanese complaint words written without kana ("初期不良", "商品未着", "返品希望").
_JAPANESE_KANJI_WORDS = re.compile(
    r"未着|初期不良|不良品|不具合|欠品|返品|同梱|梱包|希望|至急|交換"
)
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
            han = _HAN.findall(text)
            # A Han character carries about a word: "iPhone充电线坏了" is Chinese.
            if han and 3 * len(han) >= len(_LATIN_LETTER.findall(text)):
                found[i] = _han_language(han, text)
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


def _han_language(han: list[str], text: str) -> str:
    """ja or zh for a text whose letters are Han characters without kana."""
    japanese = sum(char in _JAPANESE_FORMS for char in han)
    chinese = sum(char in _CHINESE_FORMS for char in han)
    if japanese != chinese:
        return "ja" if japanese > chinese else "zh"
    return "ja" if _JAPANESE_KANJI_WORDS.search(text) else "zh"
