"""Worker processes for public SPARQL queries: a runaway costs its time limit and memory cap.

:class:`QueryPool` keeps up to ``size`` worker processes
(:mod:`cancu.api.query_worker`) for one on-disk embedded store. A request takes
an idle worker (waiting within its own time budget when all are busy), sends the
query and waits for the answer until the deadline. At the deadline the worker is
killed (SIGKILL; it cannot hold anything the server needs) and a fresh one is
started in its place, so the slot comes back at once; a worker that died of its
memory cap (503 ``query-memory``) or of anything else — a signal from outside, a
crash (500 ``query-worker-died``, :func:`died_of`) — is replaced the same way. Nothing of a stopped query keeps running,
and :meth:`close` (the app's shutdown) kills every worker, so the server stops
on SIGTERM within seconds.

The serialised answer comes back as bytes in the negotiated format: the server
process only copies it to the client.
"""

from __future__ import annotations

import logging
import os
import select
import signal
import subprocess
import sys
import threading
import time
import weakref
from dataclasses import dataclass
from typing import Optional

from cancu.api.query_worker import HEADER, write_frame
from cancu.errors import (
    CancuError,
    QueryEvaluationError,
    QueryMemoryError,
    QuerySyntaxError,
    QueryTimeoutError,
    QueryWorkerDiedError,
)

log = logging.getLogger("cancu.api.query_pool")


@dataclass
class WorkerAnswer:
    kind: str                 # "select" | "ask" | "graph"
    body: Optional[bytes]     # None when no format was negotiable for this kind
    truncated: bool
    seconds: float


def _error_classes() -> dict[str, type]:
    from cancu import errors as E
    from cancu.api.sparql_exec import DatasetUnsupportedError, InvalidGraphError
    from cancu.api.sparql_guard import FederatedQueryError

    return {c.__name__: c for c in (QuerySyntaxError, QueryEvaluationError, QueryMemoryError, QueryTimeoutError,
                                    FederatedQueryError, InvalidGraphError, DatasetUnsupportedError,
                                    E.QueryError, E.StoreError, E.StoreUnavailableError)}


class _Worker:
    def __init__(self, path: str, memory_mb: int) -> None:
        # fewer 64 MB malloc arenas in the address space; one line, not a backtrace, when Rust runs out
        env = {**os.environ, "MALLOC_ARENA_MAX": "2", "RUST_BACKTRACE": "0"}
        self.proc = subprocess.Popen([sys.executable, "-m", "cancu.api.query_worker", path, str(memory_mb)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                                     start_new_session=True)  # a terminal's Ctrl+C goes to the server only
        self.ready = False
        self.sandboxed: Optional[bool] = None

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.kill()
            except OSError:
                pass
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL is not refused
            pass
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass

    def read_frame(self, deadline: float):
        """The next frame, or TimeoutError at ``deadline``, EOFError when the worker died."""
        fd = self.proc.stdout.fileno()
        header = self._read(fd, HEADER.size, deadline)
        (n,) = HEADER.unpack(header)
        import pickle

        return pickle.loads(self._read(fd, n, deadline))

    @staticmethod
    def _read(fd: int, n: int, deadline: float) -> bytes:
        parts, got = [], 0
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
        while got < n:
            left = deadline - time.monotonic()
            if left <= 0 or not poller.poll(max(1, int(left * 1000))):
                if time.monotonic() >= deadline:
                    raise TimeoutError
                continue
            chunk = os.read(fd, min(n - got, 1 << 20))
            if not chunk:
                raise EOFError
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)


#: how a worker ends when its query ran over the address-space cap: Rust aborts on a failed allocation
#: (SIGABRT; 134 through a shell), Python's MemoryError is answered and the worker exits 3
MEMORY_ENDS = (-signal.SIGABRT, 134, 3)


def died_of(code: Optional[int], memory_mb: int) -> CancuError:
    """The error for a worker that ended in the middle of a query with exit status ``code`` (negative:
    the signal, as ``Popen.returncode``; None: it closed its pipe and did not end). Only the ends its
    memory cap causes are reported as the query's memory: a SIGKILL or SIGTERM from outside (an operator,
    the system's out-of-memory killer) or a crash (SIGSEGV) is not the query's size, and telling the
    client to write a cheaper query would be wrong."""
    if code in MEMORY_ENDS:
        return QueryMemoryError(f"the query needed more than the {memory_mb} MB a query may use and was stopped")
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        how = f"was ended by {name}"
        if -code == signal.SIGKILL:
            how += " from outside the server (an operator or the system's out-of-memory killer)"
    else:
        how = "ended unexpectedly" + (f" (exit status {code})" if code is not None else "")
    return QueryWorkerDiedError(f"the query worker {how}, not by the query's memory or time limit; "
                                "a fresh worker takes its place, the query was not answered")


