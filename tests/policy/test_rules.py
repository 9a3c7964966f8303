"""Each rule fires on its offence in every language it covers, and stays quiet on innocent text."""

from __future__ import annotations

import pytest

from vocloop.errors import UserError
from vocloop.policy import (
    RULES,
    Channel,
    Severity,
    check_text,
    find_rule,
    has_errors,
    is_flagged,
)

# (label, lang, channel, text, rule that must be reported)
VIOLATIONS = [
    ("en_5star", "en", "insert", "Love it? Leave us a 5-star review!", "REV-01"),
    ("de_5star", "de", "insert", "Bitte hinterlassen Sie uns eine 5-Sterne-Bewertung.", "REV-01"),
    ("fr_5star", "fr", "insert", "Laissez-nous un avis 5 étoiles, merci !", "REV-01"),
    ("es_5star", "es", "insert", "Déjenos una valoración de cinco estrellas.", "REV-01"),
    ("it_5star", "it", "insert", "Lasciaci una recensione a 5 stelle!", "REV-01"),
    ("ja_5star", "ja", "insert", "星5のレビューをお願いします！", "REV-01"),
    ("zh_5star", "zh", "insert", "请给我们五星好评!", "REV-01"),
    ("en_gift", "en", "insert", "Write a review and get a free phone stand.", "REV-02"),
    ("de_gift", "de", "insert", "Für Ihre Rezension schenken wir Ihnen einen Gutschein.", "REV-02"),
    ("fr_gift", "fr", "insert", "Laissez un avis et recevez une carte cadeau.", "REV-02"),
    ("es_gift", "es", "insert", "Escriba una reseña y reciba un regalo.", "REV-02"),
    ("it_gift", "it", "insert", "Lascia una recensione e ricevi un buono regalo.", "REV-02"),
    ("ja_gift", "ja", "insert", "レビュー投稿でAmazonギフト券500円分プレゼント", "REV-02"),
    ("zh_gift", "zh", "insert", "好评返现5美元,联系客服领取。", "REV-02"),
    ("en_gate", "en", "insert", "If you're happy with it, please review us on Amazon.", "REV-03"),
    (
        "de_gate",
        "de",
        "insert",
        "Wenn Sie zufrieden sind, freuen wir uns über Ihre Bewertung.",
        "REV-03",
    ),
    ("fr_gate", "fr", "insert", "Si vous êtes satisfait, laissez un avis sur Amazon.", "REV-03"),
    ("es_gate", "es", "insert", "Si está satisfecho, déjenos una reseña.", "REV-03"),
    ("it_gate", "it", "insert", "Se sei soddisfatto, lascia una recensione.", "REV-03"),
    (
        "ja_gate",
        "ja",
        "insert",
        "ご満足いただけましたら、ぜひレビューをお願いいたします。",
        "REV-03",
    ),
    ("zh_gate", "zh", "insert", "如果您满意,请给我们评价。", "REV-03"),
    ("en_first", "en", "insert", "Problem? Contact us before leaving a negative review!", "REV-04"),
    (
        "de_first",
        "de",
        "insert",
        "Kontaktieren Sie uns, bevor Sie eine negative Bewertung schreiben.",
        "REV-04",
    ),
    ("fr_first", "fr", "insert", "Contactez-nous avant de laisser un avis négatif.", "REV-04"),
    ("es_first", "es", "insert", "Contáctenos antes de dejar una reseña negativa.", "REV-04"),
    ("it_first", "it", "insert", "Contattaci prima di lasciare una recensione negativa.", "REV-04"),
    ("ja_first", "ja", "insert", "低評価をつける前に、まずはご連絡ください。", "REV-04"),
    ("zh_first", "zh", "insert", "如有问题请在给差评之前联系我们。", "REV-04"),
    ("en_change", "en", "amazon_message", "Could you update your review now?", "REV-05"),
    ("de_change", "de", "amazon_message", "Könnten Sie Ihre Bewertung ändern?", "REV-05"),
    ("fr_change", "fr", "amazon_message", "Pourriez-vous supprimer votre avis ?", "REV-05"),
    ("es_change", "es", "amazon_message", "¿Podría eliminar su reseña?", "REV-05"),
    ("it_change", "it", "amazon_message", "Potresti modificare la tua recensione?", "REV-05"),
    ("ja_change", "ja", "amazon_message", "レビューを削除していただけますか。", "REV-05"),
    ("zh_change", "zh", "amazon_message", "能否请您修改评价?", "REV-05"),
    ("en_dictate", "en", "insert", "In your review, mention how fast it charges!", "REV-06"),
    ("en_remind", "en", "amazon_message", "Did you forget to review your kettle?", "REV-07"),
    ("en_resolved", "en", "email", "Glad we fixed it! Would you leave us a review?", "REV-09"),
    ("en_buy", "en", "insert", "Buy directly from our website and save.", "DIV-01"),
    ("de_buy", "de", "insert", "Bestellen Sie direkt in unserem Onlineshop.", "DIV-01"),
    ("fr_buy", "fr", "insert", "Achetez directement sur notre site.", "DIV-01"),
    ("es_buy", "es", "insert", "Compre directamente en nuestra tienda online.", "DIV-01"),
    ("it_buy", "it", "insert", "Acquista direttamente sul nostro sito.", "DIV-01"),
    ("ja_buy", "ja", "insert", "公式サイトでご購入いただくとお得です。", "DIV-01"),
    ("zh_buy", "zh", "insert", "配件请到官网购买。", "DIV-01"),
    ("en_code", "en", "insert", "Use code THANKS15 for 15% off your next order.", "DIV-02"),
    ("de_code", "de", "insert", "Ihr Rabattcode: DANKE15", "DIV-02"),
    ("ja_code", "ja", "insert", "次回使える10%オフクーポン", "DIV-02"),
    ("zh_code", "zh", "insert", "领取优惠券。", "DIV-02"),
    ("en_url_bsm", "en", "amazon_message", "Download the manual at brand-help.com/x1", "DIV-03"),
    ("en_mail_bsm", "en", "amazon_message", "Email me at service@brand.com", "DIV-04"),
    ("zh_wechat_bsm", "zh", "amazon_message", "请加微信 abc123 联系我们。", "DIV-04"),
    ("en_club", "en", "insert", "Join our VIP club for early access!", "DIV-05"),
    ("de_follow", "de", "insert", "Folgen Sie uns auf Instagram!", "DIV-05"),
    ("en_noreturn", "en", "insert", "Don't return it to Amazon - contact us.", "DIV-06"),
    ("de_noreturn", "de", "insert", "Bitte senden Sie es nicht über Amazon zurück.", "DIV-06"),
    ("fr_noreturn", "fr", "insert", "Ne le retournez pas sur Amazon.", "DIV-06"),
    ("es_noreturn", "es", "insert", "No lo devuelva a Amazon.", "DIV-06"),
    ("it_noreturn", "it", "insert", "Non restituirlo ad Amazon.", "DIV-06"),
    ("ja_noreturn", "ja", "insert", "Amazonに返品せず、弊社にご連絡ください。", "DIV-06"),
    ("zh_noreturn", "zh", "insert", "请不要在亚马逊退货。", "DIV-06"),
    ("en_paypal", "en", "email", "We'll refund you on PayPal.", "DIV-07"),
    ("zh_alipay", "zh", "email", "我们通过支付宝给您退款。", "DIV-07"),
    ("en_warranty", "en", "insert", "Leave a review to unlock an extended warranty.", "WAR-01"),
    (
        "en_thanks_only",
        "en",
        "amazon_message",
        "Thanks for your order! We're here to help.",
        "MSG-01",
    ),
    (
        "es_thanks_only",
        "es",
        "amazon_message",
        "Gracias por su pedido. ¡Que lo disfrute!",
        "MSG-01",
    ),
    ("en_shipped", "en", "amazon_message", "Good news: your order has shipped!", "MSG-01"),
    ("en_important", "en", "amazon_message", "[Important] Please leave a review!", "MSG-02"),
    ("en_catalogue", "en", "amazon_message", "See the attached catalogue for our range.", "MSG-06"),
    ("en_phone", "en", "amazon_message", "Please send your phone number.", "MSG-07"),
    ("de_phone", "de", "amazon_message", "Bitte senden Sie uns Ihre Telefonnummer.", "MSG-07"),
    ("ja_phone", "ja", "amazon_message", "電話番号を教えてください。", "MSG-07"),
    ("en_threat", "en", "email", "Our lawyer will take legal action.", "MSG-09"),
    ("en_amazon", "en", "help_center", "Amazon Official Support for your plug", "CLM-01"),
    (
        "en_outside_ai",
        "en",
        "help_center",
        "Every message you send us goes to a third-party AI assistant, contact details included.",
        "PII-03",
    ),
    (
        "en_late_ask",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567 arrived three months ago; could you review it on Amazon?",
        "REV-08",
    ),
    (
        "en_fba_tips",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567 was fulfilled by Amazon, so here are three tips for your kettle.",
        "MSG-04",
    ),
    (
        "en_order_data",
        "en",
        "email",
        "We used the address from your Amazon order to mail you our new catalogue.",
        "PII-02",
    ),
    ("en_form", "en", "form", "Name, Email, Phone. [Submit]", "GDPR-01"),
    ("en_ticked", "en", "form", "☑ I agree to receive offers (required)", "GDPR-02"),
    ("en_birth", "en", "form", "Date of birth (required). Privacy notice below.", "GDPR-03"),
    ("en_forever", "en", "help_center", "We keep your data forever.", "GDPR-04"),
    ("en_china", "en", "help_center", "Your data is stored on servers in China.", "GDPR-05"),
    (
        "en_cookies",
        "en",
        "help_center",
        "By continuing to browse you accept tracking cookies.",
        "GDPR-06",
    ),
]

