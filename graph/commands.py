"""Graph commands: ingest, remove, trace, impact, tasks, gaps, stats, export, check, validate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from cancu.errors import CancuError

FORMAT = typer.Option("table", "--format", "-f", help="json or table.")


def register(app: typer.Typer) -> None:
    for name, fn in (("ingest", ingest_cmd), ("remove", remove_cmd), ("trace", trace_cmd), ("impact", impact_cmd),
                     ("tasks", tasks_cmd), ("gaps", gaps_cmd), ("stats", stats_cmd), ("export", export_cmd),
                     ("check", check_cmd), ("validate", validate_cmd)):
        app.command(name)(fn)


def _store(ctx: typer.Context, *, query: bool = False):
    """The store named by the shared options. Query commands fall back to a read-only
    open when another process (``cancu serve``) holds the embedded store's lock."""
    from cancu.errors import StoreUnavailableError
    from cancu.graph import open_store

    st = ctx.obj
    try:
        return open_store(st.store, backend=st.backend, endpoint=st.endpoint)
    except StoreUnavailableError as exc:
        if not query or st.backend != "oxigraph" or "lock" not in str(exc).lower():
            raise
        return open_store(st.store, backend=st.backend, read_only=True)


def _check_format(format: str) -> None:
    if format not in ("json", "table"):
        raise CancuError(f"--format must be json or table, not {format!r}")


def _json(obj) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _short(iri: Optional[str]) -> str:
    return (iri or "").rsplit("/id/", 1)[-1]


