"""The real corpus as a store: ingest, whole-graph views and identity figures (issue 13).

Reads ``../shared/corpus`` (outside the repository, ``$CANCU_CORPUS`` to name it;
never used by a test): the
crawl tarball (``crawl/vn-legal-crawl.tar.xz``, unpacked into a temporary folder
unless ``--crawl-dir`` names one), the dev corpus (``dev/``) and the two seeds
(``seeds/``), 14,016 files in all.

What it measures, each in its own child process so one slow or swollen answer
cannot hide the others (wall time, and the child's peak resident memory read
from ``/proc``; a child over ``--timeout`` seconds or ``--mem-limit`` GB is
killed and reported as such):

* ingest: ``cancu ingest`` of crawl + dev + seeds into a new store, then the
  same command again (the second run must add and replace nothing);
* the CLI: ``cancu stats`` and ``cancu gaps`` (start-up included);
* the HTTP service (``create_app`` behind Starlette's TestClient, one process):
  ``/api/v1/documents``, ``/agencies``, ``/stats``, ``/gaps``, ``/gaps/tasks``,
  ``/tasks``, ``/search``, the explorer home page ``/`` and its list pages
  (``/documents``, ``/agencies``, ``/tasks``, ``/gaps``), with the in-process index
  (``CANCU_INDEX=sync``, built before the first timed request; build time
  reported) and without it (``CANCU_INDEX=off``, what answers while it builds):
  the first request and the median of three more;
* identity figures from the store (see :func:`identity_figures`);
* with this checkout's code only, the checks of :func:`agreement` (impact by number,
  name and IRI; the two laws of 2025 called Luật Tổ chức chính quyền địa phương one node
  each; every remaining national split listed by gaps; no IRI holding a local path;
  ``/sparql``'s count of every triple).

``--python`` runs the children with another interpreter and ``--code`` puts
another checkout of cancu first on their ``sys.path``: that is how the
baseline of docs/benchmarks.md was measured (the same script, the previous
commit's code, its own store).

    python benchmarks/corpus_bench.py --store /tmp/i13-after/store --ingest --json /tmp/i13-after/bench.json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any, Optional


def _corpus() -> Path:
    """``$CANCU_CORPUS``, else the first ``shared/corpus`` beside the repository or above it
    (``/work/shared/corpus`` for ``/work/main`` and for worktrees under ``/work/wt/``)."""
    if os.environ.get("CANCU_CORPUS"):
        return Path(os.environ["CANCU_CORPUS"])
    for up in Path(__file__).resolve().parents[1:]:
        if (up / "shared" / "corpus").is_dir():
            return up / "shared" / "corpus"
    raise SystemExit("no ../shared/corpus found: set CANCU_CORPUS")


CORPUS = _corpus()
REST_PATHS = ("/api/v1/documents", "/api/v1/agencies", "/api/v1/stats", "/api/v1/gaps", "/api/v1/gaps/tasks",
              "/api/v1/tasks", "/api/v1/search?q=chuy%E1%BB%83n%20%C4%91%E1%BB%95i%20s%E1%BB%91",
              "/", "/documents", "/agencies", "/tasks", "/gaps")  # the explorer's home and list pages last


# --- running a child under a watchdog ------------------------------------------------------

def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def watched(cmd: list[str], *, env: dict, timeout: float, mem_limit_kb: int) -> dict[str, Any]:
    """Run ``cmd``; wall seconds, CPU seconds (user + system: what wall time is when the cores
    are not shared), peak RSS (MB, polled every 50 ms), stdout, and why it was killed."""
    import resource

    t0 = time.perf_counter()
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)  # children run one at a time
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        peak, killed = 0, None
        while p.poll() is None:
            peak = max(peak, _rss_kb(p.pid))
            if peak > mem_limit_kb:
                killed = f"over {mem_limit_kb // 1024} MB"
            elif time.perf_counter() - t0 > timeout:
                killed = f"over {timeout:g} s"
            if killed:
                p.kill()
                p.wait()
                break
            time.sleep(0.05)
        wall = time.perf_counter() - t0
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = ru.ru_utime - ru0.ru_utime + ru.ru_stime - ru0.ru_stime
        out.seek(0)
        err.seek(0)
        return {"seconds": round(wall, 3), "cpu_s": round(cpu, 3), "peak_mb": round(peak / 1024, 1),
                "killed": killed, "rc": p.returncode, "stdout": out.read().decode("utf-8", "replace"),
                "stderr": err.read().decode("utf-8", "replace")[-2000:]}


def child_env(code: Optional[str], **extra: str) -> dict:
    env = dict(os.environ, **extra)
    if code:
        env["PYTHONPATH"] = code + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


# --- the measured operations -----------------------------------------------------------------

REST_CHILD = r"""
import json, statistics, sys, time, resource
from fastapi.testclient import TestClient
from cancu.api.app import create_app
from cancu.api.settings import Settings
from cancu.graph import open_store
store_path, mode, path = sys.argv[1], sys.argv[2], sys.argv[3]
t0 = time.perf_counter()
store = open_store(store_path, read_only=True)
app = create_app(Settings(store=store_path, index=mode), store=store)
client = TestClient(app)
build = None
if mode == "sync":
    t = time.perf_counter()
    client.get("/api/v1/tasks", params={"limit": 1})   # a route that needs the index builds it
    for _ in range(6000):
        if client.get("/api/v1/health").json().get("index", {}).get("state") == "ready":
            break
        time.sleep(0.05)
    build = time.perf_counter() - t
