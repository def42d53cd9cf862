"""The canonical graph: one node per real thing, each fact once, kept per entity at ingest.

Built from small extractions (the JSON contract, as `cancu extract` gives it) so each
identity rule is seen on its own, on every backend; the seeds check the whole path.
"""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path

import pytest

from cancu.errors import NotFoundError
from cancu.graph import canonical, impact, ingest_extraction, open_store, trace
from cancu.graph.analytics import gaps, get_document, stats, tasks
from cancu.graph.lineage import document, resolve
from cancu.graph.store.base import canonical_graph

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
SPARQL_URL = os.environ.get("CANCU_TEST_SPARQL_URL")
BACKENDS = ["memory", pytest.param("sparql", marks=[pytest.mark.sparql_server, pytest.mark.skipif(
    not SPARQL_URL, reason="CANCU_TEST_SPARQL_URL unset: no SPARQL server (.ci/run starts Virtuoso)")])]
B = "https://w3id.org/cancu/id/"


def fresh(backend: str):
    if backend == "sparql":
        s = open_store(backend="sparql", endpoint=SPARQL_URL)
        s.clear_cancu()
        return s
    return open_store(backend="memory")


def doc(kind, symbol, date, issuer, title=None, span=(0, 40)):
    return {"kind": kind, "symbol": symbol, "number": symbol.split("/")[0] if symbol else None, "date": date,
            "date_text": None, "date_precision": "day" if date else None, "issuer": issuer,
            "issuer_inferred": False, "place": None, "title": title, "signer": None, "signer_capacity": None,
            "signer_title": None, "recipients": [], "span": list(span)}


def cite(kind, symbol, date, issuer, title=None, span=(60, 90)):
    return {"kind": kind, "symbol": symbol, "as_written": symbol, "date": date, "issuer": issuer,
            "issuer_as_written": issuer, "title": title, "spans": [list(span)]}


def basis(kind, symbol, date, issuer, title=None, span=(60, 90)):
    return {"doc_index": 0, "relation": "can_cu", "source": "preamble", "kind": kind, "symbol": symbol,
            "date": date, "issuer": issuer, "title": title, "proposer": None, "span": list(span)}


def task(text, lead, span=(120, 160), no="1"):
    return {"doc_index": 0, "section": "I", "section_title": "Nhiệm vụ", "reform_area": None, "no": no,
            "text": text, "deliverables": [], "span": list(span), "continuation": False, "inherited": [],
            "quirks": [], "deadline": None, "lead": lead, "coordinating": [], "roles": []}


TEXT = ("UBND TỈNH KHÁNH HÒA\nSố: 311/QĐ-UBND ngày 15/7/2025\n"
        "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n" + "x" * 40 +
        "\n1. Rà soát thủ tục hành chính của tỉnh, cập nhật cơ sở dữ liệu.\n" + "y" * 200)


def extraction(main, citations=(), bases=(), tasks_=()):
    return {"source": "t.txt", "format": "text", "is_document": True, "reason": None, "doc": main,
            "documents": [], "basis": list(bases), "citations": list(citations), "tasks": list(tasks_),
            "targets": []}


def put(store, name, ex, text=TEXT):
    import hashlib

    body = text + "\n" + name  # one checksum per test file
    return ingest_extraction(store, ex, body, file_name=name, checksum=hashlib.sha256(body.encode()).hexdigest())


