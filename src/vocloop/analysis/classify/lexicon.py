"""Cue words per root cause in every supported language: model features and keyword baseline."""

from __future__ import annotations

import re

from vocloop.analysis.classify.safety import find_safety_hazard

# Ordered by precedence: the keyword baseline takes the first code whose cues match.
_CUES: dict[str, tuple[str, ...]] = {
    "shipping_delivery": (
        r"never (arrived|came|got it|received|delivered|showed up)|not (been )?(arrived|"
        r"delivered|received)|"
        r"(arrived|came|delivered|shipped) (\w+ )?(late|too late|after|weeks later)|"
        r"late (delivery|shipment)|"
        r"lost in (the )?(mail|transit)|tracking|delivery date|wrong address|(courier|carrier|"
        r"driver|usps|ups|fedex|dhl)\b|"
        r"took (forever|weeks|a month) to (ship|arrive)|still waiting|customs|postage due|"
        r"delivered to",
        r"nie angekommen|nicht angekommen|nicht zugestellt|sendungsverfolgung|zu spät|verspät\w*|"
        r"zugestellt|paketbote|lieferung|zoll\b",
        r"jamais (reçu|arrivé|livré)|pas (reçu|livré)|retard|suivi|livreur|livré à|douane|"
        r"transporteur",
        r"nunca (llegó|lleg[oó]|recibí)|no (ha )?llegado|tarde|seguimiento|repartidor|"
        r"entregado en|aduana",
        r"mai arrivato|non (è )?arrivato|ritardo|tracking|tracciamento|corriere|consegnato a|"
        r"dogana",
        r"届かない|届いていない|配達|遅れ|追跡|紛失|間に合わな|税関|不在",
        r"没收到|没有收到|物流|快递|晚了|延迟|丢件|签收",
    ),
    "buyer_remorse": (
        r"no longer (need|want)|don'?t need|changed my mind|ordered (it |this |two |"
        r"twice )?by mistake|by accident|accidentally|"
        r"my (own )?(fault|mistake|bad)|found (it |a )?(cheaper|better price|lower price)|"
        r"cheaper (elsewhere|at)|"
        r"not for me|(unwanted|didn'?t want)( the)? gift|already (have|had|own)|impulse|"
        r"didn'?t need|decided (to|on)",
        r"nicht mehr (benötigt|gebraucht)|brauche? (ich )?(es |ihn |sie )?nicht mehr|"
        r"anders überlegt|versehentlich|aus versehen|"
        r"mein fehler|woanders günstiger|günstiger gefunden|spontankauf|nicht meins|"
        r"doppelt bestellt|gefällt mir (einfach |nur )?nicht",
        r"plus besoin|changé d'avis|par erreur|ma faute|moins cher ailleurs|pas pour moi|"
        r"achat impulsif|en double|ne me plaît",
        r"ya no lo necesito|no lo necesito|cambiado de opinión|por error|fallo mío|culpa mía|"
        r"más barato en|no es para mí|impulsiv\w*|no me gusta",
        r"non mi serve più|non serve|cambiato idea|per errore|colpa mia|a meno altrove|"
        r"non fa per me|d'impulso|non mi piace",
        r"不要になった|いらなくな|気が変わ|間違えて注文|自分のミス|安かった|重複|衝動買い|好みではな|イメージと(違|合わな)",
        r"不需要|不想要|拍错|买错|更便宜|重复下单|冲动|不喜欢",
    ),
    "wrong_item": (
        r"wrong (item|product|color|colour|size|model|flavou?r|one|part|book|version|scent|"
        r"variety)|"
        r"(sent|received|got|shipped) (me )?(the |a )?(wrong|different|another)|instead of|"
        r"not what i ordered|"
        r"ordered .{1,40} (received|got|sent)|someone else'?s order|substitut\w*",
        r"falsche[nrs]? (artikel|farbe|größe|modell|sorte|teil|produkt|ware)|statt\b|anstatt|"
        r"nicht bestellt|anderes produkt|bestellt .{1,40} (bekommen|geliefert|erhalten|gekommen)",
        r"mauvais(e)? (article|couleur|taille|modèle|parfum|référence|produit)|au lieu d[eu']|"
        r"pas ce que j'ai commandé|commandé .{1,40} reçu",
        r"(artículo|color|talla|modelo|sabor|referencia|producto) equivocad[oa]|en vez de|"
        r"en lugar de|no es lo que pedí|pedí .{1,40} (llegó|recibí|me mandaron)",
        r"(articolo|colore|taglia|modello|gusto|codice) sbagliat[oa]|invece d[ie]l?|"
        r"non è quello che ho ordinato|ordinat[oa] .{1,40} (arrivat|ricevut)",
        r"違う商品|違うもの|色違い|別の商品|注文したのと違|注文したものと|のに.{1,10}が(届|来)",
        r"发错|不是我买的|不是我订的|寄错",
    ),
    "missing_parts": (
        r"missing|(was|were|is|are) not included|not in the box|didn'?t come with|came without|"
        r"arrived without|incomplete|"
        r"only (got|received|came with|had|found) (\w+ )?\d*|only \d+ (of|out of)|where (is|"
        r"are) the|(received|got) (only )?\d+ instead",
        r"fehl(t|en|te|ten)|nicht dabei|unvollständig|nur \d+ (von|statt)|nicht im (karton|paket|"
        r"lieferumfang)",
        r"manqu\w*|pas fourni|pas inclus|incomplet|seulement \d+|sans (le|la|les) ",
        r"falta\w*|no (venía|trae|viene|incluye)|incomplet\w*|solo (\d+|recibí|venía|había)",
        r"manca\w*|non (era |è )?incluso|incomplet\w*|solo \d+|ce n'era (solo )?un",
        r"足りな|入っていな|付いていな|欠品|不足|しか(届|入)",
        r"缺|少了|没有.{0,4}(说明书|配件|螺丝)|只有",
    ),
    "damaged_on_arrival": (
        r"(arrived|came|delivered|received)( \w+){0,3} (broken|damaged|crushed|cracked|dented|"
        r"smashed|shattered|melted|leaking|opened|torn|bent)|"
        r"(crushed|damaged|dented|smashed|torn|wet|soaked) (box|package|packaging|carton|"
        r"shipping box)|(box|package|packaging|carton) (was )?(crushed|damaged|dented|smashed|"
        r"torn|soaked|wet|open)|"
        r"shipping damage|damaged (in|during) (shipping|transit|delivery|shipment)|in transit|"
        r"poorly pack\w*|packaging|packed|bubble wrap|melted|crumbs|broken in (the )?(box|mail)",
        r"transportschaden|versandschaden|beim versand|zerdrückt|eingedellt|verbeult|zerbrochen|"
        r"in scherben|geschmolzen|verpackung|ausgelaufen|aufgerissen|karton",
        r"transport|écrasé|cabossé|en morceaux|fondu|emballage|emballé|carton|colis (abîmé|"
        r"ouvert)|arrivé (cassé|abîmé|fissuré)",
        r"transporte|envío|aplastad\w*|abollad\w*|hecho pedazos|derretid\w*|embalad\w*|embalaje|"
        r"caja (rota|aplastada)|llegó (roto|rota|dañad\w*)",
        r"trasporto|spedizione|schiacciat\w*|ammaccat\w*|in pezzi|sciolto|imballat\w*|"
        r"imballaggio|cartone|arrivat[oa] (rott|danneggiat)",
        r"配送中|輸送中|箱がつぶれ|へこん|割れて届|梱包|溶けて届|破損",
        r"运输|压扁|快递.{0,4}(摔|暴力)|包装|碎了|化了",
    ),
    "used_or_not_new": (
        r"\bused\b(?! (it|to|for|this|them|as|in|on|with|a|the|my))|pre-?owned|(opened|resealed|"
        r"re-sealed|tampered)|expir\w*|stale|rancid|past (the |its )?(date|due)|"
        r"best before|sell by|old stock|counterfeit|fake|knock-?off|not genuine|forger\w*|"
        r"previously returned|return label|fingerprints|dirty|stained",
        r"gebraucht|geöffnet|abgelaufen|mhd|mindesthaltbarkeit|ranzig|fälschung|gefälscht|"
        r"nachbau|nicht original|schmutzig|zurückgeschickt",
        r"déjà utilisé|occasion|ouvert|périmé|date limite|rassis|rance\w*|contrefaçon|imitation|"
        r"pas un original|sale et|retourné",
        r"usad[oa]|abierto|caducad\w*|fecha|rancio\w*|falsificaci\w*|imitación|no es original|"
        r"suci[oa]|devuelto",
        r"usat[oa]|aperto|scadut[oa]|stantii?|rancid\w*|falso|imitazione|non è originale|"
        r"sporc[oa]|reso da",
        r"中古|開封され|期限切れ|賞味期限|湿気|偽物|コピー品|正規品ではな|汚れ|返品された",
        r"用过|二手|拆过|过期|保质期|受潮|假货|陈货|脏",
    ),
    "size_fit": (
        r"too (small|big|large|tight|loose|short|long|narrow|wide)|runs? (small|large|big)|"
        r"size (up|down)|order(ed)? a size|"
        r"(doesn'?t|does not|didn'?t) fit (me|my (body|head|feet|foot|ear|ears|finger|waist))|"
        r"fits? (huge|tight|loose|small)|(won'?t|doesn'?t) stay (on|in) my ear",
        r"zu (klein|groß|eng|weit|kurz|lang|locker)|fällt (klein|groß|größer|kleiner)|"
        r"nummer (größer|kleiner)|größe (größer|kleiner)",
        r"trop (petit|grand|serré|large|court|long|étroit|ample)|taille (petit|grand)|"
        r"taille au-dessus",
        r"(muy|demasiado) (pequeñ|grande|estrech|ajustad|holgad|cort|larg)|talla (pequeña|grande|"
        r"más)|me (queda|quedan) (grande|pequeñ|chic)|aprieta",
        r"troppo (piccol|grand|strett|larg|cort|lung)|veste (piccolo|grande|enorme)|taglia in più",
        r"小さすぎ|大きすぎ|きつ|ゆる|小さめ|大きめ|サイズが合わな|丈が",
        r"太小|太大|太紧|太松|偏小|偏大|太短|太长|尺码",
    ),
    "compatibility": (
        r"(not|isn'?t) compatible|incompatible|compatib\w*|(doesn'?t|does not|won'?t|will not|"
        r"didn'?t|did not) (fit|work with|work on|connect to|pair with|fit on|fit in) (my|the|"
        r"our|an?) \w+|"
        r"not recogni[sz]ed|(fit|fits|work with) (my )?(iphone|samsung|galaxy|phone model|car|"
        r"printer|keurig|model)|wrong (connector|plug)|for a different model",
        r"(passt|passen) nicht (auf|in|zu|an)|nicht kompatibel|inkompatibel|nicht erkannt",
        r"(ne va|ne rentre|ne s'adapte) pas|(pas|non) compatible|incompatible|non reconnu",
        r"no (encaja|entra|sirve para|es compatible)|incompatible|no (lo )?reconoce",
        r"non (va bene per|entra|si monta|compatibile|si adatta)|incompatibile|non riconosc\w*",
        r"合わない|対応していな|非対応|取り付けられ|認識しな|使えない",
        r"不适配|不兼容|不匹配|装不上|识别不了",
    ),
    "usage_difficulty": (
        r"instructions?|manual|directions|hard to (use|assemble|install|open|set up|operate|"
        r"figure|navigate|press|program)|"
        r"difficult to (use|assemble|install|open|set up|operate|figure|navigate|press|program)|"
        r"can'?t figure|couldn'?t figure|"
        r"(setup|set up|assembly|installation) (is|was)|confusing|complicated|how to (use|set|"
        r"pair|connect|install)",
        r"anleitung|aufbau|montage|einrichtung|kompliziert|bedienung|keine ahnung wie|"
        r"lässt sich (kaum|nicht) öffnen",
        r"notice|mode d'emploi|montage|installation|compliqué|impossible de l'(appairer|"
        r"installer|ouvrir)|comment",
        r"instrucciones|manual|montar|montaje|configura\w*|complicad\w*|no sé cómo|difícil de",
        r"istruzioni|manuale|montaggio|montare|configura\w*|complicat\w*|non so come|difficile da",
        r"説明書|組み立て|設定|分からな|わからな|ペアリング|複雑|操作が",
        r"说明书|组装|安装|设置|不知道怎么|复杂|配对",
    ),
    "not_as_described": (
        r"not as (described|pictured|advertised|shown)|(described|advertised|pictured|listed|"
        r"listing|description|photo|picture)|"
        r"misleading|deceptive|false advertising|says .{1,30} (but|yet)|claims? to|"
        r"not (truly |really |actually |100% )?(organic|sugar[- ]free|gluten[- ]free|msg[- ]free|"
        r"dairy[- ]free|all natural|natural|vegan|decaf)|(sold|labell?ed|marketed) as",
        r"beschreibung|angebot|angegeben|abbildung|bild|foto|irreführend|beworben|angeblich",
        r"description|annonce|photo|trompeu\w*|annoncé|présenté comme|soi-disant",
        r"descripción|anuncio|foto|engañoso|anunciado|supuestamente|dice",
        r"descrizione|annuncio|inserzione|foto|ingannevol\w*|pubblicizzat\w*|dovrebbe essere|dice",
        r"説明と違|写真と(違|全然)|写真より|書いてある|表記|と書いて|とある",
        r"与描述不符|图片|描述|宣传|标题写|说是",
    ),
    "quality_defect": (
        r"broke|broken|stopped working|quit working|(doesn'?t|does not|won'?t|will not|didn'?t|"
        r"did not) (work|turn on|power on|charge|hold (a |the |its )?charge)|"
        r"(low|terrible|awful|horrible) (build )?quality|unreliab\w*|poor reliability|"
        r"defective|faulty|dead|fell apart|fell off|came apart|cracked|snapped|peel\w*|flimsy|"
        r"poorly made|cheap(ly)? made|junk|malfunction|"
        r"died|failed|fails|leaks?\b|torn|ripped|falling apart|poor quality|bad quality|"
        r"cheap plastic",
        r"kaputt|defekt|funktioniert nicht|geht nicht|gebrochen|gerissen|ausgefallen|billig|"
        r"verarbeitung|abgebrochen|läuft aus",
        r"cassé|en panne|ne (fonctionne|marche|s'allume|charge) (plus|pas)|défectueu\w*|"
        r"fissur\w*|mauvaise (qualité|finition)|s'écaille|fuit",
        r"roto|rota|se rompió|dejó de funcionar|no (funciona|enciende|carga)|defectuos\w*|"
        r"mala calidad|gotea|se despegó",
        r"rott[oa]|si è rott[oa]|smesso di funzionare|non (funziona|si accende|carica)|"
        r"difettos\w*|scadente|perde|si è staccat",
        r"壊れ|動かな|電源が入らな|不良|割れ|剥がれ|ほつれ|漏れ|作りが雑",
        r"坏了|不能用|开不了机|质量问题|断了|开线|掉漆|漏水|做工",
    ),
    "performance_below_expectation": (
        r"tast\w*|flavou?r|bland|sweet|salty|bitter|weak|watery|noisy|loud|slow|battery life|"
        r"sound quality|reception|static|echo|"
        r"volume|not worth|overpriced|dim|ineffective|doesn'?t (do|help|clean|work well)|"
        r"mediocre|disappoint\w*|won'?t eat|refuse\w*",
        r"geschmack|schmeckt|süß|fade|schwach|laut|langsam|akkulaufzeit|klang|empfang|nicht wert|"
        r"wirkt nicht|frisst",
        r"goût|sucré|fade|faible|bruyant|lent|autonomie|son\b|réception|ne vaut pas|aucun effet|"
        r"n'en veut",
        r"sabor|sabe|dulce|insípido|flojo|débil|ruidoso|lento|batería dura|sonido|cobertura|"
        r"no vale|ningún efecto|no lo come",
        r"sapore|dolce|insipido|debole|rumoroso|lento|autonomia|audio|ricezione|non vale|"
        r"nessun effetto|non lo mangia",
        r"味|甘すぎ|薄い|弱い|うるさ|遅い|持ちが悪|音質|電波|見合わな|効果がな|食べません",
        r"味道|太甜|难吃|很淡|吸力|噪音|很慢|续航|音质|信号|不值|没效果|不吃",
    ),
    "other": (
        r"customer service|seller|refund|tech support|company|would not recommend|waste of money|"
        r"disappointed|worst|terrible|horrible|awful",
        r"kundenservice|verkäufer|händler|geld zurück|enttäuscht|schrecklich|finger weg",
        r"service client|vendeur|rembours\w*|déçu|horrible|à fuir",
        r"atención al cliente|vendedor|devuelvan el dinero|decepcionad\w*|horrible",
        r"assistenza|venditore|rimborso|deluso|orribile|da evitare",
        r"出品者|販売者|カスタマー|返金|残念|最悪",
        r"客服|卖家|退款|失望|太差",
    ),
}

