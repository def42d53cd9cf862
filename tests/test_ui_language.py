"""Every page in the chosen language: an English page shows no Vietnamese interface string
and a Vietnamese page no English one, for every page type of the explorer, the graph views
and the SPARQL page. The strings checked are derived from api/data/ui.json, not listed here.

What a page shows from documents (titles, task text, agency names, quotes) is Vietnamese on
both and is marked ``lang="vi"``; the check reads what is left: the interface text and the
title, placeholder and label attributes of the page."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the api extra is not installed")
pytest.importorskip("pyvis", reason="the viz extra is not installed")
import lxml.html  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from cancu.api.app import create_app  # noqa: E402
from cancu.api.settings import Settings  # noqa: E402
from cancu.graph import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
UI = json.loads((ROOT / "api" / "data" / "ui.json").read_text(encoding="utf-8"))
EXAMPLES = ROOT / "examples" / "corpus"
TASK = "Xây dựng Trang thông tin điện tử phường"
PLAN_298 = "doc/ubnd-thanh-pho-nha-trang/ke-hoach/2023/298-kh-ubnd"
VHXH = "agency/ubnd-phuong-bac-nha-trang/phong-van-hoa-xa-hoi"
ATTRS = ("title", "placeholder", "aria-label", "alt")


# --- the strings of each language, from ui.json -----------------------------------------------

def _leaves(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _leaves(v)]
    return []


def strings_of(lang: str) -> list[str]:
    """Every string of ``lang``: the flat table and each section's table."""
    out = _leaves(UI[lang])
    for name, sec in UI.items():
        if isinstance(sec, dict) and lang in sec and name not in ("vi", "en"):
            out += _leaves(sec[lang])
    return out


def fragments(text: str) -> list[str]:
    """The literal pieces of a string between its ``{placeholders}``, with two letters or more."""
    out = []
    for part in re.split(r"\{[^}]*\}", text):
        part = part.strip(" \t\n·:;,.()–—-/→←“”\"'…")
        if sum(ch.isalpha() for ch in part) >= 2:
            out.append(part)
    return out


def _word(fragment: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(fragment) + r"(?!\w)")


def only_in(lang: str, other: str) -> list[str]:
    """Fragments of ``lang`` found in no string of ``other`` (so ``API``, ``SPARQL``, ``JSON``,
    used by both, never count)."""
    theirs = strings_of(other)
    mine = {f for s in strings_of(lang) for f in fragments(s)}
    return sorted(f for f in mine if not any(_word(f).search(s) for s in theirs))


VI_ONLY, EN_ONLY = only_in("vi", "en"), only_in("en", "vi")


def test_the_check_has_strings_to_look_for():
    assert len(VI_ONLY) > 150 and len(EN_ONLY) > 150
    assert "Căn cứ riêng của nhiệm vụ" in VI_ONLY and "Inherited from the plan" in EN_ONLY
    assert "Tình trạng" in VI_ONLY and "Status" in EN_ONLY
    # both languages have every key of every table
    for name, sec in UI.items():
        if name in ("vi", "en"):
            assert set(UI["vi"]) == set(UI["en"])
        elif isinstance(sec, dict) and "vi" in sec:
            assert _keys(sec["vi"]) == _keys(sec["en"]), name


def _keys(obj, prefix="") -> set[str]:
    if not isinstance(obj, dict):
        return {prefix}
    return {k for key, v in obj.items() for k in _keys(v, f"{prefix}.{key}")}


# --- reading a page -----------------------------------------------------------------------------

def interface_text(html: str) -> str:
    """What a page says in its own voice: text and labelling attributes, leaving out elements
    marked with a language of their own (document text; the other language's switch link),
    code, scripts and the head."""
    doc = lxml.html.fromstring(html)
    for el in list(doc.iter()):
        if el.getparent() is None:
            continue
        if el.get("lang") or el.tag in ("script", "style", "code", "pre", "head", "noscript"):
            el.drop_tree()
    parts = [doc.text_content()]
    for el in doc.iter():
        parts += [el.get(a) for a in ATTRS if el.get(a)]
    return re.sub(r"\s+", " ", " ".join(parts))


def graph_words(html: str) -> str:
    """The interface words of a graph page's drawing: edge labels and tooltips' field names
    (vis-network data), and the labels of the count and paging nodes cancu makes."""
    nodes = json.loads(re.search(r"var nodeData = (\[.*?\]);\n", html).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);\n", html).group(1))
    fields = {f for lang in ("vi", "en") for f in UI["graph"][lang]["tooltip_fields"].values()}
    words = [e.get("label") or "" for e in edges]
    for n in nodes:  # a tooltip line "Field: value" (other lines quote documents)
        for line in (n.get("title") or "").split("<br>"):
            if line.split(": ", 1)[0] in fields:
                words.append(line.split(": ", 1)[0])
        if n.get("kind") in ("group", "more"):
            words.append(n["label"])
    return " | ".join(words)


