"""The graph: identity of documents and agencies, stores, ingestion and lineage queries.

Public verbs (see "Graph Python API" in docs/architecture.md, which
``tests/test_graph_api.py`` checks against ``__all__``): :func:`open_store`,
:func:`ingest_paths`, :func:`trace`, :func:`impact`, :func:`tasks`, :func:`gaps`,
:func:`gap_tasks`, :func:`stats`, :func:`get_document`, :func:`get_task`, :func:`get_agency`,
:func:`search`, :func:`resolve`.
"""

from cancu.graph.analytics import gap_tasks, gaps, get_agency, get_document, get_task, search, stats, tasks
from cancu.graph.ingest import IngestReport, ingest_extraction, ingest_file, ingest_paths, remove_file
from cancu.graph.lineage import impact, resolve, trace
from cancu.graph.store import BACKENDS, QueryResult, Store, open_store

__all__ = ["open_store", "Store", "QueryResult", "BACKENDS", "IngestReport", "ingest_paths", "ingest_file",
           "ingest_extraction", "remove_file", "trace", "impact", "resolve", "tasks", "gaps", "gap_tasks", "stats",
           "get_document", "get_task", "get_agency", "search"]
