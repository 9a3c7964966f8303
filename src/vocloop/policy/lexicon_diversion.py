"""Detectors for diversion and marketing (DIV-01 to DIV-07) and warranty incentives (WAR-01)."""

from __future__ import annotations

from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import BENEFIT, CONTACT, LANGS, REVIEW, SHARE_TO_APP, detector

URL = (
    r"(?:https?://\S+|\bwww\.\S+|(?<![@\w.-])\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|de|fr|"
    r"es|it|co\.uk|uk|co\.jp|jp|net|org|shop|store|cn|io|eu|info|link|ly|me|app|example)\b"
    r"(?!@)(?:/\S*)?|(?<![@\w.-])\b[a-z0-9][a-z0-9-]*\.[a-z]{2,6}/[\w/?=&#.-]+)"
)
OFF_AMAZON_URL = r"(?![\w./:-]*amazon\.)" + URL
_SHOP_WORDS = {
    "en": r"(?:website|web\s?site|site|web\s?shop|web\s?store|shop|store|e-?shop|"
    r"online\s+store|page)",
    "de": r"(?:online-?shop|onlineshop|webshop|shop|website|webseite|homepage|store)",
    "fr": r"(?:site|boutique|e-?shop|magasin)",
    "es": r"(?:tienda|web|página|sitio)",
    "it": r"(?:sito|negozio|shop|store|e-?shop)",
}
_PURCHASE = {
    "en": r"\b(?:buy\w*|order\w*|reorder\w*|shop\w*|purchas\w*|grab\w*|pick\w*\s+(?:\w+\s+)?up|"
    r"stock\s+up|get\s+(?:your\s+)?(?:refills?|"
    r"spares?|parts?))\b[^.!?]{0,40}?\b(?:directly\s+|direct\s+|straight\s+)?(?:from|on|at|via|"
    r"through|in)\s+(?:our|my)\s+(?:own\s+)?(?:official\s+)?(?:online\s+)?"
    + _SHOP_WORDS["en"]
    + r"|\bbuy\s+direct\b|\bshop\s+(?:now\s+)?at\b|\bvisit\s+our\s+(?:online\s+)?(?:store|shop)\b"
    r"|\b(?:restock|reorder|buy|order|shop)\w*\s+(?:[\w&.]+\s+){0,4}?(?:straight|direct(?:ly)?)\s+"
    r"from\s+(?:us\b|[\w-]+\.(?:com|co|net|shop|store|de|fr|es|it|jp|example)\b)|\b(?:skip|no|"
    r"without)"
    r"\s+(?:the\s+)?(?:marketplace|amazon)\s+(?:markup|mark-up|fees?)"
    r"|\b(?:cheaper|better\s+price|lower\s+price|save|\d+\s?%\s+(?:off|cheaper))\b[^.!?]{0,40}"
    r"\b(?:our|official)\s+(?:own\s+)?(?:online\s+)?"
    + _SHOP_WORDS["en"]
    + r"|\b(?:our|official)\s+(?:online\s+)?(?:website|site|shop|store|webshop)\b[^.!?]{0,40}"
    r"\b(?:cheaper|better\s+price|lower\s+price|save|discount|\d+\s?%)",
    "de": r"(?:bestell|kauf|erhalt|erhält|bezieh|shopp|erhältlich)\w*\b[^.!?]{0,40}?(?:direkt\s+)?"
    r"\b(?:in|bei|auf|über|im)\s+unser\w*\s+(?:eigenen\s+)?"
    + _SHOP_WORDS["de"]
    + r"|\b(?:in|bei|auf|über|im)\s+unser\w*\s+(?:eigenen\s+)?"
    + _SHOP_WORDS["de"]
    + r"\b[^.!?]{0,40}(?:bestell|kauf|günstiger|erhältlich|sparen|rabatt)|direkt\s+bei\s+uns\s+"
    r"(?:bestellen|kaufen)",
    "fr": r"(?:achet|command|disponible|procur)\w*\b[^.!?]{0,40}?(?:directement\s+)?\b(?:sur|dans|"
    r"via|chez)\s+(?:notre|nos)\s+(?:propre\s+)?"
    + _SHOP_WORDS["fr"]
    + r"|\b(?:notre|nos)\s+"
    + _SHOP_WORDS["fr"]
    + r"s?\b(?:\s+en\s+ligne|\s+web|\s+officiel(?:le)?)?[^.!?]{0,40}(?:moins\s+ch|achet|command|"
    r"réduction|remise|économ|%)|(?:moins\s+ch[eè]re?s?|meilleur\s+prix)[^.!?]{0,40}(?:notre|nos)"
    r"\s+" + _SHOP_WORDS["fr"],
    "es": r"(?:compr|pid|adquier|encarg|disponible)\w*\b[^.!?]{0,40}?(?:directamente\s+)?\b(?:en|"
    r"desde|a\s+través\s+de)\s+(?:nuestra|nuestro)\s+(?:propia?\s+)?"
    + _SHOP_WORDS["es"]
    + r"|\bnuestr[ao]\s+"
    + _SHOP_WORDS["es"]
    + r"\b[^.!?]{0,40}(?:más\s+barat|ahorr|descuento|%)",
    "it": r"(?:acquist|compr|ordin|disponibil)\w*\b[^.!?]{0,40}?(?:direttamente\s+)?\b(?:sul|nel|"
    r"dal|sulla|nella|tramite\s+il)\s+(?:nostro|nostra)\s+"
    + _SHOP_WORDS["it"]
    + r"|\b(?:nostro|nostra)\s+"
    + _SHOP_WORDS["it"]
    + r"\b[^.!?]{0,40}(?:più\s+convenient|risparmi|sconto|%)",
    "ja": r"(?:公式|自社|弊社|当社|当店)(?:の)?(?:サイト|ストア|オンラインショップ|"
    r"オンラインストア|ショップ|ホームページ|hp|ウェブサイト|通販|ecサイト)[^。]{0,20}(?:購入|注文|"
    r"お買い|買|お得|割引|オフ|安)|(?:直接|じかに)(?:ご)?(?:注文|購入)",
    "zh": r"(?:官网|独立站|官方网站|官方商城|我们的网站|我们网站|我们的商城|官方店铺|淘宝|"
    r"天猫)[^。]{0,12}(?:购买|下单|订购|买|优惠|便宜|折)|(?:购买|下单|买)[^。]{0,6}(?:官网|独立站)|"
    r"直接(?:从|在)我们[^。]{0,8}(?:购买|下单)",
}
_BUY_WORD = {
    "en": r"\b(?:buy|order|reorder|shop|purchase|cheaper|save|grab|restock|refill)\w*",
    "de": r"(?:bestell|kauf|günstiger|spar)",
    "fr": r"(?:achet|command|moins\s+cher)",
    "es": r"(?:compr|pida|pedido|pedir|más\s+barat|ahorr|recambio|repuesto)",
    "it": r"(?:acquist|compr|ordina|risparmi)",
    "ja": r"(?:購入|注文|お買い)",
    "zh": r"(?:购买|下单|订购)",
}
# Amazon's own store pages are not off Amazon.
_ON_AMAZON = (
    r"(?:our\s+amazon|(?:tienda|boutique|negozio|shop|store|seite)\s+(?:de|di|d'|auf|on)\s*amazon|"
    r"amazon[- ]?(?:store|storefront|shop|seite|page|produktseite|boutique|tienda|"
    r"negozio)|(?<!than )(?<!que )(?<!als )(?<!che )(?:on|auf|sur|en|su)\s+amazon|亚马逊店铺)"
)
# "Discover our full range at brand.com": a shop window off Amazon.
_RANGE_OFF_AMAZON = {
    "en": r"\b(?:discover|explore|see|browse|check\s+out|find|shop)\s+(?:our|the)\s+(?:full\s+|"
    r"whole\s+|entire\s+|complete\s+)?(?:range|collection|products|catalog(?:ue)?|line[- ]?up)\b",
    "de": r"(?:entdecken|besuchen|stöbern)\s+sie\s+(?:in\s+)?unser(?:em|e|en)?\s+(?:gesamtes?\s+|"
    r"ganzes?\s+)?(?:sortiment|produkte|kollektion|katalog)",
    "fr": r"(?:découvrez|retrouvez)\s+(?:toute\s+)?(?:la|notre|nos)\s+(?:gamme|collection|produits|"
    r"catalogue)",
    "es": r"(?:descubra|descubre|encuentra|encuentre)\s+(?:toda\s+)?(?:la|nuestra|"
    r"nuestros)\s+(?:gama|"
    r"colección|productos|catálogo)",
    "it": r"(?:scopri|trova)\s+(?:tutta\s+)?(?:la\s+nostra|i\s+nostri|la)\s+(?:gamma|collezione|"
    r"prodotti|"
    r"catalogo)",
    "ja": r"(?:他の|その他の|全)(?:商品|製品)(?:ラインナップ)?(?:は|を)",
    "zh": r"更多(?:产品|商品)(?:请)?(?:访问|浏览|见)",
}
_SHOP_PLACE = (
    OFF_AMAZON_URL + r"|website|webshop|web\s?site|site\s+web|sitio\s+web|sito|公式|官网|网站"
)
# "Don't make the return on Amazon": the return itself named as the thing to avoid.
_NO_AMAZON_RETURN = {
    "en": r"\b(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:start|make|request|file|process|do|"
    r"open)\s+(?:a|the|your)\s+(?:return|refund)\s+(?:on|via|through|with)\s+amazon|"
    r"\b(?:don'?t|do\s+not)\s+send\s+(?:it|this|the\s+\w+)\s+back\s+(?:through|via|on|with)\s+"
    r"(?:the\s+)?(?:marketplace|amazon)",
    "de": r"gehen\s+sie\s+nicht\s+über\s+amazon|(?:rücksendung|retoure)\s+(?:über|via|bei)\s+"
    r"amazon\s+(?:ist\s+)?(?:nicht\s+(?:nötig|notwendig|erforderlich)|überflüssig)|"
    r"\bkeine\s+(?:rücksendung|retoure|"
    r"erstattung)\s+(?:über|bei|via)\s+amazon",
    "fr": r"\bne\s+passez\s+pas\s+par\s+amazon|\bne\s+(?:faites|demandez|"
    r"ouvrez)\s+pas\s+(?:de\s+)?(?:retour|remboursement)\s+(?:sur|via|auprès\s+d')\s*amazon|"
    r"\bne\s+(?:retournez|renvoyez)\s+pas\s+(?:le|la|les|votre|ce|cet|cette)\s+\w+\s+(?:sur|via|par)\s+"
    r"amazon",
    "es": r"\bno\s+pase\s+por\s+amazon|\bno\s+(?:haga|solicite|tramite|pida|abra|inicie|"
    r"gestione)\s+(?:la\s+|una\s+)?(?:devolución|reembolso)\s+(?:en|a\s+través\s+de|por)\s+amazon",
    "it": r"\bnon\s+passare\s+(?:da|per)\s+amazon|\bnon\s+(?:effettuare|fare|aprire|richiedere|"
    r"chiedere)\s+(?:il\s+|un\s+)?(?:reso|rimborso)\s+(?:su|tramite|via|con|ad)\s+amazon",
    "ja": r"amazonを(?:通さず|経由せず|通さないで)|amazon(?:で|に)(?:の)?(?:返品|"
    r"返金)(?:申請)?(?:は)?(?:しないで|なさらないで|お控え)",
    "zh": r"(?:别|不要|先别)(?:急着|马上|直接)?(?:退货|退款|申请退货)|绕过(?:亚马逊|amazon)|"
    r"(?:不要|请勿|别)(?:在|通过)?(?:亚马逊|amazon)(?:上)?(?:申请|提交)?(?:退货|退款)",
}
# Explaining Amazon's own coupons ("applied by Amazon at checkout") promotes nothing.
_AMAZON_RUNS_IT = (
    r"amazon-?geschenkgutschein|amazon\s+gift\s+card|chèque-cadeau\s+amazon|"
    r"tarjeta\s+regalo\s+(?:de\s+)?"
    r"amazon|buono\s+regalo\s+amazon|amazonギフト(?:券|カード)|亚马逊礼品卡|"
    r"war\s+ein\s+(?:zeitlich\s+begrenztes|befristetes)\s+angebot|was\s+a\s+(?:limited[- ]time|"
    r"time-limited)\s+(?:offer|deal)|amazon[^.!?]{0,40}(?:gesehen|eingelöst)\s+haben|(?:gesehen|"
    r"eingelöst)\s+haben[^.!?]{0,40}amazon|"
    r"\byou\s+(?:saw|redeemed|used)\s+(?:\w+\s+){0,3}?(?:on|at)\s+amazon|que\s+vous\s+avez\s+(?:vu|"
    r"utilisé)\s+(?:\w+\s+){0,3}?sur\s+amazon|que\s+(?:has|ha)\s+(?:visto|"
    r"canjeado)\s+(?:\w+\s+){0,3}?"
    r"en\s+amazon|che\s+ha(?:i)?\s+(?:visto|utilizzato)\s+(?:\w+\s+){0,3}?su\s+amazon|"
    r"aktion\s+von\s+amazon|von\s+amazon\s+selbst|amazon\s+itself|amazon'?s\s+own|par\s+amazon\s+"
    r"(?:lui-même|elle-même)|de\s+la\s+propia\s+amazon|di\s+amazon\s+stess[ao]|"
    r"(?:applied|handled|managed|run|set)\s+by\s+amazon|amazon\s+(?:applies|handles|runs)|"
    r"von\s+amazon\s+"
    r"(?:an\s+der\s+kasse|angewendet|verwaltet)|(?:appliqué|géré)e?s?\s+par\s+amazon|(?:aplicad|"
    r"gestionad)[oa]s?\s+por\s+amazon|(?:applicat|gestit)[oaie]\s+da\s+amazon|amazonが(?:適用|"
    r"管理)|"
    r"由亚马逊(?:使用|处理|管理)|coupon\s+amazon|amazon[- ](?:coupon|gutschein)|"
    r"cupón\s+de\s+amazon|"
    r"coupon\s+di\s+amazon|amazonクーポン|亚马逊(?:的)?优惠券|(?:shown|reflected|listed|"
    r"included)\s+(?:on|in)\s+(?:the|your)\s+"
    r"(?:invoice|receipt|statement)|明細に(?:反映|記載)|領収書に(?:反映|記載)|(?:发票|账单)(?:上|"
    r"中)(?:显示|列出)"
)
# "Contact us for a full refund": the refund promised outside Amazon's return process.
_REFUND_FROM_US = {
    "en": r"\bwe(?:'ll|\s+will)?\s+refund\s+you\s+(?:directly|ourselves|the\s+same\s+day|"
    r"right\s+away)|\b(?:contact|message|email|write\s+to|call|"
    r"text)\s+us\s+instead\b(?=[^.!?]*(?:refund|return|replace))|\b(?:contact|email|message|"
    r"write\s+to)\s+us\s+(?:\w+\s+){0,2}?for\s+(?:a\s+)?(?:full\s+)?(?:refund|money\s+back)",
    "de": r"erstatten\s+(?:wir\s+)?ihnen\s+(?:\w+\s+)?(?:direkt|sofort)|(?:kontaktieren|"
    r"schreiben)\s+sie\s+uns\s+(?:\w+\s+){0,2}?für\s+(?:eine\s+)?(?:volle\s+)?(?:erstattung|"
    r"rückerstattung)|wir\s+erstatten\s+ihnen\s+(?:den\s+betrag\s+)?direkt",
    "fr": r"nous\s+vous\s+remboursons\s+(?:directement|immédiatement)|"
    r"contactez-nous\s+(?:\w+\s+){0,2}?pour\s+(?:un|le|être)\s+(?:rembours\w*)",
    "es": r"le\s+reembolsamos\s+(?:directamente|en\s+el\s+acto)|"
    r"contáctenos\s+(?:\w+\s+){0,2}?para\s+(?:un|el|obtener\s+el)\s+reembolso",
    "it": r"ti\s+rimborsiamo\s+(?:direttamente|subito)|contattaci\s+(?:\w+\s+){0,2}?per\s+(?:un|il|"
    r"ottenere\s+il)\s+rimborso",
    "ja": r"直接(?:ご)?返金|(?:返金|全額返金)(?:は|を)?(?:弊社|当社)(?:まで|に|へ|が)",
    "zh": r"直接(?:给您)?退款|联系我们(?:即可)?(?:全额)?(?:退款|返款)",
}
# A missing or broken part sent again is support, and Amazon's gift returns credit a gift card.
_SUPPORT_CASE = (
    r"补发|缺失|缺少|维修|保修|missing|replacement|ersatzteil|pièce\s+manquante|欠品|不足"
)
_GIFT_RETURN = r"gift\s+returns?|gift\s+card\s+balance|geschenkrücksendung|retour\s+de\s+cadeau"
# Sending the order id to the brand for a reward is list-building (and a reward for it).
_ORDER_ID_FOR_REWARD = {
    "en": r"\b(?:send|email|give)\s+(?:us\s+)?your\s+order\s+(?:id|number|no)\b",
    "de": r"(?:senden|schicken|nennen)\s+sie\s+uns\s+ihre\s+bestellnummer",
    "fr": r"envoyez-nous\s+votre\s+numéro\s+de\s+commande",
    "es": r"envíenos\s+su\s+número\s+de\s+pedido",
    "it": r"inviaci\s+il\s+(?:tuo\s+)?numero\s+d(?:'|i\s+)ordine",
    "ja": r"注文番号を(?:お送り|送って|ご連絡|お知らせ)",
    "zh": r"(?:发送|提供|发)(?:您的)?订单号",
}
# "Don't return it: write to us" (the return itself discouraged, a contact offered instead).
_DONT_RETURN = {
    "en": r"\b(?:don'?t|do\s+not)\s+(?:return|send\s+back)\s+(?:it|this|the\s+(?:item|product|"
    r"unit))\b",
    "de": r"\bsenden\s+sie\s+(?:es|das\s+\w+)\s+nicht\s+zurück",
    "fr": r"\bne\s+(?:le|la|les)\s+(?:retournez|renvoyez)\s+pas",
    "es": r"\bno\s+(?:lo|la|los)\s+devuelva",
    "it": r"\bnon\s+(?:restituire|rendere|rispedire)\s+(?:il\s+prodotto|l'articolo|lo|la)",
    "ja": r"返品(?:は)?(?:せず|しないで|なさらず)",
    "zh": r"(?:先)?(?:不要|别)(?:急着)?退(?:货|回)",
}
# "Cheaper than on Amazon" is a reason to leave Amazon, whatever else the sentence says.
_CHEAPER_THAN_AMAZON = {
    "en": r"\b(?:cheaper|better\s+price|lower\s+price|less|save\s+more)\s+than\s+(?:on\s+|at\s+|"
    r"via\s+)?amazon|\bskip\s+amazon|\b(?:below|under|less\s+than|cheaper\s+than)\s+(?:the\s+)?"
    r"(?:marketplace|amazon)(?:'s)?\s+prices?",
    "de": r"(?:günstiger|billiger|preiswerter)\s+als\s+(?:bei|auf|über)\s+amazon|"
    r"weniger\s+als\s+(?:im|"
    r"auf\s+dem|bei)\s+(?:marktplatz|amazon)|direkt\s+bei\s+uns\b[^.!?]{0,40}(?:nachbestellen|"
    r"bestellen|kaufen)\b|(?:bei\s+uns\s+im|in\s+unserem)\s+(?:web-?|online-?)?shop[^.!?]{0,40}"
    r"(?:günstiger|billiger|preiswerter)|(?:günstiger|billiger|preiswerter)[^.!?]{0,50}direkt\s+(?:beim|vom)\s+"
    r"hersteller|direkt\s+(?:beim|vom)\s+hersteller[^.!?]{0,50}(?:günstiger|billiger|preiswerter)",
    "fr": r"moins\s+ch[eè]re?s?\s+que\s+sur\s+amazon",
    "es": r"más\s+barat[oa]s?\s+que\s+en\s+amazon",
    "it": r"(?:più\s+economic[oi]|meno\s+car[oi])\s+che\s+su\s+amazon",
    "ja": r"amazonより(?:も)?(?:安|お得)|(?:メーカー直販|直販(?:ページ|サイト|ストア)|"
    r"公式(?:サイト|ストア|ショップ)|直営(?:ストア|店|サイト))[^。]{0,15}(?:お得|安く|割安)",
    "zh": r"比亚马逊(?:上)?(?:更)?(?:便宜|优惠|划算)",
}
_COUPON = {
    "en": r"\b(?:members?[- ]only|vip|insider|special)\s+(?:prices?|deals?|offers?|discounts?)\b|"
    r"\bnever\s+pay\s+full\s+price|\bmember\s+pric\w*|\b(?:enter|use|apply)\s+\w+\s+at\s+checkout|"
    r"\bunlock\s+(?:\w+\s+)?(?:pricing|prices|"
    r"discounts?|deals?)\b|"
    r"\b(?:coupons?|promo(?:tion(?:al)?)?\s*codes?|discount\s*codes?|voucher\s*codes?|"
    r"\d+\s?%\s?(?:off|discount|cheaper|savings?)|(?:save|get|enjoy)\s+\d+\s?%|next\s+(?:order|"
    r"purchase)|vip\s+(?:club|deals?|members?|program|offers?)|exclusive\s+(?:deals?|offers?|"
    r"discounts?)|(?:use|enter|apply)\s+(?:the\s+)?code|special\s+offers?|early\s+deals?|"
    r"flash\s+sale|buy\s+one,?\s+get\s+one|bogo|(?:get|receive|enjoy|claim|unlock)\s+(?:a\s+|an\s+|"
    r"your\s+)?(?:\w+\s+)?discount)\b",
    "de": r"(?:gutschein(?:code)?|rabatt(?:code|aktion)?|\d+\s?%\s?(?:rabatt|sparen|günstiger|"
    r"nachlass)|sparen\s+sie\s+\d+|nächsten?\s+(?:bestellung|einkauf|kauf)|exklusive\s+(?:angebote|"
    r"rabatte|deals)|aktionscode|promo-?code|sonderangebot|mit\s+dem\s+code)",
    "fr": r"(?:code\s+promo|code\s+(?:exclusif|spécial|de\s+bienvenue)|code\s+de\s+réduction|"
    r"bon\s+de\s+réduction|coupon|réduction\s+de\s+\d+|"
    r"\d+\s?%\s+de\s+(?:réduction|remise)|remise\s+de\s+\d+|prochaine\s+commande|prochain\s+achat|"
    r"offres?\s+exclusives?|promotions?\s+exclusives?|bon\s+d'achat|avec\s+le\s+code)",
    "es": r"(?:cupón|cupones|código\s+(?:de\s+)?(?:descuento|promocional)|\d+\s?%\s+de\s+descuento|"
    r"descuento\s+del?\s+\d+|ahorre\s+(?:un\s+)?\d+|próxima\s+compra|próximo\s+pedido|"
    r"ofertas?\s+exclusivas?|con\s+el\s+código|vale\s+descuento)",
    "it": r"(?:coupon|codice\s+(?:sconto|promozionale|promo)|sconto\s+del?\s+\d+|"
    r"\d+\s?%\s+di\s+sconto|prossimo\s+(?:ordine|acquisto)|offerte?\s+esclusive?|buono\s+sconto|"
    r"con\s+il\s+codice|usa\s+il\s+codice)",
    "ja": r"(?:クーポン|割引(?:コード)?|\d+\s?%\s?(?:オフ|off|引き)|\d+\s?円引き|"
    r"次回(?:の)?(?:ご)?(?:購入|注文|お買い物)|特別価格|限定セール|セール情報|"
    r"プロモーションコード)",
    "zh": r"(?:优惠(?:码|券)|折扣码?|打\d+折|\d+折|[八九七六五]折|返现|下次购买|下单立减|满减|促销|"
    r"优惠价|更优惠)",
}
# A blank voucher card the buyer fills in ("Blanko-Gutscheinkarte") is part of the product.
_BLANK = (
    r"blanko|\bblank\s+(?:gift\s+)?(?:voucher|coupon)|(?:bon|carte)\s+(?:\w+\s+)?vierge|(?:vale|"
    r"tarjeta)\s+"
    r"(?:\w+\s+)?en\s+blanco|(?:buono|biglietto)\s+(?:\w+\s+)?in\s+bianco|空白(?:の)?(?:クーポン|"
    r"券|カード)|"
    r"空白(?:的)?(?:券|卡)"
)
_CONTACT_DETAILS = {
    "en": r"\b(?:call|phone|text|ring)\s+(?:us|me)\b",
    "de": r"\brufen\s+sie\s+(?:uns|mich)\s+an",
    "fr": r"\bappelez-(?:nous|moi)",
    "es": r"\bllám(?:enos|eme)",
    "it": r"\bchiamaci|chiamateci",
    "ja": r"(?:お電話|電話)(?:で|にて)(?:ご連絡|お問い合わせ|ご案内)",
    "zh": r"(?:致电|打电话给我们)",
}
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# Order ids (3-7-7) and ISO dates look like phone numbers to a plain pattern.
PHONE = (
    r"(?<![\w-])(?!\d{3}-\d{7}-\d{7})(?!\d{4}-\d{2}-\d{2})(?!\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)"
    r"(?!(?:19|20)\d\d\s?-\s?(?:19|20)\d\d\b)(?:\+|00)?\d(?:[\s().-]?\d){7,}"
    r"(?![\w-])"
)
CHAT_APPS = (
    r"(?:whats\s?app|wechat|weixin|微信|\bline\s?id\b|line友だち|line公式|\btelegram\b|\bskype\b|"
    r"\bviber\b|\bkakao|\bqq\b|\bvx\b)"
)
_LIST_BUILDING = {
    "en": r"\b(?:join|subscribe|sign\s?up|enrol+|register)\b[^.!?]{0,30}\b(?:newsletter|"
    r"mailing\s+list|email\s+list|vip|club|community|insiders|family|group)\b|\bfollow\s+(?:us|"
    r"our)\b|\b(?:like|find)\s+us\s+on\s+(?:facebook|instagram|tiktok|youtube|twitter|pinterest)|"
    r"\bsubscribe\s+to\s+our",
    "de": r"newsletter\b[^.!?]{0,20}(?:abonnieren|anmelden|eintragen)|(?:abonnieren|"
    r"anmelden)[^.!?]{0,30}newsletter|folgen\s+sie\s+uns|folge\s+uns|community\s+beitreten|"
    r"vip-?club",
    "fr": r"(?:inscri\w+|abonne\w+)[^.!?]{0,30}(?:newsletter|lettre\s+d'information|liste|club)|"
    r"suivez-nous|rejoignez\s+(?:notre|le)\s+(?:club|communauté|groupe)",
    "es": r"(?:suscr[íi]b\w*|regístrese|únase|únete)[^.!?]{0,30}(?:boletín|newsletter|club|"
    r"comunidad|lista)|s[íi]ganos|s[íi]guenos",
    "it": r"(?:iscriviti|iscriversi|iscrivetevi|registrati|unisciti)[^.!?]{0,30}(?:newsletter|club|"
    r"community|lista|gruppo)|seguici",
    "ja": r"(?:メルマガ|メールマガジン|ニュースレター|line(?:公式)?(?:アカウント)?|友だち|"
    r"友達)(?:に|を|の)?(?:登録|追加)|フォロー(?:して|お願い|ください)|(?:インスタ|instagram|"
    r"twitter|tiktok|youtube)(?:を|で|の)?(?:フォロー|チャンネル登録)",
    "zh": r"(?:关注|订阅|加入)(?:我们的)?(?:公众号|微博|抖音|小红书|ins|instagram|facebook|会员|"
    r"社群|群|邮件列表|newsletter)|扫码(?:加|关注)",
}
_AWAY_FROM_RETURNS = {
    "en": r"\bkeep\s+(?:it|them|complaints?|problems?)\s+off\s+amazon|"
    r"\bdon\'?t\s+bother\s+(?:with\s+(?:an?\s+|the\s+)?(?:amazon\s+)?return|returning)|"
    r"\bskip\s+(?:the\s+)?(?:amazon\s+)?return|\b(?:no|without\s+an?)\s+amazon\s+return|"
    r"\b(?:don'?t|do\s+not|please\s+don'?t|no\s+need\s+to|never|avoid)\s+(?!hesitate\b)"
    r"(?:\w+\s+){0,2}?(?:return|"
    r"send)(?:ing)?\s+(?:it|this|them|(?:the|this|that|your)\s+(?:item|product|unit|"
    r"order))?\s*(?:back\s+)?(?:to|via|"
    r"through|on)\s+amazon|\b(?:don'?t|do\s+not|no\s+need\s+to|never)\s+(?:open|file|start|"
    r"submit)\s+(?:an?\s+)?(?:a-?to-?z|claim|case|return\s+request|refund\s+request)|"
    r"\b(?:no\s+need\s+to|don'?t|do\s+not)\s+(?:go\s+through|involve|contact|go\s+to)\s+amazon|"
    r"\binstead\s+of\s+(?:going\s+through\s+(?:an?\s+)?(?:amazon\s+)?return|returning|a\s+return|"
    r"a\s+refund\s+request|requesting\s+a\s+(?:return|"
    r"refund)|sending\s+it\s+back|amazon)",
    "de": r"(?:sende|schick|geb)\w*\b[^.!?]{0,40}\bnicht\s+(?:an|über|bei|zu)\s+amazon|"
    r"\bnicht\s+(?:an|über|bei)\s+amazon\s+zurück|(?:statt|anstatt|"
    r"anstelle)\s+(?:einer\s+)?(?:rücksendung|zurückzusenden|retoure)|keinen?\s+a-?(?:bis|to)-?z|"
    r"ohne\s+amazon\s+einzuschalten",
    "fr": r"\bne\s+pas\s+(?:retourner|renvoyer)\s+(?:\S+\s+){0,2}?(?:via|par|à|sur)\s+amazon|"
    r"\bne\s+(?:le|la|les|l')?\s*(?:retournez|renvoyez|rendez)\s+pas\s+(?:à|sur|via|"
    r"par)\s+amazon|(?:au\s+lieu\s+de|plutôt\s+que\s+de?)\s+(?:le\s+|la\s+|les\s+)?(?:retourner|"
    r"renvoyer|demander\s+un\s+remboursement)|pas\s+(?:la\s+peine|besoin)\s+de\s+(?:passer\s+par|"
    r"contacter)\s+amazon|n'ouvrez\s+pas\s+(?:de\s+|d')(?:réclamation|litige|demande|retour|"
    r"dossier)",
    "es": r"\bno\s+(?:lo|la|los)?\s*(?:devuelva|devuelvas|envíe)\s+(?:a|en|por|"
    r"a\s+través\s+de)\s+amazon|en\s+(?:lugar|vez)\s+de\s+(?:devolver\w*|"
    r"solicitar\s+(?:un\s+)?reembolso)|no\s+abra\s+(?:una\s+)?reclamación|sin\s+(?:pasar\s+por|"
    r"necesidad\s+de)\s+amazon",
    "it": r"\bnon\s+(?:lo\s+|la\s+)?(?:restituir\w*|rendere|rimandar\w*|restituite|restituisca|"
    r"rispedir\w*)\s+(?:ad?|su|tramite|via)\s+amazon|invece\s+di\s+(?:restituir\w*|rendere|"
    r"fare\s+(?:il\s+)?reso|chiedere\s+(?:il\s+)?rimborso)|non\s+aprire\s+(?:una\s+)?(?:richiesta|"
    r"reclamo)|senza\s+passare\s+(?:da|per)\s+amazon",
    "ja": r"amazon(?:で|に|へ|経由で|から)?(?:の)?返品(?:せず|しないで|なさらず|ではなく|はせず|"
    r"をせず|はしないで)|(?:返品|返金)(?:申請)?(?:ではなく|の代わりに|をせず|せずに)|"
    r"a-?to-?z[^。]{0,10}(?:申請|請求)(?:しないで|せず|はご遠慮)",
    "zh": r"不要(?:在|通过|向|去)?(?:亚马逊|amazon)?(?:上)?(?:申请)?(?:退货|退款|退回)|(?:无需|"
    r"不用|不必)(?:经过|通过|找)(?:亚马逊|amazon)|(?:不要|请勿)(?:提交|申请|开)?\s*a-?to-?z",
}
_BEFORE_RETURN = {
    "en": r"\b(?:before|prior\s+to)\s+(?:you\s+)?(?:return\w*|sending\s+it\s+back|"
    r"requesting\s+a\s+(?:return|refund))",
    "de": r"\bbevor\s+sie\s+(?:das\s+\w+\s+|es\s+)?(?:zurücksenden|zurückschicken|retournieren)|"
    r"vor\s+(?:einer|der)\s+rücksendung",
    "fr": r"\bavant\s+de\s+(?:le\s+|la\s+)?(?:retourner|renvoyer)|avant\s+tout\s+retour",
    "es": r"\bantes\s+de\s+(?:devolver\w*|solicitar\s+(?:la\s+)?devolución)",
    "it": r"\bprima\s+di\s+(?:restituir\w*|fare\s+(?:il\s+)?reso|rendere)",
    "ja": r"返品(?:する|される|の)?前に",
    "zh": r"退货(?:之)?前",
}
_PAID_OUTSIDE = {
    "en": r"\bsend\s+(?:the\s+)?(?:money|value)\b[^.!?]{0,60}\be-?wallet|\bwhich\s+e-?wallet|"
    r"\b(?:refund|reimburs|compensat|pay|transfer|money\s+back|"
    r"cash|send\s+you\s+\S+\s+back|send\s+(?:the\s+)?(?:money|value))\w*\b[^.!?]{0,60}\b(?:paypal|"
    r"venmo|zelle|"
    r"payment\s+app|cash\s?app|alipay|"
    r"wechat\s+pay|bank\s+transfer|"
    r"wire\s+transfer|western\s+union|gift\s?card)|\b(?:paypal|venmo|zelle|alipay|"
    r"bank\s+transfer)\b[^.!?]{0,30}\b(?:refund|reimburs|compensat|payment|money)",
    "de": r"(?:erstatt|rückerstatt|zahl|überweis|entschädig|geld)\w*\b[^.!?]{0,40}\b(?:paypal|"
    r"überweisung|banküberweisung)|paypal[^.!?]{0,30}(?:erstatt|zurück)",
    "fr": r"(?:rembours|dédommag|indemnis|pai)\w*[^.!?]{0,40}(?:paypal|virement|lydia)|(?:par|"
    r"via)\s+paypal[^.!?]{0,30}rembours",
    "es": r"(?:reembols|devolv|compens|pag|pasamos|importe)\w*[^.!?]{0,40}(?:paypal|bizum|"
    r"transferencia)",
    "it": r"(?:rimbors|risarc|pag)\w*[^.!?]{0,40}(?:paypal|bonifico|satispay)",
    "ja": r"(?:paypal|銀行振込|振込|振り込み|paypay)[^。]{0,10}(?:返金|返済|お支払|補償|送金)|"
    r"(?:返金|補償)[^。]{0,10}(?:paypal|銀行振込|paypay)",
    "zh": r"(?:支付宝|微信|paypal|银行转账|转账)[^。]{0,8}(?:返款|退款|返现|补偿|打款|赔偿)|"
    r"(?:退款|返款|补偿)[^。]{0,10}(?:支付宝|微信|paypal)",
}
_WARRANTY_PLUS = {
    "en": r"\b(?:\d+\s+(?:extra|more|additional|bonus)\s+(?:months?|years?)\s+(?:of\s+)?warranty|"
    r"(?:extended|extra|lifetime|longer|bonus|additional)\s+(?:\d+[- ](?:month|"
    r"year)s?\s+)?(?:of\s+)?warranty|warranty\s+(?:upgrade|extension)|(?:extend|unlock|"
    r"upgrade)\w*\s+(?:\w+\s+){0,3}?warranty|unlock\s+an?\s+\d+[- ](?:month|year)|"
    r"(?:upgrade|extend|stretch)\w*\s+(?:[\w-]+\s+){0,5}?(?:coverage|cover|protection|guarantee)|"
    r"\bunlock\s+(?:your|our|the|a)\s+(?:[\w-]+\s+){0,4}?(?:warranty|promise|cover(?:age)?|guarantee)|"
    r"(?:coverage|cover|protection|guarantee|that)\s+(?:\w+\s+){0,4}?(?:stretched|extended|"
    r"upgraded)\s+(?:from\s+\S+\s+\w+\s+)?to\s+(?:lifetime|\w+\s+(?:full\s+)?(?:years|months))|"
    r"\b\w+\s+(?:years?|months?)\s+of\s+(?:cover|coverage|warranty|guarantee)\s+instead)",
    "de": r"(?:garantieverlängerung|verlängerte\s+garantie|garantie\s+(?:um|auf)\s+\d+|"
    r"verlänger\w*\s+(?:wir\s+)?(?:ihre|die)\s+garantie|zusätzliche\s+garantie|"
    r"\d+\s+statt\s+\d+\s+monate)",
    "fr": r"(?:garantie\s+(?:prolongée|étendue|supplémentaire|à\s+vie)|prolong\w*\s+(?:votre\s+|"
    r"la\s+)?garantie|extension\s+de\s+garantie)",
    "es": r"(?:garantía\s+(?:extendida|ampliada|adicional|de\s+por\s+vida)|"
    r"ampl[ií]\w*\s+(?:tu\s+|su\s+|"
    r"la\s+)?garantía|extensión\s+de\s+(?:la\s+)?garantía)",
    "it": r"(?:garanzia\s+(?:estesa|prolungata|aggiuntiva|a\s+vita|premium)|"
    r"garanzia\s+passa\s+da\s+\d+\s+a\s+\d+|estend\w*\s+(?:\w+\s+)?"
    r"(?:la\s+)?(?:garanzia|copertura)|"
    r"estensione\s+(?:di|della)\s+garanzia)",
    "ja": r"(?:延長保証|保証(?:期間)?(?:を|の|が)?(?:\d+(?:年|ヶ月|か月|カ月)(?:間)?)?延長|"
    r"保証延長|永久保証)",
    "zh": r"(?:延保|延长(?:[一二三\d]+(?:年|个月))?保修|保修(?:期)?延长|终身保修|额外保修)",
}
_REGISTER = {
    "en": r"\b(?:regist\w*|activat\w*|sign\s?up)\b",
    "de": r"(?:registr\w*|aktivier\w*|anmeld\w*)",
    "fr": r"(?:enregistr\w*|inscri\w*|activ\w*)",
    "es": r"(?:regístr\w*|registr\w*|activ\w*)",
    "it": r"(?:registr\w*|attiv\w*)",
    "ja": r"(?:登録|会員)",
    "zh": r"(?:注册|登记|激活)",
}


