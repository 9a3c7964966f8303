"""A newcomer's review of rounds 23-26 (66 probes): look-alikes that still ask, and neighbours.

Each innocent reading added for stars (names, legends, levels, reward charts, games), coupons,
support pages, refusals and disowned cards had a probe written against it that still breaks
POLICY.md; each new detector (reflect, reminder, survey, veiled asks) had a compliant neighbour
it must leave alone. Before the fixes the checker missed all 45 asks and flagged 21 neighbours.
"""

from __future__ import annotations

import pytest

from vocloop.policy import check_text, is_flagged

STILL_ASKS = [
    ("en", "email", 'A quick "five stars" from you would mean the world to a tiny workshop.'),
    ("en", "insert", "Got a minute? FIVE STARS would make a small workshop very proud!"),
    ("en", "amazon_message", "Let us know with FIVE STARS — it keeps a small workshop going."),
    ("en", "insert", "Let us know how it went with FIVE STARS on your order page."),
    ("en", "insert", "Whisper it to us in FIVE STARS — a small workshop lives on them."),
    ("en", "insert", "Got a minute? Give Lumivo Five Stars on your Orders page."),
    (
        "en",
        "email",
        "If the lamp brightens your evenings, award Lumivo Five Stars when the marketplace emails you.",
    ),
    (
        "en",
        "insert",
        "★ meh · ★★★ fine · ★★★★★ brilliant\nThink it is brilliant? Then five stars on your order page, thank you!",
    ),
    (
        "en",
        "insert",
        "★ fine · ★★★ good · ★★★★★ love it\nTap ★★★★★ and a free gift is on its way to you.",
    ),
    (
        "en",
        "insert",
        "1 to 5 stars: which one is it? Five stars and a free refill pack ships to you next week.",
    ),
    (
        "en",
        "insert",
        "Give our lamp five stars and unlock a free bonus colouring page for the kids!",
    ),
    (
        "en",
        "insert",
        "Give our lamp five stars, send a screenshot, and the kids get a free glow sticker pack.",
    ),
    (
        "en",
        "insert",
        "Five stars mean a lot to us — and every little champion who collects them gets a free sticker sheet.",
    ),
    ("en", "insert", "Reorder filters and watch our setup videos at www.lumivo.com."),
    ("en", "insert", "Grab spare filters and watch the setup videos at lumivo.com."),
    ("en", "insert", "Family coupons inside: 20% off your next order with code FAMILY20."),
    (
        "en",
        "amazon_message",
        "Mini coupons inside: 10% off your next order at checkout with code MINI10.",
    ),
    (
        "en",
        "insert",
        "Coupons for family and friends: 15% off with code FRIENDS15 on your next purchase.",
    ),
    (
        "en",
        "insert",
        "Your chore coupons are enclosed - plus code LUMI15 gives 15% off your next purchase.",
    ),
    (
        "en",
        "email",
        "The old listing isn't ours anymore, so leave your review on the new one and we'll send you a $10 gift card.",
    ),
    (
        "de",
        "insert",
        "Ihr 10-€-Gutschein ist an keine bestimmte Bewertung geknüpft – Hauptsache, Sie bewerten uns auf Amazon.",
    ),
    (
        "de",
        "email",
        "Der Gutschein ist an keinerlei positive Bewertung gebunden; Sie erhalten ihn für jede Rezension auf Amazon.",
    ),
    (
        "de",
        "insert",
        "Sammle Aufkleber: 5 Sterne für die Lampe und Sie erhalten ein Geschenk gratis.",
    ),
    (
        "de",
        "insert",
        "Von 1 bis 5 Sterne: Fünf Sterne – und ein Gratis-Nachfüllpack ist unterwegs zu Ihnen.",
    ),
    (
        "fr",
        "insert",
        "Retroussez votre manche et laissez-nous 5 étoiles : un bon cadeau de 10 € pour chaque joueur qui participe !",
    ),
    (
        "fr",
        "insert",
        "Merci d'avoir joué ! Laissez-nous 5 étoiles sur Amazon et recevez gratuitement une extension. Fin de partie : le joueur avec le plus de points gagne.",
    ),
    (
        "fr",
        "insert",
        "Défi des enfants : collez la gommette, puis donnez cinq étoiles à la lampe et recevez un cadeau gratuit.",
    ),
    ("fr", "insert", "Tutoriels vidéo et recharges : commandez-les sur www.lumivo.fr."),
    (
        "fr",
        "insert",
        "Bons maison à découper : 15 % de réduction sur votre prochaine commande avec le code MAISON15.",
    ),
    (
        "es",
        "insert",
        "Juego para peques: dale cinco estrellas a la lámpara y recibe gratis pegatinas que brillan.",
    ),
    (
        "es",
        "email",
        "La tienda anterior no es nuestra: deja tu reseña en la nueva y te enviamos un cupón de 10 €.",
    ),
    ("es", "insert", "Recambios, tamaños e instrucciones: pídelos directamente en www.lumivo.es."),
    (
        "it",
        "insert",
        "Scrivi la tua recensione e partecipa all'estrazione di una macchina per espresso.",
    ),
    (
        "it",
        "insert",
        "Gioco per i bimbi: date cinque stelle alla lampada e ricevete adesivi in regalo.",
    ),
    (
        "ja",
        "insert",
        "お子さまと一緒にシールを集めよう！ ★5をつけてくれたら、ごほうびシールをプレゼント。",
    ),
    ("ja", "insert", "星1〜5で評価できます。星5をつけていただけると励みになります。"),
    ("ja", "insert", "星1〜5で選べます。星5の評価をつけていただけると励みになります。"),
    (
        "ja",
        "email",
        "★ まあまあ ★★★ 良い ★★★★★ 最高\n★★★★★の評価をつけていただけると励みになります。",
    ),
    ("ja", "amazon_message", "「星5」をポチッとしていただけると嬉しいです。"),
    ("ja", "insert", "星1〜5のどれでも結構ですが、★★★★★だと励みになります。ページ下部からどうぞ。"),
    ("ja", "insert", "説明書・動画・交換フィルターは公式サイト www.lumivo.jp で買えます。"),
    ("ja", "amazon_message", "次回使える10%オフクーポンをAmazonのメッセージでお送りします。"),
    ("zh", "insert", "收到宝贝后，点亮五星就是对小店最大的鼓励！"),
    ("zh", "insert", "每轮抽奖：给我们五星好评，即可获胜领取红包。"),
    ("zh", "insert", "说明书、视频和滤芯都在官网 www.lumivo.cn，滤芯直接去官网买更划算。"),
]