def canonical_rows(store, iri):
    return store.select("SELECT ?p ?o WHERE { VALUES ?s { UNDEF } ?s ?p ?o }", s=iri)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_national_symbol_is_one_node_whatever_the_issuer_spelling_kind_or_year(backend):
    s = fresh(backend)
    cited = [("Bộ trưởng Bộ Y tế", "Quyết định", "2025-10-01"), ("Bộ Y tế", None, "2025-10-01"),
             ("Bộ Y tế", "Quyết định", None)]
    for k, (iss, kind, date) in enumerate(cited):
        ex = extraction(doc("Kế hoạch", f"{k + 1}/KH-UBND", "2025-11-0" + str(k + 1), "UBND tỉnh Khánh Hòa"),
                        [cite(kind, "3574/QĐ-BYT", date, iss)], [basis(kind, "3574/QĐ-BYT", date, iss)])
        assert put(s, f"f{k}.txt", ex) == "added"
    nodes = s.select('SELECT DISTINCT ?d WHERE { ?d cc:symbol "3574/QĐ-BYT" }')
    assert [r["d"] for r in nodes] == [B + "doc/bo-y-te/quyet-dinh/2025/3574-qd-byt"]
    d = document(s, nodes[0]["d"])
    assert d["issuer"] == "Bộ Y tế" and d["kind"] == "Quyết định" and d["date"] == "2025-10-01"
    # the undated citation became an alias of the dated node, and every plan rests on it
    assert impact(s, "3574/QĐ-BYT")["counts"]["documents"] == 3
    assert gaps(s)["national_splits"] == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_each_fact_once_and_conflicts_kept_with_their_sources(backend):
    s = fresh(backend)
    for k, date in enumerate(("2021-07-15", "2021-07-15", "2021-07-16")):
        ex = extraction(doc("Kế hoạch", f"{k + 1}/KH-UBND", "2025-01-0" + str(k + 1), "UBND tỉnh Khánh Hòa"),
                        [cite("Nghị quyết", "76/NQ-CP", date, "Chính phủ")])
        put(s, f"f{k}.txt", ex)
    iri = resolve(s, "76/NQ-CP")[0]
    facts = canonical_rows(s, iri)
    dates = [r["o"] for r in facts if r["p"].endswith("#issueDate")]
    assert dates == ["2021-07-15"]  # the value two files give, once
    assert sum(1 for r in facts if r["p"].endswith("#sourceCount") and r["o"] == 3) == 1
    # public counts: the default graph holds each fact once, whatever the number of files
    n = s.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"]
    distinct = s.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")[0]["n"]
    assert n == distinct == stats(s)["triples"]
    c = [c for c in gaps(s)["conflicts"] if c["document"] == iri]
    assert [x["property"] for x in c] == ["issueDate"]
    assert sorted({v["value"] for v in c[0]["values"]}) == ["2021-07-15", "2021-07-16"]
    assert all(v["source"].startswith(B + "source/") for v in c[0]["values"])


