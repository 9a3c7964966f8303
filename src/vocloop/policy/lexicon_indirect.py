"""Indirect review asks and incentives, found by the first-sight rounds (fresh sets 6 onwards).

Each names an idea, not a sentence: the link or URL of a posted review handed in for a reward;
"tell other shoppers about it on Amazon" after a happy condition; a second nudge ("circling
back", 「先日もご連絡」); a posted review to "revisit", "reflect how we handled it" or 「見直し」;
content dictated "when you write it"; a prize draw among reviewers; a review request that says it
comes months after delivery; a resolved ticket followed by "let other parents know on Amazon".
Returns steered away from Amazon live in lexicon_returns.py; data, contact details, service claims
and offers given away by the text in lexicon_disclosed.py.
"""

from __future__ import annotations

from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import (
    ANY_EXPERIENCE,
    ANY_OUTCOME,
    BENEFIT,
    CONTACT,
    HAPPY_IF,
    LANGS,
    RESOLVED,
    REVIEW,
    detector,
)

_WARRANTY = (
    r"(?:warrant|guarantee|protection|coverage|garantie|absicherung|couverture|garantía|"
    r"cobertura|garanzia|copertura|保証|保修|质保|延保)"
)

# The link to a posted review, asked for: "paste the link to your review", 「レビューのURL」.
_REVIEW_LINK = {
    "en": r"\b(?:link|url)\s+(?:to|of|for)\s+(?:your|the|their)\s+(?:\w+\s+){0,2}?(?:review|rating|"
    r"write-?up|post|comment|opinion)|"
    r"\breview\s+(?:link|url)\b",
    "de": r"\blink\s+(?:zu|zur|ihrer|deiner)\s+(?:[\w-]+\s+)?(?:\w+-)?(?:bewertung|rezension)|"
    r"(?:bewertungs|rezensions)-?link",
    "fr": r"\blien\s+(?:de|vers|d')\s*(?:votre|ton)\s+(?:avis|commentaire|évaluation)",
    "es": r"\b(?:enlace|url|link)\s+(?:de|a)\s+(?:tu|su)\s+(?:reseña|opinión|valoración)",
    "it": r"\blink\s+(?:della|alla)\s+(?:tua\s+|sua\s+)?(?:recensione|valutazione|opinione)",
    "ja": r"(?:レビュー|評価|口コミ)(?:の|ページの)?(?:url|リンク)",
    "zh": r"(?:评价|评论|好评)(?:的)?(?:链接|网址)",
}
# Proof of a review: a screenshot of it ("pantallazo" is the Spanish slang), or its link sent in.
_PROOF = (
    r"(?:\b(?:send|email|e-mail|mail|forward|paste)\s+(?:us\s+)?the\s+(?:link|url)\b|"
    r"\b(?:reviewer|profile|user)\s*name\b|\bname\s+(?:shown|displayed|used)\s+(?:on|in|with)\s+"
    r"(?:your\s+)?(?:review|amazon)|\bname\s+(?:you\s+)?(?:posted|wrote|left|reviewed|"
    r"published)\s+(?:\w+\s+){0,2}?under\b|nom\s+sous\s+lequel|nombre\s+con\s+el\s+que\s+"
    r"publicaste|投稿者名|namen,?\s+unter\s+dem\s+sie|"
    r"レビュー(?:の)?(?:お)?名前|nombre\s+de\s+usuario|nom\s+d'utilisateur|benutzername|"
    r"nome\s+(?:utente|"
    r"con\s+cui)|ユーザー名|ニックネーム|用户名|昵称|screen\s?shot|"
    r"pantallazo|captura|capture\s+d'écran|bildschirmfoto|スクショ|截图|截屏)"
)
# "All we ask in return is an honest review": something is given for the review.
_IN_RETURN = r"\ball\s+we\s+ask\s+(?:in\s+return\s+)?is\s+(?:an?\s+|your\s+)?(?:\w+\s+)?review"
# "...write to us on WhatsApp with the link": the review's link, sent in beside a reward.
_WITH_THE_LINK = (
    r"con\s+el\s+enlace|mit\s+dem\s+link|avec\s+le\s+lien|con\s+il\s+link|with\s+the\s+link|"
    r"(?:mandaci|inviaci|send\s+us|schick\w*\s+uns|envoyez-nous|envíanos|mándanos)\s+(?:il|the|den|"
    r"le|el)\s+(?:link|lien|enlace|url)"
)
# Telling other people about it on Amazon is a review: "told other early birds about it on Amazon".
_TELL_ON_AMAZON = {
    "en": r"\b(?:tell|told|telling|share|shared|sharing)\s+(?:\w+\s+){0,4}?about\s+(?:\w+\s+){0,3}?"
    r"on\s+amazon\b|\btell\s+the\s+world\b|\b(?:on|over\s+on|at)\s+the\s+big\s+a\b|"
    r"\blet(?:ting)?\s+(?:other\s+\w+|others|everyone)\s+know\b[^.!?]{0,20}\bamazon|"
    r"\b(?:thoughts|comments?|words|opinion|verdict)\s+on\s+the\s+product\s+page|\bwhat\s+you\s+"
    r"think\b[^.!?]{0,50}\bon\s+the\s+product\s+page|"
    r"\bwhat\s+you\s+think\b[^.!?]{0,40}\bon\s+amazon|\bon\s+amazon\s+would\s+love\s+to\s+hear\b|"
    r"\bpop(?:ping)?\s+over\s+to\s+amazon\b|"
    r"\bwould\s+love\s+to\s+hear\s+(?:about\s+it\s+)?on\s+amazon|"
    r"\ba\s+few\s+words\b[^.!?]{0,40}\bon\s+amazon|"
    r"\b(?:your\s+)?stars\s+on\s+amazon\b|\b(?:tell|share)\s+(?:the|your|that)\s+"
    r"(?:story|tale|experience)\s+on\s+amazon|\b(?:tell|told|telling)\s+(?:other|fellow)\s+"
    r"(?:shoppers|buyers|customers|parents|owners)\b|\b(?:thoughts|opinions?|"
    r"impressions?)\b[^.!?]{0,50}"
    r"\bon\s+amazon\b",
    "de": r"(?:erzähl|berichte|teil)\w*\s+(?:\w+\s+){0,6}?(?:auf|bei)\s+amazon|"
    r"(?:ein\s+paar|einige)\s+"
    r"(?:zeilen|worte)\b[^.!?]{0,30}amazon|(?:ihren|deinen)\s+beitrag\s+auf\s+der\s+produktseite",
    "fr": r"(?:dites|racontez|partagez|parlez)[-\w]*\s+(?:\w+\s+){0,6}?sur\s+amazon|\bquelques\s+"
    r"mots\s+sur\s+amazon|\b(?:un\s+)?"
    r"(?:petit\s+)?mot\s+sur\s+amazon",
    "es": r"(?:cuént|compárt|háblale|cuenta|comparte)\w*\s+(?:\w+\s+){0,6}?en\s+amazon",
    "it": r"(?:racconta|condividi|parla)\w*\s+(?:\w+\s+){0,6}?su\s+amazon|\bopinione\s+su\s+amazon",
    "ja": r"amazon(?:の)?(?:レビュー|評価)で(?:応援|シェア)",
    "zh": r"在亚马逊(?:上)?(?:帮我们)?(?:推荐|分享|夸)|亚马逊[^。]{0,8}分享",
}
# A happy condition phrased as a change in the buyer's day: "if your mornings got brighter".
_MADE_BETTER_IF = {
    "en": r"\bdid\s+(?:\w+\s+){1,4}?give\s+you\s+(?:the\s+)?(?:best|a\s+great)\b[^.?!]{0,40}\?|"
    r"\b(?:is|are|has|have)\s+(?:\w+\s+){0,4}?(?:making|made)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:more\s+fun|"
    r"easier|better|brighter|happier)\b[^.?!]{0,20}\?|"
    r"\bif\s+(?:[\w']+\s+){0,4}?(?:feels?\s+like\s+it\s+belongs|belongs|fits\s+right\s+in|"
    r"earned\s+(?:its|a)\s+(?:\w+\s+)?(?:place|spot)|found\s+a\s+(?:good\s+)?home)|"
    r"\bif\s+(?:[\w'-]+\s+){1,6}?(?:made|makes|got|gets|has\s+made|have\s+made|brought|brings|"
    r"put)\s+(?:\w+\s+){0,6}?(?:brighter|easier|better|cosier|cozier|happier|nicer|simpler|"
    r"calmer|lighter|tastier|a\s+smile|smile|magical|special|enjoyable)\b|\?\s*if\s+so\b|"
    r"\b(?:fit|fits|"
    r"work|works|worked)\s+perfectly\b[^.!?]{0,20}\?|"
    r"\bif\s+(?:it|they|so)\s+did\b|\bif\s+(?:\w+\s+){1,5}?(?:saves|saved|rescues|"
    r"rescued|protects|protected)\s+(?:your|you)\b|\bif\s+(?:\w+\s+){1,5}?(?:left|leaves|kept|"
    r"keeps)\s+(?:your|you)\s+(?:\w+\s+){0,2}?(?:feeling|looking)\b|"
    r"\bif\s+(?:\w+\s+){1,5}?(?:came|comes|turned|"
    r"turns)\s+out\s+(?:golden|perfect|great|right|crispy|delicious|amazing)\b",
    "de": r"\bwenn\s+(?:\w+\s+){1,6}?(?:schöner|leichter|einfacher|besser|gemütlicher|"
    r"freude\s+(?:macht|gemacht|bereitet))",
    "fr": r"\bsi\s+(?:\w+\s+){1,9}?(?:plus\s+(?:belles?|faciles?|douces?|agréables?)|"
    r"le\s+sourire|du\s+bonheur)",
    "es": r"\bsi\s+(?:\w+\s+){1,6}?(?:más\s+(?:fáciles?|bonit[oa]s?|agradables?)|una\s+sonrisa|"
    r"alegrado)",
    "it": r"\bse\s+(?:\w+\s+){1,6}?(?:più\s+(?:facili|belle|piacevoli)|un\s+sorriso|"
    r"migliorato)",
    "ja": r"[ぁ-んァ-ン一-龥]{1,12}(?:た|だ)と(?:感じ|思っ|思い)(?:ていただけ|"
    r"て頂け)(?:まし)?(?:たら|れば)|"
    r"(?:いいな|良いな|よかった|便利|素敵)[」』]?と(?:感じ|思っ|思い)(?:ていただけ|て頂け|"
    r"ていただい|て頂い|た|ていただき)(?:まし)?(?:たら|れば|た方)",
    "zh": r"(?:如果|若)(?:[^,，。]{0,12})(?:更(?:方便|轻松|美好|舒适)|开心|帮到)",
}
# A second nudge about the same review: "circling back", "we wrote to you a few weeks ago".
_NUDGE = {
    "en": r"\b(?:circling|checking|coming)\s+back\b|\bnudge\b|\bhaven'?t\s+seen\s+one\b|"
    r"\bwe\s+sent\s+"
    r"(?:you\s+)?a\s+review\s+request|\bin\s+case\s+(?:\w+\s+){1,5}?got\s+"
    r"(?:buried|lost|missed)|\bbump(?:ing)?\s+(?:this|it)\b|\bwe\s+wrote\s+"
    r"(?:to\s+you\s+)?(?:on|last|a\s+few|earlier)\b|\b(?:might|"
    r"may)\s+have\s+got(?:ten)?\s+(?:buried|"
    r"lost)|\bfollow(?:ing)?[- ]up\b|\bin\s+case\s+"
    r"(?:it|this|our\s+\w+)\s+got\s+(?:buried|lost|missed)|\b(?:sent|wrote|emailed|messaged)\s+"
    r"you\s+(?:a\s+)?(?:\w+\s+)?(?:note|message|e-?mail|line)\s+(?:a\s+(?:few|couple)|some|last|"
    r"\d+|two|three)",
    "de": r"(?:wir\s+hatten\s+ihnen\s+(?:\w+\s+){0,3}?(?:bereits|schon)|untergegangen|"
    r"erneut\s+(?:an|bei)|nochmals\s+(?:an|"
    r"bei)|noch\s+einmal\s+(?:an|bei))",
    "fr": r"(?:nous\s+vous\s+avions\s+(?:écrit|contacté|demandé)|petit\s+rappel|"
    r"au\s+cas\s+où\s+notre\s+"
    r"(?:message|mail|e-mail)|(?:je|nous)\s+me\s+permets?\s+de\s+"
    r"revenir|nous\s+revenons\s+vers\s+vous|petite\s+relance)",
    "es": r"(?:te\s+escribimos\s+para|te\s+lo\s+recordamos|le\s+escribimos\s+hace|"
    r"volvemos\s+a\s+escribirle|le\s+recordamos\s+de\s+nuevo)",
    "it": r"(?:le\s+abbiamo\s+(?:già\s+)?scritto|torniamo\s+a\s+scriverle|ci\s+permettiamo\s+di\s+"
    r"ricordarle)",
    "ja": r"(?:先日[^。]{0,30}(?:ご連絡|メッセージ|お送り)|再度のご連絡|"
    r"重ねてのご(?:連絡|案内|お願い))",
    "zh": r"(?:再次打扰|之前(?:给您)?发过|上次(?:给您)?发的|再发一次提醒|仍未留评)",
}
# Looking again at a posted review: "revisiting the 1-star", 「評価の見直し」, "Einschätzung
# überdenken".
_REVISIT_REVIEW = {
    "en": r"\b(?:revisit|rethink|reconsider|re-?evaluat|re-?rat)\w*\s+(?:\w+\s+){0,2}?(?:your|"
    r"the|that|this)\s+(?:\w+\s+)?(?:(?:\d|one|two|three)[- ]stars?|reviews?|ratings?|"
    r"feedback)\b|\b(?:revisit|rethink|reconsider)\w*\s+it\s+so\b|\btak(?:e|ing)\s+(?:another|a\s+"
    r"second|a\s+fresh)\s+look\s+at\s+(?:(?:the|your|"
    r"that)\s+(?:[\w-]+\s+)?(?:feedback|review|rating)|"
    r"what\s+you\s+(?:shared|wrote|posted|said))|\ba\s+(?:fresh|new|updated)\s+(?:rating|"
    r"review)\s+that\s+reflects",
    "de": r"(?:ihre|deine|die)\s+(?:einschätzung|beurteilung|meinung|bewertung|rezension)\s+"
    r"(?:[\w.]+\s+){0,6}?(?:überdenken|revidieren|anpassen|ändern|korrigieren)",
    "fr": r"(?:reconsidérer|revoir|réviser)\s+(?:votre|ton|sa)\s+(?:avis|jugement|évaluation|"
    r"note)",
    "es": r"(?:que\s+)?la\s+(?:elimine|borre|retire|modifique|cambie|quite|actualice)\b|"
    r"(?:reconsiderar|replantear)\s+(?:su|tu)\s+(?:valoración|opinión|reseña)",
    "it": r"(?:riconsiderare|rivedere)\s+(?:la\s+)?(?:sua|tua)\s+(?:valutazione|opinione|"
    r"recensione|giudizio)",
    "ja": r"(?:評価|レビュー)の(?:見直し|再検討|変更|修正)",
    "zh": r"(?:重新(?:考虑|评价)|调整一下)(?:您的)?(?:评价|评分)",
}
# A prize draw in a text about reviews: "every month we pick 5 lucky bakers", "verlosen wir".
_CONTEST = (
    r"\b(?:prize\s+draw|monthly\s+draw|weekly\s+draw|lucky\s+\w+\s+to\s+win|raffle|sweepstakes?|"
    r"giveaway|verlos\w*|gewinnspiel|concours|tirage\s+au\s+sort|sorteo|sorteamos|concorso|"
    r"estrazione|estraiamo)\b|抽選|抽奖"
)
# The request says it comes months after delivery: "two months since your order arrived".
_MONTHS_LATER = (
    r"\b(?:five|six|seven|eight|nine|ten|[5-9]|1\d)\s+weeks\s+(?:since|ago|after)|"
    r"\b(?:[4-9]\d|1\d\d)\s+days\s+after|(?:[4-9]\d|1\d\d)\s*天后|(?:[4-9]\d|1\d\d)\s*日後|"
    r"\b(?:two|three|four|five|six|several|\d+)\s+months?\s+(?:since|ago|after)|"
    r"\b(?:had|used|owned)\s+"
    r"(?:\w+\s+){0,3}?(?:for\s+)?(?:about\s+|almost\s+|nearly\s+|over\s+)?(?:two|"
    r"three|four|five|six|"
    r"several|\d+)\s+months|\b(?:vor|seit)\s+"
    r"(?:zwei|drei|vier|mehreren|\d+)\s+monaten|\b(?:il\s+y\s+a|depuis)\s+(?:deux|trois|quatre|"
    r"plusieurs|\d+)\s+mois|\b(?:dos|tres|cuatro|varios|\d+)\s+meses\s+desde|\bhace\s+(?:dos|tres|"
    r"cuatro|varios|\d+)\s+meses|\b(?:due|tre|quattro|\d+)\s+mesi\s+(?:fa|da)|\bda\s+(?:due|tre|"
    r"\d+)\s+mesi|(?:[2-9]|[二三四五六])(?:か|ヶ|カ)月(?:前|が経ち|経)|(?:两|三|四|几)个月(?:前|了)"
)


