"""Writes through the endpoint: SPARQL Update and the Graph Store Protocol, token only.

The public may read; changing the graph needs ``Authorization: Bearer <token>``
with the token of :class:`~cancu.api.settings.Settings` (checked by
:func:`cancu.api.deps.authorize`). Without a header the
answer is 401 (with ``WWW-Authenticate: Bearer``), with a wrong token 403, and
when the service has no token configured every write is 403: a read-only
deployment cannot be opened by guessing. Every accepted write is logged on
``cancu.api.sparql`` with the client address and a SHA-256 digest of the
request, so a change to the graph can be matched to the request that made it.
"""

from __future__ import annotations

import hashlib
import logging
from typing import Optional

import pyoxigraph as ox

from cancu.api.sparql_exec import syntax_error
from cancu.errors import ForbiddenError, QueryError, QuerySyntaxError, RdfSyntaxError, StoreError, UnsupportedBodyError

log = logging.getLogger("cancu.api.sparql")

#: Graph Store Protocol request bodies: media type → pyoxigraph format
RDF_INPUT = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def digest(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def audit(client: str, action: str, body: bytes | str, **extra) -> None:
    """One log line per write: who, what, and a digest of the request body."""
    more = "".join(f" {k}={v}" for k, v in extra.items() if v is not None)
    log.info("%s from %s sha256=%s bytes=%d%s", action, client, digest(body),
             len(body.encode("utf-8") if isinstance(body, str) else body), more)


def run_update(store, text: str) -> None:
    """One SPARQL Update request (one transaction on the oxigraph backend)."""
    if getattr(store, "read_only", False):
        raise ForbiddenError(f"the {store.name} store was opened read-only")
    from cancu.graph.canonical import forget_size

    try:
        store.update(text)
        forget_size(store)  # it may have written the canonical graph, whose size cancu keeps
    except QuerySyntaxError as exc:
        raise syntax_error(exc) from None
    except SyntaxError as exc:
        raise syntax_error(exc) from None
    except (StoreError, QueryError):
        raise
    except (OSError, ValueError) as exc:
        from cancu.errors import QueryEvaluationError

        raise QueryEvaluationError(f"the update failed: {exc}") from None


def parse_body(body: bytes, content_type: Optional[str], base: Optional[str] = None) -> str:
    """An RDF request body as N-Triples text (what INSERT DATA takes)."""
    mt = (content_type or "").split(";")[0].strip().lower()
    if mt not in RDF_INPUT:
        raise UnsupportedBodyError(f"graph bodies are read as {', '.join(sorted(RDF_INPUT))}, "
                                   f"not {mt or 'an unnamed type'}")
    try:
        quads = list(ox.parse(body, format=RDF_INPUT[mt], base_iri=base))
    except SyntaxError as exc:
        err = syntax_error(exc)
        raise RdfSyntaxError(str(exc), line=err.line, column=err.column) from None
    except ValueError as exc:  # e.g. a base IRI pyoxigraph refuses
        raise RdfSyntaxError(str(exc)) from None
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


def graph_update(op: str, graph: Optional[str], ntriples: str = "") -> str:
    """The SPARQL Update for a Graph Store Protocol ``op`` on ``graph`` (None = default graph)."""
    target = f"GRAPH <{graph}>" if graph else "DEFAULT"
    if op == "PUT":
        insert = f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}" if graph \
            else f"INSERT DATA {{\n{ntriples}\n}}"
        return f"DROP SILENT {target} ;\n{insert}" if ntriples.strip() else f"DROP SILENT {target}"
    if op == "POST":
        return (f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}" if graph
                else f"INSERT DATA {{\n{ntriples}\n}}")
    if op == "DELETE":
        return f"DROP {target}" if graph else "DROP SILENT DEFAULT"
    raise ValueError(op)
