"""The SPARQL 1.1 Service Description of the endpoint (``GET /sparql`` asking for RDF).

Written as Turtle (the readable form) and converted by pyoxigraph when another
RDF format is negotiated. It names the endpoint, the languages, the result
formats, the default graph (the canonical view: one node per document, agency
and unit, each fact once), the named graphs of the store (one per source file,
queryable with GRAPH or ``named-graph-uri``) and the limits a client must know
about (time and result size).
"""

from __future__ import annotations

import pyoxigraph as ox

from cancu.api.sparql_formats import GRAPH_MEDIA, SELECT_MEDIA

FORMATS = "http://www.w3.org/ns/formats/"
#: our formats → W3C format IRIs (https://www.w3.org/ns/formats/)
W3C_FORMAT = {"json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
              "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples",
              "jsonld": "JSON-LD", "rdfxml": "RDF_XML", "nquads": "N-Quads", "trig": "TriG"}


def _lit(text: str) -> str:
    return str(ox.Literal(text))


def description(endpoint: str, graphs: list[str], *, timeout: float, max_results: int,
                updates: bool) -> str:
    """The service description as Turtle."""
    formats = [f for f in list(SELECT_MEDIA) + list(GRAPH_MEDIA) if f in W3C_FORMAT]
    result_formats = ", ".join(f"<{FORMATS}{W3C_FORMAT[f]}>" for f in dict.fromkeys(formats))
    languages = "sd:SPARQL11Query" + (", sd:SPARQL11Update" if updates else "")
    named = "".join(f"\n    sd:namedGraph [ a sd:NamedGraph ; sd:name <{g}> ] ;" for g in graphs)
    from cancu.graph.store.base import canonical_graph

    comment = (f"Queries stop after {timeout:g} s (503); answers carry at most {max_results} "
               "rows or triples (Cancu-Truncated header). The default graph is the canonical view "
               f"<{canonical_graph()}>: one node per real document, agency and unit, each fact once, "
               "conflicting values as cc:Alternative nodes, and the lineage closure (cc:restsOn); so "
               "COUNT over it counts each fact once. Each ingested source file is a named graph "
               "holding what that file said, with its evidence spans: query it with GRAPH or "
               "named-graph-uri. "
               + ("Updates and the Graph Store Protocol need a bearer token."
                  if updates else "This service is read-only."))
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint}> a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage {languages} ;
  sd:resultFormat {result_formats} ;
  rdfs:label {_lit("cancu SPARQL endpoint")} ;
  rdfs:comment {_lit(comment)} ;
  sd:defaultDataset [ a sd:Dataset ;
    sd:defaultGraph [ a sd:Graph ; rdfs:seeAlso <{canonical_graph()}> ] ;{named}
  ] .
"""


def render(turtle: str, fmt: str, base: str) -> bytes:
    """The description in ``fmt`` (``turtle`` as written, others converted)."""
    if fmt == "turtle":
        return turtle.encode("utf-8")
    from cancu.graph.store.base import GRAPH_FORMATS

    triples = [ox.Triple(q.subject, q.predicate, q.object)
               for q in ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE, base_iri=base)]
    if fmt in ("nquads", "trig"):
        return ox.serialize([ox.Quad(t.subject, t.predicate, t.object) for t in triples],
                            format=GRAPH_FORMATS[fmt])
    return ox.serialize(triples, format=GRAPH_FORMATS[fmt])
