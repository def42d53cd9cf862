"""JSON-LD by content negotiation: the REST JSON plus an ``@context``.

The keys of the REST answers map onto the cancu ontology, so a portal that asks for
``application/ld+json`` gets linked data without a second API.
"""

from __future__ import annotations

from typing import Any, Optional

from fastapi import Request
from fastapi.responses import JSONResponse

from cancu.api.conneg import named_choice
from cancu.ontology.vocabulary import NS

JSONLD = "application/ld+json"
#: JSON-LD first: named as acceptable as JSON, it wins
OFFERS = (("jsonld", JSONLD), ("json", "application/json"))

CONTEXT: dict[str, Any] = {
    "@vocab": NS,
    "cc": NS,
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "oa": "http://www.w3.org/ns/oa#",
    "iri": "@id",
    "id": None,  # the short id is an API convenience, not data
    "items": "@graph",
    "label": "rdfs:label",
    "kind": "cc:kindLabel",
    "symbol": "cc:symbol",
    "date": {"@id": "cc:issueDate", "@type": "xsd:date"},
    "issuer": "cc:issuerName",
    "level": "cc:level",
    "sphere": "cc:sphere",
    "title": "cc:title",
    "text": "cc:text",
    "no": "cc:taskNo",
    "section": "cc:section",
    "reform_area": "cc:reformArea",
    "document": {"@id": "cc:taskOf", "@type": "@id"},
    "lead_iris": {"@id": "cc:assignedTo", "@type": "@id"},
    "sentence": "oa:exact",
    "from": {"@id": "cc:from", "@type": "@id"},
    "to": {"@id": "cc:to", "@type": "@id"},
    "relation": "cc:relation",
    "parent": {"@id": "cc:subOrganizationOf", "@type": "@id"},
}


def wants_jsonld(accept: Optional[str]) -> bool:
    """True when the ``Accept`` header names ``application/ld+json`` with at least the
    quality of plain JSON (a browser's ``*/*`` gets JSON)."""
    return named_choice(accept, OFFERS, "json") == "jsonld"


def respond(request: Request, obj: Any) -> JSONResponse:
    if wants_jsonld(request.headers.get("accept")):
        body = {"@context": CONTEXT, **obj} if isinstance(obj, dict) else {"@context": CONTEXT, "items": obj}
        return JSONResponse(body, media_type=JSONLD, headers={"Vary": "Accept"})
    return JSONResponse(obj, headers={"Vary": "Accept"})
