"""REST API ``/api/v1``: documents, tasks, agencies, gaps, stats, health, upload.

Every answer is JSON with stable ``id`` and ``iri`` fields (JSON-LD with an
``@context`` when asked for ``application/ld+json``); errors are problem+json.
Handlers are plain ``def`` so FastAPI runs them in its thread pool and a slow
query never blocks the event loop.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import tempfile
from enum import Enum
from pathlib import Path
from typing import Any, Optional

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import JSONResponse

from cancu import __version__
from cancu.api import models as M
from cancu.api import reports
from cancu.api.deps import PageDep, SettingsDep, StoreDep, require_token
from cancu.api.ids import to_iri, with_ids
from cancu.api.jsonld import respond
from cancu.api.problems import PROBLEM, problem
from cancu.errors import CancuError, FileTooLargeError, InvalidParameterError, NotADocumentError, NotFoundError
from cancu.graph.analytics import (
    STATUSES,
    gap_tasks,
    gaps,
    get_agency,
    get_document,
    get_task,
    search,
    stats,
    task_list_page,
    tasks,
)
from cancu.graph.catalog import cited_by, document_source, list_agencies, list_documents
from cancu.graph.lineage import impact, resolve, trace
from cancu.loaders.tasks.model import reform_areas

log = logging.getLogger("cancu.api.rest")



def _problem(description: str) -> dict[str, Any]:
    """An error answer in OpenAPI: a Problem, sent as application/problem+json."""
    return {"model": M.Problem, "description": description,
            "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


#: errors any route may answer (FastAPI's own 422 schema would not describe the problem it gets)
COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: _problem("Invalid parameter"),
    503: _problem("Query timeout or store unavailable; `Retry-After` says when to retry"),
}
#: errors of the routes that take an id
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    404: _problem("Unknown id"),
    300: _problem("The query matches several nodes; `candidates` lists their IRIs and `choices` describes "
                  "them, best first"),
}

def _declared(route) -> frozenset[str]:
    """The query parameters a route declares (its own and its dependencies'), by the name a client sends."""
    names = getattr(route, "_cancu_query_names", None)
    if names is None:
        found: set[str] = set()
        stack = [route.dependant]
        while stack:  # the route's own parameters and those of its dependencies (paging)
            d = stack.pop()
            found.update(p.alias for p in d.query_params)
            stack.extend(d.dependencies)
        names = route._cancu_query_names = frozenset(found)
    return names


def known_parameters(request: Request) -> None:
    """Refuse query parameters a route does not take, naming them (422): a misspelt filter
    (``?stauts=qua_han``) would otherwise be dropped silently and answer as if it were not given."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant"):
        return
    declared = _declared(route)
    unknown = sorted(set(request.query_params) - declared)
    if unknown:
        raise InvalidParameterError(
            f"unknown query parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
            f"{request.url.path} takes {', '.join(sorted(declared)) or 'none'}", offered=sorted(declared))


router = APIRouter(prefix="/api/v1", tags=["cancu"], responses=COMMON_RESPONSES,
                   dependencies=[Depends(known_parameters)])
UPLOAD_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".doc", ".pdf")


class Level(str, Enum):
    national = "national"
    provincial = "provincial"
    district = "district"
    commune = "commune"
    unknown = "unknown"


Status = Enum("Status", {s: s for s in STATUSES}, type=str)  # type: ignore[misc]
ReformArea = Enum("ReformArea", {name: name for name in reform_areas()}, type=str)  # type: ignore[misc]


def _resolve(store, ident: str, want: str) -> str:
    """An id, IRI, symbol or words → the IRI of a node of type ``want``."""
    iri = to_iri(ident)
    if iri is None:
        iri, kind = resolve(store, ident)
    else:
        iri, kind = resolve(store, iri)
    if kind != want:
        raise NotFoundError(f"{ident!r} is a {kind}, not a {want}")
    return iri


def _page(items: list, page) -> dict[str, Any]:
    return {"total": len(items), "offset": page.offset, "limit": page.limit,
            "items": items[page.offset:page.offset + page.limit]}


def _ok(request: Request, obj: Any) -> JSONResponse:
    return respond(request, with_ids(obj))


@router.get("/health", response_model=M.Health,
            summary="Service and store status")
def health(request: Request, store: StoreDep) -> JSONResponse:
    try:
        n = len(store)
    except CancuError as exc:
        return problem(503, "store unavailable", str(exc))
    from cancu.graph import index

    cache = getattr(request.app.state, "sparql_cache", None)
    pool = getattr(request.app.state, "query_pool", None)
    follower = getattr(request.app.state, "follower", None)
    return JSONResponse({"status": "ok", "version": __version__,
                         "store": {"backend": getattr(store, "name", "?"), "quads": n,
                                   "read_only": bool(getattr(store, "read_only", False)),
                                   "data_version": _version_text(store),
                                   "follows_writer": follower is not None,
                                   "reopened": follower.reopened if follower is not None else 0},
                         "query_workers": ({"size": pool.size, "live": len(pool.workers()),
                                            "memory_mb": pool.memory_mb, **pool.stats}
                                           if pool is not None else None),
                         "index": index.status(store),
                         "sparql_cache": cache.stats() if cache is not None else None})


def _version_text(store) -> str:
    """The data version as one string (writes seen by this process, and a server's marker)."""
    try:
        return ":".join(str(x) for x in store.data_version() if x is not None)
    except CancuError:
        return "unknown"


# --- documents ------------------------------------------------------------------------------

@router.get("/documents", response_model=M.Page[M.DocumentSummary],
            summary="Documents by kind, issuer, level, year and text (paginated)",
            responses=PROBLEM_RESPONSES)
def documents_list(request: Request, store: StoreDep, page: PageDep,
                   kind: Optional[str] = Query(None, max_length=100,
                                               description="Words of the kind, e.g. 'Quyết định'"),
                   issuer: Optional[str] = Query(None, max_length=200, description="Words of the issuer name"),
                   level: Optional[Level] = None,
                   year: Optional[int] = Query(None, ge=1945, le=2100),
                   text: Optional[str] = Query(None, max_length=200, description="Words of the label, title or symbol"),
                   cited_only: Optional[bool] = Query(None, description="Only documents known by citation (true) "
                                                                        "or only those whose text was ingested "
                                                                        "(false)"),
                   ) -> JSONResponse:
    res = list_documents(store, kind=kind, issuer=issuer, level=level.value if level else None,
                         year=year, text=text, cited_only=cited_only, limit=page.limit, offset=page.offset)
    return _ok(request, res)


@router.get("/documents/{ident:path}/trace", response_model=M.Trace,
            summary="The basis of a document, transitively, with evidence",
            responses=PROBLEM_RESPONSES)
def document_trace(request: Request, store: StoreDep, ident: str) -> JSONResponse:
    return _ok(request, trace(store, _resolve(store, ident, "document")))


@router.get("/documents/{ident:path}/impact", response_model=M.Impact,
            summary="Everything that rests on a document, down to tasks",
            responses=PROBLEM_RESPONSES)
def document_impact(request: Request, store: StoreDep, ident: str,
                    limit: Optional[int] = Query(None, ge=1, le=100_000,
                                                 description="Cap the task list")) -> JSONResponse:
    return _ok(request, impact(store, _resolve(store, ident, "document"), limit=limit))


@router.get("/documents/{ident:path}/source", response_model=M.DocumentSource,
            summary="The source text with the spans facts were read from",
            responses=PROBLEM_RESPONSES)
def document_source_(request: Request, store: StoreDep, ident: str) -> JSONResponse:
    src = document_source(store, _resolve(store, ident, "document"))
    for s in src["spans"]:  # the sentence is in the text already; keep answers small
        if s["exact"] and len(s["exact"]) > 300:
            s["exact"] = s["exact"][:300] + "…"
    return _ok(request, src)


@router.get("/documents/{ident:path}", response_model=M.DocumentDetail,
            summary="One document: identity, basis, cited by, tasks, sources",
            responses=PROBLEM_RESPONSES)
def document_get(request: Request, store: StoreDep, ident: str) -> JSONResponse:
    iri = _resolve(store, ident, "document")
    doc = get_document(store, iri)
    doc["sources"] = [s.replace("\\", "/").rsplit("/", 1)[-1] for s in doc.get("sources", [])]
    doc["cited_by"] = cited_by(store, iri)
    return _ok(request, doc)


#: what multipart framing may add to a file of ``max_upload_bytes`` (boundaries, part headers)
MULTIPART_SLACK = 64 * 1024
_UPLOAD_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary",
                            "description": "A .txt, .md, .html, .htm, .docx, .doc or .pdf file"}}}}}}}


