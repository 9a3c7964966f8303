"""The Classifier: language, text model, safety rule and reason code, batch in, records out."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import numpy.typing as npt

from vocloop.analysis.classify.decision import TextDecision, decide_text
from vocloop.analysis.classify.features import SentenceEmbedder, normalize_text
from vocloop.analysis.classify.langid import LanguageDetector
from vocloop.analysis.classify.model import MODEL_PATH, TextModel, load_text_model
from vocloop.analysis.classify.reasons import combine
from vocloop.analysis.classify.result import Classification
from vocloop.analysis.classify.safety import find_safety_hazard

# The rules are part of the model: their source goes into the version hash.
_RULE_MODULES = (
    "decision.py",
    "features.py",
    "langid.py",
    "lexicon.py",
    "model.py",
    "reasons.py",
    "safety.py",
)
_LETTER = re.compile(r"[^\W\d_]")
# Comments that hold no reason at all, in any of our languages.
_PLACEHOLDERS = frozenset(
    {
        "n/a",
        "na",
        "none",
        "no comment",
        "no comments",
        "nothing",
        "no reason",
        "-",
        "--",
        "keine",
        "kein kommentar",
        "keine angabe",
        "aucun",
        "aucune",
        "rien",
        "sans commentaire",
        "ninguno",
        "ninguna",
        "nada",
        "sin comentarios",
        "nessuno",
        "nessuna",
        "niente",
        "nessun commento",
        "なし",
        "特になし",
        "無し",
        "无",
        "没有",
        "无理由",
    }
)


def model_version(model_path: Path = MODEL_PATH) -> str:
    """Hash of the model file, the rule sources and the taxonomy: changes whenever any changes."""
    digest = hashlib.sha256(model_path.read_bytes())
    here = Path(__file__).parent
    for name in _RULE_MODULES:
        digest.update((here / name).read_bytes())
    digest.update((here.parent / "taxonomy.py").read_bytes())
    return f"rootcause-{digest.hexdigest()[:12]}"


def carries_text(text: str) -> bool:
    """False for empty comments, placeholders such as "n/a", and strings without letters."""
    stripped = text.strip().strip(".!?。！").strip().lower()
    return bool(_LETTER.search(stripped)) and stripped not in _PLACEHOLDERS


class Classifier:
    """Classifies complaint texts into the root-cause taxonomy; use load_classifier() to get one."""

    def __init__(self, model_path: Path = MODEL_PATH) -> None:
        self._languages = LanguageDetector()
        self._model: TextModel = load_text_model(model_path)
        self._embedder = SentenceEmbedder(threads=1)
        self._embedder.warm_up()
        self.version = model_version(model_path)

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """L2-normalised sentence vectors from the classifier's own encoder (topics reuse it)."""
        vectors: npt.NDArray[np.float32] = self._embedder.embed(texts)
        return vectors

    def classify(
        self,
        texts: Sequence[str],
        reasons: Sequence[str | None] | None = None,
        langs: Sequence[str | None] | None = None,
    ) -> list[Classification]:
        """One Classification per text, in order; reasons and langs are optional, aligned lists."""
        count = len(texts)
        if reasons is not None and len(reasons) != count:
            raise ValueError("reasons must have one entry per text")
        if langs is not None and len(langs) != count:
            raise ValueError("langs must have one entry per text")
        normalized = [normalize_text(text or "") for text in texts]
        usable = [i for i, text in enumerate(normalized) if carries_text(text)]
        usable_texts = [normalized[i] for i in usable]
        # Inline, not on a helper thread: there the Python-bound word features starved the
        # encoder (GIL convoy on its many short numpy calls) and halved throughput.
        word_scores, hazards = self._word_features(usable_texts)
        decisions: dict[int, TextDecision] = {}
        if usable:
            embeddings = self._embedder.embed(usable_texts)
            probabilities = self._model.probabilities(usable_texts, embeddings, word_scores)
            for row, i in enumerate(usable):
                decisions[i] = decide_text(
                    probabilities[row],
                    self._model.classes,
                    safety_hazard=hazards[row],
                    safety_rule_precision=self._model.safety_rule_precision,
                    secondary_min_probability=self._model.secondary_min_probability,
                )
        results = []
        for i, lang in enumerate(self._languages_of(normalized, langs)):
            decision = decisions.get(i)
            combined = combine(decision, reasons[i] if reasons is not None else None)
            results.append(
                Classification(
                    root_cause=combined.root_cause,
                    root_cause_secondary=combined.secondary,
                    confidence=round(float(np.clip(combined.confidence, 0.0, 1.0)), 3),
                    lang=lang,
                    text_cause=decision.cause if decision is not None else None,
                    reason_cause=combined.reason_cause,
                    reason_mismatch=combined.reason_mismatch,
                )
            )
        return results

    def _word_features(
        self, texts: list[str]
    ) -> tuple[tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]], list[bool]]:
        if not texts:
            empty = np.zeros((0, 0), dtype=np.float32)
            return (empty, empty), []
        return self._model.word_scores(texts), [find_safety_hazard(t) is not None for t in texts]

    def _languages_of(
        self, texts: list[str], langs: Sequence[str | None] | None
    ) -> list[str | None]:
        """The given language where there is one, else the detected one (None for empty text)."""
        found = [
            (value.strip().lower()[:2] or None) if value else None
            for value in (langs if langs is not None else [None] * len(texts))
        ]
        missing = [i for i, text in enumerate(texts) if found[i] is None and text]
        detected = self._languages.detect_many([texts[i] for i in missing])
        for i, lang in zip(missing, detected, strict=True):
            found[i] = lang
        return found
