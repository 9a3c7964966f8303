"""Detectors for the review rules (REV-01 to REV-09) in every marketplace language."""

from __future__ import annotations

from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import (
    ACQUIRE,
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

_POSITIVE = {
    "en": r"\b(?:5|five)\s+(?:little|tiny|sparkly|shiny|well-deserved)\s+stars?\b|"
    r"\b(?:the\s+)?full\s+(?:five|5)\b|\ball\s+five\s+stars\b|\b(?:high|highest|"
    r"top)\s+(?:rating|score|marks)\b|\b(?:5|five)\s+(?:shining|golden|big|bright|full|"
    r"sparkling)\s+stars?\b|\b(?:glowing|positive|good|great|kind|nice)\s+(?:write-?up|words?|"
    r"comments?)\s+on\s+amazon|(?:\b(?:positive|good|great|glowing|excellent|favou?rable|top|"
    r"perfect|(?:5|five)[- ]?stars?)\s+(?:\w+\s+)?(?:reviews?|ratings?|feedback)\b|\b(?:5|"
    r"five)[- ]?stars?\b(?![- ](?:customer|service|support|hotel|quality|safety|energy|resort|"
    r"restaurant|foil|balloons?|stickers?|shaped|cutters?|lights?|garlands?|tokens?|pieces?|"
    r"patterns?|stamps?|designs?|modes?|settings?|positions?|shapes?|finish|sateen|cotton|linen|"
    r"collection|comfort|luxury))|"
    r"(?:⭐\s*){3,}|(?:🌟\s*){3,}|(?:★\s*){3,}|\b(?:5|five)\s?[★⭐]|★\s?5\b|\brate\s+(?:us|"
    r"it)\s+(?:highly|5|five)|\b(?:5|five)\s+out\s+of\s+(?:5|five)|\b5\s?/\s?5\b|\b10\s?/\s?10\b|"
    r"\bthumbs[- ]up)",
    "de": r"\b(?:top|beste)-(?:bewertung|rezension)|\b(?:hohe|höchste)\s+(?:bewertung|punktzahl)|"
    r"(?:\b(?:positive|gute|tolle|sehr\s+gute|beste|top)[nrs]?\s+(?:bewertung|rezension|feedback)|"
    r"\b(?:5|fünf)[- ]?sterne(?!-(?!bewertung|rezension|feedback|urteil|wertung)\w)|(?:⭐\s*){3,}|"
    r"(?:🌟\s*){3,}|"
    r"(?:★\s*){3,}|volle\s+punktzahl|"
    r"\b(?:über\s+)?alle\s+fünf\b)",
    "fr": r"\b(?:note|évaluation)\s+(?:élevée|maximale)|(?:\bavis\s+(?:positif|favorable|élogieux|"
    r"(?:5|cinq)\s+étoiles)|\b(?:bonne|excellente|meilleure)\s+(?:note|évaluation)|\b(?:5|"
    r"cinq)\s+étoiles|note\s+maximale|(?:★\s*){3,}|toutes\s+les\s+étoiles)",
    "es": r"\b(?:valoración|calificación|puntuación|nota)\s+(?:alta|máxima)|(?:\b(?:reseña|opinión|"
    r"valoración|calificación|comentario)\s+(?:positiva?|favorable|excelente|de\s+(?:5|"
    r"cinco)\s+estrellas)|\b(?:buena|excelente|mejor)\s+(?:reseña|valoración|opinión|calificación)|"
    r"\b(?:5|cinco)\s+estrellas|(?:★\s*){3,}|todas\s+las\s+estrell\w+)",
    "it": r"\b(?:voto|valutazione|punteggio)\s+(?:alto|massimo|alta|massima)|(?:\b(?:recensione|"
    r"valutazione|feedback|opinione)\s+(?:positiva|favorevole|ottima|(?:a|da)\s+(?:5|"
    r"cinque)\s+stelle)|\b(?:buona|ottima|bella)\s+(?:recensione|valutazione)|\b(?:5|"
    r"cinque)\s+stell(?:e|in[ae])|(?:★\s*){3,}|tutte\s+le\s+stell\w+)",
    "ja": r"(?:高評価|星\s?5|星5つ|星を5|★\s?5|(?:★\s*){3,}|5つ星|五つ星|満点|最高評価|(?:良い|"
    r"いい|好意的な|高い)(?:レビュー|評価)|たくさんの(?:★|星)|★を(?:たくさん|いっぱい))",
    "zh": r"(?:好评|五星(?!级)|5星(?!级)|五颗星|满分|高分评价|满满的星)",
}
# Counting reviews others wrote ("over 2,000 five-star reviews", 「広く高評価をいただいて」) is
# not asking for one.
_CLAIM = {
    "en": r"\b(?:positive|good)\s+(?:or|and)\s+(?:negative|bad|critical)|\b(?:negative|bad|"
    r"critical)\s+(?:or|and)\s+(?:positive|good)|\b(?:over|more\s+than|thousands\s+of|"
    r"\d[\d,.]*\+?)\s+(?:(?:5|five)[- ]?star|positive)|\brated\s+(?:\d|five)|"
    r"thanks?\s+(?:you\s+)?for\s+(?:the|your)|energy\s+rating|h[oô]tel|\b(?:1|one|5|"
    r"five)[- ]star\s+ones\b|\b(?:5|five)[- ]stars?\s+or\s+"
    r"(?:1|one)[- ]star|\b(?:1|one)[- ]star\s+or\s+(?:5|five)|"
    r"\b(?:uva|spf|protection)\b[^.!?\n]{0,12}(?:5|five)[- ]star|\brating\s+from\s+[★⭐1]|"
    r"\b(?:(?:from|von|de|da)\s+)?1\s+(?:to|bis|à|a)\s+5\b|"
    r"\b(?:5|five)[- ]star\s+rating\s+(?:scale|system|chart)\b|\b(?:speed|control|grip|comfort|"
    r"durability|noise|glide|stability)\s+[1-5]\s?/\s?5\b|"
    r"\b1\s*★\s*(?:or|to|o|ou|oder|–|-)\s*5\s*★|"
    r"[★⭐]\s*(?:rating\s*)?=|\bsleep\s+(?:rating|score)|\b(?:difficulty|skill|spice|"
    r"heat|challenge)\s+(?:level|rating)|\b(?:received|got|earned|won|"
    r"awarded|achieved)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:positive|good|great|excellent|5[- ]star|"
    r"five[- ]star)\s+(?:\w+\s+)?(?:rating|review)|\b(?:5|five)[- ]star\s+(?:safety|energy|crash|"
    r"hygiene|efficiency|quality)\s+rating|\b(?:out\s+of|of)\s+(?:5|five)\s+stars|\b(?:the|other|"
    r"many|"
    r"all|these|those|some|despite)\s+(?:\w+\s+)?(?:positive|good|great|glowing|5[- ]star|"
    r"five[- ]star)\s+reviews\b",
    "de": r"positive\s+(?:wie|und|oder)\s+(?:negative|kritische)|(?:über|mehr\s+als|"
    r"\d[\d.]*)\s+(?:5-sterne|positive)|bewertet\s+mit|schwierigkeit|\bvon\s+1\s+bis\s+5\b",
    "fr": r"positi\w+\s+(?:ou|comme)\s+négati\w+|(?:plus\s+de|\d[\d\s.]*)\s+avis\s+positifs|"
    r"hôtel|difficulté|\bde\s+1\s+à\s+5\b",
    "es": r"positiv\w+\s+o\s+negativ\w+|(?:más\s+de|\d[\d.]*)\s+(?:reseñas|opiniones)\s+positivas|"
    r"hotel|dificultad|\bde\s+1\s+a\s+5\b|\b(?:en|de)\s+seguridad\b|ncap",
    "it": r"positiv\w+\s+o\s+negativ\w+|(?:oltre|più\s+di|\d[\d.]*)\s+recensioni\s+positive|"
    r"hotel|difficoltà|\bda\s+1\s+a\s+5\b",
    "ja": r"良い(?:評価|レビュー)も|(?:高評価|好評)も(?:低評価|悪評|厳しい)|(?:評価|"
    r"レビュー)も[^。]{0,8}(?:評価|レビュー)も|(?:いただいて|"
    r"いただいており|受けて|獲得|を得て|頂いて|難易度)",
    "zh": r"好的评价和差的评价|无论是?好评还是|"
    r"好评(?:和|与|或|或者|还是|、)差评|差评(?:和|与|或|或者|还是|、)好评|"
    r"好评差评[，,]?[^。]{0,6}都|无论好评|不论好评|(?:好评如潮|好评率|广受好评|获得.{0,4}好评|"
    r"深受好评|一致好评|难度)",
}
_INDICATOR = (
    r"\bindice\b|\bíndice\b|\bindex\b|"
    r"\b(?:show|shows|indicate|indicates|zeigen|indican|indicano|indiquent)\s+(?:the\s+|el\s+|"
    r"il\s+|le\s+|"
    r"die\s+)?(?:level|nivel|livello|niveau|stufe)\b|\b(?:indicator|indicatore|indicador|"
    r"anzeige)\b|accend|"
    r"light\s+up|leuchten|s'allument|se\s+encienden|点灯|亮起|\b\w+ness\s+(?:level|rating)\b|"
    r"firmness|härtegrad|fermeté|firmeza|rigidità"
)
_CLAIM = {lang: f"{pattern}|{_INDICATOR}" for lang, pattern in _CLAIM.items()}
_BEFORE_REVIEW = {
    "en": r"\bbefore\s+(?:you\s+)?(?:share|give|post|deliver|pass)\s+(?:your\s+)?verdict|"
    r"\bbefore\s+you\s+tell\s+(?:the\s+world|everyone|others|the\s+rest\s+of\s+amazon)\b|"
    r"\bskip\s+the\s+review\b|\brather\s+hear\b[^.!?]{0,40}\bthan\b[^.!?]{0,30}\breview|"
    r"\bdon'?t\s+post\s+(?:about\s+it|anything|a\s+review)\b|\bbefore\s+(?:you\s+)?(?:share|post|"
    r"put)\s+"
    r"(?:\w+\s+){0,3}?(?:anywhere\s+)?(?:public(?:ly)?|online)\b|\bend\s+up\s+(?:as|in)\s+(?:a\s+)?"
    r"(?:public|bad|negative|low)\s+(?:review|rating)|"
    r"\b(?:before|instead\s+of|rather\s+than)\s+(?:you\s+)?(?:review(?:ing)?|rat(?:e|"
    r"ing))\b(?!\s+(?:the|this|our|these|any|each|every|all)\s+(?:guide|manual|instructions?|"
    r"steps?|faq|safety|warnings?|page|video|terms|documents?|card|leaflet|booklet|information|"
    r"details|settings|contents?|order|package|parts?|list)\b)|\b(?:before|instead\s+of|"
    r"rather\s+than|prior\s+to)\s+(?:you\s+)?(?:leav|writ|post|giv|submit|publish|"
    r"shar|leave|write|post|"
    r"give|rat)\w*\s+(?:\w+\s+){0,4}?(?:reviews?|ratings?|feedback)\b",
    "de": r"\bbevor\s+sie\s+(?:\w+\s+){2,5}?(?:bewertung|rezension)|"
    r"\b(?:bevor|ehe)\s+(?:sie|du)\s+(?:uns\s+|das\s+produkt\s+|es\s+)?(?:bewerten|bewertest|"
    r"rezensieren|rezensierst)|\b(?:bevor|ehe|anstatt|statt|"
    r"anstelle)\s+(?:sie\s+)?(?:uns\s+)?(?:eine[rn]?\s+)?(?:\w+\s+)?(?:bewertung|rezension|"
    r"feedback|\d[- ]?sterne)",
    "fr": r"\bavant\s+de\s+(?:donner\s+votre\s+verdict|nous\s+juger|juger|nous\s+noter|noter|"
    r"nous\s+évaluer)|"
    r"\bavant\s+d\'(?:évaluer|noter)|\b(?:avant\s+de|au\s+lieu\s+de|"
    r"plutôt\s+que\s+de)\s+(?:nous\s+)?(?:laisser|publier|écrire|donner|mettre|poster)\s+(?:un\s+|"
    r"une\s+)?(?:\w+\s+)?(?:avis|commentaire|note|évaluation)",
    "es": r"\bantes\s+de\s+(?:valorar|opinar|calificar|puntuar|reseñar|juzgar\w*)|\b(?:antes\s+de|"
    r"en\s+(?:lugar|vez)\s+de)\s+(?:dejar|publicar|escribir|poner|"
    r"dar)\w*\s+(?:una?\s+)?(?:\w+\s+)?(?:reseña|opinión|valoración|comentario|calificación)",
    "it": r"\bprima\s+di\s+(?:giudicar\w*|scrivere\s+la\s+tua\s+opinione)|"
    r"\bprima\s+di\s+(?:lasciare|dare|esprimere)\s+(?:un\s+)?(?:giudizio|voto)|"
    r"\bprima\s+di\s+(?:recensire|valutare)|\bprima\s+di\s+(?:\w+\s+){0,4}?(?:scrivere|"
    r"lasciare)\s+una\s+"
    r"recensione|\b(?:prima\s+di|invece\s+di)\s+(?:lasciare|scrivere|"
    r"pubblicare|dare)\w*\s+(?:una?\s+)?(?:\w+\s+)?(?:recensione|valutazione|feedback|opinione)",
    "ja": r"(?:評価|レビュー)(?:の|する|される|をする)前に|(?:低評価|悪い評価|厳しい評価|星\s?1|"
    r"★\s?1|レビュー|評価)(?:を)?(?:ご)?(?:つけ|付け|書|投稿|し|入れ|記入)(?:いただく|頂く|"
    r"なさる)?\w{0,3}?(?:る|られる|される)?(?:前に|"
    r"前には|前)",
    "zh": r"(?:差评|中差评|评价|评论|留评)(?:之)?前|"
    r"(?:先别|别急着|不要急着)(?:打分|评价|留评|给评)",
}
# Negative review words for the "contact us first / don't leave a bad review" forms.
_NEGATIVE_REVIEW = {
    "en": r"(?:negative|bad|poor|low|1[- ]star|one[- ]star|critical|unfavou?rable|"
    r"less\s+than\s+\w+[- ]star)\s+(?:reviews?|ratings?|feedback)",
    "de": r"(?:negative|schlechte|kritische|1-sterne)[nr]?\s+(?:bewertung|rezension)",
    "fr": r"(?:avis|commentaire|note)\s+(?:négati\w+|défavorable)|mauvais(?:e)?\s+(?:avis|note|"
    r"commentaire)",
    "es": r"(?:reseña|opinión|valoración|calificación)\s+negativa|mala\s+(?:reseña|opinión|"
    r"valoración)",
    "it": r"(?:recensione|valutazione)\s+negativa|cattiva\s+(?:recensione|valutazione)",
    "ja": r"(?:低評価|悪い評価|厳しい評価|星\s?1|★\s?1|悪いレビュー|否定的な)",
    "zh": r"(?:差评|中差评|低分)",
}
_CONTACT_FIRST = {
    "en": r"\b(?:contact|email|message|reach\s+out\s+to|write\s+to|talk\s+to|"
    r"call)\s+us\s+(?:\w+\s+)?first\b|\bgive\s+us\s+a\s+chance\b|\bgive\s+us\s+(?:the\s+)?first\s+"
    r"(?:shot|chance|go)\b|"
    r"\bdon'?t\s+leave\s+(?:us\s+)?(?:a\s+)?(?:negative|bad|poor|low)",
    "de": r"(?:zuerst|zunächst|erst)\s+uns\s+(?:kontaktieren|schreiben|anrufen)|(?:zuerst|zunächst|"
    r"erst)\s+(?:bei|an)\s+uns|(?:schreiben|kontaktieren|"
    r"melden)\s+sie\s+(?:sich\s+)?(?:uns\s+)?(?:bitte\s+)?(?:zuerst|zunächst|vorher)|(?:melden|"
    r"wenden)\s+sie\s+sich\s+(?:bitte\s+)?(?:zuerst|zunächst)|keine\s+(?:negative|"
    r"schlechte)\s+bewertung",
    "fr": r"contactez-nous\s+d'abord|d'abord\s+nous\s+contacter|"
    r"ne\s+laissez\s+pas\s+(?:de\s+)?(?:mauvais|avis\s+négatif)",
    "es": r"contáctenos\s+primero|primero\s+contáct|no\s+deje\s+(?:una\s+)?(?:mala|"
    r"reseña\s+negativa)",
    "it": r"(?:contattaci|scrivici|chiamaci)\s+prima|prima\s+contatt|"
    r"non\s+lasciare\s+(?:una\s+)?(?:recensione\s+negativa|cattiva)",
    "ja": r"(?:まず|先に|まずは)(?:は)?(?:弊社|当社|私たち)?(?:に|へ|まで)?(?:ご連絡|連絡|"
    r"お問い合わせ)",
    "zh": r"(?:请先|先|务必先)(?:联系|找我们|找客服)|不要(?:直接)?(?:给|留)?(?:差评|中差评|低分)",
}
_CHANGE_REVIEW = {
    "en": r"\b(?:reviews?|ratings?|feedback)\s+(?:could|can|would|might|to)\s+be\s+(?:taken\s+down|"
    r"removed|deleted|updated|changed|revised|edited|withdrawn)|\b(?:updat|chang|revis|edit|remov|"
    r"delet|tak\w*\s+down|reconsider|amend|modif|withdraw|adjust|rais|improv|upgrad|"
    r"bump\w*\s+up)\w*\s+(?:\w+\s+){0,2}?(?:your|the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:reviews?|"
    r"ratings?|feedback|stars?|comments?)\b",
    "de": r"(?:(?:bewertung|rezension|feedback|sterne)(?:\s+[\w-]+){0,4}?\s+(?:zu\s+)?(?:ändern|"
    r"anzupassen|anpassen|löschen|entfernen|aktualisieren|überarbeiten|zurückziehen|zurückzuziehen|"
    r"zurückzunehmen|korrigieren|überdenken|zu\s+ändern|zu\s+löschen|zu\s+entfernen|erhöhen)|"
    r"(?:ändern|löschen|entfernen|anpassen|aktualisieren)\s+sie\s+(?:ihre|die)\s+(?:bewertung|"
    r"rezension))",
    "fr": r"\b(?:modifier|supprimer|retirer|mettre\s+à\s+jour|changer|revoir|réviser|effacer|"
    r"actualiser|corriger|améliorer)\s+(?:votre|vos|ton|ta|le|la|l')\s*(?:\w+\s+)?(?:avis|"
    r"commentaire|note|évaluation)",
    "es": r"\b(?:modificar|cambiar|eliminar|borrar|quitar|retirar|actualizar|editar|corregir|"
    r"reconsiderar|mejorar|modifique|cambie|elimine|borre|actualice)\s+(?:su|tu|la|el|"
    r"sus)\s+(?:\w+\s+)?(?:reseña|opinión|valoración|comentario|calificación|puntuación)",
    "it": r"\b(?:modificar|cambiar|rimuover|eliminar|cancellar|aggiornar|riveder|correggere|"
    r"ritirar|modific|aggiorn|rimuov|elimin)\w*\s+(?:(?:la|il|le)\s+)?(?:tua|sua|vostra|tuo|suo|"
    r"vostro)?\s*(?:recensione|valutazione|feedback|commento|opinione)",
    "ja": r"(?:レビュー|評価)[^。]{0,25}見直して(?:いただ|頂)|"
    r"(?:レビュー|評価|口コミ|コメント)(?:の内容|内容)?(?:を|の)?(?:修正|変更|変え|直し|削除|"
    r"取り下げ|取消|更新|見直|書き換え|書き直|上げ)",
    "zh": r"(?:(?:修改|删除|删掉|撤销|撤回|更改|改掉|取消|追加|改成|改为)(?:一下)?(?:您的)?(?:评价|"
    r"差评|评论|评分|中评|好评)|(?:把|将)(?:差评|评价|评论|评分).{0,6}(?:删|改|撤))",
}
_DICTATE = {
    "en": r"\breview\s+(?:text\s+)?(?:you\s+can|to)\s+(?:copy|paste|use)\b(?!\s+(?:your|the|our)\s+"
    r"(?:warranty|guarantee))|\b(?:copy|"
    r"paste)\s+(?:this|the\s+following)\s+(?:review|text)|\bmention\b[^.!?]{0,60}\b(?:review|"
    r"feedback)\b|\bmention\b[^.!?]{0,60}\bin\s+(?:your|the)\s+(?:review|feedback)|"
    r"\bin\s+your\s+(?:review|feedback)\b[, ]+(?:please\s+)?(?:mention|say|write|include|"
    r"talk\s+about|highlight|note)|copy\s+(?:and|&)\s+paste|(?:sample|pre-?written|suggested|"
    r"template)\s+reviews?|\breview\s+template|use\s+the\s+(?:hashtag|keywords?)|\b(?:your|a)\s+"
    r"(?:review|feedback)\b[^.!?]{0,40}\b(?:mention|include|use)\b[^.!?]{0,10}[\"“„«]|\b(?:review|"
    r"feedback)\b[^.!?]{0,60}\b(?:could|would|please|kindly|"
    r"try\s+to)\s+(?:\w+\s+)?mention\b|\bthe\s+words\s+"
    r"(?:\w+\s+){0,3}?search\s+for",
    "de": r"(?:bewertung|rezension)[^.!?]{0,80}(?:erwähnen\s+sie|stichwort|hashtag)|"
    r"erwähnen[^.!?]{0,60}(?:bewertung|rezension)|(?:erwähnen|schreiben|"
    r"betonen)\s+sie\s+in\s+ihrer\s+(?:bewertung|rezension)|in\s+ihrer\s+(?:bewertung|"
    r"rezension)[^.!?]{0,40}(?:erwähnen|hervorheben)|(?:muster|vorlage)[^.!?]{0,20}(?:bewertung|"
    r"rezension)|kopieren\s+und\s+einfügen",
    "fr": r"mentionn\w*[^.!?]{0,60}(?:avis|commentaire)|(?:mentionnez|précisez|"
    r"parlez\s+de)[^.!?]{0,40}dans\s+votre\s+(?:avis|commentaire)|dans\s+votre\s+(?:avis|"
    r"commentaire)[ ,]+(?:merci\s+de\s+|veuillez\s+)?(?:mentionner|préciser|parler)|"
    r"copier[- ]coller|copiez[- ]collez|modèle\s+d'avis",
    "es": r"mencion\w*[^.!?]{0,60}(?:reseña|opinión)|(?:mencione|menciona|destaque|"
    r"hable\s+de)[^.!?]{0,40}en\s+(?:su|tu)\s+(?:reseña|opinión|valoración)|en\s+(?:su|"
    r"tu)\s+(?:reseña|opinión|valoración)[ ,]+(?:por\s+favor\s+)?(?:mencione|destaque|diga|cuenta|"
    r"menciona|habla)|copiar\s+y\s+pegar|copie\s+y\s+pegue|copia\s*(?:,|y)\s*pega|"
    r"\buna\s+idea\s+para\s+(?:tu|su)\s+reseña|(?:plantilla|ejemplo)\s+de\s+reseña",
    "it": r"copia(?:re)?\s+e\s+incolla(?:re)?|\btesto\s+da\s+copiare|"
    r"menzion\w*[^.!?]{0,60}recension|(?:menziona|menzioni|cita|citi|"
    r"sottolinea)[^.!?]{0,40}nella\s+(?:tua\s+|sua\s+)?(?:recensione|valutazione)|"
    r"nella\s+(?:tua\s+|sua\s+)?recensione[ ,]+(?:per\s+favore\s+)?(?:menziona|scrivi|cita|"
    r"racconta|parla|aggiungi)|"
    r"copia\s+e\s+incolla|(?:modello|esempio)\s+di\s+recensione",
    "ja": r"レビュー(?:に|で|の中で)(?:は)?[^。\n]{0,30}(?:触れて|書いて|記載して|言及して|ご記入|"
    r"入れて)|(?:例文|文例)を(?:ご用意|用意|ご紹介)|コピーして(?:そのまま)?(?:お使い|使っ|"
    r"貼り付け)|(?:例文|テンプレート|文例)[^。]{0,10}(?:レビュー|コピー)|コピペ|コピー&ペースト",
    "zh": r"(?:评价|评论)[^。]{0,20}提一下|评价(?:里|中)?(?:提一下|提到)|"
    r"(?:评价|评论|好评)(?:中|里|时)(?:请)?(?:提到|写上|注明|"
    r"带上)|(?:好评|评价)(?:模板|文案)|复制粘贴|(?:评价|评论|好评)[^。]{0,10}(?:模板|文案)|"
    r"(?:带上|写上|包含)[^。]{0,15}关键词",
}
_REMINDER = {
    "en": r"\b(?:haven\'?t|have\s+not|not\s+yet|yet\s+to)\b[^.!?]{0,40}\b(?:review|feedback|"
    r"rating)s?\b|\b(?:forg[eo]t\w*\s+to\s+(?:review|rate|leave)|(?:haven'?t|have\s+not|not\s+yet|"
    r"yet\s+to|still\s+haven'?t)\s+(?:\w+\s+){0,2}?(?:reviewed|rated|left\s+(?:a|us\s+a|"
    r"your)\s+(?:review|rating|feedback))|(?:reminder|second\s+request|"
    r"nudge)\b[^.!?]{0,40}\b(?:leave|write|post|share|submit)\w*\s+(?:\w+\s+){0,2}?(?:review|"
    r"feedback|rating)|\b(?:review|feedback|rating)\s+reminder)",
    "de": r"(?:vergessen|noch\s+nicht|noch\s+keine)[^.!?]{0,30}(?:bewert|rezension)|"
    r"erinnerung[^.!?]{0,40}(?:bewertung|rezension)",
    "fr": r"(?:oublié|pas\s+encore|toujours\s+pas)[^.!?]{0,30}(?:avis|évalu)|"
    r"rappel[^.!?]{0,40}avis",
    "es": r"(?:olvidó|olvidado|todavía\s+no|aún\s+no)[^.!?]{0,30}(?:reseña|opinión|valor)|"
    r"recordatorio[^.!?]{0,40}(?:reseña|opinión|valoración)",
    "it": r"(?:dimenticat|non\s+(?:hai|ha)\s+ancora|ancora\s+non)[^.!?]{0,30}(?:recension|valut)|"
    r"promemoria[^.!?]{0,40}recensione",
    "ja": r"(?:まだ|再度|改めて|リマインド|もう一度)[^。]{0,20}(?:レビュー|評価)|(?:レビュー|"
    r"評価)[^。]{0,20}(?:お忘れ|再度|もう一度)",
    "zh": r"(?:还没有|尚未|忘记|再次|提醒)[^。]{0,15}(?:评价|留评|好评)",
}


# A reviewer talking about their own review ("I'll update this review") asks nobody.
_OWN_REVIEW = {
    "en": r"\bi(?:'ll|\s+will|'ve|\s+have|'d|\s+may|\s+might)?\s+(?:\w+\s+){0,2}?(?:updat|chang|"
    r"revis|edit|remov|delet)\w*\s+(?:this|my)\s+(?:review|rating)|\bmy\s+(?:amazon\s+)?(?:own\s+)?"
    r"(?:review|rating|feedback)",
    "de": r"\bmeine[rn]?\s+(?:eigene\s+)?(?:amazon-?)?(?:bewertung|rezension)",
    "fr": r"\b(?:mon|mes)\s+(?:propre\s+)?(?:avis|commentaire)|\bma\s+(?:note|évaluation)",
    "es": r"\bmis?\s+(?:propia\s+)?(?:reseña|opinión|valoración)",
    "it": r"\b(?:la\s+)?mia\s+(?:recensione|valutazione)",
    "ja": r"(?:私の|自分の)(?:レビュー|評価)",
    "zh": r"我的(?:评价|评论|差评|好评)",
}
# A review "for" something: 「レビューで〜をプレゼント」, 「写评价送…」, "a review = a gift".
_REVIEW_FOR = {
    "en": r"\breview\s*=\s*(?:a\s+)?(?:free|gift|bonus|discount)",
    "de": r"bewertung\s*=\s*(?:ein\s+)?(?:geschenk|gutschein|rabatt)",
    "fr": r"avis\s*=\s*(?:un\s+)?(?:cadeau|bon|remise)",
    "es": r"reseña\s*=\s*(?:un\s+)?(?:regalo|descuento)",
    "it": r"recensione\s*=\s*(?:un\s+)?(?:regalo|buono|sconto)",
    "ja": r"(?:レビュー|評価)(?:投稿|記入|を書いて)?(?:で|すると|いただくと)[^。]{0,15}(?:もらえる|"
    r"プレゼント|進呈|差し上げ)",
    "zh": r"(?:评价|好评|留评|晒图|晒单)(?:即|就|后)?送",
}
_PROOF = (
    r"(?:screen\s?shot|screen\s+capture|capture\s+d'écran|captura(?:\s+de\s+pantalla)?|"
    r"bildschirmfoto|スクリーンショット|スクショ|截图|截屏)"
)
# "Don't rate us badly" and the unhappy branch of a split ask ("Had a problem? Email us instead").
_DONT_RATE_BADLY = {
    "en": r"\b(?:no|not\s+a)\s+(?:\w+\s+)?review\s*,?\s*(?:but|instead)|\b(?:don'?t|do\s+not|"
    r"please\s+don'?t)\s+(?:(?:immediately|just|straight\s+away|right\s+away|"
    r"rush\s+to)\s+)?(?:leave\s+(?:us\s+)?(?:a\s+)?(?:\w+\s+)?(?:review|feedback|rating)|"
    r"(?:rate|review)\s+(?:us\s+)?(?:negatively|badly|low|yet|just\s+yet))|"
    r"\bdont\s+(?:review|rate)\b|\b(?:had\s+a\s+problem|not\s+(?:happy|"
    r"satisfied)|unhappy|unsatisfied|dissatisfied|any\s+(?:issues?|problems?)|less\s+than\s+(?:5|"
    r"five|4|four)\s+stars?)\b[^.!?]{0,20}\?[^.!?]{0,60}\b(?:instead|first|"
    r"before\s+(?:you\s+)?(?:post|write|leave|review)\w*)\b",
    "de": r"keine\s+(?:\w+\s+)?(?:bewertung|rezension)\s*,?\s*sondern|(?:unzufrieden|"
    r"nicht\s+zufrieden)\s*\?[^.!?]{0,60}(?:keine\s+(?:bewertung|rezension)|sondern)|"
    r"nicht\s+(?:gleich|sofort|direkt)\s+(?:eine\s+)?(?:\w+\s+)?(?:bewertung|"
    r"rezension)\s+(?:schreiben|abgeben|hinterlassen)|nicht\s+(?:gleich\s+|sofort\s+|"
    r"direkt\s+)?(?:negativ|schlecht)\s+(?:zu\s+)?bewerten|(?:hinterlassen|"
    r"schreiben)\s+sie\s+(?:bitte\s+)?keine\s+(?:\w+\s+)?(?:bewertung|rezension)|(?:unzufrieden|"
    r"probleme?)\s*\?[^.!?]{0,60}(?:stattdessen|zuerst)",
    "fr": r"pas\s+de\s+(?:commentaire|avis)\s+(?:fâché|négatif|énervé|en\s+colère)|"
    r"pas\s+d'avis\s*,?\s*mais|ne\s+(?:nous\s+)?(?:notez|évaluez)\s+pas\s+(?:négativement|"
    r"mal)|ne\s+(?:nous\s+)?laiss(?:ez|er)\s+pas\s+(?:de\s+|d')(?:\w+\s+)?(?:avis|"
    r"commentaire|évaluation|"
    r"note)|(?:pas\s+satisfait|un\s+problème|mécontent)\w*\s*\?[^.!?]{0,60}(?:plutôt|d'abord)",
    "es": r"no\s+(?:hace\s+falta\s+que\s+)?dejes\s+una\s+mala\s+(?:reseña|valoración|opinión)|"
    r"no\s+(?:deje\s+)?una\s+(?:reseña|opinión)\s*,?\s*sino|no\s+(?:nos\s+)?(?:valore|"
    r"califique|puntúe)\s+(?:negativamente|mal)|no\s+deje\s+(?:una\s+)?(?:reseña|opinión|"
    r"valoración)|(?:no\s+está\s+satisfech\w+|algún\s+problema)\s*\?[^.!?]{0,60}(?:en\s+su\s+lugar|"
    r"primero)",
    "it": r"non\s+una\s+recensione\s*,?\s*ma|non\s+(?:valutarci|recensirci|"
    r"darci)\s+(?:negativamente|male|un\s+voto\s+basso)|non\s+lasciare\s+(?:una\s+)?(?:recensione|"
    r"valutazione)|non\s+lasciare\s+(?:subito|immediatamente|direttamente)\s+(?:una\s+)?(?:\w+\s+)?"
    r"(?:recensione|valutazione)|(?:non\s+sei\s+soddisfatt\w|"
    r"problemi)\s*\?[^.!?]{0,60}(?:invece|prima)",
    "ja": r"(?:レビュー|評価)(?:ではなく|の代わりに|より先に)|(?:低評価|悪い評価|星1)(?:は|"
    r"を)?(?:つけないで|付けないで|ご遠慮)|(?:レビュー|評価)(?:を)?(?:書かず|投稿せず|書かないで|"
    r"つけずに)",
    "zh": r"(?:请勿|不要|别)(?:在亚马逊上?|在amazon上?)?(?:直接)?(?:给|打|留)(?:差评|低分|一星|"
    r"评价|评论|评)|(?:请勿|不要|别)(?:直接)?(?:给|打|留)?(?:差评|低分|一星|评价|评论)",
}
# Asking to change "it" when "it" is the review named next to it.
_CHANGE_IT = {
    "en": r"\b(?:bump|rais|updat|chang|revis|edit|improv|increas|remov|delet|tak)\w*\s+it\s+(?:up|"
    r"down|to\s+\d|to\s+(?:four|five))",
    "de": r"\bsie\s+(?:jetzt|nun)\b[^.!?]{0,40}?\b(?:anpassen|aktualisieren|ändern)\b|"
    r"(?:sie|diese)\s+(?:noch\s+einmal\s+|nochmals\s+|entsprechend\s+|bitte\s+)?"
    r"(?:anzupassen|anpassen|ändern|aktualisieren|"
    r"zu\s+ändern|löschen|zu\s+löschen|entfernen)\b",
    "fr": r"\b(?:la|le)\s+(?:modifier|supprimer|retirer|changer)\b",
    "es": r"\b(?:cambiarla|modificarla|eliminarla|borrarla|actualizarla)\b",
    "it": r"\b(?:modificarla|cambiarla|rimuoverla|eliminarla|aggiornarla)\b",
    "ja": r"(?:変更|修正|削除)していただけ",
    "zh": r"(?:改一下|删一下|删掉|改成)",
}


def _review_detectors(lang: str) -> list[Detector]:
    review, benefit, happy = REVIEW[lang], BENEFIT[lang], HAPPY_IF[lang]
    neutral = ANY_OUTCOME[lang]
    found = [
        detector("REV-01", lang, _POSITIVE[lang], unless=_CLAIM[lang]),
        # Reward and review in one sentence, or a reward with "get/receive" next to one.
        detector("REV-02", lang, benefit, requires=review),
        detector(
            "REV-02",
            lang,
            rf"(?:{ACQUIRE[lang]})[^.!?。]{{0,40}}(?:{benefit})",
            requires=review,
            scope=Scope.WINDOW,
        ),
        # A screenshot of the review is asked for only to hand out the reward.
        detector("REV-02", lang, _PROOF, requires=review, scope=Scope.WINDOW),
        detector("REV-02", lang, _REVIEW_FOR[lang]),
        detector(
            "REV-03", lang, happy, requires=review, unless=ANY_EXPERIENCE[lang], scope=Scope.WINDOW
        ),
        detector(
            "REV-04", lang, _NEGATIVE_REVIEW[lang], requires=CONTACT[lang], scope=Scope.WINDOW
        ),
        detector(
            "REV-04",
            lang,
            _BEFORE_REVIEW[lang],
            requires=rf"{CONTACT[lang]}|@[\w-]+\.|\bdanos\s+la\s+oportunidad|give\s+us\s+a\s+chance|ticket|"
            r"r[ée]pond|\breply\b|antwort|respond|rispond",
            scope=Scope.WINDOW,
        ),
        detector("REV-04", lang, _CONTACT_FIRST[lang], requires=review, scope=Scope.WINDOW),
        # "Contact us first" alone implies "before you review or return": a human decides.
        detector("REV-04", lang, _CONTACT_FIRST[lang], severity="warning"),
        detector(
            "REV-04",
            lang,
            _DONT_RATE_BADLY[lang],
            requires=CONTACT[lang],
            negatable=False,
            scope=Scope.WINDOW,
        ),
        detector("REV-05", lang, _CHANGE_REVIEW[lang], unless=_OWN_REVIEW.get(lang)),
        detector("REV-05", lang, _CHANGE_IT[lang], requires=review, scope=Scope.WINDOW),
        detector("REV-06", lang, _DICTATE[lang]),
        detector("REV-07", lang, _REMINDER[lang], negatable=False),
        detector(
            "REV-09", lang, RESOLVED[lang], requires=review, unless=neutral, scope=Scope.WINDOW
        ),
    ]
    return found


REVIEW_DETECTORS: tuple[Detector, ...] = tuple(d for lang in LANGS for d in _review_detectors(lang))
