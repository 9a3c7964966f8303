"""Optional polishing of drafts by an OpenAI-compatible endpoint (a real HTTP fake on 127.0.0.1):
used only when configured, masked before sending, re-checked after, and never required."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.actions.chat_fake import KEY, ChatFake
from tests.actions.test_drafts import _asin_with_complaints
from vocloop.actions.drafts import Draft
from vocloop.actions.polish import PolishConfig, Polisher, polish_drafts
from vocloop.analysis.classify import Classifier
from vocloop.app import App
from vocloop.cli import app as cli_app
from vocloop.policy import check_as_dicts

runner = CliRunner()
TEMPLATE = "Quick start for the Travel Mug: 1. Unscrew the lid. 2. Rinse before first use."


@pytest.fixture
def fake() -> Iterator[ChatFake]:
    server = ChatFake().start()
    yield server
    server.stop()


def _draft(text: str = TEMPLATE, lang: str = "en") -> Draft:
    draft = Draft("quick_start", "usage_difficulty", lang, "hard to open", text, "快速入门:旅行杯")
    draft.findings = check_as_dicts(text, lang, "help_center")
    draft.checked = True
    return draft


def _polisher(fake: ChatFake, timeout: float = 5.0, key: str | None = KEY) -> Polisher:
    return Polisher(PolishConfig(fake.base, key, "test-model", timeout))


def test_polished_wording_replaces_the_template_when_it_passes_the_checker(
    fake: ChatFake,
) -> None:
    fake.answer = lambda text: (
        "Getting started with your Travel Mug: unscrew the lid, then rinse it."
    )
    drafts = polish_drafts([_draft()], _polisher(fake), check_as_dicts)
    assert drafts[0].polished and drafts[0].polish_note is None
    assert drafts[0].text.startswith("Getting started with your Travel Mug")
    assert drafts[0].ready
    sent = fake.requests[0]
    assert sent["model"] == "test-model"
    assert "English" in sent["messages"][0]["content"]
    assert sent["messages"][1]["content"] == TEMPLATE


def test_buyer_contact_details_are_masked_before_they_leave(fake: ChatFake) -> None:
    text = 'Buyers said: "mail me at jo.doe@example.com or +49 151 2345 6789, the lid sticks".'
    polish_drafts([_draft(text)], _polisher(fake), check_as_dicts)
    sent = fake.requests[0]["messages"][1]["content"]
    assert "jo.doe@example.com" not in sent and "2345" not in sent
    assert "[email]" in sent and "[phone]" in sent and "the lid sticks" in sent


def test_a_polished_text_that_breaks_policy_is_dropped_for_the_template(fake: ChatFake) -> None:
    fake.answer = lambda text: text + " Love it? Leave us a 5-star review!"
    draft = polish_drafts([_draft()], _polisher(fake), check_as_dicts)[0]
    assert draft.text == TEMPLATE and not draft.polished and draft.ready
    assert draft.polish_note is not None and "REV-01" in draft.polish_note


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        (lambda f: setattr(f, "delay", 1.5), "did not answer within 0.5 s"),
        (lambda f: setattr(f, "status", 500), "answered HTTP 500"),
        (lambda f: setattr(f, "raw", b'{"object": "error"}'), "did not send a chat completion"),
        (lambda f: setattr(f, "raw", b"<html>gateway</html>"), "did not send a chat completion"),
    ],
    ids=["timeout", "server_error", "not_a_completion", "not_json"],
)
def test_service_failures_keep_the_template_and_say_why_in_one_sentence(
    fake: ChatFake, setup: object, expected: str
) -> None:
    setup(fake)  # type: ignore[operator]
    draft = polish_drafts([_draft()], _polisher(fake, timeout=0.5), check_as_dicts)[0]
    assert draft.text == TEMPLATE and not draft.polished and draft.ready
    assert draft.polish_note is not None and expected in draft.polish_note
    assert draft.polish_note.count(". ") <= 1  # the reason, then "The template text is kept."


def test_a_refused_key_names_the_setting_to_check(fake: ChatFake) -> None:
    draft = polish_drafts([_draft()], _polisher(fake, key="wrong"), check_as_dicts)[0]
    assert draft.polish_note is not None and "VOCLOOP_POLISH_API_KEY" in draft.polish_note
    assert draft.text == TEMPLATE


def test_a_draft_held_back_by_the_checker_is_not_sent(fake: ChatFake) -> None:
    held = _draft("Love it? Leave us a 5-star review!")
    assert not held.ready
    polish_drafts([held], _polisher(fake), check_as_dicts)
    assert fake.requests == [] and not held.polished


def test_cli_polishes_only_when_configured(
    app: App,
    db_url: str,
    tmp_path: Path,
    classifier: Classifier,
    fake: ChatFake,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _asin_with_complaints(app, tmp_path, classifier)
    command = ["--db", db_url, "draft", "--asin", "B0FAKE0M01", "--kind", "faq", "--json"]
    plain = runner.invoke(cli_app, command)
    assert plain.exit_code == 0, plain.output
    assert not any(d["polished"] for d in json.loads(plain.stdout)) and fake.requests == []

    refused = runner.invoke(cli_app, [*command, "--polish"])
    assert refused.exit_code != 0 and "VOCLOOP_POLISH_URL" in refused.output

    fake.answer = lambda text: "FAQ (edited): " + text
    monkeypatch.setenv("VOCLOOP_POLISH_URL", fake.base)
    monkeypatch.setenv("VOCLOOP_POLISH_API_KEY", KEY)
    polished = runner.invoke(cli_app, command)
    assert polished.exit_code == 0, polished.output
    drafts = json.loads(polished.stdout)
    assert drafts and all(d["polished"] and d["text"].startswith("FAQ (edited): ") for d in drafts)
    assert all(d["ready"] for d in drafts)

    skipped = runner.invoke(cli_app, [*command, "--no-polish"])
    assert not any(d["polished"] for d in json.loads(skipped.stdout))
