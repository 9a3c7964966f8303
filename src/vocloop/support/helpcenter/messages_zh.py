"""Chinese wording of the help center's error sentences (applied by the CLI and web edges)."""
# ruff: noqa: E501  (pairs of sentences read best one per line)

from __future__ import annotations

from vocloop.messages_zh import add_fragments

add_fragments(
    (
        (
            r"^The help page was not saved: (\S+) says '(.*)' \(([A-Z]+-\d+)\): ",
            r"帮助页面未保存:\1 中的“\2”(\3):",
        ),
        (
            r"^Brand '(.+?)' does not offer '(\w+)' to buyers \(it offers (.+?)\); add the language in its settings first\.$",
            r"品牌 \1 未向买家提供语言 \2(现有:\3);请先在品牌设置中添加该语言。",
        ),
        (
            r"^In (.+?): (\S+) '(.*)' is not a web address \(https://…\)\.$",
            r"\1 中 \2 的“\3”不是网址(https://…)。",
        ),
        (r"^In (.+?): (\S+) is longer than (\d+) characters\.$", r"\1 中 \2 超过 \3 个字符。"),
        (r"^In (.+?): '(.+?)' is not a help-page section\.$", r"\1 中“\2”不是帮助页面的栏目。"),
        (
            r"^The file '(.+?)' was never uploaded for brand '(.+?)'\.$",
            r"文件 \1 从未上传到品牌 \2。",
        ),
        (
            r"^'(.+?)' is not a PNG, JPEG, WebP or GIF picture, nor a PDF\.$",
            r"“\1”不是 PNG、JPEG、WebP、GIF 图片,也不是 PDF。",
        ),
        (
            r"^'(.+?)' is larger than (\d+) MB; make it smaller first\.$",
            r"“\1”超过 \2 MB,请先压缩。",
        ),
        (
            r"^This is not a help-center export \(its 'format' is not '(.+?)'\)\.$",
            r"这不是帮助中心导出文件(format 不是 \1)。",
        ),
        (r"^A help center needs at least one language\.$", "帮助中心至少需要一种语言。"),
        (r"^Give the brand the name buyers know it by\.$", "请填写买家熟悉的品牌名称。"),
    )
)
