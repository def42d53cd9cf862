"""The FastAPI application: SPARQL endpoint, REST API and explorer pages over one store.

``create_app`` opens (or is given) one :class:`~cancu.graph.store.Store` and
shares it with every route; each module of :mod:`cancu.api.routes` contributes
its routes through ``install(app)``, so the areas stay separate files.
"""

from __future__ import annotations

import importlib
import logging
import threading
from contextlib import asynccontextmanager
from importlib import resources
from typing import Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from cancu import __version__
from cancu.api.headers import SecurityHeaders, nonce_of
from cancu.api.problems import TITLES, from_error, problem
from cancu.api.settings import Settings
from cancu.errors import CancuError

log = logging.getLogger("cancu.api")

#: route modules under cancu.api.routes, installed in this order when present
ROUTE_MODULES = ("rest", "sparql", "explorer")


def create_app(settings: Optional[Settings] = None, *, store=None) -> FastAPI:
    """The application; ``store`` overrides the one named by ``settings`` (tests, demo)."""
    settings = settings or Settings.from_env()
    if store is None:
        from cancu.graph import open_store

        store = open_store(settings.store, backend=settings.backend, endpoint=settings.endpoint)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        pool = getattr(app.state, "query_pool", None)
        if pool is not None:
            pool.warm()
        # rdflib's SPARQL grammar takes ~0.3 s to build, holding the GIL: build it now rather
        # than in the first request that mentions SERVICE or LOAD (api/sparql_guard.py)
        from starlette.concurrency import run_in_threadpool

        from cancu.api.sparql_guard import warm

        await run_in_threadpool(warm)
        from cancu.api.store_follow import follow

        app.state.follower = follow(app.state.store)  # a read-only store follows its writer
        yield
        if app.state.follower is not None:
            app.state.follower.stop()
        if pool is not None:  # nothing of a running query outlives the server
            pool.close()
        close = getattr(app.state.store, "close", None)
        if close and app.state.owns_store:
            close()

    app = FastAPI(
        title="cancu",
        version=__version__,
        description=("Knowledge graph of Vietnamese legal documents and the tasks they assign: "
                     "trace a ward task to its provincial and national basis, and a document to "
                     "everything that rests on it. Errors are application/problem+json."),
        docs_url=None,  # served below from the package's own Swagger UI files (no CDN)
        redoc_url=None,
        openapi_url="/openapi.json",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.owns_store = False
    if settings.sparql_cache_mb > 0:
        from cancu.api.sparql_cache import ResultCache

        app.state.sparql_cache = ResultCache(int(settings.sparql_cache_mb * 1024 * 1024))
    if settings.index != "off":  # trace/impact/tasks read it whenever it matches the store's data
        from cancu.graph.index import attach

        attach(store, background=settings.index == "background")
    app.state.query_pool = query_pool(settings, store)
    # One writer at a time: uploads and SPARQL updates take this lock.
    app.state.write_lock = threading.Lock()

    app.add_middleware(SecurityHeaders)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST", "OPTIONS"], allow_headers=["*"])

    @app.exception_handler(CancuError)
    async def _cancu_error(request: Request, exc: CancuError):
        return from_error(exc, request.app.state.settings)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errs = [{"loc": list(e.get("loc", ())), "msg": e.get("msg")} for e in exc.errors()]
        return problem(422, "invalid request", "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}"
                                                          for e in errs), errors=errs)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        if exc.status_code == 405:
            # Starlette names the methods of the first route on the path only; a path served
            # by several routes takes all of theirs. OPTIONS on any path answers with them.
            allow = allowed_methods(request)
            if request.method == "OPTIONS":
                return Response(status_code=204, headers={"Allow": allow})
            exc.headers = {**(exc.headers or {}), "Allow": allow}
        resp = problem(exc.status_code, TITLES.get(exc.status_code, "error"), str(exc.detail or ""))
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):  # pragma: no cover - last resort
        log.exception("unexpected error on %s", request.url.path)
        return problem(500, "internal error", f"{type(exc).__name__}: the error was logged")

    @app.get("/docs", include_in_schema=False)
    def _docs(request: Request) -> HTMLResponse:
        """Swagger UI over /openapi.json, from vendored files (api/static/swagger): works offline."""
        return HTMLResponse(_docs_html(app.title, app.openapi_url, nonce_of(request)))

    # /static/viz before /static: Starlette matches mounts in order.
    try:
        from cancu.viz import assets_dir  # type: ignore[attr-defined]

        app.mount("/static/viz", StaticFiles(directory=str(assets_dir())), name="viz-static")
    except (ImportError, AttributeError):
        pass
    app.mount("/static", StaticFiles(directory=str(resources.files("cancu.api") / "static")), name="static")

    for name in ROUTE_MODULES:
        try:
            module = importlib.import_module(f"cancu.api.routes.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"cancu.api.routes.{name}":
                raise
            continue
        module.install(app)
    return app


def _docs_html(title: str, openapi_url: str, nonce: str) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(resources.files("cancu.api") / "templates")),
                      autoescape=select_autoescape(["html"]))
    return env.get_template("docs.html").render(title=title, openapi_url=openapi_url, csp_nonce=nonce)


#: the order methods are listed in an Allow header
_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def allowed_methods(request: Request) -> str:
    """The methods the request's path takes, over every route serving it, and OPTIONS."""
    from starlette.routing import Match

    methods = {"OPTIONS"}
    stack = list(request.app.router.routes)
    while stack:
        route = stack.pop()
        inner = getattr(route, "original_router", None)  # a router included by include_router
        if inner is not None:
            stack.extend(inner.routes)
        elif getattr(route, "methods", None) and route.matches(request.scope)[0] != Match.NONE:
            methods |= set(route.methods)
    return ", ".join(sorted(methods, key=lambda m: (_METHOD_ORDER + (m,)).index(m)))


def query_pool(settings: Settings, store):
    """Worker processes for public queries on an on-disk embedded store (None: threads).

    In-memory stores cannot be opened by another process and a SPARQL server bounds its own
    queries; ``CANCU_QUERY_WORKERS=0`` or a system without ``fork``/``poll`` (Windows) keeps
    the thread path, whose blocking queries cannot be stopped (docs/security.md)."""
    import os

    from cancu.graph.store.base import LOCAL

    path = getattr(store, "path", None)
    if settings.query_workers <= 0 or path is None or LOCAL not in store.capabilities or os.name != "posix":
        return None
    from cancu.api.query_pool import QueryPool

    return QueryPool(path, size=settings.query_workers, memory_mb=settings.query_memory_mb)
