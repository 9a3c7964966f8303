"""The checker's learned second opinion: a linear model on sentence vectors that recognises a
review ask, an incentive or a way off Amazon in wording no rule has seen.

It speaks only when the rules found nothing to flag, and then as a warning (a human signs off),
never as an error: it is a judgement, not a match. The finding points at the sentence the model
finds most telling and names the rule it most likely breaks. Trained by
training/train_policy_model.py; the figures are in benchmarks/README.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from vocloop.policy.rules import RULES_BY_ID, Channel

MODEL_PATH = Path(__file__).parent / "model" / "policy_model.npz"
THRESHOLD = 0.91  # forward-chained first sight: +2-3 points detection, no more flags
MIN_CHARS = 12  # a word or two says too little for a vector to judge
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")


@dataclass(frozen=True)
class Judgement:
    probability: float
    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class _Model:
    detector_coef: npt.NDArray[np.float32]
    detector_intercept: float
    rule_coef: npt.NDArray[np.float32]
    rule_intercept: npt.NDArray[np.float32]
    rules: tuple[str, ...]


@cache
def _model() -> _Model | None:
    if not MODEL_PATH.exists():
        return None
    with np.load(MODEL_PATH) as stored:
        return _Model(
            stored["detector_coef"],
            float(stored["detector_intercept"]),
            stored["rule_coef"],
            stored["rule_intercept"],
            tuple(str(rule) for rule in stored["rules"]),
        )


def _embed(texts: list[str]) -> npt.NDArray[np.float32]:
    # Imported on first use: the encoder costs a second or two to load, and texts the rules
    # already flag never need it.
    from vocloop.analysis.classify.embedding_api import embed

    return embed(texts)


def _probability(model: _Model, vectors: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    scores = vectors.astype(np.float64) @ model.detector_coef + model.detector_intercept
    return 1.0 / (1.0 + np.exp(-scores))


def judge(text: str, channel: Channel) -> Judgement | None:
    """The model's verdict on a text the rules passed: None when it sees no violation."""
    model = _model()
    if model is None or len(text.strip()) < MIN_CHARS:
        return None
    [probability] = _probability(model, _embed([text]))
    if probability < THRESHOLD:
        return None
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
    start, end = 0, len(text)
    if len(sentences) > 1:
        scores = _probability(model, _embed([text[a:b] for a, b in sentences]))
        start, end = sentences[int(np.argmax(scores))]
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    vector = _embed([text])[0].astype(np.float64)
    rule_scores = model.rule_coef @ vector + model.rule_intercept
    ranked = [model.rules[i] for i in np.argsort(-rule_scores)]
    applicable = [r for r in ranked if r in RULES_BY_ID and RULES_BY_ID[r].severity_in(channel)]
    if not applicable:
        return None
    return Judgement(float(probability), applicable[0], start, end)
