"""The printable insert card: a one-page PDF at the card's size with its QR code (weasyprint)."""

from __future__ import annotations

import segno
from markupsafe import Markup
from weasyprint import HTML

from vocloop.store.models import Brand, InsertCard
from vocloop.support.inserts.sizes import get_insert_size
from vocloop.support.urls import public_root

_FONTS = {
    "ja": '"Noto Sans CJK JP", "Noto Sans JP"',
    "zh": '"Noto Sans CJK SC", "Noto Sans SC"',
}
_LATIN_FONTS = '"Noto Sans", "DejaVu Sans", "Liberation Sans", sans-serif'
_MARGIN_MM = 6.0


def scan_path(code: str) -> str:
    """The short path a card's QR code points to; /q/<code> counts the scan and redirects."""
    return f"/q/{code}"


def scan_url(brand: Brand, card: InsertCard, server_url: str) -> str:
    """The absolute address printed in the QR code (the brand's own host when it has one)."""
    return public_root(brand, server_url) + scan_path(card.code)


def card_html(card: InsertCard, *, brand_name: str, url: str) -> str:
    """The card as HTML for weasyprint: brand, title, QR code, words, the short address."""
    size = get_insert_size(card.size)
    short_side = min(size.width_mm, size.height_mm)
    qr_mm = round(short_side * 0.48, 1)  # >= 35 mm on A7: scans from a phone at arm's length
    qr = segno.make(url, error="m")
    fonts = f"{_FONTS[card.lang]}, {_LATIN_FONTS}" if card.lang in _FONTS else _LATIN_FONTS
    base = round(short_side / 26, 1)  # ~4 mm text on A6, ~2.8 mm on A7
    paragraphs = Markup("").join(
        Markup("<p>{}</p>").format(line) for line in card.body.splitlines() if line.strip()
    )
    style = f"""
@page {{ size: {size.width_mm}mm {size.height_mm}mm; margin: {_MARGIN_MM}mm; }}
body {{ font-family: {fonts}; font-size: {base}mm; line-height: 1.35; color: #111; margin: 0; }}
.brand {{ font-size: 0.8em; letter-spacing: 0.05em; text-transform: uppercase; color: #444; }}
h1 {{ font-size: 1.35em; margin: 0.4em 0 0.6em; line-height: 1.2; }}
.qr {{ text-align: center; margin: 0.5em 0; }}
.qr img {{ width: {qr_mm}mm; height: {qr_mm}mm; }}
.url {{ text-align: center; font-size: 0.75em; color: #333; margin: 0 0 0.6em; }}
p {{ margin: 0 0 0.5em; }}
.version {{ position: fixed; bottom: 0; right: 0; font-size: 0.55em; color: #777; }}
"""
    return str(
        Markup(
            '<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>{style}'
            '</style></head><body><div class="brand">{brand}</div><h1>{title}</h1>'
            '<div class="qr"><img src="{qr}" alt="QR"></div><div class="url">{url}</div>'
            '{paragraphs}<div class="version">{asin} · v{version} · {lang}</div></body></html>'
        ).format(
            lang=card.lang,
            style=Markup(style),  # noqa: S704  (numbers and fixed font names, no user text)
            brand=brand_name,
            title=card.title,
            qr=qr.svg_data_uri(border=2, dark="#000", light="#fff"),
            url=url,
            paragraphs=paragraphs,
            asin=card.asin,
            version=card.version,
        )
    )


def render_insert_pdf(card: InsertCard, *, brand_name: str, url: str) -> bytes:
    """The card as a one-page PDF."""
    pdf = HTML(string=card_html(card, brand_name=brand_name, url=url)).write_pdf()
    assert pdf is not None  # write_pdf returns bytes when no target is given
    return bytes(pdf)
