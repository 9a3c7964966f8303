"""Slack incoming webhook: Block Kit blocks with mrkdwn, and a plain-text fallback."""

from __future__ import annotations

from typing import Any

import httpx

from vocloop.notify.notice import NoticeView
from vocloop.notify.platforms.text import fit_chars, one_line, quote_line
from vocloop.notify.transport import HttpRequest, json_body

PLATFORM = "Slack"
HEADER_LIMIT = 150  # characters of a header block's plain text
SECTION_LIMIT = 3000  # characters of a section's text
FIELD_LIMIT = 2000  # characters of one section field
MAX_FIELDS = 10  # fields in one section


def escape(text: str) -> str:
    """Slack reads &, < and > as markup (<!channel> would ping everyone)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": fit_chars(text, SECTION_LIMIT)}}


def blocks(view: NoticeView) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": fit_chars(one_line(view.title), HEADER_LIMIT)},
        },
        {"type": "context", "elements": [{"type": "mrkdwn", "text": f"*{view.severity_label}*"}]},
    ]
    if view.lines:
        result.append(_section("\n".join(escape(line) for line in view.lines)))
    for start in range(0, len(view.facts), MAX_FIELDS):
        chunk = view.facts[start : start + MAX_FIELDS]
        result.append(
            {
                "type": "section",
                "fields": [
                    {
                        "type": "mrkdwn",
                        "text": fit_chars(f"*{escape(label)}*\n{escape(value)}", FIELD_LIMIT),
                    }
                    for label, value in chunk
                ],
            }
        )
    if view.quotes:
        quoted = "\n".join(f">{escape(quote_line(q))}" for q in view.quotes)
        result.append(_section(f"*{escape(view.quotes_heading)}*\n{quoted}"))
    if view.link:
        result.append(_section(f"<{view.link}|{escape(view.link_label)}>"))
    result.append({"type": "context", "elements": [{"type": "mrkdwn", "text": view.footer}]})
    return result


def build_request(view: NoticeView, config: dict[str, Any], **_: object) -> HttpRequest:
    payload = {
        "text": f"[{view.severity_label}] {one_line(view.title)}",
        "blocks": blocks(view),
    }
    return HttpRequest(url=config["url"], body=json_body(payload))


def check_reply(response: httpx.Response) -> None:
    """Slack answers 200 "ok"; its refusals (400 invalid_payload, 404 no_service...) are HTTP."""
