"""Combining an Amazon return reason code with what the buyer's words say.

The code is a prior: it decides alone when the comment is empty or says nothing actionable
(text cause "other"), and it tilts the text's probabilities towards its own causes otherwise.
Undeliverable codes are logistics and always give shipping_delivery, never a product cause.

reason_mismatch kinds (None when the words fit the code, or there is no code or no usable text):
- "seller_fault_code_buyer_remorse_words": a seller-fault code (DEFECTIVE, NOT_AS_DESCRIBED, ...)
  with words of remorse ("no longer needed", "ordered by mistake").
- "problem_code_buyer_remorse_words": a product code that is not the seller's fault
  (DAMAGED_BY_CARRIER, APPAREL_TOO_SMALL, NOT_COMPATIBLE, ...) with words of remorse.
- "remorse_code_product_problem_words": a remorse code (UNWANTED_ITEM, MISORDERED, ...) with words
  describing a product problem ("broke after a day") - the fault may be the seller's after all.
- "remorse_code_delivery_words": a remorse code with words about a delivery problem.
- "product_code_delivery_words": a product code with words about a delivery problem only.
- "delivery_code_product_problem_words": a delivery code with words about a product problem.
- "code_cause_differs": a product code whose words name a different, incompatible product cause
  (SWITCHEROO + "stopped working after a week").
"""

from __future__ import annotations

from dataclasses import dataclass

from vocloop.analysis.classify.decision import SAFETY, TextDecision
from vocloop.analysis.taxonomy import PRODUCT_CAUSES, find_reason_code_cause, is_undeliverable

# How strongly the buyer's chosen code tilts the text probabilities towards its causes.
PRIOR_BOOST = 2.0
# Text causes counted as consistent with each default cause of a reason code.
COMPATIBLE: dict[str, frozenset[str]] = {
    "quality_defect": frozenset(
        {"quality_defect", "performance_below_expectation", "damaged_on_arrival", "used_or_not_new"}
    ),
    "performance_below_expectation": frozenset(
        {
            "performance_below_expectation",
            "quality_defect",
            "not_as_described",
            "used_or_not_new",
            "damaged_on_arrival",
        }
    ),
    "not_as_described": frozenset(
        {
            "not_as_described",
            "wrong_item",
            "missing_parts",
            "size_fit",
            "compatibility",
            "performance_below_expectation",
            "used_or_not_new",
            "quality_defect",
        }
    ),
    "missing_parts": frozenset(
        {"missing_parts", "not_as_described", "wrong_item", "used_or_not_new"}
    ),
    "wrong_item": frozenset(
        {"wrong_item", "not_as_described", "size_fit", "missing_parts", "used_or_not_new"}
    ),
    "damaged_on_arrival": frozenset({"damaged_on_arrival", "quality_defect", "missing_parts"}),
    "compatibility": frozenset(
        {"compatibility", "size_fit", "not_as_described", "usage_difficulty"}
    ),
    "usage_difficulty": frozenset(
        {"usage_difficulty", "missing_parts", "compatibility", "quality_defect"}
    ),
    "size_fit": frozenset({"size_fit", "not_as_described", "wrong_item"}),
    "safety_concern": frozenset({"safety_concern", "quality_defect"}),
    "buyer_remorse": frozenset({"buyer_remorse"}),
    "shipping_delivery": frozenset({"shipping_delivery", "buyer_remorse"}),
}
# Below this share of probability on the code's causes, words and code disagree.
MISMATCH_MAX_SUPPORT = 0.3
# Confidence of a cause read from the code alone (no usable words): buyers pick codes loosely.
CODE_ONLY_CONFIDENCE = 0.5
UNDELIVERABLE_CONFIDENCE = 0.99
SECONDARY_MIN_PROBABILITY = 0.2


@dataclass(frozen=True)
class Combined:
    """Final cause after combining words and reason code."""

    root_cause: str
    secondary: str | None
    confidence: float
    reason_cause: str | None
    reason_mismatch: str | None


def _group(cause: str) -> str:
    if cause == "buyer_remorse":
        return "remorse"
    if cause == "shipping_delivery":
        return "delivery"
    if cause in PRODUCT_CAUSES:
        return "product"
    return "other"


def _mismatch_kind(code_cause: str, seller_fault: bool, text_cause: str) -> str | None:
    code_group, text_group = _group(code_cause), _group(text_cause)
    if text_group == "other":
        return None
    if code_group == "product":
        if text_group == "remorse":
            return (
                "seller_fault_code_buyer_remorse_words"
                if seller_fault
                else "problem_code_buyer_remorse_words"
            )
        if text_group == "delivery":
            return "product_code_delivery_words"
        return "code_cause_differs"
    if code_group == "remorse":
        return (
            "remorse_code_product_problem_words"
            if text_group == "product"
            else ("remorse_code_delivery_words" if text_group == "delivery" else None)
        )
    if code_group == "delivery" and text_group == "product":
        return "delivery_code_product_problem_words"
    return None


def combine(decision: TextDecision | None, reason_code: str | None) -> Combined:
    """Merge the text decision (None: no usable words) with the reason code (None: no code)."""
    reason = find_reason_code_cause(reason_code)
    code_cause = reason.cause if reason is not None else None
    if reason_code is not None and is_undeliverable(reason_code):
        return Combined(
            "shipping_delivery", None, UNDELIVERABLE_CONFIDENCE, "shipping_delivery", None
        )
    if decision is None:
        if code_cause is None:
            return Combined("other", None, 1.0, None, None)
        return Combined(code_cause, None, CODE_ONLY_CONFIDENCE, code_cause, None)
    if code_cause is None or reason is None:
        return Combined(decision.cause, decision.secondary, decision.confidence, None, None)
    if decision.cause == "other":
        return Combined(code_cause, None, CODE_ONLY_CONFIDENCE, code_cause, None)

    compatible = COMPATIBLE.get(code_cause, frozenset({code_cause}))
    support = sum(p for code, p in decision.probabilities.items() if code in compatible)
    consistent = decision.cause in compatible or support >= MISMATCH_MAX_SUPPORT
    mismatch = (
        None if consistent else _mismatch_kind(code_cause, reason.seller_fault, decision.cause)
    )

    if decision.cause == SAFETY:  # precedence rule 1: safety words win over any code
        secondary = code_cause if code_cause != SAFETY else decision.secondary
        return Combined(SAFETY, secondary, decision.confidence, code_cause, mismatch)

    tilted = {
        code: p * (PRIOR_BOOST if code in compatible else 1.0)
        for code, p in decision.probabilities.items()
    }
    total = sum(tilted.values())
    ranked = sorted(tilted.items(), key=lambda item: (-item[1], item[0]))
    (root, top), (runner_up, second) = ranked[0], ranked[1]
    secondary = runner_up if second / total >= SECONDARY_MIN_PROBABILITY else None
    return Combined(root, secondary, top / total, code_cause, mismatch)
