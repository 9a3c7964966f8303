"""Stars that rate something other than the seller: a name, a legend, a level, a reward chart.

REV-01 fires on bare stars ("5 stars", "FIVE STAR", 五星) because on an insert they usually mean
"rate us". These readings clear such a hit only when its sentence ties it to nobody (no Amazon,
no "us", no listing, no order page, no please, no verb that gives stars, no "means the world")
and the hit itself sits inside the innocent structure: a product's name ("FIVE STAR BENTO SET",
《五星厨房》), the line of a legend ("★ too dry · ★★ sticky · ★★★ perfect", "1 to 5 stars"), a
level display ("★★★☆☆", "Difficulty: ★★★"), a child's reward chart with nothing given to the
product, or stars stuck on a wall. A newcomer's review (round 27) showed how each reading can
hide an ask when it reaches beyond the hit; the tests in tests/policy keep those probes.
"""

from __future__ import annotations

import re

from vocloop.policy.matching import Hit
from vocloop.policy.normalize import NormalText

# What a hit must not contain to count as bare stars: a review word of any language.
_REVIEW_WORD = re.compile(
    r"review|rating|feedback|bewertung|rezension|\bavis\b|commentaire|\bnote\b|reseña|opini|"
    r"valoraci|calificaci|recension|valutazion|レビュー|評価|口コミ|感想|评价|评论|好评|点评"
)
# Words that tie stars to the seller, the listing or Amazon, or give them, or ask for them.
_LINKED = re.compile(
    r"amazon|亚马逊|アマゾン|\b(?:us|uns|nous|nos|ci|noi|unsere?\w*|notre|nuestr\w+|nostr\w+)\b|"
    r"我们|私たち|当店|弊社|小店|本店|\bour\b(?!\s+(?:own\s+)?(?:firmness|difficulty|spice|heat|"
    r"level|grading|scale))|product\s+page|produktseite|page\s+(?:du\s+)?produit|"
    r"página\s+del\s+producto|pagina\s+(?:del\s+)?prodotto|商品ページ|商品页|listing|marketplace|"
    r"orders?\s+page|your\s+orders|\bplease\b|\bbitte\b|s'il\s+vous|por\s+favor|per\s+favore|"
    r"请[^，。！？]{0,4}?(?:给|留|写|打|帮|分享|点)|(?:評価|レビュー|星|★)[^。]{0,10}(?:ください|お願い)|"
    r"ページ|页面|\b(?:give|award|leave|"
    r"tap|drop|grant|click|light\s+up|gib|geben|vergeb\w*|donnez|laissez|mettez|attribuez|dale|deja|"
    r"lascia|metti)\b|\brate\s+(?:us|it|this|our|the\s+(?:product|item)|your\s+(?:purchase|"
    r"order|product|item|experience))\b|给(?:我们|个|五星|好评|5星)|打(?:个|五星|5星|满分)|点亮|点个|"
    r"留个|つけ|押し|ポチ|励み|嬉し|助かり|鼓励|支持|\bmeans?\s+(?:a\s+lot|the\s+world|"
    r"everything)|\bmake\s+(?:our|my)\s+day|\bkeeps?\s+(?:\w+\s+){1,3}?going|\bwould\s+(?:make|"
    r"mean|help)|\blives?\s+on"
)
# Review words that ask for one; "rating" alone may name a scale ("a 1-5 star rating scale").
_REVIEW_ASKED = re.compile(
    r"review|feedback|bewertung|rezension|\bavis\b|commentaire|reseña|opini|recension|レビュー|"
    r"評価|口コミ|感想|评价|评论|好评|点评"
)
# A reward next to the stars: a legend line never promises one.
_REWARD = re.compile(
    r"\bfree\b|gift|gratis|gratuit|cadeau|regalo|geschenk|coupon|discount|refund|voucher|gutschein|"
    r"cupón|buono|\bprize|premio|\bprix\b|preis|抽奖|红包|返现|ギフト|プレゼント|ポイント|無料|免费|礼品"
)
# Stars given to the product or the brand ("5 Sterne für die Lampe", "give our lamp five stars").
_STARS_TO_PRODUCT = re.compile(
    r"(?:stars?|sterne|étoiles|estrellas|stelle)\s+(?:(?:for|für|à|a|alla|al)\s+(?:the|die|den|das|"
    r"la|le|el|lo|l'|our|this|unsere?\w*|notre|nuestr\w+|nostr\w+)|to\s+(?:our|this))\s*\w+|"
    r"\b(?:give|award|leave|tap|gib|gebt|vergib|donnez|laissez|dale|date|dai)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:five|5|cinq|cinco|cinque|fünf)\s*(?:stars?|étoiles|estrellas|stelle|"
    r"sterne)|(?:给|打)[^。，]{0,6}(?<![–\-~〜])(?:五|5)\s*(?:颗)?星|[★星]\s*5\s*を?つけ"
)
# A five-star review named in a game's text ("Una reseña de cinco estrellas te da una carta").
_FIVE_STAR_REVIEW = re.compile(
    r"(?:reviews?|reseñas?|avis|bewertung\w*|rezension\w*|recension\w*|レビュー|评价)\W+(?:\w+\W+){0,2}?"
    r"(?:5|five|cinq|cinco|cinque|fünf|五)\W*(?:stars?|étoiles|estrellas|stelle|sterne|星)|(?:5|five|"
    r"cinq|cinco|cinque|fünf)[- ]?(?:stars?|étoiles|estrellas|stelle|sterne)\w*\s+(?:review|avis|"
    r"reseña|bewertung|rezension|recensione)"
)
# What ties a whole text to the seller: Amazon, us, the listing, a review word, stars given.
# A half-empty row may still be an ask: "help us level up to the fifth star on Amazon".
_HALF_ASKED = re.compile(
    r"amazon|亚马逊|アマゾン|help\s+us|aidez-nous|helfen\s+sie\s+uns|ayúdanos|aiutaci|帮我们|listing|"
    r"product\s+page|fifth\s+star|cinquième\s+étoile|fünften\s+stern"
)
_TIED = re.compile(
    r"amazon|亚马逊|アマゾン|\b(?:us|uns|nous|ci)\b|我们|私たち|当店|弊社|小店|product\s+page|"
    r"produktseite|商品ページ|商品页|listing|marketplace"
)
_QUOTED = (
    ('"', '"'),
    ("“", "”"),
    ("‘", "’"),
    ("«", "»"),
    ("»", "«"),
    ("„", "“"),
    ("「", "」"),
    ("《", "》"),
    ("『", "』"),
)
_NAME_CHARS = 24  # a quoted name closes soon; a quoted review template does not
# A title-case star word followed by a capitalised word ("Five Star Groom Kit", "Cinque Stelle
# in Cucina"); German capitalises every noun, so there only capitals or quotes make a name.
_TITLE_STARS = re.compile(r"(?:Star|Stars|Étoiles?|Stelle|Estrellas?)\b")
_NAME_AFTER = re.compile(r"\s*(?:(?:en|in|de|di|del|della|du)\s+)?[A-ZÀ-Ý][\w'-]*")
_BRAND_BEFORE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:Give|Leave|Rate|Drop|Us|Our|Please)\b)[A-Z][\w-]+\s+$"
)
_NOT_A_NAME = re.compile(
    r"(?i)\s*(?:For|Or|And|On|Please|Rating|Review|Feedback|Is|Are|Would|Mean|Make|Keep|Help|From|"
    r"To|Give|Rate|When|If)\b"
)
# "Your Five Star comes with a warranty": a singular name after a determiner, used as a noun.
_DETERMINER_BEFORE = re.compile(r"\b(?:[Yy]our|[Tt]he|[Tt]his|[Oo]ur)\s+$")
# 五星 + a noun is a name (五星便当盒, 五星厨房); 五星 + 好评/的/支持, or after 给/打/留, rates.
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ZH_NOT_NAME_AFTER = "好评的哦啊吧呀支鼓给满服就是都也才"
_ZH_ASKED_BEFORE = "给打留个送亮点"
# Two or more star counts, each with its own meaning, make a legend; so does "1 to 5 stars".
_STAR_ANY = re.compile(r"[★⭐☆🌟]+")
# "Difficulty: ★★★☆☆", 「难度 ★★★☆☆」, a spice scale: stars that show a level.
_LEVEL = re.compile(
    r"difficult|dificultad|schwierigkeit|difficulté|difficoltà|难度|難易度|\blevel|nivel|livello|"
    r"niveau|stufe|辣度|spice|heat\s+level|firmness|härte"
)
_WORD_STARS = re.compile(
    r"((?:[一二三四五1-5]\s*颗?星|\b(?:one|two|three|four|five|[1-5])\s+stars?|[1-5]\s*(?:sterne?|"
    r"étoiles?|estrellas?|stelle))\s*[=:])"
)
_STAR_RUN = re.compile(r"([★⭐☆🌟]+)\s*[:=]?\s*[^\W_]")
_SCALE = re.compile(
    r"\b(?:one|1)\s+(?:star\s+)?to\s+(?:five|5)\s+stars?\b|\b1\s*[-–]\s*5[- ]star\b|"
    r"\b(?:from\s+|von\s+|de\s+|da\s+)?1\s*(?:to|à|a|bis|-|–|~)\s*[35]\s*(?:stars?|étoiles|"
    r"estrellas|stelle|sterne)\b|星\s*1\s*[〜~–-]\s*5|1\s*[〜~–-]\s*5\s*(?:颗星|つ星|個の星)"
)
# A child's or a pet's reward chart.
_REWARD_CHART = re.compile(
    r"\b(?:collect|earns?|in\s+a\s+row|stickers?|chart|champion|unlock|gold\s+stars?|"
    r"every\s+(?:finished|calm|lunch|page|session|day|night)|little\s+(?:ones|artist|chef)|"
    r"pup|puppy|kids?|child(?:ren)?|toddler|jeu|colle|gommettes?|autocollants?|calendrier|juego|"
    r"pegatinas?|gioco|adesivi|aufkleber|sammle|spiel|treats?|game|challenge|habit|every\s+day|"
    r"colou?r\s+in|défi|coloriez|chaque\s+jour|sammel\w*|kleb\w*|kästchen)\b|集齐|集满|贴纸|贴一颗|"
    r"奖励表|シール|ごほうび"
)
# Stars you stick, hang or light ("5 estrellas fluorescentes", "glow-in-the-dark stars").
_OBJECT_STARS = re.compile(
    r"(?:stars?|étoiles|estrellas|stelle|sterne)\s+(?:fluo\w*|phospho\w*|lumin\w*|adhesiv\w*|"
    r"adhési\w*|adesiv\w*|glow\w*|leucht\w*|selbstklebend\w*|de\s+papel|en\s+bois|di\s+legno|"
    r"aus\s+holz|wooden|felt|paper|decals?)|glow[- ]in[- ]the[- ]dark\s+stars|夜光星|星星(?:灯|贴)|"
    r"(?:project\w*|projection)[^.!?]{0,30}(?:stars?|étoiles)|(?:stars?|étoiles)[^.!?]{0,30}"
    r"(?:onto\s+the\s+ceiling|au\s+plafond|projection)|(?:riveted|engraved|embroidered|stitched)\s+"
    r"(?:\w+\s+)?stars|(?:estrellas|étoiles|stelle)\s+(?:grabadas|gravées|incise|brodées|ricamate)|"
    r"(?:messing)?sterne\w*\s+[^.!?]{0,40}(?:vernietet|eingraviert|bestickt)|つ星ステッチ|铆接的[^。]{0,6}星|"
    r"hidden\s+stars|stelle\s+nascoste|étoiles\s+cachées|estrellas\s+escondidas|versteckten?\s+sterne"
)


