"""A new alert reaches the team's chat once, in the channel's language, with the buyer's words."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tests.factories import import_paths, returns_line, write_returns
from tests.notify.conftest import Receiver, free_port, wecom_robot
from vocloop.app import App
from vocloop.cli import app as cli_app

runner = CliRunner()


def test_a_safety_alert_is_sent_to_wecom_in_chinese_exactly_once(
    app: App, db_url: str, tmp_path: Path
) -> None:
    hazard = "The charger sparked and started to smoke, it nearly caught fire."
    path = write_returns(tmp_path / "r.txt", [returns_line(1, comment=hazard)])
    import_paths(app, path, marketplace="US")
    robot = Receiver(free_port(), wecom_robot).start()
    env = {"VOCLOOP_DATA_DIR": str(tmp_path / "data")}
    base = ["--db", db_url, "--lang", "en"]
    try:
        added = runner.invoke(
            cli_app,
            [
                *base,
                "channels",
                "add",
                "--kind",
                "wecom",
                "--name",
                "ops",
                "--lang",
                "zh",
                "--url",
                f"{robot.base}/cgi-bin/webhook/send?key=abc",
            ],
            env=env,
        )
        assert added.exit_code == 0, added.output
        first = runner.invoke(cli_app, [*base, "analyze", "--json"], env=env)
        assert first.exit_code == 0, first.output
        assert json.loads(first.stdout)["notifications"]["sent"] == 1
        again = runner.invoke(cli_app, [*base, "analyze", "--json"], env=env)
        assert json.loads(again.stdout)["notifications"] is None  # nothing new to say
    finally:
        robot.stop()
    assert len(robot.requests) == 1
    content = robot.requests[0].json()["markdown"]["content"]
    assert "安全投诉" in content and "B0FAKE0M01" in content
    assert "sparked" in content  # the customer's own words travel with the alert
