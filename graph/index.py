"""An in-process read index of what trace, impact and tasks read.

Oxigraph spends most of a lineage query turning stored ids back into strings:
at 1e6 triples a COUNT over 60,600 task rows takes 17 ms, returning the same
rows 280 ms (docs/benchmarks.md). A long-running process (``cancu serve``)
therefore keeps the part of the graph those queries read — the type of every
node, document identity with the graph each value came from, lineage edges
with their evidence, the lineage closure, task rows, agencies and units — in
Python dicts, and :mod:`cancu.graph.lineage` and :mod:`cancu.graph.analytics`
answer from it. The rows come from one scan per predicate, synthesised into
exactly the rows the ``.rq`` queries would return, and go through the *same*
assembly code (``hop_table``, ``identity``, ``collect_tasks``, ``task_dicts``),
so both paths give the same answers; tests compare them on every backend.

The store stays the only source of truth. An index belongs to one
``store.data_version()``: any write through the store — and, on a shared
SPARQL server, a write by another process (the generation marker) — makes it
stale, and a stale index is never read: ``index_for`` returns None and callers
use SPARQL until a rebuild has finished. Building costs one pass over those
predicates (7.6 s and ~100 MB of objects at 1e6 triples here, 110 s and ~930 MB
at 1e7; docs/benchmarks.md); ``attach(store, background=True)`` builds in a
thread so a server answers from SPARQL meanwhile.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import logging
import re
import threading
import time
import weakref
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Iterable, Optional

from cancu.errors import IndexUnavailableError
from cancu.graph.reader import SparqlReader
from cancu.graph.store.base import LOCAL, PREFIXES, SHARED, py
from cancu.loaders.normalize import search_key, symbol_key
from cancu.ontology.vocabulary import cc

log = logging.getLogger("cancu.graph.index")

RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

#: identity fields of documents.rq (one value each in the canonical graph)
DOC_PREDICATES = {"kind": cc.kindLabel, "symbol": cc.symbol, "date": cc.issueDate,
                  "issuer": cc.issuerName, "level": cc.level, "sphere": cc.sphere,
                  "title": cc.title, "label": RDFS_LABEL, "own": cc.describedBy}
#: predicates read over the union of the graphs (subject → objects)
UNION_PREDICATES = {
    "taskOf": cc.taskOf, "text": cc.text, "no": cc.taskNo, "section": cc.section,
    "area": cc.reformArea, "lead": cc.assignedTo, "coord": cc.coordinatedBy, "dueBy": cc.dueBy,
    "dtext": cc.deadlineText, "begin": "http://www.w3.org/2006/time#hasBeginning",
    "end": "http://www.w3.org/2006/time#hasEnd", "recurrence": cc.recurrence, "condition": cc.condition,
    "noLead": cc.noLeadStated, "subOrg": cc.subOrganizationOf, "jurisdiction": cc.jurisdiction,
    "partOf": cc.partOf, "label": RDFS_LABEL, "symbol": cc.symbol,
    "evidence": cc.evidence, "exact": "http://www.w3.org/ns/oa#exact", "spanStart": "http://www.w3.org/ns/oa#start",
    "spanEnd": "http://www.w3.org/ns/oa#end", "inSource": cc.inSource,
    "alias": cc.alias, "cites": cc.cites, "taskBasis": cc.taskBasis,
    "key": cc.searchKey, "symbolKey": cc.symbolKey,
}


def _descendants(children: dict[str, list[str]], roots: Iterable[str]) -> set[str]:
    """Every node below ``roots`` (one or more steps), cycles tolerated."""
    out: set[str] = set()
    stack = [c for r in roots for c in children.get(r, ())]
    while stack:
        x = stack.pop()
        if x not in out:
            out.add(x)
            stack.extend(children.get(x, ()))
    return out


def _or_none(values: Optional[list]) -> list:
    return values if values else [None]


#: fill single-valued tasks directly (tests turn it off to compare with the row-by-row fill)
FAST_PATH = True


def _ordinal(iri: str) -> int:
    from cancu.graph.analytics import task_ordinal as ordinal

    return ordinal(iri)


class LineageIndex:
    """Dicts answering resolve, documents, trace hops, impact and task lists (read-only)."""

    def __init__(self) -> None:
        self.version: tuple = ()
        self.built_seconds = 0.0
        self.types: dict[str, str] = {}               # iri → task | agency | document
        self.classes: dict[str, frozenset] = {}       # iri → local names of its classes
        self._doc_list: list[str] = []                # typed cc:Document
        self._agency_list: list[str] = []             # typed cc:Agency
        self._aliases: dict[str, str] = {}            # older IRI → document (cc:alias)
        self._cite_edges: list[tuple[str, str]] = []  # cc:cites
        self.symbols: dict[str, set[str]] = {}
        self.symbol_keys: dict[str, set[str]] = {}    # normalize.symbol_key → documents
        self._identity: dict[str, dict] = {}          # documents.rq's answer for every subject it has rows for
        self._hops: dict[str, list[dict]] = {}        # from → hop_table rows
        self._task_hops: dict[str, list[dict]] = {}   # task → its own basis edges (task_hops.rq rows)
        self._own_rows: dict[str, list[dict]] = {}    # basis document → impact_own_tasks.rq rows
        self._links_to: dict[str, list[str]] = {}     # to → from (cc:Link)
        self._anc: dict[str, set[str]] = {}           # lineage closure, upwards
        self._desc: dict[str, set[str]] = {}          # and downwards
        self._task_texts: list[tuple[str, str]] = []     # typed tasks: (iri, text)
        self._agency_labels: list[tuple[str, str]] = []  # typed agencies: (iri, label)
        self._task_row: dict[str, tuple] = {}         # task → (doc, text, exact, start, end, source) trace reads
        self._tasks: dict[str, tuple] = {}            # task_dicts() per task (packed), in (document, table) order
        self._rank: dict[str, int] = {}               # task → its position there
        self._impact_tasks: dict[str, list[tuple]] = {}  # doc → collect_tasks() (packed) in table order
        self._doc_leads: dict[str, Counter] = {}      # doc → lead agency → tasks
        self._lead_label: dict[str, str] = {}
        self._by_agency: dict[str, list[str]] = {}    # lead or coordinating agency → tasks
        self._by_lead: dict[str, list[str]] = {}
        self._children: dict[str, list[str]] = {}     # subOrganizationOf, downwards
        self._parent_of: dict[str, str] = {}          # and upwards
        self._unit_children: dict[str, list[str]] = {}
        self._by_jurisdiction: dict[str, list[str]] = {}  # unit → agencies
        self._areas: dict[str, tuple] = {}
        self._ends: dict[str, tuple] = {}             # task → xsd:date deadline ends (for due filters)
        self._doc_tasks: dict[str, list[str]] = {}    # doc → tasks (cc:taskOf)
        self.exact_impact = True
        self._counts: dict[str, int] = {}             # what /api/v1/health shows, counted once

    # --- reading -----------------------------------------------------------------------
    def documents(self, iris: Iterable[str]) -> dict[str, dict[str, Any]]:
        from cancu.graph.lineage import identity

        out = {}
        for i in sorted(set(iris)):
            d = self._identity.get(i)
            out[i] = dict(d) if d is not None else identity(i, [])  # a copy goes out
        return out

    def find_task(self, words: str) -> list[dict[str, str]]:
        """find_task.rq's rows: tasks whose search key contains ``words`` (folded the same way)."""
        w = search_key(words)
        if not w:
            return []
        return [{"task": t, "text": text} for t, key, text in self._task_texts if w in key]

    def find_agency(self, words: str) -> list[dict[str, str]]:
        """find_agency.rq's rows: agencies whose search key contains ``words``."""
        w = search_key(words)
        if not w:
            return []
        return [{"a": a, "l": label} for a, key, label in self._agency_labels if w in key]

    def task_row(self, task: str) -> Optional[dict[str, Any]]:
        """The row ``trace`` starts a task from (its plan, text and evidence), or None."""
        r = self._task_row.get(task)
        return None if r is None else dict(zip(("doc", "text", "exact", "s", "e", "src"), r))

    def hops_above(self, start: str) -> dict[str, list[dict]]:
        """``hop_table`` of the edges leaving ``start`` and every document above it."""
        return {n: self._hops[n] for n in self._anc.get(start, set()) | {start} if n in self._hops}

    def task_hops(self, task: str) -> list[dict]:
        """A task's own basis edges (``task_hops.rq`` rows)."""
        return [dict(r) for r in self._task_hops.get(task, ())]

    def own_task_rows(self, docs: Iterable[str]) -> list[dict]:
        """``impact_own_tasks.rq`` rows of the tasks resting on one of ``docs`` by their own basis."""
        return [dict(r) for d in sorted(set(docs)) for r in self._own_rows.get(d, ())]

    def edges_below(self, target: str) -> list[tuple[str, str]]:
        """(lower, upper) link pairs whose upper end is ``target`` or rests on it (impact_edges.rq)."""
        return [(a, b) for b in self._desc.get(target, set()) | {target} for a in self._links_to.get(b, ())]

    def impact_parts(self, target: str, depth: dict[str, int], limit: Optional[int]):
        """(documents, task list, task count, lead agencies) of everything resting on ``target``."""
        docs = self._desc.get(target, set()) | {target}
        n_tasks = sum(len(self._impact_tasks.get(d, ())) for d in docs)
        task_list: list[dict] = []
        for d in sorted(docs, key=lambda d: (depth.get(d, 99), d)):
            for iri, (no, sec, text, doc, lead, end) in self._impact_tasks.get(d, ()):
                if limit is not None and len(task_list) >= limit:
                    break
                task_list.append({"iri": iri, "no": no, "section": sec, "text": text, "document": doc,
                                  "lead": list(lead), "deadline_end": end})
        leads: Counter = Counter()
        for d in docs:
            leads.update(self._doc_leads.get(d, {}))
        ag = [{"iri": a, "label": self._lead_label.get(a, a), "tasks": n} for a, n in leads.items()]
        return docs, task_list, n_tasks, ag

    def task_list(self, **filters) -> list[dict]:
        """The task dicts (no status) passing every filter, in (document, table) order."""
        return [_task_dict(t, self._tasks[t]) for t in self._picked(**filters)]

    def task_page(self, *, offset: int = 0, limit: Optional[int] = None, status: Optional[str] = None,
                  as_of: Optional[dt.date] = None, **filters) -> tuple[int, list[dict]]:
        """(how many tasks pass every filter and have ``status`` as of ``as_of``, the task dicts
        of one page): what :meth:`SparqlReader.task_page` answers, a dict made for the page's
        tasks only."""
        from cancu.graph.analytics import deadline_status

        order = self._picked(**filters)
        if status:
            order = [t for t in order if deadline_status(_deadline(self._tasks[t][9]), as_of) == status]
        end = None if limit is None else offset + limit
        return len(order), [_task_dict(t, self._tasks[t]) for t in order[offset:end]]

    def _picked(self, *, agency: Optional[str] = None, unit: Optional[str] = None,
                reform_area: Optional[str] = None, document: Optional[str] = None,
                due_from: Optional[str] = None, due_to: Optional[str] = None,
                text: Optional[str] = None) -> list[str]:
        """The tasks passing every filter, in (document, table) order."""
        picked: Optional[set[str]] = None

        def narrow(s: set[str]) -> None:
            nonlocal picked
            picked = s if picked is None else picked & s

        if agency:
            fas = {agency} | _descendants(self._children, [agency])
            narrow(set().union(*(self._by_agency.get(a, ()) for a in fas)))
        if unit:
            units = {unit} | _descendants(self._unit_children, [unit])
            direct = {a for u in units for a in self._by_jurisdiction.get(u, ())}
            fus = direct | _descendants(self._children, direct)
            narrow(set().union(*(self._by_lead.get(a, ()) for a in fus)))
        if document:
            narrow(set(self._doc_tasks.get(document, ())))
        if text is not None:
            narrow({r["task"] for r in self.find_task(text)})

        def keep(test) -> None:  # the rest only test the tasks left (all of them when none was picked)
            nonlocal picked
            picked = {t for t in (self._tasks if picked is None else picked) if test(t)}

        if reform_area:
            keep(lambda t: reform_area in self._areas.get(t, ()))
        if due_from or due_to:
            keep(lambda t: any((not due_from or e >= due_from) and (not due_to or e <= due_to)
                               for e in self._ends.get(t, ())))
        if picked is None:
            return list(self._tasks)
        return sorted((t for t in picked if t in self._tasks), key=self._rank.__getitem__)

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def reader(self, store) -> "IndexReader":
        """A :class:`~cancu.graph.reader.Reader` answering from this index (SPARQL on ``store``
        for what it does not hold)."""
        return IndexReader(self, store)

    # --- building ----------------------------------------------------------------------
    @classmethod
    def build(cls, store, *, threads: int = 2) -> "LineageIndex":
        """Read the store once (scans in ``threads`` threads: pyoxigraph works without the GIL)."""
        from cancu.graph.rq import bind, query_text

        t0 = time.perf_counter()
        scan = query_text("index_scan")
        scans: dict[str, str] = {
            "types": query_text("index_types"), "closure": query_text("index_closure"),
            "links": query_text("index_links"), "linkEnds": query_text("index_link_ends"),
            "taskLinks": query_text("index_task_links"),
            "dates": bind(scan, p="http://www.w3.org/2006/time#inXSDDate"),
        }
        for name, p in DOC_PREDICATES.items():
            scans["doc:" + name] = bind(scan, p=p)
        for name, p in UNION_PREDICATES.items():
            scans[name] = bind(scan, p=p)
        shared: dict[str, str] = {}
        with ThreadPoolExecutor(max_workers=max(1, threads)) as ex:
            raw = dict(zip(scans, ex.map(lambda kv: _scan(store, kv[1], shared, dated=kv[0] == "dates"),
                                         scans.items())))
        idx = cls()
        idx._fill(raw)
        idx._counts = {"nodes": len(idx.types),
                       "documents": sum(1 for d in idx._identity.values() if not d["cited_only"]),
                       "cited_only": sum(1 for d in idx._identity.values() if d["cited_only"] and d["kind"]),
                       "links": sum(map(len, idx._hops.values())),
                       "closure_pairs": sum(map(len, idx._anc.values())), "tasks": len(idx._tasks)}
        raw.clear()  # the rows are not needed once filled in
        idx.built_seconds = time.perf_counter() - t0
        return idx

    def _fill(self, raw: dict[str, list[tuple]]) -> None:
        from cancu.graph.analytics import task_order
        from cancu.graph.lineage import collect_tasks, doc_prop, hop_table, identity

        def multi(rows) -> dict[str, list]:
            m: dict[str, list] = {}
            for s, o in rows:
                m.setdefault(s, []).append(o)
            return m

        types: dict[str, set[str]] = {}
        for x, t in raw["types"]:
            types.setdefault(x, set()).add(str(t).rsplit("#", 1)[-1])
        interned: dict[frozenset, frozenset] = {}
        self.classes = {x: interned.setdefault(frozenset(ts), frozenset(ts)) for x, ts in types.items()}
        self.types = {x: "task" if "Task" in ts else "agency" if "Agency" in ts else "document"
                      for x, ts in types.items()}
        self._doc_list = sorted(x for x, ts in types.items() if "Document" in ts)
        self._agency_list = sorted(x for x, ts in types.items() if "Agency" in ts)

        doc_rows: dict[str, list[tuple[str, Any, str]]] = {}
        for name in DOC_PREDICATES:
            field = doc_prop(DOC_PREDICATES[name])
            for s, o in raw["doc:" + name]:
                doc_rows.setdefault(s, []).append((field, o, ""))
        self._identity = {d: identity(d, rows) for d, rows in doc_rows.items()}

        self._hops = hop_table({"from": f, "to": t, "relation": r, "exact": x, "s": s, "e": e, "source": src}
                               for f, t, r, x, s, e, src in raw["links"])
        for f, t, r, x, s, e, src in raw["taskLinks"]:
            self._task_hops.setdefault(f, []).append({"from": f, "to": t, "relation": r, "exact": x, "s": s, "e": e,
                                                      "source": src})
        for a, b in raw["linkEnds"]:
            self._links_to.setdefault(b, []).append(a)
        for a, b in raw["closure"]:
            self._anc.setdefault(a, set()).add(b)
            self._desc.setdefault(b, set()).add(a)

        u = {name: multi(raw[name]) for name in UNION_PREDICATES}
        self._aliases = {n: min(ds) for n, ds in multi((n, d) for d, ns in u["alias"].items() for n in ns).items()}
        self._cite_edges = sorted({(a, b) for a, bs in u["cites"].items() for b in bs})
        labels = {s: sorted(set(ls)) for s, ls in u["label"].items()}  # one row per label
        for s, syms in u["symbol"].items():
            for o in syms:
                self.symbols.setdefault(o, set()).add(s)
        dates = multi((s, v) for s, (v, _) in raw["dates"])
        typed_dates = multi((s, v) for s, (v, is_date) in raw["dates"] if is_date)
        self._children = multi((p, c) for c, ps in u["subOrg"].items() for p in ps)
        self._parent_of = {c: min(ps) for c, ps in u["subOrg"].items()}
        self._unit_children = multi((p, c) for c, ps in u["partOf"].items() for p in ps)
        self._by_jurisdiction = multi((j, a) for a, js in u["jurisdiction"].items() for j in js)

        # find_task.rq and the agency lookup ask for these two classes exactly
        cc_tasks = {x for x, t in raw["types"] if t == cc.Task}
        cc_agencies = {x for x, t in raw["types"] if t == cc.Agency}
        # (iri, search key, text or label): every combination find_task.rq / find_agency.rq would give
        self._task_texts = [(t, key, text) for t, texts in u["text"].items() if t in cc_tasks
                            for key in u["key"].get(t, ()) if isinstance(key, str)
                            for text in texts if isinstance(text, str)]
        self._agency_labels = [(a, key, lab) for a, labs in labels.items() if a in cc_agencies
                               for key in u["key"].get(a, ()) if isinstance(key, str)
                               for lab in labs if isinstance(lab, str)]
        for s, keys in u["symbolKey"].items():
            for k in keys:
                self.symbol_keys.setdefault(k, set()).add(s)
        self._lead_label = {a: min(labels[a]) if labels.get(a) else a for ls in u["lead"].values() for a in ls}

        impact_rows: dict[str, list[dict]] = {}
        fast_impact: dict[str, list[tuple]] = {}
        for task, docs in u["taskOf"].items():
            if len(set(docs)) > 1:
                self.exact_impact = False
            if not (FAST_PATH and self._one_row_task(task, docs, u, labels, dates, fast_impact)):
                self._any_task(task, docs, u, labels, dates, impact_rows)
            for dl in u["dueBy"].get(task, ()):
                typed = [d for e in u["end"].get(dl, ()) for d in typed_dates.get(e, ())]
                if typed:
                    self._ends.setdefault(task, []).extend(typed)
            for doc in docs:
                self._doc_tasks.setdefault(doc, []).append(task)
            for a in u["lead"].get(task, ()):
                self._by_lead.setdefault(a, []).append(task)
                self._by_agency.setdefault(a, []).append(task)
            for a in u["coord"].get(task, ()):
                self._by_agency.setdefault(a, []).append(task)
            if task in u["area"]:
                self._areas[task] = tuple(u["area"][task])
        for task, bases in u["taskBasis"].items():  # impact_own_tasks.rq's rows of this task
            rows = self._impact_rows(task, u["taskOf"].get(task, ()), u, labels, dates)
            for b in set(bases):
                self._own_rows.setdefault(b, []).extend({"basis": b, **r} for r in rows)
        # tasks() sorts task_dicts() (in IRI order) by (document, ordinal): ties keep IRI order
        ordered = sorted(self._tasks, key=lambda t: (*task_order({"iri": t, "document": self._tasks[t][3]}), t))
        self._tasks = {t: self._tasks[t] for t in ordered}
        self._rank = {t: i for i, t in enumerate(self._tasks)}
        self._ends = {t: tuple(e) for t, e in self._ends.items()}
        for doc in impact_rows.keys() | fast_impact.keys():
            rows = impact_rows.get(doc, [])
            leads = Counter(r["lead"] for r in {(r["lead"], r["task"]): r for r in rows if r["lead"]}.values())
            ts = [(t["iri"], (t["no"], t["section"], t["text"], t["document"], tuple(t["lead"]), t["deadline_end"]))
                  for t in collect_tasks(rows, self._lead_label).values()]
            for iri, packed, lead in fast_impact.get(doc, ()):
                ts.append((iri, packed))
                if lead:
                    leads[lead] += 1
            self._impact_tasks[doc] = sorted(ts, key=lambda t: (_ordinal(t[0]), t[0]))
            self._doc_leads[doc] = leads

    def _one_row_task(self, task: str, docs: list, u: dict, labels: dict, dates: dict, out: dict) -> bool:
        """Fill one task whose every field has at most one value — nearly all of them — without
        synthesising rows. False, touching nothing, for any other task; the test suite compares
        this with ``_any_task`` on random graphs."""
        def one(m: dict, key) -> tuple[bool, Any]:
            v = m.get(key)
            return (True, None) if not v else (len(v) == 1, v[0])

        if len(docs) != 1:
            return False
        doc = docs[0]
        vals = {}
        for name in ("text", "no", "section", "area", "noLead", "lead", "coord", "dueBy", "evidence"):
            ok, vals[name] = one(u[name], task)
            if not ok:
                return False
        lab = {}
        for name in ("lead", "coord"):
            ok, lab[name] = one(labels, vals[name]) if vals[name] is not None else (True, None)
            if not ok:
                return False
        ok, doc_label = one(labels, doc)
        if not ok:
            return False
        dl = vals["dueBy"]
        dtx = st = en = rec = cond = None
        if dl is not None:
            for name in ("dtext", "recurrence", "condition", "begin", "end"):
                ok, vals[name] = one(u[name], dl)
                if not ok:
                    return False
            dtx, rec, cond = vals["dtext"], vals["recurrence"], vals["condition"]
            for name in ("begin", "end"):
                if vals[name] is not None:
                    ok, d = one(dates, vals[name])
                    if not ok:
                        return False
                    if name == "begin":
                        st = d
                    else:
                        en = d
        ev = (None,) * 4
        if vals["evidence"] is not None:
            ev = []
            for name in ("exact", "spanStart", "spanEnd", "inSource"):
                ok, v = one(u[name], vals["evidence"])
                if not ok:
                    return False
                ev.append(v)
        lead, coord, text = vals["lead"], vals["coord"], vals["text"]
        lead_label = (lab["lead"] or lead) if lead else None
        self._tasks[task] = (vals["no"], vals["section"], text, doc, doc_label, vals["area"],
                             (lead_label,) if lead else (), (lead,) if lead else (),
                             ((lab["coord"] or coord),) if coord else (),
                             None if dtx is None else (dtx, st, en, rec, cond))
        if text is not None:
            self._task_row[task] = (doc, text, *ev)
        out.setdefault(doc, []).append(
            (task, (vals["no"], vals["section"], text, doc, (lead_label,) if lead else (), en), lead))
        return True

    @staticmethod
    def _impact_rows(task: str, docs: Iterable[str], u: dict, labels: dict, dates: dict) -> list[dict]:
        """The rows impact.rq's task part gives for ``task`` (every combination of its values)."""
        leads = [(a, lab) for a in u["lead"].get(task, ()) for lab in (labels.get(a) or [None])] or [(None, None)]
        ends = [d for dl in u["dueBy"].get(task, ()) for e in u["end"].get(dl, ()) for d in dates.get(e, ())]
        return [{"doc": doc, "task": task, "no": no, "section": sec, "text": text, "lead": lead, "leadLabel": llab,
                 "end": en}
                for doc in sorted(set(docs))
                for no, sec, text, (lead, llab), en in itertools.product(
                    _or_none(u["no"].get(task)), _or_none(u["section"].get(task)), _or_none(u["text"].get(task)),
                    leads, ends or [None])]

    def _any_task(self, task: str, docs: list, u: dict, labels: dict, dates: dict, impact_rows: dict) -> None:
        """Fill one task from the rows tasks.rq, impact.rq and trace's task query would return for it."""
        from cancu.graph.analytics import task_dicts
        from cancu.graph.lineage import sort_key

        def label_of(a: str) -> list:
            return labels[a] if a in labels else [None]

        texts, nos, secs = _or_none(u["text"].get(task)), _or_none(u["no"].get(task)), _or_none(u["section"].get(task))
        leads = [(a, lab) for a in u["lead"].get(task, ()) for lab in label_of(a)] or [(None, None)]
        coords = [(a, lab) for a in u["coord"].get(task, ()) for lab in label_of(a)] or [(None, None)]
        deadlines, ends = [], []
        for dl in u["dueBy"].get(task, ()):
            starts = [d for b in u["begin"].get(dl, ()) for d in _or_none(dates.get(b))] or [None]
            dl_ends = [d for e in u["end"].get(dl, ()) for d in _or_none(dates.get(e))] or [None]
            deadlines += itertools.product(_or_none(u["dtext"].get(dl)), starts, dl_ends,
                                           _or_none(u["recurrence"].get(dl)), _or_none(u["condition"].get(dl)))
            ends += [d for e in u["end"].get(dl, ()) for d in dates.get(e, ())]  # the dueBy/hasEnd/inXSDDate path
        rows = [{"task": task, "doc": doc, "docLabel": dlab, "no": no, "section": sec, "text": text, "area": area,
                 "lead": lead, "leadLabel": llab, "coord": coord, "coordLabel": clab, "dtext": dtx, "start": st,
                 "end": en, "recurrence": rec, "condition": cond, "noLead": nl}
                for doc in docs for dlab in label_of(doc)
                for no, sec, text, area, (lead, llab), (coord, clab), (dtx, st, en, rec, cond), nl
                in itertools.product(nos, secs, texts, _or_none(u["area"].get(task)), leads, coords,
                                     deadlines or [(None,) * 5], _or_none(u["noLead"].get(task)))]
        self._tasks[task] = _pack_task(task_dicts(rows)[task])
        if task in u["text"]:  # lineage._TASK_ROW: plan, text, then the evidence OPTIONAL
            evs = [c for ev in u["evidence"].get(task, ())
                   for c in itertools.product(_or_none(u["exact"].get(ev)), _or_none(u["spanStart"].get(ev)),
                                              _or_none(u["spanEnd"].get(ev)), _or_none(u["inSource"].get(ev)))]
            self._task_row[task] = min(((doc, text, *ev) for doc in docs for text in u["text"][task]
                                        for ev in evs or [(None,) * 4]), key=lambda r: sort_key(*r))
        for doc in docs:  # impact.rq's rows of this task
            impact_rows.setdefault(doc, []).extend(
                {"doc": doc, "task": task, "no": no, "section": sec, "text": text, "lead": lead,
                 "leadLabel": llab, "end": en}
                for no, sec, text, (lead, llab), en in itertools.product(nos, secs, texts, leads, ends or [None]))


