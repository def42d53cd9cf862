"""Graph commands: ``cancu ingest``, ``remove``, ``trace``, ``impact``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List

import typer


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("remove")(remove_cmd)
    app.command("trace")(trace_cmd)
    app.command("impact")(impact_cmd)


def _store(ctx: typer.Context):
    from cancu.graph import open_store

    st = ctx.obj
    return open_store(st.store, backend=st.backend, endpoint=st.endpoint)


def ingest_cmd(ctx: typer.Context, paths: List[Path] = typer.Argument(..., help="Files or folders.")) -> None:
    """Ingest files into the store (unchanged files are skipped by checksum)."""
    from rich.progress import Progress

    store = _store(ctx)
    from cancu.graph import ingest_paths

    with Progress(transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        report = ingest_paths(store, paths, progress=lambda done, total, msg: progress.update(
            task, completed=done, total=total, description=msg[:60]))
    for key in ("added", "replaced", "unchanged", "not_documents"):
        typer.echo(f"{key.replace('_', ' ')}: {len(getattr(report, key))}")
    for f, why in report.failed.items():
        typer.echo(f"failed: {why}", err=True)


def remove_cmd(ctx: typer.Context, file: Path = typer.Argument(..., help="A file ingested before.")) -> None:
    """Remove one file's named graph from the store."""
    ok = _store(ctx).remove_file(str(file))
    typer.echo("removed" if ok else f"{file} is not in the store")


def trace_cmd(ctx: typer.Context, query: str = typer.Argument(..., help="IRI, symbol or words of a task's text."),
              format: str = typer.Option("table", "--format", "-f", help="json or table.")) -> None:
    """Trace a task or document up to its provincial and national basis, with evidence."""
    from cancu.graph import trace

    result = trace(_store(ctx), query)
    if format == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
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
        typer.echo(f"  [{h['depth']}] {h['relation']:<12} → {h['to'].rsplit('/id/', 1)[-1]}\n        “{ev[:160]}”")


def impact_cmd(ctx: typer.Context, query: str = typer.Argument(..., help="IRI or symbol of a document."),
               format: str = typer.Option("table", "--format", "-f", help="json or table.")) -> None:
    """Everything that transitively rests on a document, down to tasks and their agencies."""
    from cancu.graph import impact

    result = impact(_store(ctx), query)
    if format == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    c = result["counts"]
    typer.echo(f"{result['document']['label']}: {c['documents']} documents, {c['tasks']} tasks, {c['agencies']} agencies")
    for d in result["documents"]:
        typer.echo(f"  document: {d['label']} · {d['issuer'] or '?'}")
    for a in result["agencies"][:15]:
        typer.echo(f"  agency: {a['label']} ({a['tasks']} tasks)")
