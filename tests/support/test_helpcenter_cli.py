"""`vocloop helpcenter export|import` through the real command line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from vocloop.cli import app as cli_app

runner = CliRunner()


def _run(base: list[str], *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli_app, [*base, *args])
    return result.exit_code, result.stdout, result.stderr


def test_export_import_round_trip_and_a_refused_file_changes_nothing(tmp_path: Path) -> None:
    base = ["--db", f"sqlite:///{tmp_path / 'v.db'}", "--lang", "en"]
    assert _run(base, "tenants", "add", "shop")[0] == 0
    for slug, langs in (("homely", "en,de"), ("homely-eu", "de,en")):
        code, _, err = _run(
            base, "brands", "add", slug, "--tenant", "shop", "--name", "Homely", "--lang", langs
        )
        assert code == 0, err
    assert _run(base, "brands", "add-product", "homely", "B0KETTLE01", "--tenant", "shop",
                "--name", "Kettle")[0] == 0  # fmt: skip
    page = {"title": "Kettle", "faq": [{"question": "Milk?", "answer": "Water only."}]}
    source = tmp_path / "in.json"
    source.write_text(
        json.dumps(
            {
                "format": "vocloop-helpcenter",
                "version": 1,
                "brand": "homely",
                "products": [{"asin": "B0KETTLE01", "pages": {"en": page}}],
            }
        ),
        encoding="utf-8",
    )
    code, out, err = _run(base, "helpcenter", "import", str(source), "--tenant", "shop")
    assert code == 0, err
    assert "Imported 1 pages into brand homely (0 products added, 0 files)." in out
    exported = tmp_path / "out.json"
    code, out, err = _run(
        base, "helpcenter", "export", "homely", "--tenant", "shop", "--out", str(exported)
    )
    assert code == 0, err
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["products"] == [
        {
            "asin": "B0KETTLE01",
            "name": "Kettle",
            "pages": {
                "en": {
                    "title": "Kettle",
                    "intro": "",
                    "steps": [],
                    "video_url": None,
                    "troubleshooting": [],
                    "faq": [{"question": "Milk?", "answer": "Water only."}],
                    "manual": None,
                }
            },
        }
    ]
    code, out, err = _run(
        base, "helpcenter", "import", str(exported), "--tenant", "shop", "--brand", "homely-eu"
    )
    assert code == 0, err
    assert "Imported 1 pages into brand homely-eu (1 products added, 0 files)." in out
    # A file with a review ask anywhere is refused whole, with one Error: line.
    data["products"][0]["pages"]["de"] = {
        "intro": "Bitte hinterlassen Sie uns eine 5-Sterne-Bewertung."
    }
    data["products"][0]["pages"]["en"]["title"] = "Changed title"
    exported.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = _run(
        base, "helpcenter", "import", str(exported), "--tenant", "shop", "--brand", "homely-eu"
    )
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: The help page was not saved: intro says")
    assert "(REV-01)" in lines[0]
    code, out, _ = _run(base, "helpcenter", "export", "homely-eu", "--tenant", "shop")
    again = json.loads(out)
    assert again["products"][0]["pages"]["en"]["title"] == "Kettle"
    assert set(again["products"][0]["pages"]) == {"en"}
    # Not JSON at all.
    source.write_text("{not json", encoding="utf-8")
    code, _, err = _run(base, "helpcenter", "import", str(source), "--tenant", "shop")
    assert code == 1 and err.startswith(f"Error: {source} is not a JSON file")