def test_a_law_cited_by_name_and_by_number_is_one_node_and_impact_agrees():
    s = open_store(backend="memory")
    by_number = extraction(doc("Quyết định", "1/QĐ-UBND", "2025-08-01", "UBND tỉnh Khánh Hòa"),
                           [cite("Luật", "72/2025/QH15", "2025-06-16", "Quốc hội",
                                 "Luật Tổ chức chính quyền địa phương")],
                           [basis("Luật", "72/2025/QH15", "2025-06-16", "Quốc hội")])
    by_name = extraction(doc("Quyết định", "2/QĐ-UBND", "2025-08-02", "UBND tỉnh Khánh Hòa"),
                         [cite("Luật", None, "2025-06-16", None, "Luật Tổ chức chính quyền địa phương")],
                         [basis("Luật", None, "2025-06-16", None, "Luật Tổ chức chính quyền địa phương")])
    undated = extraction(doc("Quyết định", "3/QĐ-UBND", "2025-08-03", "UBND tỉnh Khánh Hòa"),
                         [cite("Luật", None, None, None, "Luật Tổ chức chính quyền địa phương")],
                         [basis("Luật", None, None, None, "Luật Tổ chức chính quyền địa phương")])
    old = extraction(doc("Quyết định", "4/QĐ-UBND", "2019-08-03", "UBND tỉnh Khánh Hòa"),
                     [cite("Luật", None, None, None, "Luật Tổ chức chính quyền địa phương")],
                     [basis("Luật", None, None, None, "Luật Tổ chức chính quyền địa phương")])
    for k, ex in enumerate((by_number, by_name, undated, old)):
        put(s, f"f{k}.txt", ex)
    law = resolve(s, "72/2025/QH15")[0]
    assert law == B + "doc/quoc-hoi/van-ban/2025/72-qh15"
    a = impact(s, "72/2025/QH15")
    assert {d["symbol"] for d in a["documents"]} == {"1/QĐ-UBND", "2/QĐ-UBND", "3/QĐ-UBND"}
    assert impact(s, law) == {**a, "query": law}
    # written without the term, and by name alone in a document whose date was not read (it cites
    # documents of August 2025: it was issued after them), it is the same law
    put(s, "f5.txt", extraction(doc("Quyết định", "5/QĐ-UBND", "2025-08-05", "UBND tỉnh Khánh Hòa"),
                                [cite("Luật", "72/2025/QH", "2025-06-16", "Quốc hội")],
                                [basis("Luật", "72/2025/QH", "2025-06-16", "Quốc hội")]))
    put(s, "f6.txt", extraction(doc("Kế hoạch", None, None, "UBND tỉnh Khánh Hòa", "Kế hoạch cải cách"),
                                [cite("Luật", None, None, None, "Luật Tổ chức chính quyền địa phương"),
                                 cite("Quyết định", "1/QĐ-UBND", "2025-08-01", "UBND tỉnh Khánh Hòa", span=(100, 110))],
                                [basis("Luật", None, None, None, "Luật Tổ chức chính quyền địa phương")]))
    assert impact(s, law)["counts"]["documents"] == 5
    # a document of 2019 citing the name alone means the law in force then, not the 2025 one
    older = trace(s, "4/QĐ-UBND")["basis"]["national"]
    assert [d["iri"] for d in older] == [B + "doc/quoc-hoi/van-ban/2015/77-qh13"]
    # by its name: two laws of the store are called so; the name alone is the latest, a year picks
    assert resolve(s, "Luật Tổ chức chính quyền địa phương") == (law, "document")
    assert impact(s, "Luật Tổ chức chính quyền địa phương") == {**impact(s, law),
                                                                "query": "Luật Tổ chức chính quyền địa phương"}
    assert resolve(s, "Luật Tổ chức chính quyền địa phương năm 2015")[0] == B + "doc/quoc-hoi/van-ban/2015/77-qh13"
    assert resolve(s, "Luật tổ chức chính quyền địa phương 2025") == (law, "document")
    # a crawl decision miscites it ("Luật Tổ chức chính quyền địa phương số 65/2025/QH15 ngày 16
    # tháng 6 năm 2025"; 65/2025/QH15 is the law of the name passed in February): two nodes are now
    # labelled with the name and 2025, and the name with the year still means that year's last law
    put(s, "f7.txt", extraction(doc("Quyết định", "7/QĐ-UBND", "2025-08-07", "UBND tỉnh Khánh Hòa"),
                                [cite("Luật", "65/2025/QH15", "2025-06-16", "Quốc hội",
                                      "Luật Tổ chức chính quyền địa phương")]))
    assert len(s.select('SELECT ?d WHERE { ?d rdfs:label "Luật Tổ chức chính quyền địa phương 2025" }')) == 2
    for q in ("Luật tổ chức chính quyền địa phương 2025", "Luật Tổ chức chính quyền địa phương năm 2025",
              "Luật Tổ chức chính quyền địa phương", "72/2025/QH15"):
        assert resolve(s, q) == (law, "document"), q
    assert resolve(s, "65/2025/QH15")[0] == B + "doc/quoc-hoi/van-ban/2025/65-qh15"


