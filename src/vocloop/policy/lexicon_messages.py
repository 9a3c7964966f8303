"""Detectors for message form (MSG), claims to be Amazon (CLM) and help-center GDPR rules."""

from __future__ import annotations

from vocloop.policy.matching import Detector, Scope
from vocloop.policy.vocab import LANGS, REVIEW_ASK, detector

_SHIPPED = {
    "en": r"\b(?:(?:has|have)\s+(?:been\s+)?(?:shipped|dispatched|sent\s+out)|is\s+on\s+(?:its|"
    r"the)\s+way|out\s+for\s+delivery|tracking\s+(?:number|info\w*)|left\s+our\s+warehouse|"
    r"dispatched\s+(?:today|this\s+morning|with|via)|"
    r"handed\s+(?:over\s+)?to\s+the\s+(?:carrier|courier))\b",
    "de": r"(?:wurde\s+(?:heute\s+)?(?:versandt|verschickt|versendet)|ist\s+unterwegs|"
    r"sendungsnummer|an\s+(?:dhl|dpd|ups|hermes|gls|die\s+post)\s+übergeben|"
    r"an\s+(?:den|unseren)\s+(?:versanddienstleister|paketdienst|zusteller)\s+"
    r"übergeben|hat\s+unser\s+lager\s+verlassen)",
    "fr": r"(?:vient\s+de\s+quitter\s+notre\s+entrepôt|a\s+quitté\s+notre\s+entrepôt|"
    r"a\s+(?:bien\s+)?été\s+(?:expédiée?|envoyée?|remise?\s+au\s+transporteur)|"
    r"est\s+en\s+route|"
    r"numéro\s+de\s+suivi)",
    "es": r"(?:ha\s+sido\s+enviad[oa]|está\s+en\s+camino|número\s+de\s+seguimiento|"
    r"ha\s+salido\s+de\s+nuestro\s+almacén|entregad[oa]\s+al\s+transportista)",
    "it": r"(?:è\s+stat[oa]\s+(?:spedit[oa]|inviat[oa])|è\s+in\s+viaggio|è\s+in\s+consegna|"
    r"numero\s+di\s+tracciamento|affidat[oa]\s+(?:oggi\s+)?al\s+corriere|"
    r"consegnat[oa]\s+al\s+corriere)",
    "ja": r"(?:発送(?:いたしました|しました|完了)|出荷(?:いたしました|しました)|お届け予定|"
    r"追跡番号)",
    "zh": r"(?:已发货|已寄出|物流单号|正在配送|已(?:于|在)[^,，。]{0,12}(?:发货|发出|寄出)|"
    r"已经发(?:货|出))",
}
# A reason the message may be sent at all: a problem being fixed, a question, a review request.
PURPOSE = {
    "en": r"(?:your\s+(?:message|inquiry|enquiry|e-?mail|request|note|question)|you\s+asked|"
    r"what\s+happened|"
    r"as\s+requested|following\s+up\s+on\s+your|\?|\b(?:sorry|"
    r"apolog\w*|damag\w*|missing|replac\w*|delay\w*|problem|issue|wrong|broken|defect\w*|lost|"
    r"return\w*|refund\w*|invoice|schedul\w*|appointment|design|confirm|address|step|manual|guide|"
    r"could\s+you|please\s+(?:send|tell|check)))",
    "de": r"(?:ihre\s+(?:nachricht|anfrage|e-?mail)|deine\s+(?:nachricht|frage)|ihre\s+frage|"
    r"wie\s+gewünscht|\?|leider|entschuldig|beschädigt|fehlt|ersatz|"
    r"verzögert|problem|falsch|defekt|rücksendung|rechnung|termin|anleitung|bestätigen|bewert)",
    "fr": r"(?:votre\s+(?:message|demande|e-?mail)|ton\s+message|votre\s+question|comme\s+demandé|"
    r"\?|désolé|excus|endommag|manqu|remplacement|"
    r"rechange|retard|problème|erreur|cassé|défectueu|retour|facture|rendez-vous|notice|avis)",
    "es": r"(?:(?:su|tu)\s+(?:mensaje|consulta|correo|pregunta)|su\s+pregunta|como\s+solicitó|\?|"
    r"sentimos|disculp|dañad|falta|recambio|repuesto|"
    r"retraso|problema|error|roto|defectuos|devolución|factura|cita|manual|reseña|opinión)",
    "it": r"(?:(?:il\s+)?(?:tuo|suo)\s+messaggio|(?:sua|tua)\s+(?:domanda|richiesta)|"
    r"sul\s+messaggio|"
    r"sua\s+domanda|come\s+richiesto|\?|scus|danneggiat|manca|ricambio|sostituzion|"
    r"ritardo|problema|errore|rott|difettos|reso|fattura|appuntamento|manuale|recensione|"
    r"istruzion|(?:ci\s+)?(?:avevi|aveva|hai|ha)\s+chiesto)",
    "ja": r"(?:ご質問|ご依頼|お問い合わせ|ご連絡(?:いただき|ありがとう)|"
    r"メッセージ(?:を)?(?:いただき|ありがとう)|\?|申し訳|破損|不足|交換|遅延|不具合|"
    r"問題|誤|故障|返品|"
    r"請求書|お届け日|説明書|レビュー)",
    "zh": r"(?:您的(?:留言|来信|消息|询问)|(?:的)?留言|来信|您的问题|您询问|按您的要求|\?|抱歉|"
    r"损坏|缺少|补发|更换|延误|(?<!任何)问题|错误|故障|退货|"
    r"发票|说明书|评价)",
}
_THANKS = {
    "en": r"\b(?:thank|thanks|hope\s+you\s+(?:enjoy|love|like)|we(?:'re|\s+are)\s+here|"
    r"(?:glad|happy|thrilled|delighted)\s+(?:that\s+)?you\s+(?:chose|picked|ordered))\b",
    "de": r"(?:danke|vielen\s+dank|wir\s+hoffen|viel\s+spaß|freude\s+mit|"
    r"freuen\s+uns,?\s+dass\s+sie\s+sich\s+für)",
    "fr": r"(?:merci\b(?!\s+d[e'])|nous\s+espérons|profitez|ravi\w*\s+que\s+vous\s+ayez\s+choisi)",
    "es": r"(?:gracias|esperamos\s+que|disfrute|nos\s+alegra\s+que\s+(?:haya|hayas)\s+elegido)",
    "it": r"(?:grazie|ringrazi|speriamo\s+che|buon\s+divertimento|"
    r"felic\w*\s+che\s+(?:tu\s+)?abbia\s+scelto)",
    "ja": r"(?:ありがとう|お買い上げ|ご購入いただき|お楽しみ|お選びいただき)",
    "zh": r"(?:感谢|谢谢|希望您喜欢)",
}
_CROSS_SELL = {
    "en": r"\b(?:check\s+out\s+our\s+(?:other|new|latest)|(?:have|take)\s+a\s+look\s+at\s+our\s+"
    r"(?:storefront|store|shop|new|range)|have\s+a\s+peek\s+at\s+our\s+new|just\s+landed|you\s+(?:might|"
    r"may)\s+(?:also\s+)?(?:like|love)\s+our|(?:our|the)\s+(?:new|latest|spring|summer|autumn|fall|"
    r"winter|holiday)\s+(?:\w+\s+)?(?:range|collection|arrivals|products?|releases?|line)|"
    r"new\s+arrivals|browse\s+our\s+(?:store|storefront|shop)|"
    r"visit\s+our\s+(?:amazon\s+)?storefront|our\s+other\s+products|"
    r"take\s+a\s+look\s+at\s+(?:the\s+)?"
    r"matching|in\s+our\s+amazon\s+(?:store(?:front)?|shop))\b",
    "de": r"(?:unsere(?:n)?\s+(?:anderen|weiteren|neuen)\s+produkte|neuheiten\s+in\s+unserem|"
    r"passend\s+"
    r"dazu\s+empfehlen\s+wir|in\s+unserem\s+amazon-?shop)",
    "fr": r"(?:nos\s+autres\s+produits|découvrez\s+(?:nos|notre)\s+(?:nouveau|nouvelle|gamme|"
    r"collection)|découvrez\s+(?:aussi|également)\s+(?:nos|notre)\b|existe\s+aussi\s+en)",
    "es": r"(?:nuestros\s+otros\s+productos|descubra\s+nuestra\s+(?:nueva|gama|colección))",
    "it": r"(?:i\s+nostri\s+altri\s+prodotti|scopri\s+(?:la\s+nostra|i\s+nostri)\s+(?:nuov|gamma|"
    r"collezione))",
    "ja": r"(?:(?:他の|その他の|新)(?:商品|製品)(?:も|を)(?:ぜひ|ご覧)|新商品のご案内|新発売|"
    r"ストアページ(?:で|を)(?:チェック|ご覧)|新作[^。]{0,20}登場)",
    "zh": r"(?:我们的其他(?:产品|商品)|新品(?:上市|推荐)|店铺其他)",
}
_IMPORTANT = r"\[\s*(?:important|wichtig|importante?|重要)\s*\]|【\s*重要\s*】|^\s*important\s*:"
_NOT_CRITICAL = (
    r"(?:review|feedback|rating|tips?\b|coupon|discount|bewert|rezension|avis|reseña|recension|"
    r"レビュー|評価|评价|好评|提示|ヒント)"
)
_PII = {
    "en": r"\b(?:phone\s+number|telephone\s+number|mobile\s+(?:number|digits|no\.)|cell\s+number|"
    r"date\s+of\s+birth|"
    r"birth\s?date|birthday|(?:date|day|year)\s+you\s+were\s+born|passport|(?:id|identity)\s+card|"
    r"driver'?s\s+licen[cs]e|"
    r"social\s+security|ssn|credit\s+card|card\s+number|bank\s+account|iban|bank\s+details|"
    r"home\s+address|personal\s+address|(?:copy|scan|photo)\s+of\s+your\s+(?:id|passport))\b",
    "de": r"(?:telefonnummer|handynummer|mobilnummer|geburtsdatum|geburtstag|personalausweis|"
    r"ausweis|reisepass|kreditkarte|kontonummer|iban|bankverbindung|privatadresse|wohnadresse)",
    "fr": r"(?:numéro\s+de\s+(?:téléphone|portable|mobile)|date\s+de\s+naissance|passeport|"
    r"carte\s+d'identité|pièce\s+d'identité|carte\s+(?:bancaire|de\s+crédit)|numéro\s+de\s+compte|"
    r"iban|\brib\b|coordonnées\s+bancaires|adresse\s+personnelle)",
    "es": r"(?:(?:número\s+de\s+)?teléfono(?!\s+(?:móvil\s+)?(?:compatible|modelo))|número\s+de\s+"
    r"móvil|fecha\s+de\s+nacimiento|pasaporte|\bdni\b|"
    r"documento\s+de\s+identidad|tarjeta\s+de\s+crédito|cuenta\s+bancaria|iban|"
    r"dirección\s+personal)",
    "it": r"(?:numero\s+di\s+(?:telefono|cellulare)|data\s+di\s+nascita|passaporto|"
    r"carta\s+d'identità|documento\s+d'identità|carta\s+di\s+credito|conto\s+corrente|iban|"
    r"codice\s+fiscale|"
    r"indirizzo\s+di\s+casa)",
    "ja": r"(?:電話番号|携帯番号|生年月日|パスポート|身分証|運転免許証|マイナンバー|"
    r"クレジットカード|カード番号|口座番号|銀行口座|ご自宅の住所)",
    "zh": r"(?:电话号码|手机号|手機號|通[讯訊]\s*app\s*帳號|生日(?!快乐)|出生日期|护照|身份证|"
    r"信用卡|银行卡|银行账号|家庭住址)",
}
_ASK = {
    "en": r"\b(?:please|send|provide|give|share|tell|reply\s+with|upload|submit|text\s+(?:us|me)|"
    r"let\s+us\s+(?:have|know)|"
    r"we\s+need|need\s+your|could\s+you|can\s+you|may\s+we|what\s+is\s+your|include|attach|enter|"
    r"fill|required|mandatory)\b",
    "de": r"(?:bitte|senden|schicken|schick|sende|gib\s+uns|nenn\s+uns|hochladen|laden\s+sie|"
    r"teilen\s+sie|mitteilen|mit\.|nennen|geben\s+sie|angeben|"
    r"benötigen|brauchen|pflicht)",
    "fr": r"(?:merci\s+de|veuillez|envoyez|envoie|donne-nous|indique|télécharg|joign|communiquer|"
    r"indiquer|donner|fournir|transmettre|"
    r"avons\s+besoin|pourriez|obligatoire)",
    "es": r"(?:ind[ií]qu|facil[ií]t|proporci[oó]n|comun[ií]qu|d[ií]ga|env[íi]a(?:nos|me)?|"
    r"m[aá]nda(?:nos|me)?|dinos|pásanos|facilítanos|indícanos|sube|"
    r"adjunta|envíe|envíenos|facilite|indique|proporcione|necesitamos|podría|díganos|compart|"
    r"obligatorio)",
    "it": r"(?:mandaci|mandami|inviami|dacci|dimmi|carica|allega|invia|inviaci|fornisci|fornire|"
    r"comunica|indica|dicci|abbiamo\s+bisogno|potresti|ci\s+serv(?:e|ono)|"
    r"puoi|obbligatori)",
    "ja": r"(?:お知らせ|教えて|お送り|送って|ご提供|ご記入|ご連絡|お伝え|ご返信|返信して|"
    r"必要|必須)",
    "zh": r"(?:请|提供|告诉|发送|发给|留下|留低|麻烦|需要|必填)",
}
_THREAT = {
    "en": r"\b(?:legal\s+action|take\s+you\s+to\s+court|sue\s+you|our\s+lawyers?|attorney|"
    r"report\s+you|blacklist\w*|final\s+warning|defamation|libel)\b",
    "de": r"(?:anwalt|rechtliche\s+schritte|abmahnung|verklagen|letzte\s+warnung|rufschädigung)",
    "fr": r"(?:avocat|poursuites|action\s+en\s+justice|dernier\s+avertissement|diffamation)",
    "es": r"(?:abogado|acciones\s+legales|demandar|denunciar|último\s+aviso|difamación)",
    "it": r"(?:avvocato|azioni\s+legali|denuncia|ultimo\s+avviso|diffamazione|vie\s+legali)",
    "ja": r"(?:法的措置|弁護士|訴訟|名誉毀損|最終警告)",
    "zh": r"(?:法律行动|律师|起诉|诽谤|最后警告|法律责任)",
}
_IMPERSONATE = {
    "en": r"\b(?:amazon(?:'s)?\s+(?:official|authori[sz]ed)\s+(?:\w+\s+){0,2}?(?:support|customer|"
    r"service|team|center|centre|partner|help)|official\s+amazon\s+(?:support|customer|team|"
    r"partner|service)|on\s+behalf\s+of\s+amazon|we\s+are\s+amazon|(?:welcome\s+to|"
    r"this\s+is)\s+amazon\s+(?:support|customer\s+service|help))",
    "de": r"(?:offizielle[rns]?\s+amazon|amazon[- ]offiziell|im\s+auftrag\s+von\s+amazon|"
    r"willkommen\s+(?:beim|im)\s+amazon[- ]?(?:kundenservice|kundendienst|support)|"
    r"amazon[- ]?(?:kundenservice|kundendienst|support)\s+(?:für|von)\s+(?:ihr|ihre|unser))",
    "fr": r"(?:au\s+nom\s+d'amazon|service\s+client\s+officiel\s+(?:d')?amazon|amazon\s+officiel|"
    r"support\s+officiel\s+(?:d')?amazon|"
    r"service\s+client\s+(?:officiel\s+)?(?:d')?amazon\s+pour\s+(?:votre|vos)|bienvenue\s+(?:sur|"
    r"au)\s+(?:le\s+)?service\s+client\s+amazon)",
    "es": r"(?:en\s+nombre\s+de\s+amazon|amazon\s+oficial|soporte\s+oficial\s+de\s+amazon|"
    r"servicio\s+(?:oficial\s+)?de\s+amazon\s+para\s+su|"
    r"bienvenido\s+al\s+servicio\s+(?:de\s+atención\s+al\s+cliente\s+)?de\s+amazon)",
    "it": r"(?:per\s+conto\s+di\s+amazon|amazon\s+ufficiale|supporto\s+ufficiale\s+amazon|"
    r"assistenza\s+(?:ufficiale\s+)?amazon\s+per\s+(?:il\s+tuo|la\s+tua)|"
    r"benvenuto\s+nell'assistenza\s+amazon)",
    "ja": r"(?:amazon(?:公式|正規)(?:の)?(?:カスタマーサービス|サポート|窓口)|amazonを代表して|"
    r"amazonカスタマーサービスです)",
    "zh": r"(?:亚马逊官方(?:客服|售后|支持)|代表亚马逊|亚马逊客服中心为您)",
}
_MARKETING = (
    r"(?:offers?|news\b|newsletter|marketing|promotion|deals|angebote|werbung|offres|ofertas|"
    r"offerte|novità|お知らせ|メルマガ|キャンペーン|优惠|营销|推广|促销)"
)
_TICKED = r"(?:\[\s*[x✓✔]\s*\]|☑|☒|✅|\(\s*x\s*\)|\bpre-?ticked|\bpre-?checked|\bchecked\b)"
_REQUIRED = (
    r"(?:\brequired\b|\bmandatory\b|pflicht|obligatoire|obligatorio|obbligatori|必須|必填|"
    r"must\s+(?:agree|accept))"
)
_OPTIONAL = r"(?:optional|freiwillig|facultati|opcional|facoltativ|任意|可选|not\s+required)"
_BUNDLED = (
    r"(?:by\s+(?:registering|submitting|signing\s+up|sending)|mit\s+(?:der|"
    r"ihrer)\s+(?:registrierung|"
    r"anmeldung)|en\s+vous\s+inscrivant|en\s+soumettant|al\s+registrarse|al\s+enviar|"
    r"registrandoti|inviando)[^.!?]{0,60}(?:agree|accept|consent|stimmen|erklären|acceptez|acepta|"
    r"accetti)[^.!?]{0,40}" + _MARKETING
)
_TOO_MUCH = (
    r"(?:date\s+of\s+birth|birth\s?date|passport|id\s+(?:card|scan)|copy\s+of\s+your\s+id|social\s+"
    r"security|geburtsdatum|ausweis|date\s+de\s+naissance|pièce\s+d'identité|fecha\s+de\s+"
    r"nacimiento|\bdni\b|pasaporte|data\s+di\s+nascita|documento\s+d'identità|生年月日|身分証|"
    r"パスポート|出生日期|身份证|护照)"
)
_KEPT_FOREVER = (
    r"(?:(?:keep|store|retain)\w*[^.!?]{0,40}(?:indefinitely|forever|permanently|"
    r"without\s+(?:a\s+)?"
    r"(?:time\s+)?limit)|cannot\s+be\s+deleted|can'?t\s+be\s+deleted|unbegrenzt\s+gespeichert|"
    r"dauerhaft\s+gespeichert|nicht\s+gelöscht\s+werden|indéfiniment|sans\s+limite\s+de\s+durée|"
    r"ne\s+peuvent\s+pas\s+être\s+supprimées|indefinidamente|no\s+se\s+pueden\s+(?:borrar|eliminar)"
    r"|de\s+forma\s+indefinida|por\s+tiempo\s+indefinido|auf\s+unbestimmte\s+zeit|"
    r"unbefristet|pour\s+une\s+durée\s+indéterminée|in\s+modo\s+permanente|"
    r"a\s+tempo\s+indeterminato|non\s+possono\s+essere\s+(?:cancellati|eliminati)|無期限(?:に|で)?"
    r"(?:保存|保管)|永久(?:に)?保存|永久(?:保存|保留)|无限期|无法删除|不能删除)"
)
_ABROAD = (
    r"(?:(?:stored|hosted|processed|transferred|servers?|servern|gespeichert|verarbeitet|"
    r"übermittelt|"
    r"stockées|hébergées|traitées|transférées|serveurs|almacenad\w*|alojad\w*|tratad\w*|"
    r"servidores|conservat\w*|ospitat\w*|trattat\w*|trasferit\w*)[^.!?]{0,40}(?:china|chine|cina|"
    r"shenzhen|hong\s+kong|hangzhou|guangzhou|shanghai|beijing|peking|dongguan|ningbo|xiamen|"
    r"outside\s+the\s+(?:eu|eea)|außerhalb\s+der\s+eu|hors\s+de\s+l'ue|"
    r"fuera\s+"
    r"de\s+la\s+ue|fuori\s+dall'ue)|(?:中国|深セン|国外)[^。]{0,10}(?:サーバー|保存|移転)|"
    r"(?:存储|保存|传输|服务器)[^。]{0,10}(?:中国|深圳|境外))"
)
_SAFEGUARD = (
    r"nothing\s+is\s+transferred|no\s+data\s+(?:is\s+)?transferred|not\s+transferred|"
    r"nicht\s+übermittelt|"
    r"n'est\s+transféré|no\s+se\s+transfiere|non\s+viene\s+trasferit\w*|"
    r"(?:standard\s+contractual\s+clauses|\bsccs?\b|adequacy|binding\s+corporate|article\s+46|"
    r"art\.?\s*46|representative|standardvertragsklauseln|angemessenheitsbeschluss|vertreter|"
    r"clauses\s+contractuelles|représentant|cláusulas\s+contractuales|representante|clausole\s+"
    r"contrattuali|rappresentante|標準契約条項|标准合同条款)"
)
_TRACK_FIRST = (
    r"(?:by\s+(?:continuing|using|browsing)|continued\s+use)[^.!?]{0,60}(?:cookies|tracking)|"
    r"cookies?\s+(?:are|is)\s+(?:set|placed|loaded|activated)\s+(?:when|as\s+soon\s+as|on)|"
    r"(?:tracking|analytics|advertising|ads|facebook|meta|tiktok)\s+(?:pixels?|"
    r"cookies?)[^.!?]{0,40}"
    r"(?:before|without)\s+(?:your\s+)?consent|"
    r"durch\s+(?:die\s+)?(?:weitere\s+)?nutzung\s+(?:dieser|"
    r"der)\s+(?:website|seite)[^.!?]{0,60}cookies|en\s+poursuivant\s+(?:votre\s+)?navigation"
    r"[^.!?]{0,60}cookies|(?:si\s+continúa|al\s+seguir)\s+navegando[^.!?]{0,60}cookies|"
    r"(?:proseguendo|continuando\s+a)\s+(?:la\s+)?navigar?\w*[^.!?]{0,60}cookie|(?:閲覧|利用)を"
    r"(?:続ける|継続)[^。]{0,30}(?:cookie|クッキー)|继续(?:浏览|使用)[^。]{0,20}(?:cookie|跟踪)"
)
_ATTACHED = (
    r"(?:attached|enclosed)\s+(?:our\s+)?(?:catalog(?:ue)?|brochure|flyer|price\s+list|lookbook)|"
    r"(?:katalog|prospekt)\s+im\s+anhang|(?:catalogue|brochure)\s+(?:ci-joint|en\s+pièce\s+jointe)|"
    r"catálogo\s+adjunto|catalogo\s+in\s+allegato|カタログを添付|附上(?:产品)?目录|"
    r"(?:attach|enclos|adjunt|alleg|ci-joint|pièce\s+jointe|im\s+anhang|joignons|joindre|anhang|"
    r"anbei|beigefügt|添付|附上)\w*"
    r"[^.!?。]{0,50}(?:catalog|katalog|catálogo|folleto|prospekt|brochure|カタログ|目录|产品手册)|"
    r"(?:katalog|catalog|catálogo|prospekt|brochure)\w*[^.!?。]{0,40}(?:angehängt|beigefügt|"
    r"ci-joint|pièce\s+jointe|adjunto|in\s+allegato|attached|enclosed)|附件是[^。]{0,20}目录"
)


