"""cancu (căn cứ, "legal basis"): a knowledge graph of Vietnamese legal references.

cancu reads administrative and party documents as they really arrive, extracts
their identity, basis clauses, citations and task rows with source spans, and
builds a graph that traces a ward task back to its provincial and national basis.

The public surface is a few verbs; everything else lives in the sub-packages:

- :func:`cancu.loaders.extract` — read one file and extract its records.
- :mod:`cancu.graph` — stores, ingestion and the lineage queries.
- :mod:`cancu.api` — the HTTP API, SPARQL endpoint and explorer.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
