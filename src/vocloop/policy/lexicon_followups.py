"""Asks that ride on an earlier contact: stars that should "reflect" a fix, a reminder, a survey.

"Now that it works, it would be great if your stars reflected that", 「之前留下的那条留言调整一下」
(REV-05); "we wrote last week asking for your opinion on Amazon, maybe you missed it?" (REV-07);
a satisfaction survey that sends the satisfied to Amazon and the others to support (REV-09).
"""

from __future__ import annotations

from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import detector

_REFLECT = (
    r"\b(?:sterne|bewertung|rezension)[^.!?]{0,40}widerspiegel\w*|\b(?:rating|review|stars)"
    r"[^.!?]{0,40}(?<!not\s)(?<!n't\s)\breflect(?:s|ed)?\s+(?:that|this|it|the\s+(?:fix|solution|new|"
    r"change))\b(?!\s+honestly)|"
    r"\b(?:note|avis|étoiles)[^.!?]{0,40}\brefl[eè]t\w*|\b(?:valoración|reseña|estrellas)"
    r"[^.!?]{0,40}\brefle[jx]\w*|\b(?:valutazione|recensione)[^.!?]{0,40}\b(?:riflett\w*|"
    r"rispecchi\w*)|(?:之前|上次|原来)(?:留下|写|发)?的(?:那条|那个)?(?:留言|评论|评价)[^。]{0,8}"
    r"(?:调整|修改|更新|改|删)|(?:再看看|看一下)[^。]{0,4}之前留下的(?:那条)?(?:评论|评价)|"
    r"stelline[^.!?]{0,40}(?:raccontassero|mostrassero|riflettessero)|(?:書いていただいた内容|"
    r"ご投稿いただいた内容|ご感想)"
    r"[^。]{0,8}(?:今の状況|現状)に合わせ|\b(?:rivedere|modificare|aggiornare)\s+(?:quello|quanto)\s+(?:che\s+)?"
    r"ha\s+scritto\s+(?:sulla\s+pagina|su\s+amazon|nella\s+recensione)|\bti\s+va\s+di\s+rivedere\s+quello\s+"
    r"che\s+hai\s+scritto|(?:重新看一下|重新考虑|调整|修改|更新)[^。]{0,6}(?:之前|上次|原来)[^。]{0,8}"
    r"(?:写下|留下|写|发)的(?:那条|那个)?(?:内容|留言|评论|评价)|(?:以前|先日|前回)[^。]{0,10}(?:レビュー|評価)[^。]{0,10}(?:見直|修正|変更|更新)"
)
# Addressed to the buyer as a request: "it'd be great if your rating...", 「能否」, 「いただけ」.
_ASKS_BUYER = (
    r"\b(?:could|would|can)\s+you\b|\bif\s+(?:you|your)\b|\bplease\b|\bwould\s+(?:mean|love)\b|\bwe\s+hope\b|"
    r"\b(?:it'?d|it\s+would)\s+be\s+(?:great|lovely|amazing)\b|\bwäre|\bwürden|\bkönnten|"
    r"\bwenn\s+(?:sie|ihre)\b|\bbitte\b|\bpourriez|\bsi\s+vous\b|\bpodrías?|\bsi\s+(?:pudieras|"
    r"tu)\b|\bpotresti|\bse\s+potessi\b|\b(?:le|ti)\s+andrebbe|\bci\s+farebbe\s+(?:davvero\s+)?"
    r"piacere\s+se|麻烦|请|能否|可否|是否愿意|"
    r"愿意|いただけ|ください"
)
_ASKED_BEFORE = (
    r"\b(?:ti|vi|le)\s+avevamo\s+(?:già\s+)?scritto[^.!?]{0,60}(?:parere|recension|opinion|"
    r"valutazion)|\bwe\s+(?:wrote|emailed|messaged)\s+(?:you\s+)?(?:last\s+week|a\s+few\s+days\s+ago|"
    r"recently)[^.!?]{0,60}(?:(?:leav|writ|shar|post)\w*\s+(?:some|a|your)\s+(?:feedback|review|thoughts)|"
    r"(?:a|an)\s+(?:review|opinion)|(?:review|opinion|feedback|thoughts)\s+on\s+amazon)|\bwir\s+hatten\s+ihnen\s+"
    r"(?:bereits\s+|letzte\s+woche\s+)?geschrieben[^.!?]{0,60}(?:bewertung|meinung|rezension)|"
    r"\bnous\s+vous\s+avions\s+écrit[^.!?]{0,60}(?:avis|commentaire)|\bsuite\s+à\s+notre\s+message\s+de\s+"
    r"la\s+semaine\s+dernière[^.!?]{0,120}(?:votre\s+avis|ressenti|commentaire|page\s+du\s+produit)|"
    r"先週お送りした[^。]{0,30}(?:改めて|再度)[^。]{0,20}(?:ご感想|レビュー)|\bpor\s+si\s+nuestro\s+"
    r"mensaje\s+anterior\s+se\s+perdi\w*[^\n]{0,150}(?:reseña|opinión|valoración|qué\s+tal)|\bte\s+escribimos[^.!?]{0,60}"
    r"(?:opinión|reseña|valoración)"
)
_MISSED_IT = (
    r"\b(?:maybe|perhaps)\s+you\s+missed\s+it|\bforse\s+(?:ti|le|vi)\s+è\s+sfuggit|\bvielleicht\s+"
    r"(?:ist\s+(?:sie|er|es)\s+)?untergegangen|\bpeut-être\s+(?:l'avez-vous|vous\s+a-t-il)\s+"
    r"(?:manqué|échappé)|\b(?:quizás?|tal\s+vez)\s+(?:se\s+te\s+pas|no\s+lo\s+viste)"
)
# A warranty claim that must wait for a review ("first leave your rating on Amazon").
_REVIEW_FIRST = (
    r"(?:garantía|warranty|garantie|garanzia|保修|保証)[^.!?。]{0,60}(?:primero|first|zuerst|erst|"
    r"d'abord|prima)\s+(?:\w+\s+){0,3}?(?:tu|su|your|ihre|deine|votre|ton|la\s+tua|la\s+sua|a\s+quick|"
    r"a\s+short|a)\s+"
    r"(?:valoración|reseña|review|bewertung(?!\s+(?:des|der|von))|rezension|avis(?!\s+(?:d['e]|sur\s+"
    r"l[ae]\s+(?:panne|défaut|problème)))|recensione)"
)
# A survey line that routes the satisfied to a review and the rest to support.
_SATISFIED_TO_REVIEW = (
    r"(?:(?:(?<!不)満足|satisfied|happy|zufrieden|satisfait|content[oa]|soddisfatt[oa]|(?<!不)满意|"
    r"\b[45]\s*(?:[-–]\s*5\s*)?(?:stars?|sterne|étoiles|estrellas|stelle)|星[45]|[45]つ星)"
    r"[^\n]{0,15}(?:→|->|=>|⇒|➡)|\b4\s*[-–]\s*5\b[^\n]{0,40}(?:→|->)|(?:oui|yes|ja|sí|sì)\s*(?:→|->)|"
    r"\b(?:9|10)\s*[-–]\s*10\b\s*[:→]|\b(?:happy|satisfied|zufrieden|"
    r"satisfait|content[oa]|soddisfatt[oa])\s*:\s*(?=(?:review|leave|write|rate|bewerten|laissez|deja|"
    r"lascia)))[^\n]{0,60}(?:amazon|review|レビュー|評価|bewert|rezension|avis|"
    r"reseña|recension|评价|シェア)"
)
_OTHERS_TO_SUPPORT = (
    r"(?:不満|ふつう|普通|unhappy|dissatisfied|not\s+(?:happy|satisfied)|unzufrieden|insatisfait|"
    r"insatisfech|insoddisfatt|不满意|一般|\b[123]\s*(?:[-–]\s*[23]\s*)?(?:stars?|sterne|étoiles|"
    r"estrellas|stelle)|星[123]|\b0\s*[-–]\s*[5-8]\b|\b1\s*[-–]\s*3\b[^\n]{0,25}|\b(?:non|no|nein))"
    r"[^\n]{0,15}(?:→|->|=>|⇒|➡|:)"
)

ASKS_BUYER = _ASKS_BUYER

FOLLOWUP_DETECTORS: tuple[Detector, ...] = (
    detector("REV-05", "any", _REFLECT, requires=_ASKS_BUYER),
    detector("WAR-01", "any", _REVIEW_FIRST),
    detector("REV-07", "any", _ASKED_BEFORE, negatable=False),
    detector("REV-07", "any", _MISSED_IT, requires=r"amazon|review|recension|parere|avis|bewert"),
    detector(
        "REV-09",
        "any",
        _SATISFIED_TO_REVIEW,
        requires=_OTHERS_TO_SUPPORT,
        scope=Scope.TEXT,
        negatable=False,
    ),
)
