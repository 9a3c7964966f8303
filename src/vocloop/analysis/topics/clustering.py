"""Grouping sentence vectors: average-linkage clustering and nearest-centroid assignment."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]


def unit(vectors: Vectors) -> Vectors:
    """Rows scaled to length 1 (zero rows stay zero)."""
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    result: Vectors = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
    return result


def agglomerate(
    vectors: Vectors, weights: npt.NDArray[np.float64], threshold: float
) -> list[list[int]]:
    """Average-linkage clusters of unit vectors: merge while two groups' mean cosine >= threshold.

    weights counts how many texts each (unique) vector stands for, so a comment written 20 times
    pulls as much as 20 texts. Ties break by row order, so the result is deterministic.
    """
    count = len(vectors)
    if count == 0:
        return []
    similarity = (vectors @ vectors.T).astype(np.float64)
    np.fill_diagonal(similarity, -np.inf)
    sizes = weights.astype(np.float64).copy()
    active = np.ones(count, dtype=bool)
    members: list[list[int]] = [[i] for i in range(count)]
    while True:
        masked = np.where(active[:, None] & active[None, :], similarity, -np.inf)
        first, second = divmod(int(np.argmax(masked)), count)
        if masked[first, second] < threshold:
            break
        keep, gone = min(first, second), max(first, second)
        merged = (sizes[keep] * similarity[keep] + sizes[gone] * similarity[gone]) / (
            sizes[keep] + sizes[gone]
        )
        similarity[keep, :] = merged
        similarity[:, keep] = merged
        similarity[keep, keep] = -np.inf
        sizes[keep] += sizes[gone]
        active[gone] = False
        members[keep].extend(members[gone])
        members[gone] = []
    return [sorted(members[i]) for i in range(count) if active[i]]


def nearest(
    vectors: Vectors, centroids: Vectors, threshold: float
) -> list[tuple[int, float] | None]:
    """For each unit vector, (row of the most similar centroid, cosine) when >= threshold."""
    if len(vectors) == 0 or len(centroids) == 0:
        return [None] * len(vectors)
    similarity = vectors @ unit(centroids).T
    best = np.argmax(similarity, axis=1)
    found: list[tuple[int, float] | None] = []
    for row, column in enumerate(best):
        value = float(similarity[row, column])
        found.append((int(column), value) if value >= threshold else None)
    return found
