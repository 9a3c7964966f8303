"""Notice: one channel-neutral message in English and Chinese, and its view in one language."""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from vocloop.errors import UserError

NOTICE_LANGUAGES = ("en", "zh")
_KIND = re.compile(r"[a-z0-9_.-]{1,40}")
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # in all: mail servers commonly refuse 20-25 MB


class Severity(StrEnum):
    """How urgent a notice is, lowest first; channels can ask for a minimum.

    low to critical are the alerts' own levels; info is for reports and test messages.
    """

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


def parse_severity(value: str) -> Severity:
    try:
        return Severity(value)
    except ValueError:
        raise UserError(
            f"'{value}' is not a severity: use one of {', '.join(s.value for s in Severity)}."
        ) from None


# Words every notice shows around the caller's text: (English, 简体中文).
_WORDS: dict[str, tuple[str, str]] = {
    "info": ("Info", "提示"),
    "low": ("Low", "低"),
    "medium": ("Medium", "中"),
    "high": ("High", "高"),
    "critical": ("Critical", "紧急"),
    "quotes": ("Customers' own words", "买家原话"),
    "link": ("Open in vocloop", "在 vocloop 中查看"),
    "footer": ("vocloop · {kind}", "vocloop · {kind}"),
}


def word(key: str, lang: str) -> str:
    english, chinese = _WORDS[key]
    return chinese if lang == "zh" else english


@dataclass(frozen=True)
class NoticeText:
    """The caller's words in one language: a title, plain-text lines and label/value facts."""

    title: str
    lines: Sequence[str] = ()
    facts: Sequence[tuple[str, str]] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.lines))
        object.__setattr__(self, "facts", tuple((label, value) for label, value in self.facts))


@dataclass(frozen=True)
class Quote:
    """A customer's own words, shown as written (any language), with where they came from."""

    text: str
    source: str | None = None  # e.g. "Return 2026-11-02, DE" or "Review ★1"


@dataclass(frozen=True)
class Attachment:
    """A file sent with the notice (a weekly report's PDF or XLSX): by email and generic webhook.

    Chat robots take no files through their webhooks; give the notice a link for them.
    """

    filename: str
    content_type: str  # e.g. "application/pdf"
    data: bytes


