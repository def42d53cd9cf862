"""Explorer pages: server-rendered HTML, Vietnamese first (``?lang=en`` switches).

Pages read the same graph functions as the REST API. Every string that comes
from a document or a user goes through Jinja2 autoescaping; the highlighted
source text is built from escaped segments, never from raw markup.

Every word of a page is in the chosen language (``api/data/ui.json`` through
:mod:`cancu.i18n`), dates too (``|date``: dd/mm/yyyy in Vietnamese, ISO in
English). Text read from documents stays as written and is marked ``lang="vi"``,
so a screen reader and the language tests tell it from the interface.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from importlib import resources
from typing import Any, Optional
from urllib.parse import quote, urlencode

from fastapi import APIRouter, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import pass_context

from cancu.api.headers import nonce_of
from cancu.api.ids import to_id, to_iri
from cancu.api.problems import status_of
from cancu.errors import CancuError, NotFoundError
from cancu.graph.analytics import (
    GAP_REASONS,
    STATUSES,
    gap_tasks,
    gaps,
    get_agency,
    get_task,
    search,
    stats,
    task_list_page,
    tasks,
)
from cancu.graph.catalog import cited_by, document_source, list_agencies, list_documents
from cancu.graph.lineage import impact, resolve, trace
from cancu.i18n import DEFAULT_LANG, LANGS, fmt_date, section, ui_table

router = APIRouter(include_in_schema=False)
LEVEL_ORDER = ("national", "provincial", "district", "commune", "local", "unknown")


def page_url(iri: Optional[str]) -> str:
    """The explorer page of a node (document, task or agency)."""
    if not iri:
        return "#"
    i = to_id(iri)
    if "/task/" in i:
        return "/tasks/" + quote(i)
    if i.startswith("agency/"):
        return "/agencies/" + quote(i)
    return "/documents/" + quote(i)


def _templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(resources.files("cancu.api") / "templates"))
    t.env.autoescape = True
    t.env.filters["page_url"] = page_url
    t.env.filters["id"] = lambda iri: quote(to_id(iri)) if iri else ""
    t.env.filters["short"] = lambda s, n=160: (s[:n] + "…") if s and len(s) > n else (s or "")
    t.env.filters["date"] = _date_filter
    return t


@pass_context
def _date_filter(ctx, value) -> str:
    """``{{ d.date | date }}``: the date as the page's language writes it."""
    return fmt_date(value, ctx.get("lang") or DEFAULT_LANG)


TEMPLATES = _templates()


def page_lang(request: Request) -> str:
    """The language of a page: ``?lang=``, else the cookie an earlier ``?lang=`` set, else Vietnamese."""
    lang = request.query_params.get("lang") or request.cookies.get("cancu_lang") or DEFAULT_LANG
    return lang if lang in LANGS else DEFAULT_LANG


def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    lang = page_lang(request)
    table = ui_table()
    other = "en" if lang == "vi" else "vi"
    params = dict(request.query_params)
    params["lang"] = other
    ctx.update(request=request, lang=lang, other_lang=other, csp_nonce=nonce_of(request), t=table[lang],
               levels=table["levels"][lang], statuses=table["statuses"][lang], relations=table["relations"][lang],
               span_types=table["span_types"][lang], properties=table["properties"][lang],
               node_types=table["node_types"][lang],
               switch_url=f"{request.url.path}?{urlencode(params)}")
    resp = TEMPLATES.TemplateResponse(request, name, ctx, status_code=status)
    if request.query_params.get("lang") in LANGS:
        resp.set_cookie("cancu_lang", lang, max_age=365 * 86400, samesite="lax")
    return resp


def _store(request: Request):
    return request.app.state.store


def _resolve(store, ident: str, want: str) -> str:
    iri = to_iri(ident)
    iri, kind = resolve(store, iri or ident)
    if kind != want:
        exc = NotFoundError(f"{ident!r} is a {kind}, not a {want}")
        exc.wrong_type = want
        raise exc
    return iri


def _error_page(request: Request, exc: CancuError, query: str = "") -> HTMLResponse:
    """The error in the page's language (by the error's code; the query the user gave quoted),
    with cancu's own message as technical detail."""
    from markupsafe import Markup, escape

    lang = page_lang(request)
    texts = section("errors", lang)
    kind = getattr(exc, "wrong_type", None)
    text = texts["wrong-type"] if kind else texts.get(exc.code, texts["default"])
    # the user's query is shown as they typed it, as code: it is theirs, not the page's words
    text = text.format(query="\0", want=section("node_types", lang).get(kind, kind))
    before, mark, after = text.partition("\0")
    message = Markup("{}<code>{}</code>{}").format(before, query, after) if mark else escape(text)
    return render(request, "error.html", status=status_of(exc), code=status_of(exc), message=message,
                  detail=str(exc), candidates=getattr(exc, "candidates", []), choices=getattr(exc, "choices", []))


