"""Veiled asks: the same offences in euphemisms a keyword list does not hold.

Complaints steered away from the public review ("tell us, not the internet", 私下处理，不用公开);
the Amazon return called a queue to skip; a chat app named by its colour; a brand desk acting "as
the platform's official service"; data kept "as long as we need it"; a listing that should now
"tell the whole story" after a fix (REV-05, the follow-up module holds the plainer forms).
"""

from __future__ import annotations

from vocloop.policy.lexicon_disclosed import MARKETING_USE as _MARKETING_USE
from vocloop.policy.lexicon_followups import ASKS_BUYER as _ASKS_BUYER
from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import detector

_NOT_IN_PUBLIC = (
    r"\b(?:tell|contact|write\s+to|message)\s+us,?\s+not\s+(?:the\s+)?(?:internet|world|product\s+"
    r"page|reviews?|amazon)|\bjob\s+for\s+us,?\s+not\s+(?:for\s+)?the\s+(?:product\s+page|reviews?|"
    r"listing)|不用公开|不必公开|ohne\s+öffentliches\s+aufsehen|sans\s+passer\s+par\s+"
    r"les\s+avis|sin\s+pasar\s+por\s+las\s+(?:reseñas|opiniones)|senza\s+passare\s+(?:dalle|per\s+le)\s+"
    r"recensioni|\b(?:stays?|keep\s+(?:that|it))\s+between\s+us\b(?!\s+and)|no\s+public\s+drama|"
    r"niente\s+commenti\s+"
    r"pubblici|lass\s+die\s+sternchen\s+(?:erstmal\s+)?weg|(?:resterà|rimarrà)\s+privata|"
    r"\b(?:wait|hold\s+off)\s+(?:until|till)\s+[^.!?]{0,40}before\s+(?:posting|leaving|writing)\s+(?:one|"
    r"a\s+review|your\s+review|a\s+rating|feedback)|(?:レビュー|評価)で公開しないで"
)
_BELOW_MARKETPLACE = (
    r"\b(?:minus|without)\s+the\s+(?:marketplace|amazon)\s+(?:mark-?up|fees?|commission)|"
    r"marktplatz-aufschlag|\bmás\s+a\s+cuenta\s+que\s+en\s+el\s+marketplace|plutôt\s+que\s+par\s+"
    r"(?:la|le)\s+marketplace|比平台(?:抵|平|便宜|划算)|價錢比平台"
)
_SIGNED_UP = (
    r"\bwe(?:'ve|\s+have)\s+(?:also\s+)?added\s+(?:your\s+(?:e-?mail(?:\s+address)?|address)|you)\s+to\s+"
    r"our\s+[\w\s]{0,20}(?:newsletter|mailing\s+list|list|drops)|\bte\s+hemos\s+apuntado\s+a\s+"
    r"nuestra\s+lista|\bnous\s+vous\s+avons\s+inscrit|\bti\s+abbiamo\s+iscritt|\bwir\s+haben\s+sie\s+"
    r"(?:in|für)\s+unseren\s+newsletter"
)
_SKIP_THE_QUEUE = (
    r"\bskip\s+the\s+(?:hassle\s+of\s+)?(?:sending|returning)\s+it\s+(?:back\s+)?(?:through|via)\s+"
    r"(?:the\s+)?(?:marketplace|amazon)|\bskip\s+the\s+(?:marketplace|amazon)\s+(?:return|refund)"
    r"\w*|amazon(?:での|経由の?)(?:返品)?手続き(?:よりも|より)[^。]{0,20}(?:直接|当窓口)|"
    r"amazon経由ですと[^。]{0,20}(?:数週間|時間)|"
    r"\bno\s+need\s+to\s+queue\s+with\s+the\s+(?:marketplace|amazon)|\b(?:return|refund)\w*\s+(?:trip\s+)?"
    r"(?:through|via|with)\s+the\s+(?:marketplace|amazon)\s+(?:can\s+)?takes?\s+weeks|\bumweg\s+über\s+"
    r"(?:die\s+)?amazon|formularkram\s+beim\s+marktplatz|\breso\s+tramite\s+amazon\s+richiede\s+settimane|"
    r"senza\s+rispedire\s+niente\s+al\s+marketplace|nicht\s+mit\s+dem\s+amazon-\w+\s+herumschlagen|"
    r"\bskip\s+the\s+whole\s+(?:marketplace|amazon)\s+return|\bsans\s+passer\s+par\s+amazon|"
    r"\bno\s+hace\s+falta\s+pasar\s+por\s+las\s+devoluciones\s+de\s+amazon"
)
_COLOUR_CHAT = (
    r"\bgreen\s+(?:chat|messaging)\s+app|绿色(?:聊天)?软件|\bring\s+(?:the|our)\s+(?:service|"
    r"support|help)\s*line|\bping\s+(?:our\s+)?\w+\s+\w+\s+directly"
)
_AS_THE_PLATFORM = (
    r"servicio\s+oficial\s+de\s+(?:la\s+plataforma|amazon)|on\s+the\s+platform'?s\s+behalf|"
    r"amazon\s+partner\s+care|centro\s+de\s+atención\s+amazon|service\s+officiel\s+de\s+la\s+"
    r"plateforme|servizio\s+ufficiale\s+della\s+piattaforma"
)
_AS_LONG_AS_WE_NEED = (
    r"(?:conservat[ie]|stored|kept|gespeichert|conservée?s?|conservados?)\s+(?:\w+\s+){0,2}?"
    r"(?:finché\s+ci\s+serv\w+|as\s+long\s+as\s+we\s+(?:need|want|like)|solange\s+wir\s+(?:sie\s+)?"
    r"(?:brauchen|benötigen)|aussi\s+longtemps\s+que\s+nous\s+en\s+avons\s+besoin|mientras\s+(?:los\s+)?"
    r"necesitemos)"
)
_WHOLE_STORY = (
    r"(?:what'?s\s+on\s+the\s+listing|your\s+(?:review|rating|stars))\s+(?:\w+\s+){0,2}?(?:told|tell|"
    r"showed|reflected)\s+the\s+(?:whole|full|new)\s+story|\b(?:passen|passt)\s+die\s+(?:sterne|"
    r"sternchen|bewertung)\w*[^.!?]{0,50}\bbesser|(?:星の数|評価|レビュー)[^。]{0,8}(?:今の状況|現状)に"
    r"合わせ|(?:以前|先日|前回)[^。]{0,15}(?:レビュー|評価|ご意見|ご感想)[^。]{0,40}(?:見直|修正|変更)"
)

