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
]


@pytest.mark.parametrize(("lang", "channel", "text"), STILL_ASKS)
def test_ask_in_other_words_is_flagged(lang: str, channel: str, text: str) -> None:
    assert is_flagged(check_text(text, lang=lang, channel=channel, learned=False)), text


@pytest.mark.parametrize(("lang", "channel", "text"), NEIGHBOURS)
def test_neighbour_without_an_ask_stays_clean(lang: str, channel: str, text: str) -> None:
    assert not is_flagged(check_text(text, lang=lang, channel=channel)), text