# Asking for the buyer's own e-mail or chat id takes the conversation off Amazon (DIV-04).
_OWN_CONTACT = {
    "en": r"\b(?:(?:personal|private|own)\s+)?e-?mail\s+address|\bwhatsapp\s+(?:number|id)|"
    r"\bwechat\s+id|\bline\s+id",
    "de": r"e-?mail-?adresse|whatsapp-nummer",
    "fr": r"adresse\s+(?:e-?mail|électronique)|numéro\s+whatsapp",
    "es": r"(?:dirección\s+de\s+)?correo\s+electrónico|número\s+de\s+whatsapp",
    "it": r"indirizzo\s+(?:email|e-mail)|numero\s+whatsapp",
    "ja": r"メールアドレス|line\s?id",
    "zh": r"邮箱(?:地址)?|微信号",
}


# Data the buyer already gave (an engraving with their phone number) is confirmed, not asked for.
# The phone as a device ("qué modelo de móvil usas") is not its number.
# Data the buyer need not give ("inutile de nous donner votre numéro") is not asked for.
_NOT_NEEDED = (
    r"\bno\s+necesitas\b|"
    r"(?:inutile|pas\s+besoin)\s+de|\bno\s+need\s+to|\bdon'?t\s+need\s+to|no\s+hace\s+falta|"
    r"non\s+(?:serve|è\s+necessario)|nicht\s+(?:nötig|notwendig)|(?:brauchen|benötigen)\s+wir\s+"
    r"nicht|必要(?:は)?(?:ありません|ございません)|"
    r"不需要|无需|不用"
)
_DEVICE = (
    r"(?:en\s+tu\s+móvil|on\s+your\s+phone|auf\s+ihrem\s+(?:handy|smartphone)|"
    r"sur\s+votre\s+(?:téléphone|"
    r"portable)|sul\s+tuo\s+(?:telefono|cellulare)|在您的手机(?:上|中)|スマホ(?:内|の中))|"
    r"(?:modelo\s+de\s+(?:móvil|teléfono)|(?:phone|handy|smartphone)[\s-]?model|model\s+of\s+"
    r"(?:your\s+)?phone|modèle\s+de\s+(?:téléphone|portable)|modello\s+di\s+(?:telefono|cellulare)|"
    r"(?:スマホ|携帯)の機種|手机(?:的)?(?:型号|机型))"
)
_ALREADY_GIVEN = (
    r"(?:you\s+(?:gave|entered|provided)\s+(?:us|in)|che\s+ci\s+ha\s+indicato|"
    r"que\s+nos\s+(?:indicaste|"
    r"indicó|diste)|que\s+vous\s+nous\s+avez\s+(?:indiqué|donné)|(?:das|die)\s+sie\s+(?:uns\s+)?"
    r"angegeben|ご指定いただいた|您提供的)"
)


