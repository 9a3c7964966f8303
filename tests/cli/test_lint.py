"""`vocloop lint`: files and stdin, text and JSON output, exit codes, unreadable input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from vocloop.cli import app as cli_app

runner = CliRunner()
BAD_EN = "Thanks for buying!\nLove it? Leave us a 5-star review!\n"
CLEAN_EN = "Questions about setup? Scan the code for the guide.\n"
WARN_ONLY = "Join our newsletter for product news.\n"


def lint(*args: str, stdin: str | bytes | None = None, lang: str = "en") -> tuple[int, str]:
    result = runner.invoke(cli_app, ["--lang", lang, "lint", *args], input=stdin)
    return result.exit_code, result.output


def test_text_output_has_one_line_per_finding_with_position(tmp_path: Path) -> None:
    path = tmp_path / "insert.txt"
    path.write_text(BAD_EN, encoding="utf-8")
    code, out = lint(str(path))
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith(f"{path}:2:1: error REV-03 ")
    assert "[Love it?]" in lines[0]
    assert lines[1].startswith(f"{path}:2:21: error REV-01 ")
    assert "[5-star review]" in lines[1] and "Hint: " in lines[1]
    assert lines[2] == "1 file(s) checked: 2 error(s), 0 warning(s), 0 note(s)."


def test_clean_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "ok.txt"
    path.write_text(CLEAN_EN, encoding="utf-8")
    assert lint(str(path)) == (0, "1 file(s) checked: no policy problems found.\n")


def test_warnings_alone_exit_0(tmp_path: Path) -> None:
    path = tmp_path / "warn.txt"
    path.write_text(WARN_ONLY, encoding="utf-8")
    code, out = lint(str(path), "--json")
    assert code == 0
    assert [(r["rule"], r["severity"]) for r in json.loads(out)] == [("DIV-05", "warning")]


def test_json_lists_findings_of_several_files(tmp_path: Path) -> None:
    first, second, third = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    first.write_text(BAD_EN, encoding="utf-8")
    second.write_text(CLEAN_EN, encoding="utf-8")
    third.write_text("Bitte hinterlassen Sie uns eine 5-Sterne-Bewertung.", encoding="utf-8")
    code, out = lint(str(first), str(second), str(third), "--json")
    assert code == 1
    records = json.loads(out)
    assert [(r["file"], r["rule"]) for r in records] == [
        (str(first), "REV-03"),
        (str(first), "REV-01"),
        (str(third), "REV-01"),
    ]
    german = records[2]
    assert set(german) == {
        "file",
        "line",
        "column",
        "rule",
        "severity",
        "start",
        "end",
        "span",
        "message",
        "hint",
        "lang",
    }
    text = third.read_text(encoding="utf-8")
    assert text[german["start"] : german["end"]] == german["span"] == "5-Sterne"
    assert (german["line"], german["column"], german["lang"]) == (1, german["start"] + 1, "de")
    assert german["severity"] == "error" and german["message"].startswith("Asking for a positive")


def test_stdin_is_read_with_dash_and_named_stdin() -> None:
    code, out = lint("-", "--json", stdin="Write a review and get a free gift card.")
    assert code == 1
    assert [(r["file"], r["rule"]) for r in json.loads(out)] == [("<stdin>", "REV-02")]


def test_channel_changes_the_verdict() -> None:
    message = "The manual is at brand-help.com/x1."
    assert lint("-", "--channel", "insert", stdin=message)[0] == 0
    code, out = lint("-", "--channel", "amazon_message", "--json", stdin=message)
    assert code == 1
    assert "DIV-03" in {r["rule"] for r in json.loads(out)}


def test_text_language_option_and_output_language_option_together() -> None:
    code, out = lint("-", "--lang", "ja", stdin="星5のレビューをお願いします！", lang="zh")
    assert code == 1
    assert out.startswith("<stdin>:1:1:错误 REV-01 要求好评")
    assert out.splitlines()[-1] == "已检查 1 个文件:1 个错误,0 个警告,0 条提示。"


def test_cp932_and_utf16_files_are_decoded(tmp_path: Path) -> None:
    japanese = tmp_path / "jp.txt"
    japanese.write_bytes("レビュー投稿でギフト券プレゼント".encode("cp932"))
    utf16 = tmp_path / "de.txt"
    utf16.write_bytes(
        "Schreiben Sie eine Rezension und erhalten Sie ein Geschenk.".encode("utf-16")
    )
    code, out = lint(str(japanese), str(utf16), "--json")
    assert code == 1
    assert [(Path(str(r["file"])).name, r["rule"]) for r in json.loads(out)] == [
        ("jp.txt", "REV-02"),
        ("de.txt", "REV-02"),
    ]


def test_missing_file_is_one_error_line_and_nothing_else(tmp_path: Path) -> None:
    good = tmp_path / "ok.txt"
    good.write_text(BAD_EN, encoding="utf-8")
    missing = tmp_path / "nope.txt"
    code, out = lint(str(good), str(missing))
    assert code == 1
    assert out == f"Error: {missing}: no such file.\n"


def test_binary_file_and_folder_are_refused(tmp_path: Path) -> None:
    image = tmp_path / "card.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert lint(str(image)) == (1, f"Error: {image}: is not a text file; lint reads plain text.\n")
    assert lint(str(tmp_path)) == (
        1,
        f"Error: {tmp_path}: is a folder; give the text files to check.\n",
    )


def test_bad_options_are_one_error_line() -> None:
    assert lint("-", "--channel", "sms", stdin="x") == (
        1,
        "Error: --channel 'sms' is not one of insert, amazon_message, email, help_center, form.\n",
    )
    assert lint("-", "--lang", "pt", stdin="x") == (
        1,
        "Error: --lang 'pt' is not one of auto, en, de, fr, es, it, ja, zh.\n",
    )


def test_empty_input_has_no_findings() -> None:
    assert lint("-", stdin="") == (0, "1 file(s) checked: no policy problems found.\n")


def test_errors_speak_chinese_with_the_root_lang_option(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert lint(str(missing), lang="zh") == (1, f"Error: {missing}:文件不存在。\n")
    assert lint("-", "--channel", "sms", stdin="x", lang="zh") == (
        1,
        "Error: --channel「sms」无效,可选:insert, amazon_message, email, help_center, form。\n",
    )
