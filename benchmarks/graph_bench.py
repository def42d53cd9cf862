"""Load rate and p50/p95 of trace, impact and tasks on the embedded store, with baselines.

One run per size: generate the synthetic graph (graph_generate.py), bulk-load it
into an on-disk Oxigraph store, then time the library calls the CLI makes:
``trace`` (task → every document above it, hops with evidence), ``impact``
(a provincial decision → every document and task below it; the fast closure
form and, at sizes where it finishes, the naive reverse property path), and
``tasks`` (one commune agency's tasks due before a date). Baselines in the same
run: rdflib's in-memory SPARQL engine on the same trace query (sizes ≤ 1e5)
and a breadth-first search over a Python dict (the floor).

    python benchmarks/graph_bench.py 1e5 1e6 [1e7]
"""

from __future__ import annotations

import gc
import random
import statistics
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from graph_generate import Gen  # noqa: E402

from cancu.graph import impact, open_store, trace  # noqa: E402
from cancu.graph.analytics import tasks  # noqa: E402
from cancu.graph.lineage import query_text  # noqa: E402
from cancu.graph.store.base import PREFIXES, lineage_graph  # noqa: E402


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def timed(fn, args, repeat=1):
    out = []
    for a in args:
        t = time.perf_counter()
        for _ in range(repeat):
            fn(a)
        out.append((time.perf_counter() - t) * 1000 / repeat)
    return out


def fmt(xs):
    return f"p50 {pct(xs, 50):8.3f} ms  p95 {pct(xs, 95):8.3f} ms"


def run(size: int, n_q: int = 50) -> dict:
    rng = random.Random(1)
    gen = Gen(size)
    t = time.perf_counter()
    body = "\n".join(gen.quads()).encode("utf-8")
    gen_s = time.perf_counter() - t
    n = body.count(b"\n") + 1
    tmp = tempfile.mkdtemp(prefix="cancu-bench-")
    store = open_store(Path(tmp) / "st")
    t = time.perf_counter()
    store.bulk_load(body)
    load_s = time.perf_counter() - t
    res = {"size": n, "gen_s": gen_s, "load_s": load_s, "load_rate": n / load_s}
    print(f"\n== {n:,} quads: generated in {gen_s:.1f} s, loaded in {load_s:.1f} s = {n / load_s:,.0f} triples/s")

    task_sample = rng.sample(gen.tasks, n_q)
    prov_docs = [f"https://w3id.org/cancu/id/doc/ubnd-tinh-{p}/quyet-dinh/2025/{j}-qd-ubnd"
                 for p in range(34) for j in range(20)]
    prov_sample = rng.sample(prov_docs, min(n_q, 20))
    nat_sample = rng.sample(gen.national, min(n_q, 20))
    for name, fn, args in (
        ("trace() task", lambda x: trace(store, x), task_sample),
        ("impact() provincial decision", lambda x: impact(store, x), prov_sample),
        ("impact() national resolution", lambda x: impact(store, x), nat_sample[:10]),
        ("impact(limit=100) provincial", lambda x: impact(store, x, limit=100), prov_sample),
        ("impact(limit=100) national", lambda x: impact(store, x, limit=100), nat_sample),
    ):
        fn(args[0])  # warm
        xs = timed(fn, args)
        res[name] = xs
        print(f"{name:<42} {fmt(xs)}")
    # the raw queries, to separate SPARQL from Python assembly
    lin = lineage_graph()
    hop_q = query_text("trace_hops")
    xs = timed(lambda x: store.select(hop_q, start=x.rsplit("/task/", 1)[0], lineage=lin), task_sample)
    res["trace query"] = xs
    print(f"{'trace_hops.rq (closure)':<42} {fmt(xs)}")
    imp_q = query_text("impact")
    xs = timed(lambda x: store.select(imp_q, target=x, lineage=lin), prov_sample)
    res["impact query"] = xs
    print(f"{'impact.rq (closure lookup), provincial':<42} {fmt(xs)}")
    xs = timed(lambda x: store.select(imp_q, target=x, lineage=lin), nat_sample)
    res["impact query national"] = xs
    print(f"{'impact.rq (closure lookup), national':<42} {fmt(xs)}")
    cnt_fast = PREFIXES + ("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { { BIND(?target AS ?doc) } UNION "
                           "{ GRAPH ?lineage { ?doc cc:restsOn ?target } } ?t cc:taskOf ?doc }")
    cnt_naive = PREFIXES + "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?doc cc:restsOn* ?target . ?t cc:taskOf ?doc }"
    xs = timed(lambda x: store.select(cnt_fast, target=x, lineage=lin), nat_sample)
    res["impact count fast"] = xs
    print(f"{'impact count (national doc), closure':<42} {fmt(xs)}")
    if n <= 2_000_000:
        few = nat_sample[:5]
        xs = timed(lambda x: store.select(cnt_naive, target=x), few)
        res["impact count naive"] = xs
        print(f"{'impact count (national), naive path (5 q)':<42} {fmt(xs)}")
    agencies = rng.sample(gen.agencies, min(n_q, len(gen.agencies)))
    xs = timed(lambda a: tasks(store, agency=a, due_to="2025-06-30", as_of="2025-06-01"), agencies)
    res["tasks()"] = xs
    print(f"{'tasks() agency due before date':<42} {fmt(xs)}")

    # floor: BFS over a Python dict of the direct edges
    up: dict[str, list[str]] = {}
    for a, b in gen.edges:
        up.setdefault(a, []).append(b)
    plan_of = {t: t.rsplit("/task/", 1)[0] for t in task_sample}

    def bfs(t):
        seen, q = set(), deque([plan_of[t]])
        while q:
            x = q.popleft()
            for y in up.get(x, ()):
                if y not in seen:
                    seen.add(y)
                    q.append(y)
        return seen

    xs = timed(bfs, task_sample, repeat=20)
    res["dict bfs"] = xs
    print(f"{'floor: BFS over a Python dict':<42} {fmt(xs)}")

    if n <= 200_000:  # rdflib in memory: same trace query (naive form: rdflib has no union default graph)
        import rdflib

        ds = rdflib.Dataset(default_union=True)
        t = time.perf_counter()
        ds.parse(data=body.decode("utf-8"), format="nquads")
        rl = time.perf_counter() - t
        q = query_text("trace_hops_naive")
        few = task_sample[:10]
        xs = timed(lambda x: list(ds.query(PREFIXES + q.replace("?start", f"<{x.rsplit('/task/', 1)[0]}>"))), few)
        res["rdflib trace"] = xs
        res["rdflib load rate"] = n / rl
        print(f"{'baseline: rdflib in-memory trace (10 q)':<42} {fmt(xs)}   (load {n / rl:,.0f} triples/s)")
        del ds
    del store
    gc.collect()
    import shutil

    shutil.rmtree(tmp, ignore_errors=True)
    return res


if __name__ == "__main__":
    for s in sys.argv[1:] or ["1e5"]:
        run(int(float(s)))
