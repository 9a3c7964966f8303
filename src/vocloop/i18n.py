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


def translate(key: str, lang: str, **values: object) -> str:
    english, chinese = MESSAGES[key]
    return (chinese if lang == "zh" else english).format(**values)