def _message_detectors(lang: str) -> list[Detector]:
    return [
        detector("DIV-04", lang, _OWN_CONTACT[lang], requires=_ASK[lang], unless=_NOT_NEEDED),
        detector("MSG-01", lang, _SHIPPED[lang], unless=PURPOSE[lang], scope=Scope.TEXT),
        detector("MSG-01", lang, _CROSS_SELL[lang]),
        detector(
            "MSG-07",
            lang,
            _PII[lang],
            requires=_ASK[lang],
            unless=f"{_ALREADY_GIVEN}|{_DEVICE}|{_NOT_NEEDED}",
        ),
        # The request as a list: "please reply with:" and the data on the lines below.
        detector(
            "MSG-07",
            lang,
            _PII[lang],
            requires=rf"(?s)^(?=.*?[:：]\s*\n)(?=.*?(?:{_ASK[lang]}))",
            unless=f"{_ALREADY_GIVEN}|{_DEVICE}",
            scope=Scope.TEXT,
        ),
        detector("MSG-09", lang, _THREAT[lang]),
        detector("CLM-01", lang, _IMPERSONATE[lang]),
    ]


_SHARED = (
    detector("MSG-02", "any", _IMPORTANT, requires=_NOT_CRITICAL, scope=Scope.TEXT),
    detector(
        "MSG-02", "any", _IMPORTANT, unless=_NOT_CRITICAL, scope=Scope.TEXT, severity="warning"
    ),
    detector("MSG-06", "any", _ATTACHED),
    detector("GDPR-02", "any", _TICKED, requires=_MARKETING, unless=r"\[\s\]"),
    detector("GDPR-02", "any", _MARKETING, requires=_REQUIRED, unless=_OPTIONAL),
    detector("GDPR-02", "any", _BUNDLED),
    detector("GDPR-03", "any", _TOO_MUCH),
    detector("GDPR-04", "any", _KEPT_FOREVER, negatable=False),
    detector("GDPR-05", "any", _ABROAD, unless=_SAFEGUARD, scope=Scope.TEXT),
    detector("GDPR-06", "any", _TRACK_FIRST),
)

