"""The structured document model between a file and the extractors.

A reader (``loaders/formats/*``) turns a file into a :class:`Layout`: its plain
text (what every ``[start, end)`` offset of ``cancu extract`` indexes) and the
blocks of that text in reading order — paragraphs, and tables as grids of cells
with their row and column spans. Each block and each cell carries the offsets
of its text in :attr:`Layout.text`, so an extractor that reads a cell can still
quote the source.

Why: Word and PDF know where a table cell ends and which column a line belongs
to; flattening them into lines and guessing the structure back (issue 11) loses
the task rows of a table (the lead and deadline cells ran into the task text)
and the two-column header (the number and the date line ran into each other).

The plain text is built with :class:`TextBuilder`, which appends strings and
records their offsets, so the text and the blocks cannot disagree:

>>> b = TextBuilder()
>>> p = b.paragraph("ỦY BAN NHÂN DÂN", style="Heading 1", bold=True)
>>> b.text[p.start:p.end]
'ỦY BAN NHÂN DÂN'
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterator, Optional, Union

__all__ = ["Paragraph", "Cell", "Table", "Block", "Layout", "TextBuilder", "remapped"]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph (DOCX, HTML) or a visual line (PDF) of the text.

    ``numbering`` is the list label the format draws in front of the text
    ("1.", "a)", "-"); it is part of ``text`` as rendered. ``role`` says where
    the paragraph sits outside the body flow: ``page_header``, ``footnote``,
    ``text_box``; ``column`` is 0 (left) or 1 (right) for the two halves of a PDF
    header laid out in columns, else None.
    """

    text: str
    start: int
    end: int
    style: Optional[str] = None
    numbering: Optional[str] = None
    bold: bool = False
    italic: bool = False
    page: Optional[int] = None
    role: Optional[str] = None
    column: Optional[int] = None
    #: PDF: the line's left and right edges in points (a first-line indent and a line
    #: that stops short of the margin tell where a paragraph starts and ends; issue 12).
    x0: Optional[float] = None
    x1: Optional[float] = None

    def __repr__(self) -> str:
        return f"<Paragraph [{self.start},{self.end}) {self.text[:50]!r}>"


@dataclass(frozen=True)
class Cell:
    """One cell of a table grid: its position, spans, content blocks and text offsets.

    A cell merged over several grid columns (DOCX ``gridSpan``, HTML ``colspan``)
    has ``colspan > 1``; a cell merged over rows (``vMerge``, ``rowspan``) appears
    once, in its first row, with ``rowspan > 1``.
    """

    row: int
    col: int
    rowspan: int
    colspan: int
    blocks: tuple["Block", ...]
    start: int
    end: int
    text: str

    def __repr__(self) -> str:
        return f"<Cell r{self.row}c{self.col} {self.text[:30]!r}>"

    @property
    def paragraphs(self) -> list[Paragraph]:
        """Every paragraph of the cell, nested tables included, in order."""
        out: list[Paragraph] = []
        for b in self.blocks:
            out.extend(b.paragraphs if isinstance(b, Table) else [b])
        return out


