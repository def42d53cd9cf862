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
