"""Drafted content from an ASIN's top issues: FAQ entries, bullets, size/compatibility chart
prompts, quick-start steps and insert text, in the marketplace's language and in Chinese.

Drafts are deterministic templates (`draft_templates.py`) around the customers' own words. Every
draft goes through the policy checker before anyone sees it; one that does not pass is returned
with its findings and never marked ready.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.actions.draft_templates import KINDS, TEMPLATES
from vocloop.actions.playbook import asin_playbook
from vocloop.analysis.causes import cause_mix
from vocloop.analysis.taxonomy import cause_label
from vocloop.analysis.topics.listing import list_topics
from vocloop.marketplaces import get_marketplace
from vocloop.store.models import Product, Store

# text, language, channel -> findings as dicts with at least rule, severity, message
Checker = Callable[[str, str, str], list[dict[str, Any]]]
CHANNELS = {"insert": "insert", "faq": "help_center", "quick_start": "help_center"}
DEFAULT_CHANNEL = "help_center"  # listing text: the general rules apply


@dataclass
class Draft:
    kind: str
    cause: str | None
    lang: str
    issue: str
    text: str
    text_zh: str
    findings: list[dict[str, Any]] = field(default_factory=list)
    checked: bool = False
    polished: bool = False  # the text is the polishing service's wording (see actions/polish.py)
    polish_note: str | None = None  # why polishing was skipped, in one sentence

    @property
    def ready(self) -> bool:
        """Checked, and no error or warning: fit to show as a draft."""
        return self.checked and not any(
            f.get("severity") in ("error", "warning") for f in self.findings
        )


def _title(session: Session, tenant_id: int, asin: str, store_id: int | None) -> str:
    query = select(Product.title).where(
        Product.tenant_id == tenant_id, Product.asin == asin, Product.title.is_not(None)
    )
    if store_id is not None:
        query = query.where(Product.store_id == store_id)
    title = session.scalar(query.limit(1)) or asin
    return title.split(",")[0].strip()[:80]


def _language(session: Session, tenant_id: int, asin: str, store_id: int | None) -> str:
    query = (
        select(Store.marketplace)
        .join(Product, Product.store_id == Store.id)
        .where(Product.tenant_id == tenant_id, Product.asin == asin)
    )
    if store_id is not None:
        query = query.where(Store.id == store_id)
    code = session.scalar(query.order_by(Store.id).limit(1))
    lang = get_marketplace(code).language if code else "en"
    return lang if lang in TEMPLATES else "en"


def _issue(session: Session, tenant_id: int, asin: str, cause: str, lang: str) -> str:
    """The customers' words for the cause in the draft's language: a topic label, else a quote."""
    for topic in list_topics(session, tenant_id=tenant_id, asin=asin, root_cause=cause):
        if topic.label_lang == lang:
            return topic.label
    mix = cause_mix(session, tenant_id=tenant_id, asin=asin)
    for share in mix.causes:
        if share.code == cause:
            for quote in share.quotes:
                if quote.lang == lang:
                    return quote.text
    return cause_label(cause, "zh" if lang == "zh" else "en")


def asin_drafts(
    session: Session,
    *,
    tenant_id: int,
    asin: str,
    store_id: int | None = None,
    kinds: tuple[str, ...] = KINDS,
    check: Checker | None = None,
) -> list[Draft]:
    lang = _language(session, tenant_id, asin, store_id)
    title = _title(session, tenant_id, asin, store_id)
    wanted: list[tuple[str, str | None]] = []
    for play in asin_playbook(session, tenant_id=tenant_id, asin=asin, store_id=store_id)[:3]:
        for fix in play.fixes:
            kind = fix.get("draft")
            if kind in kinds and (kind, play.code) not in wanted:
                wanted.append((kind, play.code))
    if "insert" in kinds and not any(kind == "insert" for kind, _ in wanted):
        wanted.append(("insert", None))  # every product benefits from a compliant help card
    drafts = []
    for kind, cause in wanted:
        issue = _issue(session, tenant_id, asin, cause, lang) if cause else ""
        values = {"title": title, "issue": issue}
        text = TEMPLATES[lang][kind].format(
            cause=cause_label(cause, "zh" if lang == "zh" else "en") if cause else "", **values
        )
        text_zh = TEMPLATES["zh"][kind].format(
            cause=cause_label(cause, "zh") if cause else "", **values
        )
        draft = Draft(kind, cause, lang, issue, text, text_zh)
        if check is not None:
            channel = CHANNELS.get(kind, DEFAULT_CHANNEL)
            draft.findings = check(text, lang, channel) + check(text_zh, "zh", channel)
            draft.checked = True
        drafts.append(draft)
    return drafts
