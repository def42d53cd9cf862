"""What every store backend offers: typed SELECT rows, raw queries with
serialisable results, updates, and named-graph replace/remove.

Backends differ in transport only (in-process pyoxigraph or HTTP to a SPARQL
1.1 server); queries are the same text on both. Results go through pyoxigraph's
result parsers and serialisers, so a SELECT answered by Virtuoso serialises to
SPARQL JSON/XML/CSV/TSV exactly like one answered by Oxigraph.
"""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Optional, Protocol, Union, runtime_checkable

import pyoxigraph as ox

from cancu import config
from cancu.errors import QuerySyntaxError, StoreError
from cancu.ontology import vocabulary

PREFIX_MAP = {
    "cc": vocabulary.NS,
    "oa": "http://www.w3.org/ns/oa#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "time": "http://www.w3.org/2006/time#",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
}
PREFIXES = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIX_MAP.items())

SELECT_FORMATS = {
    "json": ox.QueryResultsFormat.JSON, "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG, "rdfxml": ox.RdfFormat.RDF_XML, "jsonld": ox.RdfFormat.JSON_LD,
}


def canonical_graph() -> str:
    """The canonical view (cancu.graph.canonical): one node per real thing, each fact once, and
    the lineage closure. It is the default graph of every read (``select``, ``query``) on
    every backend; the per-file graphs stay available by name (``GRAPH ?g``)."""
    return config.data_base() + "graph/canonical"


# strings (long and short), IRIs and comments: blanked before looking for keywords (FROM, GRAPH, updates)
NOT_CODE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                      r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*")


#: brackets ({, (, [) nested in one another, or prefix operators (!, ^, -, +) in a row, that a query or update may
#: hold: pyoxigraph's parser recurses once per level, so "SELECT * WHERE {" written 3,000 times (48 KB) or 16,000
#: "!" overflow its stack and kill the process (a segmentation fault: the server, not just the request), and nested
#: collections "((((…))))" take cubic time (200 levels: 10 s). Real queries nest a few levels.
MAX_NESTING = 50
_NESTING = re.compile(NOT_CODE.pattern + r"|(?P<open>[{(\[])|(?P<close>[})\]])|(?P<ops>(?:[-+!^]\s*){2,})")


def check_nesting(sparql: str) -> None:
    """Raise :class:`QuerySyntaxError` (with line and column) for a query or update nested deeper than
    :data:`MAX_NESTING`, before any parser sees it; strings, IRIs and comments are not looked into."""
    depth = 0
    for m in _NESTING.finditer(sparql):
        if m.group("open"):
            depth += 1
            if depth <= MAX_NESTING:
                continue
            what = f"brackets nested more than {MAX_NESTING} deep"
        elif m.group("close"):
            depth = max(0, depth - 1)
            continue
        elif m.group("ops") and len(re.findall(r"[-+!^]", m.group())) > MAX_NESTING:
            what = f"more than {MAX_NESTING} prefix operators in a row"
        else:
            continue
        line = sparql.count("\n", 0, m.start()) + 1
        column = m.start() - (sparql.rfind("\n", 0, m.start()) + 1) + 1
        raise QuerySyntaxError(f"error at {line}:{column}: {what}; cancu reads at most {MAX_NESTING} levels",
                               line=line, column=column)


def names_dataset(sparql: str) -> bool:
    """Whether a query names its own dataset (``FROM`` / ``FROM NAMED``): then the store's
    default view (the canonical graph) does not apply."""
    code = NOT_CODE.sub(" ", sparql)
    return re.search(r"(?<![?$:\w-])FROM(?![\w:-])", code, re.IGNORECASE) is not None


def to_term(value: Any) -> ox.Term:
    """A Python value as an RDF term: IRIs (http/https/urn strings) become NamedNodes."""
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(PREFIX_MAP["xsd"] + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(PREFIX_MAP["xsd"] + "integer"))
    if isinstance(value, str) and re.match(r"(https?|urn):", value):
        return ox.NamedNode(value)
    return ox.Literal(str(value))


def bind(sparql: str, bindings: dict[str, Any]) -> str:
    """``sparql`` with each declared slot ``VALUES ?name { UNDEF }`` filled with the value(s)
    of ``name`` in ``bindings``: a str IRI becomes an IRI, other values literals (``to_term``,
    serialised by pyoxigraph); a list, tuple or set gives one row per value. Values enter
    only where the query declares a slot, never by rewriting its variables; a value for a
    slot the query does not declare is an error (:mod:`cancu.graph.rq`)."""
    for name, v in bindings.items():
        slot = f"VALUES ?{name} {{ UNDEF }}"
        if slot not in sparql:
            raise ValueError(f"the query declares no slot {slot!r}")
        vs = list(v) if isinstance(v, (list, tuple, set, frozenset)) else [v]
        sparql = sparql.replace(slot, f"VALUES ?{name} {{ {' '.join(str(to_term(x)) for x in vs)} }}")
    return sparql


