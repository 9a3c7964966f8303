"""check_text: run the rules for a channel over a text and return findings with original offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from typing import TYPE_CHECKING

from vocloop.errors import UserError
from vocloop.policy.innocent import board_game, buyer_question, cleared
from vocloop.policy.learned import judge
from vocloop.policy.lexicon_content import CONTENT_DETECTORS
from vocloop.policy.lexicon_disclosed import DISCLOSED_DETECTORS
from vocloop.policy.lexicon_diversion import DIVERSION_DETECTORS
from vocloop.policy.lexicon_followups import FOLLOWUP_DETECTORS
from vocloop.policy.lexicon_indirect import INDIRECT_DETECTORS
from vocloop.policy.lexicon_messages import (
    COURTESY,
    MESSAGE_DETECTORS,
    MESSAGE_PURPOSE,
    REVIEW_REQUEST,
    THANKS,
)
from vocloop.policy.lexicon_paraphrase import PARAPHRASE_DETECTORS
from vocloop.policy.lexicon_returns import RETURN_DETECTORS
from vocloop.policy.lexicon_reviews import REVIEW_DETECTORS
from vocloop.policy.lexicon_semantic import SEMANTIC_DETECTORS
from vocloop.policy.lexicon_veiled import VEILED_DETECTORS
from vocloop.policy.matching import Detector, Hit, run_detector
from vocloop.policy.normalize import NormalText, normalise
from vocloop.policy.rules import DEFAULT_CHANNEL, RULES_BY_ID, Channel, Severity
from vocloop.policy.vocab import LANGS

if TYPE_CHECKING:
    from vocloop.analysis.classify.langid import LanguageDetector

DETECTORS: tuple[Detector, ...] = (
    REVIEW_DETECTORS
    + DIVERSION_DETECTORS
    + MESSAGE_DETECTORS
    + SEMANTIC_DETECTORS
    + PARAPHRASE_DETECTORS
    + INDIRECT_DETECTORS
    + RETURN_DETECTORS
    + CONTENT_DETECTORS
    + DISCLOSED_DETECTORS
    + FOLLOWUP_DETECTORS
    + VEILED_DETECTORS
)
_ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
_PERSONAL_FIELDS = re.compile(
    r"\b(?:name|e-?mail|phone|address|date\s+of\s+birth|vorname|nachname|telefon|adresse|"
    r"anschrift|nom|prénom|téléphone|nombre|apellido|correo|teléfono|dirección|nome|cognome|"
    r"telefono|indirizzo)\b|氏名|お名前|メールアドレス|電話番号|住所|姓名|邮箱|电话|地址"
)
_PRIVACY = re.compile(
    r"privacy|data\s+protection|datenschutz|confidentialité|données\s+personnelles|privacidad|"
    r"protección\s+de\s+datos|riservatezza|プライバシー|個人情報|隐私|个人信息|data\s+controller|"
    r"responsable\s+du\s+traitement|responsable\s+del\s+tratamiento|titolare\s+del\s+trattamento|"
    r"datenverantwortlich|数据控制者|数据保护"
)
_LINE_MIN_CHARS = 15
_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


@dataclass(frozen=True)
class Finding:
    """One problem: the rule, how bad it is, where (character offsets into the text), and advice."""

    rule: str
    severity: Severity
    start: int
    end: int
    span: str
    message: str
    hint: str
    lang: str

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["severity"] = self.severity.value
        return data


@cache
def _language_detector() -> LanguageDetector:
    # Imported on first use: the classifier package loads numpy and the sentence encoder, which
    # a text with a given language never needs.
    from vocloop.analysis.classify.langid import LanguageDetector

    return LanguageDetector()


def detect_text_language(text: str) -> str:
    """The marketplace language of a text (en when it cannot be told), as vocloop's classifier."""
    return _languages(text)[0]