class IndexReader(SparqlReader):
    """The reader of a current index: lookups, identity, trace, impact, task lists, document and
    agency lists and counts from dicts; search, gaps and single-node details over SPARQL
    (the parent class), which the canonical graph keeps cheap."""

    def __init__(self, index: LineageIndex, store) -> None:
        super().__init__(store)
        self.index = index

    def types(self, iri: str) -> set[str]:
        return set(self.index.classes.get(iri, ()))

    def by_symbol(self, symbol: str) -> list[str]:
        return sorted(self.index.symbols.get(symbol, ()))

    def by_alias(self, iri: str) -> Optional[str]:
        return self.index._aliases.get(iri)

    def by_symbol_key(self, symbol: str) -> list[str]:
        return sorted(self.index.symbol_keys.get(symbol_key(symbol), ()))

    def tasks_with_text(self, words: str) -> list[dict]:
        return self.index.find_task(words)

    def agencies_named(self, words: str) -> list[dict]:
        return self.index.find_agency(words)

    def documents(self, iris: Iterable[str]) -> dict[str, dict[str, Any]]:
        return self.index.documents(iris)

    def task_row(self, task: str) -> Optional[dict[str, Any]]:
        return self.index.task_row(task)

    def hops_above(self, start: str) -> dict[str, list[dict]]:
        return self.index.hops_above(start)

    def task_hops(self, task: str) -> list[dict]:
        return self.index.task_hops(task)

    def own_task_rows(self, docs: Iterable[str]) -> list[dict]:
        return self.index.own_task_rows(docs)

    def edges_below(self, target: str) -> list[tuple[str, str]]:
        return self.index.edges_below(target)

    def impact_parts(self, target: str, depth: dict[str, int], limit: Optional[int]):
        if not self.index.exact_impact:  # a task filed under two documents: only SPARQL counts it right
            return super().impact_parts(target, depth, limit)
        return self.index.impact_parts(target, depth, limit)

    def task_rows(self, **filters) -> list[dict]:
        return self.index.task_list(**filters)

    def task_page(self, **kw) -> tuple[int, list[dict]]:
        return self.index.task_page(**kw)

    def document_rows(self) -> list[dict]:
        out = []
        for d in self.index._doc_list:
            i = self.index._identity.get(d)
            if i is None:
                out.append({"doc": d, "kind": None, "issuer": None, "level": None, "date": None, "label": None,
                            "title": None, "symbol": None, "own": None})
                continue
            out.append({"doc": d, "kind": i["kind"], "issuer": i["issuer"], "level": i["level"], "date": i["date"],
                        "label": i["label"], "title": i["title"], "symbol": i["symbol"],
                        "own": None if i["cited_only"] else True})
        return out

    def stats_rows(self) -> list[dict]:
        return [{"doc": r["doc"], "kind": r["kind"], "level": r["level"], "issuer": r["issuer"], "own": r["own"]}
                for r in self.document_rows()]

    def agency_rows(self) -> list[dict]:
        idx = self.index
        out = []
        for a in idx._agency_list:
            i = idx._identity.get(a)
            out.append({"a": a, "label": i["label"] if i else None, "level": i["level"] if i else None,
                        "parent": idx._parent_of.get(a), "tasks": len(set(idx._by_lead.get(a, ())))})
        return out

    def counts(self) -> dict[str, int]:
        return {"tasks": self.index._counts["tasks"], "agencies": len(self.index._agency_list)}

    def citation_edges(self) -> list[tuple[str, str]]:
        links = [(a, b) for b, froms in self.index._links_to.items() for a in froms]
        return sorted(set(self.index._cite_edges) | set(links))


