"""HTTP throughput and latency of a task trace, in one run (issue 6 "Performance").

On the synthetic national-scale graph (benchmarks/graph_generate.py), bounded local
load with wrk (Debian package ``wrk``) against servers started here:

1. ``cancu serve`` (uvicorn, one worker, embedded Oxigraph on disk, its in-process index
   built, no SPARQL result cache): ``GET /api/v1/tasks/{id}/trace``, and ``/sparql`` with the
   trace query (graph/queries/trace_hops.rq, start bound) — what the engine costs; public
   queries run in the query worker processes (CANCU_QUERY_WORKERS, 2 by default), and again
   in threads inside the server (``CANCU_QUERY_WORKERS=0``) for the workers' cost;
2. the same with ``CANCU_INDEX=off``: the REST trace answered over SPARQL;
3. the same with the SPARQL result cache (``CANCU_SPARQL_CACHE_MB``): ``/sparql`` again,
   with the hit rate the run had (every query repeats after ``--sample`` requests);
4. baseline: the PyPI package rdflib-endpoint over rdflib (Dataset, default union) holding
   the same quads, answering the same SPARQL query

Each target rotates through the same random sample of tasks (a wrk Lua script) so
no answer is served twice in a row. Figures: requests/s and p50/p99 latency from
wrk --latency; ratios against the baseline measured in the same run.

    python benchmarks/http_trace.py --size 1e6 --duration 20
    python benchmarks/http_trace.py --size 1e5 --duration 10 --no-baseline   # quick look
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from graph_generate import Gen  # noqa: E402

from cancu.graph import open_store  # noqa: E402
from cancu.graph.rq import text  # noqa: E402
from cancu.graph.store.base import PREFIXES  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, proc: subprocess.Popen, limit: float) -> None:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if proc.poll() is not None:
            raise SystemExit(f"server exited early (exit {proc.returncode}); see its log in the run folder")
        try:
            if httpx.get(url, timeout=2).status_code < 500:
                return
        except httpx.HTTPError:
            time.sleep(0.5)
    raise SystemExit(f"{url} did not answer within {limit:.0f} s")


def trace_sparql(task_iri: str) -> str:
    """The trace query as a SPARQL client sends it, started from the task's plan the way
    trace() starts it (a task IRI is ``{plan}/task/{n}``): every hop above the plan with its
    relation and evidence. (Joining ``<task> cc:taskOf ?start`` in front made both engines
    evaluate the branches unbound: 3.4 s on Oxigraph.)"""
    plan = task_iri.rsplit("/task/", 1)[0]
    q = text("trace_hops", start=plan)
    return PREFIXES + q


def wrk(base: str, paths: list[str], duration: int, conns: int, timeout: str = "30s") -> dict:
    lua = "paths = {\n" + ",\n".join('  "' + p.replace('"', '\\"') + '"' for p in paths) + "\n}\n" + textwrap.dedent("""
        counter = 0
        request = function()
          counter = counter + 1
          return wrk.format("GET", paths[(counter % #paths) + 1], {["Accept"] = "application/json"})
        end
    """)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(lua)
    out = subprocess.run(["wrk", "-t1", f"-c{conns}", f"-d{duration}s", "--latency", f"--timeout={timeout}",
                          "-s", f.name, base], capture_output=True, text=True).stdout
    os.unlink(f.name)

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not m:
            return float("nan")
        return float(m.group(1)) * {"us": 1e-3, "ms": 1.0, "s": 1000.0}[m.group(2)]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:(.*)", out)
    return {"rps": float(rps.group(1)) if rps else 0.0, "p50": ms("50"), "p99": ms("99"),
            "non2xx": int(non2xx.group(1)) if non2xx else 0, "errors": errors.group(1).strip() if errors else "",
            "raw": out}


BASELINE = textwrap.dedent("""
    import sys, time, uvicorn
    from rdflib import Dataset
    from rdflib_endpoint import SparqlEndpoint
    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(sys.argv[1], format="nquads")
    print(f"rdflib loaded {len(ds)} quads in {time.perf_counter() - t:.1f} s", flush=True)
    app = SparqlEndpoint(graph=ds, path="/sparql")
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
""")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=float, default=1e6, help="target triples (default 1e6)")
    ap.add_argument("--duration", type=int, default=20, help="seconds of load per target (≤ 60)")
    ap.add_argument("--connections", type=int, default=8)
    ap.add_argument("--sample", type=int, default=500, help="distinct tasks rotated through")
    ap.add_argument("--no-baseline", action="store_true", help="skip rdflib-endpoint")
    ap.add_argument("--before", type=Path, default=None,
                    help="a directory holding an earlier checkout of cancu as a folder named 'cancu' "
                         "(e.g. git worktree add DIR/cancu COMMIT): served the same way (PYTHONPATH) for "
                         "before/after figures of the REST trace and /sparql with and without the cache")
    ap.add_argument("--rounds", type=int, default=2, help="before/after rounds, alternating (with --before)")
    args = ap.parse_args()
    duration = min(args.duration, 60)

    import random

    tmp = Path(tempfile.mkdtemp(prefix="cancu-http-"))
    gen = Gen(int(args.size))
    nq = tmp / "graph.nq"
    t = time.perf_counter()
    body = "\n".join(gen.quads()).encode("utf-8")
    nq.write_bytes(body)
    n = body.count(b"\n") + 1
    store = open_store(tmp / "store")
    store.bulk_load(body)
    del body, store
    gc.collect()
    print(f"graph: {n:,} quads generated and loaded in {time.perf_counter() - t:.1f} s ({tmp})")
    tasks = random.Random(3).sample(gen.tasks, min(args.sample, len(gen.tasks)))
    base_iri = "https://w3id.org/cancu/id/"
    rest_paths = [f"/api/v1/tasks/{quote(t[len(base_iri):])}/trace" for t in tasks]
    sparql_paths = ["/sparql?query=" + quote(trace_sparql(t), safe="") for t in tasks]

    procs = []
    results = {}

    def serve(name: str, before: bool = False, **env_extra: str) -> tuple[subprocess.Popen, str]:
        port = free_port()
        env = {**os.environ, "CANCU_QUERY_TIMEOUT": "30", **env_extra}
        if before:  # the earlier code, imported ahead of the installed one
            env["PYTHONPATH"] = str(args.before.resolve())
        # logs to a file: a full pipe would block the server mid-benchmark
        log = open(tmp / f"cancu-serve-{name}.log", "w")
        proc = subprocess.Popen([sys.executable, "-m", "cancu.cli", "--store", str(tmp / "store"), "serve",
                                 "--port", str(port), "--log-level", "warning"], stdout=log, stderr=subprocess.STDOUT,
                                text=True, env=env)
        procs.append(proc)
        url = f"http://127.0.0.1:{port}"
        wait_up(url + "/api/v1/health", proc, 120)
        t = time.perf_counter()  # the server answers from SPARQL until its index is built
        while (state := httpx.get(url + "/api/v1/health").json()["index"])["state"] not in ("ready", "off"):
            if state["state"] == "failed" or time.perf_counter() - t > 600:
                raise SystemExit(f"the server's index is not ready: {state}")
            time.sleep(0.5)
        print(f"[{name}] index {state['state']} after {time.perf_counter() - t:.1f} s: {state}")
        return proc, url

    def stop(proc: subprocess.Popen) -> None:
        proc.terminate()
        proc.wait(timeout=20)

    try:
        cancu, url = serve("index", CANCU_INDEX="background", CANCU_SPARQL_CACHE_MB="0")
        check = httpx.get(url + rest_paths[0]).json()
        print(f"one REST trace: {len(check['hops'])} hops, {len(check['documents'])} documents")
        sp = httpx.get(url + sparql_paths[0], headers={"Accept": "application/sparql-results+json"})
        rows = len(sp.json()["results"]["bindings"]) if sp.status_code == 200 else 0
        print(f"one SPARQL trace: HTTP {sp.status_code}, {rows} rows")
        if rows == 0:  # an empty answer would measure nothing
            raise SystemExit(f"the SPARQL trace query answers no rows: {sp.text[:300]}")
        results["cancu REST /api/v1/tasks/{id}/trace"] = wrk(url, rest_paths, duration, args.connections)
        results["cancu /sparql trace query"] = wrk(url, sparql_paths, duration, args.connections)
        stop(cancu)

        # the same server evaluating /sparql in threads inside the server (before issue 15's
        # worker processes), measured in this run as the reference for the workers' cost
        cancu, url = serve("threads", CANCU_INDEX="background", CANCU_SPARQL_CACHE_MB="0",
                           CANCU_QUERY_WORKERS="0")
        results["cancu REST trace, query threads"] = wrk(url, rest_paths, duration, args.connections)
        results["cancu /sparql trace query, query threads"] = wrk(url, sparql_paths, duration, args.connections)
        stop(cancu)

        if args.before is not None:
            # before and after alternate (B A, A B, …) so a machine getting busier or quieter
            # does not favour one; each figure below is the median over the rounds
            runs: dict[str, list[dict]] = {}
            for rnd in range(args.rounds):
                order = (("before", True), ("after", False)) if rnd % 2 == 0 else (("after", False), ("before", True))
                for label, before in order:
                    cancu, url = serve(f"{label}-{rnd}", before=before, CANCU_INDEX="background",
                                       CANCU_SPARQL_CACHE_MB="256")
                    rest = wrk(url, rest_paths, duration, args.connections)
                    cached = wrk(url, sparql_paths, duration, args.connections)
                    cache = httpx.get(url + "/api/v1/health").json()["sparql_cache"]
                    cached["note"] = f"hit rate {cache['hits'] / max(1, cache['hits'] + cache['misses']):.1%}"
                    runs.setdefault(f"{label}: REST trace", []).append(rest)
                    runs.setdefault(f"{label}: /sparql trace, result cache", []).append(cached)
                    stop(cancu)
            for name, rs in runs.items():
                med = {k: statistics.median(r[k] for r in rs) for k in ("rps", "p50", "p99", "non2xx")}
                med["errors"] = "; ".join(r["errors"] for r in rs if r["errors"])
                med["note"] = (f"median of {len(rs)}: " + ", ".join(f"{r['rps']:.0f}" for r in rs) + " req/s"
                               + (f"; {rs[-1]['note']}" if "note" in rs[-1] else ""))
                results[name] = med

        cancu, url = serve("no-index", CANCU_INDEX="off", CANCU_SPARQL_CACHE_MB="0")
        results["cancu REST trace, index off"] = wrk(url, rest_paths, duration, args.connections)
        stop(cancu)

        cancu, url = serve("cache", CANCU_INDEX="off", CANCU_SPARQL_CACHE_MB="256")
        results["cancu /sparql trace query, result cache"] = r = wrk(url, sparql_paths, duration, args.connections)
        cache = httpx.get(url + "/api/v1/health").json()["sparql_cache"]
        r["note"] = f"hit rate {cache['hits'] / max(1, cache['hits'] + cache['misses']):.1%}"
        stop(cancu)

        if not args.no_baseline:
            bport = free_port()
            script = tmp / "baseline.py"
            script.write_text(BASELINE)
            t = time.perf_counter()
            base = subprocess.Popen([sys.executable, str(script), str(nq), str(bport)],
                                    stdout=open(tmp / "baseline.log", "w"), stderr=subprocess.STDOUT, text=True)
            procs.append(base)
            burl = f"http://127.0.0.1:{bport}"
            wait_up(burl + "/sparql?query=" + quote("ASK {}"), base, 3600)
            print(f"rdflib-endpoint ready after {time.perf_counter() - t:.0f} s")
            results["baseline rdflib-endpoint trace query"] = wrk(burl, sparql_paths, duration,
                                                                   args.connections, timeout="60s")
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()

    print(f"\n{'target':<42} {'req/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'non-2xx':>8}")
    for name, r in results.items():
        print(f"{name:<42} {r['rps']:>9.1f} {r['p50']:>9.2f} {r['p99']:>9.2f} {r['non2xx']:>8}"
              + (f"   socket errors: {r['errors']}" if r["errors"] else "") + (f"   {r['note']}" if "note" in r
                                                                               else ""))
    b = results.get("baseline rdflib-endpoint trace query")
    if b and b["rps"] > 0:
        for name, r in results.items():
            if r is not b:
                print(f"ratio {name} / baseline: {r['rps'] / b['rps']:.0f}× req/s")
    print("targets (issue 6): ≥ 500 req/s on one worker, p99 ≤ 50 ms, ≥ 10× rdflib-endpoint")
    for name, r in results.items():
        if not name.startswith("baseline"):
            ok = r["rps"] >= 500 and r["p99"] <= 50 and (not b or r["rps"] >= 10 * b["rps"])
            print(f"  {name}: {'met' if ok else 'missed'}")


if __name__ == "__main__":
    main()
