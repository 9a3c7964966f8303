"""Demo catalog: the three demo stores, product categories and the thirty demo ASINs."""

from __future__ import annotations

from dataclasses import dataclass, field

# The ASINs that carry the planted patterns (README.md).
SUPPLIER_CHANGE_ASIN = "B0DEMOCH65"
USAGE_DIFFICULTY_ASIN = "B0DEMODK12"
SAFETY_ASIN = "B0DEMOHD18"
RUNS_SMALL_ASINS = ("B0DEMOHM01", "B0DEMOHL01")
SIZE_FIX_ASIN = "B0DEMOHM01"  # its size chart is corrected: size_fit returns fall after that day
MISMATCH_ASINS = ("B0DEMOMG35", "B0DEMOPB10", "B0DEMOLD01")
VINE_ASIN = "B0DEMORJ01"


@dataclass(frozen=True)
class DemoStore:
    """One demo store (one seller account on one marketplace)."""

    code: str
    name: str
    marketplace_id: str
    domain: str
    sales_channel: str
    currency: str
    language: str
    utc_offset_hours: int
    returns_encoding: str
    email_domain: str
    fulfillment_centers: tuple[str, ...]
    order_prefixes: tuple[str, ...]


STORES: tuple[DemoStore, ...] = (
    DemoStore(
        "US",
        "Vocloop Demo US",
        "ATVPDKIKX0DER",
        "amazon.com",
        "Amazon.com",
        "USD",
        "en",
        -6,
        "utf-8",
        "marketplace.amazon.com",
        ("PHX7", "ONT8", "BFI4", "MDW2", "JFK8"),
        ("111", "112", "113", "114"),
    ),
    DemoStore(
        "DE",
        "Vocloop Demo DE",
        "A1PA6795UKMFR9",
        "amazon.de",
        "Amazon.de",
        "EUR",
        "de",
        1,
        "cp1252",
        "marketplace.amazon.de",
        ("LEJ1", "DUS2", "FRA7", "MUC3"),
        ("028", "302", "303", "304", "305", "306"),
    ),
    DemoStore(
        "JP",
        "Vocloop Demo JP",
        "A1VC38T7YXB528",
        "amazon.co.jp",
        "Amazon.co.jp",
        "JPY",
        "ja",
        9,
        "cp932",
        "marketplace.amazon.co.jp",
        ("NRT5", "KIX4", "HND3"),
        ("249", "250", "503"),
    ),
)
STORE_BY_CODE = {store.code: store for store in STORES}


@dataclass(frozen=True)
class Address:
    """A ship-to area; tax_bp is the US sales tax in basis points (0 where VAT is in the price)."""

    city: str
    state: str
    postal: str
    weight: int
    tax_bp: int = 0


