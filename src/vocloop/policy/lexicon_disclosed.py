"""What a text gives away beyond review asks: Amazon order data reused for marketing (PII-02),
buyer messages sent to an outside AI (PII-03), tips on an order Amazon shipped (MSG-04), a page that
calls itself Amazon's service (CLM-01), contact details spelled out to slip past filters, offers to
buy from the maker or join a club, consent to tracking by browsing on, legal threats.

Split from lexicon_indirect.py (rounds 6-10 on fresh sets 6-16): that module keeps the ways a
review or a return is steered, this one the ways data, contact and custom leave Amazon.
"""

from __future__ import annotations

from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import detector

# Data said to serve only the order or the ticket ("仅用于处理本次售后", "only to ship").
_ONLY_FOR_THE_ORDER = (
    r"只用于|仅用于|不得导入|不会用于|不用于|(?:used|processed)\s+only\s+(?:for|to)\b|"
    r"only\s+(?:be\s+)?"
    r"used\s+(?:for|to)\b|のみに使用|not\s+(?:be\s+)?used\s+for\s+marketing"
)
# The address or phone from an Amazon order reused for catalogues and offers (PII-02).
_AMAZON_ORDER_DATA = (
    r"从(?:亚马逊)?(?:卖家)?后台导出|(?:买家|客户)(?:的)?(?:姓名|地址|电话)[^。]{0,20}导出|"
    r"(?:amazon|アマゾン|亚马逊|卖家后台|seller\s+central|"
    r"セラーセントラル)[^.!?。]{0,40}(?:order|"
    r"bestellung|commande|pedido|ordine|注文|下单|订单)|\b(?:buy|bought|purchased|choosing|chose|"
    r"compr\w*|achet\w*|kauf\w*|acquist\w*|picked\s+up|ordered|gekauft|bestellt|acheté|commandé|"
    r"comprado|comprato|acquistato)\s+(?:\w+\s+){0,6}?(?:on|at|bei|auf|sur|en|su)\s+amazon|"
    r"(?:order|bestellung|commande|pedido|ordine)\w*\s+(?:\w+\s+){0,2}?(?:on|at|bei|"
    r"auf|sur|en|su)\s+amazon"
)
_PERSONAL_DATA = (
    r"(?:added\s+you|you\s+(?:are|'re)\s+(?:now\s+)?(?:on|in)\s+our|aufgenommen|ajouté|añadido|"
    r"aggiunto|address|e-?mail|phone|name|details|data|adresse|anschrift|daten|coordonnées|données|"
    r"dirección|datos|indirizzo|dati|住所|お届け先|連絡先|電話|地址|电话|手机号|信息)"
)
_MARKETING_USE = (
    r"(?:catalog|katalog|catálogo|cataloghi|newsletter|promocion\w*|promozion\w*|offers?|"
    r"angebote|offres|ofertas|offerte|"
    r"promotions?|werbung|publicit|marketing|new\s+products|neuheiten|nouveautés|novedades|"
    r"novità|vip|deals|sales?\b|collections|mailing\s*list\w*|liste\s+de\s+diffusion|"
    r"lista\s+de\s+correo|rabatt|\d+\s?%|カタログ|新商品|キャンペーン|メルマガ|新品(?:推送|上市|"
    r"通知|信息|目录)|目录|优惠|推送|会员|促销|短信|推广|营销|再营销|广告)"
)
# A page that calls itself Amazon's customer service: "ASSISTENZA CLIENTI AMAZON AUTORIZZATA",
# "Servicio Oficial de Atención al Cliente de Amazon", a heading "Amazon Kundenservice für ...".
_SERVICE = (
    r"(?:customer\s+(?:service|support|care)|support|help\s*desk|kundenservice|kundendienst|"
    r"servizio(?:\s+clienti)?|centro\s+assistenza|"
    r"service\s+client\w*|atención\s+al\s+cliente|servicio|assistenza(?:\s+clienti)?|"
    r"カスタマーサービス|サポート|客服|售后)"
)
_CLAIMED_AMAZON = (
    r"(?:official|authori[sz]ed|certified|offiziell\w*|autorisiert\w*|zertifiziert\w*|officiel\w*|"
    r"agréé\w*|certifié\w*|oficial\w*|autorizad\w*|certificad\w*|ufficial\w*|autorizzat\w*|"
    r"certificat\w*|公式|正規|認定|公認|官方|授权)\W+(?:\w+\W+){0,4}?amazon|"
    r"on\s+amazon'?s\s+behalf|"
    r"im\s+auftrag\s+von\s+amazon|au\s+nom\s+d'amazon|en\s+nombre\s+de\s+amazon|per\s+conto\s+di\s+"
    r"amazon|"
    r"(?:亚马逊|アマゾン|amazon)(?:官方|公式|正規|認定|公認|授权)|"
    r"amazon\W+(?:\w+\W+){0,3}?(?:official|authori[sz]ed|certified|offiziell\w*|autorisiert\w*|"
    r"officiel\w*|agréé\w*|oficial\w*|autorizad\w*|ufficial\w*|autorizzat\w*|公式|正規|認定|官方|"
    r"授权)"
)
_AMAZON_SERVICE_HEADING = (
    r"\A\W*(?:objet|subject|betreff|asunto|"
    r"oggetto)\s*:\s*" + _SERVICE + r"\s+(?:client\s+)?amazon\b|"
    r"(?:\A|\n)\W*(?:\w+\s+)?(?:ihr(?:es)?|your|votre|su|il\s+suo)\s+amazon[- ]?"
    + _SERVICE
    + r"\s*(?:[:\n]|\Z)|"
    r"\b(?:le|les|te|os)\s+escribe\s+(?:el\s+)?" + _SERVICE + r"[^.!?\n]{0,30}\bde\s+amazon\b|"
    r"\bthis\s+is\s+amazon(?:'s)?\s+"
    + _SERVICE
    + r"|\A\W*amazon[- ]?"
    + _SERVICE
    + r"|\A\W*"
    + _SERVICE
    + r"\s+(?:de\s+|di\s+|d')?"
    r"(?:atención\s+al\s+cliente\s+(?:de\s+)?|clienti\s+)?amazon\b|\bamazon[- ]?"
    + _SERVICE
    + r"\s+(?:für|for|pour|para|"
    r"per)\s+(?:[\w-]+[- ])?(?:produkte|products|artikel|geräte|devices|produits|productos|"
    r"prodotti)"
)
# A phone number spelled out in words: "zéro six, douze, trente-quatre", "one-three-eight".
_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|null|eins|zwei|drei|vier|fünf|"
    r"sechs|sieben|acht|neun|zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|"
    r"treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|cero|uno|dos|tres|"
    r"cuatro|cinco|seis|siete|ocho|nueve|due|tre|quattro|cinque|sei|sette|otto|nove)"
)
_SPELLED_PHONE = (
    rf"(?:\b{_NUMBER_WORD}\b[\s,.-]*){{6,}}|(?:\+|plus\s)\s?\d{{1,3}}\s+"
    rf"{_NUMBER_WORD}\b"
)
# A domain written in words: "brewhaus dot com", "atelier point fr".
_WORDED_DOMAIN = (
    r"\b[a-z0-9][\w-]*\s*[\(\[]?\s*(?:dot|point|punkt|punto)\s*[\)\]]?\s*(?:com|de|fr|es|it|"
    r"net|shop|store|co\.uk|eu)\b"
)
_BETTER_DEAL = (
    r"(?:intermediari\w*|comisiones|zwischenhändler|intermédiaire|\d+\s?%|cheaper|less|below|"
    r"save|saving|skip\s+the\s+middle|middle-?\s?m[ae]n|billiger|"
    r"günstiger|moins\s+cher|más\s+barat|meno\s+car|お得|安く|便宜|优惠|code|coupon|rabatt)"
)
# Consent to tracking by carrying on browsing, the cookie named in a neighbouring sentence.
_BROWSING_IS_CONSENT = (
    r"(?:by\s+continuing\s+to\s+(?:browse|use)|proseguendo\s+(?:la\s+)?navigazione|"
    r"continuando\s+(?:a\s+)?navigare|continuando\s+(?:la\s+)?navigazione|"
    r"en\s+poursuivant\s+(?:votre\s+)?navigation|"
    r"si\s+(?:contin[úu]as?|sigues?)\s+navegando|al\s+seguir\s+navegando|"
    r"wenn\s+sie\s+(?:die\s+(?:seite|"
    r"website)\s+)?weiter\s+(?:surfen|nutzen|besuchen)|閲覧を続ける|继续浏览)"
)
_TRACKING = r"(?:cookie|tracking|pixel|クッキー|跟踪)"
_LOADS_AT_ONCE = (
    r"\bas\s+soon\s+as\s+(?:the|a|any)\s+page\s+(?:loads|opens)|"
    r"\b(?:load|fire|run|start)\w*\s+as\s+soon\s+as\s+you\s+(?:open|visit|land|arrive)|"
    r"automatisch\s+aktiviert|dès\s+(?:l'ouverture|votre\s+arrivée)|desde\s+(?:el\s+momento\s+en\s+"
    r"que|que)\s+entras|già\s+attiv\w*\s+dal\s+momento|開いた時点で|打开页面即|"
    r"en\s+cuanto\s+entras|"
    r"dès\s+que\s+vous\s+(?:ouvrez|arrivez)|sobald\s+sie\s+(?:die|unsere)\s+seite|"
    r"non\s+appena\s+(?:entri|apri)"
)
# A members' club with better prices to join from the insert: "VIP family, members-only pricing".
_MEMBERS_DEAL = (
    r"\bmembers?-only\s+(?:pricing|prices|deals|discounts|offers|sales)|\b(?:vip|inner\s+circle|"
    r"insiders?)\b[^.!?]{0,60}\b(?:first\s+dibs|pricing|prices|deals|discounts?|drops|perks|"
    r"offers)\b"
)
_CLUB = r"\b(?:vip|inner\s+circle|insiders?|club|circle)\b"
_PERKS = (
    r"\b(?:free\s+samples?|early\s+access|first\s+dibs|members?-only|discounts?|deals|perks|"
    r"surprise|birthday\s+(?:gift|treat|surprise))\b"
)
_JOIN = r"\b(?:join|sign\s?up|scan|subscribe|register|enrol+)\b"
# The order was shipped by Amazon (FBA): a tips message on it is proactive.
_SHIPPED_BY_AMAZON = (
    r"\b(?:shipped|fulfilled|delivered|sent)\s+by\s+amazon|\bversand\s+durch\s+amazon|"
    r"\bexpédiée?\s+par\s+amazon|\benviado\s+por\s+amazon|\bspedito\s+da\s+amazon|"
    r"amazonから(?:発送|出荷)|由亚马逊(?:配送|发货)"
)
_REPLYING = (
    r"(?:your\s+(?:message|question|request|e-?mail)|you\s+asked|ihre\s+(?:nachricht|frage|"
    r"anfrage)|"
    r"votre\s+(?:message|question|demande)|su\s+(?:mensaje|pregunta|consulta)|(?:suo|tuo)\s+"
    r"messaggio|(?:sua|tua)\s+(?:domanda|richiesta)|お問い合わせ|ご質問|您的(?:留言|问题|询问))"
)
# Joining a chat channel for deals: "Entra nel canale Telegram", "join our WhatsApp group".
_CHAT_CHANNEL = (
    r"\b(?:canale|channel|kanal|canal|gruppo|group|gruppe|groupe|grupo|community)\s+(?:\w+\s+)?"
    r"(?:telegram|whatsapp|line|discord|wechat|signal)|\b(?:telegram|whatsapp|discord)[- ]"
    r"(?:channel|group|kanal|gruppe|canale|gruppo|canal|groupe|grupo)|(?:vip|老客|会员|"
    r"粉丝)(?:老客)?群|"
    r"加(?:客服)?(?:薇|vx|v信|微信)"
)
_LEGAL_THREAT = (
    r"(?:legal\s+(?:department|team|action|steps)|our\s+(?:lawyers?|attorneys?)|rechtliche\s+"
    r"schritte|poursuites|acciones\s+legales|azioni\s+legali|法的措置|法律手段|起诉|"
    r"departamento\s+legal|medidas\s+(?:legales|oportunas)|"
    r"rechtsabteilung|service\s+juridique|ufficio\s+legale|法務部|法务部)"
)


