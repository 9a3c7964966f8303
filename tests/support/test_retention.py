"""The retention job: Amazon buyer data goes 30 days after the order or return (POLICY.md §5),
warranty registrations when their consent's retention ends; every removal is logged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from tests.conftest import AMAZON_FIXTURES
from tests.factories import import_paths, returns_line, write_returns
from tests.support.warranty_setup import KETTLE, NOW, BrandSetup, make_brand
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.config import Settings
from vocloop.jobs.worker import retain_tenant
from vocloop.store.models import (
    Brand,
    OrderLine,
    RetentionLogEntry,
    Return,
    SellerFeedback,
    WarrantyRegistration,
)
from vocloop.support.retention import run_retention, scrub_contact_details
from vocloop.support.warranty import WarrantyForm, register_warranty

runner = CliRunner()
OLD_COMMENT = (
    "Leaks. Call me on +49 151 2345 6789 or write to erika@example.de (111-0000001-0000001)."
)
OLD_SCRUBBED = (
    "Leaks. Call me on [phone removed] or write to [e-mail removed] (111-0000001-0000001)."
)
NEW_COMMENT = "Cracked, mail me: max@example.com"


def _orders_file(folder: Path) -> Path:
    """The fixture orders report with two more columns that name a person, one old order, one new."""
    lines = (AMAZON_FIXTURES / "all_orders.tsv").read_text(encoding="utf-8").splitlines()
    header, first = lines[0], lines[1]
    old = first.replace("2026-01-20T15:02:11+00:00", "2026-01-05T10:00:00+00:00")
    new = (
        first.replace("111-0000001-1000001", "111-0000009-1000009")
        .replace("2026-01-20T15:02:11+00:00", "2026-02-25T10:00:00+00:00")
        .replace("2026-01-23T04:10:00+00:00", "2026-02-26T04:10:00+00:00")
    )
    rows = [f"{header}\tbuyer-email\trecipient-name"]
    rows += [f"{line}\tbuyer@example.com\tMax Muster" for line in (old, new)]
    path = folder / "orders.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _feedback_file(folder: Path) -> Path:
    path = folder / "feedback.tsv"
    path.write_text(
        "Date\tRating\tComments\tYour Response\tOrder ID\tRater Email\n"
        "1/10/26\t1\tBroken. Phone 0151 23456789 please.\t\t111-0000101-2000101\tq7@marketplace.amazon.com\n",
        encoding="utf-8",
    )
    return path


def _register(app: App, setup: BrandSetup, when: dt.datetime, email: str) -> int:
    form = WarrantyForm(KETTLE, "302-1234567-7654321", str(when.date()), "Erika", email, "en", True)
    with app.sessions.begin() as session:
        brand = session.get(Brand, setup.brand_id)
        assert brand is not None
        return register_warranty(session, brand=brand, form=form, now=when).id


def _tenant_with_old_and_new_data(app: App, tmp_path: Path) -> tuple[BrandSetup, dict[str, int]]:
    setup = make_brand(app)
    returns = write_returns(
        tmp_path / "returns.tsv",
        [
            returns_line(1, date="2026-01-10T08:00:00+00:00", comment=OLD_COMMENT),
            returns_line(2, date="2026-02-20T08:00:00+00:00", comment=NEW_COMMENT),
            returns_line(3, date="2026-01-11T08:00:00+00:00", comment="Too small."),
        ],
    )
    results = import_paths(
        app, returns, _orders_file(tmp_path), _feedback_file(tmp_path), tenant="one"
    )
    assert all(result.imported for result in results), [r.message for r in results]
    ids = {
        "expired": _register(app, setup, NOW - dt.timedelta(days=731), "old@example.com"),
        "kept": _register(app, setup, NOW - dt.timedelta(days=10), "new@example.com"),
    }
    return setup, ids


def _state(app: App) -> dict[str, object]:
    with app.sessions() as session:
        return {
            "returns": sorted(session.query(Return.customer_comments).all()),
            "orders": sorted(
                (row.amazon_order_id, sorted((row.extra or {}).items()))
                for row in session.query(OrderLine)
            ),
            "feedback": sorted(session.query(SellerFeedback.comments).all()),
            "warranty": sorted(r.id for r in session.query(WarrantyRegistration)),
            "log": sorted((e.rule, e.action, e.target) for e in session.query(RetentionLogEntry)),
        }


def test_a_dry_run_lists_what_would_go_and_changes_nothing(app: App, tmp_path: Path) -> None:
    setup, ids = _tenant_with_old_and_new_data(app, tmp_path)
    before = _state(app)
    with app.sessions() as session:
        actions = run_retention(session, tenant_id=setup.tenant_id, now=NOW, dry_run=True)
        session.rollback()
    assert sorted((a.rule, a.action, a.target.split(":")[0]) for a in actions) == [
        ("amazon_feedback_comments", "scrubbed", "seller_feedback"),
        ("amazon_order_fields", "scrubbed", "order_lines"),
        ("amazon_return_comments", "scrubbed", "returns"),
        ("warranty_consent", "deleted", "warranty_registrations"),
    ]
    assert f"warranty_registrations:{ids['expired']}" in {a.target for a in actions}
    assert _state(app) == before


def test_retention_removes_what_is_due_keeps_the_rest_and_logs_it(app: App, tmp_path: Path) -> None:
    setup, ids = _tenant_with_old_and_new_data(app, tmp_path)
    with app.sessions.begin() as session:
        actions = run_retention(session, tenant_id=setup.tenant_id, now=NOW)
    state = _state(app)
    assert state["returns"] == sorted([(OLD_SCRUBBED,), (NEW_COMMENT,), ("Too small.",)])
    assert state["feedback"] == [("Broken. Phone [phone removed] please.",)]
    orders = dict(state["orders"])  # type: ignore[arg-type]
    old_fields, new_fields = (
        dict(orders["111-0000001-1000001"]),
        dict(orders["111-0000009-1000009"]),
    )
    assert {"buyer-email", "recipient-name", "cpf"} & old_fields.keys() == set()
    assert old_fields["ship-state"] == "AZ"  # not personal on its own: kept for the analysis
    assert new_fields["buyer-email"] == "buyer@example.com"  # purchase 4 days ago: not yet due
    assert state["warranty"] == [ids["kept"]]
    assert state["log"] == sorted((a.rule, a.action, a.target) for a in actions)
    with app.sessions() as session:
        reasons = " ".join(e.reason + e.target for e in session.query(RetentionLogEntry))
    assert "@" not in reasons and "Erika" not in reasons
    with app.sessions.begin() as session:
        assert run_retention(session, tenant_id=setup.tenant_id, now=NOW) == []
    # A month later the newer rows are due: the job comes back for them.
    later = NOW + dt.timedelta(days=31)
    with app.sessions.begin() as session:
        again = run_retention(session, tenant_id=setup.tenant_id, now=later)
    assert sorted(a.rule for a in again) == ["amazon_order_fields", "amazon_return_comments"]
    assert ("Cracked, mail me: [e-mail removed]",) in _state(app)["returns"]  # type: ignore[operator]


def test_contact_details_go_and_dates_order_ids_and_prices_stay() -> None:
    kept = "Returned 2026-01-10, order 111-0000001-1000001, paid 24.99, model 1234567."
    assert scrub_contact_details(kept) == kept
    assert scrub_contact_details("ring (030) 1234-5678 or a.b+c@mail.co.jp") == (
        "ring [phone removed] or [e-mail removed]"
    )


def test_cli_dry_run_and_run_say_what_went(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'v.db'}"
    app = App.open(Settings(database_url=db, data_dir=tmp_path / "data"))
    _tenant_with_old_and_new_data(app, tmp_path)
    app.close()
    base = ["--db", db, "--lang", "en", "retention"]
    dry = runner.invoke(cli_app, [*base, "--dry-run", "--json"])
    assert dry.exit_code == 0, dry.stderr
    payload = json.loads(dry.stdout)
    assert payload["dry_run"] is True and [t["tenant"] for t in payload["tenants"]] == ["one"]
    # The CLI's clock is the real one (months after NOW): every imported row is due by now,
    # the registration of ten days before NOW is not.
    actions = payload["tenants"][0]["actions"]
    assert sorted(a["target"].split(":")[0] for a in actions) == [
        "order_lines",
        "order_lines",
        "returns",
        "returns",
        "seller_feedback",
        "warranty_registrations",
    ]
    assert set(actions[0]) == {"rule", "action", "target", "reason"}
    done = runner.invoke(cli_app, [*base, "--tenant", "one"])
    assert done.exit_code == 0, done.stderr
    assert done.stdout.startswith("one: 1 record(s) deleted, 5 scrubbed (logged).")
    log = runner.invoke(cli_app, [*base, "--log", "--json"])
    [tenant_log] = json.loads(log.stdout)["tenants"]
    assert sorted(line["target"] for line in tenant_log["log"]) == sorted(
        a["target"] for a in actions
    )
    assert "@" not in log.stdout
    unknown = runner.invoke(cli_app, [*base, "--tenant", "nobody"])
    assert unknown.exit_code == 1 and unknown.stderr.startswith("Error: ")


def test_the_worker_runs_retention_and_reports_it_only_when_something_went(
    app: App, tmp_path: Path
) -> None:
    setup, _ = _tenant_with_old_and_new_data(app, tmp_path)
    first = retain_tenant(app, setup.tenant_id, "one")
    assert first is not None and first.ok
    assert first.detail == "1 record(s) deleted, 3 scrubbed"
    assert retain_tenant(app, setup.tenant_id, "one") is None
