"""The thirty demo ASINs, their offers per store and their wording in English, German and Japanese."""

from __future__ import annotations

from vocloop.demo.catalog import Listing as listing
from vocloop.demo.catalog import Product
from vocloop.demo.catalog import Wording as words

SUPPLIER_CHANGE_ASIN = "B0DEMOCH65"
USAGE_DIFFICULTY_ASIN = "B0DEMODK12"
SAFETY_ASIN = "B0DEMOHD18"
RUNS_SMALL_ASINS = ("B0DEMOHM01", "B0DEMOHL01")
MISMATCH_ASINS = ("B0DEMOMG35", "B0DEMOPB10", "B0DEMOLD01")
VINE_ASIN = "B0DEMORJ01"

_HOODIE_SEASON = (1.3, 1.1, 0.9, 0.7, 0.5, 0.4, 0.45, 0.6, 0.9, 1.2, 1.5, 1.6)
_TEE_SEASON = (0.7, 0.7, 0.9, 1.1, 1.3, 1.4, 1.4, 1.2, 1.0, 0.8, 0.9, 1.0)
_JACKET_SEASON = (0.8, 0.9, 1.2, 1.3, 1.2, 1.0, 0.9, 1.0, 1.2, 1.2, 0.9, 0.8)
_HOODIE_CAUSES = (("size_fit", 62), ("not_as_described", 7), ("buyer_remorse", 14))


def _tee(asin: str, fnsku: str, size: str, us: float, de: float) -> Product:
    return Product(
        asin, fnsku, "apparel", "apparel",
        {"US": listing(f"VL-TEE-{size}-NAVY", 1999, us), "DE": listing(f"VL-TEE-{size}-NAVY", 2199, de)},
        {
            "en": words(f"Vocloop Organic Cotton T-Shirt, Navy, {size}", "T-shirt", "collar", "",
                        "The fabric is thinner than I'd like.", f"Size: {size} | Color: Navy"),
            "de": words(f"Vocloop T-Shirt aus Bio-Baumwolle, Marineblau, {size}", "das T-Shirt",
                        "der Kragen", "", "Der Stoff ist dünner als gedacht.",
                        f"Größe: {size} | Farbe: Marineblau"),
        },
        season=_TEE_SEASON,
    )


def _hoodie(asin: str, fnsku: str, size: str, us: float, de: float, jp: float) -> Product:
    return Product(
        asin, fnsku, "apparel", "apparel",
        {
            "US": listing(f"VL-HOOD-{size}-GRY", 4499, us),
            "DE": listing(f"VL-HOOD-{size}-GRY", 4499, de),
            "JP": listing(f"VL-HOOD-{size}-GRY", 5980, jp),
        },
        {
            "en": words(f"Vocloop Fleece Zip Hoodie, Heather Grey, {size}", "hoodie", "zipper", "",
                        "It isn't as warm as the thick fleece suggests.",
                        f"Size: {size} | Color: Heather Grey"),
            "de": words(f"Vocloop Fleece-Kapuzenjacke mit Reißverschluss, Grau meliert, {size}",
                        "die Kapuzenjacke", "der Reißverschluss", "",
                        "Sie wärmt längst nicht so, wie der dicke Fleece vermuten lässt.",
                        f"Größe: {size} | Farbe: Grau meliert"),
            "ja": words(f"Vocloop フリース ジップパーカー ヘザーグレー {size}", "パーカー", "ファスナー",
                        "", "見た目ほど暖かくありません。", f"サイズ: {size} | カラー: ヘザーグレー"),
        },
        factor=1.15, causes=_HOODIE_CAUSES, small_share=0.9, season=_HOODIE_SEASON,
    )


