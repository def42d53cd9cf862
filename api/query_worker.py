"""A process that evaluates public SPARQL queries on the embedded store, bounded.

pyoxigraph 0.5 cannot cancel a query and a thread cannot be killed: issue 15
saw a cross join ``ORDER BY`` grow the server by 1.3 GB/s and eight blocking
queries keep every slot and a core each for 16 minutes. A query evaluated in a
process of its own can be stopped for real. Each worker (started by
:class:`cancu.api.query_pool.QueryPool` as ``python -m cancu.api.query_worker``):

* limits its own address space (``RLIMIT_AS``, ``CANCU_QUERY_MEMORY_MB``): a
  query that needs more fails in this process only — Python raises
  ``MemoryError`` (answered, then the worker exits), Rust aborts the process —
  and the pool starts a fresh worker;
* cannot open IP sockets (a seccomp filter on Linux x86-64 and arm64, set before
  anything else runs): ``SERVICE`` is refused on the parse tree already
  (:mod:`cancu.api.sparql_guard`), and this keeps a parser disagreement from
  ever reaching the network;
* opens the store with ``pyoxigraph.Store.read_only`` (the server's process holds
  the read-write lock) and reopens it whenever the server's data version differs
  from the one it opened at, so an upload or update is seen by the next query;
* runs at a lower CPU priority (niceness +10), so on a busy machine the server's
  own requests (health, REST, cached answers) are served first;
* is killed by the pool at the query's deadline.

Protocol on stdin/stdout (stdout is moved to a private descriptor first, so a
stray print cannot corrupt it): frames of an 8-byte big-endian length and a
pickle. A job is a dict (``text``, ``default_graphs``, ``named_graphs``,
``max_results``, ``formats`` {kind: format or None}, ``version``); the answer is
``("ok", kind, body bytes or None, truncated, seconds)`` or ``("error", class
name, message, {line, column})``. The worker ends at end of input (the server
closed the pipe or died).
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
import time

HEADER = struct.Struct(">Q")
#: added to a worker's niceness: a runaway query yields the CPU to the server's own threads
WORKER_NICENESS = 10


# --- no network -------------------------------------------------------------------------

# seccomp: (AUDIT_ARCH, socket, io_uring_setup) per machine
_ARCH = {"x86_64": (0xC000003E, 41, 425), "aarch64": (0xC00000B7, 198, 425)}
_AF_INET, _AF_INET6, _EACCES = 2, 10, 13


def forbid_network() -> bool:
    """Make ``socket(AF_INET|AF_INET6)`` fail with EACCES in this process and every thread it
    starts later (and refuse io_uring, which could connect around the filter). True when the
    filter is in place; False where the machine or system has no seccomp (nothing changes)."""
    import ctypes
    import platform

    arch = _ARCH.get(platform.machine())
    if arch is None or not sys.platform.startswith("linux"):
        return False
    audit, nr_socket, nr_uring = arch
    ld_abs, jeq, ret = 0x20, 0x15, 0x06
    allow, deny = 0x7FFF0000, 0x00050000 | _EACCES
    program = [  # (code, jt, jf, k); a jump skips jt/jf instructions
        (ld_abs, 0, 0, 4),             # 0 arch
        (jeq, 1, 0, audit),            # 1 ours? → 3
        (ret, 0, 0, allow),            # 2
        (ld_abs, 0, 0, 0),             # 3 syscall number
        (jeq, 6, 0, nr_uring),         # 4 → 11 deny
        (jeq, 1, 0, nr_socket),        # 5 → 7
        (ret, 0, 0, allow),            # 6
        (ld_abs, 0, 0, 16),            # 7 first argument (domain), low 32 bits
        (jeq, 2, 0, _AF_INET),         # 8 → 11
        (jeq, 1, 0, _AF_INET6),        # 9 → 11
        (ret, 0, 0, allow),            # 10
        (ret, 0, 0, deny),             # 11
    ]

    class Filter(ctypes.Structure):
        _fields_ = [("code", ctypes.c_ushort), ("jt", ctypes.c_ubyte), ("jf", ctypes.c_ubyte),
                    ("k", ctypes.c_uint)]

    class Prog(ctypes.Structure):
        _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(Filter))]

    filters = (Filter * len(program))(*[Filter(*ins) for ins in program])
    prog = Prog(len(program), filters)
    libc = ctypes.CDLL(None, use_errno=True)
    pr_set_no_new_privs, pr_set_seccomp, seccomp_mode_filter = 38, 22, 2
    if libc.prctl(pr_set_no_new_privs, 1, 0, 0, 0) != 0:
        return False
    return libc.prctl(pr_set_seccomp, seccomp_mode_filter, ctypes.byref(prog), 0, 0) == 0


def limit_memory(megabytes: int) -> None:
    """Cap this process's address space (no-op where ``resource`` does not exist)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return
    cap = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


