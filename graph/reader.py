"""One read path: the reads the graph layer needs, as one interface with two implementations.

``trace``, ``impact``, ``tasks``, the catalog listings, ``gaps``, ``stats`` and the
graph views are written once, against :class:`Reader`. :class:`SparqlReader`
answers every read with a ``.rq`` query over the canonical graph (values bound
through ``VALUES`` slots, :mod:`cancu.graph.rq`); :class:`cancu.graph.index.IndexReader`
answers from an in-process index of the same graph and falls back to SPARQL for
what it does not hold. Both return the same rows (tests compare them), so the
assembly code never asks which one it has. :func:`reader_for` gives the index
reader while a current index exists (``cancu serve``), else the SPARQL one (a
one-shot CLI command).

Every method returns plain Python values (IRIs as str); rows are shaped like the
``.rq`` results they come from.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Optional, Protocol, runtime_checkable

import pyoxigraph as ox

from cancu.graph.rq import run
from cancu.graph.store.base import PREFIX_MAP
from cancu.loaders.normalize import search_key, symbol_key

XSD_DATE = ox.NamedNode(PREFIX_MAP["xsd"] + "date")
BATCH = 500


@runtime_checkable
class Reader(Protocol):
    """What the graph layer reads. ``store`` is the store it reads (writes never go through a reader)."""

    store: Any

    # --- resolving what a user names ------------------------------------------------------------
    def types(self, iri: str) -> set[str]:
        """Local names of the node's classes (``Document``, ``Task``, ``Agency``, ``AgencyGroup``)."""

    def by_symbol(self, symbol: str) -> list[str]:
        """Documents carrying ``symbol`` (canonical form)."""

    def by_alias(self, iri: str) -> Optional[str]:
        """The document an older IRI now belongs to, or None."""

    def by_symbol_key(self, symbol: str) -> list[str]:
        """Documents whose symbol is ``symbol`` as :func:`~cancu.loaders.normalize.symbol_key` folds
        both (``311/QD-UBND`` finds ``311/QĐ-UBND``)."""

    def by_title(self, title: str) -> list[str]:
        """Documents whose title or label is ``title`` (both folded by ``normalize.search_key``)."""

    def tasks_with_text(self, words: str) -> list[dict]:
        """``[{"task", "text"}]`` whose text contains ``words`` (both folded by ``normalize.search_key``)."""

    def agencies_named(self, words: str) -> list[dict]:
        """``[{"a", "l"}]`` agencies whose label contains ``words`` (both folded by ``normalize.search_key``)."""

    # --- identity and lineage --------------------------------------------------------------------
    def documents(self, iris: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Identity of many documents: iri → document dict."""

    def task_row(self, task: str) -> Optional[dict[str, Any]]:
        """The row a trace starts a task from: ``{"doc","text","exact","s","e","src"}``."""

    def hops_above(self, start: str) -> dict[str, list[dict]]:
        """Lineage edges above ``start`` grouped by their lower end (``lineage.hop_table``)."""

    def task_hops(self, task: str) -> list[dict]:
        """A task's own basis edges (``task_hops.rq`` rows: from the task to each document its row
        names as its basis, with relation and evidence)."""

    def own_task_rows(self, docs: Iterable[str]) -> list[dict]:
        """``impact_own_tasks.rq`` rows: tasks whose own basis is one of ``docs``."""

    def edges_below(self, target: str) -> list[tuple[str, str]]:
        """(lower, upper) link pairs into ``target`` and every document resting on it."""

    def impact_parts(self, target: str, depth: dict[str, int], limit: Optional[int]):
        """(documents, task list, task count, lead agencies) of everything resting on ``target``."""

    # --- tasks and agencies ------------------------------------------------------------------------
    def task_rows(self, *, agency: Optional[str] = None, unit: Optional[str] = None,
                  reform_area: Optional[str] = None, document: Optional[str] = None,
                  due_from: Optional[str] = None, due_to: Optional[str] = None,
                  text: Optional[str] = None) -> list[dict]:
        """Task dicts (no status) passing every filter, in (document, table) order; ``text``: words
        of the task's text (folded by ``normalize.search_key``)."""

    def task_page(self, *, offset: int = 0, limit: Optional[int] = None, status: Optional[str] = None,
                  as_of: Optional[dt.date] = None, **filters) -> tuple[int, list[dict]]:
        """(how many tasks pass the filters of :meth:`task_rows` and have ``status`` as of
        ``as_of`` (``analytics.deadline_status``), the task dicts from ``offset``, at most
        ``limit``), in the order of :meth:`task_rows`; only the page's tasks are turned into dicts."""

    def task_detail(self, task: str) -> dict[str, Any]:
        """``{"evidence", "deliverables"}`` of one task."""

    def agency(self, iri: str) -> Optional[dict[str, Any]]:
        """One agency (``analytics.get_agency`` shape) or None."""

    # --- whole-graph views -----------------------------------------------------------------------
    def document_rows(self) -> list[dict]:
        """Every document with kind, issuer, level, date, label, title, symbol, own (document_list.rq)."""

    def agency_rows(self) -> list[dict]:
        """Every agency with label, level, parent and the tasks it leads (agency_list.rq)."""

    def counts(self) -> dict[str, int]:
        """``{"tasks", "agencies"}``."""

    def citation_edges(self) -> list[tuple[str, str]]:
        """Document → document edges (citations and links)."""

    def search_rows(self, text: str) -> list[dict]:
        """``search.rq`` rows: nodes whose search key contains ``text`` (folded the same way)."""

    def stats_rows(self) -> list[dict]:
        """Documents with kind, level and issuer, as ``stats`` counts them (stats_counts.rq)."""

    def gap_rows(self, name: str) -> list[dict]:
        """Rows of one ``gaps`` check (``gaps_{name}.rq``, or ``national_candidates.rq``)."""

    # --- one document's surroundings (catalog page, graph views) ---------------------------------
    def task_count(self, document: str) -> int:
        """How many tasks ``document`` assigns."""

    def cited_by_rows(self, doc: str) -> list[dict]:
        """Documents citing ``doc`` (cited_by.rq)."""

    def sources(self, doc: str) -> list[dict]:
        """The files describing ``doc`` (document_sources.rq)."""

    def neighbour_rows(self, doc: str) -> list[dict]:
        """``[{"dir","rel","other"}]``: the direct neighbours of ``doc`` (neighbours.rq)."""

    def task_texts(self, tasks: Iterable[str]) -> list[dict]:
        """``[{"task","text","doc"}]`` of the given tasks (task_texts.rq)."""