def _indirect_detectors(lang: str) -> list[Detector]:
    review, benefit = REVIEW[lang], BENEFIT[lang]
    telling = f"{review}|{_TELL_ON_AMAZON[lang]}"
    return [
        detector(
            "WAR-01",
            lang,
            _REVIEW_LINK[lang],
            requires=_WARRANTY,
            scope=Scope.TEXT,
            negatable=False,
        ),
        detector(
            "REV-02",
            lang,
            _REVIEW_LINK[lang],
            requires=benefit,
            unless=_WARRANTY,
            scope=Scope.TEXT,
            negatable=False,
        ),
        detector(
            "WAR-01",
            lang,
            _PROOF,
            requires=rf"(?s)^(?=.*?{_WARRANTY})(?=.*?(?:{telling}|amazon))",
            scope=Scope.TEXT,
            negatable=False,
        ),
        detector(
            "REV-02",
            lang,
            _PROOF,
            requires=rf"(?s)^(?=.*?(?:{benefit}))(?=.*?(?:{telling}|amazon))",
            scope=Scope.TEXT,
            negatable=False,
        ),
        detector(
            "REV-03",
            lang,
            _MADE_BETTER_IF[lang],
            requires=telling,
            scope=Scope.WINDOW,
            negatable=False,
        ),
        detector("REV-07", lang, _NUDGE[lang], requires=telling, scope=Scope.TEXT, negatable=False),
        detector(
            "REV-02",
            lang,
            _WITH_THE_LINK,
            requires=rf"(?s)^(?=.*?(?:{benefit}))(?=.*?(?:{telling}))",
            scope=Scope.WINDOW,
            negatable=False,
        ),
        detector("REV-02", lang, _CONTEST, requires=telling, scope=Scope.TEXT),
        detector(
            "REV-02",
            lang,
            benefit,
            requires=_TELL_ON_AMAZON[lang],
            unless=ANY_OUTCOME[lang],
            scope=Scope.WINDOW,
        ),
        detector(
            "REV-03",
            lang,
            HAPPY_IF[lang],
            requires=_TELL_ON_AMAZON[lang],
            unless=ANY_EXPERIENCE[lang],
            scope=Scope.WINDOW,
        ),
        detector("REV-08", lang, _MONTHS_LATER, requires=review, scope=Scope.TEXT),
        # A resolved ticket followed by "let other parents know on Amazon" (no word "review").
        detector(
            "REV-09",
            lang,
            RESOLVED[lang],
            requires=_TELL_ON_AMAZON[lang],
            unless=ANY_OUTCOME[lang],
            scope=Scope.WINDOW,
        ),
        # Spanish "que la elimine" names the review only by its pronoun: the text must name it.
        detector(
            "REV-05",
            lang,
            _REVISIT_REVIEW[lang],
            requires=review if lang == "es" else None,
            scope=Scope.TEXT if lang == "es" else Scope.SENTENCE,
        ),
        detector(
            "REV-04",
            lang,
            r"\b(?:don'?t|do\s+not|please\s+don'?t)\s+(?:\w+\s+){0,2}?(?:to|on)\s+(?:the\s+|a\s+)?"
            r"(?:review|rating)s?(?:\s+(?:page|section|button))?\b",
            requires=CONTACT[lang],
            scope=Scope.WINDOW,
            negatable=False,
        ),
    ]


