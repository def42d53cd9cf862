"""HTML → :class:`~cancu.loaders.blocks.Layout`, with a real parser (lxml).

Block elements (``p``, ``div``, headings, list items …) become paragraphs, ``br`` a
line break inside one; ``table`` becomes a grid of cells with their ``colspan`` and
``rowspan`` (tables nested in cells included); ``script``, ``style``, ``head`` and
comments are dropped. Whitespace runs inside a paragraph are one space, as a browser
shows them (``pre`` keeps its lines).

A parser instead of regular expressions: the regex reader it replaces scanned
``<script>…</script>`` blocks with a backtracking pattern whose cost grew with the
square of an unclosed tag's distance to the end of the page (issue 15), and it
flattened tables into TAB-separated lines that the task reader then had to guess
back into cells.

Plain text: one line per paragraph; a table row is its cells separated by TAB, a
cell's paragraphs by line breaks, then a line break after the row (as for DOCX).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Union

from cancu.errors import UnreadableFileError
from cancu.loaders.blocks import Block, Cell, Layout, Paragraph, Table, TextBuilder
from cancu.loaders.formats.list_labels import number_text

__all__ = ["read_html"]

_SKIP = {"script", "style", "head", "noscript", "template", "iframe", "object", "svg", "math", "select", "button"}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section",
          "article", "header", "footer", "main", "aside", "nav", "blockquote", "pre", "center", "address",
          "figure", "figcaption", "form", "fieldset", "legend", "caption", "hr", "body", "html", "details",
          "summary"}
_BOLD = {"b", "strong", "th", "h1", "h2", "h3", "h4", "h5", "h6"}
_ITALIC = {"i", "em"}
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
#: how a list's items are numbered, from ``<ol type>`` or CSS ``list-style-type`` (Word's names);
#: "bullet" items are drawn "-", as the DOCX reader draws Word's bullets
_OL_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
_CSS_TYPES = {"decimal": "decimal", "decimal-leading-zero": "decimalZero", "lower-alpha": "lowerLetter",
              "lower-latin": "lowerLetter", "upper-alpha": "upperLetter", "upper-latin": "upperLetter",
              "lower-roman": "lowerRoman", "upper-roman": "upperRoman", "none": "none", "disc": "bullet",
              "circle": "bullet", "square": "bullet"}
_CSS_LIST = re.compile(r"list-style(?:-type)?\s*:\s*([^;]*)", re.I)


@dataclass
class _P:
    text: str
    bold: bool
    italic: bool
    numbering: Optional[str] = None


@dataclass
class _Cell:
    rowspan: int
    colspan: int
    items: list["_Item"] = field(default_factory=list)


@dataclass
class _T:
    rows: list[list[_Cell]]


_Item = Union[_P, _T]


class _Collector:
    """Walks the element tree and collects paragraphs and tables in order."""

    def __init__(self) -> None:
        self.items: list[_Item] = []
        self._buf: list[tuple[str, bool, bool]] = []
        self._pre = 0
        #: the open lists, innermost last: [number format, the last number drawn]
        self._lists: list[list] = []
        #: the marker of the list item being read, drawn in front of its first paragraph
        self._label: Optional[str] = None

    def flush(self) -> None:
        if not self._buf:
            return
        text = "".join(x for x, _, _ in self._buf)
        if not self._pre:
            text = "\n".join(_SPACE.sub(" ", line).strip() for line in text.split("\n"))
        text = text.strip("\n").strip()
        if text:
            letters = [(len(x.strip()), b, i) for x, b, i in self._buf if x.strip()]
            total = sum(n for n, _, _ in letters) or 1
            label, self._label = self._label, None
            self.items.append(_P(f"{label} {text}" if label else text,
                                 sum(n for n, b, _ in letters if b) / total >= 0.6,
                                 sum(n for n, _, i in letters if i) / total >= 0.6, label))
        self._buf = []

    def open_item(self, li) -> None:
        """Number a list item as a browser draws its marker: "-" for a bullet, "3." for an ``ol``'s third."""
        fmt, n = self._lists[-1] if self._lists else ("bullet", 0)
        fmt = _list_format(li) or fmt
        value = li.get("value")
        n = int(value) if value and value.strip().lstrip("-").isdigit() else n + 1
        if self._lists:
            self._lists[-1][1] = n
        if fmt == "bullet":
            self._label = "-"
        elif fmt != "none":
            self._label = number_text(n, fmt) + "."

    def text(self, s: Optional[str], bold: bool, italic: bool) -> None:
        if s:
            self._buf.append((s, bold, italic))

    def walk(self, el, bold: bool = False, italic: bool = False) -> None:
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:  # a comment or processing instruction: only its tail is text
            self.text(el.tail, bold, italic)
            return
        tag = tag.lower().rsplit("}", 1)[-1]
        if tag in _SKIP:
            self.text(el.tail, bold, italic)
            return
        if tag == "br":
            self.text("\n", bold, italic)
            self.text(el.tail, bold, italic)
            return
        if tag == "table":
            self.flush()
            self.items.append(self.table(el))
            self.text(el.tail, bold, italic)
            return
        b, i = bold or tag in _BOLD, italic or tag in _ITALIC
        block = tag in _BLOCK or tag in ("td", "th", "tr")
        if block:
            self.flush()
        if tag == "pre":
            self._pre += 1
        if tag in ("ul", "ol"):
            start = el.get("start") if tag == "ol" else None
            first = int(start) if start and start.strip().lstrip("-").isdigit() else 1
            self._lists.append([_list_format(el) or ("decimal" if tag == "ol" else "bullet"), first - 1])
        elif tag == "li":
            self.open_item(el)
        self.text(el.text, b, i)
        for child in el:
            self.walk(child, b, i)
        if tag == "pre":
            self._pre -= 1
        if block:
            self.flush()
        if tag in ("ul", "ol"):
            self._lists.pop()
        elif tag == "li":
            self._label = None  # an empty item draws its marker alone: no text to put it on
        self.text(el.tail, bold, italic)

    def table(self, tbl) -> _T:
        rows: list[list[_Cell]] = []
        for tr in _rows(tbl):
            row: list[_Cell] = []
            for td in tr:
                if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                    continue
                sub = _Collector()
                sub.text(td.text, td.tag.lower() == "th", False)
                for child in td:
                    sub.walk(child, td.tag.lower() == "th", False)
                sub.flush()
                row.append(_Cell(_span(td.get("rowspan")), _span(td.get("colspan")), sub.items))
            rows.append(row)
        return _T(rows)


