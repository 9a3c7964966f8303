"""Support tickets: the contact form, the agent inbox's actions, mail out (SMTP) and in (IMAP)."""

from vocloop.support.tickets import messages  # noqa: F401  (registers the Chinese error texts)
from vocloop.support.tickets.attachments import (
    IMAGE_TYPES,
    MAX_FILES,
    MAX_IMAGE_BYTES,
    MAX_TOTAL_BYTES,
    MAX_VIDEO_BYTES,
    VIDEO_TYPES,
    AttachmentRefused,
    IncomingFile,
    attachment_path,
    get_attachment,
    sniff_type,
    store_files,
)
from vocloop.support.tickets.canned import (
    canned_replies_for,
    get_canned_reply,
    list_canned_replies,
    save_canned_reply,
)
from vocloop.support.tickets.contact import ContactForm, ContactRefused, submit_contact
from vocloop.support.tickets.inbound import AMAZON_RELAY, Received, receive_mail
from vocloop.support.tickets.outbound import (
    build_reply,
    reply_subject,
    reply_to_ticket,
    send_reply,
)
from vocloop.support.tickets.polling import (
    MailboxError,
    PollResult,
    brands_with_inbound_mail,
    poll_brand,
)
from vocloop.support.tickets.records import (
    PRIORITIES,
    STATUSES,
    add_customer_message,
    add_note,
    get_ticket,
    is_reference,
    list_tickets,
    open_ticket,
    ticket_attachments,
    ticket_messages,
)
from vocloop.support.tickets.voice import (
    VoiceResult,
    classify_tickets,
    hear_tickets,
    hear_tickets_apart,
)
from vocloop.support.tickets.workflow import (
    SlaState,
    agents,
    merge_tickets,
    sla_state,
    update_ticket,
)

__all__ = [
    "AMAZON_RELAY",
    "IMAGE_TYPES",
    "MAX_FILES",
    "MAX_IMAGE_BYTES",
    "MAX_TOTAL_BYTES",
    "MAX_VIDEO_BYTES",
    "PRIORITIES",
    "STATUSES",
    "VIDEO_TYPES",
    "AttachmentRefused",
    "ContactForm",
    "ContactRefused",
    "IncomingFile",
    "MailboxError",
    "PollResult",
    "Received",
    "SlaState",
    "VoiceResult",
    "add_customer_message",
    "add_note",
    "agents",
    "attachment_path",
    "brands_with_inbound_mail",
    "build_reply",
    "canned_replies_for",
    "classify_tickets",
    "get_attachment",
    "get_canned_reply",
    "get_ticket",
    "hear_tickets",
    "hear_tickets_apart",
    "is_reference",
    "list_canned_replies",
    "list_tickets",
    "merge_tickets",
    "open_ticket",
    "poll_brand",
    "receive_mail",
    "reply_subject",
    "reply_to_ticket",
    "save_canned_reply",
    "send_reply",
    "sla_state",
    "sniff_type",
    "store_files",
    "submit_contact",
    "ticket_attachments",
    "ticket_messages",
    "update_ticket",
]
