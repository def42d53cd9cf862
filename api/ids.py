"""Stable short ids for the REST API: an IRI minus the data base.

``https://w3id.org/cancu/id/doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311-qd-ubnd`` has
the id ``doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311-qd-ubnd``. Ids are derived from the IRI, so
they stay the same across re-ingests and between the API and SPARQL.
"""

from __future__ import annotations

from typing import Any

from cancu import config

#: first path segments of minted IRIs
PREFIXES = ("doc/", "agency/", "unit/", "source/")


def to_id(iri: str) -> str:
    base = config.data_base()
    return iri[len(base):] if iri.startswith(base) else iri


def to_iri(id_or_query: str) -> str | None:
    """The IRI an id stands for, or None when it is a symbol or words to resolve."""
    s = id_or_query.strip()
    if s.startswith(("http://", "https://")):
        return s
    if s.startswith(PREFIXES):
        return config.data_base() + s
    return None


def with_ids(obj: Any) -> Any:
    """Add ``id`` beside every ``iri`` key, recursively (results stay JSON-ready)."""
    base = config.data_base()
    n = len(base)

    # only dicts and lists are walked: a trace has ~900 values, ~60 of them containers
    def walk(o: Any) -> Any:
        if isinstance(o, dict):
            out = {k: walk(v) if isinstance(v, (dict, list)) else v for k, v in o.items()}
            iri = o.get("iri")
            if isinstance(iri, str) and "id" not in o:
                out = {"id": iri[n:] if iri.startswith(base) else iri, **out}
            return out
        if isinstance(o, list):
            return [walk(x) if isinstance(x, (dict, list)) else x for x in o]
        return o

    return walk(obj)
