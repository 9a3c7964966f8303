"""Channel kinds as data: how each reads its --url/--secret and how it sends a notice."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx

from vocloop.errors import UserError
from vocloop.notify.notice import NoticeView
from vocloop.notify.platforms import dingtalk, feishu, mail, slack, webhook, wecom
from vocloop.notify.transport import post

Sender = Callable[..., None]


@dataclass(frozen=True)
class ChannelKind:
    name: str
    default_lang: str
    parse: Callable[[str, str | None], tuple[dict[str, Any], str]]  # (config, target)
    send: Sender
    doc: str


def _http_url(url: str, label: str, *, plain_http: bool = False) -> str:
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"'{url}' is not a {label} webhook URL (it must start with https://).")
    if parts.scheme == "http" and not plain_http and not _is_loopback(parts.hostname):
        raise UserError(
            f"The {label} webhook URL must use https://: over http:// its token travels in clear."
        )
    return url.strip()


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _query_needs(url: str, key: str, label: str) -> None:
    if not parse_qs(urlsplit(url).query).get(key):
        raise UserError(
            f"The {label} webhook URL has no {key}=...; copy the whole URL the robot shows."
        )


def _webhook_parser(
    label: str,
    *,
    query_key: str | None = None,
    secret_prefix: str | None = None,
    plain_http: bool = False,
    signs: bool = True,
) -> Callable[[str, str | None], tuple[dict[str, Any], str]]:
    def parse(url: str, secret: str | None) -> tuple[dict[str, Any], str]:
        checked = _http_url(url, label, plain_http=plain_http)
        if query_key:
            _query_needs(checked, query_key, label)
        if secret and not signs:
            raise UserError(
                f"{label} webhooks are not signed (the URL is the credential); leave out --secret."
            )
        if secret is not None and secret_prefix and not secret.startswith(secret_prefix):
            raise UserError(
                f"A {label} signing secret starts with {secret_prefix}; copy it from the robot's "
                "security settings."
            )
        config: dict[str, Any] = {"url": checked}
        if secret:
            config["secret"] = secret
        return config, urlsplit(checked).netloc.rsplit("@", 1)[-1]

    return parse


def _http_sender(module: ModuleType) -> Sender:
    def send(
        view: NoticeView,
        config: dict[str, Any],
        *,
        client: httpx.Client | None = None,
        **context: Any,
    ) -> None:
        request = module.build_request(view, config, **context)
        response = post(request, platform=module.PLATFORM, client=client)
        module.check_reply(response)

    return send


# A bare address: no names, spaces or line breaks, which could otherwise reach mail headers.
_ADDRESS = re.compile(r"[^@\s,<>\"]+@[^@\s,<>\"]+")
_SMTP_SCHEMES = {"smtp": ("starttls", 587), "smtps": ("tls", 465), "smtp+plain": ("none", 25)}


def _parse_smtp(url: str, password: str | None) -> tuple[dict[str, Any], str]:
    parts = urlsplit(url.strip())
    if parts.scheme not in _SMTP_SCHEMES or not parts.hostname:
        raise UserError(
            f"'{url}' is not a mail server URL: use smtp://[user@]host[:port]?from=...&to=... "
            "(STARTTLS), smtps:// (TLS) or smtp+plain:// (no encryption)."
        )
    query = parse_qs(parts.query)
    sender = (query.get("from") or [""])[0]
    recipients = [a.strip() for v in query.get("to", []) for a in v.split(",") if a.strip()]
    if (
        not _ADDRESS.fullmatch(sender)
        or not recipients
        or not all(_ADDRESS.fullmatch(a) for a in recipients)
    ):
        raise UserError(
            "The mail URL needs from=<address> and to=<address>[,<address>...] in its query."
        )
    security, default_port = _SMTP_SCHEMES[parts.scheme]
    try:
        port = parts.port or default_port
    except ValueError:
        raise UserError(f"'{url}' has a port that is not a number.") from None
    config = {
        "host": parts.hostname,
        "port": port,
        "security": security,
        "username": unquote(parts.username) if parts.username else None,
        "password": password,
        "sender": sender,
        "recipients": recipients,
    }
    return config, f"{parts.hostname}:{port} → {', '.join(recipients)}"


def _send_mail(view: NoticeView, config: dict[str, Any], *, delivery_id: str, **_: Any) -> None:
    message_id = mail.message_id_for(delivery_id, config["sender"])
    mail.send_message(mail.build_message(view, config, message_id=message_id), config)


CHANNEL_KINDS: tuple[ChannelKind, ...] = (
    ChannelKind(
        "wecom",
        "zh",
        _webhook_parser("WeCom", query_key="key", signs=False),
        _http_sender(wecom),
        "WeCom (企业微信) group robot; markdown message.",
    ),
    ChannelKind(
        "dingtalk",
        "zh",
        _webhook_parser("DingTalk", query_key="access_token", secret_prefix="SEC"),  # noqa: S106 (a prefix, not a secret)
        _http_sender(dingtalk),
        "DingTalk (钉钉) custom robot; markdown; --secret SEC... for signed mode.",
    ),
    ChannelKind(
        "feishu",
        "zh",
        _webhook_parser("Feishu"),
        _http_sender(feishu),
        "Feishu/Lark (飞书) custom bot; interactive card; --secret for signature mode.",
    ),
    ChannelKind(
        "slack",
        "en",
        _webhook_parser("Slack", signs=False),
        _http_sender(slack),
        "Slack incoming webhook; Block Kit with mrkdwn.",
    ),
    ChannelKind(
        "webhook",
        "en",
        _webhook_parser("generic", plain_http=True),
        _http_sender(webhook),
        "Any HTTP endpoint; JSON signed with --secret (X-Vocloop-Signature).",
    ),
    ChannelKind(
        "email",
        "en",
        _parse_smtp,
        _send_mail,
        "SMTP; --url smtp://user@host:587?from=...&to=..., --secret is the password.",
    ),
)
KINDS_BY_NAME = {kind.name: kind for kind in CHANNEL_KINDS}


def get_kind(name: str) -> ChannelKind:
    kind = KINDS_BY_NAME.get(name)
    if kind is None:
        raise UserError(f"'{name}' is not a channel kind: use one of {', '.join(KINDS_BY_NAME)}.")
    return kind
