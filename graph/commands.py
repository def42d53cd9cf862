"""Graph commands: ingest, remove, trace, impact, tasks, gaps, stats, export, check, validate."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from cancu.options import choice, count, export_format, parse_date

FORMAT = typer.Option("table", "--format", "-f", help="json or table.")
DATE_FORMS = "31/12/2025 or 2025-12-31"


def register(app: typer.Typer) -> None:
    for name, fn in (("ingest", ingest_cmd), ("remove", remove_cmd), ("trace", trace_cmd), ("impact", impact_cmd),
                     ("tasks", tasks_cmd), ("gaps", gaps_cmd), ("stats", stats_cmd), ("export", export_cmd),
                     ("check", check_cmd), ("validate", validate_cmd)):
        app.command(name)(fn)


def context_store(ctx: typer.Context, *, query: bool = False):
    """The store named by the shared options. Query commands fall back to a read-only
    open when another process (``cancu serve``) holds the embedded store's lock.

    A query command never creates a store: where none is, it says which path it looked
    at (the per-user default unless ``--store``/``CANCU_STORE`` named one); on an empty
    store it says which store that was before answering, so "0 tasks" is not mistaken
    for an answer about the user's data."""
    from cancu.errors import NoStoreError, StoreUnavailableError
    from cancu.graph import open_store

    st = ctx.obj
    if query and st.backend == "oxigraph" and not _holds_files(st.store):
        raise NoStoreError(f"no store at {_where(st)}: ingest documents first "
                           f"(cancu --store {st.store} ingest FILES), or name another store with --store "
                           f"or CANCU_STORE")
    try:
        store = open_store(st.store, backend=st.backend, endpoint=st.endpoint)
    except StoreUnavailableError as exc:
        if not query or st.backend != "oxigraph" or "lock" not in str(exc).lower():
            raise
        store = open_store(st.store, backend=st.backend, read_only=True)
    if query and len(store) == 0:
        typer.echo(f"note: the store at {_where(st)} is empty; ingest documents first "
                   f"(cancu --store {st.store if st.backend == 'oxigraph' else '…'} ingest FILES)", err=True)
    return store


def _holds_files(path: Path) -> bool:
    return path.is_dir() and any(path.iterdir())


def _where(st) -> str:
    """The store a command used, as a user would name it."""
    from cancu import config

    if st.backend != "oxigraph":
        return f"{st.endpoint or 'CANCU_SPARQL_URL'} ({st.backend})"
    default = st.store == config.default_store_path()
    return f"{st.store}" + (" (the default; --store or CANCU_STORE names another)" if default else "")


def _check_format(format: str) -> None:
    choice(format, "--format", ("json", "table"))


def _json(obj) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2))


def _short(iri: Optional[str]) -> str:
    return (iri or "").rsplit("/id/", 1)[-1]


def ingest_cmd(ctx: typer.Context, paths: List[Path] = typer.Argument(..., help="Files or folders."),
               format: str = FORMAT) -> None:
    """Ingest files into the store (unchanged files are skipped by checksum); exit status 1 if any failed."""
    from rich.progress import Progress

    from cancu.graph import ingest_paths

    _check_format(format)
    store = context_store(ctx)
    with Progress(transient=True) as progress:
        task = progress.add_task("ingesting", total=None)
        report = ingest_paths(store, paths, progress=lambda done, total, msg: progress.update(
            task, completed=done, total=total, description=msg[:60]))
    if format == "json":
        _json(report.to_dict())
        if report.failed:
            raise typer.Exit(1)
        return
    for key in ("added", "replaced", "unchanged", "not_documents", "copies"):
        typer.echo(f"{key.replace('_', ' ')}: {len(getattr(report, key))}")
    for why in report.failed.values():  # each message names its file
        typer.echo(f"failed: {why}", err=True)
    if report.failed:  # the others were ingested; the exit status tells a script that some were not
        raise typer.Exit(1)


def remove_cmd(ctx: typer.Context, file: Path = typer.Argument(..., help="A file ingested before.")) -> None:
    """Remove one file's named graph from the store (documents other files cite stay); a file the store
    does not hold is an error (exit status 2), as an unknown id is for trace, impact and the others."""
    from cancu.errors import NoStoreError, NotFoundError
    from cancu.graph import remove_file

    st = ctx.obj
    if st.backend == "oxigraph" and not _holds_files(st.store):  # nothing to remove from: do not create a store
        raise NoStoreError(f"no store at {_where(st)}: {file} was never ingested there")
    if not remove_file(context_store(ctx), file):  # a lookup only: the store is left as it was
        raise NotFoundError(f"{file} is not in the store at {_where(st)}: nothing removed "
                            f"(give the path it was ingested under)")
    typer.echo("removed")