# The delivery address taken into a customer list: "Ihre Lieferanschrift in unseren Kundenkreis
# aufgenommen", "added your shipping address to our mailing list".
_ADDRESS_KEPT = (
    r"(?:lieferanschrift|lieferadresse|delivery\s+address|shipping\s+address|"
    r"adresse\s+de\s+livraison|"
    r"dirección\s+de\s+envío|indirizzo\s+di\s+spedizione|お届け先|"
    r"收货地址)[^.!?。]{0,60}(?:aufgenommen|"
    r"gespeichert|added|saved|ajouté|enregistré|añadido|guardado|aggiunto|salvato|登録|加入)|"
    r"\b(?:opened|created|set\s+up)\s+(?:a|an|your)\s+[\w\s-]{0,30}?account\s+(?:under|with|for)\s+"
    r"(?:this|your)\s+(?:e-?mail|address)|\butilizzare\s+l'indirizzo\s+(?:del\s+suo\s+ordine|di\s+"
    r"spedizione)|\bused\s+(?:the|your)\s+(?:order|delivery|shipping)\s+address\s+to\s+send"
)
# "@brand" with a prize draw next to it: a social sign-up for deals.
_HANDLE = r"(?<![\w.@])@[a-z0-9_][a-z0-9_.]{2,}"
_DRAW = (
    r"tir(?:e|age)\s+au\s+sort|gagne|\bwin|giveaway|sorteo|sorteamos|verlos|gewinn|concorso|"
    r"estrazione|抽奖|抽選"
)

