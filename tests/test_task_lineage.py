"""Per-task lineage, ambiguity, Vietnamese-aware lookup, labels and gaps on the seeds
(issue 14, graph side): through the Python API on both backends, the CLI, REST and the
explorer pages. The browser test of the task page's two sections is in test_browser.py."""

from __future__ import annotations

import re
from html import unescape

import pytest

from cancu.errors import AmbiguousReferenceError
from cancu.graph import impact, trace
from cancu.graph.analytics import gap_tasks, search, tasks
from cancu.graph.catalog import cited_by

III_4 = "Bố trí, sắp xếp người hoạt động không chuyên trách cấp xã"
VI_3 = "Xây dựng Trang thông tin điện tử phường"
VII_1 = "Quán triệt, triển khai thực hiện có hiệu quả các mục tiêu"  # task VII.1 of 298/KH-UBND
B = "https://w3id.org/cancu/id/"
AS_OF = "2025-09-01"


def own(tr):
    return {d["symbol"] or d["label"] for d in tr["documents"] if d["scope"] == "own"}


def inherited(tr):
    return {d["symbol"] or d["label"] for d in tr["documents"] if d["scope"] == "inherited"}


# --- lineage per task ------------------------------------------------------------------------

def test_task_iii_4_rests_on_the_letter_its_row_names_and_inherits_the_plans_basis(example_store):
    tr = trace(example_store, III_4)
    hop = next(h for h in tr["hops"] if h["from"] == tr["target"]["iri"] and h["relation"] != "task_of")
    assert hop["relation"] == "theo" and hop["scope"] == "own" and hop["depth"] == 1
    assert hop["evidence"]["sentence"].startswith("Bố trí, sắp xếp người hoạt động không chuyên trách cấp xã theo "
                                                  "Công văn số 12/CV-BCĐ ngày 20/6/2025")
    assert own(tr) == {"12/CV-BCĐ"}
    assert {"76/NQ-CP", "311/QĐ-UBND", "91-KL/TU"} <= inherited(tr)
    task_of = next(h for h in tr["hops"] if h["relation"] == "task_of")
    assert task_of["scope"] == "inherited"
    assert all(h["scope"] == "inherited" for h in tr["hops"] if h["from"] == task_of["to"])
    assert {d["symbol"] for d in tr["basis"]["local"]} >= {"12/CV-BCĐ"}  # the letter is in the basis too


def test_task_vi_3_does_not_reach_the_letter(example_store):
    tr = trace(example_store, VI_3)
    assert own(tr) == set() and "12/CV-BCĐ" not in inherited(tr)
    assert all(h["scope"] == "inherited" for h in tr["hops"])


def test_task_of_298_reaches_the_city_party_programme_it_works_under(example_store):
    tr = trace(example_store, VII_1)
    assert tr["target"]["iri"].startswith(B + "doc/ubnd-thanh-pho-nha-trang/ke-hoach/2023/298-kh-ubnd/task/")
    assert own(tr) == {"12-CTr/TU"}  # 16-NQ/TU is named inside its description: not the task's own
    hop = next(h for h in tr["hops"] if h["scope"] == "own")
    assert hop["relation"] == "thuc_hien" and "tại Chương trình hành động số 12-CTr/TU" in hop["evidence"]["sentence"]


def test_every_hop_has_a_clean_sentence(example_store):
    bad = re.compile(r"\*\*|##|<[a-z/]|CỘNG HÒA|Độc lập|\b\d{1,2}/\d{1,2}/$|ngày\s*$| (?:của|số|ngày)$")
    for q in (III_4, VI_3, VII_1, "298/KH-UBND", "91-KL/TU"):
        for h in trace(example_store, q)["hops"]:
            ev = h["evidence"]
            assert ev and ev["sentence"], h
            s = ev["sentence"].rstrip(" …")
            assert not bad.search(s), s


