"""Graph views of cancu (pyvis / vis-network): a task's lineage, a document's
neighbourhood, an agency's tasks.

:mod:`cancu.viz.graphs` decides what a view shows (plain data, :class:`VizGraph`);
:mod:`cancu.viz.render` draws it as one HTML page that works offline;
:mod:`cancu.viz.commands` adds ``cancu viz``.
"""

from cancu.viz.graphs import VizEdge, VizGraph, VizNode, agency_graph, lineage_graph, neighbourhood_graph
from cancu.viz.render import assets_dir, render_html

__all__ = ["lineage_graph", "neighbourhood_graph", "agency_graph", "render_html", "assets_dir", "VizGraph",
           "VizNode", "VizEdge"]
