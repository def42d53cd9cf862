"""Lineage queries: what a task or document rests on (trace) and what rests on a document (impact).

Both read the lineage closure graph kept at ingest (:mod:`cancu.graph.ingest`),
so each is a fixed number of lookups whatever the depth: ``trace`` fetches every
direct edge above the target in one query (``trace_hops.rq``) and orders them
by a breadth-first walk in Python; ``impact`` fetches the documents below the
target and their tasks in one query (``impact.rq``). The ``*_naive.rq``
property-path forms give the same answers (tests check it on each backend) and
are what ``naive=True`` runs.

When the store has a ready in-process index (:mod:`cancu.graph.index`, kept by
``cancu serve``), the same functions read their rows from it instead of SPARQL;
the assembly below is shared, so both give the same answer (tests compare them).
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Optional

from cancu.errors import AmbiguousReferenceError, NotFoundError
from cancu.graph.store.base import lineage_graph
from cancu.loaders.citations import SYMBOL_RX, canonical_symbol

LEVEL_GROUP = {"national": "national", "provincial": "provincial", "district": "local",
               "commune": "local", "local": "local", "unknown": "local"}
_LEVEL_RANK = {"national": 0, "provincial": 1, "district": 2, "commune": 3, "local": 3, "unknown": 9}


@lru_cache(maxsize=None)
def query_text(name: str) -> str:
    return resources.files("cancu.graph").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


#: ``idx`` default: use the store's index when one is ready (None: SPARQL only)
AUTO: Any = object()


def _index(store, idx=AUTO):
    if idx is not AUTO:
        return idx
    from cancu.graph.index import index_for

    return index_for(store)


def resolve(store, query: str, *, idx=AUTO) -> tuple[str, str]:
    """An IRI, a symbol or words of a task's text → (iri, 'task'|'document'|'agency')."""
    q = query.strip()
    idx = _index(store, idx)
    if re.match(r"https?://", q):
        if idx is not None and q in idx.types:
            return q, idx.types[q]
        rows = store.select("SELECT ?t WHERE { ?x a ?t }", x=q)
        types = {r["t"].rsplit("#", 1)[-1] for r in rows}
        if not types:
            raise NotFoundError(f"no node {q} in the store")
        return q, "task" if "Task" in types else "agency" if "Agency" in types else "document"
    if SYMBOL_RX.fullmatch(q.replace(" ", "")):
        if idx is not None:
            docs = sorted(idx.symbols.get(canonical_symbol(q), ()))
        else:
            docs = sorted({r["doc"] for r in store.select(query_text("find_symbol"), symbol=canonical_symbol(q))})
        if not docs:
            raise NotFoundError(f"no document with symbol {q} in the store")
        if len(docs) > 1:
            raise AmbiguousReferenceError(
                f"{len(docs)} documents carry the symbol {q}; give one IRI", candidates=docs)
        return docs[0], "document"
    rows = idx.find_task(q) if idx is not None else store.select(query_text("find_task"), words=q)
    if not rows:
        raise NotFoundError(f"no task text contains {q!r}, and it is neither an IRI nor a symbol")
    rows.sort(key=lambda r: (not r["text"].casefold().startswith(q.casefold()), len(r["text"]), r["task"]))
    return rows[0]["task"], "task"


_DOC_PROPS = {"kindLabel": "kind", "symbol": "symbol", "issueDate": "date", "issuerName": "issuer",
              "level": "level", "sphere": "sphere", "title": "title", "label": "label", "describedBy": "own"}


def documents(store, iris: Iterable[str], *, idx=AUTO) -> dict[str, dict[str, Any]]:
    """Identity of many documents in one query: iri → document dict.

    A value read from the document's own file wins over values from citing
    files (conflicts stay in the store and are reported by ``gaps``).
    """
    idx = _index(store, idx)
    if idx is not None:
        return idx.documents(iris)
    iris = sorted(set(iris))
    if not iris:
        return {}
    vals: dict[str, list[tuple[str, Any, str]]] = {}
    for k in range(0, len(iris), 500):
        sparql = query_text("documents").replace("?values", " ".join(f"<{i}>" for i in iris[k:k + 500]))
        for r in store.select(sparql):
            name = doc_prop(r["p"])
            if name:
                vals.setdefault(r["doc"], []).append((name, r["o"], r["g"]))
    return {i: identity(i, vals.get(i, [])) for i in iris}


