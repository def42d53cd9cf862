"""The canonical graph: one node per real document, agency and unit, each fact once.

Every file's named graph keeps what that file said (provenance, evidence,
export). A document cited from a thousand files is asserted a thousand times
there, and a query over the union of the graphs multiplies its rows through
every OPTIONAL (one row per graph and value on Oxigraph and Virtuoso alike).
The canonical graph (``{data base}graph/canonical``) holds each entity once:

* **documents**: one value per identity field (kind, symbol, number, date,
  issuer, level, sphere, title, label), taken from the document's own current
  file when it has one, else the value most files give (ties: the smallest);
  fields on which files disagree keep every value as a ``cc:Alternative`` with
  its source file and sentence (``gaps`` reports them); ``cc:describedBy`` the
  current source (the latest ingested file describing it: an uploaded corrected
  version replaces the earlier, which stays as ``cc:formerlyDescribedBy``),
  ``cc:citedOnly``, ``cc:sourceCount`` (files mentioning it); its lineage
  links (``cc:Link`` with one evidence sentence each), citations and tasks
  (with deliverables, deadline, lead and coordinating agencies) as its current
  file states them; ``cc:alias`` for the other IRIs it was written under;
* **agencies** (and ``cc:AgencyGroup`` groups) and **units**: the label most
  files give, their kind, level, parent and jurisdiction;
* **the lineage closure**: ``?d cc:restsOn ?ancestor`` for every transitive pair.

Identity is decided by the rules of :mod:`cancu.graph.identity` when a file is
built (issuer normalisation, national symbols by code and year, laws by name
through the law-title table); one rule needs the other files: a document cited
without a year (``doc/…/nd/…``) is the dated document with the same issuer,
kind and number when exactly one such document exists (its ``cc:alias``);
with none or several it stays a node of its own (``gaps`` lists the latter).

Maintenance is per entity: ingesting or removing a file marks the entities its
graph names (``graph/pending``, so an interrupted run resumes), and
:func:`update` recomputes exactly those — plus documents whose citations point
at an IRI whose alias changed — from their mentions in every file graph, then
the closure of the documents whose ancestors may have changed. :func:`rebuild`
recomputes everything (after a bulk load). Internal bookkeeping (the year-less
form of each dated document) lives in ``graph/resolution``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

import pyoxigraph as ox

from cancu import config
from cancu.graph.labels import document_label
from cancu.graph.rq import run, run_terms
from cancu.graph.store.base import canonical_graph, py
from cancu.loaders.normalize import search_key, symbol_key
from cancu.ontology.vocabulary import NS, cc

log = logging.getLogger("cancu.graph.canonical")

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
OA = "http://www.w3.org/ns/oa#"
TIME = "http://www.w3.org/2006/time#"
XSD = "http://www.w3.org/2001/XMLSchema#"

ENTITY_TYPES = {cc.Document: "document", cc.Agency: "agency", cc.AgencyGroup: "agency",
                cc.AdministrativeUnit: "unit"}
#: identity fields of a document (one value each in the canonical graph)
DOC_FIELDS = ("kindLabel", "kind", "symbol", "number", "issueDate", "dateText", "issuerName", "issuedBy",
              "level", "sphere", "title", "place", "signedBy")
#: fields whose disagreement between files is a finding (kept as alternatives, reported by gaps)
CONFLICT_FIELDS = ("kindLabel", "symbol", "issueDate", "issuerName")
#: document → document edges a document's own file states
EDGE_FIELDS = ("cites", "basedOn", "implements", "proposedBy", "attachedTo", "issuedWith")
AGENCY_FIELDS = ("agencyKind", "level", "subOrganizationOf", "jurisdiction")
UNIT_FIELDS = ("unitLevel", "unitCode", "partOf", "validTo", "successor")
_LEVEL_RANK = {"national": 0, "provincial": 1, "district": 2, "commune": 3, "unknown": 9}
BATCH = 400  # subjects per VALUES block


def resolution_graph() -> str:
    """Bookkeeping of identity resolution (the year-less form of each dated document)."""
    return config.data_base() + "graph/resolution"


def pending_graph() -> str:
    """Entities whose canonical form must be recomputed (written before, cleared after)."""
    return config.data_base() + "graph/pending"


def internal_graphs() -> set[str]:
    base = config.data_base()
    return {canonical_graph(), resolution_graph(), pending_graph(), base + "graph/meta", base + "graph/lineage"}


# --- what a file touches -------------------------------------------------------------------------

def entities_in(quads: Iterable[ox.Quad]) -> set[str]:
    """The entities (documents, agencies, groups, units) a file's quads name."""
    t = ox.NamedNode(RDF_TYPE)
    return {q.subject.value for q in quads if q.predicate == t and q.object.value in ENTITY_TYPES}


def entities_of_graph(store, graph: str) -> set[str]:
    """The entities the stored graph ``graph`` names."""
    return {r["s"] for r in run(store, "canonical_entities_of_graph", g=graph)}


def mark_pending(store, iris: Iterable[str]) -> None:
    """Record entities to recompute; :func:`update` clears what it did."""
    iris = sorted(set(iris))
    pg = pending_graph()
    for k in range(0, len(iris), 2000):
        body = "\n".join(f"<{i}> <{cc.pending}> true ." for i in iris[k:k + 2000])
        store.update(f"INSERT DATA {{ GRAPH <{pg}> {{\n{body}\n}} }}")


def pending(store) -> set[str]:
    return {r["s"] for r in run(store, "canonical_pending", pg=pending_graph())}


# --- reading -----------------------------------------------------------------------------------