def stars_elsewhere(normal: NormalText, hit: Hit) -> bool:
    """Whether a REV-01 hit is bare stars that rate something other than the seller."""
    if _REVIEW_WORD.search(normal.text, hit.start, hit.end):
        return False
    index = normal.sentence_at(hit.start)
    start, end = normal.sentences[index]
    # "Difficulty ★★★☆☆" shows a level (three of five), even beside "our own scale".
    half_empty = normal.text[hit.start : hit.end + 2].rstrip().endswith("☆")
    asked = _HALF_ASKED.search(normal.text, start, end)
    if half_empty and _LEVEL.search(normal.text, start, end) and not asked:
        return True
    around = normal.text[start : hit.start] + " " + normal.text[hit.end : end]
    # A name may share its sentence with Amazon ("the Five Star Explorer ... your Amazon order").
    # "our Five Star Balm", "your Amazon order is your proof": no tie; "on Amazon" still is.
    plain = re.sub(
        r"\bour\b|amazon\s+(?:order|ordine|pedido|commande|bestellung)|d'ordine\s+amazon",
        " ",
        around,
    )
    if _is_name(normal, hit) and not _LINKED.search(plain):
        return True
    # Stars projected on a ceiling or stuck on a wall, with nothing promised or tied beside them.
    objects = _OBJECT_STARS.search(normal.text, start, end)
    untied = not _LINKED.search(re.sub(r"\btap\s+(?:the|it|once|twice)\b", " ", around))
    if objects and untied and not (_TIED.search(around) or _REWARD.search(around)):
        return True
    if _LINKED.search(around):
        return False
    if _REWARD.search(around) or _REVIEW_ASKED.search(around):
        return False
    # The line or sentence after a legend may ask ("4-5 stars → Awesome! Review us on Amazon").
    line_end = normal.text.find("\n", hit.end)
    after = normal.text[
        end : max(
            normal.sentences[min(index + 1, len(normal.sentences) - 1)][1],
            line_end if line_end >= 0 else end,
        )
    ]
    if _TIED.search(after) or _REVIEW_ASKED.search(after):
        return False
    if _LEVEL.search(around) or _in_legend_line(normal, hit) or _text_legend(normal.text):
        return True
    if _REVIEW_WORD.search(around):
        return False
    return rates_something_else(normal.text)