_SHARED = (
    # English words, checked once for every text rather than once per language.
    detector("REV-02", "en", _IN_RETURN),
    detector(
        "REV-04",
        "de",
        r"\bbevor\s+sie\s+ihre[nm]?\s+(?:meinung|erfahrung|bewertung|eindruck)\s+(?:öffentlich|"
        r"online|"
        r"im\s+netz)",
        requires=CONTACT["de"] + r"|@|hinweis|nachricht\s+an\s+uns|chance",
        scope=Scope.WINDOW,
        negatable=False,
    ),
    detector(
        "REV-04",
        "it",
        r"\bnon\s+affidar\w*\s+a\s+una\s+recensione|\brecensioni\s+lasciale\s+a\s+quando",
        requires=CONTACT["it"] + r"|@",
        scope=Scope.WINDOW,
        negatable=False,
    ),
    # "Not zoomie-approved? -> Tell us instead": the unhappy branch of a split ask.
    detector(
        "REV-03",
        "en",
        r"(?:\bnot\s+(?:[\w-]+\s+){0,2}?[\w-]+|\b(?:something|"
        r"anything)\s+(?:\w+\s+){0,2}?(?:wrong|off)"
        r"(?:\s+with\s+[\w-]+)?)\s*\?\s*(?:→|->|=>|:)?\s*(?:tell|email|message|write|"
        r"contact|text)\s+us|"
        r"\bif\s+not\s*[,:]\s*(?:tell|email|message|write\s+to|contact|text)\s+us\b|"
        r"\bnot\s+(?:so\s+)?(?:great|good|happy|satisfied|perfect|thrilled|"
        r"loving\s+it|a\s+fan|impressed)"
        r"\s*(?:→|->|=>|:|\?)\s*"
        r"(?:[\w-]+\s+){0,6}?(?:tell|email|message|write\s+to|contact|text)\s+(?:us|our)\b",
        requires=r"(?s)^(?=.*amazon)(?=.*(?:review|rat(?:e|ing)|stars?\b|feedback|tell\s+(?!us\b)))",
        scope=Scope.TEXT,
        negatable=False,
    ),
    detector(
        "DIV-06",
        "es",
        r"¡?\bno\s+(?:lo|la|los|las)\s+devuelvas\b",
        requires=CONTACT["es"],
        scope=Scope.WINDOW,
        negatable=False,
    ),
    # The "yes" branch of a was-this-helpful box sent to Amazon, the "no" one to the form.
    detector(
        "REV-09",
        "any",
        r"(?:はい|yes|ja|oui|sí|si)\W{0,3}(?:を選んだ|と答えた|を押した)方|満足」?を選(?:んだ|"
        r"択した|ばれた)方|[4-5４５](?:\s*(?:〜|"
        r"~|-|から)"
        r"\s*[5５])?\s*(?:を)?(?:選択|お選び|選ん)(?:された|した|いただいた|だ)方|\b(?:if\s+you|"
        r"those\s+who)"
        r"\s+(?:chose|choose|select(?:ed)?|pick(?:ed)?|rated?|gave|give)\s+(?:a\s+|"
        r"us\s+)?(?:4|5|four|"
        r"five)\b|\b(?:si|if|wenn|se)\s+\W{0,3}(?:oui|yes|ja|sí|si)\W{0,3}\s*:|"
        r"\bif\s+you\s+(?:click|choose|select|"
        r"tap|pick)\s+\W?(?:yes|👍)",
        requires=r"amazon",
        scope=Scope.TEXT,
        negatable=False,
    ),
    detector(
        "DIV-06",
        "ja",
        r"返品(?:手続き)?(?:を)?(?:される|する|なさる)?前に",
        requires=CONTACT["ja"],
        scope=Scope.WINDOW,
        negatable=False,
    ),
    # The posted review brought "up to date" after a fix (REV-05 without the word "change").
    detector(
        "REV-05",
        "any",
        r"\breflect(?:s|ed)?\s+how\s+(?:the|we|it|your|things)\b|\bno\s+longer\s+reflects?\b|"
        r"\brevisit\s+them\b|(?:aktuellen|neuen)\s+stand\s+widerspiegel\w*|"
        r"\b(?:remove|delete|take\s+down)\s+it\s+(?:within|by|today|now)\b|"
        r"\breflect(?:s|ed)?\s+(?:how\s+things|where\s+things|the\s+(?:current|new|latest|whole\s+"
        r"(?:story|picture)))|"
        r"\bup\s+to\s+date\b|auf\s+den\s+(?:aktuellen|neuesten)\s+stand|\bà\s+jour\b|"
        r"現在の状況に合わせて|お書き直し|書き直し",
        requires=r"product\s+page|what\s+other\s+shoppers\s+read|your\s+(?:[\w-]+\s+)?(?:comments?|"
        r"post|write-?up|review)|produktseite|ihren\s+beitrag|ihre\s+(?:rezension|"
        r"bewertung)|votre\s+(?:avis|"
        r"commentaire)|ご投稿|投稿いただいた|レビュー|評価",
        scope=Scope.WINDOW,
    ),
)

INDIRECT_DETECTORS: tuple[Detector, ...] = _SHARED + tuple(
    d for lang in LANGS for d in _indirect_detectors(lang)
)
