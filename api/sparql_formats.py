"""Result formats of the SPARQL endpoint: media types offered per query form, ``format=`` names.

Offers are in server preference order (the first wins a tie, e.g. ``*/*``);
aliases such as ``application/json`` answer with the media type the client
asked for, so a client that accepts only that type is not refused.
"""

from __future__ import annotations

import re
from typing import Optional

from cancu.api.sparql_exec import code_only

#: SELECT results: format → canonical media type
SELECT_MEDIA = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
#: CONSTRUCT / DESCRIBE results and the service description
GRAPH_MEDIA = {
    "turtle": "text/turtle",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "nquads": "application/n-quads",
    "trig": "application/trig",
}
_SELECT_ALIASES = [("json", "application/json"), ("xml", "application/xml"), ("xml", "text/xml")]
_GRAPH_ALIASES = [("turtle", "application/x-turtle"), ("ntriples", "text/plain")]

SELECT_OFFERS = list(SELECT_MEDIA.items()) + _SELECT_ALIASES
#: ASK has no standard CSV/TSV form
ASK_OFFERS = [(f, m) for f, m in SELECT_OFFERS if f in ("json", "xml")]
GRAPH_OFFERS = list(GRAPH_MEDIA.items()) + _GRAPH_ALIASES

#: ``format=`` values → format, per query form
FORMAT_NAMES = {
    "select": {"json": "json", "srj": "json", "xml": "xml", "srx": "xml", "csv": "csv", "tsv": "tsv"},
    "graph": {"turtle": "turtle", "ttl": "turtle", "ntriples": "ntriples", "nt": "ntriples",
              "n-triples": "ntriples", "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld",
              "rdfxml": "rdfxml", "rdf": "rdfxml", "xml": "rdfxml", "nquads": "nquads", "nq": "nquads",
              "trig": "trig"},
}
FORMAT_NAMES["ask"] = {k: v for k, v in FORMAT_NAMES["select"].items() if v in ("json", "xml")}

_FORM = re.compile(r"(?<![?$:\w-])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:-])", re.IGNORECASE)


def query_form(text: str) -> Optional[str]:
    """``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE) from the first query keyword."""
    m = _FORM.search(code_only(text))
    if not m:
        return None
    word = m.group(1).upper()
    return {"SELECT": "select", "ASK": "ask"}.get(word, "graph")


def offers(form: str) -> list[tuple[str, str]]:
    return {"select": SELECT_OFFERS, "ask": ASK_OFFERS, "graph": GRAPH_OFFERS}[form]


def with_charset(media_type: str) -> str:
    """Text formats say their encoding (Vietnamese text must not be read as Latin-1)."""
    if media_type.startswith("text/") or media_type.endswith(("+json", "+xml", "/json", "/xml", "/trig")):
        return media_type + "; charset=utf-8"
    return media_type
