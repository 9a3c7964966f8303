"""Words of the help center: buyer pages in every buyer language, the editor in zh and en."""
# ruff: noqa: E501  (tables of translations read best one per line)

from __future__ import annotations

from vocloop.web.public_texts import PublicTable
from vocloop.web.texts import add_texts


def _all(en: str, de: str, fr: str, es: str, it: str, ja: str, zh: str) -> dict[str, str]:
    return {"en": en, "de": de, "fr": fr, "es": es, "it": it, "ja": ja, "zh": zh}


HELP_CENTER_TEXTS: PublicTable = {
    "help.products": _all(
        "Products", "Produkte", "Produits", "Productos", "Prodotti", "製品", "产品"
    ),
    "help.search": _all(
        "Search the guides",
        "Anleitungen durchsuchen",
        "Rechercher dans les guides",
        "Buscar en las guías",
        "Cerca nelle guide",
        "ガイドを検索",
        "搜索使用指南",
    ),
    "help.search_button": _all("Search", "Suchen", "Rechercher", "Buscar", "Cerca", "検索", "搜索"),
    "help.no_results": _all(
        "Nothing matches '{query}'.",
        "Nichts passt zu „{query}“.",
        "Aucun résultat pour « {query} ».",
        "Nada coincide con «{query}».",
        "Nessun risultato per «{query}».",
        "「{query}」に一致するものはありません。",
        "没有与“{query}”匹配的内容。",
    ),
    "help.no_products": _all(
        "No product guides yet.",
        "Noch keine Produktanleitungen.",
        "Pas encore de guides produit.",
        "Aún no hay guías de productos.",
        "Ancora nessuna guida prodotto.",
        "製品ガイドはまだありません。",
        "暂无产品指南。",
    ),
    "help.setup": _all(
        "Setup",
        "Einrichtung",
        "Installation",
        "Configuración",
        "Configurazione",
        "セットアップ",
        "安装步骤",
    ),
    "help.step": _all(
        "Step {number}",
        "Schritt {number}",
        "Étape {number}",
        "Paso {number}",
        "Passo {number}",
        "ステップ {number}",
        "第 {number} 步",
    ),
    "help.video": _all(
        "Watch the video",
        "Video ansehen",
        "Voir la vidéo",
        "Ver el vídeo",
        "Guarda il video",
        "動画を見る",
        "观看视频",
    ),
    "help.troubleshooting": _all(
        "Troubleshooting",
        "Fehlerbehebung",
        "Dépannage",
        "Solución de problemas",
        "Risoluzione dei problemi",
        "トラブルシューティング",
        "故障排除",
    ),
    "help.faq": _all(
        "Frequently asked questions",
        "Häufige Fragen",
        "Questions fréquentes",
        "Preguntas frecuentes",
        "Domande frequenti",
        "よくある質問",
        "常见问题",
    ),
    "help.manual": _all(
        "Download the manual (PDF)",
        "Handbuch herunterladen (PDF)",
        "Télécharger le manuel (PDF)",
        "Descargar el manual (PDF)",
        "Scarica il manuale (PDF)",
        "取扱説明書をダウンロード (PDF)",
        "下载说明书 (PDF)",
    ),
    "help.still_stuck": _all(
        "Still stuck? Our support team will help.",
        "Noch Fragen? Unser Support-Team hilft Ihnen.",
        "Toujours bloqué ? Notre équipe d'assistance vous aide.",
        "¿Sigues con problemas? Nuestro equipo de soporte te ayuda.",
        "Ancora problemi? Il nostro team di assistenza ti aiuta.",
        "解決しない場合は、サポートチームがお手伝いします。",
        "仍有问题?我们的客服团队会帮助您。",
    ),
    "help.fallback": _all(
        "This guide is not available in {wanted} yet; here it is in {shown}.",
        "Diese Anleitung gibt es noch nicht auf {wanted}; hier ist sie auf {shown}.",
        "Ce guide n'existe pas encore en {wanted} ; le voici en {shown}.",
        "Esta guía aún no está disponible en {wanted}; aquí está en {shown}.",
        "Questa guida non è ancora disponibile in {wanted}; eccola in {shown}.",
        "このガイドは{wanted}ではまだご用意がありません。{shown}で表示しています。",
        "本指南尚无{wanted}版本;以下为{shown}版本。",
    ),
    "help.coming": _all(
        "The guide for this product is being written. Our support team can help you right away.",
        "Die Anleitung für dieses Produkt entsteht gerade. Unser Support-Team hilft Ihnen sofort.",
        "Le guide de ce produit est en cours de rédaction. Notre équipe d'assistance peut vous aider dès maintenant.",
        "La guía de este producto se está redactando. Nuestro equipo de soporte puede ayudarte ya.",
        "La guida di questo prodotto è in preparazione. Il nostro team di assistenza può aiutarti subito.",
        "この製品のガイドは準備中です。サポートチームがすぐにお手伝いします。",
        "该产品的指南正在编写中。我们的客服团队可以立即为您提供帮助。",
    ),
    "help.open_guide": _all(
        "Open the guide",
        "Anleitung öffnen",
        "Ouvrir le guide",
        "Abrir la guía",
        "Apri la guida",
        "ガイドを開く",
        "打开指南",
    ),
}

