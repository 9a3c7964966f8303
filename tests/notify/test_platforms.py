"""Each platform gets its own documented payload and signature, in the channel's language."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time

import pytest

from tests.notify.conftest import (
    Receiver,
    alert_notice,
    dingtalk_robot,
    feishu_bot,
    signed_webhook,
    slack_webhook,
    wecom_robot,
)
from vocloop.notify import (
    Attachment,
    ChannelRef,
    Notice,
    NoticeText,
    SecretBox,
    SendError,
    Severity,
    get_kind,
    send_now,
)

DING_SECRET = "SEC0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd"
FEISHU_SECRET = "qPlZ3aB7cD9eF1gH"
HOOK_SECRET = "whsec-4f1c2d"


def channel(box: SecretBox, kind: str, url: str, *, lang: str, secret: str | None = None):
    config, _ = get_kind(kind).parse(url, secret)
    return ChannelRef(
        name=f"{kind}-{lang}", kind=kind, lang=lang, config_encrypted=box.seal(config)
    )


def send(box: SecretBox, target: ChannelRef, notice: Notice | None = None) -> None:
    send_now(target, notice or alert_notice(), box=box, delivery_id="41", dedupe_key="alert-17")


def test_wecom_markdown_in_chinese_and_english(receiver: Receiver, box: SecretBox) -> None:
    receiver.reply = wecom_robot
    url = f"{receiver.base}/cgi-bin/webhook/send?key=693a91f6-test"
    send(box, channel(box, "wecom", url, lang="zh"))
    send(box, channel(box, "wecom", url, lang="en"))
    zh, en = (r.json() for r in receiver.requests)
    assert receiver.requests[0].path == "/cgi-bin/webhook/send"
    assert receiver.requests[0].query == {"key": ["693a91f6-test"]}
    assert zh == {
        "msgtype": "markdown",
        "markdown": {
            "content": "## B0TESTASIN1:退货率翻倍\n"
            '<font color="warning">高</font>\n'
            "近 14 天退货率从 5.1% 升至 10.4%。\n"
            "> **退货率**: 10.4%\n> **基线**: 5.1%\n> **订单件数**: 420\n"
            "**买家原话**\n"
            "> “The hinge snapped after two days ＜!channel＞” — Return 2026-11-20, US\n"
            "> “Scharnier nach zwei Tagen gebrochen.” — Return 2026-11-21, DE\n"
            "[在 vocloop 中查看](https://vocloop.example/alerts/17)\n"
            '<font color="comment">vocloop · return_rate</font>'
        },
    }
    content = en["markdown"]["content"]
    assert content.startswith("## B0TESTASIN1: return rate doubled\n")
    assert "**Customers' own words**" in content and "[Open in vocloop](" in content


def test_wecom_cuts_a_long_notice_to_4096_bytes_keeping_title_facts_and_link(
    receiver: Receiver, box: SecretBox
) -> None:
    receiver.reply = wecom_robot
    long = Notice(
        kind="weekly_report",
        severity=Severity.INFO,
        texts={"zh": NoticeText("周报", lines=["退货原因说明" * 40] * 30, facts=[("ASIN", "B0X")])},
        link="https://vocloop.example/r/1",
    )
    send(box, channel(box, "wecom", f"{receiver.base}/send?key=k", lang="zh"), long)
    content = receiver.requests[0].json()["markdown"]["content"]
    assert 4000 < len(content.encode()) <= 4096
    assert content.startswith("## 周报\n") and "> **ASIN**: B0X" in content
    assert content.endswith(
        '[在 vocloop 中查看](https://vocloop.example/r/1)\n<font color="comment">vocloop · weekly_report</font>'
    )


def test_dingtalk_signed_mode_passes_the_robots_own_check(
    receiver: Receiver, box: SecretBox
) -> None:
    receiver.reply = dingtalk_robot(DING_SECRET)
    url = f"{receiver.base}/robot/send?access_token=abc123"
    send(box, channel(box, "dingtalk", url, lang="zh", secret=DING_SECRET))
    got = receiver.requests[0]
    assert set(got.query) == {"access_token", "timestamp", "sign"}
    assert abs(int(got.query["timestamp"][0]) - time.time() * 1000) < 60_000  # milliseconds
    payload = got.json()
    assert payload["msgtype"] == "markdown"
    assert payload["markdown"]["title"] == "[高] B0TESTASIN1:退货率翻倍"
    text = payload["markdown"]["text"]
    assert text.split("\n\n")[:3] == [
        "#### B0TESTASIN1:退货率翻倍",
        "**高**",
        "近 14 天退货率从 5.1% 升至 10.4%。",
    ]
    assert "- **退货率**: 10.4%\n- **基线**: 5.1%\n- **订单件数**: 420" in text
    assert "> “Scharnier nach zwei Tagen gebrochen.” — Return 2026-11-21, DE" in text
    # A customer's angle brackets cannot become a <font> tag or an <@all> mention.
    assert "after two days ＜!channel＞" in text and "<!" not in text


def test_dingtalk_with_the_wrong_secret_is_refused_for_good(
    receiver: Receiver, box: SecretBox
) -> None:
    receiver.reply = dingtalk_robot(DING_SECRET)
    url = f"{receiver.base}/robot/send?access_token=abc123"
    wrong = channel(box, "dingtalk", url, lang="en", secret="SECnot-the-robots-secret")
    with pytest.raises(SendError) as caught:
        send(box, wrong)
    assert caught.value.retryable is False
    assert caught.value.message == (
        "DingTalk refused the message: errcode 310000 (sign not match). Check the robot's "
        "security settings: the secret (SEC...), keywords and IP allow-list."
    )


def test_feishu_signed_card_passes_the_bots_own_check(receiver: Receiver, box: SecretBox) -> None:
    receiver.reply = feishu_bot(FEISHU_SECRET)
    url = f"{receiver.base}/open-apis/bot/v2/hook/0f1e2d3c"
    send(
        box,
        channel(box, "feishu", url, lang="en", secret=FEISHU_SECRET),
        alert_notice(severity=Severity.CRITICAL),
    )
    payload = receiver.requests[0].json()
    assert list(payload) == ["timestamp", "sign", "msg_type", "card"]
    assert abs(int(payload["timestamp"]) - time.time()) < 60  # seconds, as a string
    card = payload["card"]
    assert card["header"] == {
        "template": "red",
        "title": {"tag": "plain_text", "content": "[Critical] B0TESTASIN1: return rate doubled"},
    }
    assert [e["tag"] for e in card["elements"]] == ["div", "div", "hr", "div", "action", "note"]
    fields = card["elements"][1]["fields"]
    assert fields[0] == {
        "is_short": True,
        "text": {"tag": "lark_md", "content": "**Return rate**\n10.4%"},
    }
    quotes = card["elements"][3]["text"]["content"]
    assert "after two days &lt;!channel&gt;" in quotes  # a customer's < > never become tags
    button = card["elements"][4]["actions"][0]
    assert (button["url"], button["text"]["content"]) == (
        "https://vocloop.example/alerts/17",
        "Open in vocloop",
    )


def test_feishu_wrong_secret_and_unsigned_bot(receiver: Receiver, box: SecretBox) -> None:
    receiver.reply = feishu_bot(FEISHU_SECRET)
    url = f"{receiver.base}/open-apis/bot/v2/hook/0f1e2d3c"
    with pytest.raises(SendError, match=r"code 19021 .* Check the bot's signing secret"):
        send(box, channel(box, "feishu", url, lang="zh", secret="another"))
    receiver.reply = feishu_bot(None)
    send(box, channel(box, "feishu", url, lang="zh"))
    unsigned = receiver.requests[-1].json()
    assert "sign" not in unsigned and "timestamp" not in unsigned
    assert unsigned["card"]["header"]["title"]["content"] == "[高] B0TESTASIN1:退货率翻倍"


def test_slack_blocks_escape_customer_text(receiver: Receiver, box: SecretBox) -> None:
    receiver.reply = slack_webhook
    send(box, channel(box, "slack", f"{receiver.base}/services/T0/B0/XYZ", lang="en"))
    payload = receiver.requests[0].json()
    assert payload["text"] == "[High] B0TESTASIN1: return rate doubled"
    blocks = payload["blocks"]
    assert [b["type"] for b in blocks] == [
        "header",
        "context",
        "section",
        "section",
        "section",
        "section",
        "context",
    ]
    assert blocks[0]["text"] == {"type": "plain_text", "text": "B0TESTASIN1: return rate doubled"}
    assert blocks[3]["fields"][2] == {"type": "mrkdwn", "text": "*Units*\n420"}
    assert blocks[4]["text"]["text"] == (
        "*Customers' own words*\n"
        ">“The hinge snapped after two days &lt;!channel&gt;” — Return 2026-11-20, US\n"
        ">“Scharnier nach zwei Tagen gebrochen.” — Return 2026-11-21, DE"
    )
    assert blocks[5]["text"]["text"] == "<https://vocloop.example/alerts/17|Open in vocloop>"


def test_slack_refusal_is_reported_with_its_reason(receiver: Receiver, box: SecretBox) -> None:
    receiver.reply = lambda _: (404, "text/plain", b"no_service")
    with pytest.raises(SendError) as caught:
        send(box, channel(box, "slack", f"{receiver.base}/services/gone", lang="en"))
    assert caught.value.message == "Slack refused the message: HTTP 404 (no_service)."
    assert caught.value.retryable is False


def test_generic_webhook_document_and_signature(receiver: Receiver, box: SecretBox) -> None:
    receiver.reply = signed_webhook(HOOK_SECRET)
    send(
        box,
        channel(box, "webhook", f"{receiver.base}/hooks/vocloop", lang="zh", secret=HOOK_SECRET),
    )
    got = receiver.requests[0]
    assert got.headers["X-Vocloop-Event"] == "return_rate"
    assert got.headers["X-Vocloop-Delivery"] == "41"
    stamp = got.headers["X-Vocloop-Timestamp"]
    expected = hmac.new(HOOK_SECRET.encode(), f"{stamp}.".encode() + got.body, hashlib.sha256)
    assert got.headers["X-Vocloop-Signature"] == "sha256=" + expected.hexdigest()
    assert json.loads(got.body) == {
        "version": 1,
        "delivery_id": "41",
        "dedupe_key": "alert-17",
        "kind": "return_rate",
        "severity": "high",
        "lang": "zh",
        "title": "B0TESTASIN1:退货率翻倍",
        "lines": ["近 14 天退货率从 5.1% 升至 10.4%。"],
        "facts": [
            {"label": "退货率", "value": "10.4%"},
            {"label": "基线", "value": "5.1%"},
            {"label": "订单件数", "value": "420"},
        ],
        "quotes": [
            {
                "text": "The hinge snapped after two days <!channel>",
                "source": "Return 2026-11-20, US",
            },
            {"text": "Scharnier nach zwei Tagen gebrochen.", "source": "Return 2026-11-21, DE"},
        ],
        "link": "https://vocloop.example/alerts/17",
        "data": {"alert_id": 17, "asin": "B0TESTASIN1"},
        "attachments": [],
    }


def test_webhook_signed_with_another_secret_is_refused(receiver: Receiver, box: SecretBox) -> None:
    receiver.reply = signed_webhook(HOOK_SECRET)
    with pytest.raises(
        SendError, match=r"^Webhook refused the message: HTTP 401 \(bad signature\)\.$"
    ):
        send(box, channel(box, "webhook", f"{receiver.base}/h", lang="en", secret="guess"))


def test_email_is_multipart_text_and_html(smtp_server, box: SecretBox) -> None:
    port, sink = smtp_server
    url = f"smtp+plain://127.0.0.1:{port}?from=alerts@brand.example&to=ops@brand.example,qa@brand.example"
    send(box, channel(box, "email", url, lang="zh"))
    send(box, channel(box, "email", url, lang="en"))
    (mail_from, rcpt, zh), (_, _, en) = sink.messages
    assert mail_from == "alerts@brand.example"
    assert rcpt == ["ops@brand.example", "qa@brand.example"]
    assert zh["Subject"] == "[高] B0TESTASIN1:退货率翻倍"
    assert en["Subject"] == "[High] B0TESTASIN1: return rate doubled"
    assert zh["Message-ID"] == "<vocloop.41@brand.example>"
    assert zh.get_content_type() == "multipart/alternative"
    text = zh.get_body(("plain",)).get_content()
    html = zh.get_body(("html",)).get_content()
    assert "退货率: 10.4%" in text and "买家原话:" in text
    assert '<th style="text-align:left;padding:2px 12px 2px 0">退货率</th><td>10.4%</td>' in html
    assert "after two days &lt;!channel&gt;" in html  # customers' words are escaped, not markup
    assert (
        en.get_body(("plain",)).get_content().startswith("[High] B0TESTASIN1: return rate doubled")
    )


def test_email_to_a_server_that_is_down_is_retryable(box: SecretBox) -> None:
    from tests.notify.conftest import free_port

    port = free_port()
    url = f"smtp+plain://127.0.0.1:{port}?from=a@b.example&to=c@d.example"
    with pytest.raises(SendError) as caught:
        send(box, channel(box, "email", url, lang="en"))
    assert caught.value.retryable is True
    assert caught.value.message == (
        f"The mail server at 127.0.0.1:{port} cannot be reached (connection refused)."
    )


def test_email_needs_starttls_unless_told_plain(smtp_server, box: SecretBox) -> None:
    port, sink = smtp_server
    url = f"smtp://127.0.0.1:{port}?from=a@b.example&to=c@d.example"  # aiosmtpd offers no TLS
    with pytest.raises(SendError) as caught:
        send(box, channel(box, "email", url, lang="en"))
    assert caught.value.retryable is False
    assert caught.value.message == (
        f"The mail server at 127.0.0.1:{port} does not offer STARTTLS; use smtps:// or, on a "
        "trusted network only, smtp+plain://."
    )
    assert sink.messages == []


def test_attachments_go_by_mail_and_generic_webhook(
    smtp_server, receiver: Receiver, box: SecretBox
) -> None:
    pdf = b"%PDF-1.7\n" + bytes(range(256)) * 4
    report = Notice(
        kind="weekly_report",
        severity=Severity.INFO,
        texts={"zh": NoticeText("周报 2026-W47", ["本周退货率 4.2%。"])},
        link="https://vocloop.example/reports/2026-W47",
        attachments=[Attachment("周报-2026-W47.pdf", "application/pdf", pdf)],
    )
    port, sink = smtp_server
    url = f"smtp+plain://127.0.0.1:{port}?from=r@b.example&to=c@d.example"
    send(box, channel(box, "email", url, lang="zh"), report)
    ((_, _, message),) = sink.messages
    assert message.get_content_type() == "multipart/mixed"
    (attached,) = list(message.iter_attachments())
    assert (attached.get_filename(), attached.get_content_type()) == (
        "周报-2026-W47.pdf",
        "application/pdf",
    )
    assert attached.get_content() == pdf
    assert "本周退货率 4.2%。" in message.get_body(("plain",)).get_content()

    receiver.reply = signed_webhook(HOOK_SECRET)
    send(box, channel(box, "webhook", f"{receiver.base}/h", lang="zh", secret=HOOK_SECRET), report)
    (sent,) = receiver.requests[0].json()["attachments"]
    assert (sent["filename"], sent["content_type"], sent["size"]) == (
        "周报-2026-W47.pdf",
        "application/pdf",
        len(pdf),
    )
    assert base64.b64decode(sent["data_base64"]) == pdf
