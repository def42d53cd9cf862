"""Task lists, gaps, statistics and lookups over the canonical graph.

Every function takes a store or a :class:`~cancu.graph.reader.Reader` (the
in-process index when one is current, else SPARQL over ``graph/queries/*.rq``);
Python groups rows and derives what SPARQL says badly (deadline status as of a
date). networkx is used where it beats SPARQL: in-degree and transitive reach
(``nx.ancestors``) of every document over the citation projection for "most
cited" — one pass per node in memory instead of one property-path query per
document, on a graph of documents only (thousands of nodes even at national
scale). PageRank would need numpy/scipy, which cancu does not depend on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import Any, Optional

from cancu.errors import NotFoundError
from cancu.graph.lineage import resolve, sort_key
from cancu.graph.reader import as_reader

STATUSES = ("dung_han", "qua_han", "sap_qua_han", "chua_den_han", "recurring", "conditional", "no_deadline")
SOON_DAYS = 14


def deadline_kind(deadline: Optional[dict]) -> tuple[str, Optional[dt.date]]:
    """What a task's status depends on, whatever the date: ``("conditional", None)``,
    ``("recurring", None)``, ``("open", None)`` (no end, or no deadline) or ``("dated", end)``.
    The canonical update writes it on each task (``cc:dueKind``, ``cc:dueEnd``) so a status
    filter is a range test inside the query (:meth:`SparqlReader.task_page`)."""
    if not deadline:
        return "open", None
    if deadline.get("condition"):
        return "conditional", None
    if deadline.get("recurrence"):
        return "recurring", None
    end = deadline.get("end")
    if not end:
        return "open", None
    return "dated", dt.date.fromisoformat(end[:10])


def deadline_status(deadline: Optional[dict], as_of: dt.date) -> str:
    """Status of a task as of a date. No completion data exists yet, so "qua_han"
    means "deadline passed, no completion recorded" and "dung_han" is never produced."""
    kind, end_d = deadline_kind(deadline)
    if kind != "dated":
        return "no_deadline" if kind == "open" else kind
    if end_d < as_of:
        return "qua_han"
    if (end_d - as_of).days <= SOON_DAYS:
        return "sap_qua_han"
    return "chua_den_han"


def status_window(status: str, as_of: dt.date) -> Optional[tuple[dt.date, dt.date]]:
    """The end dates (first, last) of a dated deadline whose status as of ``as_of`` is
    ``status``; None for the statuses no date decides."""
    soon = as_of + dt.timedelta(days=SOON_DAYS)
    return {"qua_han": (dt.date.min, as_of - dt.timedelta(days=1)), "sap_qua_han": (as_of, soon),
            "chua_den_han": (soon + dt.timedelta(days=1), dt.date.max)}.get(status)


def _task_filters(reader, *, agency, unit, reform_area, due_from, due_to, document, text) -> dict[str, Any]:
    """The filters of a task list as the reader takes them: names resolved to IRIs, dates checked."""
    return {"agency": (agency if agency.startswith("http") else _agency_iri(reader, agency)) if agency else None,
            "unit": (unit if unit.startswith("http") else _unit_iri(unit)) if unit else None,
            "reform_area": reform_area, "document": resolve(reader, document)[0] if document else None,
            "due_from": str(dt.date.fromisoformat(due_from)) if due_from else None,
            "due_to": str(dt.date.fromisoformat(due_to)) if due_to else None,
            "text": text if text and text.strip() else None}


def tasks(store, *, agency: Optional[str] = None, unit: Optional[str] = None, reform_area: Optional[str] = None,
          due_from: Optional[str] = None, due_to: Optional[str] = None, status: Optional[str] = None,
          as_of: Optional[str] = None, document: Optional[str] = None, text: Optional[str] = None,
          limit: Optional[int] = None) -> list[dict]:
    """Tasks filtered by agency (and its sub-organisations), unit, reform area, deadline window, status
    and words of their text (``text``, compared as ``normalize.search_key`` folds both)."""
    if limit:
        return task_list_page(store, agency=agency, unit=unit, reform_area=reform_area, due_from=due_from,
                         due_to=due_to, status=status, as_of=as_of, document=document, text=text,
                         limit=limit)["items"]
    reader = as_reader(store)
    day = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    picked = reader.task_rows(**_task_filters(reader, agency=agency, unit=unit, reform_area=reform_area,
                                              due_from=due_from, due_to=due_to, document=document, text=text))
    res = []
    for t in picked:
        t["status"] = deadline_status(t["deadline"], day)
        if not status or t["status"] == status:
            res.append(t)
    return res


def task_list_page(store, *, agency: Optional[str] = None, unit: Optional[str] = None,
              reform_area: Optional[str] = None, due_from: Optional[str] = None, due_to: Optional[str] = None,
              status: Optional[str] = None, as_of: Optional[str] = None, document: Optional[str] = None,
              text: Optional[str] = None, limit: Optional[int] = 50, offset: int = 0) -> dict[str, Any]:
    """One page of :func:`tasks` (the same filters, order and task dicts): ``{"total", "offset",
    "limit", "items"}``. The reader reads the rows of the page's tasks only (the whole list
    built first and sliced cost 38 s of CPU at 3e6 synthetic triples over SPARQL)."""
    reader = as_reader(store)
    day = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    total, items = reader.task_page(offset=offset, limit=limit, status=status, as_of=day,
                                    **_task_filters(reader, agency=agency, unit=unit, reform_area=reform_area,
                                                    due_from=due_from, due_to=due_to, document=document,
                                                    text=text))
    for t in items:
        t["status"] = deadline_status(t["deadline"], day)
    return {"total": total, "offset": offset, "limit": limit, "items": items}


#: columns of tasks.rq in the order rows are sorted: several values of a field give the
#: smallest, and no tie falls to the order a backend returns rows in
_ROW_ORDER = ("docLabel", "no", "section", "text", "area", "dtext", "start", "end", "recurrence", "condition",
              "noLead")


def task_dicts(rows: list[dict]) -> dict[str, dict]:
    """Task dicts (no status yet) from ``tasks.rq`` rows: task IRI → dict."""
    out: dict[str, dict] = {}
    labels: dict[str, str] = {}
    for r in rows:  # an agency labelled differently by two files: its smallest label, whatever the row order
        for k, lk in (("lead", "leadLabel"), ("coord", "coordLabel")):
            if r[k]:
                lab = r[lk] or r[k]
                labels[r[k]] = min(labels.get(r[k], lab), lab)
    if len(rows) > 1:
        rows = sorted(rows, key=lambda r: (r["task"], r["lead"] or "", r["coord"] or "",
                                           sort_key(*(r[c] for c in _ROW_ORDER))))
    for r in rows:
        t = out.get(r["task"])
        if t is None:
            dl = None
            if r["dtext"] is not None:
                dl = {"text": r["dtext"], "start": r["start"], "end": r["end"],
                      "recurrence": r["recurrence"], "condition": r["condition"]}
            t = out[r["task"]] = {"iri": r["task"], "no": r["no"], "section": r["section"], "text": r["text"],
                                  "document": r["doc"], "document_label": r["docLabel"], "reform_area": r["area"],
                                  "lead": [], "lead_iris": [], "coordinating": [], "deadline": dl}
        if r["lead"] and r["lead"] not in t["lead_iris"]:
            t["lead_iris"].append(r["lead"])
            t["lead"].append(labels[r["lead"]])
        if r["coord"] and labels[r["coord"]] not in t["coordinating"]:
            t["coordinating"].append(labels[r["coord"]])
    return out


def task_order(t: dict) -> tuple:
    return (t["document"], task_ordinal(t["iri"]))


def task_key(task: str, document: str) -> tuple:
    """Where a task stands in the task list: :func:`task_order`, ties by IRI (the order
    ``task_dicts`` gives them in before the stable sort)."""
    return (document, task_ordinal(task), task)


#: the columns of tasks.rq that are not the deadline's
_NOT_DEADLINE = dict.fromkeys(("doc", "docLabel", "no", "section", "text", "area", "lead", "leadLabel", "coord",
                               "coordLabel", "noLead"))


def deadline_of(rows: list[dict]) -> Optional[dict]:
    """The deadline ``task_dicts`` gives a task, from its ``task_deadlines.rq`` rows alone: the
    rows of one task are every combination of its values, so the row it keeps carries the
    smallest deadline whatever the other columns hold (a status filter needs no other column)."""
    if not rows:
        return None
    return task_dicts([{**_NOT_DEADLINE, **r} for r in rows])[rows[0]["task"]]["deadline"]


def task_ordinal(iri: str) -> int:
    """The number that ends a task IRI (``…/task/12`` → 12), 0 for none."""
    m = re.search(r"/task/(\d+)$", iri)
    return int(m.group(1)) if m else 0


def _agency_iri(reader, words: str) -> str:
    rows = reader.agencies_named(words)
    if not rows:
        raise NotFoundError(f"no agency named like {words!r}")
    from cancu.loaders.normalize import search_key

    w = search_key(words)
    best = min(rows, key=lambda r: (search_key(r["l"]) != w, not search_key(r["l"]).startswith(w), len(r["l"]), r["a"]))
    return best["a"]  # exact label first, then prefix, then the shortest; sub-organisations come with it


def _unit_iri(name: str) -> str:
    from cancu.graph.units import find_unit

    if name.isdigit():
        from cancu.graph.units import unit_iri

        return unit_iri(name)
    from cancu.graph.units import find_unit_folded

    u = find_unit(name) or find_unit_folded(name)
    if u is None:
        raise NotFoundError(f"no administrative unit {name!r} (give an official code or 'phường X'/'tỉnh Y')")
    return u.iri


def gaps(store) -> dict[str, Any]:
    """Tasks with no national basis, documents known only by citation, facts files disagree
    on, symbols several nodes carry, national documents still split, tasks without a lead."""
    reader = as_reader(store)
    no_nat = [{"iri": r["task"], "document": r["doc"], "text": r["text"]}
              for r in reader.gap_rows("no_national_basis")]
    missing = [{"iri": r["doc"], "label": r["label"], "cited_in_files": int(r["files"] or 0)}
               for r in reader.gap_rows("missing")]
    conflicts: dict[tuple, dict] = {}
    for r in sorted(reader.gap_rows("conflicts"),
                    key=lambda r: (r["doc"], r["property"], sort_key(r["value"]), r["g"])):
        prop = r["property"].rsplit("#", 1)[-1]
        c = conflicts.setdefault((r["doc"], prop), {"document": r["doc"], "property": prop, "values": []})
        c["values"].append({"value": r["value"], "source": r["g"], "sentence": r["sentence"]})
    clashes: dict[str, list] = {}
    for r in reader.gap_rows("symbol_clash"):
        e = {"iri": r["doc"], "issuer": r["issuer"], "date": r["date"]}
        if e not in clashes.setdefault(r["symbol"], []):
            clashes[r["symbol"]].append(e)
    no_lead = sorted(reader.gap_rows("no_lead"), key=lambda r: (r["doc"], task_ordinal(r["task"]), r["task"]))
    return {"tasks_without_national_basis": sorted(no_nat, key=lambda t: t["iri"]),
            "missing_documents": sorted(missing, key=lambda d: (-d["cited_in_files"], d["iri"])),
            "conflicts": sorted(conflicts.values(), key=lambda c: (c["document"], c["property"])),
            "symbol_clashes": [{"symbol": k, "documents": sorted(v, key=lambda e: e["iri"])}
                               for k, v in sorted(clashes.items())],
            "national_splits": national_splits(reader),
            "tasks_without_lead": [{"iri": r["task"], "document": r["doc"], "text": r["text"]} for r in no_lead]}


#: why a task is listed among the gaps (keys of gap_tasks' ``reasons``)
GAP_REASONS = ("no_national_basis", "no_lead")


def gap_tasks(store, *, reason: Optional[str] = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """The tasks with a gap — no national document anywhere in their lineage (their plan's or
    their own), or no lead agency — each with its number, text and reasons, grouped by the
    document assigning them, a page at a time (``limit`` tasks from ``offset``; documents in
    IRI order, tasks in table order).

    ``{"total", "offset", "limit", "reason", "documents": [{"iri", "label", "tasks": [{"iri",
    "no", "section", "text", "reasons"}]}]}``; ``reason`` keeps one kind of gap."""
    from cancu.errors import InvalidParameterError

    if reason is not None and reason not in GAP_REASONS:
        raise InvalidParameterError(f"unknown gap reason {reason!r}; give one of {', '.join(GAP_REASONS)}",
                                    offered=list(GAP_REASONS))
    reader = as_reader(store)
    found: dict[str, dict] = {}
    for why, name in (("no_national_basis", "no_national_basis"), ("no_lead", "no_lead")):
        if reason and why != reason:
            continue
        for r in reader.gap_rows(name):
            t = found.setdefault(r["task"], {"iri": r["task"], "document": r["doc"], "text": r["text"], "reasons": []})
            if why not in t["reasons"]:
                t["reasons"].append(why)
    ordered = sorted(found.values(), key=lambda t: (t["document"], task_ordinal(t["iri"]), t["iri"]))
    page = ordered[offset:offset + limit]
    info = reader.task_summaries([t["iri"] for t in page])
    labels = reader.documents({t["document"] for t in page})
    groups: list[dict] = []
    for t in page:
        if not groups or groups[-1]["iri"] != t["document"]:
            groups.append({"iri": t["document"], "label": labels[t["document"]].get("label"), "tasks": []})
        s = info.get(t["iri"], {})
        groups[-1]["tasks"].append({"iri": t["iri"], "no": s.get("no"), "section": s.get("section"),
                                    "text": t["text"] if t["text"] is not None else s.get("text"),
                                    "reasons": [w for w in GAP_REASONS if w in t["reasons"]]})
    return {"total": len(ordered), "offset": offset, "limit": limit, "reason": reason, "documents": groups}


def national_splits(store) -> list[dict[str, Any]]:
    """National documents still split over several nodes: a national symbol is unique per
    year, so two nodes with one (symbol, year) — or an undated node beside dated ones with
    its symbol — are one document the rules could not join (a person decides)."""
    from cancu.graph.identity import national_entry, year_of

    by: dict[tuple, set] = defaultdict(set)
    undated: dict[str, set] = defaultdict(set)
    for r in as_reader(store).gap_rows("national_candidates"):
        if national_entry(r["symbol"]):
            y = year_of(r["symbol"], str(r["date"]) if r["date"] else None)
            (by[(r["symbol"], y)] if y else undated[r["symbol"]]).add(r["doc"])
    out = []
    years: dict[str, list] = defaultdict(list)
    for (sym, y), docs in by.items():
        years[sym].append(y)
        if len(docs) > 1:
            out.append({"symbol": sym, "year": y, "documents": sorted(docs)})
    for sym, docs in undated.items():
        if years.get(sym):
            dated = sorted(d for y in years[sym] for d in by[(sym, y)])
            out.append({"symbol": sym, "year": None, "documents": sorted(docs) + dated})
    return sorted(out, key=lambda x: (x["symbol"], x["year"] or ""))


def citation_graph(store):
    """networkx DiGraph of documents: edge a → b when a cites or rests on b."""
    import networkx as nx

    g = nx.DiGraph()
    g.add_edges_from(as_reader(store).citation_edges())
    return g


def stats(store, *, top: int = 10) -> dict[str, Any]:
    """Counts by kind, level and issuer; most-cited documents (in-degree and transitive reach, networkx)."""
    import networkx as nx

    reader = as_reader(store)
    docs: dict[str, dict] = {}
    for r in reader.stats_rows():
        d = docs.setdefault(r["doc"], {"kind": set(), "level": set(), "issuer": set(), "own": False})
        for k in ("kind", "level", "issuer"):
            if r[k]:
                d[k].add(r[k])
        d["own"] |= r["own"] is not None
    one = lambda s: sorted(s)[0] if s else "unknown"  # noqa: E731
    g = citation_graph(reader)
    # reach = documents that cite or rest on it directly or transitively (nx.ancestors), needed
    # only to order the most cited: computed for the nodes that can still be in the top (a
    # national resolution reaches every plan; the reach of every node cost O(n²) at scale)
    degrees = sorted((g.in_degree(n) for n in g.nodes), reverse=True)
    cut = degrees[top - 1] if len(degrees) >= top else 0
    reach = {n: len(nx.ancestors(g, n)) for n in g.nodes if g.in_degree(n) >= cut}
    top_docs = sorted(reach, key=lambda n: (-g.in_degree(n), -reach[n], n))[:top]
    info = reader.documents(top_docs)
    n = reader.counts()
    store_ = reader.store
    return {"triples": canonical_size(store_), "graphs": len(store_.graphs()),
            "documents": {"total": len(docs), "full": sum(d["own"] for d in docs.values()),
                          "cited_only": sum(not d["own"] for d in docs.values())},
            "by_kind": dict(Counter(one(d["kind"]) for d in docs.values()).most_common()),
            "by_level": dict(Counter(one(d["level"]) for d in docs.values()).most_common()),
            "by_issuer": dict(Counter(one(d["issuer"]) for d in docs.values()).most_common()),
            "tasks": n["tasks"], "agencies": n["agencies"],
            "most_cited": [{"iri": x, "label": info[x]["label"], "cited_by": g.in_degree(x),
                            "reach": reach[x]} for x in top_docs]}


def canonical_size(store) -> int:
    """Facts in the canonical graph: each fact once (what ``SELECT (COUNT(*) AS ?n) { ?s ?p ?o }``
    on /sparql counts). The canonical update keeps the number exact at every write
    (``canonical.stored_size``); counted here only when it keeps none (a COUNT over the whole
    graph: 0.3 s of CPU per million facts on Oxigraph)."""
    from cancu.graph.canonical import stored_size
    from cancu.graph.rq import run

    kept = stored_size(store)
    return kept if kept is not None else int(run(store, "count_facts")[0]["n"])


def get_document(store, id_or_iri: str) -> dict[str, Any]:
    """One document: identity, direct basis hops, number of tasks, source files."""
    from cancu.graph.lineage import trace

    reader = as_reader(store)
    iri, kind = resolve(reader, id_or_iri)
    if kind != "document":
        raise NotFoundError(f"{id_or_iri!r} is a {kind}, not a document")
    t = trace(reader, iri)
    src = reader.sources(iri)
    return {**t["target"], "basis": [h for h in t["hops"] if h["from"] == iri], "tasks": reader.task_count(iri),
            "sources": sorted({r["f"] for r in src if r["f"] and r["current"]}),
            "earlier_sources": sorted({r["f"] for r in src if r["f"] and not r["current"]})}


def get_task(store, iri: str) -> dict[str, Any]:
    reader = as_reader(store)
    row = reader.task_row(iri)
    if row is None:
        raise NotFoundError(f"no task {iri}")
    t = next((x for x in tasks(reader, document=row["doc"]) if x["iri"] == iri), None)
    if t is None:
        raise NotFoundError(f"no task {iri}")
    t.update(reader.task_detail(iri))
    return t


def iri_ordinal(iri: str) -> int:
    """The number that ends any IRI (``…/basis/3`` → 3), 0 for none."""
    m = re.search(r"/(\d+)$", iri)
    return int(m.group(1)) if m else 0


def get_agency(store, id_or_iri: str) -> dict[str, Any]:
    reader = as_reader(store)
    iri = id_or_iri if id_or_iri.startswith("http") else _agency_iri(reader, id_or_iri)
    a = reader.agency(iri)
    if a is None:
        raise NotFoundError(f"no agency {id_or_iri}")
    return a


def search(store, text: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Documents, tasks and agencies matching ``text`` as users type it (any tone placement, no
    diacritics, any dash, spacing inside a symbol: ``normalize.search_key``), best first.

    Ranked in tiers — a document whose symbol is the query, then documents and agencies whose
    label or title is the query, then those whose label starts with it, then those containing
    it, then tasks whose text contains it (starting with it first) — and within a tier the
    matches keeping the query's own diacritics, then the shortest. Each result says what it
    is: a document with its symbol and issuer, a task with its number and plan, an agency with
    its parent. ``score`` orders them (higher first).
    """
    from cancu.loaders.normalize import fold_key, search_key, symbol_key

    key = search_key(text)
    if not key:
        return []
    marked = fold_key(text)
    sym = symbol_key(text)
    best: dict[str, dict] = {}
    for r in as_reader(store).search_rows(text):
        parts = r["key"].split("|")
        label = r["label"]
        if r["type"] == "task":
            tier = 4 if parts[0].startswith(key) else 5
        elif r["type"] == "document" and r["symbol"] and symbol_key(r["symbol"]) == sym:
            tier = 0
        elif key in parts:
            tier = 1
        elif any(p.startswith(key) for p in parts):
            tier = 2
        else:
            tier = 3
        exact_marks = marked in fold_key(label)
        score = round((6 - tier) + (0.5 if exact_marks else 0) + 0.4 * len(key) / max(len(parts[0]), len(key)), 4)
        hit = {"iri": r["node"], "type": r["type"], "label": label[:200], "score": score}
        if r["type"] == "document":
            hit.update(symbol=r["symbol"], issuer=r["issuer"])
        elif r["type"] == "task":
            hit.update(no=r["no"], section=r["section"], document=r["doc"], document_label=r["docLabel"])
        else:
            hit.update(parent=r["parent"], parent_label=r["parentLabel"])
        old = best.get(r["node"])
        if old is None or (old["score"], old["label"]) < (score, label[:200]):
            best[r["node"]] = hit
    return sorted(best.values(), key=lambda x: (-x["score"], len(x["label"]), x["iri"]))[:limit]
