"""The learned second opinion: it flags a way off Amazon no rule words, as a warning, and only then."""

from __future__ import annotations

from vocloop.policy import Severity, check_text, is_flagged

OFF_AMAZON = "Drop us a line on Telegram at homely_help and we will sort it out without Amazon."
CARE = "Keep the lamp dry and unplug it before cleaning with a soft cloth."


def test_model_flags_what_the_rules_miss_as_a_warning_on_its_sentence() -> None:
    assert not is_flagged(check_text(OFF_AMAZON, "en", "insert", learned=False))
    [finding] = check_text(OFF_AMAZON, "en", "insert")
    assert finding.severity is Severity.WARNING  # a judgement asks for sign-off, never blocks
    assert finding.rule.startswith("DIV-")
    assert finding.span == OFF_AMAZON[finding.start : finding.end] == OFF_AMAZON
    assert "learned model" in finding.message
    [chinese] = check_text(OFF_AMAZON, "en", "insert", output_lang="zh")
    assert "学习模型" in chinese.message


def test_model_stays_quiet_on_plain_help_and_when_rules_already_flag() -> None:
    assert check_text(CARE, "en", "insert") == []
    asked = "Please leave us a 5-star review on Amazon!"
    assert not any("learned model" in f.message for f in check_text(asked, "en", "insert"))
