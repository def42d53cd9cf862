"""Files → named graphs in a store, incrementally, and the canonical graph kept beside them.

- One named graph per source file (``source/{sha256[:16]}``), holding the
  file's provenance (checksum, ingestion time, cancu version, file name, text)
  and every fact extracted from it with its span.
- Incremental and convergent: a file whose SHA-256 equals the one recorded for
  its path is skipped; a file whose bytes are stored under another name adds
  its name to that source (the graph name and the lookup both come from the
  checksum), so a second run over the same folders adds nothing. A changed
  file replaces its old graph in one update request (atomic on Oxigraph and
  Virtuoso), so readers never see half a file.
- Cited-only documents are asserted in the graph of every file that cites
  them, so removing one file keeps the nodes other files still cite.
- The canonical graph (:mod:`cancu.graph.canonical`: one node per document,
  agency and unit, each fact once, and the lineage closure) is updated for
  the entities a changed or removed file names — once per batch, after the
  last file. The entities are recorded first (``graph/pending``), so a run
  that stops half-way is finished by the next one. Everything a user reads
  (lists, counts, trace, impact, the index, /sparql's default graph) reads it.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Optional, Union

import pyoxigraph as ox

from cancu.errors import InputError
from cancu.graph import canonical
from cancu.graph.rq import run
from cancu.graph.store.base import BaseStore
from cancu.ontology.vocabulary import cc

if TYPE_CHECKING:
    from cancu.loaders.records import Extraction

log = logging.getLogger("cancu.graph.ingest")
Progress = Callable[[int, int, str], None]


@dataclass
class IngestReport:
    """What one ingest run did, file by file. ``copies`` are files whose exact bytes were
    ingested before under another name: one source, one more file name."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    not_documents: list[str] = field(default_factory=list)
    copies: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {k: (list(v) if isinstance(v, list) else dict(v)) for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Source:
    """The named graph a file name is recorded in, its checksum and every name it has."""

    graph: str
    checksum: str
    names: tuple[str, ...]


def file_key(path: Path) -> str:
    """The name a file is recorded under: its resolved path."""
    return str(Path(path).resolve())


def source_named(store: BaseStore, file_name: str) -> Optional[Source]:
    """The source recorded under ``file_name``, or None."""
    rows = run(store, "source_named", name=file_name)
    if not rows:
        return None
    return Source(rows[0]["g"], rows[0]["sum"], tuple(sorted({r["f"] for r in rows})))


def source_with(store: BaseStore, checksum: str) -> Optional[Source]:
    """The source holding exactly these bytes (its graph is named by the checksum), or None."""
    from cancu.graph.identity import source_iri

    g = source_iri(checksum)
    rows = run(store, "source_with", g=g)
    rows = [r for r in rows if r["sum"] == checksum]
    if not rows:
        return None
    return Source(g, checksum, tuple(sorted({r["f"] for r in rows if r["f"]})))


def documents_of(store: BaseStore, checksum: str) -> list[str]:
    """The documents the source with these bytes describes (in the canonical graph)."""
    from cancu.graph.identity import source_iri

    return sorted(r["d"] for r in run(store, "source_documents", g=source_iri(checksum)))


def graph_of(store: BaseStore, file_name: str) -> Optional[tuple[str, str]]:
    """(graph IRI, checksum) recorded for ``file_name``, or None."""
    s = source_named(store, file_name)
    return (s.graph, s.checksum) if s else None


def _name_triple(graph: str, name: str) -> str:
    return f"GRAPH <{graph}> {{ <{graph}> <{cc.fileName}> {ox.Literal(name)} }}"


def _forget_name(store: BaseStore, source: Source, name: str) -> None:
    """``name`` no longer holds ``source``'s bytes: drop the name, and the graph with its last name
    (its entities are marked for the canonical update first)."""
    if set(source.names) - {name}:
        store.update(f"DELETE DATA {{ {_name_triple(source.graph, name)} }}")
    else:
        canonical.mark_pending(store, canonical.entities_of_graph(store, source.graph))
        store.remove_graph(source.graph)


def ingest_extraction(store: BaseStore, extraction: Union[Extraction, dict[str, Any]], text: Optional[str] = None,
                      *, file_name: str, checksum: str, update_lineage: bool = True) -> str:
    """Write one extraction as the named graph of ``checksum``, recorded under ``file_name``.

    ``extraction`` is the typed :class:`~cancu.loaders.records.Extraction` (or its JSON
    shape with ``text``). Outcomes: ``added``; ``replaced`` (the name held other bytes
    before); ``unchanged`` (the name holds these bytes already); ``copy`` (these bytes
    are stored under another name: the name is added to that source, nothing is read
    again); ``not-document``.
    """
    from cancu.graph.build import GraphBuilder
    from cancu.loaders.records import extraction_from_dict

    old = source_named(store, file_name)
    if old and old.checksum == checksum:
        return "unchanged"
    same = source_with(store, checksum)
    if same is not None:  # identical content under another name: one source, one more name
        store.update(f"INSERT DATA {{ {_name_triple(same.graph, file_name)} }}")
        if old:
            _forget_name(store, old, file_name)
        if update_lineage and old:
            canonical.update(store)
        return "replaced" if old else "copy"
    if isinstance(extraction, dict):
        if text is None:
            raise TypeError("ingest_extraction needs the source text with an extraction given as a dict")
        extraction = extraction_from_dict(extraction, text)
    builder = GraphBuilder(extraction, checksum=checksum, file_name=file_name)
    quads = builder.build()
    graph = builder.graph
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    triples.append(ox.Triple(graph, ox.NamedNode(cc.sourceText), ox.Literal(extraction.text)))
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    drop = old.graph if old and len(old.names) == 1 else None
    touched = canonical.entities_in(quads)
    if drop:
        touched |= canonical.entities_of_graph(store, drop)
    canonical.mark_pending(store, touched)
    store.replace_graph(graph.value, body, drop=drop)
    if old and drop is None:
        _forget_name(store, old, file_name)
    if update_lineage:
        canonical.update(store)
    if not extraction.is_document:
        return "not-document"
    return "replaced" if old else "added"


def ingest_file(store: BaseStore, path, *, update_lineage: bool = True) -> str:
    """Ingest one file: 'added', 'replaced', 'unchanged', 'copy' or 'not-document' (InputError if unreadable)."""
    from cancu.loaders import extract_text, limits
    from cancu.loaders.read import MAX_BYTES, read

    path = Path(path)
    limits.check_name(path)  # a name that is not UTF-8 cannot be recorded: refused, not a crash
    data = limits.read_regular(path, MAX_BYTES)  # regular files only (a FIFO would block), capped
    checksum = hashlib.sha256(data).hexdigest()
    name = file_key(path)
    old = source_named(store, name)
    if old and old.checksum == checksum:
        return "unchanged"
    if source_with(store, checksum) is not None:  # nothing to read: these bytes are stored
        return ingest_extraction(store, {}, "", file_name=name, checksum=checksum, update_lineage=update_lineage)
    ex = extract_text(read(path))  # raises InputError subclasses before anything is touched
    return ingest_extraction(store, ex, file_name=name, checksum=checksum, update_lineage=update_lineage)


def _files(paths: Iterable) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")))
        else:
            files.append(p)
    return files


def ingest_paths(store: BaseStore, paths: Iterable, *, progress: Optional[Progress] = None) -> IngestReport:
    """Ingest files and folders (recursively); one canonical update at the end.

    A file that cannot be ingested is recorded in ``report.failed`` with the reason and the
    batch goes on; the canonical graph is updated when a file changed or when an earlier
    run left entities pending (a run killed before its update)."""
    from cancu.loaders.limits import display_name

    report = IngestReport()
    files = _files(paths)
    changed = False
    for i, f in enumerate(files, start=1):
        shown = display_name(f)
        try:
            outcome = ingest_file(store, f, update_lineage=False)
        except (InputError, OSError) as exc:
            report.failed[shown] = str(exc)
            outcome = "failed"
        except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the batch or the rebuild
            log.exception("ingesting %s failed", shown)
            report.failed[shown] = f"{shown}: unexpected error ({type(exc).__name__}: {exc}); please report it"
            outcome = "failed"
        else:
            {"added": report.added, "replaced": report.replaced, "unchanged": report.unchanged,
             "not-document": report.not_documents, "copy": report.copies}[outcome].append(shown)
            changed |= outcome != "unchanged"
        if progress:
            progress(i, len(files), f"{outcome}: {display_name(f.name)}")
    if changed or not lineage_current(store):
        canonical.update(store)
    return report


def remove_file(store: BaseStore, path) -> bool:
    """Forget a file: its name, and its named graph unless another name holds the same bytes;
    documents other files cite keep their nodes there."""
    name = file_key(Path(path))
    old = source_named(store, name)
    if old is None:
        name = str(path)
        old = source_named(store, name)
    if not old:
        return False
    _forget_name(store, old, name)
    canonical.update(store)
    return True


def closure(edges: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Transitive ancestors of every node (iterative DFS with memo; cycles tolerated)."""
    up: dict[str, list[str]] = {}
    for a, b in edges:
        up.setdefault(a, []).append(b)
    memo: dict[str, set[str]] = {}

    def ancestors(n: str) -> set[str]:
        if n in memo:
            return memo[n]
        seen: set[str] = set()
        stack = list(up.get(n, ()))
        while stack:
            x = stack.pop()
            if x in seen or x == n:
                continue
            seen.add(x)
            if x in memo:
                seen |= memo[x]
            else:
                stack.extend(up.get(x, ()))
        memo[n] = seen
        return seen

    return {n: ancestors(n) for n in up}


def lineage_current(store: BaseStore) -> bool:
    """Whether the canonical graph (with the lineage closure) covers every source graph: no
    entity is left pending by a run that stopped between writing a file and the update."""
    return not canonical.pending(store)


def rebuild_lineage(store: BaseStore) -> int:
    """Recompute the whole canonical graph (with the lineage closure) from the file graphs;
    returns the number of documents. Kept under its first name: the closure now lives in
    the canonical graph (``cancu.graph.canonical.rebuild``)."""
    return canonical.rebuild(store).documents
