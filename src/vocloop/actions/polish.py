"""Optional polishing of drafts by an OpenAI-compatible chat endpoint (off unless configured).

The templates are the default and always suffice. When `VOCLOOP_POLISH_URL` is set, each draft that
passed the policy checker is sent (with buyers' e-mail addresses and phone numbers masked, POLICY.md
PII-03) to `POST {url}/chat/completions`; the answer replaces the template text only when it passes
the same checker. Any failure (timeout, HTTP error, an answer that is not a chat completion, a
polished text the checker objects to) keeps the template text and says why in one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from vocloop.actions.drafts import CHANNELS, DEFAULT_CHANNEL, Checker, Draft
from vocloop.config import Settings
from vocloop.errors import UserError

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w-])(?:\+|00)?\d(?:[\s().-]?\d){7,}(?![\w-])")
_LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "ja": "Japanese",
    "zh": "Simplified Chinese",
}
_KIND_NAMES = {
    "faq": "an FAQ entry",
    "bullet": "a product listing bullet point",
    "size_chart": "a size chart prompt",
    "compatibility_chart": "a compatibility chart prompt",
    "quick_start": "quick-start guide steps",
    "insert": "a package insert card",
}
_INSTRUCTIONS = (
    "You edit {kind} written by an Amazon seller, in {language}. Improve clarity and flow only. "
    "Keep every fact, number and step, keep the same language, and answer with the edited text "
    "alone. Never ask for a review, rating or feedback, never offer anything in return, never add "
    "links, e-mail addresses, phone numbers, discounts or invitations to buy elsewhere."
)


@dataclass(frozen=True)
class PolishConfig:
    url: str
    api_key: str | None
    model: str
    timeout: float

    @classmethod
    def from_settings(cls, settings: Settings) -> PolishConfig | None:
        """The configured endpoint, or None when polishing is off (no URL)."""
        if not settings.polish_url:
            return None
        key = settings.polish_api_key.get_secret_value() if settings.polish_api_key else None
        return cls(settings.polish_url, key, settings.polish_model, settings.polish_timeout)

    @property
    def endpoint(self) -> str:
        base = self.url.rstrip("/")
        return base if base.endswith("/chat/completions") else f"{base}/chat/completions"

    @property
    def host(self) -> str:
        return urlsplit(self.endpoint).netloc or self.endpoint


class PolishError(UserError):
    """The polishing service could not give a usable answer (the template text is kept)."""


def mask_contacts(text: str) -> str:
    """The text with e-mail addresses and phone numbers replaced, before it leaves vocloop."""
    return _PHONE.sub("[phone]", _EMAIL.sub("[email]", text))


class Polisher:
    """Talks to one OpenAI-compatible endpoint; `client` is injectable for tests and reuse."""

    def __init__(self, config: PolishConfig, client: httpx.Client | None = None) -> None:
        self.config = config
        self._client = client or httpx.Client(timeout=config.timeout)

    def close(self) -> None:
        self._client.close()

    def polish(self, text: str, *, lang: str, kind: str) -> str:
        """The polished wording of `text`; raises PolishError with one sentence on any failure."""
        system = _INSTRUCTIONS.format(
            kind=_KIND_NAMES.get(kind, "a text"), language=_LANGUAGE_NAMES.get(lang, "English")
        )
        body = {
            "model": self.config.model,
            "temperature": 0.2,
            "messages": [
                {"role": "system", "content": system},
                {"role": "user", "content": mask_contacts(text)},
            ],
        }
        headers = {"Authorization": f"Bearer {self.config.api_key}"} if self.config.api_key else {}
        host, seconds = self.config.host, self.config.timeout
        try:
            response = self._client.post(
                self.config.endpoint, json=body, headers=headers, timeout=seconds
            )
        except httpx.TimeoutException:
            raise PolishError(
                f"The polishing service at {host} did not answer within {seconds:g} s."
            ) from None
        except httpx.HTTPError as exc:
            raise PolishError(
                f"The polishing service at {host} could not be reached ({type(exc).__name__})."
            ) from None
        if response.status_code in (401, 403):
            raise PolishError(
                f"The polishing service at {host} refused the key (HTTP {response.status_code}); "
                "check VOCLOOP_POLISH_API_KEY."
            )
        if response.status_code >= 400:
            raise PolishError(
                f"The polishing service at {host} answered HTTP {response.status_code}."
            )
        return _completion_text(response, host)


def _completion_text(response: httpx.Response, host: str) -> str:
    try:
        data: Any = response.json()
        content = data["choices"][0]["message"]["content"]
    except (ValueError, KeyError, IndexError, TypeError):
        content = None
    if not isinstance(content, str) or not content.strip():
        raise PolishError(f"The polishing service at {host} did not send a chat completion.")
    return content.strip()


def polish_drafts(drafts: list[Draft], polisher: Polisher, check: Checker) -> list[Draft]:
    """Polish every ready draft's marketplace text in place; keep the template when the service
    fails or the polished text does not pass the checker (the reason goes to `polish_note`)."""
    for draft in drafts:
        if not draft.ready:
            continue
        try:
            text = polisher.polish(draft.text, lang=draft.lang, kind=draft.kind)
        except PolishError as exc:
            draft.polish_note = f"{exc.message} The template text is kept."
            continue
        channel = CHANNELS.get(draft.kind, DEFAULT_CHANNEL)
        findings = check(text, draft.lang, channel)
        objections = [f for f in findings if f.get("severity") in ("error", "warning")]
        if objections:
            rules = ", ".join(sorted({str(f.get("rule")) for f in objections}))
            draft.polish_note = (
                f"The polished wording did not pass the policy checker ({rules}); "
                "the template text is kept."
            )
            continue
        draft.text = text
        draft.findings = findings + check(draft.text_zh, "zh", channel)
        draft.polished = True
    return drafts