# --- frames ----------------------------------------------------------------------------------

def read_exact(fd: int, n: int) -> bytes:
    parts, got = [], 0
    while got < n:
        chunk = os.read(fd, min(n - got, 1 << 20))
        if not chunk:
            raise EOFError
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def write_frame(fd: int, obj) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    view = memoryview(HEADER.pack(len(data)) + data)
    while view:
        view = view[os.write(fd, view):]


def read_frame(fd: int):
    (n,) = HEADER.unpack(read_exact(fd, HEADER.size))
    return pickle.loads(read_exact(fd, n))


# --- the loop -------------------------------------------------------------------------------

class _Opened:
    """The read-only store and the server data version it was opened at: to the query runner
    (``sparql_exec.QueryJob``) an embedded store (capability ``local``, its ``engine``)."""

    def __init__(self, path: str) -> None:
        from cancu.graph.store.base import LOCAL

        self.path, self.version, self.ox = path, None, None
        self.capabilities = frozenset({LOCAL})

    @property
    def engine(self):
        return self.ox

    def at(self, version, *, fresh: bool = False):
        from cancu.graph.store.oxigraph import open_read_only

        if self.ox is None or version != self.version or fresh:
            self.ox = None  # close the old snapshot before opening the new one
            self.ox = open_read_only(self.path)
            self.version = version
        return self


def answer(opened: _Opened, job: dict):
    from cancu.api.sparql_exec import Dataset, QueryJob
    from cancu.api.sparql_guard import check_query
    from cancu.errors import QueryEvaluationError

    start = time.monotonic()
    check_query(job["text"])
    store = opened.at(job["version"])
    dataset = Dataset(list(job.get("default_graphs") or ()), list(job.get("named_graphs") or ()))
    ev = QueryJob(store, job["text"], dataset, job["max_results"], float("inf"))
    try:
        result, truncated = ev._oxigraph()
    except QueryEvaluationError as exc:
        if "No such file or directory" not in str(exc):
            raise
        # another process compacted files this snapshot needed: once more on a new snapshot
        ev = QueryJob(opened.at(job["version"], fresh=True), job["text"], dataset, job["max_results"], float("inf"))
        result, truncated = ev._oxigraph()
    fmt = job["formats"].get(result.kind)
    body = result.serialize(fmt) if fmt else None
    return ("ok", result.kind, body, truncated, time.monotonic() - start)


def exit_with_parent(interval: float = 0.5) -> None:
    """End this process when the server that started it is gone, even in the middle of a
    query (pyoxigraph releases the GIL while it evaluates, so this thread runs): a server
    killed with SIGKILL must not leave its workers computing."""
    import threading

    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main(argv: list[str]) -> int:
    path, megabytes = argv[0], int(argv[1])
    sandboxed = forbid_network()  # first: every thread started after it inherits the filter
    exit_with_parent()
    out = os.dup(1)  # the protocol's descriptor; fd 1 now goes where stderr goes
    os.dup2(2, 1)
    limit_memory(megabytes)
    try:  # the server's own threads (health, REST, cached answers) come first on a busy machine
        os.nice(WORKER_NICENESS)
    except (AttributeError, OSError):  # pragma: no cover - not POSIX
        pass
    # the evaluation code now, at the lowered priority, rather than in the first query's time
    import cancu.api.sparql_exec  # noqa: F401
    import cancu.api.sparql_guard  # noqa: F401

    opened = _Opened(path)
    write_frame(out, ("ready", os.getpid(), sandboxed))
    while True:
        try:
            job = read_frame(0)
        except EOFError:
            return 0
        try:
            reply = answer(opened, job)
        except MemoryError:
            opened.ox = None
            write_frame(out, ("error", "QueryMemoryError", f"the query needed more than the {megabytes} MB a "
                                                          "query may use", {}))
            return 3  # memory may be fragmented or a structure half built: start afresh
        except BaseException as exc:  # noqa: BLE001 - every failure is answered, the loop goes on
            from cancu.errors import CancuError

            attrs = {k: getattr(exc, k, None) for k in ("line", "column")}
            name = type(exc).__name__ if isinstance(exc, CancuError) else "QueryEvaluationError"
            msg = str(exc) if isinstance(exc, CancuError) else f"{type(exc).__name__}: {exc}"
            reply = ("error", name, msg, attrs)
        write_frame(out, reply)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
