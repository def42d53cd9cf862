"""Loader commands: ``cancu extract`` and ``cancu eval``."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
    app.command("eval")(eval_cmd)


def extract_cmd(
    file: Path = typer.Argument(..., help="Document file (.txt, .md, .html, .docx, .pdf)."),
    format: str = typer.Option("json", "--format", "-f", help="json (the extraction contract) or table."),
) -> None:
    """Extract identity, basis, citations and tasks of one file, with source spans."""
    from cancu.loaders import extract

    ex = extract(file)
    data = ex.to_dict()
    if format == "json":
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if format != "table":
        raise typer.BadParameter("format must be json or table", param_hint="--format")
    if not data["is_document"]:
        typer.echo(f"{file}: not an official document — {data['reason']}")
        return
    for i, d in enumerate([data["doc"], *data["documents"]]):
        typer.echo(f"[{i}] {d['kind']} {d['symbol'] or '(no number)'} · {d['date'] or d['date_text'] or '-'}"
                   f" · {d['issuer'] or '-'} · {d['title'] or ''}")
    typer.echo("basis:")
    for b in data["basis"]:
        typer.echo(f"  {b['relation']:<13} {b['kind'] or '-'} {b['symbol'] or b['title'] or b['issuer']}"
                   f" {b['date'] or ''}")
    typer.echo(f"citations: {len(data['citations'])}")
    for c in data["citations"]:
        typer.echo(f"  {c['kind'] or '-'} {c['symbol'] or c['title']} {c['date'] or ''} {c['issuer'] or ''}")
    typer.echo(f"tasks: {len(data['tasks'])}  targets: {len(data['targets'])}")


def eval_cmd(
    gold_dir: Path = typer.Argument(..., help="Folder of gold JSON files named after the documents."),
    docs_dir: Path = typer.Argument(..., help="Folder holding the documents."),
    format: str = typer.Option("table", "--format", "-f", help="table or json."),
) -> None:
    """Score extraction against hand-checked gold files (precision, recall, accuracy)."""
    from cancu.loaders.evaluate import evaluate_dirs

    report = evaluate_dirs(gold_dir, docs_dir)
    if format == "json":
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for name, s in report["documents"].items():
        typer.echo(f"{name}: " + ", ".join(f"{k}={v}" for k, v in s["summary"].items()))
    typer.echo("TOTAL: " + ", ".join(f"{k}={v}" for k, v in report["total"].items()))
