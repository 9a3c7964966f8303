"""Round-3 detectors: ideas fresh text phrased in ways the first two rounds had not seen.

Each names an idea rather than a sentence: a price advantage next to an address off Amazon; stars
handed over as a gift ("drop us some stars", 「星5つで応援」); whoever reviews getting something
("reviewers get first dibs", 「写评价的顾客」); a return called unnecessary with a contact offered
instead; chat handles in Amazon messages; "follow @brand" for deals; liking asked as a question and
its negation routed elsewhere ("vous plaît ? ... ne vous plaît pas ?").
"""

from __future__ import annotations

from vocloop.policy.lexicon_diversion import OFF_AMAZON_URL
from vocloop.policy.lexicon_semantic import OWN_SHOP, US
from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import (
    ANY_OUTCOME,
    BENEFIT,
    CONTACT,
    HAPPY_IF,
    LANGS,
    OLD_PART,
    REVIEW,
    detector,
)

# A better price: "15 % billiger", 「15%お得」, "便宜15%", "cheaper", "save".
_PRICE_ADVANTAGE = (
    r"(?:\d+\s?%|\bcheaper\b|\bsave\b|\bless\b|billiger|günstiger|preiswerter|sparen|moins\s+ch|"
    r"économis|más\s+barat|ahorr|più\s+economic|meno\s+car|risparmi|お得|安く|割安|便宜|划算|优惠|"
    r"省)"
)
# Stars given as a present: "drop us some stars", "schenken Sie uns 5 Sterne", 「星5つで応援」.
_GIVE_STARS = {
    "en": r"\b(?:give|drop|leave|send|throw|gift|spare|award|hand)\s+us\s+(?:some|a\s+few|all|the|"
    r"your|full|\d|five|four)?\s*(?:\w+\s+)?stars?\b|\b(?:5|five)[- ]star\s+(?:customers|fans|"
    r"friends)",
    "de": r"\b(?:schenken\s+sie|geben\s+sie|schenk|gib|gebt)\s+uns\s+(?:\w+\s+){0,2}?(?:\d|fünf|"
    r"volle|"
    r"alle)?\s*sterne",
    "fr": r"\b(?:offr|donn|laiss|accord|mett)\w*-nous\s+(?:\w+\s+){0,2}?(?:\d|cinq|toutes\s+les)\s*"
    r"étoiles",
    "es": r"\b(?:regála|da|déja|pon)nos\s+(?:\w+\s+){0,2}?(?:\d|cinco|todas\s+las)\s*estrellas",
    "it": r"\b(?:regala|da|lascia|metti)ci\s+(?:\w+\s+){0,2}?(?:\d|cinque|tutte\s+le)\s*stelle",
    "ja": r"(?:星|★)\s?(?:5|５|五)(?:つ)?(?:で|を)(?:応援|つけ|付け|お願い)|(?:満点|"
    r"星5)(?:の評価)?で応援",
    "zh": r"(?:给我们|帮我们|请)(?:点|打|送)?(?:个|上)?(?:五|5)(?:个|颗)?星",
}
# Whoever reviews, gets: "reviewers", "jeder Rezensent", 「レビュアー」, 「写评价的顾客」.
_REVIEWER = {
    "en": r"\b(?:(?:every|all|our)\s+reviewers?|reviewers?\s+(?:get|receive|will|can|win|enjoy)|"
    r"everyone\s+who\s+(?:reviews|rates|posts))\b",
    "de": r"\b(?:rezensent\w*|bewerter\w*|jede[rn]?,?\s+(?:der|die)\s+(?:uns\s+)?bewertet)",
    "fr": r"\b(?:chaque\s+client\s+qui\s+(?:publie|laisse|donne)|ceux\s+qui\s+(?:notent|évaluent))",
    "es": r"\b(?:cada\s+cliente\s+que\s+(?:publique|deje|escriba)|quienes?\s+(?:opine|reseñe|"
    r"valore))",
    "it": r"\b(?:recensor[ei]|ogni\s+cliente\s+che\s+(?:pubblica|lascia|scrive)|"
    r"chi\s+(?:recensisce|"
    r"valuta))",
    "ja": r"(?:レビュアー|レビュー(?:を)?(?:投稿|書)(?:いただいた|した|された)(?:方|お客様))",
    "zh": r"(?:(?:发布|写|留)(?:了)?评价的(?:顾客|客户|买家|朋友)|评价过的(?:顾客|买家))",
}
# More rewards: "first dibs", "early access", "on us", "pick any accessory".
_MORE_BENEFIT = {
    "en": r"\b(?:first\s+dibs|early\s+access|priority\s+access|exclusive\s+access|vip\s+access|"
    r"(?:pick|choose)\s+(?:any|one|a\s+free)|(?<!rely\s)(?<!count\s)(?<!depend\s)on\s+us\s*[.!,]|"
    r"sent\s+free|for\s+nothing)",
    "de": r"(?:kostenlos|gratis|umsonst|vorab|exklusiv)",
    "fr": r"(?:gratuitement|en\s+avant-première|offert)",
    "es": r"(?:gratis|en\s+exclusiva|antes\s+que\s+nadie)",
    "it": r"(?:gratis|gratuitamente|in\s+anteprima)",
    "ja": r"(?:無料|先行|いち早く)",
    "zh": r"(?:免费|抢先|优先)",
}
# "Return? Not needed!" with a contact offered instead.
_RETURN_NOT_NEEDED = {
    "en": r"\breturns?\b[^.!?]{0,3}[?!.:,-]?\s*(?:not\s+needed|no\s+need|unnecessary|forget\s+it|"
    r"skip\s+it)",
    "de": r"(?:rücksendung|retoure|zurücksenden)\w*\s*[?!.:,-]?\s*(?:nicht\s+nötig|unnötig|"
    r"nicht\s+erforderlich|sparen\s+sie\s+sich)",
    "fr": r"(?:retour|renvoi)\w*\s*[?!.:,-]?\s*(?:pas\s+nécessaire|inutile|pas\s+besoin)",
    "es": r"(?:devolución|devolver)\w*\s*[?!.:,-]?\s*(?:no\s+hace\s+falta|innecesari|"
    r"no\s+es\s+necesari)",
    "it": r"(?:reso|restituzione|restituire)\w*\s*[?!.:,-]?\s*(?:non\s+serve|inutile|"
    r"non\s+è\s+necessari)",
    "ja": r"返品(?:は)?[?？!！、]?\s*(?:不要|必要ありません|いりません)",
    "zh": r"退货[?？!！,，]?\s*(?:不用|不需要|没必要)",
}
# "Follow @brand" / a social account for deals.
_FOLLOW_HANDLE = r"(?:follow|folgen?|suivez|s[íi]guenos|seguici|フォロー|关注)\w*\s*@[\w.]+"
_SOCIAL_DEAL = (
    r"(?:discount|deal|promo|coupon|offer|giveaway|rabatt|angebot|gutschein|gewinnspiel|réduction|"
    r"promo|offre|concours|descuento|oferta|sorteo|sconto|offerta|concorso|クーポン|割引|セール|"
    r"プレゼント|优惠|折扣|抽奖|\bwin\b|lucky|prize)"
)
# Liking asked as a question, and its negation as the other route.
_LIKE_QUESTION = {
    "en": r"\b(?:like|love|enjoy)\w*\s+(?:it|your\s+\w+|the\s+\w+)\s*\?",
    "de": r"\bgefällt\s+(?:es\s+)?(?:ihnen|dir|euch)\b[^.!?]{0,30}\?",
    "fr": r"\bvous\s+(?:plaît|a\s+plu|convient)\s*\?|\bsi\s+(?:\w+\s+){0,3}?(?:plu|plaît|convenu)",
    "es": r"¿\s*(?:te|le)\s+(?:gusta|gustó|ha\s+gustado|encanta)",
    "it": r"\b(?:ti|vi)\s+(?:piace|è\s+piaciut)\w*\b[^.!?]{0,30}\?",
    "ja": r"(?:お気に召し|気に入り|ご満足いただけ|満足いただけ)ましたか",
    "zh": r"(?:喜欢|满意)[^。？?]{0,8}(?:吗|么|嘛)",
}
_NOT_LIKE = {
    "en": r"\b(?:don'?t|do\s+not|didn'?t)\s+(?:like|love|enjoy)|\bnot\s+for\s+you\b",
    "de": r"\bgefällt\s+(?:es\s+)?(?:ihnen|dir|euch)\s+nicht|\bnicht\s+gefallen",
    "fr": r"\bne\s+vous\s+(?:plaît|a|convient)\s+pas|\bsinon\b",
    "es": r"\bno\s+(?:te|le)\s+(?:gusta|gustó|ha\s+gustado|convence)|\bsi\s+no\b",
    "it": r"\bnon\s+(?:ti|vi)\s+(?:piace|è\s+piaciut)|\baltrimenti\b",
    "ja": r"(?:お気に召さない|気に入らない|満足できない|ご不満)",
    "zh": r"(?:不喜欢|不满意)",
}

