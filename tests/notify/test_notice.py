"""Notices: what callers may pass, how they are stored, and which language a channel sees."""

from __future__ import annotations

import pytest

from tests.notify.conftest import alert_notice
from vocloop.errors import UserError
from vocloop.notify import Attachment, Notice, NoticeText, Severity, get_kind


def test_a_notice_survives_the_outbox_json_unchanged() -> None:
    notice = Notice(
        kind="weekly_report",
        severity="high",  # a plain string is accepted
        texts={"en": NoticeText("Week 47", ["line"], [("Units", "12")])},
        attachments=[Attachment("r.pdf", "application/pdf", b"%PDF\x00\xff")],
    )
    assert notice.severity is Severity.HIGH
    assert Notice.from_json(notice.to_json()) == notice
    assert Notice.from_json(alert_notice().to_json()) == alert_notice()


def test_a_channel_gets_its_language_or_the_one_there_is() -> None:
    english_only = Notice(kind="test", severity=Severity.INFO, texts={"en": NoticeText("Hello")})
    view = english_only.view("zh")
    assert (view.lang, view.title, view.severity_label) == ("en", "Hello", "Info")
    view = alert_notice().view("zh")
    assert (view.lang, view.severity_label, view.quotes_heading) == ("zh", "高", "买家原话")


@pytest.mark.parametrize(
    ("_case", "options", "message"),
    [
        ("no text", {"texts": {}}, "a notice needs texts keyed by 'en' and/or 'zh'"),
        (
            "japanese",
            {"texts": {"ja": NoticeText("x")}},
            "a notice needs texts keyed by 'en' and/or 'zh'",
        ),
        (
            "empty title",
            {"texts": {"en": NoticeText(" ")}},
            "a notice needs a title in each of its languages",
        ),
        ("kind", {"kind": "Return Rate"}, "a notice kind is 1-40 lowercase letters"),
        (
            "big",
            {"attachments": [Attachment("a.bin", "application/octet-stream", bytes(11 * 2**20))]},
            "a notice's attachments may hold 10 MB in all",
        ),
    ],
)
def test_malformed_notices_are_refused(_case: str, options: dict, message: str) -> None:
    arguments = {"kind": "test", "severity": Severity.INFO, "texts": {"en": NoticeText("t")}}
    with pytest.raises(ValueError, match=message):
        Notice(**(arguments | options))


def test_mail_addresses_cannot_smuggle_headers() -> None:
    with pytest.raises(UserError, match="needs from=<address> and to="):
        get_kind("email").parse(
            "smtp://mail.example?from=a@b.example%0ABcc:%20x@evil.example&to=c@d.example", None
        )
