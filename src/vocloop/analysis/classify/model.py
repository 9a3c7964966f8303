"""The shipped text model: plain numpy arrays loaded from an .npz, scored without scikit-learn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from vocloop.analysis.classify.features import CharNgramScorer, FloatArray, cue_features

MODEL_DIR = Path(__file__).parent / "model"
MODEL_PATH = MODEL_DIR / "text_model.npz"


def _log_softmax(logits: npt.NDArray[Any]) -> npt.NDArray[np.float64]:
    shifted = np.asarray(logits, dtype=np.float64)
    shifted = shifted - shifted.max(axis=1, keepdims=True)
    result: npt.NDArray[np.float64] = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return result


@dataclass(frozen=True)
class TextModel:
    """Two linear heads (sentence embedding + cue flags; char n-grams) blended in log space."""

    classes: tuple[str, ...]
    embedding_coef: FloatArray  # (512 + cues, classes)
    embedding_intercept: FloatArray
    cue_scale: float
    ngram_vocabulary: dict[str, int]
    ngram_idf: FloatArray
    ngram_coef: FloatArray  # (vocabulary, classes)
    ngram_intercept: FloatArray
    ngram_blend: float
    temperature: float
    safety_rule_precision: float
    secondary_min_probability: float
    _scorer: CharNgramScorer = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        scorer = CharNgramScorer(self.ngram_vocabulary, self.ngram_idf, self.ngram_coef)
        object.__setattr__(self, "_scorer", scorer)

    def word_scores(self, texts: Sequence[str]) -> tuple[FloatArray, FloatArray]:
        """The parts read from the words alone (cue flags, n-gram logits): pure Python work that
        can run on another thread while the embedding's matrix products hold the first core."""
        return cue_features(texts), self._scorer.scores(texts)

    def probabilities(
        self,
        texts: Sequence[str],
        embeddings: FloatArray,
        word_scores: tuple[FloatArray, FloatArray] | None = None,
    ) -> FloatArray:
        """Calibrated class probabilities, one row per (normalised, non-empty) text."""
        if not texts:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        cues, ngram_scores = word_scores if word_scores is not None else self.word_scores(texts)
        features = np.hstack([embeddings, self.cue_scale * cues])
        embedding_logits = features @ self.embedding_coef + self.embedding_intercept
        ngram_logits = ngram_scores + self.ngram_intercept
        blended = (1.0 - self.ngram_blend) * _log_softmax(
            embedding_logits
        ) + self.ngram_blend * _log_softmax(ngram_logits)
        calibrated: FloatArray = np.exp(_log_softmax(blended / self.temperature)).astype(np.float32)
        return calibrated


def save_text_model(model: TextModel, path: Path) -> None:
    """Write model as an uncompressed .npz of plain arrays (no pickle)."""
    vocabulary = sorted(model.ngram_vocabulary, key=model.ngram_vocabulary.__getitem__)
    np.savez(
        path,
        classes=np.array(model.classes),
        embedding_coef=model.embedding_coef.astype(np.float32),
        embedding_intercept=model.embedding_intercept.astype(np.float32),
        ngram_vocabulary=np.array(vocabulary),
        ngram_idf=model.ngram_idf.astype(np.float32),
        ngram_coef=model.ngram_coef.astype(np.float32),
        ngram_intercept=model.ngram_intercept.astype(np.float32),
        scalars=np.array(
            [
                model.cue_scale,
                model.ngram_blend,
                model.temperature,
                model.safety_rule_precision,
                model.secondary_min_probability,
            ],
            dtype=np.float64,
        ),
    )


def load_text_model(path: Path = MODEL_PATH) -> TextModel:
    """Read a model written by save_text_model."""
    with np.load(path, allow_pickle=False) as data:
        vocabulary = data["ngram_vocabulary"].tolist()
        scalars = data["scalars"].tolist()
        return TextModel(
            classes=tuple(data["classes"].tolist()),
            embedding_coef=data["embedding_coef"],
            embedding_intercept=data["embedding_intercept"],
            cue_scale=scalars[0],
            ngram_vocabulary={gram: i for i, gram in enumerate(vocabulary)},
            ngram_idf=data["ngram_idf"],
            ngram_coef=data["ngram_coef"],
            ngram_intercept=data["ngram_intercept"],
            ngram_blend=scalars[1],
            temperature=scalars[2],
            safety_rule_precision=scalars[3],
            secondary_min_probability=scalars[4],
        )