def test_a_law_cited_by_name_in_an_undated_file_is_dated_by_the_symbols_it_cites():
    # nothing in the file gives a day, but it cites a law of 2020 by number: it was issued in 2020
    # or later, so the name alone is the version passed by then; the node carries its number
    s = open_store(backend="memory")
    put(s, "u.txt", extraction(doc("Kế hoạch", None, None, "UBND tỉnh Khánh Hòa", "Kế hoạch cải cách"),
                               [cite("Luật", None, None, None, "Luật Tổ chức chính quyền địa phương"),
                                cite("Luật", "63/2020/QH14", None, "Quốc hội", span=(100, 110))]))
    nodes = sorted(r["d"] for r in s.select(
        'SELECT ?d WHERE { ?d cc:title "Luật Tổ chức chính quyền địa phương" ; cc:symbol "77/2015/QH13" }'))
    assert nodes == [B + "doc/quoc-hoi/van-ban/2015/77-qh13"]


def test_an_undated_citation_stays_apart_when_two_dated_documents_share_its_number():
    s = open_store(backend="memory")
    for k, date in enumerate(("2021-07-15", "2023-03-01")):
        put(s, f"d{k}.txt", extraction(doc("Kế hoạch", f"{k + 1}/KH-UBND", "2025-01-0" + str(k + 1),
                                           "UBND tỉnh Khánh Hòa"), [cite("Nghị quyết", "76/NQ-CP", date, "Chính phủ")]))
    put(s, "u.txt", extraction(doc("Kế hoạch", "9/KH-UBND", "2025-02-01", "UBND tỉnh Khánh Hòa"),
                               [cite("Nghị quyết", "76/NQ-CP", None, "Chính phủ")]))
    nodes = sorted(r["d"] for r in s.select('SELECT DISTINCT ?d WHERE { ?d cc:symbol "76/NQ-CP" }'))
    assert len(nodes) == 3 and any("/nd/" in n for n in nodes)
    split = [x for x in gaps(s)["national_splits"] if x["symbol"] == "76/NQ-CP"]
    assert split and split[0]["year"] is None and len(split[0]["documents"]) == 3
    # removing one dated citation leaves one candidate: the undated node joins it
    assert s.remove_file("d1.txt")
    nodes = sorted(r["d"] for r in s.select('SELECT DISTINCT ?d WHERE { ?d cc:symbol "76/NQ-CP" }'))
    assert nodes == [B + "doc/chinh-phu/nghi-quyet/2021/76-nq-cp"]
    assert resolve(s, B + "doc/chinh-phu/nghi-quyet/nd/76-nq-cp") == (nodes[0], "document")  # by its old IRI
    citing = s.select("SELECT DISTINCT ?x WHERE { VALUES ?d { UNDEF } ?x cc:cites ?d }", d=nodes[0])
    assert sorted(r["x"].split("/")[-1] for r in citing) == ["1-kh-ubnd", "9-kh-ubnd"]  # the undated one's too


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_corrected_version_replaces_the_earlier_and_keeps_it_in_history(backend):
    s = fresh(backend)
    main = doc("Kế hoạch", "5/KH-UBND", "2025-03-01", "UBND tỉnh Khánh Hòa")
    first = extraction(main, tasks_=[task("Rà soát thủ tục hành chính", ["Sở Nội vụ"])])
    second = extraction(main, tasks_=[task("Rà soát thủ tục hành chính", ["Sở Tư pháp"]),
                                      task("Cập nhật cơ sở dữ liệu", ["Sở Nội vụ"], span=(170, 190), no="2")])
    put(s, "v1.txt", first)
    iri = resolve(s, "5/KH-UBND")[0]
    assert [t["lead"] for t in tasks(s, document=iri)] == [["Sở Nội vụ"]]
    put(s, "v2.txt", second)  # built later: the current one (no sleep: generation times are strictly ordered)
    assert [t["lead"] for t in tasks(s, document=iri)] == [["Sở Tư pháp"], ["Sở Nội vụ"]]
    d = get_document(s, iri)
    assert d["sources"] == ["v2.txt"] and d["earlier_sources"] == ["v1.txt"]
    n_tasks = s.select("SELECT (COUNT(*) AS ?n) WHERE { ?t a cc:Task }")[0]["n"]
    assert n_tasks == 2  # not the three rows of both versions