add_texts(
    {
        "support.title": ("Help center", "帮助中心"),
        "support.brands": ("Brands", "品牌"),
        "support.no_brands": (
            "No brands yet: add one with `vocloop brands add`.",
            "还没有品牌:请用 `vocloop brands add` 添加。",
        ),
        "support.public_page": ("Public page", "公开页面"),
        "support.settings": ("Brand settings", "品牌设置"),
        "support.name": ("Name buyers see", "买家看到的名称"),
        "support.languages": (
            "Buyer languages (default first, comma-separated)",
            "买家语言(默认语言在前,逗号分隔)",
        ),
        "support.email": ("Support e-mail", "客服邮箱"),
        "support.url": ("Public address (empty: this server)", "公开地址(留空则用本服务器)"),
        "support.save": ("Save", "保存"),
        "support.saved": ("Saved.", "已保存。"),
        "support.products": ("Products and their pages", "产品及其页面"),
        "support.asin": ("ASIN", "ASIN"),
        "support.product": ("Product", "产品"),
        "support.pages": ("Pages", "页面"),
        "support.edit": ("Edit", "编辑"),
        "support.add_product": (
            "Add a product (ASIN and the name buyers know)",
            "添加产品(ASIN 和买家熟悉的名称)",
        ),
        "support.missing": ("missing", "缺少"),
        "support.editor": ("Page editor", "页面编辑"),
        "support.language": ("Language", "语言"),
        "support.fallback_from": (
            "No page in this language yet; buyers see the {shown} page. The form starts from it.",
            "此语言尚无页面;买家会看到{shown}页面。表单以它为起点。",
        ),
        "support.title_field": ("Title", "标题"),
        "support.intro": ("Introduction", "简介"),
        "support.steps": ("Setup steps", "安装步骤"),
        "support.step_title": ("Step title", "步骤标题"),
        "support.step_text": ("What to do", "操作说明"),
        "support.step_image": (
            "Picture (https:// address or an uploaded file's name)",
            "图片(https:// 地址或已上传文件名)",
        ),
        "support.video": ("Video link (https://)", "视频链接(https://)"),
        "support.troubleshooting": ("Troubleshooting", "故障排除"),
        "support.problem": ("Problem", "问题"),
        "support.fix": ("Fix", "解决方法"),
        "support.faq": ("FAQ", "常见问题"),
        "support.question": ("Question", "问题"),
        "support.answer": ("Answer", "回答"),
        "support.manual": (
            "Manual (https:// address or an uploaded PDF's name)",
            "说明书(https:// 地址或已上传 PDF 的文件名)",
        ),
        "support.more_rows": (
            "Empty rows are ignored; save to get more.",
            "空行会被忽略;保存后会出现更多空行。",
        ),
        "support.blocked": (
            "Not saved: the policy check found problems buyers must not see.",
            "未保存:合规检查发现了不能给买家看的内容。",
        ),
        "support.warnings": (
            "Saved, with warnings a person should look at:",
            "已保存,但有需要人工确认的提醒:",
        ),
        "support.where": ("Where", "位置"),
        "support.rule": ("Rule", "规则"),
        "support.text": ("Text", "文字"),
        "support.advice": ("Advice", "建议"),
        "support.upload": ("Upload a picture or PDF", "上传图片或 PDF"),
        "support.upload_button": ("Upload", "上传"),
        "support.uploads": ("Uploaded files", "已上传文件"),
        "support.view": ("View the public page", "查看公开页面"),
    }
)
