"""Load rate and p50/p95 of trace, impact and tasks on the embedded store, with baselines.

One run, several sizes: for each, generate the synthetic graph
(graph_generate.py: the file graphs ingest writes, with the multiplicity of
real citations — one national resolution cited by every plan), bulk-load it
into an on-disk Oxigraph store, build the canonical graph from it
(``canonical.rebuild``, timed: what ingest keeps per entity), build the
in-process index ``cancu serve`` keeps (cancu.graph.index: build time and
memory), and time the library calls on the same random samples, once answered
from the index and once over SPARQL (no index: what a one-shot CLI command does):

* ``trace`` — a task → every document above it, hops with evidence;
* ``impact`` — a provincial decision → every document and task below it, and a
  national resolution with ``limit=100`` (documents, agencies and counts
  complete, the first 100 tasks) and in full (tens of thousands of tasks);
* ``tasks`` — one commune agency's tasks due before a date;
* the whole-graph views (issue 13): ``stats``, the first page of the document,
  agency and task lists, ``search``, ``gaps``.

Baselines measured in the same run, on the same samples: rdflib's in-memory
SPARQL engine running the *same* library calls (benchmarks/rdflib_store.py;
only at sizes up to ``--rdflib-max``, it needs ~1.4 GB and ~30 s per 1e6 triples
to load), and a plain breadth-first search over Python dicts of the generated
edges (the floor: no store, no SPARQL). The raw SPARQL of trace and impact is
timed too, to separate the engine from Python assembly, and the naive
reverse-property-path count beside the closure lookup (sizes ≤ ``--naive-max``).

Figures are medians and 95th percentiles of per-call wall time; every call is
warmed once first. Ratios compare p50s from the same run.

    python benchmarks/graph_bench.py 1e5 1e6 1e7 --json /tmp/bench.json
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
from graph_generate import Gen  # noqa: E402

from cancu.graph import canonical, impact, index, open_store, trace  # noqa: E402
from cancu.graph.analytics import gaps, search, stats, task_list_page, tasks  # noqa: E402
from cancu.graph.catalog import list_agencies, list_documents  # noqa: E402
from cancu.graph.reader import SparqlReader  # noqa: E402
from cancu.graph.rq import text  # noqa: E402
from cancu.graph.store.base import canonical_graph  # noqa: E402

DUE_TO, AS_OF = "2025-06-30", "2025-06-01"
#: targets the graph was built to meet: operation → {size: p50 ms}; load ≥ 200k triples/s at every size
TARGETS = {"trace": {1_000_000: 1.0, 10_000_000: 2.0},
           "impact provincial": {1_000_000: 20.0, 10_000_000: 100.0}}
LOAD_TARGET = 200_000


class _LongWay(SparqlReader):
    """The SPARQL reader as it paged a filtered task list before the per-document counts made
    in the query (a status, a window of end dates, words of the text): every candidate read."""

    def _counted_page(self, offset, limit, status, as_of, keep, filters):
        if status or any(filters.values()):
            return None
        return super()._counted_page(offset, limit, status, as_of, keep, filters)


def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))] if xs else float("nan")


def timed(fn, args, *, repeat=1, budget_s=None, cpu=None):
    """Per-call wall times in ms; stops early once ``budget_s`` is spent (slow baselines).
    ``cpu``, a list, receives the process's CPU time of each call in ms (what the call costs
    when other work shares the cores and stretches the wall time)."""
    out, t0 = [], time.perf_counter()
    fn(args[0])  # warm: first-call caches (query text, RocksDB blocks) are not what we measure
    for a in args:
        t, c = time.perf_counter(), time.process_time()
        for _ in range(repeat):
            fn(a)
        out.append((time.perf_counter() - t) * 1000 / repeat)
        if cpu is not None:
            cpu.append((time.process_time() - c) * 1000 / repeat)
        if budget_s is not None and time.perf_counter() - t0 > budget_s:
            break
    return out


class Floor:
    """The same three questions answered by breadth-first search over Python dicts."""

    def __init__(self, gen: Gen) -> None:
        self.up: dict[str, list[str]] = {}
        self.down: dict[str, list[str]] = {}
        for a, b in gen.edges:
            self.up.setdefault(a, []).append(b)
            self.down.setdefault(b, []).append(a)
        self.tasks_of: dict[str, list[str]] = {}
        self.by_agency: dict[str, list[tuple[str, str]]] = {}
        for t, (plan, lead, coord, end) in gen.task_info.items():
            self.tasks_of.setdefault(plan, []).append(t)
            for ag in (lead, coord):
                self.by_agency.setdefault(ag, []).append((t, end))
        self.info = gen.task_info

    @staticmethod
    def _bfs(adj, start):
        seen, q = {start}, deque([start])
        while q:
            for y in adj.get(q.popleft(), ()):
                if y not in seen:
                    seen.add(y)
                    q.append(y)
        return seen

    def trace(self, task):
        return self._bfs(self.up, self.info[task][0])

    def impact(self, doc):
        docs = self._bfs(self.down, doc)
        return docs, [t for d in docs for t in self.tasks_of.get(d, ())]

    def tasks(self, agency):
        subs = [f"{agency}/phong-{a}" for a in range(4)]  # the generator's sub-organisations
        return sorted({t for s in subs for t, end in self.by_agency.get(s, ()) if end <= DUE_TO})


def rss_mb() -> float:
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmRSS")) / 1024


def deep_mb(obj) -> float:
    """Size of the objects reachable from ``obj`` through dicts, lists, tuples and sets (each counted once)."""
    seen: set[int] = set()
    total, stack = 0, [obj.__dict__]
    while stack:
        o = stack.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if isinstance(o, dict):
            stack.extend(o.keys())
            stack.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            stack.extend(o)
    return total / 1e6


def machine() -> dict:
    mem = next((int(line.split()[1]) // 1024 ** 2 for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    import pyoxigraph
    import rdflib

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                            cwd=Path(__file__).parent).stdout.strip()
    return {"cpu": cpu, "cores": len(__import__("os").sched_getaffinity(0)), "mem_gb": mem,
            "python": platform.python_version(), "pyoxigraph": pyoxigraph.__version__, "rdflib": rdflib.__version__,
            "commit": commit, "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}


def run(size: int, *, n_q: int, rdflib_max: int, naive_max: int, rdflib_budget: float, memory: bool,
        budget: float = 60, views: bool = False, sliced_max: int = 3_000_000, skip: tuple = ()) -> dict:
    rng = random.Random(1)
    gen = Gen(size)
    t = time.perf_counter()
    body = "\n".join(gen.quads()).encode("utf-8")
    gen_s = time.perf_counter() - t
    n = body.count(b"\n") + 1
    tmp = tempfile.mkdtemp(prefix="cancu-bench-")
    load1_s = None
    if not views:  # the one-part load is a load-rate baseline, not needed for the views
        one = open_store(Path(tmp) / "one")
        t = time.perf_counter()
        one.bulk_load(body, parts=1)
        load1_s = time.perf_counter() - t
        del one
        gc.collect()
        shutil.rmtree(Path(tmp) / "one", ignore_errors=True)
    store = open_store(Path(tmp) / "st")
    t = time.perf_counter()
    store.bulk_load(body)  # cut into parts loaded side by side (the default)
    load_s = time.perf_counter() - t
    res: dict = {"size": n, "gen_s": gen_s, "load": {"oxigraph": n / load_s}, "ops": {}}
    if load1_s:
        res["load"]["oxigraph one part"] = n / load1_s
    print(f"\n== {n:,} quads: generated in {gen_s:.1f} s; Oxigraph on disk loaded in {load_s:.1f} s "
          f"= {n / load_s:,.0f} triples/s" + (f" (one load: {n / load1_s:,.0f})" if load1_s else ""), flush=True)
    top = sorted(gen.mentions.values(), reverse=True)[:3]
    t, c = time.perf_counter(), time.process_time()
    rss0 = rss_mb()
    rebuilt = canonical.rebuild(store)  # what ingest keeps per entity, here all at once
    rebuild_s, rebuild_cpu = time.perf_counter() - t, time.process_time() - c
    facts = int(store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])
    res["canonical"] = {"rebuild_s": rebuild_s, "rebuild_cpu_s": rebuild_cpu, "facts": facts,
                        "documents": rebuilt.documents, "agencies": rebuilt.agencies, "rss_mb": rss_mb() - rss0,
                        "most_mentioned": top}
    print(f"canonical graph rebuilt in {rebuild_s:.1f} s ({rebuild_cpu:.1f} s CPU): {facts:,} facts, "
          f"{rebuilt.documents:,} documents, {rebuilt.agencies:,} agencies; the most cited documents are "
          f"mentioned by {', '.join(map(str, top))} files", flush=True)
    gc.collect()
    rss0 = rss_mb()
    t, c = time.perf_counter(), time.process_time()
    holder = index.attach(store)
    idx = holder.get()
    res["index"] = {"build_s": time.perf_counter() - t, "build_cpu_s": time.process_time() - c,
                    "counts": idx.counts()}
    gc.collect()
    res["index"]["rss_mb"] = rss_mb() - rss0
    res["index"]["size_mb"] = deep_mb(idx)
    index.detach(store)
    print(f"index built in {res['index']['build_s']:.1f} s ({res['index']['build_cpu_s']:.1f} s CPU); "
          f"{res['index']['size_mb']:,.0f} MB of objects, "
          f"RSS +{res['index']['rss_mb']:,.0f} MB; {idx.counts()}", flush=True)

    task_sample = rng.sample(gen.tasks, n_q)
    prov_docs = [f"https://w3id.org/cancu/id/doc/ubnd-tinh-{p}/quyet-dinh/2025/{j}-qd-ubnd"
                 for p in range(34) for j in range(20)]
    prov_sample = rng.sample(prov_docs, min(n_q, 20))
    nat_sample = rng.sample(gen.national, min(n_q, 20))
    nat_full = nat_sample[:10 if n <= 2_000_000 else 3]  # full national impact lists 10^4-10^5 tasks
    agencies = rng.sample(gen.agencies, min(n_q, len(gen.agencies)))
    closure_q = ("SELECT ?d WHERE { { VALUES ?task { UNDEF } ?task cc:taskOf ?d } UNION "
                 "{ VALUES ?task { UNDEF } ?task cc:taskOf ?p . ?p cc:restsOn ?d } }")
    cnt_naive = ("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { VALUES ?target { UNDEF } "
                 "?doc (cc:basedOn|cc:implements|cc:proposedBy|cc:attachedTo)* ?target . ?t cc:taskOf ?doc }")

    def q(name_or_text: str, **values):  # a .rq file (or a text with slots) with its slots filled
        from cancu.graph.rq import bind

        return text(name_or_text, **values) if " " not in name_or_text else bind(name_or_text, **values)
    floor = Floor(gen)

    # name → (library call on a store, sample, floor call or None)
    ops = {
        "trace": (lambda s, x: trace(s, x), task_sample, floor.trace),
        "trace, naive=True": (lambda s, x: trace(s, x, naive=True), task_sample, None),
        "impact provincial": (lambda s, x: impact(s, x), prov_sample, floor.impact),
        "impact national, limit=100": (lambda s, x: impact(s, x, limit=100), nat_sample, floor.impact),
        "impact national, full": (lambda s, x: impact(s, x), nat_full, floor.impact),
        "tasks (agency, due before)": (lambda s, a: tasks(s, agency=a, due_to=DUE_TO, as_of=AS_OF), agencies,
                                       floor.tasks),
        # whole-graph views (issue 13): one call each, no sample
        "stats": (lambda s, x: stats(s), [None] * 3, None),
        "list documents (first page)": (lambda s, x: list_documents(s, limit=50), [None] * 3, None),
        "list agencies (first page)": (lambda s, x: list_agencies(s, limit=50), [None] * 3, None),
        "tasks (all, first page)": (lambda s, x: task_list_page(s, as_of=AS_OF, limit=50), [None] * 3, None),
        "tasks (all, page at offset 5,000)": (lambda s, x: task_list_page(s, as_of=AS_OF, offset=5000, limit=50),
                                              [None] * 3, None),
        "tasks (status qua_han, first page)": (lambda s, x: task_list_page(s, status="qua_han", as_of=AS_OF, limit=50),
                                               [None] * 3, None),
        "search": (lambda s, x: search(s, "chuyển đổi số"), [None] * 3, None),
        "gaps": (lambda s, x: gaps(s), [None] * 2, None),
        # what the floor computes (the set of documents above a task, no hops, evidence or identity)
        "query: trace closure, IRIs only": (lambda s, x: s.select(q(closure_q, task=x)), task_sample, floor.trace),
        "query: trace_hops.rq": (lambda s, x: s.select(q("trace_hops", start=x.rsplit("/task/", 1)[0])),
                                 task_sample, None),
        "query: impact.rq provincial": (lambda s, x: s.select(q("impact", target=x)), prov_sample, None),
        "query: count national, closure": (lambda s, x: s.select(q("impact_count", target=x)), nat_sample, None),
    }
    if n <= sliced_max:  # the baseline of the pages above: the whole list built, then sliced (as before)
        ops["tasks (all, whole list sliced: before)"] = (lambda s, x: tasks(s, as_of=AS_OF)[:50], [None] * 3, None)
    # the baseline of the status page, at every size: every task's deadline read and its status
    # chosen in Python (the reader's long way, which a page whose counts do not check also takes)
    ops["tasks (status qua_han, every deadline read: before)"] = (
        lambda s, x: task_list_page(_LongWay(s), status="qua_han", as_of=AS_OF, limit=50), [None] * 3, None)
    # one unselective filter other than a status: counted per document too; and the baselines
    for label, kw in (("due window", {"due_from": "2025-03-01", "due_to": DUE_TO}),
                      ("text", {"text": "chuyển đổi số"})):
        ops[f"tasks ({label}, first page)"] = (
            lambda s, x, kw=kw: task_list_page(s, as_of=AS_OF, limit=50, **kw), [None] * 3, None)
        ops[f"tasks ({label}, every candidate read: before)"] = (
            lambda s, x, kw=kw: task_list_page(_LongWay(s), as_of=AS_OF, limit=50, **kw), [None] * 3, None)
    # two unselective filters together are not counted: read the long way
    ops["tasks (status and due window, first page)"] = (
        lambda s, x: task_list_page(s, status="qua_han", due_to=DUE_TO, as_of=AS_OF, limit=50), [None] * 3, None)
    if n <= naive_max:
        ops["query: count national, naive path"] = (lambda s, x: s.select(q(cnt_naive, target=x)), nat_sample[:5],
                                                    None)
    if views:  # only the whole-graph views of issue 13 (stats, lists, search, gaps)
        ops = {k: v for k, v in ops.items() if v[1][0] is None}
        body = body if memory else b""  # 1e7: ~1.5 GB no longer needed
    ops = {k: v for k, v in ops.items() if not any(k.startswith(x) for x in skip)}
    for name, (fn, sample, fl) in ops.items():
        cpu: list = []
        res["ops"][name] = {"oxigraph": timed(lambda x: fn(store, x), sample, budget_s=budget, cpu=cpu),
                            "oxigraph cpu": cpu}
        if fl is not None:
            res["ops"][name]["floor"] = timed(fl, sample, repeat=5)
    index.attach(store)
    for name, (fn, sample, _) in ops.items():  # the same calls answered from the index
        # (the long-way baselines are a SPARQL reader by construction: no index figure)
        if not name.startswith("query:") and "naive" not in name and "read: before" not in name:
            cpu = []
            res["ops"][name]["index"] = timed(lambda x: fn(store, x), sample, budget_s=budget, cpu=cpu)
            res["ops"][name]["index cpu"] = cpu
    index.detach(store)
    del idx, holder

    canon_nq = ox.serialize(store.engine.quads_for_pattern(None, None, None, ox.NamedNode(canonical_graph())),
                            format=ox.RdfFormat.N_QUADS)
    if memory:  # the same calls on pyoxigraph's in-memory store: what RocksDB (on disk) costs
        mem = open_store(None, backend="memory")
        t = time.perf_counter()
        mem.bulk_load(body)
        mem.bulk_load(canon_nq)
        res["load"]["oxigraph memory"] = n / (time.perf_counter() - t)
        for name, (fn, sample, _) in ops.items():
            res["ops"][name]["memory"] = timed(lambda x: fn(mem, x), sample, budget_s=budget)
        del mem
        gc.collect()

    if n <= rdflib_max:
        from rdflib_store import RdflibStore

        rl = RdflibStore()  # the canonical graph, what every read reads
        t = time.perf_counter()
        rl.load(canon_nq)
        rl_s = time.perf_counter() - t
        res["load"]["rdflib"] = n / rl_s
        print(f"rdflib in memory loaded in {rl_s:.1f} s = {n / rl_s:,.0f} triples/s", flush=True)
        for name, (fn, sample, _) in ops.items():
            if "naive path" in name:  # minutes per query on rdflib
                continue
            res["ops"][name]["rdflib"] = timed(lambda x: fn(rl, x), sample[:10], budget_s=rdflib_budget)
        del rl
    print_table(res)
    # drop the last reference before removing its files (`store = None`, not `del`: the timing
    # lambdas above close over it, and a deleted closure variable reads as undefined to linters)
    store = None
    gc.collect()
    shutil.rmtree(tmp, ignore_errors=True)
    return res


def _f(x):
    return "—" if x is None else f"{x:,.3f}" if x < 10 else f"{x:,.1f}"


def _ratio(r: float) -> str:
    return f"{r:,.1f}×" if r >= 1 else f"{r:.2g}×"  # rdflib can be the faster one (tasks)


def print_table(res: dict) -> None:
    n = res["size"]
    print(f"\n### {n:,} triples\n")
    loads = res["load"]
    ix = res.get("index")
    if ix:
        print(f"Index: built in {ix['build_s']:.1f} s, {ix['size_mb']:,.0f} MB of Python objects "
              f"(RSS +{ix['rss_mb']:,.0f} MB); {ix['counts']}\n")
    print(f"Load: Oxigraph on disk {loads['oxigraph']:,.0f} triples/s"
          + (f" (one bulk load: {loads['oxigraph one part']:,.0f})" if "oxigraph one part" in loads else "")
          + (f"; Oxigraph in memory {loads['oxigraph memory']:,.0f} triples/s" if "oxigraph memory" in loads else "")
          + (f"; rdflib in memory {loads['rdflib']:,.0f} triples/s" if "rdflib" in loads else "")
          + f" (target ≥ {LOAD_TARGET:,}: {'met' if loads['oxigraph'] >= LOAD_TARGET else 'missed'})\n")
    print("| operation (ms) | index p50 | p95 | SPARQL (disk) p50 | p95 | n | SPARQL ÷ index | Oxigraph memory p50 "
          "| rdflib p50 | rdflib ÷ index | dict BFS p50 | index ÷ dict |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, d in res["ops"].items():
        ox_ = d["oxigraph"]
        o50 = pct(ox_, 50)
        i50 = pct(d["index"], 50) if d.get("index") else None
        best = i50 if i50 is not None else o50  # ratios against what a server answers with
        r50 = pct(d["rdflib"], 50) if d.get("rdflib") else None
        f50 = pct(d["floor"], 50) if d.get("floor") else None
        rn = f" ({len(d['rdflib'])} q)" if d.get("rdflib") else ""
        m50 = pct(d["memory"], 50) if d.get("memory") else None
        print(f"| {name} | {_f(i50)} | {_f(pct(d['index'], 95)) if i50 is not None else '—'} | {_f(o50)} | "
              f"{_f(pct(ox_, 95))} | {len(ox_)} | {'—' if i50 is None else _ratio(o50 / i50)} | {_f(m50)} | "
              f"{_f(r50)}{rn} | {'—' if r50 is None else _ratio(r50 / best)} | {_f(f50)} | "
              f"{'—' if f50 is None else f'{best / f50:,.0f}×'} |")
    cpu_rows = [(name, d) for name, d in res["ops"].items() if d.get("oxigraph cpu")]
    if cpu_rows:  # wall time stretches when the cores are shared; the CPU time a call took does not
        print("\nCPU time per call, p50 ms (index / SPARQL): " + "; ".join(
            f"{name} {_f(pct(d['index cpu'], 50)) if d.get('index cpu') else '—'} / "
            f"{_f(pct(d['oxigraph cpu'], 50))}"
            for name, d in cpu_rows))
    for op, by in TARGETS.items():
        if op not in res["ops"]:  # --views times the whole-graph views only
            continue
        for size, target in by.items():
            if 0.5 <= n / size <= 2:
                for col in ("index", "oxigraph"):
                    p50 = pct(res["ops"][op][col], 50)
                    print(f"\nTarget {op} p50 ≤ {target:g} ms at {size:.0e} "
                          f"({'index' if col == 'index' else 'SPARQL'}): "
                          f"{p50:.3f} ms — {'met' if p50 <= target else 'missed'}")
    sys.stdout.flush()


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sizes", nargs="*", default=["1e5"], help="approximate triple counts, e.g. 1e5 1e6 1e7")
    ap.add_argument("--queries", type=int, default=50, help="random samples per operation (default 50)")
    ap.add_argument("--rdflib-max", type=float, default=1.5e6,
                    help="largest size with the rdflib baseline (default 1.5e6)")
    ap.add_argument("--budget", type=float, default=60,
                    help="seconds per Oxigraph operation before it stops sampling (default 60)")
    ap.add_argument("--rdflib-budget", type=float, default=60,
                    help="seconds per rdflib operation before it stops sampling (default 60)")
    ap.add_argument("--naive-max", type=float, default=2e6,
                    help="largest size timing the naive property-path count (default 2e6)")
    ap.add_argument("--sliced-max", type=float, default=3e6,
                    help="largest size timing the task list built whole and sliced, the baseline of the "
                         "paged list (default 3e6; 38 s of CPU a call over SPARQL at 3e6)")
    ap.add_argument("--skip", default="", help="operations left out, comma-separated name prefixes "
                                               "(e.g. 'search,gaps': minutes a call at 1e7, not lists)")
    ap.add_argument("--memory", action="store_true",
                    help="also time pyoxigraph's in-memory store (same calls, same samples)")
    ap.add_argument("--views", action="store_true",
                    help="time only the whole-graph views (stats, lists, search, gaps; issue 13), no one-part load")
    ap.add_argument("--json", type=Path, help="write every timing (ms) and the machine facts here")
    a = ap.parse_args(argv)
    m = machine()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in m.items()), flush=True)
    out = {"machine": m, "argv": sys.argv, "runs": []}
    for s in a.sizes:
        out["runs"].append(run(int(float(s)), n_q=a.queries, rdflib_max=int(a.rdflib_max),
                               naive_max=int(a.naive_max), rdflib_budget=a.rdflib_budget,
                               memory=a.memory, budget=a.budget, views=a.views,
                               sliced_max=int(a.sliced_max), skip=tuple(x for x in a.skip.split(",") if x)))
        if a.json:
            a.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
