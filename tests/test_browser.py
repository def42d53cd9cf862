"""Headless Chromium (Debian's /usr/bin/chromium driven by Playwright, no browser download):
open a task page, check the lineage graph rendered with the expected nodes, click a node
and land on its page; a screenshot is saved for the record."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import unquote

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason="needs Debian's chromium (apt-get install chromium; .ci/run installs it)"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="the test extra is not installed")
uvicorn = pytest.importorskip("uvicorn", reason="the api extra is not installed")

from cancu.api.app import create_app  # noqa: E402
from cancu.api.settings import Settings  # noqa: E402
from cancu.graph import open_store  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
ARTIFACTS = Path(os.environ.get("CANCU_TEST_ARTIFACTS", Path(__file__).parent / "artifacts"))
TASK = "Xây dựng Trang thông tin điện tử phường"


@pytest.fixture(scope="module")
def server():
    store = open_store(None, backend="memory")
    store.ingest_paths([EXAMPLES])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(Settings(), store=store), host="127.0.0.1", port=port,
                                        log_level="warning"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    end = time.monotonic() + 30
    while not srv.started and time.monotonic() < end:
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}", store
    srv.should_exit = True
    th.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                              args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


def test_task_page_graph_renders_and_a_click_opens_the_node(server, browser):
    base, store = server
    import httpx

    hits = httpx.get(base + "/api/v1/search", params={"q": TASK}).json()["items"]
    tid = next(h["id"] for h in hits if h["type"] == "task")
    page = browser.new_page(viewport={"width": 1280, "height": 1800})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/tasks/{tid}")
    assert "Trang thông tin điện tử phường" in page.inner_text("#task-text")

    frame_el = page.wait_for_selector("#lineage-graph")
    frame = frame_el.content_frame()
    frame.wait_for_function("() => window.network && window.cancuGraph && window.cancuGraph.nodes.length > 0",
                            timeout=20_000)
    nodes = frame.evaluate("() => window.cancuGraph.nodes.map(n => ({id: n.id, label: n.label, url: n.url}))")
    ids = {n["id"] for n in nodes}
    want = {"doc/chinh-phu/nghi-quyet/2021/76-nq-cp", "doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311-qd-ubnd",
            "doc/tinh-uy-khanh-hoa/ket-luan/2022/91-tu"}
    assert want <= {i.split("/id/", 1)[-1] for i in ids}, ids
    assert any("/task/" in i for i in ids)
    # the graph library drew it: vis-network holds the same nodes
    drawn = frame.evaluate("() => window.network.body.data.nodes.getIds()")
    assert ids <= set(drawn)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "task-lineage.png"), full_page=True)

    # click the node of Quyết định 311/QĐ-UBND where vis-network drew it
    target = next(n for n in nodes if n["id"].endswith("/quyet-dinh/2025/311-qd-ubnd"))
    frame.evaluate("(id) => window.network.fit({nodes: [id], animation: false})", target["id"])
    dom = frame.evaluate("""(id) => { const p = window.network.getPositions([id])[id];
                                       return window.network.canvasToDOM(p); }""", target["id"])
    frame_el.scroll_into_view_if_needed()  # the lineage sections above it can push it below the fold
    box = frame_el.bounding_box()
    with page.expect_navigation(timeout=15_000):
        page.mouse.click(box["x"] + dom["x"], box["y"] + dom["y"])
    assert re.search(r"/documents/", page.url), page.url
    assert "311/QĐ-UBND" in page.inner_text("h1")
    assert unquote(page.url).endswith("doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311-qd-ubnd")
    page.screenshot(path=str(ARTIFACTS / "clicked-document.png"))
    assert not errors, errors
    page.close()


def test_openapi_page_renders_offline_from_the_package(server, browser):
    """/docs (the explorer's "API" link) with the network off: every request it makes goes to
    this server (anything else is aborted and recorded), Swagger UI draws the operations, and
    the page runs under the same content security policy as the explorer."""
    base, _store = server
    context = browser.new_context()
    elsewhere: list[str] = []

    def only_this_server(route):
        if route.request.url.startswith(base):
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort("internetdisconnected")

    context.route("**/*", only_this_server)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    response = page.goto(f"{base}/docs")
    assert "script-src 'self' 'nonce-" in response.headers["content-security-policy"]
    page.wait_for_selector(".opblock-summary-path", timeout=20_000)
    paths = page.eval_on_selector_all(".opblock-summary-path", "els => els.map(e => e.getAttribute('data-path'))")
    assert "/api/v1/tasks/{ident}/trace" in paths and "/api/v1/documents" in paths, paths
    # the typed answer of a route: its example is built from the model's fields, not "{}"
    op = "#operations-cancu-tasks_list_api_v1_tasks_get"
    page.click(f"{op} .opblock-summary")
    page.wait_for_selector(f"{op} .responses-wrapper .example", timeout=10_000)
    example = page.inner_text(f"{op} .responses-wrapper")
    assert '"lead_iris"' in example and '"deadline"' in example, example[:500]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "openapi-docs.png"))
    assert not elsewhere, elsewhere
    assert not errors, errors
    context.close()


UI = json.loads((Path(__file__).resolve().parent.parent / "api" / "data" / "ui.json").read_text(encoding="utf-8"))

#: the drawn edges (segments through waypoints included) that pass through a node other than
#: their own two ends: points along each curve, tested against every other node's box
CROSSINGS_JS = """() => {
  const net = window.network, pos = net.getPositions();
  const real = Object.keys(pos).filter(id => !String(id).startsWith("wp:"));
  const boxes = Object.fromEntries(real.map(id => [id, net.getBoundingBox(id)]));
  const out = [];
  for (const edge of Object.values(net.body.edges)) {
    for (let k = 1; k < 40; k++) {
      const p = edge.edgeType.getPoint(k / 40);
      for (const id of real) {
        if (id === edge.fromId || id === edge.toId) continue;
        const b = boxes[id];
        if (p.x > b.left + 2 && p.x < b.right - 2 && p.y > b.top + 2 && p.y < b.bottom - 2) {
          out.push([edge.fromId, edge.toId, id]); k = 40; break;
        }
      }
    }
  }
  return out;
}"""


def _task_id(base: str) -> str:
    import httpx

    hits = httpx.get(base + "/api/v1/search", params={"q": TASK}).json()["items"]
    return next(h["id"] for h in hits if h["type"] == "task")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_task_page_in_each_language_with_a_screenshot(server, browser, lang):
    """The task page as a reader sees it in each language (kept as tests/artifacts/task-<lang>.png):
    the page and the graph drawn inside it speak that language, and the dates follow it."""
    base, _store = server
    context = browser.new_context(viewport={"width": 1280, "height": 1800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/tasks/{_task_id(base)}?lang={lang}")
    t = UI[lang]
    assert page.get_attribute("html", "lang") == lang
    assert t["lineage"] in page.inner_text("main") and t["lineage_graph"] in page.inner_text("main")
    assert ("30/09/2025" if lang == "vi" else "2025-09-30") in page.inner_text("main")
    frame = page.wait_for_selector("#lineage-graph").content_frame()
    frame.wait_for_function("() => window.network && window.cancuGraph", timeout=20_000)
    header = frame.inner_text("header")
    words = UI["graph"][lang]
    assert header.startswith(words["titles"]["lineage"] + ":")
    assert words["bands"]["national"] in header and words["bands"]["provincial"] in header
    assert frame.get_attribute("html", "lang") == lang
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"task-{lang}.png"), full_page=True)
    assert not errors, errors
    context.close()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_task_page_shows_its_own_basis_apart_from_the_plans(server, browser, lang):
    """Task III.4 of the ward plan ("… theo Công văn số 12/CV-BCĐ …"): the letter its row names in
    the task's own section with the task's sentence, the plan's basis in the inherited one, both
    headings in the page's language (kept as tests/artifacts/task-own-basis-<lang>.png)."""
    import httpx

    base, _store = server
    items = httpx.get(base + "/api/v1/tasks", params={"text": "bo tri, sap xep nguoi hoat dong"}).json()["items"]
    assert len(items) == 1
    context = browser.new_context(viewport={"width": 1280, "height": 1800})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/tasks/{items[0]['id']}?lang={lang}")
    t = UI[lang]
    own = page.inner_text("#own-basis")
    inherited = page.inner_text("#inherited-basis")
    assert own.startswith(t["own_basis"]) and inherited.startswith(t["inherited_basis"])
    assert "Công văn số 12/CV-BCĐ" in own and "theo Công văn số 12/CV-BCĐ ngày 20/6/2025" in own
    assert UI["relations"][lang]["theo"] in own
    assert "Nghị quyết số 76/NQ-CP" in inherited and "Quyết định số 311/QĐ-UBND" in inherited
    assert "Công văn số 12/CV-BCĐ ngày" not in inherited.split("\n“")[0]
    assert page.locator("#inherited-basis a[href*='12-cv-bcd']").count() == 0
    assert page.locator("#own-basis a[href*='12-cv-bcd']").count() == 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator("#lineage").screenshot(path=str(ARTIFACTS / f"task-own-basis-{lang}.png"))
    page.screenshot(path=str(ARTIFACTS / f"task-iii4-{lang}.png"), full_page=True)
    assert not errors, errors
    context.close()


def test_lineage_edges_pass_through_no_other_node(server, browser):
    """The ward task's lineage: national, provincial and local documents on their layers, and
    no edge drawn across a node it does not join (long hops go round through waypoints)."""
    base, _store = server
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{base}/viz/task/{_task_id(base)}")
    page.wait_for_function("() => window.network && window.cancuGraph", timeout=20_000)
    assert page.evaluate(CROSSINGS_JS) == []
    # layers: every hop points up, and the levels are stacked national → provincial → local
    ys = page.evaluate("() => window.network.getPositions()")
    nodes = page.evaluate("() => window.cancuGraph.nodes")
    y = {n["id"]: ys[n["id"]]["y"] for n in nodes}
    for e in page.evaluate("() => window.cancuGraph.edges"):
        assert y[e["to"]] < y[e["from"]], e
    top = {lvl: [y[n["id"]] for n in nodes if n["level"] == lvl] for lvl in ("national", "provincial", "local")}
    assert max(top["national"]) < min(top["provincial"]) and max(top["provincial"]) < min(top["local"])
    assert page.evaluate("() => Object.keys(window.network.getPositions()).some(id => id.startsWith('wp:'))")
    page.screenshot(path=str(ARTIFACTS / "lineage-layers.png"))
    page.close()


#: strings of the SPARQL widget that are names, not words: formats, methods, the drawing's type
SPARQL_TECHNICAL = {"image/svg+xml", "GET", "POST", "Ask / Select", "Construct / Describe", "JSON", "XML", "CSV", "TSV",
                    "Turtle", "RDF/XML", "TriG", "N-Triples", "N-Quads"}
#: the widget's texts and labelling attributes, leaving out the query editor's lines and result cells
YASGUI_TEXTS_JS = """() => {
  const y = document.getElementById('yasgui'), out = new Set();
  const walker = document.createTreeWalker(y, NodeFilter.SHOW_TEXT);
  for (let n; (n = walker.nextNode());) {
    if (n.parentElement.closest('.CodeMirror-lines, td, .yasr_response')) continue;
    const t = n.textContent.trim(); if (t && /\\p{L}/u.test(t)) out.add(t);
  }
  for (const e of y.querySelectorAll('[title],[placeholder],[aria-label]'))
    for (const a of ['title', 'placeholder', 'aria-label']) { const v = e.getAttribute(a); if (v) out.add(v); }
  return [...out];
}"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_sparql_page_widget_speaks_the_page_language(server, browser, lang):
    """YASGUI draws its own controls in English; on the Vietnamese page every one of them, after a
    query ran (results table, pager, sort labels, settings), is in Vietnamese, and the English page
    keeps them English."""
    import re as _re

    base, _store = server
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{base}/sparql?lang={lang}")
    page.wait_for_function("() => window.cancuYasgui", timeout=20_000)
    page.click('[data-example="trace"]')
    page.wait_for_selector(".yasr table.dataTable tbody tr", timeout=20_000)
    texts = page.evaluate(YASGUI_TEXTS_JS)
    strings = UI["yasgui"][lang]
    variables = set(page.evaluate("() => [...document.querySelectorAll('.yasr thead th')].map(t => "
                                  "t.innerText.trim())"))
    forms = [_re.compile("^" + _re.sub(r"\\\{\d\\\}", "(.+)", _re.escape(v)) + "$")
             for v in strings["patterns"].values()]
    words = set(strings["text"].values())
    odd = [t for t in texts if t not in words and t not in SPARQL_TECHNICAL and t not in variables
           and not any(f.match(t) for f in forms)]
    assert odd == [], odd
    other = "en" if lang == "vi" else "vi"
    foreign = set(UI["yasgui"][other]["text"].values()) - set(strings["text"].values())
    assert not foreign & set(texts)
    if lang == "vi":
        assert "Chạy truy vấn" in texts and any(t.endswith("giây") for t in texts)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"sparql-{lang}.png"), full_page=True)
    assert not errors, errors
    page.close()