def _batches(iris: Iterable[str], n: int = BATCH):
    iris = sorted(set(iris))
    for k in range(0, len(iris), n):
        yield iris[k:k + n]


def _mentions(store, subjects: Iterable[str]) -> dict[str, list[tuple[str, Any, str]]]:
    """subject → [(predicate, object term, source graph)] over every file graph."""
    out: dict[str, list] = defaultdict(list)
    skip = internal_graphs()
    for batch in _batches(subjects):
        for s, p, o, g in run_terms(store, "canonical_mentions", s=batch):
            if g.value not in skip:
                out[s.value].append((p.value, o, g.value))
    return out


def _graph_quads(store, graphs: Iterable[str]) -> dict[str, list[tuple[str, str, str]]]:
    """graph → its triples as (subject IRI, predicate IRI, object in N-Triples): a file graph is
    small, read whole once, and its objects are copied into the canonical graph as written. On an
    embedded store the rows come serialised by the engine (TSV, in Rust): turning a million terms
    into Python objects was most of a full rebuild's time."""
    from cancu.graph.rq import text
    from cancu.graph.store.base import LOCAL, PREFIXES

    out: dict[str, list] = defaultdict(list)
    for batch in _batches(graphs, 50):
        if LOCAL in store.capabilities:
            lines = store.select_serialized(PREFIXES + text("canonical_source_quads", g=batch), "tsv")
            for line in lines.decode("utf-8").split("\n")[1:]:
                if line:
                    s, p, o, g = line.split("\t")
                    out[g[1:-1]].append((s[1:-1], p[1:-1], _tsv_nt(o)))
        else:
            for s, p, o, g in run_terms(store, "canonical_source_quads", g=batch):
                out[g.value].append((s.value, p.value, str(o)))
    return out


_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?\d*\.\d+")


def _tsv_nt(cell: str) -> str:
    """A SPARQL TSV cell (Turtle syntax) in N-Triples: IRIs and quoted literals are written alike;
    the short forms of numbers and booleans get their datatype back."""
    if cell[:1] in ('<', '"') or cell.startswith("_:"):
        return cell
    if cell in ("true", "false"):
        return f'"{cell}"^^<{XSD}boolean>'
    if _INTEGER.fullmatch(cell):
        return f'"{cell}"^^<{XSD}integer>'
    if _DECIMAL.fullmatch(cell):
        return f'"{cell}"^^<{XSD}decimal>'
    return f'"{cell}"^^<{XSD}double>'


# keys of _by_subject's lists of link, task-part, task link and citation subjects
_LINKS, _TASKS, _TASK_LINKS, _CITATIONS = "\0links", "\0tasks", "\0task-links", "\0citations"


def _by_subject(quads: list[tuple[str, str, str]]) -> dict[str, list]:
    """A file's triples grouped by subject, with the link subjects and the task subjects (tasks and
    their parts) listed apart, so each of the documents it describes finds its own quickly."""
    subj: dict[str, list] = defaultdict(list)
    for s, p, o in quads:
        subj[s].append((p, o))
    preds = {x: {p for p, _ in props} for x, props in subj.items()}
    subj[_LINKS] = [x for x, ps in preds.items() if cc["from"] in ps]
    subj[_TASKS] = [x for x in preds if "/task/" in x]
    subj[_TASK_LINKS] = [x for x, ps in preds.items() if cc.fromTask in ps]
    subj[_CITATIONS] = [x for x, ps in preds.items() if cc.citingDocument in ps]
    return subj


def _nt_iri(o: str) -> Optional[str]:
    """The IRI an N-Triples term names, or None for a literal."""
    return o[1:-1] if o.startswith("<") else None


def _nt_value(o: Optional[str]) -> Any:
    """The Python value of an N-Triples literal (as ``py`` gives it), or None."""
    if o is None:
        return None
    from cancu.graph.index import tsv_value

    return tsv_value(o, lambda k, v: v)[0]


def _generated(store, graphs: Iterable[str]) -> dict[str, dt.datetime]:
    out = {}
    for batch in _batches(graphs):
        for g, t in run_terms(store, "canonical_generated", g=batch):
            out[g.value] = _instant(t.value)
    return out


_EPOCH = dt.datetime.min.replace(tzinfo=dt.timezone.utc)


def _instant(text: str) -> dt.datetime:
    """A ``prov:generatedAtTime`` as a comparable instant. Compared as text, a server's rewriting
    ("…32Z" for "…32.000000+00:00") or a whole-second stamp of an older store beside a fractional one
    would order wrongly ('Z' sorts after '.')."""
    try:
        t = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        return _EPOCH
    return t if t.tzinfo else t.replace(tzinfo=dt.timezone.utc)


# --- identity resolution across files ------------------------------------------------------------

_DOC_IRI = re.compile(r"^(?P<pre>.*/doc/[^/]+/[^/]+/)(?P<year>(?:19|20)\d{2}|nd)/(?P<local>[^/]+)$")


def undated_form(iri: str) -> Optional[str]:
    """``doc/x/kind/2025/311-qd-ubnd`` → ``doc/x/kind/nd/311-qd-ubnd``; None for an undated IRI."""
    m = _DOC_IRI.match(iri)
    if not m or m.group("year") == "nd":
        return None
    return f"{m.group('pre')}nd/{m.group('local')}"


def _is_undated(iri: str) -> bool:
    m = _DOC_IRI.match(iri)
    return bool(m and m.group("year") == "nd")