# Compliant texts that share words with the rules: none may be flagged.
INNOCENT = [
    ("en_review_guide", "en", "insert", "Please review the setup guide before first use."),
    ("en_we_review", "en", "help_center", "We review every return to improve the product."),
    (
        "en_neutral",
        "en",
        "insert",
        "Whatever your experience, you're welcome to review it on Amazon.",
    ),
    ("en_feel_free", "en", "insert", "Feel free to share your honest experience on Amazon."),
    (
        "en_free_part",
        "en",
        "amazon_message",
        "Sorry it arrived damaged: a free replacement ships today.",
    ),
    (
        "en_never",
        "en",
        "help_center",
        "We never offer gifts for reviews and never ask you to change one.",
    ),
    (
        "en_refund_amazon",
        "en",
        "email",
        "Your refund is handled by Amazon once the return arrives.",
    ),
    (
        "en_rating_power",
        "en",
        "help_center",
        "Power rating 1200 W; 5-star energy rating in the EU.",
    ),
    ("en_url_insert", "en", "insert", "Setup videos: brand-help.example/x1 (scan the QR code)."),
    ("en_return_amazon", "en", "insert", "You can return it through Amazon at any time."),
    ("de_safety", "de", "help_center", "Die Bewertung der Sicherheit erfolgte durch den TÜV."),
    ("de_neutral", "de", "insert", "Teilen Sie gern Ihre ehrliche Erfahrung auf Amazon."),
    ("de_never", "de", "email", "Wir bitten Sie nie darum, eine Bewertung zu ändern."),
    ("fr_notice", "fr", "help_center", "Lisez l'avis de sécurité avant utilisation."),
    (
        "fr_neutral",
        "fr",
        "insert",
        "Votre avis sincère, positif ou négatif, aide les autres clients.",
    ),
    ("es_check", "es", "help_center", "Revisamos cada devolución para mejorar el producto."),
    (
        "it_safety",
        "it",
        "help_center",
        "La valutazione della sicurezza è stata eseguita da un laboratorio.",
    ),
    ("ja_design_review", "ja", "help_center", "設計レビューで安全性を確認しています。"),
    ("ja_video", "ja", "insert", "使い方のレビュー動画はQRコードからご覧いただけます。"),
    ("ja_neutral", "ja", "insert", "率直なご感想をAmazonでお寄せいただけると幸いです。"),
    ("zh_assess", "zh", "help_center", "本产品已通过第三方安全评估。"),
    ("zh_neutral", "zh", "insert", "无论体验好坏,都欢迎您在亚马逊上分享真实的评价。"),
    ("en_bsm_question", "en", "amazon_message", "Could you tell us which step of the setup fails?"),
    (
        "en_form_ok",
        "en",
        "form",
        "Name and e-mail are used only for your claim. Privacy notice: see below.",
    ),
]