ADDRESSES: dict[str, tuple[Address, ...]] = {
    "US": (
        Address("PHOENIX", "AZ", "85004", 5, 860),
        Address("LOS ANGELES", "CA", "90012", 9, 950),
        Address("DALLAS", "TX", "75201", 6, 825),
        Address("SEATTLE", "WA", "98101", 4, 1025),
        Address("DENVER", "CO", "80202", 3, 881),
        Address("CHICAGO", "IL", "60601", 7, 1025),
        Address("BROOKLYN", "NY", "11201", 8, 888),
        Address("ATLANTA", "GA", "30303", 4, 890),
        Address("MIAMI", "FL", "33130", 4, 700),
        Address("PORTLAND", "OR", "97201", 3, 0),
        Address("BOSTON", "MA", "02108", 3, 625),
        Address("AUSTIN", "TX", "78701", 3, 825),
        Address("SAN JOSE", "CA", "95113", 3, 938),
        Address("MINNEAPOLIS", "MN", "55401", 2, 803),
        Address("CHARLOTTE", "NC", "28202", 2, 725),
        Address("COLUMBUS", "OH", "43215", 2, 750),
        Address("NASHVILLE", "TN", "37203", 2, 925),
        Address("SALT LAKE CITY", "UT", "84101", 1, 775),
    ),
    "DE": (
        Address("Berlin", "Berlin", "10115", 9),
        Address("Hamburg", "Hamburg", "20095", 6),
        Address("München", "Bayern", "80331", 6),
        Address("Köln", "Nordrhein-Westfalen", "50667", 5),
        Address("Frankfurt am Main", "Hessen", "60311", 4),
        Address("Stuttgart", "Baden-Württemberg", "70173", 3),
        Address("Düsseldorf", "Nordrhein-Westfalen", "40213", 3),
        Address("Leipzig", "Sachsen", "04109", 3),
        Address("Dortmund", "Nordrhein-Westfalen", "44135", 3),
        Address("Essen", "Nordrhein-Westfalen", "45127", 2),
        Address("Bremen", "Bremen", "28195", 2),
        Address("Dresden", "Sachsen", "01067", 2),
        Address("Hannover", "Niedersachsen", "30159", 2),
        Address("Nürnberg", "Bayern", "90402", 2),
        Address("Freiburg im Breisgau", "Baden-Württemberg", "79098", 1),
        Address("Münster", "Nordrhein-Westfalen", "48143", 1),
        Address("Würzburg", "Bayern", "97070", 1),
        Address("Lübeck", "Schleswig-Holstein", "23552", 1),
    ),
    "JP": (
        Address("千代田区", "東京都", "100-0001", 3),
        Address("世田谷区", "東京都", "154-0001", 6),
        Address("新宿区", "東京都", "160-0022", 4),
        Address("大阪市北区", "大阪府", "530-0001", 5),
        Address("横浜市中区", "神奈川県", "231-0001", 5),
        Address("名古屋市中区", "愛知県", "460-0008", 4),
        Address("札幌市中央区", "北海道", "060-0001", 3),
        Address("福岡市博多区", "福岡県", "812-0011", 3),
        Address("京都市下京区", "京都府", "600-8216", 2),
        Address("神戸市中央区", "兵庫県", "650-0001", 2),
        Address("仙台市青葉区", "宮城県", "980-0811", 2),
        Address("さいたま市大宮区", "埼玉県", "330-0846", 3),
        Address("広島市中区", "広島県", "730-0011", 2),
        Address("川崎市中原区", "神奈川県", "211-0004", 2),
    ),
}


@dataclass(frozen=True)
class Category:
    """Return behaviour and seasonality shared by a product category."""

    code: str
    return_rate: float
    causes: tuple[tuple[str, int], ...]
    season: tuple[float, ...]  # January..December demand multipliers