def _languages(text: str) -> list[str]:
    """The text's main language first, then those of its longer lines (EU inserts repeat one
    message in several languages, one block each)."""
    found = _language_detector()
    lines = [line for line in text.splitlines() if len(line.strip()) >= _LINE_MIN_CHARS]
    detected = found.detect_many([text, *lines]) if len(lines) > 1 else [found.detect(text)]
    main = detected[0] or "en"
    return [main, *(lang for lang in detected[1:] if lang and lang != main)]


def check_text(
    text: str,
    lang: str = "auto",
    channel: Channel | str = DEFAULT_CHANNEL,
    *,
    output_lang: str = "en",
    learned: bool = True,
) -> list[Finding]:
    """Every policy finding for `text` sent or shown through `channel`, sorted by position.

    `lang` is the text's language (en, de, fr, es, it, ja, zh, or auto to detect it); English
    patterns always run too, since English slips into every marketplace's texts. `output_lang`
    (en or zh) chooses the language of `message` and `hint`. When the rules flag nothing, the
    learned model (policy/learned.py) may add one warning; `learned=False` runs the rules alone.
    """
    where = _channel(channel)
    languages = {"en", "any"}
    if lang == "auto":
        detected = _languages(text) if text.strip() else ["en"]
        lang = detected[0]
        languages.update(detected)
    if lang not in LANGS:
        raise UserError(
            f"'{lang}' is not a text language vocloop checks; use one of "
            f"{', '.join(LANGS)} or auto."
        )
    normal = normalise(text)
    languages.add(lang)
    hits = [
        hit
        for detector in DETECTORS
        if detector.lang in languages and RULES_BY_ID[detector.rule].severity_in(where)
        for hit in run_detector(normal, detector, lang)
        if not cleared(normal, hit)
    ]
    findings = [_finding(normal, hit, where, lang, output_lang) for hit in _distinct(normal, hits)]
    findings.extend(_form_findings(normal, where, languages, lang, output_lang, findings))
    if learned and not is_flagged(findings):
        findings.extend(_learned_findings(text, where, lang, output_lang))
    return sorted(findings, key=lambda f: (f.start, _SEVERITY_RANK[f.severity], f.rule))


def check_as_dicts(
    text: str, lang: str = "auto", channel: Channel | str = DEFAULT_CHANNEL
) -> list[dict[str, object]]:
    """check_text with plain dicts (rule, severity, start, end, span, message, hint, lang): the
    `(text, lang, channel) -> list[dict]` shape the draft writer's checker hook takes."""
    return [finding.as_dict() for finding in check_text(text, lang, channel)]


def is_flagged(findings: Iterable[Finding]) -> bool:
    """A text is flagged when any finding is an error or a warning (info does not count)."""
    return any(f.severity in (Severity.ERROR, Severity.WARNING) for f in findings)


def has_errors(findings: Iterable[Finding]) -> bool:
    """Whether the text must not be sent, printed or published as it is."""
    return any(f.severity is Severity.ERROR for f in findings)


def _channel(channel: Channel | str) -> Channel:
    try:
        return Channel(channel)
    except ValueError:
        names = ", ".join(c.value for c in Channel)
        raise UserError(f"'{channel}' is not a channel; use one of {names}.") from None


def _distinct(normal: NormalText, hits: list[Hit]) -> list[Hit]:
    """One hit per rule and sentence (the first; a severity override loses to the rule's own)."""
    kept: dict[tuple[str, int], Hit] = {}
    for hit in sorted(hits, key=lambda h: (h.start, h.detector.severity is not None)):
        key = (hit.detector.rule, normal.sentence_at(hit.start))
        if key not in kept or (
            kept[key].detector.severity is not None and hit.detector.severity is None
        ):
            kept[key] = hit
    return list(kept.values())


