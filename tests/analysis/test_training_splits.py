"""Grouped splits of the training pipeline: near-duplicates never sit on both sides of a split."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from vocloop.analysis.classify import Classifier
from vocloop.analysis.classify.lexicon import cue_hits

pytest.importorskip("sklearn")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))

from splits import duplicate_groups, grouped_folds, held_out_mask, near_duplicates

# Pairs of one complaint in two spellings or wordings, each pair a different code.
PAIRS = [
    ("entregado en otra dirección", "Entregado en otra dirección."),
    ("Does Not Work.", "Just does not work."),
    ("Lo pedí por error", "Lo pedí por error."),
    ("Waste of money.", "Waste of money!"),
    ("The zipper broke after one week.", "the zipper broke after one week"),
]
DISTINCT = [
    "The box arrived crushed and the glass was in pieces.",
    "I ordered blue socks and got red ones.",
    "Die Schuhe sind eine Nummer zu klein.",
    "説明書が分かりにくい。",
    "Il pacco non è mai arrivato.",
    "The charger got hot enough to burn my fingers.",
    "Two screws were missing from the bag.",
    "My cat refuses to eat this food.",
    "Le vendeur ne répond pas.",
    "It says organic on the page but not on the package.",
]


@pytest.fixture(scope="module")
def texts_and_vectors(classifier: Classifier) -> tuple[list[str], np.ndarray]:
    texts = [text for pair in PAIRS for text in pair] + DISTINCT
    return texts, classifier.embed(texts)


def test_near_duplicates_share_a_group_and_distinct_texts_do_not(
    texts_and_vectors: tuple[list[str], np.ndarray],
) -> None:
    texts, vectors = texts_and_vectors
    groups = duplicate_groups(texts, vectors)
    for i in range(len(PAIRS)):
        assert groups[2 * i] == groups[2 * i + 1], PAIRS[i]
    assert len(set(groups)) == len(PAIRS) + len(DISTINCT)


def test_folds_and_held_out_slice_never_split_a_group(
    texts_and_vectors: tuple[list[str], np.ndarray],
) -> None:
    texts, vectors = texts_and_vectors
    groups = duplicate_groups(texts, vectors)
    labels = ["a", "b"] * (len(texts) // 2)
    held_out = held_out_mask(labels, groups)
    assert 0 < held_out.sum() < len(texts)
    for group in set(groups):
        assert len(set(held_out[groups == group])) == 1
    seen: list[int] = []
    for train, test in grouped_folds(labels, groups, 3):
        assert not set(groups[train]) & set(groups[test])
        seen.extend(test.tolist())
    assert sorted(seen) == list(range(len(texts)))


def test_a_written_example_that_repeats_a_test_text_is_found(
    texts_and_vectors: tuple[list[str], np.ndarray],
) -> None:
    texts, vectors = texts_and_vectors
    written, tests = texts[::2], texts[1::2]
    matrix = near_duplicates(written, vectors[::2], tests, vectors[1::2])
    for i in range(len(PAIRS)):
        assert matrix[i, i]
    assert matrix.sum() == len(PAIRS)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Doesn't hold charge.", "quality_defect"),
        ("Low quality, would not buy again.", "quality_defect"),
        ("Tasty but not truly MSG-free.", "not_as_described"),
        ("Sold as gluten free, it contains wheat.", "not_as_described"),
    ],
)
def test_cue_words_for_the_confused_pairs(text: str, code: str) -> None:
    assert code in cue_hits(text)
