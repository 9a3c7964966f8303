"""Finding and removing contact details buyers typed into free text (e-mails, phone numbers)."""

from __future__ import annotations

import re

_EMAIL = re.compile(r"[^\s@<>()\[\],;:\"']+@[^\s@<>()\[\],;:\"']+\.[a-z]{2,}", re.IGNORECASE)
_PHONE = re.compile(r"\+?\(?\d[\d\s().-]{7,}\d")
_ORDER_ID = re.compile(r"\d{3}-\d{7}-\d{7}")
_MIN_PHONE_DIGITS = 9  # fewer is a date, a price or a model number
EMAIL_MARK = "[e-mail removed]"
PHONE_MARK = "[phone removed]"

# Order-report columns that name or reach a person (kept only by older imports or other order
# report kinds): removed from a row's extra fields once Amazon's retention ends.
PERSONAL_FIELD = re.compile(
    r"buyer|recipient|address|phone|e-?mail|ship[-_ ]?(city|postal|zip|name)|bill[-_ ]|"
    r"customer[-_ ]?name|\bcpf\b|tax[-_ ]?(id|number)",
    re.IGNORECASE,
)


def _phone(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = sum(ch.isdigit() for ch in found)
    if digits < _MIN_PHONE_DIGITS or _ORDER_ID.fullmatch(found.strip(" ()")):
        return found
    return PHONE_MARK


def scrub_contact_details(text: str) -> str:
    """The text with e-mail addresses and phone numbers replaced by a marker; order ids stay."""
    return _PHONE.sub(_phone, _EMAIL.sub(EMAIL_MARK, text))
