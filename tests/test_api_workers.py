"""Public queries on the embedded store run in worker processes that can be stopped (issue 15, items 5, 6, 12).

A runaway costs at most its time limit and its memory cap: the worker is killed at
the deadline or dies at its address-space limit, the server's own memory does not
grow, a fresh worker takes the slot, and the server stops on SIGTERM within seconds.
A server that opened the store read-only while another process wrote it follows
the writer's commits.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.skipif(os.name != "posix", reason="worker processes need POSIX (poll, rlimits)")

from cancu.api.app import create_app  # noqa: E402
from cancu.api.settings import Settings  # noqa: E402
from cancu.graph import open_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"
# grows without bound: every pair of triples, sorted (issue 15 saw 1.3 GB/s in the server)
SORTED_CROSS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
# computes for seconds before its first row: COUNT over a filtered cross join
BLOCKING = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) < STR(?i)) }"
# streams, but every row is filtered out: nothing ever reaches the stop flag of a thread
FILTERED = ("SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
            "FILTER(CONCAT(STR(?c), STR(?f), STR(?i)) = \"no such value\") }")
CHEAP = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def rss_kb(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("workers") / "store"
    s = open_store(path)
    s.ingest_paths([EXAMPLES])
    del s
    return path


def client(path: Path, **settings) -> TestClient:
    store = open_store(path, read_only=True)
    return TestClient(create_app(Settings(store=path, index="off", sparql_cache_mb=0, **settings), store=store))


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()


def test_queries_run_in_workers_with_the_same_answers(store_path):
    with client(store_path, query_workers=2) as c:
        assert len(c.app.state.query_pool.workers()) == 2  # started with the server, before any query
        r = c.get("/sparql", params={"query": CHEAP}, headers={"Accept": "application/sparql-results+json"})
        assert r.status_code == 200
        assert int(r.json()["results"]["bindings"][0]["n"]["value"]) > 1000
        pool = c.app.state.query_pool
        assert pool is not None and pool.stats["queries"] == 1 and pool.workers()
        health = c.get("/api/v1/health").json()
        assert health["query_workers"]["size"] == 2 and health["query_workers"]["live"] >= 1
    with client(store_path, query_workers=0) as t:  # the thread path answers the same
        r2 = t.get("/sparql", params={"query": CHEAP}, headers={"Accept": "application/sparql-results+json"})
        assert r2.json() == r.json()
        assert t.app.state.query_pool is None


def test_a_runaway_is_stopped_by_its_memory_cap_and_the_server_does_not_grow(store_path):
    limit = 60
    with client(store_path, query_workers=1, query_memory_mb=512, query_timeout=limit) as c:
        c.get("/sparql", params={"query": CHEAP})  # the worker is up
        before = rss_kb()
        t = time.monotonic()
        r = c.get("/sparql", params={"query": SORTED_CROSS})
        seconds = time.monotonic() - t
        assert r.status_code == 503 and r.json()["code"] == "query-memory", r.text
        assert seconds / limit < 0.5  # the memory cap stopped it, long before the time limit
        assert rss_kb() - before < 100 * 1024  # the server itself: under 100 MB more
        ok = c.get("/sparql", params={"query": CHEAP})
        assert ok.status_code == 200  # a fresh worker answers


def test_a_worker_killed_by_a_signal_is_not_reported_as_the_query_memory(store_path):
    """A worker that died in the middle of a query was always 503 `query-memory` ("write a cheaper query"):
    a SIGKILL from outside is now 500 `query-worker-died`, naming the signal; the memory case is the test
    above (503 `query-memory`), and the next query is answered by a fresh worker."""
    with client(store_path, query_workers=1, query_timeout=60, query_memory_mb=2048) as c:
        assert c.get("/sparql", params={"query": CHEAP}).status_code == 200
        pool = c.app.state.query_pool
        pid = pool.workers()[0]
        answers: list = []
        th = threading.Thread(target=lambda: answers.append(c.get("/sparql", params={"query": BLOCKING})))
        th.start()
        deadline = time.monotonic() + 10
        while pool.stats["queries"] < 2 and time.monotonic() < deadline:  # the worker has taken the query
            time.sleep(0.01)
        os.kill(pid, signal.SIGKILL)
        th.join(30)
        (r,) = answers
        assert r.status_code == 500 and r.headers["content-type"].startswith("application/problem+json"), r.text
        assert r.json()["code"] == "query-worker-died" and "SIGKILL" in r.json()["detail"], r.text
        assert "Retry-After" not in r.headers and "MB" not in r.json()["detail"]
        assert c.get("/sparql", params={"query": CHEAP}).status_code == 200 and pid not in pool.workers()


@pytest.mark.parametrize("code,kind,words", [
    (-signal.SIGABRT, "query-memory", "300 MB"),       # Rust aborts on a failed allocation under RLIMIT_AS
    (134, "query-memory", "300 MB"),                   # the same through a shell
    (3, "query-memory", "300 MB"),                     # Python's MemoryError, answered, then exit 3
    (-signal.SIGKILL, "query-worker-died", "SIGKILL"),  # an operator or the system's OOM killer
    (-signal.SIGSEGV, "query-worker-died", "SIGSEGV"),  # a crash
    (-signal.SIGTERM, "query-worker-died", "SIGTERM"),
    (1, "query-worker-died", "exit status 1"),
])
def test_how_a_worker_ended_decides_the_error(code, kind, words):
    from cancu.api.query_pool import died_of

    exc = died_of(code, 300)
    assert exc.code == kind and words in str(exc)


def test_the_memory_cap_is_the_workers_address_space_limit(store_path):
    from cancu.api.query_pool import QueryPool

    pool = QueryPool(store_path, size=1, memory_mb=300)
    try:
        pool.run(CHEAP, max_results=1, formats={"select": "json"}, version=None, timeout=30)
        pid = pool.workers()[0]
        limits = Path(f"/proc/{pid}/limits").read_text()
        line = next(ln for ln in limits.splitlines() if ln.startswith("Max address space"))
        assert line.split()[3] == str(300 * 1024 * 1024), line
    finally:
        pool.close()
    assert not alive(pid)


def test_blocking_queries_are_killed_at_the_deadline_and_the_slots_come_back(store_path):
    limit = 1.0
    with client(store_path, query_workers=2, query_timeout=limit, query_memory_mb=2048) as c:
        c.get("/sparql", params={"query": CHEAP})
        pool = c.app.state.query_pool
        answers: list = []

        def run(q: str) -> None:
            t = time.monotonic()
            r = c.get("/sparql", params={"query": q})
            answers.append((r.status_code, r.json().get("code"), time.monotonic() - t))

        threads = [threading.Thread(target=run, args=(q,)) for q in (BLOCKING, FILTERED, BLOCKING, FILTERED)]
        for th in threads:
            th.start()
        time.sleep(0.3)
        busy = pool.workers()
        for th in threads:
            th.join(10)
        assert len(answers) == 4
        # each stopped at its limit (time as a multiple of the limit), not when the query would end
        assert all(status == 503 and code == "query-timeout" and s / limit < 2.5 for status, code, s in answers), \
            answers
        assert pool.stats["killed_at_deadline"] >= 2
        started = pool.stats["started"]
        ok = c.get("/sparql", params={"query": CHEAP})
        # the slots are back at once: a worker started in place of each killed one was waiting
        assert ok.status_code == 200 and pool.stats["started"] == started
        time.sleep(0.2)
        assert not any(alive(pid) for pid in busy if pid not in pool.workers())
        assert len(pool.workers()) <= 2


def test_the_workers_see_the_servers_own_writes(tmp_path):
    path = tmp_path / "store"
    store = open_store(path)
    app = create_app(Settings(store=path, token="t", index="off", query_workers=1), store=store)
    ask = 'PREFIX cc: <https://w3id.org/cancu/ontology#> ASK { ?d cc:symbol "298/KH-UBND" }'
    with TestClient(app) as c:
        assert c.get("/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}
                     ).json()["boolean"] is False
        f = EXAMPLES / "003_7d26c286be1eb3a6.txt"
        r = c.post("/api/v1/documents", files={"file": (f.name, f.read_bytes())}, headers={"Authorization": "Bearer t"})
        assert r.status_code == 201, r.text
        assert c.get("/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}
                     ).json()["boolean"] is True


def test_a_worker_cannot_open_a_network_socket():
    """Behind the parser check: even a query that reached pyoxigraph sends nothing."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)
    srv.settimeout(1.5)
    port = srv.getsockname()[1]
    code = ("import sys, pyoxigraph as ox\n"
            "from cancu.api.query_worker import forbid_network\n"
            "assert forbid_network()\n"
            "try:\n"
            f"    list(ox.Store().query('SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/x> {{ ?s ?p ?o }} }}'))\n"
            "except OSError as e:\n"
            "    print('refused', e)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    try:
        conn, _ = srv.accept()
        conn.close()
        connected = True
    except OSError:
        connected = False
    srv.close()
    assert out.returncode == 0, out.stderr
    assert "refused" in out.stdout and not connected


def test_the_server_stops_on_sigterm_within_seconds_with_queries_running(store_path, tmp_path):
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    limit = 60
    env = {**os.environ, "CANCU_QUERY_TIMEOUT": str(limit), "CANCU_QUERY_WORKERS": "2", "CANCU_INDEX": "off"}
    proc = subprocess.Popen([sys.executable, "-m", "cancu.cli", "--store", str(store_path), "serve",
                             "--port", str(port), "--log-level", "warning"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(url + "/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            pytest.fail("the server did not start")

        def hammer() -> None:
            try:
                httpx.get(url + "/sparql", params={"query": BLOCKING + " # " + str(time.monotonic())}, timeout=70)
            except httpx.HTTPError:
                pass

        for _ in range(3):
            threading.Thread(target=hammer, daemon=True).start()
        time.sleep(1.5)
        workers = httpx.get(url + "/api/v1/health", timeout=5).json()["query_workers"]
        pids = _children(proc.pid)  # the query workers
        assert workers["live"] >= 1 and pids
        t = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=limit / 4)
        # it did not wait for the running queries (which would end at their limit)
        assert (time.monotonic() - t) / limit < 0.2
        time.sleep(0.3)
        assert not [p for p in pids if alive(p)]
    finally:
        if proc.poll() is None:
            proc.kill()


def test_workers_end_when_the_server_is_killed(store_path):
    """A server killed with SIGKILL (no shutdown code runs) leaves no worker computing."""
    code = ("import sys, time\n"
            "from cancu.api.query_pool import QueryPool\n"
            f"pool = QueryPool({str(store_path)!r}, size=1, memory_mb=2048)\n"
            "pool.run('SELECT * WHERE { ?s ?p ?o } LIMIT 1', max_results=1, formats={'select': 'json'}, "
            "version=None, timeout=60)\n"
            "print(pool.workers()[0], flush=True)\n"
            f"pool.run({BLOCKING!r}, max_results=1, formats={{'select': 'json'}}, version=None, timeout=600)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    worker = int(proc.stdout.readline())
    time.sleep(0.5)  # the worker is now in the middle of the blocking query
    assert alive(worker)
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 5
    while alive(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(worker)


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                fields = (d / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(d.name))
    return out


def test_a_server_started_during_an_ingest_follows_the_writer(tmp_path):
    path = tmp_path / "store"
    writer = open_store(path)  # holds the lock, as `cancu ingest` does
    writer.ingest_file(EXAMPLES / "000_b4f8ce09866c4c17.txt")
    reader = open_store(path, read_only=True)
    app = create_app(Settings(store=path, index="off", query_workers=1, sparql_cache_mb=0), store=reader)
    ask = 'PREFIX cc: <https://w3id.org/cancu/ontology#> ASK { ?d cc:symbol "298/KH-UBND" }'
    with TestClient(app) as c:
        h = c.get("/api/v1/health").json()["store"]
        assert h["read_only"] is True and h["follows_writer"] is True
        first_version = h["data_version"]
        assert c.get("/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}
                     ).json()["boolean"] is False
        writer.ingest_file(EXAMPLES / "003_7d26c286be1eb3a6.txt")
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            h = c.get("/api/v1/health").json()["store"]
            if h["reopened"] >= 1:
                break
            time.sleep(0.3)
        assert h["data_version"] != first_version and h["reopened"] >= 1
        assert c.get("/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}
                     ).json()["boolean"] is True
        assert c.get("/api/v1/documents", params={"text": "298/KH-UBND"}).json()["total"] >= 1