@dataclass
class UpdateReport:
    """What one :func:`update` did."""

    documents: int = 0
    agencies: int = 0
    units: int = 0
    removed: int = 0
    closure_nodes: int = 0
    seconds: float = 0.0
    aliases: dict[str, str] = field(default_factory=dict)


# --- building an entity's canonical triples ---------------------------------------------------------

def _nt(term) -> str:
    return str(term)


def _iri(v: str) -> str:
    return f"<{v}>"


def _lit(value: Any, dtype: Optional[str] = None) -> str:
    if dtype:
        return str(ox.Literal(str(value), datatype=ox.NamedNode(XSD + dtype)))
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    return str(ox.Literal(str(value)))


def _sort_key(term) -> tuple:
    return (type(term).__name__, str(term))


def _choose(values: list[tuple[Any, str]], own: set[str], *, rank=None) -> Optional[Any]:
    """One value among (term, source graph) pairs: the own current file's if it gives one,
    else the one most files give (ties: the highest ``rank``, then the smallest)."""
    if not values:
        return None
    mine = sorted({t for t, g in values if g in own}, key=_sort_key)
    if mine:
        return mine[0]
    files: dict[Any, set] = defaultdict(set)
    for t, g in values:
        files[t].add(g)
    return min(files, key=lambda t: (-len(files[t]), rank(t) if rank else 0, _sort_key(t)))


def _label(kind: Optional[str], symbol: Optional[str], title: Optional[str], iri: str, *,
           date: Optional[str] = None, issuer: Optional[str] = None) -> str:
    """How a document reads (the builder's rule, graph/labels.py): "Kế hoạch số 298/KH-UBND ngày
    13/01/2023 của UBND thành phố Nha Trang", a law by name and year, else kind and title."""
    return document_label(kind, symbol, title, date=date, issuer=issuer, fallback=iri)


