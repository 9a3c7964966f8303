"""A topic's label: the most telling clause of its most typical texts, in their own language."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

LABEL_MAX_CHARS = 60
_CJK_RUN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CLAUSE_END = re.compile(r"(?<=[.!?;。！？；])\s*|\s*[,、，]\s*")
# Words that carry no issue in any of our languages; everything else may be salient.
_STOP_WORDS_TEXT = """
    the and a an is it was this that to of in on for with my me i its but not no at be
    after before then just so very too all only one has have had are were will would
    der die das und ist es war ein eine nicht mit mir ich sich zu den dem des nach auch
    aber noch nur schon sehr wie bei für auf im am von
    le la les et est il elle un une des du de pas avec mon ma je en au ne que qui
    el los las y es un una con mi yo en del que no se lo por para
    il lo gli e è un una con mio io di da che non si per
"""
_STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


def tokens(text: str) -> list[str]:
    """Lower-case words, plus character pairs inside Chinese/Japanese runs (no spaces there)."""
    lowered = text.lower()
    found = [word for word in _WORD.findall(_CJK_RUN.sub(" ", lowered)) if word not in _STOP_WORDS]
    for run in _CJK_RUN.findall(lowered):
        found.extend(run[i : i + 2] for i in range(len(run) - 1))
    return found


def salience(members: Sequence[str], background: Sequence[str]) -> dict[str, float]:
    """Share of members using each token, times how rare it is in the background (class TF-IDF)."""
    member_counts = Counter(token for text in members for token in set(tokens(text)))
    background_counts = Counter(token for text in background for token in set(tokens(text)))
    total = max(len(background), 1)
    return {
        token: (count / len(members)) * math.log(1 + total / (1 + background_counts[token]))
        for token, count in member_counts.items()
    }


def clauses(text: str) -> list[str]:
    """The sentence and comma pieces of a text, trimmed."""
    return [
        piece.strip(" .!?;。！？；")
        for piece in _CLAUSE_END.split(text)
        if piece.strip(" .!?;。！？；")
    ]


def shorten(text: str, limit: int = LABEL_MAX_CHARS) -> str:
    """At most `limit` characters, cut at a word boundary where there is one, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut) + "…"


def choose_label(representatives: Sequence[str], weights: dict[str, float]) -> tuple[str, int]:
    """The clause of the representative texts (most typical first) whose tokens say most.

    Returns the label and the index of the text it came from (whose language it is in).
    """
    best, best_rank, best_score = "", 0, -1.0
    for rank, text in enumerate(representatives):
        for place, clause in enumerate(clauses(text) or [text]):
            clause_tokens = tokens(clause)
            if not clause_tokens:
                continue
            score = sum(weights.get(token, 0.0) for token in set(clause_tokens))
            # Customers state the problem first; later clauses and less typical texts weigh less.
            score /= math.sqrt(len(clause_tokens)) * (1 + 0.1 * rank) * (1 + 0.25 * place)
            if score > best_score:
                best, best_rank, best_score = clause, rank, score
    return shorten(best or (representatives[0] if representatives else "")), best_rank
