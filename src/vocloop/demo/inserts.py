"""Demo insert cards: a few demo ASINs get a printable card in the brand's languages."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from vocloop.demo.products import PRODUCTS
from vocloop.store.models import Brand
from vocloop.support.inserts import InsertRequest, default_title, make_insert

DEMO_INSERT_PRODUCTS = 3


def add_demo_inserts(session: Session, *, tenant_id: int, brand: Brand, today: dt.date) -> int:
    """Cards (A6, default words, the product's local name) for the first demo products sold in
    Japan, in en, de and ja."""
    now = dt.datetime.combine(today, dt.time(9), dt.UTC)
    chosen = [product for product in PRODUCTS if "ja" in product.wording][:DEMO_INSERT_PRODUCTS]
    made = 0
    for product in chosen:
        for lang in ("en", "de", "ja"):
            wording = product.wording.get(lang)
            title = default_title(lang, wording.title) if wording else ""
            request = InsertRequest(asin=product.asin, lang=lang, size="a6", title=title)
            make_insert(
                session,
                tenant_id=tenant_id,
                brand=brand,
                request=request,
                created_by="vocloop demo",
                now=now,
            )
            made += 1
    return made