@dataclass(frozen=True)
class Table:
    """A table as a grid: ``rows[r]`` lists the cells that start in row ``r``."""

    rows: tuple[tuple[Cell, ...], ...]
    n_cols: int
    start: int
    end: int
    page: Optional[int] = None
    role: Optional[str] = None

    def __repr__(self) -> str:
        return f"<Table {len(self.rows)}x{self.n_cols} [{self.start},{self.end})>"

    @property
    def paragraphs(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        for row in self.rows:
            for c in row:
                out.extend(c.paragraphs)
        return out

    def grid(self) -> list[list[Optional[Cell]]]:
        """Rows × columns of the cell covering each position (a merged cell repeats)."""
        g: list[list[Optional[Cell]]] = [[None] * self.n_cols for _ in self.rows]
        for row in self.rows:
            for c in row:
                for r in range(c.row, min(len(self.rows), c.row + c.rowspan)):
                    for k in range(c.col, min(self.n_cols, c.col + c.colspan)):
                        g[r][k] = c
        return g


Block = Union[Paragraph, Table]


@dataclass
class Layout:
    """A file read as structured text: the plain text and its blocks in reading order."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    format: str = "text"
    #: What the reader noticed and repaired or left out (shown by ``cancu extract``? no: for debugging).
    notes: list[str] = field(default_factory=list)
    #: How scanned pages were read (an ``ocr.OcrInfo``), None when all text came from the file itself.
    ocr: Optional[Any] = None

    def __repr__(self) -> str:
        return f"<Layout {self.format} {len(self.blocks)} blocks {len(self.text)} chars>"

    def tables(self) -> Iterator[Table]:
        """Every table, nested ones after the table that holds them."""
        def walk(blocks) -> Iterator[Table]:
            for b in blocks:
                if isinstance(b, Table):
                    yield b
                    for row in b.rows:
                        for c in row:
                            yield from walk(c.blocks)
        yield from walk(self.blocks)

    def paragraphs(self) -> list[Paragraph]:
        out: list[Paragraph] = []
        for b in self.blocks:
            out.extend(b.paragraphs if isinstance(b, Table) else [b])
        return out

    def dump(self) -> str:
        """A readable outline of the blocks (to check a reading by eye against the page)."""
        lines: list[str] = []

        def walk(blocks, depth: int) -> None:
            pad = "  " * depth
            for b in blocks:
                if isinstance(b, Table):
                    lines.append(f"{pad}TABLE {len(b.rows)}x{b.n_cols} [{b.start},{b.end})"
                                 + (f" page {b.page}" if b.page is not None else "")
                                 + (f" {b.role}" if b.role else ""))
                    for row in b.rows:
                        for c in row:
                            span = (f" span {c.rowspan}x{c.colspan}" if (c.rowspan, c.colspan) != (1, 1) else "")
                            lines.append(f"{pad}  r{c.row}c{c.col}{span} [{c.start},{c.end})")
                            walk(c.blocks, depth + 2)
                else:
                    flags = "".join(x for x, on in (("B", b.bold), ("I", b.italic)) if on)
                    meta = " ".join(x for x in (b.style and f"style={b.style!r}",
                                                b.numbering and f"num={b.numbering!r}", flags,
                                                b.role, b.column is not None and f"col={b.column}") if x)
                    lines.append(f"{pad}P [{b.start},{b.end}) {meta} {b.text[:90]!r}".replace("  ", " "))
        walk(self.blocks, 0)
        return "\n".join(lines)


def remapped(layout: Layout, text: str, span: Callable[[int, int], tuple[int, int]],
             fold: Callable[[str], str]) -> Layout:
    """``layout`` over a new ``text``: each block's offsets through ``span`` (old ``[start, end)`` → new), its own
    strings through ``fold`` (the same change of characters: :func:`cancu.loaders.read` folds what a reader cannot
    see once, for the flat text and every block alike)."""
    def block(b: Block) -> Block:
        s, e = span(b.start, b.end)
        if isinstance(b, Table):
            return replace(b, start=s, end=e, rows=tuple(tuple(cell(c) for c in row) for row in b.rows))
        return replace(b, start=s, end=e, text=fold(b.text), numbering=b.numbering and fold(b.numbering))

    def cell(c: Cell) -> Cell:
        s, e = span(c.start, c.end)
        return replace(c, start=s, end=e, text=fold(c.text), blocks=tuple(block(b) for b in c.blocks))

    return replace(layout, text=text, blocks=[block(b) for b in layout.blocks])


class TextBuilder:
    """Appends text and records where each piece landed (the one way readers build text).

    Appending is O(1): pieces are joined only when :attr:`text` is read, and the
    line-break checks look at the last piece (a per-paragraph join made reading a
    long page quadratic).
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0

    @property
    def pos(self) -> int:
        return self._len

    @property
    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def write(self, s: str) -> tuple[int, int]:
        start = self._len
        if s:
            self._parts.append(s)
            self._len += len(s)
        return start, self._len

    def ends_with_newline(self) -> bool:
        return self._len == 0 or self._parts[-1].endswith("\n")

    def newline(self) -> None:
        """Start a new line unless the text is empty or already at the start of one."""
        if not self.ends_with_newline():
            self.write("\n")

    def since(self, start: int) -> str:
        """The text written from offset ``start`` on, without joining everything before it."""
        pieces: list[str] = []
        n = self._len
        for part in reversed(self._parts):
            if n <= start:
                break
            n -= len(part)
            pieces.append(part)
        return "".join(reversed(pieces))[start - n:]

    def unwrite_newline(self) -> bool:
        """Take back a line break just written (a table cell that ends on one); whether there was one."""
        if self._len and self._parts[-1].endswith("\n"):
            last = self._parts.pop()[:-1]
            if last:
                self._parts.append(last)
            self._len -= 1
            return True
        return False

    def paragraph(self, text: str, **meta) -> Paragraph:
        """Write ``text`` on a line of its own and return its block."""
        self.newline()
        s, e = self.write(text)
        self.write("\n")
        return Paragraph(text, s, e, **meta)