class _Doc:
    """The canonical triples of one document, from its mentions and its current file."""

    def __init__(self, iri: str, members: set[str], rows: list[tuple[str, Any, str]]) -> None:
        self.iri, self.members, self.rows = iri, members, rows
        self.by: dict[str, list[tuple[Any, str]]] = defaultdict(list)
        for p, o, g in rows:
            self.by[p.rsplit("#", 1)[-1] if p.startswith(NS) else p].append((o, g))
        self.sources = {g for _, _, g in rows}
        self.describing = {o.value for o, _ in self.by["describedBy"]}

    def triples(self, current: Optional[str], quads: dict, canon, spans: dict[str, str]) -> list[str]:
        e = _iri(self.iri)
        out = [f"{e} <{RDF_TYPE}> <{cc.Document}> ."]
        own = {current} if current else set()
        chosen: dict[str, Any] = {}
        for f in DOC_FIELDS:
            vals = self.by.get(f, [])
            if f == "level":
                t = _choose(vals, own, rank=lambda t: _LEVEL_RANK.get(t.value, 9))
            else:
                t = _choose(vals, own)
            if t is not None:
                chosen[f] = t
                out.append(f"{e} <{cc[f]}> {_nt(t)} .")
        kind = py(chosen.get("kindLabel"))
        symbol = py(chosen.get("symbol"))
        title = py(chosen.get("title"))
        label = _label(kind, symbol, title, self.iri, date=py(chosen.get("issueDate")),
                       issuer=py(chosen.get("issuerName")))
        out.append(f"{e} <{RDFS_LABEL}> {_lit(label)} .")
        # what lookups compare (normalize.search_key / symbol_key): label, title and symbol, '|' between
        out.append(f"{e} <{cc.searchKey}> {_lit('|'.join(search_key(x) for x in (label, title, symbol) if x))} .")
        if symbol:
            out.append(f"{e} <{cc.symbolKey}> {_lit(symbol_key(symbol))} .")
        out.append(f"{e} <{cc.citedOnly}> {_lit(current is None)} .")
        out.append(f"{e} <{cc.sourceCount}> {_lit(len(self.sources))} .")
        if current:
            out.append(f"{e} <{cc.describedBy}> {_iri(current)} .")
        for g in sorted(self.describing - own):
            out.append(f"{e} <{cc.formerlyDescribedBy}> {_iri(g)} .")
        for m in sorted(self.members - {self.iri}):
            out.append(f"{e} <{cc.alias}> {_iri(m)} .")
        out += self._alternatives(e, chosen, spans)
        if current:
            out += self._own(e, current, quads, canon)
        return out

    def conflict_spans(self) -> set[str]:
        """Span IRIs whose sentence an alternative would quote (only for fields in conflict)."""
        if not any(len({t for t, _ in self.by.get(f, [])}) > 1 for f in CONFLICT_FIELDS):
            return set()
        return {o.value for o, _ in self.by.get("citedAt", []) + self.by.get("evidence", [])}

    def _alternatives(self, e: str, chosen: dict, spans: dict[str, str]) -> list[str]:
        out = []
        sentence_of: dict[str, str] = {}
        for key in ("evidence", "citedAt"):  # a file's sentence about this document
            for o, g in sorted(self.by.get(key, []), key=lambda x: (x[1], x[0].value)):
                if o.value in spans:
                    sentence_of.setdefault(g, spans[o.value])
        for f in CONFLICT_FIELDS:
            vals = self.by.get(f, [])
            distinct = sorted({t for t, _ in vals}, key=_sort_key)
            if len(distinct) < 2:
                continue
            for k, t in enumerate(distinct, start=1):
                for j, g in enumerate(sorted({g for v, g in vals if v == t})[:3], start=1):
                    a = _iri(f"{self.iri}/alt/{f}/{k}/{j}")
                    out += [f"{e} <{cc.alternative}> {a} .", f"{a} <{RDF_TYPE}> <{cc.Alternative}> .",
                            f"{a} <{cc.property}> <{cc[f]}> .", f"{a} <{cc.value}> {_nt(t)} .",
                            f"{a} <{cc.source}> {_iri(g)} ."]
                    if g in sentence_of:
                        out.append(f"{a} <{cc.sentence}> {_lit(sentence_of[g])} .")
        return out

    def _own(self, e: str, current: str, quads: dict, canon) -> list[str]:
        """Links, citations and tasks as the current file states them, mapped to canonical IRIs.
        ``quads`` is the file's triples by subject (:func:`_by_subject`)."""
        subj = quads
        out = []
        edges = set()
        for m in sorted(self.members):
            for p, o in subj.get(m, ()):
                name = p.rsplit("#", 1)[-1] if p.startswith(NS) else None
                if name in EDGE_FIELDS and o.startswith("<"):
                    edges.add((name, canon(o[1:-1])))
        for name, target in sorted(edges):
            if target != self.iri:
                out.append(f"{e} <{cc[name]}> {_iri(target)} .")
        # the sentence citing each cited document (its first in offset order): evidence of a bare citation
        cites: dict[str, tuple] = {}
        for c in subj.get(_CITATIONS, ()):
            d = dict(subj[c])
            if _nt_iri(d.get(cc.citingDocument, "")) not in self.members:
                continue
            target = canon(_nt_iri(d.get(cc.citedDocument, "")) or "")
            span = _span_of(subj, d.get(cc.evidence))
            if target and target != self.iri and ("cites", target) in edges and span is not None:
                if target not in cites or span < cites[target]:
                    cites[target] = span
        for k, (target, span) in enumerate(sorted(cites.items()), start=1):
            node = f"{self.iri}/citation/{k}"
            out += [f"{_iri(node)} <{RDF_TYPE}> <{cc.Citation}> .", f"{_iri(node)} <{cc.citingDocument}> {e} .",
                    f"{_iri(node)} <{cc.citedDocument}> {_iri(target)} ."]
            out += _evidence_triples(node, span, current)
        # lineage links: one per (target, relation), the first evidence in offset order
        links: dict[tuple[str, str], Optional[tuple]] = {}
        for lnk in subj.get(_LINKS, ()):
            d = dict(subj[lnk])
            if not (cc["from"] in d and _nt_iri(d[cc["from"]]) in self.members and cc.to in d):
                continue
            target = canon(_nt_iri(d[cc.to]) or "")
            rel = _nt_value(d.get(cc.relation))
            if target == self.iri or rel is None:
                continue
            span = _span_of(subj, d.get(cc.evidence))
            key = (target, rel)
            if key not in links or (span is not None and (links[key] is None or span < links[key])):
                links[key] = span
        for k, ((target, rel), span) in enumerate(sorted(links.items(), key=lambda x: (x[0][0], x[0][1])), start=1):
            ln = _iri(f"{self.iri}/link/{k}")
            out += [f"{ln} <{RDF_TYPE}> <{cc.Link}> .", f"{ln} <{cc['from']}> {e} .",
                    f"{ln} <{cc.to}> {_iri(target)} .",
                    f"{ln} <{cc.relation}> {_lit(rel)} ."]
            if span is not None:
                out += _evidence_triples(f"{self.iri}/link/{k}", span, current)
        out += self._tasks(e, subj, canon, current)
        return out

    def _tasks(self, e: str, subj: dict, canon, current: str) -> list[str]:
        out = []
        for m in sorted(self.members):
            prefix = m + "/task/"
            for s in sorted(x for x in subj.get(_TASKS, ()) if x.startswith(prefix)):
                new = self.iri + s[len(m):]
                for p, o in subj[s]:
                    if p == cc.evidence:  # the row span, copied under the task
                        sp = dict(subj.get(_nt_iri(o) or "", ()))
                        ev = f"{new}/evidence"
                        out.append(f"{_iri(new)} <{p}> {_iri(ev)} .")
                        out.append(f"{_iri(ev)} <{RDF_TYPE}> <{cc.TextSpan}> .")
                        for q in (OA + "start", OA + "end", OA + "exact"):
                            if q in sp:
                                out.append(f"{_iri(ev)} <{q}> {sp[q]} .")
                        out.append(f"{_iri(ev)} <{cc.inSource}> {_iri(current)} .")
                        continue
                    if p == cc.text:  # what the task text filter and the resolver compare
                        out.append(f"{_iri(new)} <{cc.searchKey}> {_lit(search_key(str(_nt_value(o))))} .")
                    v = _nt_iri(o)
                    if v is not None:
                        if v in self.members:
                            v = self.iri
                        elif v.startswith(prefix):
                            v = self.iri + v[len(m):]
                        else:  # a document the task rests on, an agency: under its canonical IRI
                            v = canon(v)
                        out.append(f"{_iri(new)} <{p}> {_iri(v)} .")
                    else:
                        out.append(f"{_iri(new)} <{p}> {o} .")
                if s.count("/task/") == 1 and re.search(r"/task/\d+$", s):
                    out.append(f"{e} <{cc.hasTask}> {_iri(new)} .")
                    out += _due_triples(new, s, subj, prefix)
                    out += self._task_links(s, new, subj, canon, current)
        return out

    def _task_links(self, task: str, new: str, subj: dict, canon, current: str) -> list[str]:
        """A task's own basis links (``cc:TaskLink``), one per (document, relation) with its first
        evidence in offset order, under the task's canonical IRI."""
        links: dict[tuple[str, str], Optional[tuple]] = {}
        for lnk in subj.get(_TASK_LINKS, ()):
            d = dict(subj[lnk])
            if _nt_iri(d.get(cc.fromTask, "")) != task:
                continue
            target, rel = canon(_nt_iri(d.get(cc.toDocument, "")) or ""), _nt_value(d.get(cc.relation))
            if not target or rel is None or target == self.iri:
                continue
            span = _span_of(subj, d.get(cc.evidence))
            key = (target, rel)
            if key not in links or (span is not None and (links[key] is None or span < links[key])):
                links[key] = span
        out = []
        for k, ((target, rel), span) in enumerate(sorted(links.items()), start=1):
            ln = f"{new}/link/{k}"
            out += [f"{_iri(ln)} <{RDF_TYPE}> <{cc.TaskLink}> .", f"{_iri(ln)} <{cc.fromTask}> {_iri(new)} .",
                    f"{_iri(ln)} <{cc.toDocument}> {_iri(target)} .", f"{_iri(ln)} <{cc.relation}> {_lit(rel)} ."]
            if span is not None:
                out += _evidence_triples(ln, span, current)
        return out


