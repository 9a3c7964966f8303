"""The ticket errors sellers and agents see, in Chinese (the web and CLI translate at the edge)."""

from __future__ import annotations

from vocloop.messages_zh import add_fragments

add_fragments(
    (
        (r"^There is no ticket (\S+)\.$", r"没有工单 \1。"),
        (r"^There is no attachment (\d+)\.$", r"没有附件 \1。"),
        (r"^The file of attachment (\d+) is missing\.$", r"附件 \1 的文件已丢失。"),
        (r"^There is no canned reply (\d+)\.$", r"没有快捷回复 \1。"),
        (r"^The reply is empty\.$", "回复内容为空。"),
        (r"^The note is empty\.$", "备注内容为空。"),
        (r"^A canned reply needs a name and a text\.$", "快捷回复需要名称和内容。"),
        (r"^'([^']*)' is not a buyer language\.$", r"「\1」不是买家语言。"),
        (r"^'([^']*)' is not a ticket status: use (.*)\.$", r"「\1」不是工单状态:可用 \2。"),
        (r"^'([^']*)' is not a priority: use (.*)\.$", r"「\1」不是优先级:可用 \2。"),
        (r"^'([^']*)' is not a person of this tenant\.$", r"「\1」不是本租户的成员。"),
        (r"^That person cannot answer tickets in this tenant\.$", "此人在本租户中无权处理工单。"),
        (r"^Only tickets of the same brand can be merged\.$", "只能合并同一品牌的工单。"),
        (r"^A ticket cannot be merged into itself\.$", "工单不能合并到自身。"),
        (
            r"^(\S+) was itself merged; merge into the ticket it joined\.$",
            r"\1 已被合并;请合并到它所并入的工单。",
        ),
        (
            r"^Brand (\S+) has no support mailbox; set one with `vocloop brands mailbox`\.$",
            r"品牌 \1 没有客服邮箱;请用 `vocloop brands mailbox` 设置。",
        ),
        (
            r"^Brand (\S+) has no IMAP mailbox; set one with `vocloop brands mailbox --imap`\.$",
            r"品牌 \1 没有 IMAP 收件箱;请用 `vocloop brands mailbox --imap` 设置。",
        ),
        (r"^The reply was not sent: ", "回复未发送:"),
        (r"^The mailbox at (\S+) could not be read: (.*)$", r"无法读取邮箱 \1:\2"),
        (r"^The mailbox at (\S+) has no folder (.*)\.$", r"邮箱 \1 中没有文件夹 \2。"),
        (r"^--brand needs --tenant: .*$", "--brand 需要同时给出 --tenant(品牌在租户内查找)。"),
    )
)
