"""Round 24: asks that ride on an earlier contact or hide in other words, and their neighbours.

A rating that should "reflect" the fix, a reminder of an earlier ask, a survey that routes the
satisfied to Amazon, cover stretched for a review, early access for a review, a return kept off
the marketplace, money back on a payment app, a birth date in other words, a cheaper maker's shop.
"""

from __future__ import annotations

import pytest

from vocloop.policy import check_text, is_flagged

STILL_ASKS = [
    ("en", "amazon_message", "Now that it's fixed, it'd be great if your rating reflected that!"),
    ("en", "insert", "Review us on Amazon and we'll stretch your cover to three full years."),
    (
        "en",
        "insert",
        "Share your experience on our product page and get early access to new colours!",
    ),
    (
        "en",
        "amazon_message",
        "We wrote you last week asking for a review on Amazon — maybe you missed it?",
    ),
    ("en", "help_center", "4-5 stars → review us on Amazon! 1-3 stars → email support first."),
    ("en", "insert", "Don't send it back through Amazon, just message us for a refund."),
    (
        "de",
        "amazon_message",
        "Wir hatten Ihnen letzte Woche geschrieben und um eine Bewertung gebeten.",
    ),
    ("de", "insert", "Ersatzfilter gibt es direkt beim Hersteller viel günstiger – QR scannen."),
    ("fr", "insert", "Pensez à mettre toutes les étoiles sur Amazon 😉"),
    ("en", "amazon_message", "Please reply with your full address and the date you were born."),
    ("es", "form", "Para tramitar la garantía, primero deja tu reseña en Amazon y pega el enlace."),
    (
        "en",
        "help_center",
        "9-10: fantastic, click here to leave your review on Amazon! 0-6: tell us privately below.",
    ),
    ("zh", "amazon_message", "不知您能否给我们一个五星好评？"),
    ("en", "help_center", "Returning through us is quicker: fill in our form and we refund you."),
    (
        "de",
        "help_center",
        "Schicken Sie das Gerät lieber direkt an unser Lager, das geht schneller.",
    ),
    ("en", "email", "We opened a VIP account under your email, so you'll get our monthly deals."),
    ("en", "insert", 'Tip for your review: shoppers search for "leakproof" and "BPA-free".'),
    (
        "it",
        "insert",
        "Non sai cosa scrivere nella recensione? Ecco un'idea: «Perfetto!» — copia pure.",
    ),
    (
        "en",
        "amazon_message",
        "Hi! Our autumn planters just landed, have a look at our storefront. Order 114-2290381-5567310",
    ),
    ("fr", "insert", "Ne retournez pas le produit sur Amazon, écrivez-nous et on vous rembourse."),
    ("en", "insert", "Post a few words about it on Amazon and get 3 years of cover instead of 1."),
    ("en", "insert", "Something off with your lamp? Tell us, not the internet!"),
    ("en", "insert", "For every review on Amazon we donate $1 to the animal shelter."),
    (
        "en",
        "help_center",
        "Skip the Amazon return queue: message us and we'll refund you directly.",
    ),
    ("en", "amazon_message", "Just add us on the green chat app for faster help."),
    ("en", "help_center", "Your data is stored as long as we need it."),
    (
        "en",
        "amazon_message",
        "So glad it works now! It'd be great if your review told the whole story now.",
    ),
    (
        "en",
        "insert",
        "Posted your thoughts on the product page? Show us and we'll stretch your cover to 36 months.",
    ),
    (
        "en",
        "amazon_message",
        "We can send the value back outside the marketplace, just tell us which e-wallet you use.",
    ),
    (
        "en",
        "help_center",
        "No need to queue with the marketplace: open a case here and we refund you ourselves.",
    ),
    ("de", "insert", "Ersatzteile gibt's bei uns ohne Marktplatz-Aufschlag, einfach QR scannen."),
    (
        "es",
        "amazon_message",
        "Para no liarte, te pasamos el importe por Bizum; respóndenos con tu IBAN.",
    ),
    ("en", "insert", "🌟🌟🌟🌟🌟 is how most buyers rate us. You know where to put yours 😉"),
    ("en", "insert", "Happy? Tell Amazon! Not happy? Keep that between us and text our team."),
    (
        "en",
        "form",
        "Have you reviewed us yet? If not, please wait until we've fixed your issue before posting one.",
    ),
    (
        "en",
        "email",
        "Glad it works again! We've also added your email to our newsletter for monthly deals.",
    ),
    (
        "it",
        "amazon_message",
        "Ora che il ricambio funziona, le andrebbe di rivedere quello che ha scritto sulla pagina del prodotto?",
    ),
    (
        "fr",
        "amazon_message",
        "Suite à notre message de la semaine dernière : avez-vous pu partager votre ressenti sur la page du produit ?",
    ),
    ("en", "insert", "Post your review on Amazon to unlock our 3-year replacement warranty."),
    (
        "en",
        "insert",
        "Every honest Amazon story shared this month = one kit donated to a children's ward.",
    ),
    ("zh", "insert", "晒出您在亚马逊的评价截图，添加客服即可领取小礼品。"),
    (
        "de",
        "help_center",
        "Sie müssen sich nicht mit dem Amazon-Rückgabeprozess herumschlagen: wir überweisen direkt.",
    ),
    ("en", "insert", "Not happy? Don't tell the internet, tell us: scan the QR."),
    ("zh", "amazon_message", "换货已寄出，麻烦您再看看之前留下的那条评论是否还符合现在的情况。"),
    (
        "it",
        "amazon_message",
        "Ci farebbe davvero piacere se le stelline sulla pagina del prodotto raccontassero il lieto fine.",
    ),
    (
        "es",
        "amazon_message",
        "Te escribimos de nuevo por si nuestro mensaje anterior se perdió: ¿nos dejas tu reseña en Amazon?",
    ),
    (
        "en",
        "insert",
        "Tap five stars on your order page and the projector's bonus lens is yours, free.",
    ),
    ("en", "insert", "FIVE STARS PLEASE! Your review keeps our workshop going."),
    ("en", "insert", "Your Five Stars help us grow: leave them on Amazon!"),
    ("en", "amazon_message", "Add us on WhatsApp for faster help: +44 7700 900123."),
    ("ja", "insert", "気に入っていただけたら、★5の評価をお願いします。"),
    ("en", "amazon_message", "Share your photos with us on WhatsApp and we will check them."),
    ("en", "insert", "Join the Inner Lobby with your email: early access and member-only pricing."),
    (
        "en",
        "help_center",
        "Score 1-5: 4-5 awesome → Share on Amazon. 1-3 → open a ticket with us first.",
    ),
    (
        "fr",
        "help_center",
        "Vous avez aimé ? Oui → Laissez-nous un avis sur Amazon ! Non → écrivez-nous.",
    ),
    (
        "fr",
        "insert",
        "Chaque mois, on tire au sort un joueur parmi ceux qui ont laissé un avis sur Amazon.",
    ),
    ("zh", "amazon_message", "加一下我们工程师的V：abc_cs，视频指导更快。"),
    (
        "en",
        "amazon_message",
        "Thanks for your order! Have a peek at our new espresso cups while you wait.",
    ),
    (
        "de",
        "insert",
        "Teile deine Eindrücke auf der Amazon-Produktseite, dann schalten wir dir neue Keycaps frei.",
    ),
]

