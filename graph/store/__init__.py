"""Graph stores behind one interface, chosen by name.

Registered backends: ``oxigraph`` (embedded pyoxigraph store on disk; the
default) and ``memory`` (pyoxigraph in memory, for tests). An unknown name is an
:class:`~cancu.errors.UnknownBackendError` listing the valid ones. (A generic
SPARQL 1.1 server backend is planned behind the same interface; see the
closing notes of issue 5.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from cancu.errors import StoreUnavailableError, UnknownBackendError
from cancu.graph.store.oxigraph import OxigraphStore

BACKENDS = {"oxigraph": "on-disk pyoxigraph store", "memory": "in-memory pyoxigraph store"}


def open_store(path: Optional[Path] = None, *, backend: str = "oxigraph",
               endpoint: Optional[str] = None, read_only: bool = False) -> OxigraphStore:
    """Open the store named ``backend`` at ``path``."""
    if backend == "memory":
        return OxigraphStore(None)
    if backend == "oxigraph":
        if path is None:
            from cancu.config import store_path

            path = store_path()
        return OxigraphStore(Path(path), read_only=read_only)
    raise UnknownBackendError(
        f"unknown store backend {backend!r}; valid backends: {', '.join(BACKENDS)}")


__all__ = ["open_store", "OxigraphStore", "BACKENDS", "StoreUnavailableError"]