def _diversion_detectors(lang: str) -> list[Detector]:
    review = REVIEW[lang]
    found = [
        detector("DIV-01", lang, _PURCHASE[lang], unless=_ON_AMAZON),
        detector("DIV-01", lang, OFF_AMAZON_URL, requires=_BUY_WORD[lang], unless=_ON_AMAZON),
        detector("DIV-01", lang, _CHEAPER_THAN_AMAZON[lang]),
        detector("DIV-01", lang, _RANGE_OFF_AMAZON[lang], requires=_SHOP_PLACE, unless=_ON_AMAZON),
        detector(
            "DIV-02", lang, _COUPON[lang], unless=f"{_AMAZON_RUNS_IT}|{_BLANK}", scope=Scope.WINDOW
        ),
        detector("DIV-04", lang, _CONTACT_DETAILS[lang], unless=SHARE_TO_APP),
        detector("DIV-05", lang, _LIST_BUILDING[lang]),
        detector("DIV-06", lang, _AWAY_FROM_RETURNS[lang], negatable=False),
        detector("DIV-06", lang, _NO_AMAZON_RETURN[lang], negatable=False),
        detector("DIV-06", lang, _DONT_RETURN[lang], requires=CONTACT[lang], negatable=False),
        detector("DIV-06", lang, _BEFORE_RETURN[lang], requires=CONTACT[lang], negatable=False),
        detector("DIV-07", lang, _PAID_OUTSIDE[lang], unless=_GIFT_RETURN),
        detector("DIV-06", lang, _REFUND_FROM_US[lang], negatable=False),
        detector(
            "DIV-05", lang, _ORDER_ID_FOR_REWARD[lang], requires=BENEFIT[lang], unless=_SUPPORT_CASE
        ),
        detector("WAR-01", lang, _WARRANTY_PLUS[lang], requires=review, scope=Scope.WINDOW),
        detector(
            "WAR-01",
            lang,
            _WARRANTY_PLUS[lang],
            requires=_REGISTER[lang],
            scope=Scope.WINDOW,
            severity="warning",
        ),
    ]
    return found


# Links, e-mail addresses, phone numbers and chat apps read the same in every language.
_SHARED = (
    detector("DIV-03", "any", URL),
    detector("DIV-03", "any", r"\bqr[- ]?(?:code|コード)|二维码|<a\s", negatable=False),
    detector("DIV-04", "any", EMAIL, negatable=False),
    detector("DIV-04", "any", PHONE, negatable=False),
    detector("DIV-04", "any", CHAT_APPS, unless=SHARE_TO_APP),
)

DIVERSION_DETECTORS: tuple[Detector, ...] = _SHARED + tuple(
    d for lang in LANGS for d in _diversion_detectors(lang)
)
