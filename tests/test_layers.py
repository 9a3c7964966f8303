"""Imports point the way STYLE.md says: domain code never reaches the front doors or private modules."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[1] / "src" / "vocloop"
FRONT_DOORS = ("vocloop.cli", "vocloop.web", "vocloop.jobs")
FRAMEWORKS = ("typer", "click", "fastapi", "starlette", "rich")
# package -> vocloop packages it must not import
FORBIDDEN = {
    "store": (
        "vocloop.sources",
        "vocloop.analysis",
        "vocloop.actions",
        "vocloop.support",
        "vocloop.demo",
        "vocloop.app",
    ),
    "sources": (
        "vocloop.analysis",
        "vocloop.actions",
        "vocloop.support",
        "vocloop.demo",
        "vocloop.app",
    ),
    "demo": ("vocloop.app",),
}


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path}: relative import (absolute imports only)"
            names.append(node.module or "")
    return names


def package_of(path: Path) -> str:
    return path.relative_to(SRC).parts[0].removesuffix(".py")


def test_domain_code_never_imports_front_doors_or_frameworks() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        package = package_of(path)
        if package in ("cli", "web", "jobs", "__main__"):
            continue
        for name in imports_of(path):
            if name.startswith(FRONT_DOORS) or name.split(".")[0] in FRAMEWORKS:
                offenders.append(f"{path.relative_to(SRC)} imports {name}")
            for banned in FORBIDDEN.get(package, ()):
                if name == banned or name.startswith(banned + "."):
                    offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_private_modules_are_imported_only_by_their_own_package() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        own = ".".join(("vocloop", *path.relative_to(SRC).parent.parts))
        for name in imports_of(path):
            parts = name.split(".")
            private = [
                i for i, part in enumerate(parts) if part.startswith("_") and part != "__future__"
            ]
            if private and name.startswith("vocloop."):
                owner = ".".join(parts[: private[0]])
                if own != owner:
                    offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_modules_stay_small_and_say_what_they_own() -> None:
    for path in SRC.rglob("*.py"):
        if "migrations" in path.parts:
            continue  # generated schema steps, long by nature
        text = path.read_text(encoding="utf-8")
        if path.name != "__init__.py" or text.strip():
            assert ast.get_docstring(ast.parse(text)), f"{path.relative_to(SRC)} has no docstring"
        assert text.count("\n") <= 450, f"{path.relative_to(SRC)} is over 450 lines"
