"""Stars that rate something other than the seller: a name, a legend, a reward chart, an object.

REV-01 fires on bare stars ("5 stars", "FIVE STAR", 五星) because on an insert they usually mean
"rate us". These readings clear such a hit only when its sentence ties it to nobody: no Amazon,
no "us", no product page, no please, no review word — and the stars are part of a product's name
("FIVE STAR BENTO SET", 《五星厨房》), a legend ("★ too dry · ★★ sticky · ★★★ perfect", "1 to 5
stars"), a child's reward chart ("collect 5 stars ... you're a Bento Champion") or things on the
wall ("5 estrellas fluorescentes").
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
# Words that tie stars to the seller, the listing or Amazon, or ask for something.
_LINKED = re.compile(
    r"amazon|亚马逊|アマゾン|(?<!let\s)(?<!contact\s)(?<!email\s)(?<!to\s)\bus\b|"
    r"\b(?:uns|nous|nos|ci|noi|unsere?\w*|notre|nuestr\w+|nostr\w+)\b|"
    r"我们|私たち|当店|弊社|\bour\s+(?:team|shop|store|brand|business|family|day|product)|"
    r"product\s+page|produktseite|page\s+(?:du\s+)?produit|página\s+del\s+producto|"
    r"pagina\s+(?:del\s+)?prodotto|商品ページ|商品页|listing|\bplease\b|\bbitte\b|s'il\s+vous|"
    r"por\s+favor|per\s+favore|请[^，。！？]{0,4}?(?:给|留|写|打|帮|分享)|ください|お願い|\b(?:give|leave|drop|tap|click|post|share|"
    r"tell)\s+(?:us|it|the\s+world)\b"
)
# Review words that ask for one; "rating" alone may name a scale ("a 1-5 star rating scale").
_REVIEW_ASKED = re.compile(
    r"review|feedback|bewertung|rezension|\bavis\b|commentaire|reseña|opini|recension|レビュー|"
    r"口コミ|感想|评价|评论|好评|点评"
)
_TIED = re.compile(
    r"amazon|亚马逊|アマゾン|\b(?:us|uns|nous|ci)\b|我们|私たち|当店|弊社|product\s+page|produktseite|"
    r"商品ページ|商品页|listing"
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
_NOT_A_NAME = re.compile(r"\s*(?:For|Or|And|On|Please|Rating|Review|Feedback|Is|Are|Would)\b")
# 五星 + a noun is a name (五星便当盒, 五星厨房); 五星 + 好评/的/支持, or after 给/打/留, rates.
_HAN = re.compile(r"[\u4e00-\u9fff]")
_ZH_NOT_NAME_AFTER = "好评的哦啊吧呀支鼓给满服"
_ZH_ASKED_BEFORE = "给打留个送"
# Two or more star counts, each with its own meaning, make a legend; so does "1 to 5 stars".
_STAR_ANY = re.compile(r"[★⭐☆]+")
_STAR_RUN = re.compile(r"([★⭐☆]+)\s*[:=]?\s*[^\W_]")
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
    r"colou?r\s+in|défi|coloriez|chaque\s+jour)\b|集齐|贴纸|シール|ごほうび"
)
# Stars you stick, hang or light ("5 estrellas fluorescentes", "glow-in-the-dark stars").
_OBJECT_STARS = re.compile(
    r"(?:stars?|étoiles|estrellas|stelle|sterne)\s+(?:fluo\w*|phospho\w*|lumin\w*|adhesiv\w*|"
    r"adhési\w*|adesiv\w*|glow\w*|leucht\w*|selbstklebend\w*|de\s+papel|en\s+bois|di\s+legno|"
    r"aus\s+holz|wooden|felt|paper|decals?)|glow[- ]in[- ]the[- ]dark\s+stars|夜光星|星星(?:灯|贴)"
)


def stars_elsewhere(normal: NormalText, hit: Hit) -> bool:
    """Whether a REV-01 hit is bare stars that rate something other than the seller."""
    if _REVIEW_WORD.search(normal.text, hit.start, hit.end):
        return False
    start, end = normal.sentences[normal.sentence_at(hit.start)]
    around = normal.text[start : hit.start] + " " + normal.text[hit.end : end]
    if _LINKED.search(around):
        return False
    if _is_name(normal, hit):
        return True
    # The sentence after a legend line may ask in plain words ("Love it? Review us on Amazon").
    index = normal.sentence_at(hit.start)
    window_end = normal.sentences[min(index + 1, len(normal.sentences) - 1)][1]
    after = normal.text[end:window_end]
    if _legend(normal.text) and not (_TIED.search(after) or _REVIEW_ASKED.search(around + after)):
        return True
    if _REVIEW_WORD.search(around):
        return False
    return bool(_OBJECT_STARS.search(normal.text, start, end) or rates_something_else(normal.text))


def _is_name(normal: NormalText, hit: Hit) -> bool:
    """Stars inside quotes, in capitals, title case before a name, or 五星 before a noun."""
    first, last = normal.original_span(hit.start, hit.end)
    original = normal.original
    line_start = original.rfind("\n", 0, first) + 1
    before = original[line_start:first]
    near = original[max(line_start, first - _NAME_CHARS) : first]
    for opening, closing in _QUOTED:
        opened = (
            before.count(opening) % 2 == 1
            if opening == closing
            else before.rfind(opening) > before.rfind(closing)
        )
        if opened and opening in near and closing in original[last : last + _NAME_CHARS]:
            return True
    words = original[first:last]
    if hit.detector.lang == "zh" or _HAN.search(words):
        after = original[last : last + 1]
        previous = original[first - 1 : first] if first else ""
        return bool(
            _HAN.match(after)
            and after not in _ZH_NOT_NAME_AFTER
            and not (previous and previous in _ZH_ASKED_BEFORE)
        )
    if any(c.isalpha() for c in words) and words.upper() == words:
        line_end = original.find("\n", last)
        line = original[line_start : line_end if line_end >= 0 else len(original)]
        return line.upper() != line  # capitals inside a normal line, not a shouted line
    if hit.detector.lang == "de" or not _TITLE_STARS.search(words):
        return False
    rest = original[last:]
    named_after = bool(_NAME_AFTER.match(rest)) and not _NOT_A_NAME.match(rest)
    # "Projecteur Lumivo Five Star :" names a product by its brand, mid-line.
    return named_after or bool(_BRAND_BEFORE.search(original, line_start + 1, first))


def rates_something_else(text: str) -> bool:
    """A whole text about a reward chart or a legend, tied to no seller, listing or review."""
    lowered = text.lower()
    if _LINKED.search(lowered) or _REVIEW_WORD.search(lowered):
        return False
    return _legend(lowered) or len(set(_REWARD_CHART.findall(lowered))) >= 2


def _legend(text: str) -> bool:
    """Star counts that each mean something ("★ = café turc / ★★★ = espresso"), or a scale."""
    runs = set(_STAR_ANY.findall(text))
    return len(set(_STAR_RUN.findall(text))) >= 2 or len(runs) >= 3 or bool(_SCALE.search(text))
