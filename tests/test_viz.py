"""Graph views (cancu.viz): the data of each view on the bundled examples, the page
render_html makes (escaping, offline assets, clustering) and ``cancu viz``.

The examples are the two real documents in examples/corpus: the Bắc Nha Trang ward
decision + its 2025 administrative-reform plan, and Nha Trang's 2023 plan.
"""

from __future__ import annotations

import html
import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cancu.graph import open_store, trace
from cancu.graph.analytics import get_agency, tasks
from cancu.viz import VizGraph, agency_graph, assets_dir, lineage_graph, neighbourhood_graph, render_html
from cancu.viz.errors import BadAssetsError, BadPageError, UnknownRelationError, UnknownViewError, ViewMismatchError
from cancu.viz.graphs import VizNode
from cancu.viz.render import CLUSTER_THRESHOLD, MAX_NODES

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
TASK = "Xây dựng Trang thông tin điện tử phường"
BASE = "https://w3id.org/cancu/id/"
PLAN = BASE + "doc/ubnd-phuong-bac-nha-trang/ke-hoach/nd/cai-cach-hanh-chinh-phuong-bac-nha-trang-nam-2025"
DECISION = BASE + ("doc/ubnd-phuong-bac-nha-trang/quyet-dinh/nd/"
                   "ban-hanh-ke-hoach-cai-cach-hanh-chinh-phuong-bac-nha-trang-nam-2025")
