"""The endpoint cannot be turned against its host (issue 15, items 1–4).

* SSRF: every way of spelling a federated query or a ``LOAD`` is refused, and a
  listener on 127.0.0.1 sees no request (it would see pyoxigraph's POST).
* Bodies: the token and ``Content-Length`` are checked before a byte of the body is
  read (the ASGI ``receive`` calls are counted), chunked bodies stop at the cap,
  non-UTF-8 bodies are 400.
* Uploads never show a server path; pages carry CSP, frame and sniffing headers; the
  token can come from a file or the environment.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from cancu.api.app import create_app
from cancu.api.settings import Settings
from cancu.graph import open_store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"


@pytest.fixture(scope="module")
def store():
    s = open_store(None, backend="memory")
    s.ingest_paths([EXAMPLES])
    return s


class Listener:
    """A TCP listener on 127.0.0.1 that records every connection it accepts."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            conn.settimeout(1)
            try:
                self.requests.append(conn.recv(4096))
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                             b"Content-Length: 38\r\n\r\n{\"head\":{},\"results\":{\"bindings\":[]}}")
            except OSError:
                pass
            finally:
                conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture()
def listener():
    lst = Listener()
    yield lst
    lst.close()


def federated_queries(url: str) -> list[str]:
    """Spellings of a SERVICE pattern, including those that fooled the old text scan."""
    return [
        f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"select * where {{ service silent <{url}> {{ ?s ?p ?o }} }}",
        # a stray quote in a prefixed name made the scan blank everything after it
        f"PREFIX ex: <http://example.org/>\nSELECT * WHERE {{ ?s ex:a\\' ?o . SERVICE <{url}> {{ ?x ?y ?z }} }}",
        # an IRI holding U+00A0 and a quote
        f"SELECT * WHERE {{ ?s <http://e/\u00a0'> ?o OPTIONAL {{ SERVICE <{url}> {{ ?x ?y ?z }} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
        f"# ' a comment with a quote\nSELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"ASK {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        # escapes that decode to punctuation could move string boundaries between parsers
        f"SELECT * WHERE {{ ?s ?p \"\\u0022\" . SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ]


def test_federated_queries_are_refused_and_no_request_leaves(store, listener):
    c = TestClient(create_app(Settings(), store=store))
    url = f"http://127.0.0.1:{listener.port}/sparql"
    for q in federated_queries(url):
        for resp in (c.get("/sparql", params={"query": q}),
                     c.post("/sparql", data={"query": q}),
                     c.post("/sparql", content=q.encode(), headers={"Content-Type": "application/sparql-query"})):
            assert resp.status_code == 400, (q, resp.status_code, resp.text)
            assert resp.json()["code"] == "query-federation", q
    assert listener.requests == []


def test_the_listener_would_see_an_unchecked_federated_query(listener):
    """The control: pyoxigraph really sends the request the endpoint refuses."""
    import pyoxigraph as ox

    try:
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{listener.port}/x> {{ ?s ?p ?o }} }}"))
    except (OSError, RuntimeError):  # the listener's answer does not matter
        pass
    for _ in range(20):
        if listener.requests:
            break
        threading.Event().wait(0.05)
    assert listener.requests and listener.requests[0].startswith(b"POST /x")


def test_the_word_service_outside_a_pattern_is_answered(store):
    c = TestClient(create_app(Settings(), store=store))
    for q in ('SELECT ?service WHERE { BIND("SERVICE" AS ?service) }',
              "PREFIX ex: <http://example.org/service#>\nSELECT * WHERE { ?s ex:service ?o } LIMIT 1",
              "# SERVICE <http://127.0.0.1:9/> in a comment\nSELECT * WHERE { ?s ?p ?o } LIMIT 1"):
        r = c.get("/sparql", params={"query": q})
        assert r.status_code == 200, (q, r.text)


def test_load_and_service_in_updates_are_refused_unless_enabled(listener):
    url = f"http://127.0.0.1:{listener.port}/data.ttl"
    store = open_store(None, backend="memory")
    c = TestClient(create_app(Settings(token="t"), store=store))
    auth = {"Authorization": "Bearer t"}
    for u in (f"LOAD <{url}>", f"load silent <{url}> into graph <urn:g>",
              f"INSERT {{ GRAPH <urn:g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}"):
        r = c.post("/sparql", content=u.encode(), headers={**auth, "Content-Type": "application/sparql-update"})
        assert r.status_code == 403 and r.json()["code"] == "remote-fetch-refused", (u, r.text)
        r = c.post("/sparql", data={"update": u}, headers=auth)
        assert r.status_code == 403, u
    assert listener.requests == []
    # a deployment that turns it on lets token holders load (the listener then sees the GET)
    c = TestClient(create_app(Settings(token="t", allow_load=True), store=store))
    c.post("/sparql", content=f"LOAD SILENT <{url}>".encode(),
           headers={**auth, "Content-Type": "application/sparql-update"})
    assert listener.requests and listener.requests[0].startswith(b"GET /data.ttl")


