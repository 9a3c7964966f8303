"""Amazon's FBA returns-processing fee, as data: the rule and the category thresholds we know.

Rule (Amazon, "2024 returns processing fee changes", effective 2024-06-01): for the units of an
ASIN shipped in month M, the return rate is the share of them returned during M, M+1 and M+2;
each returned unit above the category's threshold is charged the fee, billed in M+3; a month with
fewer than 25 shipped units is exempt. Apparel and shoes are charged on every returned unit
(Seller Central help page "Returns processing fee"), so they have no threshold to stay under.

Amazon publishes the thresholds per fee category on the FBA Returns dashboard; they run from 2.9%
(grocery and gourmet) to 12.8% (backpacks, handbags, luggage). Only the figures below were found in
public sources (checked 2026-11-28); for any other category the seller types the threshold their
dashboard shows (`vocloop fees threshold CATEGORY RATE`), which also overrides these.
"""

from __future__ import annotations

from dataclasses import dataclass

EXEMPT_BELOW_UNITS = 25
WINDOW_MONTHS = 3  # the shipping month and the two after it


@dataclass(frozen=True)
class CategoryRule:
    names: tuple[str, ...]  # lower-case names and synonyms a product's category may carry
    threshold: float | None  # None: every returned unit is charged
    source: str


BUILT_IN: tuple[CategoryRule, ...] = (
    CategoryRule(
        ("grocery", "grocery & gourmet", "grocery and gourmet food", "食品"),
        0.029,
        "Amazon via teikametrics.com (2024): lowest category threshold, grocery and gourmet",
    ),
    CategoryRule(
        ("luggage", "backpacks", "handbags", "backpacks, handbags & luggage", "箱包"),
        0.128,
        "Amazon via teikametrics.com (2024): highest category threshold",
    ),
    CategoryRule(
        ("home & kitchen", "home and kitchen", "kitchen", "家居厨房"),
        0.081,
        "Secondary source (2025 blog citing Amazon's dashboard): Home & Kitchen 8.1%",
    ),
    CategoryRule(
        ("apparel", "clothing", "shoes", "服装", "鞋"),
        None,
        "Amazon Seller Central help 'Returns processing fee': charged on every returned unit",
    ),
)


def find_rule(category: str | None) -> CategoryRule | None:
    if not category:
        return None
    key = category.strip().casefold()
    for rule in BUILT_IN:
        if key in rule.names:
            return rule
    return None