QD_311 = BASE + "doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311-qd-ubnd"
KL_91 = BASE + "doc/tinh-uy-khanh-hoa/ket-luan/2022/91-tu"
NQ_76 = BASE + "doc/chinh-phu/nghi-quyet/2021/76-nq-cp"
VHXH = BASE + "agency/ubnd-phuong-bac-nha-trang/phong-van-hoa-xa-hoi"
CDN = re.compile(r"cdnjs|jsdelivr|unpkg|googleapis|bootstrap|(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I)
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def store():
    s = open_store(None, backend="memory")
    s.ingest_paths([EXAMPLES])
    return s


def page_data(page: str) -> dict:
    """The ``window.cancuGraph`` JSON a page defines."""
    m = re.search(r"window\.cancuGraph = (\{.*?\});\n", page)
    assert m, "the page does not define window.cancuGraph"
    return json.loads(m.group(1))


def synthetic(n_tasks: int, *, groups: int = 6, label: str = "nhiệm vụ") -> VizGraph:
    """An agency-like graph: one agency, ``groups`` status nodes, ``n_tasks`` tasks."""
    g = VizGraph(direction="LR", meta={"view": "agency"})
    g.add_node(VizNode(id="urn:a", label="Cơ quan", level="agency", kind="agency", keep=True))
    for k in range(groups):
        g.add_node(VizNode(id=f"urn:s{k}", label=f"nhóm {k}", level="group", rank=1, kind="group", keep=True))
        g.add_edge("urn:a", f"urn:s{k}", "status")
    for i in range(n_tasks):
        g.add_node(VizNode(id=f"urn:t{i}", label=f"{label} {i}", title=f"{label} {i}", level="task", rank=2,
                           kind="task", group=f"status:s{i % groups}"))
        g.add_edge(f"urn:s{i % groups}", f"urn:t{i}", "lead")
    return g


# --- lineage ------------------------------------------------------------------------------------

def test_lineage_of_the_ward_task_runs_top_down_from_national_to_the_task(store):
    result = trace(store, TASK)
    g = lineage_graph(result)
    by_id = {n.id: n for n in g.nodes}
    task = result["target"]["iri"]
    assert {task, PLAN, DECISION, QD_311, KL_91, NQ_76} <= set(by_id)
    assert by_id[task].kind == "task" and by_id[task].level == "task"
    assert by_id[NQ_76].level == "national" and by_id[QD_311].level == "provincial"
    assert by_id[KL_91].level == "provincial" and by_id[PLAN].level == "local"
    # national above provincial above the ward decision above its plan above the task
    assert by_id[NQ_76].rank < by_id[QD_311].rank == by_id[KL_91].rank < by_id[DECISION].rank
    assert by_id[DECISION].rank < by_id[PLAN].rank < by_id[task].rank
    assert max(n.rank for n in g.nodes) == by_id[task].rank
    # every hop of the trace is an edge, citing node → basis, with its relation
    hops = {(h["from"], h["to"], h["relation"]) for h in result["hops"]}
    assert {(e.from_, e.to, e.relation) for e in g.edges} == hops
    assert (DECISION, NQ_76, "can_cu") in hops
    assert by_id[NQ_76].label == "Nghị quyết 76/NQ-CP"
    assert "15/07/2021" in by_id[NQ_76].title and "Chính phủ" in by_id[NQ_76].title


def test_lineage_of_a_document_puts_the_document_at_the_bottom(store):
    g = lineage_graph(trace(store, PLAN))
    me = g.node(PLAN)
    assert me.keep and me.rank == max(n.rank for n in g.nodes)
    assert g.node(NQ_76).rank == 0


# --- neighbourhood ------------------------------------------------------------------------------

def test_neighbourhood_counts_each_relation_and_shows_all_when_few(store):
    plan_tasks = tasks(store, document=PLAN)
    g = neighbourhood_graph(store, PLAN, limit=200)
    counts = g.meta["counts"]
    assert counts["cited_by:task_of"] == len(plan_tasks) > 20
    assert KL_91 in {e.to for e in g.edges if e.from_ == PLAN and e.relation == "thuc_hien"}
    assert g.meta["expanded"] == "all"
    shown = {n.id for n in g.nodes if n.kind in ("document", "task")} - {PLAN}
    assert len(shown) == g.meta["total"] == g.meta["shown"]
    assert {t["iri"] for t in plan_tasks} <= shown
    assert g.node(PLAN).keep and g.node(PLAN).level == "target"


def test_neighbourhood_reports_counts_first_when_many_then_pages_one_relation(store):
    g = neighbourhood_graph(store, PLAN, limit=10)
    counts = g.meta["counts"]
    assert sum(1 for n in g.nodes if n.kind == "task") == 0
    summaries = [n for n in g.nodes if n.kind == "group"]
    assert len(summaries) == len(counts)
    by_url = {n.url: n for n in summaries}
    assert "?relation=cited_by:task_of" in by_url
    assert str(counts["cited_by:task_of"]) in by_url["?relation=cited_by:task_of"].label

    seen: list[str] = []
    offset, pages = 0, 0
    while True:
        p = neighbourhood_graph(store, PLAN, relation="cited_by:task_of", limit=10, offset=offset)
        page_tasks = [n.id for n in p.nodes if n.kind == "task"]
        assert 0 < len(page_tasks) <= 10
        seen += page_tasks
        pages += 1
        assert ("previous" in p.meta["pages"]) == (offset > 0)
        # the other relations stay reachable as count nodes
        assert {n.url for n in p.nodes if n.kind == "group"} == {f"?relation={k}" for k in counts
                                                                 if k != "cited_by:task_of"}
        if "next" not in p.meta["pages"]:
            break
        nxt = [n for n in p.nodes if n.kind == "more" and n.url.endswith(f"offset={p.meta['pages']['next']}")]
        assert len(nxt) == 1 and nxt[0].target == "self"
        offset = p.meta["pages"]["next"]
    assert len(seen) == len(set(seen)) == counts["cited_by:task_of"]
    assert pages == -(-counts["cited_by:task_of"] // 10)


def test_neighbourhood_refuses_an_unknown_relation_and_a_bad_page(store):
    with pytest.raises(UnknownRelationError, match="cited_by:task_of"):
        neighbourhood_graph(store, PLAN, relation="basis:nonexistent")
    with pytest.raises(BadPageError):
        neighbourhood_graph(store, PLAN, limit=0)
    with pytest.raises(BadPageError):
        neighbourhood_graph(store, PLAN, offset=-1)


# --- agency -------------------------------------------------------------------------------------

def test_agency_view_groups_its_tasks_by_status_and_caps_them(store):
    rows = tasks(store, agency=VHXH)
    g = agency_graph(store, VHXH)
    assert g.meta["total"] == len(rows) and not g.meta["truncated"]
    assert sum(g.meta["counts"].values()) == len(rows)
    assert {n.id for n in g.nodes if n.kind == "task"} == {t["iri"] for t in rows}
    statuses = {n.id.rsplit("=", 1)[-1]: n for n in g.nodes if n.kind == "group"}
    assert set(statuses) == {t["status"] for t in rows}
    for t in rows:  # each task hangs under its status and points to its plan
        assert any(e.from_.endswith("=" + t["status"]) and e.to == t["iri"] for e in g.edges)
        assert any(e.from_ == t["iri"] and e.to == t["document"] and e.relation == "task_of" for e in g.edges)
    assert g.node(VHXH).label == get_agency(store, VHXH)["label"]

    small = agency_graph(store, VHXH, limit=5)
    assert small.meta["truncated"] and small.meta["shown"] == 5
    assert sum(1 for n in small.nodes if n.kind == "task") == 5
    assert any(n.kind == "more" and str(len(rows) - 5) in n.label for n in small.nodes)


# --- the page -----------------------------------------------------------------------------------

def test_page_exposes_the_graph_with_urls_and_levels(store):
    g = lineage_graph(trace(store, TASK))
    page = render_html(g, title="lineage", node_url=lambda iri: "/n/" + iri.rsplit("/id/", 1)[-1])
    data = page_data(page)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == {n.id for n in g.nodes}
    assert nodes[QD_311]["url"] == "/n/doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311-qd-ubnd"
    assert nodes[NQ_76]["level"] == "national" and nodes[NQ_76]["kind"] == "document"
    assert len(data["edges"]) == len(g.edges) and data["clusters"] == []
    assert "var network;" in page and "new vis.Network(" in page
    # the legend names the layers drawn
    legend = page[page.index('id="legend"'):page.index("</ul>", page.index('id="legend"'))]
    for word in ("Trung ương", "Tỉnh", "Nhiệm vụ"):
        assert word in legend


def test_document_text_is_escaped_in_labels_tooltips_and_legend_free_text():
    evil = '</script><script>alert(1)</script><img src=x onerror="alert(2)">'
    g = VizGraph()
    g.add_node(VizNode(id="urn:x", label=evil, title=f"Trích yếu: {evil}\ndòng hai", kind="document", keep=True))
    g.add_node(VizNode(id="urn:y", label="ok", kind="task", level="task", rank=1))
    g.add_edge("urn:y", "urn:x", evil)
    page = render_html(g, title=evil, assets="/static/viz")
    assert "<script>alert" not in page and "<img src=x" not in page and 'onerror="alert' not in page
    assert page.count("<script") == 2  # the vis-network reference and cancu's own script
    data = page_data(page)
    assert data["nodes"][0]["label"] == evil  # the data is intact, only its encoding is safe
    vis_nodes = json.loads(re.search(r"var nodeData = (\[.*?\]);\n", page).group(1))
    tip = next(n["title"] for n in vis_nodes if n["id"] == "urn:x")  # the HTML the tooltip element gets
    assert tip == ("Trích yếu: &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"
                   "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;<br>dòng hai")
    assert "&lt;/script&gt;" in page[:page.index("<body")]  # <title>


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("<>&\"'/ =\nabcđếScriptSCRIPT!-")), max_size=40))
def test_any_text_survives_the_page_as_data_and_never_as_markup(text):
    g = VizGraph()
    g.add_node(VizNode(id="urn:x", label=text or "x", title=text, kind="document"))
    page = render_html(g, title=text or "x", assets="/static/viz")
    assert page.lower().count("</script") == 2 and page.lower().count("<script") == 2
    assert page_data(page)["nodes"][0]["label"] == (text or "x")
    vis_nodes = json.loads(re.search(r"var nodeData = (\[.*?\]);\n", page).group(1))
    tip = vis_nodes[0].get("title") or ""
    assert "<" not in tip.replace("<br>", "")
    assert html.unescape(tip.replace("<br>", "\n")) == text


