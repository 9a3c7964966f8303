"""Amazon-policy checker: POLICY.md §7 rules applied to text in every marketplace language.

Pure domain code (no database, no I/O), for every part of vocloop that writes to buyers::

    from vocloop.policy import check_text, is_flagged

    findings = check_text(draft, lang="auto", channel="insert")
    if is_flagged(findings):  # any error or warning: block or ask for sign-off
        ...
    for f in findings:  # f.rule, f.severity, f.start, f.end, f.span, f.message, f.hint
        ...

`check_text(text, lang="auto", channel="insert", output_lang="en")` returns `Finding`s sorted by
position; `start`/`end` are character offsets into `text`. Channels: insert (default),
amazon_message, email, help_center, form. `has_errors(findings)` says whether the text must not go
out at all. `check_as_dicts(text, lang, channel)` gives the findings as plain dicts (the
`Checker` shape of `vocloop.actions.drafts`). `RULES` lists every rule with its severity per
channel and advice in en and zh.
"""

from __future__ import annotations

from vocloop.policy.checker import (
    Finding,
    check_as_dicts,
    check_text,
    detect_text_language,
    has_errors,
    is_flagged,
)
from vocloop.policy.rules import (
    CHANNELS,
    DEFAULT_CHANNEL,
    RULES,
    Channel,
    Rule,
    Severity,
    find_rule,
)
from vocloop.policy.vocab import LANGS

__all__ = [
    "CHANNELS",
    "DEFAULT_CHANNEL",
    "LANGS",
    "RULES",
    "Channel",
    "Finding",
    "Rule",
    "Severity",
    "check_as_dicts",
    "check_text",
    "detect_text_language",
    "find_rule",
    "has_errors",
    "is_flagged",
]
