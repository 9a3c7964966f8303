"""The consent a buyer gives when registering a product: purpose, retention and rights, in the
buyer's language. The exact words are stored with each registration."""

from __future__ import annotations

# Two years after registration covers the common warranty periods (EU legal guarantee: 2 years).
RETENTION_DAYS = 730

_CONSENT = {
    "en": (
        "I agree that {brand} stores my name, e-mail address, order number, product and purchase "
        "date to register my product and to handle my warranty requests. {brand} keeps these "
        "details for {years} years after registration and then deletes them automatically. I can "
        "see or delete them at any time through the link in the confirmation e-mail. Registration "
        "is optional and does not change my statutory rights."
    ),
    "de": (
        "Ich bin einverstanden, dass {brand} meinen Namen, meine E-Mail-Adresse, Bestellnummer, "
        "Produkt und Kaufdatum speichert, um mein Produkt zu registrieren und meine "
        "Garantieanfragen zu bearbeiten. {brand} bewahrt diese Angaben {years} Jahre nach der "
        "Registrierung auf und löscht sie dann automatisch. Über den Link in der "
        "Bestätigungs-E-Mail kann ich sie jederzeit einsehen oder löschen. Die Registrierung ist "
        "freiwillig und ändert nichts an meinen gesetzlichen Rechten."
    ),
    "fr": (
        "J'accepte que {brand} enregistre mon nom, mon adresse e-mail, mon numéro de commande, le "
        "produit et la date d'achat pour enregistrer mon produit et traiter mes demandes de "
        "garantie. {brand} conserve ces données {years} ans après l'enregistrement, puis les "
        "supprime automatiquement. Je peux les consulter ou les supprimer à tout moment grâce au "
        "lien de l'e-mail de confirmation. L'enregistrement est facultatif et ne modifie pas mes "
        "droits légaux."
    ),
    "es": (
        "Acepto que {brand} guarde mi nombre, mi dirección de correo electrónico, el número de "
        "pedido, el producto y la fecha de compra para registrar mi producto y gestionar mis "
        "solicitudes de garantía. {brand} conserva estos datos {years} años después del registro "
        "y luego los borra automáticamente. Puedo verlos o borrarlos en cualquier momento con el "
        "enlace del correo de confirmación. El registro es opcional y no cambia mis derechos "
        "legales."
    ),
    "it": (
        "Acconsento che {brand} conservi il mio nome, indirizzo e-mail, numero d'ordine, prodotto "
        "e data di acquisto per registrare il mio prodotto e gestire le mie richieste di garanzia. "
        "{brand} conserva questi dati per {years} anni dopo la registrazione e poi li cancella "
        "automaticamente. Posso vederli o cancellarli in qualsiasi momento con il link nell'e-mail "
        "di conferma. La registrazione è facoltativa e non modifica i miei diritti di legge."
    ),
    "ja": (
        "{brand}が製品登録と保証対応のために、氏名、メールアドレス、注文番号、製品、購入日を保存することに"
        "同意します。{brand}はこれらの情報を登録から{years}年間保管し、その後自動的に削除します。"
        "確認メールのリンクからいつでも閲覧・削除できます。登録は任意であり、法律上の権利には影響しません。"
    ),
    "zh": (
        "我同意{brand}保存我的姓名、电子邮箱、订单号、产品和购买日期,用于登记我的产品并处理保修请求。"
        "{brand}在登记后保存这些信息{years}年,之后自动删除。我可以随时通过确认邮件中的链接查看或删除这些信息。"
        "登记是自愿的,不影响我的法定权利。"
    ),
}


def consent_text(brand_name: str, lang: str, retention_days: int = RETENTION_DAYS) -> str:
    """The consent sentence a buyer ticks, in their language (English when there is none)."""
    years = max(1, round(retention_days / 365))
    return _CONSENT.get(lang, _CONSENT["en"]).format(brand=brand_name, years=years)
