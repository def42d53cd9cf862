"""The graph: identity of documents and agencies, stores, ingestion and lineage queries.

Public verbs: :func:`open_store`, :func:`trace`, :func:`impact`.
"""

from cancu.graph.lineage import impact, trace
from cancu.graph.store import open_store

__all__ = ["open_store", "trace", "impact"]
