"""Ticket test set-up: a tenant with an owner and an agent, brand Homely with two products,
and its support mailbox on the local SMTP (and optionally IMAP) server."""

from __future__ import annotations

from dataclasses import dataclass

from vocloop.accounts import add_membership, create_user
from vocloop.app import App
from vocloop.notify import SecretBox
from vocloop.store.access import create_tenant
from vocloop.support import add_brand_product, create_brand, parse_mailbox, set_brand_mailbox

PASSWORD = "correct horse battery"
KETTLE, LAMP = "B0TKETTLE1", "B0TLAMP002"


@dataclass(frozen=True)
class Desk:
    tenant_id: int
    brand_id: int
    slug: str
    owner: str
    agent: str
    agent_id: int


def make_desk(
    app: App,
    *,
    tenant: str = "one",
    slug: str = "homely",
    smtp_port: int | None = None,
    imap_url: str | None = None,
    imap_password: str | None = None,
) -> Desk:
    with app.sessions.begin() as session:
        tenant_id = create_tenant(session, slug=tenant).id
        owner = create_user(session, email=f"owner@{tenant}.example", password=PASSWORD)
        agent = create_user(session, email=f"agent@{tenant}.example", password=PASSWORD)
        add_membership(session, user_id=owner.id, tenant_id=tenant_id, role="owner")
        add_membership(session, user_id=agent.id, tenant_id=tenant_id, role="agent")
        brand = create_brand(
            session,
            tenant_id=tenant_id,
            slug=slug,
            name=slug.title(),
            default_lang="en",
            languages=["en", "de", "ja"],
            support_email=f"support@{slug}.example",
        )
        add_brand_product(session, tenant_id=tenant_id, brand=brand, asin=KETTLE, name="Kettle")
        add_brand_product(session, tenant_id=tenant_id, brand=brand, asin=LAMP, name="Desk lamp")
        if smtp_port is not None:
            mailbox = parse_mailbox(
                f"smtp+plain://127.0.0.1:{smtp_port}?from=support@{slug}.example",
                imap_url=imap_url,
                imap_password=imap_password,
            )
            set_brand_mailbox(
                session,
                SecretBox.from_settings(app.settings),
                tenant_id=tenant_id,
                brand=brand,
                mailbox=mailbox,
            )
        return Desk(tenant_id, brand.id, slug, owner.email, agent.email, agent.id)
