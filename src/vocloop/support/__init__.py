"""Serving buyers off Amazon: brands, help centers, inserts, warranty registration and tickets."""

from vocloop.support.brands import (
    add_brand_product,
    create_brand,
    find_brand,
    find_brand_product,
    find_public_brand,
    get_brand,
    get_brand_by_id,
    get_brand_product,
    list_brand_products,
    list_brands,
)
from vocloop.support.languages import (
    BUYER_LANGS,
    LANG_NAMES,
    accepted_langs,
    parse_buyer_lang,
    pick_lang,
)
from vocloop.support.mailbox import (
    Mailbox,
    brand_mailbox,
    parse_mailbox,
    send_brand_mail,
    set_brand_mailbox,
)
from vocloop.support.urls import (
    brand_home_path,
    contact_path,
    product_page_path,
    public_root,
    warranty_path,
)

__all__ = [
    "BUYER_LANGS",
    "LANG_NAMES",
    "Mailbox",
    "accepted_langs",
    "add_brand_product",
    "brand_home_path",
    "brand_mailbox",
    "contact_path",
    "create_brand",
    "find_brand",
    "find_brand_product",
    "find_public_brand",
    "get_brand",
    "get_brand_by_id",
    "get_brand_product",
    "list_brand_products",
    "list_brands",
    "parse_buyer_lang",
    "parse_mailbox",
    "pick_lang",
    "product_page_path",
    "public_root",
    "send_brand_mail",
    "set_brand_mailbox",
    "warranty_path",
]
