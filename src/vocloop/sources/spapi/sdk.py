"""Importing Amazon's SDK (`amzn-sp-api`) without its import-time logging set-up.

`spapi.client` and `spapi.auth.lwa_request` call logging.basicConfig(level=INFO) when imported,
which would print every later log line of the process (and the SDK's debug lines carry response
bodies). basicConfig does nothing once the root logger has a handler, so one is put there first.
"""

from __future__ import annotations

import logging

if not logging.getLogger().handlers:
    logging.getLogger().addHandler(logging.NullHandler())

import spapi  # must follow the handler above
from spapi.auth.lwa_request import AccessTokenCache
from spapi.models.reports_v2021_06_30 import CreateReportSpecification

__all__ = ["AccessTokenCache", "CreateReportSpecification", "spapi"]
