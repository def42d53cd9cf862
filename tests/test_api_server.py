"""The README's main job for real: ``cancu demo`` ingests the examples and serves them with
uvicorn on 127.0.0.1; a client then uses the explorer, the REST API and the OpenAPI page."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

pytest.importorskip("uvicorn", reason="the api extra is not installed")
import httpx  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def demo_server(tmp_path_factory):
    store = tmp_path_factory.mktemp("store")
    port = free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("CANCU_API_TOKEN", None)
    proc = subprocess.Popen([sys.executable, "-m", "cancu.cli", "--store", str(store), "demo", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail("cancu demo exited early:\n" + proc.stdout.read())
        try:
            if httpx.get(base + "/api/v1/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("cancu demo did not start serving within 90 s")
    yield base, proc, store
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_demo_serves_explorer_api_and_docs(demo_server):
    base, _, _ = demo_server
    home = httpx.get(base + "/")
    assert home.status_code == 200 and "cancu" in home.text
    assert httpx.get(base + "/docs").status_code == 200
    hits = httpx.get(base + "/api/v1/search", params={"q": "Xây dựng Trang thông tin điện tử phường"}).json()["items"]
    tid = next(h["id"] for h in hits if h["type"] == "task")
    tr = httpx.get(f"{base}/api/v1/tasks/{tid}/trace").json()
    assert "76/NQ-CP" in {d["symbol"] for d in tr["basis"]["national"]}
    assert httpx.get(f"{base}/tasks/{tid}").status_code == 200


def test_demo_listens_on_loopback_only(demo_server):
    base, _, _ = demo_server
    assert base.startswith("http://127.0.0.1:")


def test_second_run_skips_ingest_while_the_server_holds_the_store(demo_server):
    base, proc, store = demo_server
    # a second process: the store is locked by the server, so it opens read-only;
    # both example files are unchanged by checksum, so nothing needs writing
    out = subprocess.run([sys.executable, "-m", "cancu.cli", "--store", str(store), "demo", "--no-serve"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "examples: 0 added, 2 unchanged" in out.stdout
    assert "national basis: Nghị quyết 76/NQ-CP" in out.stdout
    assert httpx.get(base + "/api/v1/stats").json()["documents"]["full"] == 3