# Round 4 (fresh set 4). Free of charge in other words.
_NO_COST = {
    "en": r"\bat\s+(?:no|zero)\s+(?:extra\s+)?(?:cost|charge)|\bfree\s+of\s+charge|"
    r"\bwithout\s+charge",
    "de": r"\b(?:ohne\s+(?:kosten|aufpreis)|kostenfrei|unentgeltlich)",
    "fr": r"\b(?:sans\s+frais|à\s+titre\s+gracieux|sans\s+supplément)",
    "es": r"\b(?:sin\s+(?:ningún\s+)?(?:coste|costo|cargo)|a\s+coste\s+cero)",
    "it": r"\b(?:senza\s+costi?|a\s+titolo\s+gratuito|a\s+costo\s+zero)",
    "ja": r"(?:費用(?:は)?(?:かかりません|無料)|0円で|タダで)",
    "zh": r"(?:不收费|零元|白送|包邮送)",
}
# Strong liking and its opposite, and faces standing for them ("Loved it? Amazon. Hated it? Us.").
_FACES_UP = r"[😀😃😄😁😊🙂😍🥰👍🤩]"
_FACES_DOWN = r"[😞😟😠😡🙁☹😢😕👎😣😐]"
# "Loved it?" in a word, in every language.
_LOVED = (
    r"(?:\b(?:loved|liked|enjoyed|geliebt|gemocht|adoré|aimé|encantó|gustó|amato|piaciuto)\b|"
    r"気に入った|大好き|喜欢|爱了)\W{0,6}[?？]"
)
_DISLIKE = {
    "en": r"\b(?:hat(?:e|ed|ing)|dislik\w*)\b",
    "de": r"\b(?:gehasst|hassen|nicht\s+gemocht|enttäuscht)",
    "fr": r"\b(?:détest\w*|pas\s+aimé|déçu)",
    "es": r"\b(?:odi\w+|no\s+te\s+gustó|decepcionad\w*)",
    "it": r"\b(?:odiat\w*|non\s+ti\s+è\s+piaciut\w*|delus\w*)",
    "ja": r"(?:嫌い|気に入らなかった|がっかり)",
    "zh": r"(?:讨厌|失望|不喜欢)",
}
# Feedback to Amazon named as what comes after the brand: "before you post on Amazon".
_BEFORE_AMAZON = {
    "en": r"\b(?:before|prior\s+to)\s+(?:\w+\s+){0,4}?(?:on|to|at)\s+amazon\b|\b(?:bad|poor|"
    r"negative)\s+"
    r"(?:impression|word|comment)s?\s+on\s+amazon",
    "de": r"\b(?:bevor|ehe)\s+(?:\w+\s+){0,4}?(?:bei|auf|an)\s+amazon\b",
    "fr": r"\bavant\s+(?:de\s+|d')\S*\s*(?:\w+\s+){0,3}?(?:sur|à)\s+amazon\b",
    "es": r"\bantes\s+de\s+\S+\s+(?:\w+\s+){0,3}?(?:en|a)\s+amazon\b",
    "it": r"\bprima\s+di\s+\S+\s+(?:\w+\s+){0,3}?(?:su|ad?)\s+amazon\b",
    "ja": r"amazon(?:に|で|へ)[^。、]{0,8}(?:前に|前は)",
    "zh": r"(?:在|去|到)亚马逊(?:上)?(?:留言|评价|评论|写|发|说|反馈)[^。,，]{0,4}(?:之前|以前|前)",
}
# A team named as the first stop: "reach our team first", "contatta prima il nostro team".
_TEAM_FIRST = {
    "en": r"\b(?:reach|contact|email|message|call|ask)\s+(?:our|the)\s+(?:team|support|seller|"
    r"service|staff)\s+first\b",
    "de": r"(?:zuerst|zunächst)\s+(?:unser(?:em|en)?\s+)?(?:team|support|kundenservice)",
    "fr": r"(?:contactez|écrivez\s+à)\s+d'abord\s+notre\s+(?:équipe|service)|"
    r"(?:contactez|écrivez\s+à)"
    r"\s+notre\s+(?:équipe|service)\s+(?:client\s+)?(?:d'abord|en\s+premier)",
    "es": r"(?:contacta|contacte|escribe)\s+primero\s+(?:con|a)\s+nuestro",
    "it": r"(?:contatta|scrivi)\s+prima\s+(?:il|al)\s+nostro",
    "ja": r"まず(?:は)?(?:当店|弊社|当社|サポート)",
    "zh": r"先联系(?:我们|客服|团队)",
}
# A big community or club to join, named far from the verb.
_JOIN_GROUP = (
    r"\b(?:join|become\s+part\s+of)\b[^.!?]{0,60}\b(?:community|club|group|members?)\b[^.!?]{0,40}"
    r"(?:giveaway|deal|discount|offer|perk|gift|free)"
)
_SKIP_RETURN = (
    r"\b(?:save|spare|avoid|skip|forget)\b[^.!?]{0,30}\bamazon\s+returns?\b|\b(?:spar\w*|"
    r"vermeid\w*)\b[^.!?]{0,30}\bamazon-?(?:rücksendung|retoure)|(?:évitez|épargnez)[^.!?]{0,30}"
    r"retour\s+amazon|(?:ahórra|evita)[^.!?]{0,30}devolución\s+(?:en|de)\s+amazon"
)
_ADJUST_REVIEW = {
    "de": r"\b(?:passen|ändern|überarbeiten|korrigieren)\s+sie\s+(?:\w+\s+){0,3}?(?:ihre|die)\s+"
    r"(?:bewertung|rezension)",
}


