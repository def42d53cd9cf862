"""Lineage queries: what a task or document rests on (trace) and what rests on a document (impact).

Each query lives in ``graph/queries/*.rq``. ``trace`` walks up one hop at a time
(``hops.rq``) so every hop keeps its relation and evidence sentence; ``impact``
is one reverse property path over ``cc:restsOn`` (asserted at ingest).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import pyoxigraph as ox

from cancu.errors import AmbiguousReferenceError, NotFoundError
from cancu.loaders.citations import SYMBOL_RX, canonical_symbol

LEVEL_GROUP = {"national": "national", "provincial": "provincial", "local": "local", "unknown": "local"}


@lru_cache(maxsize=None)
def query_text(name: str) -> str:
    return resources.files("cancu.graph").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def resolve(store, query: str) -> tuple[str, str]:
    """An IRI, a symbol or words of a task's text → (iri, 'task'|'document')."""
    q = query.strip()
    if re.match(r"https?://", q):
        rows = store.select("SELECT ?t WHERE { ?x a ?t }", x=ox.NamedNode(q))
        types = {r["t"].rsplit("#", 1)[-1] for r in rows}
        if not types:
            raise NotFoundError(f"no node {q} in the store")
        return q, "task" if "Task" in types else "document"
    m = SYMBOL_RX.fullmatch(q.replace(" ", ""))
    if m:
        rows = store.select(query_text("find_symbol"), symbol=ox.Literal(canonical_symbol(q)))
        docs = sorted({r["doc"] for r in rows})
        if not docs:
            raise NotFoundError(f"no document with symbol {q} in the store")
        if len(docs) > 1:
            raise AmbiguousReferenceError(
                f"{len(docs)} documents carry the symbol {q}; give one IRI", candidates=docs)
        return docs[0], "document"
    rows = store.select(query_text("find_task"), words=ox.Literal(q))
    if not rows:
        raise NotFoundError(f"no task text contains {q!r}, and it is neither an IRI nor a symbol")
    rows.sort(key=lambda r: (not r["text"].casefold().startswith(q.casefold()), len(r["text"])))
    return rows[0]["task"], "task"


def document(store, iri: str) -> dict[str, Any]:
    rows = store.select(query_text("document"), doc=ox.NamedNode(iri))
    out: dict[str, Any] = {"iri": iri}
    for r in rows:
        for k, v in r.items():
            if v is not None and out.get(k) is None:
                out[k] = v
    return {"iri": iri, "kind": out.get("kind"), "symbol": out.get("symbol"), "date": out.get("date"),
            "issuer": out.get("issuer"), "level": out.get("level", "unknown"), "sphere": out.get("sphere"),
            "title": out.get("title"), "label": out.get("label"), "cited_only": bool(out.get("citedOnly"))}


def trace(store, query: str) -> dict[str, Any]:
    """The full upward chain of a task or document, each hop with relation and evidence."""
    iri, kind = resolve(store, query)
    target: dict[str, Any] = {"iri": iri, "type": kind}
    hops: list[dict[str, Any]] = []
    frontier: list[tuple[str, int]] = []
    if kind == "task":
        rows = store.select("SELECT ?doc ?text ?exact ?s ?e ?src WHERE { ?t cc:taskOf ?doc ; cc:text ?text . "
                            "OPTIONAL { ?t cc:evidence ?ev . ?ev oa:exact ?exact ; oa:start ?s ; oa:end ?e ; cc:inSource ?src } }",
                            t=ox.NamedNode(iri))
        target.update(label=rows[0]["text"][:120], text=rows[0]["text"])
        plan = rows[0]["doc"]
        hops.append({"from": iri, "to": plan, "relation": "task_of", "depth": 1,
                     "evidence": _ev(rows[0]["exact"], rows[0]["s"], rows[0]["e"], rows[0]["src"], rows[0]["text"])})
        frontier.append((plan, 1))
    else:
        target.update(document(store, iri))
        frontier.append((iri, 0))
    depth_of: dict[str, int] = {d: k for d, k in frontier}
    while frontier:
        node, depth = frontier.pop(0)
        for r in store.select(query_text("hops"), a=ox.NamedNode(node)):
            hops.append({"from": node, "to": r["to"], "relation": r["relation"], "depth": depth + 1,
                         "evidence": _ev(r["exact"], r["start"], r["end"], r["source"])})
            if r["to"] not in depth_of:
                depth_of[r["to"]] = depth + 1
                frontier.append((r["to"], depth + 1))
    docs = []
    for d, k in sorted(depth_of.items(), key=lambda x: x[1]):
        info = document(store, d)
        info["depth"] = k
        docs.append(info)
    basis = {"national": [], "provincial": [], "local": []}
    for info in docs:
        if info["iri"] == iri or (kind == "task" and info["depth"] == 1):
            continue
        basis[LEVEL_GROUP.get(info["level"], "local")].append(info)
    return {"query": query, "target": target, "hops": hops, "documents": docs, "basis": basis}


def _ev(exact, start, end, source, fallback=None):
    if exact is None and fallback is None:
        return None
    return {"source": source, "span": [start, end], "sentence": exact or fallback}


def impact(store, query: str) -> dict[str, Any]:
    """Everything that transitively rests on a document, down to tasks and their lead agencies."""
    iri, kind = resolve(store, query)
    if kind != "document":
        raise NotFoundError(f"{query!r} is a task; impact starts from a document")
    rows = store.select(query_text("impact"), target=ox.NamedNode(iri))
    docs: dict[str, dict] = {}
    tasks: dict[str, dict] = {}
    agencies: dict[str, set] = {}
    for r in rows:
        if r["doc"] != iri and r["doc"] not in docs:
            docs[r["doc"]] = document(store, r["doc"])
        if r["task"]:
            t = tasks.setdefault(r["task"], {"iri": r["task"], "no": r["no"], "section": r["section"],
                                             "text": r["text"], "document": r["doc"], "lead": [],
                                             "deadline_end": r["end"]})
            if r["lead"] and r["lead"] not in t["lead"]:
                t["lead"].append(r["lead"])
                agencies.setdefault(r["lead"], set()).add(r["task"])
    ag = [{"label": k, "tasks": len(v)} for k, v in sorted(agencies.items(), key=lambda x: -len(x[1]))]
    return {"query": query, "document": document(store, iri), "documents": list(docs.values()),
            "tasks": list(tasks.values()), "agencies": ag,
            "counts": {"documents": len(docs), "tasks": len(tasks), "agencies": len(ag)}}