def ingest_cmd(ctx: typer.Context, paths: List[Path] = typer.Argument(..., help="Files or folders."),
               format: str = FORMAT) -> None:
    """Ingest files into the store (unchanged files are skipped by checksum)."""
    from rich.progress import Progress

    from cancu.graph import ingest_paths

    _check_format(format)
    store = _store(ctx)
    with Progress(transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        report = ingest_paths(store, paths, progress=lambda done, total, msg: progress.update(
            task, completed=done, total=total, description=msg[:60]))
    if format == "json":
        _json(report.to_dict())
        return
    for key in ("added", "replaced", "unchanged", "not_documents"):
        typer.echo(f"{key.replace('_', ' ')}: {len(getattr(report, key))}")
    for f, why in report.failed.items():
        typer.echo(f"failed: {why}", err=True)


def remove_cmd(ctx: typer.Context, file: Path = typer.Argument(..., help="A file ingested before.")) -> None:
    """Remove one file's named graph from the store (documents other files cite stay)."""
    from cancu.graph import remove_file

    ok = remove_file(_store(ctx), file)
    typer.echo("removed" if ok else f"{file} is not in the store")


def trace_cmd(ctx: typer.Context, query: str = typer.Argument(..., help="IRI, symbol or words of a task's text."),
              format: str = FORMAT) -> None:
    """Trace a task or document up to its provincial and national basis, with evidence."""
    from cancu.graph import trace

    _check_format(format)
    result = trace(_store(ctx, query=True), query)
    if format == "json":
        _json(result)
        return
    t = result["target"]
    typer.echo(f"{t['type']}: {t.get('label') or t['iri']}")
    names = {"national": "national basis", "provincial": "provincial basis", "local": "local basis"}
    for group, docs in result["basis"].items():
        typer.echo(f"{names[group]}:")
        for d in docs:
            typer.echo(f"  - {d['kind'] or ''} {d['symbol'] or d['title'] or ''} {d['date'] or ''} · {d['issuer'] or '?'}")
    typer.echo("hops:")
    for h in result["hops"]:
        ev = (h["evidence"] or {}).get("sentence") or ""
        typer.echo(f"  [{h['depth']}] {h['relation']:<12} → {_short(h['to'])}\n        “{ev[:160]}”")


def impact_cmd(ctx: typer.Context, query: str = typer.Argument(..., help="IRI or symbol of a document."),
               limit: Optional[int] = typer.Option(None, help="List at most this many tasks (counts stay complete)."),
               format: str = FORMAT) -> None:
    """Everything that transitively rests on a document, down to tasks and their agencies."""
    from cancu.graph import impact

    _check_format(format)
    result = impact(_store(ctx, query=True), query, limit=limit)
    if format == "json":
        _json(result)
        return
    c = result["counts"]
    typer.echo(f"{result['document']['label']}: {c['documents']} documents, {c['tasks']} tasks, {c['agencies']} agencies")
    for d in result["documents"]:
        typer.echo(f"  document (depth {d['depth']}): {d['label']} · {d['issuer'] or '?'}")
    for a in result["agencies"][:15]:
        typer.echo(f"  agency: {a['label']} ({a['tasks']} tasks)")


def tasks_cmd(ctx: typer.Context,
              agency: Optional[str] = typer.Option(None, help="Agency IRI or name; includes its sub-organisations."),
              unit: Optional[str] = typer.Option(None, help="Unit code or name (e.g. 22333, 'tỉnh Khánh Hòa')."),
              area: Optional[str] = typer.Option(None, "--area", help="Reform area (e.g. e_government)."),
              due_from: Optional[str] = typer.Option(None, "--due-from", help="Deadline on or after YYYY-MM-DD."),
              due_to: Optional[str] = typer.Option(None, "--due-to", help="Deadline on or before YYYY-MM-DD."),
              status: Optional[str] = typer.Option(None, help="qua_han, sap_qua_han, chua_den_han, recurring, conditional, no_deadline."),
              as_of: Optional[str] = typer.Option(None, "--as-of", help="Date for status (default today)."),
              document: Optional[str] = typer.Option(None, help="Only the tasks of this document (IRI or symbol)."),
              limit: Optional[int] = typer.Option(None, help="At most this many."),
              format: str = FORMAT) -> None:
    """List tasks by agency, unit, reform area, deadline window and status as of a date."""
    from cancu.graph.analytics import STATUSES, tasks

    _check_format(format)
    if status and status not in STATUSES:
        raise CancuError(f"--status must be one of {', '.join(STATUSES)}")
    try:
        rows = tasks(_store(ctx, query=True), agency=agency, unit=unit, reform_area=area, due_from=due_from,
                     due_to=due_to, status=status, as_of=as_of, document=document, limit=limit)
    except ValueError as exc:  # a malformed date
        raise CancuError(f"bad date: {exc}") from None
    if format == "json":
        _json(rows)
        return
    for t in rows:
        end = (t["deadline"] or {}).get("end") or (t["deadline"] or {}).get("text") or "-"
        typer.echo(f"{t['status']:<12} {str(end)[:20]:<20} {', '.join(t['lead'])[:40]:<40} {t['text'][:70]}")
    typer.echo(f"{len(rows)} tasks")


def gaps_cmd(ctx: typer.Context, format: str = FORMAT) -> None:
    """Report tasks without national basis, missing documents, conflicting facts, tasks without a lead."""
    from cancu.graph.analytics import gaps

    _check_format(format)
    g = gaps(_store(ctx, query=True))
    if format == "json":
        _json(g)
        return
    for key, items in g.items():
        typer.echo(f"{key.replace('_', ' ')}: {len(items)}")
        for it in items[:10]:
            typer.echo(f"  - {it.get('label') or it.get('text') or it.get('symbol') or _short(it.get('document') or it.get('iri'))}"[:150])
            for v in it.get("values", []):
                typer.echo(f"      {v['value']} in {_short(v['source'])}: “{(v['sentence'] or '')[:100]}”")


def stats_cmd(ctx: typer.Context, format: str = FORMAT) -> None:
    """Counts by kind, level and issuer; most-cited documents."""
    from cancu.graph.analytics import stats

    _check_format(format)
    s = stats(_store(ctx, query=True))
    if format == "json":
        _json(s)
        return
    typer.echo(f"triples {s['triples']} · graphs {s['graphs']} · documents {s['documents']['total']} "
               f"({s['documents']['full']} full, {s['documents']['cited_only']} cited only) · tasks {s['tasks']} "
               f"· agencies {s['agencies']}")
    for key in ("by_kind", "by_level", "by_issuer"):
        typer.echo(f"{key.replace('_', ' ')}: " + ", ".join(f"{k} {v}" for k, v in list(s[key].items())[:12]))
    typer.echo("most cited:")
    for d in s["most_cited"]:
        typer.echo(f"  {d['cited_by']:>3} direct, {d['reach']:>4} transitive  {d['label']}")


def export_cmd(ctx: typer.Context,
               fmt: str = typer.Option("trig", "--format", "-f", help="turtle, trig, nquads or jsonld."),
               output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default stdout).")) -> None:
    """Export the store as Turtle, TriG (named graphs), N-Quads or JSON-LD."""
    data = _store(ctx, query=True).export(fmt)
    if output:
        output.write_bytes(data)
        typer.echo(f"wrote {len(data)} bytes to {output}")
    else:
        typer.echo(data.decode("utf-8"))


def _ontology_fn(name: str):
    try:
        import cancu.ontology as onto
    except ImportError:  # pragma: no cover
        onto = None
    fn = getattr(onto, name, None)
    if fn is None:
        raise CancuError(f"cancu.ontology.{name} is not available yet (the ontology area provides it)")
    return fn


def _data_graph(ctx, sample: Optional[int]):
    """The store as an rdflib Graph (rdflib parses; the reasoner/validator do the work)."""
    import rdflib

    store = _store(ctx, query=True)
    g = rdflib.Graph()
    g.parse(data=store.export("ntriples"), format="nt")
    if sample and len(g) > sample:
        keep = rdflib.Graph()
        for i, t in enumerate(g):
            if i >= sample:
                break
            keep.add(t)
        g = keep
    return g


def check_cmd(ctx: typer.Context, sample: Optional[int] = typer.Option(None, help="Check at most this many triples."),
              format: str = FORMAT) -> None:
    """Check the ontology and the data for logical inconsistencies (owlready2 + HermiT)."""
    _check_format(format)
    result = _ontology_fn("check_consistency")(_data_graph(ctx, sample))
    _report(result, format)


def validate_cmd(ctx: typer.Context, format: str = FORMAT) -> None:
    """Validate the data against the SHACL shapes (pyshacl)."""
    _check_format(format)
    result = _ontology_fn("validate")(_data_graph(ctx, None))
    _report(result, format)


def _report(result, format: str) -> None:
    obj = result.to_dict() if hasattr(result, "to_dict") else result
    if format == "json":
        _json(obj if isinstance(obj, (dict, list)) else {"result": str(obj)})
    else:
        typer.echo(obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, indent=1, default=str))
    ok = obj.get("conforms", obj.get("consistent", True)) if isinstance(obj, dict) else bool(obj)
    if not ok:
        raise typer.Exit(1)

