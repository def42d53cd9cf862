"""Explorer pages over the bundled examples: content, language switch, escaping, highlighting."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the api extra is not installed")
from fastapi.testclient import TestClient  # noqa: E402

from cancu.api.app import create_app  # noqa: E402
from cancu.api.routes.explorer import highlight  # noqa: E402
from cancu.api.settings import Settings  # noqa: E402
from cancu.graph import ingest_extraction, open_store  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
GRAPH_FIXTURES = Path(__file__).parent / "fixtures" / "graph"
EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture(scope="module")
def client():
    store = open_store(None, backend="memory")
    store.ingest_paths([EXAMPLES])
    # a hand-made extraction whose title and task carry markup: pages must show it as text
    ex = json.loads((GRAPH_FIXTURES / "plan_a.json").read_text(encoding="utf-8"))
    ex = copy.deepcopy(ex)
    ex["doc"]["title"] = "Kế hoạch " + EVIL
    ex["tasks"][0]["text"] = "Triển khai " + EVIL
    text = (GRAPH_FIXTURES / "plan_a.txt").read_text(encoding="utf-8")
    ingest_extraction(store, ex, text, file_name="evil.txt", checksum="e" * 64)
    return TestClient(create_app(Settings(), store=store))


def visible(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_home_shows_counts_and_most_cited(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'lang="vi"' in r.text and "Văn bản được dẫn chiếu nhiều nhất" in r.text
    assert ("Kết luận số 91-KL/TU ngày 18/10/2022 của Ban Thường vụ Tỉnh ủy Khánh Hòa" in visible(r.text)
            or "Nghị quyết số 76/NQ-CP ngày 15/07/2021 của Chính phủ" in visible(r.text))


def test_english_switch_sticks_in_a_cookie(client):
    r = client.get("/?lang=en")
    assert 'lang="en"' in r.text and "Most cited documents" in r.text
    assert r.cookies.get("cancu_lang") == "en"
    again = client.get("/documents", cookies={"cancu_lang": "en"})
    assert "Documents" in visible(again.text)
    client.cookies.clear()


def test_search_groups_results(client):
    text = visible(client.get("/search", params={"q": "Văn hóa - Xã hội"}).text)
    assert "Cơ quan" in text and "Phòng Văn hóa - Xã hội" in text


def test_document_page(client):
    r = client.get("/documents/91-KL/TU")
    text = visible(r.text)
    assert r.status_code == 200
    assert "Ban Thường vụ Tỉnh ủy Khánh Hòa" in text and "Cấp tỉnh" in text
    # cited by both plans, each with the sentence quoted
    assert "Kế hoạch 298/KH-UBND" in text
    assert "Tiếp tục quán triệt và triển khai thực hiện nghiêm Kết luận 91-KL/TU" in text


def test_document_page_highlights_source_spans(client):
    r = client.get("/documents/298/KH-UBND")
    assert 'id="source"' in r.text
    marks = re.findall(r'<mark class="hl hl-(\w+)"[^>]*>(.*?)</mark>', r.text, re.S)
    assert any(kind == "link" and "91-KL/TU" in body for kind, body in marks)
    assert any(kind == "task" for kind, _ in marks)


def test_task_page_bands_levels_top_down(client):
    hits = client.get("/api/v1/search", params={"q": "Xây dựng Trang thông tin điện tử phường"}).json()["items"]
    tid = next(h["id"] for h in hits if h["type"] == "task")
    r = client.get(f"/tasks/{tid}")
    assert r.status_code == 200
    bands = re.findall(r'<section class="band band-(\w+)">', r.text)
    assert bands[:2] == ["national", "provincial"] and bands[-1] in ("commune", "local")
    text = visible(r.text)
    assert "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ" in text
    assert "Căn cứ Quyết định số 311/QĐ-UBND ngày 15/7/2025 của UBND tỉnh Khánh Hòa" in text
    assert 'src="/viz/task/' in r.text


def test_agency_page_groups_tasks_by_status(client):
    r = client.get("/agencies/agency/ubnd-phuong-bac-nha-trang/phong-van-hoa-xa-hoi", params={"as_of": "2025-08-01"})
    text = visible(r.text)
    assert r.status_code == 200 and "Phòng Văn hóa - Xã hội" in text
    assert "Chưa đến hạn" in text or "Sắp đến hạn" in text


def test_lists_and_gaps(client):
    """Each list shows what its filter selects and leaves out what it does not."""
    pages = {}
    for url in ("/documents", "/documents?level=national", "/tasks", "/tasks?status=recurring", "/agencies", "/gaps"):
        r = client.get(url)
        assert r.status_code == 200, url
        pages[url] = visible(r.text)
    assert "Kế hoạch 298/KH-UBND" in pages["/documents"] and "Nghị quyết 76/NQ-CP" in pages["/documents"]
    assert "Nghị quyết 76/NQ-CP" in pages["/documents?level=national"]
    assert "298/KH-UBND" not in pages["/documents?level=national"]
    rows = {url: re.findall(r"<tr\b.*?</tr>", client.get(url).text, re.S)
            for url in ("/tasks", "/tasks?status=recurring")}
    assert len(rows["/tasks?status=recurring"]) > 3 and len(rows["/tasks"]) > len(rows["/tasks?status=recurring"])
    assert all("Thường xuyên, định kỳ" in visible(r) for r in rows["/tasks?status=recurring"][1:])
    assert any("Quá hạn" in visible(r) for r in rows["/tasks"])
    assert "Phòng Văn hóa - Xã hội" in pages["/agencies"] and "UBND phường Bắc Nha Trang" in pages["/agencies"]
    assert "Nhiệm vụ chưa có căn cứ trung ương" in pages["/gaps"] and "298/KH-UBND" in pages["/gaps"]


def test_unknown_pages_are_404_html(client):
    r = client.get("/documents/99999/QĐ-XYZ")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "Không tìm thấy 99999/QĐ-XYZ trong kho dữ liệu." in visible(r.text)
    en = client.get("/documents/99999/QĐ-XYZ?lang=en")
    client.cookies.clear()
    assert "99999/QĐ-XYZ is not in the store." in visible(en.text) and "Technical detail" in en.text
    # the query as typed, escaped, whatever it holds; a task asked for as a document says so
    evil = client.get("/documents/" + EVIL)
    assert "<script>alert" not in evil.text and "&lt;script&gt;" in evil.text
    wrong = client.get("/tasks/298/KH-UBND")
    assert wrong.status_code == 404 and "298/KH-UBND không phải là nhiệm vụ." in visible(wrong.text)


@pytest.mark.parametrize("url", ["/documents/12/KH-UBND", "/search?q=Triển khai <script>"])
def test_markup_from_documents_and_users_is_escaped(client, url):
    html = client.get(url).text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html


def test_highlight_prefers_the_shortest_span_and_skips_whole_documents():
    text = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021;"
    spans = [{"type": "document", "start": 0, "end": len(text), "node": "d"},
             {"type": "link", "start": 0, "end": len(text), "node": "l"},
             {"type": "citation", "start": 7, "end": 29, "node": "c"}]
    segs = highlight(text, spans)
    assert "".join(s["text"] for s in segs) == text
    assert [s["span"]["type"] for s in segs] == ["link", "citation", "link"]
    assert segs[1]["text"] == "Nghị quyết số 76/NQ-CP"


def test_a_document_without_kind_or_number_is_headed_by_its_title(tmp_path):
    # office o033's opening lines (an annex printed alone, tests/test_loaders_classify.py): no header of its own
    from cancu.loaders import extract
    text = ("DANH MỤC SẢN PHẨM/ CÔNG VIỆC CHUNG CHO CÁC SỞ, NGÀNH, ỦY BAN NHÂN DÂN CẤP XÃ\n"
            "THUỘC ỦY BAN NHÂN DÂN TỈNH TRONG ĐÁNH GIÁ, XẾP LOẠI CÔNG CHỨC\n(Ban hành kèm theo Quyết định số:\n"
            "/QĐ-UBND ngày tháng 5 năm 2026 của UBND tỉnh)\nTT\tMã\tNhiệm vụ\tSản phẩm\n"
            "1\tNV01\tTham mưu thực hiện Nghị định số 154/2025/NĐ-CP\tVăn bản\n")
    p = tmp_path / "o033.txt"
    p.write_text(text, encoding="utf-8")
    store = open_store(None, backend="memory")
    ingest_extraction(store, extract(p).to_dict(), text, file_name="o033.txt", checksum="a" * 64)
    c = TestClient(create_app(Settings(), store=store))
    doc = [d for d in c.get("/api/v1/documents").json()["items"] if not d["cited_only"]][0]
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", c.get(f"/documents/{doc['id']}").text, re.S).group(1)
    assert "DANH MỤC SẢN PHẨM/ CÔNG VIỆC CHUNG" in h1