@pytest.mark.parametrize("order", ["b-then-a", "a-then-b"])
def test_of_two_files_built_in_the_same_second_the_later_describes_the_document(monkeypatch, order):
    """A bulk ingest builds many files a second. With whole-second stamps two files describing one
    document tied and the graph IRI (a checksum) chose, so one folder ingested twice, or into the
    other backend, could be described by either file (the three renderings of 179/KH-UBND of Đồng Nai
    in the gold folder came out one task apart). The clock is frozen here: ingest order alone decides."""
    import datetime as dt
    import types

    from cancu.graph import build

    frozen = dt.datetime(2026, 12, 7, 4, 27, 32, tzinfo=dt.timezone.utc)

    class Frozen(dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return frozen.astimezone(tz) if tz else frozen

    monkeypatch.setattr(build, "dt", types.SimpleNamespace(datetime=Frozen, timezone=dt.timezone,
                                                           timedelta=dt.timedelta))
    s = open_store(backend="memory")
    main = doc("Kế hoạch", "179/KH-UBND", "2025-03-01", "UBND tỉnh Đồng Nai")
    versions = {"a.txt": extraction(main, tasks_=[task("Rà soát thủ tục hành chính", ["Sở Nội vụ"])]),
                "b.txt": extraction(main, tasks_=[task("Rà soát thủ tục hành chính", ["Sở Tư pháp"])])}
    first, second = ("b.txt", "a.txt") if order == "b-then-a" else ("a.txt", "b.txt")
    put(s, first, versions[first])
    put(s, second, versions[second])
    iri = resolve(s, "179/KH-UBND")[0]
    assert get_document(s, iri)["sources"] == [second]
    assert [t["lead"] for t in tasks(s, document=iri)] == [versions[second]["tasks"][0]["lead"]]


def test_generation_stamps_compare_as_instants_not_text():
    """Virtuoso may hand a stamp back as "…32Z"; as text it sorted after "…32.000001+00:00"."""
    assert canonical._instant("2026-12-07T04:27:32Z") < canonical._instant("2026-12-07T04:27:32.000001+00:00")
    assert canonical._instant("not a time") < canonical._instant("2026-12-07T04:27:32Z")

def test_reingesting_a_file_updates_only_the_entities_it_names():
    s = open_store(backend="memory")
    s.ingest_paths([EXAMPLES])
    untouched = B + "doc/ubnd-thanh-pho-nha-trang/ke-hoach/2023/298-kh-ubnd"
    before = sorted((r["p"], str(r["o"])) for r in canonical_rows(s, untouched))
    ex = extraction(doc("Kế hoạch", "7/KH-UBND", "2025-05-01", "UBND tỉnh Khánh Hòa"),
                    [cite("Nghị quyết", "76/NQ-CP", "2021-07-15", "Chính phủ")])
    touched = canonical.entities_in(__import__("cancu.graph.build", fromlist=["GraphBuilder"]).GraphBuilder(
        __import__("cancu.loaders.records", fromlist=["x"]).extraction_from_dict(ex, TEXT),
        checksum="0" * 64, file_name="x").build())
    assert untouched not in touched and len(touched) < 10
    rep = canonical.update(s, touched)
    assert rep.documents <= len(touched) + 2  # the touched documents (and referrers of changed aliases)
    assert sorted((r["p"], str(r["o"])) for r in canonical_rows(s, untouched)) == before


def test_an_interrupted_run_is_finished_by_the_next_one():
    s = open_store(backend="memory")
    from cancu.graph.ingest import ingest_file, lineage_current

    ingest_file(s, EXAMPLES / "003_7d26c286be1eb3a6.txt", update_lineage=False)  # written, not updated
    assert not lineage_current(s) and canonical.pending(s)
    with pytest.raises(NotFoundError):
        resolve(s, "298/KH-UBND")
    report = s.ingest_paths([EXAMPLES / "003_7d26c286be1eb3a6.txt"])
    assert report.unchanged and lineage_current(s)
    assert resolve(s, "298/KH-UBND")[1] == "document"
    assert canonical_graph() in s.graphs() and not any(g.endswith("graph/pending") for g in s.graphs())


def test_a_full_rebuild_gives_the_graph_the_updates_gave():
    s = open_store(backend="memory")
    s.ingest_paths([EXAMPLES])
    q = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{canonical_graph()}> {{ ?s ?p ?o }} }}"
    before = {(r["s"], r["p"], str(r["o"])) for r in s.select(q)}
    canonical.rebuild(s)
    after = {(r["s"], r["p"], str(r["o"])) for r in s.select(q)}
    assert before == after and len(before) > 1000


