"""The embedded store: pyoxigraph on disk, one named graph per ingested file.

Re-ingesting a changed file replaces its named graph in a single SPARQL update
(Oxigraph runs one update request as one transaction), so a reader never sees
half a file; an unchanged file (same SHA-256) is skipped. Queries see the union
of all named graphs as their default graph.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional

import pyoxigraph as ox

from cancu.errors import InputError, QuerySyntaxError, StoreUnavailableError

PREFIXES = """PREFIX cc: <https://w3id.org/cancu/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    not_documents: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return self.__dict__.copy()


class OxigraphStore:
    name = "oxigraph"
    supports_named_graphs = True
    supports_transactions = True

    def __init__(self, path: Optional[Path], *, read_only: bool = False) -> None:
        self.path = path
        try:
            if path is None:
                self.ox = ox.Store()
            elif read_only:
                self.ox = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(path))
        except OSError as exc:
            raise StoreUnavailableError(f"cannot open the store at {path}: {exc}") from None

    # --- queries ---------------------------------------------------------------
    def select(self, sparql: str, **bindings: ox.Term) -> list[dict[str, object]]:
        """Run a SELECT (with the cancu prefixes) and return rows of Python values."""
        import re

        for k, v in bindings.items():  # terms in N-Triples syntax, escaped by pyoxigraph
            sparql = re.sub(rf"\?{k}\b", lambda _m: str(v), sparql)
        try:
            res = self.ox.query(PREFIXES + sparql, use_default_graph_as_union=True)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from None
        names = [v.value for v in res.variables]
        rows = []
        for sol in res:
            rows.append({n: _py(sol[n]) for n in names})
        return rows

    def query(self, sparql: str, **kw):
        """Raw pyoxigraph query over the union of graphs (for the SPARQL endpoint)."""
        try:
            return self.ox.query(sparql, use_default_graph_as_union=True, **kw)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from None

    def __len__(self) -> int:
        return len(self.ox)

    # --- ingest ------------------------------------------------------------------
    def graph_of(self, file_name: str) -> Optional[tuple[str, str]]:
        rows = self.select("SELECT ?g ?sum WHERE { GRAPH ?g { ?g cc:fileName ?f ; cc:checksum ?sum } }",
                           f=ox.Literal(file_name))
        return (rows[0]["g"], rows[0]["sum"]) if rows else None

    def ingest_file(self, path: Path) -> str:
        """Ingest one file; returns 'added', 'replaced', 'unchanged' or 'not-document'."""
        from cancu.graph.build import GraphBuilder
        from cancu.loaders import extract_text
        from cancu.loaders.read import read

        path = Path(path)
        data = path.read_bytes()
        checksum = hashlib.sha256(data).hexdigest()
        name = str(path.resolve())
        old = self.graph_of(name)
        if old and old[1] == checksum:
            return "unchanged"
        st = read(path)  # raises InputError subclasses before anything is touched
        ex = extract_text(st)
        quads = GraphBuilder(ex.to_dict(), ex.text, checksum=checksum, file_name=name).build()
        self.replace_graph(quads, drop=old[0] if old else None, text=ex.text,
                           graph=quads[0].graph_name if quads else None)
        if not ex.is_document:
            return "not-document"
        return "replaced" if old else "added"

    def replace_graph(self, quads: list[ox.Quad], *, drop: Optional[str], text: str, graph) -> None:
        """Drop the old graph and insert the new one in one transaction."""
        text_quad = ox.Quad(graph, ox.NamedNode("https://w3id.org/cancu/ontology#sourceText"),
                            ox.Literal(text), graph)  # so a source page can show every span
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in [*quads, text_quad]]
        body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
        update = f"DROP SILENT GRAPH <{drop}> ;\n" if drop else ""
        update += f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
        self.ox.update(update)

    def remove_file(self, file_name: str) -> bool:
        old = self.graph_of(str(Path(file_name).resolve())) or self.graph_of(file_name)
        if not old:
            return False
        self.ox.update(f"DROP SILENT GRAPH <{old[0]}>")
        return True

    def ingest_paths(self, paths: Iterable[Path], *, progress: Optional[Callable[[str], None]] = None) -> IngestReport:
        report = IngestReport()
        files: list[Path] = []
        for p in paths:
            p = Path(p)
            files.extend(sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p])
        for f in files:
            try:
                outcome = self.ingest_file(f)
            except InputError as exc:
                report.failed[str(f)] = str(exc)
                outcome = "failed"
            else:
                {"added": report.added, "replaced": report.replaced, "unchanged": report.unchanged,
                 "not-document": report.not_documents}[outcome].append(str(f))
            if progress:
                progress(f"{outcome}: {f}")
        self.ox.optimize() if hasattr(self.ox, "optimize") and self.path else None
        return report


def _py(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith("#integer"):
            return int(term.value)
        if dt.endswith("#boolean"):
            return term.value == "true"
        return term.value
    return term.value
