"""A SPARQL 1.1 server as the store: Query and Update over HTTP, Graph Store Protocol for bulk loads.

Tested against Virtuoso open source (``scripts/virtuoso.sh``); nothing here is
Virtuoso-only except defaults: ``endpoint`` is the server's base URL, the query
and update endpoint is ``{endpoint}/sparql`` and the Graph Store Protocol
endpoint ``{endpoint}/sparql-graph-crud`` (override with ``query_path``,
``update_path``, ``gsp_path``). Reads name the canonical graph as their default
graph (``default-graph-uri``); ``GRAPH ?g`` still ranges over every named graph
(Virtuoso does so when only ``default-graph-uri`` is given). Replacing a file's graph is one update request; the
server decides whether that is one transaction (Virtuoso: yes, per request).
"""

from __future__ import annotations

import re
import uuid
from typing import Optional

import httpx
import pyoxigraph as ox

from cancu.errors import QueryError, QuerySyntaxError, QueryTimeoutError, StoreError, StoreUnavailableError
from cancu.graph.store.base import (
    DATASET,
    NAMED_GRAPHS,
    PREFIX_MAP,
    SELECT_FORMATS,
    SHARED,
    TRANSACTIONS,
    BaseStore,
    Body,
    QueryResult,
    canonical_graph,
    names_dataset,
    patch_update,
)
from cancu.ontology.vocabulary import cc

JSON = "application/sparql-results+json"
NT = "application/n-triples"


