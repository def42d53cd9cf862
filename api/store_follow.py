"""A server that opened its embedded store read-only follows the process writing it.

``cancu serve`` started while ``cancu ingest`` holds the store's lock opens the
store read-only: a snapshot of what was committed then (issue 15 saw such a
server serve that snapshot forever, while health said ok). :class:`Follower`
looks at the store's files once a ``interval``; when they changed and then stayed
the same for one more look (the writer is between two commits or done), it
reopens the snapshot (:meth:`~cancu.graph.store.oxigraph.OxigraphStore.reopen`),
which changes the data version, so the in-process index is rebuilt, the result
cache starts again and the query workers reopen before their next query.
pyoxigraph calls reading while another process writes undefined; a snapshot is
only ever taken between commits, and the health answer says the store is
read-only and which data version it serves.
"""

from __future__ import annotations

import logging
import threading
from typing import Optional

log = logging.getLogger("cancu.api.follow")


class Follower:
    def __init__(self, store, interval: float = 1.0) -> None:
        self.store, self.interval = store, interval
        self._stop = threading.Event()
        self._seen = store.disk_state()
        self.reopened = 0
        self._thread: Optional[threading.Thread] = None

    def start(self) -> "Follower":
        self._thread = threading.Thread(target=self._run, name="cancu-follow", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def step(self, previous) -> tuple:
        """One look: reopen when the files changed since the snapshot and stayed as ``previous``."""
        now = self.store.disk_state()
        if now is not None and now != self._seen and now == previous:
            try:
                self.store.reopen()
            except (OSError, RuntimeError) as exc:  # the writer moved files while opening: next look
                log.info("reopening the store failed, trying again: %s", exc)
                return now
            self._seen = now
            self.reopened += 1
            log.info("the store changed on disk: reopened (data version %s)", self.store.data_version())
        return now

    def _run(self) -> None:
        previous = self._seen
        while not self._stop.wait(self.interval):
            try:
                previous = self.step(previous)
            except Exception:  # noqa: BLE001 - the follower must outlive one bad look
                log.exception("following the store failed; trying again")


def follow(store, interval: float = 1.0) -> Optional[Follower]:
    """A started :class:`Follower` for a read-only embedded store on disk, else None."""
    if not getattr(store, "read_only", False) or not hasattr(store, "disk_state") or store.disk_state() is None:
        return None
    return Follower(store, interval).start()
