"""What a SPARQL request may make this server do besides reading its own store.

pyoxigraph evaluates ``SERVICE <url>`` by sending an HTTP request from the
server, and ``LOAD <url>`` (an update) by fetching the URL: anyone able to run
a query could make the server request its own network (issue 15 reproduced a
POST to a local listener, and "Connection refused" as a port scanner). So:

* a public **query** with a ``SERVICE`` pattern anywhere (inside OPTIONAL,
  MINUS, subqueries, EXISTS filters) is refused with
  :class:`FederatedQueryError` (HTTP 400);
* an **update** (token holders only) with ``LOAD`` or ``SERVICE`` is refused
  with :class:`RemoteFetchRefusedError` (HTTP 403) unless the deployment turned
  outbound fetching on (``CANCU_SPARQL_ALLOW_LOAD=1``).

The decision is made on the parse tree of rdflib's SPARQL parser, never by
looking for the keyword in the text (a stray quote or an odd IRI let a text
scan blank the keyword while pyoxigraph still ran it). Parsing is slow in
rdflib (tens of ms), so it is skipped for a text in which neither the keyword
nor a ``\\u`` escape occurs: pyoxigraph reads keywords case-insensitively in
ASCII and does not expand escapes outside strings and IRIs, so without those
characters there is no way to spell the keyword. rdflib, unlike pyoxigraph,
expands ``\\u`` escapes before tokenising; an escape that decodes to ASCII
punctuation or a space could therefore move string or IRI boundaries between
the two parsers' views, and a text holding one together with the keyword is
refused rather than guessed at. A text rdflib cannot parse is refused the same
way (it mentions the keyword and cannot be checked).

On the embedded store the worker processes that evaluate public queries are
also barred from opening network connections (:mod:`cancu.api.query_worker`),
so a parser disagreement nobody has thought of still cannot reach the network.
"""

from __future__ import annotations

import re

from cancu.errors import FederatedQueryError, RemoteFetchRefusedError
from cancu.graph.store.base import check_nesting

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _mentions(text: str, words: tuple[str, ...]) -> bool:
    low = text.lower()
    return any(w in low for w in words) or _ESCAPE.search(text) is not None


def _punctuation_escape(text: str) -> bool:
    """Whether a ``\\u`` escape decodes to ASCII that is not a letter or digit."""
    for m in _ESCAPE.finditer(text):
        code = int(m.group(1) or m.group(2), 16)
        if code < 0x80 and not chr(code).isalnum():
            return True
    return False


def _names(node) -> set[str]:
    """Names of every rdflib ``CompValue`` in a parse tree (ServiceGraphPattern, Load, …)."""
    from rdflib.plugins.sparql.parserutils import CompValue

    found: set[str] = set()
    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, CompValue):
            found.add(x.name)
            stack.extend(x.values())
        elif isinstance(x, dict):
            stack.extend(x.values())
        elif isinstance(x, (list, tuple)) or type(x).__name__ == "ParseResults":
            stack.extend(list(x))
    return found


def warm() -> None:
    """Build rdflib's SPARQL grammar (imported on first use otherwise)."""
    from rdflib.plugins.sparql.parser import parseQuery  # noqa: F401


def _parse(text: str, update: bool):
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    return (parseUpdate if update else parseQuery)(text)


def check_query(text: str) -> None:
    """Refuse a query that could make the server send a request (``SERVICE``), or one nested so deep that parsing
    it would crash or stall the process (:func:`~cancu.graph.store.base.check_nesting`)."""
    check_nesting(text)
    if not _mentions(text, ("service",)):
        return
    if _punctuation_escape(text):
        raise FederatedQueryError("a query that mentions SERVICE may not use \\u escapes of punctuation "
                                  "or spaces (they could hide a federated pattern)")
    try:
        tree = _parse(text, update=False)
    except Exception:  # noqa: BLE001 - any parser failure: the query cannot be checked
        raise FederatedQueryError("the query mentions SERVICE and could not be checked for federation; "
                                  "SERVICE (federated query) is not allowed on this endpoint") from None
    if "ServiceGraphPattern" in _names(tree):
        raise FederatedQueryError("SERVICE (federated query) is not allowed on this endpoint")


def check_update(text: str, *, allow_remote: bool = False) -> None:
    """Refuse an update that fetches a URL (``LOAD``) or queries one (``SERVICE``), or one nested too deep."""
    check_nesting(text)
    if allow_remote or not _mentions(text, ("load", "service")):
        return
    refused = ("LOAD and SERVICE make the server fetch URLs; this service does not "
               "(set CANCU_SPARQL_ALLOW_LOAD=1 to allow them for token holders)")
    if _punctuation_escape(text):
        raise RemoteFetchRefusedError("an update that mentions LOAD or SERVICE may not use \\u escapes of "
                                      "punctuation or spaces; " + refused)
    try:
        tree = _parse(text, update=True)
    except Exception:  # noqa: BLE001
        raise RemoteFetchRefusedError("the update mentions LOAD or SERVICE and could not be checked; "
                                      + refused) from None
    if {"Load", "ServiceGraphPattern"} & _names(tree):
        raise RemoteFetchRefusedError(refused)
