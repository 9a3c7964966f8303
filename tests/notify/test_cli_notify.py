"""`vocloop channels` and `vocloop notify`: exit codes, exact lines, JSON shapes, secrets kept sealed."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select
from typer.testing import CliRunner

from tests.notify.conftest import Receiver, alert_notice, dingtalk_robot, free_port, wecom_robot
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.config import Settings
from vocloop.notify import enqueue_notice
from vocloop.store.access import get_tenant
from vocloop.store.models import NotificationChannel

runner = CliRunner()


def run(db_url: str, data_dir: Path, *args: str, lang: str = "en", key: str | None = None):
    env = {"VOCLOOP_DATA_DIR": str(data_dir)}
    if key is not None:
        env["VOCLOOP_SECRET_KEY"] = key
    result = runner.invoke(cli_app, ["--db", db_url, "--lang", lang, *args], env=env)
    return result.exit_code, result.stdout, result.stderr


def stored_channels(db_url: str, data_dir: Path) -> list[NotificationChannel]:
    app = App.open(Settings(database_url=db_url, data_dir=data_dir))
    try:
        with app.sessions() as session:
            return list(
                session.scalars(select(NotificationChannel).order_by(NotificationChannel.id))
            )
    finally:
        app.close()


def test_add_list_and_test_channels(db_url: str, data_dir: Path, receiver: Receiver) -> None:
    receiver.reply = wecom_robot
    url = f"{receiver.base}/cgi-bin/webhook/send?key=wecom-token-123"
    code, out, err = run(
        db_url, data_dir, "channels", "add", "--kind", "wecom", "--name", "ops", "--url", url
    )
    assert (code, out.strip(), err) == (
        0,
        "Channel 'ops' (wecom, zh) added to tenant 'default'.",
        "",
    )
    code, out, _ = run(
        db_url,
        data_dir,
        "channels",
        "add",
        "--kind",
        "slack",
        "--name",
        "team",
        "--url",
        f"{receiver.base}/services/T/B/slack-token-456",
        "--lang",
        "en",
        "--min-severity",
        "high",
        lang="zh",
    )
    assert (code, out.strip()) == (0, "已在租户「default」中添加渠道「team」(slack,en)。")

    code, out, _ = run(db_url, data_dir, "channels", "list", "--json")
    listed = json.loads(out)
    assert [{k: v for k, v in row.items() if k != "created_at"} for row in listed] == [
        {
            "name": "ops",
            "kind": "wecom",
            "lang": "zh",
            "min_severity": "info",
            "target": f"127.0.0.1:{receiver.port}",
        },
        {
            "name": "team",
            "kind": "slack",
            "lang": "en",
            "min_severity": "high",
            "target": f"127.0.0.1:{receiver.port}",
        },
    ]
    # Tokens are in neither the listing nor the database row; the key file is the owner's alone.
    everything = out + "".join(
        c.config_encrypted + c.target for c in stored_channels(db_url, data_dir)
    )
    assert "wecom-token-123" not in everything and "slack-token-456" not in everything
    assert stat.S_IMODE((data_dir / "secret.key").stat().st_mode) == 0o600

    code, out, _ = run(db_url, data_dir, "channels", "test", "ops")
    assert (code, out.strip()) == (
        0,
        f"Channel 'ops' took the test message (wecom, 127.0.0.1:{receiver.port}).",
    )
    content = receiver.requests[0].json()["markdown"]["content"]
    assert content.startswith("## vocloop 测试消息\n")  # the channel's language, not the CLI's
    assert "> **渠道**: ops" in content


def test_channel_test_reports_the_receivers_refusal(
    sqlite_url: str, data_dir: Path, receiver: Receiver
) -> None:
    receiver.reply = dingtalk_robot("SECright")
    run(
        sqlite_url,
        data_dir,
        "channels",
        "add",
        "--kind",
        "dingtalk",
        "--name",
        "ding",
        "--url",
        f"{receiver.base}/robot/send?access_token=t",
        "--secret",
        "SECwrong",
    )
    code, out, err = run(sqlite_url, data_dir, "channels", "test", "ding")
    assert (code, out) == (1, "")
    assert err.strip() == (
        "Error: Channel 'ding' did not take the test message: DingTalk refused the message: "
        "errcode 310000 (sign not match). Check the robot's security settings: the secret "
        "(SEC...), keywords and IP allow-list."
    )


@pytest.mark.parametrize(
    ("_case", "args", "error"),
    [
        (
            "kind",
            ["--kind", "telegram", "--name", "x", "--url", "https://t.example/x"],
            "Error: 'telegram' is not a channel kind: use one of wecom, dingtalk, feishu, slack, webhook, email.",
        ),
        (
            "http",
            ["--kind", "wecom", "--name", "x", "--url", "http://qyapi.example/send?key=k"],
            "Error: The WeCom webhook URL must use https://: over http:// its token travels in clear.",
        ),
        (
            "no key",
            ["--kind", "wecom", "--name", "x", "--url", "https://qyapi.example/send"],
            "Error: The WeCom webhook URL has no key=...; copy the whole URL the robot shows.",
        ),
        (
            "secret",
            [
                "--kind",
                "dingtalk",
                "--name",
                "x",
                "--url",
                "https://o.example/robot/send?access_token=t",
                "--secret",
                "abc",
            ],
            "Error: A DingTalk signing secret starts with SEC; copy it from the robot's security settings.",
        ),
        (
            "unsigned",
            ["--kind", "slack", "--name", "x", "--url", "https://h.example/s", "--secret", "s"],
            "Error: Slack webhooks are not signed (the URL is the credential); leave out --secret.",
        ),
        (
            "lang",
            ["--kind", "slack", "--name", "x", "--url", "https://h.example/s", "--lang", "fr"],
            "Error: 'fr' is not a channel language: use zh or en.",
        ),
        (
            "name",
            ["--kind", "slack", "--name", "Ops Team", "--url", "https://h.example/s"],
            "Error: 'Ops Team' cannot be a channel name: use lowercase letters, digits, '-' and '_'.",
        ),
        (
            "mail",
            ["--kind", "email", "--name", "x", "--url", "smtp://mail.example?to=a@b.example"],
            "Error: The mail URL needs from=<address> and to=<address>[,<address>...] in its query.",
        ),
        (
            "tenant",
            [
                "--kind",
                "slack",
                "--name",
                "x",
                "--url",
                "https://h.example/s",
                "--tenant",
                "nobody",
            ],
            "Error: There is no tenant 'nobody'; `vocloop tenants list` shows them.",
        ),
    ],
)
def test_bad_channel_is_refused_and_nothing_stored(
    sqlite_url: str, data_dir: Path, _case: str, args: list[str], error: str
) -> None:
    code, out, err = run(sqlite_url, data_dir, "channels", "add", *args)
    assert (code, out, err.strip()) == (1, "", error)
    assert stored_channels(sqlite_url, data_dir) == []


def test_same_name_twice_and_unknown_channel(sqlite_url: str, data_dir: Path) -> None:
    add = ["channels", "add", "--kind", "slack", "--name", "team", "--url", "https://h.example/s"]
    assert run(sqlite_url, data_dir, *add)[0] == 0
    code, _, err = run(sqlite_url, data_dir, *add)
    assert (code, err.strip()) == (1, "Error: Channel 'team' exists already in this tenant.")
    code, _, err = run(sqlite_url, data_dir, "channels", "test", "nope")
    assert (code, err.strip()) == (
        1,
        "Error: There is no channel 'nope'; `vocloop channels list` shows them.",
    )
    assert len(stored_channels(sqlite_url, data_dir)) == 1


def test_secret_key_setting_is_checked_and_required_to_read(
    sqlite_url: str, data_dir: Path, receiver: Receiver
) -> None:
    add = [
        "channels",
        "add",
        "--kind",
        "wecom",
        "--name",
        "ops",
        "--url",
        f"{receiver.base}/s?key=k",
    ]
    code, _, err = run(sqlite_url, data_dir, *add, key="changeme")
    assert code == 1 and err.startswith(
        "Error: VOCLOOP_SECRET_KEY is not a Fernet key (32 url-safe base64-encoded bytes);"
    )
    first = Fernet.generate_key().decode()
    assert run(sqlite_url, data_dir, *add, key=first)[0] == 0
    assert not (data_dir / "secret.key").exists()  # the configured key is used, no file made
    code, _, err = run(
        sqlite_url, data_dir, "channels", "test", "ops", key=Fernet.generate_key().decode()
    )
    assert (code, err.strip()) == (
        1,
        "Error: Channel 'ops' was saved with another secret key; set the original "
        "VOCLOOP_SECRET_KEY or add the channel again.",
    )
    assert run(sqlite_url, data_dir, "channels", "test", "ops", key=first)[0] == 0


def test_notify_deliver_and_list(db_url: str, data_dir: Path, receiver: Receiver) -> None:
    receiver.reply = wecom_robot
    run(
        db_url,
        data_dir,
        "channels",
        "add",
        "--kind",
        "wecom",
        "--name",
        "ops",
        "--url",
        f"{receiver.base}/s?key=k",
    )
    app = App.open(Settings(database_url=db_url, data_dir=data_dir))
    try:
        with app.sessions.begin() as session:
            tenant = get_tenant(session, "default")
            enqueue_notice(session, tenant_id=tenant.id, notice=alert_notice(), dedupe_key="a-1")
    finally:
        app.close()
    code, out, _ = run(db_url, data_dir, "notify", "deliver")
    assert (code, out.strip()) == (0, "Outbox: 1 sent, 0 to retry later, 0 given up.")
    code, out, _ = run(db_url, data_dir, "notify", "deliver", "--json", lang="zh")
    assert json.loads(out) == {
        "attempted": 0,
        "sent": 0,
        "retrying": 0,
        "failed": 0,
        "problems": [],
    }
    code, out, _ = run(db_url, data_dir, "notify", "list", "--json")
    (row,) = json.loads(out)
    assert {
        k: row[k]
        for k in ("channel", "kind", "severity", "dedupe_key", "status", "attempts", "last_error")
    } == {
        "channel": "ops",
        "kind": "return_rate",
        "severity": "high",
        "dedupe_key": "a-1",
        "status": "sent",
        "attempts": 1,
        "last_error": None,
    }
    code, out, _ = run(db_url, data_dir, "notify", "list", "--status", "pending", "--json")
    assert json.loads(out) == []
    code, _, err = run(db_url, data_dir, "notify", "list", "--status", "lost")
    assert (code, err.strip()) == (
        1,
        "Error: 'lost' is not an outbox status: use pending, sent or failed.",
    )


def test_chinese_errors_and_removing_a_channel(sqlite_url: str, data_dir: Path) -> None:
    code, _, err = run(
        sqlite_url,
        data_dir,
        "channels",
        "add",
        "--kind",
        "wecom",
        "--name",
        "x",
        "--url",
        "http://qyapi.example/send?key=k",
        lang="zh",
    )
    assert (code, err.strip()) == (
        1,
        "Error: WeCom webhook 地址必须以 https:// 开头:用 http:// 时令牌会明文传输。",
    )
    port = free_port()  # nothing listens: the notice waits in the outbox
    run(
        sqlite_url,
        data_dir,
        "channels",
        "add",
        "--kind",
        "wecom",
        "--name",
        "ops",
        "--url",
        f"http://127.0.0.1:{port}/s?key=k",
    )
    app = App.open(Settings(database_url=sqlite_url, data_dir=data_dir))
    try:
        with app.sessions.begin() as session:
            tenant = get_tenant(session, "default")
            enqueue_notice(session, tenant_id=tenant.id, notice=alert_notice(), dedupe_key="a-1")
    finally:
        app.close()
    code, out, _ = run(sqlite_url, data_dir, "notify", "deliver", lang="zh")
    assert out.splitlines() == [
        "发件箱:已发送 0 条,1 条稍后重试,0 条已放弃。",
        f"  #1 ops:无法连接 WeCom(127.0.0.1:{port}):连接被拒绝。",
    ]
    code, out, _ = run(sqlite_url, data_dir, "channels", "remove", "ops")
    assert (code, out.strip()) == (
        0,
        "Would remove channel 'ops' and 1 notices still waiting; add --yes to do it.",
    )
    assert len(stored_channels(sqlite_url, data_dir)) == 1
    code, out, _ = run(sqlite_url, data_dir, "channels", "remove", "ops", "--yes")
    assert (code, out.strip()) == (
        0,
        "Channel 'ops' removed, with 1 notices that were still waiting.",
    )
    assert stored_channels(sqlite_url, data_dir) == []
    code, out, _ = run(sqlite_url, data_dir, "notify", "list", "--json")
    assert json.loads(out) == []
    code, out, _ = run(sqlite_url, data_dir, "notify", "purge", "--older-than", "30", lang="zh")
    assert (code, out.strip()) == (0, "将删除 0 条超过 30 天的已发送或已放弃通知;加 --yes 执行。")


def test_every_channel_kind_is_documented() -> None:
    from vocloop.notify import CHANNEL_KINDS

    doc = (Path(__file__).parents[2] / "docs" / "notify.md").read_text(encoding="utf-8")
    assert [kind.name for kind in CHANNEL_KINDS if f"| `{kind.name}` |" not in doc] == []
    help_text = runner.invoke(cli_app, ["channels", "add", "--help"]).stdout
    assert all(f"{kind.name}: {kind.doc}" in " ".join(help_text.split()) for kind in CHANNEL_KINDS)
