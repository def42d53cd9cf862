"""The errors a user of the graph views can cause (all :class:`cancu.errors.CancuError`)."""

from __future__ import annotations

from cancu.errors import CancuError


class VizError(CancuError):
    """A graph view cannot be drawn as asked."""

    code = "viz-error"


class UnknownViewError(VizError, ValueError):
    """A view name other than lineage, neighbourhood or agency."""

    code = "unknown-view"


class ViewMismatchError(VizError):
    """The view does not fit the node (e.g. an agency view of a document)."""

    code = "view-mismatch"


class UnknownRelationError(VizError, ValueError):
    """A neighbourhood relation key the document does not have."""

    code = "unknown-relation"


class BadPageError(VizError, ValueError):
    """A page size below 1 or a negative offset."""

    code = "bad-page"


class BadAssetsError(VizError, ValueError):
    """An ``assets`` value that is neither ``inline`` nor a URL prefix."""

    code = "bad-assets"
