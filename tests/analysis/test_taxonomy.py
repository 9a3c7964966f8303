"""The taxonomy as data: codes, Chinese names, reason-code mapping."""

from __future__ import annotations

import dataclasses

import pytest

from vocloop.analysis.taxonomy import (
    CODES,
    REASON_CODE_CAUSES,
    ROOT_CAUSES,
    cause_label,
    find_reason_code_cause,
)

EXPECTED_ZH = {
    "quality_defect": "质量缺陷",
    "damaged_on_arrival": "运输破损",
    "missing_parts": "缺件少配件",
    "wrong_item": "发错货",
    "not_as_described": "与描述不符",
    "size_fit": "尺码不合适",
    "compatibility": "不兼容",
    "usage_difficulty": "安装使用困难",
    "performance_below_expectation": "性能不达预期",
    "used_or_not_new": "二手或非全新",
    "safety_concern": "安全隐患",
    "shipping_delivery": "物流配送",
    "buyer_remorse": "买家主观原因",
    "other": "其他",
}


def test_fourteen_codes_in_taxonomy_order_with_chinese_names() -> None:
    assert tuple(EXPECTED_ZH) == CODES
    assert len(ROOT_CAUSES) == 14
    assert {c.code: c.name_zh for c in ROOT_CAUSES} == EXPECTED_ZH


def test_every_cause_is_described_in_both_languages() -> None:
    for cause in ROOT_CAUSES:
        assert cause.name_en and cause.description_en and cause.description_zh
        assert cause.owner_en and cause.owner_zh


def test_root_causes_are_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        ROOT_CAUSES[0].code = "x"  # type: ignore[misc]


def test_seller_controllable_only_for_product_causes() -> None:
    not_controllable = {c.code for c in ROOT_CAUSES if not c.seller_controllable}
    assert not_controllable == {"shipping_delivery", "buyer_remorse", "other"}


@pytest.mark.parametrize(
    ("_case", "code", "lang", "label"),
    [
        ("english", "size_fit", "en", "Size / fit"),
        ("chinese", "size_fit", "zh", "尺码不合适"),
        ("other language falls back", "other", "de", "Other"),
    ],
)
def test_cause_label(_case: str, code: str, lang: str, label: str) -> None:
    assert cause_label(code, lang) == label


def test_reason_codes_cover_formats_list() -> None:
    listed = {
        "UNWANTED_ITEM",
        "NO_REASON_GIVEN",
        "ORDERED_WRONG_ITEM",
        "MISORDERED",
        "FOUND_BETTER_PRICE",
        "QUALITY_UNACCEPTABLE",
        "DEFECTIVE",
        "NOT_AS_DESCRIBED",
        "NOT_COMPATIBLE",
        "PART_NOT_COMPATIBLE",
        "MISSING_PARTS",
        "EXTRA_ITEM",
        "SWITCHEROO",
        "DAMAGED_BY_CARRIER",
        "DAMAGED_BY_FC",
        "MISSED_ESTIMATED_DELIVERY",
        "NEVER_ARRIVED",
        "UNAUTHORIZED_PURCHASE",
        "WARRANTY",
        "EXCESSIVE_INSTALLATION",
        "APPAREL_TOO_SMALL",
        "APPAREL_TOO_LARGE",
        "APPAREL_STYLE",
        "JEWELRY_TOO_SMALL",
        "JEWELRY_TOO_LARGE",
        "JEWELRY_BATTERY",
        "JEWELRY_NO_DOCS",
        "JEWELRY_BAD_CLASP",
        "JEWELRY_LOOSE_STONE",
        "JEWELRY_NO_CERT",
        "UNDELIVERABLE_REFUSED",
        "UNDELIVERABLE_UNCLAIMED",
        "UNDELIVERABLE_INSUFFICIENT_ADDRESS",
        "UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS",
        "UNDELIVERABLE_CARRIER_MISS_SORTED",
        "UNDELIVERABLE_MISSING_LABEL",
        "UNDELIVERABLE_UNKNOWN",
        "UNKNOWN_OTHER_REASON",
        "OTHER",
        "AMZ-PG-APP-TOO-SMALL",
        "AMZ-PG-APP-TOO-LARGE",
        "AMZ-PG-APP-STYLE",
        "AMZ-PG-BAD-DESC",
        "CR-UNWANTED_ITEM",
        "DID_NOT_LIKE_COLOR",
        "DID_NOT_LIKE_FABRIC",
        "PRODUCT_NOT_ITALIAN",
        "PRODUCT_NOT_SPANISH",
        "RECALL",
    }
    assert listed <= set(REASON_CODE_CAUSES)
    for code, reason in REASON_CODE_CAUSES.items():
        assert reason.code == code
        assert reason.cause is None or reason.cause in CODES


def test_undeliverable_codes_are_logistics_never_a_product_cause() -> None:
    undeliverable = [r for c, r in REASON_CODE_CAUSES.items() if c.startswith("UNDELIVERABLE")]
    assert len(undeliverable) == 7
    for reason in undeliverable:
        assert reason.cause == "shipping_delivery"
        assert reason.logistics is True
        assert reason.seller_fault is False
    new = find_reason_code_cause("UNDELIVERABLE_SOMETHING_NEW")
    assert new is not None and new.cause == "shipping_delivery" and new.logistics


@pytest.mark.parametrize(
    ("_case", "code", "cause", "seller_fault"),
    [
        ("defective", "DEFECTIVE", "quality_defect", True),
        ("quality", "QUALITY_UNACCEPTABLE", "performance_below_expectation", True),
        ("switcheroo", "SWITCHEROO", "wrong_item", True),
        ("carrier damage", "DAMAGED_BY_CARRIER", "damaged_on_arrival", False),
        ("remorse", "UNWANTED_ITEM", "buyer_remorse", False),
        ("new format", "AMZ-PG-APP-TOO-SMALL", "size_fit", False),
        ("no reason", "NO_REASON_GIVEN", None, False),
    ],
)
def test_reason_code_defaults(_case: str, code: str, cause: str | None, seller_fault: bool) -> None:
    reason = REASON_CODE_CAUSES[code]
    assert (reason.cause, reason.seller_fault) == (cause, seller_fault)


def test_unknown_reason_code_is_none() -> None:
    assert REASON_CODE_CAUSES.get("SOMETHING_AMAZON_ADDS_LATER") is None
    assert find_reason_code_cause("SOMETHING_AMAZON_ADDS_LATER") is None
    assert find_reason_code_cause(None) is None
    assert find_reason_code_cause(" defective ") == REASON_CODE_CAUSES["DEFECTIVE"]
