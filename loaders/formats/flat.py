"""Flat text (``.txt`` pdftotext output, Markdown) → a :class:`~cancu.loaders.blocks.Layout` of lines.

Flat text has no structure to keep: its layout is one paragraph per non-empty
line, with the offsets of the file as read. Its tables (TAB rows, one cell per
line between ``|`` lines, Markdown pipes, pdftotext wrapping) are rebuilt by the
heuristics of ``loaders/tasks/grid.py`` and ``pdf_columns.py``, which run only on
text read without a structured layout.
"""

from __future__ import annotations

import re

from cancu.loaders.blocks import Layout, Paragraph

__all__ = ["flat_layout"]


def flat_layout(text: str, fmt: str = "text") -> Layout:
    """One paragraph per non-empty line of ``text``."""
    blocks = [Paragraph(m.group(), m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    return Layout(text, list(blocks), fmt)
