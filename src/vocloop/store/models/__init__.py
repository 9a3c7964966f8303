"""The store's tables, one module per aggregate, re-exported here."""

from vocloop.store.models._account import ApiToken, AuditEntry, Membership, User
from vocloop.store.models._action import Action, Playbook
from vocloop.store.models._base import Base, ImportedFact, TenantOwned, UtcDateTime, utcnow
from vocloop.store.models._brand import Brand, BrandProduct
from vocloop.store.models._classification import TextClassification
from vocloop.store.models._feedback import SellerFeedback
from vocloop.store.models._feedback_topic import FeedbackTopic
from vocloop.store.models._help_center import HelpContent, HelpMedia
from vocloop.store.models._insert import InsertCard
from vocloop.store.models._invitation import Invitation
from vocloop.store.models._monitor import Alert, AsinDay, FeeThreshold
from vocloop.store.models._notify import NotificationChannel, OutboxMessage
from vocloop.store.models._order import OrderLine
from vocloop.store.models._product import Product
from vocloop.store.models._retention import RetentionLogEntry, RetentionMark
from vocloop.store.models._return import Return
from vocloop.store.models._review import Review
from vocloop.store.models._rollup import (
    AsinCause,
    AsinDaily,
    AsinPeriod,
    AsinQuote,
    RollupState,
    StoreDaily,
)
from vocloop.store.models._snapshots import AccountHealthSnapshot, VocSnapshot
from vocloop.store.models._solicitation import Solicitation
from vocloop.store.models._spapi_connection import SpapiConnection
from vocloop.store.models._sync_state import SyncState
from vocloop.store.models._tenant import ImportBatch, Store, Tenant
from vocloop.store.models._ticket import CannedReply, Ticket, TicketAttachment, TicketMessage
from vocloop.store.models._topic import TextTopic, Topic
from vocloop.store.models._warranty import WarrantyRegistration

__all__ = [
    "AccountHealthSnapshot",
    "Action",
    "Alert",
    "ApiToken",
    "AsinCause",
    "AsinDaily",
    "AsinDay",
    "AsinPeriod",
    "AsinQuote",
    "AuditEntry",
    "Base",
    "Brand",
    "BrandProduct",
    "CannedReply",
    "FeeThreshold",
    "FeedbackTopic",
    "HelpContent",
    "HelpMedia",
    "ImportBatch",
    "ImportedFact",
    "InsertCard",
    "Invitation",
    "Membership",
    "NotificationChannel",
    "OrderLine",
    "OutboxMessage",
    "Playbook",
    "Product",
    "RetentionLogEntry",
    "RetentionMark",
    "Return",
    "Review",
    "RollupState",
    "SellerFeedback",
    "Solicitation",
    "SpapiConnection",
    "Store",
    "StoreDaily",
    "SyncState",
    "Tenant",
    "TenantOwned",
    "TextClassification",
    "TextTopic",
    "Ticket",
    "TicketAttachment",
    "TicketMessage",
    "Topic",
    "User",
    "UtcDateTime",
    "VocSnapshot",
    "WarrantyRegistration",
    "utcnow",
]
