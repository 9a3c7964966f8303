"""Every setting, CLI command and report kind is documented where a user looks."""

from __future__ import annotations

from pathlib import Path

import click
import typer

from vocloop.cli import app
from vocloop.config import SETTING_NAMES
from vocloop.sources.reports import REPORT_KINDS

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
IMPORT_DOC = (ROOT / "docs" / "import.md").read_text(encoding="utf-8")


def command_paths() -> list[str]:
    root = typer.main.get_command(app)
    assert isinstance(root, click.Group)
    paths = []
    for name, command in root.commands.items():
        if isinstance(command, click.Group):
            paths.extend(f"{name} {sub}" for sub in command.commands)
        else:
            paths.append(name)
    return paths


def test_every_setting_is_in_the_readme() -> None:
    assert [name for name in SETTING_NAMES if name not in README] == []


def test_every_command_is_in_the_readme() -> None:
    missing = [
        path
        for path in command_paths()
        if f"vocloop {path}" not in README and path.split()[-1] not in README
    ]
    assert missing == []


def test_every_report_kind_is_documented() -> None:
    assert [kind.name for kind in REPORT_KINDS if f"`{kind.name}`" not in IMPORT_DOC] == []


def test_readme_has_the_two_fresh_machine_commands() -> None:
    assert "vocloop demo" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(line for line in ci.splitlines() if line.startswith("python3 -m venv"))
    assert test_command in README


def test_every_message_key_used_exists_in_both_languages() -> None:
    import re

    from vocloop.i18n import MESSAGES

    used = set()
    for path in (ROOT / "src" / "vocloop").rglob("*.py"):
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_]+)["']""", path.read_text("utf-8")))
    assert used, "the scan must find the CLI's message keys"
    assert sorted(used - set(MESSAGES)) == []
    assert all(english and chinese for english, chinese in MESSAGES.values())
