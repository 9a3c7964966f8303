"""Round 6 (fresh sets 6 and 7): indirect asks, each caught by the rules alone in words of our own,
and the innocent texts that share their vocabulary left clean by the whole checker."""

from __future__ import annotations

import pytest

from vocloop.policy import check_text, is_flagged

CAUGHT = [
    ("WAR-01", "en", "insert", "Get 2 extra years of warranty: send us the URL of your review."),
    (
        "REV-02",
        "en",
        "insert",
        "Share your impressions of the grinder on Amazon, snap a screenshot "
        "and mail it to us: a free bag of beans is on its way.",
    ),
    ("WAR-01", "ja", "insert", "保証を2年に延長します。レビューのURLをフォームに貼ってください。"),
    (
        "WAR-01",
        "es",
        "insert",
        "Tres años de garantía: pega el enlace de tu reseña en el formulario.",
    ),
    (
        "REV-03",
        "en",
        "insert",
        "If the pillow made your nights calmer, tell your friends about it on Amazon.",
    ),
    (
        "REV-03",
        "ja",
        "insert",
        "「便利」と感じていただけましたら、Amazonのレビューで応援してください。",
    ),
    ("REV-03", "es", "insert", "Si te ha encantado la lámpara, déjanos una reseña en Amazon."),
    ("REV-06", "en", "insert", 'In your review, please mention "quiet motor" and "easy clean".'),
    (
        "REV-07",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: just following up on our note "
        "from last week, we would still love your review.",
    ),
    (
        "REV-05",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: the new part is on its way. "
        "Would you reconsider the 2-star you posted?",
    ),
    (
        "REV-05",
        "de",
        "amazon_message",
        "Bestellung 302-1234567-1234567: Vielleicht möchten Sie Ihre "
        "Einschätzung nun noch einmal überdenken?",
    ),
    (
        "REV-05",
        "es",
        "amazon_message",
        "Pedido 402-1234567-1234567: su reseña contiene datos falsos, le pedimos que la elimine.",
    ),
    (
        "REV-05",
        "ja",
        "amazon_message",
        "注文番号 250-1234567-1234567：交換品をお送りしました。"
        "評価の見直しをご検討いただけませんでしょうか。",
    ),
    ("REV-04", "en", "insert", "Problem? Don't go to the review section, text us on 555-0100."),
    ("REV-04", "ja", "insert", "評価をご投稿いただく前に、当店までご連絡ください。"),
    (
        "DIV-06",
        "en",
        "help_center",
        "Should I return the fan through Amazon? We suggest you don't: "
        "instead, open a ticket and we send a part.",
    ),
    ("DIV-06", "zh", "insert", "请勿在亚马逊申请退货，联系我们客服即可换新。"),
    (
        "PII-02",
        "en",
        "email",
        "You ordered our teapot on Amazon. We have added you to our mailing "
        "list for 15% off deals.",
    ),
    (
        "PII-02",
        "de",
        "help_center",
        "Ihre Adresse aus der Amazon-Bestellung nutzen wir für unseren Katalog.",
    ),
    ("PII-02", "zh", "email", "我们根据您在亚马逊下单时留下的地址，为您寄送新品目录。"),
    ("CLM-01", "it", "help_center", "Assistenza clienti Amazon autorizzata per i prodotti Rossi."),
    ("CLM-01", "de", "help_center", "Amazon Kundenservice für Lumo-Geräte: hier helfen wir."),
    (
        "DIV-04",
        "fr",
        "amazon_message",
        "Commande 403-1234567-1234567 : appelez le zéro six, douze, trente, quarante, vingt, onze.",
    ),
    ("DIV-01", "en", "insert", "Refills cost 20% less at brewly dot com."),
    (
        "GDPR-06",
        "it",
        "help_center",
        "Usiamo cookie pubblicitari. Proseguendo la navigazione accetti.",
    ),
    ("GDPR-04", "es", "form", "Guardamos sus datos de forma indefinida."),
    (
        "MSG-01",
        "it",
        "amazon_message",
        "Ordine 406-1234567-1234567: il pacco è stato affidato al corriere oggi.",
    ),
    ("MSG-01", "zh", "amazon_message", "订单 113-1234567-1234567：您的包裹已于今日发货。"),
    (
        "MSG-06",
        "es",
        "amazon_message",
        "Pedido 402-1234567-1234567: le adjuntamos nuestro catálogo.",
    ),
    ("MSG-09", "en", "amazon_message", "Order 112-1234567-1234567: our legal department will act."),
    ("DIV-05", "en", "insert", "Members-only pricing for our VIP crew. Scan to join."),
]
CAUGHT += [
    ("DIV-06", "en", "insert", "Wrong colour? Don't bother with the Amazon return, just text us."),
    ("DIV-06", "es", "insert", "No hace falta tramitar la devolución: escríbenos por WhatsApp."),
    (
        "REV-02",
        "en",
        "insert",
        "Post your first thoughts on Amazon, then email the link to us. "
        "Our insiders get a welcome box.",
    ),
    ("CLM-01", "es", "help_center", "Servicio de Atención al Cliente Amazon - cambios y tallas"),
    ("REV-04", "it", "insert", "Non lasciare subito una recensione negativa, scrivici prima."),
    (
        "MSG-01",
        "it",
        "amazon_message",
        "Ordine 404-1234567-1234567: grazie! Siamo felici che tu "
        "abbia scelto i nostri prodotti per la casa. Per qualsiasi cosa, siamo qui!",
    ),
]
# Round 7 (fresh sets 9 and 10).
CAUGHT += [
    (
        "REV-02",
        "en",
        "insert",
        "Our weekly draw picks 3 reviewers to win a grinder: add a photo to "
        "your Amazon review and send us your reviewer name.",
    ),
    (
        "REV-02",
        "de",
        "insert",
        "Wir verlosen jeden Monat ein Messerset unter allen, die eine Amazon-Rezension schreiben.",
    ),
    ("DIV-06", "en", "insert", "Please don't return this product to Amazon, message us instead."),
    (
        "REV-03",
        "en",
        "insert",
        "😍 Loving it? Tell everyone on Amazon! 😐 Not yet? Email us first.",
    ),
    (
        "REV-03",
        "fr",
        "amazon_message",
        "Commande 403-1234567-1234567 : puisque vous êtes ravie, "
        "accepteriez-vous de laisser un avis sur Amazon ?",
    ),
    (
        "REV-09",
        "en",
        "email",
        "So glad the new filter fixed it! Since everything's sorted now, "
        "share your experience on Amazon.",
    ),
    ("REV-06", "en", "insert", "If you write a review, please could you mention how quiet it is?"),
    (
        "REV-07",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: bumping this in case our note "
        "got buried; we would still love a review.",
    ),
    (
        "REV-08",
        "es",
        "amazon_message",
        "Pedido 402-1234567-1234567: hace tres meses que recibiste "
        "la mochila; ¿nos dejas tu opinión en Amazon?",
    ),
    (
        "MSG-04",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567 was shipped by Amazon, so here are our tips for the grinder.",
    ),
    (
        "MSG-01",
        "fr",
        "amazon_message",
        "Commande 403-1234567-1234567 : votre colis a bien été expédié aujourd'hui.",
    ),
    (
        "MSG-06",
        "de",
        "amazon_message",
        "Bestellung 302-1234567-1234567: unser Katalog ist angehängt.",
    ),
    (
        "DIV-04",
        "it",
        "amazon_message",
        "Ordine 406-1234567-1234567: scrivi a info (chiocciola) casa (punto) it.",
    ),
    ("DIV-05", "it", "insert", "Entra nel canale Telegram per offerte riservate."),
    (
        "WAR-01",
        "it",
        "insert",
        "Estendi gratuitamente la copertura a 36 mesi: indica il nome con "
        "cui hai pubblicato la recensione.",
    ),
]
# Round 8 (fresh sets 11 and 12, the first written to slip under the rules).
CAUGHT += [
    (
        "REV-02",
        "en",
        "insert",
        "Once your thoughts on the kettle are live on Amazon, scan the code "
        "for a complimentary tea towel.",
    ),
    (
        "REV-03",
        "en",
        "email",
        "Since you mentioned you're happy with the fix, would you mind "
        "letting other shoppers know on Amazon?",
    ),
    (
        "REV-03",
        "de",
        "insert",
        "Rundum glücklich mit der Pfanne? Dann freuen sich andere über ein "
        "paar Zeilen von Ihnen auf Amazon.",
    ),
    (
        "REV-03",
        "en",
        "insert",
        "Cat-approved? Tell other owners about it on Amazon. Not cat-approved? Tell us instead.",
    ),
    (
        "REV-04",
        "en",
        "insert",
        "Something off? Message us before you share your verdict with the world.",
    ),
    ("REV-04", "zh", "insert", "如有不满意，先别急着打分，请联系我们客服。"),
    (
        "REV-05",
        "en",
        "email",
        "I noticed your two-star write-up on Amazon; once the fix works, "
        "could you revisit it so it reflects the whole story?",
    ),
    (
        "REV-06",
        "en",
        "insert",
        "Writing a review? People ask about the fit and the wash. Feel free to borrow those.",
    ),
    (
        "REV-07",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: a gentle nudge in case our "
        "message got buried, we'd love to hear what you think of it on Amazon.",
    ),
    (
        "WAR-01",
        "en",
        "insert",
        "Upgrade your protection plan to 3 years: paste the link to the write-up you posted.",
    ),
    (
        "DIV-01",
        "en",
        "insert",
        "Refills ship straight from our roastery, no middleman: scan to subscribe.",
    ),
    (
        "DIV-01",
        "it",
        "insert",
        "Per chi ha acquistato su Amazon: buono da 10 € sul primo ordine dal nostro sito.",
    ),
    (
        "DIV-05",
        "en",
        "insert",
        "Join the Insider Circle: members get free samples and early "
        "access. Scan and enter your e-mail.",
    ),
    (
        "PII-03",
        "ja",
        "help_center",
        "いただいたメッセージは外部のAI解析サービスへそのまま送信しております。",
    ),
    (
        "MSG-01",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: your wallet was dispatched today with Royal Mail.",
    ),
]
# Round 9 (fresh sets 13 and 14).
CAUGHT += [
    (
        "REV-03",
        "en",
        "insert",
        "Is the duck making bath time more fun? Tell everyone on Amazon! "
        "Something wrong with it? Tell us instead.",
    ),
    (
        "REV-05",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: would you take another look at "
        "the feedback you left now that it works?",
    ),
    (
        "WAR-01",
        "de",
        "insert",
        "3 Jahre extra Garantie: fügen Sie den Link zu Ihrer Amazon-Rezension ein.",
    ),
    (
        "WAR-01",
        "en",
        "insert",
        "Unlock 24 extra months of protection: share your experience on "
        "Amazon, then enter your reviewer name at our site.",
    ),
    (
        "REV-02",
        "ja",
        "insert",
        "ご感想をお寄せくださった方へ、もれなくブラシを1本お届け。レビューのお名前をお知らせください。",
    ),
    (
        "REV-04",
        "ja",
        "insert",
        "ご不満な点がございましたら、評価をご投稿いただく前に、まずは当店までご連絡ください。",
    ),
    (
        "REV-04",
        "de",
        "insert",
        "Bitte geben Sie uns die Gelegenheit, bevor Sie Ihre Meinung "
        "öffentlich machen: service@beispiel.de",
    ),
    ("REV-06", "en", "insert", "A tip if you write a review: mention the battery life."),
    (
        "DIV-06",
        "fr",
        "insert",
        "Merci de NE PAS retourner l'article via Amazon : appelez notre SAV.",
    ),
    ("DIV-05", "en", "insert", "Follow @pupclub on Insta. Every month one lucky dog wins treats."),
    ("CLM-01", "it", "insert", "SERVIZIO CLIENTI UFFICIALE AMAZON - centro assistenza autorizzato"),
    ("CLM-01", "zh", "help_center", "欢迎来到亚马逊官方授权售后服务中心"),
    (
        "PII-02",
        "es",
        "help_center",
        "Cuando compras en Amazon, importamos tu dirección del pedido para enviarte promociones.",
    ),
    (
        "GDPR-06",
        "en",
        "help_center",
        "We use ad cookies. They are already active. By continuing to browse, you agree.",
    ),
]
CAUGHT += [
    (
        "MSG-07",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: please reply with:\n- Full name"
        "\n- Date of birth\n- Home phone number",
    ),
]
# Round 11 (fresh sets 17 and 18).
CAUGHT += [
    (
        "PII-02",
        "de",
        "insert",
        "Wir haben Ihre Lieferanschrift in unseren Kundenkreis aufgenommen: "
        "zweimal im Jahr kommt unser Katalog.",
    ),
    (
        "DIV-05",
        "fr",
        "insert",
        "Rejoignez @randoclub sur Instagram : chaque mois on tire au sort un gagnant.",
    ),
    ("DIV-06", "es", "insert", "¿Algún problema? ¡No la devuelvas! Escríbenos por WhatsApp."),
    (
        "DIV-04",
        "es",
        "amazon_message",
        "Pedido 402-1234567-1234567: llama al seis-uno-dos, tres-cuatro-cinco, seis-siete-ocho.",
    ),
    (
        "REV-06",
        "en",
        "insert",
        'Stuck on what to write? "Quiet and simple!" Feel free to borrow it.',
    ),
    (
        "REV-09",
        "ja",
        "help_center",
        "［はい］を選んだ方には：Amazonでレビューを書いていただけませんか？"
        "［いいえ］を選んだ方には：お問い合わせフォームへ。",
    ),
    ("DIV-01", "es", "insert", "¿Te ha gustado? Cómpralo directamente en nuestra tienda online."),
    (
        "WAR-01",
        "fr",
        "insert",
        "Prolongez votre garantie : publiez votre avis sur Amazon et indiquez "
        "le nom sous lequel vous avez publié.",
    ),
    # Round 12 (fresh sets 19 and 20).
    (
        "REV-04",
        "en",
        "insert",
        "Before you share your opinion in a review, drop us a line at help@brand.example.",
    ),
    (
        "DIV-06",
        "en",
        "insert",
        "Please don't ship the blender back to Amazon; text our team and we'll send a new jar.",
    ),
    (
        "REV-05",
        "en",
        "amazon_message",
        "The new hinge is on its way. Could you consider taking a second look at the 1-star "
        "rating you left?",
    ),
    (
        "REV-03",
        "en",
        "insert",
        "If the case ever rescues your phone from a drop, would you share the story on Amazon?",
    ),
    (
        "REV-06",
        "en",
        "insert",
        "When you leave your review, please highlight the quiet motor and the battery life.",
    ),
    (
        "DIV-06",
        "es",
        "amazon_message",
        "Le aconsejamos que no abra una solicitud de devolución; le enviaremos otra unidad.",
    ),
    ("DIV-06", "ja", "insert", "不具合の際はAmazonでの返品はせず、当店窓口へご連絡ください。"),
    ("CLM-01", "ja", "insert", "【Amazon公認カスタマーサポート】お困りの際はこちらへ。"),
    # Round 13 (fresh sets 21 to 24).
    (
        "REV-03",
        "en",
        "insert",
        "If the balm left your hands feeling smooth, tell the world in a review on Amazon!",
    ),
    (
        "DIV-06",
        "en",
        "insert",
        "Fan acting up? No need to ship it back thru Amazon, just text us for a new blade.",
    ),
    (
        "REV-06",
        "es",
        "insert",
        "Al dejar tu reseña, recuerda destacar lo ligera que es la manta.",
    ),
    (
        "REV-06",
        "it",
        "insert",
        "Non sai cosa scrivere nella recensione? Ecco un esempio da copiare: «Ottimo prodotto».",
    ),
    (
        "REV-09",
        "ja",
        "help_center",
        "5を選択された方はAmazonレビューへ、それ以外の方はフォームへお進みください。",
    ),
    (
        "GDPR-06",
        "es",
        "help_center",
        "Usamos cookies de publicidad desde que entras; si sigues navegando, las aceptas.",
    ),
    (
        "MSG-01",
        "ja",
        "amazon_message",
        "ご注文ありがとうございます。到着まで今しばらくお待ちください。",
    ),
    # Round 14 (fresh sets 25 to 28).
    (
        "REV-06",
        "en",
        "insert",
        "Your review helps other cyclists! When you write it, please mention the quick-release.",
    ),
    (
        "REV-06",
        "en",
        "insert",
        "Reviewing the lamp? It really helps shoppers if you mention how warm the light is.",
    ),
    ("REV-06", "zh", "insert", "写评价的时候可以提到“静音、省电”这两点哦。"),
    (
        "REV-03",
        "en",
        "insert",
        "Love it? Scan the top code to review us on Amazon. Not great? Scan the bottom code and "
        "tell our team.",
    ),
    (
        "REV-05",
        "en",
        "email",
        "The new pump arrived. We'd appreciate it if your Amazon review could reflect how we "
        "handled it.",
    ),
    (
        "MSG-09",
        "en",
        "amazon_message",
        "Your review is false. Remove it within 24 hours or we will have no choice but to take "
        "legal action.",
    ),
    (
        "REV-02",
        "it",
        "insert",
        "Hai scritto la tua opinione su Amazon? Mandaci il link e ti regaliamo un filtro di ricambio.",
    ),
    (
        "DIV-01",
        "en",
        "insert",
        "Running low on filters? Reorder straight from us at brand.example, no marketplace fees.",
    ),
    (
        "PII-02",
        "zh",
        "help_center",
        "每周从卖家后台导出订单的买家姓名和电话，导入CRM，用于短信营销。",
    ),
    (
        "PII-03",
        "zh",
        "help_center",
        "回复买家时，可以把买家留言整段复制到ChatGPT生成回复。",
    ),
    (
        "MSG-07",
        "ja",
        "amazon_message",
        "注文番号 249-1234567-1234567 の返品を進めるため、お電話番号をご返信ください。",
    ),
    # Round 15 (fresh sets 29 to 32).
    (
        "DIV-01",
        "en",
        "insert",
        "Grab spare brushes straight from our own web store at brand.example, cheaper than anywhere.",
    ),
    (
        "DIV-07",
        "en",
        "amazon_message",
        "Instead of going through an Amazon return, I can send you $10 back through Venmo today.",
    ),
    (
        "REV-05",
        "en",
        "amazon_message",
        "Once the new latch arrives, could you take another look at what you shared about us on "
        "Amazon?",
    ),
    (
        "REV-09",
        "en",
        "email",
        "Your ticket is now marked resolved. Since things worked out, would you leave a review on "
        "Amazon?",
    ),
    (
        "REV-03",
        "en",
        "insert",
        "We hope the kettle became a favourite. If it did, would you tell others about it on "
        "Amazon? If not, tell us instead.",
    ),
    (
        "REV-04",
        "de",
        "insert",
        "Schreiben Sie uns zuerst an service@marke.example, bevor Sie sich die Mühe einer "
        "Bewertung machen.",
    ),
    (
        "REV-06",
        "it",
        "insert",
        "Nella recensione racconta quanto è facile da pulire e aggiungi una foto.",
    ),
    (
        "REV-06",
        "es",
        "insert",
        "Aquí tienes una idea para tu reseña en Amazon: «¡La mejor compra del año!» Copia, pega y "
        "listo.",
    ),
    (
        "DIV-05",
        "en",
        "insert",
        "Tag @brandoutdoors on Instagram with your setup and we'll send you some swag.",
    ),
    (
        "GDPR-06",
        "it",
        "help_center",
        "Usiamo cookie di profilazione già attivi all'apertura. Continuando la navigazione ne "
        "accetti l'utilizzo.",
    ),
    # Round 16 (fresh sets 33 to 36).
    (
        "REV-03",
        "en",
        "amazon_message",
        "Thanks for your kind note! Since you're enjoying it, would you share those words in an "
        "Amazon review?",
    ),
    (
        "DIV-06",
        "en",
        "email",
        "Please cancel the return you opened on Amazon; we'll post a new lid directly to you.",
    ),
    ("DIV-06", "es", "amazon_message", "Cancela la devolución y te enviamos otro directamente."),
    (
        "MSG-07",
        "it",
        "amazon_message",
        "Per la sostituzione ci servono il Suo numero di cellulare e il codice fiscale.",
    ),
    (
        "GDPR-06",
        "en",
        "help_center",
        "We use Google Analytics and Meta Pixel cookies. They load as soon as you open any page.",
    ),
    (
        "REV-06",
        "en",
        "insert",
        'Not sure what to write in your review? Try this: "Sturdy, bright, my kids love it."',
    ),
    (
        "DIV-02",
        "en",
        "insert",
        "Friends of our brand never pay full price: scan to unlock member pricing.",
    ),
    (
        "REV-04",
        "en",
        "insert",
        "Before you tell the world, tell us: email hello@brand.example and we'll make it right.",
    ),
    (
        "CLM-01",
        "en",
        "insert",
        "Amazon Certified Support Team: we handle all after-sales service on Amazon's behalf.",
    ),
    (
        "REV-08",
        "en",
        "amazon_message",
        "You've now had your cartridges for about six months. Would you leave a review on Amazon?",
    ),
    (
        "REV-03",
        "en",
        "insert",
        "If the no-pull harness has made your walks easier, other owners on Amazon would love to "
        "hear about it.",
    ),
    (
        "DIV-06",
        "en",
        "help_center",
        "Please do not return faulty items through Amazon. Amazon returns take weeks.",
    ),
    # Round 17 (fresh sets 37 to 40).
    (
        "REV-04",
        "en",
        "insert",
        "Loving the covers? Tell the world on Amazon! Not quite right? Skip the review and email "
        "fix@brand.example.",
    ),
    (
        "REV-09",
        "en",
        "email",
        "Your new visor is on its way. Since everything's sorted now, would you pop over to Amazon "
        "and let other parents know how we looked after you?",
    ),
    (
        "DIV-02",
        "en",
        "insert",
        "Refills ship faster from brand.example: enter MIXAGAIN at checkout for free shipping.",
    ),
    (
        "REV-02",
        "en",
        "insert",
        "Tester Circle members get each new print free. All we ask in return is an honest review "
        "on Amazon.",
    ),
    (
        "DIV-01",
        "en",
        "insert",
        "Filter Club members get a new filter every 6 months at 25% below the marketplace price.",
    ),
    (
        "REV-07",
        "en",
        "amazon_message",
        "Order 113-1234567-1234567: a gentle follow-up in case our earlier message got lost. We'd "
        "still appreciate a few words about your frame on Amazon.",
    ),
    (
        "MSG-06",
        "fr",
        "amazon_message",
        "Commande 405-1234567-1234567 : nous avons le plaisir de vous joindre notre catalogue 2025.",
    ),
    ("REV-06", "zh", "help_center", "评价内容参考附件模板，记得带上“静音”“不漏水”等关键词。"),
    (
        "REV-03",
        "en",
        "insert",
        "If our brushes made your morning routine a little more magical, we'd love to see that in "
        "your stars on Amazon.",
    ),
    (
        "GDPR-05",
        "de",
        "help_center",
        "Ihre Anfragen werden auf Servern in Hangzhou gespeichert.",
    ),
    (
        "CLM-01",
        "es",
        "insert",
        "Servicio de Atención al Cliente de Amazon – Registro de garantía. Escanea el código QR.",
    ),
    (
        "DIV-06",
        "es",
        "amazon_message",
        "Por favor, no abras una reclamación de la A a la Z ni lo devuelvas por Amazon.",
    ),
    (
        "MSG-01",
        "ja",
        "amazon_message",
        "ご注文番号 249-1234567-1234567 専用ハンモックも新発売しました！ぜひストアページでチェックしてください。",
    ),
    (
        "REV-04",
        "en",
        "insert",
        "Something not right? Please don't go straight to a review: reach out to care@brand.example.",
    ),
    (
        "GDPR-06",
        "es",
        "help_center",
        "Este centro de ayuda activa el píxel de Meta y otras cookies en cuanto entras en la página.",
    ),
    # Round 18 (fresh sets 41 to 44).
    (
        "REV-06",
        "en",
        "insert",
        "Writing a review? Here's what other hikers want to know: mention that it boils water fast.",
    ),
    (
        "REV-07",
        "fr",
        "amazon_message",
        "Commande 405-1234567-1234567 : petit rappel au cas où notre message se serait perdu. Avez-"
        "vous eu le temps de laisser un commentaire ?",
    ),
    (
        "REV-05",
        "es",
        "amazon_message",
        "Pedido 408-1234567-1234567: ¿sería posible que retiraras la opinión de una estrella?",
    ),
    (
        "REV-06",
        "it",
        "amazon_message",
        "Ordine 403-1234567-1234567: le abbiamo preparato un breve testo da copiare e incollare.",
    ),
    (
        "REV-04",
        "ja",
        "insert",
        "Amazonで評価をご記入いただく前に、必ずサポート窓口までご連絡ください。",
    ),
    (
        "REV-04",
        "es",
        "help_center",
        "¿No te ha gustado? Antes de dejar una valoración negativa, abre un ticket aquí.",
    ),
    (
        "PII-02",
        "zh",
        "help_center",
        "1. 每天把亚马逊后台订单里的买家姓名、电话导出到Excel表。\n2. 每月发给市场部，用来群发短信和优惠活动。",
    ),
    (
        "REV-04",
        "en",
        "insert",
        "Wrong size? Don't post about it: write to fit@brand.example and we'll swap them.",
    ),
    (
        "REV-04",
        "fr",
        "insert",
        "Un souci ? Surtout pas de mauvaise note à chaud : écrivez-nous d'abord à sav@marque.example.",
    ),
    (
        "MSG-01",
        "it",
        "amazon_message",
        "Grazie mille per il tuo ordine 404-1234567-1234567!\nSiamo qui per qualsiasi cosa.\nUn caro "
        "saluto dal team",
    ),
    (
        "REV-03",
        "en",
        "insert",
        "Love it -> scan the green code to review us on Amazon\nNot loving it -> scan the red code "
        "and tell our team",
    ),
    # Round 19 (fresh sets 45 to 48).
    (
        "REV-04",
        "fr",
        "insert",
        "Avant de nous noter, laissez-nous une chance : écrivez à sav@marque.example.",
    ),
    (
        "REV-06",
        "es",
        "insert",
        "¿Vas a escribir una reseña? Menciona que «no se enreda» y que «no gotea».",
    ),
    (
        "DIV-06",
        "es",
        "email",
        "No hace falta que devuelvas el anillo por Amazon ni que abras una reclamación de la A a la Z.",
    ),
    ("REV-01", "en", "insert", "Every glowing word on Amazon keeps our family shop going."),
    (
        "REV-09",
        "fr",
        "help_center",
        "Êtes-vous satisfait ? Si « Oui » : cliquez sur « Donner mon avis sur Amazon ». Si « Non » : "
        "remplissez le formulaire.",
    ),
    (
        "REV-06",
        "es",
        "insert",
        "Cuando escribas tu opinión, no olvides mencionar lo silencioso que es el difusor.",
    ),
    (
        "REV-03",
        "ja",
        "insert",
        "お気に召しましたら、Amazonのレビューにて率直なご感想をお聞かせいただけますと幸いです。",
    ),
    (
        "DIV-02",
        "fr",
        "email",
        "Pour nous faire pardonner, voici un code exclusif : NEIGE20, valable sur notre boutique.",
    ),
    (
        "DIV-04",
        "zh",
        "amazon_message",
        "订单 114-1234567-1234567 的问题文字不太好说清楚，请加我们微信 kf_brand，视频指导您。",
    ),
    (
        "REV-07",
        "de",
        "amazon_message",
        "Bestellung 302-1234567-1234567: Wir hatten Ihnen letzte Woche bereits geschrieben, vielleicht "
        "ist unsere Nachricht untergegangen? Über eine Rezension freuen wir uns weiterhin.",
    ),
    (
        "WAR-01",
        "it",
        "insert",
        "Registra la poltrona e lascia una recensione su Amazon: la garanzia passa da 2 a 4 anni!",
    ),
    (
        "REV-08",
        "zh",
        "amazon_message",
        "订单 114-1234567-1234567：订单完成60天后，想请您抽空写个评价。",
    ),
    # Round 20 (fresh sets 49 to 52).
    (
        "GDPR-06",
        "en",
        "help_center",
        "Analytics and advertising cookies (Meta Pixel) are set as soon as the page loads.",
    ),
    (
        "REV-04",
        "it",
        "insert",
        "Qualcosa non va? Non affidarlo a una recensione: scrivici a aiuto@marca.example.",
    ),
    (
        "REV-03",
        "en",
        "insert",
        "If the topper has earned its spot on your bed, other sleepers would love to hear about it "
        "on Amazon.",
    ),
    (
        "REV-04",
        "en",
        "insert",
        "We'd be grateful for the chance to put it right before you share your experience anywhere "
        "public: care@brand.example",
    ),
    (
        "DIV-06",
        "en",
        "insert",
        "Please don't put yourself through the hassle of an Amazon return. Our team can arrange an "
        "exchange directly.",
    ),
    (
        "REV-06",
        "en",
        "insert",
        "Writing a review? It would really help other sleepers if you mentioned the cooling gel.",
    ),
    (
        "REV-01",
        "de",
        "insert",
        "Dann freuen wir uns riesig über Ihre Sterne auf Amazon, am liebsten über alle fünf.",
    ),
    (
        "MSG-01",
        "de",
        "amazon_message",
        "Bestellung 304-1234567-1234567: Passend dazu empfehlen wir Ihnen unser Nackenkissen.",
    ),
    (
        "REV-05",
        "de",
        "amazon_message",
        "Bestellung 304-1234567-1234567: Vielleicht möchten Sie Ihre Rezension auf Amazon vor diesem "
        "Hintergrund noch einmal überdenken?",
    ),
    (
        "REV-03",
        "ja",
        "insert",
        "ぐっすり眠れたと感じていただけましたら、ぜひAmazonのレビューでその感想をお聞かせください。",
    ),
    (
        "MSG-01",
        "en",
        "amazon_message",
        "Order 113-1234567-1234567: while you wait, take a look at the matching bindings in our "
        "Amazon storefront.",
    ),
    # Round 21 (fresh sets 53 to 56).
    (
        "DIV-07",
        "zh",
        "email",
        "我们可以直接通过支付宝给您退款50%，不用再走亚马逊的退货流程，您看这样可以吗？",
    ),
    (
        "WAR-01",
        "es",
        "insert",
        "¡Amplía tu garantía a 3 años! Solo tienes que escribir tu opinión en Amazon y mandarnos el "
        "enlace.",
    ),
    (
        "REV-06",
        "it",
        "insert",
        "Scrivi la tua recensione su Amazon! Non dimenticare di dire quanto è antiscivolo il tappetino.",
    ),
    (
        "WAR-01",
        "en",
        "insert",
        "Register your warranty at brand.example. Owners who add the link to their Amazon review get 3 "
        "years.",
    ),
    (
        "REV-06",
        "en",
        "insert",
        "Owners love the long battery. If you agree, those details are worth mentioning when you "
        "write your review!",
    ),
    (
        "REV-08",
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: it's been about six weeks since your cooler arrived; could you "
        "share your thoughts on Amazon?",
    ),
    (
        "REV-09",
        "ja",
        "help_center",
        "「とても満足」「満足」を選んだ方 → Amazonのレビュー投稿ページへ移動します",
    ),
    # Round 22 (fresh sets 57 to 64).
    (
        "REV-02",
        "en",
        "insert",
        "Our Tester Team gets new gear before launch. All we ask in return is an honest review.",
    ),
    (
        "REV-04",
        "en",
        "insert",
        "If one slips through with a flaw, give us the chance to put it right before you tell the "
        "rest of Amazon: hello@brand.example",
    ),
    (
        "REV-04",
        "en",
        "insert",
        "We'd much rather hear it from you directly than read about it in a review: care@brand.example",
    ),
    (
        "REV-03",
        "en",
        "insert",
        "Water crystal clear after a week? If so, we'd love to hear about it in an Amazon review!",
    ),
    ("REV-03", "en", "insert", "Did the rod fit perfectly? Tell the world on Amazon!"),
    (
        "CLM-01",
        "de",
        "insert",
        "Hinweis Ihres Amazon-Kundenservice: Bitte registrieren Sie Ihren Filter innerhalb von 10 Tagen.",
    ),
]
CLEAN = [
    ("en", "help_center", "Can I get a gift card for a review?\nNo. We never reward reviews."),
    ("en", "help_center", "Do you have coupon codes? We don't issue coupon codes."),
    (
        "en",
        "help_center",
        "We don't offer vouchers, refunds, free items or any other reward for reviews.",
    ),
    ("de", "email", "Unsere Datenschutzhinweise: lumo-shop.de/datenschutz"),
    ("en", "insert", "If the pillow feels too firm, leave it in the sun for an hour."),
    (
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: following up on your question, the filter fits the 2022 model.",
    ),
    ("en", "help_center", "How do I return the fan? Start the return in Your Orders on Amazon."),
    ("en", "email", "You ordered the teapot on Amazon; here is the care guide you asked for."),
    ("zh", "amazon_message", "订单 114-1234567-1234567：刻字内容为「生日快乐」，请确认。"),
    ("en", "help_center", "For returns, please contact Amazon customer service."),
    ("ja", "insert", "評価試験に合格した部品を使用しています。"),
    (
        "fr",
        "help_center",
        "Sous garantie, la pièce est envoyée gratuitement, sans aucun lien avec votre avis.",
    ),
    ("ja", "help_center", "弊社からレビューの変更や削除をお願いすることは一切ございません。"),
    ("zh", "email", "我们不会为任何评价提供礼品、优惠券或返现。"),
    (
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: the coupon you used is shown on the invoice in Your Orders.",
    ),
    # Round 12 (fresh sets 19 and 20).
    ("en", "insert", "Puzzle difficulty rating: ★★★★☆. Plan a whole evening for it."),
    ("de", "email", "Zu Ihrer Frage nach einem Gutschein: Gutscheine bieten wir leider nicht an."),
    ("en", "amazon_message", "We aren't able to offer discount codes by message, sorry."),
    ("fr", "help_center", "La garantie s'applique, que vous laissiez un avis ou non sur Amazon."),
    (
        "fr",
        "email",
        "La pompe est bloquée par le calcaire. Nous vous envoyons gratuitement une pompe neuve.",
    ),
    (
        "it",
        "email",
        "Grazie per averci scritto tramite il nostro sito e per l'apprezzamento delle tazze.",
    ),
    (
        "en",
        "help_center",
        "If anyone claiming to act for us promises gifts for reviews, forward us the message.",
    ),
    ("de", "insert", "Die Blanko-Gutscheinkarte im Set können Sie selbst beschriften."),
    ("en", "insert", "Please don't hesitate to send it back through Amazon if it doesn't fit."),
    # Round 13 (fresh sets 21 to 24).
    ("en", "insert", "Sunscreen lotion. UVA protection: 5-star rating. Reapply after swimming."),
    ("en", "insert", "5 stars or 1 star: every honest review on Amazon is read by our team."),
    ("en", "help_center", "Gifts for reviews? No. Lumo doesn't offer rewards for reviews."),
    ("en", "help_center", "None of our brands offer gifts or refunds in exchange for a review."),
    ("fr", "help_center", "Nous ne proposons aucun cadeau ni remise en échange d'un avis."),
    ("de", "insert", "Gutscheine oder Geschenke für Bewertungen gibt es bei uns nicht."),
    (
        "fr",
        "amazon_message",
        "Commande 405-1234567-1234567 : une cuve neuve part demain, inutile de renvoyer l'ancienne.",
    ),
    (
        "ja",
        "email",
        "レビューに対する特典・割引は一切行っておりません。ご理解ください。",
    ),
    ("zh", "help_center", "1. 任何情况下都不得以返现或赠品换取好评。"),
    (
        "es",
        "amazon_message",
        "Pedido 171-1234567-1234567: dinos qué modelo de móvil usas y lo revisamos.",
    ),
    ("zh", "insert", "欢迎在亚马逊分享真实感受——好评差评，我们都会认真阅读。"),
    # Round 14 (fresh sets 25 to 28).
    ("en", "insert", "Deal 5 cards to each player. First to 5 stars wins a free extra turn!"),
    ("en", "insert", "In the pack: 20 balloons, 5 star foil balloons and a hand pump."),
    ("en", "insert", "The watch shows a sleep rating from ★ to ★★★★★. ★★★★★ = 7 h or more."),
    (
        "en",
        "email",
        "Your claim is covered, so we're sending a free replacement: nothing you need to do in "
        "return, and no review is required.",
    ),
    ("de", "insert", "Für Bewertungen gibt es bei uns weder Rabatte noch Geschenke."),
    ("zh", "insert", "本卡片不包含任何好评返现、优惠券或赠品活动。"),
    (
        "fr",
        "amazon_message",
        "Commande 405-1234567-1234567 : inutile de nous donner votre numéro de téléphone, "
        "joignez simplement les photos ici.",
    ),
    (
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: the recipient can use Amazon's gift returns, and the refund "
        "goes to their gift card balance.",
    ),
    ("zh", "insert", "如收到时配件缺失，联系客服可免费补发（请提供订单号）。"),
    (
        "en",
        "insert",
        "Filter not running? Contact us for a free spare part. You can also return it through "
        "Amazon.",
    ),
    # Round 15 (fresh sets 29 to 32).
    (
        "en",
        "amazon_message",
        "Order 113-1234567-1234567: the coupon code you found isn't from us, and we don't issue "
        "discount codes.",
    ),
    (
        "en",
        "amazon_message",
        "Order 112-1234567-1234567: you asked whether to edit your review. That's entirely your "
        "call; we don't ask customers to change reviews.",
    ),
    (
        "en",
        "help_center",
        "Will you contact me if I leave a critical review? Only to help with the problem; we will "
        "never ask you to change it.",
    ),
    ("de", "help_center", "Wir verschenken keine Produkte gegen Bewertungen."),
    (
        "de",
        "amazon_message",
        "Bestellung 306-1234567-1234567: Eine Telefonnummer brauchen wir nicht, die Spedition hat "
        "Ihre Daten.",
    ),
    (
        "fr",
        "email",
        "Vous demandiez si vous pouviez obtenir un bon de réduction en échange de votre avis : ce "
        "n'est pas possible.",
    ),
    (
        "fr",
        "amazon_message",
        "Commande 171-1234567-1234567 : nous ne pouvons pas effectuer de remboursement en dehors "
        "d'Amazon (virement, PayPal).",
    ),
    (
        "es",
        "email",
        "Hola, Marta:\nEl aro llegó con la almohadilla despegada, así que te enviamos uno nuevo "
        "sin coste.\nUn saludo, Irene",
    ),
    ("ja", "help_center", "特典として割引や返金を行うことは一切ございません。"),
    ("zh", "email", "您问到是否需要修改在亚马逊上的评价——完全不需要，评价由您自主决定。"),
    # Round 16 (fresh sets 33 to 36).
    (
        "ja",
        "help_center",
        "当社では、高評価のみをお願いしたり、レビューの修正をお願いしたりすることもありません。",
    ),
    ("zh", "insert", "本产品享受12个月免费保修，无需注册，也无需留评。"),
    (
        "en",
        "insert",
        "Love it or hate it, say so in a review on Amazon. We don't hand out free products or "
        "discounts for reviews.",
    ),
    (
        "zh",
        "amazon_message",
        "订单 113-1234567-1234567：手机壳侧键偏硬属于新品正常现象，也可以在亚马逊订单页面申请退换货。",
    ),
    ("en", "insert", "Please don't hesitate to return it through Amazon if it doesn't fit."),
    # Round 17 (fresh sets 37 to 40).
    (
        "fr",
        "insert",
        "Quand vous jouez une carte Cadeau, offrez gratuitement une ressource à un adversaire, puis "
        "piochez deux cartes.",
    ),
    (
        "ja",
        "amazon_message",
        "ご注文番号 249-1234567-1234567：レビューの対価としてクーポンをお渡しすることはAmazonの規約で"
        "禁止されており、ご用意できません。",
    ),
    ("zh", "help_center", "2. 任何场景都不得提及返现、红包、免费送或折扣换评价。"),
    (
        "it",
        "amazon_message",
        "Ordine 171-1234567-1234567: purtroppo non possiamo aggiungere un biglietto d'auguri dopo la "
        "spedizione, ma il quadro arriva senza prezzo.",
    ),
    (
        "de",
        "amazon_message",
        "Bestellung 305-1234567-1234567: Einen Rabattcode können wir Ihnen leider nicht schicken.",
    ),
    ("it", "insert", "Indicatore di gain: i LED si accendono da 1 a 5 ★★★★★."),
    (
        "fr",
        "insert",
        "Besoin d'aide pour l'appairage ? Contactez notre service client à aide@marque.example. Les "
        "retours restent possibles via Amazon.",
    ),
    # Round 18 (fresh sets 41 to 44).
    (
        "en",
        "help_center",
        "Reviews, warranty and refunds\n• We never offer gifts or refunds in exchange for a review.",
    ),
    (
        "en",
        "email",
        "About your question on discount codes: we don't send coupons or promotions by e-mail.",
    ),
    (
        "en",
        "insert",
        "After each story, colour in 1 to 5 stars to rate it and stick on a reward sticker.",
    ),
    (
        "en",
        "insert",
        "You don't have to register, sign up or write a review to use your warranty.",
    ),
    (
        "de",
        "amazon_message",
        "Bestellung 304-1234567-1234567: Rabatte können wir über Amazon-Nachrichten leider nicht "
        "vergeben.",
    ),
    (
        "it",
        "amazon_message",
        "Ordine 406-1234567-1234567: se invece preferisce restituire la scrivania, può fare il reso "
        "da I miei ordini su Amazon.",
    ),
    ("de", "insert", "Wir verschenken dafür nichts und bitten nicht um bestimmte Sterne."),
    (
        "es",
        "help_center",
        "Piezas de repuesto: neumáticos y carrocerías están disponibles en nuestra tienda de Amazon.",
    ),
    # Round 19 (fresh sets 45 to 48).
    (
        "en",
        "help_center",
        "If someone claiming to work for our brand offers you a reward for a review, let us know.",
    ),
    (
        "en",
        "email",
        "Thanks for your feedback about the stuck head. That's a known issue, so we're sending a "
        "replacement free of charge.",
    ),
    (
        "es",
        "email",
        "Respecto a tu pregunta: no, dejar o no una valoración no afecta en nada a la garantía. Te "
        "enviamos hoy el cable de repuesto sin coste.",
    ),
    (
        "zh",
        "amazon_message",
        "订单 114-1234567-1234567：您询问的“赠品”是指包装内附的清洁刷，它是标配配件，并非评价奖励。",
    ),
    (
        "en",
        "insert",
        "You won't find a coupon card or a 'review for a gift' offer in this box.",
    ),
    (
        "en",
        "amazon_message",
        "Order 113-1234567-1234567: no need to share your phone number or e-mail address, we can "
        "sort this out here.",
    ),
    (
        "de",
        "amazon_message",
        "Bestellung 303-1234567-1234567: Rabattcodes dürfen wir über Amazon leider nicht verschicken.",
    ),
    (
        "zh",
        "amazon_message",
        "订单 113-1234567-1234567：很抱歉，我们无法通过支付宝或微信退款，请在亚马逊申请。",
    ),
    # Round 20 (fresh sets 49 to 52).
    (
        "ja",
        "help_center",
        "よくあるご質問：レビューについて\nQ. 不具合のことをレビューに書いてもいいですか？\nA. もちろんです。",
    ),
    ("en", "insert", "Cool Topper: firmness rating ★★★☆☆ (medium). Let it breathe for 24 hours."),
    (
        "en",
        "email",
        "You asked whether we'd give you a discount if you left a review. We're not allowed to do "
        "that.",
    ),
    (
        "en",
        "insert",
        "Press and hold to dim: the stars on the ring show the level: ★ reading, ★★ working, ★★★ "
        "full.",
    ),
    ("it", "insert", "Quando si accendono le tre stelline ★★★ l'asciugatura è finita."),
    (
        "de",
        "amazon_message",
        "Bestellung 306-1234567-1234567: Der Rabatt, den Sie gesehen haben, war eine Aktion von "
        "Amazon selbst.",
    ),
    (
        "ja",
        "amazon_message",
        "注文番号 503-1234567-1234567：新しい哺乳瓶を無料でお送りいたします（ご返品は不要です）。",
    ),
    (
        "zh",
        "help_center",
        "4. 遇到差评买家，只针对问题本身提供帮助，并告知其可随时通过亚马逊订单页面申请退货退款。",
    ),
    (
        "en",
        "help_center",
        "Reviews, feedback & freebies - FAQ\nDo you send free products for reviews? No.",
    ),
    # Round 21 (fresh sets 53 to 56).
    (
        "en",
        "email",
        "Your claim is approved. You don't need to leave a review, send screenshots or register "
        "anything.",
    ),
    (
        "fr",
        "email",
        "Non, votre garantie ne dépend en aucun cas de votre avis sur Amazon. Nous vous envoyons "
        "gratuitement un nouveau chargeur.",
    ),
    ("en", "insert", "The five-star tokens are the big ones with the hole in the middle."),
    (
        "de",
        "amazon_message",
        "Bestellung 302-1234567-1234567: Der Gutschein, den Sie beim Kauf auf Amazon eingelöst haben, "
        "steht auf der Rechnung.",
    ),
    ("fr", "insert", "Indice de conservation du froid : ★★★ (jusqu'à 3 jours de glace)."),
    (
        "en",
        "help_center",
        "Our helpdesk processes the data in the EU; nothing is transferred outside the EU.",
    ),
    (
        "zh",
        "help_center",
        "问：你们会用我的信息做营销吗？\n答：不会。信息仅用于处理本次售后。",
    ),
    # Round 22 (fresh sets 57 to 64).
    (
        "zh",
        "amazon_message",
        "订单 112-1234567-1234567：您定制的刻字相框排版为「爸妈结婚三十周年 1995–2025」，请确认。",
    ),
    (
        "fr",
        "insert",
        "Ce que vous ne trouverez pas dans ce colis : ni code promo, ni demande d'avis 5 étoiles.",
    ),
    (
        "ja",
        "email",
        "件名：お問い合わせの件（レビュー特典について）\n当店ではレビューに対して特典をお渡しすることはしておりません。",
    ),
    (
        "en",
        "help_center",
        "Our brand will never contact you offering a gift card or a free product for a review.",
    ),
    (
        "es",
        "amazon_message",
        "Pedido 408-1234567-1234567: los datos se quedan en tu móvil y no necesitas dar tu teléfono.",
    ),
]