@pytest.mark.parametrize("assets", ["inline", "/static/viz"])
def test_pages_load_nothing_from_a_cdn(store, assets):
    for g in (lineage_graph(trace(store, TASK)), neighbourhood_graph(store, PLAN), agency_graph(store, VHXH)):
        page = render_html(g, title="x", assets=assets)
        assert not CDN.search(page), CDN.search(page).group(0)


def test_inline_assets_embed_vis_network_and_a_prefix_references_the_served_files(store):
    g = lineage_graph(trace(store, TASK))
    js = (assets_dir() / "vis-network.min.js").read_text(encoding="utf-8")
    css = (assets_dir() / "vis-network.css").read_text(encoding="utf-8")
    inline = render_html(g, title="x", assets="inline")
    assert js in inline and css in inline
    assert "<script src=" not in inline and "<link" not in inline
    served = render_html(g, title="x", assets="/static/viz/")
    assert '<script src="/static/viz/vis-network.min.js"></script>' in served
    assert '<link rel="stylesheet" href="/static/viz/vis-network.css">' in served
    assert js not in served and len(served) < len(inline) - len(js)
    for bad in ("", "x\" onload=\"alert(1)"):
        with pytest.raises(BadAssetsError):
            render_html(g, title="x", assets=bad)


def test_only_safe_node_links_reach_the_page():
    g = VizGraph()
    g.add_node(VizNode(id="urn:a", label="a"))
    g.add_node(VizNode(id="urn:b", label="b", kind="task"))
    urls = {"urn:a": "javascript:alert(1)", "urn:b": "/tasks/b"}
    data = page_data(render_html(g, title="x", node_url=urls.get))
    assert {n["id"]: n["url"] for n in data["nodes"]} == {"urn:a": None, "urn:b": "/tasks/b"}


