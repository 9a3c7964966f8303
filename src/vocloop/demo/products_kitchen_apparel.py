"""Demo ASINs in kitchen and apparel: offers per store and wording in English, German, Japanese."""

from __future__ import annotations

from vocloop.demo.catalog import Listing, Product, Wording

_HOODIE_SEASON = (1.3, 1.1, 0.9, 0.7, 0.5, 0.4, 0.45, 0.6, 0.9, 1.2, 1.5, 1.6)
_TEE_SEASON = (0.7, 0.7, 0.9, 1.1, 1.3, 1.4, 1.4, 1.2, 1.0, 0.8, 0.9, 1.0)
_JACKET_SEASON = (0.8, 0.9, 1.2, 1.3, 1.2, 1.0, 0.9, 1.0, 1.2, 1.2, 0.9, 0.8)
# The hoodie runs small: most of its returns are about fit, and nine in ten say "too small".
_HOODIE_CAUSES = (("size_fit", 62), ("not_as_described", 7), ("buyer_remorse", 14))


def _tee(asin: str, fnsku: str, size: str, us: float, de: float) -> Product:
    return Product(
        asin,
        fnsku,
        "apparel",
        "apparel",
        {
            "US": Listing(f"VL-TEE-{size}-NAVY", 1999, us),
            "DE": Listing(f"VL-TEE-{size}-NAVY", 2199, de),
        },
        {
            "en": Wording(
                f"Vocloop Organic Cotton T-Shirt, Navy, {size}",
                "T-shirt",
                "collar",
                "",
                "The fabric is thinner than I'd like.",
                f"Size: {size} | Color: Navy",
            ),
            "de": Wording(
                f"Vocloop T-Shirt aus Bio-Baumwolle, Marineblau, {size}",
                "das T-Shirt",
                "der Kragen",
                "",
                "Der Stoff ist dünner als gedacht.",
                f"Größe: {size} | Farbe: Marineblau",
            ),
        },
        season=_TEE_SEASON,
    )


def _hoodie(asin: str, fnsku: str, size: str, us: float, de: float, jp: float) -> Product:
    return Product(
        asin,
        fnsku,
        "apparel",
        "apparel",
        {
            "US": Listing(f"VL-HOOD-{size}-GRY", 4499, us),
            "DE": Listing(f"VL-HOOD-{size}-GRY", 4499, de),
            "JP": Listing(f"VL-HOOD-{size}-GRY", 5980, jp),
        },
        {
            "en": Wording(
                f"Vocloop Fleece Zip Hoodie, Heather Grey, {size}",
                "hoodie",
                "zipper",
                "",
                "It isn't as warm as the thick fleece suggests.",
                f"Size: {size} | Color: Heather Grey",
            ),
            "de": Wording(
                f"Vocloop Fleece-Kapuzenjacke mit Reißverschluss, Grau meliert, {size}",
                "die Kapuzenjacke",
                "der Reißverschluss",
                "",
                "Sie wärmt längst nicht so, wie der dicke Fleece vermuten lässt.",
                f"Größe: {size} | Farbe: Grau meliert",
            ),
            "ja": Wording(
                f"Vocloop フリース ジップパーカー ヘザーグレー {size}",
                "パーカー",
                "ファスナー",
                "",
                "見た目ほど暖かくありません。",
                f"サイズ: {size} | カラー: ヘザーグレー",
            ),
        },
        factor=1.15,
        causes=_HOODIE_CAUSES,
        small_share=0.9,
        season=_HOODIE_SEASON,
    )


