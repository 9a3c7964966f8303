"""The rule book: POLICY.md §7 rules readable from text, with severity per channel and advice.

Severities map POLICY.md's BLOCK/WARN/INFO to error/warning/info. Channels: `insert` (printed in or
on the package, QR landing text), `amazon_message` (Buyer-Seller Messaging), `email` (mail to people
who contacted the brand off Amazon), `help_center` (brand help pages), `form` (a help-center or
warranty form: its labels, checkboxes and notice). Rules about system state (timing, opt-out,
storage: REV-08, MSG-03/04/05, PII-01/03/04) are checked by the code that sends or stores, not
here; PII-02, PII-03, REV-08 and MSG-04 are also read from a text that gives them away ("your
Amazon order address, for our catalogue", "two months after delivery", "your order was shipped by
Amazon").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # BLOCK: cannot be sent, printed or published
    WARNING = "warning"  # WARN: needs a human sign-off
    INFO = "info"  # worth knowing, not a problem on its own


class Channel(StrEnum):
    INSERT = "insert"
    AMAZON_MESSAGE = "amazon_message"
    EMAIL = "email"
    HELP_CENTER = "help_center"
    FORM = "form"


CHANNELS = tuple(channel.value for channel in Channel)
# Printed matter is what drafts most often become, and the insert rules are the strictest about
# reviews without refusing links to a support page; see docs/policy.md.
DEFAULT_CHANNEL = Channel.INSERT

E, W, INFO = Severity.ERROR, Severity.WARNING, Severity.INFO
_ALL = dict.fromkeys(Channel, E)
_WEB = (Channel.HELP_CENTER, Channel.FORM)


@dataclass(frozen=True)
class Rule:
    """One lint rule: its id and title in POLICY.md §7, where it applies, why, and what to write."""

    id: str
    title: str
    severities: dict[Channel, Severity]  # channels it applies to, with the severity there
    why_en: str
    why_zh: str
    hint_en: str
    hint_zh: str

    def severity_in(self, channel: Channel) -> Severity | None:
        return self.severities.get(channel)

    def why(self, lang: str) -> str:
        return self.why_zh if lang == "zh" else self.why_en

    def hint(self, lang: str) -> str:
        return self.hint_zh if lang == "zh" else self.hint_en


def _on(*channels: Channel, severity: Severity = E) -> dict[Channel, Severity]:
    return dict.fromkeys(channels, severity)


RULES: tuple[Rule, ...] = (
    Rule(
        "REV-01",
        "ask for positive / 5-star review",
        _on(Channel.INSERT, Channel.AMAZON_MESSAGE, Channel.EMAIL, *_WEB),
        "Asking for a positive or 5-star review is review manipulation (any channel, inserts too).",
        "要求好评或五星评价属于操纵评论,任何渠道(包括包裹插卡)都禁止。",
        "Ask neutrally: 'Your honest review helps other shoppers decide.'",
        "改为中性表述:「您真实的评价能帮助其他买家做决定。」",
    ),
    Rule(
        "REV-02",
        "incentive linked to review or feedback",
        dict(_ALL),
        "Offering money, gifts, discounts, refunds or warranty for a review is forbidden.",
        "以现金、礼品、折扣、退款或延保换取评价是被禁止的。",
        "Drop the offer; keep only product help, e.g. 'Questions about setup? Scan for the guide.'",
        "删去任何回报;只保留使用帮助,例如「安装有疑问?扫码查看指南。」",
    ),
    Rule(
        "REV-03",
        "review gated on satisfaction",
        dict(_ALL),
        "Asking for a review only when the buyer is happy (review gating) is forbidden.",
        "只在买家满意时才邀请评价(评价筛选)是被禁止的。",
        "Ask everyone the same way: 'Whatever your experience, you're welcome to review it.'",
        "对所有人一视同仁:「无论体验如何,都欢迎您在亚马逊分享评价。」",
    ),
    Rule(
        "REV-04",
        "contact us instead of / before a negative review",
        _on(Channel.INSERT, Channel.AMAZON_MESSAGE, Channel.EMAIL, *_WEB),
        "Steering unhappy buyers away from reviews ('contact us before a bad review') is "
        "forbidden.",
        "引导不满意的买家不要留差评(「差评前先联系我们」)是被禁止的。",
        "Offer help without mentioning reviews: 'Problem with setup? Our support team can help.'",
        "提供帮助但不提评价:「安装遇到问题?我们的客服可以帮您。」",
    ),
    Rule(
        "REV-05",
        "ask to change or remove a review",
        _on(Channel.INSERT, Channel.AMAZON_MESSAGE, Channel.EMAIL, *_WEB),
        "Sellers may not ask buyers to change or remove a review, even after fixing the problem.",
        "即使问题已解决,卖家也不得要求买家修改或删除评价。",
        "Fix the problem and stop there: 'We've sent a replacement; reply if anything is wrong.'",
        "解决问题即可,不提评价:「已为您补发,如还有问题请回复。」",
    ),
    Rule(
        "REV-06",
        "dictating review content",
        dict(_ALL),
        "Telling buyers what to write in a review makes it inauthentic.",
        "指定买家在评价中写什么,会让评价失去真实性。",
        "Leave the content to the buyer; remove the suggested wording.",
        "评价内容由买家决定;删去建议的措辞。",
    ),
    Rule(
        "REV-07",
        "repeated review request",
        _on(Channel.AMAZON_MESSAGE, Channel.EMAIL, *_WEB),
        "Only one review request per order is allowed; reminders are a second solicitation.",
        "每个订单只能邀评一次;催评提醒属于第二次邀评。",
        "Send one Request-a-Review through Amazon and no reminder.",
        "只通过亚马逊「请求评论」发送一次,不要提醒。",
    ),
    Rule(
        "REV-08",
        "review request outside the 5-30 day window (the text says when)",
        _on(Channel.AMAZON_MESSAGE, Channel.EMAIL),
        "Review requests may only go out 5 to 30 days after delivery; this one says it comes "
        "months after it.",
        "评价请求只能在送达后 5-30 天内发送;这条信息自己说明已过去数月。",
        "Use Request a Review inside the window; after 30 days, send nothing about reviews.",
        "在窗口期内使用「请求评论」按钮;超过 30 天后不再提评价。",
    ),
    Rule(
        "REV-09",
        "review prompt driven by satisfaction or ticket outcome",
        _on(Channel.AMAZON_MESSAGE, Channel.EMAIL, *_WEB),
        "Asking for a review because the buyer said they are happy or the ticket was resolved "
        "is review gating.",
        "因买家表示满意或工单已解决才邀请评价,属于评价筛选。",
        "Show the same neutral review sentence to everyone, or none.",
        "对所有人显示同样的中性邀评语句,或者都不显示。",
    ),
    Rule(
        "DIV-01",
        "purchase call-to-action off Amazon",
        {Channel.INSERT: E, Channel.AMAZON_MESSAGE: E, Channel.EMAIL: W, Channel.HELP_CENTER: W},
        "Asking Amazon buyers to buy outside Amazon diverts them from Amazon's sales process.",
        "引导亚马逊买家到站外购买,属于绕开亚马逊销售流程。",
        "Point to information, not a shop: 'Refill sizes are listed in the product guide.'",
        "只提供信息,不引导购买:「耗材规格见产品说明书。」",
    ),
    Rule(
        "DIV-02",
        "coupon, discount or promotion",
        {Channel.INSERT: E, Channel.AMAZON_MESSAGE: E, Channel.EMAIL: W, Channel.HELP_CENTER: W},
        "Coupons and promotions are marketing, which Amazon forbids toward its buyers.",
        "优惠券和促销属于营销,亚马逊禁止向其买家推送。",
        "Remove the code or offer.",
        "删除优惠码或促销信息。",
    ),
    Rule(
        "DIV-03",
        "link or QR code in an Amazon message",
        _on(Channel.AMAZON_MESSAGE),
        "Amazon messages may not carry links (off Amazon or to Amazon pages) not needed for the "
        "order.",
        "亚马逊消息中不得包含与订单无关的链接(站外链接或亚马逊页面链接)。",
        "Attach the manual PDF or say 'The manual is in the box and on the product page.'",
        "附上说明书 PDF,或写「说明书在包装内及商品详情页」。",
    ),
    Rule(
        "DIV-04",
        "direct contact details in an Amazon message",
        _on(Channel.AMAZON_MESSAGE),
        "Buyers are contacted only through Buyer-Seller Messaging: no e-mail, phone or chat apps.",
        "只能通过买家与卖家消息联系买家:不得留邮箱、电话或聊天软件。",
        "Write 'Reply to this message and we'll help.'",
        "改为「请直接回复此消息,我们会帮您处理。」",
    ),
    Rule(
        "DIV-05",
        "newsletter, club or social call-to-action",
        {Channel.INSERT: W, Channel.AMAZON_MESSAGE: E},
        "Sign-ups and follow-us calls on inserts lead buyers off Amazon (and collect e-mails).",
        "插卡上的订阅、入会、关注号召会把买家引出亚马逊(并收集邮箱)。",
        "Keep the insert to product help: 'Setup videos: scan the code.'",
        "插卡只保留产品帮助:「安装视频:扫码观看。」",
    ),
    Rule(
        "DIV-06",
        "steering away from Amazon returns or A-to-z claims",
        _on(Channel.INSERT, Channel.AMAZON_MESSAGE, Channel.EMAIL, *_WEB),
        "Returns and A-to-z claims belong to Amazon; telling buyers not to use them is diversion.",
        "退货和 A-to-z 索赔属于亚马逊流程;劝买家不要使用属于引流。",
        "Say 'You can still return it through Amazon at any time.'",
        "注明「您随时可以通过亚马逊办理退货。」",
    ),
    Rule(
        "DIV-07",
        "refund or payment outside Amazon",
        dict(_ALL),
        "Refunds and payments outside Amazon (PayPal, bank transfer, gift cards) are forbidden.",
        "在亚马逊之外退款或付款(PayPal、银行转账、礼品卡)是被禁止的。",
        "Write 'Please request the refund through Your Orders on Amazon.'",
        "改为「请在亚马逊「我的订单」中申请退款。」",
    ),
    Rule(
        "WAR-01",
        "warranty tied to a review or reward",
        _on(Channel.INSERT, Channel.EMAIL, *_WEB, Channel.AMAZON_MESSAGE),
        "A longer or better warranty in return for a review or sign-up is an incentive.",
        "以评价或注册换取更长/更好的保修属于变相激励。",
        "'Register to make claims faster. Registration is optional and not required for your "
        "warranty rights.'",
        "「注册可加快保修处理;注册自愿,不影响您的保修权利。」",
    ),
    Rule(
        "MSG-01",
        "message type Amazon does not permit",
        _on(Channel.AMAZON_MESSAGE),
        "Thank-you-only notes, shipping confirmations and marketing are not permitted messages.",
        "仅致谢、发货通知和营销内容都不属于允许发送的消息。",
        "Do not send it; message only to complete the order or answer a question.",
        "不要发送;只为完成订单或回答问题而发消息。",
    ),
    Rule(
        "MSG-02",
        "[Important] misused",
        _on(Channel.AMAZON_MESSAGE),
        "'[Important]' and critical reasons are for order-critical content only; misuse gets "
        "messaging restricted.",
        "「[重要]」和紧急原因只能用于订单关键内容;滥用会被限制发消息。",
        "Remove '[Important]'; send tips or review requests without it, or not at all.",
        "删去「[重要]」;使用提示或邀评不得加此标记。",
    ),
    Rule(
        "MSG-04",
        "proactive message on an order Amazon fulfilled (FBA)",
        _on(Channel.AMAZON_MESSAGE),
        "Since 2025 sellers may not send their own proactive messages on FBA orders; only replies "
        "and Amazon's permitted actions.",
        "自 2025 年起,亚马逊配送(FBA)订单不允许卖家主动发送自定义消息,"
        "只能回复或使用官方允许的操作。",
        "Put the tips in the listing, the insert or the help center instead of a message.",
        "把使用提示放进商品详情页、包裹插卡或帮助中心,而不是发消息。",
    ),
    Rule(
        "MSG-06",
        "attachment that is not needed",
        _on(Channel.AMAZON_MESSAGE, severity=W),
        "Attachments must be needed for the order (invoice, manual, label), not catalogues.",
        "附件必须是订单所需(发票、说明书、标签),不能是产品目录。",
        "Attach only what the buyer needs for this order.",
        "只附上此订单需要的文件。",
    ),
    Rule(
        "MSG-07",
        "asks for personal data not needed",
        {Channel.AMAZON_MESSAGE: E, Channel.HELP_CENTER: W, Channel.FORM: W},
        "Ask only for what the order needs; phone numbers, IDs and bank details are not.",
        "只能索取订单必需的信息;电话、证件、银行信息都不属于此类。",
        "Ask about the problem instead: 'Could you tell us which step of the setup fails?'",
        "改问问题本身:「请问安装在哪一步失败?」",
    ),
    Rule(
        "MSG-08",
        "no order id in the message",
        _on(Channel.AMAZON_MESSAGE, severity=INFO),
        "Proactive messages should carry the order id (the thread usually adds it).",
        "主动消息应包含订单号(消息线程通常会自动带上)。",
        "Mention the order id (3-7-7 digits) if the message is not in the order's thread.",
        "如消息不在该订单的线程中,请写明订单号(3-7-7 位)。",
    ),
    Rule(
        "MSG-09",
        "threatening or pressuring tone",
        _on(Channel.AMAZON_MESSAGE, Channel.EMAIL, *_WEB, severity=W),
        "Messages must be courteous; legal threats and pressure are not.",
        "消息必须礼貌;法律威胁和施压都不可以。",
        "State the facts and the help on offer, without threats.",
        "陈述事实和可提供的帮助,不要威胁。",
    ),
    Rule(
        "PII-02",
        "Amazon order data used for marketing",
        dict(_ALL),
        "Names, addresses or phone numbers from Amazon orders may only serve the order; using "
        "them for catalogues, newsletters or offers breaks Amazon's data protection policy.",
        "亚马逊订单中的姓名、地址、电话只能用于履约;用于寄目录、推送新品或优惠违反亚马逊数据保护政策。",
        "Send marketing only to people who signed up with you directly and consented.",
        "营销信息只发给直接在品牌处注册并明确同意的人。",
    ),
    Rule(
        "PII-03",
        "buyers' messages sent to an outside AI service (the text says so)",
        _on(Channel.EMAIL, Channel.HELP_CENTER, Channel.FORM),
        "Buyer messages with names, addresses or phone numbers may not go to outside AI or "
        "analytics services unscrubbed and without a processor contract.",
        "含姓名、地址、电话的买家消息不得未经脱敏、且无数据处理协议就发送给外部 AI 或分析服务。",
        "Scrub personal data first and name the processor and its contract in the privacy notice.",
        "先去除个人信息,并在隐私声明中写明处理方及其合同。",
    ),
    Rule(
        "CLM-01",
        "impersonating or implying Amazon",
        _on(Channel.INSERT, Channel.EMAIL, *_WEB, severity=W),
        "The brand must not present itself as Amazon or Amazon's support.",
        "品牌不得冒充亚马逊或亚马逊客服。",
        "Use your own name: '[Brand] Product Help'.",
        "使用自己的品牌名:「[品牌] 产品帮助」。",
    ),
    Rule(
        "GDPR-01",
        "personal data collected without a privacy notice",
        _on(Channel.FORM),
        "A form collecting personal data must link a privacy notice (GDPR Art 13).",
        "收集个人数据的表单必须附隐私声明链接(GDPR 第 13 条)。",
        "Add 'We use these details to handle your request. Privacy notice: [link]'.",
        "加上「我们仅用这些信息处理您的请求。隐私声明:[链接]」。",
    ),
    Rule(
        "GDPR-02",
        "bundled or pre-ticked marketing consent",
        _on(*_WEB),
        "Marketing consent must be optional, unticked and separate (GDPR Art 6, 7).",
        "营销同意必须自愿、默认不勾选、且与其他条款分开(GDPR 第 6、7 条)。",
        "Make it an unticked, optional box separate from the warranty terms.",
        "改为默认不勾选、可选、与保修条款分开的复选框。",
    ),
    Rule(
        "GDPR-03",
        "collects more than needed",
        _on(*_WEB, severity=W),
        "Birth dates, ID scans and similar are more than a support or warranty request needs.",
        "出生日期、证件扫描等超出了售后或保修所需。",
        "Ask only for name, contact and order number.",
        "只收集姓名、联系方式和订单号。",
    ),
    Rule(
        "GDPR-04",
        "no retention limit or erasure",
        _on(*_WEB, severity=W),
        "Personal data must be kept only as long as needed and be erasable (GDPR Art 5, 17).",
        "个人数据只能保存必要的时长,并且必须可删除(GDPR 第 5、17 条)。",
        "State a retention period and how to request deletion.",
        "写明保存期限和申请删除的方式。",
    ),
    Rule(
        "GDPR-05",
        "transfer outside the EU without safeguards",
        _on(*_WEB, severity=W),
        "Data hosted or read outside the EEA needs a named transfer tool (SCCs) and an EU "
        "representative.",
        "在欧洲经济区以外存储或访问数据,需注明传输机制(标准合同条款)和欧盟代表。",
        "Name the transfer mechanism (e.g. Standard Contractual Clauses) and the Art 27 "
        "representative.",
        "注明传输机制(如标准合同条款)和第 27 条欧盟代表。",
    ),
    Rule(
        "GDPR-06",
        "trackers before consent",
        _on(*_WEB),
        "Non-essential cookies and pixels need consent before they are set (ePrivacy Art 5(3)).",
        "非必要的 Cookie 和像素必须在用户同意后才能加载(ePrivacy 第 5(3) 条)。",
        "Load analytics and ad tags only after the visitor accepts them.",
        "只在访客同意后加载统计和广告代码。",
    ),
)

RULES_BY_ID = {rule.id: rule for rule in RULES}


def find_rule(rule_id: str) -> Rule | None:
    """The rule with this id, or None."""
    return RULES_BY_ID.get(rule_id)
