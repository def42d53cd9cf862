"""Answers of repeated SPARQL queries, kept for as long as the store's data is unchanged.

Portals send the same few queries over and over (the trace of the task a page
shows, the tasks of one agency). Evaluating them again costs Oxigraph a few
milliseconds each (docs/benchmarks.md); serving the bytes already made costs
microseconds. An entry is keyed by the exact query text, the protocol dataset
and the result format, and belongs to one ``store.data_version()``: the first
lookup after any write (an upload, a SPARQL update, an ingest by another
process on a shared server) empties the cache, so an answer is never older
than the data. Queries whose answer changes without a write (``NOW()``,
``RAND()``, ``UUID()``, ``STRUUID()``) and truncated answers are not kept.
Least recently used entries go first once ``max_bytes`` is reached.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from typing import Any, Optional

from cancu.api.sparql_exec import code_only

_VOLATILE = re.compile(r"(?<![\w:])(NOW|RAND|UUID|STRUUID)\s*\(", re.IGNORECASE)


def cacheable(text: str) -> bool:
    """Whether the same query text over the same data always gives the same answer."""
    return _VOLATILE.search(code_only(text)) is None


class ResultCache:
    """A bounded LRU of (body, media type, headers) per (query, dataset, format)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple, tuple[bytes, str, dict[str, str]]] = OrderedDict()
        self._bytes = 0
        self._version: Any = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def _check(self, version: Any) -> None:
        if version != self._version:  # the data changed: nothing kept is current
            self._entries.clear()
            self._bytes = 0
            self._version = version

    def get(self, key: tuple, version: Any) -> Optional[tuple[bytes, str, dict[str, str]]]:
        with self._lock:
            self._check(version)
            hit = self._entries.get(key)
            if hit is None:
                self.misses += 1
                return None
            self._entries.move_to_end(key)
            self.hits += 1
            return hit

    def put(self, key: tuple, version: Any, body: bytes, media: str, headers: dict[str, str]) -> None:
        size = len(body) + len(key[0])  # the answer and its query text
        if size > self.max_bytes // 8:  # one huge answer must not push out everything else
            return
        with self._lock:
            self._check(version)
            if key in self._entries:
                return
            self._entries[key] = (body, media, headers)
            self._bytes += size
            while self._bytes > self.max_bytes and self._entries:
                k, (b, _, _) = self._entries.popitem(last=False)
                self._bytes -= len(b) + len(k[0])

    def stats(self) -> dict[str, int]:
        with self._lock:
            return {"entries": len(self._entries), "bytes": self._bytes, "max_bytes": self.max_bytes,
                    "hits": self.hits, "misses": self.misses}
