"""Language detection: Japanese written in kanji only is not mistaken for Chinese, and back."""

from __future__ import annotations

import pytest

from vocloop.analysis.classify.langid import LanguageDetector

# Short return-form comments as Japanese buyers type them, without any kana.
KANJI_ONLY_JAPANESE = [
    "初期不良。返品希望。",
    "商品未着",
    "外箱破損、本体割有。",
    "説明書無、組立不能。",
    "電源入不可",
    "付属品欠品",
    "注文品相違、交換希望",
    "配送遅延",
]
# Simplified Chinese tickets, some of them just as short.
CHINESE = [
    "质量太差，用了三天就坏了。",
    "发错货了",
    "快递一直没到",
    "尺码偏小",
    "说明书看不懂",
    "颜色和图片不一样",
    "充电器不能用",
    "包装破损",
]


@pytest.fixture(scope="module")
def detector() -> LanguageDetector:
    return LanguageDetector()


def test_kanji_only_japanese_is_japanese(detector: LanguageDetector) -> None:
    assert detector.detect_many(KANJI_ONLY_JAPANESE) == ["ja"] * len(KANJI_ONLY_JAPANESE)


def test_simplified_chinese_stays_chinese(detector: LanguageDetector) -> None:
    assert detector.detect_many(CHINESE) == ["zh"] * len(CHINESE)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("荷物がまだ届きません。", "ja"),  # kana decides at once
        ("Der Akku hält nicht lange.", "de"),
        ("La batería no dura nada.", "es"),
        ("iPhone充电线坏了", "zh"),  # a Latin brand name does not make it English
        ("12345", None),
    ],
)
def test_other_scripts_and_mixed_text(detector: LanguageDetector, text: str, lang: str) -> None:
    assert detector.detect(text) == lang
