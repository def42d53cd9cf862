"""Extraction records → RDF quads in the named graph of their source file.

Every document-to-document edge is asserted twice: with its specific property
(``cc:basedOn``, ``cc:implements``, ``cc:proposedBy``, ``cc:attachedTo``) and
with the lineage super-property ``cc:restsOn``, so lineage queries need one
property path and no reasoner. Each edge also gets a ``cc:Link`` node carrying
its evidence: the sentence of the source it was read from, with offsets
(``oa:start``/``oa:end``/``oa:exact``) — every answer points back to the text.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Any, Optional

from pyoxigraph import Literal, NamedNode, Quad

from cancu import __version__
from cancu.graph import identity as idn
from cancu.graph.agencies import Agency, resolve_agency
from cancu.loaders.normalize import fold_key

CC = "https://w3id.org/cancu/ontology#"
OA = "http://www.w3.org/ns/oa#"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"
TIME = "http://www.w3.org/2006/time#"

RELATION_PROPERTY = {"can_cu": "basedOn", "thuc_hien": "implements", "trien_khai": "implements",
                     "theo_de_nghi": "proposedBy"}
KIND_CONCEPT = "https://w3id.org/cancu/ontology/kind/"
AGENCY_KIND = "https://w3id.org/cancu/ontology/agency-kind/"


def cc(name: str) -> NamedNode:
    return NamedNode(CC + name)


def lit(value: Any, dtype: Optional[str] = None) -> Literal:
    if dtype:
        return Literal(str(value), datatype=NamedNode(XSD + dtype))
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return Literal(str(value), datatype=NamedNode(XSD + "integer"))
    return Literal(str(value))


def sentence(text: str, start: int, end: int, *, limit: int = 400) -> str:
    """The sentence (or ';'-clause) around ``[start, end)``, whitespace collapsed.

    pdftotext output puts a blank line after every visual line, so line breaks
    are not sentence boundaries; only ';' and a full stop are — and a preamble
    clause opener ("Căn cứ", "Xét đề nghị", "Theo đề nghị") between the last of
    those and the span (the first basis clause follows the header with no ';').
    """
    lo = max(0, start - limit)
    a = max(text.rfind(";", lo, start), text.rfind(". ", lo, start), text.rfind(".\n", lo, start))
    a0 = a + 1 if a >= lo and a != -1 else lo
    openers = list(_CLAUSE_OPENER.finditer(text, a0, start))
    if openers:  # the first basis clause follows the header with no ';' before it
        a = openers[-1].start() - 1
    ends = [k for k in (text.find(";", end, end + limit), text.find(".\n", end, end + limit),
                        text.find(". ", end, end + limit)) if k != -1]
    b = min(ends) if ends else min(len(text), end + limit)
    s = text[a + 1 if a >= lo and a != -1 else lo:b + 1]
    # quoted for reading: composed Unicode (seed 000 has decomposed letters); offsets keep the source
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s).strip())


# preamble clause openers, in composed and decomposed Unicode (seed 000 is decomposed)
_CLAUSE_OPENER = re.compile("|".join(sorted({unicodedata.normalize(f, w) for w in ("Căn cứ", "Xét đề nghị", "Theo đề nghị")
                                             for f in ("NFC", "NFD")})))


_ATTACHED = re.compile(r"\((?:[^()]{0,40}?)(?:" + "|".join(
    {unicodedata.normalize(f, "kèm theo") for f in ("NFC", "NFD")}) + r")[^()]{0,400}\)")


@lru_cache(maxsize=None)
def _implements_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Patterns of ``graph/data/body_implements.json``: a body citation that the citing document implements."""
    with resources.files("cancu.graph").joinpath("data", "body_implements.json").open(encoding="utf-8") as f:
        t = json.load(f)
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))  # noqa: E731
    kinds = re.compile(rf"\s*(?:{alt(t['kinds'])})(?:\s+số)?\s*$", re.I)
    verbs = re.compile(rf"(?:{alt(t['verbs'])})(?:\s+(?:{alt(t['adverbs'])}))?\s*$", re.I)
    title = re.compile(rf"(?:{alt(t['title_forms'])})$", re.I)
    return kinds, verbs, title


