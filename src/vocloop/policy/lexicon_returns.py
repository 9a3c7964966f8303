"""Returns steered away from Amazon (DIV-06) in every language: a return through Amazon called
needless, refused, to be cancelled, or advised against with a ticket or mail offered instead.

A warranty swap whose old part need not come back to the brand steers no one away from Amazon.
"""

from __future__ import annotations

from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import CONTACT, OLD_PART, detector

# A return through Amazon advised against, a ticket or mail offered "instead".
# A return called needless, the words in the other order: "no hace falta tramitar la devolución".
_NEEDLESS_RETURN = (
    r"\bne\s+pas\s+(?:retourner|renvoyer)\s+(?:\S+\s+){0,2}?(?:via|par|à|sur)\s+amazon|"
    r"amazon(?:で|での|の)返品(?:手続き)?(?:は|を)?(?:行わず|せず|"
    r"しないで|なさらず|お控え)|"
    r"\bbefore\s+you\s+(?:box|pack)\s+it\s+up|\b(?:quicker|faster|"
    r"easier)\s+than\s+(?:a\s+)?(?:return|"
    r"trip\s+to\s+the\s+drop-?off)|olvídate\s+de\s+(?:las\s+)?devoluciones|"
    r"\b(?:don'?t\s+bother\s+with|don'?t\s+put\s+yourself\s+through|no\s+need\s+(?:to|for)|skip|"
    r"forget)\s+"
    r"(?:\w+\s+){0,6}?"
    r"(?:amazon\s+)?returns?\b|(?:no\s+hace\s+falta|no\s+es\s+necesario)\s+(?:\w+\s+){0,2}?"
    r"(?:la\s+)?devoluci|(?:pas\s+besoin\s+de|inutile\s+de)\s+(?:\w+\s+){0,2}?(?:retour|renvo)|"
    r"(?:non\s+serve|non\s+è\s+necessario)\s+(?:\w+\s+){0,2}?(?:il\s+)?(?:reso|restitu)|"
    r"(?:nicht\s+nötig|unnötig|sparen\s+sie\s+sich)\s+(?:\w+\s+){0,3}?(?:rücksendung|retoure)"
)
# A return through Amazon refused outright or to be cancelled: "do not return faulty items through
# Amazon", "Please cancel the return you opened on Amazon", "Cancela la devolución".
_NO_AMAZON_RETURN = (
    r"\b(?:don'?t|do\s+not|never|no\s+need\s+to)\s+(?!hesitate\b)(?:send|ship|mail|return)\s+"
    r"(?:\w+\s+){0,3}?(?:back\s+)?(?:to|through|thru|via)\s+amazon\b|"
    r"\bplease\s+(?:cancel|close|withdraw)\s+(?:the|your)\s+(?:\w+\s+){0,2}?(?:return|a-?to-?z|"
    r"claim)|"
    r"\b(?:no|ni)\s+(?:que\s+)?(?:abras|abra|abráis)\s+(?:una\s+)?(?:reclamaci[oó]n|disputa|"
    r"devoluci[oó]n)|\bno\s+hace\s+falta\s+que\s+(?:lo\s+|la\s+)?devuelvas\b[^.!?]{0,30}amazon|"
    r"\bni\s+(?:lo|la)\s+devuelvas\b|"
    r"\bclosing\s+the\s+amazon\s+return|\bcancela\s+la\s+devoluci|\bannulez\s+(?:le|"
    r"votre)\s+retour|"
    r"\bannulla\s+il\s+reso|\bstornieren\s+sie\s+(?:die|ihre)\s+rücksendung|"
    r"\breturning\s+(?:it\s+)?(?:through|to|via)\s+us\s+is\s+(?:simpler|easier|faster|quicker)|"
    r"\bno\s+(?:marketplace|amazon)\s+back-and-forth|\bschicken\s+sie\s+(?:den\s+artikel|ihn|es|"
    r"das\s+\w+)\s+lieber\s+direkt\s+an\s+(?:uns|unser)|\bwartezeit\s+beim\s+marktplatz|"
    r"返品(?:を)?(?:キャンセル|取り消)"
    r"して|(?:请)?取消(?:退货|退款)(?:申请)?"
)
# The old part need not come back to the brand (a warranty swap), which steers no one from Amazon.
_BACK_TO_US = (
    r"(?:return|send\s+back)\s+the\s+(?:old|broken|faulty|defective)\s+(?:one|unit|part|item|box)|"
    r"nous\s+renvoyer|renvoyer\s+à\s+nous|send\s+(?:it|them|the\s+\w+)\s+back\s+to\s+us|"
    r"an\s+uns\s+zurück|devolvérnos\w*|rispedir\w*ci|restituir\w*ci|" + OLD_PART
)
_NO_AMAZON_RETURN_ZH = (
    r"(?:请勿|不要|别|无需)(?:直接)?(?:在|去|通过)?亚马逊(?:上)?(?:申请)?(?:退货|退款)"
)
_RETURN_VIA_AMAZON = (
    r"(?:open|start|request)\s+(?:\w+\s+){0,3}?returns?\b[^.!?。]{0,40}amazon|(?:abr\w*|solicit\w*|"
    r"inici\w*|ouvr\w*|demand\w*|apr(?:a|i|ire)\b|richied\w*)\s+(?:\w+\s+){0,3}?(?:(?:solicitud|"
    r"demande|richiesta)\s+de?\s*)?(?:devoluci[oó]n|retour|reso)\b|"
    r"(?:returns?|return\s+it|rücksendung|retour|devoluci[oó]n|reso|返品|退货)[^.!?。]{0,40}"
    r"(?:amazon|アマゾン|亚马逊)|(?:amazon|アマゾン|亚马逊)[^.!?。]{0,25}(?:returns?|"
    r"rücksendung|retour|devoluci[oó]n|reso|返品|退货)"
)
_ADVISE_AGAINST = (
    r"\b(?:recommend|suggest|advise)\s+(?:that\s+)?you\s+(?:don'?t|do\s+not|not)\b|"
    r"\b(?:recomendamos|aconsejamos|sugerimos)\s+(?:que\s+)?no\b|\b(?:recommandons|conseillons)\s+"
    r"de\s+ne\s+pas\b|\b(?:consigliamo|suggeriamo)\s+di\s+non\b|"
    r"\binstead\b[^.!?]{0,40}\b(?:ticket|contact|e-?mail|write|message|reach|call|text)\b|"
    r"\b(?:empfehlen|raten)\s+(?:ihnen\s+)?(?:davon\s+ab|,?\s*(?:das\s+)?nicht)|"
    r"\bstattdessen\b[^.!?]{0,40}(?:ticket|kontakt|schreiben|melden)|"
    r"\bplutôt\b[^.!?]{0,40}(?:ticket|contact|écri)|\ben\s+su\s+lugar\b[^.!?]{0,40}(?:ticket|"
    r"contact|escrib)|\binvece\b[^.!?]{0,40}(?:ticket|contatt|scriv(?:i|a|ere|eteci|ici)\b)"
)


RETURN_DETECTORS: tuple[Detector, ...] = (
    detector(
        "DIV-06",
        "any",
        _NEEDLESS_RETURN,
        unless=_BACK_TO_US,
        requires=r"\b(?:text|call|email|e-mail|write|message|whatsapp|contact|mánd|escr|contact|"
        r"scriv|kontakt|schreib|ticket|direct(?:ly)?\b|direkt\b|directement|directamente|"
        r"direttamente)|"
        r"連絡|問い合わせ|直接",
        scope=Scope.WINDOW,
        negatable=False,
    ),
    detector("DIV-06", "any", _NO_AMAZON_RETURN, unless=_BACK_TO_US, negatable=False),
    detector(
        "DIV-06",
        "zh",
        _NO_AMAZON_RETURN_ZH,
        requires=CONTACT["zh"],
        scope=Scope.WINDOW,
        negatable=False,
    ),
    detector(
        "DIV-06",
        "any",
        _ADVISE_AGAINST,
        requires=_RETURN_VIA_AMAZON,
        scope=Scope.WINDOW,
        negatable=False,
    ),
)