@pytest.mark.parametrize(("_case", "lang", "channel", "text", "rule"), VIOLATIONS)
def test_violation_is_reported_with_its_rule(
    _case: str, lang: str, channel: str, text: str, rule: str
) -> None:
    findings = check_text(text, lang=lang, channel=channel)
    assert rule in {f.rule for f in findings}
    assert is_flagged(findings)


@pytest.mark.parametrize(("_case", "lang", "channel", "text"), INNOCENT)
def test_innocent_text_is_not_flagged(_case: str, lang: str, channel: str, text: str) -> None:
    findings = check_text(text, lang=lang, channel=channel)
    assert [f for f in findings if f.severity is not Severity.INFO] == []


def test_violations_cover_every_text_rule_and_language() -> None:
    covered = {rule for *_, rule in VIOLATIONS}
    # MSG-08 (no order id) is info only: it never flags a text on its own.
    assert covered == {rule.id for rule in RULES} - {"MSG-08"}
    for rule in ("REV-01", "REV-02", "REV-03", "REV-04", "REV-05", "DIV-01", "DIV-06"):
        langs = {lang for _, lang, _, _, r in VIOLATIONS if r == rule}
        assert langs == {"en", "de", "fr", "es", "it", "ja", "zh"}, rule


def test_offsets_point_into_the_original_text_even_after_normalisation() -> None:
    # Full-width letters and an emoji variation selector are normalised for matching only.
    text = "ご購入ありがとう。\u2b50\ufe0f\u2b50\ufe0f\u2b50\ufe0f！ＦＩＶＥ-STAR　ＲＥＶＩＥＷ please!"
    findings = check_text(text, lang="en", channel="insert")
    rev01 = [f for f in findings if f.rule == "REV-01"]
    assert rev01
    for finding in findings:
        assert text[finding.start : finding.end] == finding.span
    assert [f.span for f in rev01] == [
        "\u2b50\ufe0f\u2b50\ufe0f\u2b50",
        "ＦＩＶＥ-STAR　ＲＥＶＩＥＷ",
    ]


