"""Detectors for the ideas behind the rules rather than their usual wording.

Written after a first-sight measurement on fresh texts (benchmarks/README.md): most misses were new
wordings of a known idea. Each detector here names the idea in structural terms that hold across
phrasings: two routes split by satisfaction (happy -> Amazon, unhappy -> us), feedback steered away
from Amazon ("tell us, not Amazon"), star ranges routed to different places, a return to Amazon
called needless, a chat app as the way into a deal, the brand's own shop next to what a buyer would
reorder.
"""

from __future__ import annotations

from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import ANY_OUTCOME, CONTACT, HAPPY_IF, LANGS, REVIEW, detector

# "Not Amazon", "instead of Amazon", "leave Amazon out of it": the feedback kept away from Amazon.
_NOT_AMAZON = {
    "en": r"\b(?:instead\s+of|rather\s+than|not|and\s+not|never)\s+(?:to\s+|on\s+|with\s+|via\s+|"
    r"through\s+)?amazon\b|\b(?:leave|keep)\s+amazon\s+out\b|\bbefore\s+(?:you\s+)?(?:\w+\s+)?"
    r"(?:tell|inform|write\s+to|post\s+on|go\s+to|contact|complain\s+to)\s+amazon",
    "de": r"\b(?:statt|anstatt|nicht|anstelle\s+von)\s+(?:bei|an|auf|über|von)?\s*amazon\b|"
    r"\bbevor\s+sie\s+(?:sich\s+)?(?:an\s+amazon|amazon)",
    "fr": r"\b(?:plutôt\s+qu'|au\s+lieu\s+d'|pas|non)\s*(?:à|sur|par)?\s*amazon\b|"
    r"\bavant\s+(?:d'en\s+parler\s+à|d'écrire\s+à|de\s+contacter)\s+amazon",
    "es": r"\b(?:y\s+)?no\s+(?:a|en|por)\s+amazon\b|\ben\s+(?:lugar|vez)\s+de\s+(?:a\s+)?amazon\b|"
    r"\bantes\s+de\s+(?:decírselo|escribir|contar\w*)\s+(?:a\s+)?amazon",
    "it": r"\bnon\s+(?:ad?|su)\s+amazon\b|\binvece\s+(?:che\s+)?(?:ad?\s+|su\s+|di\s+)?amazon\b|"
    r"\bprima\s+di\s+(?:dirlo|scrivere|raccontarlo)\s+(?:ad?\s+)?amazon",
    "ja": r"amazonではなく|amazonより(?:も)?先に|amazonに(?:書く|投稿する|伝える)前に",
    "zh": r"(?:别|不要|不用|而不是|不必)(?:告诉|找|去|在|跟)?亚马逊|(?:告诉|联系)我们而不是",
}
# "We are an independent brand, not Amazon" says who the sender is, not where to complain.
_WE_ARE_NOT_AMAZON = (
    r"\b(?:we\s+are|we're|brand|seller|company|sind|marke|nous\s+(?:ne\s+)?sommes|marque|somos|"
    r"marca|siamo)\b[^.!?。]{0,40}\b(?:not|nicht|pas|no|non)\s+amazon\b|(?:当社|弊社)はamazonでは|"
    r"我们(?:是.{0,10})?不是亚马逊"
)
# Saying something is wrong: the unhappy branch of a split ask.
_UNHAPPY = {
    "en": r"\b(?:not\s+(?:happy|satisfied|quite\s+right|thrilled|working|perfect)|unhappy|"
    r"disappointed|dissatisfied|frowning|problems?|issues?|trouble|wrong|broken|fault\w*|"
    r"otherwise|anything\s+else|less\s+than\s+(?:perfect|great))\b",
    "de": r"(?:nicht\s+zufrieden|unzufrieden|enttäuscht|problem\w*|stimmt\s+(?:etwas|was)\s+nicht|"
    r"etwas\s+stimmt\s+nicht|ärger|defekt|sonst|andernfalls|nicht\s+gut)",
    "fr": r"(?:pas\s+satisfait|insatisfait|mécontent|déçu|problème|souci|ne\s+va\s+pas|"
    r"sinon|quelque\s+chose\s+cloche)",
    "es": r"(?:no\s+est[áa]s?\s+satisfech|insatisfech|decepcionad|problema|algo\s+falla|"
    r"algo\s+(?:no\s+)?va\s+mal|si\s+no|de\s+lo\s+contrario)",
    "it": r"(?:non\s+(?:sei|è)\s+soddisfatt|insoddisfatt|delus|problem|qualcosa\s+non\s+va|"
    r"altrimenti|se\s+no)",
    "ja": r"(?:ご不満|不満|問題|不具合|そうでなければ|それ以外|気に入らな|お困り)",
    "zh": r"(?:不满意|有问题|问题|不好用|不喜欢|否则|不然)",
}
_US = {
    "en": r"\b(?:us|our\s+(?:team|inbox|support)|we)\b",
    "de": r"\b(?:uns|unser\w*|wir)\b",
    "fr": r"\b(?:nous|notre|nos)\b",
    "es": r"\b(?:nosotros|nuestr\w+|nos|díselo|dínoslo|escríbenos|cuéntanos)\b",
    "it": r"\b(?:noi|nostr\w|ci|scrivici|dillo\s+a\s+noi)\b",
    "ja": r"(?:当社|弊社|私たち|こちら|サポート)",
    "zh": r"(?:我们|客服)",
}
# Star scores high and low named as two routes ("4-5 stars: Amazon; 1-3 stars: tell us").
_STARS = r"(?:stars?|sterne?|étoiles?|estrellas?|stelle|つ星|星|★|⭐)"
_HIGH = rf"(?:(?:星|★)\s?[45](?:\s?[-~〜～/]\s?[45])?|\b[45](?:\s?[-~〜～/]\s?[45])?\s?{_STARS})"
_LOW = rf"(?:(?:星|★)\s?[123](?:\s?[-~〜～/]\s?[123])?|\b[123](?:\s?[-~〜～/]\s?[123])?\s?{_STARS})"
# Five stars with a word or two between ("five shiny stars", "fünf glänzende Sterne").
_FIVE_STARS = {
    "en": r"\b(?:5|five)\s+(?:[a-z]+\s+){1,2}stars\b(?!\s+(?:hotel|resort|service|support))",
    "de": r"\b(?:5|fünf)\s+(?:[a-zäöüß]+\s+){1,2}sterne\b",
    "fr": r"\b(?:5|cinq)\s+(?:(?:belles|jolies|grandes|petites|brillantes)\s+)étoiles\b",
    "es": r"\b(?:5|cinco)\s+(?:[a-záéíóúñ]+\s+){0,1}estrellas\s+(?:brillantes|doradas|bonitas)\b",
    "it": r"\b(?:5|cinque)\s+(?:[a-zàèéìòù]+\s+){0,1}stelle\s+(?:brillanti|dorate|piene)\b",
    "ja": r"(?:星|★)(?:を)?(?:5つ|五つ|満点)|満点の評価",
    "zh": r"(?:五|5)(?:颗|个)星|满星|打满分",
}
# A return to Amazon called needless or to be avoided, with the product named in between.
_NEEDLESS_RETURN = {
    "en": r"\b(?:no\s+need\s+to|don'?t|do\s+not|never|skip|avoid|forget)\s+(?:\w+\s+){0,2}?"
    r"(?:deal\w*\s+with|bother\w*\s+with|go(?:ing)?\s+(?:through|via)|involv\w*|"
    r"contact\w*)\s+amazon\b",
    "de": r"(?:nicht\s+nötig|unnötig|kein\s+grund|sparen\s+sie\s+sich)[^.!?]{0,40}amazon|"
    r"(?:nicht|niemals)\s+(?:an|über|bei)\s+amazon\s+(?:zurück|retour)",
    "fr": r"(?:inutile|pas\s+besoin|pas\s+la\s+peine)\s+de\s+(?:\w+\s+){0,4}?(?:amazon|retourner|"
    r"renvoyer)|\b(?:retourn|renvoy)\w*\s+(?:\w+\s+){0,3}?à\s+amazon",
    "es": r"\bno\s+(?:devuelv|envíe|envíes|mandes|mande)\w*\s+(?:\w+\s+){0,3}?(?:a|por)\s+amazon|"
    r"(?:no\s+hace\s+falta|no\s+es\s+necesario|no\s+necesitas?)\s+(?:\w+\s+){0,3}?amazon",
    "it": r"\bnon\s+(?:restituir|rendere|rimandar|spedir|rispedir)\w*\s+(?:\w+\s+){0,3}?(?:ad?|"
    r"su)\s+"
    r"amazon|(?:non\s+serve|non\s+c'è\s+bisogno|inutile)\s+(?:\w+\s+){0,3}?amazon",
    "ja": r"amazon(?:に|へ|で|を通して)(?:返品|返送|返却)(?:せず|しないで|する必要はありません|"
    r"不要)|"
    r"(?:返品|返送)(?:手続き)?(?:は)?不要",
    "zh": r"(?:不要|别|不用|无需|不必)(?:在|去|通过|找)?亚马逊(?:上)?(?:退|退货|退款|申请)|"
    r"亚马逊(?:上)?(?:的)?(?:退货|退款)(?:流程)?(?:就)?(?:不用|不必|不需要)",
}
# A deal in the brand's own shop: a percentage next to "everything", "the shop", "your order".
_SHOP_DEAL = {
    "en": r"\b\d+\s?%\s+(?:on|off)\s+(?:everything|anything|all|your|our|the\s+(?:whole|entire))\b",
    "de": r"\b\d+\s?%\s+(?:auf|für)\s+(?:alles|das\s+gesamte|ihre|deine|den\s+(?:ganzen|gesamten))",
    "fr": r"\b\d+\s?%\s+(?:sur|de\s+remise\s+sur)\s+(?:tout|toute|votre|ta|notre)",
    "es": r"\b\d+\s?%\s+(?:en|de\s+descuento\s+en)\s+(?:todo|toda|tu|su|nuestra)",
    "it": r"\b\d+\s?%\s+(?:su|di\s+sconto\s+su)\s+(?:tutto|tutta|il\s+tuo|la\s+tua|il\s+nostro)",
    "ja": r"(?:全品|全商品|ストア全体)[^。]{0,10}\d+\s?%|\d+\s?%\s?(?:オフ|off|引き)",
    "zh": r"全店[^。]{0,6}(?:折|优惠|减)|全场[^。]{0,6}(?:折|优惠|减)",
}
# "Add us on WhatsApp / LINE / WeChat": a chat app as the way into the brand's own list.
_CHAT = r"(?:whats\s?app|wechat|weixin|微信|line|telegram|viber|kakao|instagram|facebook|tiktok)"
_ADD_US = {
    "en": rf"\b(?:add|follow|join|find|message|dm|ping|hit)\s+(?:us|our\s+\w+)\s+(?:up\s+)?(?:on|"
    rf"via|at)\s+{_CHAT}",
    "de": rf"(?:fügen\s+sie\s+uns|folgen\s+sie\s+uns|uns\s+(?:auf|bei|über)\s+{_CHAT}\s+"
    rf"(?:hinzufügen|folgen|adden))|{_CHAT}\s+hinzufügen",
    "fr": rf"(?:ajoutez|ajoute|suivez|suis)-nous\s+sur\s+{_CHAT}",
    "es": rf"(?:agr[eé]g|añád|síg)[a-z]*(?:nos)\s+(?:en|por)\s+{_CHAT}",
    "it": rf"(?:aggiungici|seguici)\s+su\s+{_CHAT}",
    "ja": rf"{_CHAT}(?:で|を|の)?(?:友だち|友達)?(?:追加|登録)",
    "zh": r"加(?:我们的?)?(?:微信|whatsapp|line)|(?:添加|关注)(?:我们的?)?(?:微信|公众号)",
}
# The brand's own shop next to what a buyer would reorder or a deal.
_OWN_SHOP = {
    "en": r"\b(?:our|my)\s+(?:own\s+|official\s+)?(?:online\s+)?(?:website|web\s?shop|shop|store|"
    r"e-?shop|site)\b",
    "de": r"\bunser\w*\s+(?:eigene[nm]?\s+)?(?:online-?)?(?:shop|webshop|website|store)\b",
    "fr": r"\b(?:notre|nos)\s+(?:propre\s+)?(?:boutique|site|e-?shop)s?\b",
    "es": r"\bnuestr[ao]\s+(?:propia\s+)?(?:tienda|web|sitio)\b",
    "it": r"\b(?:nostro|nostra)\s+(?:negozio|sito|shop|store)\b",
    "ja": r"(?:公式|自社|当店)(?:の)?(?:サイト|ストア|ショップ|通販)",
    "zh": r"(?:官网|独立站|我们的(?:网店|商城|店铺|网站))",
}
_REORDER_WORDS = (
    r"(?:refill|spare|accessor|replacement\s+part|deal|offer|price|cheaper|save|exclusive|member|"
    r"nachfüll|ersatz|zubehör|angebot|recharge|accessoire|offre|prix|recambio|accesorio|oferta|"
    r"precio|ricambi|ricaric|accessori|offert|prezz|詰め替え|替え|アクセサリ|お得|特価|补充|配件|"
    r"优惠|便宜)"
)
_ON_AMAZON_STORE = r"(?:amazon\s+(?:store|storefront|shop|boutique|tienda|negozio)|our\s+amazon)"