def _in_legend_line(normal: NormalText, hit: Hit) -> bool:
    """The hit is one entry of a legend or scale written on its own line or in its sentence."""
    line_start = normal.text.rfind("\n", 0, hit.start) + 1
    line_end = normal.text.find("\n", hit.end)
    line = normal.text[line_start : line_end if line_end >= 0 else len(normal.text)]
    if len(set(_STAR_RUN.findall(line))) >= 2 or len(set(_STAR_ANY.findall(line))) >= 3:
        return True
    if _SCALE.search(line) or len({" ".join(m.split()) for m in _WORD_STARS.findall(line)}) >= 2:
        return True
    # A legend over several lines: this line starts with its own count, and so do others.
    entry = re.compile(r"\s*(?:[-•·*]\s*)?(?:[★⭐☆]+|[一二三四五1-5]\s*颗?星)\s*[:=]?\s*[^\W_]")
    if not entry.match(line):
        return False
    return sum(1 for other in normal.text.split("\n") if entry.match(other)) >= 2


def _text_legend(text: str) -> bool:
    """Three or more different star counts, or two that each stand before their meaning."""
    return len(set(_STAR_ANY.findall(text))) >= 3 or len(set(_STAR_RUN.findall(text))) >= 2


def _is_name(normal: NormalText, hit: Hit) -> bool:
    """Stars in a quoted name, STAR in capitals, Title Case before a name, 五星 before a noun."""
    first, last = normal.original_span(hit.start, hit.end)
    original = normal.original
    words = original[first:last]
    line_start = original.rfind("\n", 0, first) + 1
    before = original[line_start:first]
    near = original[max(line_start, first - _NAME_CHARS) : first]
    title = bool(_TITLE_STARS.search(words)) or (
        words.upper() == words and _HAN.search(words) is None
    )
    for opening, closing in _QUOTED:
        opened = (
            before.count(opening) % 2 == 1
            if opening == closing
            else before.rfind(opening) > before.rfind(closing)
        )
        closes = original.find(closing, last, last + _NAME_CHARS)
        if not (opened and opening in near and closes >= 0):
            continue
        # A quoted name: written as one ("Five Star"), or stars and a noun (「5つ星シェフ」).
        inside = near[near.rfind(opening) + 1 :] + original[last:closes]
        alone = inside.strip() == ""  # the quotes hold the stars and nothing else
        cjk = _HAN.search(words) is not None or "つ星" in inside
        if title or alone or (cjk and len(inside.strip()) >= 2):
            return True
    if hit.detector.lang == "zh" or _HAN.search(words):
        after = original[last : last + 1]
        previous = original[first - 1 : first] if first else ""
        return bool(
            _HAN.match(after)
            and after not in _ZH_NOT_NAME_AFTER
            and not (previous and previous in _ZH_ASKED_BEFORE)
        )
    rest = original[last:]
    named_after = bool(_NAME_AFTER.match(rest)) and not _NOT_A_NAME.match(rest)
    singular = not words.lower().endswith("s")
    if any(c.isalpha() for c in words) and words.upper() == words:
        line_end = original.find("\n", last)
        line = original[line_start : line_end if line_end >= 0 else len(original)]
        # STAR in capitals inside a normal line names something, so does STAR before a noun in a
        # capitals title ("FIVE STAR OOLONG SAMPLER"); STARS alone may just shout.
        return (line.upper() != line and singular) or named_after
    if hit.detector.lang == "de" or not _TITLE_STARS.search(words):
        return False
    # "Projecteur Lumivo Five Star :" names a product by its brand, mid-line.
    branded = singular and bool(_BRAND_BEFORE.search(original, line_start + 1, first))
    as_noun = singular and bool(_DETERMINER_BEFORE.search(original, line_start, first))
    return named_after or branded or as_noun


def rates_something_else(text: str) -> bool:
    """A child's reward chart, tied to no seller and giving the product no stars."""
    lowered = text.lower()
    if stars_given_to_seller(lowered) or _REVIEW_WORD.search(lowered):
        return False
    return len(set(_REWARD_CHART.findall(lowered))) >= 2


def stars_given_to_seller(text: str) -> bool:
    """Whether the text ties stars to the seller anywhere: Amazon, us, the listing, stars given."""
    lowered = text.lower()
    return bool(
        _TIED.search(lowered)
        or _STARS_TO_PRODUCT.search(lowered)
        or _FIVE_STAR_REVIEW.search(lowered)
    )
