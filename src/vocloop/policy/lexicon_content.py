"""Review content dictated to the buyer (REV-06) in words the phrase lists miss.

"When you write it, please mention ...", "It would really help if you mentioned ...", "Here's
what others want to know: mention ...", a sample to copy ("Try this: \"...\"", "ecco un esempio
da copiare"), 「写评价时可以提到」, 「レビューを書く際は…触れて」. The review must be named nearby.
"""

from __future__ import annotations

from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import detector

CONTENT_DETECTORS: tuple[Detector, ...] = (
    detector(
        "REV-06",
        "any",
        r"\b(?:review|feedback)\b[^.!?]{0,15}[:—–-]\s*(?:please\s+)?mention\b|"
        r"\b(?:when|while|as|if)"
        r"\s+you\s+(?:write|leave|post)\s+(?:your|a|"
        r"the)\s+review\s*[,:]?\s*(?:please\s+)?(?:mention|"
        r"include|highlight|talk\s+about|point\s+out)\b|\b(?:when|while|as)\s+you\s+(?:write|leave|"
        r"post)\s+(?:it|yours|"
        r"your\s+review)\s*[,:]?\s*(?:it\s+(?:really\s+)?helps\s+(?:\w+\s+){0,2}?"
        r"if\s+you\s+|please\s+|try\s+to\s+)(?:mention|include|highlight|"
        r"talk\s+about|point\s+out)\b|"
        r"\bhelps?\s+(?:other|fellow)\s+[\w-]+\s+if\s+you\s+(?:mention\w*|talk\s+about|highlight)|"
        r"\bhelps?\s+(?:\w+\s+){0,2}?if\s+you\s+mention\w*|\bsomething\s+like\s+[\"“]|(?:写|留|"
        r"发)(?:评价|评论|"
        r"好评)(?:的)?时(?:候)?[^。]{0,12}"
        r"(?:提到|写上|提及|带上|说说)|レビュー(?:を)?(?:書く|書かれる|投稿する|ご投稿の)(?:際|"
        r"時|とき)"
        r"[^。]{0,15}(?:触れ|記載|書いて|入れて)|\b(?:al\s+(?:escribir|dejar|publicar)|cuando\s+"
        r"(?:escribas|dejes|publiques))\s+(?:tu|"
        r"su)\s+(?:reseña|opinión|valoración)\s*,?\s*(?:no\s+olvides\s+|recuerda\s+|"
        r"por\s+favor\s+)?"
        r"(?:mencion\w*|destac\w*|di\b|dec\w*|coment\w*)|\bquando\s+scrivi\s+(?:la|"
        r"una)\s+recensione"
        r"(?:\s+su\s+amazon)?\s*,?\s*(?:ricorda(?:ti)?\s+di\s+)?(?:citare|menzionare|dire)|"
        r"\bwant\s+to\s+know\s*:\s*(?:please\s+)?mention\b|\bworth\s+mentioning\s+(?:when|"
        r"in)\s+(?:you\s+write\s+)?(?:your|the|a)\s+review|"
        r"\bnon\s+dimenticare\s+di\s+"
        r"(?:dire|citare|menzionare|scrivere)|\bse\s+scrivi\s+(?:una|"
        r"la)\s+recensione\s*,?\s*(?:cita|"
        r"menziona|racconta|ricorda)|\b(?:menciona|mention|mentionnez|"
        r"menziona)\s+"
        r"(?:que|that|che)\s*[«\"“]|\bpensez\s+à\s+(?:préciser|"
        r"mentionner|dire|indiquer)",
        requires=r"review|avis|commentaire|reseña|opini|recensione|评价|评论|レビュー",
        scope=Scope.WINDOW,
    ),
    detector(
        "REV-06",
        "any",
        r"\bfeel\s+free\s+to\s+(?:borrow|use|copy)\s+(?:those|these|them|it|our|this)\b|\bcopiarla\b|"
        r"\b(?:try\s+this|use\s+this|feel\s+free\s+to\s+use|"
        r"something\s+like\s+this)\s*[:：]\s*[\"“«]|"
        r"\bcópiala\b|\bcopia,?\s+(?:e\s+)?incolla|(?:ejemplo|"
        r"example|beispiel|exemple|esempio|例文|例)(?:\s+(?:da|to|zum|à|para)\s+\w+)?\s*[:：]\s*"
        r"[\"«“„「]|\b(?:podrías|podría)\s+comentar\s+que|\bcopia\s+pure\b|\becco\s+un'idea\s*[:：]\s*"
        r"[\"«“]|\bsomething\s+like\s*[:：]\s*[\"“«]",
        requires=r"review|reseña|rezension|bewertung|avis|recensione|レビュー|评价|opini|what\s+to\s+write|"
        r"write\s+about|"
        r"qué\s+poner|cosa\s+scrivere|quoi\s+écrire",
        scope=Scope.TEXT,
    ),
    # "A little tip for your Amazon review: talk about the soft light" (what to say, dictated).
    detector(
        "REV-06",
        "any",
        r"\b(?:tip|astuce|conseil|consejo|consiglio|tipp)\b[^.!?\n]{0,30}\b(?:review|commentaire|"
        r"avis|reseña|opinión|recensione|bewertung|rezension)\b[^.!?\n]{0,30}[:：]\s*(?:please\s+)?"
        r"(?:talk\s+about|mention|say|parlez|mentionnez|dites|habla|menciona|parla|cita|erwähnen)\b|"
        r"\b(?:tip|astuce|conseil|consejo|consiglio|tipp)\b[^.!?\n]{0,30}\b(?:review|commentaire|avis|"
        r"reseña|opinión|recensione|bewertung|rezension)\b[^.!?\n]{0,20}[:：][^\n]{0,80}[„\"“«]",
    ),
)