def one():
    t, c = time.perf_counter(), time.process_time()  # CPU of every thread: the app runs in a portal thread
    r = client.get(path)
    return r.status_code, time.perf_counter() - t, len(r.content), time.process_time() - c
status, first, size, _ = one()
runs = [one() for _ in range(3)]
more = [x[1] for x in runs]
print(json.dumps({"status": status, "first": first, "median": statistics.median(more), "bytes": size,
                  "cpu_median": statistics.median(x[3] for x in runs),
                  "index_build": build, "startup": t0}))
"""


def measure_rest(store: str, python: str, code: Optional[str], timeout: float, limit_kb: int) -> list[dict]:
    rows = []
    for mode in ("sync", "off"):
        for path in REST_PATHS:
            r = watched([python, "-c", REST_CHILD, store, mode, path], env=child_env(code),
                        timeout=timeout, mem_limit_kb=limit_kb)
            row = {"op": f"GET {path}", "index": mode == "sync", "peak_mb": r["peak_mb"], "killed": r["killed"]}
            if not r["killed"] and r["rc"] == 0:
                d = json.loads(r["stdout"].strip().splitlines()[-1])
                row.update(status=d["status"], first_s=round(d["first"], 3), median_s=round(d["median"], 3),
                           cpu_median_s=round(d["cpu_median"], 3),
                           bytes=d["bytes"], index_build_s=None if d["index_build"] is None
                           else round(d["index_build"], 2))
            elif not r["killed"]:
                row["error"] = r["stderr"].strip().splitlines()[-1] if r["stderr"].strip() else f"rc {r['rc']}"
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
    return rows


def measure_cli(store: str, python: str, code: Optional[str], timeout: float, limit_kb: int) -> list[dict]:
    rows = []
    for cmd in ("stats", "gaps"):
        r = watched([python, "-m", "cancu.cli", "--store", store, cmd, "--format", "json"],
                    env=child_env(code), timeout=timeout, mem_limit_kb=limit_kb)
        row = {"op": f"cancu {cmd}", "seconds": r["seconds"], "cpu_s": r["cpu_s"], "peak_mb": r["peak_mb"],
               "killed": r["killed"], "rc": r["rc"]}
        if r["rc"] not in (0, None) and not r["killed"]:
            row["error"] = r["stderr"].strip().splitlines()[-1] if r["stderr"].strip() else ""
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return rows


def ingest(store: str, sources: list[str], python: str, code: Optional[str], timeout: float,
           limit_kb: int) -> list[dict]:
    runs = []
    for k in (1, 2):
        r = watched([python, "-m", "cancu.cli", "--store", store, "ingest", *sources, "--format", "json"],
                    env=child_env(code), timeout=timeout, mem_limit_kb=limit_kb)
        row = {"run": k, "seconds": r["seconds"], "cpu_s": r["cpu_s"], "peak_mb": r["peak_mb"], "killed": r["killed"],
               "rc": r["rc"]}
        try:  # exit status 1 when a file failed: the report is printed all the same
            rep = json.loads(r["stdout"])
            row.update({key: len(v) for key, v in rep.items()})
            row["failed_files"] = rep.get("failed", {})
        except ValueError:
            row["error"] = r["stderr"][-500:]
        runs.append(row)
        print(json.dumps(row, ensure_ascii=False), flush=True)
    return runs


def sources(crawl_dir: Optional[str]) -> tuple[list[str], Optional[tempfile.TemporaryDirectory]]:
    tmp = None
    if crawl_dir is None:
        tmp = tempfile.TemporaryDirectory(prefix="cancu-crawl-")
        with tarfile.open(CORPUS / "crawl" / "vn-legal-crawl.tar.xz") as tf:
            tf.extractall(tmp.name, filter="data")
        crawl_dir = tmp.name
    return [crawl_dir, str(CORPUS / "dev"), str(CORPUS / "seeds")], tmp


# --- identity figures ------------------------------------------------------------------------

DOC_ROWS = """SELECT DISTINCT ?doc ?symbol ?date ?kind ?title ?label WHERE { GRAPH ?g {
  ?doc a <https://w3id.org/cancu/ontology#Document> .
  OPTIONAL { ?doc <https://w3id.org/cancu/ontology#symbol> ?symbol }
  OPTIONAL { ?doc <https://w3id.org/cancu/ontology#issueDate> ?date }
  OPTIONAL { ?doc <https://w3id.org/cancu/ontology#kindLabel> ?kind }
  OPTIONAL { ?doc <https://w3id.org/cancu/ontology#title> ?title }
  OPTIONAL { ?doc <http://www.w3.org/2000/01/rdf-schema#label> ?label } } FILTER(?g IN (GRAPHS)) }"""
AGENCY_ROWS = """SELECT DISTINCT ?a ?label ?parent WHERE { GRAPH ?g {
  ?a a <https://w3id.org/cancu/ontology#Agency> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label
  OPTIONAL { ?a <https://w3id.org/cancu/ontology#subOrganizationOf> ?parent } }
  FILTER(?g IN (GRAPHS)) }"""
# motto words glued to a name: its end is a start of "Cộng hòa xã hội chủ nghĩa Việt Nam" ("Chính phủ
# cộng", "Bộ Công Thương cộng hòa"; not "giao thông công cộng"), or "Độc lập - Tự do"
MOTTO = re.compile(r"(?<!công)\s+cộng(?:\s+h(?:òa|oà)(?:\s+xã\s+hội(?:\s+chủ\s+nghĩa)?)?)?\s*$|"
                   r"độc\s+lập\s*[-–]\s*tự\s+do",
                   re.I)


def identity_figures(store_path: str) -> dict[str, Any]:
    """What the issue counts, read from the store's document and agency nodes — the canonical
    graph when the store has one, else (a store ingested before it existed) every node of every
    file graph, so both are counted by the same definitions:

    * national (symbol, year) pairs split over several document nodes: documents whose symbol
      has a national code (``cancu.graph.identity.national_entry``), keyed by the symbol and
      the year (written in the symbol, else of the date); a node without a year counts as
      split when a dated node with the same symbol exists;
    * law twins: law nodes known by name alone (a title, no number) beside a numbered node of
      the same folded name and year (any year when the title node has none) — one law split
      between its number and its name (two numbered nodes of one name are two laws: Luật Tổ
      chức chính quyền địa phương was passed as 65/2025/QH15 and as 72/2025/QH15); and the
      nodes of Luật Tổ chức chính quyền địa phương 2025 (by number 72/2025/QH15, by its name
      with no number in 2025 or undated);
    * agency duplicates: agency IRIs with the same parent sharing one folded label (name-part
      abbreviations spelled out, "Ủy ban nhân dân" = "UBND", a job title read as its body,
      case and tone placement folded): "Chủ tịch UBND tỉnh Cao Bằng" and "Chủ tịch Ủy ban
      nhân dân tỉnh Cao Bằng" are one (the Sở Tài chính of two provinces are two);
    * non-agency nodes: agency labels that do not name a body (``cancu.graph.names.read_name``),
      and labels with motto words ("Chính phủ cộng").
    """
    from collections import defaultdict

    from cancu.graph import open_store
    from cancu.graph.identity import canonical_issuer, national_entry, year_of
    from cancu.graph.names import read_name
    from cancu.graph.store.base import canonical_graph
    from cancu.loaders.normalize import fold_key

    store = open_store(store_path, read_only=True)
    canon = canonical_graph()
    has_canon = canon in store.graphs()
    graphs = f"<{canon}>" if has_canon else ", ".join(f"<{g}>" for g in store.graphs() if "/source/" in g)
    docs: dict[str, dict] = defaultdict(lambda: defaultdict(set))
    for r in store.select(DOC_ROWS.replace("GRAPHS", graphs)):
        for k, v in r.items():
            if k != "doc" and v is not None:
                docs[r["doc"]][k].add(str(v))
    pairs: dict[tuple, set] = defaultdict(set)
    undated: dict[str, set] = defaultdict(set)
    for d, f in docs.items():
        for sym in f["symbol"]:
            if not national_entry(sym):
                continue
            years = {year_of(sym, x) for x in f["date"]} or ({year_of(sym, None)} - {None})
            for y in years or {None}:
                (pairs[(sym, y)] if y else undated[sym]).add(d)
    split = {k: v for k, v in pairs.items() if len(v) > 1}
    split_undated = {s: v for s, v in undated.items() if any(k[0] == s for k in pairs)}
    # a law known by its number and again by its name alone: a node with a title and no number
    # beside a numbered node of the same name and year (any year when the title node has none)
    numbered: dict[str, set] = defaultdict(set)   # folded name → years of numbered nodes
    titled: dict[tuple, set] = defaultdict(set)   # (folded name, year or None) → title-only nodes
    tccqdp = set()
    for d, f in docs.items():
        if not (f["kind"] & {"Luật", "Bộ luật"} or (not f["kind"] and any(
                fold_key(t).startswith(("luật", "bộ luật")) for t in f["title"]))):
            continue
        m = re.search(r"/((?:19|20)\d{2})/[^/]+$", d)  # the year the identity rules gave it
        years = {x[:4] for x in f["date"]} | ({year_of(s, None) for s in f["symbol"]} - {None}) | \
            ({m.group(1)} if m else set())
        for t in f["title"]:
            key = re.sub(r"\s*(?:năm\s*)?\d{4}$", "", fold_key(t)).strip(" .…")
            if f["symbol"]:
                numbered[key] |= years
            else:
                for y in years or {None}:
                    titled[(key, y)].add(d)
        if f["symbol"] & {"72/2025/QH15", "72/2025/QH"} or any(
                fold_key(t).rstrip(" .…").startswith("luật tổ chức chính quyền địa phương")
                and not f["symbol"] and (years <= {"2025"}) for t in f["title"]):
            tccqdp.add(d)
    twins = {k: v for k, v in titled.items() if numbered.get(k[0]) and (k[1] is None or k[1] in numbered[k[0]])}
    agencies: dict[str, set] = defaultdict(set)
    parent: dict[str, str] = {}
    for r in store.select(AGENCY_ROWS.replace("GRAPHS", graphs)):
        agencies[r["a"]].add(r["label"])
        parent[r["a"]] = min(parent.get(r["a"]) or r["parent"] or "", r["parent"] or "")
    by_name: dict[tuple, set] = defaultdict(set)
    non, motto = [], []
    for a, labels in agencies.items():
        for lab in labels:
            n = read_name(lab)
            by_name[(fold_key(canonical_issuer(n.text) if n.kind == "body" else lab), parent.get(a, ""))].add(a)
            if MOTTO.search(lab):
                motto.append(lab)
        if all(read_name(lab).kind != "body" for lab in labels):
            non.append(sorted(labels)[0])
    dups = {k: v for k, v in by_name.items() if len(v) > 1}
    national = len(pairs) + sum(1 for s in undated if s not in {k[0] for k in pairs})
    return {
        "graph": "canonical" if has_canon else "union of the file graphs",
        "documents": len(docs),
        "national_pairs": national,
        "national_split_pairs": len(split) + len(split_undated),
        "national_split_share": round((len(split) + len(split_undated)) / max(national, 1), 4),
        "national_split_examples": [{"symbol": k[0], "year": k[1], "nodes": sorted(v)}
                                    for k, v in list(split.items())[:10]]
        + [{"symbol": s, "year": None, "nodes": sorted(v)} for s, v in list(split_undated.items())[:5]],
        "law_twins": sum(len(v) for v in twins.values()),
        "law_twin_examples": [{"name": k[0], "year": k[1], "nodes": sorted(v)} for k, v in list(twins.items())[:10]],
        "tccqdp_2025_nodes": sorted(tccqdp),
        "agencies": len(agencies),
        "agency_duplicate_names": len(dups),
        "agency_duplicate_examples": [{"name": k[0], "parent": k[1], "nodes": sorted(v)}
                                      for k, v in list(dups.items())[:10]],
        "non_agency_nodes": len(non),
        "non_agency_examples": non[:15],
        "agency_labels_with_motto": len(motto),
        "motto_examples": motto[:10],
    }


LAW = ("72/2025/QH15", "Luật Tổ chức chính quyền địa phương", "Luật Tổ chức chính quyền địa phương 2025")
COUNT_ALL = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
LAWS_2025 = ("65/2025/QH15", "72/2025/QH15")
# IRIs (subject, object or graph name; canonical and file graphs) holding a local path or an
# ingested file's name (file names are literals of cc:fileName, never part of an IRI)
PATH_IRIS = """SELECT DISTINCT ?x WHERE {
  { ?x ?p ?o } UNION { ?s ?p ?x } UNION { GRAPH ?x { ?s ?p ?o } }
  UNION { GRAPH ?g { ?x ?p ?o } } UNION { GRAPH ?g { ?s ?p ?x } }
  FILTER(isIRI(?x) && REGEX(STR(?x), "^file:|/(tmp|work|home|root|Users)/|%2F|\\\\.(html?|pdf|docx?|md|txt)$", "i"))
} LIMIT 50"""


def agreement(store_path: str) -> dict[str, Any]:
    """Two checks of the issue, with the code of this checkout: ``impact`` of Luật Tổ chức chính
    quyền địa phương 2025 by its number, its name, its name and year and its IRI gives one
    answer; and ``SELECT (COUNT(*) AS ?n) { ?s ?p ?o }`` sent to ``/sparql`` counts what
    ``/api/v1/stats`` calls triples (the canonical graph, each fact once), not the quads of
    every file graph (given beside it)."""
    from fastapi.testclient import TestClient

    from cancu.api.app import create_app
    from cancu.api.settings import Settings
    from cancu.graph import open_store
    from cancu.graph.analytics import national_splits
    from cancu.graph.identity import full_symbol
    from cancu.graph.lineage import impact, resolve
    from cancu.graph.reader import as_reader

    store = open_store(store_path, read_only=True)
    answers: dict[str, Any] = {}
    for q in LAW + (resolve(store, LAW[0])[0],):
        try:
            a = impact(store, q)
            answers[q] = {"iri": a["document"]["iri"], "counts": a["counts"],
                          "documents": sorted(d["iri"] for d in a["documents"])}
        except Exception as exc:  # reported, not fatal: the figure is whether they agree
            answers[q] = {"error": f"{type(exc).__name__}: {exc}"}
    ok = [v for v in answers.values() if "error" not in v]
    same = len(ok) == len(answers) and all(v == ok[0] for v in ok)
    # 2025 passed two laws of this name (65/2025/QH15 on 19/02, 72/2025/QH15 on 16/06): one node each
    reader = as_reader(store)
    laws_2025 = {n: reader.by_symbol(full_symbol(n)) for n in LAWS_2025}
    two_laws = all(len(v) == 1 for v in laws_2025.values()) and len({v[0] for v in laws_2025.values() if v}) == 2
    # every split the identity rules left is one gaps reports (a person decides)
    splits = national_splits(store)
    # no IRI of the canonical graph carries a local path or a file name of what was ingested
    path_iris = [r["x"] for r in store.select(PATH_IRIS)]
    client = TestClient(create_app(Settings(store=store_path, index="off"), store=store))
    r = client.get("/sparql", params={"query": COUNT_ALL}, headers={"Accept": "application/sparql-results+json"})
    sparql_n = int(r.json()["results"]["bindings"][0]["n"]["value"]) if r.status_code == 200 else r.text[:300]
    stats_n = client.get("/api/v1/stats").json()["triples"]
    quads = store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]
    return {"impact_agrees": same, "impact": {q: {k: v for k, v in a.items() if k != "documents"}
                                              for q, a in answers.items()},
            "laws_2025": laws_2025, "laws_2025_two_nodes": two_laws,
            "gaps_national_splits": len(splits), "gaps_split_examples": splits[:5],
            "iris_with_paths": len(path_iris), "iri_path_examples": path_iris[:5],
            "sparql_count_all": sparql_n, "stats_triples": stats_n, "quads_in_named_graphs": quads}


# --- main ------------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", required=True, help="store directory (created by --ingest)")
    ap.add_argument("--ingest", action="store_true", help="ingest crawl + dev + seeds into --store first, twice")
    ap.add_argument("--crawl-dir", help="the crawl already unpacked (default: unpack the tarball to a temp dir)")
    ap.add_argument("--python", default=sys.executable, help="interpreter of the children")
    ap.add_argument("--code", help="a folder holding another cancu package, first on the children's path")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a child is killed")
    ap.add_argument("--mem-limit", type=float, default=4.0, help="GB before a child is killed")
    ap.add_argument("--skip", default="", help="comma-separated: ingest,cli,rest,identity,agreement")
    ap.add_argument("--json", help="write every figure here")
    a = ap.parse_args()
    limit_kb = int(a.mem_limit * 1024 * 1024)
    skip = set(filter(None, a.skip.split(",")))
    out: dict[str, Any] = {"store": a.store, "python": a.python, "code": a.code,
                           "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    if a.ingest and "ingest" not in skip:
        srcs, tmp = sources(a.crawl_dir)
        out["ingest"] = ingest(a.store, srcs, a.python, a.code, 4 * 3600, 16 * 1024 * 1024)
        if tmp:
            tmp.cleanup()
    if "cli" not in skip:
        out["cli"] = measure_cli(a.store, a.python, a.code, a.timeout, limit_kb)
    if "rest" not in skip:
        out["rest"] = measure_rest(a.store, a.python, a.code, a.timeout, limit_kb)
    if "identity" not in skip:
        out["identity"] = identity_figures(a.store)
        print(json.dumps(out["identity"], ensure_ascii=False, indent=1)[:6000])
    if "agreement" not in skip and not a.code:
        out["agreement"] = agreement(a.store)
        print(json.dumps(out["agreement"], ensure_ascii=False, indent=1))
    if a.json:
        Path(a.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