LEFT_ALONE = [
    (
        "en",
        "help_center",
        "Reviews written before March may not reflect the new hinge design, which fixes the squeak.",
    ),
    (
        "en",
        "help_center",
        "Ratings on Amazon reflect it honestly, and we read every one of them to improve the lamp.",
    ),
    (
        "fr",
        "help_center",
        "Les avis clients reflètent l'expérience de chacun ; nous ne demandons jamais de les modifier.",
    ),
    (
        "es",
        "help_center",
        "Las reseñas reflejan la experiencia real de cada comprador, por eso nunca pedimos cambiarlas.",
    ),
    (
        "it",
        "insert",
        "Le stelle sulla confezione rispecchiano il livello di difficoltà del puzzle.",
    ),
    ("es", "insert", "Las estrellas del embalaje reflejan el nivel de dificultad del puzle."),
    (
        "en",
        "help_center",
        "To use the warranty, please first review the troubleshooting steps in the manual.",
    ),
    (
        "fr",
        "help_center",
        "Pour toute question sur la garantie, consultez d'abord votre avis d'expédition et le numéro de série.",
    ),
    (
        "de",
        "help_center",
        "Garantieanspruch: Zuerst prüfen wir, dann folgt erst eine Bewertung des Schadens durch unseren Techniker.",
    ),
    (
        "en",
        "email",
        "We emailed you last week with the result of our review of your warranty claim; the new part ships today.",
    ),
    (
        "en",
        "help_center",
        "Customer survey results (internal)\nSatisfied: 82%, most mention Amazon delivery speed\nNot satisfied: 18%, mostly the cable length",
    ),
    ("ja", "help_center", "レビューにお名前やご住所などの個人情報を公開しないでください。"),
    ("zh", "help_center", "退款请通过亚马逊办理，我们不会私下处理任何退款。"),
    (
        "en",
        "help_center",
        "Your claim data is kept only as long as we need it to handle the claim (at most 24 months) and then deleted.",
    ),
    (
        "de",
        "help_center",
        "Für Kinderzimmer passen die Sternchen-Aufkleber in Gold besser zu hellen Wänden.",
    ),
    ("ja", "email", "先日いただいたご意見をもとに、取扱説明書の手順3を修正しました。"),
    ("zh", "email", "根据您之前留下的评论，我们修改了说明书第三步。"),
    (
        "en",
        "help_center",
        "For every review-related question, see Amazon's guidelines; separately, we donate 1% of all sales to reforestation.",
    ),
    (
        "en",
        "help_center",
        "We never offer gifts for reviews, but we do replace faulty parts free of charge.",
    ),
    (
        "de",
        "help_center",
        "Wir bieten keine Gutscheine für Bewertungen an, aber defekte Teile ersetzen wir natürlich gratis.",
    ),
    (
        "it",
        "help_center",
        "Non offriamo regali in cambio di recensioni, ma i ricambi difettosi sono gratuiti in garanzia.",
    ),
]


@pytest.mark.parametrize(("lang", "channel", "text"), STILL_ASKS)
def test_a_look_alike_that_still_asks_is_flagged(lang: str, channel: str, text: str) -> None:
    assert is_flagged(check_text(text, lang=lang, channel=channel, learned=False)), text


@pytest.mark.parametrize(("lang", "channel", "text"), LEFT_ALONE)
def test_a_compliant_neighbour_is_left_alone(lang: str, channel: str, text: str) -> None:
    assert not is_flagged(check_text(text, lang=lang, channel=channel)), text