def test_allow_load_is_read_from_the_environment():
    from cancu.errors import SettingError

    assert Settings.from_env({"CANCU_SPARQL_ALLOW_LOAD": "1"}).allow_load is True
    assert Settings.from_env({}).allow_load is False
    with pytest.raises(SettingError):
        Settings.from_env({"CANCU_SPARQL_ALLOW_LOAD": "maybe"})


# --- bodies: checks before reading, caps while reading ---------------------------------

def asgi_call(app, method: str, path: str, headers: dict[str, str], chunks: list[bytes]):
    """Run one request through the ASGI app; (status, body, number of receive() calls that
    handed out body chunks)."""
    pending = list(chunks)
    handed = {"n": 0}
    out: dict = {"body": b""}

    async def receive():
        if pending:
            handed["n"] += 1
            chunk = pending.pop(0)
            return {"type": "http.request", "body": chunk, "more_body": bool(pending)}
        return {"type": "http.disconnect"}

    async def send(message):
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        elif message["type"] == "http.response.body":
            out["body"] += message.get("body", b"")

    path, _, query = path.partition("?")
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
             "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": query.encode(),
             "root_path": "", "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
             "client": ("127.0.0.1", 1234), "server": ("127.0.0.1", 80)}
    asyncio.run(app(scope, receive, send))
    return out["status"], out["body"], handed["n"]


GB = 1 << 30
CHUNK = b"x" * 65536


@pytest.fixture(scope="module")
def guarded_app(store):
    return create_app(Settings(token="t", max_upload_bytes=1 << 20), store=store)


@pytest.mark.parametrize("method,path,ctype", [
    ("POST", "/sparql", "application/sparql-update"),
    ("PUT", "/sparql/graph?graph=urn:g", "text/turtle"),
    ("POST", "/sparql/graph?graph=urn:g", "text/turtle"),
    ("POST", "/api/v1/documents", "multipart/form-data; boundary=b"),
])
def test_a_write_without_token_reads_no_body(guarded_app, method, path, ctype):
    status, _, handed = asgi_call(guarded_app, method, path,
                                  {"content-type": ctype, "content-length": str(GB)}, [CHUNK] * 4)
    assert status == 401 and handed == 0
    status, _, handed = asgi_call(guarded_app, method, path,
                                  {"content-type": ctype, "content-length": str(GB),
                                   "authorization": "Bearer wrong"}, [CHUNK] * 4)
    assert status == 403 and handed == 0


@pytest.mark.parametrize("method,path,ctype", [
    ("POST", "/sparql", "application/sparql-update"),
    ("POST", "/sparql", "application/sparql-query"),
    ("POST", "/sparql", "application/x-www-form-urlencoded"),
    ("PUT", "/sparql/graph?graph=urn:g", "text/turtle"),
    ("POST", "/api/v1/documents", "multipart/form-data; boundary=b"),
])
def test_a_declared_length_over_the_cap_reads_no_body(guarded_app, method, path, ctype):
    status, body, handed = asgi_call(guarded_app, method, path,
                                     {"content-type": ctype, "content-length": str(GB),
                                      "authorization": "Bearer t"}, [CHUNK] * 4)
    assert status == 413 and handed == 0, body


@pytest.mark.parametrize("ctype", ["application/sparql-update", "application/sparql-query",
                                   "application/x-www-form-urlencoded"])
def test_a_chunked_body_stops_at_the_cap(guarded_app, ctype):
    many = [CHUNK] * 64  # 4 MiB offered, the cap is 1 MiB
    status, _, handed = asgi_call(guarded_app, "POST", "/sparql",
                                  {"content-type": ctype, "authorization": "Bearer t"}, many)
    assert status == 413
    assert handed <= (1 << 20) // len(CHUNK) + 1


