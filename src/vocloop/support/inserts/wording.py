"""Default words of an insert card per buyer language: usage help only (POLICY.md §2 green).

No review request, no offer, no purchase call-to-action: the card points to setup help.
"""

from __future__ import annotations

# {product} is the name buyers know the product by.
_TITLE = {
    "en": "Getting started with {product}",
    "de": "Erste Schritte mit {product}",
    "fr": "Bien démarrer avec {product}",
    "es": "Primeros pasos con {product}",
    "it": "Primi passi con {product}",
    "ja": "{product} はじめにお読みください",
    "zh": "{product} 使用入门",
}
_BODY = {
    "en": (
        "Scan the code for setup steps, a short video, troubleshooting and the manual.\n"
        "Something not working? Our support team helps you through the same page."
    ),
    "de": (
        "Scannen Sie den Code für Einrichtungsschritte, ein kurzes Video, Fehlerbehebung und "
        "die Anleitung.\nEtwas funktioniert nicht? Unser Support hilft Ihnen über dieselbe Seite."
    ),
    "fr": (
        "Scannez le code pour les étapes d'installation, une courte vidéo, le dépannage et le "
        "mode d'emploi.\nUn souci ? Notre service d'assistance vous aide depuis la même page."
    ),
    "es": (
        "Escanea el código para ver los pasos de instalación, un vídeo corto, la solución de "
        "problemas y el manual.\n¿Algo no funciona? Nuestro equipo de soporte te ayuda desde la "
        "misma página."
    ),
    "it": (
        "Scansiona il codice per i passaggi di installazione, un breve video, la risoluzione dei "
        "problemi e il manuale.\nQualcosa non funziona? Il nostro supporto ti aiuta dalla stessa "
        "pagina."
    ),
    "ja": (
        "コードを読み取ると、設定手順、短い動画、トラブルシューティング、取扱説明書をご覧いただけます。\n"
        "うまく動かない場合は、同じページからサポートチームにご相談ください。"
    ),
    "zh": (
        "扫描二维码查看安装步骤、简短视频、故障排除和说明书。\n"
        "遇到问题?可在同一页面联系我们的客服团队。"
    ),
}


def default_title(lang: str, product: str) -> str:
    return _TITLE.get(lang, _TITLE["en"]).format(product=product)


def default_body(lang: str) -> str:
    return _BODY.get(lang, _BODY["en"])
