"""Word groups the rules share, per language: review words, rewards, contact, satisfaction."""

from __future__ import annotations

import re

from vocloop.policy.matching import Detector, Scope

LANGS = ("en", "de", "fr", "es", "it", "ja", "zh")

# The review or feedback a buyer writes. Verb uses that are not a solicitation ("review the
# guide", "we review every return", "Bewertung der Sicherheit") are excluded in the pattern.
REVIEW = {
    "en": r"\breviewing\s+(?:us|it|the\s+product|this\s+product)\b|\b(?:reviewers?\b|write-?ups?\b|"
    r"a\s+few\s+(?:kind\s+)?words\s+on\s+amazon|comments?\s+on\s+amazon|(?:tell\s+us|let\s+(?:us|"
    r"others)\s+know)\s+what\s+you\s+think|reviews?\b(?!\s+(?:the|this|these|those|each|every|all|"
    r"any|our|its|their|a|an|your\s+(?:order|request|claim|case|details|data|settings?|gain|"
    r"levels?|"
    r"setup|notes|answers|cart|options|choices|selection))\b)|"
    r"ratings?\b|rate\s+(?:us|it|the\s+product|this\s+product|your\s+purchase)\b|feedback\b|"
    r"testimonials?\b|(?:5|five)[- ]?stars?\b|tell\s+(?:others|other\s+(?:buyers|shoppers|"
    r"customers))|share\s+(?:\w+\s+){0,2}?(?:experience|thoughts|opinion)s?\s+on\s+(?:amazon|"
    r"(?:our|the)\s+product\s+page)|tell\s+(?:\w+\s+){0,2}?about\s+(?:it|us|them|this)\s+on\s+"
    r"amazon|\b(?:tell|told|telling)\s+(?:other|fellow)\s+[\w-]+\s+(?:\w+\s+){0,2}?on\s+amazon|"
    r"\b(?:post|share|leave|write)\w*\s+(?:\w+\s+){0,2}?(?:experience|thoughts|opinion|words?)s?\s+"
    r"(?:\w+\s+){0,4}?on\s+(?:amazon|(?:our|the)\s+product\s+page)|"
    r"\blet\s+other\s+(?:amazon\s+)?(?:shoppers|buyers|customers)\s+know|"
    r"\b(?:hear|read)\s+(?:that|it|about\s+it)\s+on\s+amazon|\ba\s+few\s+words\s+about\s+(?:it|"
    r"us|them)\s+on\s+amazon)",
    "de": r"(?:\b|produkt|kunden|amazon-?|sterne-?)(?:bewertung(?:en)?\b(?!\s+(?:der|des|durch|"
    r"nach|von)\b)|rezension(?:en)?\b|feedback\b)|\bbewerten\b|\bsterne\b|\berfahrungsbericht|"
    r"\beindrücke\s+auf\s+der\s+amazon|"
    r"\bworte\b[^.!?]{0,40}\bauf\s+amazon|\bauf\s+amazon\b[^.!?]{0,40}(?:aufschreiben|teilen)",
    "fr": r"\b(?:(?:un|votre|vos|des|d'|l'|ton|son|le\s+même)\s*avis\b(?!\s+(?:de\s+sécurité|"
    r"important|aux))|(?:petit\s+)?mot\s+sur\s+la\s+page\s+(?:du\s+)?produit|un\s+mot\s+aux\s+"
    r"autres\s+acheteurs|ressenti\s+sur\s+la\s+page|commentaires?\b|évaluations?\b(?!\s+(?:de\s+la|du|des)\s+(?:sécurité|"
    r"risques?|conformité))|(?:une|la|votre|bonne|mauvaise)\s+note\b|étoiles\b|notez\b|évaluez\b)",
    "es": r"\b(?:reseñas?|opinión|opiniones|valoración(?!\s+del?\s+(?:riesgo|seguridad))|"
    r"valoraciones|comentarios?\s+en\s+amazon|calificación|puntuación|estrellas|valórenos|"
    r"califíquenos)\b|\b(?:dej|escrib|compart|public)\w*\s+(?:\w+\s+){0,3}?en\s+la\s+página\s+"
    r"del\s+producto",
    "it": r"\b(?:recension[ei]|valutazion[ei]\b(?!\s+(?:della|del|dei)\s+(?:sicurezza|rischio|"
    r"rischi|conformità))|feedback|stelle|opinione\s+su\s+amazon|giudizio)\b",
    "ja": r"(?:(?<!設計)(?<!コード)(?<!デザイン)レビュー(?!動画|記事)|"
    r"(?<!安全性の)(?<!性能)(?<!第三者機関による)評価(?!試験|基準)|星\d|★|口コミ|クチコミ|ご感想|"
    r"感想)",
    "zh": r"(?:评价|评论|好评|差评|中评|留评|索评|五星|5星|晒图|晒单|评分)",
}
# "Gluten free", "hands free": free of something, not free of charge.
_FREE_FROM = "".join(
    rf"(?<!{word} )"
    for word in (
        "gluten",
        "dairy",
        "sugar",
        "soy",
        "lactose",
        "fat",
        "bpa",
        "lead",
        "cruelty",
        "hands",
        "stress",
        "hassle",
        "worry",
        "risk",
        "tax",
        "duty",
        "maintenance",
        "latex",
        "nut",
        "caffeine",
        "alcohol",
        "smoke",
        "plastic",
        "scent",
        "fragrance",
        "cord",
        "tool",
        "tangle",
        "drip",
        "spill",
        "rust",
        "scratch",
        "interest",
        "toll",
        "royalty",
        "grain",
        "pfas",
        "pfoa",
    )
)
# Something of value: the reward side of an incentive.
BENEFIT = {
    "en": r"\b\d+\s?%\s+back\b|\bpaypal\b|\bat\s+no\s+(?:extra\s+)?cost\b|\bfor\s+free\b|"
    r"\b(?:a|an)\s+(?:extra|second|"
    r"additional|2nd)\s+(?:unit|one|item|set)\b|(?:(?<![-\w])"
    + _FREE_FROM
    + r"(?<!you're\s)(?<!you’re\s)(?<!you\sare\s)(?<!feel\s)free\b(?![\s-]+(?:of\b|shipping\b|"
    r"to\s+(?:contact|ask|reach|write|email|e-mail|get|"
    r"call|message|share|leave|use|return|choose|decide|say|tell|give|post)\b|returns?\b))|"
    r"\b(?:complimentary|gifts?\b|"
    r"gift\s*cards?|"
    r"doubl\w*\s+(?:your\s+|the\s+)?warranty|vouchers?\b|coupons?\b|discount(?:ed|s)?\b|"
    r"refund(?:ed|s)?\b|rebates?\b|cash\s?back|money\s+back|bonus\b|rewards?\b|giveaways?\b|"
    r"prizes?\b|raffle|sweepstakes|\bwin\s+(?:a|an|one|our)\b|early\s+access|\bdrawn\b|\bis\s+on\s+us\b|"
    r"on\s+the\s+house|lucky\s+"
    r"number|"
    r"surprise\s+(?:drops?|gifts?|packages?|boxe?s?)|first\s+dibs|"
    r"(?:extended|lifetime|extra|longer)\s+(?:\d+[- ](?:month|"
    r"year)\s+)?warranty|warranty\s+(?:upgrade|extension)|[$€£]\s?\d+|\d+\s?(?:[$€£]|usd|eur|"
    r"dollars?|euros?)\b|\d+\s?%\s?off|compensat\w*|reimburs\w*|screenshot|(?:a|little|"
    r"small)\s+(?:surprise|treat)\s+(?:is|will|for)|"
    r"surprise\s+(?:gift|is\s+on|will)|"
    r"goodies|goody\s+bags?|early\s+access|first\s+in\s+line|welcome\s+(?:box|gift|pack|kit|"
    r"bundle)|perks?|freebies?|on\s+the\s+house|little\s+something|token\s+of\s+"
    r"(?:our\s+)?(?:thanks|appreciation|gratitude)|thank-?you\s+(?:gift|present|pack)|(?:\d+\s+)?"
    r"(?:extra|more|additional|bonus)\s+(?:\d+\s+|\w+\s+)?(?:months?|years?)\s+(?:of|on|to)\s+"
    r"(?:your\s+|the\s+)?warranty)|[$€£]\s?\d+)",
    "de": r"(?:gutschein|geschenk|gratis|kostenlos|umsonst|rabatt|rückerstattung|erstattung|"
    r"freischalt\w*|schalten\s+(?:\w+\s+){1,5}?frei|"
    r"geld\s+zurück|cashback|prämie|belohnung|bonus|garantieverlängerung|verlängerte\s+garantie|"
    r"garantie\s+(?:um|auf)\s+\d+|gewinnspiel|\d+\s?(?:€|euro)|€\s?\d+|dankeschön|schenken|"
    r"screenshot|bildschirmfoto|probierpaket|probe(?:packung|set)|überraschung|aufmerksamkeit|"
    r"garantie\s+verlänger)",
    "fr": r"offrons|tir(?:e|ons|age)\s+au\s+sort|à\s+gagner|(?:cadeau|offert|gratuit|bon\s+d'achat|"
    r"carte[- ]cadeau|réduction|remise|"
    r"rembours|code\s+promo|récompense|prime\b|bonus|garantie\s+(?:prolongée|étendue|à\s+vie)|"
    r"\d+\s?(?:€|euros?)|€\s?\d+|concours|tirage\s+au\s+sort|capture\s+d'écran|surprise|"
    r"petit\s+(?:geste|merci|plus))",
    "es": r"regal(?:o|amos|amos|aremos|a)\b|\b(?:te|le|os)\s+devolvemos\s+(?:los\s+)?gastos|"
    r"(?:regalo|gratis|gratuit|tarjeta\s+regalo|"
    r"cheque\s+regalo|vale\s+(?:de|regalo|descuento)|descuento|reembols|cupón|premio|recompensa|"
    r"bonificación|garantía\s+(?:extendida|ampliada|de\s+por\s+vida)|\d+\s?(?:€|euros?)|€\s?\d+|"
    r"sorteo|captura\s+de\s+pantalla|obsequio|sorpresa|detalle|de\s+regalo)",
    "it": r"regaliamo|(?:regalo|omaggio|gratis|gratuit|buono\s+(?:sconto|regalo|acquisto|amazon)|"
    r"sconto|rimbors|coupon|premio|ricompensa|garanzia\s+(?:estesa|prolungata|a\s+vita)|\d+\s?(?:€|"
    r"euro)|€\s?\d+|concorso|estrazione|screenshot|cashback|sorpresa|pensiero|in\s+regalo)",
    "ja": r"(?:ギフト券|ギフトカード|アマギフ|クーポン|割引|無料|返金|プレゼント|特典|進呈|"
    r"お礼として|差し上げ|ポイント|キャッシュバック|延長保証|お礼の品|粗品|サプライズ|ノベルティ|"
    r"保証(?:期間)?(?:を|の)?(?:\d+(?:年|ヶ月|か月|"
    r"カ月)(?:間)?)?延長|謝礼|景品|抽選|もれなく|スクリーンショット|スクショ|\d+円分)",
    "zh": r"(?:返现|红包|运费险|优惠券|礼品|礼物|免费|延保|延长(?:[一二三\d]+(?:年|个月))?保修|"
    r"赠品|赠送|送您|返款|退款|折扣|奖励|现金|截图|返利|好处|补贴|小礼物|惊喜|免单|\d+(?:美元|欧元|"
    r"元|刀))",
}
# A way to get the reward: "get", "receive", "we'll send you", used across sentence borders.
ACQUIRE = {
    "en": r"\b(?:include|enter)\s+you\s+in(?:to)?\b|\bentered\s+into\b|\bwant\s+(?:a|an|another|"
    r"a\s+second|a\s+2nd)\b|\b(?:get|gets|receive|claim|unlock|earn|win|qualify|entitled|"
    r"we'?ll\s+send|we\s+will\s+send|ship\s+you|send\s+you|enjoy)\b",
    "de": r"\b(?:erhalten|bekommen|sichern|gewinnen|schenken|senden\s+wir|schicken\s+wir)\b",
    "fr": r"\b(?:recevez|recevrez|obtenez|gagnez|profitez|offrons|envoyons|recevoir)\b",
    "es": r"\b(?:reciba|recibirá|obtenga|gane|llévese|llévate|consigue|consiga|enviaremos|"
    r"regalamos|"
    r"recibir|te\s+mandamos|te\s+enviamos)\b",
    "it": r"\b(?:ricevi|riceverai|ottieni|vinci|regaliamo|invieremo|ricevere)\b",
    "ja": r"(?:もらえ|差し上げ|プレゼント|進呈|お送り|贈呈|受け取)",
    "zh": r"(?:领取|获得|即可|赠送|送您|返)",
}
# "Contact us" in its forms: the other half of review-diversion rules.
# The old part of a warranty swap ("no need to send back the old one") is not the order.
OLD_PART = (
    r"\bthe\s+old\s+(?:one|unit|part)\b|\bl'ancien(?:ne)?\b|\b(?:el|la)\s+antigu[oa]\b|"
    r"\b(?:il|la)\s+vecchi[oa]\b|\b(?:das|den|die)\s+alten?\b|古い(?:部品|もの|方)|旧(?:的|件|配件)"
)
CONTACT = {
    "en": r"\breach\s+us\b|\btext\s+(?:us|our|me)\b|"
    r"\b(?:contact|email|e-mail|write\s+to|reach\s+out|message|tell|"
    r"let\s+us\s+know|get\s+in\s+touch|call|talk\s+to|drop\s+us\s+a\s+(?:line|note|message))\b",
    "de": r"e-?mail\s+an\s+uns|an\s+uns\s+(?:schreiben|wenden)|schreib\s+uns|meld(?:e)?\s+dich|"
    r"kontaktier\s+uns|(?:kontaktier|melden\s+sie|schreiben\s+sie\s+uns|wenden\s+sie\s+sich|"
    r"kontakt|rufen\s+sie|sagen\s+sie\s+uns|teilen\s+sie\s+uns)",
    "fr": r"parlez-nous|parle-nous|écris-nous|contacte-nous|dis-nous|(?:contact|écrivez|écrire|"
    r"prévenez|dites-nous|appelez|joindre)",
    "es": r"contáctanos|llámanos|avísanos|dinos|(?:contáct|contact|escríb|escrib|llámenos|avísenos|"
    r"díganos)",
    "it": r"(?:contatt|scrivi|scriver|scriveteci|chiamaci|avvisaci|dicci)",
    "ja": r"(?:連絡|お問い合わせ|問い合わせ|ご相談|相談|お知らせ|ご一報|一報)",
    "zh": r"(?:联系|告诉我们|找我们|客服|咨询)",
}
# Wording that makes a review ask neutral: "whatever your experience", "good or bad".
ANY_OUTCOME = {
    "en": r"\b(?:whatever|whether|regardless|no\s+matter|good\s+or\s+bad|positive\s+or\s+negative|"
    r"either\s+way|honest|all\s+feedback|loved\s+it,?\s+hated\s+it|love\s+it\s+or\s+hate\s+it|"
    r"somewhere\s+in\s+between|critical\s+ones|(?:glowing|positive|"
    r"good)\s+(?:ones\s+)?and\s+(?:the\s+)?"
    r"(?:critical|negative|bad)|"
    r"positive,\s+negative|good,\s+bad)\b",
    "de": r"(?:wie\s+auch\s+immer|ganz\s+gleich|egal|ob\s+positiv|positiv\s+oder\s+negativ|ehrlich|"
    r"unabhängig)",
    "fr": r"(?:quelle\s+qu'elle|quel\s+qu'il|qu'il\s+soit|qu'elle\s+soit|"
    r"positi\w*\s+ou\s+négati\w*|sincère|honnête|quelle\s+que\s+soit)",
    "es": r"(?:sea\s+cual\s+sea|cualquiera\s+que|positiva?\s+o\s+negativa?|sincera|honesta|"
    r"independientemente)",
    "it": r"(?:qualunque|qualsiasi|positiv[ao]\s+o\s+negativ[ao]|sincer[ao]|onest[ao]|"
    r"indipendentemente)",
    "ja": r"(?:良い点も悪い点も|良くも悪くも|率直な|正直な|ありのまま|どのような)",
    "zh": r"(?:无论|不论|真实|客观|好坏)",
}
# "Whatever your experience" without "honest": an honest review asked only of happy buyers is
# still gated ("If you liked it, please share your honest thoughts").
_HONEST = re.compile(
    r"honest\||ehrlich\||\|sincère\|honnête|sincera\|honesta\||sincer\[ao\]\|onest\[ao\]\||"
    r"率直な\||正直な\||"
    r"ありのまま\||真实\||客观\|"
)
ANY_EXPERIENCE = {lang: _HONEST.sub("", pattern) for lang, pattern in ANY_OUTCOME.items()}
# Being happy with the product, as a condition ("if you love it", "Happy with it?").
HAPPY_IF = {
    "en": r"\b(?:would|will)\s+you\s+recommend\s+(?:us|it|this)\b[^.?!]{0,20}\?|(?:\b(?:if|when|"
    r"once|since)\s+(?:you(?:'re|'ve|\s+are|\s+have)?|everything|"
    r"all)\s+(?:[\w'%]+\s+){0,3}?(?:happy|satisfied|pleased|love|loved|loving|enjoy|enjoyed|"
    r"enjoying|(?<!feel\s)(?:like|"
    r"liked)(?=\s+(?:it|this|that|the|our|them|your|what|how))|delighted|thrilled|good|great|"
    r"positive|fine|works?)\b|\b(?:love|loved|loving|like|liked|enjoy|enjoying|happy|satisfied|"
    r"pleased|"
    r"thrilled|delighted|excited|impressed)\b[^.?!]{0,40}\?|\bonly\s+(?:satisfied|happy)\b|"
    r"\b(?:great|good|positive|wonderful|nice)\s+(?:experience|time)\b[^.?!]{0,20}\?|"
    r"\b(?:smiling|all\s+good|all\s+set|loving\s+it|works\s+(?:great|well|perfectly)|"
    r"(?:everything|all)\s+(?:is\s+|went\s+|was\s+)?(?:ok|okay|perfect|fine|well|good|great))\b"
    r"[^.!?]{0,20}\?|\bif\s+(?:everything|all)\s+(?:is|was|went)\s+(?:ok|okay|perfect|well|"
    r"smooth))",
    "de": r"\bnur\s+wer\s+(?:\w+\s+)?(?:zufrieden|begeistert|überzeugt)|(?:\b(?:wenn|falls|"
    r"sofern)\s+(?:sie|du|ihnen|dir|alles)\s+(?:\w+\s+){0,4}?(?:zufrieden|begeistert|gefällt|"
    r"gefallen|überzeugt|passt)|\b(?:gefällt|gefallen)\s+(?:ihnen|dir)\b[^.?!]{0,40}\?|"
    r"\b(?:zufrieden|begeistert|glücklich)\b[^.?!]{0,30}\?|\bnur\s+zufriedene|\balles\s+(?:top|gut|"
    r"bestens|super|prima|okay|ok|perfekt)\b)",
    "fr": r"(?:\bsi\s+(?:vous|tu)\s+(?:\w+\s+){0,3}?(?:satisfait|content|ravi|aimez|appréciez|"
    r"plaît)|\bsi\s+(?:le|ce|notre)\s+\w+\s+vous\s+(?:plaît|a\s+plu)|\b(?:satisfait|ravi|"
    r"content)e?s?\b[^.?!]{0,40}\?|\bvous\s+(?:aimez|appréciez)\b[^.?!]{0,30}\?|"
    r"\btout\s+(?:va\s+bien|est\s+(?:parfait|ok)|roule)|\bsi\s+tout\s+(?:va|est|s'est))",
    "es": r"\bsi\s+(?:usted\s+)?(?:está|estás)\s+(?:\d+\s?%\s+|totalmente\s+|"
    r"completamente\s+)(?:satisfech|content)|(?:\bsi\s+(?:usted\s+)?(?:está|estás|quedó|queda|"
    r"ha\s+quedado)\s+(?:muy\s+)?(?:satisfech|content|encantad)|\bsi\s+(?:le|te)\s+(?:gusta|gustó|"
    r"ha\s+gustado|encanta|ha\s+encantado|encantó)|¿\s*(?:le|te)\s+(?:gusta|encanta|ha\s+gustado|"
    r"ha\s+encantado)|"
    r"\bsatisfech[oa]s?\b[^.?!]{0,40}\?|\btodo\s+(?:bien|perfecto|ok)|\bsi\s+todo\s+(?:va|"
    r"está|ha\s+ido|salió))",
    "it": r"(?:\bse\s+(?:sei|è|siete|è\s+stato|resti)\s+(?:\w+\s+)?(?:soddisfatt|content|felic)|"
    r"\bse\s+(?:ti|vi|le)\s+(?:piace|è\s+piaciut|piacciono)|\b(?:ti|vi)\s+(?:piace|"
    r"piacciono)\b[^.?!]{0,30}\?|"
    r"\bsoddisfatt[oaie]\b[^.?!]{0,30}\?|\btutto\s+(?:ok|bene|perfetto|a\s+posto)|"
    r"\bse\s+(?:tutto|va)\s+(?:bene|ok|è\s+andato))",
    "ja": r"(?:(?:ご満足|満足|気に入って|お気に召し|お気に入り)(?:いただけ|頂け|され|し|いただい|"
    r"頂い)?(?:まし)?(?:たら|た場合|た方|れば|ていただけましたら)|満足された方|"
    r"(?:気に入って|ご満足)(?:いただけ|頂け)?(?:たら|れば))",
    "zh": r"只有[^,。]{0,6}满意|(?:(?:如果|若|要是)(?:您|你)?(?:对.{0,8})?(?<!不)(?:满意|喜欢)|"
    r"(?<!不)(?:满意|喜欢)(?:的话|请|就|,)|只有满意|(?:用得|用着|感觉)(?:好|不错|满意)|"
    r"觉得(?:好|不错)(?:的话|就))",
}
# Telling Amazon about the product is a review, whatever the words: "tell the world on Amazon".
_SAY_ON_AMAZON = {
    "en": r"\b(?:tell|share|say|post|write|rave|shout|spread|talk|"
    r"let)\b[^.!?]{0,30}\bamazon\b(?!\s+"
    r"(?:customer\s+service|support|returns?|refunds?|orders?|messag\w*|account|help))|\bamazon\b"
    r"(?!\s+(?:customer\s+service|support|returns?|refunds?|orders?|messag\w*|account|help))"
    r"[^.!?]{0,25}\b(?:tell|share|sharing|say|post|write|rave|shout|spread)\b|"
    r"\blet\s+amazon\s+know|"
    r"\brat(?:e|ed|ing)\s+(?:us|it)\b|\breview(?:ed)?\s+us\b|\b(?:experience|thoughts|"
    r"opinion)s?\s+on\s+amazon|\b(?:tell|show|share|"
    r"spread)\s+(?:the\s+world|everyone|others|it|the\s+love|your\s+(?:thoughts|experience|"
    r"opinion))\s+on\s+amazon|\bsay\s+so\s+on\s+amazon",
    "de": r"(?:meinung|erfahrung|eindruck)[^.!?]{0,40}(?:auf|bei)\s+amazon|(?:auf|bei)\s+amazon"
    r"[^.!?]{0,30}(?:meinung|erfahrung|eindruck|erzähl|sag|schreib|teil)|\bab\s+zu\s+amazon|"
    r"(?:sagen|erzählen|teilen)\s+sie\s+(?:es|das|ihre\s+erfahrung|"
    r"ihre\s+meinung)\s+(?:gern\s+)?auf\s+amazon",
    "fr": r"(?:dites|racont\w*|partag\w*|dis|parlez)[-\w]*\s+(?:\w+\s+){0,3}?(?:sur|à)\s+"
    r"amazon|direction\s+amazon|\b(?:tout|chaque|cet|ce\s+qu'il)\s+avis|avis\s+publié|"
    r"partagez\s+(?:votre\s+)?(?:expérience|"
    r"avis)\s+sur\s+amazon|\bchaque\s+avis",
    "es": r"(?:cuént|compárt|díg|comparte|escribe|publica)\w*\s+(?:\w+\s+){0,3}?en\s+"
    r"amazon|comparta\s+su\s+(?:experiencia|"
    r"opinión)\s+en\s+amazon",
    "it": r"\b(?:raccont|condivid|dill|scriv)\w*\s+(?:\w+\s+){0,3}?su\s+amazon|\brecensisc\w*|"
    r"\brecensir\w*",
    "ja": r"amazonで(?:ご感想|感想|お声|ご意見)|amazon(?:へ|に)(?:ご感想|感想|投稿|お知らせ|"
    r"書き込|一言)|amazonへ(?=[、,。!！])|amazonで(?:シェア|発信|お伝え)",
    "zh": r"在亚马逊(?:上)?(?:分享|留言|说说|晒|写|讲)|(?:去|到|上)亚马逊(?:上)?(?:说|讲|分享|写|"
    r"晒|留言)|告诉亚马逊",
}
# Addressing only the happy buyers: "satisfied customers, please rate us".
_ONLY_HAPPY = {
    "en": r"\b(?:satisfied|happy|delighted)\s+(?:customers|buyers|users)",
    "de": r"\bzufriedene[n]?\s+(?:kunden|käufer)",
    "fr": r"\bclients\s+satisfaits",
    "es": r"\bclientes\s+satisfechos",
    "it": r"\bclienti\s+soddisfatti",
    "ja": r"(?:ご満足の|満足された|満足した)(?:方|お客様)",
    "zh": r"满意的(?:顾客|客户|买家|朋友)",
}
# Rating verbs with the informal clitics and the words for a score ("valóranos", "valutaci",
# 「打分」) and a comment posted on Amazon.
_RATE_VERB = {
    "en": r"\bscore\s+us\b|\bgive\s+us\s+(?:a\s+)?(?:\d|five|four)\b",
    "de": r"\bbewerte\s+uns\b|\b(?:kommentar|sterne)\s+(?:auf|bei)\s+amazon",
    "fr": r"\b(?:note|évalue)-(?:nous|le)\b|\bcommentaire\s+sur\s+amazon",
    "es": r"\b(?:val[oó]ra|calif[ií]ca|punt[uú]a|op[ií]na)(?:nos|lo|la|me)\b|\bvaloradnos\b",
    "it": r"\b(?:valuta|vota|recensisci)(?:ci|lo|la)\b|\bcommento\s+su\s+amazon|\bvoto\b",
    "ja": r"amazon(?:に|で)[^。]{0,12}(?:コメント|書き込み|投稿)|(?:コメント|"
    r"書き込み)(?:を)?(?:お寄せ|"
    r"いただ|投稿)",
    "zh": r"(?:打分|打星|点评|给个星|写评价|写评论|留个评价)",
}
# Thanks in kind: "as a thank-you", "als Dank", 「お礼として」, 「作为感谢」.
_AS_THANKS = {
    "en": r"\bas\s+a\s+(?:small\s+|little\s+)?(?:thank[- ]?you|thanks)|\bto\s+say\s+thank",
    "de": r"\bals\s+(?:kleines\s+)?dank",
    "fr": r"\ben\s+(?:guise\s+de\s+)?remerciement|\bpour\s+vous\s+remercier",
    "es": r"\b(?:como|en)\s+agradecimiento",
    "it": r"\bcome\s+ringraziamento|\bper\s+ringraziar\w*",
    "ja": r"お礼(?:として|に|の品)|[\d,]+円(?:相当|分)",
    "zh": r"作为感谢|以示感谢|获赠|答谢",
}
# "Are you happy?" as a question, in the languages where it is asked without "if".
_HAPPY_QUESTION = {
    "en": r"\b(?:happy|satisfied|pleased)\s+(?:with\s+(?:it|your\s+\w+))?\s*\?",
    "de": r"\b(?:zufrieden|begeistert|glücklich)\s*\?",
    "fr": r"\b(?:satisfait|content|ravi)e?s?\s*\?",
    "es": r"\b(?:satisfech|content)[oa]s?\s*\?|\bte\s+(?:ha\s+)?convenc",
    "it": r"\b(?:soddisfatt|content)[oaie]\s*\?|\bl'ha\s+convint|\bti\s+ha\s+convint",
    "ja": r"(?:ご満足|満足|気に入り|お気に召し)(?:です|でした|いただけました|されました)?か[?？]",
    "zh": r"(?:满意|喜欢)(?:吗|么|嘛)",
}
# Happiness taken as given: "since you love it", "puisque vous êtes ravie", "se ti ha conquistato".
_SINCE_HAPPY = {
    "en": r"\b(?:since|as|now\s+that)\s+(?:you\s+(?:mentioned|said|told\s+us)\s+)?"
    r"you(?:'re|\s+are)\s+"
    r"(?:so\s+)?(?:happy|pleased|delighted|thrilled|satisfied)|\bsince\s+things\s+turned\s+out\s+"
    r"(?:well|great|fine)|\bsince\s+you\s+(?:love|loved|like|enjoy)\b",
    "de": r"\b(?:da|weil)\s+sie\s+(?:so\s+)?(?:zufrieden|begeistert|glücklich)",
    "fr": r"\b(?:puisque|comme)\s+vous\s+(?:êtes|semblez)\s+(?:\w+\s+)?(?:ravie?s?|satisfaite?s?|"
    r"contente?s?|conquise?s?)",
    "es": r"\bya\s+que\s+(?:está|estás)\s+(?:tan\s+)?(?:satisfech|content|encantad)",
    "it": r"\bvisto\s+che\s+(?:è|sei)\s+(?:così\s+)?(?:soddisfatt|content|felic)|"
    r"\bse\s+(?:\w+\s+){0,3}?"
    r"ti\s+ha\s+(?:fatto\s+innamorare|conquistat|convint)",
    "ja": r"(?:お喜び|ご満足)(?:いただけ|頂け)(?:ている|た)(?:ようで|とのこと)",
    "zh": r"(?:既然|看到)您(?:很|这么)?(?:满意|喜欢)",
}
REVIEW = {lang: f"{REVIEW[lang]}|{_SAY_ON_AMAZON[lang]}|{_RATE_VERB[lang]}" for lang in REVIEW}
HAPPY_IF = {
    lang: f"{HAPPY_IF[lang]}|{_ONLY_HAPPY[lang]}|{_HAPPY_QUESTION[lang]}|{_SINCE_HAPPY[lang]}"
    for lang in HAPPY_IF
}
BENEFIT = {lang: f"{BENEFIT[lang]}|{_AS_THANKS[lang]}" for lang in BENEFIT}
# The ticket was resolved / the buyer is happy now: a review ask after it is gating.
RESOLVED = {
    "en": r"\bsince\s+things\s+(?:worked|turned)\s+out\b|\bmarked\s+(?:as\s+)?resolved\b|"
    r"\b(?:since|now\s+that)\s+everything(?:'s|\s+is)\s+(?:sorted|fixed|resolved|working)|"
    r"\b(?:glad|happy\s+to\s+hear|great\s+to\s+hear|pleased)\b[^.?!]{0,60}\b(?:resolved|"
    r"solved|fixed|sorted|working|works|happy|satisfied|love)|\b(?:since|now\s+that|"
    r"as)\s+(?:you(?:'re|\s+are)|your\s+(?:issue|problem)|the\s+(?:issue|problem)|"
    r"it)\s+(?:\w+\s+){0,2}(?:happy|satisfied|resolved|fixed|solved|working)|\b(?:since|"
    r"now\s+that)\s+"
    r"(?:everything|all)(?:'s|\s+is)\s+(?:\w+\s+)?(?:sorted|fixed|resolved|working|good)|"
    r"\bso\s+glad\s+"
    r"(?:the|your)\s+(?:\w+\s+){1,3}(?:fixed|solved|sorted|works|helped)",
    "de": r"(?:freut\s+(?:uns|mich)|schön)[^.?!]{0,60}(?:gelöst|behoben|zufrieden|gefällt|"
    r"funktioniert)|(?:da|nachdem)\s+(?:das\s+problem|alles)\s+(?:\w+\s+){0,2}(?:gelöst|behoben)",
    "fr": r"(?:ravis|heureux|content)[^.?!]{0,60}(?:résolu|réglé|satisfait|fonctionne)|"
    r"maintenant\s+que\s+(?:le\s+problème|tout)\s+(?:est|a\s+été)\s+(?:résolu|réglé)",
    "es": r"(?:nos\s+alegra|encantados|contentos)[^.?!]{0,60}(?:resuelto|solucionado|satisfech|"
    r"funciona)|ahora\s+que\s+(?:el\s+problema|todo)\s+(?:está|ha\s+sido)\s+(?:resuelto|"
    r"solucionado)",
    "it": r"(?:siamo\s+(?:lieti|felici|contenti))[^.?!]{0,60}(?:risolto|soddisfatt|funziona)|"
    r"ora\s+che\s+(?:il\s+problema|tutto)\s+è\s+(?:risolto|sistemato)",
    "ja": r"(?:解決|ご満足|喜んで)(?:いただけ|でき|し)[^。]{0,10}(?:ので|て|たようで)",
    "zh": r"(?:问题已(?:经)?解决|很高兴.{0,10}(?:解决|满意|喜欢))",
}
# A neutral request to review (allowed): "you can leave a review", "share your experience".
REVIEW_ASK = {
    "en": r"\b(?:review|rate|rating|feedback|leave|write|share|post)\b",
    "de": r"(?:bewert|rezension|teilen|schreiben|hinterlassen)",
    "fr": r"(?:avis|évalu|note|laisser|partag)",
    "es": r"(?:reseña|opinión|valora|dej|compart)",
    "it": r"(?:recension|valuta|lascia|condividi)",
    "ja": r"(?:レビュー|評価|感想)",
    "zh": r"(?:评价|评论|好评|分享)",
}

# The buyer shares a clip or photo to a chat app from the product's own app: no contact offered.
SHARE_TO_APP = (
    r"(?s)^(?!.*\b(?:with|to|on)\s+us\b)(?=.*(?:\bapp\b|\bclips?\b|\bvideos?\b|\bphotos?\b|\bfotos\b|"
    r"视频|照片)).*(?:\b(?:share|pick|choose)\w*\b.{0,40}(?:whatsapp|wechat)|分享到(?:微信|whatsapp)|"
    r"compartir\w*\s+por\s+whatsapp)"
)


def compile_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def detector(
    rule: str,
    lang: str,
    pattern: str,
    *,
    requires: str | None = None,
    unless: str | None = None,
    scope: Scope = Scope.SENTENCE,
    negatable: bool = True,
    severity: str | None = None,
) -> Detector:
    """A Detector with its patterns compiled."""
    return Detector(
        rule=rule,
        lang=lang,
        pattern=re.compile(pattern),
        requires=re.compile(requires) if requires else None,
        unless=re.compile(unless) if unless else None,
        scope=scope,
        negatable=negatable,
        severity=severity,
    )
