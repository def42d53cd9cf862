"""What the SPARQL routes declare in OpenAPI: parameters, bodies, every answer and its type.

The protocol handlers read their parameters from the request themselves (the SPARQL
1.1 Protocol repeats ``default-graph-uri``, takes three body types and negotiates a
dozen result types), so FastAPI cannot infer their schema; it is written here, and
``tests/test_api_schemathesis.py`` checks every answer against it (status, media type,
problem body).
"""

from __future__ import annotations

from typing import Any

from cancu.api import models as M
from cancu.api.problems import PROBLEM
from cancu.api.sparql_formats import GRAPH_OFFERS, SELECT_OFFERS

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"
#: RDF bodies the Graph Store Protocol reads (api/sparql_update.RDF_INPUT)
RDF_BODIES = ("text/turtle", "application/x-turtle", "application/n-triples", "text/plain",
              "application/rdf+xml", "application/ld+json")

_TEXT = {"schema": {"type": "string"}}
#: every media type a query answer can have (result formats, RDF formats and their aliases)
RESULT_CONTENT = {m: _TEXT for _, m in SELECT_OFFERS + GRAPH_OFFERS}
GRAPH_CONTENT = {m: _TEXT for _, m in GRAPH_OFFERS}


def problem(description: str) -> dict[str, Any]:
    return {"model": M.Problem, "description": description,
            "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}}


_GRAPHS = {"type": "array", "items": {"type": "string"}}
QUERY_PARAMETERS = [
    {"name": "query", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "A SPARQL 1.1 query; without it a browser gets the query page, an RDF client the "
                    "service description"},
    {"name": "default-graph-uri", "in": "query", "required": False, "schema": _GRAPHS, "style": "form",
     "explode": True, "description": "Graphs forming the default graph (else: the union of all graphs)"},
    {"name": "named-graph-uri", "in": "query", "required": False, "schema": _GRAPHS, "style": "form",
     "explode": True, "description": "Graphs GRAPH patterns may see"},
    {"name": "format", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "Result format by name (json, xml, csv, tsv, turtle, ntriples, jsonld, rdfxml, nquads, "
                    "trig); overrides Accept"},
]
GRAPH_PARAMETERS = [
    {"name": "graph", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "The IRI of the named graph"},
    {"name": "default", "in": "query", "required": False, "schema": {"type": "string"}, "allowEmptyValue": True,
     "description": "The default graph (the union of the named graphs for reads)"},
]

QUERY_ANSWERS: dict[int | str, dict[str, Any]] = {
    200: {"description": "Query results in the negotiated format (SELECT/ASK: SPARQL JSON, XML, CSV, TSV; "
                         "CONSTRUCT/DESCRIBE: RDF); `Cancu-Truncated: true` when cut at the result limit",
          "content": RESULT_CONTENT},
    400: problem("Malformed query (line, column), SERVICE, a body that is not UTF-8, or a graph name that is "
                 "not an IRI"),
    406: problem("No acceptable result format (`offered` lists them)"),
    413: problem("Request body over the limit"),
    503: problem("The query exceeded its time or memory limit; `Retry-After` says when to retry"),
}

GET_SPARQL = {
    "openapi_extra": {"parameters": QUERY_PARAMETERS + [
        {"name": "update", "in": "query", "required": False, "schema": {"type": "string"},
         "description": "Refused (405): updates are sent by POST"}]},
    "responses": {**QUERY_ANSWERS,
                  200: {"description": QUERY_ANSWERS[200]["description"] + "; without a query, the YASGUI "
                                       "page (text/html) or the service description (RDF)",
                        "content": {**RESULT_CONTENT, "text/html": _TEXT}},
                  405: problem("An update sent by GET")},
}

POST_SPARQL = {
    "openapi_extra": {
        "parameters": QUERY_PARAMETERS[1:3],
        "requestBody": {"required": True, "content": {
            FORM: {"schema": {"type": "object", "properties": {
                "query": {"type": "string"}, "update": {"type": "string"},
                "default-graph-uri": _GRAPHS, "named-graph-uri": _GRAPHS}}},
            QUERY_BODY: {"schema": {"type": "string"}},
            UPDATE_BODY: {"schema": {"type": "string"}}}}},
    "responses": {**QUERY_ANSWERS,
                  204: {"description": "Update applied"},
                  400: problem("Malformed query or update (line, column), SERVICE in a query, a form with neither "
                               "query nor update, or a body that is not UTF-8"),
                  401: problem("An update without `Authorization: Bearer <token>`"),
                  403: problem("A wrong token, a read-only service, or LOAD/SERVICE in an update"),
                  415: problem("A body that is not a form, sparql-query or sparql-update")},
}

GET_GRAPH = {
    "openapi_extra": {"parameters": GRAPH_PARAMETERS},
    "responses": {200: {"description": "The graph in the negotiated RDF format", "content": GRAPH_CONTENT},
                  400: problem("Neither ?graph=IRI nor ?default, or not an absolute IRI"),
                  404: problem("The store holds no such graph"),
                  406: problem("No acceptable RDF format"),
                  503: problem("Reading the graph exceeded the time limit")},
}

_WRITE_ANSWERS: dict[int | str, dict[str, Any]] = {
    201: {"description": "Graph created"},
    204: {"description": "Graph changed"},
    400: problem("Neither ?graph=IRI nor ?default, not an IRI, or a body that does not parse"),
    401: problem("No bearer token"),
    403: problem("Wrong token, or writes disabled"),
    404: problem("No such graph"),
    413: problem("Body over the limit"),
    415: problem("A body in a type the Graph Store Protocol does not read"),
}
WRITE_GRAPH = {
    "openapi_extra": {"parameters": GRAPH_PARAMETERS,
                      "requestBody": {"required": True, "content": {m: {"schema": {"type": "string"}}
                                                                    for m in RDF_BODIES}}},
    "responses": _WRITE_ANSWERS,
}
DELETE_GRAPH = {"openapi_extra": {"parameters": GRAPH_PARAMETERS},
                "responses": {k: v for k, v in _WRITE_ANSWERS.items() if k not in (201, 413, 415)}}


def options_answer(allow: str) -> dict[str, Any]:
    return {"responses": {204: {"description": "The methods this path takes",
                                "headers": {"Allow": {"schema": {"type": "string", "enum": [allow]},
                                                      "description": allow}}}}}
