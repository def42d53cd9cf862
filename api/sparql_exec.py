"""Running one SPARQL query for the endpoint: dataset, time limit, result limit.

Where a query runs:

* On the embedded store on disk, :func:`evaluate` hands it to a worker process
  (:mod:`cancu.api.query_pool`): killed at the deadline, capped in memory, so a
  runaway costs at most its time limit and memory cap (issue 15). The worker
  evaluates with :class:`QueryJob` below, so both paths give the same answers.
* The in-memory store (tests) and ``CANCU_QUERY_WORKERS=0`` evaluate in a
  thread of the server. pyoxigraph releases the GIL while it evaluates, so the
  event loop and other requests go on; but pyoxigraph 0.5 has no cancellation,
  so only a *streaming* query is stopped (the thread checks a flag between
  solutions); a *blocking* one (``COUNT`` or ``ORDER BY`` over a cross join)
  computes inside one ``next()`` call: the client gets its answer at the
  deadline and the thread is abandoned to finish. At most :data:`SLOTS`
  queries run at once, so abandoned ones cannot multiply without bound.
* A SPARQL server backend bounds its own queries (the timeout is passed on).

The answer to a timeout is **503 Service Unavailable** with ``Retry-After``:
the server declined to spend more than its budget on the query, which is a
server-side condition of this service (as ``cancu.api.problems.STATUS`` maps
``QueryTimeoutError``), while 504 Gateway Timeout would tell the client that
an upstream server failed to answer a proxy in time, which is not what
happened.

Result limit: SELECT solutions and CONSTRUCT/DESCRIBE triples beyond
``max_results`` are not read; the answer is truncated to ``max_results`` and
carries ``Cancu-Result-Limit`` and ``Cancu-Truncated: true`` headers, like
Virtuoso's ``ResultSetMaxRows`` rather than a refusal, so YASGUI and scripts
still see the first rows. Add ``LIMIT``/``OFFSET`` to page.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from typing import Optional

import pyoxigraph as ox

from cancu.api.sparql_guard import check_query
from cancu.errors import (
    DatasetUnsupportedError,
    InvalidGraphError,
    QueryEvaluationError,
    QuerySyntaxError,
    QueryTimeoutError,
)
from cancu.graph.store.base import DATASET, LOCAL, NOT_CODE, QueryResult, canonical_graph

#: queries evaluated at the same time (running + abandoned after a timeout)
SLOTS = 8

_SLOT_LOCK = threading.Lock()
_SLOTS_BY_STORE: dict[int, threading.BoundedSemaphore] = {}


@dataclass
class Dataset:
    """The RDF dataset of a request (``default-graph-uri`` / ``named-graph-uri``)."""

    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)

    @property
    def given(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


@dataclass
class Outcome:
    result: QueryResult
    truncated: bool
    seconds: float


@dataclass
class Answer:
    """A query's answer serialised in the format negotiated for its kind."""

    kind: str                 # "select" | "ask" | "graph"
    body: Optional[bytes]     # None: no format was acceptable for this kind
    truncated: bool
    seconds: float


# "error at 3:17: …" (SPARQL parser), "Parser error at line 1 column 17: …" (RDF parsers)
_POSITION = re.compile(r"error at (?:line )?(\d+)(?::| column )(\d+)")


def code_only(text: str) -> str:
    """``text`` with string literals, IRIs and comments blanked, for keyword checks."""
    return NOT_CODE.sub(lambda m: " " * len(m.group(0)), text)


def _keyword(text: str, word: str) -> bool:
    # not part of a variable (?from), a prefixed name (ex:service) or a longer word
    return re.search(rf"(?<![?$:\w-]){word}(?![\w:-])", code_only(text), re.IGNORECASE) is not None


def has_dataset_clause(text: str) -> bool:
    """Whether the query names its own dataset with ``FROM`` / ``FROM NAMED``."""
    return _keyword(text, "FROM")


def syntax_error(exc: Exception) -> QuerySyntaxError:
    """A pyoxigraph ``SyntaxError`` as a :class:`QuerySyntaxError` with line and column."""
    msg = str(getattr(exc, "msg", None) or exc)
    m = _POSITION.search(msg)
    line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    return QuerySyntaxError(msg, line=line, column=col)


def _slots(store) -> threading.BoundedSemaphore:
    with _SLOT_LOCK:
        return _SLOTS_BY_STORE.setdefault(id(store), threading.BoundedSemaphore(SLOTS))


