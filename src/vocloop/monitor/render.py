"""Alert words in English and Chinese, rendered from the numbers an alert keeps."""

from __future__ import annotations

from typing import Any

from vocloop.analysis.taxonomy import cause_label

_KIND_NAMES = {
    "return_rate": ("Return rate up", "退货率上升"),
    "cause_rise": ("Root cause rising", "根因上升"),
    "safety": ("Safety complaint", "安全投诉"),
    "fee_forecast": ("Return fee ahead", "退货处理费风险"),
    "topic_rise": ("Issue rising", "具体问题上升"),
    "negative_reviews": ("Bad reviews rising", "差评上升"),
    "ncx_rate": ("NCX rate up", "NCX 率上升"),
    "badge_risk": ("Frequently-returned badge risk", "“经常退货”标识风险"),
    "odr": ("Order defect rate near the limit", "订单缺陷率接近上限"),
    "account_safety": ("Product-safety complaints (account health)", "账户健康:产品安全投诉"),
}
_SEVERITY_NAMES = {
    "critical": ("critical", "紧急"),
    "high": ("high", "高"),
    "medium": ("medium", "中"),
    "low": ("low", "低"),
}
_STATUS_NAMES = {
    "open": ("open", "待处理"),
    "acknowledged": ("acknowledged", "已确认"),
    "snoozed": ("snoozed", "已暂缓"),
    "resolved": ("resolved", "已解决"),
}
_NEXT_STEPS = {
    "return_rate": (
        "Read the quotes and the root-cause mix since the change; check what changed that week "
        "(supplier batch, listing, packaging, price) and hold or inspect the affected stock.",
        "阅读变化以来的客户原话和根因分布;排查当周的变化(供应商批次、Listing、包装、价格),"
        "必要时暂停或抽检相关库存。",
    ),
    "cause_rise": (
        "Open the ASIN's topics for this cause and fix the one that grows: the listing, the "
        "insert or the product, as the playbook says.",
        "查看该 ASIN 此根因下的话题,按处理手册修复增长最快的问题:Listing、说明卡或产品本身。",
    ),
    "topic_rise": (
        "Read the topic's quotes: it is one specific problem (a part, a step, a claim) that is "
        "growing. Fix it where it starts and say so in the listing or the insert.",
        "阅读该话题的客户原话:这是一个正在增长的具体问题(某个部件、步骤或描述)。从源头修复,"
        "并在 Listing 或说明卡中说明。",
    ),
    "ncx_rate": (
        "Open the offer's Voice of the Customer page: read the NCX comments behind the top "
        "reason, then the root causes here for the same weeks, and fix the listing or product.",
        "打开该商品的买家之声页面,阅读主要 NCX 原因下的评论,"
        "再对照此处同期根因,修复 Listing 或产品。",
    ),
    "negative_reviews": (
        "Read the new 1-2 star reviews and the return comments of the same weeks: they usually "
        "name the same cause. Answer publicly where it helps other buyers.",
        "阅读新的 1-2 星评论和同期退货留言,它们通常指向同一原因;必要时公开回复以帮助其他买家。",
    ),
    "fee_forecast": (
        "Units shipped this month are on course to cross the returns-processing-fee threshold: "
        "fix the top root cause now (listing, size chart, insert) and check the forecast weekly.",
        "本月发货的退货率预计将超过退货处理费阈值:立即处理主要根因(Listing、尺码表、说明卡),"
        "并每周查看预测。",
    ),
    "badge_risk": (
        "Buyers return this item much more often than your other products of its category, "
        "which is what Amazon's 'frequently returned' badge marks. Fix the top root cause first "
        "(the listing, size or compatibility information, the insert) and watch the 90-day rate.",
        "买家退货频率明显高于同类目的其他商品,这正是亚马逊“经常退货”标识所针对的情况。"
        "先处理主要根因(Listing、尺码或兼容性信息、说明卡),并关注 90 天退货率。",
    ),
    "odr": (
        "Open Account Health: read the negative feedback and A-to-z claims behind the defects, "
        "answer or resolve each one, and fix the products they name. Above 1% Amazon may "
        "deactivate the account.",
        "打开账户状况页面,逐条查看造成缺陷的差评和 A-to-z 索赔,回复或解决,并改进其中提到的商品。"
        "超过 1% 时亚马逊可能停用账户。",
    ),
    "account_safety": (
        "Open Account Health's product-safety complaints now, find the ASIN, check the units and "
        "supplier, and answer Amazon's notice in time.",
        "立即查看账户状况中的产品安全投诉,找到对应 ASIN,检查库存和供应商,并按时回复亚马逊的通知。",
    ),
    "safety": (
        "Treat as urgent: read every quote, check the units (inspection, supplier), consider "
        "pausing sales, and record what you did. Amazon may act on safety complaints itself.",
        "按紧急处理:逐条阅读客户原话,检查库存与供应商,考虑暂停销售,并记录处理措施。"
        "亚马逊可能会自行处理安全投诉。",
    ),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "zh" else pair[0]


def kind_name(kind: str, lang: str) -> str:
    return _pick(_KIND_NAMES.get(kind, (kind, kind)), lang)


def severity_name(severity: str, lang: str) -> str:
    return _pick(_SEVERITY_NAMES.get(severity, (severity, severity)), lang)


def status_name(status: str, lang: str) -> str:
    return _pick(_STATUS_NAMES.get(status, (status, status)), lang)


def next_step(kind: str, lang: str) -> str:
    return _pick(_NEXT_STEPS.get(kind, ("", "")), lang)


def _pct(value: Any) -> str:
    return "?" if value is None else f"{100 * float(value):.1f}%"


def summary(
    kind: str, facts: dict[str, Any], *, asin: str | None, store: str | None, lang: str
) -> str:
    """One sentence saying what happened, with its numbers."""
    where = asin or (store or "")
    in_store = f" ({store})" if store and asin else ""
    zh_store = f"({store})" if store and asin else ""
    if kind == "return_rate":
        cause = facts.get("top_cause")
        if lang == "zh":
            text = (
                f"{where}{zh_store} 退货率自 {facts.get('since', '')}起升至 "
                f"{_pct(facts['observed_rate'])}(基线 {_pct(facts['baseline_rate'])},"
                f"{facts['ratio']} 倍;{facts['returns_since']} 件退货)"
            )
            return text + (f",主要根因:{cause_label(cause, 'zh')}。" if cause else "。")
        text = (
            f"Return rate of {where}{in_store} rose to {_pct(facts['observed_rate'])} from a "
            f"baseline of {_pct(facts['baseline_rate'])} ({facts['ratio']}x, "
            f"{facts['returns_since']} returns) since {facts.get('since', '')}"
        )
        return text + (f"; top cause: {cause_label(cause, 'en')}." if cause else ".")
    if kind == "cause_rise":
        cause = str(facts["cause"])
        if lang == "zh":
            return (
                f"{where}{zh_store}「{cause_label(cause, 'zh')}」投诉上升:近 "
                f"{facts['window_days']} 天 {facts['recent_count']} 条,每千件 "
                f"{facts['recent_per_1000']}(此前每千件 {facts['baseline_per_1000']})。"
            )
        return (
            f"{cause_label(cause, 'en')} complaints rising on {where}{in_store}: "
            f"{facts['recent_count']} in {facts['window_days']} days, "
            f"{facts['recent_per_1000']} per 1,000 units (before: {facts['baseline_per_1000']})."
        )
    if kind == "topic_rise":
        gloss = facts.get("gloss_zh" if lang == "zh" else "gloss_en")
        name = f"“{facts.get('label', '')}”" + (f" ({gloss})" if gloss else "")
        if lang == "zh":
            return (
                f"{where} 的具体问题 {name} 上升:近 {facts['window_days']} 天 "
                f"{facts['recent_count']} 条(每千件 {facts['recent_per_1000']},"
                f"此前 {facts['baseline_per_1000']})。"
            )
        return (
            f"Issue {name} rising on {where}: {facts['recent_count']} in "
            f"{facts['window_days']} days, {facts['recent_per_1000']} per 1,000 units "
            f"(before: {facts['baseline_per_1000']})."
        )
    if kind == "ncx_rate":
        reason = facts.get("top_reason") or ""
        if lang == "zh":
            return (
                f"{where}{zh_store} NCX 率由 {_pct(facts['rate_before'])}({facts['date_before']})"
                f"升至 {_pct(facts['rate_now'])}({facts['date_now']},{facts['ncx_now']}/"
                f"{facts['orders_now']} 单),CX Health:{facts.get('health_now') or '-'}"
                + (f";主要原因:{reason}。" if reason else "。")
            )
        return (
            f"NCX rate of {where}{in_store} rose from {_pct(facts['rate_before'])} "
            f"({facts['date_before']}) to {_pct(facts['rate_now'])} ({facts['date_now']}, "
            f"{facts['ncx_now']} of {facts['orders_now']} orders), CX Health "
            f"{facts.get('health_now') or '-'}" + (f"; top reason: {reason}." if reason else ".")
        )
    if kind == "negative_reviews":
        if lang == "zh":
            return (
                f"{where}{zh_store} 1-2 星评论上升:近 {facts['window_days']} 天 "
                f"{facts['recent_count']} 条(每千件 {facts['recent_per_1000']},"
                f"此前 {facts['baseline_per_1000']})。"
            )
        return (
            f"1-2 star reviews rising on {where}{in_store}: {facts['recent_count']} in "
            f"{facts['window_days']} days, {facts['recent_per_1000']} per 1,000 units "
            f"(before: {facts['baseline_per_1000']})."
        )
    if kind == "fee_forecast":
        low, high = facts["interval"]
        if lang == "zh":
            return (
                f"{where}{zh_store} {facts['month']} 发货的退货率预计 "
                f"{_pct(facts['forecast_rate'])}"
                f"(90% 区间 {_pct(low)}–{_pct(high)}),高于退货处理费阈值 "
                f"{_pct(facts['threshold'])} 的概率为 {_pct(facts['probability'])}。"
            )
        return (
            f"Units of {where}{in_store} shipped in {facts['month']} are forecast to reach a "
            f"{_pct(facts['forecast_rate'])} return rate (90% interval {_pct(low)}-{_pct(high)}), "
            f"above the {_pct(facts['threshold'])} fee threshold with probability "
            f"{_pct(facts['probability'])}."
        )
    if kind == "badge_risk":
        if lang == "zh":
            return (
                f"{where}{zh_store} 近 90 天退货率 {_pct(facts['rate_90d'])}(12 个月 "
                f"{_pct(facts['rate_365d'])}),是同类目 {facts['peers']} 个商品的 "
                f"{facts['ratio']} 倍(同类 {_pct(facts['benchmark'])})。"
            )
        return (
            f"{where}{in_store} is returned at {_pct(facts['rate_90d'])} over 90 days "
            f"({_pct(facts['rate_365d'])} over 12 months), {facts['ratio']}x the "
            f"{_pct(facts['benchmark'])} of {facts['peers']} comparable products."
        )
    if kind == "odr":
        before = facts.get("previous_odr_rate")
        if lang == "zh":
            return (
                f"{store or ''} 订单缺陷率 {_pct(facts['odr_rate'])}(上限 1%"
                + (f",上期 {_pct(before)}" if before is not None else "")
                + f",截至 {facts['reported_to']})。"
            )
        return (
            f"Order defect rate of {store or 'the store'} is {_pct(facts['odr_rate'])} "
            f"(limit 1%"
            + (f", before {_pct(before)}" if before is not None else "")
            + f", to {facts['reported_to']})."
        )
    if kind == "account_safety":
        before = facts.get("before")
        if lang == "zh":
            change = f"由 {before} 增至" if before is not None else "为"
            return (
                f"{store or ''} 账户状况报告中的产品安全投诉{change} {facts['count']} 条"
                f"(截至 {facts['reported_to']})。"
            )
        change = f"rose from {before} to" if before is not None else "number"
        return (
            f"Product-safety complaints in {store or 'the store'}'s account health {change} "
            f"{facts['count']} (to {facts['reported_to']})."
        )
    if kind == "safety":
        if lang == "zh":
            return (
                f"{where or '店铺反馈'}{zh_store} 有 {facts['count']} 条安全相关投诉"
                f"({facts['first']} 至 {facts['last']})。"
            )
        return (
            f"{facts['count']} safety complaint(s) on {where or 'seller feedback'}{in_store} "
            f"({facts['first']} to {facts['last']})."
        )
    return kind
