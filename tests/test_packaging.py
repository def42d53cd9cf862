"""The repository root maps to the package `cancu`; every sub-package must be listed."""

from __future__ import annotations

from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent
NOT_INSTALLED = {"tests", "benchmarks", "scripts", "docs", "examples", ".venv", "build", ".git"}


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_root_is_mapped_to_cancu():
    tool = _pyproject()["tool"]["setuptools"]
    assert tool["package-dir"] == {"cancu": "."}


def _installed_folders():
    """Folders under the root that a wheel must carry: (code packages, data folders)."""
    code, data = set(), set()
    for folder in [ROOT, *sorted(p for p in ROOT.rglob("*") if p.is_dir())]:
        rel = folder.relative_to(ROOT)
        if rel.parts and (rel.parts[0] in NOT_INSTALLED - {"examples"} or rel.parts[0].endswith(".egg-info")):
            continue
        if any(part.startswith(".") or part == "__pycache__" for part in rel.parts):
            continue
        name = ".".join(("cancu", *rel.parts))
        if (folder / "__init__.py").exists():
            code.add(name)
        elif any(f.is_file() for f in folder.iterdir()):
            data.add(name)
    return code, data


def test_every_subpackage_and_data_folder_is_listed_and_nothing_else():
    """setuptools installs a data folder as a package of its own; one left out of `packages`
    is what printed "Package would be ignored" ~600 lines long on every first run."""
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    code, data = _installed_folders()
    assert code | data == listed, f"add to / remove from pyproject packages: {(code | data) ^ listed}"


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
    tool = _pyproject()["tool"]["setuptools"]
    data = tool["package-data"]
    listed = set(tool["packages"])
    missing = []
    for pkg in listed:
        folder = ROOT.joinpath(*pkg.split(".")[1:])
        for f in folder.iterdir():
            if not f.is_file() or f.suffix in (".py", ".pyc"):
                continue
            if pkg == "cancu" and f.name in ("pyproject.toml", "README.md", "LICENSE", ".gitignore", ".git"):
                continue
            if not any(_matches(f.name, pat) for pat in data.get(pkg, [])):
                missing.append(f"{pkg}: {f.name}")
    assert not missing, "add to [tool.setuptools.package-data]: " + ", ".join(missing[:20])