class SparqlReader:
    """Every read as a ``.rq`` query over the canonical graph of ``store``.

    ``naive=True`` runs the property-path forms of trace and impact (no stored closure):
    tests check that both agree on every backend."""

    def __init__(self, store, *, naive: bool = False) -> None:
        self.store = store
        self.naive = naive

    def _run(self, name: str, **values) -> list[dict]:
        return run(self.store, name, **values)

    # --- resolving ---------------------------------------------------------------------------------
    def types(self, iri: str) -> set[str]:
        return {r["t"].rsplit("#", 1)[-1] for r in self._run("node_types", x=iri)}

    def by_symbol(self, symbol: str) -> list[str]:
        return sorted({r["doc"] for r in self._run("find_symbol", symbol=symbol)})

    def by_alias(self, iri: str) -> Optional[str]:
        rows = self._run("find_alias", alias=iri)
        return min(r["doc"] for r in rows) if rows else None

    def by_symbol_key(self, symbol: str) -> list[str]:
        return sorted({r["doc"] for r in self._run("find_symbol_key", key=symbol_key(symbol))})

    def by_title(self, title: str) -> list[str]:
        key = search_key(title)
        return sorted({r["doc"] for r in self._run("find_title", title=key)}) if key else []

    def tasks_with_text(self, words: str) -> list[dict]:
        key = search_key(words)
        return self._run("find_task", words=key) if key else []

    def agencies_named(self, words: str) -> list[dict]:
        key = search_key(words)
        return self._run("find_agency", words=key) if key else []

    # --- identity and lineage ----------------------------------------------------------------------
    def documents(self, iris: Iterable[str]) -> dict[str, dict[str, Any]]:
        from cancu.graph.lineage import doc_prop, identity

        iris = sorted(set(iris))
        vals: dict[str, list[tuple[str, Any, str]]] = {}
        for k in range(0, len(iris), BATCH):
            for r in self._run("documents", doc=iris[k:k + BATCH]):
                name = doc_prop(r["p"])
                if name:
                    vals.setdefault(r["doc"], []).append((name, r["o"], ""))
        return {i: identity(i, vals.get(i, [])) for i in iris}

    def task_row(self, task: str) -> Optional[dict[str, Any]]:
        from cancu.graph.lineage import sort_key

        rows = self._run("task_row", t=task)
        return min(rows, key=lambda r: sort_key(r["doc"], r["text"], r["exact"], r["s"], r["e"], r["src"])) \
            if rows else None

    def hops_above(self, start: str) -> dict[str, list[dict]]:
        from cancu.graph.lineage import hop_table

        return hop_table(self._run("trace_hops_naive" if self.naive else "trace_hops", start=start))

    def task_hops(self, task: str) -> list[dict]:
        return self._run("task_hops", **{"from": task})

    def own_task_rows(self, docs: Iterable[str]) -> list[dict]:
        docs = sorted(set(docs))
        return [r for k in range(0, len(docs), BATCH) for r in self._run("impact_own_tasks", basis=docs[k:k + BATCH])]

    def edges_below(self, target: str) -> list[tuple[str, str]]:
        return [(e["a"], e["b"]) for e in self._run("impact_edges", target=target)]

    def impact_parts(self, target: str, depth: dict[str, int], limit: Optional[int]):
        from cancu.graph.lineage import collect_tasks, depth_task_order, lead_agencies

        if limit is None:
            rows = self._run("impact_naive" if self.naive else "impact", target=target)
            doc_iris = {r["doc"] for r in rows}
            agencies = lead_agencies(rows)
            labels = {k: a["label"] for k, a in agencies.items()}
            task_list = sorted(collect_tasks(rows, labels).values(), key=lambda t: depth_task_order(t, depth))
            ag = [{"iri": a["iri"], "label": a["label"], "tasks": len(a["tasks"])} for a in agencies.values()]
            return doc_iris, task_list, len(task_list), ag
        doc_iris = {r["doc"] for r in self._run("impact_docs", target=target)}
        n_tasks = int(self._run("impact_count", target=target)[0]["n"])
        ag = [{"iri": r["lead"], "label": r["label"] or r["lead"], "tasks": int(r["n"])}
              for r in self._run("impact_agencies", target=target) if r["lead"]]
        labels = {a["iri"]: a["label"] for a in ag}
        task_list: list[dict] = []
        order = sorted(doc_iris, key=lambda d: (depth.get(d, 99), d))
        for k in range(0, len(order), 64):
            if len(task_list) >= limit:
                break
            rows = self._run("impact_tasks", doc=order[k:k + 64])
            task_list.extend(sorted(collect_tasks(rows, labels).values(), key=lambda t: depth_task_order(t, depth)))
        return doc_iris, task_list[:limit], n_tasks, ag

    # --- tasks and agencies ------------------------------------------------------------------------
    def agency_tree(self, agency: str) -> set[str]:
        return {r["fa"] for r in self._run("agency_tree", a=agency)}

    def unit_agencies(self, unit: str) -> set[str]:
        return {r["fu"] for r in self._run("unit_agencies", u=unit)}

    def _pick(self, *, agency: Optional[str] = None, unit: Optional[str] = None,
              reform_area: Optional[str] = None, document: Optional[str] = None,
              due_from: Optional[str] = None, due_to: Optional[str] = None,
              text: Optional[str] = None) -> Optional[set[str]]:
        """The tasks passing every filter, or None when no filter is given (every task)."""
        picked: Optional[set[str]] = None

        def narrow(tasks: Iterable[str]) -> None:
            nonlocal picked
            s = set(tasks)
            picked = s if picked is None else picked & s

        def tasks_of(query: str, var: str, values: list) -> set[str]:
            out: set[str] = set()
            for k in range(0, len(values), BATCH):
                out.update(r["task"] for r in self._run(query, **{var: values[k:k + BATCH]}))
            return out

        # each filter picks a set of tasks (the selective ones first, as constants), then
        # tasks.rq reads the picked ones: joined in one query Virtuoso 7 dropped rows
        if agency:
            narrow(tasks_of("tasks_of_agencies", "fa", sorted(self.agency_tree(agency))))
        if unit:
            narrow(tasks_of("tasks_led_by", "fu", sorted(self.unit_agencies(unit))))
        if document:
            narrow(tasks_of("tasks_of_document", "doc", [document]))
        if reform_area:
            narrow(tasks_of("tasks_in_area", "area", [reform_area]))
        if text is not None:
            narrow(r["task"] for r in self.tasks_with_text(text))
        if due_from or due_to:  # within the tasks picked so far (a scan of every deadline otherwise)
            dates = {"from": ox.Literal(due_from or "0001-01-01", datatype=XSD_DATE),
                     "to": ox.Literal(due_to or "9999-12-31", datatype=XSD_DATE)}
            if picked is None:
                narrow(r["task"] for r in self._run("tasks_due", **dates))
            else:
                iris = sorted(picked)
                narrow(r["task"] for k in range(0, len(iris), BATCH)
                       for r in self._run("tasks_due", task=iris[k:k + BATCH], **dates))
        return picked

    def task_rows(self, **filters) -> list[dict]:
        return self._task_dicts(self._pick(**filters))

    def _task_dicts(self, picked: Optional[Iterable[str]]) -> list[dict]:
        """Task dicts of ``picked`` (of every task when None), in task list order."""
        from cancu.graph.analytics import task_dicts, task_order

        if picked is None:
            rows = self._task_rows()
        else:
            iris = sorted(picked)
            rows = []
            for k in range(0, len(iris), BATCH):
                rows += self._task_rows(iris[k:k + BATCH])
        out = list(task_dicts(rows).values())
        out.sort(key=task_order)
        return out

    def task_page(self, *, offset: int = 0, limit: Optional[int] = None, status: Optional[str] = None,
                  as_of: Optional[dt.date] = None, **filters) -> tuple[int, list[dict]]:
        """(how many tasks pass every filter and have ``status`` as of ``as_of``, the task dicts
        from ``offset``, at most ``limit``) in task list order; the rows of the page's tasks only
        are read.

        Without filters, or with one filter that is no narrow choice (a status, a window of end
        dates, words of the text), the page is found from the number of each document's tasks that
        pass, counted inside the query (documents in IRI order; a status on what the canonical
        update keeps per task, :meth:`_status_counts`): then only the tasks of the documents the
        page falls in are read and tested. Otherwise, from the picked tasks and their documents,
        the candidates' deadlines read to test the status. A task filed under two documents (the
        canonical graph never makes one) sends the list through :meth:`task_rows`."""
        from cancu.graph.analytics import deadline_status, task_key

        end = None if limit is None else offset + limit
        keep = None if not status else (lambda dl: deadline_status(dl, as_of) == status)
        if end is not None:
            page = self._counted_page(offset, limit, status, as_of, keep, filters)
            if page is not None:
                return page
        picked = self._pick(**filters)
        if picked is None:
            pairs = [(r["task"], r["doc"]) for r in self._run("task_docs")]
        else:
            iris = sorted(picked)
            pairs = [(r["task"], r["doc"]) for k in range(0, len(iris), BATCH)
                     for r in self._run("task_docs", task=iris[k:k + BATCH])]
        doc_of: dict[str, str] = {}
        for t, d in pairs:
            if doc_of.setdefault(t, d) != d:  # two documents: which one the list shows is task_dicts' choice
                rows = self._task_dicts(picked)
                if keep is not None:
                    rows = [r for r in rows if keep(r["deadline"])]
                return len(rows), rows[offset:end]
        order = sorted(doc_of, key=lambda t: task_key(t, doc_of[t]))
        if keep is not None:
            deadlines = self.task_deadlines(None if picked is None else order)
            order = [t for t in order if keep(deadlines.get(t))]
        return len(order), self._task_dicts_in_order(order[offset:end])

    def _counted_page(self, offset: int, limit: int, status: Optional[str], as_of: Optional[dt.date], keep,
                      filters: dict) -> Optional[tuple[int, list[dict]]]:
        """The page of :meth:`task_page` from per-document counts made in the query, when the
        filters allow one count (none; a status, a window of end dates or words alone); None
        when they do not, or when the page's tasks are not the ones counted."""
        given = {k for k, v in filters.items() if v}
        window = given <= {"due_from", "due_to"} and bool(given)
        words = given == {"text"}
        if (given and not (window or words)) or (given and status):
            return None
        counts = sorted((r["doc"], int(r["n"])) for r in self._run("task_doc_counts"))
        if sum(n for _, n in counts) != int(self._run("task_total")[0]["n"]):
            return None  # a task under two documents: which one the list shows is task_dicts' choice
        passing = None
        if status:
            counts = sorted(self._status_counts(status, as_of).items())

            def passing(tasks: list[str]) -> set[str]:
                deadlines = self.task_deadlines(tasks)
                return {t for t in tasks if keep(deadlines.get(t))}
        elif window:
            dates = {"from": ox.Literal(filters.get("due_from") or "0001-01-01", datatype=XSD_DATE),
                     "to": ox.Literal(filters.get("due_to") or "9999-12-31", datatype=XSD_DATE)}
            counts = sorted((r["doc"], int(r["n"])) for r in self._run("task_due_counts", **dates))

            def passing(tasks: list[str]) -> set[str]:
                return {r["task"] for k in range(0, len(tasks), BATCH)
                        for r in self._run("tasks_due", task=tasks[k:k + BATCH], **dates)}
        elif words:
            key = search_key(filters["text"])
            if not key:
                return 0, []
            counts = sorted((r["doc"], int(r["n"])) for r in self._run("task_text_counts", words=key))

            def passing(tasks: list[str]) -> set[str]:
                return {r["task"] for k in range(0, len(tasks), BATCH)
                        for r in self._run("find_task", task=tasks[k:k + BATCH], words=key)}
        return self._page_of_documents(counts, offset, limit, passing)

    def _page_of_documents(self, counts: list[tuple[str, int]], offset: int, limit: int,
                           passing) -> Optional[tuple[int, list[dict]]]:
        """The page from ``offset`` of the tasks counted per document in ``counts`` (documents in
        IRI order): the tasks of the documents the page falls in are read, and those a filter
        counted are kept by ``passing`` (tasks → the ones that pass, the same test as the
        count's, made on these tasks only). None when the tasks kept are not the ones counted
        (derived per-task data gone stale, say): the caller reads the long way."""
        from cancu.graph.analytics import task_key

        end = offset + limit
        total = sum(n for _, n in counts)
        before, docs, skip = 0, [], 0
        for doc, n in counts:
            if before + n > offset and before < end:
                if not docs:
                    skip = offset - before
                docs.append(doc)
            before += n
        pairs = [(r["task"], r["doc"]) for k in range(0, len(docs), BATCH)
                 for r in self._run("tasks_of_document", doc=docs[k:k + BATCH])]
        if passing is not None:
            kept = passing(sorted({t for t, _ in pairs}))
            pairs = [(t, d) for t, d in pairs if t in kept]
            wanted = dict(counts)
            found: dict[str, int] = {}
            for _, d in pairs:
                found[d] = found.get(d, 0) + 1
            if any(found.get(d, 0) != wanted[d] for d in docs):
                return None
        order = sorted(pairs, key=lambda p: task_key(p[0], p[1]))
        return total, self._task_dicts_in_order([t for t, _ in order][skip:skip + limit])

    def _status_counts(self, status: str, as_of: dt.date) -> dict[str, int]:
        """document → how many of its tasks have ``status`` as of ``as_of``. The canonical update
        keeps on each task what its status depends on (``cc:dueKind``, and ``cc:dueEnd`` when a
        date decides it: ``analytics.deadline_kind``), so the count is a range test and a
        grouped count in the query; a task with a deadline but without ``cc:dueKind`` (written
        before cancu kept it) is read and tested here."""
        from cancu.graph.analytics import deadline_status, status_window

        counts: dict[str, int] = {}

        def add(rows: list[dict]) -> None:
            for r in rows:
                counts[r["doc"]] = counts.get(r["doc"], 0) + int(r["n"])

        window = status_window(status, as_of)
        if window is not None:
            add(self._run("task_due_end_counts", **{
                "from": ox.Literal(window[0].isoformat(), datatype=XSD_DATE),
                "to": ox.Literal(window[1].isoformat(), datatype=XSD_DATE)}))
        elif status in ("recurring", "conditional", "no_deadline"):
            add(self._run("task_due_kind_counts", kind=("open" if status == "no_deadline" else status)))
            if status == "no_deadline":
                add(self._run("task_undue_counts"))
        unkinded = sorted(r["task"] for r in self._run("tasks_unkinded"))
        if unkinded:
            deadlines = self.task_deadlines(unkinded)
            mine = [t for t in unkinded if deadline_status(deadlines.get(t), as_of) == status]
            for k in range(0, len(mine), BATCH):
                for r in self._run("task_docs", task=mine[k:k + BATCH]):
                    counts[r["doc"]] = counts.get(r["doc"], 0) + 1
        return counts

    def _task_dicts_in_order(self, tasks: list[str]) -> list[dict]:
        by_iri = {t["iri"]: t for t in self._task_dicts(tasks)} if tasks else {}
        return [by_iri[t] for t in tasks if t in by_iri]

    def task_deadlines(self, tasks: Optional[Iterable[str]] = None) -> dict[str, dict]:
        """task → its deadline as the task list shows it (``task_dicts``' choice among several)
        for ``tasks`` (every task when None); tasks without one are left out."""
        from cancu.graph.analytics import deadline_of

        rows: dict[str, list[dict]] = {}
        if tasks is None:
            found = self._run("task_deadlines")
        else:
            tasks = sorted(set(tasks))
            found = [r for k in range(0, len(tasks), BATCH)
                     for r in self._run("task_deadlines", task=tasks[k:k + BATCH])]
        for r in found:
            rows.setdefault(r["task"], []).append(r)
        return {t: dl for t, rs in rows.items() if (dl := deadline_of(rs)) is not None}

    def _task_rows(self, tasks: Optional[list[str]] = None) -> list[dict]:
        """Rows of ``tasks.rq`` with the deadline columns of ``task_deadlines.rq`` joined in by
        task (a task without a deadline keeps one row with them unbound, as a left join would)."""
        slot = {} if tasks is None else {"task": tasks}
        deadlines: dict[str, list[dict]] = {}
        for d in self._run("task_deadlines", **slot):
            deadlines.setdefault(d["task"], []).append(d)
        none = [dict.fromkeys(("dtext", "start", "end", "recurrence", "condition"))]
        return [{**r, **d} for r in self._run("tasks", **slot) for d in deadlines.get(r["task"], none)]

    def task_summaries(self, tasks: Iterable[str]) -> dict[str, dict[str, Any]]:
        """task → ``{"doc", "no", "section", "text"}`` (the smallest of several values)."""
        from cancu.graph.lineage import sort_key

        tasks = sorted(set(tasks))
        rows = [r for k in range(0, len(tasks), BATCH) for r in self._run("task_summary", task=tasks[k:k + BATCH])]
        out: dict[str, dict[str, Any]] = {}
        for r in sorted(rows, key=lambda r: (r["task"], sort_key(r["doc"], r["no"], r["section"], r["text"]))):
            out.setdefault(r["task"], {k: r[k] for k in ("doc", "no", "section", "text")})
        return out

    def task_detail(self, task: str) -> dict[str, Any]:
        from cancu.graph.analytics import iri_ordinal

        rows = self._run("task_detail", t=task)
        ev = [r for r in rows if r["exact"] is not None]
        ev.sort(key=lambda r: (r["s"], r["e"], r["src"], r["exact"]))
        dels = sorted({(r["dlv"], r["dlvLabel"]) for r in rows if r["dlv"]}, key=lambda x: (iri_ordinal(x[0]), x[0]))
        return {"evidence": {"source": ev[0]["src"], "span": [ev[0]["s"], ev[0]["e"]], "sentence": ev[0]["exact"]}
                if ev else None, "deliverables": [label for _, label in dels]}

    def agency(self, iri: str) -> Optional[dict[str, Any]]:
        rows = self._run("agency", a=iri)
        if not rows:
            return None
        first = lambda k: min((r[k] for r in rows if r[k] is not None), default=None)  # noqa: E731
        kind = first("k")
        n = self._run("agency_task_count", a=iri)[0]["n"]
        return {"iri": iri, "label": first("l"), "kind": kind.rsplit("/", 1)[-1] if kind else None,
                "level": first("lv"), "parent": first("p"), "unit": first("u"), "unit_label": first("ul"),
                "children": sorted({r["child"] for r in rows if r["child"]}),
                "successor_units": sorted({r["succ"] for r in rows if r["succ"]}), "tasks": int(n)}

    # --- whole-graph views -------------------------------------------------------------------------
    def document_rows(self) -> list[dict]:
        return self._run("document_list")

    def agency_rows(self) -> list[dict]:
        return self._run("agency_list")

    def stats_rows(self) -> list[dict]:
        return self._run("stats_counts")

    def counts(self) -> dict[str, int]:
        cc = PREFIX_MAP["cc"]
        return {"tasks": int(self._run("count_type", type=cc + "Task")[0]["n"]),
                "agencies": int(self._run("count_type", type=cc + "Agency")[0]["n"])}

    def citation_edges(self) -> list[tuple[str, str]]:
        return [(r["a"], r["b"]) for r in self._run("citation_edges")]

    def search_rows(self, text: str) -> list[dict]:
        key = search_key(text)
        return self._run("search", words=key) if key else []

    def task_count(self, document: str) -> int:
        return int(self._run("task_count", d=document)[0]["n"])

    def gap_rows(self, name: str) -> list[dict]:
        """Rows of ``gaps_{name}.rq`` (no_national_basis, missing, conflicts, symbol_clash, no_lead) or of
        ``national_candidates.rq``."""
        return self._run(name if name == "national_candidates" else "gaps_" + name)

    def cited_by_rows(self, doc: str) -> list[dict]:
        return self._run("cited_by", doc=doc)

    def sources(self, doc: str) -> list[dict]:
        return self._run("document_sources", doc=doc)

    def neighbour_rows(self, doc: str) -> list[dict]:
        return self._run("neighbours", doc=doc)

    def task_texts(self, tasks: Iterable[str]) -> list[dict]:
        tasks, out = list(tasks), []
        for k in range(0, len(tasks), BATCH):
            out += self._run("task_texts", task=tasks[k:k + BATCH])
        return out


def reader_for(store, *, naive: bool = False) -> "Reader":
    """The reader for ``store``: its in-process index while one is current, else SPARQL."""
    if naive:
        return SparqlReader(store, naive=True)
    from cancu.graph.index import index_for

    idx = index_for(store)
    return idx.reader(store) if idx is not None else SparqlReader(store)


def as_reader(x, *, naive: bool = False) -> "Reader":
    """``x`` itself when it is a reader, else the reader of the store ``x``."""
    if isinstance(x, (SparqlReader,)) or (hasattr(x, "hops_above") and hasattr(x, "store")):
        return x
    return reader_for(x, naive=naive)
