"""Response models of the REST API: the contract portal developers generate clients from.

Each ``GET /api/v1/…`` route names one of these as its ``response_model``, so the
OpenAPI document at ``/openapi.json`` describes every answer field by field. The
routes answer with the graph functions' JSON directly (JSON-LD adds an ``@context``),
so the models document rather than filter; ``tests/test_api_openapi.py`` validates
live answers against the schema, which keeps the two in step. Fields a later version
adds are allowed (``extra="allow"``): a client generated today keeps working.
Dates are ISO strings (``YYYY-MM-DD``); ``iri`` is the node's IRI and ``id`` the same
IRI without the data base (what the paths take).
"""

from __future__ import annotations

from typing import Generic, Literal, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

Level = Literal["national", "provincial", "district", "commune", "unknown"]
Status = Literal["dung_han", "qua_han", "sap_qua_han", "chua_den_han", "recurring", "conditional", "no_deadline"]


class Model(BaseModel):
    model_config = ConfigDict(extra="allow")


class Node(Model):
    id: str = Field(description="The IRI without the data base; what the paths take")
    iri: str


class Evidence(Model):
    """The sentence a fact was read from."""

    source: Optional[str] = Field(None, description="IRI of the source file's graph")
    span: Optional[list[int]] = Field(None, description="[start, end) character offsets in the source text")
    sentence: Optional[str] = None


class DocumentSummary(Node):
    kind: Optional[str] = Field(None, description="Document kind, e.g. 'Quyết định'")
    symbol: Optional[str] = Field(None, description="Number and code, e.g. '311/QĐ-UBND'")
    date: Optional[str] = Field(None, description="Issue date, YYYY-MM-DD")
    issuer: Optional[str] = None
    level: Optional[Level] = None
    sphere: Optional[Literal["state", "party"]] = None
    title: Optional[str] = None
    label: Optional[str] = None
    cited_only: Optional[bool] = Field(None, description="Known only by citation: no file describes it")


Scope = Literal["own", "inherited"]
_SCOPE = ("In a task's trace: 'own' for the task's own basis (what its row names, and what that rests on), "
          "'inherited' for the plan holding it and the plan's basis; in a document's trace always 'own'")


class LineageDocument(DocumentSummary):
    depth: int = Field(description="Hops from the start of the trace or impact")
    scope: Optional[Scope] = Field(None, description=_SCOPE + " (absent in an impact)")


