"""No module defines the same function or class twice at one level.

ruff's F811 only sees a second definition when the first was never used in between; a
module-level helper defined again further down, after callers of the first, silently replaces it
for every caller (a run-in deadline regex once took the name of an existing function and broke
its callers; only a test that happened to reach them noticed). This reads the syntax trees of the
package, the benchmarks and the scripts.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: decorators under which one name is meant to be defined several times
REPEATABLE = {"overload", "setter", "getter", "deleter", "register"}


def redefined(tree: ast.Module) -> list[str]:
    """Names of functions and classes defined more than once in one body (module or class)."""
    out = []

    def scan(body: list[ast.stmt], where: str) -> None:
        seen: Counter[str] = Counter()
        for n in body:
            if not isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue
            decorators = {getattr(d, "attr", None) or getattr(d, "id", None) for d in n.decorator_list}
            if decorators & REPEATABLE:
                continue
            seen[n.name] += 1
            if isinstance(n, ast.ClassDef):
                scan(n.body, f"{where}{n.name}.")
        out.extend(f"{where}{name}" for name, k in seen.items() if k > 1)

    scan(tree.body, "")
    return out


def sources() -> list[Path]:
    out = []
    for p in sorted(ROOT.rglob("*.py")):
        parts = p.relative_to(ROOT).parts
        if parts[0] not in {"tests", "build"} and not any(x.startswith(".") for x in parts):
            out.append(p)
    return out


def test_the_sources_are_read():
    names = {p.relative_to(ROOT).as_posix() for p in sources()}
    assert {"loaders/tasks/prose.py", "graph/reader.py", "benchmarks/extract_quality.py"} <= names


def test_no_function_or_class_is_defined_twice():
    found = [f"{p.relative_to(ROOT).as_posix()}: {name}"
             for p in sources() for name in redefined(ast.parse(p.read_text(encoding="utf-8")))]
    assert found == []


@pytest.mark.parametrize("src, names", [
    # the shadowing this guards against: a helper used, then defined again under the same name
    ("def rx():\n    return 1\n\nX = rx()\n\ndef rx():\n    return 2\n", ["rx"]),
    ("class A:\n    def f(self): ...\n    def f(self): ...\n", ["A.f"]),
    # a property's setter and typing overloads repeat a name on purpose
    ("class A:\n    @property\n    def f(self): ...\n    @f.setter\n    def f(self, v): ...\n", []),
    ("from typing import overload\n@overload\ndef f(x: int) -> int: ...\ndef f(x): return x\n", []),
])
def test_redefined_sees_a_second_definition(src, names):
    assert redefined(ast.parse(src)) == names