def test_impact_reaches_tasks_through_their_own_basis(example_store):
    imp = impact(example_store, "12/CV-BCĐ")
    assert [t["text"][:len(III_4)] for t in imp["tasks"]] == [III_4]
    assert imp["counts"] == {"documents": 0, "tasks": 1, "agencies": 1}
    assert impact(example_store, "12/CV-BCĐ", limit=0)["counts"]["tasks"] == 1  # counts stay complete
    # a plan's own task and its basis are not counted twice
    plan = impact(example_store, "91-KL/TU")
    assert len({t["iri"] for t in plan["tasks"]}) == plan["counts"]["tasks"]


def test_a_bare_citation_has_its_sentence(example_store):
    qd = trace(example_store, "311/QĐ-UBND")["target"]["iri"]
    for d in cited_by(example_store, qd):
        assert d["evidence"] and all(e["sentence"] for e in d["evidence"]), d


# --- ambiguity ---------------------------------------------------------------------------------

def test_a_query_matching_several_tasks_lists_them(example_store):
    with pytest.raises(AmbiguousReferenceError) as err:
        trace(example_store, "xay dung")
    e = err.value
    assert len(e.candidates) == len(e.choices) > 1
    assert all(c["type"] == "task" and c["detail"] for c in e.choices)  # number and plan
    best = trace(example_store, "xay dung", first=True)["target"]["iri"]
    assert best == e.candidates[0]


# --- Vietnamese-aware lookup -----------------------------------------------------------------

VARIANTS = [
    ("Khánh Hoà", "Khánh Hòa"), ("khanh hoa", "Khánh Hòa"), ("văn hoá", "văn hóa"), ("van hoa", "văn hóa"),
    ("311/QD-UBND", "311/QĐ-UBND"), ("311/qđ-ubnd", "311/QĐ-UBND"), ("09- NQ/TW", "09-NQ/TW"),
    ("Phòng Văn hóa – Xã hội", "Phòng Văn hóa - Xã hội"), ("Phòng Văn hóa — Xã hội", "Phòng Văn hóa - Xã hội"),
    ("Ca\u0301c", "Các"),  # NFD
]


@pytest.mark.parametrize("variant, written", VARIANTS)
def test_search_finds_the_same_for_each_variant(example_store, variant, written):
    a = {(r["iri"], r["type"]) for r in search(example_store, variant, limit=500)}
    b = {(r["iri"], r["type"]) for r in search(example_store, written, limit=500)}
    assert a == b and a


def test_search_ranks_symbols_then_labels_then_task_text_and_says_what_each_is(example_store):
    hits = search(example_store, "12/CV-BCD", limit=50)
    assert hits[0]["type"] == "document" and hits[0]["symbol"] == "12/CV-BCĐ" and hits[0]["issuer"]
    types = [h["type"] for h in hits]
    assert types.index("task") > types.index("document")
    task = next(h for h in hits if h["type"] == "task")
    assert task["document_label"] and (task["no"] or task["section"])
    ag = next(h for h in search(example_store, "phong van hoa xa hoi", limit=50) if h["type"] == "agency")
    assert ag["parent_label"] == "UBND phường Bắc Nha Trang"


@pytest.mark.parametrize("variant, written", [("phong van hoa - xa hoi", "Phòng Văn hóa - Xã hội"),
                                              ("Phòng Văn hoá – Xã hội", "Phòng Văn hóa - Xã hội")])
def test_agency_filter_folds_what_users_type(example_store, variant, written):
    a = [t["iri"] for t in tasks(example_store, agency=variant, as_of=AS_OF)]
    assert a == [t["iri"] for t in tasks(example_store, agency=written, as_of=AS_OF)] and a


def test_unit_filter_without_diacritics(example_store):
    a = [t["iri"] for t in tasks(example_store, unit="phuong bac nha trang", as_of=AS_OF)]
    assert a == [t["iri"] for t in tasks(example_store, unit="phường Bắc Nha Trang", as_of=AS_OF)] and a