def _due_triples(new: str, task: str, subj: dict, prefix: str) -> list[str]:
    """``cc:dueKind`` (and ``cc:dueEnd``) of the task ``new``, from the deadline the task list
    will show for it: the rows ``task_deadlines.rq`` reads from the copied deadline nodes,
    chosen among by ``analytics.deadline_of``. Nothing when the task has no deadline, or a
    deadline node or instant lies outside the task (not copied with it) or its end is no
    date: the reader then tests that task's status itself."""
    from cancu.graph.analytics import deadline_kind, deadline_of

    deadlines = [_nt_iri(o) for p, o in subj.get(task, ()) if p == cc.dueBy]
    if not deadlines:
        return []

    def values(node: str, p: str) -> list:
        return [_nt_value(o) for q, o in subj.get(node, ()) if q == p] or [None]

    def dates(node: str, p: str) -> Optional[list]:
        instants = [_nt_iri(o) for q, o in subj.get(node, ()) if q == p]
        if any(i is None or not i.startswith(prefix) for i in instants):
            return None
        return [d for i in instants for d in values(i, TIME + "inXSDDate")] or [None]

    rows = []
    for d in deadlines:
        if d is None or not d.startswith(prefix):
            return []
        starts, ends = dates(d, TIME + "hasBeginning"), dates(d, TIME + "hasEnd")
        if starts is None or ends is None:
            return []
        rows += [{"task": new, "dtext": x, "start": b, "end": e, "recurrence": r, "condition": c}
                 for x in values(d, cc.deadlineText) for b in starts for e in ends
                 for r in values(d, cc.recurrence) for c in values(d, cc.condition)]
    try:
        kind, end = deadline_kind(deadline_of(rows))
    except (TypeError, ValueError):  # an end that is no ISO date: no status can be said of it
        return []
    out = [f"{_iri(new)} <{cc.dueKind}> {_lit(kind)} ."]
    if end is not None:
        out.append(f"{_iri(new)} <{cc.dueEnd}> {_lit(end.isoformat(), 'date')} .")
    return out


def _span_of(subj: dict, ev: Optional[str]) -> Optional[tuple]:
    """(start, end, exact) of the span node ``ev`` (N-Triples) in a file's triples, or None."""
    if ev is None:
        return None
    sp = dict(subj.get(_nt_iri(ev) or "", ()))
    if OA + "start" not in sp:
        return None
    return (_nt_value(sp[OA + "start"]), _nt_value(sp.get(OA + "end")), _nt_value(sp.get(OA + "exact")))


def _evidence_triples(node: str, span: tuple, current: str) -> list[str]:
    """``node cc:evidence <node/evidence>`` and that span (start, end, exact, source) as N-Triples."""
    ev = _iri(f"{node}/evidence")
    out = [f"{_iri(node)} <{cc.evidence}> {ev} .", f"{ev} <{RDF_TYPE}> <{cc.TextSpan}> .",
           f"{ev} <{OA}start> {_lit(int(span[0]))} ."]
    if span[1] is not None:
        out.append(f"{ev} <{OA}end> {_lit(int(span[1]))} .")
    if span[2] is not None:
        out.append(f"{ev} <{OA}exact> {_lit(span[2])} .")
    out.append(f"{ev} <{cc.inSource}> {_iri(current)} .")
    return out


def _agency_triples(iri: str, rows: list[tuple[str, Any, str]]) -> list[str]:
    e = _iri(iri)
    by: dict[str, list[tuple[Any, str]]] = defaultdict(list)
    for p, o, g in rows:
        by[p].append((o, g))
    types = [(o, g) for o, g in by.get(RDF_TYPE, []) if o.value in (cc.Agency, cc.AgencyGroup)]
    t = _choose(types, set())
    out = [f"{e} <{RDF_TYPE}> {_nt(t)} ."] if t is not None else []
    label = _choose(by.get(RDFS_LABEL, []), set())
    if label is not None:
        out.append(f"{e} <{RDFS_LABEL}> {_nt(label)} .")
        out.append(f"{e} <{cc.searchKey}> {_lit(search_key(label.value))} .")
    for f in AGENCY_FIELDS:
        v = _choose(by.get(cc[f], []), set(), rank=(lambda t: _LEVEL_RANK.get(t.value, 9)) if f == "level" else None)
        if v is not None:
            out.append(f"{e} <{cc[f]}> {_nt(v)} .")
    return out