DISCLOSED_DETECTORS: tuple[Detector, ...] = (
    detector("PII-02", "any", _ADDRESS_KEPT, requires=_MARKETING_USE, scope=Scope.WINDOW),
    detector("DIV-05", "any", _HANDLE, requires=_DRAW, scope=Scope.WINDOW),
    detector(
        "PII-02",
        "any",
        _AMAZON_ORDER_DATA,
        requires=rf"(?s)^(?=.*?{_PERSONAL_DATA})(?=.*?{_MARKETING_USE})",
        unless=_ONLY_FOR_THE_ORDER,
        scope=Scope.WINDOW,
    ),
    detector("CLM-01", "any", _CLAIMED_AMAZON, requires=_SERVICE, scope=Scope.SENTENCE),
    detector("CLM-01", "any", _AMAZON_SERVICE_HEADING, negatable=False),
    detector("DIV-04", "any", _SPELLED_PHONE, negatable=False),
    detector("DIV-01", "any", _WORDED_DOMAIN, requires=_BETTER_DEAL, scope=Scope.WINDOW),
    detector("DIV-04", "any", _WORDED_DOMAIN, negatable=False),
    detector("GDPR-06", "any", _BROWSING_IS_CONSENT, requires=_TRACKING, scope=Scope.TEXT),
    detector("GDPR-06", "any", _LOADS_AT_ONCE, requires=_TRACKING, scope=Scope.WINDOW),
    detector("MSG-09", "any", _LEGAL_THREAT),
    # A first order on the brand's own site, for Amazon buyers.
    detector(
        "DIV-01",
        "any",
        r"\b(?:first|next)\s+order\s+(?:on|at|from)\s+our|primo\s+ordine\s+(?:dal|sul)\s+nostro|"
        r"primer\s+pedido\s+en\s+nuestra|première\s+commande\s+sur\s+notre|erste\s+bestellung\s+"
        r"(?:in|auf|bei)\s+unserem|(?:公式|自社)(?:サイト|ストア)での初回|官网首单|\bcómpr(?:alo|"
        r"ala|alos|"
        r"alas)\s+directamente|\bkaufen\s+sie\s+(?:es\s+|ihn\s+|sie\s+)?direkt|\bachetez(?:-le)?\s+"
        r"directement|\bcompral[oa]\s+direttamente|\bbuy\s+(?:it|them)\s+direct(?:ly)?",
    ),
    detector("DIV-05", "any", _CHAT_CHANNEL),
    detector("MSG-04", "any", _SHIPPED_BY_AMAZON, unless=_REPLYING, scope=Scope.TEXT),
    detector("DIV-05", "en", _MEMBERS_DEAL, requires=_JOIN, scope=Scope.WINDOW),
    detector(
        "DIV-05",
        "en",
        _CLUB,
        requires=rf"(?s)^(?=.*?{_PERKS})(?=.*?(?:{_JOIN}|e-?mail))",
        scope=Scope.TEXT,
    ),
    # Buying straight from the maker, no middleman, to set up from the insert.
    detector(
        "DIV-01",
        "any",
        r"\b(?:no|skip\s+the|cut\s+out\s+the)\s+middle-?\s?m[ae]n\b|\b(?:straight|direct)\s+from\s+"
        r"(?:our|the)\s+(?:farm|roastery|workshop|factory|maker|warehouse)|\bdirekt\s+(?:vom|von\s+"
        r"unserem|aus\s+unserem)\s+(?:hof|hersteller|lager|werk|betrieb)",
        requires=r"\b(?:scan|subscri\w*|order|shop|website|refill|price|bestell\w*|\w*preis|scann\w*|"
        r"code)",
        scope=Scope.WINDOW,
    ),
    # Sending the data of every message to an outside AI service (PII-03, when the text says so).
    detector(
        "PII-03",
        "any",
        r"(?<![a-z])(?:ai|ki|ia)(?![a-z])|artificial\s+intelligence|künstliche\w*\s+intelligenz|"
        r"intelligence\s+"
        r"artificielle|inteligencia\s+artificial|intelligenza\s+artificiale|chatgpt|\bllm\b|"
        r"人工知能|人工智能|ＡＩ",
        requires=r"(?:third[- ]party|extern\w*|tiers|terceros|terzi|外部|第三方)[^.!?。]{0,80}"
        r"(?:messages?|conversation|nachricht|text|message|mensaje|messaggi|メッセージ|留言|消息)|"
        r"(?:messages?|conversation|nachricht|メッセージ)[^.!?。]{0,80}"
        r"(?:third[- ]party|extern\w*|外部)|"
        r"(?:留言|消息|邮件|メッセージ|messages?|mails?)[^.!?。]{0,30}"
        r"(?:复制|粘贴|コピー|貼り付け|paste|copy|copi)",
        scope=Scope.SENTENCE,
    ),
)
MARKETING_USE = _MARKETING_USE  # the veiled asks reuse it
