"""The graph on the two bundled seeds (identity, resolution, lineage, trace and impact), on every backend.

The same tests run on the in-memory and on-disk Oxigraph stores and, when
.ci/run started Virtuoso (CANCU_TEST_SPARQL_URL), on the SPARQL backend.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cancu.cli import app
from cancu.errors import NotFoundError, UnknownBackendError
from cancu.graph import identity as idn
from cancu.graph import impact, open_store, trace

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
        s.clear_cancu()  # the server is shared by the whole test run
        return s
    return open_store(tmp_path_factory.mktemp("store") if backend == "oxigraph" else None, backend=backend)


@pytest.fixture(scope="module", params=BACKEND_PARAMS)
def store(request, tmp_path_factory):
    s = fresh_store(request.param, tmp_path_factory)
    report = s.ingest_paths([EXAMPLES])
    assert len(report.added) == 2
    return s


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """Answers of the in-memory store, to compare every backend with."""
    s = open_store(backend="memory")
    s.ingest_paths([EXAMPLES])
    return s


def test_trace_ward_task_names_national_and_provincial_basis(store):
    t = trace(store, "Xây dựng Trang thông tin điện tử phường")
    assert t["target"]["type"] == "task"
    national = {d["symbol"] or d["title"] for d in t["basis"]["national"]}
    provincial = {(d["symbol"], d["issuer"]) for d in t["basis"]["provincial"]}
    assert "76/NQ-CP" in national
    # the seed cites the law by name and date: the node is the law's number, and keeps its name
    assert "72/2025/QH15" in national
    law = next(d for d in t["basis"]["national"] if d["symbol"] == "72/2025/QH15")
    assert law["title"] == "Luật Tổ chức Chính quyền địa phương"
    assert ("311/QĐ-UBND", "UBND tỉnh Khánh Hòa") in provincial
    assert ("91-KL/TU", "Ban Thường vụ Tỉnh ủy Khánh Hòa") in provincial
    # every document hop carries the sentence it was read from
    for h in t["hops"]:
        assert h["evidence"] and h["evidence"]["sentence"], h
        assert h["evidence"]["span"] is None or h["evidence"]["span"][0] < h["evidence"]["span"][1]
    hop = next(h for h in t["hops"] if h["to"].endswith("76-nq-cp"))
    assert "Căn cứ Nghị quyết số 76/NQ-CP" in hop["evidence"]["sentence"]


def test_impact_of_party_conclusion_reaches_both_plans(store):
    r = impact(store, "91-KL/TU")
    plans = {d["symbol"] or d["title"] for d in r["documents"]}
    assert "298/KH-UBND" in plans  # the 2023 city plan
    assert any("phường Bắc Nha Trang năm 2025" in (p or "") for p in plans)  # the 2025 ward plan
    docs_with_tasks = {t["document"] for t in r["tasks"]}
    assert len(docs_with_tasks) == 2
    assert r["counts"]["tasks"] == len(r["tasks"]) >= 80


def test_cited_document_is_one_node_across_files(store):
    # 91-KL/TU is cited by both seeds, once as "Ban Thường vụ Tỉnh ủy" (resolved) and once in full
    rows = store.select('SELECT DISTINCT ?d WHERE { ?d cc:symbol "91-KL/TU" }')
    assert len(rows) == 1
    # 82-KH/TU: "Ban Thường vụ Thành ủy" (ward plan) and "Thành ủy Nha Trang" (city plan)
    rows = store.select('SELECT DISTINCT ?d WHERE { ?d cc:symbol "82-KH/TU" }')
    assert len(rows) == 1


def test_symbols_are_not_identities():
    a = idn.doc_iri(issuer="UBND tỉnh Khánh Hòa", kind="Quyết định", date="2025-07-15", symbol="311/QĐ-UBND",
                    title=None)
    b = idn.doc_iri(issuer="UBND tỉnh Đồng Nai", kind="Quyết định", date="2025-07-15", symbol="311/QĐ-UBND", title=None)
    c = idn.doc_iri(issuer="Ủy ban nhân dân tỉnh Khánh Hoà", kind="Quyết định", date="2025-07-15", symbol="311/QĐ-UBND",
                    title=None)
    assert a != b and a == c


def test_levels_follow_the_issuer():
    assert idn.level_of("Chính phủ") == "national"
    assert idn.level_of("UBND tỉnh Khánh Hòa") == "provincial"
    assert idn.level_of("Ban Thường vụ Tỉnh ủy Khánh Hòa") == "provincial"
    assert idn.level_of("UBND phường Bắc Nha Trang") == "commune"
    assert idn.level_of("UBND thành phố Nha Trang") == "district"
    assert idn.level_of("UBND Thành phố Hà Nội") == "provincial"


def test_bad_file_changes_nothing(tmp_path):
    s = open_store(tmp_path / "st")
    s.ingest_paths([EXAMPLES / "003_7d26c286be1eb3a6.txt"])
    n = len(s)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00binary")
    report = s.ingest_paths([bad])
    assert str(bad) in report.failed and len(s) == n


def test_unknown_id_and_backend_are_clear_errors(store):
    with pytest.raises(NotFoundError):
        trace(store, "999/QĐ-UBND")
    with pytest.raises(UnknownBackendError, match="valid backends"):
        open_store(None, backend="nope")


def test_cli_trace_and_impact_json(tmp_path):
    runner = CliRunner()
    st = str(tmp_path / "st")
    assert runner.invoke(app, ["--store", st, "ingest", str(EXAMPLES)]).exit_code == 0
    r = runner.invoke(app, ["--store", st, "trace", "Xây dựng Trang thông tin điện tử phường", "--format", "json"])
    assert r.exit_code == 0 and "76/NQ-CP" in r.stdout
    r = runner.invoke(app, ["--store", st, "impact", "91-KL/TU", "--format", "table"])
    assert r.exit_code == 0 and "298/KH-UBND" in r.stdout


def _canon(x):
    return json.dumps(x, sort_keys=True, ensure_ascii=False)


def test_fast_and_naive_forms_agree_and_backends_agree(store, reference):
    for q in ("Xây dựng Trang thông tin điện tử phường", "Đổi mới phương thức đánh giá cán bộ"):
        fast = trace(store, q)
        assert _canon(fast) == _canon(trace(store, q, naive=True))
        assert _canon(fast) == _canon(trace(reference, q))
    for q in ("91-KL/TU", "76/NQ-CP", "298/KH-UBND"):
        fast = impact(store, q)
        assert _canon(fast) == _canon(impact(store, q, naive=True))
        assert _canon(fast) == _canon(impact(reference, q))


def test_impact_limit_keeps_counts_and_order(store):
    full = impact(store, "91-KL/TU")
    cut = impact(store, "91-KL/TU", limit=5)
    assert cut["tasks"] == full["tasks"][:5] and cut["truncated"] and not full["truncated"]
    assert cut["counts"] == full["counts"] and cut["agencies"] == full["agencies"]
    assert cut["documents"] == full["documents"]
