r"""The ``cc:`` vocabulary (``cancu.ttl``) as Python names, so that a misspelt term fails where it
is written instead of minting an IRI nobody queries.

:class:`CC` is an rdflib ``DefinedNamespace``: ``CC.Document`` and ``CC["from"]`` are rdflib
``URIRef``\ s, and a term the ontology does not declare raises ``AttributeError``.
:data:`cc` holds the same terms as plain strings, for the code that writes N-Triples or
compares predicates read back from a store (an rdflib ``URIRef`` never equals a ``str``):

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

from rdflib import namespace as _rdflib_namespace
from rdflib.term import URIRef

NS = "https://w3id.org/cancu/ontology#"
#: bases of the concept schemes' members (``cck:``, ``cca:`` in ``cancu.ttl``)
KIND = "https://w3id.org/cancu/ontology/kind/"
AGENCY_KIND = "https://w3id.org/cancu/ontology/agency-kind/"


class CC(_rdflib_namespace.DefinedNamespace):
    """Every class and property of the cancu ontology."""

    _NS = _rdflib_namespace.Namespace(NS)
    _fail = True  # an undeclared term is an error, not a warning
    _extras = ["from"]  # a Python keyword: ``CC["from"]``

    # classes
    AdministrativeUnit: URIRef
    Agency: URIRef
    AgencyGroup: URIRef
    AgencyKindScheme: URIRef
    Alternative: URIRef
    Citation: URIRef
    Deadline: URIRef
    Deliverable: URIRef
    Document: URIRef
    DocumentKindScheme: URIRef
    DocumentLevelScheme: URIRef
    Link: URIRef
    RecurrenceScheme: URIRef
    ReformAreaScheme: URIRef
    RoleAssignment: URIRef
    RoleKindScheme: URIRef
    SourceFile: URIRef
    SphereScheme: URIRef
    Target: URIRef
    Task: URIRef
    TaskLink: URIRef
    TextSpan: URIRef
    UnitLevelScheme: URIRef

    # properties
    advisedBy: URIRef
    agencyKind: URIRef
    alias: URIRef
    alternative: URIRef
    amends: URIRef
    assignedTo: URIRef
    assigneeText: URIRef
    attachedTo: URIRef
    basedOn: URIRef
    cancuVersion: URIRef
    checksum: URIRef
    citedAt: URIRef
    citedDocument: URIRef
    citedOnly: URIRef
    cites: URIRef
    citingDocument: URIRef
    condition: URIRef
    coordinatedBy: URIRef
    dateText: URIRef
    deadlineText: URIRef
    describedBy: URIRef
    dueBy: URIRef
    evidence: URIRef
    executedBy: URIRef
    fileName: URIRef
    formerlyDescribedBy: URIRef
    fromTask: URIRef
    generation: URIRef
    guides: URIRef
    hasDeliverable: URIRef
    hasRole: URIRef
    hasTarget: URIRef
    hasTask: URIRef
    implements: URIRef
    inSource: URIRef
    issueDate: URIRef
    issuedBy: URIRef
    issuedWith: URIRef
    issuerName: URIRef
    jurisdiction: URIRef
    kind: URIRef
    kindLabel: URIRef
    level: URIRef
    monitoredBy: URIRef
    noLeadStated: URIRef
    notADocument: URIRef
    number: URIRef
    partOf: URIRef
    pending: URIRef
    place: URIRef
    property: URIRef
    proposedBy: URIRef
    recurrence: URIRef
    reformArea: URIRef
    relation: URIRef
    repeals: URIRef
    replaces: URIRef
    reportsTo: URIRef
    restsOn: URIRef
    roleAgent: URIRef
    roleKind: URIRef
    searchKey: URIRef
    section: URIRef
    sentence: URIRef
    signedBy: URIRef
    signerCapacity: URIRef
    source: URIRef
    sourceCount: URIRef
    sourceText: URIRef
    sourcesDigest: URIRef
    sphere: URIRef
    subOrganizationOf: URIRef
    successor: URIRef
    symbol: URIRef
    symbolKey: URIRef
    taskBasis: URIRef
    taskNo: URIRef
    taskOf: URIRef
    text: URIRef
    title: URIRef
    to: URIRef
    toDocument: URIRef
    undatedForm: URIRef
    unitCode: URIRef
    unitLevel: URIRef
    validFrom: URIRef
    validTo: URIRef
    value: URIRef


class _Strings:
    """``cc.name`` / ``cc["name"]``: the IRI of a declared term as a plain ``str`` (checked
    against :class:`CC` on first use, then cached on the instance)."""

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        iri = str(CC[name])
        setattr(self, name, iri)
        return iri

    def __getitem__(self, name: str) -> str:
        return getattr(self, name)


cc = _Strings()

__all__ = ["AGENCY_KIND", "CC", "KIND", "NS", "cc"]