@pytest.mark.parametrize("variant", ["bo tri, sap xep nguoi hoat dong", "Bố trí, sắp xếp người hoạt động"])
def test_trace_resolver_and_task_text_filter_fold(example_store, variant):
    assert trace(example_store, variant)["target"]["text"].startswith(III_4)
    assert [t["text"][:len(III_4)] for t in tasks(example_store, text=variant, as_of=AS_OF)] == [III_4]


@pytest.mark.parametrize("variant", ["311/QD-UBND", "311/qđ-ubnd", "311 /QĐ - UBND", "12/CV-BCD", "09- NQ/TW"])
def test_trace_resolves_symbols_as_typed(example_store, variant):
    assert trace(example_store, variant)["target"]["type"] == "document"


# --- labels --------------------------------------------------------------------------------------

def test_labels_read_as_a_lawyer_writes_them(example_store):
    docs = {d["iri"]: d for q in (VI_3, VII_1) for d in trace(example_store, q)["documents"]}
    labels = {d["label"] for d in docs.values()}
    assert "Luật Tổ chức chính quyền địa phương 2025" in labels
    assert "Kế hoạch số 298/KH-UBND ngày 13/01/2023 của UBND thành phố Nha Trang" in labels
    assert "Kế hoạch Cải cách hành chính phường Bắc Nha Trang năm 2025" in labels
    assert not any(lab.startswith("Luật Luật") for lab in labels)
    law = next(d for d in docs.values() if d["label"].startswith("Luật Tổ chức"))
    assert law["issuer"] == "Quốc hội"
    kl = next(d for d in docs.values() if d["symbol"] == "91-KL/TU")
    assert kl["title"].startswith("Tiếp tục đẩy mạnh cải cách hành chính")  # the subject line its citers give


# --- gaps ----------------------------------------------------------------------------------------

def test_gap_tasks_grouped_by_document_and_paged(example_store):
    first = gap_tasks(example_store, limit=5)
    rest = gap_tasks(example_store, limit=1000, offset=5)
    assert first["total"] == rest["total"] > 5
    seen = [t["iri"] for p in (first, rest) for d in p["documents"] for t in d["tasks"]]
    assert len(seen) == len(set(seen)) == first["total"]
    for d in first["documents"]:
        assert d["label"] and d["tasks"]
        for t in d["tasks"]:
            assert t["reasons"] and (t["no"] or t["section"]) and t["text"]
            assert t["iri"].startswith(d["iri"] + "/task/")
    only = gap_tasks(example_store, reason="no_national_basis", limit=1000)
    assert all(t["reasons"] == ["no_national_basis"] or "no_national_basis" in t["reasons"]
               for d in only["documents"] for t in d["tasks"])


# --- through the CLI, REST and the explorer ----------------------------------------------------

@pytest.fixture(scope="module")
def cli_store(tmp_path_factory, examples_dir):
    from cancu.cli import main

    path = tmp_path_factory.mktemp("cli") / "store"
    assert main(["--store", str(path), "ingest", str(examples_dir)]) == 0
    return path


def test_cli_trace_marks_own_and_inherited(cli_store, capsys):
    from cancu.cli import main

    capsys.readouterr()
    assert main(["--store", str(cli_store), "trace", III_4]) == 0
    out = capsys.readouterr().out
    own_part, _, inherited_part = out.partition("inherited from the plan:")
    assert "the task's own basis:" in own_part and "Công văn số 12/CV-BCĐ" in own_part
    assert "Nghị quyết số 76/NQ-CP" in inherited_part and "12/CV-BCĐ" not in inherited_part.split("hops:")[0]
    assert "theo" in out and "(own)" in out


def test_cli_ambiguous_query_exits_2_with_the_list_unless_first(cli_store, capsys):
    from cancu.cli import main

    capsys.readouterr()
    assert main(["--store", str(cli_store), "trace", "xay dung"]) == 2
    err = capsys.readouterr().err
    assert "tasks contain 'xay dung'" in err and err.count("\n  task ") >= 2 and "/task/" in err
    assert main(["--store", str(cli_store), "trace", "xay dung", "--first"]) == 0
    assert main(["--store", str(cli_store), "impact", "12/CV-BCD"]) == 0
    out = capsys.readouterr().out
    assert "1 task" in out and "task III.4 of" in out


