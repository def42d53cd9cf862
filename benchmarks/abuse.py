"""Hostile queries, bodies and files against a live ``cancu serve`` (issue 15), one line each.

Starts ``cancu serve`` on 127.0.0.1 over a store holding the two example documents
(token from a file, ``CANCU_QUERY_TIMEOUT`` 10 s, two query workers of 1 GB each, the
upload limit raised to 64 MB so that the 50 MB text reaches the extraction limit),
a TCP listener on 127.0.0.1 that any SSRF attempt would reach, then runs each attack
and prints, for each:

* the HTTP status (or the exit status of ``cancu ingest`` for the file faults) and what
  was expected;
* the time until the answer;
* the peak resident memory of the server process and of its query workers, sampled
  every 20 ms while the attack runs;
* the slowest ``GET /api/v1/health`` answered meanwhile (polled every 50 ms), and
  whether every one came within 100 ms.

At the end it sends SIGTERM while blocking queries run and prints how long the server
took to stop, and how many requests the listener saw (0 expected). Everything runs on
this machine (loopback only), bounded in count and time. Reads nothing from
/work/shared: the hostile files are built here from the bundled examples.

    python benchmarks/abuse.py            # about 3 minutes
    python benchmarks/abuse.py --quick    # skip the 1 GB bodies and the 8 parallel runaways
"""

from __future__ import annotations

import argparse
import io
import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
import zipfile
from pathlib import Path
from typing import Callable, Optional

import httpx

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"
SEED = EXAMPLES / "003_7d26c286be1eb3a6.txt"
TOKEN = "abuse-benchmark-token"
GB = 1 << 30

CROSS_ORDER = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
COUNT_DISTINCT = "SELECT (COUNT(DISTINCT *) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
BLOCKING = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) < STR(?i)) }"
FILTERED = ("SELECT ?a WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
            "FILTER(CONCAT(STR(?c), STR(?f), STR(?i)) = \"no such value\") }")