def py(term: Optional[ox.Term]) -> Any:
    """An RDF term as a Python value (IRIs as str; integers, booleans, decimals converted)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith("#boolean"):
            return term.value in ("true", "1")
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        return term.value
    return term.value


class QueryResult:
    """A materialised query result: SELECT rows, an ASK boolean, or triples."""

    def __init__(self, *, kind: str, variables: Optional[list[str]] = None,
                 solutions: Optional[list[tuple]] = None, boolean: Optional[bool] = None,
                 triples: Optional[list[ox.Triple]] = None) -> None:
        self.kind = kind  # "select" | "ask" | "graph"
        self.variables = variables or []
        self.solutions = solutions or []
        self.boolean = boolean
        self.triples = triples or []

    @classmethod
    def from_oxigraph(cls, res) -> "QueryResult":
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            return cls(kind="select", variables=names, solutions=[tuple(s[n] for n in names) for s in res])
        if isinstance(res, ox.QueryBoolean):
            return cls(kind="ask", boolean=bool(res))
        return cls(kind="graph", triples=list(res))

    @property
    def rows(self) -> list[dict[str, Any]]:
        """SELECT rows as dicts of Python values."""
        return [{n: py(t) for n, t in zip(self.variables, s)} for s in self.solutions]

    def __iter__(self):
        return iter(self.rows if self.kind == "select" else self.triples)

    def __len__(self) -> int:
        return len(self.solutions) if self.kind == "select" else len(self.triples)

    def serialize(self, fmt: str = "json") -> bytes:
        """SPARQL results (json, xml, csv, tsv) or RDF (turtle, ntriples, nquads, trig, rdfxml, jsonld)."""
        if self.kind == "graph":
            if fmt not in GRAPH_FORMATS:
                raise StoreError(f"graph results serialise as {', '.join(GRAPH_FORMATS)}, not {fmt!r}")
            f = GRAPH_FORMATS[fmt]
            data = [ox.Quad(t.subject, t.predicate, t.object) for t in self.triples] \
                if fmt in ("nquads", "trig") else self.triples
            if fmt in ("turtle", "trig"):
                return ox.serialize(data, format=f, prefixes=PREFIX_MAP)
            return ox.serialize(data, format=f)
        if fmt not in SELECT_FORMATS:
            raise StoreError(f"SELECT/ASK results serialise as {', '.join(SELECT_FORMATS)}, not {fmt!r}")
        return _select_bytes(self, fmt)

    @staticmethod
    def media_type(fmt: str) -> str:
        if fmt in SELECT_FORMATS:
            return SELECT_FORMATS[fmt].media_type
        return GRAPH_FORMATS[fmt].media_type


def _select_bytes(r: QueryResult, fmt: str) -> bytes:
    # Build SPARQL JSON, then let pyoxigraph convert it to the other result formats.
    import json

    def term_json(t):
        if isinstance(t, ox.NamedNode):
            return {"type": "uri", "value": t.value}
        if isinstance(t, ox.BlankNode):
            return {"type": "bnode", "value": t.value}
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype and t.datatype.value != PREFIX_MAP["xsd"] + "string":
            d["datatype"] = t.datatype.value
        return d

    if r.kind == "ask":
        doc = {"head": {}, "boolean": bool(r.boolean)}
    else:
        doc = {"head": {"vars": r.variables},
               "results": {"bindings": [{n: term_json(t) for n, t in zip(r.variables, s) if t is not None}
                                        for s in r.solutions]}}
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    if fmt == "json":
        return data
    parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=SELECT_FORMATS[fmt])


#: what a backend can do; callers check ``CAPABILITY in store.capabilities`` instead of
#: looking for a backend's attributes
TRANSACTIONS = "transactions"  # one update request is atomic for readers
NAMED_GRAPHS = "named_graphs"  # quads live in named graphs that queries can name
LOCAL = "local"                # evaluated in this process (pyoxigraph): cheap calls, results serialised in Rust
BULK_LOAD = "bulk_load"        # bulk_load(): a fast, non-transactional load
DATASET = "dataset"            # query() honours default_graphs / named_graphs (the protocol's dataset)
SHARED = "shared"              # other processes write too: data_version() asks the server
TEXT_SEARCH = "text_search"    # a full-text index (none yet)


@runtime_checkable
class Store(Protocol):
    """What every backend offers (``cancu.graph.store.BACKENDS``). Capabilities say what
    beyond this a backend can do; nothing outside the backend modules reads a backend's
    own attributes."""

    name: str
    read_only: bool
    capabilities: frozenset[str]

    def select(self, sparql: str, **bindings: Any) -> list[dict[str, Any]]:
        """SELECT with the cancu prefixes; rows of Python values."""

    def select_terms(self, sparql: str) -> tuple[list[str], list[tuple]]:
        """SELECT as written: (variable names, rows of pyoxigraph terms, None when unbound)."""

    def select_serialized(self, sparql: str, fmt: str = "tsv") -> bytes:
        """SELECT results serialised by the engine (json, xml, csv, tsv): the cheap way to read many rows."""

    def patch_graph(self, graph: str, subjects: Iterable[str], body: "Body") -> None:
        """In ``graph``, drop every triple whose subject is in ``subjects`` and insert the
        N-Triples ``body``: one request (atomic where the backend has ``transactions``)."""

    def query(self, sparql: str, *, timeout: Optional[float] = None) -> QueryResult:
        """Any query (SELECT, ASK, CONSTRUCT, DESCRIBE) as written, materialised; the default
        graph is the canonical graph, every named graph is available to ``GRAPH``."""

    def update(self, sparql: str) -> None: ...

    def replace_graph(self, graph: str, body: "Body", *, drop: Optional[str] = None) -> None: ...

    def remove_graph(self, graph: str) -> None: ...

    def graphs(self) -> list[str]: ...

    def export(self, fmt: str = "trig") -> bytes: ...

    def data_version(self) -> tuple:
        """Changes with every write this object or (``SHARED``) any process makes."""

    def __len__(self) -> int: ...


class BaseStore:
    """Shared behaviour; backends implement ``select_terms``, ``select_serialized``, ``query``,
    ``update``, ``replace_graph``, ``remove_graph``, ``graphs``, ``export``, ``__len__``."""

    name = "base"
    read_only = False
    capabilities: frozenset[str] = frozenset({NAMED_GRAPHS})
    #: bumped before and after every write through this object (odd while one runs), so a
    #: derived in-process view (cancu.graph.index) knows whether it may still be used
    _writes = 0
    _writes_lock = threading.Lock()

    @property
    def supports_transactions(self) -> bool:
        return TRANSACTIONS in self.capabilities

    @property
    def supports_named_graphs(self) -> bool:
        return NAMED_GRAPHS in self.capabilities

    @property
    def supports_text_search(self) -> bool:
        return TEXT_SEARCH in self.capabilities

    @contextmanager
    def _writing(self) -> Iterator[None]:
        with self._writes_lock:
            self._writes += 1
        try:
            yield
        finally:
            with self._writes_lock:
                self._writes += 1

    def data_version(self) -> tuple:
        """Changes whenever the data may have changed: writes through this object and, on a
        shared server, the generation marker other processes' writes leave (``_marker``)."""
        return (self._writes, self._marker())

    def _marker(self) -> Optional[str]:
        # An Oxigraph store is written by one process only (RocksDB's lock; a read-only
        # open is a snapshot), so counting this object's writes is enough.
        return None

    def select(self, sparql: str, **bindings: Any) -> list[dict[str, Any]]:
        """Run a SELECT with the cancu prefixes; rows of Python values."""
        names, sols = self.select_terms(PREFIXES + bind(sparql, bindings))
        return [{n: py(t) for n, t in zip(names, s)} for s in sols]

    def select_terms(self, sparql: str) -> tuple[list[str], list[tuple]]:
        raise NotImplementedError

    def select_serialized(self, sparql: str, fmt: str = "tsv") -> bytes:
        names, sols = self.select_terms(sparql)
        return QueryResult(kind="select", variables=names, solutions=sols).serialize(fmt)

    def patch_graph(self, graph: str, subjects: Iterable[str], body: "Body") -> None:
        self.update(patch_update(graph, subjects, body))

    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the {self.name} store was opened read-only")

    # ingest convenience (the verbs live in cancu.graph.ingest)
    def ingest_paths(self, paths: Iterable, *, progress=None):
        from cancu.graph.ingest import ingest_paths

        return ingest_paths(self, paths, progress=progress)

    def ingest_file(self, path) -> str:
        from cancu.graph.ingest import ingest_file

        return ingest_file(self, path)

    def remove_file(self, path) -> bool:
        from cancu.graph.ingest import remove_file

        return remove_file(self, path)


Body = Union[bytes, str]


def patch_update(graph: str, subjects: Iterable[str], body: Body, *, insert: bool = True) -> str:
    """The SPARQL Update of ``patch_graph``: a DELETE per block of subjects, then INSERT DATA."""
    subjects = sorted(set(subjects))
    parts = []
    for k in range(0, len(subjects), 500):
        values = " ".join(f"<{x}>" for x in subjects[k:k + 500])
        parts.append(f"DELETE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }} WHERE {{ VALUES ?s {{ {values} }} "
                     f"GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    if insert and text.strip():
        parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{text}\n}} }}")
    return " ;\n".join(parts) or f"INSERT DATA {{ GRAPH <{graph}> {{ }} }}"