def foreign(text: str, lang: str) -> list[str]:
    """The other language's interface strings found in ``text``."""
    return [f for f in (EN_ONLY if lang == "vi" else VI_ONLY) if _word(f).search(text)]


# --- the pages ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client():
    store = open_store(None, backend="memory")
    store.ingest_paths([EXAMPLES])
    return TestClient(create_app(Settings(), store=store))


@pytest.fixture(scope="module")
def task_id(client):
    return next(h["id"] for h in client.get("/api/v1/search", params={"q": TASK}).json()["items"]
                if h["type"] == "task")


def pages(task_id: str) -> dict[str, str]:
    return {"home": "/", "search": "/search?q=" + quote("Văn hóa"), "documents": "/documents",
            "document": "/documents/" + PLAN_298, "tasks": "/tasks", "task": "/tasks/" + task_id,
            "agencies": "/agencies", "agency": "/agencies/" + VHXH, "gaps": "/gaps",
            "not found": "/tasks/doc/none/task/1", "wrong type": "/tasks/" + PLAN_298, "sparql": "/sparql"}


def graphs(task_id: str) -> dict[str, str]:
    return {"lineage": "/viz/task/" + task_id, "neighbourhood": "/viz/document/" + PLAN_298,
            "neighbourhood page": "/viz/document/" + PLAN_298 + "?relation=cited_by:task_of&offset=50",
            "agency graph": "/viz/agency/" + VHXH}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_explorer_page_speaks_one_language(client, task_id, lang):
    for name, url in pages(task_id).items():
        sep = "&" if "?" in url else "?"
        r = client.get(f"{url}{sep}lang={lang}", headers={"Accept": "text/html"})
        assert r.headers["content-type"].startswith("text/html"), name
        assert f'<html lang="{lang}">' in r.text, name
        text = interface_text(r.text)
        assert len(text) > 40, name
        assert foreign(text, lang) == [], f"{name} ({lang}): {foreign(text, lang)}"
    client.cookies.clear()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_graph_view_speaks_one_language(client, task_id, lang):
    for name, url in graphs(task_id).items():
        sep = "&" if "?" in url else "?"
        r = client.get(f"{url}{sep}lang={lang}")
        assert r.status_code == 200, name
        assert f'<html lang="{lang}">' in r.text, name
        words = interface_text(r.text) + " | " + graph_words(r.text)
        assert foreign(words, lang) == [], f"{name} ({lang}): {foreign(words, lang)}"
        ours = UI["graph"][lang]
        assert any(title in words for title in ours["titles"].values()), name
    client.cookies.clear()


def test_the_check_catches_a_string_of_the_other_language(client, task_id):
    """A page in English with one Vietnamese interface word left in is caught."""
    html = client.get(f"/tasks/{task_id}?lang=en").text
    client.cookies.clear()
    assert foreign(interface_text(html), "en") == []
    leaked = html.replace("<h2>Lineage graph</h2>", "<h2>Sơ đồ căn cứ</h2>")
    assert "Sơ đồ căn cứ" in foreign(interface_text(leaked), "en")


def test_dates_are_day_first_in_vietnamese_and_iso_in_english(client, task_id):
    vi = client.get(f"/documents/{PLAN_298}?lang=vi").text
    en = client.get(f"/documents/{PLAN_298}?lang=en").text
    client.cookies.clear()
    assert "13/01/2023" in interface_text(vi) and "2023-01-13" not in interface_text(vi)
    assert "2023-01-13" in interface_text(en) and "13/01/2023" not in interface_text(en)
    for lang, form in (("vi", r"\b\d{4}-\d{2}-\d{2}\b"), ("en", r"\b\d{1,2}/\d{1,2}/\d{4}\b")):
        for name, url in pages(task_id).items():
            sep = "&" if "?" in url else "?"
            text = interface_text(client.get(f"{url}{sep}lang={lang}", headers={"Accept": "text/html"}).text)
            assert not re.search(form, text), (lang, name, re.search(form, text))
    task = interface_text(client.get(f"/tasks/{task_id}?lang=vi").text)
    client.cookies.clear()
    assert "(→ 30/09/2025)" in task


def test_agency_page_names_its_parent_and_sub_organisations(client):
    r = client.get("/agencies/agency/ubnd-phuong-bac-nha-trang/phong-van-hoa-xa-hoi")
    doc = lxml.html.fromstring(r.text)
    parent = doc.xpath("//table[@class='kv']//tr[th='Trực thuộc']/td/a")
    assert [a.text_content() for a in parent] == ["UBND phường Bắc Nha Trang"]
    assert parent[0].get("href") == "/agencies/" + quote("agency/ubnd-phuong-bac-nha-trang")
    up = client.get(parent[0].get("href"))
    children = lxml.html.fromstring(up.text).xpath("//table[@class='kv']//tr[th='Đơn vị trực thuộc']/td/a")
    names = [a.text_content() for a in children]
    assert "Phòng Văn hóa - Xã hội" in names and not any("/" in n or "-" == n[:1] for n in names)