CHEAP = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Listener:
    """Counts every connection made to it (an SSRF target on 127.0.0.1)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(d.name))
            except (OSError, IndexError, ValueError):
                continue
    return out


class Watch:
    """Samples memory and polls health while an attack runs."""

    def __init__(self, server: subprocess.Popen, url: str) -> None:
        self.server, self.url = server, url
        self.peak_server = self.peak_workers = 0.0
        self.health_ms: list[float] = []
        self.health_failed = 0
        self._stop = threading.Event()

    def __enter__(self) -> "Watch":
        self._threads = [threading.Thread(target=self._memory, daemon=True),
                         threading.Thread(target=self._health, daemon=True)]
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(5)

    def _memory(self) -> None:
        while not self._stop.is_set():
            self.peak_server = max(self.peak_server, rss_mb(self.server.pid))
            self.peak_workers = max(self.peak_workers, max((rss_mb(c) for c in children(self.server.pid)), default=0))
            time.sleep(0.02)

    def _health(self) -> None:
        with httpx.Client(timeout=5) as c:
            while not self._stop.is_set():
                t = time.perf_counter()
                try:
                    ok = c.get(self.url + "/api/v1/health").status_code == 200
                except httpx.HTTPError:
                    ok = False
                self.health_ms.append((time.perf_counter() - t) * 1000)
                self.health_failed += not ok
                time.sleep(0.05)


def raw_request(port: int, head: str, body_bytes: int, chunk: bytes = b"x" * 65536,
                timeout: float = 60) -> tuple[Optional[int], int]:
    """Send ``head`` then up to ``body_bytes`` of body until the server answers:
    (status or None, bytes of body sent before the answer)."""
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s.sendall(head.encode())
    sent, deadline = 0, time.monotonic() + timeout
    status = None
    try:
        while time.monotonic() < deadline:
            readable, _, _ = select.select([s], [], [], 0)
            if readable or sent >= body_bytes:
                s.settimeout(max(0.1, deadline - time.monotonic()))
                line = s.recv(4096).split(b"\r\n", 1)[0].decode("latin-1")
                status = int(line.split()[1]) if line.startswith("HTTP/") else None
                break
            try:
                sent += s.send(chunk[: max(0, min(len(chunk), body_bytes - sent))] or b"")
            except OSError:  # the server closed the connection after answering
                continue
    finally:
        s.close()
    return status, sent


# --- hostile files ---------------------------------------------------------------------------

def zip_bomb(inflated: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            block = b"<w:p/>" * (1 << 17)
            for _ in range(inflated // len(block)):
                f.write(block)
    return buf.getvalue()


def to_cp1258(text: str) -> bytes:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        dec = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in dec if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in dec if c not in tones))
        out.append(base.encode("cp1258", "replace") + tones.encode("cp1258"))
    return b"".join(out)


def hostile_files() -> list[tuple[str, str, bytes, str]]:
    """(label, file name, bytes, expected)."""
    seed = SEED.read_text(encoding="utf-8")
    tcvn3 = ("C¨n cø LuËt Tæ chøc chÝnh quyÒn ®Þa ph\u00ad¬ng ngµy 16/6/2025; C¨n cø NghÞ quyÕt sè 76/NQ-CP "
             "cña ChÝnh phñ vÒ ban hµnh Ch\u00ad¬ng tr×nh").encode("latin-1")
    vni = ("Caên cöù Luaät Toå chöùc chính quyeàn ñòa phöông ngaøy 16/6/2025; Caên cöù Nghò quyeát soá 76/NQ-CP "
           "cuûa Chính phuû veà ban haønh Chöông trình").encode("latin-1")
    return [
        ("'|\\n' x 32k (64 KB)", "bars.txt", b"|\n" * 32_000, "422 fast"),
        ("'|\\n' x 100k (200 KB)", "bars100k.txt", b"|\n" * 100_000, "422 fast"),
        ("seed 003 + 16,000 '| --- |' rows", "seed-rows.md", (seed + "| --- |\n" * 16_000).encode(), "201 fast"),
        ("HTML, unclosed <script>, 400 KB", "page.html",
         ("<html><body><p>a</p>" + "<script>var x = 1;" * 22_000).encode(), "422 fast"),
        ("DOCX zip bomb (210 MB document.xml)", "bomb.docx", zip_bomb(210 << 20), "413"),
        ("50 MB text", "huge.txt", ("Căn cứ Luật Tổ chức chính quyền địa phương; " * 1_200_000)
         .encode()[:50 << 20].decode("utf-8", "ignore").encode(), "413"),
        ("TCVN3 text", "tcvn3.txt", tcvn3, "422 legacy-encoding TCVN3"),
        ("VNI text", "vni.txt", vni, "422 legacy-encoding VNI"),
        ("Windows-1258 seed", "cp1258.txt", to_cp1258(seed), "201 (read as windows-1258)"),
        ("UTF-32 seed with BOM", "utf32.txt", seed.encode("utf-32"), "201"),
    ]


# --- the run ---------------------------------------------------------------------------------

Row = tuple[str, str, str, float, float, float, float, bool]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="skip the 1 GB bodies and the 8 parallel runaways")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="cancu-abuse-"))
    store = tmp / "store"
    py = [sys.executable, "-m", "cancu.cli", "--store", str(store)]
    subprocess.run(py + ["ingest", str(EXAMPLES)], check=True, capture_output=True)
    (tmp / "token").write_text(TOKEN + "\n")
    os.chmod(tmp / "token", 0o600)
    port = free_port()
    env = {**os.environ, "CANCU_QUERY_TIMEOUT": "10", "CANCU_QUERY_WORKERS": "2", "CANCU_QUERY_MEMORY_MB": "1024",
           "CANCU_API_TOKEN_FILE": str(tmp / "token"), "CANCU_MAX_UPLOAD_BYTES": str(64 << 20),
           "CANCU_SPARQL_CACHE_MB": "0"}
    log = open(tmp / "serve.log", "w")
    server = subprocess.Popen(py + ["serve", "--port", str(port), "--log-level", "warning"], env=env,
                              stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(url + "/api/v1/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    listener = Listener()
    target = f"http://127.0.0.1:{listener.port}/sparql"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    client = httpx.Client(base_url=url, timeout=120)
    rows: list[Row] = []

    def attack(name: str, expected: str, fn: Callable[[], str]) -> None:
        with Watch(server, url) as w:
            t = time.perf_counter()
            try:
                got = fn()
            except Exception as exc:  # noqa: BLE001 - reported in the table
                got = f"error {type(exc).__name__}: {exc}"[:60]
            seconds = time.perf_counter() - t
            time.sleep(0.1)  # one more health sample after the answer
        worst = max(w.health_ms, default=0.0)
        ok = bool(w.health_ms) and worst < 100 and w.health_failed == 0
        rows.append((name, expected, got, seconds, w.peak_server, w.peak_workers, worst, ok))
        print(f"{name:<44} {got:<26} {seconds:7.2f} s  server {w.peak_server:6.0f} MB  "
              f"workers {w.peak_workers:6.0f} MB  health max {worst:6.1f} ms {'ok' if ok else 'SLOW'}", flush=True)

    def get(q: str) -> str:
        r = client.get("/sparql", params={"query": q})
        return f"{r.status_code} {r.json().get('code', '') if r.status_code >= 400 else ''}".strip()

    def parallel(q: str, n: int) -> str:
        out: list[int] = []

        def one() -> None:
            with httpx.Client(base_url=url, timeout=60) as c:
                out.append(c.get("/sparql", params={"query": q + f" # {time.monotonic()}"}).status_code)

        threads = [threading.Thread(target=one) for _ in range(n)]
        for th in threads:
            th.start()
        for th in threads:
            th.join(60)
        t = time.perf_counter()
        after = client.get("/sparql", params={"query": CHEAP}).status_code
        return f"{out.count(503)}x503, then {after} in {time.perf_counter() - t:.2f}s"

    print(f"cancu serve on {url} (pid {server.pid}); SSRF listener on 127.0.0.1:{listener.port}\n", flush=True)
    # 1. SSRF
    for name, q in (("SERVICE", f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"),
                    ("SERVICE after a stray quote", f"PREFIX ex: <http://e/>\nSELECT * WHERE {{ ?s ex:a\\' ?o . "
                                                    f"SERVICE <{target}> {{ ?x ?y ?z }} }}"),
                    ("SERVICE after an IRI with U+00A0 and '", f"SELECT * WHERE {{ ?s <http://e/\u00a0'> ?o "
                                                                f"OPTIONAL {{ SERVICE <{target}> {{ ?x ?y ?z }} }} }}"),
                    ("SERVICE to a closed port (port scan)", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> "
                                                             "{ ?s ?p ?o } }")):
        attack(f"SSRF: {name}", "400 query-federation", lambda q=q: get(q))
    attack("SSRF: LOAD <url> with the token", "403 remote-fetch-refused",
           lambda: (lambda r: f"{r.status_code} {r.json().get('code', '')}")(client.post(
               "/sparql", content=f"LOAD <{target}>".encode(),
               headers={**auth, "Content-Type": "application/sparql-update"})))
    # 2. runaway queries
    attack("ORDER BY over a cross join", "503 query-memory", lambda: get(CROSS_ORDER))
    attack("COUNT(DISTINCT) over a cross product", "503 at 10 s", lambda: get(COUNT_DISTINCT))
    attack("streaming, every row filtered out", "503 at 10 s", lambda: get(FILTERED))
    if not args.quick:
        attack("8 blocking queries at once", "8x503, then 200 at once", lambda: parallel(BLOCKING, 8))
    # 3. bodies
    attack("non-UTF-8 query body", "400 body-encoding", lambda: (lambda r: f"{r.status_code} {r.json()['code']}")(
        client.post("/sparql", content=b"SELECT * WHERE { ?s ?p \"\xe9\" }",
                    headers={"Content-Type": "application/sparql-query"})))
    if not args.quick:
        for name, head, expected in (
            ("1 GB sparql-update, no token", "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: "
             f"application/sparql-update\r\nContent-Length: {GB}\r\n\r\n", "401, body unread"),
            ("1 GB multipart upload, no token", "POST /api/v1/documents HTTP/1.1\r\nHost: x\r\nContent-Type: "
             f"multipart/form-data; boundary=b\r\nContent-Length: {GB}\r\n\r\n", "401, body unread"),
            ("1 GB sparql-update with the token", "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: "
             f"application/sparql-update\r\nAuthorization: Bearer {TOKEN}\r\nContent-Length: {GB}\r\n\r\n",
             "413, body unread"),
            ("1 GB chunked sparql-query (no length)", "POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: "
             "application/sparql-query\r\nTransfer-Encoding: chunked\r\n\r\n", "413 after the cap"),
        ):
            chunk = (b"10000\r\n" + b"x" * 65536 + b"\r\n") if "chunked" in name else b"x" * 65536

            def send(head=head, chunk=chunk) -> str:
                status, sent = raw_request(port, head, GB, chunk)
                return f"{status}, {sent / (1 << 20):.1f} MB sent"

            attack(name, expected, send)
    # 4. hostile files, uploaded with the token
    for label, fname, data, expected in hostile_files():
        def upload(fname=fname, data=data) -> str:
            r = client.post("/api/v1/documents", files={"file": (fname, data)}, headers=auth)
            return f"{r.status_code} {r.json().get('code', '') if r.status_code >= 400 else ''}".strip()

        attack(f"file: {label}", expected, upload)
    # 5. files the command line meets
    folder = tmp / "faults"
    folder.mkdir()
    (folder / "ok.txt").write_bytes((EXAMPLES / "000_b4f8ce09866c4c17.txt").read_bytes())
    with open(os.path.join(os.fsencode(folder), b"b\xe1o-c\xe1o.txt"), "wb") as f:
        f.write(b"x")
    os.mkfifo(tmp / "pipe.txt")
    other = tmp / "store-cli"

    def cli() -> str:
        p = subprocess.run([sys.executable, "-m", "cancu.cli", "--store", str(other), "ingest", str(folder),
                            str(tmp / "pipe.txt"), "/dev/zero"], capture_output=True, text=True, timeout=300)
        failed = sum(1 for ln in p.stderr.splitlines() if ln.startswith("failed:"))
        return f"exit {p.returncode}, {failed} failed"

    attack("cancu ingest: non-UTF-8 name, FIFO, /dev/zero", "exit 1, 3 failed", cli)
    # 6. SIGTERM while blocking queries run
    for _ in range(3):
        threading.Thread(target=lambda: httpx.get(url + "/sparql", params={"query": BLOCKING + f" #{time.time()}"},
                                                  timeout=60), daemon=True).start()
    time.sleep(1.0)
    workers = children(server.pid)
    t = time.perf_counter()
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=30)
        stopped = f"stopped in {time.perf_counter() - t:.2f} s"
    except subprocess.TimeoutExpired:
        stopped = "still running after 30 s"
        server.kill()
    time.sleep(0.3)
    left = [p for p in workers if Path(f"/proc/{p}").exists()]
    print(f"\nSIGTERM with 3 blocking queries running: {stopped}; query workers left: {len(left)}")
    print(f"requests the SSRF listener received: {listener.hits}")
    slow = [r for r in rows if not r[7]]
    print(f"health under 100 ms throughout: {len(rows) - len(slow)} of {len(rows)} attacks")
    listener.close()


if __name__ == "__main__":
    main()