@pytest.fixture(scope="module")
def client(examples_dir):
    from fastapi.testclient import TestClient

    from cancu.api.app import create_app
    from cancu.api.settings import Settings
    from cancu.graph import open_store

    s = open_store(None, backend="memory")
    s.ingest_paths([examples_dir])
    return TestClient(create_app(Settings(), store=s))


def test_rest_trace_and_impact(client):
    hits = client.get("/api/v1/tasks", params={"text": "bo tri sap xep nguoi hoat dong"}).json()["items"]
    assert len(hits) == 1
    tr = client.get(f"/api/v1/tasks/{hits[0]['id']}/trace").json()
    assert {h["scope"] for h in tr["hops"]} == {"own", "inherited"}
    assert any(d["symbol"] == "12/CV-BCĐ" and d["scope"] == "own" for d in tr["documents"])
    imp = client.get("/api/v1/documents/12%2FCV-BCD/impact").json()
    assert [t["id"] for t in imp["tasks"]] == [hits[0]["id"]]


def test_rest_ambiguity_is_a_300_problem_with_candidates(client):
    r = client.get("/api/v1/tasks/xay dung/trace")
    assert r.status_code == 300 and r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["code"] == "ambiguous-reference" and len(body["candidates"]) == len(body["choices"]) > 1
    assert all(c["id"] and c["type"] == "task" and c["label"] for c in body["choices"])


def test_every_api_route_refuses_unknown_parameters(client):
    """Every GET route under /api/v1 names a parameter it does not take (422), whatever else it needs."""
    from cancu.api.routes.rest import router

    sample = {"ident": "doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311-qd-ubnd"}
    checked = 0
    for route in router.routes:
        path = getattr(route, "path", "")
        if not path.startswith("/api/v1") or "GET" not in getattr(route, "methods", ()):
            continue
        url = re.sub(r"\{(\w+)(?::path)?\}", lambda m: sample.get(m.group(1), "x"), path)
        r = client.get(url, params={"q": "x", "bogus_param": "1"} if path.endswith("/search") else {"bogus_param": "1"})
        assert r.status_code == 422 and "bogus_param" in r.json()["detail"], (path, r.status_code)
        checked += 1
    assert checked >= 12


def test_explorer_task_page_has_two_lineage_sections(client):
    tid = client.get("/api/v1/tasks", params={"text": III_4}).json()["items"][0]["id"]
    for lang, own_h, inh_h in (("vi", "Căn cứ riêng của nhiệm vụ", "Căn cứ kế thừa từ kế hoạch"),
                               ("en", "Task's own basis", "Inherited from the plan")):
        html = unescape(client.get(f"/tasks/{tid}", params={"lang": lang}).text)
        own_part = html.split('id="own-basis"', 1)[1].split('id="inherited-basis"', 1)[0]
        inh_part = html.split('id="inherited-basis"', 1)[1].split("<h2>", 1)[0]
        assert own_h in own_part and "12/CV-BCĐ" in own_part and "theo Công văn số 12/CV-BCĐ" in own_part
        # the letter is no document of the inherited part (the plan's hop quotes the task's sentence naming it)
        assert inh_h in inh_part and "76/NQ-CP" in inh_part and "12-cv-bcd" not in inh_part


def test_explorer_ambiguous_task_lists_the_choices(client):
    r = client.get("/tasks/xay dung")
    assert r.status_code == 300 and 'id="choices"' in r.text and r.text.count("/tasks/doc/") >= 2


def test_explorer_gaps_grouped_and_paged(client):
    html = client.get("/gaps").text
    assert 'class="gap-document"' in html and "Kế hoạch số 298/KH-UBND" in html
    assert "?offset=100" in html or html.count("<tr>") <= 120
    api = client.get("/api/v1/gaps/tasks", params={"limit": 2, "offset": 1}).json()
    assert api["offset"] == 1 and sum(len(d["tasks"]) for d in api["documents"]) == 2
