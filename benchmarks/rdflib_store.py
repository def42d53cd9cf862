"""rdflib's in-memory SPARQL engine behind the cancu store interface (benchmark baseline only).

The baseline must run the *same* library calls (``trace``, ``impact``,
``tasks``) as the embedded store, so this class implements the one method the
read path needs, ``select_terms``, on an ``rdflib.Dataset`` whose default graph
is the union of the named graphs (as cancu's stores are). Results come back as
pyoxigraph terms so :func:`cancu.graph.store.base.py` converts them the same
way; that conversion is a few microseconds per row, small against rdflib's
query times. Read-only: loading goes through :meth:`load`.
"""

from __future__ import annotations

import pyoxigraph as ox
import rdflib

from cancu.graph.store.base import BaseStore


def _ox(term):
    if term is None:
        return None
    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    if term.datatype:
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
    return ox.Literal(str(term))


class RdflibStore(BaseStore):
    name = "rdflib"
    read_only = True

    def __init__(self) -> None:
        self.ds = rdflib.Dataset(default_union=True)

    def load(self, nquads: bytes) -> None:
        self.ds.parse(data=nquads.decode("utf-8"), format="nquads")

    def select_terms(self, sparql: str):
        res = self.ds.query(sparql)
        names = [str(v) for v in res.vars]
        return names, [tuple(_ox(row[i]) for i in range(len(names))) for row in res]

    def graphs(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.ds.graphs() if str(g.identifier) != "urn:x-rdflib:default")

    def __len__(self) -> int:
        return len(self.ds)