class QueryJob:
    """One query in its worker thread; the request thread waits on ``done``."""

    def __init__(self, store, text: str, dataset: Dataset, max_results: int, deadline: float) -> None:
        self.store, self.text, self.dataset = store, text, dataset
        self.max_results, self.deadline = max_results, deadline
        self.stop = threading.Event()
        self.done = threading.Event()
        self.outcome: Optional[tuple[QueryResult, bool]] = None
        self.error: Optional[BaseException] = None

    def run(self, slot: threading.BoundedSemaphore) -> None:
        try:
            if LOCAL in self.store.capabilities:  # an embedded engine: stream its solutions here
                self.outcome = self._oxigraph()
            else:
                self.outcome = self._remote()
        except BaseException as exc:  # handed to the request thread
            self.error = exc
        finally:
            slot.release()
            self.done.set()

    def _kwargs(self) -> dict:
        d = self.dataset
        if d.given:  # the protocol's dataset replaces FROM / FROM NAMED (SPARQL 1.1 Protocol §2.1.4)
            try:
                return {"default_graph": [ox.NamedNode(g) for g in d.default_graphs],
                        "named_graphs": [ox.NamedNode(g) for g in d.named_graphs]}
            except ValueError as exc:
                raise InvalidGraphError(f"default-graph-uri/named-graph-uri: {exc}") from None
        if has_dataset_clause(self.text):
            return {}  # the query's own FROM (a default-graph keyword would override it)
        # the canonical graph (each fact once); every named graph stays available to GRAPH
        return {"default_graph": [ox.NamedNode(canonical_graph())]}

    def _oxigraph(self) -> tuple[QueryResult, bool]:
        try:
            res = self.store.engine.query(self.text, **self._kwargs())
        except SyntaxError as exc:
            raise syntax_error(exc) from None
        except (OSError, RuntimeError) as exc:  # the store failed while starting the evaluation
            raise QueryEvaluationError(str(exc)) from None
        except ValueError as exc:
            raise QueryEvaluationError(str(exc)) from None
        if isinstance(res, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(res)), False
        rows: list = []
        graph = not isinstance(res, ox.QuerySolutions)
        seen: set = set()  # CONSTRUCT answers a set: the union default graph repeats triples
        truncated = False
        it = iter(res)
        try:
            while True:
                if self.stop.is_set():
                    return QueryResult(kind="select"), False  # nobody waits for it any more
                try:
                    item = next(it)
                except StopIteration:
                    break
                if graph:
                    if item in seen:
                        continue
                    seen.add(item)
                if len(rows) >= self.max_results:
                    truncated = True
                    break
                rows.append(item)
        except OSError as exc:
            raise QueryEvaluationError(str(exc)) from None
        except (TypeError, ValueError, RuntimeError) as exc:
            raise QueryEvaluationError(f"{type(exc).__name__}: {exc}") from None
        finally:
            del it
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            return QueryResult(kind="select", variables=names,
                               solutions=[tuple(s[n] for n in names) for s in rows]), truncated
        return QueryResult(kind="graph", triples=rows), truncated

    def _remote(self) -> tuple[QueryResult, bool]:
        # A SPARQL server backend: it enforces its own limit (``timeout`` is passed on).
        kw = {}
        if self.dataset.given:
            if DATASET not in self.store.capabilities:
                raise DatasetUnsupportedError(
                    f"the {self.store.name} backend does not take default-graph-uri/named-graph-uri; "
                    "use FROM / FROM NAMED in the query")
            kw = {"default_graphs": self.dataset.default_graphs, "named_graphs": self.dataset.named_graphs}
        remaining = max(self.deadline - time.monotonic(), 0.1)
        result = self.store.query(self.text, timeout=remaining, **kw)
        if result.kind == "select" and len(result.solutions) > self.max_results:
            result.solutions = result.solutions[: self.max_results]
            return result, True
        if result.kind == "graph" and len(result.triples) > self.max_results:
            result.triples = result.triples[: self.max_results]
            return result, True
        return result, False


def run_query(store, text: str, *, dataset: Optional[Dataset] = None,
              timeout: float = 10.0, max_results: int = 10_000) -> Outcome:
    """Evaluate ``text`` on ``store`` within ``timeout`` seconds, at most ``max_results`` rows.

    Raises :class:`QuerySyntaxError` (with line/column), :class:`FederatedQueryError`,
    :class:`QueryEvaluationError` or :class:`QueryTimeoutError`.
    """
    check_query(text)
    start = time.monotonic()
    deadline = start + timeout
    slot = _slots(store)
    if not slot.acquire(timeout=timeout):
        raise QueryTimeoutError(f"no query slot became free within {timeout:g} s "
                                f"({SLOTS} queries are running); try again later")
    job = QueryJob(store, text, dataset or Dataset(), max_results, deadline)
    try:
        threading.Thread(target=job.run, args=(slot,), name="cancu-sparql", daemon=True).start()
    except BaseException:
        slot.release()
        raise
    if not job.done.wait(max(deadline - time.monotonic(), 0)):
        job.stop.set()
        raise QueryTimeoutError(f"the query was stopped after the time limit of {timeout:g} s")
    if job.error is not None:
        raise job.error
    assert job.outcome is not None
    result, truncated = job.outcome
    return Outcome(result, truncated, time.monotonic() - start)


def evaluate(store, text: str, *, formats: dict, dataset: Optional[Dataset] = None, timeout: float = 10.0,
             max_results: int = 10_000, pool=None) -> Answer:
    """Evaluate ``text`` and serialise the answer in ``formats[kind]`` (None: not serialised).

    With a :class:`~cancu.api.query_pool.QueryPool` (the on-disk embedded store) the query runs
    in a worker process that is killed at the deadline and capped in memory; otherwise in a
    thread as :func:`run_query` does (in-memory store; a SPARQL server bounds its own queries).
    """
    dataset = dataset or Dataset()
    if pool is not None:
        return pool.run(text, default_graphs=dataset.default_graphs, named_graphs=dataset.named_graphs,
                        max_results=max_results, formats=formats, version=store.data_version(), timeout=timeout)
    outcome = run_query(store, text, dataset=dataset, timeout=timeout, max_results=max_results)
    kind = outcome.result.kind
    fmt = formats.get(kind)
    return Answer(kind, outcome.result.serialize(fmt) if fmt else None, outcome.truncated, outcome.seconds)