def _list_format(el) -> Optional[str]:
    """The number format an ``ol``/``ul``/``li`` sets itself (``type`` or an inline ``list-style``), if any."""
    m = _CSS_LIST.search(el.get("style") or "")
    if m:
        for word in m.group(1).split():
            if word.lower() in _CSS_TYPES:
                return _CSS_TYPES[word.lower()]
    t = (el.get("type") or "").strip()
    if t in _OL_TYPES:
        return _OL_TYPES[t]
    return _CSS_TYPES.get(t.lower()) if t else None


def _span(v: Optional[str]) -> int:
    try:
        return max(1, min(int(str(v).strip()), 1000))
    except (TypeError, ValueError):
        return 1


def _rows(tbl):
    """The rows of a table (in thead/tbody/tfoot or directly under it), not those of nested tables."""
    for child in tbl:
        if not isinstance(child.tag, str):
            continue
        t = child.tag.lower()
        if t == "tr":
            yield child
        elif t in ("thead", "tbody", "tfoot"):
            yield from (r for r in child if isinstance(r.tag, str) and r.tag.lower() == "tr")


def _render(items: list[_Item], out: TextBuilder, *, inline: bool = False) -> list[Block]:
    """Write items to ``out``; inside a cell (``inline``) the first one follows without a break."""
    blocks: list[Block] = []
    for k, item in enumerate(items):
        if inline:
            if k:
                out.write("\n")
        else:
            out.newline()
        if isinstance(item, _P):
            s, e = out.write(item.text)
            blocks.append(Paragraph(item.text, s, e, numbering=item.numbering, bold=item.bold, italic=item.italic))
            if not inline:
                out.write("\n")
        else:
            blocks.append(_render_table(item, out))
            if inline:
                out.unwrite_newline()
    return blocks


def _render_table(t: _T, out: TextBuilder) -> Table:
    t_start = out.pos
    taken: dict[tuple[int, int], bool] = {}
    rows: list[tuple[Cell, ...]] = []
    n_cols = 0
    for r, row in enumerate(t.rows):
        col = 0
        cells: list[Cell] = []
        for k, c in enumerate(row):
            while taken.get((r, col)):
                col += 1
            for dr in range(c.rowspan):
                for dc in range(c.colspan):
                    taken[(r + dr, col + dc)] = True
            if k:
                out.write("\t")
            c_start = out.pos
            blocks = _render(c.items, out, inline=True)
            cells.append(Cell(r, col, min(c.rowspan, len(t.rows) - r), c.colspan, tuple(blocks), c_start, out.pos,
                              out.since(c_start)))
            col += c.colspan
        n_cols = max(n_cols, col)
        out.write("\n")
        rows.append(tuple(cells))
    return Table(tuple(rows), n_cols, t_start, out.pos)


def read_html(markup: str, *, source: str) -> Layout:
    """Read an HTML page (already decoded) into a layout."""
    from lxml import etree
    from lxml import html as lxml_html

    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)  # lxml refuses str input with an encoding declaration
    try:
        root = lxml_html.document_fromstring(markup) if markup.strip() else None
    except (etree.ParserError, ValueError) as exc:
        raise UnreadableFileError(f"not a readable HTML page ({exc})", source=source) from None
    col = _Collector()
    if root is not None:
        col.walk(root)
        col.flush()
    out = TextBuilder()
    blocks = _render(col.items, out)
    text = out.text
    if not text.endswith("\n"):
        text += "\n"
    return Layout(text, blocks, "html")
