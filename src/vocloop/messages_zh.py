"""Chinese wording of vocloop's English error and problem sentences, applied at the edges.

Domain code raises one English sentence (the JSON output keeps it, so scripts see a stable text);
the CLI and web translate it for a Chinese user with these fragments, in order. A fragment that is
not here stays English rather than being guessed.
"""

from __future__ import annotations

import re

_FRAGMENTS: tuple[tuple[str, str], ...] = (
    # whole-file problems
    (r": the file is empty\.$", ":文件是空的。"),
    (
        r": this is a PNG image, not a report vocloop can read\.$",
        ":这是 PNG 图片,不是 vocloop 能读取的报告。",
    ),
    (
        r": this is a JPEG image, not a report vocloop can read\.$",
        ":这是 JPEG 图片,不是 vocloop 能读取的报告。",
    ),
    (
        r": this is a PDF document, not a report vocloop can read\.$",
        ":这是 PDF 文档,不是 vocloop 能读取的报告。",
    ),
    (r": this is (.+?), not a report vocloop can read\.$", r":这是\1,不是 vocloop 能读取的报告。"),
    (
        r"holds bytes that are neither UTF-8, cp1252 nor cp932 text; save the file as UTF-8 and import it again\.",
        "含有既非 UTF-8、也非 cp1252 或 cp932 的字节;请将文件另存为 UTF-8 后重新导入。",
    ),
    (r"is not valid (.+?); the file is damaged\.", r"不是有效的 \1 文本,文件已损坏。"),
    (
        r": the compressed file is damaged or cut short \((.*)\)\.$",
        r":压缩文件已损坏或不完整(\1)。",
    ),
    (r": the zip archive is damaged \((.*)\)\.$", r":zip 压缩包已损坏(\1)。"),
    (
        r": vocloop does not recognise this file \(its first row starts '(.*)'\); it reads .*\.$",
        r":vocloop 无法识别此文件(首行为「\1」);可导入:FBA 退货、自发货退货、全部订单、卖家反馈、"
        r"买家之声快照、商品评论、账户状况报告。",
    ),
    (
        r": this is an SP-API notification \((.+?)\), not a report; .*$",
        r":这是 SP-API 通知(\1),不是报告文件,其中没有数据。",
    ),
    (r": this JSON is not an account health \(V2\) report; .*$", ":此 JSON 不是账户状况(V2)报告。"),
    (r": the JSON is broken \((.*)\)\.$", r":JSON 格式错误(\1)。"),
    (r": the spreadsheet cannot be opened \((.*)\)\.$", r":无法打开电子表格(\1)。"),
    (r": the spreadsheet is empty\.$", ":电子表格是空的。"),
    (r": no such file or folder\.$", ":文件或文件夹不存在。"),
    # vocloop lint
    (r": no such file\.$", ":文件不存在。"),
    (r": is a folder; give the text files to check\.$", ":这是文件夹;请给出要检查的文本文件。"),
    (r": is not a text file; lint reads plain text\.$", ":不是文本文件;lint 只读取纯文本。"),
    (r": cannot be read \((.*)\)\.$", r":无法读取(\1)。"),
    (r"^--(lang|channel) '([^']*)' is not one of (.*)\.$", r"--\1「\2」无效,可选:\3。"),
    (
        r": none of its (\d+) rows could be imported; the first: ",
        r":全部 \1 行都无法导入;第一个问题:",
    ),
    # the refusal sentence and its tail
    (
        r" \((\d+) more bad rows; nothing was imported; --skip-bad-rows imports the good rows\)\.$",
        r"(另有 \1 行有误;未导入任何数据;加 --skip-bad-rows 可只导入正确的行)。",
    ),
    (
        r" \(nothing was imported; --skip-bad-rows imports the good rows\)\.$",
        "(未导入任何数据;加 --skip-bad-rows 可只导入正确的行)。",
    ),
    (r"\bline (\d+), field '([^']*)'", r"第 \1 行,字段「\2」"),
    (r"\bline (\d+)\b", r"第 \1 行"),
    # row problems
    (
        r"the row has (\d+) of (\d+) columns; the file may be cut short",
        r"该行只有 \1 列(应为 \2 列),文件可能不完整",
    ),
    (r"the row has (\d+) columns, the header has (\d+)", r"该行有 \1 列,表头有 \2 列"),
    (
        r"the row does not say which marketplace it belongs to; pass --marketplace or --store",
        "无法判断该行属于哪个站点;请加 --marketplace 或 --store",
    ),
    (r"the row names neither an ASIN nor a SKU", "该行既没有 ASIN 也没有 SKU"),
    (r"the review has neither title nor text", "该评论既无标题也无正文"),
    (r" is not a whole number", " 不是整数"),
    (r" is not a number", " 不是数字"),
    (r" is not yes or no", " 不是“是/否”"),
    (r" is not an Amazon order id \(3-7-7 digits\)", " 不是亚马逊订单号(3-7-7 位数字)"),
    (r" is negative", " 是负数"),
    (r" is not a date", " 不是日期"),
    (r" could be day-first or month-first", " 既可能是日/月也可能是月/日,无法确定"),
    (r" has a month name vocloop does not know", " 中的月份名称无法识别"),
    (r" is not 1 to 5 stars", " 不是 1 到 5 星"),
    (r" is not a rate between 0 and 1 \(or 0% and 100%\)", " 不是 0 到 1(或 0% 到 100%)之间的比率"),
    (r" is not one of ", " 不在以下取值中:"),
    (r" is empty\b", " 为空"),
    # tenants, stores, marketplaces
    (
        r"^There is no tenant '([^']*)'; `vocloop tenants list` shows them\.$",
        r"租户「\1」不存在;可用 `vocloop tenants list` 查看。",
    ),
    (
        r"^There is no store '([^']*)' in this tenant; `vocloop stores list` shows them\.$",
        r"该租户下没有店铺「\1」;可用 `vocloop stores list` 查看。",
    ),
    (r"^Tenant '([^']*)' exists already\.$", r"租户「\1」已存在。"),
    (r"^Store '([^']*)' exists already in this tenant\.$", r"该租户下已有店铺「\1」。"),
    (
        r"^'([^']*)' cannot be a (tenant|store) id: .*$",
        r"「\1」不能作为 ID:只能用小写字母、数字、- 和 _(最多 64 个字符)。",
    ),
    (
        r"'([^']*)' is not an Amazon marketplace; use a country code .*$",
        r"「\1」不是亚马逊站点;请用国家代码(US、DE、JP 等)或站点 ID。",
    ),
    (r"'([^']*)' is not an Amazon marketplace", r"「\1」不是亚马逊站点"),
    (
        r"^This tenant has several stores on (\S+) \((.*)\); name one with --store\.$",
        r"该租户在 \1 上有多个店铺(\2);请用 --store 指定。",
    ),
    (r"^Store '([^']*)' is on (\w+), not (\w+)\.$", r"店铺「\1」属于 \2 站点,不是 \3。"),
    (
        r"^([^:]+) has no column '([^']*)' \(its columns: (.*)\)\.$",
        r"\1 中没有「\2」列(现有列:\3)。",
    ),
)
_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in _FRAGMENTS)


def to_chinese(message: str) -> str:
    """The sentence with every known English fragment put into Chinese."""
    for pattern, replacement in _COMPILED:
        message = pattern.sub(replacement, message)
    return message
