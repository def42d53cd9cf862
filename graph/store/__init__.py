"""Graph stores behind one interface, chosen by name.

``BACKENDS`` is the registry: ``oxigraph`` (embedded pyoxigraph on disk, the
default), ``sparql`` (any SPARQL 1.1 Query/Update + Graph Store Protocol
server, e.g. Virtuoso) and ``memory`` (pyoxigraph in memory, for tests). An
unknown name is an :class:`~cancu.errors.UnknownBackendError` listing them.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Optional

from cancu.errors import StoreUnavailableError, UnknownBackendError
from cancu.graph.store.base import BaseStore, QueryResult
from cancu.graph.store.oxigraph import OxigraphStore


def _oxigraph(path, endpoint, read_only):
    if path is None:
        from cancu.config import store_path

        path = store_path()
    return OxigraphStore(Path(path), read_only=read_only)


def _memory(path, endpoint, read_only):
    return OxigraphStore(None)


def _sparql(path, endpoint, read_only):
    from cancu.graph.store.sparql import SparqlStore

    endpoint = endpoint or os.environ.get("CANCU_SPARQL_URL")
    if not endpoint:
        raise StoreUnavailableError("the sparql backend needs --endpoint URL (or CANCU_SPARQL_URL)")
    return SparqlStore(endpoint, read_only=read_only)


#: name → (description, factory(path, endpoint, read_only))
BACKENDS: dict[str, tuple[str, Callable]] = {
    "oxigraph": ("embedded pyoxigraph store on disk (default)", _oxigraph),
    "sparql": ("a SPARQL 1.1 Query/Update + Graph Store Protocol server", _sparql),
    "memory": ("pyoxigraph in memory (tests)", _memory),
}

Store = BaseStore


def open_store(path: Optional[Path] = None, *, backend: str = "oxigraph",
               endpoint: Optional[str] = None, read_only: bool = False) -> BaseStore:
    """Open the store named ``backend`` (``path`` for oxigraph, ``endpoint`` for sparql)."""
    if backend not in BACKENDS:
        raise UnknownBackendError(
            f"unknown store backend {backend!r}; valid backends: {', '.join(BACKENDS)}")
    return BACKENDS[backend][1](path, endpoint, read_only)


__all__ = ["open_store", "Store", "BaseStore", "OxigraphStore", "QueryResult", "BACKENDS",
           "StoreUnavailableError"]