@dataclass(frozen=True)
class Notice:
    """What to tell a team, independent of where it goes.

    texts maps "en" and/or "zh" to the caller's already-localized words; a channel set to a
    language the notice lacks gets the other one. kind is a short machine word (e.g.
    "return_rate", "safety", "weekly_report", "test"), used by the generic webhook and footers.
    """

    kind: str
    severity: Severity
    texts: Mapping[str, NoticeText]
    quotes: Sequence[Quote] = ()
    link: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)  # extra JSON for the generic webhook
    attachments: Sequence[Attachment] = ()

    def __post_init__(self) -> None:
        # Callers may pass "high" for Severity.HIGH; everything below relies on the enum.
        object.__setattr__(self, "severity", Severity(self.severity))
        object.__setattr__(self, "quotes", tuple(self.quotes))
        object.__setattr__(self, "attachments", tuple(self.attachments))
        if not _KIND.fullmatch(self.kind):
            raise ValueError("a notice kind is 1-40 lowercase letters, digits, '_', '.' or '-'")
        if not self.texts or any(lang not in NOTICE_LANGUAGES for lang in self.texts):
            raise ValueError("a notice needs texts keyed by 'en' and/or 'zh'")
        if any(not text.title.strip() for text in self.texts.values()):
            raise ValueError("a notice needs a title in each of its languages")
        if sum(len(a.data) for a in self.attachments) > MAX_ATTACHMENT_BYTES:
            raise ValueError("a notice's attachments may hold 10 MB in all")

    def text(self, lang: str) -> NoticeText:
        """The words for lang, else the other language's."""
        if lang in self.texts:
            return self.texts[lang]
        return next(iter(self.texts.values()))

    def view(self, lang: str) -> NoticeView:
        text = self.text(lang)
        shown = lang if lang in self.texts else next(iter(self.texts))
        return NoticeView(
            lang=shown,
            kind=self.kind,
            severity=self.severity,
            severity_label=word(self.severity.value, shown),
            title=text.title,
            lines=tuple(text.lines),
            facts=tuple((str(label), str(value)) for label, value in text.facts),
            quotes=tuple(self.quotes),
            quotes_heading=word("quotes", shown),
            link=self.link,
            link_label=word("link", shown),
            footer=word("footer", shown).format(kind=self.kind),
            data=dict(self.data),
            attachments=tuple(self.attachments),
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-able form, stored in the outbox row."""
        return {
            "kind": self.kind,
            "severity": self.severity.value,
            "texts": {
                lang: {
                    "title": text.title,
                    "lines": list(text.lines),
                    "facts": [[label, value] for label, value in text.facts],
                }
                for lang, text in self.texts.items()
            },
            "quotes": [{"text": q.text, "source": q.source} for q in self.quotes],
            "link": self.link,
            "data": dict(self.data),
            "attachments": [
                {
                    "filename": a.filename,
                    "content_type": a.content_type,
                    "data": base64.b64encode(a.data).decode(),
                }
                for a in self.attachments
            ],
        }

    @classmethod
    def from_json(cls, stored: Mapping[str, Any]) -> Notice:
        return cls(
            kind=stored["kind"],
            severity=Severity(stored["severity"]),
            texts={
                lang: NoticeText(
                    title=text["title"],
                    lines=tuple(text["lines"]),
                    facts=tuple((label, value) for label, value in text["facts"]),
                )
                for lang, text in stored["texts"].items()
            },
            quotes=tuple(Quote(q["text"], q.get("source")) for q in stored.get("quotes", [])),
            link=stored.get("link"),
            data=stored.get("data") or {},
            attachments=tuple(
                Attachment(a["filename"], a["content_type"], base64.b64decode(a["data"]))
                for a in stored.get("attachments", [])
            ),
        )


@dataclass(frozen=True)
class NoticeView:
    """A notice in one language with the surrounding words filled in: what a format renders."""

    lang: str
    kind: str
    severity: Severity
    severity_label: str
    title: str
    lines: tuple[str, ...]
    facts: tuple[tuple[str, str], ...]
    quotes: tuple[Quote, ...]
    quotes_heading: str
    link: str | None
    link_label: str
    footer: str
    data: dict[str, Any]
    attachments: tuple[Attachment, ...] = ()

    def plain_text(self) -> str:
        """The whole notice as plain text (mail body, Slack fallback)."""
        parts = [f"[{self.severity_label}] {self.title}", ""]
        parts.extend(self.lines)
        if self.facts:
            parts.append("")
            parts.extend(f"{label}: {value}" for label, value in self.facts)
        if self.quotes:
            parts.extend(["", f"{self.quotes_heading}:"])
            parts.extend(
                f'  "{q.text}"' + (f" ({q.source})" if q.source else "") for q in self.quotes
            )
        if self.link:
            parts.extend(["", f"{self.link_label}: {self.link}"])
        parts.extend(["", "-- ", self.footer])
        return "\n".join(parts)


def make_test_notice(channel_name: str) -> Notice:
    """The notice `vocloop channels test` sends: it shows every part a real alert uses."""
    return Notice(
        kind="test",
        severity=Severity.INFO,
        texts={
            "en": NoticeText(
                title="vocloop test message",
                lines=(
                    "This channel is set up: vocloop alerts and weekly reports will arrive here.",
                ),
                facts=(("Channel", channel_name), ("Language", "English")),
            ),
            "zh": NoticeText(
                title="vocloop 测试消息",
                lines=("此渠道已配置成功:vocloop 的告警和周报将发送到这里。",),
                facts=(("渠道", channel_name), ("语言", "中文")),
            ),
        },
        quotes=(Quote("The screws were missing, I could not assemble it.", "example"),),
    )