KITCHEN_AND_APPAREL: tuple[Product, ...] = (
    Product(
        "B0DEMOMG35",
        "X00DEMOM35",
        "kitchen",
        "kitchen",
        {
            "US": Listing("VL-MUG-350-BLK", 2499, 14),
            "DE": Listing("VL-MUG-350-BLK", 2299, 8),
            "JP": Listing("VL-MUG-350-BLK", 2480, 6),
        },
        {
            "en": Wording(
                "Vocloop Ceramic-Lined Travel Mug 350 ml, Black",
                "mug",
                "lid",
                "my car's cup holder",
                "It keeps coffee warm for barely an hour.",
                "Color: Black",
                accessory="silicone seal",
            ),
            "de": Wording(
                "Vocloop Thermobecher mit Keramikbeschichtung 350 ml, Schwarz",
                "der Becher",
                "der Deckel",
                "meinem Getränkehalter im Auto",
                "Der Kaffee bleibt kaum eine Stunde warm.",
                "Farbe: Schwarz",
                accessory="der Silikonring",
            ),
            "ja": Wording(
                "Vocloop セラミックコーティング タンブラー 350ml ブラック",
                "タンブラー",
                "フタ",
                "車のドリンクホルダー",
                "保温が1時間ももちません。",
                "カラー: ブラック",
                accessory="パッキン",
            ),
        },
    ),
    Product(
        "B0DEMOKN05",
        "X00DEMOK05",
        "kitchen",
        "kitchen",
        {"US": Listing("VL-KNIFE-SET5", 4999, 5), "DE": Listing("VL-KNIFE-SET5", 4499, 3)},
        {
            "en": Wording(
                "Vocloop Kitchen Knife Set, 5 Pieces with Block",
                "knife set",
                "knife block",
                "my drawer organizer",
                "The blades went dull within a couple of weeks.",
                accessory="paring knife",
            ),
            "de": Wording(
                "Vocloop Küchenmesser-Set, 5-teilig mit Messerblock",
                "das Messerset",
                "der Messerblock",
                "meinem Schubladeneinsatz",
                "Die Klingen sind nach zwei Wochen stumpf.",
                accessory="das Schälmesser",
            ),
        },
    ),
    Product(
        "B0DEMOKT17",
        "X00DEMOK17",
        "kitchen",
        "kitchen",
        {"US": Listing("VL-KETTLE-17-US", 3999, 8), "DE": Listing("VL-KETTLE-17-EU", 3699, 6)},
        {
            "en": Wording(
                "Vocloop Electric Kettle 1.7 L, Stainless Steel",
                "kettle",
                "lid",
                "my kitchen outlet",
                "It takes ages to boil and is very loud.",
                accessory="limescale filter",
            ),
            "de": Wording(
                "Vocloop Wasserkocher 1,7 L, Edelstahl",
                "der Wasserkocher",
                "der Deckel",
                "meiner Steckdose",
                "Braucht ewig zum Kochen und ist sehr laut.",
                accessory="der Kalkfilter",
            ),
        },
    ),
    Product(
        "B0DEMOFP28",
        "X00DEMOF28",
        "kitchen",
        "kitchen",
        {
            "US": Listing("VL-PAN-28", 3499, 7),
            "DE": Listing("VL-PAN-28", 3299, 6),
            "JP": Listing("VL-PAN-28", 3980, 4),
        },
        {
            "en": Wording(
                "Vocloop Nonstick Frying Pan 11 in (28 cm), Induction Ready",
                "pan",
                "coating",
                "my induction cooktop",
                "Food sticks even with plenty of oil.",
                accessory="glass lid",
            ),
            "de": Wording(
                "Vocloop Antihaft-Bratpfanne 28 cm, induktionsgeeignet",
                "die Pfanne",
                "die Beschichtung",
                "meinem Induktionsherd",
                "Trotz viel Öl klebt alles fest.",
                accessory="der Glasdeckel",
            ),
            "ja": Wording(
                "Vocloop こびりつきにくいフライパン 28cm IH対応",
                "フライパン",
                "コーティング",
                "うちのIHコンロ",
                "油を多めにひいてもくっつきます。",
                accessory="ガラスぶた",
            ),
        },
        causes=(("compatibility", 7),),
    ),
    Product(
        "B0DEMOCB03",
        "X00DEMOC03",
        "kitchen",
        "kitchen",
        {"US": Listing("VL-BOARD-BAMBOO3", 2999, 6), "DE": Listing("VL-BOARD-BAMBOO3", 2799, 4)},
        {
            "en": Wording(
                "Vocloop Bamboo Cutting Board, Set of 3",
                "cutting board",
                "surface",
                "my dishwasher",
                "It dents and stains after a few uses.",
                accessory="third board",
            ),
            "de": Wording(
                "Vocloop Bambus-Schneidebrett, 3er-Set",
                "das Schneidebrett",
                "die Oberfläche",
                "meiner Spülmaschine",
                "Bekommt nach wenigen Benutzungen Kerben und Flecken.",
                accessory="das dritte Brett",
            ),
        },
    ),
    _tee("B0DEMOTM01", "X00DEMOTM1", "M", 12, 7),
    _tee("B0DEMOTL01", "X00DEMOTL1", "L", 10, 6),
    _hoodie("B0DEMOHM01", "X00DEMOHM1", "M", 9, 6, 4),
    _hoodie("B0DEMOHL01", "X00DEMOHL1", "L", 8, 5, 3),
    Product(
        "B0DEMORJ01",
        "X00DEMORJ1",
        "apparel",
        "apparel",
        {"US": Listing("VL-RUNJKT-M-BLK", 5999, 7), "DE": Listing("VL-RUNJKT-M-BLK", 5999, 4)},
        {
            "en": Wording(
                "Vocloop Lightweight Running Jacket, Black, M",
                "jacket",
                "zipper",
                "",
                "It doesn't breathe at all, I'm sweaty after ten minutes.",
                "Size: M | Color: Black",
            ),
            "de": Wording(
                "Vocloop Leichte Laufjacke, Schwarz, M",
                "die Laufjacke",
                "der Reißverschluss",
                "",
                "Nicht atmungsaktiv, nach zehn Minuten bin ich durchgeschwitzt.",
                "Größe: M | Farbe: Schwarz",
            ),
        },
        season=_JACKET_SEASON,
        launch_days_ago=110,  # new this season: its first orders include Vine orders
    ),
)
