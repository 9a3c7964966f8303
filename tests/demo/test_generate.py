"""The demo generator writes real-format, deterministic report files that hide the documented patterns."""

from __future__ import annotations

import csv
import datetime
import functools
import io
import json
import random
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from vocloop.demo import DemoPlan, write_demo_reports
from vocloop.demo.catalog import (
    MISMATCH_ASINS,
    SAFETY_ASIN,
    SIZE_FIX_ASIN,
    STORES,
    SUPPLIER_CHANGE_ASIN,
    USAGE_DIFFICULTY_ASIN,
)
from vocloop.demo.draws import seeded
from vocloop.demo.orders import simulate_orders
from vocloop.demo.phrases import LANGUAGES, RETURNS, REVIEWS, comment_templates, render
from vocloop.demo.products import PRODUCT_BY_ASIN, PRODUCTS
from vocloop.demo.returns import LicensePlates, simulate_returns

TODAY = datetime.date(2026, 3, 15)
# Copies of shared/amazon/fixtures kept in the repo (their headers are the real ones).
FIXTURES = Path(__file__).parents[1] / "fixtures" / "amazon"
FEEDBACK_HEADERS = {
    "US": ["Date", "Rating", "Comments", "Your Response", "Order ID", "Rater Email"],
    "DE": [
        "Datum",
        "Bewertung",
        "Kommentare",
        "Ihre Antwort",
        "Bestellnummer",
        "E-Mail-Adresse des Bewerters",
    ],
    "JP": ["日付", "評価", "コメント", "回答", "注文番号", "評価者のEメール"],
}
REVIEWS_HEADER = [
    "review_id",
    "marketplace",
    "asin",
    "sku",
    "review_date",
    "rating",
    "title",
    "body",
    "author",
    "verified_purchase",
    "helpful_votes",
    "variation",
]
VOC_HEADER = [
    "marketplace",
    "asin",
    "sku",
    "product_name",
    "cx_health",
    "ncx_rate",
    "ncx_orders",
    "total_orders",
    "top_ncx_reason",
    "last_updated",
    "comments",
]
LANGUAGE = {"US": "en", "DE": "de", "JP": "ja"}
RETURNS_ENCODING = {"US": "utf-8", "DE": "cp1252", "JP": "cp932"}
MARKETS = ("US", "DE", "JP")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[DemoPlan, float]:
    started = time.perf_counter()
    plan = write_demo_reports(tmp_path_factory.mktemp("demo"), today=TODAY)
    return plan, time.perf_counter() - started


@pytest.fixture(scope="module")
def plan(demo: tuple[DemoPlan, float]) -> DemoPlan:
    return demo[0]


def fixture_header(name: str) -> list[str]:
    return (FIXTURES / name).read_text(encoding="utf-8").splitlines()[0].split("\t")


def read_tsv(path: Path, encoding: str = "utf-8") -> tuple[list[str], list[list[str]]]:
    text = path.read_bytes().decode(encoding)
    lines = text.split("\n")
    assert lines[-1] == "", f"{path.name} must end with a line feed"
    rows = [line.split("\t") for line in lines[:-1]]
    return rows[0], rows[1:]


