"""SPARQL 1.1 Protocol at ``/sparql`` and the Graph Store Protocol at ``/sparql/graph``.

* Query by GET (``?query=``) or POST (form ``query=`` or an
  ``application/sparql-query`` body), with ``default-graph-uri`` and
  ``named-graph-uri``; without them the default graph is the canonical graph
  (one node per real thing, each fact once) and every named graph (one per
  source file) is available to ``GRAPH``, unless the query has its own ``FROM``.
* Results negotiated from ``Accept`` (q-values honoured, 406 when nothing fits)
  or ``format=``: SELECT as JSON, XML, CSV, TSV; ASK as JSON, XML;
  CONSTRUCT/DESCRIBE as Turtle, N-Triples, JSON-LD, RDF/XML, N-Quads, TriG.
* ``GET /sparql`` without a query: the YASGUI page for browsers
  (``text/html``), the service description for RDF clients.
* Updates (form ``update=`` or ``application/sparql-update``) and graph writes
  need the bearer token (see :mod:`cancu.api.sparql_update`).
* Limits (see :mod:`cancu.api.sparql_exec`): ``settings.query_timeout`` → 503
  with ``Retry-After``; ``settings.max_results`` → truncated answer with
  ``Cancu-Truncated: true``. Malformed query → 400 with ``line``/``column``;
  evaluation failure → 500; all errors ``application/problem+json``.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Optional
from urllib.parse import parse_qsl

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from starlette.concurrency import run_in_threadpool

from cancu.api import sparql_openapi as O
from cancu.api.bodies import read_capped, utf8
from cancu.api.conneg import negotiate
from cancu.api.deps import authorize
from cancu.api.problems import from_error, problem
from cancu.api.sparql_cache import cacheable
from cancu.api.sparql_exec import Dataset, evaluate
from cancu.api.sparql_formats import (
    FORMAT_NAMES,
    GRAPH_MEDIA,
    GRAPH_OFFERS,
    SELECT_MEDIA,
    offers,
    query_form,
    with_charset,
)
from cancu.api.sparql_guard import check_update
from cancu.api.sparql_service import description, render
from cancu.api.sparql_update import RDF_INPUT, audit, graph_update, parse_body, run_update
from cancu.errors import (
    BodyEncodingError,
    CancuError,
    GraphNotFoundError,
    MissingQueryError,
    NotAcceptableError,
    UnsupportedBodyError,
)
from cancu.graph import rq
from cancu.graph.store.base import LOCAL

router = APIRouter(tags=["sparql"])

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"


def _locked_update(app, text: str) -> None:
    # one writer at a time (uploads take the same lock); waits in a worker thread, not the loop
    with app.state.write_lock:
        run_update(app.state.store, text)


def _dataset(params: list[tuple[str, str]]) -> Dataset:
    return Dataset(default_graphs=[v for k, v in params if k == "default-graph-uri" and v],
                   named_graphs=[v for k, v in params if k == "named-graph-uri" and v])


def _one(params: list[tuple[str, str]], name: str) -> Optional[str]:
    vals = [v for k, v in params if k == name]
    return vals[0] if vals else None


def _choose(form: str, accept: Optional[str], fmt: Optional[str]) -> tuple[str, str]:
    """(format, media type) for a result of ``form`` from ``format=`` or ``Accept``."""
    if fmt:
        names = FORMAT_NAMES[form]
        if fmt.lower() not in names:
            raise NotAcceptableError(f"format={fmt} is not available for this query; use one of "
                                     f"{', '.join(sorted(names))}", offered=sorted(names))
        f = names[fmt.lower()]
        return f, (GRAPH_MEDIA if form == "graph" else SELECT_MEDIA)[f]  # canonical, not an alias
    return negotiate(accept, offers(form))


def _formats(form: str, accept: Optional[str], fmt: Optional[str]) -> dict:
    """Format per result kind: the guessed ``form`` must be acceptable (406 now, before any
    work); the others are used when the guess was wrong, None when nothing fits them."""
    out: dict = {}
    for kind in ("select", "ask", "graph"):
        try:
            out[kind] = _choose(kind, accept, fmt)
        except NotAcceptableError:
            if kind == form:
                raise
            out[kind] = None
    return out


async def _answer_query(request: Request, text: str, params: list[tuple[str, str]]) -> Response:
    settings = request.app.state.settings
    form = query_form(text)
    if form is None:
        # let the parser say where it went wrong (a syntax error, or an update sent as a query)
        form = "select"
    accept, fmt_param = request.headers.get("accept"), _one(params, "format")
    chosen = _formats(form, accept, fmt_param)
    fmt, media = chosen[form]
    cache = getattr(request.app.state, "sparql_cache", None)
    dataset = _dataset(params)
    store = request.app.state.store
    key = version = None
    if cache is not None and cacheable(text):
        key = (text, tuple(dataset.default_graphs), tuple(dataset.named_graphs), fmt, media)
        # an embedded store counts its writes in memory; a server is asked (an HTTP request)
        version = store.data_version() if LOCAL in store.capabilities else await run_in_threadpool(store.data_version)
        hit = cache.get(key, version)
        if hit is not None:
            body, hit_media, hit_headers = hit
            return Response(body, media_type=hit_media, headers={**hit_headers, "Cancu-Cache": "hit"})
    answer = await run_in_threadpool(
        evaluate, store, text, formats={k: (v[0] if v else None) for k, v in chosen.items()},
        dataset=dataset, timeout=settings.query_timeout, max_results=settings.max_results,
        pool=getattr(request.app.state, "query_pool", None))
    actual = answer.kind
    if actual != form:  # the keyword guess was wrong (e.g. inside an unusual prologue)
        fmt, media = _choose(actual, accept, fmt_param)  # raises 406 when nothing fits
    headers = {"Vary": "Accept", "Cancu-Query-Seconds": f"{answer.seconds:.3f}",
               "Cancu-Result-Limit": str(settings.max_results)}
    if answer.truncated:
        headers["Cancu-Truncated"] = "true"
    elif key is not None and actual == form:
        cache.put(key, version, answer.body, with_charset(media), headers)
    return Response(answer.body, media_type=with_charset(media),
                    headers={**headers, **({"Cancu-Cache": "miss"} if key is not None else {})})


async def _answer_update(request: Request, text: str) -> Response:
    settings = request.app.state.settings
    authorize(settings, request.headers.get("authorization"))
    check_update(text, allow_remote=settings.allow_load)
    client = request.client.host if request.client else "unknown"
    await run_in_threadpool(_locked_update, request.app, text)
    audit(client, "sparql update", text)
    return Response(status_code=204)


def _service_description(request: Request, fmt: str, media: str) -> Response:
    settings = request.app.state.settings
    endpoint = str(request.url.replace(query=""))
    try:
        graphs = request.app.state.store.graphs()
    except Exception:  # a description without graph names is better than none
        graphs = []
    ttl = description(endpoint, graphs, timeout=settings.query_timeout,
                      max_results=settings.max_results, updates=bool(settings.token))
    return Response(render(ttl, fmt, endpoint), media_type=with_charset(media), headers={"Vary": "Accept"})


#: the examples the page shows first (the three questions cancu is for), then the rest by name
EXAMPLE_ORDER = ("trace", "impact", "tasks")


def _examples(lang: str) -> list[dict]:
    """The example queries in page order, each with its button label and title in ``lang``
    (``ui.json`` ``sparql_examples``; the query's first comment line for one not listed there)."""
    from cancu.i18n import section

    words = section("sparql_examples", lang)
    base = resources.files("cancu.api") / "queries" / "examples"
    out = []
    rank = {n: i for i, n in enumerate(EXAMPLE_ORDER)}
    for f in sorted(base.iterdir(), key=lambda p: (rank.get(p.name[:-3], len(rank)), p.name)):
        if f.name.endswith(".rq"):
            text = f.read_text(encoding="utf-8")
            name = f.name[:-3]
            title = next((ln[1:].strip() for ln in text.splitlines() if ln.startswith("#")), f.name)
            w = words.get(name, {})
            out.append({"name": name, "label": w.get("label", name), "title": w.get("title", title), "query": text})
    return out


def _page(request: Request) -> HTMLResponse:
    """The query page, in the explorer's language and layout (YASGUI's own controls stay its own)."""
    from cancu.api.routes.explorer import page_lang
    from cancu.api.routes.explorer import render as render_page
    from cancu.i18n import section

    def script_json(obj) -> str:  # inside a <script>: no "</" may close it
        return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")

    lang = page_lang(request)
    examples = _examples(lang)
    resp = render_page(request, "sparql.html", examples=examples, examples_json=script_json(examples),
                       yasgui_json=script_json(section("yasgui", lang)), endpoint="/sparql",
                       timeout=request.app.state.settings.query_timeout,
                       max_results=request.app.state.settings.max_results)
    resp.headers["Vary"] = "Accept"
    return resp


def _guard(fn):
    """Turn cancu errors into problem responses (statuses from :data:`cancu.api.problems.STATUS`)."""
    import functools

    @functools.wraps(fn)
    async def wrapper(request: Request, *a, **kw):
        try:
            return await fn(request, *a, **kw)
        except CancuError as exc:
            return from_error(exc, request.app.state.settings)
    return wrapper


@router.get("/sparql", summary="SPARQL query (GET), query page, or service description", **O.GET_SPARQL)
@_guard
async def sparql_get(request: Request) -> Response:
    params = list(request.query_params.multi_items())
    text = _one(params, "query")
    if _one(params, "update") is not None:
        return problem(405, "method not allowed", "SPARQL Update must be sent by POST",
                       code="update-needs-post")
    if text is None:
        fmt, media = negotiate(request.headers.get("accept"),
                               [("turtle", GRAPH_MEDIA["turtle"]), ("html", "text/html")]
                               + [o for o in GRAPH_OFFERS if o[0] != "turtle"])
        if fmt == "html":
            return _page(request)
        return _service_description(request, fmt, media)
    return await _answer_query(request, text, params)


@router.post("/sparql", summary="SPARQL query or update (POST: form, sparql-query, sparql-update)",
             **O.POST_SPARQL)
@_guard
async def sparql_post(request: Request) -> Response:
    settings = request.app.state.settings
    ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    url_params = list(request.query_params.multi_items())
    if ctype == UPDATE_BODY:  # the token before a byte of the body is read
        authorize(settings, request.headers.get("authorization"))
        return await _answer_update(request, utf8(await read_capped(request, settings.max_upload_bytes)))
    if ctype == QUERY_BODY:  # anyone may send one: the smaller cap
        body = await read_capped(request, settings.max_query_bytes)
        return await _answer_query(request, utf8(body), url_params)
    if ctype == FORM:
        # a form may hold an update (token holders, the upload cap) or a query (anyone)
        writer = request.headers.get("authorization") is not None and settings.token
        body = await read_capped(request, settings.max_upload_bytes if writer else settings.max_query_bytes)
        try:
            form = parse_qsl(utf8(body, "the form"), keep_blank_values=True, encoding="utf-8", errors="strict")
        except UnicodeDecodeError:
            raise BodyEncodingError("a form value is not percent-encoded UTF-8") from None
        params = url_params + form
        update, text = _one(params, "update"), _one(params, "query")
        if update is not None:
            authorize(settings, request.headers.get("authorization"))
            return await _answer_update(request, update)
        if text is None:
            raise MissingQueryError("the form has neither 'query' nor 'update'")
        return await _answer_query(request, text, params)
    raise UnsupportedBodyError(f"POST /sparql takes {FORM}, {QUERY_BODY} or {UPDATE_BODY}, "
                               f"not {ctype or 'a body without Content-Type'}")


# --- Graph Store Protocol ---------------------------------------------------------

def _target(request: Request) -> Optional[str]:
    """The graph IRI of a GSP request; None for ``?default``."""
    params = request.query_params
    if "default" in params and "graph" not in params:
        return None
    graph = params.get("graph")
    if not graph:
        raise MissingQueryError("name the graph: ?graph=IRI or ?default")
    scheme, colon, _ = graph.partition(":")
    if not colon or not scheme.isalpha() or any(c in graph for c in '<>" {}|\\^`'):
        raise MissingQueryError(f"not an absolute IRI: {graph!r}")
    return graph


@router.get("/sparql/graph", summary="Graph Store Protocol: read a graph (public)", **O.GET_GRAPH)
@_guard
async def graph_get(request: Request) -> Response:
    graph = _target(request)
    store = request.app.state.store
    if graph is not None and graph not in await run_in_threadpool(store.graphs):
        raise GraphNotFoundError(f"the store holds no graph <{graph}>")
    fmt, media = negotiate(request.headers.get("accept"), GRAPH_OFFERS)
    # the default graph of this endpoint is the canonical graph
    text = rq.text("graph_triples", g=graph) if graph else rq.text("default_triples")
    settings = request.app.state.settings
    answer = await run_in_threadpool(evaluate, store, text, formats={"graph": fmt}, timeout=settings.query_timeout,
                                     max_results=settings.max_results,
                                     pool=getattr(request.app.state, "query_pool", None))
    headers = {"Vary": "Accept", "Cancu-Result-Limit": str(settings.max_results)}
    if answer.truncated:
        headers["Cancu-Truncated"] = "true"
    return Response(answer.body, media_type=with_charset(media), headers=headers)


async def _graph_write(request: Request, op: str) -> Response:
    settings = request.app.state.settings
    authorize(settings, request.headers.get("authorization"))
    graph = _target(request)
    store = request.app.state.store
    exists = graph is None or graph in await run_in_threadpool(store.graphs)
    body = b""
    ntriples = ""
    if op in ("PUT", "POST"):
        ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if ctype not in RDF_INPUT:  # before reading the body
            raise UnsupportedBodyError(f"graph bodies are read as {', '.join(sorted(RDF_INPUT))}, "
                                       f"not {ctype or 'an unnamed type'}")
        body = await read_capped(request, settings.max_upload_bytes)
        ntriples = parse_body(body, request.headers.get("content-type"), base=graph)
    elif not exists:
        raise GraphNotFoundError(f"the store holds no graph <{graph}>")
    client = request.client.host if request.client else "unknown"
    await run_in_threadpool(_locked_update, request.app, graph_update(op, graph, ntriples))
    audit(client, f"graph store {op}", body, graph=graph or "default")
    return Response(status_code=201 if (op in ("PUT", "POST") and not exists) else 204)



@router.put("/sparql/graph", summary="Graph Store Protocol: replace a graph (token)", **O.WRITE_GRAPH)
@_guard
async def graph_put(request: Request) -> Response:
    return await _graph_write(request, "PUT")


@router.post("/sparql/graph", summary="Graph Store Protocol: add to a graph (token)", **O.WRITE_GRAPH)
@_guard
async def graph_post(request: Request) -> Response:
    return await _graph_write(request, "POST")


@router.delete("/sparql/graph", summary="Graph Store Protocol: drop a graph (token)", **O.DELETE_GRAPH)
@_guard
async def graph_delete(request: Request) -> Response:
    return await _graph_write(request, "DELETE")


#: what OPTIONS answers on the SPARQL paths (api/app.allowed_methods answers it on the others)
ALLOW = {"/sparql": "GET, POST, OPTIONS", "/sparql/graph": "GET, POST, PUT, DELETE, OPTIONS"}


@router.options("/sparql", summary="The methods /sparql takes", status_code=204,
                **O.options_answer(ALLOW["/sparql"]))
async def sparql_options() -> Response:
    return Response(status_code=204, headers={"Allow": ALLOW["/sparql"]})


@router.options("/sparql/graph", summary="The methods /sparql/graph takes", status_code=204,
                **O.options_answer(ALLOW["/sparql/graph"]))
async def graph_options() -> Response:
    return Response(status_code=204, headers={"Allow": ALLOW["/sparql/graph"]})


def install(app: FastAPI) -> None:
    """Add the SPARQL routes (YASGUI's files are served by the app's ``/static`` mount)."""
    app.include_router(router)