def _unit_triples(iri: str, rows: list[tuple[str, Any, str]]) -> list[str]:
    e = _iri(iri)
    out = {f"{e} <{RDF_TYPE}> <{cc.AdministrativeUnit}> ."}
    by: dict[str, list[tuple[Any, str]]] = defaultdict(list)
    for p, o, g in rows:
        by[p].append((o, g))
    label = _choose(by.get(RDFS_LABEL, []), set())
    if label is not None:
        out.add(f"{e} <{RDFS_LABEL}> {_nt(label)} .")
    for f in UNIT_FIELDS:
        if f == "successor":
            out.update(f"{e} <{cc[f]}> {_nt(o)} ." for o, _ in by.get(cc[f], []))
        else:
            v = _choose(by.get(cc[f], []), set())
            if v is not None:
                out.add(f"{e} <{cc[f]}> {_nt(v)} .")
    return sorted(out)


# --- the size of the canonical graph ----------------------------------------------------------------

def stored_size(store) -> Optional[int]:
    """How many triples the canonical graph holds, as the canonical update keeps it (None when
    it keeps none: a store written before it did, or after a SPARQL update the API ran)."""
    rows = run(store, "canonical_fact_count", rg=resolution_graph(), c=canonical_graph())
    return int(rows[0]["n"]) if rows else None


def forget_size(store) -> None:
    """Drop the kept size (a write outside the canonical update may have changed the graph);
    the next update counts the graph whole again."""
    store.patch_graph(resolution_graph(), {canonical_graph()}, "")


def _keep_size(store, n: int) -> None:
    store.patch_graph(resolution_graph(), {canonical_graph()},
                      f"<{canonical_graph()}> <{cc.factCount}> {_lit(int(n))} .")


def _count_all(store) -> int:
    return int(run(store, "count_facts")[0]["n"])


def _subject_facts(store, subjects: Iterable[str]) -> int:
    """Triples of the canonical graph with one of ``subjects`` as subject."""
    return sum(int(run(store, "canonical_subject_facts", s=b)[0]["n"]) for b in _batches(subjects))


def _subjects(lines: Iterable[str]) -> set[str]:
    """The subject IRIs of N-Triples lines (cancu writes no blank nodes in the canonical graph)."""
    return {x[1:x.index(">")] for x in lines}


class _Size:
    """The change a canonical update makes to the size of the canonical graph: every write
    there replaces the triples of a set of subjects (or adds and deletes closure triples it
    knows to be absent and present), so counting those subjects' triples before and after
    each write gives the change exactly, whatever the triples are."""

    def __init__(self, store, fresh: bool) -> None:
        self.store = store
        self.fresh = fresh
        self.delta = 0

    def replace(self, drop: set[str], lines: list[str], write) -> None:
        if self.fresh:
            write()
            return
        subjects = drop | _subjects(lines)
        before = _subject_facts(self.store, subjects)
        write()
        self.delta += _subject_facts(self.store, subjects) - before

    def finish(self, old: Optional[int]) -> None:
        """Keep the new size: the old one plus the change, or (after a rebuild, or when none
        was kept) the graph counted whole."""
        _keep_size(self.store, old + self.delta if old is not None and not self.fresh else _count_all(self.store))


# --- the update ----------------------------------------------------------------------------------

def _owned(store, entities: Iterable[str]) -> set[str]:
    """Every subject of the canonical graph an entity's triples use (itself, its links, tasks,
    deadlines, evidence and alternatives)."""
    out: set[str] = set()
    for batch in _batches(entities):
        out.update(r["s"] for r in run(store, "canonical_owned", e=batch))
    return out | set(entities)


def _incoming_documents(store, targets: Iterable[str]) -> set[str]:
    """Documents of the canonical graph whose edges or links point at ``targets``."""
    out: set[str] = set()
    for batch in _batches(targets):
        for r in run(store, "canonical_referrers", o=batch):
            out.add(re.split(r"/(?:link|task|alt|citation)/", r["x"])[0])
    return out - set(targets)


#: documents recomputed per write request (bounds memory: a full rebuild at 1e7 triples
#: reads ~10 M quads of source graphs)
CHUNK = 1000