# Round 5 (fresh set 5). Telling only the brand: "tell only us", "nur uns", 「私たちだけに」.
_ONLY_US = {
    "en": r"\b(?:only|just)\s+(?:tell\s+)?us\b|\btell\s+(?:only|just)\s+us\b|"
    r"\bkeep\s+it\s+between\s+us",
    "de": r"\bnur\s+(?:uns|an\s+uns|bei\s+uns)\b|\bunter\s+uns\b",
    "fr": r"\b(?:seulement|uniquement|qu')\s*(?:à\s+)?nous\b|\bentre\s+nous",
    "es": r"\b(?:solo|solamente|únicamente)\s+(?:a\s+)?nosotros\b|\bentre\s+nosotros",
    "it": r"\b(?:solo|soltanto|solamente)\s+(?:a\s+)?noi\b|\btra\s+(?:di\s+)?noi",
    "ja": r"(?:私たち|当店|弊社|当社)(?:に)?だけ",
    "zh": r"只(?:告诉|跟|和|联系)我们",
}
# Complaints kept away from Amazon: "don't rush to Amazon with complaints".
_NOT_TO_AMAZON = {
    "en": r"\b(?:don'?t|do\s+not|no\s+need\s+to|never)\s+(?:\w+\s+){0,2}?(?:to|on)\s+amazon\b",
    "de": r"\b(?:nicht|nie)\s+(?:gleich\s+|sofort\s+|direkt\s+)?(?:zu|an|bei)\s+amazon\b",
    "fr": r"\bne\s+\w+\s+pas\s+(?:\w+\s+)?(?:vers|à|sur)\s+amazon\b",
    "es": r"\bno\s+(?:\w+\s+){0,2}?(?:a|en)\s+amazon\s+con\b",
    "it": r"\bnon\s+(?:\w+\s+){0,2}?(?:ad?|su)\s+amazon\s+con\b",
    "ja": r"amazonに(?:すぐ|いきなり)",
    "zh": r"(?:别|不要)(?:急着|马上|直接)?(?:去|找|在)亚马逊",
}
_LESS_THAN_AMAZON = (
    r"\b(?:less|weniger|moins|menos|meno)\s+(?:than|als|que|di|che)\s+(?:on\s+|at\s+|bei\s+|auf\s+|"
    r"sur\s+|en\s+|su\s+)?amazon\b|amazonより(?:も)?(?:安|お得)|比亚马逊(?:便宜|划算|少)"
)
_OBFUSCATED_EMAIL = (
    r"\b[\w.+-]+\s*[\(\[{]?\s*(?:chiocciola|arroba|arobase|klammeraffe|ät)\s*[\)\]}]?\s*[\w-]+\s*"
    r"[\(\[{]?\s*(?:punto|punkt|point|dot)\s*[\)\]}]?\s*[a-z]{2,}\b|"
    r"\b[\w.+-]+\s*[\(\[{]\s*(?:at|@)\s*[\)\]}]\s*[\w-]+\s*(?:[\(\[{]\s*)?(?:dot|\.)\s*"
    r"(?:[\)\]}]\s*)?[a-z]{2,}\b|\b[\w.+-]+\s+at\s+[\w-]+\s+dot\s+[a-z]{2,}\b"
)
_LEAVE_ON_AMAZON = r"\b(?:leave|drop|put|give)\s+(?:\w+\s+){0,6}?(?:on|at)\s+amazon\b"


