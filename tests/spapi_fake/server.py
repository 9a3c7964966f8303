"""A fake Selling Partner API on 127.0.0.1: LWA, Reports, Customer Feedback, Solicitations, Orders.

A real HTTP server (werkzeug, threaded) that checks every request against Amazon's models, keeps
Amazon's default rate limits per seller and operation (429 with x-amzn-RateLimit-Limit when they
are exceeded), answers with the models' sandbox examples, serves report documents made from our
fixtures, and can be told to fail: throttle, 500, hang, CANCELLED, FATAL, a dropped download.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
import logging
import re
import secrets
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from werkzeug.serving import make_server
from werkzeug.wrappers import Request, Response

from tests.spapi_fake.documents import DocumentSpec, default_documents
from tests.spapi_fake.validation import (
    Operation,
    RequestInvalid,
    find_operation,
    load_operations,
    validate_request,
)

_PLAN = re.compile(
    r"Usage Plan:\*\*\s*\|\s*Rate \(requests per second\)\s*\|\s*Burst\s*\|\s*\|[-\s|]*"
    r"\|\s*([\d.]+)\s*\|\s*(\d+)\s*\|"
)
UNDOCUMENTED = (1.0, 5)  # Customer Feedback: the model states no plan
logging.getLogger("werkzeug").setLevel(logging.ERROR)


@dataclass
class Fault:
    """One planned misbehaviour: operation is an operationId, 'token', 'download' or a report type."""

    operation: str
    action: str  # throttle, error, hang, drop, cancelled, fatal
    times: int = 1
    seconds: float = 3.0  # how long a hang lasts


@dataclass
class Seller:
    seller_id: str
    client_id: str
    client_secret: str
    refresh_token: str


@dataclass
class _Bucket:
    rate: float
    burst: int
    tokens: float
    stamp: float
    lowest: float


@dataclass
class Report:
    report_id: str
    seller_id: str
    report_type: str
    marketplace_ids: list[str]
    start: str | None
    end: str | None
    created: str
    outcome: str = "DONE"
    polls: int = 0
    document_id: str | None = None


@dataclass
class FakeSpapi:
    """Start with `with FakeSpapi() as fake:`; fake.url is the SP-API endpoint and LWA host."""

    rate_scale: float = 1.0  # >1 speeds every plan up (tests); 1 is Amazon's defaults
    processing_polls: int = 1  # getReport answers IN_PROGRESS this many times before finishing
    documents: dict[str, DocumentSpec] = field(default_factory=default_documents)
    token_lifetime: int = 3600
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    faults: list[Fault] = field(default_factory=list)
    sellers: dict[str, Seller] = field(default_factory=dict)  # by refresh token
    counts: Counter[str] = field(default_factory=Counter)
    throttled: Counter[str] = field(default_factory=Counter)
    invalid: list[str] = field(default_factory=list)
    reports: dict[str, Report] = field(default_factory=dict)
    orders: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by seller id
    solicited: dict[str, dt.datetime] = field(default_factory=dict)  # order id -> when
    no_topics: set[str] = field(default_factory=set)  # ASINs answered 204
    revoked: set[str] = field(default_factory=set)  # refresh tokens the seller revoked

    def __post_init__(self) -> None:
        self.operations = load_operations()
        self._lock = threading.Lock()
        self._tokens: dict[str, tuple[str, float]] = {}
        self._buckets: dict[tuple[str, str], _Bucket] = {}
        self._bodies: dict[str, tuple[bytes, str]] = {}
        self._compressed: dict[str, bool] = {}
        self._ids = itertools.count(50_000_000_001)
        self._server = make_server("127.0.0.1", 0, self._wsgi, threaded=True)
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakeSpapi:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @property
    def lwa_url(self) -> str:
        return f"{self.url}/auth/o2/token"

    # -- set-up helpers ----------------------------------------------------------------------
    def add_seller(self, seller_id: str | None = None) -> Seller:
        seller_id = seller_id or f"A{secrets.token_hex(6).upper()}"
        seller = Seller(
            seller_id,
            f"amzn1.application-oa2-client.{secrets.token_hex(16)}",
            f"amzn1.oa2-cs.v1.{secrets.token_hex(32)}",
            f"Atzr|{secrets.token_urlsafe(48)}",
        )
        with self._lock:
            self.sellers[seller.refresh_token] = seller
        return seller

    def revoke(self, seller: Seller) -> None:
        """The seller withdrew the app's authorization: its refresh token no longer works."""
        with self._lock:
            self.revoked.add(seller.refresh_token)

    def fault(self, operation: str, action: str, times: int = 1, seconds: float = 3.0) -> None:
        with self._lock:
            self.faults.append(Fault(operation, action, times, seconds))

    def closest_approach(self) -> float:
        """The largest share of any bucket's burst ever used (1.0: ran exactly at the limit)."""
        with self._lock:
            return max((1 - b.lowest / b.burst for b in self._buckets.values()), default=0.0)

    def stats(self) -> dict[str, Any]:
        return {
            "counts": dict(self.counts),
            "throttled": dict(self.throttled),
            "invalid": list(self.invalid),
            "closest_approach": self.closest_approach(),
        }

    # -- machinery ---------------------------------------------------------------------------
    def _take_fault(self, operation: str, actions: tuple[str, ...]) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.operation == operation and fault.action in actions and fault.times > 0:
                    fault.times -= 1
                    return fault
        return None

    def _plan(self, operation: Operation) -> tuple[float, int]:
        found = _PLAN.search(operation.spec.get("description", ""))
        rate, burst = (float(found.group(1)), int(found.group(2))) if found else UNDOCUMENTED
        return rate * self.rate_scale, burst

    def _admit(self, seller_id: str, operation: Operation) -> tuple[bool, float]:
        rate, burst = self._plan(operation)
        now = time.monotonic()
        with self._lock:
            key = (seller_id, operation.operation_id)
            bucket = self._buckets.setdefault(key, _Bucket(rate, burst, burst, now, burst))
            bucket.tokens = min(burst, bucket.tokens + (now - bucket.stamp) * rate)
            bucket.stamp = now
            if bucket.tokens < 1:
                return False, rate
            bucket.tokens -= 1
            bucket.lowest = min(bucket.lowest, bucket.tokens)
            return True, rate

    def _wsgi(self, environ: dict[str, Any], start_response: Any) -> Any:
        request = Request(environ)
        try:
            response = self._route(request)
        except RequestInvalid as problem:
            self.invalid.append(f"{request.method} {request.path}: {problem}")
            response = _errors(400, "InvalidInput", str(problem))
        return response(environ, start_response)

    def _route(self, request: Request) -> Response:
        if request.path == "/auth/o2/token" and request.method == "POST":
            return self._token(request)
        if request.path.startswith("/s3/"):
            return self._download(request)
        if request.path == "/_fake/stats":  # for a benchmark running the fake in another process
            return _json(200, self.stats())
        found = find_operation(self.operations, request.method, request.path)
        if found is None:
            self.invalid.append(f"{request.method} {request.path}: no such operation")
            return _errors(404, "NotFound", "Resource not found")
        operation, path_values = found
        self.counts[operation.operation_id] += 1
        seller = self._seller_of(request.headers.get("x-amz-access-token"))
        if seller is None:
            return _errors(403, "Unauthorized", "Access to requested resource is denied.")
        admitted, rate = self._admit(seller.seller_id, operation)
        limit = {"x-amzn-RateLimit-Limit": f"{rate:g}"}
        fault = self._take_fault(operation.operation_id, ("throttle", "error", "hang"))
        if fault and fault.action == "hang":
            time.sleep(fault.seconds)
        if not admitted or (fault and fault.action == "throttle"):
            self.throttled[operation.operation_id] += 1
            return _errors(
                429, "QuotaExceeded", "You exceeded your quota for the requested resource.", limit
            )
        if fault and fault.action == "error":
            return _errors(500, "InternalFailure", "We encountered an internal error.", limit)
        query = {key: request.args.getlist(key) for key in request.args}
        values = validate_request(operation, path_values, query, request.get_data())
        handler = getattr(self, f"_op_{operation.operation_id}", None)
        if handler is None:
            return self._sandbox(operation, 200, limit)
        response: Response = handler(seller, values, request)
        response.headers.update(limit)
        return response

    def _seller_of(self, token: str | None) -> Seller | None:
        with self._lock:
            found = self._tokens.get(token or "")
            if found is None or found[1] < time.monotonic():
                return None
            return next(s for s in self.sellers.values() if s.seller_id == found[0])

    def _sandbox(self, operation: Operation, status: int, headers: dict[str, str]) -> Response:
        example = operation.sandbox(str(status))[0]["response"]
        return _json(status, example, headers)

    # -- LWA and the S3 download -------------------------------------------------------------
    def _token(self, request: Request) -> Response:
        self.counts["token"] += 1
        form = request.form
        if self._take_fault("token", ("error",)):
            return _json(500, {"error": "server_error", "error_description": "try again"})
        if form.get("grant_type") != "refresh_token":
            return _json(400, {"error": "unsupported_grant_type", "error_description": "bad grant"})
        seller = self.sellers.get(form.get("refresh_token", ""))
        by_client = [s for s in self.sellers.values() if s.client_id == form.get("client_id")]
        if not by_client or by_client[0].client_secret != form.get("client_secret"):
            return _json(
                401,
                {"error": "invalid_client", "error_description": "Client authentication failed"},
            )
        if (
            seller is None
            or seller.client_id != form.get("client_id")
            or seller.refresh_token in self.revoked
        ):
            return _json(
                400,
                {
                    "error": "invalid_grant",
                    "error_description": "The request has an invalid grant parameter : refresh_token",
                },
            )
        token = f"Atza|{secrets.token_urlsafe(32)}"
        with self._lock:
            self._tokens[token] = (seller.seller_id, time.monotonic() + self.token_lifetime)
        return _json(
            200,
            {
                "access_token": token,
                "refresh_token": seller.refresh_token,
                "token_type": "bearer",
                "expires_in": self.token_lifetime,
            },
        )

    def _download(self, request: Request) -> Response:
        self.counts["download"] += 1
        if "x-amz-access-token" in request.headers:
            return Response("Only one auth mechanism allowed", status=400)
        document_id = request.path.removeprefix("/s3/")
        body, content_type = self._bodies[document_id]
        fault = self._take_fault("download", ("drop", "error", "hang"))
        if fault and fault.action == "hang":
            time.sleep(fault.seconds)
        if fault and fault.action == "error":
            return Response("InternalError", status=500)
        if fault and fault.action == "drop":
            connection = request.environ["werkzeug.socket"]

            def half_then_hang_up() -> Iterator[bytes]:
                yield body[: len(body) // 2]
                connection.shutdown(socket.SHUT_RDWR)  # Content-Length promised the whole body

            return Response(
                half_then_hang_up(),
                headers={"Content-Type": content_type, "Content-Length": str(len(body))},
            )
        return Response(body, headers={"Content-Type": content_type})

    # -- Reports -----------------------------------------------------------------------------
    def _op_createReport(
        self, seller: Seller, values: dict[str, Any], _request: Request
    ) -> Response:
        body = values["body"]
        report_type = body["reportType"]
        if report_type not in self.documents:
            return _errors(400, "InvalidInput", f"Report type {report_type} is not supported")
        outcome = "DONE"
        fault = self._take_fault(report_type, ("cancelled", "fatal"))
        if fault:
            outcome = fault.action.upper()
        report_id = str(next(self._ids))
        with self._lock:
            self.reports[report_id] = Report(
                report_id,
                seller.seller_id,
                report_type,
                body["marketplaceIds"],
                body.get("dataStartTime"),
                body.get("dataEndTime"),
                _iso(dt.datetime.now(dt.UTC)),
                outcome,
            )
        return _json(202, {"reportId": report_id})

    def _op_getReport(self, seller: Seller, values: dict[str, Any], _request: Request) -> Response:
        report = self.reports.get(values["reportId"])
        if report is None or report.seller_id != seller.seller_id:
            return _errors(404, "NotFound", "The report does not exist")
        report.polls += 1
        body: dict[str, Any] = {
            "reportId": report.report_id,
            "reportType": report.report_type,
            "marketplaceIds": report.marketplace_ids,
            "createdTime": report.created,
        }
        if report.start:
            body["dataStartTime"] = report.start
        if report.end:
            body["dataEndTime"] = report.end
        if report.polls <= self.processing_polls:
            body["processingStatus"] = "IN_QUEUE" if report.polls == 1 else "IN_PROGRESS"
            return _json(200, body)
        body["processingStatus"] = report.outcome
        body["processingEndTime"] = _iso(dt.datetime.now(dt.UTC))
        if report.outcome in ("DONE", "FATAL"):
            if report.document_id is None:
                report.document_id = self._make_document(report)
            body["reportDocumentId"] = report.document_id
        return _json(200, body)

    def _make_document(self, report: Report) -> str:
        document_id = f"amzn1.spdoc.1.4.na.{secrets.token_hex(8)}"
        if report.outcome == "FATAL":
            spec = DocumentSpec(
                '{"errorDetails":"The report could not be generated: the date range is too large."}',
                gzip=False,
                label="UTF-8",
            )
        else:
            spec = self.documents[report.report_type]
        with self._lock:
            self._bodies[document_id] = (spec.body(), spec.content_type)
            self._compressed[document_id] = spec.gzip
        return document_id

    def _op_getReportDocument(
        self, _seller: Seller, values: dict[str, Any], _request: Request
    ) -> Response:
        document_id = values["reportDocumentId"]
        if document_id not in self._bodies:
            return _errors(404, "NotFound", "The document does not exist")
        body = {"reportDocumentId": document_id, "url": f"{self.url}/s3/{document_id}"}
        if self._compressed.get(document_id):
            body["compressionAlgorithm"] = "GZIP"
        return _json(200, body)

    def _op_getReports(
        self, _seller: Seller, _values: dict[str, Any], _request: Request
    ) -> Response:
        return _json(200, {"reports": []})

    # -- Customer Feedback: sandbox examples with the asked-for ids put in ------------------------
    def _feedback(self, operation_id: str, values: dict[str, Any]) -> Response:
        operation = next(o for o in self.operations if o.operation_id == operation_id)
        if values.get("asin") in self.no_topics:
            return Response(status=204)
        example = copy.deepcopy(operation.sandbox("200")[0]["response"])
        for name in ("asin", "browseNodeId", "marketplaceId"):
            if name in values and name in example:
                example[name] = values[name]
        return _json(200, example)

    def _op_getItemReviewTopics(self, _s: Seller, values: dict[str, Any], _r: Request) -> Response:
        return self._feedback("getItemReviewTopics", values)

    def _op_getItemBrowseNode(self, _s: Seller, values: dict[str, Any], _r: Request) -> Response:
        return self._feedback("getItemBrowseNode", values)

    def _op_getBrowseNodeReviewTopics(
        self, _s: Seller, values: dict[str, Any], _r: Request
    ) -> Response:
        return self._feedback("getBrowseNodeReviewTopics", values)

    def _op_getBrowseNodeReturnTopics(
        self, _s: Seller, values: dict[str, Any], _r: Request
    ) -> Response:
        return self._feedback("getBrowseNodeReturnTopics", values)

    # -- Orders and Solicitations -----------------------------------------------------------
    def _op_getOrders(self, seller: Seller, values: dict[str, Any], _request: Request) -> Response:
        wanted = set(values["MarketplaceIds"])
        after = values.get("CreatedAfter")
        orders = [
            o
            for o in self.orders.get(seller.seller_id, [])
            if o["MarketplaceId"] in wanted and (after is None or o["PurchaseDate"] >= after)
        ]
        return _json(200, {"payload": {"Orders": orders}})

    def _order(self, seller: Seller, order_id: str) -> dict[str, Any] | None:
        return next(
            (o for o in self.orders.get(seller.seller_id, []) if o["AmazonOrderId"] == order_id),
            None,
        )

    def _in_window(self, order: dict[str, Any]) -> bool:
        earliest = dt.datetime.fromisoformat(order["EarliestDeliveryDate"].replace("Z", "+00:00"))
        latest = dt.datetime.fromisoformat(order["LatestDeliveryDate"].replace("Z", "+00:00"))
        return earliest + dt.timedelta(days=5) <= self.now <= latest + dt.timedelta(days=30)

    def _op_getSolicitationActionsForOrder(
        self, seller: Seller, values: dict[str, Any], _r: Request
    ) -> Response:
        order_id = values["amazonOrderId"]
        order = self._order(seller, order_id)
        if order is None:
            return _errors(404, "NotFound", "The order does not exist")
        base = f"/solicitations/v1/orders/{order_id}"
        actions = []
        if self._in_window(order) and order_id not in self.solicited:
            href = f"{base}/solicitations/productReviewAndSellerFeedback?marketplaceIds={order['MarketplaceId']}"
            actions = [{"href": href, "name": "productReviewAndSellerFeedback"}]
        body = {
            "_links": {
                "actions": actions,
                "self": {"href": f"{base}?marketplaceIds={order['MarketplaceId']}"},
            },
            "_embedded": {"actions": []},
        }
        return _json(200, body, content_type="application/hal+json")

    def _op_createProductReviewAndSellerFeedbackSolicitation(
        self, seller: Seller, values: dict[str, Any], _r: Request
    ) -> Response:
        order_id = values["amazonOrderId"]
        order = self._order(seller, order_id)
        if order is None:
            return _errors(404, "NotFound", "The order does not exist")
        if order_id in self.solicited or not self._in_window(order):
            return _errors(403, "Unauthorized", "This solicitation is not available for the order")
        with self._lock:
            self.solicited[order_id] = dt.datetime.now(dt.UTC)
        return _json(201, {}, content_type="application/hal+json")


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _json(
    status: int,
    body: Any,
    headers: dict[str, str] | None = None,
    content_type: str = "application/json",
) -> Response:
    return Response(
        json.dumps(body), status=status, headers=headers or {}, content_type=content_type
    )


def _errors(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> Response:
    return _json(status, {"errors": [{"code": code, "message": message}]}, headers)