NEIGHBOURS = [
    ("en", "email", "Your rating reflects your own experience; we never ask anyone to change it."),
    (
        "en",
        "insert",
        "Register your product to make warranty claims faster; registration is optional.",
    ),
    ("en", "insert", "Maybe you missed it: the manual is in the lid."),
    (
        "en",
        "help_center",
        "Satisfied → nothing to do. Not satisfied → contact support via the form.",
    ),
    ("fr", "insert", "Vous êtes libre de donner de 1 à 5 étoiles : votre avis vous appartient."),
    (
        "es",
        "insert",
        "Las instrucciones están en la página del producto; escribe a soporte si algo falla.",
    ),
    (
        "en",
        "insert",
        "Your order has a 12-month warranty; we extend coverage to 24 months by law in the EU.",
    ),
    ("en", "insert", "Don't send it back through the post yourself: start the return on Amazon."),
    ("en", "insert", "Tip for setup: mention the model number when you contact support."),
    (
        "it",
        "amazon_message",
        "Il tuo portabici è in consegna oggi: ecco le istruzioni di montaggio che ci avevi chiesto.",
    ),
    (
        "de",
        "help_center",
        "Bewertungen spiegeln die Erfahrung der Kunden wider; wir nehmen keinen Einfluss darauf.",
    ),
    ("de", "insert", "Rücksendungen über Amazon sind jederzeit möglich."),
    (
        "en",
        "form",
        "The date you were born is not needed for warranty claims; only the order number.",
    ),
    (
        "en",
        "amazon_message",
        "Coupons are applied by Amazon at checkout; we cannot see or change them.",
    ),
    ("it", "insert", "Per il caffè: un'estrazione di 25 secondi dà la crema migliore."),
    (
        "es",
        "amazon_message",
        "Gracias por tu mensaje. La funda encaja si tu móvil es el modelo con triple cámara.",
    ),
    (
        "en",
        "form",
        "Warranty claims: first send us a photo of the serial number, then we ship the part.",
    ),
    ("en", "help_center", "9–10: thank you! 0–8: tell us what to improve in the form below."),
    ("zh", "insert", "不知道如何安装？请看说明书第3页。"),
    ("en", "insert", "Questions about setup? Tell us, we're happy to help."),
    ("en", "insert", "Skip the queue at the hardware store: spare O-rings are in the box."),
    ("en", "help_center", "Support tickets are kept for 12 months and then deleted."),
    ("en", "insert", "For every order we ship, we plant a tree with our partner."),
    ("en", "insert", "Tear the washi tape into mini coupons for family chores or gift tags."),
    (
        "en",
        "help_center",
        "Refunds are handled by Amazon; paying you back outside the marketplace is not something we do.",
    ),
    ("en", "email", "We would never add your email to a newsletter without asking you first."),
    ("en", "insert", "Without the box, the lamp weighs 1.2 kg."),
    (
        "de",
        "email",
        "Wir haben Sie nicht in unseren Newsletter eingetragen; Ihre Adresse nutzen wir nur für diese Lieferung.",
    ),
    (
        "en",
        "insert",
        "Press twice to project five stars onto the ceiling; it switches off after 30 minutes.",
    ),
    (
        "ja",
        "insert",
        "当社はレビューと引き換えに割引やプレゼントを差し上げることは一切ありません。",
    ),
    (
        "en",
        "amazon_message",
        "We aren't able to send discount codes through Amazon messages; the size chart is attached.",
    ),
    (
        "en",
        "insert",
        "Party game: cut out the pirate coupons and hand them to your guests, each buys one dig in the sandbox.",
    ),
    ("en", "insert", "Your Five Star comes with a 12-month warranty; the manual is in the lid."),
    (
        "en",
        "insert",
        "FIVE STAR GRILL SET / 3 tools, 1 apron, 1 brush. Oil the grate before first use.",
    ),
    (
        "en",
        "amazon_message",
        "Yes, the dash cam app can share clips: tap Share and pick WhatsApp or email.",
    ),
    (
        "es",
        "amazon_message",
        "El cupón que aplicaste lo gestiona Amazon al pagar; nosotros no podemos verlo.",
    ),
    (
        "en",
        "help_center",
        "We never ask for a particular star rating: every honest review, 1★ or 5★, is welcome.",
    ),
    (
        "ja",
        "insert",
        "研磨パッド：★ 仕上げ用 ★★ 研磨用 ★★★ 粗目用。まずは★の少ないパッドからお試しください。",
    ),
    ("it", "insert", "Gioco: trova le 5 stelle nascoste nel disegno! Soluzione nella scatola."),
    ("en", "insert", "Glide Pad lab test: Speed 4/5, Control 5/5. Rinse with lukewarm water."),
    (
        "fr",
        "help_center",
        "Un souci ? Non → contactez-nous ; les retours se font sur Amazon, dans Mes commandes.",
    ),
]


@pytest.mark.parametrize(("lang", "channel", "text"), STILL_ASKS)
def test_ask_in_other_words_is_flagged(lang: str, channel: str, text: str) -> None:
    assert is_flagged(check_text(text, lang=lang, channel=channel, learned=False)), text


@pytest.mark.parametrize(("lang", "channel", "text"), NEIGHBOURS)
def test_neighbour_without_an_ask_stays_clean(lang: str, channel: str, text: str) -> None:
    assert not is_flagged(check_text(text, lang=lang, channel=channel)), text
