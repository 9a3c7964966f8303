"""Canned replies: the texts agents start from, per name and language."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vocloop.errors import NotFound, UserError
from vocloop.store.models import CannedReply
from vocloop.support.languages import parse_buyer_lang


def save_canned_reply(
    session: Session, *, tenant_id: int, name: str, lang: str, body: str
) -> CannedReply:
    """Add the canned reply, or replace the text of the one with this name and language."""
    name = name.strip()
    if not name or not body.strip():
        raise UserError("A canned reply needs a name and a text.")
    try:
        code = parse_buyer_lang(lang)
    except ValueError:
        raise UserError(f"'{lang}' is not a buyer language.") from None
    row = session.scalar(
        select(CannedReply).where(
            CannedReply.tenant_id == tenant_id, CannedReply.name == name, CannedReply.lang == code
        )
    )
    if row is None:
        row = CannedReply(tenant_id=tenant_id, name=name[:100], lang=code, body="")
        session.add(row)
    row.body = body.strip()
    session.flush()
    return row


def list_canned_replies(session: Session, *, tenant_id: int) -> list[CannedReply]:
    return list(
        session.scalars(
            select(CannedReply)
            .where(CannedReply.tenant_id == tenant_id)
            .order_by(CannedReply.name, CannedReply.lang)
        )
    )


def canned_replies_for(session: Session, *, tenant_id: int, lang: str) -> list[CannedReply]:
    """One reply per name: in the ticket's language when there is one, else English, else any."""
    rows = session.scalars(
        select(CannedReply).where(CannedReply.tenant_id == tenant_id).order_by(CannedReply.name)
    ).all()
    best: dict[str, CannedReply] = {}
    rank = {lang: 0, "en": 1}
    for row in rows:
        current = best.get(row.name)
        if current is None or rank.get(row.lang, 2) < rank.get(current.lang, 2):
            best[row.name] = row
    return list(best.values())


def get_canned_reply(session: Session, *, tenant_id: int, canned_id: int) -> CannedReply:
    row = session.get(CannedReply, canned_id)
    if row is None or row.tenant_id != tenant_id:
        raise NotFound(f"There is no canned reply {canned_id}.")
    return row
