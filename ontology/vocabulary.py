r"""The ``cc:`` vocabulary (``cancu.ttl``) as Python names, so that a misspelt term fails where it
is written instead of minting an IRI nobody queries.

:class:`CC` is an rdflib ``DefinedNamespace``: ``CC.Document`` and ``CC["from"]`` are rdflib
``URIRef``\ s, and a term the ontology does not declare raises ``AttributeError``.
:data:`cc` holds the same terms as plain strings, for the code that writes N-Triples or
compares predicates read back from a store (an rdflib ``URIRef`` never equals a ``str``).
Only ``CC`` needs rdflib, and it is built on first use: the graph modules, the query workers
and the command line import this module without paying for rdflib (a quarter of a second).

>>> from cancu.ontology.vocabulary import CC
>>> CC.Document
rdflib.term.URIRef('https://w3id.org/cancu/ontology#Document')
>>> cc.taskOf, cc["from"]
('https://w3id.org/cancu/ontology#taskOf', 'https://w3id.org/cancu/ontology#from')
>>> cc.taskof
Traceback (most recent call last):
AttributeError: term 'taskof' not in namespace 'https://w3id.org/cancu/ontology#'

``tests/test_ontology.py`` checks that these names are exactly the terms ``cancu.ttl``
declares, and that every ``cc:`` term a query file uses is one of them.
"""

from __future__ import annotations

from typing import Any

NS = "https://w3id.org/cancu/ontology#"
#: bases of the concept schemes' members (``cck:``, ``cca:`` in ``cancu.ttl``)
KIND = "https://w3id.org/cancu/ontology/kind/"
AGENCY_KIND = "https://w3id.org/cancu/ontology/agency-kind/"

#: the classes of the cancu ontology
CLASSES = frozenset({
    "AdministrativeUnit", "Agency", "AgencyGroup", "AgencyKindScheme", "Alternative", "Citation",
    "Deadline", "Deliverable", "Document", "DocumentKindScheme", "DocumentLevelScheme", "Link",
    "RecurrenceScheme", "ReformAreaScheme", "RoleAssignment", "RoleKindScheme", "SourceFile",
    "SphereScheme", "Target", "Task", "TaskLink", "TextSpan", "UnitLevelScheme",
})
#: its properties ("from" is a Python keyword: ``CC["from"]``, ``cc["from"]``)
PROPERTIES = frozenset({
    "advisedBy", "agencyKind", "alias", "alternative", "amends", "assignedTo", "assigneeText",
    "attachedTo", "basedOn", "cancuVersion", "checksum", "citedAt", "citedDocument", "citedOnly",
    "cites", "citingDocument", "condition", "coordinatedBy", "dateText", "deadlineText",
    "describedBy", "dueBy", "dueEnd", "dueKind", "evidence", "executedBy", "factCount", "fileName",
    "formerlyDescribedBy", "fromTask", "generation", "guides", "hasDeliverable", "hasRole",
    "hasTarget", "hasTask", "implements", "inSource", "issueDate", "issuedBy", "issuedWith",
    "issuerName", "jurisdiction", "kind", "kindLabel", "level", "monitoredBy", "noLeadStated",
    "notADocument", "number", "partOf", "pending", "place", "property", "proposedBy", "recurrence",
    "reformArea", "relation", "repeals", "replaces", "reportsTo", "restsOn", "roleAgent",
    "roleKind", "searchKey", "section", "sentence", "signedBy", "signerCapacity", "source",
    "sourceCount", "sourceText", "sourcesDigest", "sphere", "subOrganizationOf", "successor",
    "symbol", "symbolKey", "taskBasis", "taskNo", "taskOf", "text", "title", "to", "toDocument",
    "undatedForm", "unitCode", "unitLevel", "validFrom", "validTo", "value", "from",
})
TERMS = CLASSES | PROPERTIES


class _Strings:
    """``cc.name`` / ``cc["name"]``: the IRI of a declared term as a plain ``str`` (checked
    against :data:`TERMS` on first use, then cached on the instance)."""

    def __getattr__(self, name: str) -> str:
        if name not in TERMS:
            raise AttributeError(f"term '{name}' not in namespace '{NS}'")
        iri = NS + name
        setattr(self, name, iri)
        return iri

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)


cc = _Strings()


def _defined_namespace() -> Any:
    from rdflib.namespace import DefinedNamespace, Namespace
    from rdflib.term import URIRef

    return type("CC", (DefinedNamespace,), {
        "__doc__": "Every class and property of the cancu ontology.",
        "__module__": __name__,
        "__annotations__": {t: URIRef for t in sorted(TERMS - {"from"})},
        "_NS": Namespace(NS),
        "_fail": True,  # an undeclared term is an error, not a warning
        "_extras": ["from"],
    })


def __getattr__(name: str) -> Any:
    """``CC``, the rdflib ``DefinedNamespace``, made when it is first asked for (PEP 562)."""
    if name == "CC":
        globals()["CC"] = cc_namespace = _defined_namespace()
        return cc_namespace
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


CC: Any  # the rdflib DefinedNamespace, made by __getattr__ when first imported or read

__all__ = ["AGENCY_KIND", "CC", "CLASSES", "KIND", "NS", "PROPERTIES", "TERMS", "cc"]