@router.post("/documents", status_code=201, response_model=M.Upload,
             summary="Upload a file and ingest it (token required)",
             openapi_extra=_UPLOAD_BODY, dependencies=[Depends(require_token)],
             responses={400: {"description": "Not a multipart body with one file"},
                        401: {"description": "No token"}, 403: {"description": "Wrong token or uploads disabled"},
                        413: {"description": "File too large"}, 415: {"description": "Unsupported format"},
                        422: {"description": "Unreadable file or not an official document"}})
async def document_upload(request: Request, store: StoreDep, settings: SettingsDep) -> JSONResponse:
    """The token (a dependency: the route declares no body, so it runs first) and the declared
    length are checked before the body is read; the body is then read with a cap and parsed in
    memory (nothing is spooled to disk before the check)."""
    from starlette.concurrency import run_in_threadpool

    from cancu.api.bodies import check_length, stream_capped

    limit = settings.max_upload_bytes + MULTIPART_SLACK
    check_length(request, limit)
    ctype = request.headers.get("content-type") or ""
    if not ctype.lower().startswith("multipart/form-data"):
        return problem(400, "bad request", "upload the file as multipart/form-data with a field named 'file'",
                       code="multipart-expected")
    name, data = await _one_file(request, stream_capped(request, limit), settings.max_upload_bytes)
    if isinstance(name, JSONResponse):
        return name
    return await run_in_threadpool(_ingest_upload, request, store, settings, name, data)


