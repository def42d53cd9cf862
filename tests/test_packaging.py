"""The repository root maps to the package `cancu`; every sub-package must be listed."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOT_INSTALLED = {"tests", "benchmarks", "scripts", "docs", "examples", ".venv", "build", ".git"}


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_root_is_mapped_to_cancu():
    tool = _pyproject()["tool"]["setuptools"]
    assert tool["package-dir"] == {"cancu": "."}


def test_every_subpackage_is_listed_and_nothing_else():
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {"cancu"}
    for init in ROOT.rglob("__init__.py"):
        rel = init.parent.relative_to(ROOT)
        if rel.parts and rel.parts[0] in NOT_INSTALLED:
            continue
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        if rel.parts:
            found.add("cancu." + ".".join(rel.parts))
    assert found == listed, f"add to / remove from pyproject packages: {found ^ listed}"


def test_no_test_or_tool_folder_is_a_package():
    for name in ("tests", "benchmarks", "scripts"):
        assert not (ROOT / name / "__init__.py").exists(), name
