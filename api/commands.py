"""``cancu serve`` (explorer, REST API and SPARQL over HTTP) and ``cancu demo`` (the
README's main job: ingest the bundled examples on first run, then serve them)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from cancu.errors import require_extra


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cmd)
    app.command("demo")(demo_cmd)


HOST = typer.Option("127.0.0.1", "--host", help="Address to listen on (127.0.0.1: this machine only).")
PORT = typer.Option(8000, "--port", help="TCP port (another one when 8000 is taken, e.g. --port 8001).")


def check_port(host: str, port: int) -> None:
    """Raise :class:`PortInUseError` (one line, naming the option) when ``host:port`` cannot be
    listened on, before anything slow starts; uvicorn would print a traceback-like log instead."""
    import os
    import socket

    from cancu.errors import PortInUseError

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise PortInUseError(f"cannot listen on {host}:{port}: {exc.strerror}; check --host") from None
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        if os.name != "nt":  # as uvicorn binds; on Windows this option would allow a second listener
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            why = "is already in use" if exc.errno in (98, 48, 10048) else f"cannot be used ({exc.strerror})"
            raise PortInUseError(f"port {port} on {host} {why}; choose another with --port, "
                                 f"e.g. --port {port + 1 if port < 65535 else 8001}") from None


def _open(st, *, read_only: bool = False):
    from cancu.errors import StoreUnavailableError
    from cancu.graph import open_store

    try:
        return open_store(st.store, backend=st.backend, endpoint=st.endpoint, read_only=read_only)
    except StoreUnavailableError as exc:
        if st.backend != "oxigraph" or read_only:
            raise
        # another process (an ingest) holds the write lock: serve what is there, read-only
        typer.echo(f"note: {exc}; serving read-only", err=True)
        return open_store(st.store, backend=st.backend, endpoint=st.endpoint, read_only=True)


def _serve(store, st, host: str, port: int, token: Optional[str], timeout: Optional[float],
           log_level: str = "info", token_file: Optional[Path] = None) -> None:
    require_extra("api", "fastapi")
    uvicorn = require_extra("api", "uvicorn")
    check_port(host, port)
    from cancu.api.app import create_app
    from cancu.api.settings import Settings
    from cancu.loaders.formats.ocr import OcrSettings

    settings = Settings.from_env(store=st.store, backend=st.backend, endpoint=st.endpoint, token=token,
                                 token_file=token_file, query_timeout=timeout)
    OcrSettings.from_env()  # uploads read scans with these limits: a bad value stops the start, not an upload
    app = create_app(settings, store=store)
    typer.echo(f"cancu explorer: http://{host}:{port}/   REST: http://{host}:{port}/api/v1   "
               f"SPARQL: http://{host}:{port}/sparql   OpenAPI: http://{host}:{port}/docs")
    typer.echo("stop with Ctrl+C")
    class Server(uvicorn.Server):
        def handle_exit(self, sig, frame) -> None:
            # Stop the query workers first: the requests waiting for them end at once (503),
            # so uvicorn's wait for open requests does not last until their deadlines.
            pool = getattr(app.state, "query_pool", None)
            if pool is not None:
                pool.close()
            super().handle_exit(sig, frame)

    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, workers=1,
                            timeout_graceful_shutdown=5)
    Server(config).run()


def serve_cmd(ctx: typer.Context, host: str = HOST, port: int = PORT,
              token: Optional[str] = typer.Option(None, "--token", envvar="CANCU_API_TOKEN",
                                                  help="Bearer token allowing uploads and SPARQL updates "
                                                       "(none: read-only). Prefer the CANCU_API_TOKEN variable "
                                                       "or --token-file: other local users see a command "
                                                       "line in ps."),
              token_file: Optional[Path] = typer.Option(None, "--token-file", envvar="CANCU_API_TOKEN_FILE",
                                                        help="A file whose first line is the token."),
              timeout: Optional[float] = typer.Option(None, "--timeout", envvar="CANCU_QUERY_TIMEOUT",
                                                      help="Seconds per SPARQL query (default 10)."),
              log_level: str = typer.Option("info", "--log-level",
                                            help="uvicorn log level; 'warning' drops the access log.")) -> None:
    """Serve the store over HTTP: explorer pages, REST API /api/v1 and SPARQL /sparql."""
    st = ctx.obj
    _serve(_open(st), st, host, port, token, timeout, log_level, token_file)


def demo_cmd(ctx: typer.Context, host: str = HOST, port: int = PORT,
             serve: bool = typer.Option(True, "--serve/--no-serve",
                                        help="Serve after ingesting (--no-serve: print and exit).")) -> None:
    """Ingest the bundled examples (first run only), print a trace and an impact, then serve them."""
    from cancu import config
    from cancu.graph import impact, trace
    from cancu.options import count

    st = ctx.obj
    if serve:  # say so before the ingest, not after it
        require_extra("api", "fastapi")
        check_port(host, port)
    store = _open(st)
    report = store.ingest_paths([config.examples_dir()])
    typer.echo(f"store: {st.store}")
    typer.echo(f"examples: {len(report.added)} added, {len(report.unchanged)} unchanged, "
               f"{len(report.replaced)} replaced")
    query = "Xây dựng Trang thông tin điện tử phường"
    result = trace(store, query)
    typer.echo(f"\ntrace “{query}” ({result['target']['iri']}):")
    for group in ("national", "provincial", "local"):
        docs = result["basis"][group]
        typer.echo(f"  {group} basis: " + "; ".join(
            f"{d['kind']} {d['symbol'] or d['title'] or ''} ({d['issuer'] or '?'})".strip() for d in docs))
    imp = impact(store, "91-KL/TU")
    c = imp["counts"]
    typer.echo(f"\nimpact 91-KL/TU: {count(c['documents'], 'document')} rest on it, with "
               f"{count(c['tasks'], 'task')} for {count(c['agencies'], 'agency')}:")
    for d in imp["documents"]:
        typer.echo(f"  - {d['label']} · {d['issuer'] or '?'}")
    if serve:
        typer.echo("")
        _serve(store, st, host, port, None, None)