async def _one_file(request: Request, stream, max_bytes: int):
    """(client file name, bytes) of the ``file`` part, or (problem response, None)."""
    from starlette.formparsers import MultiPartException, MultiPartParser

    parser = MultiPartParser(request.headers, stream, max_files=1, max_fields=10)
    parser.spool_max_size = max_bytes + 1  # the body is capped already: keep the part in memory
    try:
        form = await parser.parse()
    except MultiPartException as exc:
        return problem(400, "bad request", f"not a readable multipart body: {exc.message}",
                       code="multipart-invalid"), None
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        return problem(400, "bad request", "the multipart body has no file field named 'file'",
                       code="multipart-no-file"), None
    try:
        data = await upload.read(max_bytes + 1)
    finally:
        await form.close()
    name = Path((upload.filename or "upload").replace("\\", "/")).name  # never a path from the client
    if len(data) > max_bytes:
        raise FileTooLargeError(f"over the upload limit of {max_bytes} bytes", source=name)
    return name, data


def _ingest_upload(request: Request, store, settings, name: str, data: bytes) -> JSONResponse:
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        return problem(415, "unsupported media type",
                       f"cancu reads {', '.join(UPLOAD_SUFFIXES)} files, not {suffix or 'files without a suffix'!r}")
    checksum = hashlib.sha256(data).hexdigest()
    folder = upload_dir(settings)
    # the stored name is the checksum: client names never choose a path
    target = folder / f"{checksum[:32]}{suffix}"
    from cancu.graph.ingest import documents_of, file_key, graph_of, ingest_extraction
    from cancu.loaders import extract_text
    from cancu.loaders.read import FORMATS, read_bytes

    # extraction first, from memory and under the client's file name: a bad file changes
    # nothing, and no error message can show a path of this server. Outside the write lock:
    # reading a scan by OCR takes seconds a page (bounded by CANCU_OCR_MAX_PAGES and
    # CANCU_OCR_TIMEOUT), and other writes need not wait for it
    ex = extract_text(read_bytes(data, FORMATS[suffix], source=name))
    result = ex.to_dict()
    if not result.get("is_document"):
        raise NotADocumentError(f"{name}: not an official document ({result.get('reason') or 'no header'})")
    with request.app.state.write_lock:
        existed = target.exists() and graph_of(store, file_key(target)) is not None
        target.write_bytes(data)
        outcome = ingest_extraction(store, ex, file_name=file_key(target), checksum=checksum)
    log.info("upload %s (%d bytes, sha256 %s) from %s: %s", name, len(data), checksum[:16],
             request.client.host if request.client else "?", outcome)
    docs = [d for d in [result.get("doc")] + list(result.get("documents") or []) if d]
    iris = documents_of(store, checksum)
    summary = {"file": name, "outcome": "unchanged" if existed and outcome == "unchanged" else outcome,
               "documents": [{"kind": d.get("kind"), "symbol": d.get("symbol"), "date": d.get("date"),
                              "issuer": d.get("issuer"), "title": d.get("title")} for d in docs],
               "basis": len(result.get("basis") or []), "citations": len(result.get("citations") or []),
               "tasks": len(result.get("tasks") or []), "targets": len(result.get("targets") or [])}
    body = with_ids({"iris": sorted(iris), "iri": sorted(iris)[0] if iris else None, "summary": summary})
    return JSONResponse(body, status_code=201)


