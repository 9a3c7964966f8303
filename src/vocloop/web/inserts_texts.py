"""App words (en, zh) of the insert and warranty pages under /support/inserts and /support/warranty."""
# ruff: noqa: E501  (a table of sentence pairs reads best one per line)

from __future__ import annotations

from vocloop.web.texts import add_texts

add_texts(
    {
        "inserts.title": ("Insert cards", "包装插卡"),
        "inserts.intro": (
            "A printable card per ASIN and language. Its QR code opens the product's help page; each scan is counted per card version. Every text is checked against Amazon's insert rules before the card is made.",
            "每个 ASIN 和语言一张可打印的插卡。二维码打开该产品的帮助页面,每次扫码按插卡版本计数。生成前,所有文字都会按亚马逊插卡规则检查。",
        ),
        "inserts.brand": ("Brand", "品牌"),
        "inserts.no_brands": (
            "No brands yet: add one with `vocloop brands add`.",
            "还没有品牌:请用 `vocloop brands add` 添加。",
        ),
        "inserts.make": ("Make a card", "生成插卡"),
        "inserts.asin": ("Product", "产品"),
        "inserts.lang": ("Language", "语言"),
        "inserts.size": ("Size", "尺寸"),
        "inserts.card_title": ("Title (empty: the default)", "标题(留空使用默认)"),
        "inserts.body": (
            "Text (empty: the default usage-help text)",
            "正文(留空使用默认的使用帮助文字)",
        ),
        "inserts.accept": (
            "I have read the policy warnings and accept them for this card",
            "我已阅读政策警告,并确认此插卡可以使用",
        ),
        "inserts.refused": ("The card was not made:", "插卡未生成:"),
        "inserts.policy_errors": (
            "The words break Amazon's insert rules (errors below): change them.",
            "文字违反亚马逊插卡规则(见下方错误),请修改。",
        ),
        "inserts.policy_warnings": (
            "The words need a sign-off (warnings below): tick the box if they are right as they are.",
            "文字需要人工确认(见下方警告):如确认无误,请勾选下方方框。",
        ),
        "inserts.made": ("Card {asin} v{version} made.", "已生成插卡 {asin} v{version}。"),
        "inserts.cards": ("Cards and scans", "插卡与扫码次数"),
        "inserts.version": ("Version", "版本"),
        "inserts.code": ("Scan URL", "扫码地址"),
        "inserts.scans": ("Scans", "扫码次数"),
        "inserts.last_scan": ("Last scan", "最近扫码"),
        "inserts.created": ("Made", "生成时间"),
        "inserts.pdf": ("PDF", "PDF"),
        "inserts.none": ("No cards for this brand yet.", "该品牌还没有插卡。"),
        "inserts.rule": ("Rule", "规则"),
        "inserts.span": ("Words", "文字"),
        "inserts.severity.error": ("error", "错误"),
        "inserts.severity.warning": ("warning", "警告"),
        "inserts.severity.info": ("info", "提示"),
        "warranty_list.title": ("Warranty registrations", "保修登记"),
        "warranty_list.intro": (
            "What buyers registered, newest first. Each row is deleted when the retention the buyer consented to ends, or earlier when they delete it through their link.",
            "买家提交的产品登记,最新在前。每条记录在买家同意的保留期结束时删除,买家也可以随时通过其链接提前删除。",
        ),
        "warranty_list.none": ("No registrations yet.", "还没有登记。"),
        "warranty_list.brand": ("Brand", "品牌"),
        "warranty_list.order": ("Order", "订单号"),
        "warranty_list.purchased": ("Purchased", "购买日期"),
        "warranty_list.name": ("Name", "姓名"),
        "warranty_list.email": ("E-mail", "邮箱"),
        "warranty_list.registered": ("Registered", "登记时间"),
        "warranty_list.deleted_on": ("Deleted on", "删除日期"),
        "inserts.warnings_kept": ("signed-off warnings: {rules}", "已确认的警告:{rules}"),
    }
)