def _pack_task(t: dict) -> tuple:
    dl = t["deadline"]
    return (t["no"], t["section"], t["text"], t["document"], t["document_label"], t["reform_area"],
            tuple(t["lead"]), tuple(t["lead_iris"]), tuple(t["coordinating"]),
            None if dl is None else (dl["text"], dl["start"], dl["end"], dl["recurrence"], dl["condition"]))


def _deadline(dl: Optional[tuple]) -> Optional[dict]:
    return None if dl is None else {"text": dl[0], "start": dl[1], "end": dl[2], "recurrence": dl[3],
                                    "condition": dl[4]}


def _task_dict(iri: str, v: tuple) -> dict:
    """A fresh task dict (the shape of ``analytics.task_dicts``) from its packed form."""
    no, sec, text, doc, doc_label, area, lead, lead_iris, coord, dl = v
    return {"iri": iri, "no": no, "section": sec, "text": text, "document": doc, "document_label": doc_label,
            "reform_area": area, "lead": list(lead), "lead_iris": list(lead_iris), "coordinating": list(coord),
            "deadline": _deadline(dl)}


def _scan(store, sparql: str, shared: dict, *, dated: bool = False) -> list[tuple]:
    """Rows of a scan as tuples of Python values (as ``py`` gives them; None when unbound);
    ``dated`` (a subject-object scan) keeps (value, whether it is an xsd:date) as the
    object: only those compare in a due filter.

    Equal strings come out as one object (``shared``): an IRI read by ten scans is
    stored once, which is most of the index's memory."""
    one = shared.setdefault
    if LOCAL in store.capabilities:  # an embedded engine: TSV is serialised in Rust, without the GIL
        lines = store.select_serialized(PREFIXES + sparql, "tsv").decode("utf-8").split("\n")
        rows = []
        for line in lines[1:]:
            if not line:
                continue
            cells = line.split("\t")
            if dated:
                s, o = cells
                v, dt = tsv_value(o, one)
                rows.append((tsv_value(s, one)[0], (v, dt == XSD_DATE)))
            else:
                rows.append(tuple(tsv_value(c, one)[0] for c in cells))
        return rows
    names, sols = store.select_terms(PREFIXES + sparql)

    def val(t):
        v = py(t)
        return one(v, v) if type(v) is str else v

    if dated:
        rows = [(val(s), (val(o), getattr(getattr(o, "datatype", None), "value", None) == XSD_DATE))
                for s, o in sols]
    else:
        rows = [tuple(val(t) for t in sol) for sol in sols]
    if SHARED in store.capabilities:  # a server, which may cap its answers
        _check_complete(store, sparql, len(rows))
    return rows


