"""Task lists, gaps, statistics and lookups over the graph.

SPARQL does the selection (``graph/queries/*.rq``); Python groups rows and
derives what SPARQL says badly (deadline status as of a date). networkx is used
where it beats SPARQL: in-degree and transitive reach (``nx.ancestors``) of
every document over the citation projection for "most cited" — one pass per
node in memory instead of one property-path query per document, on a graph of
documents only (thousands of nodes even at national scale). PageRank would need
numpy/scipy, which cancu does not depend on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any, Optional

from cancu.errors import NotFoundError
from cancu.graph.lineage import _key, documents, query_text, resolve
from cancu.graph.store.base import lineage_graph, to_term

STATUSES = ("dung_han", "qua_han", "sap_qua_han", "chua_den_han", "recurring", "conditional", "no_deadline")
SOON_DAYS = 14


def deadline_status(deadline: Optional[dict], as_of: dt.date) -> str:
    """Status of a task as of a date. No completion data exists yet, so "qua_han"
    means "deadline passed, no completion recorded" and "dung_han" is never produced."""
    if not deadline:
        return "no_deadline"
    if deadline.get("condition"):
        return "conditional"
    if deadline.get("recurrence"):
        return "recurring"
    end = deadline.get("end")
    if not end:
        return "no_deadline"
    end_d = dt.date.fromisoformat(end[:10])
    if end_d < as_of:
        return "qua_han"
    if (end_d - as_of).days <= SOON_DAYS:
        return "sap_qua_han"
    return "chua_den_han"


def tasks(store, *, agency: Optional[str] = None, unit: Optional[str] = None, reform_area: Optional[str] = None,
          due_from: Optional[str] = None, due_to: Optional[str] = None, status: Optional[str] = None,
          as_of: Optional[str] = None, document: Optional[str] = None, limit: Optional[int] = None) -> list[dict]:
    """Tasks filtered by agency (and its sub-organisations), unit, reform area, deadline window, status."""
    from cancu.graph.index import index_for

    idx = index_for(store)
    day = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    if idx is not None:
        a_iri = (agency if agency.startswith("http") else _agency_iri(store, agency, idx=idx)) if agency else None
        u_iri = (unit if unit.startswith("http") else _unit_iri(unit)) if unit else None
        d_iri = resolve(store, document, idx=idx)[0] if document else None
        picked = idx.task_list(agency=a_iri, unit=u_iri, reform_area=reform_area, document=d_iri,
                               due_from=str(dt.date.fromisoformat(due_from)) if due_from else None,
                               due_to=str(dt.date.fromisoformat(due_to)) if due_to else None)
        res = []
        for t in picked:
            t["status"] = deadline_status(t["deadline"], day)
            if not status or t["status"] == status:
                res.append(t)
        return res[:limit] if limit else res
    filters = []
    if agency:
        a_iri = agency if agency.startswith("http") else _agency_iri(store, agency)
        # zero-or-more paths written as "itself UNION one-or-more": Virtuoso 7 answers
        # nothing for `?x p* <bound>` inside a larger join; Oxigraph is as fast either way
        a = to_term(a_iri)
        # the agency set first, then as constants: joined as a group with the deadline
        # patterns Oxigraph read every task's deadline (2 s at 1e6; VALUES: 2 ms)
        fas = store.select(f"SELECT DISTINCT ?fa WHERE {{ {{ BIND({a} AS ?fa) }} UNION "
                           f"{{ ?fa cc:subOrganizationOf+ {a} }} }}")
        filters.append("VALUES ?fa { " + " ".join(str(to_term(r["fa"])) for r in fas) + " } "
                       "?task cc:assignedTo|cc:coordinatedBy ?fa .")
    if unit:
        u = unit if unit.startswith("http") else _unit_iri(unit)
        u = to_term(u)
        # (BIND only of constants: a BIND of an outer variable inside a group is unbound by
        # the SPARQL algebra — Virtuoso follows it, Oxigraph does not)
        fus = store.select(f"SELECT DISTINCT ?fu WHERE {{ {{ BIND({u} AS ?ju) }} UNION {{ ?ju cc:partOf+ {u} }} "
                           "{ ?fu cc:jurisdiction ?ju } UNION { ?fu cc:subOrganizationOf+/cc:jurisdiction ?ju } }")
        filters.append("VALUES ?fu { " + " ".join(str(to_term(r["fu"])) for r in fus) + " } ?task cc:assignedTo ?fu .")
    if reform_area:
        filters.append(f"?task cc:reformArea {to_term(reform_area)} .")
    if document:
        d_iri, _ = resolve(store, document, idx=None)
        filters.append(f"FILTER(?doc = {to_term(d_iri)})")
    if due_from or due_to:
        filters.append("?task cc:dueBy/time:hasEnd/time:inXSDDate ?fend .")
        if due_from:
            filters.append(f'FILTER(?fend >= "{dt.date.fromisoformat(due_from)}"^^xsd:date)')
        if due_to:
            filters.append(f'FILTER(?fend <= "{dt.date.fromisoformat(due_to)}"^^xsd:date)')
    if filters:
        # Two steps: the filters pick the tasks, then tasks.rq reads them by VALUES.
        # Joined in one query (directly or as a sub-query) with the nested OPTIONALs of
        # tasks.rq, Virtuoso 7 silently dropped most rows; this form agrees on both.
        picked = store.select("SELECT DISTINCT ?task WHERE { " + " ".join(filters) + " ?task cc:taskOf ?doc . }")
        iris = sorted({r["task"] for r in picked})
        rows = []
        for k in range(0, len(iris), 500):
            values = "VALUES ?task { " + " ".join(f"<{i}>" for i in iris[k:k + 500]) + " }"
            rows += store.select(query_text("tasks").replace("?filters", values))
    else:
        rows = store.select(query_text("tasks").replace("?filters", ""))
    out = task_dicts(rows)
    for t in out.values():
        t["status"] = deadline_status(t["deadline"], day)
    res = [t for t in out.values() if not status or t["status"] == status]
    res.sort(key=task_order)
    return res[:limit] if limit else res


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
                                           _key(*(r[c] for c in _ROW_ORDER))))
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
    return (t["document"], _ordinal(t["iri"]))


def _ordinal(iri: str) -> int:
    m = re.search(r"/task/(\d+)$", iri)
    return int(m.group(1)) if m else 0


def _agency_iri(store, words: str, *, idx=None) -> str:
    if idx is not None:
        rows = idx.find_agency(words)
    else:
        rows = store.select("SELECT DISTINCT ?a ?l WHERE { ?a a cc:Agency ; rdfs:label ?l . "
                            "FILTER(CONTAINS(LCASE(?l), LCASE(?w))) }", w=words)
    if not rows:
        raise NotFoundError(f"no agency named like {words!r}")
    w = words.casefold()
    best = min(rows, key=lambda r: (r["l"].casefold() != w, not r["l"].casefold().startswith(w), len(r["l"]), r["a"]))
    return best["a"]  # exact label first, then prefix, then the shortest; sub-organisations come with it


def _unit_iri(name: str) -> str:
    from cancu.graph.units import find_unit

    if name.isdigit():
        from cancu.graph.units import unit_iri

        return unit_iri(name)
    u = find_unit(name)
    if u is None:
        raise NotFoundError(f"no administrative unit {name!r} (give an official code or 'phường X'/'tỉnh Y')")
    return u.iri


def gaps(store) -> dict[str, Any]:
    """Tasks with no national basis, missing documents, conflicting facts, tasks without a lead."""
    lin = lineage_graph()
    no_nat = [{"iri": r["task"], "document": r["doc"], "text": r["text"]}
              for r in store.select(query_text("gaps_no_national_basis"), lineage=lin)]
    missing = [{"iri": r["doc"], "label": r["label"], "cited_in_files": int(r["files"])}
               for r in store.select(query_text("gaps_missing"))]
    conflicts: dict[str, dict] = {}
    for r in sorted(store.select(query_text("gaps_conflicts")), key=lambda r: (r["doc"], r["value"], r["g"])):
        c = conflicts.setdefault(r["doc"], {"document": r["doc"], "property": "issueDate", "values": []})
        v = {"value": r["value"], "source": r["g"], "sentence": r["sentence"]}
        if not any(x["value"] == v["value"] and x["source"] == v["source"] for x in c["values"]):
            c["values"].append(v)
    clashes: dict[str, list] = {}
    for r in store.select(query_text("gaps_symbol_clash")):
        e = {"iri": r["doc"], "issuer": r["issuer"], "date": r["date"]}
        if e not in clashes.setdefault(r["symbol"], []):
            clashes[r["symbol"]].append(e)
    no_lead = [t for t in tasks(store) if not t["lead"]]
    return {"tasks_without_national_basis": sorted(no_nat, key=lambda t: t["iri"]),
            "missing_documents": sorted(missing, key=lambda d: (-d["cited_in_files"], d["iri"])),
            "conflicts": list(conflicts.values()),
            "symbol_clashes": [{"symbol": k, "documents": sorted(v, key=lambda e: e["iri"])}
                               for k, v in sorted(clashes.items())],
            "tasks_without_lead": [{"iri": t["iri"], "document": t["document"], "text": t["text"]} for t in no_lead]}


def citation_graph(store):
    """networkx DiGraph of documents: edge a → b when a cites or rests on b."""
    import networkx as nx

    g = nx.DiGraph()
    for r in store.select(query_text("citation_edges")):
        g.add_edge(r["a"], r["b"])
    return g


def stats(store, *, top: int = 10) -> dict[str, Any]:
    """Counts by kind, level and issuer; most-cited documents (in-degree and transitive reach, networkx)."""
    import networkx as nx

    docs: dict[str, dict] = {}
    for r in store.select(query_text("stats_counts")):
        d = docs.setdefault(r["doc"], {"kind": set(), "level": set(), "issuer": set(), "own": False})
        for k in ("kind", "level", "issuer"):
            if r[k]:
                d[k].add(r[k])
        d["own"] |= r["own"] is not None
    one = lambda s: sorted(s)[0] if s else "unknown"  # noqa: E731
    g = citation_graph(store)
    # reach = documents that cite or rest on it directly or transitively (nx.ancestors)
    reach = {n: len(nx.ancestors(g, n)) for n in g.nodes}
    top_docs = sorted(g.nodes, key=lambda n: (-g.in_degree(n), -reach[n], n))[:top]
    info = documents(store, top_docs)
    n_tasks = store.select("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a cc:Task }")[0]["n"]
    n_ag = store.select("SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a cc:Agency }")[0]["n"]
    return {"triples": len(store), "graphs": len(store.graphs()),
            "documents": {"total": len(docs), "full": sum(d["own"] for d in docs.values()),
                          "cited_only": sum(not d["own"] for d in docs.values())},
            "by_kind": dict(Counter(one(d["kind"]) for d in docs.values()).most_common()),
            "by_level": dict(Counter(one(d["level"]) for d in docs.values()).most_common()),
            "by_issuer": dict(Counter(one(d["issuer"]) for d in docs.values()).most_common()),
            "tasks": int(n_tasks), "agencies": int(n_ag),
            "most_cited": [{"iri": n, "label": info[n]["label"], "cited_by": g.in_degree(n),
                            "reach": reach[n]} for n in top_docs]}


def get_document(store, id_or_iri: str) -> dict[str, Any]:
    """One document: identity, direct basis hops, number of tasks, source files."""
    from cancu.graph.lineage import trace

    iri, kind = resolve(store, id_or_iri)
    if kind != "document":
        raise NotFoundError(f"{id_or_iri!r} is a {kind}, not a document")
    t = trace(store, iri)
    n = store.select("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t cc:taskOf ?d }", d=iri)[0]["n"]
    src = store.select("SELECT DISTINCT ?f WHERE { GRAPH ?g { ?d a cc:Document } ?g cc:fileName ?f }", d=iri)
    return {**t["target"], "basis": [h for h in t["hops"] if h["from"] == iri], "tasks": int(n),
            "sources": sorted(r["f"] for r in src)}


def get_task(store, iri: str) -> dict[str, Any]:
    doc = store.select("SELECT ?d WHERE { ?t cc:taskOf ?d }", t=iri)
    if not doc:
        raise NotFoundError(f"no task {iri}")
    t = next(x for x in tasks(store, document=doc[0]["d"]) if x["iri"] == iri)
    ev = store.select("SELECT ?exact ?s ?e ?src WHERE { ?t cc:evidence ?v . ?v oa:exact ?exact ; oa:start ?s ; "
                      "oa:end ?e ; cc:inSource ?src }", t=iri)
    t["evidence"] = {"source": ev[0]["src"], "span": [ev[0]["s"], ev[0]["e"]], "sentence": ev[0]["exact"]} if ev else None
    dels = store.select("SELECT ?d ?l WHERE { ?t cc:hasDeliverable ?d . ?d rdfs:label ?l }", t=iri)
    t["deliverables"] = [r["l"] for r in sorted(dels, key=lambda r: _ordinal_any(r["d"]))]
    return t


def _ordinal_any(iri: str) -> int:
    m = re.search(r"/(\d+)$", iri)
    return int(m.group(1)) if m else 0


def get_agency(store, id_or_iri: str) -> dict[str, Any]:
    iri = id_or_iri if id_or_iri.startswith("http") else _agency_iri(store, id_or_iri)
    rows = store.select("SELECT ?l ?k ?lv ?p ?u ?ul WHERE { ?a a cc:Agency . OPTIONAL { ?a rdfs:label ?l } "
                        "OPTIONAL { ?a cc:agencyKind ?k } OPTIONAL { ?a cc:level ?lv } "
                        "OPTIONAL { ?a cc:subOrganizationOf ?p } "
                        "OPTIONAL { ?a cc:jurisdiction ?u . OPTIONAL { ?u rdfs:label ?ul } } }", a=iri)
    if not rows:
        raise NotFoundError(f"no agency {id_or_iri}")
    kids = store.select("SELECT DISTINCT ?c WHERE { ?c cc:subOrganizationOf ?a }", a=iri)
    succ = store.select("SELECT DISTINCT ?s WHERE { ?a cc:jurisdiction/cc:successor ?s }", a=iri)
    n = store.select("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t cc:assignedTo ?x . "
                     "?x cc:subOrganizationOf* ?a }", a=iri)[0]["n"]
    first = lambda k: sorted({r[k] for r in rows if r[k]})[0] if any(r[k] for r in rows) else None  # noqa: E731
    kind = first("k")
    return {"iri": iri, "label": first("l"), "kind": kind.rsplit("/", 1)[-1] if kind else None,
            "level": first("lv"), "parent": first("p"), "unit": first("u"), "unit_label": first("ul"),
            "children": sorted(r["c"] for r in kids), "successor_units": sorted(r["s"] for r in succ),
            "tasks": int(n)}


def search(store, text: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Documents, tasks and agencies whose label or text contains ``text``; shortest first."""
    rows = store.select(query_text("search"), words=text)
    best: dict[str, dict] = {}
    q = text.casefold()
    for r in rows:
        score = round(len(q) / max(len(r["label"]), 1), 4) + (0.5 if r["label"].casefold().startswith(q) else 0)
        if r["node"] not in best or best[r["node"]]["score"] < score:
            best[r["node"]] = {"iri": r["node"], "type": r["type"], "label": r["label"][:200], "score": score}
    return sorted(best.values(), key=lambda x: (-x["score"], x["iri"]))[:limit]
