"""The thirty demo ASINs, in catalog order, and a lookup by ASIN."""

from __future__ import annotations

from vocloop.demo.catalog import Product
from vocloop.demo.products_electronics import ELECTRONICS
from vocloop.demo.products_home import HOME_BEAUTY_AND_ASSEMBLY
from vocloop.demo.products_kitchen_apparel import KITCHEN_AND_APPAREL

PRODUCTS: tuple[Product, ...] = (*KITCHEN_AND_APPAREL, *ELECTRONICS, *HOME_BEAUTY_AND_ASSEMBLY)
PRODUCT_BY_ASIN: dict[str, Product] = {product.asin: product for product in PRODUCTS}