_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.S)
_ECHAR = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
_NUMBER = re.compile(r"[+-]?\d+")


def _unescape(m: re.Match) -> str:
    c = m.group(1)
    return chr(int(c[1:], 16)) if len(c) > 1 else _ECHAR.get(c, c)


def tsv_value(cell: str, one) -> tuple[Any, Optional[str]]:
    """One SPARQL TSV cell → (the value ``py`` would give, datatype IRI or None)."""
    if not cell:
        return None, None
    c = cell[0]
    if c == "<":
        v = cell[1:-1]
        return one(v, v), None
    if c == '"':
        end = cell.rfind('"')
        lex = cell[1:end]
        if "\\" in lex:
            lex = _ESCAPE.sub(_unescape, lex)
        rest = cell[end + 1:]
        dt = rest[3:-1] if rest.startswith("^^<") else None
        if dt and dt.endswith(("#integer", "#int", "#long")):
            return int(lex), dt
        if dt and dt.endswith("#boolean"):
            return lex in ("true", "1"), dt
        if dt and dt.endswith(("#decimal", "#double", "#float")):
            return float(lex), dt
        return one(lex, lex), dt
    if cell.startswith("_:"):
        return cell[2:], None
    if cell in ("true", "false"):  # Turtle short forms of xsd:boolean, integer, decimal, double
        return cell == "true", None
    return (int(cell) if _NUMBER.fullmatch(cell) else float(cell)), None