def update(store, touched: Iterable[str] = (), *, progress=None, fresh: bool = False) -> UpdateReport:
    """Recompute the canonical form of ``touched`` entities (and of the pending ones), then the
    closure of the documents whose ancestors may have changed. ``fresh``: the canonical graph
    is empty (a rebuild), so nothing is deleted and a store with ``bulk_load`` loads in bulk."""
    t0 = time.perf_counter()
    rep = UpdateReport()
    touched = set(touched) | pending(store)
    if not touched:
        return rep
    canon_g, res_g = canonical_graph(), resolution_graph()
    # the kept size goes before the first write and comes back at the end: a run stopped
    # between them leaves none, and the next update counts the graph whole
    old_size = None if fresh else stored_size(store)
    if old_size is not None:
        forget_size(store)
    size = _Size(store, fresh)
    kind_of = _file_types(store, touched)  # entity → kind, for those some file still names
    old_kind = _canonical_types(store, touched - set(kind_of))
    docs = {s for s in touched if kind_of.get(s, old_kind.get(s)) == "document"}
    gone = touched - set(kind_of)  # no file names it any more

    # --- aliases of undated documents -------------------------------------------------------
    check = {d for d in docs if _is_undated(d)} | {u for d in docs if (u := undated_form(d))}
    old_alias = _alias_targets(store, check)  # undated IRI → its dated document, as stored
    cands: dict[str, set[str]] = defaultdict(set)
    for batch in _batches(check):
        for r in run(store, "canonical_undated_candidates", n=batch, rg=res_g):
            cands[r["n"]].add(r["d"])
    for d in docs:
        u = undated_form(d)
        if u:
            if d in gone:
                cands[u].discard(d)
            else:
                cands[u].add(d)
    alias_cache: dict[str, str] = {}  # undated IRI → dated document, for IRIs decided in earlier runs
    new_alias: dict[str, Optional[str]] = {}
    undated_alive = _alive(store, {n for n in check if n not in kind_of}) | {n for n in check if n in kind_of}
    for n in check:
        live = {d for d in cands.get(n, ()) if d not in gone}
        new_alias[n] = next(iter(live)) if len(live) == 1 and n in undated_alive else None
    changed = {n for n in check if new_alias.get(n) != old_alias.get(n)}
    rep.aliases = {n: t for n, t in new_alias.items() if t}

    def canon_of(iri: str) -> str:
        if iri in new_alias:
            return new_alias[iri] or iri
        return alias_cache.get(iri, iri)

    # entities to recompute: touched documents as canonical IRIs, alias targets old and new,
    # documents whose edges point at an IRI whose alias changed
    recompute = {canon_of(d) for d in docs}
    for n in changed:
        recompute |= {x for x in (old_alias.get(n), new_alias.get(n), n) if x}
    recompute |= _incoming_documents(store, {old_alias.get(n) or n for n in changed} | changed)
    stored_alias = _stored_aliases(store, recompute)  # canonical doc → its stored aliases
    aliased: dict[str, set[str]] = defaultdict(set)  # dated document → the undated IRIs now its aliases
    for n, t in new_alias.items():
        if t:
            aliased[t].add(n)
    members: dict[str, set[str]] = {}
    for e in recompute:
        if e in new_alias and new_alias[e]:
            continue  # an undated IRI that now belongs to a dated document
        ms = {e} | {a for a in stored_alias.get(e, ()) if new_alias.get(a, e) == e}
        ms |= aliased.get(e, set())
        members[e] = ms
    closure_from = _descendants(store, set(members) | gone)  # before any write: the old closure

    # --- documents, a chunk at a time ---------------------------------------------------------
    built_all: set[str] = set()
    for chunk in _batches(members, CHUNK):
        mentions = _mentions(store, {m for e in chunk for m in members[e]})
        built: dict[str, _Doc] = {}
        for e in chunk:
            rows = [r for m in members[e] for r in mentions.get(m, ())]
            if rows:
                built[e] = _Doc(e, members[e], rows)
        describing = {g for d in built.values() for g in d.describing}
        times = _generated(store, describing)
        current = {e: max(d.describing, key=lambda g: (times.get(g, _EPOCH), g)) if d.describing else None
                   for e, d in built.items()}
        quads = {g: _by_subject(q) for g, q in _graph_quads(store, {g for g in current.values() if g}).items()}
        # undated IRIs the current files point at, decided by an earlier run
        undated = {t[1:-1] for subj in quads.values() for x, props in subj.items() if not x.startswith("\0")
                   for _, t in props
                   if t.startswith("<") and "/nd/" in t and t[1:-1] not in new_alias and _is_undated(t[1:-1])}
        alias_cache.update(_alias_targets(store, undated - set(alias_cache)))
        spans = _span_sentences(store, set().union(*(d.conflict_spans() for d in built.values())) if built else set())
        lines: list[str] = []
        res_lines: list[str] = []
        for e, d in built.items():
            lines += d.triples(current[e], quads.get(current[e], {}) if current[e] else {}, canon_of, spans)
            u = undated_form(e)
            if u:
                res_lines.append(f"<{e}> <{cc.undatedForm}> <{u}> .")
        drop = set() if fresh else _owned(store, chunk)
        size.replace(drop, lines, lambda: _write(store, canon_g, drop, lines, fresh))
        _write(store, res_g, set() if fresh else set(chunk), res_lines, fresh)
        rep.documents += len(built)
        built_all |= set(built)

    # --- agencies and units -----------------------------------------------------------------
    others = {s for s in touched if kind_of.get(s, old_kind.get(s)) in ("agency", "unit")}
    for chunk in _batches(others, CHUNK):
        mentions = _mentions(store, chunk)
        lines = []
        for s in chunk:
            rows = mentions.get(s, [])
            if not rows:
                continue
            if kind_of.get(s) == "unit":
                lines += _unit_triples(s, rows)
                rep.units += 1
            else:
                lines += _agency_triples(s, rows)
                rep.agencies += 1
        drop = set() if fresh else set(chunk)
        size.replace(drop, lines, lambda: _write(store, canon_g, drop, lines, fresh))

    # --- what is no node any more: gone, or now an alias of a dated document -------------------
    extra = ({n for n in check if new_alias.get(n)} | (gone & touched)) - set(members) - others
    if extra:
        owned = _owned(store, extra)
        size.replace(owned, [], lambda: store.patch_graph(canon_g, owned, ""))
        store.patch_graph(res_g, extra, "")
    rep.removed = len((set(members) - built_all) | extra | (gone & others))
    rep.closure_nodes = update_closure(store, (closure_from | built_all) - gone, size=size)
    size.finish(old_size)
    clear_pending(store, touched)
    rep.seconds = time.perf_counter() - t0
    if progress:
        progress(rep)
    return rep