def upload_dir(settings) -> Path:
    """Uploaded files live beside the store (or in a temp folder for in-memory stores)."""
    base = Path(settings.store) if settings.store else Path(tempfile.gettempdir()) / "cancu-uploads"
    folder = (base / "uploads") if settings.store else base
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- tasks ----------------------------------------------------------------------------------

@router.get("/tasks", response_model=M.Page[M.TaskSummary],
            summary="Tasks by agency, unit, reform area, due window and status (paginated); "
                    "the task report as CSV or XLSX by Accept",
            responses={**PROBLEM_RESPONSES, 200: reports.OPENAPI_200})
def tasks_list(request: Request, store: StoreDep, page: PageDep, settings: SettingsDep,
               agency: Optional[str] = Query(None, max_length=300, description="Agency id/IRI or words of its name; "
                                                                               "includes sub-organisations"),
               unit: Optional[str] = Query(None, max_length=200, description="Official unit code or 'phường X'"),
               reform_area: Optional[ReformArea] = Query(None, description="Area of Nghị quyết 76/NQ-CP"),
               due_from: Optional[dt.date] = None, due_to: Optional[dt.date] = None,
               status: Optional[Status] = None, as_of: Optional[dt.date] = None,
               document: Optional[str] = Query(None, max_length=300, description="Document id, IRI or symbol"),
               text: Optional[str] = Query(None, max_length=200, description="Words of the task's text, as typed: "
                                           "any tone placement, with or without diacritics, any dash"),
               ) -> JSONResponse:
    ag = to_iri(agency) if agency else None
    doc = (to_iri(document) or document) if document else None
    chosen = dict(agency=ag or agency, unit=unit, reform_area=reform_area.value if reform_area else None,
                  due_from=due_from.isoformat() if due_from else None, due_to=due_to.isoformat() if due_to else None,
                  status=status.value if status else None, as_of=as_of.isoformat() if as_of else None, document=doc,
                  text=text)
    fmt = reports.report_format(request)
    if fmt is None:  # one page: only its tasks are read
        return _ok(request, task_list_page(store, **chosen, limit=page.limit, offset=page.offset))
    filters = {"agency": agency, "unit": unit, "reform_area": reform_area.value if reform_area else None,
               "due_from": due_from, "due_to": due_to, "status": status.value if status else None,
               "document": document, "text": text}
    return reports.report_response(request, store, tasks(store, **chosen), fmt, as_of=as_of, filters=filters,
                                   max_rows=settings.max_results)


