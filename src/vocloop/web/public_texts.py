"""Words of the buyer-facing pages (help center, forms) in every buyer language, with fallback.

Each area registers its own table with add_public_texts; a missing language falls back to English.
"""

from __future__ import annotations

PublicTable = dict[str, dict[str, str]]

PUBLIC_TEXTS: PublicTable = {
    "public.language": {
        "en": "Language",
        "de": "Sprache",
        "fr": "Langue",
        "es": "Idioma",
        "it": "Lingua",
        "ja": "言語",
        "zh": "语言",
    },
    "public.contact": {
        "en": "Contact us",
        "de": "Kontakt",
        "fr": "Nous contacter",
        "es": "Contáctanos",
        "it": "Contattaci",
        "ja": "お問い合わせ",
        "zh": "联系我们",
    },
    "public.warranty": {
        "en": "Register your warranty",
        "de": "Garantie registrieren",
        "fr": "Enregistrer votre garantie",
        "es": "Registra tu garantía",
        "it": "Registra la tua garanzia",
        "ja": "保証登録",
        "zh": "注册保修",
    },
    "public.not_found": {
        "en": "This page does not exist.",
        "de": "Diese Seite gibt es nicht.",
        "fr": "Cette page n'existe pas.",
        "es": "Esta página no existe.",
        "it": "Questa pagina non esiste.",
        "ja": "このページは存在しません。",
        "zh": "此页面不存在。",
    },
}


def add_public_texts(table: PublicTable) -> None:
    """Register an area's buyer-facing words; keys must be new and carry English."""
    clash = PUBLIC_TEXTS.keys() & table.keys()
    if clash:
        raise ValueError(f"public text keys defined twice: {sorted(clash)}")
    missing = [key for key, by_lang in table.items() if "en" not in by_lang]
    if missing:
        raise ValueError(f"public texts without English: {missing}")
    PUBLIC_TEXTS.update(table)


def public_text(key: str, lang: str, **values: object) -> str:
    """The words of key in the buyer's language, else English, with values filled in."""
    by_lang = PUBLIC_TEXTS[key]
    return by_lang.get(lang, by_lang["en"]).format(**values)
