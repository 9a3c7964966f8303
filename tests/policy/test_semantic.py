"""The ideas behind the rules, in wordings the phrase lists never held: each must be caught, and
the innocent look-alikes next to them must stay clean (insert unless the case says otherwise)."""

from __future__ import annotations

import pytest

from vocloop.policy import check_text, is_flagged

CAUGHT = [
    ("en", "insert", "All fine? Amazon wants to hear it. Anything off? Ping us instead."),
    ("en", "insert", "Tell Amazon what you think and a little treat will find its way to you."),
    ("en", "insert", "Kindly keep complaints between us rather than Amazon."),
    ("en", "insert", "Our web shop sells the filters 20% cheaper: filtro-shop.com"),
    ("en", "insert", "5★ on Amazon? 😍 Go for it. 😡? Message our team first."),
    ("en", "amazon_message", "Find us on Line: @filtro_jp for faster help."),
    ("en", "amazon_message", "Write to help (at) filtro dot com if you prefer."),
    ("de", "insert", "Alles top? Ab zu Amazon. Nicht zufrieden? Erst uns schreiben, nicht Amazon."),
    ("de", "insert", "Filter sind auf filtro-shop.de 20 % billiger."),
    (
        "fr",
        "insert",
        "Tout va bien ? Direction Amazon. Un souci ? Écrivez-nous plutôt qu'à Amazon.",
    ),
    ("es", "insert", "¿Te ha convencido? Valóranos en Amazon y te regalamos un filtro."),
    ("it", "insert", "Ti è piaciuto? Valutaci su Amazon e ricevi in regalo un filtro."),
    ("ja", "insert", "気に入りましたか？Amazonでレビューを。お気に召さない場合は当店へ。"),
    ("ja", "insert", "Amazonへの返品は必要ありません。当店にご連絡ください。"),
    ("zh", "insert", "满意吗？去亚马逊写评价。不满意？请联系我们客服。"),
    ("zh", "insert", "在 filtro.cn 买滤芯便宜20%。"),
    ("zh", "email", "作为补偿，我们通过支付宝给您转20元，不用走亚马逊。"),
]
CLEAN = [
    (
        "en",
        "insert",
        "Feel free to contact us with any setup question; the guide is on the QR code.",
    ),
    ("en", "insert", "The star-shaped lamp has five small stars that glow for 30 minutes."),
    ("en", "insert", "We are an independent brand, not Amazon; returns go through Your Orders."),
    ("en", "email", "Your replacement ships free of charge; no need to send the old one back."),
    ("en", "help_center", "Can I change my review? Only you can, in your Amazon account."),
    ("en", "help_center", "Amazon checks every review before publishing it."),
    (
        "de",
        "help_center",
        "Kann ich meine Bewertung ändern? Nur Sie selbst, in Ihrem Amazon-Konto.",
    ),
    ("de", "insert", "Unsere Produkte gibt es ausschließlich bei Amazon."),
    ("fr", "insert", "Tous les avis sont les bienvenus sur Amazon, bons ou mauvais."),
    ("ja", "insert", "良いご意見も厳しいご意見も、Amazonでのレビューを歓迎いたします。"),
    ("zh", "insert", "无论好评还是差评，我们都欢迎您在亚马逊发表。"),
    ("zh", "help_center", "为什么看不到我的评价?亚马逊会在发布前审核评价,我们无法干预。"),
]


@pytest.mark.parametrize(("lang", "channel", "text"), CAUGHT)
def test_the_idea_is_caught_in_new_words(lang: str, channel: str, text: str) -> None:
    assert is_flagged(check_text(text, lang=lang, channel=channel)), text


@pytest.mark.parametrize(("lang", "channel", "text"), CLEAN)
def test_innocent_look_alikes_stay_clean(lang: str, channel: str, text: str) -> None:
    findings = check_text(text, lang=lang, channel=channel)
    assert not is_flagged(findings), [(f.rule, f.span) for f in findings]