@pytest.mark.parametrize(("rule", "lang", "channel", "text"), CAUGHT)
def test_indirect_idea_is_caught_by_its_rule(rule: str, lang: str, channel: str, text: str) -> None:
    found = check_text(text, lang=lang, channel=channel, learned=False)
    assert rule in {f.rule for f in found if f.severity.value != "info"}, (text, found)


@pytest.mark.parametrize(("lang", "channel", "text"), CLEAN)
def test_innocent_neighbours_stay_clean(lang: str, channel: str, text: str) -> None:
    assert not is_flagged(check_text(text, lang=lang, channel=channel)), text


# An innocent reading must not swallow a real ask written around its words (review of round 22).
ASK_DESPITE_LOOK_ALIKE = [
    ("en", "insert", "May I ask you to leave us a 5-star review? We'll send you a $10 gift card."),
    (
        "de",
        "insert",
        "Darf ich Sie um eine 5-Sterne-Bewertung bitten? Als Dank gibt es einen Gutschein.",
    ),
    (
        "en",
        "insert",
        "You won't find a better deal: leave a 5-star review and get a $10 gift card.",
    ),
    ("en", "insert", "None of our rivals offers this: leave a 5-star review and get a gift card."),
    ("zh", "insert", "如果您对产品没有任何问题，请给我们五星好评，我们将赠送10美元礼品卡。"),
    (
        "en",
        "insert",
        "Our partner will send you a $10 gift card on our behalf after you leave a 5-star review.",
    ),
    (
        "en",
        "insert",
        "Our pack has 200 stickers and every customer wins! Leave a 5-star review, get a gift card.",
    ),
    ("en", "insert", "Write review and get gift"),
    ("en", "email", "Subject: 5-star review = free $10 gift card, ask us about it"),
    (
        "it",
        "insert",
        "Usa il codice SCONTO20 per il 20% di sconto sul nostro sito. Disponibile in bianco e nero.",
    ),
    ("fr", "insert", "Utilisez le code promo MERCI20 sur notre site. Huile d'olive vierge extra."),
    ("en", "insert", "Use the coupon code you saw on the insert for 20% off at brandshop.example."),
    (
        "en",
        "email",
        "We took your name and address from your Amazon order and will send you our catalogue "
        "with offers only for VIP members.",
    ),
]
PLAIN_SUPPORT = [
    ("de", "insert", "Bei einem Defekt melden Sie sich bitte direkt bei uns mit Ihrem Kaufbeleg."),
    (
        "en",
        "insert",
        "Do not use it near water. To start a return, email us at help@brand.example.",
    ),
    (
        "en",
        "insert",
        "No need to keep the box for returns later. Follow the directions in the manual.",
    ),
    ("en", "insert", "Please contact your Amazon customer service for a return label."),
    (
        "en",
        "insert",
        "It's worth mentioning that the warranty covers the motor. Thanks for your review.",
    ),
    (
        "en",
        "email",
        "It would help if you include a photo of the damaged box. We read every review.",
    ),
]


@pytest.mark.parametrize(("lang", "channel", "text"), ASK_DESPITE_LOOK_ALIKE)
def test_an_ask_is_not_hidden_by_a_look_alike(lang: str, channel: str, text: str) -> None:
    assert is_flagged(check_text(text, lang=lang, channel=channel, learned=False)), text


@pytest.mark.parametrize(("lang", "channel", "text"), PLAIN_SUPPORT)
def test_plain_support_text_stays_clean(lang: str, channel: str, text: str) -> None:
    assert not is_flagged(check_text(text, lang=lang, channel=channel)), text
