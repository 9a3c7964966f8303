"""Warranty / product registration: the buyer's consent, their signed link, confirmation mail."""

from vocloop.support.warranty.consent import RETENTION_DAYS, consent_text
from vocloop.support.warranty.links import open_registration_token, sign_registration_id
from vocloop.support.warranty.mail import confirmation_message
from vocloop.support.warranty.registration import (
    ORDER_ID,
    WarrantyForm,
    WarrantyFormError,
    check_warranty_form,
    delete_registration,
    find_registration_by_token,
    list_registrations,
    normalise_order_id,
    register_warranty,
)

__all__ = [
    "ORDER_ID",
    "RETENTION_DAYS",
    "WarrantyForm",
    "WarrantyFormError",
    "check_warranty_form",
    "confirmation_message",
    "consent_text",
    "delete_registration",
    "find_registration_by_token",
    "list_registrations",
    "normalise_order_id",
    "open_registration_token",
    "register_warranty",
    "sign_registration_id",
]