def doc_prop(predicate: str) -> Optional[str]:
    """The identity field a predicate IRI fills (``cc:symbol`` → ``symbol``), or None."""
    return _DOC_PROPS.get(re.split(r"[#/]", predicate)[-1])


def identity(iri: str, rows: list[tuple[str, Any, str]]) -> dict[str, Any]:
    """A document dict from its (field, value, graph) rows, preferring its own file's values."""
    own = {o for n, o, _ in rows if n == "own"}
    acc: dict[str, set] = {}
    for n, o, g in rows:
        if n != "own":
            acc.setdefault(n, set()).add(o)
            if g in own:
                acc.setdefault("own_" + n, set()).add(o)
    acc["own"] = own
    return _doc_dict(iri, acc)


def _first(values, prefer=None):
    if prefer:
        return sorted(prefer)[0]
    return sorted(values)[0] if values else None


def _doc_dict(iri: str, a: dict[str, set]) -> dict[str, Any]:
    levels = sorted(a.get("own_level") or a.get("level") or {"unknown"}, key=lambda x: _LEVEL_RANK.get(x, 9))
    return {"iri": iri, "kind": _first(a.get("kind"), a.get("own_kind")),
            "symbol": _first(a.get("symbol"), a.get("own_symbol")),
            "date": _first(a.get("date"), a.get("own_date")),
            "issuer": _first(a.get("issuer"), a.get("own_issuer")),
            "level": levels[0], "sphere": _first(a.get("sphere"), a.get("own_sphere")),
            "title": _first(a.get("title"), a.get("own_title")),
            "label": _first(a.get("label"), a.get("own_label")), "cited_only": not a.get("own")}


def document(store, iri: str) -> dict[str, Any]:
    return documents(store, [iri])[iri]


def _ev(exact, start, end, source, fallback=None):
    if exact is None and fallback is None:
        return None
    return {"source": source, "span": [start, end] if start is not None else None, "sentence": exact or fallback}


_TASK_ROW = ("SELECT ?doc ?text ?exact ?s ?e ?src WHERE { ?t cc:taskOf ?doc ; cc:text ?text . "
             "OPTIONAL { ?t cc:evidence ?ev . OPTIONAL { ?ev oa:exact ?exact } OPTIONAL { ?ev oa:start ?s } "
             "OPTIONAL { ?ev oa:end ?e } OPTIONAL { ?ev cc:inSource ?src } } }")


def _key(*values) -> tuple:
    """A sort key over values that may be None (None first) or of different types (a number
    typed in one file, a string in another), so ties never fall to row order."""
    return tuple((False, "", "") if v is None else (True, type(v).__name__, v) for v in values)


def hop_table(rows: Iterable[dict]) -> dict[str, list[dict]]:
    """Lineage edge rows (``trace_hops.rq`` shape) grouped by their lower end, in a fixed
    order; the same edge read from two files keeps one row (the first evidence)."""
    out: dict[str, list[dict]] = {}
    seen_edge = set()
    for r in sorted(rows, key=lambda r: (r["from"], r["to"], r["relation"],
                                         _key(r["s"], r["e"], r["exact"], r["source"]))):
        key = (r["from"], r["to"], r["relation"])
        if key in seen_edge:
            continue
        seen_edge.add(key)
        out.setdefault(r["from"], []).append(r)
    return out