PRODUCTS: tuple[Product, ...] = (
    # Kitchen
    Product(
        "B0DEMOMG35", "X00DEMOM35", "kitchen", "kitchen",
        {"US": listing("VL-MUG-350-BLK", 2499, 14), "DE": listing("VL-MUG-350-BLK", 2299, 8),
         "JP": listing("VL-MUG-350-BLK", 2480, 6)},
        {
            "en": words("Vocloop Ceramic-Lined Travel Mug 350 ml, Black", "mug", "lid",
                        "my car's cup holder", "It keeps coffee warm for barely an hour.",
                        "Color: Black"),
            "de": words("Vocloop Thermobecher mit Keramikbeschichtung 350 ml, Schwarz", "der Becher",
                        "der Deckel", "meinem Getränkehalter im Auto",
                        "Der Kaffee bleibt kaum eine Stunde warm.", "Farbe: Schwarz"),
            "ja": words("Vocloop セラミックコーティング タンブラー 350ml ブラック", "タンブラー", "フタ",
                        "車のドリンクホルダー", "保温が1時間ももちません。", "カラー: ブラック"),
        },
    ),
    Product(
        "B0DEMOKN05", "X00DEMOK05", "kitchen", "kitchen",
        {"US": listing("VL-KNIFE-SET5", 4999, 5), "DE": listing("VL-KNIFE-SET5", 4499, 3)},
        {
            "en": words("Vocloop Kitchen Knife Set, 5 Pieces with Block", "knife set", "knife block",
                        "my drawer organizer", "The blades went dull within a couple of weeks."),
            "de": words("Vocloop Küchenmesser-Set, 5-teilig mit Messerblock", "das Messerset",
                        "der Messerblock", "meinem Schubladeneinsatz",
                        "Die Klingen sind nach zwei Wochen stumpf."),
        },
    ),
    Product(
        "B0DEMOKT17", "X00DEMOK17", "kitchen", "kitchen",
        {"US": listing("VL-KETTLE-17-US", 3999, 8), "DE": listing("VL-KETTLE-17-EU", 3699, 6)},
        {
            "en": words("Vocloop Electric Kettle 1.7 L, Stainless Steel", "kettle", "lid",
                        "my kitchen outlet", "It takes ages to boil and is very loud."),
            "de": words("Vocloop Wasserkocher 1,7 L, Edelstahl", "der Wasserkocher", "der Deckel",
                        "meiner Steckdose", "Braucht ewig zum Kochen und ist sehr laut."),
        },
    ),
    Product(
        "B0DEMOFP28", "X00DEMOF28", "kitchen", "kitchen",
        {"US": listing("VL-PAN-28", 3499, 7), "DE": listing("VL-PAN-28", 3299, 6),
         "JP": listing("VL-PAN-28", 3980, 4)},
        {
            "en": words("Vocloop Nonstick Frying Pan 11 in (28 cm), Induction Ready", "pan",
                        "coating", "my induction cooktop", "Food sticks even with plenty of oil."),
            "de": words("Vocloop Antihaft-Bratpfanne 28 cm, induktionsgeeignet", "die Pfanne",
                        "die Beschichtung", "meinem Induktionsherd",
                        "Trotz viel Öl klebt alles fest."),
            "ja": words("Vocloop こびりつきにくいフライパン 28cm IH対応", "フライパン", "コーティング",
                        "うちのIHコンロ", "油を多めにひいてもくっつきます。"),
        },
        causes=(("compatibility", 7),),
    ),
    Product(
        "B0DEMOCB03", "X00DEMOC03", "kitchen", "kitchen",
        {"US": listing("VL-BOARD-BAMBOO3", 2999, 6), "DE": listing("VL-BOARD-BAMBOO3", 2799, 4)},
        {
            "en": words("Vocloop Bamboo Cutting Board, Set of 3", "cutting board", "surface",
                        "my dishwasher", "It dents and stains after a few uses."),
            "de": words("Vocloop Bambus-Schneidebrett, 3er-Set", "das Schneidebrett",
                        "die Oberfläche", "meiner Spülmaschine",
                        "Bekommt nach wenigen Benutzungen Kerben und Flecken."),
        },
    ),
    # Apparel
    _tee("B0DEMOTM01", "X00DEMOTM1", "M", 12, 7),
    _tee("B0DEMOTL01", "X00DEMOTL1", "L", 10, 6),
    _hoodie("B0DEMOHM01", "X00DEMOHM1", "M", 9, 6, 4),
    _hoodie("B0DEMOHL01", "X00DEMOHL1", "L", 8, 5, 3),
    Product(
        "B0DEMORJ01", "X00DEMORJ1", "apparel", "apparel",
        {"US": listing("VL-RUNJKT-M-BLK", 5999, 7), "DE": listing("VL-RUNJKT-M-BLK", 5999, 4)},
        {
            "en": words("Vocloop Lightweight Running Jacket, Black, M", "jacket", "zipper", "",
                        "It doesn't breathe at all, I'm sweaty after ten minutes.",
                        "Size: M | Color: Black"),
            "de": words("Vocloop Leichte Laufjacke, Schwarz, M", "die Laufjacke",
                        "der Reißverschluss", "",
                        "Nicht atmungsaktiv, nach zehn Minuten bin ich durchgeschwitzt.",
                        "Größe: M | Farbe: Schwarz"),
        },
        season=_JACKET_SEASON, launch_days_ago=110,
    ),
    # Electronics
    Product(
        SUPPLIER_CHANGE_ASIN, "X00DEMOC65", "electronics", "electronics",
        {"US": listing("VL-CHG65-US", 3999, 20), "DE": listing("VL-CHG65-EU", 3999, 11)},
        {
            "en": words("Vocloop 65W USB-C GaN Charger, 3 Ports", "charger", "USB-C port",
                        "my laptop", "It charges my laptop much slower than a real 65W."),
            "de": words("Vocloop 65W USB-C GaN Ladegerät, 3 Anschlüsse", "das Ladegerät",
                        "der USB-C-Anschluss", "meinem Laptop",
                        "Lädt den Laptop viel langsamer als mit echten 65 W."),
        },
    ),
    Product(
        "B0DEMOCH20", "X00DEMOC20", "electronics", "electronics",
        {"US": listing("VL-CHG20-US", 1599, 22), "DE": listing("VL-CHG20-EU", 1499, 12),
         "JP": listing("VL-CHG20-JP", 1980, 12)},
        {
            "en": words("Vocloop 20W USB-C Fast Charger", "charger", "plug", "my phone",
                        "Fast charging only lasts a few minutes, then it crawls."),
            "de": words("Vocloop 20W USB-C Schnellladegerät", "das Ladegerät", "der Stecker",
                        "meinem Handy",
                        "Schnellladen klappt nur ein paar Minuten, dann wird es langsam."),
            "ja": words("Vocloop 20W USB-C 急速充電器", "充電器", "プラグ", "スマホ",
                        "急速充電は最初の数分だけで、その後は遅くなります。"),
        },
    ),
    Product(
        "B0DEMOCB20", "X00DEMOB20", "electronics", "electronics",
        {"US": listing("VL-CABLE-CC-2M", 1299, 26), "DE": listing("VL-CABLE-CC-2M", 1199, 14),
         "JP": listing("VL-CABLE-CC-2M", 1280, 14)},
        {
            "en": words("Vocloop USB-C to USB-C Cable, 2 m, Braided", "cable", "connector",
                        "my monitor", "Data transfer is painfully slow."),
            "de": words("Vocloop USB-C auf USB-C Kabel, 2 m, geflochten", "das Kabel", "der Stecker",
                        "meinem Monitor", "Die Datenübertragung ist quälend langsam."),
            "ja": words("Vocloop USB-C to USB-C ケーブル 2m 編組", "ケーブル", "コネクタ", "モニター",
                        "データ転送がとても遅いです。"),
        },
    ),
    Product(
        "B0DEMOPB10", "X00DEMOP10", "electronics", "electronics",
        {"US": listing("VL-PB-10000", 2999, 15), "DE": listing("VL-PB-10000", 2799, 8),
         "JP": listing("VL-PB-10000", 3480, 8)},
        {
            "en": words("Vocloop Power Bank 10000 mAh, USB-C PD", "power bank", "charging port",
                        "my Nintendo Switch", "It barely charges my phone one and a half times."),
            "de": words("Vocloop Powerbank 10000 mAh, USB-C PD", "die Powerbank",
                        "der Ladeanschluss", "meiner Switch",
                        "Reicht kaum für anderthalb Handyladungen."),
            "ja": words("Vocloop モバイルバッテリー 10000mAh USB-C PD対応", "モバイルバッテリー",
                        "充電ポート", "Nintendo Switch", "スマホを1.5回充電するのがやっとです。"),
        },
    ),
    Product(
        "B0DEMOBS01", "X00DEMOB01", "electronics", "electronics",
        {"US": listing("VL-SPK-BT-01", 3599, 9), "DE": listing("VL-SPK-BT-01", 3399, 5),
         "JP": listing("VL-SPK-BT-01", 3980, 5)},
        {
            "en": words("Vocloop Portable Bluetooth Speaker, Waterproof", "speaker",
                        "charging port", "my laptop", "Sound gets thin and distorted above half volume."),
            "de": words("Vocloop Tragbarer Bluetooth-Lautsprecher, wasserdicht", "der Lautsprecher",
                        "der Ladeanschluss", "meinem Laptop",
                        "Ab halber Lautstärke klingt es dünn und verzerrt."),
            "ja": words("Vocloop ポータブル Bluetooth スピーカー 防水", "スピーカー", "充電ポート",
                        "ノートパソコン", "音量を半分以上にすると音が割れます。"),
        },
        causes=(("usage_difficulty", 5),), usage_style="app",
    ),
    Product(
        "B0DEMOWP15", "X00DEMOW15", "electronics", "electronics",
        {"US": listing("VL-QI-PAD-15W", 2599, 8), "DE": listing("VL-QI-PAD-15W", 2499, 5)},
        {
            "en": words("Vocloop 15W Wireless Charging Pad", "charging pad", "cable",
                        "my phone in its case",
                        "It only charges if the phone sits exactly in the center."),
            "de": words("Vocloop 15W kabelloses Ladepad", "das Ladepad", "das Kabel",
                        "meinem Handy mit Hülle",
                        "Lädt nur, wenn das Handy exakt in der Mitte liegt."),
        },
    ),
    Product(
        "B0DEMOUH07", "X00DEMOU07", "electronics", "electronics",
        {"US": listing("VL-HUB-7IN1", 3499, 8), "DE": listing("VL-HUB-7IN1", 3299, 5),
         "JP": listing("VL-HUB-7IN1", 3980, 5)},
        {
            "en": words("Vocloop USB-C Hub 7-in-1, HDMI 4K", "USB-C hub", "HDMI port", "my MacBook",
                        "The HDMI output flickers and only manages 30 Hz."),
            "de": words("Vocloop USB-C Hub 7-in-1, HDMI 4K", "der USB-C-Hub", "der HDMI-Anschluss",
                        "meinem MacBook", "Der HDMI-Ausgang flackert und schafft nur 30 Hz."),
            "ja": words("Vocloop USB-C ハブ 7in1 HDMI 4K対応", "USB-Cハブ", "HDMIポート", "MacBook",
                        "HDMI出力がちらつき、30Hzしか出ません。"),
        },
        causes=(("compatibility", 22),), launch_days_ago=230,
    ),
    # Home and lighting
    Product(
        "B0DEMOLD01", "X00DEMOL01", "home", "home",
        {"US": listing("VL-LAMP-DESK-W", 3499, 11), "DE": listing("VL-LAMP-DESK-W", 3299, 6),
         "JP": listing("VL-LAMP-DESK-W", 3980, 5)},
        {
            "en": words("Vocloop LED Desk Lamp, Dimmable, White", "desk lamp", "arm",
                        "my USB adapter", "Even at full brightness it's too dim for reading.",
                        "Color: White"),
            "de": words("Vocloop LED-Schreibtischlampe, dimmbar, Weiß", "die Schreibtischlampe",
                        "der Arm", "meinem USB-Netzteil",
                        "Selbst bei voller Helligkeit zu dunkel zum Lesen.", "Farbe: Weiß"),
            "ja": words("Vocloop LEDデスクライト 調光 ホワイト", "デスクライト", "アーム",
                        "USB電源アダプター", "最大の明るさでも読書には暗すぎます。", "カラー: ホワイト"),
        },
    ),
    Product(
        "B0DEMOLS05", "X00DEMOL05", "home", "home",
        {"US": listing("VL-LEDSTRIP-5M", 2299, 9), "DE": listing("VL-LEDSTRIP-5M", 2199, 6)},
        {
            "en": words("Vocloop Smart LED Strip 5 m, App Control", "LED strip", "controller",
                        "my phone", "Colours look washed out and the white is bluish."),
            "de": words("Vocloop Smarter LED-Streifen 5 m, App-Steuerung", "der LED-Streifen",
                        "der Controller", "meinem Handy",
                        "Die Farben wirken blass und das Weiß ist bläulich."),
        },
        causes=(("usage_difficulty", 14),), usage_style="app",
    ),
    Product(
        "B0DEMOSP01", "X00DEMOS01", "home", "home",
        {"US": listing("VL-SMARTPLUG-US", 1499, 12), "JP": listing("VL-SMARTPLUG-JP", 1780, 7)},
        {
            "en": words("Vocloop Smart Plug, Wi-Fi, Works with Alexa", "smart plug", "power button",
                        "my router", "Schedules run a minute or two late and it drops offline."),
            "ja": words("Vocloop スマートプラグ Wi-Fi Alexa対応", "スマートプラグ", "電源ボタン",
                        "Wi-Fiルーター", "タイマーが1、2分ずれ、よくオフラインになります。"),
        },
        causes=(("usage_difficulty", 16), ("compatibility", 8)), usage_style="app",
    ),
    Product(
        "B0DEMONL01", "X00DEMON01", "home", "home",
        {"US": listing("VL-NIGHTLIGHT-2", 1999, 7), "DE": listing("VL-NIGHTLIGHT-2", 1899, 5),
         "JP": listing("VL-NIGHTLIGHT-2", 1980, 5)},
        {
            "en": words("Vocloop Motion Sensor Night Light, 2 Pack", "night light", "sensor",
                        "my outlet", "The sensor only reacts when you're right in front of it."),
            "de": words("Vocloop Nachtlicht mit Bewegungsmelder, 2er-Pack", "das Nachtlicht",
                        "der Sensor", "meiner Steckdose",
                        "Der Sensor reagiert erst, wenn man direkt davor steht."),
            "ja": words("Vocloop 人感センサー ナイトライト 2個セット", "ナイトライト", "センサー",
                        "コンセント", "センサーは目の前に立たないと反応しません。"),
        },
    ),
    Product(
        "B0DEMOAD30", "X00DEMOA30", "home", "home",
        {"DE": listing("VL-DIFFUSER-300", 2999, 5), "JP": listing("VL-DIFFUSER-300", 3280, 6)},
        {
            "de": words("Vocloop Aroma-Diffusor 300 ml, Holzoptik", "der Diffusor", "der Wassertank",
                        "meinem Duftöl", "Der Duft ist kaum wahrnehmbar, selbst im kleinen Raum."),
            "ja": words("Vocloop アロマディフューザー 300ml 木目調", "ディフューザー", "給水タンク",
                        "手持ちのアロマオイル", "小さな部屋でも香りがほとんどしません。"),
        },
    ),
    # Beauty
    Product(
        SAFETY_ASIN, "X00DEMOH18", "beauty", "beauty",
        {"US": listing("VL-DRYER-US", 4999, 8), "JP": listing("VL-DRYER-JP", 5980, 6)},
        {
            "en": words("Vocloop Ionic Hair Dryer 1800W, Foldable", "hair dryer", "cord",
                        "my travel adapter", "The airflow is weak, drying takes forever."),
            "ja": words("Vocloop マイナスイオン ヘアドライヤー 折りたたみ式", "ドライヤー", "コード",
                        "旅行用変換プラグ", "風量が弱く、髪を乾かすのに時間がかかりすぎます。"),
        },
        factor=1.6,
    ),
    Product(
        "B0DEMOVC30", "X00DEMOV30", "beauty", "skincare",
        {"US": listing("VL-SERUM-VC30", 2499, 10), "DE": listing("VL-SERUM-VC30", 2299, 6),
         "JP": listing("VL-SERUM-VC30", 2980, 6)},
        {
            "en": words("Vocloop Vitamin C Serum 30 ml", "serum", "pump", "my moisturizer",
                        "No visible difference after a month of daily use."),
            "de": words("Vocloop Vitamin-C-Serum 30 ml", "das Serum", "der Pumpspender",
                        "meiner Tagescreme",
                        "Nach einem Monat täglicher Anwendung kein sichtbarer Unterschied."),
            "ja": words("Vocloop ビタミンC 美容液 30ml", "美容液", "ポンプ", "いつもの化粧水",
                        "毎日1か月使っても変化が感じられません。"),
        },
    ),
    Product(
        "B0DEMOFB01", "X00DEMOF01", "beauty", "beauty",
        {"US": listing("VL-FACEBRUSH", 2999, 6), "DE": listing("VL-FACEBRUSH", 2799, 4)},
        {
            "en": words("Vocloop Silicone Facial Cleansing Brush, Rechargeable", "face brush",
                        "charging base", "my charger", "The vibration is so weak I barely feel it."),
            "de": words("Vocloop Silikon-Gesichtsreinigungsbürste, aufladbar", "die Gesichtsbürste",
                        "die Ladestation", "meinem Ladegerät",
                        "Die Vibration ist so schwach, dass man sie kaum spürt."),
        },
    ),
    Product(
        "B0DEMOMR01", "X00DEMOM01", "beauty", "beauty",
        {"US": listing("VL-MIRROR-10X", 3299, 6), "DE": listing("VL-MIRROR-10X", 2999, 4),
         "JP": listing("VL-MIRROR-10X", 3580, 4)},
        {
            "en": words("Vocloop LED Makeup Mirror, 10x Magnification", "mirror", "stand", "",
                        "The light is uneven and the magnified side is blurry."),
            "de": words("Vocloop LED-Kosmetikspiegel, 10-fach Vergrößerung", "der Spiegel",
                        "der Standfuß", "",
                        "Das Licht ist ungleichmäßig und die Vergrößerungsseite ist unscharf."),
            "ja": words("Vocloop LED 拡大鏡 メイクミラー 10倍", "ミラー", "スタンド", "",
                        "ライトにムラがあり、拡大面がぼやけます。"),
        },
    ),
    # Furniture and toys that need assembly
    Product(
        USAGE_DIFFICULTY_ASIN, "X00DEMOD12", "furniture", "assembly",
        {"US": listing("VL-DESK-120", 11999, 5), "DE": listing("VL-DESK-120", 10999, 4),
         "JP": listing("VL-DESK-120", 12800, 3)},
        {
            "en": words("Vocloop Computer Desk 120 cm with Storage Shelves", "desk", "side panel",
                        "", "The desktop flexes under a monitor and a laptop."),
            "de": words("Vocloop Computertisch 120 cm mit Ablagefächern", "der Schreibtisch",
                        "die Seitenwand", "",
                        "Die Tischplatte biegt sich unter Monitor und Laptop durch."),
            "ja": words("Vocloop パソコンデスク 幅120cm 収納棚付き", "デスク", "側板", "",
                        "モニターとノートパソコンを置くと天板がたわみます。"),
        },
        factor=1.9, causes=(("usage_difficulty", 58),), usage_style="assembly",
    ),
    Product(
        "B0DEMOSR05", "X00DEMOR05", "furniture", "assembly",
        {"US": listing("VL-SHOERACK-5", 3999, 6), "DE": listing("VL-SHOERACK-5", 3699, 4),
         "JP": listing("VL-SHOERACK-5", 3980, 4)},
        {
            "en": words("Vocloop 5-Tier Shoe Rack, Metal and Fabric", "shoe rack", "shelf", "",
                        "The shelves sag as soon as you put boots on them."),
            "de": words("Vocloop Schuhregal mit 5 Ebenen, Metall und Stoff", "das Schuhregal",
                        "die Ablage", "", "Die Ablagen hängen durch, sobald Stiefel darauf stehen."),
            "ja": words("Vocloop 5段 シューズラック 金属 布製", "シューズラック", "棚板", "",
                        "ブーツを置くとすぐに棚板がたわみます。"),
        },
        usage_style="assembly",
    ),
    Product(
        "B0DEMOEA01", "X00DEMOE01", "toys", "assembly",
        {"US": listing("VL-EASEL-KIDS", 5499, 4), "DE": listing("VL-EASEL-KIDS", 4999, 3),
         "JP": listing("VL-EASEL-KIDS", 5980, 2)},
        {
            "en": words("Vocloop Kids' Wooden Art Easel, Double-Sided", "easel", "paper roll holder",
                        "", "The chalkboard side barely takes any chalk."),
            "de": words("Vocloop Kinder-Standtafel aus Holz, doppelseitig", "die Standtafel",
                        "der Papierrollenhalter", "", "Die Kreideseite nimmt kaum Kreide an."),
            "ja": words("Vocloop 子ども用 木製イーゼル 両面タイプ", "イーゼル", "ロール紙ホルダー", "",
                        "黒板面にチョークがほとんど書けません。"),
        },
        usage_style="assembly",
    ),
    Product(
        "B0DEMOPK01", "X00DEMOK01", "toys", "assembly",
        {"US": listing("VL-PLAYKITCHEN", 8999, 3), "DE": listing("VL-PLAYKITCHEN", 8499, 3)},
        {
            "en": words("Vocloop Kids' Wooden Play Kitchen with Accessories", "play kitchen",
                        "oven door", "", "The knobs barely turn, so the kids lose interest fast."),
            "de": words("Vocloop Holz-Spielküche für Kinder mit Zubehör", "die Spielküche",
                        "die Ofentür", "",
                        "Die Drehknöpfe drehen sich kaum, die Kinder verlieren schnell die Lust."),
        },
        usage_style="assembly",
    ),
)
PRODUCT_BY_ASIN = {product.asin: product for product in PRODUCTS}