def _write(store, graph: str, drop: set[str], lines: list[str], fresh: bool) -> None:
    """Replace the triples of ``drop`` in ``graph`` by ``lines`` (N-Triples) in one request; into
    an empty graph (a rebuild) on a store that bulk-loads, load them in bulk instead (a
    transactional insert on disk ran at a fifth of the speed)."""
    from cancu.graph.store.base import BULK_LOAD

    if fresh and not drop and BULK_LOAD in store.capabilities:
        if lines:
            store.bulk_load("".join(f"{x[:-1]}<{graph}> .\n" for x in lines), parts=1)
        return
    store.patch_graph(graph, drop, "\n".join(lines))


def _file_types(store, iris: set[str]) -> dict[str, str]:
    """entity → its kind (document, agency, unit), for the entities some file graph still types."""
    skip = internal_graphs()
    out: dict[str, str] = {}
    for batch in _batches(iris):
        for r in run(store, "canonical_file_types", s=batch):
            if r["g"] not in skip and r["t"] in ENTITY_TYPES:
                out.setdefault(r["s"], ENTITY_TYPES[r["t"]])
    return out


def clear_pending(store, iris: Iterable[str]) -> None:
    """Unmark ``iris``; the pending graph goes once nothing is left in it (an empty named graph
    would still be listed)."""
    pg = pending_graph()
    for batch in _batches(iris, 2000):
        body = "\n".join(f"<{i}> <{cc.pending}> true ." for i in batch)
        store.update(f"DELETE DATA {{ GRAPH <{pg}> {{\n{body}\n}} }}")
    if not pending(store):
        store.remove_graph(pg)


def _canonical_types(store, iris: set[str]) -> dict[str, str]:
    out = {}
    for batch in _batches(iris):
        for r in run(store, "canonical_types", s=batch):
            if r["t"] in ENTITY_TYPES:
                out[r["s"]] = ENTITY_TYPES[r["t"]]
    return out


def _alias_targets(store, undated: Iterable[str]) -> dict[str, str]:
    out = {}
    for batch in _batches(undated):
        for r in run(store, "canonical_aliases", n=batch):
            out[r["n"]] = r["d"]
    return out


def _stored_aliases(store, docs: Iterable[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for batch in _batches(docs):
        for r in run(store, "canonical_aliases_of", d=batch):
            out[r["d"]].add(r["n"])
    return out


def _alive(store, iris: set[str]) -> set[str]:
    """Those of ``iris`` some file graph still names."""
    skip = internal_graphs()
    out = set()
    for batch in _batches(iris):
        for r in run(store, "canonical_named", s=batch):
            if r["g"] not in skip:
                out.add(r["s"])
    return out


def _span_sentences(store, spans: set[str]) -> dict[str, str]:
    out = {}
    for batch in _batches(spans):
        for r in run(store, "canonical_span_sentences", s=batch):
            out[r["s"]] = r["x"]
    return out


def _descendants(store, docs: set[str]) -> set[str]:
    """Documents that rest on any of ``docs`` in the stored closure."""
    out: set[str] = set()
    for batch in _batches(docs):
        out.update(r["x"] for r in run(store, "closure_descendants", d=batch))
    return out


# --- the closure ------------------------------------------------------------------------------------

def _parents(store, nodes: set[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for batch in _batches(nodes):
        for r in run(store, "closure_parents", a=batch):
            out[r["a"]].add(r["b"])
    return out


def update_closure(store, nodes: set[str], *, size: Optional[_Size] = None) -> int:
    """Make ``?d cc:restsOn ?a`` right for each of ``nodes`` (the transitive ancestors over the
    canonical links); returns how many nodes were checked. ``size`` is told how many triples
    came and went (the deleted ones were read from the store, the added ones were absent)."""
    if not nodes:
        return 0
    up: dict[str, set[str]] = {}
    frontier = set(nodes)
    while frontier:  # read the links above the nodes, level by level
        got = _parents(store, frontier)
        for n in frontier:
            up[n] = got.get(n, set())
        frontier = {p for ps in got.values() for p in ps} - set(up)
    from cancu.graph.ingest import closure

    anc = closure((a, b) for a, bs in up.items() for b in bs)
    old: dict[str, set[str]] = defaultdict(set)
    for batch in _batches(nodes):
        for r in run(store, "closure_ancestors", a=batch):
            old[r["a"]].add(r["b"])
    dels, adds = [], []
    p = f"<{cc.restsOn}>"
    for n in nodes:
        new = anc.get(n, set())
        dels += [f"<{n}> {p} <{b}> ." for b in sorted(old.get(n, set()) - new)]
        adds += [f"<{n}> {p} <{b}> ." for b in sorted(new - old.get(n, set()))]
    if size is not None:
        size.delta += len(adds) - len(dels)
    g = canonical_graph()
    for k in range(0, max(len(dels), len(adds)), 5000):
        parts = []
        if dels[k:k + 5000]:
            parts.append(f"DELETE DATA {{ GRAPH <{g}> {{\n" + "\n".join(dels[k:k + 5000]) + "\n} }")
        if adds[k:k + 5000]:
            parts.append(f"INSERT DATA {{ GRAPH <{g}> {{\n" + "\n".join(adds[k:k + 5000]) + "\n} }")
        store.update(" ;\n".join(parts))
    return len(nodes)


def rebuild(store, *, progress=None) -> UpdateReport:
    """Recompute the whole canonical graph from the file graphs (after a bulk load, or to repair)."""
    skip = internal_graphs()
    every = {r["s"] for r in run(store, "canonical_all_entities") if r["g"] not in skip}
    store.remove_graph(canonical_graph())
    store.remove_graph(resolution_graph())
    return update(store, every, progress=progress, fresh=True)