def trace(store, query: str, *, naive: bool = False) -> dict[str, Any]:
    """The full upward chain of a task or document, each hop with relation, level and evidence."""
    idx = None if naive else _index(store)
    iri, kind = resolve(store, query, idx=idx)
    if kind == "agency":
        raise NotFoundError(f"{query!r} is an agency; trace starts from a task or a document")
    target: dict[str, Any] = {"iri": iri, "type": kind}
    hops: list[dict[str, Any]] = []
    start = iri
    if kind == "task":
        if idx is not None:
            r0 = idx.task_row(iri)
        else:
            rows = store.select(_TASK_ROW, t=iri)
            r0 = min(rows, key=lambda r: _key(r["doc"], r["text"], r["exact"], r["s"], r["e"], r["src"])) \
                if rows else None
        if r0 is None:
            raise NotFoundError(f"task {iri} has no plan or text in the store")
        target.update(label=r0["text"][:120], text=r0["text"])
        start = r0["doc"]
        hops.append({"from": iri, "to": start, "relation": "task_of", "depth": 1,
                     "evidence": _ev(r0["exact"], r0["s"], r0["e"], r0["src"], r0["text"])})
    if idx is not None:
        out = idx.hops_above(start)
    else:
        out = hop_table(store.select(query_text("trace_hops_naive" if naive else "trace_hops"), start=start,
                                     lineage=lineage_graph()))
    base_depth = 1 if kind == "task" else 0
    depth_of = {start: base_depth}
    queue = deque([start])
    while queue:  # breadth-first so each hop gets its shortest depth
        node = queue.popleft()
        for r in out.get(node, ()):
            hops.append({"from": node, "to": r["to"], "relation": r["relation"], "depth": depth_of[node] + 1,
                         "evidence": _ev(r["exact"], r["s"], r["e"], r["source"])})
            if r["to"] not in depth_of:
                depth_of[r["to"]] = depth_of[node] + 1
                queue.append(r["to"])
    info = documents(store, depth_of, idx=idx)
    docs = []
    for d, k in sorted(depth_of.items(), key=lambda x: (x[1], x[0])):
        docs.append({**info[d], "depth": k})
    if kind == "document":
        target.update({k: v for k, v in info[iri].items() if k != "iri"})
    basis: dict[str, list] = {"national": [], "provincial": [], "local": []}
    for d in docs:
        if d["iri"] == start:
            continue  # the target itself (or the plan holding the task)
        basis[LEVEL_GROUP.get(d["level"], "local")].append(d)
    return {"query": query, "target": target, "hops": hops, "documents": docs, "basis": basis}


def _task_order(t: dict, depth: dict) -> tuple:
    m = re.search(r"/task/(\d+)$", t["iri"])
    return (depth.get(t["document"], 99), t["document"], int(m.group(1)) if m else 0, t["iri"])


def collect_tasks(rows, labels: dict[str, str]) -> dict[str, dict]:
    """Impact task dicts from ``impact.rq``-shaped rows; several values of a field give
    the smallest (rows are sorted on every column, so no tie falls to row order)."""
    tasks: dict[str, dict] = {}
    if len(rows) > 1:
        rows = sorted(rows, key=lambda r: (r["doc"], r["task"] or "", r["lead"] or "",
                                           _key(r["no"], r["section"], r["text"], r["end"])))
    for r in rows:
        if not r["task"]:
            continue
        t = tasks.setdefault(r["task"], {"iri": r["task"], "no": r["no"], "section": r["section"],
                                         "text": r["text"], "document": r["doc"], "lead": [],
                                         "deadline_end": r["end"]})
        if r["lead"] and labels.get(r["lead"], r["lead"]) not in t["lead"]:
            t["lead"].append(labels.get(r["lead"], r["lead"]))
    return tasks


def lead_agencies(rows) -> dict[str, dict]:
    """Lead agencies of ``impact.rq``-shaped rows: iri → {iri, label (the smallest), tasks (a set)}."""
    agencies: dict[str, dict] = {}
    for r in rows:  # an agency named several ways keeps its smallest label, whatever the row order
        if r["lead"] and r["task"]:
            a = agencies.setdefault(r["lead"], {"iri": r["lead"], "label": None, "tasks": set()})
            lab = r["leadLabel"] or r["lead"]
            a["label"] = lab if a["label"] is None else min(a["label"], lab)
            a["tasks"].add(r["task"])
    return agencies


