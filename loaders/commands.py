"""Loader commands: ``cancu extract`` and ``cancu eval``."""

from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
    app.command("eval")(eval_cmd)


def extract_cmd(
    file: Path = typer.Argument(..., help="Document file (.txt, .md, .html, .docx, .doc, .pdf)."),
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
    if data.get("ocr"):
        o = data["ocr"]  # a scan: say so first, its text has misread letters
        typer.echo(f"read by OCR ({o['engine']}, pages {', '.join(map(str, o['pages']))}, mean word confidence "
                   f"{o['mean_confidence']:g}): check names and numbers against the page")
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
    gold_dir: Path = typer.Argument(..., help="Folder of gold JSON files (<id>.json, format: "
                                              "tests/fixtures/loaders/gold/README.md)."),
    docs_dir: Path = typer.Argument(..., help="Folder holding the documents, named like the gold files "
                                              "(<id>.txt|.md|.html|.docx|.doc|.pdf)."),
    format: str = typer.Option("table", "--format", "-f", help="table (figures, then every difference) or json."),
    details: bool = typer.Option(True, "--details/--no-details",
                                 help="List every miss, extra and wrong field per document."),
) -> None:
    """Score extraction strictly against hand-checked gold: header fields, basis, citations, task rows (per
    field), overall and per layout category."""
    from cancu.loaders.evaluate import evaluate_dirs, format_report

    for d in (gold_dir, docs_dir):
        if not d.is_dir():
            raise typer.BadParameter(f"not a folder: {d}")
    report = evaluate_dirs(gold_dir, docs_dir)
    if format == "json":
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2, default=sorted))
        return
    if format != "table":
        raise typer.BadParameter("format must be table or json", param_hint="--format")
    typer.echo(format_report(report, details=details))
