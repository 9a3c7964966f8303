"""The confirmation e-mail of a registration, in the buyer's language, with their signed link."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import make_msgid

from vocloop.store.models import Brand, WarrantyRegistration

_SUBJECT = {
    "en": "{brand}: your product registration",
    "de": "{brand}: Ihre Produktregistrierung",
    "fr": "{brand} : l'enregistrement de votre produit",
    "es": "{brand}: el registro de tu producto",
    "it": "{brand}: la registrazione del tuo prodotto",
    "ja": "{brand}:製品登録のお知らせ",
    "zh": "{brand}:您的产品登记",
}
_BODY = {
    "en": (
        "Hello {name},\n\nthank you for registering {product} (order {order_id}, bought on "
        "{purchase_date}). You agreed to this:\n\n{consent}\n\nSee or delete your details at any "
        "time:\n{link}\n\n{brand}"
    ),
    "de": (
        "Hallo {name},\n\ndanke für die Registrierung von {product} (Bestellung "
        "{order_id}, gekauft am {purchase_date}). Sie haben Folgendem zugestimmt:\n\n"
        "{consent}\n\nIhre Angaben jederzeit einsehen oder löschen:\n{link}\n\n{brand}"
    ),
    "fr": (
        "Bonjour {name},\n\nmerci d'avoir enregistré {product} (commande {order_id}, achetée le "
        "{purchase_date}). Vous avez accepté ceci :\n\n{consent}\n\nConsulter ou supprimer vos "
        "données à tout moment :\n{link}\n\n{brand}"
    ),
    "es": (
        "Hola {name}:\n\ngracias por registrar {product} (pedido {order_id}, comprado el "
        "{purchase_date}). Aceptaste lo siguiente:\n\n{consent}\n\nVer o borrar tus datos en "
        "cualquier momento:\n{link}\n\n{brand}"
    ),
    "it": (
        "Ciao {name},\n\ngrazie per aver registrato {product} (ordine {order_id}, acquistato il "
        "{purchase_date}). Hai accettato quanto segue:\n\n{consent}\n\nVedere o cancellare i tuoi "
        "dati in qualsiasi momento:\n{link}\n\n{brand}"
    ),
    "ja": (
        "{name} 様\n\n{product}(注文番号 {order_id}、購入日 {purchase_date})の"
        "製品登録を受け付けました。同意いただいた内容:\n\n{consent}\n\n"
        "登録情報の閲覧・削除はいつでもこちらから:\n{link}\n\n{brand}"
    ),
    "zh": (
        "{name},您好:\n\n已收到您对 {product}(订单号 {order_id},"
        "购买日期 {purchase_date})的产品登记。"
        "您同意的内容:\n\n{consent}\n\n随时查看或删除您的信息:\n{link}\n\n{brand}"
    ),
}


def confirmation_message(
    brand: Brand, registration: WarrantyRegistration, *, product_name: str, link: str
) -> EmailMessage:
    """The e-mail confirming a registration; From is filled in by the brand's mailbox."""
    lang = registration.lang if registration.lang in _BODY else "en"
    message = EmailMessage()
    message["To"] = registration.email
    message["Subject"] = _SUBJECT[lang].format(brand=brand.name)
    sender_domain = (brand.support_email or "support.invalid").rpartition("@")[2]
    message["Message-ID"] = make_msgid("warranty", domain=sender_domain)
    message.set_content(
        _BODY[lang].format(
            name=registration.name,
            product=product_name,
            order_id=registration.order_id,
            purchase_date=registration.purchase_date.isoformat(),
            consent=registration.consent_text,
            link=link,
            brand=brand.name,
        )
    )
    return message