def impact(store, query: str, *, naive: bool = False, limit: Optional[int] = None) -> dict[str, Any]:
    """Everything that transitively rests on a document, down to tasks and their lead agencies.

    ``limit`` caps the task list (documents in depth order, tasks in table order)
    while documents, agencies and counts stay complete: a national resolution can
    rest under tens of thousands of tasks. ``naive`` runs the property-path form.
    """
    idx = None if naive else _index(store)
    iri, kind = resolve(store, query, idx=idx)
    if kind != "document":
        raise NotFoundError(f"{query!r} is a {kind}; impact starts from a document")
    if idx is not None and not idx.exact_impact:
        idx = None  # a task filed under two documents: only the SPARQL form counts it right
    lin = lineage_graph()
    if idx is not None:
        edges = idx.edges_below(iri)
    else:
        edges = [(e["a"], e["b"]) for e in store.select(query_text("impact_edges"), target=iri, lineage=lin)]
    down: dict[str, set] = {}
    for a, b in edges:
        down.setdefault(b, set()).add(a)
    depth = {iri: 0}
    queue = deque([iri])
    while queue:
        n = queue.popleft()
        for m in sorted(down.get(n, ())):
            if m not in depth:
                depth[m] = depth[n] + 1
                queue.append(m)
    if idx is not None:
        doc_iris, task_list, n_tasks, ag = idx.impact_parts(iri, depth, limit)
    elif limit is None:
        rows = store.select(query_text("impact_naive" if naive else "impact"), target=iri, lineage=lin)
        doc_iris = {r["doc"] for r in rows}
        agencies = lead_agencies(rows)
        labels = {k: a["label"] for k, a in agencies.items()}
        tasks = collect_tasks(rows, labels)
        task_list = sorted(tasks.values(), key=lambda t: _task_order(t, depth))
        n_tasks = len(task_list)
        ag = [{"iri": a["iri"], "label": a["label"], "tasks": len(a["tasks"])} for a in agencies.values()]
    else:
        doc_iris = {r["doc"] for r in store.select(query_text("impact_docs"), target=iri, lineage=lin)}
        agg = store.select(query_text("impact_agencies"), target=iri, lineage=lin)
        n_tasks = int(store.select("SELECT (COUNT(DISTINCT ?task) AS ?n) WHERE { { BIND(?target AS ?doc) } UNION "
                                   "{ GRAPH ?lineage { ?doc cc:restsOn ?target } } ?task cc:taskOf ?doc }",
                                   target=iri, lineage=lin)[0]["n"])
        ag = [{"iri": r["lead"], "label": r["label"] or r["lead"], "tasks": int(r["n"])} for r in agg if r["lead"]]
        labels = {a["iri"]: a["label"] for a in ag}
        task_list = []
        order = sorted(doc_iris, key=lambda d: (depth.get(d, 99), d))
        for k in range(0, len(order), 64):
            if len(task_list) >= limit:
                break
            batch = order[k:k + 64]
            rows = store.select(query_text("impact_tasks").replace("?values", " ".join(f"<{d}>" for d in batch)))
            task_list.extend(sorted(collect_tasks(rows, labels).values(), key=lambda t: _task_order(t, depth)))
        task_list = task_list[:limit]
    ag.sort(key=lambda a: (-a["tasks"], a["label"] or "", a["iri"]))
    info = documents(store, doc_iris | {iri}, idx=idx)
    docs = [{**info[d], "depth": depth.get(d)} for d in sorted(doc_iris - {iri}, key=lambda d: (depth.get(d, 99), d))]
    return {"query": query, "document": info[iri], "documents": docs, "tasks": task_list, "agencies": ag,
            "counts": {"documents": len(docs), "tasks": n_tasks, "agencies": len(ag)},
            "truncated": len(task_list) < n_tasks}
