"""One read path (issue 13), checked on the source: queries live in ``.rq`` files and nothing
outside the store backends reaches into a store's own attributes.

A rule that only a reviewer remembers erodes; these read the package's syntax trees, so a
query pasted back into a route or a ``store.ox`` in a view fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: the backends own their engines; the query worker opens its own read-only engine
BACKENDS = ("graph/store/", "api/query_worker.py")
INTERNALS = {"ox", "_select_raw", "_index_holder"}
#: a query: SELECT/CONSTRUCT/DESCRIBE … WHERE, ASK {, DELETE/INSERT {, … WHERE {
QUERY = re.compile(r"(?is)\b(SELECT|CONSTRUCT|DESCRIBE)\b[^\"]*\bWHERE\b|\bASK\s*\{|\b(INSERT|DELETE)\s*\{|"
                   r"\bWHERE\s*\{")
#: strings that may look like queries outside .rq files, each with its reason
ALLOWED = {
    # counts the rows of an index scan as it stands (a sub-select of the .rq scan), to see
    # whether a server cut the answer short
    ("graph/index.py", "SELECT (COUNT(*) AS ?n) WHERE {\n"),
}


def modules() -> list[tuple[str, ast.Module]]:
    out = []
    for p in sorted(ROOT.rglob("*.py")):
        rel = p.relative_to(ROOT).as_posix()
        if rel.split("/")[0] in {"tests", "benchmarks", "scripts", "build", "docs"} or "/." in "/" + rel:
            continue
        out.append((rel, ast.parse(p.read_text(encoding="utf-8"))))
    return out


def docstrings(tree: ast.Module) -> set[int]:
    kinds = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    return {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, kinds) and n.body
            and isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant)}


def test_the_package_is_read():
    names = {rel for rel, _ in modules()}
    assert {"graph/reader.py", "api/routes/rest.py", "viz/graphs.py", "graph/store/base.py"} <= names


def test_nothing_outside_the_backends_reaches_into_a_store():
    found = [f"{rel}:{n.lineno} .{n.attr}" for rel, tree in modules() if not rel.startswith(BACKENDS)
             for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr in INTERNALS]
    assert found == []


def test_every_query_is_a_rq_file():
    # SPARQL Update carrying data (INSERT DATA / DELETE DATA of serialised triples) is data,
    # not a query: the pattern above does not match it
    found = []
    for rel, tree in modules():
        if rel.startswith(BACKENDS):
            continue
        docs = docstrings(tree)
        for n in ast.walk(tree):
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs \
                    and QUERY.search(n.value) and (rel, n.value) not in ALLOWED:
                found.append(f"{rel}:{n.lineno} {n.value[:60]!r}")
    assert found == []


@pytest.mark.parametrize("text", ["SELECT ?s WHERE { ?s ?p ?o }", "ASK { ?s ?p ?o }",
                                  "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                  "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <"])
def test_the_query_pattern_sees_queries(text):
    assert QUERY.search(text)


@pytest.mark.parametrize("text", ["INSERT DATA { GRAPH <", "DELETE DATA { ", "select a file"])
def test_the_query_pattern_leaves_data_and_prose(text):
    assert not QUERY.search(text)
