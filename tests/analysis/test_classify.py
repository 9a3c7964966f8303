"""The shipped classifier on texts written for these tests: safety, reason codes, languages."""

from __future__ import annotations

import pytest

from vocloop.analysis.classify import Classification, Classifier, find_safety_hazard
from vocloop.analysis.taxonomy import CODES, PRODUCT_CAUSES

SAFETY_TEXTS = {
    "en": [
        "The adapter started to smoke and smelled like burnt plastic.",
        "My puppy threw up twice after chewing these sticks.",
    ],
    "de": [
        "Der Wasserkocher hat Funken gesprüht, lebensgefährlich.",
        "Nach dem Eincremen bekam ich einen juckenden Ausschlag im Gesicht.",
    ],
    "fr": [
        "Le radiateur a dégagé une odeur de brûlé puis de la fumée.",
        "Ma fille s'est coupée sur le bord de la boîte en métal.",
    ],
    "es": [
        "La freidora soltó chispas y olía a quemado.",
        "Mi gata vomitó toda la noche después de probar esta comida.",
    ],
    "it": [
        "Il caricabatterie si è surriscaldato e ha fatto fumo.",
        "Dopo due giorni di crema ho avuto una reazione allergica.",
    ],
    "ja": [
        "電気毛布から焦げたにおいがして、煙が出ました。",
        "このフードを食べてから犬が下痢をしています。",
    ],
    "zh": ["充电宝充电时冒烟，差点着火。", "宝宝用了这个面霜后脸上过敏起疹子。"],
}

CLEAR_TEXTS = [
    (
        "en",
        "The package never showed up, tracking has been stuck for two weeks.",
        "shipping_delivery",
    ),
    ("en", "I received a blue kettle but I ordered the white one.", "wrong_item"),
    ("en", "The box came without the screws needed to put it together.", "missing_parts"),
    ("de", "Die Lieferung ist nie angekommen, das Paket ist verschollen.", "shipping_delivery"),
    ("de", "Die Hose ist mir viel zu eng, bitte eine Nummer größer nehmen.", "size_fit"),
    ("de", "Ich habe es aus Versehen bestellt und brauche es nicht.", "buyer_remorse"),
    ("fr", "J'ai reçu des chaussettes rouges alors que j'avais commandé des grises.", "wrong_item"),
    ("fr", "La robe est beaucoup trop petite, elle serre partout.", "size_fit"),
    ("fr", "Le colis n'est jamais arrivé chez moi.", "shipping_delivery"),
    ("es", "La funda no encaja en mi Samsung Galaxy, es de otro modelo.", "compatibility"),
    ("es", "Faltaban dos tornillos en la caja, no he podido montarlo.", "missing_parts"),
    ("es", "El pedido nunca llegó y nadie me da respuesta.", "shipping_delivery"),
    ("it", "Il pacco non è mai arrivato.", "shipping_delivery"),
    ("it", "Le scarpe sono troppo strette, prendete un numero in più.", "size_fit"),
    ("it", "Mancava il cavo di alimentazione nella scatola.", "missing_parts"),
    ("ja", "注文した色と違う商品が届きました。", "wrong_item"),
    ("ja", "荷物がまだ届きません。", "shipping_delivery"),
    ("ja", "説明書が分かりにくくて組み立てられません。", "usage_difficulty"),
    ("zh", "快递一直没送到。", "shipping_delivery"),
    ("zh", "鞋子太小了，挤脚。", "size_fit"),
    ("zh", "收到的颜色和订单不一样，发错货了。", "wrong_item"),
]


@pytest.mark.parametrize("lang", sorted(SAFETY_TEXTS))
def test_safety_texts_are_caught_in_every_language(classifier: Classifier, lang: str) -> None:
    results = classifier.classify(SAFETY_TEXTS[lang])
    assert [r.root_cause for r in results] == ["safety_concern"] * len(results)
    assert [r.lang for r in results] == [lang] * len(results)


def test_safety_wins_over_any_reason_code(classifier: Classifier) -> None:
    [result] = classifier.classify(
        ["Don't need it anymore, and the plug melted in the socket anyway."],
        reasons=["UNWANTED_ITEM"],
    )
    assert result.root_cause == "safety_concern"
    assert result.reason_cause == "buyer_remorse"


@pytest.mark.parametrize(
    ("_case", "text", "hazard"),
    [
        ("hypothetical", "The lid gets so hot it could burn a child.", True),
        ("negated", "No burning smell at all, it just stopped working.", False),
        ("harmless hot", "Way too much hot sauce flavour for my taste.", False),
        ("sick of", "I'm sick of cables that fray after a month.", False),
        ("funktioniert", "Funktioniert nicht mit meinem Monitor.", False),
        ("tailored cut", "Deutlich weiter geschnitten als erwartet.", False),
        ("power use", "Der Stromverbrauch ist viel zu hoch.", False),
        ("cup bottom", "Le fond de la tasse est rayé.", False),
        ("sparks", "Es kamen Funken aus dem Stecker.", True),
        ("cut myself", "Ich habe mich an der scharfen Kante geschnitten.", True),
        ("melted", "Le plastique a fondu près du câble.", True),
        ("small parts", "The rattle split open and the small beads spilled out.", True),
        ("blood sugar spike", "Hidden dextrose, it will spike your blood sugar.", True),
        ("blood sugar steady", "Great for keeping my blood sugar steady.", False),
        ("zh burnt smell", "电暖器用了一会儿就有焦糊味。", True),
        ("zh sharp knife", "刀很锋利，切菜好用。", False),
    ],
)
def test_safety_rule_negation_and_harmless_words(_case: str, text: str, hazard: bool) -> None:
    assert (find_safety_hazard(text) is not None) is hazard