@router.get("/tasks/{ident:path}/trace", response_model=M.Trace,
            summary="A task's lineage up to its national basis, with evidence",
            responses=PROBLEM_RESPONSES)
def task_trace(request: Request, store: StoreDep, ident: str) -> JSONResponse:
    return _ok(request, trace(store, _resolve(store, ident, "task")))


@router.get("/tasks/{ident:path}", response_model=M.TaskDetail,
            summary="One task with its deadline, agencies and evidence",
            responses=PROBLEM_RESPONSES)
def task_get(request: Request, store: StoreDep, ident: str) -> JSONResponse:
    return _ok(request, get_task(store, _resolve(store, ident, "task")))


# --- agencies -------------------------------------------------------------------------------

@router.get("/agencies", response_model=M.Page[M.AgencySummary],
            summary="Agencies by name and level (paginated), most tasks first",
            responses=PROBLEM_RESPONSES)
def agencies_list(request: Request, store: StoreDep, page: PageDep,
                  text: Optional[str] = Query(None, max_length=200),
                  level: Optional[Level] = None) -> JSONResponse:
    return _ok(request, list_agencies(store, text=text, level=level.value if level else None,
                                      limit=page.limit, offset=page.offset))


def _agency(store, ident: str) -> str:
    iri = to_iri(ident)
    return get_agency(store, iri or ident)["iri"]


@router.get("/agencies/{ident:path}/tasks", response_model=M.Page[M.TaskSummary],
            summary="Tasks of an agency and its sub-organisations",
            responses=PROBLEM_RESPONSES)
def agency_tasks(request: Request, store: StoreDep, page: PageDep, ident: str,
                 status: Optional[Status] = None, as_of: Optional[dt.date] = None) -> JSONResponse:
    iri = _agency(store, ident)
    return _ok(request, task_list_page(store, agency=iri, status=status.value if status else None,
                                  as_of=as_of.isoformat() if as_of else None, limit=page.limit, offset=page.offset))


@router.get("/agencies/{ident:path}", response_model=M.AgencyDetail,
            summary="One agency: kind, level, parent, unit, sub-organisations",
            responses=PROBLEM_RESPONSES)
def agency_get(request: Request, store: StoreDep, ident: str) -> JSONResponse:
    return _ok(request, get_agency(store, to_iri(ident) or ident))


# --- whole graph ----------------------------------------------------------------------------

@router.get("/gaps", response_model=M.Gaps,
            summary="Tasks without national basis, missing documents, conflicts, tasks without lead")
def gaps_(request: Request, store: StoreDep) -> JSONResponse:
    return _ok(request, gaps(store))


class GapReason(str, Enum):
    no_national_basis = "no_national_basis"
    no_lead = "no_lead"


@router.get("/gaps/tasks", response_model=M.GapTasks,
            summary="Tasks with a gap (no national basis, no lead), each with its number and reasons, "
                    "grouped by document (paginated by task)")
def gap_tasks_(request: Request, store: StoreDep, page: PageDep,
               reason: Optional[GapReason] = Query(None, description="Only this kind of gap")) -> JSONResponse:
    return _ok(request, gap_tasks(store, reason=reason.value if reason else None, limit=page.limit,
                                  offset=page.offset))


@router.get("/stats", response_model=M.Stats,
            summary="Counts by kind, level, issuer; most-cited documents")
def stats_(request: Request, store: StoreDep) -> JSONResponse:
    return _ok(request, stats(store))


@router.get("/search", response_model=M.SearchResults,
            summary="Documents, tasks and agencies whose label contains the words")
def search_(request: Request, store: StoreDep, q: str = Query(..., min_length=1, max_length=200),
            limit: int = Query(20, ge=1, le=200)) -> JSONResponse:
    return _ok(request, {"query": q, "items": search(store, q, limit=limit)})


def install(app: FastAPI) -> None:
    app.include_router(router)