class Hop(Model):
    """One lineage edge: ``from`` rests on ``to`` by ``relation``."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    from_: str = Field(alias="from", description="IRI of the node that rests on the other")
    to: str
    relation: str = Field(description="can_cu, thuc_hien, trien_khai, theo_de_nghi, issued_with, task_of; "
                                      "from a task also theo")
    depth: int
    evidence: Optional[Evidence] = None
    scope: Optional[Scope] = Field(None, description=_SCOPE)


class CitingDocument(DocumentSummary):
    relations: list[str] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)


class DocumentDetail(DocumentSummary):
    type: Literal["document"] = "document"
    basis: list[Hop] = Field(default_factory=list, description="What this document rests on, directly")
    tasks: int = Field(0, description="Number of tasks the document assigns")
    sources: list[str] = Field(default_factory=list, description="File names of its current source file")
    earlier_sources: list[str] = Field(default_factory=list,
                                       description="File names of earlier versions (a later file replaced them)")
    cited_by: list[CitingDocument] = Field(default_factory=list)


class SourceSpan(Model):
    node: str = Field(description="IRI of the node the span is evidence of")
    type: str
    start: int
    end: int
    exact: Optional[str] = Field(None, description="The quoted text (cut at 300 characters)")


class DocumentSource(Node):
    source: str = Field(description="IRI of the source file's graph")
    file: Optional[str] = None
    text: str = Field(description="The source text as read; spans index it")
    spans: list[SourceSpan]


class Deadline(Model):
    text: Optional[str] = Field(None, description="As written, e.g. 'Trong quý III/2025'")
    start: Optional[str] = None
    end: Optional[str] = Field(None, description="Latest date, YYYY-MM-DD")
    recurrence: Optional[str] = None
    condition: Optional[str] = None


class TaskSummary(Node):
    no: Optional[str] = Field(None, description="Number in its table, e.g. '3'")
    section: Optional[str] = None
    text: str
    document: str = Field(description="IRI of the document that assigns it")
    document_label: Optional[str] = None
    reform_area: Optional[str] = None
    lead: list[str] = Field(default_factory=list, description="Lead agencies (labels)")
    lead_iris: list[str] = Field(default_factory=list)
    coordinating: list[str] = Field(default_factory=list)
    deadline: Optional[Deadline] = None
    status: Status


class TaskDetail(TaskSummary):
    evidence: Optional[Evidence] = None
    deliverables: list[str] = Field(default_factory=list)


class TraceTarget(Node):
    type: Literal["task", "document"]
    label: Optional[str] = None
    text: Optional[str] = Field(None, description="A task's text")
    kind: Optional[str] = None
    symbol: Optional[str] = None
    date: Optional[str] = None
    issuer: Optional[str] = None
    level: Optional[Level] = None
    sphere: Optional[Literal["state", "party"]] = None
    title: Optional[str] = None
    cited_only: Optional[bool] = None


class Basis(Model):
    national: list[LineageDocument]
    provincial: list[LineageDocument]
    local: list[LineageDocument] = Field(description="District and commune documents")


class Trace(Model):
    """A task's or document's basis, transitively, every hop with its sentence."""

    query: str
    target: TraceTarget
    hops: list[Hop]
    documents: list[LineageDocument]
    basis: Basis


class ImpactTask(Node):
    no: Optional[str] = None
    section: Optional[str] = None
    text: str
    document: str
    lead: list[str] = Field(default_factory=list)
    deadline_end: Optional[str] = None


class AgencyCount(Node):
    label: Optional[str] = None
    tasks: int


class ImpactCounts(Model):
    documents: int
    tasks: int
    agencies: int


class Impact(Model):
    """Everything that rests on a document, down to tasks and their agencies."""

    query: str
    document: DocumentSummary
    documents: list[LineageDocument]
    tasks: list[ImpactTask]
    agencies: list[AgencyCount]
    counts: ImpactCounts
    truncated: bool = Field(description="The task list was cut at `limit` (counts stay complete)")


class AgencySummary(Node):
    label: Optional[str] = None
    level: Optional[Level] = None
    parent: Optional[str] = Field(None, description="IRI of the agency it belongs to")
    tasks: int = 0


class AgencyDetail(AgencySummary):
    kind: Optional[str] = Field(None, description="state, party, mass_organisation or unknown")
    unit: Optional[str] = Field(None, description="IRI of its administrative unit")
    unit_label: Optional[str] = None
    children: list[AgencySummary] = Field(default_factory=list)
    successor_units: list[str] = Field(default_factory=list)


class Page(Model, Generic[T]):
    """One page of a list: ``items`` from ``offset``, at most ``limit``, of ``total``."""

    total: int
    offset: int
    limit: int
    items: list[T]


class GapTask(Node):
    document: str
    text: str


class MissingDocument(Node):
    label: Optional[str] = None
    cited_in_files: int


class ConflictValue(Model):
    value: Optional[str] = None
    source: str
    sentence: Optional[str] = None


class Conflict(Model):
    document: str
    property: str
    values: list[ConflictValue]


class ClashDocument(Node):
    issuer: Optional[str] = None
    date: Optional[str] = None


class SymbolClash(Model):
    symbol: str
    documents: list[ClashDocument]


class NationalSplit(Model):
    """A national symbol still carried by several document nodes in one year (year null: an undated
    node beside dated ones): one document the identity rules could not join."""

    symbol: str
    year: Optional[str] = None
    documents: list[str]


class Gaps(Model):
    tasks_without_national_basis: list[GapTask]
    missing_documents: list[MissingDocument]
    conflicts: list[Conflict] = Field(description="Fields files disagree on (issueDate, issuerName, kindLabel, "
                                                  "symbol): each value with a file giving it and its sentence")
    symbol_clashes: list[SymbolClash] = Field(default_factory=list)
    national_splits: list[NationalSplit] = Field(default_factory=list)
    tasks_without_lead: list[GapTask]


class GapTaskEntry(Node):
    no: Optional[str] = None
    section: Optional[str] = None
    text: Optional[str] = None
    reasons: list[Literal["no_national_basis", "no_lead"]] = Field(
        description="no_national_basis: no national document in the task's lineage (its plan's or its own); "
                    "no_lead: no lead agency named")


class GapDocument(Node):
    label: Optional[str] = None
    tasks: list[GapTaskEntry]


class GapTasks(Model):
    """Tasks with a gap, grouped by the document assigning them, one page of tasks."""

    total: int = Field(description="Tasks with a gap (of the reason asked for)")
    offset: int
    limit: int
    reason: Optional[str] = None
    documents: list[GapDocument]


class DocumentCounts(Model):
    total: int
    full: int
    cited_only: int


class MostCited(Node):
    label: Optional[str] = None
    cited_by: int
    reach: int = Field(description="Documents and tasks that rest on it, transitively")


class Stats(Model):
    triples: int = Field(description="Facts in the canonical graph, each counted once")
    graphs: int
    documents: DocumentCounts
    by_kind: dict[str, int]
    by_level: dict[str, int]
    by_issuer: dict[str, int]
    tasks: int
    agencies: int
    most_cited: list[MostCited]


class SearchHit(Node):
    """One match; what it is depends on its type (a document's symbol and issuer, a task's
    number and plan, an agency's parent)."""

    type: Literal["document", "task", "agency"]
    label: Optional[str] = None
    score: float = Field(description="Higher first: symbol, then label or title, then task text")
    symbol: Optional[str] = None
    issuer: Optional[str] = None
    no: Optional[str] = None
    section: Optional[str] = None
    document: Optional[str] = Field(None, description="A task's plan (IRI)")
    document_label: Optional[str] = None
    parent: Optional[str] = Field(None, description="An agency's parent (IRI)")
    parent_label: Optional[str] = None


class SearchResults(Model):
    query: str
    items: list[SearchHit]


class StoreHealth(Model):
    backend: str
    quads: int
    read_only: bool = Field(False, description="opened read-only (another process writes it)")
    data_version: str = Field("", description="changes with every write the server has seen")
    follows_writer: bool = Field(False, description="a read-only store reopened when its writer commits")
    reopened: int = Field(0, description="times the read-only store was reopened")


class QueryWorkersHealth(Model):
    size: int = Field(description="worker processes evaluating public SPARQL queries")
    live: int
    memory_mb: int = Field(description="address space each worker may use")
    queries: int
    killed_at_deadline: int
    died: int = Field(description="workers that ended on their memory cap or otherwise")
    started: int


class IndexHealth(Model):
    state: str = Field(description="ready, building, stale, failed or off")


class CacheHealth(Model):
    entries: int
    bytes: int
    max_bytes: int
    hits: int
    misses: int


class Health(Model):
    status: Literal["ok"]
    version: str
    store: StoreHealth
    index: IndexHealth
    query_workers: Optional[QueryWorkersHealth] = None
    sparql_cache: Optional[CacheHealth] = None


class UploadedDocument(Model):
    kind: Optional[str] = None
    symbol: Optional[str] = None
    date: Optional[str] = None
    issuer: Optional[str] = None
    title: Optional[str] = None


class UploadSummary(Model):
    file: str
    outcome: str = Field(description="added, replaced or unchanged")
    documents: list[UploadedDocument]
    basis: int
    citations: int
    tasks: int
    targets: int


class Upload(Model):
    iris: list[str]
    iri: Optional[str] = None
    id: Optional[str] = None
    summary: UploadSummary


class Choice(Node):
    """One node an ambiguous query matches, described for a reader choosing among them."""

    type: Literal["document", "task", "agency"]
    label: str = Field(description="A document's label, a task's text, an agency's name")
    detail: Optional[str] = Field(None, description="A document's date and issuer, a task's number and plan, "
                                                    "an agency's parent")


class Problem(Model):
    """An error (RFC 9457 problem details, ``application/problem+json``)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: Optional[str] = None
    code: Optional[str] = Field(None, description="Machine-readable cause, e.g. 'not-found', 'query-timeout'")
    candidates: Optional[list[str]] = Field(None,
                                            description="300: the nodes an ambiguous reference matches, best first")
    choices: Optional[list[Choice]] = Field(None, description="300: the same nodes described, best first")