def _round5(lang: str) -> list[Detector]:
    return [
        detector(
            "REV-04",
            lang,
            _ONLY_US[lang],
            requires=r"amazon|亚马逊|アマゾン",
            scope=Scope.TEXT,
            negatable=False,
        ),
        detector(
            "REV-04",
            lang,
            _NOT_TO_AMAZON[lang],
            requires=f"{CONTACT[lang]}|{US[lang]}|hotline|support|客服|サポート",
            scope=Scope.WINDOW,
            negatable=False,
        ),
    ]


def _round4(lang: str) -> list[Detector]:
    review = REVIEW[lang]
    found = [
        detector(
            "REV-02",
            lang,
            _NO_COST[lang],
            requires=review,
            scope=Scope.WINDOW,
        ),
        detector(
            "REV-03",
            lang,
            rf"(?:{_DISLIKE[lang]}|{_FACES_DOWN})[^.!?。]{{0,60}}[.!?。？]?\s*[^.!?。]{{0,60}}"
            rf"(?:{CONTACT[lang]}|{US[lang]})",
            requires=rf"(?s)^(?=.*?(?:{HAPPY_IF[lang]}|{_FACES_UP}|{_LOVED}))"
            rf"(?=.*?(?:{review}|amazon))",
            unless=ANY_OUTCOME[lang],
            scope=Scope.TEXT,
            negatable=False,
        ),
        detector(
            "REV-04",
            lang,
            _BEFORE_AMAZON[lang],
            requires=f"{CONTACT[lang]}|{US[lang]}|{_TEAM_FIRST[lang]}",
            scope=Scope.WINDOW,
            negatable=False,
        ),
        detector("REV-04", lang, _TEAM_FIRST[lang], requires=r"amazon|亚马逊", scope=Scope.WINDOW),
        detector("DIV-01", lang, OWN_SHOP[lang], requires=_PRICE_ADVANTAGE),
    ]
    if lang in _ADJUST_REVIEW:
        found.append(detector("REV-05", lang, _ADJUST_REVIEW[lang]))
    return found