FIRST = typer.Option(False, "--first", help="When the query matches several things, take the best match "
                     "instead of listing them (exit status 2).")


def trace_cmd(ctx: typer.Context, query: str = typer.Argument(..., help="IRI, symbol or words of a task's text."),
              first: bool = FIRST, format: str = FORMAT) -> None:
    """Trace a task or document up to its provincial and national basis, with evidence."""
    from cancu.graph import trace

    _check_format(format)
    result = trace(context_store(ctx, query=True), query, first=first)
    if format == "json":
        _json(result)
        return
    from cancu.loaders.quotes import shorten

    t = result["target"]
    typer.echo(f"{t['type']}: {t.get('label') or t['iri']}")
    names = {"national": "national basis", "provincial": "provincial basis", "local": "local basis"}
    parts = [("own", "the task's own basis"), ("inherited", "inherited from the plan")] \
        if t["type"] == "task" else [("own", None)]
    for scope, heading in parts:
        if heading:
            typer.echo(f"{heading}:" + ("" if any(d["scope"] == scope for g in result["basis"].values() for d in g)
                                        else " none"))
        for group, docs in result["basis"].items():
            docs = [d for d in docs if d["scope"] == scope]
            if docs or not heading:
                typer.echo(f"{'  ' if heading else ''}{names[group]}:")
            for d in docs:
                typer.echo(f"{'  ' if heading else ''}  - {d['label']} {d['date'] or ''} · {d['issuer'] or '?'}")
    typer.echo("hops:")
    for h in result["hops"]:
        ev = (h["evidence"] or {}).get("sentence") or ""
        mark = f" ({h['scope']})" if t["type"] == "task" else ""
        typer.echo(f"  [{h['depth']}] {h['relation']:<12} → {_short(h['to'])}{mark}\n        “{shorten(ev, 160)}”")


def impact_cmd(ctx: typer.Context, query: str = typer.Argument(..., help="IRI or symbol of a document."),
               limit: Optional[int] = typer.Option(None, help="List at most this many tasks (counts stay complete)."),
               first: bool = FIRST, format: str = FORMAT) -> None:
    """Everything that transitively rests on a document, down to tasks and their agencies."""
    from cancu.graph import impact

    _check_format(format)
    result = impact(context_store(ctx, query=True), query, limit=limit, first=first)
    if format == "json":
        _json(result)
        return
    c = result["counts"]
    typer.echo(f"{result['document']['label']}: {count(c['documents'], 'document')}, {count(c['tasks'], 'task')}, "
               f"{count(c['agencies'], 'agency')}")
    for d in result["documents"]:
        typer.echo(f"  document (depth {d['depth']}): {d['label']} · {d['issuer'] or '?'}")
    for tk in result["tasks"][:30]:
        item = ".".join(str(x) for x in (tk["section"], tk["no"]) if x)
        typer.echo(f"  task {item or '?'} of {_short(tk['document'])}: {tk['text'][:100]}")
    _more(len(result["tasks"]) - 30, "task", "--format json lists them all")
    for a in result["agencies"][:15]:
        typer.echo(f"  agency: {a['label']} ({count(a['tasks'], 'task')})")
    _more(len(result["agencies"]) - 15, "agency", "--format json lists them all")