def test_a_big_graph_is_folded_into_clusters_per_group():
    g = synthetic(600)
    assert len(g.nodes) > CLUSTER_THRESHOLD
    data = page_data(render_html(g, title="big"))
    clusters = {c["group"]: c for c in data["clusters"]}
    assert set(clusters) == {f"status:s{k}" for k in range(6)}
    assert sum(c["count"] for c in clusters.values()) == 600  # every task, no kept node
    assert len(data["nodes"]) == 607
    small = page_data(render_html(synthetic(20), title="small"))
    assert small["clusters"] == []


def test_beyond_max_nodes_the_page_draws_a_first_part_and_says_so():
    g = synthetic(MAX_NODES + 300)
    page = render_html(g, title="huge")
    data = page_data(page)
    assert len(data["nodes"]) == MAX_NODES and data["dropped"] == len(g.nodes) - MAX_NODES
    drawn = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in drawn and e["to"] in drawn for e in data["edges"])
    assert sum(c["count"] for c in data["clusters"]) == MAX_NODES - 7
    assert f"chỉ vẽ {MAX_NODES} / {len(g.nodes)} nút" in page


# --- cancu viz ----------------------------------------------------------------------------------

def test_cancu_viz_writes_standalone_pages(tmp_path, capsys):
    from cancu.cli import main

    db = str(tmp_path / "store")
    assert main(["--store", db, "ingest", str(EXAMPLES)]) == 0
    out = tmp_path / "out" / "lineage.html"
    assert main(["--store", db, "viz", TASK, "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    data = page_data(page)
    assert {QD_311, KL_91, NQ_76, PLAN} <= {n["id"] for n in data["nodes"]}
    assert data["meta"]["view"] == "lineage"
    assert "<script src=" not in page and not CDN.search(page)

    # a symbol gives the neighbourhood, words of an agency's name its agency view
    assert main(["--store", db, "viz", "311/QĐ-UBND", "-o", str(tmp_path / "n.html")]) == 0
    assert page_data((tmp_path / "n.html").read_text(encoding="utf-8"))["meta"]["view"] == "neighbourhood"
    assert main(["--store", db, "viz", "Phòng Văn hóa - Xã hội", "--view", "agency",
                 "-o", str(tmp_path / "a.html")]) == 0
    assert page_data((tmp_path / "a.html").read_text(encoding="utf-8"))["meta"]["agency"] == VHXH
    # paging cannot reload a standalone file: its nodes name the options instead
    assert main(["--store", db, "viz", PLAN, "--limit", "10", "-o", str(tmp_path / "p.html")]) == 0
    paged = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert all(n["url"] is None for n in page_data(paged)["nodes"] if n["kind"] == "group")
    assert "--relation cited_by:task_of" in paged
    assert "In a standalone file" not in paged and "<h1>Văn bản liên quan: " in paged
    assert main(["--store", db, "viz", PLAN, "--limit", "10", "--lang", "en", "-o", str(tmp_path / "e.html")]) == 0
    english = (tmp_path / "e.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in english and "<h1>Related documents: " in english
    assert "In a standalone file" in english
    assert main(["--store", db, "viz", PLAN, "--relation", "cited_by:task_of", "--limit", "10", "--offset", "10",
                 "-o", str(tmp_path / "p2.html")]) == 0
    p2 = page_data((tmp_path / "p2.html").read_text(encoding="utf-8"))
    assert sum(1 for n in p2["nodes"] if n["kind"] == "task") == 10 and p2["meta"]["offset"] == 10
    capsys.readouterr()
    # a view that does not fit the node, and an unknown view, are one-line errors
    assert main(["--store", db, "viz", TASK, "--view", "neighbourhood", "-o", str(tmp_path / "x.html")]) == 2
    assert main(["--store", db, "viz", TASK, "--view", "tree", "-o", str(tmp_path / "x.html")]) == 2
    err = capsys.readouterr().err
    assert "is a task" in err and "--view must be one of" in err
    assert not (tmp_path / "x.html").exists()


def test_view_errors_are_cancu_errors():
    from cancu.errors import CancuError

    for cls in (UnknownViewError, ViewMismatchError, UnknownRelationError, BadPageError, BadAssetsError):
        assert issubclass(cls, CancuError)


# --- in a browser -------------------------------------------------------------------------------

needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason="needs Debian's chromium (apt-get install chromium; .ci/run installs it)")


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="the test extra is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    page.goto(path.as_uri())
    page.wait_for_function("() => window.network && window.cancuGraph", timeout=20_000)
    return page, errors


@pytest.mark.browser
@needs_chromium
def test_browser_draws_escaped_tooltips_without_running_document_text(browser, tmp_path):
    evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    g = VizGraph()
    g.add_node(VizNode(id="urn:x", label=evil, title=f"Trích yếu: {evil}", kind="document", keep=True))
    f = tmp_path / "evil.html"
    f.write_text(render_html(g, title=evil), encoding="utf-8")
    page, errors = _open(browser, f)
    assert page.evaluate("() => window.network.body.data.nodes.getIds()") == ["urn:x"]
    pos = page.evaluate("() => { const p = window.network.getPositions(['urn:x'])['urn:x'];"
                        " return window.network.canvasToDOM(p); }")
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.move(box["x"] + pos["x"], box["y"] + pos["y"])
    tip = page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5_000)
    assert "Trích yếu: " + evil in tip.inner_text()  # shown as text
    assert page.evaluate("() => window.__pwned") is None
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert not errors, errors
    page.close()


@pytest.mark.browser
@needs_chromium
def test_browser_keeps_a_600_node_graph_to_a_few_cluster_nodes_and_opens_one(browser, tmp_path):
    f = tmp_path / "big.html"
    f.write_text(render_html(synthetic(600), title="big"), encoding="utf-8")
    page, errors = _open(browser, f)
    visible = page.evaluate("() => window.network.body.nodeIndices.length")
    assert visible == 1 + 6 + 6  # the agency, six status nodes, six clusters
    assert page.evaluate("() => window.network.body.data.nodes.length") == 607
    assert page.evaluate("() => window.network.isCluster('cluster:status:s0')")
    page.evaluate("() => window.network.fit({nodes: ['cluster:status:s0'], animation: false})")
    pos = page.evaluate("() => window.network.canvasToDOM(window.network.getPositions(['cluster:status:s0'])"
                        "['cluster:status:s0'])")
    box = page.locator("#mynetwork").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.wait_for_function("() => window.network.body.nodeIndices.length === 13 - 1 + 100", timeout=5_000)
    assert not errors, errors
    page.close()


def test_browser_opens_a_view_too_big_to_read_on_its_own_node_with_labels_drawn(browser, tmp_path):
    """120 tasks fitted into the window would be drawn at a scale where vis-network draws no label
    (under 5 px); the page opens at a readable zoom with the agency at the left edge instead."""
    from cancu.viz.render import MIN_SCALE

    f = tmp_path / "tall.html"
    f.write_text(render_html(synthetic(120), title="tall"), encoding="utf-8")
    page, errors = _open(browser, f)
    assert abs(page.evaluate("() => window.network.getScale()") - MIN_SCALE) < 1e-6
    assert MIN_SCALE * 13 >= 5  # the nodes' 13 px font stays above vis-network's label threshold
    x = page.evaluate("() => window.network.canvasToDOM(window.network.getPositions(['urn:a'])['urn:a']).x")
    width = page.locator("#mynetwork").bounding_box()["width"]
    assert 0 < x < width / 4
    assert not errors, errors
    page.close()


# --- layers, routing and language ------------------------------------------------------------

def test_every_hop_of_a_lineage_points_up_and_levels_are_stacked(store):
    for query in (TASK, PLAN, "298/KH-UBND"):
        g = lineage_graph(trace(store, query))
        rank = {n.id: n.rank for n in g.nodes}
        assert all(rank[e.to] < rank[e.from_] for e in g.edges), query
        by_level = {lvl: [n.rank for n in g.nodes if n.level == lvl] for lvl in ("national", "provincial", "local")}
        present = [r for r in by_level.values() if r]
        assert all(max(a) < min(b) for a, b in zip(present, present[1:])), by_level


def test_band_layers_cuts_a_cycle_and_keeps_bands_apart():
    from cancu.viz.graphs import band_layers

    bands = {"a": "x", "b": "x", "c": "x", "t": "y"}
    rank = band_layers(bands, [("a", "b"), ("b", "c"), ("c", "a"), ("t", "a")], ("x", "y"))
    assert sorted(rank[n] for n in "abc") == [0, 1, 2] and rank["t"] == 3  # a cycle still gets 3 layers
    assert band_layers({"p": "y", "q": "x"}, [], ("x", "y")) == {"q": 0, "p": 1}


def test_long_edges_are_drawn_through_one_waypoint_per_layer(store):
    g = lineage_graph(trace(store, TASK))
    page = render_html(g, title="t")
    nodes = json.loads(re.search(r"var nodeData = (\[.*?\]);\n", page).group(1))
    edges = json.loads(re.search(r"edges = new vis\.DataSet\((\[.*?\])\);\n", page).group(1))
    level = {n["id"]: n["level"] for n in nodes}
    assert all(abs(level[e["from"]] - level[e["to"]]) == 1 for e in edges)  # only adjacent layers
    waypoints = [n for n in nodes if n["kind"] == "waypoint"]
    spans = sum(abs(n.rank - g.node(e.to).rank) - 1 for e in g.edges for n in [g.node(e.from_)])
    assert len(waypoints) == spans > 0
    assert all(n["label"].strip() == "" and not n.get("url") for n in waypoints)
    # one arrow per hop, at the basis end; window.cancuGraph keeps the hops, not the segments
    assert sum(1 for e in edges if e["arrows"]["to"]["enabled"]) == len(g.edges)
    assert len(page_data(page)["edges"]) == len(g.edges)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_views_speak_their_language(store, lang):
    from cancu.i18n import section

    words = section("graph", lang)
    g = lineage_graph(trace(store, TASK), lang=lang)
    nq = g.node(NQ_76)
    assert f"{words['tooltip_fields']['issuer']}: Chính phủ" in nq.title
    assert ("15/07/2021" if lang == "vi" else "2021-07-15") in nq.title
    assert {e.label for e in g.edges if e.relation == "can_cu"} == {words["relations"]["can_cu"]}
    page = render_html(g, title=words["titles"]["lineage"], subject="x")
    legend = page[page.index('id="legend"'):page.index("</ul>", page.index('id="legend"'))]
    assert words["bands"]["national"] in legend and words["cited_only"] in legend
    assert f'<html lang="{lang}">' in page
    a = agency_graph(store, VHXH, limit=3, lang=lang)
    statuses = section("statuses", lang)
    groups = [n.label for n in a.nodes if n.kind == "group"]
    assert groups and all(lbl.rsplit(": ", 1)[0] in statuses.values() for lbl in groups), groups
    assert any(n.label == words["more"]["hidden"].format(n=a.meta["total"] - 3) for n in a.nodes)
