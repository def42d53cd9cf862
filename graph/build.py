"""Extraction records → RDF quads in the named graph of their source file.

Every document-to-document edge is asserted twice: with its specific property
(``cc:basedOn``, ``cc:implements``, ``cc:proposedBy``, ``cc:attachedTo``) and
with the lineage super-property ``cc:restsOn``, so lineage queries need one
property path and no reasoner. Each edge also gets a ``cc:Link`` node carrying
its evidence: the sentence of the source it was read from, with offsets
(``oa:start``/``oa:end``/``oa:exact``) — every answer points back to the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import Any, Optional

from pyoxigraph import Literal, NamedNode, Quad

from cancu import __version__
from cancu.graph import identity as idn
from cancu.graph.agencies import Agency, resolve_agency
from cancu.graph.labels import document_label
from cancu.graph.laws import law_number
from cancu.loaders import evidence
from cancu.loaders.normalize import fold_key
from cancu.loaders.records import Basis, Citation, DocInfo, Extraction
from cancu.loaders.subject_line import subject_line
from cancu.loaders.task_basis import task_basis
from cancu.ontology import vocabulary

OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"
TIME = "http://www.w3.org/2006/time#"

LAW_ISSUERS = {"Luật": "Quốc hội", "Bộ luật": "Quốc hội", "Pháp lệnh": "Ủy ban Thường vụ Quốc hội"}
RELATION_PROPERTY = {"can_cu": "basedOn", "thuc_hien": "implements", "trien_khai": "implements",
                     "theo_de_nghi": "proposedBy"}


def cc(name: str) -> NamedNode:
    """The ``cc:`` term ``name`` (one the ontology declares: :mod:`cancu.ontology.vocabulary`)."""
    return NamedNode(vocabulary.cc[name])


def lit(value: Any, dtype: Optional[str] = None) -> Literal:
    if dtype:
        return Literal(str(value), datatype=NamedNode(XSD + dtype))
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    return Literal(str(value))



_last_stamp: Optional[dt.datetime] = None


def generated_at() -> str:
    """The ``prov:generatedAtTime`` of a file graph built now: milliseconds, and strictly later
    than the previous one this process wrote. The canonical graph takes a document's current
    description from the latest-built file describing it (canonical.py); with whole seconds, two
    files of one bulk ingest built in the same second tied and the graph IRI decided, so the same
    folder ingested twice (or into the other backend) could describe a document by different files
    (seen with the three renderings of 179/KH-UBND of Đồng Nai in the gold folder: one task and 32
    triples apart between Oxigraph and Virtuoso). Now the later file in ingest order always wins."""
    global _last_stamp
    now = dt.datetime.now(dt.timezone.utc)
    now = now.replace(microsecond=now.microsecond // 1000 * 1000)
    if _last_stamp is not None and now <= _last_stamp:
        now = _last_stamp + dt.timedelta(milliseconds=1)
    _last_stamp = now
    # milliseconds, not microseconds: HermiT (cancu check) refuses an xsd:dateTime with more than
    # three fractional digits as malformed
    return now.isoformat(timespec="milliseconds")

class GraphBuilder:
    """Collects the quads of one source file from its typed records (:class:`Extraction`)."""

    def __init__(self, extraction: Extraction, *, checksum: str, file_name: str) -> None:
        self.ex = extraction
        self.text = extraction.text
        self.graph = NamedNode(idn.source_iri(checksum))
        self.quads: list[Quad] = []
        self.checksum = checksum
        self.file_name = file_name
        self.docs: list[DocInfo] = [d for d in (extraction.doc, *extraction.documents) if d is not None]
        self.doc_iris: list[str] = []
        self.links = 0
        self.citations = 0
        self._ref: Optional[str] = None  # _reference(), once per file ("" when nothing dates it)

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, p, o, self.graph))

    def span_node(self, span, *, exact: Optional[str] = None, name: Optional[str] = None) -> NamedNode:
        # IRIs, not blank nodes: spans are addressable (the api links to them) and
        # SPARQL servers such as Virtuoso refuse blank nodes in INSERT DATA. ``name`` tells
        # apart two quotes of one span (a citation's sentence, the task's sentence naming it).
        s, e = int(span[0]), int(span[1])
        node = NamedNode(f"{self.graph.value}/span/{s}-{e}" + (f"/{name}" if name else ""))
        self.add(node, RDF_TYPE, cc("TextSpan"))
        self.add(node, NamedNode(OA + "start"), lit(s))
        self.add(node, NamedNode(OA + "end"), lit(e))
        if exact is None:
            exact = evidence.sentence(self.text, s, e)
        self.add(node, NamedNode(OA + "exact"), lit(exact))
        self.add(node, cc("inSource"), self.graph)
        return node

    def document(self, iri: str, *, kind, symbol, date, issuer, title, cited_only: bool,
                 date_text=None, place=None, signer=None) -> NamedNode:
        n = NamedNode(iri)
        self.add(n, RDF_TYPE, cc("Document"))
        if kind:
            self.add(n, cc("kindLabel"), lit(kind))
            self.add(n, cc("kind"), NamedNode(vocabulary.KIND + idn.slug(kind).replace("-", "_")))
        symbol = idn.full_symbol(symbol)
        if symbol:
            self.add(n, cc("symbol"), lit(symbol))
            m = re.match(r"[\d.]+", symbol)
            if m:
                self.add(n, cc("number"), lit(m.group()))
        if date:
            self.add(n, cc("issueDate"), lit(date, "date"))
        if date_text:
            self.add(n, cc("dateText"), lit(date_text))
        # a law or code cited by name alone is the National Assembly's, an ordinance its Standing Committee's
        iss = idn.document_issuer(issuer, symbol) or LAW_ISSUERS.get(kind or "")
        level = idn.level_of(iss, kind)
        if iss:
            ag = resolve_agency(iss, date=date)
            if ag is not None and not ag.group:
                self.add(n, cc("issuedBy"), self.agency_node(ag))
            self.add(n, cc("issuerName"), lit(iss))
        self.add(n, cc("level"), lit(level))
        self.add(n, cc("sphere"), lit(idn.sphere_of(iss, symbol)))
        if title:
            self.add(n, cc("title"), lit(title))
        if place:
            self.add(n, cc("place"), lit(place))
        if signer:
            self.add(n, cc("signedBy"), lit(signer))
        self.add(n, RDFS_LABEL, lit(document_label(kind, symbol, title, date=date, issuer=iss, fallback=iri)))
        self.add(n, cc("citedOnly"), lit(cited_only))
        return n

    def _link_node(self, kind: str, source: tuple[str, NamedNode], target: tuple[str, NamedNode],
                   relation: str) -> NamedNode:
        """A numbered node of this file's graph standing for one edge (its two ends and the relation
        the words give), so that the edge can carry its evidence."""
        self.links += 1
        node = NamedNode(f"{self.graph.value}/link/{self.links}")
        self.add(node, RDF_TYPE, cc(kind))
        self.add(node, cc(source[0]), source[1])
        self.add(node, cc(target[0]), target[1])
        self.add(node, cc("relation"), lit(relation))
        return node

    def link(self, a: NamedNode, prop: str, b: NamedNode, span, relation: str, *, exact: Optional[str] = None) -> None:
        self.add(a, cc(prop), b)
        self.add(a, cc("restsOn"), b)
        node = self._link_node("Link", ("from", a), ("to", b), relation)
        if span and span[1] > span[0]:
            self.add(node, cc("evidence"), self.span_node(span, exact=exact))

    def build(self) -> list[Quad]:
        ex = self.ex
        g = self.graph
        self.add(g, RDF_TYPE, cc("SourceFile"))
        self.add(g, cc("checksum"), lit(self.checksum))
        self.add(g, cc("fileName"), lit(self.file_name))
        self.add(g, cc("cancuVersion"), lit(__version__))
        self.add(g, NamedNode(PROV + "generatedAtTime"), lit(generated_at(), "dateTime"))
        if not ex.is_document or not self.docs:
            self.add(g, cc("notADocument"), lit(ex.reason or "not a document"))
            return self.quads
        # a citation with an issuer nobody resolved is scoped to the issuer of the citing
        # document, else to this source (its checksum: never a path of this machine)
        context = idn.document_issuer(self.docs[0].issuer, self.docs[0].symbol) or "source-" + self.checksum[:16]
        for d in self.docs:
            symbol = d.symbol if d.symbol and not d.symbol.startswith("/") else None  # "/QĐ-UBND": number left blank
            iri = idn.doc_iri(issuer=d.issuer, kind=d.kind, date=d.date, symbol=symbol,
                              title=None if symbol else d.title, context=context)
            self.doc_iris.append(iri)
            n = self.document(iri, kind=d.kind, symbol=symbol, date=d.date, issuer=d.issuer, title=d.title,
                              cited_only=False, date_text=d.date_text, place=d.place, signer=d.signer)
            self.add(n, cc("describedBy"), g)
            self.add(n, cc("evidence"), self.span_node(d.span))
        for k, d in enumerate(self.docs[1:], start=1):
            parent = NamedNode(self.doc_iris[d.parent or 0])
            child = NamedNode(self.doc_iris[k])
            self.add(parent, cc("issuedWith"), child)
            span = evidence.attached_span(self.text, d.span)
            exact = evidence.quote(self.text, span) if span and span != d.span else None
            self.link(child, "attachedTo", parent, span, "issued_with", exact=exact)
        cited: dict[str, str] = {}
        own = set(self.doc_iris)
        # a task's own basis (loaders/task_basis.py): a citation in a task's row that the row's
        # words make its basis is the task's, not the whole plan's ("theo Công văn số 12/CV-BCĐ")
        own_basis = task_basis(self.text, ex.tasks, ex.citations) if ex.tasks else []
        task_mentions = {tuple(b.span) for b in own_basis}
        cited_at: dict[int, str] = {}
        starts = sorted(s[0] for c in ex.citations for s in c.spans)  # where each mention starts
        for ci, c in enumerate(ex.citations):
            iri = self._cited_iri(c, context)
            if iri in own:
                continue
            cited[self._ckey(c)] = iri
            cited_at[ci] = iri
            n = self.document(iri, kind=c.kind, symbol=self._symbol(c), date=c.date, issuer=c.issuer,
                              title=c.title or self._subject(c, starts), cited_only=True)
            first: dict[int, NamedNode] = {}
            for span in c.spans:
                owner = self._owner(span)
                src = NamedNode(self.doc_iris[owner])
                self.add(src, cc("cites"), n)
                sp = self.span_node(span)
                self.add(n, cc("citedAt"), sp)
                first.setdefault(owner, sp)
                if tuple(span) not in task_mentions and evidence.implements_at(self.text, span):
                    self.link(src, "implements", n, span, "thuc_hien")
            for owner, sp in sorted(first.items()):  # the sentence that cites it, per citing document
                self.citation(NamedNode(self.doc_iris[owner]), n, sp)
        for b in ex.basis:
            if not b.symbol and not b.title:
                continue  # a proposal that names no document
            iri = cited.get(self._ckey(b)) or self._cited_iri(b, context)
            src = NamedNode(self.doc_iris[b.doc_index or 0])
            self.link(src, RELATION_PROPERTY[b.relation], NamedNode(iri), b.span, b.relation)
        for i, t in enumerate(ex.tasks, start=1):
            self._task(i, t)
        for b in own_basis:
            if b.citation in cited_at:  # a task naming its own plan rests on nothing new
                self.task_link(self._task_iri(b.task), b.relation, NamedNode(cited_at[b.citation]), b.span,
                               b.sentence)
        return self.quads

    def _subject(self, c: Citation, starts: list[int]) -> Optional[str]:
        """The subject line a citing sentence gives a document cited by number (its first mention
        that gives one), up to the next mention: what a document known only by citation is about."""
        if not c.symbol:
            return None
        for span in c.spans:
            k = bisect.bisect_right(starts, span[0])
            found = subject_line(self.text, span, stop=starts[k] if k < len(starts) else None)
            if found:
                return found
        return None

    def citation(self, src: NamedNode, cited: NamedNode, span_node: NamedNode) -> None:
        """A document citing another, reified with the sentence that cites it (``cc:Citation``):
        the evidence of a bare citation, shown where a document lists what cites it."""
        self.citations += 1
        node = NamedNode(f"{self.graph.value}/citation/{self.citations}")
        self.add(node, RDF_TYPE, cc("Citation"))
        self.add(node, cc("citingDocument"), src)
        self.add(node, cc("citedDocument"), cited)
        self.add(node, cc("evidence"), span_node)

    def task_link(self, task: NamedNode, relation: str, doc: NamedNode, span, sentence: str) -> None:
        """A task's own basis: ``cc:taskBasis`` and a ``cc:TaskLink`` carrying the relation its words
        give and the task's sentence naming the document as evidence."""
        self.add(task, cc("taskBasis"), doc)
        node = self._link_node("TaskLink", ("fromTask", task), ("toDocument", doc), relation)
        self.add(node, cc("evidence"), self.span_node(span, exact=sentence, name="task"))

    def _task_iri(self, k: int) -> NamedNode:
        """The node of ``Extraction.tasks[k]`` (numbered from 1 in its file, under its document)."""
        t = self.ex.tasks[k]
        return NamedNode(f"{self.doc_iris[t.doc_index or 0]}/task/{k + 1}")

    @staticmethod
    def _ckey(c: Citation | Basis) -> str:
        return (c.symbol or "").casefold() + "|" + fold_key(c.title or "") if c.symbol \
            else "|" + fold_key(c.title or "")

    def _symbol(self, c: Citation | Basis) -> Optional[str]:
        """The symbol a citation writes; for a law cited by name alone, the number the law table
        gives it (so the node cited by name is the node cited by number, and carries both)."""
        if c.symbol or c.kind not in ("Luật", "Bộ luật", "Pháp lệnh"):
            return c.symbol
        return getattr(c, "law_number", None) or law_number(c.title, date=c.date, reference=self._reference())

    def _cited_iri(self, c: Citation | Basis, context: str) -> str:
        return idn.doc_iri(issuer=c.issuer, kind=c.kind, date=c.date, symbol=self._symbol(c), title=c.title,
                           context=context)

    def _reference(self) -> Optional[str]:
        """When the citing document was issued, or the earliest day it can have been: its own
        date, else the latest date it cites, or the first day of the latest year written in a
        cited symbol ('Luật số 63/2020/QH14': not before 2020). A law cited by name alone is
        then the version passed by that day."""
        if self.docs and self.docs[0].date:
            return self.docs[0].date
        if self._ref is None:
            days = [c.date for c in self.ex.citations if c.date]
            days += [f"{y}-01-01" for c in self.ex.citations if (y := idn.year_of(c.symbol, None))]
            self._ref = max(days, default="")
        return self._ref or None

    def _owner(self, span) -> int:
        """The document of this file a span falls in (the last one starting at or before it)."""
        owner = 0
        for k, d in enumerate(self.docs):
            if d.span[0] <= span[0]:
                owner = k
        return owner

    def _task(self, i: int, t) -> None:
        owner = t.doc_index or 0
        doc_iri = self.doc_iris[owner]
        plan_issuer = idn.document_issuer(self.docs[owner].issuer, self.docs[owner].symbol) or ""
        n = NamedNode(f"{doc_iri}/task/{i}")
        doc = NamedNode(doc_iri)
        self.add(n, RDF_TYPE, cc("Task"))
        self.add(doc, cc("hasTask"), n)
        self.add(n, cc("taskOf"), doc)
        self.add(n, cc("text"), lit(t.text))
        self.add(n, RDFS_LABEL, lit(t.text[:120]))
        if t.no:
            self.add(n, cc("taskNo"), lit(t.no))
        if t.section:
            self.add(n, cc("section"), lit(t.section))
        if t.reform_area:
            self.add(n, cc("reformArea"), lit(t.reform_area))
        # a task row's evidence is the row itself (table cells have no sentence punctuation)
        self.add(n, cc("evidence"), self.span_node(t.span, exact=evidence.quote(self.text, t.span, limit=600)))
        for k, dlv in enumerate(t.deliverables, start=1):
            dn = NamedNode(f"{doc_iri}/task/{i}/deliverable/{k}")
            self.add(n, cc("hasDeliverable"), dn)
            self.add(dn, RDF_TYPE, cc("Deliverable"))
            self.add(dn, RDFS_LABEL, lit(dlv))
        d = t.deadline
        if d:
            dn = NamedNode(f"{doc_iri}/task/{i}/deadline")
            self.add(n, cc("dueBy"), dn)
            self.add(dn, RDF_TYPE, cc("Deadline"))
            self.add(dn, cc("deadlineText"), lit(d.text))
            for prop, key, value in (("hasBeginning", "start", d.start), ("hasEnd", "end", d.end)):
                if value:
                    inst = NamedNode(f"{dn.value}/{key}")
                    self.add(dn, NamedNode(TIME + prop), inst)
                    self.add(inst, RDF_TYPE, NamedNode(TIME + "Instant"))
                    self.add(inst, NamedNode(TIME + "inXSDDate"), lit(value, "date"))
            if d.recurrence:
                self.add(dn, cc("recurrence"), lit(d.recurrence))
            if d.condition:
                self.add(dn, cc("condition"), lit(d.condition["text"]))
        leads = 0
        for prop, names in (("assignedTo", t.lead), ("coordinatedBy", t.coordinating)):
            for name in names:
                a = self._agency(name, plan_issuer)
                if a is None:  # names no body (a date, a step, task text): kept as written, not an agency
                    self.add(n, cc("assigneeText"), lit(name))
                    continue
                self.add(n, cc(prop), a)
                leads += prop == "assignedTo"
        if not leads:
            self.add(n, cc("noLeadStated"), lit(True))

    def _agency(self, name: str, parent_issuer: str) -> Optional[NamedNode]:
        """An agency named in a plan, resolved in the context of the plan's issuer (None: no body)."""
        a = resolve_agency(name, context_issuer=parent_issuer or None, date=self.docs[0].date if self.docs else None)
        return self.agency_node(a) if a is not None else None

    def agency_node(self, a: Agency) -> NamedNode:
        node = NamedNode(a.iri)
        self.add(node, RDF_TYPE, cc("AgencyGroup" if a.group else "Agency"))
        self.add(node, RDFS_LABEL, lit(a.label))
        self.add(node, cc("agencyKind"), NamedNode(vocabulary.AGENCY_KIND + a.kind))
        self.add(node, cc("level"), lit(a.level))
        if a.parent:
            self.add(node, cc("subOrganizationOf"), NamedNode(a.parent))
        if a.unit:
            self.add(node, cc("jurisdiction"), self.unit_node(a.unit))
        return node

    def unit_node(self, u) -> NamedNode:
        node = NamedNode(u.iri)
        self.add(node, RDF_TYPE, cc("AdministrativeUnit"))
        self.add(node, RDFS_LABEL, lit(u.name))
        self.add(node, cc("unitLevel"), lit(u.level))
        if u.code is not None:
            self.add(node, cc("unitCode"), lit(str(u.code)))
        if u.part_of:
            self.add(node, cc("partOf"), NamedNode(u.part_of))
        if u.valid_to:
            self.add(node, cc("validTo"), lit(u.valid_to, "date"))
        for s in u.successors:
            self.add(node, cc("successor"), NamedNode(s))
        return node
