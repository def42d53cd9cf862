"""The embedded store: pyoxigraph on disk (or in memory), one named graph per ingested file.

A read-write store takes RocksDB's lock, so a second process cannot open it for
writing; ``read_only=True`` opens it with ``pyoxigraph.Store.read_only``
without the lock (pyoxigraph calls reading while another process writes
undefined behaviour: reopen after an ingest). One SPARQL update request is one
transaction, so replacing a file's graph is atomic for readers.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import pyoxigraph as ox

from cancu.errors import QueryError, QuerySyntaxError, QueryTimeoutError, StoreError, StoreUnavailableError
from cancu.graph.store.base import (
    BULK_LOAD,
    GRAPH_FORMATS,
    LOCAL,
    NAMED_GRAPHS,
    PREFIX_MAP,
    SELECT_FORMATS,
    TRANSACTIONS,
    BaseStore,
    Body,
    QueryResult,
    canonical_graph,
    check_nesting,
    names_dataset,
)


def vanished_file(exc: BaseException) -> bool:
    """Whether ``exc`` is RocksDB finding a file gone that its snapshot named: the writing
    process compacted it away (a read-only store outlived its snapshot)."""
    return "No such file or directory" in str(exc)


def open_read_only(path, attempts: int = 8):
    """``pyoxigraph.Store.read_only(path)``, tried again while the writing process replaces
    the files being opened (a compaction between reading the manifest and opening a table).
    pyoxigraph calls reading during writes undefined; this is the one race it shows."""
    import time

    for attempt in range(attempts):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if not vanished_file(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


class OxigraphStore(BaseStore):
    """Capabilities: transactions, named graphs, local (``engine`` is the pyoxigraph store),
    bulk load."""

    name = "oxigraph"
    capabilities = frozenset({TRANSACTIONS, NAMED_GRAPHS, LOCAL, BULK_LOAD})

    def __init__(self, path: Optional[Path], *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        if path is None:
            self.name = "memory"
        try:
            if path is None:
                self.ox = ox.Store()
            elif read_only:
                if not Path(path).exists():
                    raise StoreUnavailableError(f"no store at {path} (ingest something first)")
                self.ox = open_read_only(path)
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(path))
        except (OSError, RuntimeError) as exc:
            hint = " (another process holds its lock; open it read-only)" if "lock" in str(exc).lower() else ""
            raise StoreUnavailableError(f"cannot open the store at {path}: {exc}{hint}") from None

    def disk_state(self) -> Optional[tuple]:
        """What the store's files look like now (names, sizes, times; RocksDB's own logs left
        out): changes when another process commits a write. None for a store in memory."""
        if self.path is None:
            return None
        try:
            entries = sorted((e.name, e.stat().st_size, e.stat().st_mtime_ns) for e in os.scandir(self.path)
                             if not e.name.startswith(("LOG", "LOCK")))
        except OSError:
            return None
        return tuple(entries)

    def reopen(self) -> None:
        """Open a read-only store again, to see what the writing process committed since.
        Counted as a write (the data version changes), so indexes and caches start again."""
        if not self.read_only or self.path is None:
            raise StoreError("only a read-only store on disk is reopened")
        with self._writing():
            fresh = open_read_only(self.path)
            self.ox = fresh  # queries running on the old snapshot keep it until they end

    @property
    def engine(self) -> ox.Store:
        """The pyoxigraph store itself (capability ``local``): for callers that stream results."""
        return self.ox

    @staticmethod
    def default_dataset(sparql: str = "") -> dict:
        """The dataset of a read that names none: the canonical graph as the default graph,
        every named graph available to ``GRAPH`` (pyoxigraph keywords); a query with its own
        ``FROM`` keeps it."""
        return {} if sparql and names_dataset(sparql) else {"default_graph": ox.NamedNode(canonical_graph())}

    def _solutions(self, sparql: str):
        check_nesting(sparql)  # before pyoxigraph's parser, whose stack a deep query overflows
        try:
            return self.ox.query(sparql, **self.default_dataset(sparql))
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from None
        except OSError as exc:
            raise QueryError(str(exc)) from None

    def select_terms(self, sparql: str):
        def run():
            res = self._solutions(sparql)
            names = [v.value for v in res.variables]
            return names, [tuple(s[n] for n in names) for s in res]

        return self._reading(run)

    def select_serialized(self, sparql: str, fmt: str = "tsv") -> bytes:
        """Serialised in Rust, without the GIL: the cheap way to read a large scan."""
        return self._reading(lambda: self._solutions(sparql).serialize(format=SELECT_FORMATS[fmt]))

    def _reading(self, run):
        """``run()``, and once more on a newer snapshot when this read-only store's writer
        compacted away files the old snapshot needed (the race pyoxigraph leaves undefined)."""
        try:
            return run()
        except (QueryError, OSError, RuntimeError) as exc:
            if not (self.read_only and self.path is not None and vanished_file(exc)):
                if isinstance(exc, QueryError):
                    raise
                raise QueryError(str(exc)) from None
        self.reopen()
        try:
            return run()
        except (OSError, RuntimeError) as exc:
            raise QueryError(str(exc)) from None

    def query(self, sparql: str, *, timeout: Optional[float] = None) -> QueryResult:
        """Any SPARQL query; the default graph is the canonical graph (named graphs by name)."""
        check_nesting(sparql)
        try:
            res = self.ox.query(sparql, **self.default_dataset(sparql))
            if timeout is None:
                return QueryResult.from_oxigraph(res)
            return _with_timeout(lambda: QueryResult.from_oxigraph(res), timeout)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from None
        except OSError as exc:
            raise QueryError(str(exc)) from None

    def update(self, sparql: str) -> None:
        self._check_writable()
        check_nesting(sparql)
        try:
            with self._writing():
                self.ox.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from None

    def replace_graph(self, graph: str, body: Body, *, drop: Optional[str] = None) -> None:
        """Drop ``drop`` (and ``graph``) and insert N-Triples ``body`` into ``graph``, in one transaction."""
        self._check_writable()
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        parts = [f"DROP SILENT GRAPH <{graph}>"]
        if drop and drop != graph:
            parts.append(f"DROP SILENT GRAPH <{drop}>")
        parts.append(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
        with self._writing():
            self.ox.update(" ;\n".join(parts))

    def remove_graph(self, graph: str) -> None:
        self._check_writable()
        with self._writing():
            self.ox.update(f"DROP SILENT GRAPH <{graph}>")

    def bulk_load(self, body: Body, *, fmt: str = "nquads", parts: Optional[int] = None) -> None:
        """Fast load of a large N-Quads/TriG document (no transaction; for benchmarks and restores).

        One pyoxigraph bulk load keeps about one core busy (a parser and a writer thread);
        line-based input without blank nodes is cut at line ends into ``parts`` pieces
        loaded side by side (default: cores + 1), as the ``oxigraph load`` command loads
        several files: on 2 cores 1.9–2.2× the triples/s of one load at 1e5–1e6 triples, no
        gain at 1e7, where the engine's loader is CPU-bound (docs/benchmarks.md).
        Blank-node labels are scoped to one load, so input holding any is loaded whole.
        """
        import os
        import threading

        self._check_writable()
        data = body.encode("utf-8") if isinstance(body, str) else body
        k = parts if parts is not None else (os.cpu_count() or 1) + 1
        if fmt not in ("nquads", "ntriples") or k < 2 or len(data) < (1 << 20) or b"_:" in data:
            pieces = [data]
        else:
            cuts = [0] + [data.index(b"\n", len(data) * i // k) + 1 for i in range(1, k)] + [len(data)]
            pieces = [data[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]
        errors: list[BaseException] = []

        def load(piece: bytes) -> None:
            try:
                self.ox.bulk_load(piece, format=GRAPH_FORMATS[fmt])
            except BaseException as exc:  # noqa: BLE001 - raised again below, in the caller's thread
                errors.append(exc)

        with self._writing():
            if len(pieces) == 1:
                self.ox.bulk_load(data, format=GRAPH_FORMATS[fmt])
            else:
                threads = [threading.Thread(target=load, args=(x,)) for x in pieces]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                if errors:
                    raise errors[0]

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def export(self, fmt: str = "trig") -> bytes:
        if fmt not in ("turtle", "trig", "nquads", "jsonld", "ntriples"):
            raise StoreError(f"export formats: turtle, trig, nquads, jsonld; not {fmt!r}")
        if fmt in ("turtle", "ntriples"):  # the union of the graphs as triples
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self.ox}
            return ox.serialize(sorted(triples, key=str), format=GRAPH_FORMATS[fmt],
                                **({"prefixes": PREFIX_MAP} if fmt == "turtle" else {}))
        kw = {"prefixes": PREFIX_MAP} if fmt == "trig" else {}
        return ox.serialize(self.ox, format=GRAPH_FORMATS[fmt], **kw) if fmt != "jsonld" \
            else ox.serialize(list(self.ox), format=GRAPH_FORMATS[fmt])

    def optimize(self) -> None:
        if self.path is not None and not self.read_only:
            self.ox.optimize()  # compaction: the data, and so its version, stay the same

    def __len__(self) -> int:
        return len(self.ox)


def _with_timeout(fn, seconds: float):
    # pyoxigraph evaluates lazily while results are iterated; run that in a worker thread
    # and give up waiting after `seconds` (the evaluation finishes in the background).
    import concurrent.futures as cf

    ex = cf.ThreadPoolExecutor(max_workers=1)
    fut = ex.submit(fn)
    try:
        return fut.result(timeout=seconds)
    except cf.TimeoutError:
        raise QueryTimeoutError(f"query took longer than {seconds:g} s") from None
    finally:
        ex.shutdown(wait=False)