def body_implements(before: str) -> bool:
    """Whether the words ``before`` a citation make the citing document implement it."""
    kinds, verbs, title = _implements_rx()
    before = kinds.sub("", re.sub(r"\s+", " ", unicodedata.normalize("NFC", before)))
    return bool(verbs.search(before)) and not title.search(before.strip())


class GraphBuilder:
    """Collects the quads of one source file."""

    def __init__(self, extraction: dict[str, Any], text: str, *, checksum: str, file_name: str) -> None:
        self.ex = extraction
        self.text = text
        self.graph = NamedNode(idn.source_iri(checksum))
        self.quads: list[Quad] = []
        self.checksum = checksum
        self.file_name = file_name
        self.doc_iris: list[str] = []
        self.links = 0

    def add(self, s, p, o) -> None:
        self.quads.append(Quad(s, p, o, self.graph))

    def span_node(self, span, *, exact: Optional[str] = None) -> NamedNode:
        # IRIs, not blank nodes: spans are addressable (the api links to them) and
        # SPARQL servers such as Virtuoso refuse blank nodes in INSERT DATA.
        s, e = int(span[0]), int(span[1])
        node = NamedNode(f"{self.graph.value}/span/{s}-{e}")
        self.add(node, RDF_TYPE, cc("TextSpan"))
        self.add(node, NamedNode(OA + "start"), lit(s))
        self.add(node, NamedNode(OA + "end"), lit(e))
        if exact is None:
            exact = sentence(self.text, s, e)
        self.add(node, NamedNode(OA + "exact"), lit(exact))
        self.add(node, cc("inSource"), self.graph)
        return node

    def document(self, iri: str, *, kind, symbol, date, issuer, title, cited_only: bool,
                 date_text=None, place=None, signer=None) -> NamedNode:
        n = NamedNode(iri)
        self.add(n, RDF_TYPE, cc("Document"))
        if kind:
            self.add(n, cc("kindLabel"), lit(kind))
            self.add(n, cc("kind"), NamedNode(KIND_CONCEPT + idn.slug(kind).replace("-", "_")))
        if symbol:
            self.add(n, cc("symbol"), lit(symbol))
            m = re.match(r"[\d.]+", symbol)
            if m:
                self.add(n, cc("number"), lit(m.group()))
        if date:
            self.add(n, cc("issueDate"), lit(date, "date"))
        if date_text:
            self.add(n, cc("dateText"), lit(date_text))
        iss = idn.canonical_issuer(issuer) or idn.issuer_from_code(symbol)
        level = idn.level_of(iss, kind)
        if iss:
            ag = self.agency_node(resolve_agency(iss, date=date))
            self.add(n, cc("issuedBy"), ag)
            self.add(n, cc("issuerName"), lit(iss))
        self.add(n, cc("level"), lit(level))
        self.add(n, cc("sphere"), lit(idn.sphere_of(iss, symbol)))
        if title:
            self.add(n, cc("title"), lit(title))
        if place:
            self.add(n, cc("place"), lit(place))
        if signer:
            self.add(n, cc("signedBy"), lit(signer))
        named = title if kind == "Luật" else None
        if named and kind and named.casefold().startswith(kind.casefold()):
            kind_word = None  # a law's name already starts with "Luật": no "Luật Luật …"
        else:
            kind_word = kind
        label = " ".join(x for x in (kind_word, symbol or named) if x) or (title or iri)
        self.add(n, RDFS_LABEL, lit(label))
        self.add(n, cc("citedOnly"), lit(cited_only))
        return n

    def link(self, a: NamedNode, prop: str, b: NamedNode, span, relation: str, *, exact: Optional[str] = None) -> None:
        self.add(a, cc(prop), b)
        self.add(a, cc("restsOn"), b)
        self.links += 1
        node = NamedNode(f"{self.graph.value}/link/{self.links}")
        self.add(node, RDF_TYPE, cc("Link"))
        self.add(node, cc("from"), a)
        self.add(node, cc("to"), b)
        self.add(node, cc("relation"), lit(relation))
        if span and span[1] > span[0]:
            self.add(node, cc("evidence"), self.span_node(span, exact=exact))

    def build(self) -> list[Quad]:
        ex = self.ex
        g = self.graph
        self.add(g, RDF_TYPE, cc("SourceFile"))
        self.add(g, cc("checksum"), lit(self.checksum))
        self.add(g, cc("fileName"), lit(self.file_name))
        self.add(g, cc("cancuVersion"), lit(__version__))
        self.add(g, NamedNode(PROV + "generatedAtTime"),
                 lit(dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "dateTime"))
        if not ex.get("is_document"):
            self.add(g, cc("notADocument"), lit(ex.get("reason") or "not a document"))
            return self.quads
        docs = [ex["doc"], *ex["documents"]]
        context = idn.canonical_issuer(docs[0].get("issuer")) or self.file_name
        for d in docs:
            iri = idn.doc_iri(issuer=d.get("issuer"), kind=d.get("kind"), date=d.get("date"),
                              symbol=d.get("symbol") if d.get("symbol") and not d["symbol"].startswith("/") else None,
                              title=d.get("title") if not d.get("symbol") or d["symbol"].startswith("/") else None,
                              context=context)
            self.doc_iris.append(iri)
            n = self.document(iri, kind=d.get("kind"), symbol=d.get("symbol") if d.get("symbol") and not d["symbol"].startswith("/") else None,
                              date=d.get("date"), issuer=d.get("issuer"), title=d.get("title"),
                              cited_only=False, date_text=d.get("date_text"), place=d.get("place"),
                              signer=d.get("signer"))
            self.add(n, cc("describedBy"), g)
            self.add(n, cc("evidence"), self.span_node(d["span"]))
        for k, d in enumerate(docs[1:], start=1):
            parent = NamedNode(self.doc_iris[d.get("parent") or 0])
            child = NamedNode(self.doc_iris[k])
            self.add(parent, cc("issuedWith"), child)
            span = self._attached_span(d.get("span"))
            exact = None
            if span and span != d.get("span"):
                exact = unicodedata.normalize("NFC", re.sub(r"\s+", " ", self.text[span[0]:span[1]]).strip())
            self.link(child, "attachedTo", parent, span, "issued_with", exact=exact)
        cited: dict[str, str] = {}
        own = set(self.doc_iris)
        for c in ex["citations"]:
            iri = self._cited_iri(c, context)
            if iri in own:
                continue
            cited[self._ckey(c)] = iri
            n = self.document(iri, kind=c.get("kind"), symbol=c.get("symbol"), date=c.get("date"),
                              issuer=c.get("issuer"), title=c.get("title"), cited_only=True)
            for span in c["spans"]:
                src = NamedNode(self.doc_iris[self._owner(span)])
                self.add(src, cc("cites"), n)
                self.add(n, cc("citedAt"), self.span_node(span))
                if self._body_implements(span, src):
                    self.link(src, "implements", n, span, "thuc_hien")
        for b in ex["basis"]:
            if not b.get("symbol") and not b.get("title"):
                continue  # a proposal that names no document
            iri = cited.get(self._ckey(b)) or self._cited_iri(b, context)
            src = NamedNode(self.doc_iris[b.get("doc_index", 0)])
            self.link(src, RELATION_PROPERTY[b["relation"]], NamedNode(iri), b["span"], b["relation"])
        for i, t in enumerate(ex.get("tasks", []), start=1):
            self._task(i, t, docs)
        return self.quads

    def _attached_span(self, span):
        """The "(Ban hành kèm theo Quyết định số …)" line under an attached plan's title, else its span."""
        if not span:
            return span
        m = _ATTACHED.search(self.text, span[0], min(len(self.text), span[0] + 2000))
        return [m.start(), m.end()] if m else span

    def _ckey(self, c) -> str:
        return (c.get("symbol") or "").casefold() + "|" + fold_key(c.get("title") or "") if c.get("symbol") \
            else "|" + fold_key(c.get("title") or "")

    def _cited_iri(self, c, context) -> str:
        return idn.doc_iri(issuer=c.get("issuer"), kind=c.get("kind"), date=c.get("date"),
                           symbol=c.get("symbol"), title=c.get("title"), context=context)

    def _owner(self, span) -> int:
        docs = [self.ex["doc"], *self.ex["documents"]]
        owner = 0
        for k, d in enumerate(docs):
            if d["span"][0] <= span[0]:
                owner = k
        return owner

    def _body_implements(self, span, src) -> bool:
        return body_implements(self.text[max(0, span[0] - 80):span[0]])

    def _task(self, i: int, t: dict[str, Any], docs) -> None:
        owner = t.get("doc_index", 0)
        doc_iri = self.doc_iris[owner]
        plan_issuer = idn.canonical_issuer(docs[owner].get("issuer")) or ""
        n = NamedNode(f"{doc_iri}/task/{i}")
        doc = NamedNode(doc_iri)
        self.add(n, RDF_TYPE, cc("Task"))
        self.add(doc, cc("hasTask"), n)
        self.add(n, cc("taskOf"), doc)
        self.add(n, cc("text"), lit(t["text"]))
        self.add(n, RDFS_LABEL, lit(t["text"][:120]))
        if t.get("no"):
            self.add(n, cc("taskNo"), lit(t["no"]))
        if t.get("section"):
            self.add(n, cc("section"), lit(t["section"]))
        if t.get("reform_area"):
            self.add(n, cc("reformArea"), lit(t["reform_area"]))
        # a task row's evidence is the row itself (table cells have no sentence punctuation)
        row = unicodedata.normalize("NFC", re.sub(r"\s+", " ", self.text[t["span"][0]:t["span"][1]]).strip())
        self.add(n, cc("evidence"), self.span_node(t["span"], exact=row[:600]))
        for k, dlv in enumerate(t.get("deliverables", []), start=1):
            dn = NamedNode(f"{doc_iri}/task/{i}/deliverable/{k}")
            self.add(n, cc("hasDeliverable"), dn)
            self.add(dn, RDF_TYPE, cc("Deliverable"))
            self.add(dn, RDFS_LABEL, lit(dlv))
        d = t.get("deadline")
        if d:
            dn = NamedNode(f"{doc_iri}/task/{i}/deadline")
            self.add(n, cc("dueBy"), dn)
            self.add(dn, RDF_TYPE, cc("Deadline"))
            self.add(dn, cc("deadlineText"), lit(d["text"]))
            for prop, key in (("hasBeginning", "start"), ("hasEnd", "end")):
                if d.get(key):
                    inst = NamedNode(f"{dn.value}/{key}")
                    self.add(dn, NamedNode(TIME + prop), inst)
                    self.add(inst, RDF_TYPE, NamedNode(TIME + "Instant"))
                    self.add(inst, NamedNode(TIME + "inXSDDate"), lit(d[key], "date"))
            if d.get("recurrence"):
                self.add(dn, cc("recurrence"), lit(d["recurrence"]))
            if d.get("condition"):
                self.add(dn, cc("condition"), lit(d["condition"]["text"]))
        for prop, names in (("assignedTo", t.get("lead", [])), ("coordinatedBy", t.get("coordinating", []))):
            for name in names:
                a = self._agency(name, plan_issuer)
                self.add(n, cc(prop), a)
        if not t.get("lead"):
            self.add(n, cc("noLeadStated"), lit(True))

    def _agency(self, name: str, parent_issuer: str) -> NamedNode:
        """An agency named in a plan, resolved in the context of the plan's issuer."""
        return self.agency_node(resolve_agency(name, context_issuer=parent_issuer or None,
                                               date=self.ex.get("doc", {}).get("date")))

    def agency_node(self, a: Agency) -> NamedNode:
        node = NamedNode(a.iri)
        self.add(node, RDF_TYPE, cc("Agency"))
        self.add(node, RDFS_LABEL, lit(a.label))
        self.add(node, cc("agencyKind"), NamedNode(AGENCY_KIND + a.kind))
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
