"""DingTalk (钉钉) custom robot: a markdown message, signed in the URL when a secret is set."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from vocloop.notify.notice import NoticeView
from vocloop.notify.platforms.signing import dingtalk_sign
from vocloop.notify.platforms.text import defuse_tags, fit_chars, one_line, quote_line
from vocloop.notify.transport import HttpRequest, SendError, json_body, reply_json

PLATFORM = "DingTalk"
_RETRYABLE = {-1, 130101}  # system busy; sending too fast (20 messages a minute per robot)
_SECURITY = 310000  # signature, keyword or IP allow-list check failed


def markdown(view: NoticeView) -> str:
    # DingTalk's markdown starts a new line only at a blank line, so blocks are joined by two.
    blocks = [f"#### {defuse_tags(one_line(view.title))}", f"**{view.severity_label}**"]
    blocks.extend(defuse_tags(line) for line in view.lines)
    if view.facts:
        blocks.append(
            "\n".join(
                f"- **{defuse_tags(label)}**: {defuse_tags(value)}" for label, value in view.facts
            )
        )
    if view.quotes:
        blocks.append(f"**{view.quotes_heading}**")
        blocks.extend(f"> {defuse_tags(quote_line(q))}" for q in view.quotes)
    if view.link:
        blocks.append(f"[{view.link_label}]({view.link})")
    blocks.append(view.footer)
    return "\n\n".join(blocks)


def signed_url(url: str, secret: str, timestamp_ms: int) -> str:
    """The webhook URL with timestamp and sign added to its query (access_token stays)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in query if k not in ("timestamp", "sign")]
    query += [("timestamp", str(timestamp_ms)), ("sign", dingtalk_sign(timestamp_ms, secret))]
    return urlunsplit(parts._replace(query=urlencode(query)))


def build_request(
    view: NoticeView, config: dict[str, Any], *, timestamp: float, **_: object
) -> HttpRequest:
    payload = {
        "msgtype": "markdown",
        "markdown": {
            "title": fit_chars(f"[{view.severity_label}] {one_line(view.title)}", 100),
            "text": markdown(view),
        },
    }
    url = config["url"]
    if config.get("secret"):
        url = signed_url(url, config["secret"], int(timestamp * 1000))
    return HttpRequest(url=url, body=json_body(payload))


def check_reply(response: httpx.Response) -> None:
    answer = reply_json(response, platform=PLATFORM)
    code = answer.get("errcode")
    if code == 0:
        return
    hint = (
        " Check the robot's security settings: the secret (SEC...), keywords and IP allow-list."
        if code == _SECURITY
        else ""
    )
    raise SendError(
        f"{PLATFORM} refused the message: errcode {code} ({answer.get('errmsg', '')}).{hint}",
        retryable=code in _RETRYABLE,
    )