def _semantic_detectors(lang: str) -> list[Detector]:
    review = REVIEW[lang]
    return [
        # "Tell us, not Amazon": a contact offered in place of Amazon's review or return paths.
        detector(
            "REV-04",
            lang,
            _NOT_AMAZON[lang],
            requires=CONTACT[lang] + "|" + _US[lang],
            unless=_WE_ARE_NOT_AMAZON,
            scope=Scope.WINDOW,
            negatable=False,
        ),
        # Happy -> Amazon, unhappy -> us: the unhappy branch routed to the brand while a happy
        # one is routed to a review (neutral "whatever your experience" wording clears it).
        detector(
            "REV-03",
            lang,
            rf"(?:{_UNHAPPY[lang]})[^.!?。！？]{{0,60}}[.!?。！？]?[^.!?。！？]{{0,60}}"
            rf"(?:{CONTACT[lang]}|{_US[lang]})",
            requires=rf"(?s)^(?=.*?(?:{HAPPY_IF[lang]}))(?=.*?(?:{review}|amazon))",
            unless=ANY_OUTCOME[lang],
            scope=Scope.TEXT,
            negatable=False,
        ),
        detector("REV-01", lang, _FIVE_STARS[lang]),
        detector("DIV-06", lang, _NEEDLESS_RETURN[lang], negatable=False),
        detector("DIV-02", lang, _SHOP_DEAL[lang]),
        detector("DIV-05", lang, _ADD_US[lang]),
        detector("DIV-01", lang, _OWN_SHOP[lang], requires=_REORDER_WORDS, unless=_ON_AMAZON_STORE),
    ]


_SHARED = (
    # Two star ranges, one sent to Amazon: a review prompt driven by the score (REV-09).
    detector(
        "REV-09",
        "any",
        _HIGH,
        requires=rf"(?s)^(?=.*?{_LOW})(?=.*?(?:amazon|亚马逊|アマゾン))",
        scope=Scope.TEXT,
        negatable=False,
    ),
)

SEMANTIC_DETECTORS: tuple[Detector, ...] = _SHARED + tuple(
    d for lang in LANGS for d in _semantic_detectors(lang)
)
