"""User-facing words in English and Simplified Chinese, and choosing between them."""

from __future__ import annotations

import locale
import os

LANGUAGES = ("en", "zh")

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (English, 简体中文)
    "col.file": ("File", "文件"),
    "col.kind": ("Kind", "类型"),
    "col.marketplace": ("Marketplace", "站点"),
    "col.records": ("Records", "记录数"),
    "col.added": ("Added", "新增"),
    "col.duplicates": ("Duplicates", "重复"),
    "col.rejected": ("Rejected", "拒绝"),
    "col.updated": ("Updated", "更新"),
    "col.tenant": ("Tenant", "租户"),
    "col.name": ("Name", "名称"),
    "col.store": ("Store", "店铺"),
    "col.marketplace_id": ("Marketplace id", "站点 ID"),
    "col.created": ("Created", "创建时间"),
    "import.title": ("Import", "导入结果"),
    "import.progress": ("Importing {name}", "正在导入 {name}"),
    "import.refused": ("{path}: not imported.", "{path}:未导入。"),
    "import.note": ("Note: {note}", "提示:{note}"),
    "import.problem": (
        "  line {line}, field {field}: {message}",
        "  第 {line} 行,字段 {field}:{message}",
    ),
    "import.summary": (
        "{files} file(s): {added} records added, {duplicates} already stored, {rejected} rejected.",
        "共 {files} 个文件:新增 {added} 条记录,{duplicates} 条已存在,{rejected} 条被拒绝。",
    ),
    "import.none": ("No report files found in the given paths.", "所给路径中没有找到报告文件。"),
    "tenant.added": ("Tenant '{slug}' created.", "已创建租户「{slug}」。"),
    "store.added": (
        "Store '{slug}' ({marketplace}) created in tenant '{tenant}'.",
        "已在租户「{tenant}」中创建店铺「{slug}」({marketplace})。",
    ),
    "init.done": ("Database ready: {url}", "数据库已就绪:{url}"),
    "info.version": ("vocloop version", "vocloop 版本"),
    "info.database": ("Database", "数据库"),
    "info.schema": ("Schema revision", "数据库结构版本"),
    "info.data_dir": ("Data folder", "数据目录"),
    "info.tenants": ("Tenants", "租户"),
    "info.kinds": ("Report kinds", "可导入的报告类型"),
    "demo.building": ("Building the demo tenant in {folder} ...", "正在 {folder} 中生成演示租户……"),
    "demo.imported": (
        "Demo tenant '{tenant}' is ready: {stores} stores, {products} products, "
        "{orders} order lines, "
        "{returns} returns, {reviews} reviews, {feedback} seller feedback, {voc} VoC snapshots.",
        "演示租户「{tenant}」已就绪:{stores} 个店铺,{products} 个商品,{orders} 条订单行,"
        "{returns} 条退货,{reviews} 条评论,{feedback} 条卖家反馈,{voc} 条买家之声快照。",
    ),
    "demo.patterns": ("Planted patterns to look for:", "演示数据中埋设的问题:"),
    "demo.analyzed": ("{count} customer texts classified.", "已对 {count} 条买家文本做根因分类。"),
    "demo.causes": ("Root causes of {asin}: {shares}.", "{asin} 的主要根因:{shares}。"),
    "demo.next": (
        "Next: `vocloop causes --tenant {tenant} --asin {asin}` and `vocloop topics --tenant "
        "{tenant} --asin {asin}` for the customers' own words; `vocloop import <your reports>` for "
        "your own data.",
        "下一步:用 `vocloop causes --tenant {tenant} --asin {asin}` 和 `vocloop topics --tenant "
        "{tenant} --asin {asin}` 查看买家原话;用 `vocloop import <报告文件>` 导入你自己的数据。",
    ),
    "analyze.progress": ("Classifying texts", "正在分类文本"),
    "analyze.done": (
        "Tenant '{tenant}': {count} texts classified (model {version}).",
        "租户「{tenant}」:已分类 {count} 条文本(模型 {version})。",
    ),
    "col.severity": ("Severity", "级别"),
    "col.alert": ("Alert", "预警"),
    "col.status": ("Status", "状态"),
    "col.detected": ("Detected", "发现日期"),
    "col.summary": ("What happened", "情况"),
    "col.category": ("Category", "类目"),
    "col.units": ("Units", "件数"),
    "col.forecast": ("Forecast rate (90%)", "预测退货率(90% 区间)"),
    "col.threshold": ("Fee threshold", "收费阈值"),
    "fees.title": (
        "Returns-processing-fee exposure, units shipped in {month}",
        "{month} 发货商品的退货处理费风险",
    ),
    "fees.status.exempt": ("exempt (< 25 units)", "豁免(少于 25 件)"),
    "fees.status.no_threshold": ("threshold unknown", "阈值未知"),
    "fees.status.all_charged": ("every return charged", "每件退货均收费"),
    "fees.status.ok": ("ok", "正常"),
    "fees.status.at_risk": ("at risk", "有风险"),
    "fees.status.breach_likely": ("breach likely", "很可能超标"),
    "fees.note": (
        "Forecast: returns so far divided by the share expected by now (store's return-lag curve). "
        "Unknown threshold: `vocloop products category ASIN CATEGORY` and "
        "`vocloop fees threshold CATEGORY RATE` (from your FBA Returns dashboard).",
        "预测 = 目前退货数 ÷ 按店铺退货时滞曲线此时应到达的比例。阈值未知时:"
        "`vocloop products category ASIN 类目` 并 "
        "`vocloop fees threshold 类目 阈值`(见 FBA 退货面板)。",
    ),
    "fees.threshold_set": ("Threshold of {category}: {rate}.", "类目 {category} 的阈值:{rate}。"),
    "products.category_set": (
        "{asin} is now in {category} ({count} listing(s)).",
        "{asin} 的类目已设为 {category}({count} 个 listing)。",
    ),
    "demo.alerts": (
        "{count} alert(s) raised: `vocloop alerts list --tenant {tenant}`.",
        "已发出 {count} 条预警:`vocloop alerts list --tenant {tenant}`。",
    ),
    "worker.done": ("{job} {tenant}: {detail}", "{job} {tenant}:{detail}"),
    "worker.failed": ("{job} {tenant} failed: {detail}", "{job} {tenant} 失败:{detail}"),
    "worker.started": (
        "Worker started: a cycle every {interval} s (Ctrl+C to stop).",
        "后台任务已启动:每 {interval} 秒一轮(Ctrl+C 停止)。",
    ),
    "worker.stopped": ("Worker stopped.", "后台任务已停止。"),
    "col.period": ("Period", "周期"),
    "col.returns": ("Returns", "退货件数"),
    "col.return_rate": ("Returns/units", "退货/订购"),
    "col.cohort_rate": ("Cohort rate (so far)", "订单批次退货率(截至目前)"),
    "col.reviews": ("Reviews", "评论"),
    "col.rating": ("Stars", "星级"),
    "metrics.title": ("Metrics", "指标"),
    "metrics.none": (
        "No metrics yet: run `vocloop analyze` after importing orders and returns.",
        "暂无指标:导入订单和退货后运行 `vocloop analyze`。",
    ),
    "metrics.note": (
        "Returns/units: returns of the period over its units. Cohort rate: returns so far of the "
        "period's own orders; in brackets how complete they are by the store's return-lag curve.",
        "退货/订购:该周期的退货件数除以订购件数。订单批次退货率:该周期订单目前的退货比例;"
        "括号内为按店铺退货时滞曲线估计的完成度。",
    ),
    "col.effective": ("Effective", "生效日期"),
    "col.what": ("What was changed", "改动内容"),
    "actions.added": ("Recorded as action {id}.", "已记录为措施 {id}。"),
    "actions.metric.return_rate": ("Return rate (order cohorts)", "退货率(按订单批次)"),
    "actions.metric.cause_rate": ("Returns for the target cause", "目标根因的退货率"),
    "actions.metric.ncx_rate": ("NCX rate (Voice of the Customer)", "NCX 率(买家之声)"),
    "actions.metric.rating": ("Review rating", "评论星级"),
    "actions.no_data": ("no data before the fix", "改进前没有数据"),
    "actions.collecting": (
        "before {before}; not enough data yet, about {weeks} more weeks at current volume",
        "改进前 {before};数据尚不足,按当前销量约还需 {weeks} 周",
    ),
    "actions.effect": (
        "{before} before, {after} after; change beyond {controls} comparable ASINs: {effect} "
        "points (90% interval {low} to {high}).",
        "改进前 {before},改进后 {after};相对 {controls} 个可比 ASIN 的变化:{effect} 个百分点"
        "(90% 区间 {low} 至 {high})。",
    ),
    "actions.effect_stars": (
        "{before} before, {after} after; change beyond {controls} comparable ASINs: {effect} "
        "stars (90% interval {low} to {high}).",
        "改进前 {before},改进后 {after};相对 {controls} 个可比 ASIN 的变化:{effect} 星"
        "(90% 区间 {low} 至 {high})。",
    ),
    "actions.status.improved": ("It worked.", "措施有效。"),
    "actions.status.worsened": ("It got worse.", "情况变差。"),
    "actions.status.no_effect_seen": ("No effect seen.", "未见效果。"),
    "actions.status.collecting": ("Not clear yet.", "尚无定论。"),
    "actions.more_weeks": ("About {weeks} more weeks.", "约还需 {weeks} 周。"),
    "playbook.none": (
        "No classified complaints for {asin} yet: run `vocloop analyze`.",
        "{asin} 暂无已分类的投诉:请先运行 `vocloop analyze`。",
    ),
    "playbook.trend": (
        "{recent} in the last 4 weeks, {earlier} in the 8 before",
        "近 4 周 {recent} 条,之前 8 周 {earlier} 条",
    ),
    "playbook.value": (
        "Worth: about {returns} returns a month avoided if fixed, about {money} a month "
        "(by currency of sale).",
        "价值:修复后每月约可减少 {returns} 件退货,约合每月 {money}(按销售币种分列)。",
    ),
    "playbook.saved": ("Playbook saved for tenant {tenant}.", "已保存租户 {tenant} 的处理手册。"),
    "draft.ready": ("passes the policy checker", "已通过政策检查"),
    "draft.blocked": (
        "held back: the policy checker found a problem",
        "未展示:政策检查发现问题",
    ),
    "draft.zh_copy": ("-- Chinese copy for review --", "-- 中文审阅稿 --"),
    "gaps.no_topics": (
        "No complaint topics for {asin} yet: run `vocloop analyze` (or `vocloop topics`).",
        "{asin} 暂无投诉话题:请先运行 `vocloop analyze`(或 `vocloop topics`)。",
    ),
    "gaps.summary": (
        "{gaps} of the {checked} top complaint topics are not addressed by the listing:",
        "在 {checked} 个主要投诉话题中,有 {gaps} 个商品页面没有回应:",
    ),
    "report.written": ("Wrote the report for {week} to {path}.", "已生成 {week} 周报:{path}。"),
    "alerts.none": ("No alerts.", "没有预警。"),
    "alerts.title": ("Alerts ({count})", "预警({count} 条)"),
    "alerts.status_line": ("Status: {status}", "状态:{status}"),
    "alerts.next": ("Next step: {step}", "建议下一步:{step}"),
    "alerts.moved": ("Alert {id} is now {status}.", "预警 {id} 已设为{status}。"),
    "analyze.monitoring": (
        "{tenant}: metrics refreshed to {day}; {opened} new alert(s), {live} live in all "
        "(`vocloop alerts list --tenant {tenant}`).",
        "{tenant}:指标已更新至 {day};新增 {opened} 条预警,共 {live} 条待处理"
        "(`vocloop alerts list --tenant {tenant}`)。",
    ),
    "causes.none": (
        "No texts have been classified yet: run `vocloop analyze` first.",
        "还没有分类结果:请先运行 `vocloop analyze`。",
    ),
    "causes.title": ("Root causes ({total} texts)", "根本原因(共 {total} 条文本)"),
    "causes.mismatches": (
        "{count} returns whose reason code and comment disagree.",
        "{count} 条退货的原因码与买家留言不一致。",
    ),
    "col.cause": ("Root cause", "根本原因"),
    "col.count": ("Count", "数量"),
    "col.share": ("Share", "占比"),
    "col.quote": ("Customer's words", "买家原话"),
    "classify.done": ("{count} texts classified: {path}", "已分类 {count} 条文本:{path}"),
    "topics.refreshed": (
        "Topics refreshed: {joined} texts joined existing topics, {created} new topics "
        "({in_new} texts), {waiting} texts wait for similar ones.",
        "主题已更新:{joined} 条文本归入已有主题,新建 {created} 个主题({in_new} 条文本),"
        "{waiting} 条文本暂无相似文本,等待下次归类。",
    ),
    "topics.none": (
        "No topics yet: run `vocloop analyze` first; a topic needs at least 3 similar texts.",
        "还没有主题:请先运行 `vocloop analyze`;至少 3 条相似文本才构成一个主题。",
    ),
    "topics.heading": (
        "#{id}  {asin} · {cause} · {count} texts · {first} to {last}",
        "#{id}  {asin} · {cause} · {count} 条文本 · {first} 至 {last}",
    ),
    "topics.label": ("  Topic ({language}): {label}", "  主题({language}):{label}"),
    "topics.gloss": ("  Gloss: {gloss}", "  释义:{gloss}"),
    "topics.no_gloss": (
        "  Gloss: {cause} only (no term of this topic is in our lexicon)",
        "  释义:仅有根因「{cause}」(词表中没有该主题的词语)",
    ),
    "topics.weeks": ("  Per ISO week: {weeks}", "  每周数量(ISO 周):{weeks}"),
    "col.channel": ("Channel", "渠道"),
    "col.lang": ("Language", "语言"),
    "col.min_severity": ("Min. severity", "最低级别"),
    "col.target": ("Goes to", "发送到"),
    "col.delivery_status": ("Status", "状态"),
    "col.attempts": ("Attempts", "尝试次数"),
    "col.next_attempt": ("Next try (UTC)", "下次尝试(UTC)"),
    "col.last_error": ("Last error", "最近错误"),
    "channel.added": (
        "Channel '{name}' ({kind}, {language}) added to tenant '{tenant}'.",
        "已在租户「{tenant}」中添加渠道「{name}」({kind},{language})。",
    ),
    "channel.tested": (
        "Channel '{name}' took the test message ({kind}, {target}).",
        "渠道「{name}」已收到测试消息({kind},{target})。",
    ),
    "channel.removed": (
        "Channel '{name}' removed, with {waiting} notices that were still waiting.",
        "已删除渠道「{name}」及其 {waiting} 条尚未发送的通知。",
    ),
    "channel.would_remove": (
        "Would remove channel '{name}' and {waiting} notices still waiting; add --yes to do it.",
        "将删除渠道「{name}」及其 {waiting} 条尚未发送的通知;加 --yes 执行。",
    ),
    "notify.delivered": (
        "Outbox: {sent} sent, {retrying} to retry later, {failed} given up.",
        "发件箱:已发送 {sent} 条,{retrying} 条稍后重试,{failed} 条已放弃。",
    ),
    "notify.purged": (
        "{count} sent or given-up notices older than {days} days deleted.",
        "已删除 {count} 条超过 {days} 天的已发送或已放弃通知。",
    ),
    "notify.would_purge": (
        "Would delete {count} sent or given-up notices older than {days} days; add --yes to do it.",
        "将删除 {count} 条超过 {days} 天的已发送或已放弃通知;加 --yes 执行。",
    ),
    "notify.problem": ("  #{id} {channel}: {error}", "  #{id} {channel}:{error}"),
    # SP-API: connect, sync, Request a Review
    "col.reports": ("Reports", "报告数"),
    "col.message": ("Message", "说明"),
    "col.last_success": ("Last success", "最近成功"),
    "col.synced_until": ("Data until", "数据截至"),
    "col.order": ("Order", "订单"),
    "col.action": ("Action", "动作"),
    "col.reason": ("Reason", "原因"),
    "col.at": ("When", "时间"),
    "col.subject": ("ASIN / category", "ASIN / 类目"),
    "col.polarity": ("Tone", "倾向"),
    "col.topic": ("Amazon's topic", "亚马逊主题"),
    "amazon_topics.none": (
        "No Amazon topics for store '{store}' yet: `vocloop sync --store {store} --kind "
        "customer_feedback`.",
        "店铺「{store}」还没有亚马逊主题:请运行 `vocloop sync --store {store} --kind "
        "customer_feedback`。",
    ),
    "spapi.connected": (
        "Store '{store}' is connected to Amazon (region {region}); its credentials are stored "
        "encrypted.",
        "店铺「{store}」已连接亚马逊(区域 {region}),凭据已加密保存。",
    ),
    "spapi.key_created": (
        "Created the key that encrypts store credentials: {path}. Back it up: without it the "
        "stored credentials cannot be read.",
        "已生成加密店铺凭据的密钥:{path}。请备份:丢失后已保存的凭据将无法读取。",
    ),
    "sync.progress": ("{kind}: {what}", "{kind}:{what}"),
    "sync.title": ("Sync of store '{store}'", "店铺「{store}」同步结果"),
    "sync.calls": (
        "{calls} calls to Amazon, {throttled} throttled and retried.",
        "共调用亚马逊接口 {calls} 次,其中 {throttled} 次被限流后已重试。",
    ),
    "sync.no_connections": (
        "No store is connected to Amazon yet: `vocloop stores connect STORE`.",
        "还没有连接亚马逊的店铺:请用 `vocloop stores connect 店铺`。",
    ),
    "sync.never": ("never synced", "从未同步"),
    "sync.in_flight": (
        "report {report} requested; the next sync picks it up",
        "已请求报告 {report},下次同步时继续",
    ),
    "reviews.enabled": (
        "Request a Review is on for store '{store}'.",
        "店铺「{store}」已开启请求评论。",
    ),
    "reviews.disabled": (
        "Request a Review is off for store '{store}'.",
        "店铺「{store}」已关闭请求评论。",
    ),
    "reviews.title_dry": (
        "Review requests store '{store}' would send now (dry run)",
        "店铺「{store}」现在会发送的评论请求(仅预览)",
    ),
    "reviews.title_sent": ("Review requests of store '{store}'", "店铺「{store}」的评论请求"),
    "reviews.summary": (
        "{chosen} of {total} shipped orders chosen, by delivery window only.",
        "{total} 个已发货订单中选中 {chosen} 个,仅依据送达时间窗口。",
    ),
    "lint.finding": (
        "{where}: {severity} {rule} {message} [{span}] Hint: {hint}",
        "{where}:{severity} {rule} {message}【{span}】建议:{hint}",
    ),
    "lint.error": ("error", "错误"),
    "lint.warning": ("warning", "警告"),
    "lint.info": ("info", "提示"),
    "lint.summary": (
        "{files} file(s) checked: {error} error(s), {warning} warning(s), {info} note(s).",
        "已检查 {files} 个文件:{error} 个错误,{warning} 个警告,{info} 条提示。",
    ),
    "lint.clean": (
        "{files} file(s) checked: no policy problems found.",
        "已检查 {files} 个文件:未发现违反政策的内容。",
    ),
    "users.added": (
        "User {email} is {role} of tenant '{tenant}'.",
        "用户 {email} 已成为租户「{tenant}」的{role}。",
    ),
    "users.password": ("Password: {password}", "密码:{password}"),
    "serve.open": (
        "vocloop is serving on {url} (Ctrl+C stops it).",
        "vocloop 已在 {url} 启动(按 Ctrl+C 停止)。",
    ),
    "demo.login": (
        "Web login: `vocloop serve`, then open {url} as {email} with password {password}",
        "网页登录:运行 `vocloop serve` 后打开 {url},邮箱 {email},密码 {password}",
    ),
    "error.internal": (
        "Something went wrong inside vocloop (incident {incident}); details are in {log}. "
        "Run again with --debug to see them.",
        "vocloop 内部出错(事件编号 {incident}),详情见 {log}。加 --debug 重新运行可查看。",
    ),
}


def detect_language(setting: str = "auto") -> str:
    """en or zh: the setting if it names one, else the user's locale (zh_* means Chinese)."""
    if setting in LANGUAGES:
        return setting
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    code = locale.getlocale()[0] or ""
    return "zh" if code.lower().startswith("zh") else "en"


def translate_message(message: str, lang: str) -> str:
    """An error or problem sentence in the user's language (English is the original)."""
    if lang != "zh":
        return message
    from vocloop.messages_zh import to_chinese

    return to_chinese(message)


def add_messages(table: dict[str, tuple[str, str]]) -> None:
    """Register a command group's own (English, Chinese) pairs; keys must be new."""
    clash = MESSAGES.keys() & table.keys()
    if clash:
        raise ValueError(f"message keys defined twice: {sorted(clash)}")
    MESSAGES.update(table)


def translate(key: str, lang: str, **values: object) -> str:
    english, chinese = MESSAGES[key]
    return (chinese if lang == "zh" else english).format(**values)
