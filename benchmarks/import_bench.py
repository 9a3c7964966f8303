"""Import benchmark: a synthetic 1,000,000-row FBA customer returns file through vocloop.

Measures, as ratios against references timed in the same run (see benchmarks/README.md):

* parsing alone (open_report + iterating every ParsedRow) against pyarrow.csv and DuckDB read_csv;
* the full import into SQLite against a bare executemany into an unindexed table;
* the full import into PostgreSQL against a bare COPY into an unindexed table;
* re-importing the same file (every row a duplicate) against the first import;
* peak RSS of each step, each step run in a fresh subprocess (its own VmHWM at exit).

    python benchmarks/import_bench.py                      # 1,000,000 rows, median of 3
    python benchmarks/import_bench.py --rows 50000 --repeat 1 --no-postgres
    python benchmarks/import_bench.py --rows 100000 --profile   # cProfile of one SQLite import

Only the standard library is imported at module level, so a worker's RSS holds just what its step
needs (pyarrow, duckdb and psycopg are imported by the steps that use them).
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

GENERATOR_VERSION = 1
DEFAULT_SEED = 20260202
# The real header, from the fixture copied into the tests (the repo must not depend on ../shared).
HEADER_FIXTURE = Path(__file__).parents[1] / "tests" / "fixtures" / "amazon" / "fba_returns.tsv"
HEADER = [
    "return-date",
    "order-id",
    "sku",
    "asin",
    "fnsku",
    "product-name",
    "quantity",
    "fulfillment-center-id",
    "detailed-disposition",
    "reason",
    "status",
    "license-plate-number",
    "customer-comments",
]
DEFAULT_PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
RSS_LIMIT_MB = 400.0

# --------------------------------------------------------------------------------------------------
# The synthetic file: marketplaces, catalog, reason codes, comments
# --------------------------------------------------------------------------------------------------

LANGS = ("en", "de", "fr", "es", "it", "ja")

# share of rows, comment languages (weights), order-id prefixes, fulfillment centers (FORMATS.md;
# every FC's airport code is in vocloop's FC table, so rows are filed under their marketplace).
MARKETPLACES: dict[str, dict[str, Any]] = {
    "US": {
        "share": 0.40,
        "lang": "en",
        "langs": {"en": 0.97, "es": 0.03},
        "orders": ["111", "112", "113", "114"],
        "fcs": "PHX7 PHX6 ONT8 LGB8 SMF3 BFI4 DFW7 FTW1 MDW2 IND9 SDF8 CVG3 TPA1 JAX3 CLT2 EWR4 "
        "ABE2 AVP1 BWI2 RIC2 MKE1 MSP1 DEN3 SLC1 LAS1 OAK4 SAT1 HOU2 ATL6 MCO1",
    },
    "DE": {
        "share": 0.18,
        "lang": "de",
        "langs": {"de": 0.91, "en": 0.09},
        "orders": ["028", "302", "303", "304", "305", "306"],
        "fcs": "LEJ1 LEJ3 DUS2 DUS4 FRA1 FRA3 FRA7 MUC3 STR1 CGN1 HAM2 BER3 DTM1 DTM2 EDE4 EDE5 "
        "PAD1",
    },
    "FR": {
        "share": 0.09,
        "lang": "fr",
        "langs": {"fr": 0.93, "en": 0.07},
        "orders": ["171", "402", "403", "404", "405", "406", "407", "408"],
        "fcs": "ORY1 ORY4 LYS1 MRS1 BVA1 LIL1 ETZ2",
    },
    "IT": {
        "share": 0.09,
        "lang": "it",
        "langs": {"it": 0.93, "en": 0.07},
        "orders": ["171", "402", "403", "404", "405", "406", "407", "408"],
        "fcs": "MXP5 MXP6 FCO1 FCO2 BLQ1 TRN1 PSR2 VCE1",
    },
    "ES": {
        "share": 0.09,
        "lang": "es",
        "langs": {"es": 0.93, "en": 0.07},
        "orders": ["171", "402", "403", "404", "405", "406", "407", "408"],
        "fcs": "MAD4 MAD6 MAD9 BCN1 BCN2 SVQ1 BIO1 ZAZ1",
    },
    "JP": {
        "share": 0.15,
        "lang": "ja",
        "langs": {"ja": 0.96, "en": 0.04},
        "orders": ["249", "250", "503"],
        "fcs": "NRT1 NRT2 NRT5 KIX1 KIX2 KIX4 HND3 HND9 FSZ1 NGO2 OKA1",
    },
}

COLORS: dict[str, tuple[str, ...]] = {  # en de fr es it ja
    "BLK": ("Black", "Schwarz", "Noir", "Negro", "Nero", "ブラック"),
    "WHT": ("White", "Weiß", "Blanc", "Blanco", "Bianco", "ホワイト"),
    "NAVY": ("Navy", "Marineblau", "Bleu marine", "Azul marino", "Blu navy", "ネイビー"),
    "RED": ("Red", "Rot", "Rouge", "Rojo", "Rosso", "レッド"),
    "GRN": ("Green", "Grün", "Vert", "Verde", "Verde", "グリーン"),
    "GRY": ("Grey", "Grau", "Gris", "Gris", "Grigio", "グレー"),
    "PNK": ("Pink", "Rosa", "Rose", "Rosa", "Rosa", "ピンク"),
    "BLU": ("Blue", "Blau", "Bleu", "Azul", "Blu", "ブルー"),
}
PIECES = ("pieces", "Teile", "pièces", "piezas", "pezzi", "ピース")

# code, category, popularity, variants, name / item (with article) / part (with article) per lang.
# Variants: ("c", colours) | ("s", sizes) | ("cs", colours, sizes) | ("p", piece counts) | ("-",)
FAMILIES: list[dict[str, Any]] = [
    {
        "code": "MUG",
        "cat": "kitchen",
        "pop": 10,
        "var": ("cs", "BLK WHT RED", "350ml 500ml"),
        "name": (
            "Ceramic Travel Mug",
            "Keramik-Thermobecher",
            "Mug de voyage en céramique",
            "Taza de viaje de cerámica",
            "Tazza da viaggio in ceramica",
            "セラミック トラベルマグ",
        ),
        "item": ("the mug", "der Becher", "le mug", "la taza", "la tazza", "マグ"),
        "part": ("the lid", "der Deckel", "le couvercle", "la tapa", "il coperchio", "蓋"),
    },
    {
        "code": "TEE",
        "cat": "apparel",
        "pop": 14,
        "var": ("cs", "NAVY BLK WHT GRY", "S M L XL"),
        "name": (
            "Organic Cotton T-Shirt",
            "Bio-Baumwoll T-Shirt",
            "T-shirt en coton bio",
            "Camiseta de algodón orgánico",
            "T-shirt in cotone biologico",
            "オーガニックコットン Tシャツ",
        ),
        "item": ("the shirt", "das Shirt", "le t-shirt", "la camiseta", "la maglietta", "シャツ"),
        "part": ("the collar", "der Kragen", "le col", "el cuello", "il colletto", "襟"),
    },
    {
        "code": "SHOE",
        "cat": "apparel",
        "pop": 9,
        "var": ("cs", "BLK BLU", "40 41 42 43 44 45"),
        "name": (
            "Lightweight Running Shoes",
            "Leichte Laufschuhe",
            "Chaussures de running légères",
            "Zapatillas de running ligeras",
            "Scarpe da corsa leggere",
            "軽量ランニングシューズ",
        ),
        "item": ("the pair", "das Paar", "la paire", "el par", "il paio", "靴"),
        "part": ("the sole", "die Sohle", "la semelle", "la suela", "la suola", "ソール"),
    },
    {
        "code": "JKT",
        "cat": "apparel",
        "pop": 7,
        "var": ("cs", "NAVY RED GRN", "S M L XL"),
        "name": (
            "Waterproof Rain Jacket",
            "Wasserdichte Regenjacke",
            "Veste de pluie imperméable",
            "Chaqueta impermeable",
            "Giacca antipioggia impermeabile",
            "防水レインジャケット",
        ),
        "item": ("the jacket", "die Jacke", "la veste", "la chaqueta", "la giacca", "ジャケット"),
        "part": (
            "the zipper",
            "der Reißverschluss",
            "la fermeture éclair",
            "la cremallera",
            "la cerniera",
            "ファスナー",
        ),
    },
    {
        "code": "CHG65",
        "cat": "electronics",
        "pop": 12,
        "var": ("c", "WHT BLK"),
        "name": (
            "65W USB-C GaN Charger",
            "65W USB-C GaN Ladegerät",
            "Chargeur GaN USB-C 65 W",
            "Cargador GaN USB-C 65 W",
            "Caricatore GaN USB-C 65 W",
            "65W USB-C GaN 充電器",
        ),
        "item": (
            "the charger",
            "das Ladegerät",
            "le chargeur",
            "el cargador",
            "il caricabatterie",
            "充電器",
        ),
        "part": ("the cable", "das Kabel", "le câble", "el cable", "il cavo", "ケーブル"),
    },
    {
        "code": "ANC",
        "cat": "electronics",
        "pop": 9,
        "var": ("c", "BLK WHT BLU"),
        "name": (
            "Wireless Noise Cancelling Headphones",
            "Kabellose Kopfhörer mit Noise Cancelling",
            "Casque sans fil à réduction de bruit",
            "Auriculares inalámbricos con cancelación de ruido",
            "Cuffie wireless con cancellazione del rumore",
            "ワイヤレス ノイズキャンセリング ヘッドホン",
        ),
        "item": (
            "the headset",
            "das Headset",
            "le casque",
            "el auricular",
            "la cuffia",
            "ヘッドホン",
        ),
        "part": (
            "the battery",
            "der Akku",
            "la batterie",
            "la batería",
            "la batteria",
            "バッテリー",
        ),
    },
    {
        "code": "LAMP",
        "cat": "home",
        "pop": 6,
        "var": ("c", "WHT BLK"),
        "name": (
            "LED Desk Lamp",
            "LED-Schreibtischlampe",
            "Lampe de bureau LED",
            "Lámpara de escritorio LED",
            "Lampada da scrivania LED",
            "LEDデスクライト",
        ),
        "item": ("the lamp", "die Lampe", "la lampe", "la lámpara", "la lampada", "ライト"),
        "part": (
            "the dimmer",
            "der Dimmer",
            "le variateur",
            "el regulador",
            "il dimmer",
            "調光ボタン",
        ),
    },
    {
        "code": "KNIFE",
        "cat": "kitchen",
        "pop": 5,
        "var": ("p", "3 5"),
        "name": (
            "Kitchen Knife Set",
            "Küchenmesser-Set",
            "Set de couteaux de cuisine",
            "Juego de cuchillos de cocina",
            "Set di coltelli da cucina",
            "キッチンナイフセット",
        ),
        "item": ("the set", "das Set", "le set", "el juego", "il set", "セット"),
        "part": (
            "the knife block",
            "der Messerblock",
            "le bloc",
            "el taco",
            "il ceppo",
            "ナイフスタンド",
        ),
    },
    {
        "code": "PAN",
        "cat": "kitchen",
        "pop": 6,
        "var": ("s", "24cm 28cm"),
        "name": (
            "Non-Stick Frying Pan",
            "Antihaft-Bratpfanne",
            "Poêle antiadhésive",
            "Sartén antiadherente",
            "Padella antiaderente",
            "焦げ付かないフライパン",
        ),
        "item": ("the pan", "die Pfanne", "la poêle", "la sartén", "la padella", "フライパン"),
        "part": (
            "the coating",
            "die Beschichtung",
            "le revêtement",
            "el revestimiento",
            "il rivestimento",
            "コーティング",
        ),
    },
    {
        "code": "SERUM",
        "cat": "beauty",
        "pop": 8,
        "var": ("-",),
        "name": (
            "Vitamin C Serum 30 ml",
            "Vitamin C Serum 30 ml",
            "Sérum à la vitamine C 30 ml",
            "Sérum de vitamina C 30 ml",
            "Siero alla vitamina C 30 ml",
            "ビタミンC美容液 30ml",
        ),
        "item": ("the serum", "das Serum", "le sérum", "el sérum", "il siero", "美容液"),
        "part": ("the pump", "die Pumpe", "la pompe", "el dosificador", "il dosatore", "ポンプ"),
    },
    {
        "code": "CREAM",
        "cat": "beauty",
        "pop": 5,
        "var": ("-",),
        "name": (
            "Hydrating Face Cream 50 ml",
            "Feuchtigkeitscreme 50 ml",
            "Crème hydratante visage 50 ml",
            "Crema hidratante facial 50 ml",
            "Crema viso idratante 50 ml",
            "保湿フェイスクリーム 50ml",
        ),
        "item": ("the cream", "die Creme", "la crème", "la crema", "la crema", "クリーム"),
        "part": ("the jar", "der Tiegel", "le pot", "el tarro", "il vasetto", "容器"),
    },
    {
        "code": "YOGA",
        "cat": "sports",
        "pop": 5,
        "var": ("c", "PNK GRY BLU"),
        "name": (
            "Non-Slip Yoga Mat 6 mm",
            "Rutschfeste Yogamatte 6 mm",
            "Tapis de yoga antidérapant 6 mm",
            "Esterilla de yoga antideslizante 6 mm",
            "Tappetino yoga antiscivolo 6 mm",
            "滑り止めヨガマット 6mm",
        ),
        "item": ("the mat", "die Matte", "le tapis", "la esterilla", "il tappetino", "マット"),
        "part": (
            "the strap",
            "der Tragegurt",
            "la sangle",
            "la correa",
            "la cinghia",
            "ストラップ",
        ),
    },
    {
        "code": "CASE",
        "cat": "phonecase",
        "pop": 8,
        "var": ("s", "iPhone-15 iPhone-15-Pro Galaxy-S24 Pixel-8"),
        "name": (
            "Shockproof Phone Case",
            "Stoßfeste Handyhülle",
            "Coque antichoc",
            "Funda antigolpes",
            "Cover antiurto",
            "耐衝撃 スマホケース",
        ),
        "item": ("the case", "die Hülle", "la coque", "la funda", "la cover", "ケース"),
        "part": (
            "the camera cutout",
            "die Kameraaussparung",
            "l'ouverture de l'appareil photo",
            "el hueco de la cámara",
            "il foro della fotocamera",
            "カメラ穴",
        ),
    },
    {
        "code": "NECK",
        "cat": "jewelry",
        "pop": 4,
        "var": ("s", "42cm 45cm 50cm"),
        "name": (
            "Sterling Silver Pendant Necklace",
            "Halskette aus Sterlingsilber",
            "Collier pendentif en argent sterling",
            "Collar con colgante de plata de ley",
            "Collana con ciondolo in argento sterling",
            "スターリングシルバー ネックレス",
        ),
        "item": (
            "the necklace",
            "die Kette",
            "le collier",
            "el collar",
            "la collana",
            "ネックレス",
        ),
        "part": ("the clasp", "der Verschluss", "le fermoir", "el cierre", "la chiusura", "留め具"),
    },
    {
        "code": "BLOCK",
        "cat": "toys",
        "pop": 5,
        "var": ("p", "500 1000"),
        "name": (
            "Building Blocks Set",
            "Bausteine-Set",
            "Jeu de construction",
            "Set de bloques de construcción",
            "Set di mattoncini",
            "ブロックセット",
        ),
        "item": ("the set", "das Set", "la boîte", "el set", "il set", "セット"),
        "part": ("the manual", "die Anleitung", "la notice", "el manual", "il manuale", "説明書"),
    },
    {
        # Amazon titles do carry raw inch marks: a '"' inside a field, read with quoting off.
        "code": "PACK",
        "cat": "bags",
        "pop": 6,
        "var": ("c", "BLK GRY NAVY"),
        "name": (
            'Laptop Backpack 15.6"',
            "Laptop-Rucksack 15,6 Zoll",
            'Sac à dos pour ordinateur 15,6"',
            'Mochila para portátil 15,6"',
            'Zaino porta PC 15,6"',
            "15.6インチ PCリュック",
        ),
        "item": (
            "the backpack",
            "der Rucksack",
            "le sac à dos",
            "la mochila",
            "lo zaino",
            "リュック",
        ),
        "part": (
            "the zipper",
            "der Reißverschluss",
            "la fermeture éclair",
            "la cremallera",
            "la cerniera",
            "ファスナー",
        ),
    },
    {
        "code": "WATCH",
        "cat": "electronics",
        "pop": 6,
        "var": ("c", "BLK PNK"),
        "name": (
            "Fitness Tracker Watch",
            "Fitness-Tracker Uhr",
            "Montre connectée fitness",
            "Reloj de actividad",
            "Smartwatch fitness",
            "スマートウォッチ 活動量計",
        ),
        "item": ("the watch", "die Uhr", "la montre", "el reloj", "l'orologio", "時計"),
        "part": ("the strap", "das Armband", "le bracelet", "la correa", "il cinturino", "バンド"),
    },
    {
        "code": "PILLOW",
        "cat": "home",
        "pop": 4,
        "var": ("-",),
        "name": (
            "Memory Foam Pillow",
            "Memory-Schaum Kissen",
            "Oreiller à mémoire de forme",
            "Almohada viscoelástica",
            "Cuscino in memory foam",
            "低反発枕",
        ),
        "item": ("the pillow", "das Kissen", "l'oreiller", "la almohada", "il cuscino", "枕"),
        "part": ("the cover", "der Bezug", "la housse", "la funda", "la federa", "カバー"),
    },
]

# Reason weights (FORMATS.md §1.2), with per-category overrides; the new-format codes are rare.
COMMON_REASONS: dict[str, float] = {
    "UNWANTED_ITEM": 14,
    "NO_REASON_GIVEN": 5,
    "ORDERED_WRONG_ITEM": 3,
    "FOUND_BETTER_PRICE": 3,
    "QUALITY_UNACCEPTABLE": 8,
    "DEFECTIVE": 10,
    "NOT_AS_DESCRIBED": 7,
    "MISSING_PARTS": 1.5,
    "DAMAGED_BY_CARRIER": 2.5,
    "DAMAGED_BY_FC": 1,
    "SWITCHEROO": 0.6,
    "EXTRA_ITEM": 0.3,
    "MISSED_ESTIMATED_DELIVERY": 2,
    "NEVER_ARRIVED": 0.5,
    "UNAUTHORIZED_PURCHASE": 0.4,
    "UNDELIVERABLE_REFUSED": 1,
    "UNDELIVERABLE_UNCLAIMED": 0.6,
    "UNDELIVERABLE_INSUFFICIENT_ADDRESS": 0.4,
    "UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS": 0.5,
    "UNDELIVERABLE_CARRIER_MISS_SORTED": 0.15,
    "UNDELIVERABLE_MISSING_LABEL": 0.1,
    "UNDELIVERABLE_UNKNOWN": 0.15,
    "OTHER": 0.8,
    "UNKNOWN_OTHER_REASON": 0.5,
    "CR-UNWANTED_ITEM": 0.3,
    "AMZ-PG-BAD-DESC": 0.3,
    "RECALL": 0.02,
}
CATEGORY_REASONS: dict[str, dict[str, float]] = {
    "apparel": {
        "APPAREL_TOO_SMALL": 20,
        "APPAREL_TOO_LARGE": 13,
        "APPAREL_STYLE": 8,
        "MISORDERED": 4,
        "DEFECTIVE": 3,
        "AMZ-PG-APP-TOO-SMALL": 1,
        "AMZ-PG-APP-TOO-LARGE": 0.7,
        "AMZ-PG-APP-STYLE": 0.5,
        "DID_NOT_LIKE_COLOR": 0.6,
        "DID_NOT_LIKE_FABRIC": 0.5,
    },
    "electronics": {
        "DEFECTIVE": 22,
        "NOT_COMPATIBLE": 8,
        "PART_NOT_COMPATIBLE": 1,
        "WARRANTY": 1.5,
        "EXCESSIVE_INSTALLATION": 1,
        "MISSING_PARTS": 3,
    },
    "phonecase": {"NOT_COMPATIBLE": 12, "PART_NOT_COMPATIBLE": 6, "MISORDERED": 5, "DEFECTIVE": 4},
    "jewelry": {
        "JEWELRY_TOO_SMALL": 5,
        "JEWELRY_TOO_LARGE": 3,
        "JEWELRY_BAD_CLASP": 6,
        "JEWELRY_LOOSE_STONE": 2,
        "JEWELRY_NO_CERT": 1,
        "JEWELRY_NO_DOCS": 0.5,
        "JEWELRY_BATTERY": 0.1,
        "APPAREL_STYLE": 3,
        "DEFECTIVE": 3,
    },
    "toys": {"MISSING_PARTS": 12, "EXCESSIVE_INSTALLATION": 1.5},
    "beauty": {"QUALITY_UNACCEPTABLE": 12, "UNWANTED_ITEM": 18, "DEFECTIVE": 3},
    "kitchen": {"DAMAGED_BY_CARRIER": 4, "MISSING_PARTS": 2.5},
    "home": {"DEFECTIVE": 12, "DAMAGED_BY_CARRIER": 3.5, "EXCESSIVE_INSTALLATION": 0.8},
    "sports": {"QUALITY_UNACCEPTABLE": 10},
    "bags": {"QUALITY_UNACCEPTABLE": 10, "APPAREL_STYLE": 3},
}

BUCKET_OF_REASON = {
    "APPAREL_TOO_SMALL": "small",
    "JEWELRY_TOO_SMALL": "small",
    "AMZ-PG-APP-TOO-SMALL": "small",
    "APPAREL_TOO_LARGE": "large",
    "JEWELRY_TOO_LARGE": "large",
    "AMZ-PG-APP-TOO-LARGE": "large",
    "APPAREL_STYLE": "style",
    "AMZ-PG-APP-STYLE": "style",
    "DID_NOT_LIKE_COLOR": "style",
    "DID_NOT_LIKE_FABRIC": "style",
    "DEFECTIVE": "defective",
    "WARRANTY": "defective",
    "JEWELRY_BATTERY": "defective",
    "JEWELRY_BAD_CLASP": "defective",
    "JEWELRY_LOOSE_STONE": "defective",
    "RECALL": "defective",
    "QUALITY_UNACCEPTABLE": "quality",
    "NOT_AS_DESCRIBED": "described",
    "AMZ-PG-BAD-DESC": "described",
    "JEWELRY_NO_CERT": "described",
    "JEWELRY_NO_DOCS": "described",
    "NOT_COMPATIBLE": "compat",
    "PART_NOT_COMPATIBLE": "compat",
    "MISSING_PARTS": "missing",
    "DAMAGED_BY_CARRIER": "damaged",
    "DAMAGED_BY_FC": "damaged",
    "SWITCHEROO": "wrong_item",
    "EXTRA_ITEM": "wrong_item",
    "MISSED_ESTIMATED_DELIVERY": "late",
    "NEVER_ARRIVED": "late",
    "UNWANTED_ITEM": "unwanted",
    "CR-UNWANTED_ITEM": "unwanted",
    "NO_REASON_GIVEN": "unwanted",
    "OTHER": "unwanted",
    "UNKNOWN_OTHER_REASON": "unwanted",
    "FOUND_BETTER_PRICE": "price",
    "ORDERED_WRONG_ITEM": "wrong_order",
    "MISORDERED": "wrong_order",
    "EXCESSIVE_INSTALLATION": "install",
    "UNAUTHORIZED_PURCHASE": "unauthorized",
}  # UNDELIVERABLE_*: no comment (the buyer never had the parcel)

DISPOSITIONS: dict[str, dict[str, float]] = {
    "default": {
        "SELLABLE": 78,
        "CUSTOMER_DAMAGED": 15,
        "DEFECTIVE": 5,
        "DAMAGED": 1.5,
        "CARRIER_DAMAGED": 0.5,
    },
    "fault": {
        "DEFECTIVE": 45,
        "SELLABLE": 30,
        "CUSTOMER_DAMAGED": 20,
        "DAMAGED": 3,
        "CARRIER_DAMAGED": 2,
    },
    "damaged": {
        "CARRIER_DAMAGED": 45,
        "DAMAGED": 30,
        "DEFECTIVE": 10,
        "CUSTOMER_DAMAGED": 10,
        "SELLABLE": 5,
    },
    "undeliverable": {"SELLABLE": 90, "CUSTOMER_DAMAGED": 4, "CARRIER_DAMAGED": 4, "DAMAGED": 2},
}
FAULT_BUCKETS = {"defective", "quality", "described", "compat", "missing"}
STATUS_OF = {"DAMAGED": "Reimbursed", "CARRIER_DAMAGED": "Reimbursed"}
STATUS_DEFAULT = "Unit returned to inventory"

# Comment templates. Slots: {item} {Item} {part} {Part} (localized, with article), {n} {days}
# {weeks} {cm} {size} {color}. Sentences are joined with a space (none in Japanese).
T: dict[str, dict[str, list[str]]] = {
    "en": {
        "small": [
            "Runs small. Ordered {size} as usual and {item} is way too tight.",
            "At least one size too small, the size chart is wrong.",
            "Too small. I normally wear {size}, had to size up.",
            "Tight across the shoulders, could barely get it on.",
        ],
        "large": [
            "Way too big, I'm a {size} everywhere else.",
            "Runs large, about {cm} cm longer than the size chart says.",
            "Too loose around the waist, looks like a tent.",
        ],
        "style": [
            "Colour is nothing like the photo, looks more {color} in real life.",
            "Didn't like the fabric, feels cheap and scratchy.",
            "Looks different from the pictures. Not my style.",
        ],
        "defective": [
            "{Item} stopped working after {days} days.",
            "{Part} broke the first time I used it.",
            "Dead on arrival, won't turn on at all.",
            "Gets extremely hot and shuts off after {n} minutes.",
            "Worked for {weeks} weeks, then {part} failed.",
        ],
        "quality": [
            "Cheap quality, {part} feels flimsy.",
            "Poor quality for the price. {Part} came loose after {weeks} weeks.",
            "Strong chemical smell, couldn't use it.",
            "Scratched and worn after a few uses.",
        ],
        "described": [
            "Not as described: the listing says {cm} cm, it is much smaller.",
            'Advertised as "premium" but {item} is cheap plastic.',
            "Photos and description don't match what I received.",
            "Listing says waterproof, it is not even splash proof.",
        ],
        "compat": [
            "Not compatible with my model even though the listing says it is.",
            "Does not work with my MacBook, charges very slowly.",
            "Doesn't fit, the compatibility list is wrong.",
        ],
        "missing": [
            "{Part} missing from the box.",
            "Only {n} of the pieces were in the package, the rest is missing.",
            "Box was complete except {part}, which was missing.",
        ],
        "damaged": [
            "Box was crushed and {item} was damaged.",
            "Arrived broken, packaging was torn open.",
            "{Part} cracked in transit, the parcel had no padding at all.",
        ],
        "wrong_item": [
            "Received a completely different item.",
            "Wrong colour sent, I ordered {color}.",
            "Got two of them, only ordered one.",
            "Box contained another brand's product.",
        ],
        "late": [
            "Arrived {days} days late, I needed it for a trip.",
            "Took {weeks} weeks to arrive, no longer needed.",
            "Too late for the birthday it was meant for.",
        ],
        "unwanted": [
            "Changed my mind.",
            "No longer needed.",
            "Gift, recipient already had one.",
            "Bought two to compare, returning this one.",
            "Just didn't like it.",
        ],
        "price": [
            "Found it cheaper elsewhere.",
            "Price dropped by {n} dollars a day later.",
            "Same thing is cheaper at my local store.",
        ],
        "wrong_order": [
            "Ordered the wrong size by mistake.",
            "Meant to buy {size}, clicked the wrong one.",
            "Accidentally ordered twice.",
        ],
        "install": [
            "Way too complicated to set up, the instructions are useless.",
            "Couldn't get it to pair even after {n} tries.",
        ],
        "unauthorized": ["My kid ordered this without asking.", "I did not place this order."],
        "open": [
            "Very disappointed.",
            "Not happy.",
            "Second one I bought.",
            "Used it once.",
            "Sorry, but I have to return this.",
        ],
        "detail": [
            "Bought it as a gift.",
            "Had high hopes after the reviews.",
            "Packaging was fine though.",
            "Contacted the seller, no answer.",
            "Would like a replacement that works.",
            "Hope the refund is quick.",
            "My old one lasted {n} years.",
        ],
        "close": ["Would not buy again.", "1 star.", "Very frustrating!!", "Thanks.", "😞"],
    },
    "de": {
        "small": [
            "Fällt mindestens eine Nummer kleiner aus, {size} passt nicht.",
            "Viel zu eng an den Schultern, normalerweise trage ich {size}.",
            "Zu klein, die Größentabelle stimmt nicht.",
        ],
        "large": [
            "Viel zu groß, ca. {cm} cm länger als angegeben.",
            "Fällt sehr groß aus, lieber eine Nummer kleiner bestellen.",
            "Zu weit, sitzt wie ein Sack.",
        ],
        "style": [
            "Die Farbe ist ganz anders als auf dem Foto, eher {color}.",
            "Gefällt mir nicht, der Stoff fühlt sich billig an.",
            "Sieht in echt anders aus als auf den Bildern.",
        ],
        "defective": [
            "Funktioniert nach {days} Tagen nicht mehr.",
            "{Part} ist beim ersten Benutzen abgebrochen.",
            "Defekt angekommen, lässt sich nicht einschalten.",
            "Wird extrem heiß und schaltet nach {n} Minuten ab.",
        ],
        "quality": [
            "Billige Verarbeitung, {part} wackelt.",
            "Qualität entspricht nicht dem Preis, {part} hat sich nach {weeks} Wochen gelöst.",
            "Riecht stark nach Chemie, nicht benutzbar.",
        ],
        "described": [
            "Nicht wie beschrieben: laut Angebot {cm} cm, tatsächlich viel kleiner.",
            'Als "Premium" beworben, ist aber billiges Plastik.',
            "Artikel entspricht nicht der Beschreibung und den Fotos.",
        ],
        "compat": [
            "Passt nicht zu meinem Gerät, obwohl es in der Beschreibung steht.",
            "Funktioniert nicht mit meinem Laptop, lädt extrem langsam.",
            "Nicht kompatibel, die Angaben im Angebot sind falsch.",
        ],
        "missing": [
            "{Part} fehlt im Paket.",
            "Es waren nur {n} Teile dabei, der Rest fehlt.",
            "Unvollständig geliefert, {part} war nicht dabei.",
        ],
        "damaged": [
            "Karton war eingedrückt und {item} beschädigt.",
            "Kaputt angekommen, Verpackung war aufgerissen.",
            "{Part} ist beim Transport gebrochen, keine Polsterung im Paket.",
        ],
        "wrong_item": [
            "Falscher Artikel geliefert.",
            "Falsche Farbe erhalten, bestellt war {color}.",
            "Zwei Stück bekommen, nur eins bestellt.",
        ],
        "late": [
            "Kam {days} Tage zu spät, brauchte es als Geschenk.",
            "Lieferung hat {weeks} Wochen gedauert, wird nicht mehr benötigt.",
            "Zu spät geliefert.",
        ],
        "unwanted": [
            "Gefällt mir doch nicht.",
            "Wird nicht mehr benötigt.",
            "Geschenk, der Beschenkte hatte es schon.",
            "Zwei zum Vergleich bestellt, dieses geht zurück.",
        ],
        "price": [
            "Woanders günstiger gefunden.",
            "Einen Tag später {n} Euro billiger.",
            "Im Laden deutlich günstiger.",
        ],
        "wrong_order": [
            "Versehentlich die falsche Größe bestellt.",
            "Aus Versehen doppelt bestellt.",
            "Wollte eigentlich {size} bestellen.",
        ],
        "install": [
            "Viel zu kompliziert aufzubauen, die Anleitung ist unbrauchbar.",
            "Lässt sich auch nach {n} Versuchen nicht koppeln.",
        ],
        "unauthorized": [
            "Mein Sohn hat das ohne zu fragen bestellt.",
            "Diese Bestellung habe ich nicht aufgegeben.",
        ],
        "open": ["Leider enttäuscht.", "Schade.", "Sehr ärgerlich!", "Zweiter Versuch."],
        "detail": [
            "War als Geschenk gedacht.",
            "Die Bewertungen hatten mich überzeugt.",
            "Verpackung war aber in Ordnung.",
            "Verkäufer antwortet nicht.",
            "Bitte um schnelle Erstattung.",
            "Das alte Modell hielt {n} Jahre.",
        ],
        "close": ["Nie wieder.", "Nicht zu empfehlen.", "Danke.", "!!"],
    },
    "fr": {
        "small": [
            "Taille beaucoup trop petite, je fais du {size} normalement.",
            "Taille petit, prendre une taille au-dessus.",
            "Trop serré aux épaules, le guide des tailles est faux.",
        ],
        "large": [
            "Beaucoup trop grand, {cm} cm de plus que le guide des tailles.",
            "Taille grand, je flotte complètement dedans.",
            "Trop large, pas ajusté du tout.",
        ],
        "style": [
            "La couleur ne correspond pas à la photo, plutôt {color}.",
            "Le tissu fait bon marché, ne me plaît pas.",
            "Rendu très différent des photos.",
        ],
        "defective": [
            "Ne fonctionne plus après {days} jours.",
            "{Part} s'est cassé dès la première utilisation.",
            "Arrivé en panne, ne s'allume pas.",
            "Chauffe énormément et s'arrête au bout de {n} minutes.",
        ],
        "quality": [
            "Qualité médiocre, {part} ne tient pas.",
            "Qualité très moyenne pour le prix, {part} s'est décollé après {weeks} semaines.",
            "Forte odeur chimique, inutilisable.",
        ],
        "described": [
            "Non conforme à la description : {cm} cm annoncés, beaucoup plus petit en réalité.",
            'Vendu comme "premium" mais c\'est du plastique bas de gamme.',
            "Ne correspond pas aux photos de l'annonce.",
        ],
        "compat": [
            "Ne fonctionne pas avec mon MacBook Pro, charge très lente.",
            "Incompatible avec mon appareil malgré la description.",
            "Pas compatible, l'annonce est trompeuse.",
        ],
        "missing": [
            "Il manque {part} dans le colis.",
            "Seulement {n} pièces dans la boîte, le reste manque.",
            "Colis incomplet : {part} absent.",
        ],
        "damaged": [
            "Carton écrasé, {item} abîmé.",
            "Arrivé cassé, emballage déchiré.",
            "{Part} fissuré pendant le transport, aucun calage dans le carton.",
        ],
        "wrong_item": [
            "J'ai reçu un autre article.",
            "Mauvaise couleur reçue, j'avais commandé {color}.",
            "Reçu deux exemplaires au lieu d'un.",
        ],
        "late": [
            "Arrivé avec {days} jours de retard, c'était pour un cadeau.",
            "Livraison trop longue ({weeks} semaines), plus besoin.",
            "Livré trop tard.",
        ],
        "unwanted": [
            "Je n'en veux plus.",
            "Produit ouvert par erreur, je n'en ai plus besoin.",
            "Cadeau en double.",
            "Finalement pas convaincu.",
        ],
        "price": [
            "Trouvé moins cher ailleurs.",
            "Le prix a baissé de {n} euros le lendemain.",
            "Moins cher en magasin.",
        ],
        "wrong_order": [
            "Erreur de taille à la commande.",
            "Commandé deux fois par erreur.",
            "Je voulais la taille {size}.",
        ],
        "install": [
            "Trop compliqué à installer, notice incompréhensible.",
            "Impossible de l'appairer même après {n} essais.",
        ],
        "unauthorized": [
            "Commande passée par mon enfant sans autorisation.",
            "Je n'ai pas passé cette commande.",
        ],
        "open": ["Très déçu.", "Dommage.", "Bonjour.", "Deuxième essai."],
        "detail": [
            "C'était un cadeau.",
            "Les avis m'avaient convaincu.",
            "L'emballage était correct.",
            "Le vendeur ne répond pas.",
            "Merci de rembourser rapidement.",
            "L'ancien modèle a duré {n} ans.",
        ],
        "close": ["À éviter.", "Dommage.", "Merci.", "!!"],
    },
    "es": {
        "small": [
            "Talla muy pequeña, normalmente uso una {size}.",
            "Viene una talla menos, pedid una más.",
            "Demasiado ajustado de hombros, la guía de tallas no es correcta.",
        ],
        "large": [
            "Demasiado grande, mide {cm} cm más de lo indicado.",
            "Talla muy grande, me queda enorme.",
            "Muy ancho, nada ajustado.",
        ],
        "style": [
            "El color es mucho más oscuro que en la foto, casi {color}.",
            "No me gusta el tejido, parece barato.",
            "En persona se ve muy diferente a las fotos.",
        ],
        "defective": [
            "Dejó de funcionar a los {days} días.",
            "{Part} se rompió al primer uso.",
            "Llegó defectuoso, no enciende.",
            "Se calienta muchísimo y se apaga a los {n} minutos.",
        ],
        "quality": [
            "Calidad muy mala, {part} se mueve.",
            "Mala calidad para el precio, {part} se despegó a las {weeks} semanas.",
            "Huele fuerte a químico, no se puede usar.",
        ],
        "described": [
            "No es como se describe: dice {cm} cm y es mucho más pequeño.",
            'Lo venden como "premium" pero es plástico barato.',
            "No coincide con las fotos del anuncio.",
        ],
        "compat": [
            "No es compatible con mi móvil aunque el anuncio dice que sí.",
            "No funciona con mi portátil, carga lentísimo.",
            "Incompatible, la descripción está mal.",
        ],
        "missing": [
            "Falta {part} en la caja.",
            "Solo venían {n} piezas, faltan las demás.",
            "Llegó incompleto, sin {part}.",
        ],
        "damaged": [
            "La caja llegó aplastada y el producto dañado.",
            "Llegó roto, el embalaje estaba abierto.",
            "{Part} se agrietó en el transporte, sin protección en la caja.",
        ],
        "wrong_item": [
            "Me enviaron otro producto.",
            "Color equivocado, pedí {color}.",
            "Recibí dos unidades y pedí una.",
        ],
        "late": [
            "Llegó {days} días tarde, era para un regalo.",
            "El envío tardó {weeks} semanas, ya no lo necesito.",
            "Llegó tarde.",
        ],
        "unwanted": [
            "Ya no lo necesito.",
            "Me arrepentí de la compra.",
            "Era un regalo repetido.",
            "Pedí dos para comparar, devuelvo este.",
        ],
        "price": [
            "Lo encontré más barato en otra tienda.",
            "Bajó {n} euros al día siguiente.",
            "Más barato en la tienda del barrio.",
        ],
        "wrong_order": [
            "Me equivoqué de talla al pedir.",
            "Pedido duplicado por error.",
            "Quería la talla {size}.",
        ],
        "install": [
            "Demasiado complicado de montar, las instrucciones no sirven.",
            "No consigo emparejarlo ni después de {n} intentos.",
        ],
        "unauthorized": ["Mi hijo lo compró sin permiso.", "Yo no hice este pedido."],
        "open": ["Muy decepcionado.", "Una pena.", "Hola.", "Segundo intento."],
        "detail": [
            "Era un regalo.",
            "Las opiniones me convencieron.",
            "El embalaje estaba bien.",
            "El vendedor no contesta.",
            "Espero el reembolso pronto.",
            "El anterior me duró {n} años.",
        ],
        "close": ["No lo recomiendo.", "Una pena.", "Gracias.", "!!"],
    },
    "it": {
        "small": [
            "Taglia piccola, di solito porto la {size}.",
            "Veste almeno una taglia in meno.",
            "Troppo stretta sulle spalle, la tabella taglie è sbagliata.",
        ],
        "large": [
            "Misura molto più grande, {cm} cm in più rispetto alla tabella.",
            "Veste molto abbondante.",
            "Troppo larga, non aderisce.",
        ],
        "style": [
            "Il colore è diverso dalla foto, tende al {color}.",
            "Il tessuto sembra economico, non mi piace.",
            "Dal vivo è molto diverso dalle immagini.",
        ],
        "defective": [
            "Ha smesso di funzionare dopo {days} giorni.",
            "{Part} si è rotto al primo utilizzo.",
            "Arrivato difettoso, non si accende.",
            "Si surriscalda e si spegne dopo {n} minuti.",
        ],
        "quality": [
            "Qualità scadente, {part} non tiene.",
            "Qualità non all'altezza del prezzo, {part} si è staccato dopo {weeks} settimane.",
            "Forte odore di sostanze chimiche, inutilizzabile.",
        ],
        "described": [
            "Non corrisponde alla descrizione: {cm} cm dichiarati, in realtà molto più piccolo.",
            'Venduto come "premium" ma è plastica economica.',
            "Diverso dalle foto dell'inserzione.",
        ],
        "compat": [
            "Non compatibile con il mio dispositivo anche se la scheda dice di sì.",
            "Non funziona con il mio portatile, carica lentissimo.",
            "Incompatibile, descrizione sbagliata.",
        ],
        "missing": [
            "Manca {part} nella confezione.",
            "Solo {n} pezzi nella scatola, il resto manca.",
            "Confezione incompleta, senza {part}.",
        ],
        "damaged": [
            "Scatola schiacciata e prodotto danneggiato.",
            "Arrivato rotto, imballo strappato.",
            "{Part} si è crepato durante il trasporto, nessuna protezione.",
        ],
        "wrong_item": [
            "Ho ricevuto un articolo diverso.",
            "Colore sbagliato, avevo ordinato {color}.",
            "Ricevuti due pezzi invece di uno.",
        ],
        "late": [
            "Arrivato con {days} giorni di ritardo, era un regalo.",
            "Consegna in {weeks} settimane, non serve più.",
            "Consegnato troppo tardi.",
        ],
        "unwanted": [
            "Non mi serve più.",
            "Ho cambiato idea.",
            "Regalo doppio.",
            "Presi due per confrontare, rendo questo.",
        ],
        "price": [
            "Trovato a prezzo inferiore altrove.",
            "Il giorno dopo costava {n} euro in meno.",
            "In negozio costa meno.",
        ],
        "wrong_order": [
            "Ho sbagliato taglia nell'ordine.",
            "Ordinato due volte per errore.",
            "Volevo la taglia {size}.",
        ],
        "install": [
            "Troppo complicato da montare, istruzioni inutili.",
            "Non riesco ad abbinarlo neanche dopo {n} tentativi.",
        ],
        "unauthorized": [
            "Ordinato da mio figlio senza permesso.",
            "Non ho effettuato io questo ordine.",
        ],
        "open": ["Molto deluso.", "Peccato.", "Salve.", "Secondo tentativo."],
        "detail": [
            "Era un regalo.",
            "Le recensioni mi avevano convinto.",
            "L'imballo era a posto.",
            "Il venditore non risponde.",
            "Spero in un rimborso veloce.",
            "Il modello vecchio è durato {n} anni.",
        ],
        "close": ["Sconsigliato.", "Peccato.", "Grazie.", "!!"],
    },
    "ja": {
        "small": [
            "サイズが小さすぎます。普段は{size}ですがきついです。",
            "表記より一回り小さいです。",
            "肩回りがきつくて着られません。サイズ表が違うと思います。",
        ],
        "large": [
            "大きすぎました。表記より{cm}cmほど長いです。",
            "サイズが大きく、ぶかぶかです。",
            "幅が広すぎて合いませんでした。",
        ],
        "style": [
            "写真と色が違います。実物は{color}っぽいです。",
            "生地が安っぽくて好みではありませんでした。",
            "画像とイメージが違いました。",
        ],
        "defective": [
            "{days}日で動かなくなりました。",
            "{part}が初回使用で壊れました。",
            "届いた時から電源が入りません。初期不良だと思います。",
            "充電中に熱くなり、{n}分で止まってしまいます。",
        ],
        "quality": [
            "作りが雑で{part}がぐらつきます。",
            "値段の割に品質が悪く、{weeks}週間で{part}が外れました。",
            "薬品のような臭いが強くて使えません。",
        ],
        "described": [
            "説明と違います。{cm}cmと書いてありますがもっと小さいです。",
            "「プレミアム」とありますが、安いプラスチックでした。",
            "商品ページの写真と違う商品でした。",
        ],
        "compat": [
            "対応機種と書いてあるのに使えませんでした。",
            "ノートPCで使えず、充電がとても遅いです。",
            "互換性がありません。説明が不正確です。",
        ],
        "missing": [
            "{part}が入っていませんでした。",
            "部品が{n}個しか入っておらず、足りません。",
            "付属品が欠品していました。",
        ],
        "damaged": [
            "箱が潰れていて、商品も破損していました。",
            "届いた時点で壊れていました。梱包が破れていました。",
            "輸送中に{part}が割れたようです。緩衝材がありませんでした。",
        ],
        "wrong_item": [
            "注文と違う商品が届きました。",
            "色違いが届きました。{color}を注文したのですが。",
            "1個注文したのに2個届きました。",
        ],
        "late": [
            "到着が{days}日遅れ、プレゼントに間に合いませんでした。",
            "配送に{weeks}週間かかり、不要になりました。",
            "届くのが遅すぎました。",
        ],
        "unwanted": [
            "不要になりました。",
            "イメージと違ったので返品します。",
            "肌に合いませんでした。",
            "比較のため2つ購入し、こちらを返品します。",
        ],
        "price": [
            "他店の方が安かったです。",
            "翌日に{n}00円値下がりしていました。",
            "近所の店の方が安かったため。",
        ],
        "wrong_order": [
            "サイズを間違えて注文しました。",
            "誤って2回注文してしまいました。",
            "{size}を注文するつもりでした。",
        ],
        "install": [
            "組み立てが難しすぎます。説明書が分かりにくいです。",
            "{n}回試してもペアリングできません。",
        ],
        "unauthorized": ["子供が勝手に注文しました。", "この注文はしていません。"],
        "open": ["残念です。", "がっかりです。", "すみません。", "二回目の購入です。"],
        "detail": [
            "プレゼント用でした。",
            "レビューを見て期待していました。",
            "梱包は問題ありませんでした。",
            "出品者に連絡しましたが返事がありません。",
            "早めの返金をお願いします。",
            "前のものは{n}年使えました。",
        ],
        "close": ["もう買いません。", "残念。", "よろしくお願いします。", "😞"],
    },
}
SIZES = ("S", "M", "L", "XL", "XXL")


def _cum(weights: dict[str, float]) -> tuple[list[str], list[float]]:
    keys = list(weights)
    total = 0.0
    cum = []
    for key in keys:
        total += weights[key]
        cum.append(total)
    return keys, cum


def _pick(rng: random.Random, table: tuple[list[str], list[float]]) -> str:
    keys, cum = table
    return keys[bisect.bisect_right(cum, rng.random() * cum[-1])]


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def build_catalog(seed: int) -> list[dict[str, Any]]:
    """Every sellable variant: sku, asin, fnsku, localized title per language, category."""
    rng = random.Random(seed ^ 0x5EED)
    products = []
    for family in FAMILIES:
        kind, *spec = family["var"]
        variants: list[tuple[str, tuple[str, ...]]] = []  # (sku suffix, label per language)
        if kind == "c":
            variants = [(c, COLORS[c]) for c in spec[0].split()]
        elif kind == "s":
            variants = [(s.upper(), (s.replace("-", " "),) * 6) for s in spec[0].split()]
        elif kind == "cs":
            variants = [
                (f"{s.upper()}-{c}", tuple(f"{label}, {s}" for label in COLORS[c]))
                for c in spec[0].split()
                for s in spec[1].split()
            ]
        elif kind == "p":
            variants = [
                (f"{p}PC", tuple(f"{p} {word}" for word in PIECES)) for p in spec[0].split()
            ]
        else:
            variants = [("", ("",) * 6)]
        for suffix, labels in variants:
            asin = "B0" + _alnum(rng, 8)
            titles = tuple(
                f"Vocloop {name}, {label}" if label else f"Vocloop {name}"
                for name, label in zip(family["name"], labels, strict=True)
            )
            products.append(
                {
                    "family": family,
                    "sku": f"VL-{family['code']}" + (f"-{suffix}" if suffix else ""),
                    "asin": asin,
                    # stickerless commingled units carry the ASIN as their FNSKU
                    "fnsku": asin if rng.random() < 0.1 else "X00" + _alnum(rng, 7),
                    "titles": titles,
                    "weight": family["pop"] / len(variants) * rng.uniform(0.4, 1.6),
                }
            )
    return products


def _render(template: str, slots: dict[str, str]) -> str:
    return template.format_map(slots) if "{" in template else template


def generate(path: Path, rows: int, seed: int) -> dict[str, Any]:
    """Write the TSV (UTF-8, TAB, no quoting, LF) and return what is in it."""
    rng = random.Random(seed)
    header_line = HEADER_FIXTURE.read_text(encoding="utf-8").split("\n", 1)[0].rstrip("\r")
    if header_line.split("\t") != HEADER:
        raise SystemExit(f"{HEADER_FIXTURE}: header changed: {header_line!r}")
    catalog = build_catalog(seed)
    product_table: tuple[list[str], list[float]] = ([str(i) for i in range(len(catalog))], [])
    total = 0.0
    for p in catalog:
        total += p["weight"]
        product_table[1].append(total)
    market_table = _cum({code: m["share"] for code, m in MARKETPLACES.items()})
    lang_tables = {code: _cum(m["langs"]) for code, m in MARKETPLACES.items()}
    fcs = {code: m["fcs"].split() for code, m in MARKETPLACES.items()}
    reason_tables = {}
    for cat in {f["cat"] for f in FAMILIES}:
        weights = dict(COMMON_REASONS)
        weights.update(CATEGORY_REASONS.get(cat, {}))
        reason_tables[cat] = _cum(weights)
    disposition_tables = {name: _cum(w) for name, w in DISPOSITIONS.items()}
    lang_index = {lang: i for i, lang in enumerate(LANGS)}
    color_codes = list(COLORS)

    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC).timestamp()
    span = dt.datetime(2026, 1, 31, tzinfo=dt.UTC).timestamp() - start
    step = span / max(rows, 1)
    lpn_mult, lpn_mod, lpn_off = (
        387_420_489,
        10**10,
        rng.randrange(10**10),
    )  # bijection on 10 digits
    counts: Counter[str] = Counter()
    empty = 0
    comment_chars = 0
    quotes = 0
    repeat_left = 0
    previous: dict[str, Any] = {}
    out: list[str] = []
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(header_line + "\n")
        for i in range(rows):
            ts = start + i * step + rng.random() * step  # chronological, like Amazon's files
            if repeat_left > 0:  # another unit of the same order (own LPN, same product)
                repeat_left -= 1
                market, product, order_id = previous["m"], previous["p"], previous["o"]
            else:
                market = _pick(rng, market_table)
                product = catalog[int(_pick(rng, product_table))]
                m = MARKETPLACES[market]
                if rng.random() < 0.004:
                    order_id = ""  # "if available" (FORMATS.md §1.1)
                else:
                    order_id = (
                        f"{rng.choice(m['orders'])}-{rng.randrange(10**7):07d}"
                        f"-{rng.randrange(10**7):07d}"
                    )
                if rng.random() < 0.05:
                    repeat_left = 1 if rng.random() < 0.8 else 2
                previous = {"m": market, "p": product, "o": order_id}
            family = product["family"]
            reason = _pick(rng, reason_tables[family["cat"]])
            bucket = BUCKET_OF_REASON.get(reason)
            if bucket is None:
                disposition = _pick(rng, disposition_tables["undeliverable"])
            elif bucket in FAULT_BUCKETS:
                disposition = _pick(rng, disposition_tables["fault"])
            elif bucket == "damaged":
                disposition = _pick(rng, disposition_tables["damaged"])
            else:
                disposition = _pick(rng, disposition_tables["default"])
            if family["cat"] == "beauty" and rng.random() < 0.02:
                disposition = "EXPIRED"
            comment = ""
            if bucket is not None and rng.random() >= 0.43:
                lang = _pick(rng, lang_tables[market])
                comment = _comment(rng, lang, bucket, family, lang_index[lang], color_codes)
                counts["lang_" + lang] += 1
                comment_chars += len(comment)
                quotes += comment.count('"')
            else:
                empty += 1
            r = rng.random()
            quantity = "1" if r < 0.97 else ("2" if r < 0.995 else "3")
            lpn_number = (i * lpn_mult + lpn_off) % lpn_mod
            lpn = f"LPN{'RR' if lpn_number % 7 else 'HE'}{lpn_number:010d}"
            counts["market_" + market] += 1
            counts["disposition_" + disposition] += 1
            out.append(
                "\t".join(
                    (
                        dt.datetime.fromtimestamp(int(ts), dt.UTC).isoformat(),
                        order_id,
                        product["sku"],
                        product["asin"],
                        product["fnsku"],
                        product["titles"][lang_index[MARKETPLACES[market]["lang"]]],
                        quantity,
                        rng.choice(fcs[market]),
                        disposition,
                        reason,
                        STATUS_OF.get(disposition, STATUS_DEFAULT),
                        lpn,
                        comment,
                    )
                )
            )
            counts["reason_" + reason] += 1
            if len(out) >= 20_000:
                out.append("")
                handle.write("\n".join(out))
                out = []
        if out:
            out.append("")
            handle.write("\n".join(out))
    with_comment = rows - empty
    return {
        "rows": rows,
        "seed": seed,
        "generator_version": GENERATOR_VERSION,
        "bytes": path.stat().st_size,
        "empty_comment_share": round(empty / max(rows, 1), 4),
        "mean_comment_chars": round(comment_chars / max(with_comment, 1), 1),
        "comments_with_double_quote": quotes,
        "products": len(catalog),
        "reason_codes": sum(1 for key in counts if key.startswith("reason_")),
        "marketplaces": {k[7:]: v for k, v in sorted(counts.items()) if k.startswith("market_")},
        "comment_languages": {k[5:]: v for k, v in sorted(counts.items()) if k.startswith("lang_")},
    }


def _comment(
    rng: random.Random,
    lang: str,
    bucket: str,
    family: dict[str, Any],
    li: int,
    color_codes: list[str],
) -> str:
    texts = T[lang]
    item, part = family["item"][li], family["part"][li]
    color = COLORS[rng.choice(color_codes)][li]
    slots = {
        "item": item,
        "Item": item[:1].upper() + item[1:],
        "part": part,
        "Part": part[:1].upper() + part[1:],
        "n": str(rng.randint(2, 9)),
        "days": str(rng.randint(2, 30)),
        "weeks": str(rng.randint(2, 6)),
        "cm": str(rng.randint(2, 15)),
        "size": rng.choice(SIZES),
        "color": color if lang == "ja" else color.lower(),
    }
    sentences = []
    if rng.random() < 0.2:
        sentences.append(rng.choice(texts["open"]))
    sentences.append(_render(rng.choice(texts[bucket]), slots))
    if rng.random() < 0.12:  # a second complaint sentence of the same kind
        sentences.append(_render(rng.choice(texts[bucket]), slots))
    if rng.random() < 0.35:
        sentences.append(_render(rng.choice(texts["detail"]), slots))
    if rng.random() < 0.2:
        sentences.append(rng.choice(texts["close"]))
    text = ("" if lang == "ja" else " ").join(sentences)
    r = rng.random()
    if lang == "en" and r < 0.02:
        text = text.upper()  # SHOUTING BUYERS
    elif r < 0.03:
        text = text.replace(".", "", 1).lower() if lang != "ja" else text  # typed in a hurry
    elif r < 0.04:
        text += " "  # a stray trailing space; vocloop strips cells
    return text


def ensure_file(directory: Path, rows: int, seed: int) -> tuple[Path, dict[str, Any]]:
    """The generated file for (rows, seed) in directory, reused when a matching one is there."""
    path = directory / f"fba_returns_{rows}_s{seed}.tsv"
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if (
            meta.get("generator_version") == GENERATOR_VERSION
            and meta.get("bytes") == path.stat().st_size
        ):
            meta["reused"] = True
            return path, meta
    started = time.perf_counter()
    meta = generate(path, rows, seed)
    meta["generate_s"] = round(time.perf_counter() - started, 2)
    meta_path.write_text(json.dumps(meta, indent=2))
    return path, meta


# --------------------------------------------------------------------------------------------------
# Workers: one measured step each, run as `import_bench.py --worker STEP ...` in a fresh process
# --------------------------------------------------------------------------------------------------

SQL_COLUMNS = [name.replace("-", "_") for name in HEADER]
# FORMAT csv with a quote character that never occurs: no quoting, and backslashes stay literal.
PG_REF_COPY = (
    "COPY bench_ref FROM STDIN (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\x01', HEADER true)"
)


def _rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _fail(message: str) -> None:
    raise SystemExit(f"BENCHMARK FAILED: {message}")


def w_parse_pyarrow(a: argparse.Namespace) -> dict[str, Any]:
    import pyarrow.csv as pacsv

    base = _rss_mb()
    t0 = time.perf_counter()
    table = pacsv.read_csv(
        a.file, parse_options=pacsv.ParseOptions(delimiter="\t", quote_char=False)
    )
    seconds = time.perf_counter() - t0
    if table.num_rows != a.rows or table.num_columns != len(HEADER):
        _fail(f"pyarrow read {table.num_rows} rows x {table.num_columns} columns")
    return {"seconds": seconds, "base_rss_mb": base, "types": str(table.schema.types[:1])}


def w_parse_duckdb(a: argparse.Namespace) -> dict[str, Any]:
    import duckdb

    con = duckdb.connect()
    base = _rss_mb()
    path = str(a.file).replace("'", "''")
    t0 = time.perf_counter()
    con.execute(
        f"CREATE TABLE t AS SELECT * FROM read_csv('{path}', delim='\t', quote='', escape='', "
        "header=true, all_varchar=true)"
    )
    seconds = time.perf_counter() - t0
    n = con.execute("SELECT count(*) FROM t").fetchone()[0]  # type: ignore[index]
    if n != a.rows:
        _fail(f"duckdb read {n} rows")
    threads = con.execute("SELECT current_setting('threads')").fetchone()
    return {"seconds": seconds, "base_rss_mb": base, "threads": threads[0] if threads else None}


def w_parse_csv(a: argparse.Namespace) -> dict[str, Any]:
    import csv

    base = _rss_mb()
    t0 = time.perf_counter()
    n = 0
    with open(a.file, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) != 13:
                _fail(f"csv: row {n + 2} has {len(row)} fields")
            n += 1
    seconds = time.perf_counter() - t0
    if n != a.rows:
        _fail(f"csv read {n} rows")
    return {"seconds": seconds, "base_rss_mb": base}


def w_parse_vocloop(a: argparse.Namespace) -> dict[str, Any]:
    from vocloop.sources.files import expand_paths
    from vocloop.sources.reports import open_report

    base = _rss_mb()
    t0 = time.perf_counter()
    sources = expand_paths([Path(a.file)])
    opened = open_report(sources[0])
    n = bad = 0
    first_problem = None
    for row in opened.rows:
        n += 1
        if row.problems:
            bad += 1
            first_problem = first_problem or row.problems[0]
    seconds = time.perf_counter() - t0
    if opened.kind.name != "fba_returns" or n != a.rows or bad:
        _fail(f"parse: kind {opened.kind.name}, {n} rows, {bad} with problems ({first_problem})")
    return {"seconds": seconds, "base_rss_mb": base, "encoding": opened.encoding}


def w_sqlite_ref(a: argparse.Namespace) -> dict[str, Any]:
    import sqlite3

    con = sqlite3.connect(a.db, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")  # the pragmas vocloop sets (store/db.py)
    con.execute("PRAGMA synchronous=NORMAL")
    con.execute(f"CREATE TABLE ref ({', '.join(c + ' TEXT' for c in SQL_COLUMNS)})")
    sql = f"INSERT INTO ref VALUES ({', '.join('?' for _ in SQL_COLUMNS)})"
    base = _rss_mb()
    t0 = time.perf_counter()
    with open(a.file, encoding="utf-8", newline="") as handle:
        next(handle)
        con.execute("BEGIN")
        con.executemany(sql, (tuple(line.rstrip("\r\n").split("\t")) for line in handle))
        con.execute("COMMIT")
    seconds = time.perf_counter() - t0
    n = con.execute("SELECT count(*) FROM ref").fetchone()[0]
    con.close()
    if n != a.rows:
        _fail(f"sqlite reference inserted {n} rows")
    return {"seconds": seconds, "base_rss_mb": base}


def w_pg_ref(a: argparse.Namespace) -> dict[str, Any]:
    import psycopg

    with psycopg.connect(a.db) as conn:
        conn.execute("DROP TABLE IF EXISTS bench_ref")
        conn.execute(f"CREATE TABLE bench_ref ({', '.join(c + ' text' for c in SQL_COLUMNS)})")
        conn.commit()
        base = _rss_mb()
        t0 = time.perf_counter()
        with (
            conn.cursor() as cur,
            cur.copy(PG_REF_COPY) as copy,
            open(a.file, "rb") as handle,
        ):
            while chunk := handle.read(1 << 20):
                copy.write(chunk)
        conn.commit()
        seconds = time.perf_counter() - t0
        n = conn.execute("SELECT count(*) FROM bench_ref").fetchone()[0]  # type: ignore[index]
        conn.execute("DROP TABLE bench_ref")
        conn.commit()
    if n != a.rows:
        _fail(f"PostgreSQL reference copied {n} rows")
    return {"seconds": seconds, "base_rss_mb": base}


def _vocloop_import(a: argparse.Namespace, *, again: bool) -> dict[str, Any]:
    from vocloop.app import App
    from vocloop.config import Settings
    from vocloop.sources.files import expand_paths
    from vocloop.sources.ingest import import_files

    t_open = time.perf_counter()
    app = App.open(Settings(database_url=a.db, data_dir=Path(a.workdir)))
    open_s = time.perf_counter() - t_open
    base = _rss_mb()
    try:
        t0 = time.perf_counter()
        sources = expand_paths([Path(a.file)])
        results = import_files(app.sessions, sources)
        seconds = time.perf_counter() - t0
    finally:
        app.close()
    r = results[0]
    expected = (0, a.rows) if again else (a.rows, 0)
    if (
        len(results) != 1
        or r.message is not None
        or r.records != a.rows
        or r.rejected
        or (r.added, r.duplicates) != expected
    ):
        _fail(
            f"{'re-' if again else ''}import: expected added/duplicates {expected}, got "
            f"records={r.records} added={r.added} duplicates={r.duplicates} "
            f"rejected={r.rejected} message={r.message!r} errors={r.errors[:2]}"
        )
    return {
        "seconds": seconds,
        "base_rss_mb": base,
        "app_open_s": open_s,
        "added": r.added,
        "duplicates": r.duplicates,
        "marketplaces": r.marketplaces,
        "notes": r.notes[:5],
    }


def w_import(a: argparse.Namespace) -> dict[str, Any]:
    return _vocloop_import(a, again=False)


def w_reimport(a: argparse.Namespace) -> dict[str, Any]:
    return _vocloop_import(a, again=True)


def w_profile(a: argparse.Namespace) -> dict[str, Any]:
    import cProfile
    import pstats

    from vocloop.app import App
    from vocloop.config import Settings
    from vocloop.sources.files import expand_paths
    from vocloop.sources.ingest import import_files

    app = App.open(Settings(database_url=a.db, data_dir=Path(a.workdir)))
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    results = import_files(app.sessions, expand_paths([Path(a.file)]))
    profiler.disable()
    seconds = time.perf_counter() - t0
    app.close()
    if results[0].added != a.rows:
        _fail(f"profiled import added {results[0].added} of {a.rows}")
    prof_path = Path(a.workdir) / "import_sqlite.prof"
    profiler.dump_stats(prof_path)
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(20)
    return {"seconds": seconds, "profile": str(prof_path)}


WORKERS = {
    "parse_pyarrow": w_parse_pyarrow,
    "parse_duckdb": w_parse_duckdb,
    "parse_csv": w_parse_csv,
    "parse_vocloop": w_parse_vocloop,
    "sqlite_ref": w_sqlite_ref,
    "sqlite_import": w_import,
    "sqlite_reimport": w_reimport,
    "pg_ref": w_pg_ref,
    "pg_import": w_import,
    "pg_reimport": w_reimport,
    "profile_sqlite": w_profile,
}

LABELS = {
    "parse_pyarrow": "parse: pyarrow.csv.read_csv (ref)",
    "parse_duckdb": "parse: duckdb read_csv (ref)",
    "parse_csv": "parse: stdlib csv QUOTE_NONE (info)",
    "parse_vocloop": "parse: vocloop open_report",
    "sqlite_ref": "SQLite: bare executemany (ref)",
    "sqlite_import": "SQLite: vocloop import",
    "sqlite_reimport": "SQLite: vocloop re-import (dups)",
    "pg_ref": "PostgreSQL: bare COPY (ref)",
    "pg_import": "PostgreSQL: vocloop import",
    "pg_reimport": "PostgreSQL: vocloop re-import (dups)",
}


def _peak_rss_mb() -> float:
    """This process's RSS high-water mark (VmHWM) since its exec.

    Not getrusage/wait4 ru_maxrss: on Linux that keeps the high-water mark of the address space the
    child had before exec (the parent's, since subprocess forks with vfork), so a 10 MB worker
    started by a 300 MB parent reports 300 MB.
    """
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def worker_main(a: argparse.Namespace) -> None:
    result = WORKERS[a.worker](a)
    result["rss_at_exit_mb"] = _rss_mb()
    result["vm_hwm_mb"] = _peak_rss_mb()
    if "vocloop" in sys.modules:
        result["vocloop_from"] = str(Path(sys.modules["vocloop"].__file__ or "").parent)
    Path(a.out).write_text(json.dumps(result))


# --------------------------------------------------------------------------------------------------
# The driver
# --------------------------------------------------------------------------------------------------


def run_step(
    step: str,
    file: Path,
    rows: int,
    workdir: Path,
    db: str = "",
    *,
    quiet: bool = True,
    src: Path | None = None,
) -> dict[str, Any]:
    """Run one step in a fresh interpreter; its timing and peak RSS (VmHWM) measured by itself."""
    out = workdir / f"result_{step}.json"
    out.unlink(missing_ok=True)
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        step,
        "--file",
        str(file),
        "--rows",
        str(rows),
        "--db",
        db,
        "--workdir",
        str(workdir),
        "--out",
        str(out),
    ]
    log = workdir / f"log_{step}.txt"
    load_before = os.getloadavg()[0]
    with log.open("w") as log_handle:
        env = dict(os.environ)
        if src is not None:  # the snapshot of vocloop taken at start, ahead of the editable install
            env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), env.get("PYTHONPATH")]))
        process = subprocess.Popen(
            command, stdout=log_handle if quiet else None, stderr=subprocess.STDOUT, env=env
        )
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or not out.exists():
        tail = log.read_text(errors="replace")[-3000:] if quiet else ""
        raise SystemExit(f"step {step} failed (exit {process.returncode}):\n{tail}")
    result: dict[str, Any] = json.loads(out.read_text())
    result["peak_rss_mb"] = result["vm_hwm_mb"]
    # 1-minute load average around the step: other work on this shared machine shows up here.
    result["load_1m"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    # For the record only: it includes the parent's RSS at spawn time (see _peak_rss_mb).
    result["wait4_maxrss_mb"] = usage.ru_maxrss / 1024  # Linux: KiB
    return result


def _pg_admin(url: str) -> Any:
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=5)


def _pg_url(admin_url: str, database: str) -> str:
    head, _, _ = admin_url.rpartition("/")
    return f"{head}/{database}"


def _settle(pg_admin_url: str | None = None) -> None:
    """Flush dirty pages (and PostgreSQL's WAL) left by the previous step, outside any timing."""
    os.sync()
    if pg_admin_url:
        with _pg_admin(pg_admin_url) as conn:
            conn.execute("CHECKPOINT")


def _remove_sqlite(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _median(values: list[float]) -> float:
    return statistics.median(values)


def machine_info() -> dict[str, Any]:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gb": round(mem_gb, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "openblas_env": {k: v for k, v in os.environ.items() if k.startswith("OPENBLAS")},
    }


def library_versions() -> dict[str, str]:
    import importlib.metadata as md
    import sqlite3

    versions = {"sqlite": sqlite3.sqlite_version}
    for name in ("vocloop", "sqlalchemy", "psycopg", "pyarrow", "duckdb"):
        try:
            versions[name] = md.version(name)
        except md.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def git_state() -> dict[str, Any]:
    """Which vocloop was measured: the commit and whether the working tree had changes."""
    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "src"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {"commit": None, "src_dirty": None}
    return {"commit": head, "src_dirty": bool(dirty)}


def snapshot_source(target: Path) -> Path:
    """Copy src/vocloop so that every step of a run measures the same code, even while the working
    tree changes under a long run; workers get it first on PYTHONPATH (before the editable install).
    """
    package = Path(__file__).resolve().parent.parent / "src" / "vocloop"
    shutil.copytree(package, target / "vocloop", ignore=shutil.ignore_patterns("__pycache__"))
    return target


def ratio_rows(steps: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    def med(name: str) -> float | None:
        return steps[name]["median_s"] if name in steps else None

    out: list[dict[str, Any]] = []

    def add(name: str, num: str, den: str | None, target: float, value: float | None) -> None:
        if value is None:
            return
        out.append(
            {
                "name": name,
                "numerator": num,
                "denominator": den,
                "value": round(value, 3),
                "target": target,
                "ok": value <= target,
            }
        )

    ours = med("parse_vocloop")
    refs = {k: v for k in ("parse_pyarrow", "parse_duckdb") if (v := med(k))}
    if ours and refs:
        for key, ref in refs.items():
            add(f"parse / {key.split('_')[1]}", "parse_vocloop", key, 2.0, ours / ref)
        fastest = min(refs, key=refs.__getitem__)
        add(
            f"parse / faster ref ({fastest.split('_')[1]})",
            "parse_vocloop",
            fastest,
            2.0,
            ours / refs[fastest],
        )
    for db in ("sqlite", "pg"):
        first, base, again = med(f"{db}_import"), med(f"{db}_ref"), med(f"{db}_reimport")
        label = "SQLite" if db == "sqlite" else "PostgreSQL"
        if first and base:
            add(
                f"{label} import / bare {'executemany' if db == 'sqlite' else 'COPY'}",
                f"{db}_import",
                f"{db}_ref",
                1.5,
                first / base,
            )
        if first and again:
            add(
                f"{label} re-import / first import",
                f"{db}_reimport",
                f"{db}_import",
                1.0,
                again / first,
            )
    for step in ("parse_vocloop", "sqlite_import", "sqlite_reimport", "pg_import", "pg_reimport"):
        if step in steps:
            add(
                f"peak RSS MB: {LABELS[step].split(': ', 1)[1]} ({step.split('_')[0]})",
                step,
                None,
                RSS_LIMIT_MB,
                steps[step]["peak_rss_mb"],
            )
    return out


def print_report(report: dict[str, Any]) -> None:
    meta, steps = report["meta"], report["steps"]
    m = meta["machine"]
    print()
    print(
        f"vocloop import benchmark: {meta['rows']:,} rows, {meta['file']['bytes'] / 1e6:.1f} MB, "
        f"median of {meta['repeat']} | {m['cpus']} CPUs {m['cpu_model']}, "
        f"Python {m['python']}, SQLite {meta['versions']['sqlite']}"
        + (f", PostgreSQL {meta['postgres']}" if meta.get("postgres") else "")
    )
    print()
    print(f"{'step':<40} {'median s':>9} {'rows/s':>11} {'peak RSS MB':>12}  runs (s)")
    print("-" * 100)
    for step, data in steps.items():
        runs = " ".join(f"{s:.2f}" for s in data["runs_s"])
        print(
            f"{LABELS[step]:<40} {data['median_s']:>9.2f} {data['rows_per_s']:>11,.0f} "
            f"{data['peak_rss_mb']:>12.0f}  {runs}"
        )
    print()
    print(f"{'ratio':<52} {'value':>8} {'target':>8}  result")
    print("-" * 80)
    for row in report["ratios"]:
        is_rss = row["name"].startswith("peak RSS")
        value = f"{row['value']:.0f}" if is_rss else f"{row['value']:.2f}x"
        target = f"<={row['target']:.0f}" if is_rss else f"<={row['target']:.1f}x"
        print(f"{row['name']:<52} {value:>8} {target:>8}  {'ok' if row['ok'] else 'MISSED'}")
    for note in meta.get("notes", []):
        print(f"note: {note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="rows in the generated file")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--keep-dir", type=Path, help="keep the generated file (and reuse it) here")
    parser.add_argument("--no-postgres", action="store_true", help="skip the PostgreSQL part")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument(
        "--pg-admin-url",
        default=DEFAULT_PG_ADMIN_URL,
        help="a database to connect to for CREATE/DROP DATABASE",
    )
    parser.add_argument("--steps", help="comma-separated subset of steps (development)")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="only profile one SQLite import with cProfile and print the top",
    )
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--live-src",
        action="store_true",
        help="import vocloop from the working tree in each step, not from a snapshot at start",
    )
    # worker mode (internal)
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    a = parser.parse_args(argv)
    if a.worker:
        worker_main(a)
        return 0

    temp = Path(tempfile.mkdtemp(prefix="vocloop_bench_"))
    data_dir = a.keep_dir or temp
    data_dir.mkdir(parents=True, exist_ok=True)
    workdir = temp / "work"
    workdir.mkdir()
    src = None if a.live_src else snapshot_source(temp / "src")
    git_at_start = git_state()
    pg_admin_url: str | None = None
    pg_db = f"vocloop_bench_{os.getpid()}"
    try:
        print(f"generating {a.rows:,} rows in {data_dir} ...", flush=True)
        file, file_meta = ensure_file(data_dir, a.rows, a.seed)
        print(
            f"  {file.name}: {file_meta['bytes'] / 1e6:.1f} MB, "
            f"{file_meta['empty_comment_share']:.1%} empty comments, "
            + ("reused" if file_meta.get("reused") else f"{file_meta['generate_s']} s"),
            flush=True,
        )
        if a.profile:
            profile_db = workdir / "profile.db"
            result = run_step(
                "profile_sqlite",
                file,
                a.rows,
                workdir,
                f"sqlite:///{profile_db}",
                quiet=False,
                src=src,
            )
            print(f"profiled import: {result['seconds']:.2f} s ({result['profile']})")
            if a.keep_dir:
                shutil.copy(result["profile"], a.keep_dir / "import_sqlite.prof")
            return 0

        notes: list[str] = []
        pg_version = None
        if not a.no_postgres:
            try:
                with _pg_admin(a.pg_admin_url) as conn:
                    row = conn.execute("SHOW server_version").fetchone()
                    pg_version = row[0] if row else None
                    conn.execute(f'CREATE DATABASE "{pg_db}"')
                pg_admin_url = a.pg_admin_url
            except Exception as exc:
                message = f"PostgreSQL at {a.pg_admin_url} is unreachable ({exc}); skipping it"
                print(f"SKIPPING POSTGRESQL: {message}", flush=True)
                notes.append(message)
        else:
            notes.append("PostgreSQL skipped (--no-postgres)")
        pg_url = _pg_url(a.pg_admin_url, pg_db)

        plan = [
            "parse_pyarrow",
            "parse_duckdb",
            "parse_csv",
            "parse_vocloop",
            "sqlite_ref",
            "sqlite_import",
            "sqlite_reimport",
        ]
        if pg_admin_url:
            plan += ["pg_ref", "pg_import", "pg_reimport"]
        if a.steps:
            wanted = set(a.steps.split(","))
            plan = [s for s in plan if s in wanted]
        runs: dict[str, list[dict[str, Any]]] = {step: [] for step in plan}
        started = time.perf_counter()
        for round_no in range(1, a.repeat + 1):
            sqlite_db = workdir / f"vocloop_{round_no}.db"
            for step in plan:
                db = ""
                if step == "sqlite_ref":
                    db = str(workdir / f"ref_{round_no}.db")
                elif step.startswith("sqlite_"):
                    db = f"sqlite:///{sqlite_db}"
                elif step.startswith("pg_"):
                    db = pg_url
                    if step == "pg_import":
                        with _pg_admin(pg_url) as conn:  # a fresh schema for the first import
                            conn.execute("DROP SCHEMA public CASCADE")
                            conn.execute("CREATE SCHEMA public")
                _settle(pg_admin_url if step.startswith("pg_") else None)
                result = run_step(step, file, a.rows, workdir, db, src=src)
                runs[step].append(result)
                print(
                    f"  round {round_no}/{a.repeat} {step:<16} {result['seconds']:8.2f} s  "
                    f"peak RSS {result['peak_rss_mb']:6.0f} MB  "
                    f"load {result['load_1m'][0]:.1f}->{result['load_1m'][1]:.1f}  "
                    f"[{time.perf_counter() - started:6.0f} s elapsed]",
                    flush=True,
                )
                if step == "sqlite_ref":
                    _remove_sqlite(Path(db))
            _remove_sqlite(sqlite_db)

        steps: dict[str, dict[str, Any]] = {}
        for step, results in runs.items():
            seconds = [r["seconds"] for r in results]
            rss = [r["peak_rss_mb"] for r in results]
            median = _median(seconds)
            origins = {r["vocloop_from"] for r in results if "vocloop_from" in r}
            if src and origins - {str(src / "vocloop")}:
                raise SystemExit(f"step {step} imported vocloop from {origins}, not the snapshot")
            steps[step] = {
                "label": LABELS[step],
                "runs_s": [round(s, 3) for s in seconds],
                "median_s": round(median, 3),
                "rows_per_s": round(a.rows / median),
                "peak_rss_mb": round(max(rss), 1),
                "peak_rss_mb_runs": [round(x, 1) for x in rss],
                "rss_before_step_mb": round(_median([r["base_rss_mb"] for r in results]), 1),
                "load_1m_runs": [r["load_1m"] for r in results],
                **{
                    k: v
                    for k, v in results[-1].items()
                    if k
                    not in (
                        "seconds",
                        "peak_rss_mb",
                        "base_rss_mb",
                        "vm_hwm_mb",
                        "wait4_maxrss_mb",
                        "rss_at_exit_mb",
                        "load_1m",
                        "vocloop_from",
                    )
                },
            }
        report: dict[str, Any] = {
            "meta": {
                "rows": a.rows,
                "repeat": a.repeat,
                "file": {k: v for k, v in file_meta.items() if k != "reused"},
                "machine": machine_info(),
                "versions": library_versions(),
                "git": git_at_start,
                "measured_source": str(src) if src else "working tree (--live-src)",
                "postgres": pg_version if pg_admin_url else None,
                "started": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                "total_s": round(time.perf_counter() - started, 1),
                "notes": notes,
            },
            "steps": steps,
            "ratios": [],
        }
        if git_state() != git_at_start:
            notes.append(
                "the working tree changed during the run; "
                + ("every step measured the snapshot taken at start" if src else "steps differ")
            )
        report["ratios"] = ratio_rows(steps)
        print_report(report)
        if a.json:
            a.json.write_text(json.dumps(report, indent=2, ensure_ascii=False))
            print(f"wrote {a.json}")
        missed = [r["name"] for r in report["ratios"] if not r["ok"]]
        return 1 if (a.check and missed) else 0
    finally:
        if pg_admin_url:
            try:
                with _pg_admin(pg_admin_url) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{pg_db}" WITH (FORCE)')
            except Exception as exc:
                print(f"warning: could not drop database {pg_db}: {exc}", file=sys.stderr)
        shutil.rmtree(temp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
