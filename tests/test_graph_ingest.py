"""Ingest semantics on every backend: incremental by checksum, atomic replace, removal
keeping documents other files cite. Each test starts from an empty store (on the
SPARQL server: all cancu graphs dropped), so these live apart from the module-scoped
stores of the query tests."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from cancu.errors import NotFoundError
from cancu.graph import impact, open_store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
SPARQL_URL = os.environ.get("CANCU_TEST_SPARQL_URL")
BACKEND_PARAMS = [
    "memory", "oxigraph",
    pytest.param("sparql", marks=[pytest.mark.sparql_server, pytest.mark.skipif(
        not SPARQL_URL, reason="CANCU_TEST_SPARQL_URL unset: no SPARQL server (.ci/run starts Virtuoso)")]),
]


def fresh_store(backend: str, tmp_path_factory):
    if backend == "sparql":
        s = open_store(backend="sparql", endpoint=SPARQL_URL)
        s.clear_cancu()
        return s
    return open_store(tmp_path_factory.mktemp("store") if backend == "oxigraph" else None, backend=backend)


@pytest.mark.parametrize("backend", BACKEND_PARAMS)
def test_reingest_is_incremental_and_replaces(backend, tmp_path, tmp_path_factory):
    s = fresh_store(backend, tmp_path_factory)
    src = tmp_path / "plan.txt"
    shutil.copy(EXAMPLES / "003_7d26c286be1eb3a6.txt", src)
    assert s.ingest_file(src) == "added"
    n = len(s)
    assert s.ingest_file(src) == "unchanged"
    src.write_text(src.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert s.ingest_file(src) == "replaced"
    graphs = s.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a cc:SourceFile } }")
    assert len(graphs) == 1 and abs(len(s) - n) < 5
    assert impact(s, "91-KL/TU")["counts"]["tasks"] > 40  # the lineage closure follows the new graph


@pytest.mark.parametrize("backend", BACKEND_PARAMS)
def test_remove_keeps_nodes_other_files_cite(backend, tmp_path_factory):
    s = fresh_store(backend, tmp_path_factory)
    s.ingest_paths([EXAMPLES])
    assert s.remove_file(EXAMPLES / "000_b4f8ce09866c4c17.txt")
    # 91-KL/TU is cited by the city plan (003) too: still there, still impacting that plan
    r = impact(s, "91-KL/TU")
    assert [d["symbol"] for d in r["documents"]] == ["298/KH-UBND"]
    # 76/NQ-CP was cited only by the ward decision: gone with its file
    with pytest.raises(NotFoundError):
        impact(s, "76/NQ-CP")


@pytest.mark.parametrize("backend", BACKEND_PARAMS)
def test_byte_identical_copies_are_one_source_and_a_second_run_adds_nothing(backend, tmp_path, tmp_path_factory):
    from cancu.graph.ingest import ingest_paths, source_named

    s = fresh_store(backend, tmp_path_factory)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):  # three names, one content
        shutil.copy(EXAMPLES / "003_7d26c286be1eb3a6.txt", folder / name)
    first = ingest_paths(s, [folder])
    assert len(first.added) == 1 and len(first.copies) == 2 and not first.failed
    n, graphs = len(s), s.graphs()
    for _ in range(2):  # converges: nothing added, replaced or copied again, nothing written
        again = ingest_paths(s, [folder])
        assert len(again.unchanged) == 3 and not (again.added or again.replaced or again.copies)
        assert len(s) == n and s.graphs() == graphs
    src = source_named(s, str((folder / "b.txt").resolve()))
    assert src is not None and len(src.names) == 3
    # removing one name keeps the source for the others; changing one gives it its own graph
    assert s.remove_file(folder / "a.txt")
    assert source_named(s, str((folder / "b.txt").resolve())).names == tuple(
        sorted(str((folder / x).resolve()) for x in ("b.txt", "c.txt")))
    (folder / "c.txt").write_text((folder / "c.txt").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert s.ingest_file(folder / "c.txt") == "replaced"
    assert source_named(s, str((folder / "b.txt").resolve())).names == (str((folder / "b.txt").resolve()),)
    assert len(s.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a cc:SourceFile } }")) == 2
    assert s.remove_file(folder / "b.txt") and s.remove_file(folder / "c.txt")
    assert s.select("SELECT ?g WHERE { GRAPH ?g { ?g a cc:SourceFile } }") == []


def _nquads(n: int, bnode_every: int = 0) -> bytes:
    lines = []
    for k in range(n):
        s = f"_:b{k % 7}" if bnode_every and k % bnode_every == 0 else f"<https://w3id.org/cancu/id/doc/x/{k}>"
        lines.append(f'{s} <https://w3id.org/cancu/ontology#text> "Nhiệm vụ {k}: triển khai" '
                     f"<https://w3id.org/cancu/id/source/{k % 13}> .")
    return ("\n".join(lines) + "\n").encode("utf-8")


def test_bulk_load_in_parts_stores_what_one_load_stores(tmp_path):
    data = _nquads(30_000)  # > 1 MB, so it is cut into parts
    assert len(data) > 1 << 20
    whole, parts = open_store(tmp_path / "a"), open_store(tmp_path / "b")
    whole.bulk_load(data, parts=1)
    parts.bulk_load(data, parts=3)
    assert len(parts) == len(whole) == 30_000
    assert set(parts.ox) == set(whole.ox)


def test_bulk_load_keeps_blank_nodes_of_one_document_together(tmp_path):
    data = _nquads(30_000, bnode_every=10)  # _:b0 … _:b6 recur all through the document
    s = open_store(tmp_path / "st")
    s.bulk_load(data, parts=3)
    assert len({q.subject for q in s.ox if q.subject.__class__.__name__ == "BlankNode"}) == 7


def test_bulk_load_of_bad_input_raises(tmp_path):
    data = _nquads(30_000) + b"<not a quad\n" + _nquads(10)
    with pytest.raises(SyntaxError):
        open_store(tmp_path / "st").bulk_load(data, parts=3)
