"""The Classification record returned for every text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Classification:
    """Root cause of one complaint text, combined with its return reason code when there is one."""

    root_cause: str
    root_cause_secondary: str | None
    confidence: float
    lang: str | None
    text_cause: str | None
    reason_cause: str | None
    reason_mismatch: str | None