def test_agency_names_are_bodies_groups_or_nothing():
    s = open_store(backend="memory")
    ex = extraction(doc("Kế hoạch", "8/KH-UBND", "2025-05-01", "UBND phường Bắc Nha Trang"),
                    tasks_=[task("Rà soát thủ tục",
                                 ["Trưởng phòng Văn hóa - Xã hội", "các cơ quan, đơn vị có liên quan",
                                                     "25/11/2025"])])
    put(s, "a.txt", ex)
    t = tasks(s)[0]
    assert sorted(t["lead"]) == ["Phòng Văn hóa - Xã hội", "các cơ quan, đơn vị có liên quan"]
    groups = s.select("SELECT ?g WHERE { ?g a cc:AgencyGroup }")
    assert len(groups) == 1
    labels = {r["l"] for r in s.select("SELECT ?l WHERE { ?a a cc:Agency ; rdfs:label ?l }")}
    assert "25/11/2025" not in labels and "các cơ quan, đơn vị có liên quan" not in labels
    kept = s.select("SELECT ?x WHERE { ?t cc:assigneeText ?x }")
    assert [r["x"] for r in kept] == ["25/11/2025"]


def test_the_tables_examples_hold():
    from cancu.graph.identity import issuer_from_code, national_entry
    from cancu.graph.names import read_name, table

    for e in json.loads((Path(__file__).resolve().parent.parent / "graph" / "data" / "national_codes.json")
                        .read_text(encoding="utf-8"))["codes"]:
        for sym in e["examples"]:
            assert national_entry(sym) is e or national_entry(sym) == e, sym
            assert issuer_from_code(sym) == e["issuer"], sym
    t = table()
    for section in ("titles", "motto", "verbs"):
        for e in t[section]:
            for ex in e["examples"]:
                written, want = ex.split(" → ")
                got = read_name(written)
                assert (got.kind, got.text) == ("body", want), (section, ex, got)
    for e in t["groups"]:
        for ex in e["examples"]:
            assert read_name(ex).kind == "group", ex
    for e in t["not_names"]:
        for ex in e["examples"]:
            assert read_name(ex).kind == "none", ex
    assert read_name("Phòng thành phố Hải").kind == "none"  # a head without a name of its own
    # a unit's body ends with its place: several places or bodies after it make a group, other
    # words after a comma or "và" are the sentence's (crawl task cells)
    several = "UBND thành phố Hà Nội, thành phố Hồ Chí Minh, thành phố Hải Phòng và tỉnh Quảng Ninh Trực Tiếp"
    assert read_name(several).kind == "group"
    assert read_name("UBND tỉnh Ninh Bình, Hưng Yên").kind == "group"
    assert (read_name("UBND thành phố Cần Thơ và thủ tục hành chính").text) == "UBND thành phố Cần Thơ"
    assert read_name("UBND tỉnh Bà Rịa - Vũng Tàu").text == "UBND tỉnh Bà Rịa - Vũng Tàu"
    assert read_name("Ủy ban nhân dân Quyết định").text == "UBND"  # a unit's body is never named by a verb
    # its place is the longest known unit its words start with (title-cased words of a heading after it)
    assert read_name("UBND thành phố Hà Nội Hiện Đang").text == "UBND thành phố Hà Nội"
    assert read_name("Đảng ủy phường Bắc Nha Trang khóa XIII").text == "Đảng ủy phường Bắc Nha Trang"
    assert read_name("Tổng cục Thuế (nay là Cục Thuế)").text == "Tổng cục Thuế"  # no half parenthesis
    from cancu.graph.identity import full_symbol

    terms = json.loads((Path(__file__).resolve().parent.parent / "graph" / "data" / "national_codes.json")
                       .read_text(encoding="utf-8"))["assembly_terms"]
    for t in terms:
        for ex in t["examples"]:
            assert full_symbol(ex.rsplit("QH", 1)[0] + "QH") == ex, ex
    assert full_symbol("5/2021/QH") == "5/2021/QH"  # an election year: two terms sat, left as written
    assert national_entry("311/QĐ-UBND") is None and national_entry("91-KL/TU") is None


