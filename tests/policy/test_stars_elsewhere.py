"""Stars that rate something other than the seller stay clean; stars asked for stay flagged.

Round 23's writers (fresh 69-72) used star names, legends, reward charts and game components;
each innocent reading here has neighbours that still ask, tested beside it.
"""

from __future__ import annotations

import pytest

from vocloop.policy import check_text, is_flagged

STARS_ELSEWHERE = [
    ("en", "insert", "FIVE STAR PICNIC SET — 4 plates, 4 cups, one insulated bag. Hand wash only."),
    ("en", "insert", "Five Star Trail Lamp by Nordlicht: charge it fully before the first hike."),
    ("en", "amazon_message", 'The "Five Star" in our balm\'s name refers to five plant oils.'),
    ("es", "insert", "Set de cocina FIVE STAR: el mango no va al lavavajillas."),
    ("zh", "insert", "五星烤盘套装：首次使用前请用温水清洗。"),
    ("zh", "insert", "《五星大厨》游戏说明：每轮评委给菜品打1-5颗星，集齐五星的玩家获胜。"),
    ("en", "insert", "Pancake guide: ★ pale · ★★ golden · ★★★ crisp. Most kids like ★★."),
    ("fr", "insert", "Notez votre pain de 1 à 5 étoiles pour trouver votre cuisson idéale."),
    (
        "en",
        "insert",
        "Potty chart: your toddler earns a sticker each dry night. 5 stars in a row = a treat!",
    ),
    (
        "en",
        "insert",
        "Collect a gold star for every finished puzzle page; 10 stars unlock the bonus maze.",
    ),
    ("es", "insert", "Pega las 8 estrellas fluorescentes en el techo del cuarto."),
    (
        "de",
        "insert",
        "Wer am Ende die meisten Sterne hat, gewinnt. Die Schlusswertung zählt 1 bis 5 Sterne.",
    ),
    ("en", "insert", "Setup videos and filter sizes are on our website: scan the code."),
    ("en", "insert", "Make-your-own coupon book: kids decorate blank coupons like 'one free hug'."),
    (
        "en",
        "email",
        "The arm is at its weight rating. If it still sags, we'll send a stronger spring free of "
        "charge.",
    ),
    ("de", "amazon_message", "Die Gratisprobe liegt bei; daran ist keinerlei Bewertung geknüpft."),
    (
        "en",
        "insert",
        "Brew guide: ★ light / ★★ medium / ★★★ dark roast. Please grind just before brewing.",
    ),
    (
        "fr",
        "insert",
        "Jeu du dodo : colle une étoile sur le calendrier après chaque nuit calme. 5 étoiles = une histoire en plus !",
    ),
    (
        "en",
        "amazon_message",
        'The "5 STAR" print on the black band marks its resistance level, not a rating. Let us know if anything is unclear.',
    ),
    ("en", "insert", "These stamps print one to five stars for your reading journal."),
    (
        "en",
        "insert",
        "STAR CHASE game: give them a point each time they catch the dot. 5 stars = treat time!",
    ),
    ("de", "insert", "Bewegungsmelder: Regler auf ★ = 2 m, ★★★ = 5 m Reichweite."),
    ("de", "insert", "Gürtel «5 Sterne» – Pflegehinweise: nur trocken abreiben."),
    (
        "en",
        "insert",
        "Named after the five riveted brass stars on the loop. Wipe them with a dry cloth.",
    ),
    (
        "es",
        "help_center",
        "¿Puedo usar un cupón? Los cupones de Amazon se aplican en el carrito; no podemos modificarlos.",
    ),
    (
        "en",
        "insert",
        "STARFISH TOSS - how to play: a ring on the centre earns 5 stars; first to 21 stars wins.",
    ),
]

STARS_ASKED = [
    ("en", "insert", "Five Star Bento — loved it? Give us five stars on Amazon!"),
    ("en", "insert", "FIVE STAR SERVICE. Please leave us 5 stars"),
    (
        "en",
        "insert",
        "Kids love our sticker chart! Collect 5 stars, and give us 5 stars on Amazon too",
    ),
    ("en", "insert", "Rate us: ★★★★★ loved it · ★★★ it's ok → email us first"),
    ("zh", "insert", "五星手工灯，喜欢的话请给五星哦"),
    ("en", "insert", "Five Star Mug. If you love it, 5 stars would make our day!"),
    ("en", "insert", "Your ⭐⭐⭐⭐⭐ keeps our little shop alive!"),
    ("en", "insert", 'Join our "Five Star" club: leave a review, get a gift card.'),
    ("en", "insert", "Happy with your Five Star Lamp? Leave 5 stars!"),
    (
        "en",
        "insert",
        "Troubleshooting videos are on our website, where spare parts are 20% cheaper.",
    ),
    ("en", "insert", "Coupon deck inside: 10% off your next order"),
    (
        "en",
        "insert",
        "Collect 5 stars to unlock a free gift: review us on Amazon, send a screenshot.",
    ),
    (
        "de",
        "insert",
        "An die Gratisprobe ist keine Bewertung geknüpft, aber über 5 Sterne freuen wir uns!",
    ),
    ("fr", "insert", "Cinq Étoiles en Cuisine : laissez-nous 5 étoiles sur Amazon !"),
    ("en", "insert", "Bestseller? Shout it out: ⭐⭐⭐⭐⭐ — every one helps us grow."),
    ("en", "insert", "★★★★★ Love it? Please review us on Amazon.\n★★ Not quite? Email us first."),
    ("fr", "insert", "Projecteur Lumivo Five Star : laissez-nous 5 étoiles sur Amazon !"),
    ("de", "insert", "«5 Sterne» wären toll, bewerten Sie uns auf Amazon!"),
    ("en", "insert", "Our riveted stars shine, and five stars on Amazon would make our day!"),
    ("en", "insert", "Can I use a coupon? Yes: code SAVE10 gives 10% off your next order."),
    (
        "en",
        "insert",
        "How to play: first to 5 stars wins. Leave us five stars on Amazon for a free pack!",
    ),
]


@pytest.mark.parametrize(("lang", "channel", "text"), STARS_ELSEWHERE)
def test_stars_that_rate_something_else_stay_clean(lang: str, channel: str, text: str) -> None:
    assert not is_flagged(check_text(text, lang=lang, channel=channel)), text


@pytest.mark.parametrize(("lang", "channel", "text"), STARS_ASKED)
def test_stars_asked_for_stay_flagged(lang: str, channel: str, text: str) -> None:
    assert is_flagged(check_text(text, lang=lang, channel=channel, learned=False)), text
