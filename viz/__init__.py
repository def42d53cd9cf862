"""Graph views of cancu (pyvis / vis-network): a task's lineage, a document's
neighbourhood, an agency's tasks.

:mod:`cancu.viz.graphs` decides what a view shows (plain data, :class:`VizGraph`);
:mod:`cancu.viz.render` draws it as one HTML page that works offline;
:mod:`cancu.viz.commands` adds ``cancu viz``.

The names below are imported on first use, not with the package: the command line
imports :mod:`cancu.viz.commands` on every start, and the drawing needs the ``viz``
extra (pyvis, jinja2), which a core install does not have.
"""

from __future__ import annotations

import importlib
from typing import Any

#: public name → module that defines it
_WHERE = {
    "VizEdge": "cancu.viz.graphs", "VizGraph": "cancu.viz.graphs", "VizNode": "cancu.viz.graphs",
    "agency_graph": "cancu.viz.graphs", "lineage_graph": "cancu.viz.graphs",
    "neighbourhood_graph": "cancu.viz.graphs",
    "assets_dir": "cancu.viz.render", "render_html": "cancu.viz.render",
}

__all__ = ["lineage_graph", "neighbourhood_graph", "agency_graph", "render_html", "assets_dir", "VizGraph",
           "VizNode", "VizEdge"]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'cancu.viz' has no attribute {name!r}")
    value = getattr(importlib.import_module(_WHERE[name]), name)
    globals()[name] = value
    return value
