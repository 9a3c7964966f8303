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
    # SP-API connect and sync
    (
        r"^Amazon did not accept the client id or client secret \((.*)\); copy both again .*$",
        r"亚马逊不接受该 client id 或 client secret(\1);请从应用的 LWA 凭据中重新复制(client secret 每 180 天过期)。",
    ),
    (
        r"^Amazon did not accept the refresh token \((.*)\); .*$",
        r"亚马逊不接受该 refresh token(\1):它可能已被撤销、属于其他应用或输入有误;请为店铺重新授权应用并使用新的 token。",
    ),
    (
        r"^The key that encrypts store credentials is missing: set VOCLOOP_SECRET_KEY or put the key file back at (.*)\.$",
        r"加密店铺凭据的密钥不见了:请设置 VOCLOOP_SECRET_KEY,或把密钥文件放回 \1。",
    ),
    (
        r"^The credentials of store '([^']*)' cannot be decrypted with the configured key: .*$",
        r"无法用当前密钥解密店铺「\1」的凭据:请恢复保存凭据时的密钥(VOCLOOP_SECRET_KEY 或密钥文件),或重新连接店铺。",
    ),
    (
        r"^Store '([^']*)' is not connected to Amazon; `vocloop stores connect [^`]*` connects it\.$",
        r"店铺「\1」尚未连接亚马逊;请用 `vocloop stores connect \1` 连接。",
    ),
    (
        r"^Store '([^']*)' is being synced already; try again when it ends\.$",
        r"店铺「\1」正在同步中;请在同步结束后再试。",
    ),
    (
        r"^Request a Review is off for store '([^']*)'; .*$",
        r"店铺「\1」未开启请求评论;可用 `vocloop reviews enable --store \1` 开启。",
    ),
    (
        r"^Amazon is still preparing report (\S+) \((\w+)\); the next sync picks it up\.$",
        r"亚马逊仍在生成报告 \1(\2);下次同步时继续。",
    ),
    (
        r"^Amazon could not build the (\S+) report (\S+) \(FATAL\): ",
        r"亚马逊无法生成 \1 报告 \2(FATAL):",
    ),
    (r"^Amazon refused (\w+) \(HTTP (\d+): ", r"亚马逊拒绝了 \1 请求(HTTP \2:"),
    # invitations
    (
        r"^This invitation link is not valid; ask for a new one\.$",
        "此邀请链接无效,请向邀请人索取新的链接。",
    ),
    (
        r"^This invitation has been used already; log in instead\.$",
        "此邀请已被使用,请直接登录。",
    ),
    (r"^This invitation was withdrawn; ask for a new one\.$", "此邀请已被撤回,请索取新的邀请。"),
    (r"^This invitation has expired; ask for a new one\.$", "此邀请已过期,请索取新的邀请。"),
    (r"^That is not the password of the account (\S+)\.$", r"这不是账户 \1 的密码。"),
    (r"^(\S+) is a member of this tenant already\.$", r"\1 已是该租户的成员。"),
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
    # notification channels and their deliveries
    (r"^'([^']*)' is not a channel kind: use one of (.*)\.$", r"「\1」不是通知渠道类型;可用:\2。"),
    (
        r"^'([^']*)' is not a channel language: use zh or en\.$",
        r"「\1」不是渠道语言:请用 zh 或 en。",
    ),
    (r"^'([^']*)' is not a severity: use one of (.*)\.$", r"「\1」不是告警级别:可用 \2。"),
    (
        r"^'([^']*)' cannot be a channel name: .*$",
        r"「\1」不能作为渠道名称:只能用小写字母、数字、- 和 _。",
    ),
    (r"^Channel '([^']*)' exists already in this tenant\.$", r"该租户下已有渠道「\1」。"),
    (
        r"^There is no channel '([^']*)'; `vocloop channels list` shows them\.$",
        r"渠道「\1」不存在;可用 `vocloop channels list` 查看。",
    ),
    (
        r"^The (\w+) webhook URL must use https://: over http:// its token travels in clear\.$",
        r"\1 webhook 地址必须以 https:// 开头:用 http:// 时令牌会明文传输。",
    ),
    (
        r"^The (\w+) webhook URL has no (\w+)=\.\.\.; copy the whole URL the robot shows\.$",
        r"\1 webhook 地址中没有 \2=...;请复制机器人显示的完整地址。",
    ),
    (
        r"^'(.*)' is not a (\w+) webhook URL \(it must start with https://\)\.$",
        r"「\1」不是 \2 webhook 地址(应以 https:// 开头)。",
    ),
    (
        r"^A (\w+) signing secret starts with (\w+); copy it from the robot's security settings\.$",
        r"\1 加签密钥以 \2 开头;请从机器人的安全设置中复制。",
    ),
    (
        r"^The mail URL needs from=<address> and to=<address>\[,<address>\.\.\.\] in its query\.$",
        "邮件地址的查询参数中需要 from=<地址> 和 to=<地址>[,<地址>...]。",
    ),
    (
        r"^'(.*)' is not a mail server URL: .*$",
        r"「\1」不是邮件服务器地址:请用 smtp://[用户@]主机[:端口]?from=...&to=...(STARTTLS)、"
        r"smtps://(TLS)或 smtp+plain://(不加密)。",
    ),
    (
        r"^VOCLOOP_SECRET_KEY is not a Fernet key .*?; make one with (.*)\.$",
        r"VOCLOOP_SECRET_KEY 不是 Fernet 密钥(32 字节、URL 安全的 base64 编码);可用 \1 生成。",
    ),
    (
        r"^Channel '([^']*)' was saved with another secret key; .*$",
        r"渠道「\1」是用另一个密钥保存的;请设置原来的 VOCLOOP_SECRET_KEY,或重新添加该渠道。",
    ),
    (
        r"^'([^']*)' is not an outbox status: .*$",
        r"「\1」不是发件箱状态:可用 pending、sent 或 failed。",
    ),
    (r"^Channel '([^']*)' did not take the test message: ", r"渠道「\1」未收到测试消息:"),
    (
        r"^(\w+) webhooks are not signed \(the URL is the credential\); leave out --secret\.$",
        r"\1 webhook 不使用签名(地址本身就是凭证);请去掉 --secret。",
    ),
    (
        r"The mail server at (\S+) does not offer STARTTLS; .*$",
        r"邮件服务器 \1 不支持 STARTTLS;请改用 smtps://,或仅在可信网络中使用 smtp+plain://。",
    ),
    (
        r"The mail server at (\S+) refused the recipient\(s\) (.*)\.$",
        r"邮件服务器 \1 拒收收件人 \2。",
    ),
    (r"The mail server at (\S+) answered (\d+) \((.*)\)\.$", r"邮件服务器 \1 返回 \2(\3)。"),
    (r"The mail server at (\S+) cannot be reached \((.*)\)\.$", r"无法连接邮件服务器 \1(\2)。"),
    (r"(\w+) at (\S+) cannot be reached \((.*)\)\.$", r"无法连接 \1(\2):\3。"),
    (r"(\w+) at (\S+) did not answer within (\S+) seconds\.$", r"\1(\2)在 \3 秒内没有应答。"),
    (
        r"(\w+) answered with something that is not its JSON reply(.*); check the webhook URL\.$",
        r"\1 的应答不是它的 JSON 格式\2;请检查 webhook 地址。",
    ),
    (r"\b(\w+) refused the message: ", r"\1 拒绝了消息:"),
    (r"\b(\w+) answered HTTP (\d+)", r"\1 返回 HTTP \2"),
    (
        r" Check the robot's security settings: the secret \(SEC\.\.\.\), keywords and IP allow-list\.$",
        "请检查机器人的安全设置:加签密钥(SEC...)、自定义关键词和 IP 白名单。",
    ),
    (
        r" Check the bot's signing secret and this machine's clock\.$",
        "请检查机器人的签名密钥和本机时间。",
    ),
    (r"connection refused", "连接被拒绝"),
)
_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in _FRAGMENTS]


def add_fragments(fragments: tuple[tuple[str, str], ...]) -> None:
    """Register an area's own (English regex, Chinese) fragments, applied after the ones above."""
    _COMPILED.extend((re.compile(pattern), replacement) for pattern, replacement in fragments)


def to_chinese(message: str) -> str:
    """The sentence with every known English fragment put into Chinese."""
    for pattern, replacement in _COMPILED:
        message = pattern.sub(replacement, message)
    return message
