"""The graph on the two bundled seeds: the Done-when of issue 5 on the embedded store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cancu.cli import app
from cancu.errors import NotFoundError, UnknownBackendError
from cancu.graph import impact, open_store, trace
from cancu.graph import identity as idn

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.fixture(scope="module", params=["memory", "oxigraph"])
def store(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("store") if request.param == "oxigraph" else None
    s = open_store(path, backend=request.param)
    report = s.ingest_paths([EXAMPLES])
    assert len(report.added) == 2
    return s


def test_trace_ward_task_names_national_and_provincial_basis(store):
    t = trace(store, "Xây dựng Trang thông tin điện tử phường")
    assert t["target"]["type"] == "task"
    national = {d["symbol"] or d["title"] for d in t["basis"]["national"]}
    provincial = {(d["symbol"], d["issuer"]) for d in t["basis"]["provincial"]}
    assert "76/NQ-CP" in national
    assert "Luật Tổ chức Chính quyền địa phương" in national
    assert ("311/QĐ-UBND", "UBND tỉnh Khánh Hòa") in provincial
    assert ("91-KL/TU", "Ban Thường vụ Tỉnh ủy Khánh Hòa") in provincial
    # every document hop carries the sentence it was read from
    for h in t["hops"]:
        assert h["evidence"] and h["evidence"]["sentence"], h
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
    a = idn.doc_iri(issuer="UBND tỉnh Khánh Hòa", kind="Quyết định", date="2025-07-15", symbol="311/QĐ-UBND", title=None)
    b = idn.doc_iri(issuer="UBND tỉnh Đồng Nai", kind="Quyết định", date="2025-07-15", symbol="311/QĐ-UBND", title=None)
    c = idn.doc_iri(issuer="Ủy ban nhân dân tỉnh Khánh Hoà", kind="Quyết định", date="2025-07-15", symbol="311/QĐ-UBND", title=None)
    assert a != b and a == c


def test_levels_follow_the_issuer():
    assert idn.level_of("Chính phủ") == "national"
    assert idn.level_of("UBND tỉnh Khánh Hòa") == "provincial"
    assert idn.level_of("Ban Thường vụ Tỉnh ủy Khánh Hòa") == "provincial"
    assert idn.level_of("UBND phường Bắc Nha Trang") == "local"


def test_reingest_is_incremental_and_replaces(tmp_path):
    s = open_store(tmp_path / "st")
    src = tmp_path / "plan.txt"
    shutil.copy(EXAMPLES / "003_7d26c286be1eb3a6.txt", src)
    assert s.ingest_file(src) == "added"
    n = len(s)
    assert s.ingest_file(src) == "unchanged"
    src.write_text(src.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert s.ingest_file(src) == "replaced"
    graphs = s.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a cc:SourceFile } }")
    assert len(graphs) == 1 and abs(len(s) - n) < 5


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