def _finding(normal: NormalText, hit: Hit, where: Channel, lang: str, out: str) -> Finding:
    rule = RULES_BY_ID[hit.detector.rule]
    severity = rule.severity_in(where)
    assert severity is not None
    if hit.detector.severity is not None and severity is Severity.ERROR:
        severity = Severity(hit.detector.severity)
    start, end = normal.original_span(hit.start, hit.end)
    return Finding(
        rule=rule.id,
        severity=severity,
        start=start,
        end=end,
        span=normal.original[start:end],
        message=rule.why(out),
        hint=rule.hint(out),
        lang=lang,
    )


def _whole(normal: NormalText, rule_id: str, where: Channel, lang: str, out: str) -> Finding | None:
    """A finding about the whole text, pointing at its first sentence."""
    rule = RULES_BY_ID[rule_id]
    severity = rule.severity_in(where)
    if severity is None or not normal.text.strip():
        return None
    first, last = normal.sentences[0]
    while first < last and normal.text[first].isspace():
        first += 1
    while last > first and normal.text[last - 1].isspace():
        last -= 1
    start, end = normal.original_span(first, last)
    span = normal.original[start:end]
    return Finding(rule_id, severity, start, end, span, rule.why(out), rule.hint(out), lang)


def _learned_findings(text: str, where: Channel, lang: str, out: str) -> list[Finding]:
    judgement = judge(text, where)
    # The model points at its likeliest sentence; a buyer's own question there asks nothing.
    if judgement is None or buyer_question(text[judgement.start : judgement.end]):
        return []
    # A game's stars and free spare parts ("Vince chi ha più stelle") reward no review.
    if judgement.rule in ("REV-01", "REV-02") and board_game(text):
        return []
    rule = RULES_BY_ID[judgement.rule]
    percent = round(100 * judgement.probability)
    note = (
        f"(learned model, {percent}% sure; no rule matched the wording: check it)"
        if out != "zh"
        else f"(学习模型判断,把握 {percent}%;没有规则匹配该措辞,请人工确认)"
    )
    return [
        Finding(
            rule.id,
            Severity.WARNING,
            judgement.start,
            judgement.end,
            text[judgement.start : judgement.end],
            f"{rule.why(out)} {note}",
            rule.hint(out),
            lang,
        )
    ]


def _form_findings(
    normal: NormalText,
    where: Channel,
    languages: set[str],
    lang: str,
    out: str,
    found: list[Finding],
) -> list[Finding]:
    """Rules about the text as a whole: thanks-only messages, forms without a notice, order ids."""
    extra: list[Finding | None] = []
    text = normal.text
    if where is Channel.AMAZON_MESSAGE:
        spoken = languages & set(LANGS)
        thanks = any(re.search(THANKS[x], text) for x in spoken)
        purpose = any(
            re.search(MESSAGE_PURPOSE[x], text) or re.search(REVIEW_REQUEST[x], text)
            for x in spoken
        )
        # Thanks-only means nothing else is in it: a message with another finding, or with a
        # sentence of its own beside the thanks (an answer, a step), has content.
        if thanks and not purpose and not is_flagged(found) and not _has_content(normal, spoken):
            extra.append(_whole(normal, "MSG-01", where, lang, out))
        if not _ORDER_ID.search(text):
            extra.append(_whole(normal, "MSG-08", where, lang, out))
    if where is Channel.FORM and _PERSONAL_FIELDS.search(text) and not _PRIVACY.search(text):
        extra.append(_whole(normal, "GDPR-01", where, lang, out))
    return [f for f in extra if f is not None]


_LATIN_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _has_content(normal: NormalText, spoken: set[str]) -> bool:
    """Whether a sentence other than thanks and courtesies says something (6+ words or 15+
    CJK characters): a reply that thanks the buyer and then answers is not a thank-you note."""
    for start, end in normal.sentences:
        sentence = normal.text[start:end]
        if any(re.search(THANKS[x], sentence) or re.search(COURTESY[x], sentence) for x in spoken):
            continue
        if len(_LATIN_WORD.findall(sentence)) >= 6 or len(_CJK.findall(sentence)) >= 15:
            return True
    return False