# --- pages ----------------------------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    st = stats(_store(request))
    return render(request, "home.html", stats=st)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str = Query("", max_length=200)):
    q = q.strip()
    results = search(_store(request), q, limit=100) if q else []
    grouped: dict[str, list] = defaultdict(list)
    for r in results:
        grouped[r["type"]].append(r)
    return render(request, "search.html", q=q, grouped=grouped, total=len(results))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, kind: Optional[str] = Query(None, max_length=100),
                   issuer: Optional[str] = Query(None, max_length=200),
                   level: Optional[str] = Query(None, max_length=20),
                   text: Optional[str] = Query(None, max_length=200), offset: int = Query(0, ge=0)):
    res = list_documents(_store(request), kind=kind or None, issuer=issuer or None, level=level or None,
                         text=text or None, limit=50, offset=offset)
    return render(request, "documents.html", res=res, filters={"kind": kind, "issuer": issuer, "level": level,
                                                                 "text": text})


@router.get("/documents/{ident:path}", response_class=HTMLResponse)
def document_page(request: Request, ident: str):
    store = _store(request)
    try:
        iri = _resolve(store, ident, "document")
    except CancuError as exc:
        return _error_page(request, exc, ident)
    tr = trace(store, iri)
    doc = tr["target"]
    basis = [h for h in tr["hops"] if h["from"] == iri]
    docs = {d["iri"]: d for d in tr["documents"]}
    imp = impact(store, iri, limit=200)
    src = None
    try:
        src = document_source(store, iri)
    except NotFoundError:
        pass
    segments = highlight(src["text"], src["spans"]) if src else []
    own_tasks = tasks(store, document=iri)
    return render(request, "document.html", doc=doc, iri=iri, basis=basis, docs=docs,
                  cited_by=cited_by(store, iri), impact=imp, src=src, segments=segments, tasks=own_tasks,
                  viz_url=_viz_url(request, "document", iri))


@router.get("/tasks", response_class=HTMLResponse)
def tasks_page(request: Request, agency: Optional[str] = Query(None, max_length=300),
               status: Optional[str] = Query(None, max_length=20), as_of: Optional[dt.date] = None,
               offset: int = Query(0, ge=0)):
    try:
        page = task_list_page(_store(request), agency=(to_iri(agency) or agency) if agency else None,
                         status=status if status in STATUSES else None, as_of=as_of.isoformat() if as_of else None,
                         limit=100, offset=offset)
    except CancuError as exc:
        return _error_page(request, exc, agency or "")
    return render(request, "tasks.html", rows=page["items"], total=page["total"], offset=offset,
                  filters={"agency": agency, "status": status, "as_of": as_of})


@router.get("/tasks/{ident:path}", response_class=HTMLResponse)
def task_page(request: Request, ident: str):
    store = _store(request)
    try:
        iri = _resolve(store, ident, "task")
    except CancuError as exc:
        return _error_page(request, exc, ident)
    task = get_task(store, iri)
    tr = trace(store, iri)
    docs = {d["iri"]: d for d in tr["documents"]}
    # level-banded lineage in two parts, the task's own basis and the one inherited from its
    # plan: each document with the hop (relation + sentence) that reached it
    reached: dict[str, dict] = {}
    for h in sorted(tr["hops"], key=lambda h: (h["depth"], h["scope"] != "own")):
        if h["to"] in docs and h["to"] not in reached:
            reached[h["to"]] = h
    sections = {}
    for scope in ("own", "inherited"):
        bands = []
        for level in LEVEL_ORDER:
            items = [(docs[i], reached[i]) for i in reached if docs[i]["level"] == level and docs[i]["scope"] == scope]
            items.sort(key=lambda x: (x[0]["depth"], x[0]["label"] or ""))
            if items:
                bands.append((level, items))
        sections[scope] = bands
    return render(request, "task.html", task=task, iri=iri, sections=sections, hops=tr["hops"], docs=docs,
                  viz_url=_viz_url(request, "task", iri))


@router.get("/agencies", response_class=HTMLResponse)
def agencies_page(request: Request, text: Optional[str] = Query(None, max_length=200), offset: int = Query(0, ge=0)):
    res = list_agencies(_store(request), text=text or None, limit=100, offset=offset)
    return render(request, "agencies.html", res=res, text=text)


