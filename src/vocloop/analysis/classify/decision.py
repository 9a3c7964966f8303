"""From class probabilities and the safety rule to a text cause, runner-up and confidence."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from vocloop.analysis.classify.features import FloatArray

SAFETY = "safety_concern"


@dataclass(frozen=True)
class TextDecision:
    """What the words alone say: primary, runner-up and the probability of the primary."""

    cause: str
    secondary: str | None
    confidence: float
    probabilities: dict[str, float]


def decide_text(
    probabilities: FloatArray,
    classes: tuple[str, ...],
    *,
    safety_hazard: bool,
    safety_rule_precision: float,
    secondary_min_probability: float,
) -> TextDecision:
    """Apply precedence rule 1 (a safety hazard in the words wins) to one row of probabilities."""
    order = [int(i) for i in np.argsort(-probabilities, kind="stable")]
    ranked = [(classes[i], float(probabilities[i])) for i in order]
    by_code = dict(ranked)
    if safety_hazard:
        # The rule's measured precision is the probability that a flagged text is a safety case.
        confidence = max(by_code[SAFETY], safety_rule_precision)
        runner_up = next(code for code, _ in ranked if code != SAFETY)
        secondary = runner_up if by_code[runner_up] >= secondary_min_probability else None
        return TextDecision(SAFETY, secondary, confidence, by_code)
    primary, confidence = ranked[0]
    second, second_probability = ranked[1]
    secondary = second if second_probability >= secondary_min_probability else None
    return TextDecision(primary, secondary, confidence, by_code)
