"""Graph views as plain data: which nodes and edges a view shows, on which layer.

Nothing here knows about HTML; :mod:`cancu.viz.render` turns a :class:`VizGraph`
into a page. Keeping the two apart lets tests check a view's content (which
documents, which layers, which page of neighbours) without a browser, and lets
other front ends reuse the same views.

Layers (``rank``) run top-down: national documents at the top, provincial below, local
(district, commune, ward) below those, the task or the document being looked at
at the bottom, so a lineage reads like the legal hierarchy it traces. Inside a level,
a document sits above every document of that level that rests on it (each level is
as many layers as its longest chain), so every hop points up.

Every word a view shows (legend, edge labels, tooltip field names, paging nodes) comes
from the ``graph`` section of ``api/data/ui.json`` in the view's language (``lang``,
Vietnamese by default); dates are written as that language writes them.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Optional, Sequence

from cancu.i18n import fmt_date, lang_or_default, section
from cancu.viz.errors import BadPageError, UnknownRelationError

# trace() groups district and commune documents as "local"; the views follow it.
BAND_OF_LEVEL = {"national": "national", "provincial": "provincial", "district": "local",
                 "commune": "local", "local": "local", "unknown": "local"}
BANDS = ("national", "provincial", "local")
# Label and tooltip lengths: long enough to recognise a task, short enough to draw.
LABEL_MAX = 90
TOOLTIP_TEXT_MAX = 600


@lru_cache(maxsize=None)
def style() -> dict[str, Any]:
    """Colours and shapes of the views (``viz/data/style.json``); their words are in :func:`labels`."""
    text = resources.files("cancu.viz").joinpath("data", "style.json").read_text(encoding="utf-8")
    return json.loads(text)


def labels(lang: str) -> dict[str, Any]:
    """The words of the views in ``lang``: the ``graph`` section of ``api/data/ui.json``, with the
    level and status names the explorer uses."""
    return {**section("graph", lang), "levels": section("levels", lang), "statuses": section("statuses", lang)}


@lru_cache(maxsize=None)
@dataclass
class VizNode:
    """One node. ``title`` is the tooltip as plain text lines (the renderer escapes it)."""

    id: str
    label: str
    title: str = ""
    level: str = "local"     # band: national|provincial|local|task|target|agency|group|more
    rank: int = 0            # vertical layer, 0 at the top
    kind: str = "document"   # document|task|agency|group|more (decides the shape)
    group: str = ""          # nodes of one group are clustered together in big graphs
    url: Optional[str] = None
    target: str = "top"      # "top": open the node's page; "self": reload this view (paging)
    cited_only: bool = False
    keep: bool = False       # never clustered away (the node the view is about)


@dataclass
class VizEdge:
    from_: str
    to: str
    relation: str
    label: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"from": self.from_, "to": self.to, "relation": self.relation, "label": self.label}


@dataclass
class VizGraph:
    """Nodes and edges of one view plus ``meta`` (counts, paging, what was left out)."""

    nodes: list[VizNode] = field(default_factory=list)
    edges: list[VizEdge] = field(default_factory=list)
    layout: str = "hierarchical"
    direction: str = "UD"    # UD: layers top-down; LR: layers left to right (wide fan-outs stay readable)
    meta: dict[str, Any] = field(default_factory=dict)
    lang: str = "vi"         # the language of its words (edge labels here; legend and notes when drawn)

    def __post_init__(self) -> None:
        self._index = {n.id: n for n in self.nodes}

    def node(self, node_id: str) -> Optional[VizNode]:
        return self._index.get(node_id)

    def add_node(self, node: VizNode) -> VizNode:
        """Add ``node`` unless a node with its id exists (the first one wins)."""
        have = self._index.get(node.id)
        if have is not None:
            return have
        self.nodes.append(node)
        self._index[node.id] = node
        return node

    def add_edge(self, from_: str, to: str, relation: str) -> None:
        if any(e.from_ == from_ and e.to == to and e.relation == relation for e in self.edges):
            return
        self.edges.append(VizEdge(from_, to, relation, relation_label(relation, self.lang)))

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": [asdict(n) for n in self.nodes], "edges": [e.to_dict() for e in self.edges],
                "layout": self.layout, "direction": self.direction, "meta": self.meta}


# --- labels and tooltips ------------------------------------------------------------------------

def relation_label(relation: str, lang: str = "vi") -> str:
    return labels(lang)["relations"].get(relation, relation.replace("_", " "))


def _short(text: Optional[str], n: int = LABEL_MAX) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _lines(pairs: list[tuple[str, Any]], lang: str) -> str:
    f = labels(lang)["tooltip_fields"]
    return "\n".join(f"{f.get(k, k)}: {v}" if k else str(v) for k, v in pairs if v not in (None, "", []))


def document_label(d: dict) -> str:
    from cancu.graph.labels import law_name

    law = law_name(d.get("kind"), d.get("symbol"), d.get("title"))  # a law by its name and year
    if law:
        return _short(law)
    if d.get("symbol"):
        return f"{d.get('kind') or ''} {d['symbol']}".strip()
    if d.get("title"):
        return _short(f"{d.get('kind') or ''}: {d['title']}" if d.get("kind") and not
                      d["title"].startswith(d["kind"]) else d["title"])
    return d.get("label") or d.get("kind") or d["iri"].rsplit("/", 1)[-1]


def document_tooltip(d: dict, lang: str = "vi") -> str:
    words = labels(lang)
    return _lines([("", d.get("title") and _short(d["title"], TOOLTIP_TEXT_MAX)), ("kind", d.get("kind")),
                   ("symbol", d.get("symbol")), ("date", fmt_date(d.get("date"), lang) or None),
                   ("issuer", d.get("issuer")), ("level", words["levels"].get(d.get("level") or "", d.get("level"))),
                   ("", words["cited_only"] if d.get("cited_only") else None), ("", d["iri"])], lang)


def document_node(d: dict, *, rank: int, band: Optional[str] = None, group: str = "", keep: bool = False,
                  lang: str = "vi") -> VizNode:
    band = band or BAND_OF_LEVEL.get(d.get("level") or "unknown", "local")
    return VizNode(id=d["iri"], label=document_label(d), title=document_tooltip(d, lang), level=band, rank=rank,
                   kind="document", group=group or band, cited_only=bool(d.get("cited_only")), keep=keep)


def _deadline_text(dl: Optional[dict], lang: str) -> Optional[str]:
    if not dl:
        return None
    end = fmt_date(dl.get("end"), lang) or None
    if dl.get("text") and end:
        return labels(lang)["deadline_until"].format(text=dl["text"], end=end)
    return dl.get("text") or end


def task_node(t: dict, *, rank: int, group: str = "task", keep: bool = False, lang: str = "vi") -> VizNode:
    """A task from ``tasks()`` (or a trace target: ``iri``, ``text``)."""
    words = labels(lang)
    status = t.get("status")
    title = _lines([("", _short(t.get("text") or t.get("label"), TOOLTIP_TEXT_MAX)),
                    ("deadline", _deadline_text(t.get("deadline"), lang)),
                    ("status", words["statuses"].get(status, status) if status else None),
                    ("lead", ", ".join(t.get("lead") or [])), ("document", t.get("document_label")),
                    ("", t["iri"])], lang)
    return VizNode(id=t["iri"], label=_short(t.get("text") or t.get("label") or t["iri"]), title=title,
                   level="task", rank=rank, kind="task", group=group, keep=keep)


# --- lineage ------------------------------------------------------------------------------------

def band_layers(bands: dict[str, str], edges: Iterable[tuple[str, str]], order: Sequence[str]) -> dict[str, int]:
    """A layer (rank, 0 at the top) per node: the bands in ``order`` top-down, each band as many
    layers as its longest chain of edges inside it, so that an edge ``u → v`` (u rests on v)
    between two nodes of one band always points up: ``rank[v] < rank[u]``. A cycle (bad data)
    is cut where the walk first closes it.

    >>> band_layers({"a": "x", "b": "x", "c": "y"}, [("b", "a"), ("c", "b")], ("x", "y"))
    {'a': 0, 'b': 1, 'c': 2}
    """
    up: dict[str, list[str]] = {}
    for u, v in edges:
        if u != v and u in bands and bands.get(u) == bands.get(v):
            up.setdefault(u, []).append(v)
    height: dict[str, int] = {}

    def climb(start: str) -> None:  # iterative DFS: how many hops lead up from a node inside its band
        stack, on_path = [(start, iter(sorted(up.get(start, ()))))], {start}
        while stack:
            node, todo = stack[-1]
            nxt = next((v for v in todo if v not in on_path), None)
            if nxt is None:
                stack.pop()
                on_path.discard(node)
                height[node] = max((height[v] + 1 for v in up.get(node, ()) if v in height), default=0)
            elif nxt not in height:
                on_path.add(nxt)
                stack.append((nxt, iter(sorted(up.get(nxt, ())))))

    for n in sorted(bands):
        if n not in height:
            climb(n)
    offset, out = 0, {}
    for band in order:
        members = [n for n in bands if bands[n] == band]
        for n in members:
            out[n] = offset + height[n]
        offset += 1 + max((height[n] for n in members), default=-1)
    return out


def lineage_graph(trace_result: dict, *, lang: str = "vi") -> VizGraph:
    """The lineage of a task or document from the dict :func:`cancu.graph.trace` returns.

    Layers (:func:`band_layers`): national basis at the top, provincial, then local
    documents, each level as deep as its longest chain (the ward decision above the plan
    it issues, the submission that proposed it above the decision), and the traced task
    or document at the bottom. Every hop is an edge from the citing node to its basis,
    labelled with the relation; every edge points up.
    """
    lang = lang_or_default(lang)
    docs = {d["iri"]: d for d in trace_result.get("documents", [])}
    target = trace_result["target"]
    hops = trace_result.get("hops", [])
    bands = {i: BAND_OF_LEVEL.get(d.get("level") or "unknown", "local") for i, d in docs.items()}
    for h in hops:  # a hop to a node trace did not describe is still drawn, as a local document
        for end in (h["from"], h["to"]):
            bands.setdefault(end, "local")
    bands[target["iri"]] = "target"
    rank = band_layers(bands, [(h["from"], h["to"]) for h in hops], (*BANDS, "target"))

    g = VizGraph(meta={"view": "lineage", "query": trace_result.get("query")}, lang=lang)
    if target.get("type") == "task":
        g.add_node(task_node({**target, "text": target.get("text") or target.get("label")},
                             rank=rank[target["iri"]], keep=True, lang=lang))
    else:
        me = {"iri": target["iri"], "label": target.get("label"), "title": target.get("text"), "level": None}
        node = document_node(me, rank=rank[target["iri"]], band="target", keep=True, lang=lang)
        node.label = _short(target.get("label") or target["iri"])
        g.add_node(node)
    g.meta["target"] = target["iri"]
    for d in sorted(docs.values(), key=lambda d: (d.get("depth") or 0, d["iri"])):
        g.add_node(document_node(d, rank=rank[d["iri"]], lang=lang))
    for h in hops:
        for end in (h["from"], h["to"]):
            if g.node(end) is None:
                g.add_node(VizNode(id=end, label=end.rsplit("/", 1)[-1], title=end, rank=rank[end], group="local"))
        g.add_edge(h["from"], h["to"], h["relation"])
    return g


# --- neighbourhood ------------------------------------------------------------------------------

def _check_page(limit: int, offset: int) -> None:
    if limit < 1:
        raise BadPageError(f"limit must be at least 1, not {limit}")
    if offset < 0:
        raise BadPageError(f"offset must be 0 or more, not {offset}")


def relation_key_label(key: str, n: int, lang: str = "vi") -> str:
    direction, _, rel = key.partition(":")
    return f"{labels(lang)['directions'].get(direction, direction)} · {relation_label(rel, lang)}: {n}"


def neighbours(store, iri: str) -> dict[str, list[str]]:
    """``{"basis:can_cu": [iri...], "cited_by:task_of": [...], ...}`` for one document.

    A pair joined by a lineage relation is not listed again as a bare citation.
    """
    by_key: dict[str, set[str]] = {}
    linked: set[tuple[str, str]] = set()
    from cancu.graph.reader import as_reader

    for r in as_reader(store).neighbour_rows(iri):
        if r["other"] == iri:
            continue
        by_key.setdefault(f"{r['dir']}:{r['rel']}", set()).add(r["other"])
        if r["rel"] != "cites":
            linked.add((r["dir"], r["other"]))
    for direction in ("basis", "cited_by"):
        key = f"{direction}:cites"
        if key in by_key:
            by_key[key] = {o for o in by_key[key] if (direction, o) not in linked}
            if not by_key[key]:
                del by_key[key]
    return {k: sorted(v) for k, v in sorted(by_key.items())}


def _task_infos(store, iris: list[str]) -> dict[str, dict]:
    from cancu.graph.reader import as_reader

    return {r["task"]: {"iri": r["task"], "text": r["text"], "document": r["doc"]}
            for r in as_reader(store).task_texts(iris)}


def neighbourhood_graph(store, iri: str, *, relation: Optional[str] = None, limit: int = 50,
                        offset: int = 0, lang: str = "vi") -> VizGraph:
    """A document with its basis above and what rests on it below.

    With few neighbours (at most ``limit``) all are drawn. Otherwise the view first
    reports one node per relation (``basis:can_cu``, ``cited_by:task_of``, …) with its
    count; ``relation`` expands one of them, ``limit`` neighbours from ``offset``, with
    "next"/"previous" nodes that reload the view on the neighbouring page.
    ``meta["counts"]`` holds every relation's count either way.
    """
    from cancu.graph.lineage import documents

    _check_page(limit, offset)
    by_key = neighbours(store, iri)
    if relation is not None and relation not in by_key:
        have = ", ".join(by_key) or "none"
        raise UnknownRelationError(f"{iri} has no neighbours by {relation!r} (it has: {have})")
    counts = {k: len(v) for k, v in by_key.items()}
    everyone = sorted({o for v in by_key.values() for o in v})
    show_all = relation is None and len(everyone) <= limit

    if show_all:
        shown = {k: v for k, v in by_key.items()}
    elif relation is None:
        shown = {}
    else:
        shown = {relation: by_key[relation][offset:offset + limit]}
    shown_iris = sorted({o for v in shown.values() for o in v})
    task_iris = [o for o in shown_iris if any(o in v for k, v in shown.items() if k.endswith(":task_of"))]
    tasks = _task_infos(store, task_iris)
    docs = documents(store, [iri] + [o for o in shown_iris if o not in tasks])

    lang = lang_or_default(lang)
    g = VizGraph(direction="LR", meta={"view": "neighbourhood", "center": iri, "counts": counts, "relation": relation,
                       "offset": offset, "limit": limit, "total": len(everyone),
                       "expanded": "all" if show_all else relation}, lang=lang)
    center = document_node(docs[iri], rank=3, band="target", keep=True, lang=lang)
    g.add_node(center)
    for key, others in shown.items():
        direction, _, rel = key.partition(":")
        for o in others:
            if o in tasks:
                g.add_node(task_node(tasks[o], rank=5, group=key, lang=lang))
            else:
                d = docs[o]
                band = BAND_OF_LEVEL.get(d.get("level") or "unknown", "local")
                rank = BANDS.index(band) if direction == "basis" else 4
                g.add_node(document_node(d, rank=rank, group=key, lang=lang))
            if direction == "basis":
                g.add_edge(iri, o, rel)
            else:
                g.add_edge(o, iri, rel)
    if not show_all:
        _relation_summaries(g, iri, by_key, relation)
        if relation is not None:
            _pager(g, iri, relation, len(by_key[relation]), limit, offset)
    g.meta["shown"] = sum(1 for n in g.nodes if n.kind in ("document", "task")) - 1
    return g


def _relation_summaries(g: VizGraph, iri: str, by_key: dict[str, list[str]], expanded: Optional[str]) -> None:
    """One node per relation not expanded: its count, and a link that expands it."""
    for key, others in by_key.items():
        if key == expanded:
            continue
        direction = key.partition(":")[0]
        node_id = f"{iri}#relation={key}"
        text = relation_key_label(key, len(others), g.lang)
        g.add_node(VizNode(id=node_id, label=text, title=f"{labels(g.lang)['more']['expand']}: {text}",
                           level="group", rank=2 if direction == "basis" else 4, kind="group", group="relations",
                           url=f"?relation={key}", target="self", keep=True))
        if direction == "basis":
            g.add_edge(iri, node_id, key.partition(":")[2])
        else:
            g.add_edge(node_id, iri, key.partition(":")[2])


def _pager(g: VizGraph, iri: str, relation: str, total: int, limit: int, offset: int) -> None:
    st = labels(g.lang)["more"]
    direction = relation.partition(":")[0]
    rank = 2 if direction == "basis" else 6
    pages = []
    if offset > 0:
        pages.append(("previous", max(0, offset - limit)))
    if offset + limit < total:
        pages.append(("next", offset + limit))
    for which, off in pages:
        node_id = f"{iri}#relation={relation}&offset={off}"
        left = total - off
        g.add_node(VizNode(id=node_id, label=f"{st[which]} ({off + 1}–{off + min(limit, left)} / {total})",
                           title=f"{st[which]}: {relation_key_label(relation, total, g.lang)}", level="more", rank=rank,
                           kind="more", group="pages", url=f"?relation={relation}&offset={off}", target="self",
                           keep=True))
        if direction == "basis":
            g.add_edge(iri, node_id, "more")
        else:
            g.add_edge(node_id, iri, "more")
    g.meta["pages"] = {w: o for w, o in pages}


# --- agency -------------------------------------------------------------------------------------

#: statuses in the agency view, the ones needing attention first
STATUS_ORDER = ("qua_han", "sap_qua_han", "chua_den_han", "dung_han", "recurring", "conditional", "no_deadline")


def agency_graph(store, agency_iri: str, *, limit: int = 200, lang: str = "vi") -> VizGraph:
    """An agency's tasks (its own and its sub-organisations'), grouped by deadline status.

    Layers: the agency, one node per status with its count (overdue first), the
    tasks ordered by deadline, and the documents the tasks belong to. At most
    ``limit`` tasks are drawn; ``meta`` says how many there are.
    """
    from cancu.graph.analytics import get_agency, tasks
    from cancu.graph.lineage import documents

    _check_page(limit, 0)
    ag = get_agency(store, agency_iri)
    lang = lang_or_default(lang)
    st = labels(lang)
    order = list(STATUS_ORDER)
    rows = tasks(store, agency=ag["iri"])
    rows.sort(key=lambda t: (order.index(t["status"]) if t["status"] in order else len(order),
                             ((t.get("deadline") or {}).get("end") or "9999"), t["iri"]))
    counts: dict[str, int] = {}
    for t in rows:
        counts[t["status"]] = counts.get(t["status"], 0) + 1
    page = rows[:limit]
    g = VizGraph(direction="LR", meta={"view": "agency", "agency": ag["iri"], "counts": counts, "total": len(rows),
                       "shown": len(page), "truncated": len(rows) > len(page), "limit": limit}, lang=lang)
    g.add_node(VizNode(id=ag["iri"], label=ag.get("label") or ag["iri"],
                       title=_lines([("", ag.get("label")), ("level", st["levels"].get(ag.get("level") or "", None)),
                                     ("", ag.get("unit_label")), ("tasks", len(rows)), ("", ag["iri"])], lang),
                       level="agency", rank=0, kind="agency", group="agency", keep=True))
    for status, n in counts.items():
        sid = f"{ag['iri']}#status={status}"
        label = st["statuses"].get(status, status)
        g.add_node(VizNode(id=sid, label=f"{label}: {n}", title=f"{label}: {n}", level="group", rank=1,
                           kind="group", group="statuses", keep=True))
        g.add_edge(ag["iri"], sid, "status")
    docs = documents(store, {t["document"] for t in page})
    for t in page:
        g.add_node(task_node(t, rank=2, group=f"status:{t['status']}", lang=lang))
        g.add_edge(f"{ag['iri']}#status={t['status']}", t["iri"], "lead")
        d = docs[t["document"]]
        g.add_node(document_node(d, rank=3, group="documents", lang=lang))
        g.add_edge(t["iri"], t["document"], "task_of")
    if len(rows) > len(page):
        more = f"{ag['iri']}#more"
        g.add_node(VizNode(id=more, label=st["more"]["hidden"].format(n=len(rows) - len(page)),
                           title=st["more"]["hidden"].format(n=len(rows) - len(page)), level="more", rank=2,
                           kind="more", group="pages", keep=True))
        g.add_edge(ag["iri"], more, "more")
    return g
