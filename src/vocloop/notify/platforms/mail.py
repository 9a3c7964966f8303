"""Email: a multipart text + HTML message sent over SMTP (STARTTLS, implicit TLS or plain)."""

from __future__ import annotations

import html
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, parseaddr
from typing import Any

from vocloop.notify.notice import NoticeView, Severity
from vocloop.notify.platforms.text import one_line
from vocloop.notify.transport import TIMEOUT_SECONDS, SendError

PLATFORM = "SMTP"
_COLOR = {
    Severity.INFO: "#2563eb",
    Severity.LOW: "#0d9488",
    Severity.MEDIUM: "#ca8a04",
    Severity.HIGH: "#ea580c",
    Severity.CRITICAL: "#dc2626",
}


def html_body(view: NoticeView) -> str:
    e = html.escape
    parts = [
        f'<div style="font-family:sans-serif;max-width:640px">'
        f'<p style="color:{_COLOR[view.severity]};font-weight:bold;margin:0">'
        f"{e(view.severity_label)}</p>",
        f'<h2 style="margin:4px 0 12px">{e(view.title)}</h2>',
        *(f"<p>{e(line)}</p>" for line in view.lines),
    ]
    if view.facts:
        rows = "".join(
            f'<tr><th style="text-align:left;padding:2px 12px 2px 0">{e(label)}</th>'
            f"<td>{e(value)}</td></tr>"
            for label, value in view.facts
        )
        parts.append(f"<table>{rows}</table>")
    if view.quotes:
        parts.append(f"<h3>{e(view.quotes_heading)}</h3>")
        for quote in view.quotes:
            source = f"<br><small>{e(quote.source)}</small>" if quote.source else ""
            parts.append(
                '<blockquote style="border-left:3px solid #ccc;margin:8px 0;padding-left:8px">'
                f"{e(quote.text)}{source}</blockquote>"
            )
    if view.link:
        parts.append(f'<p><a href="{e(view.link, quote=True)}">{e(view.link_label)}</a></p>')
    parts.append(f'<p style="color:#888;font-size:small">{e(view.footer)}</p></div>')
    return "\n".join(parts)


def build_message(view: NoticeView, config: dict[str, Any], *, message_id: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = f"[{view.severity_label}] {one_line(view.title)}"
    message["From"] = config["sender"]
    message["To"] = ", ".join(config["recipients"])
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = message_id
    message.set_content(view.plain_text())
    message.add_alternative(
        f'<!doctype html><html lang="{view.lang}"><body>{html_body(view)}</body></html>',
        subtype="html",
    )
    for attachment in view.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        message.add_attachment(
            attachment.data,
            maintype=maintype,
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
        )
    return message


def message_id_for(delivery_id: str, sender: str) -> str:
    # The same id on a resend lets mail clients show one message, not two.
    domain = parseaddr(sender)[1].rpartition("@")[2] or "vocloop.invalid"
    return f"<vocloop.{delivery_id}@{domain}>"


def send_message(message: EmailMessage, config: dict[str, Any]) -> None:
    """Hand the message to the SMTP server; 4xx and network trouble are retryable, 5xx not."""
    host, port, security = config["host"], int(config["port"]), config["security"]
    where = f"{host}:{port}"
    try:
        client: smtplib.SMTP
        if security == "tls":
            client = smtplib.SMTP_SSL(
                host, port, timeout=TIMEOUT_SECONDS, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(host, port, timeout=TIMEOUT_SECONDS)
        with client:
            if security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if config.get("username"):
                client.login(config["username"], config.get("password") or "")
            client.send_message(message)
    except smtplib.SMTPNotSupportedError:
        raise SendError(
            f"The mail server at {where} does not offer STARTTLS; use smtps:// or, on a trusted "
            "network only, smtp+plain://.",
            retryable=False,
        ) from None
    except smtplib.SMTPRecipientsRefused as error:
        codes = [code for code, _ in error.recipients.values()]
        refused = ", ".join(error.recipients)
        raise SendError(
            f"The mail server at {where} refused the recipient(s) {refused}.",
            retryable=all(400 <= code < 500 for code in codes),
        ) from None
    except smtplib.SMTPResponseException as error:
        reply = (
            error.smtp_error.decode(errors="replace")
            if isinstance(error.smtp_error, bytes)
            else str(error.smtp_error)
        )
        raise SendError(
            f"The mail server at {where} answered {error.smtp_code} ({one_line(reply)}).",
            retryable=400 <= error.smtp_code < 500,
        ) from None
    except (smtplib.SMTPException, OSError) as error:
        reason = "connection refused" if isinstance(error, ConnectionRefusedError) else str(error)
        raise SendError(
            f"The mail server at {where} cannot be reached ({reason or type(error).__name__}).",
            retryable=True,
        ) from None
