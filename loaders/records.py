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

    def __repr__(self) -> str:
        return f"<DocInfo {self.kind} {self.symbol} {self.issuer} {self.date}>"

    def to_dict(self) -> dict[str, Any]:
        d = _plain(asdict(self))
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
    doc: Optional[DocInfo] = None
    documents: list[DocInfo] = field(default_factory=list)
    basis: list[Basis] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    tasks: list[Any] = field(default_factory=list)
    targets: list[Any] = field(default_factory=list)

    def __repr__(self) -> str:
        return (f"<Extraction {self.source!r} doc={self.doc!r} basis={len(self.basis)} "
                f"citations={len(self.citations)} tasks={len(self.tasks)}>")

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "is_document": self.is_document,
            "reason": self.reason,
            "doc": self.doc.to_dict() if self.doc else None,
            "documents": [d.to_dict() for d in self.documents],
            "basis": [b.to_dict() for b in self.basis],
            "citations": [c.to_dict() for c in self.citations],
            "tasks": [t.to_dict() for t in self.tasks],
            "targets": [t.to_dict() for t in self.targets],
        }