def tasks_cmd(ctx: typer.Context,
              agency: Optional[str] = typer.Option(None, help="Agency IRI or name; includes its sub-organisations."),
              unit: Optional[str] = typer.Option(None, help="Unit code or name (e.g. 22333, 'tỉnh Khánh Hòa')."),
              area: Optional[str] = typer.Option(None, "--area", help="Reform area of Nghị quyết 76/NQ-CP, "
                                                 "e.g. e_government (another value lists them)."),
              due_from: Optional[str] = typer.Option(None, "--due-from",
                                                     help=f"Deadline on or after this date ({DATE_FORMS})."),
              due_to: Optional[str] = typer.Option(None, "--due-to",
                                                   help=f"Deadline on or before this date ({DATE_FORMS})."),
              status: Optional[str] = typer.Option(None, help="qua_han, sap_qua_han, chua_den_han, recurring, "
                                                              "conditional, no_deadline."),
              as_of: Optional[str] = typer.Option(None, "--as-of",
                                                  help=f"Date the status is reckoned at ({DATE_FORMS}; default "
                                                       f"today)."),
              document: Optional[str] = typer.Option(None, help="Only the tasks of this document (IRI or symbol)."),
              limit: Optional[int] = typer.Option(None, help="At most this many."),
              format: str = typer.Option("table", "--format", "-f",
                                         help="table, json, or a report: csv (UTF-8 with BOM, for Excel) or xlsx."),
              output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                    help="File to write (json, csv, xlsx; default stdout)."),
              lang: str = typer.Option("vi", "--lang", help="Language of a csv/xlsx report: vi or en.")) -> None:
    """List tasks by agency, unit, reform area, deadline window and status as of a date; or write them as a report."""
    from cancu.graph.analytics import STATUSES, tasks
    from cancu.loaders.tasks.model import reform_areas

    choice(format, "--format", ("table", "json", "csv", "xlsx"))
    choice(status, "--status", STATUSES)
    choice(area, "--area", reform_areas())
    choice(lang, "--lang", ("vi", "en"))
    if format == "xlsx" and output is None and sys.stdout.isatty():
        from cancu.errors import BinaryToTerminalError

        raise BinaryToTerminalError("--format xlsx writes a spreadsheet file, not text: give -o FILE.xlsx "
                                    "(or redirect the output to a file)")
    if format == "table" and output is not None:
        from cancu.errors import InvalidParameterError

        raise InvalidParameterError("-o writes json, csv or xlsx; the table prints on the terminal "
                                    "(add --format csv or --format xlsx)")
    if format == "xlsx":
        from cancu.errors import require_extra

        require_extra("xlsx", "openpyxl")  # before the query: a missing extra is said at once
    store = context_store(ctx, query=True)
    day = parse_date(as_of, "--as-of")
    rows = tasks(store, agency=agency, unit=unit, reform_area=area,
                 due_from=parse_date(due_from, "--due-from"), due_to=parse_date(due_to, "--due-to"),
                 status=status, as_of=day, document=document, limit=limit)
    if format in ("csv", "xlsx"):
        from cancu.report import task_report, to_csv, to_xlsx

        filters = {"agency": agency, "unit": unit, "reform_area": area, "due_from": due_from, "due_to": due_to,
                   "status": status, "document": document, "limit": limit}
        rep = task_report(store, rows, as_of=day, lang=lang, filters=filters)
        _write(output, to_csv(rep) if format == "csv" else to_xlsx(rep), f"{count(len(rows), 'task')}")
        return
    if format == "json":
        if output is not None:
            _write(output, (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
                   count(len(rows), "task"))
        else:
            _json(rows)
        return
    for t in rows:
        end = (t["deadline"] or {}).get("end") or (t["deadline"] or {}).get("text") or "-"
        typer.echo(f"{t['status']:<12} {str(end)[:20]:<20} {', '.join(t['lead'])[:40]:<40} {t['text'][:70]}")
    typer.echo(count(len(rows), "task"))


def _write(output: Optional[Path], data: bytes, what: str) -> None:
    """``data`` into ``output`` (saying what was written, on stderr), or to stdout as bytes."""
    if output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    typer.echo(f"wrote {what} to {output} ({len(data)} bytes)", err=True)


def gaps_cmd(ctx: typer.Context,
             limit: int = typer.Option(10, "--limit", min=0, help="Items shown per kind of gap (0: all); "
                                                                  "tasks: per page."),
             offset: int = typer.Option(0, "--offset", min=0, help="The first task of the page of tasks with gaps."),
             reason: Optional[str] = typer.Option(None, "--reason", help="Only tasks with this gap: "
                                                  "no_national_basis or no_lead."),
             format: str = FORMAT) -> None:
    """Report tasks with gaps (by document), missing documents, conflicting facts, split documents."""
    from cancu.graph.analytics import gap_tasks, gaps

    _check_format(format)
    store = context_store(ctx, query=True)
    page = gap_tasks(store, reason=reason, limit=limit or 10 ** 9, offset=offset)
    if format == "json":
        _json({**gaps(store), "tasks_by_document": page})
        return
    g = gaps(store)
    names = {"no_national_basis": "no national basis", "no_lead": "no lead"}
    counts = f"no national basis {len(g['tasks_without_national_basis'])}, no lead {len(g['tasks_without_lead'])}"
    typer.echo(f"tasks with gaps: {page['total']} " + (f"({names.get(reason, reason)})" if reason else f"({counts})"))
    for d in page["documents"]:
        typer.echo(f"  {d['label'] or _short(d['iri'])}")
        for tk in d["tasks"]:
            item = ".".join(str(x) for x in (tk["section"], tk["no"]) if x) or "?"
            typer.echo(f"    {item:<8} {(tk['text'] or '')[:90]}  [{'; '.join(names[r] for r in tk['reasons'])}]")
    shown = page["offset"] + sum(len(d["tasks"]) for d in page["documents"])
    if page["total"] > shown:
        typer.echo(f"  … and {page['total'] - shown} more (--offset {shown}; --limit 0 shows all)")
    for key, items in ((k, v) for k, v in g.items() if k not in ("tasks_without_national_basis", "tasks_without_lead")):
        typer.echo(f"{key.replace('_', ' ')}: {len(items)}")
        shown = items if limit == 0 else items[:limit]
        for it in shown:
            name = it.get("label") or it.get("text") or it.get("symbol") or _short(it.get("document") or it.get("iri"))
            typer.echo(f"  - {name}"[:150])
            for v in it.get("values", []):
                typer.echo(f"      {v['value']} in {_short(v['source'])}: “{(v['sentence'] or '')[:100]}”")
        _more(len(items) - len(shown), None, "--limit 0 shows all")


def _more(hidden: int, noun: Optional[str], how: str) -> None:
    """The line under a cut list: how many were left out and how to see them."""
    if hidden > 0:
        typer.echo(f"  … and {count(hidden, noun) if noun else hidden} more ({how})")


def stats_cmd(ctx: typer.Context, format: str = FORMAT) -> None:
    """Counts by kind, level and issuer; most-cited documents."""
    from cancu.graph.analytics import stats

    _check_format(format)
    s = stats(context_store(ctx, query=True))
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
               fmt: str = typer.Option("trig", "--format", "-f",
                                       help="trig (named graphs), nquads (nq), turtle (ttl), ntriples (nt) or "
                                            "jsonld (json-ld)."),
               output: Optional[Path] = typer.Option(None, "--output", "-o",
                                                     help="File to write (default stdout).")) -> None:
    """Export the store as TriG (named graphs), N-Quads, Turtle, N-Triples or JSON-LD."""
    fmt = export_format(fmt)
    data = context_store(ctx, query=True).export(fmt)
    if output:
        output.write_bytes(data)
        typer.echo(f"wrote {len(data)} bytes to {output}")
    else:
        typer.echo(data.decode("utf-8"))


