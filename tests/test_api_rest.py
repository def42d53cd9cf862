"""REST API /api/v1 over the bundled examples: shapes, ids, filters, errors, uploads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the api extra is not installed")
from fastapi.testclient import TestClient  # noqa: E402

from cancu.api.app import create_app  # noqa: E402
from cancu.api.settings import Settings  # noqa: E402
from cancu.graph import open_store  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
TASK = "Xây dựng Trang thông tin điện tử phường"




@pytest.fixture(scope="module")
def client(example_store):
    """The same API over the embedded store and over the SPARQL server CI starts."""
    return TestClient(create_app(Settings(token="secret", max_upload_bytes=300_000), store=example_store))


def task_id(client, words=TASK):
    hits = client.get("/api/v1/search", params={"q": words}).json()["items"]
    return next(h["id"] for h in hits if h["type"] == "task")


def test_health(client):
    r = client.get("/api/v1/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["store"]["quads"] > 1000


def test_documents_paginated_with_stable_ids(client):
    first = client.get("/api/v1/documents", params={"limit": 5}).json()
    second = client.get("/api/v1/documents", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] >= 15
    ids = [d["id"] for d in first["items"]] + [d["id"] for d in second["items"]]
    assert len(set(ids)) == 10
    for d in first["items"]:
        assert d["iri"].endswith(d["id"]) and d["id"].startswith("doc/")


@pytest.mark.parametrize("params, expect", [
    ({"level": "national"}, {"Nghị quyết số 76/NQ-CP ngày 15/07/2021 của Chính phủ"}),
    ({"kind": "Kết luận"}, {"Kết luận số 91-KL/TU ngày 18/10/2022 của Ban Thường vụ Tỉnh ủy Khánh Hòa"}),
    ({"issuer": "Tỉnh ủy Khánh Hòa", "year": 2022},
     {"Kết luận số 91-KL/TU ngày 18/10/2022 của Ban Thường vụ Tỉnh ủy Khánh Hòa"}),
    ({"issuer": "tinh uy khanh hoa", "year": 2022},
     {"Kết luận số 91-KL/TU ngày 18/10/2022 của Ban Thường vụ Tỉnh ủy Khánh Hòa"}),  # typed without diacritics
    ({"text": "311/QĐ"}, {"Quyết định số 311/QĐ-UBND ngày 15/07/2025 của UBND tỉnh Khánh Hòa"}),
    ({"text": "311/qd"}, {"Quyết định số 311/QĐ-UBND ngày 15/07/2025 của UBND tỉnh Khánh Hòa"}),
])
def test_document_filters(client, params, expect):
    items = client.get("/api/v1/documents", params={**params, "limit": 100}).json()["items"]
    assert expect <= {d["label"] for d in items}
    if "level" in params:
        assert all(d["level"] == params["level"] for d in items)


def test_document_by_symbol_and_by_id_agree(client):
    by_symbol = client.get("/api/v1/documents/91-KL/TU").json()
    by_id = client.get(f"/api/v1/documents/{by_symbol['id']}").json()
    assert by_symbol["iri"] == by_id["iri"]
    assert by_id["level"] == "provincial" and by_id["sphere"] == "party"
    cited = {d["label"] for d in by_id["cited_by"]}
    # the 2023 city plan implements it
    assert "Kế hoạch số 298/KH-UBND ngày 13/01/2023 của UBND thành phố Nha Trang" in cited
    plan = next(d for d in by_id["cited_by"]
                if d["label"] == "Kế hoạch số 298/KH-UBND ngày 13/01/2023 của UBND thành phố Nha Trang")
    assert "trien_khai" in plan["relations"] or "thuc_hien" in plan["relations"]


def test_document_impact_reaches_both_plans(client):
    body = client.get("/api/v1/documents/91-KL/TU/impact").json()
    docs = {d["iri"].split("/")[-1] for d in body["documents"]}
    assert "298-kh-ubnd" in docs
    assert any("phuong-bac-nha-trang" in d["iri"] for d in body["documents"])
    assert body["counts"]["tasks"] == len(body["tasks"]) > 40


def test_document_source_spans_point_at_the_text(client):
    body = client.get("/api/v1/documents/298/KH-UBND/source").json()
    text = body["text"]
    assert body["file"] == "003_7d26c286be1eb3a6.txt"  # a file name, never a server path
    cites = [s for s in body["spans"] if s["type"] == "link"]
    assert cites
    assert any("91-KL/TU" in text[s["start"]:s["end"]] for s in cites)


def test_task_trace_groups_levels_with_sentences(client):
    tid = task_id(client)
    body = client.get(f"/api/v1/tasks/{tid}/trace").json()
    national = {d["symbol"] for d in body["basis"]["national"]}
    provincial = {d["symbol"] for d in body["basis"]["provincial"]}
    assert "76/NQ-CP" in national
    assert {"311/QĐ-UBND", "91-KL/TU"} <= provincial
    hop = next(h for h in body["hops"] if "/311" in h["to"])
    assert "Căn cứ Quyết định số 311/QĐ-UBND" in hop["evidence"]["sentence"]


def test_task_detail(client):
    tid = task_id(client)
    body = client.get(f"/api/v1/tasks/{tid}").json()
    assert body["id"] == tid
    assert body["deadline"]["end"] == "2025-09-30"
    assert any("Văn hóa" in x for x in body["lead"])
    assert body["evidence"]["sentence"].startswith("Xây dựng Trang thông tin điện tử phường")


def test_tasks_filters(client):
    all_ = client.get("/api/v1/tasks", params={"limit": 500}).json()
    assert all_["total"] == len(all_["items"]) >= 80
    vhxh = client.get("/api/v1/tasks", params={"agency": "Phòng Văn hóa - Xã hội", "limit": 500}).json()
    assert 0 < vhxh["total"] < all_["total"]
    window = client.get("/api/v1/tasks", params={"due_from": "2025-07-01", "due_to": "2025-09-30",
                                                 "limit": 500}).json()["items"]
    assert window and all("2025-07-01" <= t["deadline"]["end"] <= "2025-09-30" for t in window)
    overdue = client.get("/api/v1/tasks", params={"status": "qua_han", "as_of": "2026-01-01",
                                                  "limit": 500}).json()["items"]
    assert overdue and all(t["status"] == "qua_han" for t in overdue)
    early = client.get("/api/v1/tasks", params={"status": "qua_han", "as_of": "2020-01-01"}).json()
    assert early["total"] == 0
    area = client.get("/api/v1/tasks", params={"reform_area": "e_government", "limit": 500}).json()["items"]
    assert area and all(t["reform_area"] == "e_government" for t in area)


def test_pages_of_the_task_list_are_slices_of_it(client):
    for params in ({}, {"status": "no_deadline", "as_of": "2025-09-01"}, {"agency": "Phòng Văn hóa - Xã hội"}):
        whole = client.get("/api/v1/tasks", params={**params, "limit": 500}).json()
        assert whole["total"] == len(whole["items"]) > 5
        for offset, limit in ((0, 7), (5, 3), (whole["total"] - 2, 10), (whole["total"] + 1, 10)):
            page = client.get("/api/v1/tasks", params={**params, "offset": offset, "limit": limit}).json()
            assert page["total"] == whole["total"] and (page["offset"], page["limit"]) == (offset, limit)
            assert page["items"] == whole["items"][offset:offset + limit], (params, offset)
    ag = client.get("/api/v1/agencies", params={"text": "Văn hóa - Xã hội"}).json()["items"][0]["id"]
    whole = client.get(f"/api/v1/agencies/{ag}/tasks", params={"limit": 500}).json()
    page = client.get(f"/api/v1/agencies/{ag}/tasks", params={"offset": 2, "limit": 3}).json()
    assert whole["total"] > 5 and page["total"] == whole["total"] and page["items"] == whole["items"][2:5]


def test_agencies(client):
    lst = client.get("/api/v1/agencies", params={"text": "Văn hóa - Xã hội"}).json()
    ag = next(a for a in lst["items"] if a["label"] == "Phòng Văn hóa - Xã hội")
    one = client.get(f"/api/v1/agencies/{ag['id']}").json()
    assert one["parent"].endswith("ubnd-phuong-bac-nha-trang")
    tasks = client.get(f"/api/v1/agencies/{ag['id']}/tasks", params={"limit": 500}).json()
    assert tasks["total"] >= one["tasks"] > 5  # led + coordinated; one["tasks"] counts led ones


def test_gaps_and_stats(client):
    gaps = client.get("/api/v1/gaps").json()
    assert set(gaps) >= {"tasks_without_national_basis", "missing_documents", "conflicts", "tasks_without_lead"}
    stats = client.get("/api/v1/stats").json()
    assert stats["documents"]["full"] == 3 and stats["most_cited"]


def test_jsonld_by_content_negotiation(client):
    r = client.get("/api/v1/documents/91-KL/TU", headers={"Accept": "application/ld+json"})
    assert r.headers["content-type"].startswith("application/ld+json")
    body = r.json()
    assert body["@context"]["iri"] == "@id"
    import rdflib

    g = rdflib.Graph().parse(data=json.dumps(body), format="json-ld")
    iri = rdflib.URIRef(body["iri"])
    assert (iri, rdflib.URIRef("https://w3id.org/cancu/ontology#symbol"), rdflib.Literal("91-KL/TU")) in g
    plain = client.get("/api/v1/documents/91-KL/TU", headers={"Accept": "application/json, application/ld+json;q=0.5"})
    assert plain.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("url, status", [
    ("/api/v1/documents/doc/nope/nope", 404),
    ("/api/v1/documents/99999/QĐ-XYZ", 404),
    ("/api/v1/tasks/doc/nope/task/1", 404),
    ("/api/v1/agencies/agency/nope", 404),
    ("/api/v1/tasks?due_from=31/12/2025", 422),
    ("/api/v1/documents?limit=0", 422),
    ("/api/v1/documents?level=galactic", 422),
])
def test_errors_are_problem_json(client, url, status):
    r = client.get(url)
    assert r.status_code == status
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["status"] == status and r.json()["detail"]


def test_a_task_is_not_a_document(client):
    r = client.get(f"/api/v1/documents/{task_id(client)}")
    assert r.status_code == 404 and "not a document" in r.json()["detail"]


# --- uploads -------------------------------------------------------------------------------

def _upload(client, name, data, token="secret"):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return client.post("/api/v1/documents", files={"file": (name, data)}, headers=headers)


def test_upload_needs_the_token(client):
    assert _upload(client, "a.txt", b"x", token=None).status_code == 401
    assert _upload(client, "a.txt", b"x", token="wrong").status_code == 403


def test_upload_refused_when_no_token_is_configured():
    store = open_store(None, backend="memory")
    c = TestClient(create_app(Settings(token=None), store=store))
    r = _upload(c, "a.txt", b"x", token="anything")
    assert r.status_code == 403 and "read-only" in r.json()["detail"]


@pytest.mark.parametrize("name, data, status", [
    ("../../etc/passwd.txt", "Tin tức thể thao hôm nay: đội tuyển thắng 2-0.".encode(), 422),  # not a document
    ("scan.exe", b"MZ\x00\x01", 415),
    ("empty.txt", b"", 422),
    ("binary.txt", bytes(range(256)) * 4, 422),
    ("big.txt", b"a" * 300_001, 413),
])
def test_bad_uploads_change_nothing(client, name, data, status):
    before = client.get("/api/v1/health").json()["store"]["quads"]
    r = _upload(client, name, data)
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert client.get("/api/v1/health").json()["store"]["quads"] == before


def test_upload_ingests_a_real_document(tmp_path):
    store = open_store(None, backend="memory")
    c = TestClient(create_app(Settings(token="secret", store=tmp_path / "store"), store=store))
    data = (EXAMPLES / "003_7d26c286be1eb3a6.txt").read_bytes()
    r = _upload(c, "..\\..\\ke-hoach-298.txt", data)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["summary"]["tasks"] >= 50 and body["summary"]["documents"][0]["symbol"] == "298/KH-UBND"
    assert body["iri"].endswith("298-kh-ubnd")
    saved = list((tmp_path / "store" / "uploads").iterdir())
    assert len(saved) == 1 and saved[0].parent == tmp_path / "store" / "uploads"  # no client path used
    assert c.get("/api/v1/documents/298/KH-UBND").status_code == 200
    again = _upload(c, "ke-hoach-298.txt", data)
    assert again.status_code == 201 and again.json()["summary"]["outcome"] == "unchanged"


def test_cors_allow_list():
    store = open_store(None, backend="memory")
    c = TestClient(create_app(Settings(cors_origins=["https://portal.khanhhoa.gov.vn"]), store=store))
    ok = c.get("/api/v1/health", headers={"Origin": "https://portal.khanhhoa.gov.vn"})
    assert ok.headers.get("access-control-allow-origin") == "https://portal.khanhhoa.gov.vn"
    other = c.get("/api/v1/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_openapi_lists_the_endpoints(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ("/api/v1/documents", "/api/v1/documents/{ident}", "/api/v1/tasks", "/api/v1/tasks/{ident}/trace",
              "/api/v1/agencies", "/api/v1/gaps", "/api/v1/stats", "/api/v1/health"):
        assert p in paths, p


def test_answers_from_the_index_equal_those_from_sparql(tmp_path):
    store = open_store(tmp_path / "st")
    store.ingest_paths([EXAMPLES])
    off = TestClient(create_app(Settings(index="off"), store=store))
    paths = ["/api/v1/documents/91-KL/TU/impact", "/api/v1/documents/76/NQ-CP/impact?limit=3",
             "/api/v1/documents/91-KL/TU/trace",
             "/api/v1/tasks?agency=Ph%C3%B2ng%20V%C4%83n%20h%C3%B3a&as_of=2025-09-01",
             "/api/v1/tasks?due_to=2025-09-30&as_of=2025-09-01", "/api/v1/gaps"]
    tid = task_id(off)
    paths += [f"/api/v1/tasks/{tid}/trace", f"/api/v1/tasks/{tid}"]
    plain = [off.get(p).json() for p in paths]
    assert off.get("/api/v1/health").json()["index"] == {"state": "off"}
    on = TestClient(create_app(Settings(index="sync"), store=store))
    assert [on.get(p).json() for p in paths] == plain
    health = on.get("/api/v1/health").json()["index"]
    assert health["state"] == "ready" and health["tasks"] >= 80


def test_an_unknown_index_mode_is_a_clear_error(monkeypatch):
    from cancu.errors import SettingError

    monkeypatch.setenv("CANCU_INDEX", "fast")
    with pytest.raises(SettingError, match="CANCU_INDEX"):
        Settings.from_env()
    monkeypatch.delenv("CANCU_INDEX")
    monkeypatch.setenv("CANCU_SPARQL_CACHE_MB", "lots")
    with pytest.raises(SettingError, match="CANCU_SPARQL_CACHE_MB='lots'"):  # not a ValueError traceback
        Settings.from_env()


def test_damaged_uploads_are_422_and_change_nothing(client, damaged_files):
    for name, data in damaged_files.items():
        before = client.get("/api/v1/health").json()["store"]["quads"]
        r = _upload(client, name, data)
        assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text
        assert r.json()["detail"].startswith(name + ":"), r.text  # the client's name, never a server path
        assert client.get("/api/v1/health").json()["store"]["quads"] == before
