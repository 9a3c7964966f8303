"""Deterministic draft wording per language: the text around what customers said.

Brackets mark facts only the seller knows; a draft is a starting point to finish and check, not
finished copy. Placeholders: {title} (product), {issue} (a topic label or quote in the buyers'
own words), {cause} (root-cause name in the draft's language).
"""

from __future__ import annotations

KINDS = ("faq", "bullet", "size_chart", "compatibility_chart", "quick_start", "insert")

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "faq": "Q: “{issue}” — what can I do?\nA: [Answer with facts: why it happens, what to "
        "check, how to fix it. Point to the set-up guide if there is one.]",
        "bullet": "GOOD TO KNOW ({cause}): [one fact that answers “{issue}” — a measurement, a "
        "limit or a step].",
        "size_chart": "SIZE CHART: [chest, length and sleeve in cm and inches for every size, "
        "measured on the garment]. Buyers say “{issue}”: state plainly whether it runs small and "
        "which size to choose between two.",
        "compatibility_chart": "COMPATIBILITY: works with [models and versions]; does not work "
        "with [models]. Buyers ask about “{issue}”.",
        "quick_start": "Quick start — {title}\n1. Check the parts against the list before you "
        "start.\n2. [The step buyers find hardest: “{issue}” — explain it with a picture.]\n3. "
        "[The remaining steps.]\nVideo guide and answers: scan the QR code on the card.",
        "insert": "Thank you for choosing {title}.\nSet-up guide, video and answers to common "
        "questions: scan the QR code.\nSomething not right? Our support team is here to help: "
        "[support e-mail].",
    },
    "de": {
        "faq": "F: „{issue}“ – was kann ich tun?\nA: [Sachlich antworten: warum es passiert, was "
        "zu prüfen ist, wie man es behebt. Auf die Anleitung verweisen, falls vorhanden.]",
        "bullet": "GUT ZU WISSEN ({cause}): [eine Tatsache, die „{issue}“ beantwortet – ein Maß, "
        "eine Grenze oder ein Schritt].",
        "size_chart": "GRÖSSENTABELLE: [Brust, Länge und Ärmel in cm für jede Größe, am "
        "Kleidungsstück gemessen]. Käufer schreiben „{issue}“: klar sagen, ob es klein ausfällt "
        "und welche Größe man zwischen zwei wählt.",
        "compatibility_chart": "KOMPATIBILITÄT: passt zu [Modelle und Versionen]; passt nicht "
        "zu [Modelle]. Käufer fragen nach „{issue}“.",
        "quick_start": "Schnellstart – {title}\n1. Teile vor dem Start mit der Liste "
        "vergleichen.\n2. [Der schwierigste Schritt: „{issue}“ – mit Bild erklären.]\n3. [Die "
        "übrigen Schritte.]\nVideoanleitung und Antworten: QR-Code auf der Karte scannen.",
        "insert": "Vielen Dank, dass Sie sich für {title} entschieden haben.\nAnleitung, Video "
        "und Antworten auf häufige Fragen: QR-Code scannen.\nEtwas stimmt nicht? Unser Support "
        "hilft gern: [Support-E-Mail].",
    },
    "fr": {
        "faq": "Q : « {issue} » – que faire ?\nR : [Répondre par des faits : pourquoi cela "
        "arrive, quoi vérifier, comment corriger. Renvoyer au guide s'il existe.]",
        "bullet": "BON À SAVOIR ({cause}) : [un fait qui répond à « {issue} » – une mesure, une "
        "limite ou une étape].",
        "size_chart": "GUIDE DES TAILLES : [tour de poitrine, longueur et manche en cm pour "
        "chaque taille, mesurés sur le vêtement]. Les acheteurs disent « {issue} » : indiquer "
        "clairement s'il taille petit et quelle taille choisir entre deux.",
        "compatibility_chart": "COMPATIBILITÉ : compatible avec [modèles et versions] ; non "
        "compatible avec [modèles]. Question fréquente : « {issue} ».",
        "quick_start": "Démarrage rapide – {title}\n1. Vérifiez les pièces avec la liste avant "
        "de commencer.\n2. [L'étape la plus difficile : « {issue} » – l'expliquer avec une "
        "image.]\n3. [Les autres étapes.]\nVidéo et réponses : scannez le QR code de la carte.",
        "insert": "Merci d'avoir choisi {title}.\nGuide, vidéo et réponses aux questions "
        "fréquentes : scannez le QR code.\nUn souci ? Notre service client vous aide : "
        "[e-mail du support].",
    },
    "es": {
        "faq": "P: «{issue}»: ¿qué puedo hacer?\nR: [Responder con hechos: por qué ocurre, qué "
        "revisar, cómo solucionarlo. Remitir a la guía si existe.]",
        "bullet": "BUENO SABER ({cause}): [un dato que responda a «{issue}»: una medida, un "
        "límite o un paso].",
        "size_chart": "GUÍA DE TALLAS: [pecho, largo y manga en cm para cada talla, medidos en "
        "la prenda]. Los compradores dicen «{issue}»: indicar claramente si talla pequeño y qué "
        "talla elegir entre dos.",
        "compatibility_chart": "COMPATIBILIDAD: funciona con [modelos y versiones]; no funciona "
        "con [modelos]. Pregunta frecuente: «{issue}».",
        "quick_start": "Inicio rápido: {title}\n1. Compruebe las piezas con la lista antes de "
        "empezar.\n2. [El paso más difícil: «{issue}»; explicarlo con una imagen.]\n3. [Los "
        "demás pasos.]\nVídeo y respuestas: escanee el código QR de la tarjeta.",
        "insert": "Gracias por elegir {title}.\nGuía, vídeo y respuestas a preguntas "
        "frecuentes: escanee el código QR.\n¿Algo no va bien? Nuestro servicio de atención le "
        "ayuda: [correo de soporte].",
    },
    "it": {
        "faq": "D: «{issue}»: cosa posso fare?\nR: [Rispondere con fatti: perché succede, cosa "
        "controllare, come risolvere. Rimandare alla guida se esiste.]",
        "bullet": "DA SAPERE ({cause}): [un fatto che risponde a «{issue}»: una misura, un "
        "limite o un passaggio].",
        "size_chart": "TABELLA TAGLIE: [torace, lunghezza e manica in cm per ogni taglia, "
        "misurati sul capo]. Gli acquirenti scrivono «{issue}»: dire chiaramente se veste "
        "piccolo e quale taglia scegliere tra due.",
        "compatibility_chart": "COMPATIBILITÀ: funziona con [modelli e versioni]; non funziona "
        "con [modelli]. Domanda frequente: «{issue}».",
        "quick_start": "Avvio rapido: {title}\n1. Controllate i pezzi con l'elenco prima di "
        "iniziare.\n2. [Il passaggio più difficile: «{issue}»; spiegarlo con un'immagine.]\n3. "
        "[Gli altri passaggi.]\nVideo e risposte: scansionate il codice QR sulla scheda.",
        "insert": "Grazie per aver scelto {title}.\nGuida, video e risposte alle domande "
        "frequenti: scansionate il codice QR.\nQualcosa non va? Il nostro servizio clienti vi "
        "aiuta: [e-mail di assistenza].",
    },
    "ja": {
        "faq": "Q:「{issue}」どうすればよいですか?\nA:[事実で回答:原因、確認すること、解決方法。"
        "説明書があれば案内する。]",
        "bullet": "ご確認ください({cause}):[「{issue}」に答える事実を一つ:寸法、制限、手順など]。",
        "size_chart": "サイズ表:[各サイズの胸囲・着丈・袖丈(cm)、実物で測定]。"
        "「{issue}」という声があります:小さめかどうか、迷ったときどちらを選ぶかを明記する。",
        "compatibility_chart": "対応機種:[機種とバージョン]に対応、[機種]には非対応。"
        "よくある質問:「{issue}」。",
        "quick_start": "クイックスタート:{title}\n1. 始める前に部品をリストと照合してください。\n"
        "2. [最も難しい手順:「{issue}」を図で説明する。]\n3. [残りの手順。]\n"
        "動画ガイドとよくある質問:カードのQRコードを読み取ってください。",
        "insert": "{title}をお選びいただきありがとうございます。\n組み立てガイド・動画・"
        "よくある質問:QRコードを読み取ってください。\n不具合がございましたら、サポートが対応いたします:"
        "[サポートのメールアドレス]。",
    },
    "zh": {
        "faq": "问:“{issue}”该怎么办?\n答:[用事实回答:原因、需要检查什么、如何解决;"
        "如有安装指南请指引。]",
        "bullet": "温馨提示({cause}):[用一个事实回答“{issue}”——尺寸、限制或步骤]。",
        "size_chart": "尺码表:[每个尺码的胸围、衣长、袖长(厘米),以实物测量]。买家反映“{issue}”:"
        "明确说明是否偏小,以及介于两个尺码之间时选哪个。",
        "compatibility_chart": "兼容性:适用于[型号和版本];不适用于[型号]。买家常问:“{issue}”。",
        "quick_start": "快速入门:{title}\n1. 开始前请对照清单检查配件。\n"
        "2. [买家觉得最难的步骤:“{issue}”,配图说明。]\n3. [其余步骤。]\n"
        "视频指南与常见问题:扫描卡片上的二维码。",
        "insert": "感谢您选择 {title}。\n安装指南、视频和常见问题解答:请扫描二维码。\n"
        "如有问题,我们的客服乐意帮助您:[客服邮箱]。",
    },
}