CUE_CODES: tuple[str, ...] = ("safety_concern", *_CUES)
_CJK_CHAR = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def _compile(patterns: list[str], *, word_start: bool) -> re.Pattern[str] | None:
    if not patterns:
        return None
    body = "|".join(f"(?:{p})" for p in patterns)
    # Latin cues start at a word start: anchoring makes the scan skip most positions.
    return re.compile(f"(?<!\\w)(?:{body})" if word_start else body)


# Texts are lower-cased before matching, which is faster than re.IGNORECASE.
_LATIN_CUES: dict[str, re.Pattern[str] | None] = {
    code: _compile([p for p in patterns if not _CJK_CHAR.search(p)], word_start=True)
    for code, patterns in _CUES.items()
}
_CJK_CUES: dict[str, re.Pattern[str] | None] = {
    code: _compile([p for p in patterns if _CJK_CHAR.search(p)], word_start=False)
    for code, patterns in _CUES.items()
}


def cue_hits(text: str) -> list[str]:
    """Codes whose cue words occur in text, safety first, then in precedence order."""
    hits = ["safety_concern"] if find_safety_hazard(text) else []
    lowered = text.lower()
    has_cjk = _CJK_CHAR.search(lowered) is not None
    for code in _CUES:
        latin, cjk = _LATIN_CUES[code], _CJK_CUES[code]
        if (latin is not None and latin.search(lowered)) or (
            has_cjk and cjk is not None and cjk.search(lowered)
        ):
            hits.append(code)
    return hits


def keyword_cause(text: str) -> str:
    """The keyword baseline: the first code whose cues match, else "other"."""
    hits = cue_hits(text)
    return hits[0] if hits else "other"
