"""A :class:`~cancu.viz.graphs.VizGraph` as a full HTML page drawn by vis-network.

pyvis builds the network (nodes, edges, options); cancu's own template
(``viz/templates/graph.html``) renders it, because pyvis's stock template loads
Bootstrap from a CDN and the pages must work offline. vis-network itself is
either inlined (standalone files) or referenced under a URL prefix (the
explorer mounts :func:`assets_dir` at ``/static/viz``).

Edges never cross a layer through its nodes: an edge spanning several layers is drawn
through invisible waypoints, one per layer between its ends, which the hierarchical
layout places beside that layer's nodes like any other (the usual remedy of layered
drawing); curves leave and enter nodes across the layers. The page's words (title,
legend, notes) are in the graph's language (``VizGraph.lang``).

All text comes from documents and is untrusted: tooltips are HTML-escaped here
and turned into DOM elements in the page (vis-network 9 shows string titles as
text); the data goes into the page as JSON whose ``<``, ``>``, ``&`` and quotes
are escaped, so no document text can close the script.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Optional

from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from cancu.viz.errors import BadAssetsError
from cancu.viz.graphs import VizGraph, labels, style

# Above this many nodes the groups of a view are folded into cluster nodes (a click
# opens one): vis-network stays responsive with a few dozen drawn nodes, not thousands.
CLUSTER_THRESHOLD = 150
# Nodes beyond this are not sent to the page at all (the views page before that).
MAX_NODES = 2000
# vis-network draws these shapes' labels below them, on the white page, not inside.
_LABEL_OUTSIDE = {"diamond", "hexagon", "dot", "star", "triangle", "triangleDown", "square"}
# Node links a page may follow: site-relative paths, view-relative queries, http(s).
_SAFE_URL = re.compile(r"^(?:/(?!/)|\?|#|\./|https?://)")
#: smallest zoom the page opens at: below it vis-network stops drawing labels (a 13 px font
#: under its 5 px threshold), so a big view opens readable on its main node instead of as dots
MIN_SCALE = 0.55
#: a relation on more edges than this is labelled once
REPEATED_LABEL = 3


def assets_dir() -> Path:
    """The folder holding ``vis-network.min.js`` and ``vis-network.css``."""
    return Path(str(resources.files("cancu.viz").joinpath("static")))


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return (assets_dir() / name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=PackageLoader("cancu.viz", "templates"), autoescape=select_autoescape(default=True))


def tooltip_html(text: str) -> str:
    """Plain tooltip lines → escaped HTML with ``<br>`` between lines."""
    return "<br>".join(html.escape(line, quote=True) for line in (text or "").split("\n"))


def _safe_url(url: Optional[str]) -> Optional[str]:
    return url if url and _SAFE_URL.match(url) else None


def _vis_options(graph: VizGraph, n_nodes: int) -> dict:
    big = n_nodes > CLUSTER_THRESHOLD
    opts: dict = {
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "keyboard": True},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "color": {"color": "#95a5a6"},
                  "font": {"size": 10, "align": "horizontal", "color": "#566573", "background": "#ffffff"},
                  "smooth": False},
        "nodes": {"font": {"size": 13}, "margin": 8,
                  # across (LR), wider and so shorter labels: the nodes of a layer stack in height
                  "widthConstraint": {"maximum": 280 if graph.direction in ("LR", "RL") else 230}},
    }
    if graph.layout == "hierarchical":
        across = graph.direction in ("LR", "RL")
        opts["layout"] = {"hierarchical": {"enabled": True, "direction": graph.direction, "sortMethod": "directed",
                                           "levelSeparation": 330 if across else 130,
                                           "nodeSpacing": 85 if across else 250, "treeSpacing": 90 if across else 260,
                                           "shakeTowards": "roots"}}
        # Levels fix the layers; physics would only shuffle nodes inside a layer.
        opts["physics"] = {"enabled": False}
        # curves leave a node across the layers, so a segment between two layers stays between them
        opts["edges"]["smooth"] = {"enabled": True, "type": "cubicBezier", "roundness": 0.5,
                                   "forceDirection": "horizontal" if across else "vertical"}
    else:
        opts["physics"] = {"enabled": True, "solver": "barnesHut",
                           "stabilization": {"enabled": True, "iterations": 100 if big else 300}}
    return opts


def _clusters(drawn: list, lang: str) -> list[dict]:
    """Groups to fold when the page is big: every group of 2+ drawn nodes not marked ``keep``."""
    if len(drawn) <= CLUSTER_THRESHOLD:
        return []
    st = style()
    members: dict[str, list] = {}
    for n in drawn:
        if not n.keep:
            members.setdefault(n.group or n.level, []).append(n)
    out = []
    for grp, nodes in members.items():
        if len(nodes) < 2:
            continue
        band = nodes[0].level
        colours = st["bands"].get(band, st["bands"]["group"])
        out.append({"group": grp, "count": len(nodes), "rank": min(n.rank for n in nodes),
                    "label": f"{_group_label(grp, lang)} ({len(nodes)})", "color": colours["color"],
                    "font": colours["font"]})
    return out


def _group_label(group: str, lang: str) -> str:
    words = labels(lang)
    kind, _, value = group.partition(":")
    if kind == "status":
        return words["statuses"].get(value, value)
    if kind in words["directions"]:
        return f"{words['directions'][kind]} · {words['relations'].get(value, value)}"
    if group in words["bands"]:
        return words["bands"][group]
    return group


def route_edges(ranks: dict[str, int], edges: list[tuple[str, str]]) -> list[list[str]]:
    """The path each edge is drawn along: its two ends, with a waypoint id for every layer
    strictly between their ranks (``wp:<edge index>:<layer>``). An edge between adjacent
    layers (or inside one) is drawn as it is.

    >>> route_edges({"t": 3, "n": 0, "p": 2}, [("t", "n"), ("t", "p")])
    [['t', 'wp:0:2', 'wp:0:1', 'n'], ['t', 'p']]
    """
    paths = []
    for k, (a, b) in enumerate(edges):
        ra, rb = ranks[a], ranks[b]
        step = -1 if rb < ra else 1
        paths.append([a, *[f"wp:{k}:{r}" for r in range(ra + step, rb, step)], b])
    return paths


def render_html(graph: VizGraph, *, title: str, subject: Optional[str] = None,
                node_url: Optional[Callable[[str], str]] = None, assets: str = "inline",
                nonce: Optional[str] = None) -> str:
    """The page of ``graph``: a full HTML document with the network, a legend and tooltips.

    The heading is ``title`` (the view's name, in the graph's language), then ``subject``
    (the node it is about, text from documents, marked as Vietnamese).

    ``node_url(iri)`` gives the page a click on a node opens (in the top window, so
    it works inside the explorer's iframe); paging nodes carry their own view-relative
    URL. ``assets`` is ``"inline"`` (vis-network inside the page, for standalone files)
    or a URL prefix under which ``vis-network.min.js`` and ``vis-network.css`` are served.
    ``nonce`` is put on the page's inline scripts (a server's content security policy
    allows only scripts carrying it).
    The page defines the globals ``network`` (the vis.Network) and ``cancuGraph``
    (``{nodes: [{id, label, url, level, kind, rank, group}], edges, meta, clusters}``;
    waypoints are drawn but not listed).
    """
    if not isinstance(assets, str) or not assets or any(c in assets for c in "\"'<> \n"):
        raise BadAssetsError(f"assets must be 'inline' or a URL prefix, not {assets!r}")
    st = style()
    words = labels(graph.lang)
    nodes = graph.nodes[:MAX_NODES]
    kept = {n.id for n in nodes}
    edges = [e for e in graph.edges if e.from_ in kept and e.to in kept]
    clusters = _clusters(nodes, graph.lang)

    net = Network(height="100%", width="100%", directed=True, cdn_resources="remote", heading="")
    records = []
    for n in nodes:
        url = n.url if n.url is not None else (node_url(n.id) if node_url and n.kind in
                                                ("document", "task", "agency") else None)
        url = _safe_url(url)
        band = st["bands"].get(n.level, st["bands"]["group"])
        shape = st["shapes"].get(n.kind, "box")
        font = "#2c3e50" if shape in _LABEL_OUTSIDE else band["font"]
        extra = {"shapeProperties": {"borderDashes": [6, 4]}} if n.cited_only else {}
        net.add_node(n.id, label=n.label, shape=shape, title=tooltip_html(n.title),
                     color={"background": band["color"], "border": "#2c3e50",
                            "highlight": {"background": band["color"], "border": "#000000"}},
                     font={"color": font}, level=n.rank, borderWidth=2 if n.keep else 1,
                     url=url, target=n.target, kind=n.kind, band=n.level, cgroup=n.group or n.level,
                     keep=n.keep, **extra)
        records.append({"id": n.id, "label": n.label, "url": url, "level": n.level, "rank": n.rank,
                        "kind": n.kind, "group": n.group, "cited_only": n.cited_only})
    # waypoints only where layers are fixed and nothing is folded (a cluster would strand them)
    ranks = {n.id: n.rank for n in nodes}
    routed = graph.layout == "hierarchical" and not clusters
    paths = route_edges(ranks, [(e.from_, e.to) for e in edges]) if routed else [[e.from_, e.to] for e in edges]
    # a label repeated on every edge of a fan-out says nothing and hides the nodes: past a few,
    # a relation is labelled on its first edge only (each edge keeps it as its tooltip)
    per_relation = Counter(e.relation for e in edges)
    labelled: set[str] = set()
    for e, path in zip(edges, paths):
        for wp in path[1:-1]:
            net.add_node(wp, label=" ", shape="dot", size=1, level=int(wp.rsplit(":", 1)[1]), kind="waypoint",
                         color={"background": "rgba(0,0,0,0)", "border": "rgba(0,0,0,0)"}, chosen=False,
                         cgroup="waypoint", keep=True)
        label = e.label if e.relation != "more" else ""
        if per_relation[e.relation] > REPEATED_LABEL:
            label = "" if e.relation in labelled else label
            labelled.add(e.relation)
        middle = (len(path) - 2) // 2  # the segment that carries the label: the middle one
        for k, (a, b) in enumerate(zip(path, path[1:])):
            net.add_edge(a, b, label=label if k == middle else "", title=html.escape(e.label), relation=e.relation,
                         arrows={"to": {"enabled": k == len(path) - 2, "scaleFactor": 0.6}})
    net.options = _vis_options(graph, len(nodes))
    vis_nodes, vis_edges, _heading, _h, _w, _options_json = net.get_network_data()

    used_bands = [b for b in st["bands"] if any(n.level == b for n in nodes)]
    used_kinds = [k for k in st["shapes"] if any(n.kind == k for n in nodes)]
    legend = {"bands": [{"label": words["bands"][b], "color": st["bands"][b]["color"]} for b in used_bands],
              "kinds": [{"label": words["type_labels"][k], "shape": st["shapes"][k]} for k in used_kinds],
              "cited_only": words["cited_only"] if any(n.cited_only for n in nodes) else None}
    focus = next((n.id for n in nodes if n.keep and n.kind in ("document", "task", "agency")), None)
    data = {"nodes": records, "edges": [e.to_dict() for e in edges], "meta": graph.meta, "clusters": clusters,
            "dropped": len(graph.nodes) - len(nodes), "focus": focus, "min_scale": MIN_SCALE,
            "direction": graph.direction}
    inline = assets == "inline"
    return _env().get_template("graph.html").render(
        title=title, subject=subject, lang=graph.lang, nodes=vis_nodes, edges=vis_edges, options=net.options,
        cancu_graph=data,
        legend=legend, inline=inline, prefix=None if inline else assets.rstrip("/"), nonce=nonce,
        vis_js=_asset("vis-network.min.js") if inline else "", vis_css=_asset("vis-network.css") if inline else "",
        note=_note(graph, len(nodes), clusters))


def _note(graph: VizGraph, shown: int, clusters: list[dict]) -> str:
    """One line under the title: what the view leaves out and how to see it."""
    m = graph.meta
    notes = labels(graph.lang)["notes"]
    parts = []
    if m.get("truncated"):
        parts.append(notes["tasks_shown"].format(shown=m.get("shown"), total=m.get("total")))
    if m.get("view") == "neighbourhood" and m.get("expanded") not in (None, "all"):
        rel = m["expanded"]
        total = m["counts"].get(rel, 0)
        parts.append(f"{m['offset'] + 1}–{min(m['offset'] + m['limit'], total)} / {total}")
    if clusters:
        parts.append(notes["clusters"].format(nodes=len(graph.nodes), groups=len(clusters)))
    if len(graph.nodes) > shown:
        parts.append(notes["drawn"].format(shown=shown, total=len(graph.nodes)))
    return " · ".join(parts)
