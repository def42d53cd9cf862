"""trace, impact and tasks before and after a change, on the same synthetic graph, in one run.

The answers ``cancu serve`` gives from its in-process index (and the SPARQL
answers a one-shot command gives) must not get slower when the graph layer
changes. This script generates one synthetic graph (``graph_generate.py``: the
file graphs ingest writes, with realistic citation multiplicity), then for each
code version — ``--before`` names a folder holding another checkout as
``cancu/`` (e.g. ``git archive <commit> --prefix=cancu/ | tar x -C DIR``), the
current code is "after" — runs a child process that loads the graph into a new
on-disk store, derives what that version derives from the files
(``rebuild_lineage``: the closure before, the canonical graph after), builds the
index and times the same library calls on the same random samples, from the
index and over SPARQL. Versions alternate over ``--rounds`` and the medians of
each version's rounds are compared (a machine whose load drifts favours
neither). The children's peak memory is read from ``/proc``.

    python benchmarks/ab_index.py 1e6 --before /tmp/i13-basecode --rounds 2 --json /tmp/ab.json
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

CHILD = r"""
import gc, json, sys, time, tempfile
from pathlib import Path
spec = json.load(open(sys.argv[1]))
from cancu.graph import open_store, trace, impact, index
from cancu.graph.analytics import tasks
from cancu.graph.ingest import rebuild_lineage
out = {}
st = open_store(Path(tempfile.mkdtemp(prefix="cancu-ab-")) / "st")
t = time.perf_counter(); st.bulk_load(open(spec["nq"], "rb").read()); out["load_s"] = time.perf_counter() - t
t = time.perf_counter(); rebuild_lineage(st); out["derive_s"] = time.perf_counter() - t
ops = {
  "trace": (lambda x: trace(st, x), spec["tasks"]),
  "impact provincial": (lambda x: impact(st, x), spec["provincial"]),
  "impact national, limit=100": (lambda x: impact(st, x, limit=100), spec["national"]),
  "tasks (agency, due before)": (lambda x: tasks(st, agency=x, due_to="2025-06-30", as_of="2025-06-01"),
                                 spec["agencies"]),
}
def timed(fn, xs, budget):
    fn(xs[0]); ms = []; t0 = time.perf_counter()
    for x in xs:
        t = time.perf_counter(); fn(x); ms.append((time.perf_counter() - t) * 1000)
        if time.perf_counter() - t0 > budget: break
    return ms
def size(r):  # what the answer holds, to check both versions answer the same question
    if isinstance(r, list): return [len(r)]
    if "counts" in r: return [r["counts"]["documents"], r["counts"]["tasks"], r["counts"]["agencies"]]
    return [len(r["hops"]), len(r["documents"])]
out["sizes"] = {k: [size(f(x)) for x in xs[:5]] for k, (f, xs) in ops.items()}
t = time.perf_counter(); holder = index.attach(st); holder.get(); out["index_s"] = time.perf_counter() - t
gc.collect()
out["index"] = {k: timed(f, xs, spec["budget"]) for k, (f, xs) in ops.items()}
index.detach(st)
out["sparql"] = {k: timed(f, xs, spec["budget"]) for k, (f, xs) in ops.items()}
print(json.dumps(out))
"""


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(x.split()[1]) for x in f if x.startswith("VmRSS"))
    except (OSError, StopIteration):
        return 0


def child(code: str | None, spec_path: str) -> dict:
    env = dict(os.environ)
    if code:
        env["PYTHONPATH"] = code
    p = subprocess.Popen([sys.executable, "-c", CHILD, spec_path], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         env=env, text=True)
    peak = 0
    while p.poll() is None:
        peak = max(peak, rss_kb(p.pid))
        time.sleep(0.1)
    out, err = p.communicate()
    if p.returncode != 0:
        raise SystemExit(f"child failed ({code or 'after'}): {err[-2000:]}")
    res = json.loads(out.strip().splitlines()[-1])
    res["peak_mb"] = peak / 1024
    return res


def main() -> None:
    from graph_generate import Gen

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("size", nargs="?", default="1e6")
    ap.add_argument("--before", required=True, help="folder holding the baseline checkout as cancu/")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--queries", type=int, default=50)
    ap.add_argument("--budget", type=float, default=60.0, help="seconds per operation before sampling stops")
    ap.add_argument("--json", type=Path)
    a = ap.parse_args()
    rng = random.Random(1)
    gen = Gen(int(float(a.size)))
    tmp = tempfile.mkdtemp(prefix="cancu-ab-")
    nq = Path(tmp) / "g.nq"
    with open(nq, "w", encoding="utf-8") as f:
        for q in gen.quads():
            f.write(q + "\n")
    prov = [d for ds in gen.provincial.values() for d in ds]
    spec = {"nq": str(nq), "budget": a.budget, "tasks": rng.sample(gen.tasks, a.queries),
            "provincial": rng.sample(prov, min(20, len(prov))), "national": rng.sample(gen.national, 10),
            "agencies": rng.sample(gen.agencies, min(a.queries, len(gen.agencies)))}
    spec_path = Path(tmp) / "spec.json"
    spec_path.write_text(json.dumps(spec))
    n = sum(1 for _ in open(nq, encoding="utf-8"))
    print(f"{n:,} quads; most cited document in {max(gen.mentions.values()):,} files", flush=True)
    runs: dict[str, list] = {"before": [], "after": []}
    for r in range(a.rounds):
        for name, code in (("before", a.before), ("after", None)):
            res = child(code, str(spec_path))
            runs[name].append(res)
            print(f"round {r + 1} {name}: load {res['load_s']:.1f} s, derive {res['derive_s']:.1f} s, "
                  f"index {res['index_s']:.1f} s, peak {res['peak_mb']:,.0f} MB", flush=True)
    for op, sizes in runs["after"][0]["sizes"].items():
        same = sizes == runs["before"][0]["sizes"][op]
        print(f"answers of {op}: {'the same sizes' if same else 'DIFFER'} before and after "
              f"(first five: {runs['before'][0]['sizes'][op]} / {sizes})")
    print(f"\n### {n:,} quads: before {a.before} vs after (this checkout), {a.rounds} rounds, p50 ms\n")
    print("| operation | path | before p50 | after p50 | after ÷ before |")
    print("|---|---|---:|---:|---:|")
    table = []
    for path in ("index", "sparql"):
        for op in runs["after"][0][path]:
            b = statistics.median(statistics.median(x[path][op]) for x in runs["before"])
            f = statistics.median(statistics.median(x[path][op]) for x in runs["after"])
            table.append({"op": op, "path": path, "before": b, "after": f})
            print(f"| {op} | {path} | {b:,.3f} | {f:,.3f} | {f / b:.2f}× |")
    for k in ("derive_s", "index_s", "peak_mb"):
        b = statistics.median(x[k] for x in runs["before"])
        f = statistics.median(x[k] for x in runs["after"])
        print(f"| {k} | — | {b:,.1f} | {f:,.1f} | {f / b:.2f}× |")
    if a.json:
        a.json.write_text(json.dumps({"size": n, "spec": {k: v for k, v in spec.items() if k != "nq"},
                                      "runs": runs, "table": table}, indent=1))


if __name__ == "__main__":
    main()