def _data_graph(ctx, sample: Optional[int]):
    """The store as an rdflib Graph (rdflib parses; the reasoner/validator do the work)."""
    import rdflib

    store = context_store(ctx, query=True)
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
              timeout: float = typer.Option(120.0, "--timeout", min=1,
                                            help="Seconds HermiT may run before the check gives up."),
              format: str = FORMAT) -> None:
    """Check the ontology and the data for logical inconsistencies (owlready2 + HermiT, time-limited)."""
    from cancu.ontology import check_consistency

    _check_format(format)
    graph = _data_graph(ctx, sample)
    typer.echo(f"running HermiT over {count(len(graph), 'triple')} of data plus the ontology "
               f"(time limit {timeout:g} s, --timeout changes it)", err=True)
    result = check_consistency(graph, timeout=timeout)
    if format == "json":
        _json(result.to_dict())
    else:
        typer.echo(f"{'consistent' if result.consistent else 'INCONSISTENT'}: {result.message} "
                   f"({count(result.triples, 'triple')} with the ontology)")
    if not result.consistent:
        raise typer.Exit(1)


def validate_cmd(ctx: typer.Context,
                 limit: int = typer.Option(20, "--limit", min=0, help="Violations shown (0: all)."),
                 format: str = FORMAT) -> None:
    """Validate the data against the SHACL shapes (pyshacl)."""
    from cancu.ontology import validate

    _check_format(format)
    result = validate(_data_graph(ctx, None))
    if format == "json":
        _json(result.to_dict())
    else:
        typer.echo(f"{'conforms' if result.conforms else 'does not conform'} to the SHACL shapes: "
                   f"{count(len(result.results), 'violation')}")
        shown = result.results if limit == 0 else result.results[:limit]
        for r in shown:
            where = _short(r["focus"]) + (f" {r['path'].rsplit('#', 1)[-1]}" if r.get("path") else "")
            typer.echo(f"  {r['severity'] or '-':<9} {where}: {r['message'] or ''}"[:200])
        _more(len(result.results) - len(shown), "violation", "--limit 0 shows all")
    if not result.conforms:
        raise typer.Exit(1)
