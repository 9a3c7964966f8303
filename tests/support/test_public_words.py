"""Buyer-facing words fall back to English; public form limits count per key."""

from __future__ import annotations

import pytest

from vocloop.web.public_texts import add_public_texts, public_text
from vocloop.web.ratelimit import SlidingWindow


def test_public_text_uses_the_buyer_language_then_english() -> None:
    assert public_text("public.contact", "ja") == "お問い合わせ"
    assert public_text("public.contact", "pt") == "Contact us"


def test_public_texts_need_english_and_new_keys() -> None:
    with pytest.raises(ValueError, match="without English"):
        add_public_texts({"test.only_german": {"de": "Nur Deutsch"}})
    with pytest.raises(ValueError, match="defined twice"):
        add_public_texts({"public.contact": {"en": "Again"}})


def test_sliding_window_limits_each_key_on_its_own() -> None:
    limit = SlidingWindow(limit=2, window=60)
    assert [limit.allow("1.2.3.4") for _ in range(3)] == [True, True, False]
    assert limit.allow("5.6.7.8") is True
    assert limit.retry_after("1.2.3.4") > 0
    assert limit.retry_after("5.6.7.8") == 0