def test_non_utf8_bodies_are_400(store):
    c = TestClient(create_app(Settings(token="t"), store=store))
    bad = "SELECT * WHERE { ?s ?p \"café\" }".encode("latin-1")
    r = c.post("/sparql", content=bad, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400 and r.json()["code"] == "body-encoding", r.text
    r = c.post("/sparql", content=b"INSERT DATA { <urn:a> <urn:b> \"\xe9\" }",
               headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer t"})
    assert r.status_code == 400 and r.json()["code"] == "body-encoding"
    r = c.post("/sparql", content=b"query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%22%E9%22%7D",
               headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert r.status_code == 400 and r.json()["code"] == "body-encoding"
    # without the token the update body is not even decoded: 401
    r = c.post("/sparql", content=b"\xff\xfe", headers={"Content-Type": "application/sparql-update"})
    assert r.status_code == 401


# --- uploads, headers, the token -----------------------------------------------------------

def test_upload_errors_name_the_client_file_never_a_server_path(tmp_path):
    store = open_store(None, backend="memory")
    c = TestClient(create_app(Settings(token="t", store=None), store=store))
    auth = {"Authorization": "Bearer t"}
    for name, data in (("hỏng.docx", b"PK\x03\x04 not really a zip"), ("trống.txt", b"   \n"),
                       ("cũ.txt", "Céng hßa x· héi chñ nghÜa ViÖt Nam §éc lËp Tù do H¹nh phóc".encode("latin-1"))):
        r = c.post("/api/v1/documents", files={"file": (name, data)}, headers=auth)
        assert r.status_code == 422, r.text
        detail = r.json()["detail"]
        assert name in detail and "/tmp" not in detail and "upload." not in detail, detail
    r = c.post("/api/v1/documents", content=b"plain", headers={**auth, "Content-Type": "text/plain"})
    assert r.status_code == 400
    r = c.post("/api/v1/documents", files={"other": ("a.txt", b"x")}, headers=auth)
    assert r.status_code == 400 and r.json()["code"] == "multipart-no-file"


def test_upload_over_the_limit_is_413(store):
    c = TestClient(create_app(Settings(token="t", max_upload_bytes=1000), store=store))
    r = c.post("/api/v1/documents", files={"file": ("a.txt", b"x" * 5000)}, headers={"Authorization": "Bearer t"})
    assert r.status_code == 413


def test_an_upload_still_ingests(tmp_path):
    store = open_store(None, backend="memory")
    c = TestClient(create_app(Settings(token="t"), store=store))
    f = EXAMPLES / "000_b4f8ce09866c4c17.txt"
    r = c.post("/api/v1/documents", files={"file": (f.name, f.read_bytes())}, headers={"Authorization": "Bearer t"})
    assert r.status_code == 201, r.text
    assert r.json()["summary"]["tasks"] > 0


def test_pages_carry_security_headers_and_their_scripts_the_nonce(store):
    import re

    c = TestClient(create_app(Settings(), store=store))
    for path in ("/", "/sparql", "/tasks"):
        r = c.get(path, headers={"Accept": "text/html"})
        assert r.status_code == 200, path
        csp = r.headers["content-security-policy"]
        assert "default-src 'self'" in csp and "object-src 'none'" in csp and "frame-ancestors 'self'" in csp
        assert r.headers["x-frame-options"] == "SAMEORIGIN" and r.headers["x-content-type-options"] == "nosniff"
        nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
        for tag in re.findall(r"<script\b[^>]*>", r.text):
            assert "src=" in tag or f'nonce="{nonce}"' in tag, (path, tag)
    other = c.get("/", headers={"Accept": "text/html"}).headers["content-security-policy"]
    assert other != csp  # a nonce per answer
    api = c.get("/api/v1/health")
    assert api.headers["x-content-type-options"] == "nosniff" and "content-security-policy" not in api.headers


def test_the_token_comes_from_a_file_or_the_environment(tmp_path):
    from cancu.errors import SettingError

    f = tmp_path / "token"
    f.write_text("s3cret\n")
    assert Settings(token_file=f).token == "s3cret"
    assert Settings.from_env({"CANCU_API_TOKEN_FILE": str(f)}).token == "s3cret"
    assert Settings.from_env({"CANCU_API_TOKEN": "env"}).token == "env"
    (tmp_path / "empty").write_text("\n")
    with pytest.raises(SettingError):
        Settings(token_file=tmp_path / "empty")
    with pytest.raises(SettingError):
        Settings(token_file=tmp_path / "missing")


def test_serve_takes_a_token_file(tmp_path, monkeypatch):
    """`cancu serve --token-file F` gives the server the token without showing it in ps."""
    import cancu.api.commands as commands

    seen = {}
    monkeypatch.setattr(commands, "_serve", lambda store, st, host, port, token, timeout, log_level, token_file:
                        seen.update(token=token, token_file=token_file))
    monkeypatch.setattr(commands, "_open", lambda st: None)
    from typer.testing import CliRunner

    from cancu.cli import app

    f = tmp_path / "token"
    f.write_text("abc\n")
    res = CliRunner().invoke(app, ["--store", str(tmp_path / "s"), "serve", "--token-file", str(f)])
    assert res.exit_code == 0, res.output
    assert seen == {"token": None, "token_file": f}
