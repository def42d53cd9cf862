"""The SPARQL queries of the graph layer (``graph/queries/*.rq``) and how values enter them.

Every query is a file: it runs as written in any SPARQL client, which is how
the explorer's query page and a reader of the code see it. Values enter through
declared slots, never by rewriting variables in the text: a query that takes
``?doc`` from its caller says ``VALUES ?doc { UNDEF }`` (unbound: it runs over
every document as it stands), and :func:`bind` replaces exactly that clause
with the given terms, serialised by pyoxigraph (IRIs, escaped literals).

Where a slot sits matters to Oxigraph 0.5's planner: it is put first in the
innermost group that uses its variable — inside ``GRAPH ?g { VALUES ?g { UNDEF }
… }`` rather than before it (with an OPTIONAL in the group, the outer form read
every graph first: 190 ms instead of 0.1 ms on the crawl store), and repeated in
each branch of a UNION.

>>> bind("SELECT ?t WHERE { VALUES ?doc { UNDEF } ?t cc:taskOf ?doc }", doc=["https://x/d1", "https://x/d2"])
'SELECT ?t WHERE { VALUES ?doc { <https://x/d1> <https://x/d2> } ?t cc:taskOf ?doc }'
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Union

from cancu.graph.store.base import bind as fill_slots


@lru_cache(maxsize=None)
def query_text(name: str) -> str:
    """The text of ``graph/queries/{name}.rq``."""
    return resources.files("cancu.graph").joinpath("queries", f"{name}.rq").read_text(encoding="utf-8")


def slot(var: str) -> str:
    return f"VALUES ?{var} {{ UNDEF }}"


def bind(text: str, /, **values: Union[Any, Iterable[Any]]) -> str:
    """``text`` with each ``VALUES ?name { UNDEF }`` slot filled with the given value(s):
    a str IRI becomes an IRI, other values literals (``to_term``); a list, tuple or set
    gives one row per value. A value for a slot the query does not declare is an error."""
    return fill_slots(text, values)


_FREE_SLOT = re.compile(r"VALUES \?\w+ \{ UNDEF \}")


def text(name: str, /, **values: Union[Any, Iterable[Any]]) -> str:
    """The query ``name`` ready to run: its slots filled, the ones left free taken out (a
    ``VALUES`` with one unbound row restricts nothing; Virtuoso's planner priced ``tasks.rq``
    with it at hours instead of seconds)."""
    return _FREE_SLOT.sub("", bind(query_text(name), **values))


def run(store, name: str, /, **values: Union[Any, Iterable[Any]]) -> list[dict]:
    """Rows of the query ``name`` with its slots filled (Python values, as ``store.select`` gives)."""
    return store.select(text(name, **values))


def run_terms(store, name: str, /, **values: Union[Any, Iterable[Any]]) -> list[tuple]:
    """Rows of the query ``name`` as pyoxigraph terms, in the order of its SELECT variables
    (for callers that copy terms, keeping datatypes and language tags)."""
    from cancu.graph.store.base import PREFIXES

    return store.select_terms(PREFIXES + text(name, **values))[1]