class SparqlStore(BaseStore):
    """Capabilities: transactions (per update request, as the server defines them), named
    graphs, dataset (``default-graph-uri``/``named-graph-uri``), shared (other processes
    write: the generation marker)."""

    name = "sparql"
    capabilities = frozenset({TRANSACTIONS, NAMED_GRAPHS, DATASET, SHARED})

    def __init__(self, endpoint: str, *, read_only: bool = False, query_path: str = "/sparql",
                 update_path: str = "/sparql", gsp_path: str = "/sparql-graph-crud",
                 timeout: float = 120.0) -> None:
        base = endpoint.rstrip("/")
        if base.endswith("/sparql"):
            base = base[: -len("/sparql")]
        self.endpoint = base
        self.query_url = base + query_path
        self.update_url = base + update_path
        self.gsp_url = base + gsp_path
        self.read_only = read_only
        self.http = httpx.Client(timeout=timeout)
        try:
            r = self.http.get(self.query_url, params={"query": "ASK {}"}, headers={"Accept": JSON})
        except httpx.HTTPError as exc:
            raise StoreUnavailableError(f"SPARQL server {self.query_url} unreachable: {exc}") from None
        if r.status_code >= 400:
            raise StoreUnavailableError(f"SPARQL server {self.query_url} answered {r.status_code}")

    # --- queries -------------------------------------------------------------
    def _post_query(self, sparql: str, accept: str, timeout: Optional[float] = None,
                    *, dataset: bool = True) -> httpx.Response:
        data: dict = {"query": sparql}
        # the canonical view, unless the request or the query names a dataset
        if dataset and "-graph-uri=" not in self.query_url and not names_dataset(sparql):
            data["default-graph-uri"] = canonical_graph()
            named = graph_constants(sparql)
            if named:  # see graph_constants: Virtuoso then needs them in the dataset
                data["named-graph-uri"] = named
        if timeout is not None:
            data["timeout"] = str(int(timeout * 1000))  # Virtuoso's per-query limit, in ms
        try:
            r = self.http.post(self.query_url, data=data, headers={"Accept": accept},
                               timeout=None if timeout is None else timeout + 5)
        except httpx.TimeoutException:
            raise QueryTimeoutError(f"query took longer than {timeout} s") from None
        except httpx.HTTPError as exc:
            raise StoreUnavailableError(f"SPARQL server unreachable: {exc}") from None
        if r.status_code >= 400:
            msg = r.text.strip()[:500]
            if "SP030" in msg or "syntax" in msg.lower():
                raise QuerySyntaxError(msg)
            if "timeout" in msg.lower() or "S1T00" in msg:
                raise QueryTimeoutError(msg)
            raise QueryError(f"SPARQL server answered {r.status_code}: {msg}")
        _check_complete(r)
        return r

    def select_serialized(self, sparql: str, fmt: str = "tsv") -> bytes:
        return self._post_query(sparql, SELECT_FORMATS[fmt].media_type).content

    def select_terms(self, sparql: str):
        r = self._post_query(sparql, JSON)
        res = ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)
        if isinstance(res, ox.QueryBoolean):
            return [], []
        names = [v.value for v in res.variables]
        return names, [tuple(s[n] for n in names) for s in res]

    def query(self, sparql: str, *, timeout: Optional[float] = None,
              default_graphs: Optional[list[str]] = None,
              named_graphs: Optional[list[str]] = None) -> QueryResult:
        """Any SPARQL query; ``default_graphs``/``named_graphs`` are sent as the protocol's
        ``default-graph-uri``/``named-graph-uri`` (the SPARQL endpoint's dataset restriction)."""
        if default_graphs or named_graphs:
            # the protocol parameters travel in the URL of a shallow copy (same HTTP client),
            # so concurrent queries on this store keep their own URL
            import copy

            params = [("default-graph-uri", g) for g in default_graphs or []] + \
                [("named-graph-uri", g) for g in named_graphs or []]
            view = copy.copy(self)
            view.query_url = str(httpx.URL(self.query_url, params=params))
            return view.query(sparql, timeout=timeout)
        kind = _query_form(sparql)
        if kind == "graph":
            r = self._post_query(sparql, NT, timeout)
            triples = [q.triple for q in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)] \
                if hasattr(ox.Quad, "triple") else \
                [ox.Triple(q.subject, q.predicate, q.object)
                 for q in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES)]
            return QueryResult(kind="graph", triples=triples)
        r = self._post_query(sparql, JSON, timeout)
        res = ox.parse_query_results(r.content, format=ox.QueryResultsFormat.JSON)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(res))
        names = [v.value for v in res.variables]
        return QueryResult(kind="select", variables=names, solutions=[tuple(s[n] for n in names) for s in res])

    # --- updates -------------------------------------------------------------
    def update(self, sparql: str) -> None:
        self._check_writable()
        with self._writing():
            try:
                self._post_update(sparql)
            finally:  # also after a failed request: the server may have applied part of it
                self._bump_marker()

    def _post_update(self, sparql: str) -> None:
        try:
            r = self.http.post(self.update_url, data={"update": sparql})
        except httpx.HTTPError as exc:
            raise StoreUnavailableError(f"SPARQL server unreachable: {exc}") from None
        if r.status_code >= 400:
            msg = r.text.strip()[:500]
            if "SP030" in msg:
                raise QuerySyntaxError(msg)
            raise StoreError(f"SPARQL update failed ({r.status_code}): {msg}")

    def _bump_marker(self) -> None:
        # Other processes (API workers, a CLI ingest) share the server: every write leaves a
        # new generation marker, so their in-process indexes see that the data changed.
        m = _meta()
        try:
            self._post_update(f"DROP SILENT GRAPH <{m}> ;\n"
                              f'INSERT DATA {{ GRAPH <{m}> {{ <{m}> <{cc.generation}> "{uuid.uuid4().hex}" }} }}')
        except StoreError as exc:  # the write itself stands; say that other processes may not see it yet
            import logging

            logging.getLogger("cancu.graph.store").warning(
                "could not leave a generation marker after a write (%s); other processes' indexes "
                "see the change only after the next successful write", exc)

    def patch_graph(self, graph: str, subjects, body: Body) -> None:
        """Drop the triples of ``subjects`` in ``graph`` and add ``body``: the body goes by Graph Store
        Protocol PUT into a staging graph (servers cap INSERT DATA), then one update request
        deletes and ADDs it."""
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        with self._writing():
            parts = [patch_update(graph, subjects, "", insert=False)] if subjects else []
            staging = self._stage(graph, text)[0] if text.strip() else None
            if staging:
                parts += [f"ADD <{staging}> TO <{graph}>", f"DROP SILENT GRAPH <{staging}>"]
            if parts:
                self._apply(" ;\n".join(p for p in parts if p.strip()), staging)

    def _marker(self) -> Optional[str]:
        from cancu.graph.rq import run

        rows = run(self, "store_generation", m=_meta())
        return " ".join(sorted(str(r["v"]) for r in rows)) or None

    def replace_graph(self, graph: str, body: Body, *, drop: Optional[str] = None) -> None:
        """Replace ``graph`` (and drop ``drop``) with the N-Triples ``body``.

        Servers cap the size of an INSERT DATA request (Virtuoso: 10,000 lines of
        generated SQL), so the body goes by Graph Store Protocol PUT into a staging
        graph, and one update request then drops the old graphs and MOVEs the
        staging graph into place. Queries scoped to the file's graph see the
        switch at once; queries over the union default graph may see the staged
        copy during the upload (the same triples, so answers do not change for
        an added file).
        """
        with self._writing():
            staging, n = self._stage(graph, body)
            parts = [f"DROP SILENT GRAPH <{graph}>"]
            if drop and drop != graph:
                parts.append(f"DROP SILENT GRAPH <{drop}>")
            parts.append(f"MOVE <{staging}> TO <{graph}>")
            self._apply(" ;\n".join(parts), staging)
            self._check_size(graph, n, "after the MOVE into place")

    def _stage(self, graph: str, body: Body) -> tuple[str, int]:
        """PUT the N-Triples ``body`` into a staging graph of this write alone (a writer sharing the
        name could replace or move it away between our PUT and our update) and check that the server
        holds all of it; returns the staging graph and its number of triples. The server answering
        success is not taken for it: the closure of a trace would be short with no error."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        n = len(set(ox.parse(data, format=ox.RdfFormat.N_TRIPLES)))
        staging = f"{graph}/staging/{uuid.uuid4().hex}"
        try:
            self.put_graph(staging, data)
            self._check_size(staging, n, "after the Graph Store PUT")
        except BaseException:
            self._drop_quietly(staging)
            raise
        return staging, n

    def _apply(self, sparql: str, staging: Optional[str]) -> None:
        """Run the update that consumes ``staging``; when it fails, drop the staging graph (left
        behind, its triples would join every ``GRAPH ?g`` read)."""
        try:
            self.update(sparql)
        except BaseException:
            if staging:
                self._drop_quietly(staging)
            raise

    def _drop_quietly(self, graph: str) -> None:
        try:
            self._post_update(f"DROP SILENT GRAPH <{graph}>")
        except (StoreError, QueryError):
            pass  # the error being raised says more; clear_cancu drops what is left

    def _check_size(self, graph: str, n: int, when: str) -> None:
        from cancu.graph.rq import run

        rows = run(self, "graph_size", g=graph)
        held = int(rows[0]["n"]) if rows else 0
        if held != n:
            raise StoreError(f"the server holds {held} of the {n} triples written to <{graph}> ({when}) "
                             "though it answered success")

    def remove_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def put_graph(self, graph: str, body: Body) -> None:
        """Graph Store Protocol PUT of N-Triples (fast bulk path; not combined with other changes)."""
        self._check_writable()
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self._writing():
            r = self.http.put(self.gsp_url, params={"graph-uri": graph}, content=data,
                              headers={"Content-Type": "text/turtle"})  # N-Triples is Turtle
        if r.status_code >= 400:
            raise StoreError(f"Graph Store PUT failed ({r.status_code}): {r.text.strip()[:300]}")

    def bulk_load(self, body: Body, *, fmt: str = "nquads") -> None:
        """Load N-Quads by PUTting each graph through the Graph Store Protocol."""
        data = body.decode("utf-8") if isinstance(body, bytes) else body
        by_graph: dict[str, list[str]] = {}
        for q in ox.parse(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS):
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else "urn:x-cancu:default"
            by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object} .")
        with self._writing():
            for g, lines in by_graph.items():
                self.put_graph(g, "\n".join(lines))
            self._bump_marker()

    # --- listing -------------------------------------------------------------
    def graphs(self) -> list[str]:
        """The cancu graphs: one per source file, the canonical graph and the resolution graph."""
        from cancu.graph.rq import run

        rows = run(self, "source_graphs")
        own = set()
        for g in _derived():
            if run(self, "graph_nonempty", g=g):
                own.add(g)
        return sorted({r["g"] for r in rows} | own)

    def export(self, fmt: str = "trig") -> bytes:
        """The cancu graphs (source files, canonical, resolution), fetched graph by graph."""
        from cancu.graph.rq import text

        quads = []
        for g in self.graphs():
            r = self._post_query(text("graph_triples", g=g), NT)
            for t in ox.parse(r.content, format=ox.RdfFormat.N_TRIPLES):
                quads.append(ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(g)))
        from cancu.graph.store.base import GRAPH_FORMATS

        if fmt in ("turtle", "ntriples"):
            triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
            return ox.serialize(triples, format=GRAPH_FORMATS[fmt],
                                **({"prefixes": PREFIX_MAP} if fmt == "turtle" else {}))
        if fmt not in ("trig", "nquads", "jsonld"):
            raise StoreError(f"export formats: turtle, trig, nquads, jsonld; not {fmt!r}")
        return ox.serialize(quads, format=GRAPH_FORMATS[fmt], **({"prefixes": PREFIX_MAP} if fmt == "trig" else {}))

    def __len__(self) -> int:
        """Quads in the cancu graphs (source files, canonical, resolution)."""
        from cancu.graph.rq import run

        rows = run(self, "store_quads", g=list(_derived()))
        return int(rows[0]["n"]) if rows else 0

    def optimize(self) -> None:
        return None

    def clear_cancu(self) -> None:
        """Drop every graph under cancu's data base (tests use a shared server): the cancu graphs,
        the pending list, the generation marker and whatever an interrupted write left (staging
        graphs), which would otherwise join every ``GRAPH ?g`` read of the next run."""
        from cancu import config
        from cancu.graph.rq import run

        for g in sorted({r["g"] for r in run(self, "graphs_under", base=config.data_base())}):
            self.remove_graph(g)


def _check_complete(r: httpx.Response) -> None:
    """Raise for an answer the server cut short yet sent as a success. Virtuoso answers a query
    stopped by its time limit ("anytime" queries: the ``timeout`` parameter or the server's
    MaxQueryExecutionTime) with HTTP 200 and the rows found so far, saying so only in the
    ``X-SQL-State`` header (S1TAT); read as complete, a trace or a canonical update's read
    would come out short with no error."""
    state = r.headers.get("X-SQL-State")
    if not state:
        return
    msg = r.headers.get("X-SQL-Message", "").strip()[:300]
    if state == "S1TAT" or "timeout" in msg.lower():
        raise QueryTimeoutError(f"the SPARQL server stopped the query at its time limit and sent part "
                                f"of the answer ({state}: {msg})")
    raise QueryError(f"the SPARQL server sent an incomplete answer ({state}: {msg})")


def _meta() -> str:
    """The graph holding the store's generation marker (not a cancu data graph: not listed,
    counted or exported)."""
    from cancu import config

    return config.data_base() + "graph/meta"


def graph_constants(sparql: str) -> list[str]:
    """IRIs a query names after ``GRAPH`` (``GRAPH <…> { … }``).

    The protocol's dataset with only ``default-graph-uri`` has no named graphs; Virtuoso
    still ranges ``GRAPH ?g`` over every graph (and cancu's own queries bind graphs by
    ``VALUES``), but answers nothing for ``GRAPH <iri>`` unless that IRI is a
    ``named-graph-uri``. So a query naming graphs gets them as named graphs (its
    ``GRAPH ?g`` then ranges over those only, as the protocol defines).
    """
    from cancu.graph.store.base import NOT_CODE

    code = NOT_CODE.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", sparql)
    return sorted(set(re.findall(r"(?i)\bGRAPH\s*<([^<>\s]*)>", code)))


def _derived() -> tuple[str, ...]:
    """The graphs cancu derives from the source graphs (listed, counted and exported with them)."""
    from cancu import config

    return (canonical_graph(), config.data_base() + "graph/resolution")


def _query_form(sparql: str) -> str:
    import re

    body = re.sub(r"#[^\n]*", "", re.sub(r"<[^<>\s]*>", "<>", sparql))  # IRIs may hold '#'
    body = re.sub(r"(?i)\b(PREFIX\s+\S*:|BASE)\s*<>", "", body)
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", body, re.I)
    if not m:
        raise QuerySyntaxError("not a SPARQL query (no SELECT, ASK, CONSTRUCT or DESCRIBE)")
    return {"SELECT": "select", "ASK": "ask"}.get(m.group(1).upper(), "graph")