def _check_complete(store, sparql: str, n: int) -> None:
    # A server may cap result sizes (Virtuoso's ResultSetMaxRows) and answer a partial
    # scan without an error; an index missing rows would answer wrong, so count and compare.
    # The scan is counted as it stands, a subquery (not by editing its text).
    rows = store.select("SELECT (COUNT(*) AS ?n) WHERE {\n" + sparql + "\n}")
    total = int(rows[0]["n"]) if rows else 0
    if total > n:
        raise IndexUnavailableError(f"the server answered {n} of {total} rows of an index scan "
                                    "(raise its result-size limit, e.g. Virtuoso's ResultSetMaxRows)")


class IndexHolder:
    """Keeps one store's index current: rebuilt when the store's data version changes."""

    SETTLE_S = 0.3  # a batch of writes (ingest of a folder) settles before a background rebuild

    def __init__(self, store, *, background: bool = False) -> None:
        self.store = store
        self.background = background
        self._index: Optional[LineageIndex] = None
        self._lock = threading.Lock()        # one build at a time
        self._kick_lock = threading.Lock()   # starting the builder thread (never held during a build)
        self._thread: Optional[threading.Thread] = None
        self._failed: Optional[tuple] = None  # (version, message) of the last failed build

    def get(self) -> Optional[LineageIndex]:
        """The index if it matches the store's data now, else None (building one unless it is
        being built in the background)."""
        v = self.store.data_version()
        idx = self._index
        if idx is not None and idx.version == v:
            return idx
        if v[0] % 2 or (self._failed and self._failed[0] == v):
            return None  # a write is running, or this version could not be indexed
        if self.background:
            self._kick()
            return None
        with self._lock:
            return self._build()

    def _build(self, attempts: int = 3) -> Optional[LineageIndex]:
        """Build for the current data version; a build during which the data changed is thrown
        away and (up to ``attempts`` times) started again."""
        for _ in range(attempts):
            v0 = self.store.data_version()
            if self._index is not None and self._index.version == v0:
                return self._index
            if v0[0] % 2:
                time.sleep(0.05)
                continue
            self._index = None  # never read again once stale: free it before building the next one
            try:
                idx = LineageIndex.build(self.store)
            except Exception as exc:  # noqa: BLE001 - the store answers without an index
                log.warning("no index for the %s store: %s", getattr(self.store, "name", "?"), exc)
                self._failed = (v0, str(exc))
                return None
            if self.store.data_version() == v0:
                idx.version = v0
                self._index = idx
                # The index is a million long-lived objects at 1e6 triples; every full collection
                # of the cyclic GC would walk them (58 ms there, a request's p99). Frozen, they are
                # skipped; they hold no cycles, so dropping an old index still frees it.
                gc.collect()
                gc.freeze()
                log.info("index built in %.2f s: %s", idx.built_seconds, idx.counts())
                return idx
        return None

    def _kick(self) -> None:
        # requests call this while a build may be running: it must not wait for the build
        with self._kick_lock:
            if self._thread is not None and self._thread.is_alive():
                return
            self._thread = threading.Thread(target=self._background, name="cancu-index", daemon=True)
            self._thread.start()

    def _background(self) -> None:
        while True:
            v = self.store.data_version()
            time.sleep(self.SETTLE_S)
            if self.store.data_version() != v:
                continue
            with self._lock:  # one attempt per settled version: writes that keep coming wait for it
                idx = self._build(attempts=1)
            if idx is not None or (self._failed and self._failed[0] == self.store.data_version()):
                return

    def wait(self, timeout: float = 60.0) -> Optional[LineageIndex]:
        """Block until a current index exists (tests, benchmarks); None after ``timeout``."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            idx = self.get() if not self.background else self._current()
            if idx is not None:
                return idx
            if self.background:
                self._kick()
            time.sleep(0.05)
        return None

    def _current(self) -> Optional[LineageIndex]:
        idx = self._index
        return idx if idx is not None and idx.version == self.store.data_version() else None

    def status(self) -> dict[str, Any]:
        idx = self._current()
        if idx is not None:
            return {"state": "ready", "build_seconds": round(idx.built_seconds, 3), **idx.counts()}
        if self._failed and self._failed[0] == self.store.data_version():
            return {"state": "failed", "error": self._failed[1]}
        building = self._thread is not None and self._thread.is_alive()
        return {"state": "building" if building else "stale"}


#: the index holder of each store that has one (a store never carries it itself)
_HOLDERS: "weakref.WeakKeyDictionary[Any, IndexHolder]" = weakref.WeakKeyDictionary()


def attach(store, *, background: bool = False) -> IndexHolder:
    """Give ``store`` an index; lineage and task queries use it whenever it is current."""
    holder = _HOLDERS.get(store)
    if holder is None or holder.background != background:
        holder = IndexHolder(store, background=background)
        _HOLDERS[store] = holder
    if background:
        holder._kick()
    return holder


def detach(store) -> None:
    _HOLDERS.pop(store, None)


def index_for(store) -> Optional[LineageIndex]:
    """The store's current index, or None (none attached, stale, or still building)."""
    holder = _HOLDERS.get(store)
    return holder.get() if holder is not None else None


def status(store) -> dict[str, Any]:
    """What ``/api/v1/health`` shows: ``{"state": "off"}`` without an index, else the holder's status."""
    holder = _HOLDERS.get(store)
    return holder.status() if holder is not None else {"state": "off"}