_HARDWARE_SEASON = (0.95, 0.85, 0.9, 0.9, 0.95, 0.95, 1.05, 1.0, 1.0, 1.0, 1.3, 1.5)
CATEGORIES: dict[str, Category] = {
    category.code: category
    for category in (
        Category(
            "kitchen",
            0.04,
            (
                ("quality_defect", 28),
                ("performance_below_expectation", 10),
                ("not_as_described", 10),
                ("buyer_remorse", 24),
                ("damaged_on_arrival", 10),
                ("missing_parts", 4),
                ("wrong_item", 3),
                ("used_or_not_new", 3),
                ("shipping_delivery", 5),
                ("other", 3),
            ),
            (0.9, 0.85, 0.9, 0.95, 1.0, 0.95, 1.0, 0.95, 1.0, 1.05, 1.25, 1.45),
        ),
        Category(
            "apparel",
            0.12,
            (
                ("size_fit", 45),
                ("not_as_described", 10),
                ("quality_defect", 10),
                ("buyer_remorse", 20),
                ("wrong_item", 4),
                ("used_or_not_new", 2),
                ("damaged_on_arrival", 1),
                ("shipping_delivery", 5),
                ("other", 3),
            ),
            (0.9, 0.85, 0.95, 1.0, 1.05, 1.0, 1.05, 1.0, 1.0, 1.05, 1.2, 1.3),
        ),
        Category(
            "electronics",
            0.06,
            (
                ("quality_defect", 30),
                ("performance_below_expectation", 14),
                ("compatibility", 14),
                ("buyer_remorse", 18),
                ("not_as_described", 6),
                ("damaged_on_arrival", 4),
                ("missing_parts", 3),
                ("wrong_item", 2),
                ("used_or_not_new", 2),
                ("shipping_delivery", 5),
                ("other", 2),
            ),
            _HARDWARE_SEASON,
        ),
        Category(
            "home",
            0.05,
            (
                ("quality_defect", 26),
                ("performance_below_expectation", 16),
                ("usage_difficulty", 6),
                ("compatibility", 4),
                ("buyer_remorse", 18),
                ("not_as_described", 10),
                ("damaged_on_arrival", 6),
                ("missing_parts", 2),
                ("wrong_item", 2),
                ("used_or_not_new", 1),
                ("shipping_delivery", 4),
                ("other", 1),
            ),
            (1.1, 1.0, 0.95, 0.85, 0.8, 0.75, 0.85, 0.85, 0.95, 1.1, 1.3, 1.45),
        ),
        Category(
            "beauty",
            0.035,
            (
                ("quality_defect", 18),
                ("performance_below_expectation", 22),
                ("not_as_described", 10),
                ("buyer_remorse", 24),
                ("used_or_not_new", 8),
                ("damaged_on_arrival", 6),
                ("missing_parts", 2),
                ("wrong_item", 2),
                ("shipping_delivery", 5),
                ("other", 3),
            ),
            (0.95, 1.0, 1.0, 1.0, 1.0, 0.95, 1.0, 0.95, 0.95, 1.0, 1.2, 1.4),
        ),
        Category(
            "furniture",
            0.07,
            (
                ("quality_defect", 18),
                ("missing_parts", 16),
                ("usage_difficulty", 12),
                ("damaged_on_arrival", 14),
                ("size_fit", 6),
                ("not_as_described", 8),
                ("performance_below_expectation", 4),
                ("buyer_remorse", 14),
                ("wrong_item", 2),
                ("shipping_delivery", 5),
                ("other", 3),
            ),
            (1.1, 0.95, 0.9, 0.85, 0.85, 0.85, 0.95, 1.15, 1.1, 1.0, 1.2, 1.3),
        ),
        Category(
            "toys",
            0.045,
            (
                ("quality_defect", 20),
                ("missing_parts", 18),
                ("usage_difficulty", 10),
                ("damaged_on_arrival", 14),
                ("not_as_described", 8),
                ("performance_below_expectation", 6),
                ("buyer_remorse", 16),
                ("wrong_item", 2),
                ("shipping_delivery", 4),
                ("other", 2),
            ),
            (0.8, 0.75, 0.8, 0.85, 0.85, 0.8, 0.9, 0.9, 0.95, 1.1, 1.6, 2.1),
        ),
    )
}


@dataclass(frozen=True)
class Listing:
    """An ASIN's offer in one store; daily is the baseline of order lines per day."""

    sku: str
    price_minor: int  # cents, or yen for JPY
    daily: float


@dataclass(frozen=True)
class Wording:
    """How a product is named in one language, for titles and generated customer text.

    German nouns carry their nominative article ("der Deckel"): templates only use them where
    the nominative is right. device is the compatibility target (dative in German); accessory
    is what a "missing parts" buyer finds missing.
    """

    title: str
    item: str
    part: str
    device: str
    weak: str  # one sentence: how the product underperforms
    variation: str = ""
    accessory: str = ""


@dataclass(frozen=True)
class Product:
    """One demo ASIN with its offers and its return behaviour."""

    asin: str
    fnsku: str
    category: str
    family: str  # which phrase family its defect texts come from
    listings: dict[str, Listing]
    wording: dict[str, Wording]
    factor: float = 1.0  # return rate multiplier over the category's
    causes: tuple[tuple[str, int], ...] = ()  # weights replacing the category's for these causes
    small_share: float = 0.5  # share of apparel size returns that say "too small"
    usage_style: str = ""  # "assembly" or "app": flavour of usage_difficulty comments
    season: tuple[float, ...] | None = None
    launch_days_ago: int | None = None
    stores: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "stores", tuple(self.listings))

    def cause_weights(self) -> tuple[tuple[str, int], ...]:
        """The product's return cause mix: the category's, with the product's overrides."""
        weights = dict(CATEGORIES[self.category].causes)
        weights.update(dict(self.causes))
        return tuple((cause, weight) for cause, weight in weights.items() if weight > 0)

    def return_rate(self) -> float:
        return CATEGORIES[self.category].return_rate * self.factor

    def monthly_season(self) -> tuple[float, ...]:
        return self.season or CATEGORIES[self.category].season
