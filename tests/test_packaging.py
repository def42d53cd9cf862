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


def _matches(rel: str, pattern: str) -> bool:
    """setuptools package-data glob: '**' spans folders, '*' stays within one."""
    import re

    rx = re.escape(pattern).replace(r"\*\*/", "(?:.*/)?").replace(r"\*\*", ".*").replace(r"\*", "[^/]*")
    return re.fullmatch(rx, rel) is not None


def test_every_data_file_of_a_package_is_declared():
    """A data file (template, query, table, vendored asset) left out of package-data works
    in the repository but is missing from an installed wheel."""
    data = _pyproject()["tool"]["setuptools"]["package-data"]
    missing = []
    for pkg in _pyproject()["tool"]["setuptools"]["packages"]:
        folder = ROOT.joinpath(*pkg.split(".")[1:])
        subpackages = {p.parent for p in folder.rglob("__init__.py") if p.parent != folder}
        for f in folder.rglob("*"):
            if not f.is_file() or f.suffix in (".py", ".pyc") or "__pycache__" in f.parts:
                continue
            rel_parts = f.relative_to(folder).parts
            if rel_parts[0] in NOT_INSTALLED or rel_parts[0].startswith("."):
                continue
            if pkg == "cancu" and len(rel_parts) > 1:
                continue  # a sub-package's own file; checked under that package
            if any(sp in f.parents for sp in subpackages):
                continue
            rel = "/".join(rel_parts)
            if pkg == "cancu" and rel in ("pyproject.toml", "README.md", "LICENSE"):
                continue
            if not any(_matches(rel, pat) for pat in data.get(pkg, [])):
                missing.append(f"{pkg}: {rel}")
    assert not missing, "add to [tool.setuptools.package-data]: " + ", ".join(missing[:20])
