"""Lineage queries: what a task or document rests on (trace) and what rests on a document (impact).

Both read the canonical graph through a :class:`~cancu.graph.reader.Reader`: the
lineage closure kept there makes each a fixed number of reads whatever the depth
(``trace`` fetches every direct edge above the target at once and orders them by
a breadth-first walk in Python; ``impact`` fetches the documents below the target
and their tasks). The reader is the in-process index when ``cancu serve`` keeps
one, else SPARQL (``.rq`` files); ``naive=True`` runs the property-path forms,
which must give the same answers (tests check it on each backend).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from typing import Any, Iterable, Optional

from cancu.errors import AmbiguousReferenceError, NotFoundError
from cancu.graph.identity import full_symbol, year_of
from cancu.graph.laws import law_number
from cancu.graph.reader import as_reader
from cancu.loaders.citations import SYMBOL_RX, canonical_symbol
from cancu.loaders.normalize import search_key
from cancu.loaders.quotes import shorten

LEVEL_GROUP = {"national": "national", "provincial": "provincial", "district": "local",
               "commune": "local", "local": "local", "unknown": "local"}
_LEVEL_RANK = {"national": 0, "provincial": 1, "district": 2, "commune": 3, "local": 3, "unknown": 9}


def resolve(store, query: str, *, first: bool = False) -> tuple[str, str]:
    """An IRI (or an older IRI of a document), a symbol, a document's title or words of a
    task's text → (iri, 'task'|'document'|'agency').

    Symbols, titles and task text are compared as :mod:`cancu.loaders.normalize` folds them
    (``symbol_key``, ``search_key``): "311/QD-UBND" finds 311/QĐ-UBND, "09- NQ/TW" 09-NQ/TW,
    "khanh hoa" Khánh Hòa and Khánh Hoà. A query several things match is an
    :class:`~cancu.errors.AmbiguousReferenceError` listing them, best first (exact symbol,
    then title, then task text: the text equal to the query, starting with it, the shortest),
    each described (:func:`describe`) — unless ``first`` asks for the best one.

    ``store`` is a store or a :class:`~cancu.graph.reader.Reader`.
    """
    reader = as_reader(store)
    q = query.strip()
    if re.match(r"https?://", q):
        types = reader.types(q)
        if not types:
            alias = reader.by_alias(q)
            if alias is None:
                raise NotFoundError(f"no node {q} in the store")
            return alias, "document"
        return q, "task" if "Task" in types else "agency" if types & {"Agency", "AgencyGroup"} else "document"
    sym = _as_symbol(q)
    if sym:
        docs = reader.by_symbol(full_symbol(sym)) or reader.by_symbol_key(full_symbol(sym) or sym)
        if not docs:
            raise NotFoundError(f"no document with symbol {q} in the store")
        return _one(reader, q, [(d, "document") for d in docs], first, what=f"documents carry the symbol {q}")
    titled = _titled(reader, q)
    if len(titled) == 1:
        return titled[0], "document"
    key = search_key(q)
    rows = reader.tasks_with_text(q)
    if not rows and not titled:
        raise NotFoundError(f"no task text contains {q!r}, and it is neither an IRI, a symbol nor a title")
    texts: dict[str, str] = {}
    for r in rows:
        texts[r["task"]] = min(texts.get(r["task"], r["text"]), r["text"])
    ranked = sorted(texts, key=lambda t: (search_key(texts[t]) != key, not search_key(texts[t]).startswith(key),
                                          len(texts[t]), t))
    exact = [t for t in ranked if search_key(texts[t]) == key]
    if not titled and len(exact) == 1:
        return exact[0], "task"  # the whole text of one task: no doubt which
    cands = [(d, "document") for d in titled] + [(t, "task") for t in ranked]
    return _one(reader, q, cands, first, what=f"documents and tasks match {q!r}" if titled and ranked
                else f"documents are called {q!r}" if titled else f"tasks contain {q!r}")


def _as_symbol(q: str) -> Optional[str]:
    """``q`` as a symbol when it is written like one (any case, dash or spacing), else None."""
    s = canonical_symbol(q.replace("–", "-").replace("—", "-"))
    if SYMBOL_RX.fullmatch(s):
        return s
    up = s.upper()
    return up if SYMBOL_RX.fullmatch(up) else None


#: how many candidates an ambiguity lists (the message says how many there are)
CANDIDATES = 20


def _one(reader, query: str, cands: list[tuple[str, str]], first: bool, *, what: str) -> tuple[str, str]:
    """The only candidate, or the best when ``first``; else an ambiguity listing them."""
    if len(cands) == 1 or (first and cands):
        return cands[0]
    shown = cands[:CANDIDATES]
    more = f" (the first {CANDIDATES} listed)" if len(cands) > CANDIDATES else ""
    raise AmbiguousReferenceError(
        f"{len(cands)} {what}{more}; give one of their ids, or ask for the first",
        candidates=[c for c, _ in shown], choices=describe(reader, shown))


def describe(reader, nodes: Iterable[tuple[str, str]]) -> list[dict[str, Any]]:
    """What each node is, for a reader choosing among them: a document with its kind, symbol,
    date and issuer; a task with its number, its plan and its text; an agency with its parent.
    ``[{"iri", "type", "label", "detail"}]`` in the given order."""
    nodes = list(nodes)
    docs = reader.documents(i for i, t in nodes if t == "document")
    tasks = reader.task_summaries([i for i, t in nodes if t == "task"])
    agencies = {i: reader.agency(i) for i, t in nodes if t == "agency"}
    parents = reader.documents(t["doc"] for t in tasks.values() if t.get("doc"))
    out = []
    for iri, typ in nodes:
        if typ == "document":
            d = docs[iri]
            detail = " · ".join(x for x in (d.get("date"), d.get("issuer")) if x)
            out.append({"iri": iri, "type": typ, "label": d.get("label") or iri, "detail": detail or None})
        elif typ == "task":
            t = tasks.get(iri, {})
            no = ".".join(str(x) for x in (t.get("section"), t.get("no")) if x)
            plan = parents.get(t.get("doc"), {}).get("label") if t.get("doc") else None
            out.append({"iri": iri, "type": typ, "label": shorten(t.get("text") or iri, 160),
                        "detail": " · ".join(x for x in (no, plan) if x) or None})
        else:
            a = agencies.get(iri) or {}
            parent = reader.agency(a["parent"]) if a.get("parent") else None
            out.append({"iri": iri, "type": typ, "label": a.get("label") or iri,
                        "detail": (parent or {}).get("label")})
    return out


def _titled(reader, q: str) -> list[str]:
    """Documents called ``q``. Several laws share a name (Luật Tổ chức chính quyền địa phương:
    77/2015/QH13, 65/2025/QH15, 72/2025/QH15): a year after the name ("… 2025", "… năm
    2025") keeps that year's, and where several remain a law's name is the latest version the
    law table knows passed by then (by today without a year), as a citation by name alone in
    a document of that day would mean it (graph/laws.py)."""
    titled, name, day = reader.by_title(q), q, dt.date.today().isoformat()
    m = re.fullmatch(r"(.+?)\s+(?:năm\s+)?((?:19|20)\d{2})", q, flags=re.IGNORECASE)
    if m:  # the name and a year: the year's last law of the name, whether labels hold the year or not
        # (a law's label is its name and year, so a miscited number can make two labels alike)
        name, day = m.group(1), min(day, f"{m.group(2)}-12-31")
    if not titled and m:  # that year's documents of the name
        named = reader.documents(reader.by_title(name))
        titled = sorted(d for d, f in named.items() if year_of(f.get("symbol"), f.get("date")) == m.group(2))
    if len(titled) > 1:
        # the name as the documents write it (the query may lack diacritics): the law table's key
        written = sorted({d["title"] for d in reader.documents(titled).values()
                          if d.get("title") and search_key(d["title"]) == search_key(name)})
        number = law_number(written[0] if written else name, reference=day)
        latest = reader.by_symbol(full_symbol(number)) if number else []
        if len(latest) == 1 and latest[0] in titled:
            return latest
    return titled


_DOC_PROPS = {"kindLabel": "kind", "symbol": "symbol", "issueDate": "date", "issuerName": "issuer",
              "level": "level", "sphere": "sphere", "title": "title", "label": "label", "describedBy": "own"}


def documents(store, iris: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Identity of many documents: iri → document dict (store or reader)."""
    return as_reader(store).documents(iris)


def doc_prop(predicate: str) -> Optional[str]:
    """The identity field a predicate IRI fills (``cc:symbol`` → ``symbol``), or None."""
    return _DOC_PROPS.get(re.split(r"[#/]", predicate)[-1])


def identity(iri: str, rows: list[tuple[str, Any, str]]) -> dict[str, Any]:
    """A document dict from its (field, value, graph) rows, preferring its own file's values
    (the canonical graph holds one value per field; several are possible in hand-made data)."""
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


def sort_key(*values) -> tuple:
    """A sort key over values that may be None (None first) or of different types (a number
    typed in one file, a string in another), so ties never fall to row order."""
    return tuple((False, "", "") if v is None else (True, type(v).__name__, v) for v in values)


def hop_table(rows: Iterable[dict]) -> dict[str, list[dict]]:
    """Lineage edge rows (``trace_hops.rq`` shape) grouped by their lower end, in a fixed
    order; the same edge read from two files keeps one row (the first evidence)."""
    out: dict[str, list[dict]] = {}
    seen_edge = set()
    for r in sorted(rows, key=lambda r: (r["from"], r["to"], r["relation"],
                                         sort_key(r["s"], r["e"], r["exact"], r["source"]))):
        key = (r["from"], r["to"], r["relation"])
        if key in seen_edge:
            continue
        seen_edge.add(key)
        out.setdefault(r["from"], []).append(r)
    return out


def trace(store, query: str, *, naive: bool = False, first: bool = False) -> dict[str, Any]:
    """The full upward chain of a task or document, each hop with relation, level and evidence.

    A task's trace starts with its own basis — the documents its row names as what it rests
    on ("theo Công văn số 12/CV-BCĐ …", ``cc:TaskLink``), with the task's sentence as evidence —
    and what those rest on: hops and documents with ``"scope": "own"``. The plan holding the
    task (``task_of``) and the plan's basis follow with ``"scope": "inherited"``; a document
    reached both ways is the task's own. A document's trace is all its own.

    ``store`` is a store or a reader; ``naive`` reads property paths instead of the closure;
    ``first`` takes the best match of a query several things match (:func:`resolve`)."""
    reader = as_reader(store, naive=naive)
    iri, kind = resolve(reader, query, first=first)
    if kind == "agency":
        raise NotFoundError(f"{query!r} is an agency; trace starts from a task or a document")
    target: dict[str, Any] = {"iri": iri, "type": kind}
    hops: list[dict[str, Any]] = []
    start = iri
    own_targets: list[str] = []
    if kind == "task":
        r0 = reader.task_row(iri)
        if r0 is None:
            raise NotFoundError(f"task {iri} has no plan or text in the store")
        target.update(label=shorten(r0["text"], 120), text=r0["text"])
        start = r0["doc"]
        for r in hop_table(reader.task_hops(iri)).get(iri, ()):
            hops.append({"from": iri, "to": r["to"], "relation": r["relation"], "depth": 1,
                         "evidence": _ev(r["exact"], r["s"], r["e"], r["source"]), "scope": "own"})
            if r["to"] not in own_targets:
                own_targets.append(r["to"])
        hops.append({"from": iri, "to": start, "relation": "task_of", "depth": 1,
                     "evidence": _ev(r0["text"], r0["s"], r0["e"], r0["src"]), "scope": "inherited"})
    out = reader.hops_above(start)
    for t in own_targets:
        if t not in out:
            out.update(reader.hops_above(t))
    own = _reach(out, own_targets)  # the task's own basis and everything above it
    base_depth = 1 if kind == "task" else 0
    depth_of = {t: 1 for t in own_targets}
    depth_of.setdefault(start, base_depth)
    queue = deque([*own_targets, start] if start not in own_targets else own_targets)
    while queue:  # breadth-first so each hop gets its shortest depth
        node = queue.popleft()
        for r in out.get(node, ()):
            hops.append({"from": node, "to": r["to"], "relation": r["relation"], "depth": depth_of[node] + 1,
                         "evidence": _ev(r["exact"], r["s"], r["e"], r["source"]),
                         "scope": "own" if kind == "document" or node in own else "inherited"})
            if r["to"] not in depth_of:
                depth_of[r["to"]] = depth_of[node] + 1
                queue.append(r["to"])
    info = reader.documents(depth_of)
    docs = []
    for d, k in sorted(depth_of.items(), key=lambda x: (x[1], x[0])):
        docs.append({**info[d], "depth": k, "scope": "own" if kind == "document" or d in own else "inherited"})
    if kind == "document":
        target.update({k: v for k, v in info[iri].items() if k != "iri"})
    basis: dict[str, list] = {"national": [], "provincial": [], "local": []}
    for d in docs:
        if d["iri"] == start and d["iri"] not in own:
            continue  # the target itself (or the plan holding the task)
        basis[LEVEL_GROUP.get(d["level"], "local")].append(d)
    return {"query": query, "target": target, "hops": hops, "documents": docs, "basis": basis}


def _reach(out: dict[str, list[dict]], roots: Iterable[str]) -> set[str]:
    """``roots`` and every document above them in a hop table."""
    seen = set(roots)
    stack = list(seen)
    while stack:
        for r in out.get(stack.pop(), ()):
            if r["to"] not in seen:
                seen.add(r["to"])
                stack.append(r["to"])
    return seen


def depth_task_order(t: dict, depth: dict) -> tuple:
    """Tasks ordered by their document's depth in the lineage, then document, then number in it."""
    m = re.search(r"/task/(\d+)$", t["iri"])
    return (depth.get(t["document"], 99), t["document"], int(m.group(1)) if m else 0, t["iri"])


def collect_tasks(rows, labels: dict[str, str]) -> dict[str, dict]:
    """Impact task dicts from ``impact.rq``-shaped rows; several values of a field give
    the smallest (rows are sorted on every column, so no tie falls to row order)."""
    tasks: dict[str, dict] = {}
    if len(rows) > 1:
        rows = sorted(rows, key=lambda r: (r["doc"], r["task"] or "", r["lead"] or "",
                                           sort_key(r["no"], r["section"], r["text"], r["end"])))
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


def _own_basis_tasks(reader, depth: dict[str, int], task_list: list[dict], n_tasks: int, ag: list[dict],
                     limit: Optional[int]) -> tuple[list[dict], int, list[dict]]:
    """Add the tasks resting on the documents of ``depth`` through their own basis (a task whose
    row says "theo Công văn số 12/CV-BCĐ", in a plan that does not rest on it) to an impact's
    task list, task count and lead agencies. Such a task comes after the plans' tasks, at the
    depth below its basis document."""
    rows = [r for r in reader.own_task_rows(depth) if r["doc"] not in depth]
    if not rows:
        return task_list, n_tasks, ag
    found = lead_agencies(rows)
    labels = {k: a["label"] for k, a in found.items()}
    for a in ag:
        labels[a["iri"]] = min(labels.get(a["iri"], a["label"]), a["label"]) if a["label"] else labels.get(a["iri"])
    extra = collect_tasks(rows, labels)
    below: dict[str, int] = {}
    for r in rows:
        below[r["task"]] = min(below.get(r["task"], 99), depth.get(r["basis"], 98) + 1)
    order = sorted(extra.values(), key=lambda t: (below[t["iri"]], *depth_task_order(t, {})))
    room = len(order) if limit is None else max(0, limit - len(task_list))
    by_iri = {a["iri"]: a for a in ag}
    for k, a in found.items():
        if k in by_iri:
            by_iri[k]["tasks"] += len(a["tasks"])
        else:
            by_iri[k] = {"iri": k, "label": a["label"], "tasks": len(a["tasks"])}
    for a in by_iri.values():
        if a["iri"] in labels and labels[a["iri"]] is not None:
            a["label"] = labels[a["iri"]]
    return task_list + order[:room], n_tasks + len(extra), list(by_iri.values())


def impact(store, query: str, *, naive: bool = False, limit: Optional[int] = None,
           first: bool = False) -> dict[str, Any]:
    """Everything that transitively rests on a document, down to tasks and their lead agencies.

    ``limit`` caps the task list (documents in depth order, tasks in table order)
    while documents, agencies and counts stay complete: a national resolution can
    rest under tens of thousands of tasks. ``naive`` runs the property-path form.
    """
    reader = as_reader(store, naive=naive)
    iri, kind = resolve(reader, query, first=first)
    if kind != "document":
        raise NotFoundError(f"{query!r} is a {kind}; impact starts from a document")
    down: dict[str, set] = {}
    for a, b in reader.edges_below(iri):
        down.setdefault(b, set()).add(a)
    depth = {iri: 0}
    queue = deque([iri])
    while queue:
        n = queue.popleft()
        for m in sorted(down.get(n, ())):
            if m not in depth:
                depth[m] = depth[n] + 1
                queue.append(m)
    doc_iris, task_list, n_tasks, ag = reader.impact_parts(iri, depth, limit)
    task_list, n_tasks, ag = _own_basis_tasks(reader, depth, task_list, n_tasks, ag, limit)
    ag.sort(key=lambda a: (-a["tasks"], a["label"] or "", a["iri"]))
    info = reader.documents(set(doc_iris) | {iri})
    docs = [{**info[d], "depth": depth.get(d)}
            for d in sorted(set(doc_iris) - {iri}, key=lambda d: (depth.get(d, 99), d))]
    return {"query": query, "document": info[iri], "documents": docs, "tasks": task_list, "agencies": ag,
            "counts": {"documents": len(docs), "tasks": n_tasks, "agencies": len(ag)},
            "truncated": len(task_list) < n_tasks}