@pytest.mark.parametrize(("lang", "text", "code"), CLEAR_TEXTS)
def test_clear_texts_get_the_right_code(
    classifier: Classifier, lang: str, text: str, code: str
) -> None:
    [result] = classifier.classify([text])
    assert (result.root_cause, result.lang) == (code, lang)


def test_defective_code_with_no_longer_needed_words_is_a_mismatch(classifier: Classifier) -> None:
    [result] = classifier.classify(["Works fine, I just no longer need it."], reasons=["DEFECTIVE"])
    assert result.text_cause == "buyer_remorse"
    assert result.reason_cause == "quality_defect"
    assert result.root_cause == "buyer_remorse"
    assert result.reason_mismatch == "seller_fault_code_buyer_remorse_words"


def test_remorse_code_with_product_problem_words_is_a_mismatch(classifier: Classifier) -> None:
    [result] = classifier.classify(["It broke after a day of use."], reasons=["UNWANTED_ITEM"])
    assert result.text_cause == "quality_defect"
    assert result.root_cause == "quality_defect"
    assert result.reason_mismatch == "remorse_code_product_problem_words"


def test_consistent_code_and_words_are_not_a_mismatch(classifier: Classifier) -> None:
    [result] = classifier.classify(["Stopped charging after a week."], reasons=["DEFECTIVE"])
    assert (result.root_cause, result.reason_mismatch) == ("quality_defect", None)


@pytest.mark.parametrize(
    "text",
    ["", "The screen cracked and it stopped working.", "Ich habe es mir anders überlegt.", "n/a"],
)
def test_undeliverable_code_never_yields_a_product_cause(classifier: Classifier, text: str) -> None:
    [result] = classifier.classify([text], reasons=["UNDELIVERABLE_REFUSED"])
    assert result.root_cause == "shipping_delivery"
    assert result.reason_cause == "shipping_delivery"
    assert result.root_cause not in PRODUCT_CAUSES
    assert result.root_cause_secondary is None


@pytest.mark.parametrize(
    ("reason", "cause"),
    [
        ("DEFECTIVE", "quality_defect"),
        ("APPAREL_TOO_SMALL", "size_fit"),
        ("SWITCHEROO", "wrong_item"),
        ("NEVER_ARRIVED", "shipping_delivery"),
        ("UNWANTED_ITEM", "buyer_remorse"),
    ],
)
def test_empty_text_with_a_code_gives_the_codes_cause(
    classifier: Classifier, reason: str, cause: str
) -> None:
    for text in ("", "   ", "n/a"):
        [result] = classifier.classify([text], reasons=[reason])
        assert result.root_cause == cause
        assert result.reason_cause == cause
        assert result.text_cause is None
        assert result.reason_mismatch is None


def test_empty_text_without_a_code(classifier: Classifier) -> None:
    [result] = classifier.classify([""])
    assert result == Classification("other", None, 1.0, None, None, None, None)


def test_unknown_reason_code_is_ignored(classifier: Classifier) -> None:
    [with_code] = classifier.classify(["Arrived two weeks late."], reasons=["NEW_CODE_2031"])
    [without] = classifier.classify(["Arrived two weeks late."])
    assert with_code == without
    assert with_code.reason_cause is None


def test_given_language_is_kept(classifier: Classifier) -> None:
    results = classifier.classify(["ok", "", "Der Akku hält nicht"], langs=["fr", "de", None])
    assert [r.lang for r in results] == ["fr", "de", "de"]


def test_classification_is_deterministic_and_batch_independent(classifier: Classifier) -> None:
    texts = [text for _, text, _ in CLEAR_TEXTS] + SAFETY_TEXTS["en"]
    first = classifier.classify(texts)
    second = classifier.classify(list(reversed(texts)))
    singles = [classifier.classify([text])[0] for text in texts]
    assert first == list(reversed(second))
    assert [(r.root_cause, r.text_cause, r.lang) for r in first] == [
        (r.root_cause, r.text_cause, r.lang) for r in singles
    ]
    assert [r.confidence for r in first] == pytest.approx(
        [r.confidence for r in singles], abs=0.002
    )


def test_results_are_well_formed(classifier: Classifier) -> None:
    results = classifier.classify(
        [text for _, text, _ in CLEAR_TEXTS], reasons=["DEFECTIVE"] * len(CLEAR_TEXTS)
    )
    assert len(results) == len(CLEAR_TEXTS)
    for result in results:
        assert result.root_cause in CODES
        assert result.root_cause_secondary is None or result.root_cause_secondary in CODES
        assert result.root_cause_secondary != result.root_cause
        assert 0.0 <= result.confidence <= 1.0
        assert round(result.confidence, 3) == result.confidence


def test_version_is_stable_and_named(classifier: Classifier) -> None:
    assert classifier.version.startswith("rootcause-")
    assert classifier.version == type(classifier)().version


def test_mismatched_batch_lengths_are_refused(classifier: Classifier) -> None:
    with pytest.raises(ValueError, match="reasons"):
        classifier.classify(["a", "b"], reasons=["DEFECTIVE"])


def test_colour_that_bled_in_the_wash_is_not_a_safety_complaint(classifier: Classifier) -> None:
    laundry = classifier.classify(
        ["Colour bled onto the rest of my laundry and the T-shirt faded."]
    )
    cut = classifier.classify(["I cut my finger on the sharp edge and it bled."])
    assert laundry[0].root_cause != "safety_concern"
    assert cut[0].root_cause == "safety_concern"