def _kill_all(workers: set) -> None:
    for w in list(workers):
        w.kill()


class QueryPool:
    """Up to ``size`` worker processes evaluating queries on the store at ``path``."""

    def __init__(self, path, *, size: int = 2, memory_mb: int = 1024) -> None:
        self.path, self.size, self.memory_mb = str(path), max(1, size), memory_mb
        self._idle: list[_Worker] = []
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.size)
        self._closed = False
        self.stats = {"queries": 0, "killed_at_deadline": 0, "died": 0, "started": 0}
        self._finalizer = weakref.finalize(self, _kill_all, self._all)

    # -- workers ---------------------------------------------------------------
    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise QueryTimeoutError("the server is shutting down; the query was not run")
            while self._idle:
                w = self._idle.pop()
                if w.proc.poll() is None:
                    return w
                self._all.discard(w)
            w = _Worker(self.path, self.memory_mb)
            self._all.add(w)
            self.stats["started"] += 1
            return w

    def _give_back(self, w: _Worker) -> None:
        with self._lock:
            if self._closed:
                w.kill()
                self._all.discard(w)
            else:
                self._idle.append(w)

    def _discard(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)
            if self._closed or len(self._all) >= self.size:
                return
            # the replacement starts now, so the next query does not pay its start-up
            fresh = _Worker(self.path, self.memory_mb)
            self._all.add(fresh)
            self._idle.append(fresh)
            self.stats["started"] += 1

    def warm(self) -> None:
        """Start the workers now (each takes a fraction of a second to import and open the store)."""
        with self._lock:
            while not self._closed and len(self._all) < self.size:
                w = _Worker(self.path, self.memory_mb)
                self._all.add(w)
                self._idle.append(w)
                self.stats["started"] += 1

    def workers(self) -> list[int]:
        """Process ids of the live workers (health, tests)."""
        with self._lock:
            return [w.proc.pid for w in self._all if w.proc.poll() is None]

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
            self._idle.clear()
        for w in workers:
            w.kill()

    # -- one query ---------------------------------------------------------------
    def run(self, text: str, *, default_graphs=(), named_graphs=(), max_results: int, formats: dict,
            version, timeout: float) -> WorkerAnswer:
        if self._closed:
            raise QueryTimeoutError("the server is shutting down")
        start = time.monotonic()
        deadline = start + timeout
        # wait for a worker in short steps, so a shutdown does not wait for this deadline
        while not self._slots.acquire(timeout=min(0.2, max(0.0, deadline - time.monotonic()))):
            if self._closed:
                raise QueryTimeoutError("the server is shutting down; the query was not run")
            if time.monotonic() >= deadline:
                raise QueryTimeoutError(f"no query worker became free within {timeout:g} s "
                                        f"({self.size} queries are running); try again later")
        try:
            return self._run(text, default_graphs, named_graphs, max_results, formats, version, deadline, timeout)
        finally:
            self._slots.release()

    def _run(self, text, default_graphs, named_graphs, max_results, formats, version, deadline, timeout):
        w = self._take()
        with self._lock:
            self.stats["queries"] += 1
        try:
            if not w.ready:
                hello = w.read_frame(deadline)
                w.ready, w.sandboxed = True, hello[2]
                if not w.sandboxed:
                    log.debug("query worker %s runs without a network filter", w.proc.pid)
            write_frame(w.proc.stdin.fileno(), {
                "text": text, "default_graphs": list(default_graphs), "named_graphs": list(named_graphs),
                "max_results": max_results, "formats": formats, "version": version})
            reply = w.read_frame(deadline)
        except TimeoutError:
            self.stats["killed_at_deadline"] += 1
            self._discard(w)
            raise QueryTimeoutError(f"the query was stopped after the time limit of {timeout:g} s") from None
        except (EOFError, BrokenPipeError, OSError):
            if self._closed:
                w.kill()
                raise QueryTimeoutError("the server is shutting down; the query was stopped") from None
            code = w.proc.poll()
            if code is None:
                try:
                    code = w.proc.wait(timeout=2)
                except subprocess.TimeoutExpired:
                    code = None
            self.stats["died"] += 1
            self._discard(w)
            raise died_of(code, self.memory_mb) from None
        if reply[0] == "ok":
            self._give_back(w)
            _, kind, body, truncated, seconds = reply
            return WorkerAnswer(kind, body, truncated, seconds)
        _, name, message, attrs = reply
        if name == "QueryMemoryError":
            self.stats["died"] += 1
            self._discard(w)  # it exits after answering
        else:
            self._give_back(w)
        cls = _error_classes().get(name, QueryEvaluationError)
        if issubclass(cls, QuerySyntaxError):
            raise cls(message, line=attrs.get("line"), column=attrs.get("column"))
        exc: CancuError = cls(message)
        raise exc