def _paraphrase_detectors(lang: str) -> list[Detector]:
    review, contact = REVIEW[lang], CONTACT[lang]
    return [
        detector("REV-01", lang, _GIVE_STARS[lang], unless=ANY_OUTCOME[lang]),
        detector(
            "REV-02",
            lang,
            _REVIEWER[lang],
            requires=f"{BENEFIT[lang]}|{_MORE_BENEFIT[lang]}",
            scope=Scope.WINDOW,
        ),
        detector("REV-02", lang, _MORE_BENEFIT[lang], requires=review),
        detector(
            "DIV-06",
            lang,
            _RETURN_NOT_NEEDED[lang],
            requires=contact,
            unless=f"{OLD_PART}|新しい[^。]{{0,15}}(?:お送り|発送)",
            scope=Scope.TEXT,
        ),
        detector(
            "REV-03",
            lang,
            _NOT_LIKE[lang],
            requires=rf"(?s)^(?=.*?(?:{_LIKE_QUESTION[lang]}))(?=.*?(?:{review}|amazon))",
            unless=ANY_OUTCOME[lang],
            scope=Scope.TEXT,
            negatable=False,
        ),
    ]


_SHARED = (
    # A better price next to an address off Amazon: "15 % billiger auf brewly.de".
    detector("DIV-01", "any", OFF_AMAZON_URL, requires=_PRICE_ADVANTAGE),
    # A chat handle in an Amazon message: "@brewly_help", "Line: @shop".
    detector(
        "DIV-04", "any", r"(?<![\w.@])@[a-z0-9_][a-z0-9_.]{2,}|\bline\s*[:：]", negatable=False
    ),
    detector("DIV-05", "any", _FOLLOW_HANDLE, requires=_SOCIAL_DEAL, scope=Scope.WINDOW),
    detector(
        "DIV-02",
        "en",
        r"\b(?:our|exclusive|members?|weekly|monthly|special|vip)\s+discounts?\b|\b(?:discount|"
        r"deal)\s+"
        r"drops?\b|\bdiscounts?\s+(?:for|to)\s+(?:you|our|fans|followers|members|subscribers)\b",
        unless=r"amazon|prime|subscribe\s*&\s*save",
    ),
)

_ROUND4_SHARED = (
    detector("DIV-01", "any", _LESS_THAN_AMAZON),
    detector("DIV-04", "any", _OBFUSCATED_EMAIL, negatable=False),
    detector(
        "WAR-01",
        "en",
        _LEAVE_ON_AMAZON,
        requires=r"warrant|guarantee|gift|free|coupon|discount|refund|bonus",
        unless=ANY_OUTCOME["en"],
        scope=Scope.WINDOW,
    ),
    detector("DIV-05", "en", _JOIN_GROUP),
    detector("DIV-06", "any", _SKIP_RETURN, negatable=False),
)

PARAPHRASE_DETECTORS: tuple[Detector, ...] = (
    _SHARED
    + _ROUND4_SHARED
    + tuple(
        d for lang in LANGS for d in _paraphrase_detectors(lang) + _round4(lang) + _round5(lang)
    )
)
