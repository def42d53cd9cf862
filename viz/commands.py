"""``cancu viz QUERY -o out.html``: a graph view written as one standalone HTML file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional

import typer

from cancu.viz.errors import UnknownViewError, ViewMismatchError

VIEWS = ("lineage", "neighbourhood", "agency")
# The view a node gets when --view is not given.
DEFAULT_VIEW = {"task": "lineage", "document": "neighbourhood", "agency": "agency"}
# Which node types each view can draw.
VIEW_TYPES = {"lineage": ("task", "document"), "neighbourhood": ("document",), "agency": ("agency",)}


def register(app: typer.Typer) -> None:
    app.command("viz")(viz_cmd)


def build_view(store, query: str, *, view: Optional[str] = None, relation: Optional[str] = None,
               limit: Optional[int] = None, offset: int = 0, lang: str = "vi"):
    """Resolve ``query`` like ``cancu trace`` and build its view → (VizGraph, view name, IRI).

    An agency can also be named by words of its label when ``view`` is ``agency``.
    """
    from cancu.graph.analytics import get_agency
    from cancu.graph.lineage import resolve, trace
    from cancu.viz.graphs import agency_graph, lineage_graph, neighbourhood_graph

    if view is not None and view not in VIEWS:
        raise UnknownViewError(f"--view must be one of {', '.join(VIEWS)}, not {view!r}")
    if view == "agency" and not re.match(r"https?://", query.strip()):
        iri, kind = get_agency(store, query)["iri"], "agency"
    else:
        iri, kind = resolve(store, query)
    view = view or DEFAULT_VIEW[kind]
    if kind not in VIEW_TYPES[view]:
        raise ViewMismatchError(f"{query!r} is a {kind}; the {view} view draws a "
                                f"{' or a '.join(VIEW_TYPES[view])}")
    if view == "lineage":
        return lineage_graph(trace(store, iri), lang=lang), view, iri
    if view == "neighbourhood":
        return (neighbourhood_graph(store, iri, relation=relation, limit=limit or 50, offset=offset, lang=lang),
                view, iri)
    return agency_graph(store, iri, limit=limit or 200, lang=lang), view, iri


def view_title(graph, view: str, iri: str) -> tuple[str, str]:
    """The heading of a view: its name in the view's language ("Sơ đồ căn cứ") and the label
    of the node it is about (text from the documents)."""
    from cancu.viz.graphs import labels

    return labels(graph.lang)["titles"][view], next((n.label for n in graph.nodes if n.id == iri), iri)


def viz_cmd(ctx: typer.Context,
            query: str = typer.Argument(..., help="IRI, symbol or words of a task's text (an agency: IRI, or "
                                                  "words of its name with --view agency)."),
            output: Path = typer.Option(..., "--output", "-o", help="HTML file to write."),
            view: Optional[str] = typer.Option(None, "--view", help="lineage, neighbourhood or agency "
                                               "(default: lineage for a task, neighbourhood for a document, "
                                               "agency for an agency)."),
            relation: Optional[str] = typer.Option(None, help="Neighbourhood: expand one relation, e.g. "
                                                   "cited_by:task_of."),
            limit: Optional[int] = typer.Option(None, help="Neighbourhood: neighbours per page (50); "
                                                "agency: tasks drawn (200)."),
            offset: int = typer.Option(0, help="Neighbourhood: first neighbour of the page."),
            link_base: Optional[str] = typer.Option(None, "--link-base", help="Explorer URL (e.g. "
                                                    "http://127.0.0.1:8000): clicking a node opens its page there."),
            lang: str = typer.Option("vi", "--lang", help="Language of the page's words: vi or en.")) -> None:
    """Draw a task's lineage, a document's neighbourhood or an agency's tasks as a standalone HTML file."""
    from cancu.errors import require_extra
    from cancu.graph.commands import context_store
    from cancu.options import choice, count

    choice(lang, "--lang", ("vi", "en"))
    require_extra("viz", "pyvis")
    from cancu.viz.render import render_html

    graph, view_name, iri = build_view(context_store(ctx, query=True), query, view=view, relation=relation,
                                       limit=limit, offset=offset, lang=lang)
    node_url = None
    if link_base:
        page_url = require_extra("api", "cancu.api.routes.explorer").page_url
        base = link_base.rstrip("/")
        node_url = lambda node_iri: base + page_url(node_iri)  # noqa: E731
    _standalone_paging(graph, query)
    title, subject = view_title(graph, view_name, iri)
    page = render_html(graph, title=title, subject=subject, node_url=node_url, assets="inline")
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    typer.echo(f"wrote {view_name} view of {iri}: {count(len(graph.nodes), 'node')}, "
               f"{count(len(graph.edges), 'edge')} → {output}")


def _standalone_paging(graph, query: str) -> None:
    """A standalone file cannot reload itself on another page of neighbours: paging and
    relation nodes lose their link and say which options draw that page instead."""
    from urllib.parse import parse_qs

    from cancu.viz.graphs import labels

    hint = labels(graph.lang)["more"]["cli_hint"]
    for n in graph.nodes:
        if n.target == "self" and n.url:
            q = parse_qs(n.url.lstrip("?"))
            opts = " ".join(f"--{k} {v[0]}" for k, v in q.items())
            n.title = f"{n.title}\n{hint.format(options=opts)}"
            n.url = None