def test_unresolved_issuers_never_embed_a_file_path():
    s = open_store(backend="memory")
    ex = extraction(doc("Kế hoạch", "9/KH-UBND", "2025-05-01", None),
                    [cite("Quyết định", "311/QĐ-UBND", "2025-07-15", None)])
    put(s, "/home/someone/Documents/secret plan.txt", ex)
    iris = [r["d"] for r in s.select("SELECT ?d WHERE { ?d a cc:Document }")]
    assert iris and not any("home" in i or "secret" in i or "documents" in i.lower() for i in iris)
    assert all("unresolved-source-" in i for i in iris)


def test_copied_extractions_do_not_share_state():
    # the helpers above build fresh dicts: a test changing one cannot leak into another
    a = extraction(doc("Kế hoạch", "1/KH-UBND", None, None))
    b = copy.deepcopy(a)
    b["doc"]["symbol"] = "2/KH-UBND"
    assert a["doc"]["symbol"] == "1/KH-UBND"


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_kept_size_of_the_canonical_graph_follows_every_ingest_removal_and_update(backend):
    """stats' triple count is kept by the canonical update, not counted: it must be the count
    after an ingest, a corrected version, a removal, a SPARQL update and a rebuild alike."""
    from cancu.api.sparql_update import run_update

    s = fresh(backend)

    def counted() -> int:
        return int(s.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])

    def kept() -> int:
        n = canonical.stored_size(s)
        assert n == counted() == stats(s)["triples"]
        return n

    s.ingest_paths([EXAMPLES / "003_7d26c286be1eb3a6.txt"])
    one = kept()
    s.ingest_paths([EXAMPLES])
    both = kept()
    plan = extraction(doc("Kế hoạch", "5/KH-UBND", "2025-03-01", "UBND tỉnh Khánh Hòa"),
                      [cite("Nghị quyết", "76/NQ-CP", "2021-07-15", "Chính phủ"),
                       cite("Quyết định", "12/QĐ-TTg", "2024-01-02", "Thủ tướng Chính phủ")],
                      tasks_=[task("Rà soát thủ tục hành chính", ["Sở Nội vụ"])])
    put(s, "v1.txt", plan)
    plus = kept()
    assert 1000 < one < both < plus
    assert s.remove_file("v1.txt")
    assert kept() == both  # the plan, its task and the decision only it cited are gone again
    # a SPARQL update may write the canonical graph: the kept size goes, stats counts
    run_update(s, f"INSERT DATA {{ GRAPH <{canonical_graph()}> {{ <{B}x> <{B}p> 1 }} }}")
    assert canonical.stored_size(s) is None and stats(s)["triples"] == counted() == both + 1
    put(s, "v1.txt", plan)  # the next update counts the graph whole again
    assert kept() == plus + 1
    canonical.rebuild(s)  # the hand-made triple is no file's: gone
    assert kept() == plus
