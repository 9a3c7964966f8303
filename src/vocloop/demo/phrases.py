"""Customer text for the demo: picks a template for a cause and fills in the product's words."""

from __future__ import annotations

import random

from vocloop.demo import phrases_de, phrases_en, phrases_ja
from vocloop.demo.catalog import Product, Wording

LANGUAGES = ("en", "de", "ja")
RETURNS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": phrases_en.RETURNS,
    "de": phrases_de.RETURNS,
    "ja": phrases_ja.RETURNS,
}
REVIEWS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": phrases_en.REVIEWS,
    "de": phrases_de.REVIEWS,
    "ja": phrases_ja.REVIEWS,
}
FEEDBACK: dict[str, dict[str, tuple[str, ...]]] = {
    "en": phrases_en.FEEDBACK,
    "de": phrases_de.FEEDBACK,
    "ja": phrases_ja.FEEDBACK,
}
AUTHORS: dict[str, tuple[str, ...]] = {
    "en": phrases_en.AUTHORS,
    "de": phrases_de.AUTHORS,
    "ja": phrases_ja.AUTHORS,
}
ANONYMOUS_AUTHORS: dict[str, str] = {
    "en": phrases_en.ANONYMOUS_AUTHOR,
    "de": phrases_de.ANONYMOUS_AUTHOR,
    "ja": phrases_ja.ANONYMOUS_AUTHOR,
}
_ANY_DEVICE = {"en": "my other devices", "de": "meinen anderen Geräten", "ja": "手持ちの機器"}
_ANY_ACCESSORY = {"en": "manual", "de": "die Anleitung", "ja": "説明書"}
_WRONG_ORDER_REASONS = ("ORDERED_WRONG_ITEM", "MISORDERED")


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def render(template: str, wording: Wording, language: str, **extra: str) -> str:
    """Fill {item}, {part}, {device}, {accessory} and {weak} with the product's words."""
    accessory = wording.accessory or _ANY_ACCESSORY[language]
    return template.format(
        item=wording.item,
        Item=_capitalized(wording.item),
        part=wording.part,
        Part=_capitalized(wording.part),
        device=wording.device or _ANY_DEVICE[language],
        weak=wording.weak,
        accessory=accessory,
        Accessory=_capitalized(accessory),
        **extra,
    )


def comment_key(cause: str, product: Product, reason: str, tag: str) -> tuple[str, ...]:
    """The template keys a return comment for this cause and reason code may come from."""
    if tag == "supplier_change":
        return ("quality_defect/supplier_batch",)
    if cause == "quality_defect":
        return ("quality_defect", f"quality_defect/{product.family}")
    if cause == "size_fit":
        if product.category != "apparel":
            return ("size_fit/space",)
        return ("size_fit/large",) if reason == "APPAREL_TOO_LARGE" else ("size_fit/small",)
    if cause == "usage_difficulty" and product.usage_style:
        return (f"usage_difficulty/{product.usage_style}",)
    if cause == "buyer_remorse":
        if reason == "FOUND_BETTER_PRICE":
            return ("buyer_remorse/price",)
        if reason in _WRONG_ORDER_REASONS:
            return ("buyer_remorse/wrong_order",)
    return (cause,)


def comment_templates(language: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """All templates under the given keys, in key order (missing keys add nothing)."""
    table = RETURNS[language]
    return tuple(template for key in keys for template in table.get(key, ()))


def complaint(
    rng: random.Random,
    language: str,
    product: Product,
    cause: str,
    *,
    reason: str = "",
    tag: str = "",
) -> str:
    """One customer sentence (or two) about this cause, in the store's language."""
    wording = product.wording[language]
    templates = comment_templates(language, comment_key(cause, product, reason, tag))
    return render(rng.choice(templates), wording, language)


def review_text(rng: random.Random, language: str, key: str, product: Product, **extra: str) -> str:
    """A review title or body template under `key`, filled for the product."""
    return render(rng.choice(REVIEWS[language][key]), product.wording[language], language, **extra)


def feedback_text(rng: random.Random, language: str, key: str) -> str:
    """A seller feedback comment or reply that names no product."""
    return rng.choice(FEEDBACK[language][key])


def author(rng: random.Random, language: str) -> str:
    """A reviewer's public name; many buyers keep Amazon's default."""
    if rng.random() < 0.3:
        return ANONYMOUS_AUTHORS[language]
    return rng.choice(AUTHORS[language])
