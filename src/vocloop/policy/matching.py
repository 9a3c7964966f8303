"""Detectors: a pattern in one language, the context it needs and the contexts that clear it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from vocloop.policy.normalize import NormalText


class Scope(StrEnum):
    SENTENCE = "sentence"  # the sentence holding the match
    WINDOW = "window"  # that sentence and its neighbours ("Happy? Review us. Not happy? Email us.")
    TEXT = "text"  # the whole text (form-level rules)


@dataclass(frozen=True)
class Detector:
    """A pattern that finds one rule's offence in one language.

    `requires` must also match inside the scope, `unless` clears the match when it matches inside
    the scope (innocent readings), and `negatable` lets a nearby negation ("we never ask you to
    change a review") clear it. `severity` overrides the rule's channel severity when set.
    """

    rule: str
    lang: str
    pattern: re.Pattern[str]
    requires: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    scope: Scope = Scope.SENTENCE
    negatable: bool = True
    severity: str | None = None


@dataclass(frozen=True)
class Hit:
    detector: Detector
    start: int  # offsets in the normalised text
    end: int


# Negation words per language; "don't hesitate", "no matter", "not only" are not negations.
_NEGATION = {
    "en": r"\b(?:not|never|no|don'?t|doesn'?t|won'?t|cannot|can'?t|nor|without)\b"
    r"(?!\s+(?:hesitate|matter|only|problem|questions?\b|choice\s+but))",
    "de": r"\b(?:nicht|nie|niemals|kein|keine|keinen|keiner|ohne)\b(?!\s+(?:zögern|nur))",
    "fr": r"\b(?:ne|n'|jamais|aucun|aucune|sans|pas)\b(?!\s+(?:hésitez|seulement))",
    "es": r"\b(?:no|nunca|jamás|ningún|ninguna|sin)\b(?!\s+(?:dude|dudes|importa|solo|liarte|"
    r"complicarte|hacerte\s+esperar))",
    "it": r"\b(?:non|mai|nessun|nessuna|senza)\b(?!\s+(?:esitate|esitare|esiti|solo))",
    "zh": r"(?:不|没|无|别|勿|绝不|从不|从未|决不|禁止)(?!满|好意思|管|论|仅|知|如)",
}
_NEGATION_RE = {lang: re.compile(pattern) for lang, pattern in _NEGATION.items()}
# Japanese negates after the verb: 「削除をお願いすることはありません」.
_JA_NEGATION = re.compile(
    r"(?:ません|ない|(?<!必)(?<!ま)(?<!先)ず(?!つ)|なし|無し|禁止|いたしかねます)"
)
# 「～していただけないでしょうか」 asks politely; it negates nothing.
_JA_POLITE_ASK = re.compile(r"(?:いただけ|頂け|もらえ|くれ|ませ)(?:ない|ません)(?:でしょうか|か)")
# A negation inside an if-clause ("if you're not happy, ...") does not negate what follows it.
_CONDITIONAL = re.compile(
    r"\b(?:if|when|unless|wenn|falls|sofern|si|se|qualora)\b|如果|若|要是|\?",
)
_CLAUSE_END = re.compile(r"[,;:，；：]")
# "No review needed – but 5 stars make our day": a negation before "but" does not reach past it.
CONTRAST = re.compile(
    r"\b(?:but|aber|doch|jedoch|mais|pero|ma|però)\b|但是|不过|でも|"
    r"しかし|(?:ません|ない)が[、,]"
)
_WORD = re.compile(r"\S+")


def is_negated(normal: NormalText, start: int, end: int, lang: str) -> bool:
    """Whether a negation governs the match starting at `start` in its sentence."""
    sentence_start, sentence_end = normal.sentences[normal.sentence_at(start)]
    if lang == "ja":
        after = _JA_POLITE_ASK.sub("", normal.text[end : min(sentence_end, end + 24)])
        return bool(_JA_NEGATION.search(after[:24]))
    negation = _NEGATION_RE.get(lang)
    if negation is None:
        return False
    before = normal.text[sentence_start:start]
    if lang == "zh":
        # Only a negation in the hit's own clause: "说不清楚，请加我们微信" asks.
        window = re.split(r"[,，;；:：]", before[-12:])[-1]
        found = list(negation.finditer(window))
        if not found:
            return False
        clause = re.split(r"[,，;；]", window[: found[-1].start()])[-1]
        return not _CONDITIONAL.search(clause)
    words = list(_WORD.finditer(before))[-7:]
    if not words:
        return False
    for negation_word in negation.finditer(before, words[0].start()):
        boundaries = [m.end() for m in _CLAUSE_END.finditer(before, 0, negation_word.start())]
        clause = before[(boundaries[-1] if boundaries else 0) : negation_word.start()]
        # "won't ship it unless you update your review": the condition shields the match.
        between = before[negation_word.end() :]
        if CONTRAST.search(between):
            continue
        if not _CONDITIONAL.search(clause) and not _CONDITIONAL.search(between):
            return True
    return False


def scope_span(normal: NormalText, start: int, scope: Scope) -> tuple[int, int]:
    if scope is Scope.TEXT:
        return 0, len(normal.text)
    index = normal.sentence_at(start)
    if scope is Scope.SENTENCE:
        return normal.sentences[index]
    first = normal.sentences[max(0, index - 1)][0]
    last = normal.sentences[min(len(normal.sentences) - 1, index + 1)][1]
    return first, last


def run_detector(normal: NormalText, detector: Detector, text_lang: str = "en") -> Iterator[Hit]:
    """Every place the detector fires, after its context, innocent-use and negation checks.
    Detectors written for every language ("any") read negation in the text's language."""
    negation_lang = text_lang if detector.lang == "any" else detector.lang
    for match in detector.pattern.finditer(normal.text):
        start, end = match.span()
        if end <= start:
            continue
        low, high = scope_span(normal, start, detector.scope)
        context = normal.text[low:high]
        if detector.requires is not None and not detector.requires.search(context):
            continue
        if detector.unless is not None and detector.unless.search(context):
            continue
        if detector.negatable and is_negated(normal, start, end, negation_lang):
            continue
        yield Hit(detector, start, end)
