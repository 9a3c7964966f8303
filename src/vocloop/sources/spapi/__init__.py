"""Selling Partner API: connect a store, sync its reports and topics, request reviews."""

from vocloop.sources.spapi.client import CallStats, Endpoints, RetryPolicy, SpapiClient
from vocloop.sources.spapi.connect import (
    ConnectPlan,
    connect_store,
    connections_of,
    plan_connection,
)
from vocloop.sources.spapi.connections import (
    REGIONS,
    check_credentials,
    find_connection,
    get_connection,
    region_of_store,
    save_connection,
)
from vocloop.sources.spapi.context import (
    SyncContext,
    context_from_settings,
    endpoints_from_settings,
)
from vocloop.sources.spapi.credentials import LwaCredentials, key_file, load_cipher
from vocloop.sources.spapi.errors import CredentialsError, SpapiError
from vocloop.sources.spapi.feedback import list_feedback_topics
from vocloop.sources.spapi.kinds import SYNC_KINDS, SyncKind, get_sync_kind
from vocloop.sources.spapi.rate_limits import Plan, RateLimits
from vocloop.sources.spapi.solicitations import (
    ReviewRequest,
    request_reviews,
    set_request_reviews,
    solicitation_log,
    window_reason,
)
from vocloop.sources.spapi.status import due_kinds, sync_status
from vocloop.sources.spapi.sync import KindResult, StoreSyncResult, sync_store

__all__ = [
    "REGIONS",
    "SYNC_KINDS",
    "CallStats",
    "ConnectPlan",
    "CredentialsError",
    "Endpoints",
    "KindResult",
    "LwaCredentials",
    "Plan",
    "RateLimits",
    "RetryPolicy",
    "ReviewRequest",
    "SpapiClient",
    "SpapiError",
    "StoreSyncResult",
    "SyncContext",
    "SyncKind",
    "check_credentials",
    "connect_store",
    "connections_of",
    "context_from_settings",
    "due_kinds",
    "endpoints_from_settings",
    "find_connection",
    "get_connection",
    "get_sync_kind",
    "key_file",
    "list_feedback_topics",
    "load_cipher",
    "plan_connection",
    "region_of_store",
    "request_reviews",
    "save_connection",
    "set_request_reviews",
    "solicitation_log",
    "sync_status",
    "sync_store",
    "window_reason",
]