def read_csv(path: Path, encoding: str) -> list[dict[str, str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


@functools.cache  # the plan is frozen and its files are written once per module
def orders_of(plan: DemoPlan, market: str) -> list[dict[str, str]]:
    header, rows = read_tsv(plan.folder / f"all_orders_{market}.txt")
    return [dict(zip(header, row, strict=True)) for row in rows]


@functools.cache
def returns_of(plan: DemoPlan, market: str) -> list[dict[str, str]]:
    header, rows = read_tsv(plan.folder / f"fba_returns_{market}.txt", RETURNS_ENCODING[market])
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_writes_every_file_with_the_exact_headers(plan: DemoPlan) -> None:
    names = sorted(demo_file.path.name for demo_file in plan.files)
    assert names == sorted(
        [
            f"{kind}_{market}.txt"
            for kind in ("all_orders", "fba_returns", "seller_feedback")
            for market in MARKETS
        ]
        + ["reviews.csv", "voc_snapshots.csv", "account_health.json"]
    )
    assert sorted(path.name for path in plan.folder.iterdir()) == names
    for market in MARKETS:
        assert read_tsv(plan.folder / f"all_orders_{market}.txt")[0] == fixture_header(
            "all_orders.tsv"
        )
        assert len(fixture_header("all_orders.tsv")) == 32
        returns_header = read_tsv(
            plan.folder / f"fba_returns_{market}.txt", RETURNS_ENCODING[market]
        )[0]
        assert returns_header == fixture_header("fba_returns.tsv")
        feedback_header = read_tsv(plan.folder / f"seller_feedback_{market}.txt")[0]
        assert feedback_header == FEEDBACK_HEADERS[market]
    assert FEEDBACK_HEADERS["US"] == fixture_header("seller_feedback.tsv")
    reviews = (plan.folder / "reviews.csv").read_bytes()
    assert reviews.startswith(b"\xef\xbb\xbf" + ",".join(REVIEWS_HEADER).encode() + b"\r\n")
    voc = (plan.folder / "voc_snapshots.csv").read_bytes()
    assert voc.startswith(",".join(VOC_HEADER).encode() + b"\r\n")
    health = json.loads((plan.folder / "account_health.json").read_text(encoding="utf-8"))
    shape = json.loads((FIXTURES / "seller_performance_v2.json").read_text(encoding="utf-8"))
    assert list(health) == list(shape)
    assert [list(metric) for metric in health["performanceMetrics"]] == [
        list(shape["performanceMetrics"][0])
    ] * 3


def test_row_counts_match_the_plan(plan: DemoPlan) -> None:
    for demo_file in plan.files:
        if demo_file.kind == "account_health":
            document = json.loads(demo_file.path.read_text(encoding="utf-8"))
            assert demo_file.rows == len(document["performanceMetrics"]) == 3
        elif demo_file.path.suffix == ".csv":
            assert demo_file.rows == len(read_csv(demo_file.path, demo_file.encoding))
        else:
            assert demo_file.rows == len(read_tsv(demo_file.path, demo_file.encoding)[1])
    counts = {(f.kind, f.marketplace): f.rows for f in plan.files}
    orders = sum(counts[("all_orders", market)] for market in MARKETS)
    assert 80_000 < orders < 150_000
    assert all(counts[("fba_returns", market)] > 1000 for market in MARKETS)
    assert all(counts[("seller_feedback", market)] > 30 for market in MARKETS)
    assert counts[("reviews", None)] > 1000
    assert counts[("voc", None)] > 300


def test_flat_files_have_fixed_columns_no_quotes_and_lf_lines(plan: DemoPlan) -> None:
    for demo_file in plan.files:
        if demo_file.path.suffix != ".txt":
            continue
        raw = demo_file.path.read_bytes()
        assert b"\r" not in raw and b'"' not in raw, demo_file.path.name
        header, rows = read_tsv(demo_file.path, demo_file.encoding)
        assert {len(row) for row in rows} == {len(header)}, demo_file.path.name


def test_every_return_and_feedback_refers_to_an_order_of_its_own_store(plan: DemoPlan) -> None:
    for market in MARKETS:
        orders = orders_of(plan, market)
        shipped = {
            (row["amazon-order-id"], row["asin"])
            for row in orders
            if row["order-status"] == "Shipped"
        }
        returns = returns_of(plan, market)
        assert all((row["order-id"], row["asin"]) in shipped for row in returns)
        _, feedback = read_tsv(plan.folder / f"seller_feedback_{market}.txt")
        order_ids = {order_id for order_id, _ in shipped}
        assert all(row[4] in order_ids for row in feedback)


def test_values_have_amazons_shapes(plan: DemoPlan) -> None:
    iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")
    order_id = re.compile(r"^\d{3}-\d{7}-\d{7}$")
    local_date = {
        "US": re.compile(r"^(1[0-2]|[1-9])/([12]\d|3[01]|[1-9])/\d\d$"),
        "DE": re.compile(r"^([12]\d|3[01]|[1-9])\.(1[0-2]|[1-9])\.\d\d$"),
        "JP": re.compile(r"^\d\d/(1[0-2]|[1-9])/([12]\d|3[01]|[1-9])$"),
    }
    email = {"US": ".amazon.com", "DE": ".amazon.de", "JP": ".amazon.co.jp"}
    lpns: list[str] = []
    for market in MARKETS:
        orders = orders_of(plan, market)
        assert all(
            iso.match(row["purchase-date"]) and iso.match(row["last-updated-date"])
            for row in orders
        )
        assert all(order_id.match(row["amazon-order-id"]) for row in orders)
        assert max(row["purchase-date"][:10] for row in orders) == "2026-03-14"
        assert min(row["purchase-date"][:10] for row in orders) == "2025-03-15"
        statuses = Counter(row["order-status"] for row in orders)
        assert set(statuses) == {"Shipped", "Pending", "Cancelled"} and statuses["Pending"] < 100
        assert all(
            row["quantity"] == "0" and row["item-price"] == ""
            for row in orders
            if row["order-status"] == "Cancelled"
        )
        shipped = [row for row in orders if row["order-status"] == "Shipped"]
        if market == "JP":
            assert all(row["item-price"].isdigit() for row in shipped)
        else:
            assert all(re.match(r"^\d+\.\d\d$", row["item-price"]) for row in shipped)
        assert {row["sales-channel"] for row in orders} == {
            f"Amazon.{'co.jp' if market == 'JP' else market.lower() if market == 'DE' else 'com'}"
        }
        assert {row["fulfillment-channel"] for row in orders} == {"Amazon"}
        assert Counter(row["quantity"] for row in shipped).most_common(1)[0][0] == "1"
        returns = returns_of(plan, market)
        assert all(iso.match(row["return-date"]) and row["quantity"] == "1" for row in returns)
        assert all(re.match(r"^B0DEMO[A-Z0-9]{4}$", row["asin"]) for row in returns)
        assert all(re.match(r"^X00DEMO[A-Z0-9]{3}$", row["fnsku"]) for row in returns)
        assert {row["status"] for row in returns} == {"Unit returned to inventory", "Reimbursed"}
        assert all(
            (row["status"] == "Reimbursed")
            == (row["detailed-disposition"] in ("DAMAGED", "CARRIER_DAMAGED"))
            for row in returns
        )
        assert all(
            row["customer-comments"] == ""
            for row in returns
            if row["reason"].startswith("UNDELIVERABLE_")
        )
        commented = sum(1 for row in returns if row["customer-comments"]) / len(returns)
        assert 0.45 < commented < 0.65
        lpns += [row["license-plate-number"] for row in returns]
        _, feedback = read_tsv(plan.folder / f"seller_feedback_{market}.txt")
        assert all(local_date[market].match(row[0]) for row in feedback)
        assert {row[1] for row in feedback} <= {"1", "2", "3"}
        assert all(row[5].endswith("@marketplace" + email[market]) for row in feedback)
    assert all(re.match(r"^LPN\d+$", lpn) for lpn in lpns) and len(set(lpns)) == len(lpns)
    reviews = read_csv(plan.folder / "reviews.csv", "utf-8-sig")
    assert all(re.match(r"^R[A-Z0-9]{13}$", row["review_id"]) for row in reviews)
    assert len({row["review_id"] for row in reviews}) == len(reviews)
    assert {row["marketplace"] for row in reviews} == set(MARKETS)
    stars = Counter(int(row["rating"]) for row in reviews)
    assert set(stars) == {1, 2, 3, 4, 5} and stars[4] + stars[5] > 0.6 * len(reviews)
    assert {row["verified_purchase"] for row in reviews} == {"true", "false"}
    assert all(row["review_date"] < TODAY.isoformat() for row in reviews)


def test_vine_orders_carry_a_vine_enrollment_promotion(plan: DemoPlan) -> None:
    vine = [
        row
        for market in MARKETS
        for row in orders_of(plan, market)
        if row["promotion-ids"].startswith("Vine.Enrollment.")
    ]
    assert 2 <= len(vine) <= 4


def test_same_seed_and_today_give_byte_identical_files(plan: DemoPlan, tmp_path: Path) -> None:
    state = random.getstate()
    again = write_demo_reports(tmp_path / "again", today=TODAY)
    assert random.getstate() == state, "the generator must not use the global random state"
    assert [f.path.name for f in again.files] == [f.path.name for f in plan.files]
    for first, second in zip(plan.files, again.files, strict=True):
        assert first.path.read_bytes() == second.path.read_bytes(), first.path.name
    assert again.patterns == plan.patterns
    other = write_demo_reports(tmp_path / "other", today=TODAY, seed=8)
    assert (other.folder / "fba_returns_US.txt").read_bytes() != (
        plan.folder / "fba_returns_US.txt"
    ).read_bytes()


def test_returns_files_use_their_marketplace_encodings(plan: DemoPlan) -> None:
    german = (plan.folder / "fba_returns_DE.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        german.decode("utf-8")
    text = german.decode("cp1252")
    assert any(letter in text for letter in "äöüß") and "Ladegerät" in text
    japanese = (plan.folder / "fba_returns_JP.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        japanese.decode("utf-8")
    text = japanese.decode("cp932")
    assert "充電器" in text and re.search(r"[\u3040-\u30ff]", text)
    (plan.folder / "fba_returns_US.txt").read_bytes().decode("utf-8")
    assert "ドライヤー" in (plan.folder / "all_orders_JP.txt").read_text(encoding="utf-8")


def test_supplier_change_doubles_the_chargers_monthly_return_rate(plan: DemoPlan) -> None:
    (pattern,) = [p for p in plan.patterns if p.what == "supplier_change"]
    assert pattern.asin == SUPPLIER_CHANGE_ASIN and pattern.where == ("US", "DE")
    change = pattern.since
    assert change is not None and 110 <= (TODAY - change).days <= 130
    settled = TODAY - datetime.timedelta(days=41)  # every return of an order is in by then
    ratios = {}
    for markets in (("US",), ("DE",), ("US", "DE")):
        sold: Counter[str] = Counter()
        returned: Counter[str] = Counter()
        for market in markets:
            month_of = {}
            for row in orders_of(plan, market):
                if row["asin"] == pattern.asin and row["order-status"] == "Shipped":
                    month_of[row["amazon-order-id"]] = row["purchase-date"][:7]
                    sold[row["purchase-date"][:7]] += int(row["quantity"])
            for row in returns_of(plan, market):
                if row["asin"] == pattern.asin:
                    returned[month_of[row["order-id"]]] += 1

        first_of_change_month = change.isoformat()[:7]
        before = [returned[m] / sold[m] for m in sold if m < first_of_change_month]
        after = [
            returned[m] / sold[m]
            for m in sold
            if m > first_of_change_month and _month_end(m) <= settled
        ]
        assert len(before) >= 6 and len(after) >= 1
        ratios[markets] = (sum(after) / len(after)) / (sum(before) / len(before))
    assert ratios[("US", "DE")] >= 1.7, ratios
    assert min(ratios[("US",)], ratios[("DE",)]) >= 1.5, ratios


def _month_end(month: str) -> datetime.date:
    year, number = int(month[:4]), int(month[5:])
    first_next = datetime.date(year + number // 12, number % 12 + 1, 1)
    return first_next - datetime.timedelta(days=1)


def test_reason_mismatch_rows_say_defective_but_mean_no_longer_needed(plan: DemoPlan) -> None:
    found: Counter[str] = Counter()
    for market in MARKETS:
        for row in returns_of(plan, market):
            remorse = rendered(row["asin"], market, "buyer_remorse")
            if row["reason"] == "DEFECTIVE" and row["customer-comments"] in remorse:
                found[row["asin"]] += 1
    planted = {p.asin: p.rows for p in plan.patterns if p.what == "reason_mismatch"}
    assert set(planted) == set(MISMATCH_ASINS) and sum(planted.values()) == 30
    assert dict(found) == planted


HAZARD_WORDS = (
    "burning", "spark", "overheat", "smoke", "melted", "fire",
    "brandgeruch", "einem brand", "funken", "rauch kam", "überhitz", "geschmolzen",
    "焦げ", "火花", "過熱", "煙", "溶け", "火事",
)  # fmt: skip


def mentions_hazard(text: str) -> bool:
    return any(word in text.lower() for word in HAZARD_WORDS)


def test_safety_mentions_appear_only_in_the_last_six_weeks(plan: DemoPlan) -> None:
    (pattern,) = [p for p in plan.patterns if p.what == "safety_mentions"]
    since = TODAY - datetime.timedelta(days=42)
    assert pattern.asin == SAFETY_ASIN and pattern.since == since and pattern.where == ("US", "JP")
    mentions: list[tuple[set[str], str]] = []  # (ASINs the row may be about, ISO date)
    for market in MARKETS:
        asins_of: dict[str, set[str]] = defaultdict(set)
        for row in orders_of(plan, market):
            asins_of[row["amazon-order-id"]].add(row["asin"])
        for row in returns_of(plan, market):
            if mentions_hazard(row["customer-comments"]):
                mentions.append(({row["asin"]}, row["return-date"][:10]))
        _, feedback = read_tsv(plan.folder / f"seller_feedback_{market}.txt")
        for fields in feedback:
            if mentions_hazard(fields[2]):
                day, month, year = _local_date(fields[0], market)
                mentions.append((asins_of[fields[4]], f"20{year:02d}-{month:02d}-{day:02d}"))
    for row in read_csv(plan.folder / "reviews.csv", "utf-8-sig"):
        if mentions_hazard(row["title"] + " " + row["body"]):
            mentions.append(({row["asin"]}, row["review_date"]))
    assert 6 <= len(mentions) <= pattern.rows
    assert all(SAFETY_ASIN in asins for asins, _ in mentions)
    assert min(day for _, day in mentions) >= since.isoformat()
    health = json.loads((plan.folder / "account_health.json").read_text(encoding="utf-8"))
    safety = {
        metric["marketplaceId"]: metric["productSafetyCustomerComplaints"]["defectsCount"]
        for metric in health["performanceMetrics"]
    }
    assert safety["A1PA6795UKMFR9"] == 0
    assert safety["ATVPDKIKX0DER"] > 0 and safety["A1VC38T7YXB528"] > 0


def _local_date(text: str, market: str) -> tuple[int, int, int]:
    """(day, month, two-digit year) from the feedback report's local date style."""
    parts = [int(part) for part in re.split(r"[/.]", text)]
    if market == "US":
        return parts[1], parts[0], parts[2]
    if market == "DE":
        return parts[0], parts[1], parts[2]
    return parts[2], parts[1], parts[0]


def rendered(asin: str, market: str, key: str) -> set[str]:
    """Every comment the generator can write for this product, store and template key."""
    product, lang = PRODUCT_BY_ASIN[asin], LANGUAGE[market]
    return {render(t, product.wording[lang], lang) for t in comment_templates(lang, (key,))}


def test_usage_difficulty_and_runs_small_dominate_their_asins(plan: DemoPlan) -> None:
    desk = [
        (market, row)
        for market in MARKETS
        for row in returns_of(plan, market)
        if row["asin"] == USAGE_DIFFICULTY_ASIN
    ]
    assembly = [
        row
        for market, row in desk
        if row["customer-comments"] in rendered(row["asin"], market, "usage_difficulty/assembly")
    ]
    commented = [row for _, row in desk if row["customer-comments"]]
    assert len(assembly) > 0.35 * len(commented)
    assert {row["reason"] for row in assembly} == {"EXCESSIVE_INSTALLATION", "DEFECTIVE"}
    codes = Counter(row["reason"] for _, row in desk)
    assert codes["EXCESSIVE_INSTALLATION"] + codes["DEFECTIVE"] > 0.5 * len(desk)
    (usage,) = [p for p in plan.patterns if p.what == "usage_difficulty"]
    assert usage.asin == USAGE_DIFFICULTY_ASIN and len(assembly) < usage.rows < len(desk)
    by_asin: dict[str, Counter[str]] = defaultdict(Counter)
    for market in MARKETS:
        for row in returns_of(plan, market):
            by_asin[row["asin"]][row["reason"]] += 1
    for pattern in plan.patterns:
        if pattern.what == "runs_small":
            reasons = by_asin[pattern.asin]
            assert reasons["APPAREL_TOO_SMALL"] == pattern.rows > 4 * reasons["APPAREL_TOO_LARGE"]


def test_voc_snapshots_are_consistent_month_ends(plan: DemoPlan) -> None:
    rows = read_csv(plan.folder / "voc_snapshots.csv", "utf-8")
    assert {row["cx_health"] for row in rows} <= {
        "Excellent",
        "Good",
        "Fair",
        "Poor",
        "Very poor",
        "Insufficient feedback",
    }
    ends = sorted({row["last_updated"] for row in rows})
    assert ends == [
        "2025-09-30",
        "2025-10-31",
        "2025-11-30",
        "2025-12-31",
        "2026-01-31",
        "2026-02-28",
    ]
    for row in rows:
        assert row["ncx_rate"] == f"{int(row['ncx_orders']) / int(row['total_orders']):.4f}"
    charger = [
        row for row in rows if row["asin"] == SUPPLIER_CHANGE_ASIN and row["marketplace"] == "US"
    ]
    assert float(charger[-1]["ncx_rate"]) > 2 * float(charger[0]["ncx_rate"])


def test_account_health_counts_come_from_the_orders(plan: DemoPlan) -> None:
    health = json.loads((plan.folder / "account_health.json").read_text(encoding="utf-8"))
    ids = {"ATVPDKIKX0DER": "US", "A1PA6795UKMFR9": "DE", "A1VC38T7YXB528": "JP"}
    assert [s["marketplaceId"] for s in health["accountStatuses"]] == list(ids)
    for metric in health["performanceMetrics"]:
        afn = metric["orderDefectRate"]["afn"]
        start = afn["reportingDateRange"]["reportingDateFrom"][:10]
        end = afn["reportingDateRange"]["reportingDateTo"][:10]
        orders = {
            row["amazon-order-id"]
            for row in orders_of(plan, ids[metric["marketplaceId"]])
            if row["order-status"] == "Shipped" and start <= row["purchase-date"][:10] <= end
        }
        assert afn["orderCount"] == len(orders)
        assert afn["rate"] == round(afn["orderWithDefects"]["count"] / len(orders), 4)


def test_describe_gives_one_line_per_pattern_in_english_and_chinese(plan: DemoPlan) -> None:
    english, chinese = plan.describe("en"), plan.describe("zh")
    assert len(english) == len(chinese) == len(plan.patterns) == 9
    for pattern, en_line, zh_line in zip(plan.patterns, english, chinese, strict=True):
        assert en_line.startswith(pattern.asin) and zh_line.startswith(pattern.asin)
        assert str(pattern.rows) in en_line and str(pattern.rows) in zh_line
    assert english[0].startswith(f"{SUPPLIER_CHANGE_ASIN} (US, DE): after a supplier change on ")
    assert "（US、DE）" in chinese[0]
    with pytest.raises(ValueError, match="'en' or 'zh'"):
        plan.describe("de")


def test_templates_are_varied_and_encode_for_their_store(plan: DemoPlan) -> None:
    encodings = {"en": "utf-8", "de": "cp1252", "ja": "cp932"}
    causes = {key.split("/")[0] for key in RETURNS["en"]}
    for lang in LANGUAGES:
        assert set(RETURNS[lang]) == set(RETURNS["en"]) and set(REVIEWS[lang]) == set(REVIEWS["en"])
        for cause in causes:
            keys = tuple(key for key in RETURNS[lang] if key.split("/")[0] == cause)
            assert len(comment_templates(lang, keys)) >= 6, (lang, cause)
        for product in PRODUCTS:
            if lang not in product.wording:
                continue
            for templates in RETURNS[lang].values():
                for template in templates:
                    text = render(template, product.wording[lang], lang)
                    text.encode(encodings[lang])
                    assert '"' not in text and "\t" not in text and "{" not in text


def test_generation_is_quick_and_reads_no_clock(demo: tuple[DemoPlan, float]) -> None:
    assert demo[1] < 20  # about 3 s on a developer machine; the budget is 10 s
    source = Path(__file__).parents[2] / "src" / "vocloop" / "demo"
    for path in source.glob("*.py"):
        if path.name == "build.py":
            continue  # the CLI's importer glue, not the generator
        text = path.read_text(encoding="utf-8")
        assert not re.search(
            r"\.(now|today|utcnow)\(|time\.time\(|random\.(random|choice|seed)\(", text
        ), path.name


def test_reviews_csv_round_trips_through_the_csv_module(plan: DemoPlan) -> None:
    raw = (plan.folder / "reviews.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert {len(row) for row in rows} == {len(REVIEWS_HEADER)}
    assert any("\n" in row[7] for row in rows[1:]), "some buyers write reviews in paragraphs"


def test_size_chart_fix_drops_most_later_fit_returns_and_changes_nothing_else() -> None:
    today = datetime.date(2026, 11, 28)
    fix = today - datetime.timedelta(days=70)
    store = STORES[0]
    lines = simulate_orders(store, PRODUCTS, today=today, seed=7)

    def run(fix_date: datetime.date | None) -> list:
        plates = LicensePlates(seeded(7, "lpn"))
        return simulate_returns(
            store,
            lines,
            PRODUCT_BY_ASIN,
            plates,
            today=today,
            change_date=today - datetime.timedelta(days=120),
            seed=7,
            fix_date=fix_date,
        )

    without, with_fix = run(None), run(fix)

    def key(row) -> tuple:  # the licence plate differs once a row is dropped before it
        return (row.line.order_id, row.line.asin, row.returned, row.reason, row.comment)

    remaining = Counter(key(row) for row in with_fix)
    dropped = []
    for row in without:
        if remaining[key(row)] > 0:
            remaining[key(row)] -= 1
        else:
            dropped.append(row)
    assert dropped, "the fix must prevent some returns"
    assert all(
        r.line.asin == SIZE_FIX_ASIN and r.cause == "size_fit" and r.line.day >= fix
        for r in dropped
    )
    later_fit = [
        r
        for r in without
        if r.line.asin == SIZE_FIX_ASIN and r.cause == "size_fit" and r.line.day >= fix
    ]
    assert 0.45 <= len(dropped) / len(later_fit) <= 0.75  # 60% prevented, with chance