# A tree planted or a meal donated for every review is a reward paid on the buyer's behalf.
_GOOD_CAUSE = (
    r"\b(?:per\s+ogni|ogni|for\s+(?:every|each)|every|pour\s+chaque|por\s+cada|für\s+jede[nrs]?)\s+"
    r"(?:\w+\s+){0,3}?(?:recensione|review(?!-?related)|write-?up|avis|commentaire|reseña|opinión|"
    r"opinione|bewertung|rezension|story)[^.!?;\n]{0,80}\b(?:plant\w*|piantiamo|plantons|plantamos|"
    r"pflanzen|donat\w*|doniamo|donnons|donamos|spenden|envoie\s+un\w*|association)"
)

# A club, guild or lobby joined with an e-mail for early drops and member prices (DIV-05).
_DEAL_CLUB = (
    r"\bjoin\s+(?:the|our)\s+[\w\s-]{0,20}?(?:lobby|squad|guild|crew|circle|insiders?|family|fam|gang|"
    r"tribe)\b|\bwerde\s+teil\s+(?:der|unserer)\s+\S+"
)
_WECHAT_V = r"(?:加|添加)[^。]{0,10}(?:的)?(?:v|vx|wx|薇信|威信)\s*[:：]"
_SCREENSHOT_GIFT = r"晒[^。]{0,20}(?:截图|评价|感受)[^。]{0,20}(?:领取|获得|送)"
_NOT_THE_INTERNET = r"\bdon'?t\s+tell\s+the\s+(?:internet|world),?\s+tell\b"

VEILED_DETECTORS: tuple[Detector, ...] = (
    detector("REV-02", "any", _SCREENSHOT_GIFT),
    detector(
        "DIV-05",
        "any",
        _DEAL_CLUB,
        requires=r"early\s+access|first\s+dibs|member|drops|pricing|mitgliederpreis|rabatt|deals?\b",
        scope=Scope.WINDOW,
    ),
    detector("DIV-04", "any", _WECHAT_V),
    detector("REV-03", "any", _NOT_THE_INTERNET, negatable=False),
    detector("REV-02", "any", _GOOD_CAUSE, requires=r"amazon|亚马逊|アマゾン"),
    detector("REV-03", "any", _NOT_IN_PUBLIC, negatable=False),
    detector("REV-03", "any", r"私下(?:处理|解决)"),  # "我们不会私下处理退款" refuses it
    detector("DIV-06", "any", _SKIP_THE_QUEUE, negatable=False),
    detector(
        "DIV-06",
        "any",
        r"\b(?:send|pay|refund|transfer)\w*\s+(?:[\w,]+\s+){0,6}?outside\s+the\s+(?:marketplace|amazon)\b",
        unless=r"\bnot\s+something\s+we\b|\bwe\s+(?:don'?t|never|do\s+not|cannot|can'?t)\b|not\s+covered|"
        r"\bscam|fraud",
    ),
    detector(
        "DIV-04",
        "any",
        _COLOUR_CHAT,
        unless=r"attach\s+it\s+here|in\s+this\s+(?:amazon\s+)?thread|didn'?t\s+come\s+through",
    ),
    detector(  # "without the mark-up" is the offer, not a negation; a scam warning quotes it
        "DIV-01",
        "any",
        _BELOW_MARKETPLACE,
        unless=r"诈骗|scam|fraud|betrug|arnaque|estafa|truffa|詐欺",
        negatable=False,
    ),
    detector(
        "PII-02",
        "any",
        _SIGNED_UP,
        requires=_MARKETING_USE,
        unless=r"as\s+you\s+asked|at\s+your\s+request|you\s+(?:opted|signed\s+up|subscribed)|comme\s+demandé|"
        r"wie\s+gewünscht|aucune\s+offre|no\s+(?:offers|marketing|ads)\b|keine\s+werbung|ninguna\s+oferta",
        scope=Scope.WINDOW,
    ),
    detector("CLM-01", "any", _AS_THE_PLATFORM),
    detector(
        "GDPR-04",
        "any",
        _AS_LONG_AS_WE_NEED,
        unless=r"\b(?:at\s+most|max(?:imum)?|höchstens|au\s+plus|como\s+máximo|al\s+massimo)\s+(?:\d+|[a-z]+)\s|"
        r"(?:\d+|one|two|three|six|twelve|eighteen|24|36)\s*(?:months?|years?|monate|jahre|mois|ans|meses|"
        r"años|mesi|anni|ヶ月|年|个月)\s+(?:and\s+then|then|danach|puis|y\s+luego|e\s+poi)\s+(?:deleted|"
        r"gelöscht|supprimé|eliminad|cancellat)",
        scope=Scope.SENTENCE,
    ),
    detector("REV-05", "any", _WHOLE_STORY, requires=_ASKS_BUYER),
)