@router.get("/agencies/{ident:path}", response_class=HTMLResponse)
def agency_page(request: Request, ident: str, as_of: Optional[dt.date] = None):
    store = _store(request)
    try:
        ag = get_agency(store, to_iri(ident) or ident)
    except CancuError as exc:
        return _error_page(request, exc, ident)
    rows = tasks(store, agency=ag["iri"], as_of=as_of.isoformat() if as_of else None)
    by_status: dict[str, list] = {s: [] for s in STATUSES}
    for r in rows:
        by_status[r["status"]].append(r)
    for lst in by_status.values():
        lst.sort(key=lambda r: ((r["deadline"] or {}).get("end") or "9999", r["iri"]))
    return render(request, "agency.html", ag=ag, by_status=by_status, total=len(rows),
                  counts=Counter(r["status"] for r in rows), as_of=as_of or dt.date.today(),
                  names=_agency_names(store, [ag.get("parent"), *ag.get("children", [])[:MAX_CHILDREN]]),
                  viz_url=_viz_url(request, "agency", ag["iri"]))


#: sub-organisations an agency page names (a province's people's committee has dozens)
MAX_CHILDREN = 200


def _agency_names(store, iris: list[Optional[str]]) -> dict[str, str]:
    """The names of the agencies an agency page links to (its parent, its sub-organisations)."""
    out = {}
    for iri in iris:
        if iri:
            try:
                out[iri] = get_agency(store, iri).get("label") or to_id(iri)
            except CancuError:
                out[iri] = to_id(iri)
    return out


def _viz_url(request: Request, view: str, iri: str) -> str:
    """The graph view a page embeds, in the page's language."""
    return f"/viz/{view}/{quote(to_id(iri))}?lang={page_lang(request)}"


@router.get("/gaps", response_class=HTMLResponse)
def gaps_page(request: Request, reason: Optional[str] = Query(None, max_length=40), offset: int = Query(0, ge=0)):
    store = _store(request)
    reason = reason if reason in GAP_REASONS else None
    return render(request, "gaps.html", g=gaps(store), gt=gap_tasks(store, reason=reason, limit=100, offset=offset),
                  reason=reason)


@router.get("/viz/{view}/{ident:path}")
def viz_page(request: Request, view: str, ident: str, relation: Optional[str] = Query(None, max_length=40),
             offset: int = Query(0, ge=0)):
    """The pyvis graph of a page, as its own HTML document (the pages embed it in an iframe)."""
    import cancu.viz as viz

    lang = page_lang(request)
    try:
        viz.render_html  # noqa: B018 - imported on first use; needs the viz extra (pyvis)
    except ImportError:
        return Response(ui_table()[lang]["graph_unavailable"], status_code=501, media_type="text/plain",
                        headers={"Content-Language": lang})
    from cancu.viz.commands import view_title

    store = _store(request)
    try:
        if view == "task":
            iri = _resolve(store, ident, "task")
            graph, name = viz.lineage_graph(trace(store, iri), lang=lang), "lineage"
        elif view == "document":
            iri = _resolve(store, ident, "document")
            graph = viz.neighbourhood_graph(store, iri, relation=relation, offset=offset, lang=lang)
            name = "neighbourhood"
        elif view == "agency":
            iri = get_agency(store, to_iri(ident) or ident)["iri"]
            graph, name = viz.agency_graph(store, iri, lang=lang), "agency"
        else:
            return Response("unknown view", status_code=404, media_type="text/plain")
    except CancuError as exc:
        return Response(str(exc), status_code=status_of(exc), media_type="text/plain")
    title, subject = view_title(graph, name, iri)
    html = viz.render_html(graph, title=title, subject=subject, node_url=page_url, assets="/static/viz",
                           nonce=nonce_of(request))
    return HTMLResponse(html)


# --- source highlighting --------------------------------------------------------------------

def highlight(text: str, spans: list[dict]) -> list[dict]:
    """Cut ``text`` at span boundaries: [{"text", "span": {type,node,...}|None}].

    Spans of whole documents are skipped (they would paint everything); where spans
    overlap the shortest one wins, so a citation inside a basis sentence stays visible.
    """
    usable = [s for s in spans if s["type"] != "document" and 0 <= s["start"] < s["end"] <= len(text)]
    cuts = sorted({0, len(text), *[s["start"] for s in usable], *[s["end"] for s in usable]})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        cover = [s for s in usable if s["start"] <= a and s["end"] >= b]
        best = min(cover, key=lambda s: s["end"] - s["start"]) if cover else None
        if out and out[-1]["span"] is best:
            out[-1]["text"] += text[a:b]
        else:
            out.append({"text": text[a:b], "span": best})
    return out


def install(app: FastAPI) -> None:
    app.include_router(router)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon():
        return RedirectResponse("/static/cancu.svg")