# Courtesies that carry nothing: wishes, "at your disposal", sign-offs.
_COURTESY = {
    "en": r"\b(?:wish|have\s+a\s+(?:great|nice|good|wonderful|lovely)|here\s+(?:to|for)\s+(?:help|"
    r"you)|at\s+your\s+(?:service|disposal)|hesitate|enjoy|regards|sincerely|trust(?:ing)?\s+us|"
    r"look\s+forward)\b",
    "de": r"(?:wünsch|zur\s+verfügung|zögern|grüße|grüßen|viel\s+freude|vertrauen|"
    r"freuen\s+uns\s+auf)",
    "fr": r"(?:souhait|à\s+votre\s+disposition|hésitez|cordialement|bonne\s+journée|confiance|"
    r"au\s+plaisir)",
    "es": r"(?:dese|a\s+su\s+disposición|a\s+tu\s+disposición|dude|saludos|disfrute|confianza|"
    r"lo\s+que\s+necesite)",
    "it": r"(?:(?<!d')augur|a\s+(?:sua|tua)\s+disposizione|esit|salut[oi]|buona\s+giornata|fiducia|"
    r"siamo\s+qui|abbraccio)",
    "ja": r"(?:よろしく|今後とも|お待ちして|お待ちください|幸いです|またのご利用)",
    "zh": r"(?:祝|随时|期待|欢迎再次|为您服务)",
}
# What marks a message as only thanks (MSG-01) and a form as collecting personal data (GDPR-01).
THANKS = _THANKS
COURTESY = _COURTESY
MESSAGE_PURPOSE = PURPOSE
REVIEW_REQUEST = REVIEW_ASK
MESSAGE_DETECTORS: tuple[Detector, ...] = _SHARED + tuple(
    d for lang in LANGS for d in _message_detectors(lang)
)
