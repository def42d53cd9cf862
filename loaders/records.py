"""Typed records passed between the loader stages and out to the graph.

Each is a frozen dataclass whose ``to_dict`` gives the ``cancu extract`` JSON
shape (docs/architecture.md). Spans are ``(start, end)`` offsets in the text as
read (``Extraction.text``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Optional

Span = tuple[int, int]


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class DocInfo:
    """Identity of one document held in a file (the file may hold several)."""

    kind: Optional[str]
    symbol: Optional[str]
    number: Optional[str]
    date: Optional[str]
    date_text: Optional[str]
    date_precision: Optional[str]
    issuer: Optional[str]
    issuer_inferred: bool
    place: Optional[str]
    title: Optional[str]
    signer: Optional[str]
    signer_capacity: Optional[str]
    signer_title: Optional[str]
    recipients: tuple[str, ...]
    span: Span
    relation: Optional[str] = None  # for documents[]: "issued_with"
    parent: Optional[int] = None
    #: The "Số:" line leaves the number blank (a draft, or a copy signed before numbering).
    number_blank: bool = False
    #: The kind its tasks are read as when it differs from ``kind``: a consolidated text's type line (not output).
    read_as: Optional[str] = None
    #: The code of a blank "Số" line ("-TB/ĐU" of "Số -TB/ĐU"): a number the page states elsewhere fills it only when
    #: it ends with that code (not output).
    blank_code: Optional[str] = None

    def __repr__(self) -> str:
        return f"<DocInfo {self.kind} {self.symbol} {self.issuer} {self.date}>"

    def to_dict(self) -> dict[str, Any]:
        d = _plain(asdict(self))
        d.pop("read_as")
        d.pop("blank_code")
        if self.relation is None:
            d.pop("relation")
            d.pop("parent")
        return d


@dataclass(frozen=True)
class Citation:
    """One distinct document mentioned in the text, with every span that mentions it."""

    kind: Optional[str]
    symbol: Optional[str]
    as_written: Optional[str]
    date: Optional[str]
    issuer: Optional[str]
    issuer_as_written: Optional[str]
    title: Optional[str]
    spans: tuple[Span, ...]
    #: For a law, code or ordinance: its number as written, or the one its name + date (or year)
    #: picks in the table of known laws (``cancu.loaders.laws``); None when neither says.
    law_number: Optional[str] = None

    def __repr__(self) -> str:
        return f"<Citation {self.kind} {self.symbol or self.title} {self.date}>"

    def to_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))


@dataclass(frozen=True)
class Basis:
    """A basis clause's principal document (or, for theo_de_nghi, the proposer)."""

    doc_index: int
    relation: str
    source: str  # "preamble" | "title"
    kind: Optional[str]
    symbol: Optional[str]
    date: Optional[str]
    issuer: Optional[str]
    title: Optional[str]
    proposer: Optional[str]
    span: Span
    clause_span: Span = field(default=(0, 0))

    def __repr__(self) -> str:
        return f"<Basis {self.relation} {self.kind} {self.symbol or self.title}>"

    def to_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))


@dataclass
class Extraction:
    """Everything read from one file: the text and the records found in it."""

    source: str
    format: str
    text: str
    is_document: bool
    reason: Optional[str] = None
    #: False for a page that reproduces a document without its header (a portal rendering).
    is_original: bool = True
    doc: Optional[DocInfo] = None
    documents: list[DocInfo] = field(default_factory=list)
    basis: list[Basis] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    tasks: list[Any] = field(default_factory=list)
    targets: list[Any] = field(default_factory=list)
    #: How scanned pages were read by OCR ({"engine", "lang", "dpi", "pages", "words",
    #: "mean_confidence", "seconds"}); None when the text came from the file itself.
    ocr: Optional[dict[str, Any]] = None
    #: How a text that lost its accented letters was restored ({"damage", "words"}); None for a text read as is.
    restored: Optional[dict[str, Any]] = None

    def __repr__(self) -> str:
        return (f"<Extraction {self.source!r} doc={self.doc!r} basis={len(self.basis)} "
                f"citations={len(self.citations)} tasks={len(self.tasks)}>")

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "is_document": self.is_document,
            "reason": self.reason,
            "is_original": self.is_original,
            "doc": self.doc.to_dict() if self.doc else None,
            "documents": [d.to_dict() for d in self.documents],
            "basis": [b.to_dict() for b in self.basis],
            "citations": [c.to_dict() for c in self.citations],
            "tasks": [t.to_dict() for t in self.tasks],
            "targets": [t.to_dict() for t in self.targets],
            **({"ocr": dict(self.ocr)} if self.ocr else {}),
            **({"restored": dict(self.restored)} if self.restored else {}),
        }


def _build(cls, d: dict[str, Any], nested: Optional[dict[str, Any]] = None):
    """``cls`` from its JSON shape: lists become tuples, nested records are built by
    ``nested[name]``, keys the record does not know are ignored and missing ones take
    the field's default (records gain fields over time; old JSON still reads)."""
    from dataclasses import MISSING, fields

    kw: dict[str, Any] = {}
    for f in fields(cls):
        if d.get(f.name) is None:
            if f.default is MISSING and f.default_factory is MISSING:  # type: ignore[misc]
                kw[f.name] = None
            continue
        v = d[f.name]
        if nested and f.name in nested and v is not None:
            v = nested[f.name](v)
        elif isinstance(v, list):
            v = tuple(tuple(x) if isinstance(x, list) else x for x in v)
        kw[f.name] = v
    return cls(**kw)


def extraction_from_dict(d: dict[str, Any], text: str) -> Extraction:
    """The typed records of a ``cancu extract`` JSON result (the inverse of ``to_dict``).

    Callers that hold JSON (fixtures, a result produced by another process) use this
    to hand the graph builder the same records :func:`cancu.loaders.extract` returns.
    """
    from cancu.loaders.deadlines import Deadline
    from cancu.loaders.roles import Role
    from cancu.loaders.tasks.model import Target, Task

    def doc(x: dict) -> DocInfo:
        return _build(DocInfo, x)

    def task(x: dict) -> Task:
        return _build(Task, x, {"deadline": lambda v: _build(Deadline, v),
                                "roles": lambda v: tuple(_build(Role, r) for r in v)})

    return Extraction(
        source=d.get("source") or "", format=d.get("format") or "text", text=text,
        is_document=bool(d.get("is_document")), reason=d.get("reason"),
        doc=doc(d["doc"]) if d.get("doc") else None,
        documents=[doc(x) for x in d.get("documents") or []],
        basis=[_build(Basis, x) for x in d.get("basis") or []],
        citations=[_build(Citation, x) for x in d.get("citations") or []],
        tasks=[task(x) for x in d.get("tasks") or []],
        targets=[_build(Target, x) for x in d.get("targets") or []], ocr=d.get("ocr"),
        restored=d.get("restored"))
