"""Amazon marketplaces as data: code, id, sales channel, region, language and local date style."""

from __future__ import annotations

from dataclasses import dataclass

from vocloop.errors import UserError


@dataclass(frozen=True)
class Marketplace:
    """One Amazon marketplace. date_order is how its Seller Central reports write short dates."""

    code: str
    marketplace_id: str
    sales_channel: str
    region: str  # NA, EU or FE: the SP-API endpoint region
    language: str
    currency: str
    date_order: str  # "MDY", "DMY" or "YMD" (FORMATS.md §2)
    date_separator: str
    timezone: str


MARKETPLACES: tuple[Marketplace, ...] = (
    Marketplace(
        "US", "ATVPDKIKX0DER", "Amazon.com", "NA", "en", "USD", "MDY", "/", "America/Los_Angeles"
    ),
    Marketplace(
        "CA", "A2EUQ1WTGCTBG2", "Amazon.ca", "NA", "en", "CAD", "DMY", "/", "America/Toronto"
    ),
    Marketplace(
        "MX",
        "A1AM78C64UM0Y8",
        "Amazon.com.mx",
        "NA",
        "es",
        "MXN",
        "DMY",
        "/",
        "America/Mexico_City",
    ),
    Marketplace(
        "BR", "A2Q3Y263D00KWC", "Amazon.com.br", "NA", "pt", "BRL", "DMY", "/", "America/Sao_Paulo"
    ),
    Marketplace(
        "UK", "A1F83G8C2ARO7P", "Amazon.co.uk", "EU", "en", "GBP", "DMY", "/", "Europe/London"
    ),
    Marketplace(
        "DE", "A1PA6795UKMFR9", "Amazon.de", "EU", "de", "EUR", "DMY", ".", "Europe/Berlin"
    ),
    Marketplace("FR", "A13V1IB3VIYZZH", "Amazon.fr", "EU", "fr", "EUR", "DMY", "/", "Europe/Paris"),
    Marketplace("IT", "APJ6JRA9NG5V4", "Amazon.it", "EU", "it", "EUR", "DMY", "/", "Europe/Rome"),
    Marketplace(
        "ES", "A1RKKUPIHCS9HS", "Amazon.es", "EU", "es", "EUR", "DMY", "/", "Europe/Madrid"
    ),
    Marketplace(
        "NL", "A1805IZSGTT6HS", "Amazon.nl", "EU", "nl", "EUR", "DMY", "/", "Europe/Amsterdam"
    ),
    Marketplace(
        "SE", "A2NODRKZP88ZB9", "Amazon.se", "EU", "sv", "SEK", "YMD", "-", "Europe/Stockholm"
    ),
    Marketplace(
        "PL", "A1C3SOZRARQ6R3", "Amazon.pl", "EU", "pl", "PLN", "DMY", "/", "Europe/Warsaw"
    ),
    Marketplace(
        "BE", "AMEN7PMS3EDWL", "Amazon.com.be", "EU", "fr", "EUR", "DMY", "/", "Europe/Brussels"
    ),
    Marketplace(
        "IE", "A28R8C7NBKEWEA", "Amazon.ie", "EU", "en", "EUR", "DMY", "/", "Europe/Dublin"
    ),
    Marketplace(
        "TR", "A33AVAJ2PDY3EV", "Amazon.com.tr", "EU", "tr", "TRY", "DMY", "/", "Europe/Istanbul"
    ),
    Marketplace("AE", "A2VIGQ35RCS4UG", "Amazon.ae", "EU", "en", "AED", "DMY", "/", "Asia/Dubai"),
    Marketplace("SA", "A17E79C6D8DWNP", "Amazon.sa", "EU", "ar", "SAR", "DMY", "/", "Asia/Riyadh"),
    Marketplace("EG", "ARBP9OOSHTCHU", "Amazon.eg", "EU", "ar", "EGP", "DMY", "/", "Africa/Cairo"),
    Marketplace("IN", "A21TJRUUN4KGV", "Amazon.in", "EU", "en", "INR", "DMY", "/", "Asia/Kolkata"),
    Marketplace(
        "JP", "A1VC38T7YXB528", "Amazon.co.jp", "FE", "ja", "JPY", "YMD", "/", "Asia/Tokyo"
    ),
    Marketplace(
        "AU", "A39IBJ37TRP1C6", "Amazon.com.au", "FE", "en", "AUD", "DMY", "/", "Australia/Sydney"
    ),
    Marketplace(
        "SG", "A19VAU5U5O7RUS", "Amazon.sg", "FE", "en", "SGD", "DMY", "/", "Asia/Singapore"
    ),
)

_BY_CODE = {m.code: m for m in MARKETPLACES}
_BY_ID = {m.marketplace_id: m for m in MARKETPLACES}
_BY_CHANNEL = {m.sales_channel.lower(): m for m in MARKETPLACES}
_ALIASES = {"GB": "UK"}


def find_marketplace(value: str) -> Marketplace | None:
    """A marketplace by country code, marketplace id or sales channel ("Amazon.de"); else None."""
    text = value.strip()
    upper = _ALIASES.get(text.upper(), text.upper())
    return _BY_CODE.get(upper) or _BY_ID.get(text) or _BY_CHANNEL.get(text.lower())


def get_marketplace(value: str) -> Marketplace:
    """Like find_marketplace, but a value no marketplace has is the user's error."""
    found = find_marketplace(value)
    if found is None:
        codes = ", ".join(m.code for m in MARKETPLACES)
        raise UserError(
            f"'{value}' is not an Amazon marketplace; "
            f"use a country code ({codes}) or a marketplace id."
        )
    return found