def test_severity_depends_on_the_channel() -> None:
    coupon = "Use code THANKS15 for 15% off."
    assert {f.severity for f in check_text(coupon, "en", "insert")} == {Severity.ERROR}
    assert {f.severity for f in check_text(coupon, "en", "help_center")} == {Severity.WARNING}
    link = "The manual is at brand-help.com/x1."
    assert check_text(link, "en", "insert") == []
    assert [f.rule for f in check_text(link, "en", "amazon_message") if f.severity == "error"] == [
        "DIV-03"
    ]


def test_neutral_review_request_is_allowed_but_gated_one_is_not() -> None:
    neutral = "Your order has arrived. If you have a moment, you can leave a review on Amazon."
    gated = "If you love it, leave a review; if not, contact us."
    assert not is_flagged(check_text(neutral, "en", "amazon_message"))
    assert has_errors(check_text(gated, "en", "amazon_message"))


def test_auto_language_finds_each_block_of_a_multilingual_insert() -> None:
    text = (
        "Thank you for choosing us.\n"
        "Laissez un avis et recevez une carte cadeau de 10 euros.\n"
        "Scannen Sie den QR-Code für die Anleitung."
    )
    findings = check_text(text, lang="auto", channel="insert")
    assert [f.rule for f in findings] == ["REV-02"]
    assert findings[0].span.startswith("recevez une carte cadeau")


def test_missing_order_id_is_only_info() -> None:
    findings = check_text("Could you tell us which light blinks?", "en", "amazon_message")
    assert [(f.rule, f.severity) for f in findings] == [("MSG-08", Severity.INFO)]
    with_id = "Order 113-4829301-7750211: could you tell us which light blinks?"
    assert check_text(with_id, "en", "amazon_message") == []


