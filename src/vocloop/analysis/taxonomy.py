"""The fixed 14-code root-cause taxonomy and the default causes of Amazon return reason codes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class RootCause:
    """One root-cause code: names, description and usual fix owner in English and Chinese."""

    code: str
    name_en: str
    name_zh: str
    description_en: str
    description_zh: str
    owner_en: str
    owner_zh: str
    seller_controllable: bool


ROOT_CAUSES: tuple[RootCause, ...] = (
    RootCause(
        "quality_defect",
        "Quality defect",
        "质量缺陷",
        "Broken, malfunctioning, stopped working, dead on arrival without visible shipping damage, "
        "or poorly made (flimsy, cheap materials, bad stitching, peeling).",
        "损坏、故障、停止工作、到货即坏但无明显运输损伤，或做工差（单薄、材料廉价、走线差、脱皮）。",
        "Product / supplier QC",
        "产品 / 供应商质检",
        True,
    ),
    RootCause(
        "damaged_on_arrival",
        "Damaged on arrival",
        "运输破损",
        "Arrived physically damaged by shipping or handling: crushed box, cracked, dented, "
        "leaking on arrival.",
        "运输或搬运造成的到货破损：箱子压扁、破裂、凹陷、到货时泄漏。",
        "Packaging / FBA prep",
        "包装 / FBA 预处理",
        True,
    ),
    RootCause(
        "missing_parts",
        "Missing parts",
        "缺件少配件",
        "Missing pieces, accessories, screws, manual, or fewer units than stated.",
        "缺少部件、配件、螺丝、说明书，或数量少于标称。",
        "Packing / QC",
        "打包 / 质检",
        True,
    ),
    RootCause(
        "wrong_item",
        "Wrong item",
        "发错货",
        "Received a different product, variant, colour or size than ordered.",
        "收到的产品、款式、颜色或尺码与所订不同。",
        "Labelling / FBA prep",
        "贴标 / FBA 预处理",
        True,
    ),
    RootCause(
        "not_as_described",
        "Not as described",
        "与描述不符",
        "Materially differs from the listing's text or pictures: colour, material, dimensions, "
        "quantity, a claimed feature absent.",
        "与商品页面文字或图片明显不符：颜色、材质、尺寸、数量，或宣称的功能不存在。",
        "Listing content",
        "商品页面内容",
        True,
    ),
    RootCause(
        "size_fit",
        "Size / fit",
        "尺码不合适",
        "Wearable or fitted item too small, large, tight or loose for the buyer's body or space, "
        "where the complaint is fit rather than a false listing.",
        "穿戴或安装类商品对买家身体或空间而言过小、过大、过紧或过松，问题在于合身而非页面虚假。",
        "Size chart / listing",
        "尺码表 / 商品页面",
        True,
    ),
    RootCause(
        "compatibility",
        "Compatibility",
        "不兼容",
        "Does not fit or work with the buyer's device, model, vehicle, system or other product.",
        "与买家的设备、型号、车辆、系统或其他产品不匹配或无法配合使用。",
        "Compatibility info",
        "兼容性信息",
        True,
    ),
    RootCause(
        "usage_difficulty",
        "Usage difficulty",
        "安装使用困难",
        "Hard to assemble, install, set up, pair, program or operate; unclear, missing or badly "
        "translated instructions.",
        "难以组装、安装、设置、配对、编程或操作；说明书不清楚、缺失或翻译差。",
        "Manual / quick-start guide / video / FAQ",
        "说明书 / 快速入门 / 视频 / 常见问题",
        True,
    ),
    RootCause(
        "performance_below_expectation",
        "Performance below expectation",
        "性能不达预期",
        "Works as designed but not well enough: weak, slow, noisy, short battery life, poor taste, "
        "sound, picture or result, ineffective, not worth the money.",
        "按设计工作但效果不够好：无力、慢、吵、续航短、味道/音质/画质/效果差、无效、不值这个价。",
        "Product iteration / listing expectations",
        "产品迭代 / 页面预期管理",
        True,
    ),
    RootCause(
        "used_or_not_new",
        "Used or not new",
        "二手或非全新",
        "Arrived opened, used, dirty, expired or stale, previously returned, or suspected "
        "counterfeit.",
        "到货时已拆封、用过、脏污、过期或不新鲜、曾被退回，或疑似假货。",
        "FBA inventory / returns disposition",
        "FBA 库存 / 退货处置",
        True,
    ),
    RootCause(
        "safety_concern",
        "Safety concern",
        "安全隐患",
        "Overheating, melting, burning smell, smoke, sparks, shock, injury, sharp edges, allergic "
        "reaction, illness, choking hazard, foreign object.",
        "过热、熔化、焦味、冒烟、火花、触电、受伤、锋利边缘、过敏、生病、窒息风险、异物。",
        "Urgent escalation (product safety)",
        "紧急升级（产品安全）",
        True,
    ),
    RootCause(
        "shipping_delivery",
        "Shipping / delivery",
        "物流配送",
        "Late, never arrived, lost, delivered elsewhere: a delivery problem, not the item.",
        "延迟、未送达、丢失、送错地址：配送问题，而非商品本身。",
        "Amazon logistics (not seller-controllable)",
        "亚马逊物流（卖家不可控）",
        False,
    ),
    RootCause(
        "buyer_remorse",
        "Buyer remorse",
        "买家主观原因",
        "No longer needed, changed mind, ordered by mistake, found a better price, unwanted gift.",
        "不再需要、改变主意、误购、找到更低价格、不想要的礼物。",
        "None (not a product problem)",
        "无（非产品问题）",
        False,
    ),
    RootCause(
        "other",
        "Other",
        "其他",
        "No actionable reason can be read (pure sentiment, seller-service complaints, off-topic).",
        "无法读出可执行的原因（纯情绪、对卖家服务的抱怨、离题）。",
        "—",
        "—",
        False,
    ),
)

CODES: tuple[str, ...] = tuple(cause.code for cause in ROOT_CAUSES)
_BY_CODE: dict[str, RootCause] = {cause.code: cause for cause in ROOT_CAUSES}

# Causes that describe the product, its listing or its packing (not delivery, remorse or other).
PRODUCT_CAUSES: frozenset[str] = frozenset(CODES) - {"shipping_delivery", "buyer_remorse", "other"}


def get_root_cause(code: str) -> RootCause:
    """The RootCause for code; raises KeyError for an unknown code."""
    return _BY_CODE[code]


def cause_label(code: str, lang: Literal["en", "zh"] | str = "en") -> str:
    """The display name of code in "en" or "zh" (anything else falls back to English)."""
    cause = _BY_CODE[code]
    return cause.name_zh if lang == "zh" else cause.name_en


@dataclass(frozen=True)
class ReasonCodeCause:
    """What an Amazon return reason code says alone: default cause, fault and logistics flags."""

    code: str
    cause: str | None
    seller_fault: bool
    logistics: bool


def _reason(code: str, cause: str | None, *, seller_fault: bool = False) -> ReasonCodeCause:
    return ReasonCodeCause(code, cause, seller_fault, cause == "shipping_delivery")


# seller_fault: the buyer's code blames the product, its listing or its packing by the seller
# (the codes for which Amazon charges return shipping to the seller). Carrier and FC damage are
# product-visible but not the seller's doing; fit and compatibility codes are the buyer's pick.
REASON_CODE_CAUSES: dict[str, ReasonCodeCause] = {
    reason.code: reason
    for reason in (
        _reason("UNWANTED_ITEM", "buyer_remorse"),
        _reason("CR-UNWANTED_ITEM", "buyer_remorse"),
        _reason("NO_REASON_GIVEN", None),
        _reason("ORDERED_WRONG_ITEM", "buyer_remorse"),
        _reason("MISORDERED", "buyer_remorse"),
        _reason("FOUND_BETTER_PRICE", "buyer_remorse"),
        _reason("UNAUTHORIZED_PURCHASE", "buyer_remorse"),
        _reason("APPAREL_STYLE", "buyer_remorse"),
        _reason("AMZ-PG-APP-STYLE", "buyer_remorse"),
        _reason("DID_NOT_LIKE_COLOR", "buyer_remorse"),
        _reason("DID_NOT_LIKE_FABRIC", "buyer_remorse"),
        _reason("QUALITY_UNACCEPTABLE", "performance_below_expectation", seller_fault=True),
        _reason("DEFECTIVE", "quality_defect", seller_fault=True),
        _reason("WARRANTY", "quality_defect", seller_fault=True),
        _reason("RECALL", "safety_concern", seller_fault=True),
        _reason("NOT_AS_DESCRIBED", "not_as_described", seller_fault=True),
        _reason("AMZ-PG-BAD-DESC", "not_as_described", seller_fault=True),
        _reason("PRODUCT_NOT_ITALIAN", "not_as_described", seller_fault=True),
        _reason("PRODUCT_NOT_SPANISH", "not_as_described", seller_fault=True),
        _reason("NOT_COMPATIBLE", "compatibility"),
        _reason("PART_NOT_COMPATIBLE", "compatibility"),
        _reason("MISSING_PARTS", "missing_parts", seller_fault=True),
        _reason("EXTRA_ITEM", "wrong_item"),
        _reason("SWITCHEROO", "wrong_item", seller_fault=True),
        _reason("DAMAGED_BY_CARRIER", "damaged_on_arrival"),
        _reason("DAMAGED_BY_FC", "damaged_on_arrival"),
        _reason("MISSED_ESTIMATED_DELIVERY", "shipping_delivery"),
        _reason("NEVER_ARRIVED", "shipping_delivery"),
        _reason("EXCESSIVE_INSTALLATION", "usage_difficulty"),
        _reason("APPAREL_TOO_SMALL", "size_fit"),
        _reason("APPAREL_TOO_LARGE", "size_fit"),
        _reason("AMZ-PG-APP-TOO-SMALL", "size_fit"),
        _reason("AMZ-PG-APP-TOO-LARGE", "size_fit"),
        _reason("JEWELRY_TOO_SMALL", "size_fit"),
        _reason("JEWELRY_TOO_LARGE", "size_fit"),
        _reason("JEWELRY_BATTERY", "quality_defect", seller_fault=True),
        _reason("JEWELRY_BAD_CLASP", "quality_defect", seller_fault=True),
        _reason("JEWELRY_LOOSE_STONE", "quality_defect", seller_fault=True),
        _reason("JEWELRY_NO_DOCS", "missing_parts", seller_fault=True),
        _reason("JEWELRY_NO_CERT", "missing_parts", seller_fault=True),
        _reason("UNDELIVERABLE_REFUSED", "shipping_delivery"),
        _reason("UNDELIVERABLE_UNCLAIMED", "shipping_delivery"),
        _reason("UNDELIVERABLE_INSUFFICIENT_ADDRESS", "shipping_delivery"),
        _reason("UNDELIVERABLE_FAILED_DELIVERY_ATTEMPTS", "shipping_delivery"),
        _reason("UNDELIVERABLE_CARRIER_MISS_SORTED", "shipping_delivery"),
        _reason("UNDELIVERABLE_MISSING_LABEL", "shipping_delivery"),
        _reason("UNDELIVERABLE_UNKNOWN", "shipping_delivery"),
        _reason("UNKNOWN_OTHER_REASON", None),
        _reason("OTHER", None),
    )
}


def find_reason_code_cause(code: str | None) -> ReasonCodeCause | None:
    """The ReasonCodeCause of an Amazon reason code (case and spacing ignored); None if unknown.

    Any UNDELIVERABLE_* code, even one not listed yet, is logistics.
    """
    if not code:
        return None
    key = code.strip().upper()
    known = REASON_CODE_CAUSES.get(key)
    if known is not None:
        return known
    if key.startswith("UNDELIVERABLE"):
        return ReasonCodeCause(key, "shipping_delivery", seller_fault=False, logistics=True)
    return None


def is_undeliverable(code: str | None) -> bool:
    """True for a shipment that came back undelivered (not a customer return)."""
    return code is not None and code.strip().upper().startswith("UNDELIVERABLE")