def test_messages_and_hints_exist_in_both_languages() -> None:
    finding = check_text("Write a review and get a free gift.", "en", output_lang="zh")[0]
    rule = find_rule(finding.rule)
    assert rule is not None
    assert finding.message == rule.why_zh and finding.hint == rule.hint_zh
    assert all(r.why_en and r.why_zh and r.hint_en and r.hint_zh for r in RULES)


def test_unknown_channel_or_language_is_one_clear_error() -> None:
    with pytest.raises(UserError, match="'sms' is not a channel"):
        check_text("hello", "en", "sms")
    with pytest.raises(UserError, match="'pt' is not a text language"):
        check_text("olá", "pt", Channel.INSERT)


def test_every_rule_is_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "policy.md").read_text(encoding="utf-8")
    assert [rule.id for rule in RULES if f"`{rule.id}`" not in doc] == []


@pytest.mark.parametrize(
    ("_case", "text"),
    [
        ("own_review", "I'll update this review if it ever works."),
        ("out_of_five", "I give it 3 out of 5 stars for the look."),
        ("gluten_free", "A gluten free mix; other reviews agree it tastes fine."),
        ("amazon_link", "I buy everything from Amazon.com."),
    ],
)
def test_talk_about_reviews_is_not_solicitation(_case: str, text: str) -> None:
    assert not is_flagged(check_text(text, "en", "insert"))


def test_contact_us_first_alone_needs_sign_off_and_with_a_review_is_blocked() -> None:
    alone = check_text("Something missing? Contact us first.", "en", "insert")
    assert [(f.rule, f.severity) for f in alone] == [("REV-04", Severity.WARNING)]
    with_review = check_text("Contact us first, then leave a review.", "en", "insert")
    assert [(f.rule, f.severity) for f in with_review] == [("REV-04", Severity.ERROR)]


def test_negation_under_a_condition_does_not_clear_the_ask() -> None:
    text = "We won't process your claim unless you update your review."
    assert "REV-05" in {f.rule for f in check_text(text, "en", "email")}
    polite = "評価を変えていただけないでしょうか。"
    assert "REV-05" in {f.rule for f in check_text(polite, "ja", "amazon_message")}


def test_asking_for_an_email_address_is_diversion_in_messages_only() -> None:
    ask = "Please send us your e-mail address so we can reply faster."
    assert [f.rule for f in check_text(ask, "en", "amazon_message") if f.rule != "MSG-08"] == [
        "DIV-04"
    ]
    field = "Your e-mail address (required) - used only to reply to you. See our privacy notice."
    assert check_text(field, "en", "form") == []


@pytest.mark.parametrize(("_case", "lang", "channel", "text", "rule"), VIOLATIONS)
def test_every_span_is_the_text_between_its_offsets(
    _case: str, lang: str, channel: str, text: str, rule: str
) -> None:
    for finding in check_text(text, lang=lang, channel=channel):
        assert text[finding.start : finding.end] == finding.span != ""


def test_dict_findings_fit_a_text_lang_channel_hook() -> None:
    from vocloop.policy import check_as_dicts

    found = check_as_dicts("Write a review and get a free gift.", "en", "insert")
    assert [(f["rule"], f["severity"]) for f in found] == [("REV-02", "error")]
    assert {"rule", "severity", "start", "end", "span", "message", "hint", "lang"} == set(found[0])


def test_every_shipped_draft_template_passes_the_checker() -> None:
    # The drafts are the checker's first customer: each template, filled with a buyer's words,
    # must come out clean in the channel the draft writer checks it in.
    from vocloop.actions.draft_templates import TEMPLATES
    from vocloop.actions.drafts import CHANNELS, DEFAULT_CHANNEL

    values = {"title": "Lumo X2 desk lamp", "issue": "the holes don't line up in step 4"}
    flagged = []
    for lang, kinds in TEMPLATES.items():
        for kind, template in kinds.items():
            text = template.format(cause="usage difficulty", **values)
            channel = CHANNELS.get(kind, DEFAULT_CHANNEL)
            if is_flagged(check_text(text, lang, channel)):
                flagged.append((lang, kind))
    assert len(TEMPLATES) == 7
    assert flagged == []
