"""Repair a text that arrives damaged by the page or the copy it comes from, before anything reads it.

Two kinds of damage, seen on legal web sites (set o), make a real document unreadable as one, since the
classifier and the header reader read lines:

- the line breaks of the source written out as the two-character escapes ``\\r\\n`` (a site that stored its
  text escaped: ``Số: 54/KH-UBND \\r\\n | \\r\\n Lạng Sơn, ngày …``);
- a whole document flattened onto one line, every line break lost (a forum post, a PDF text layer copied as
  one paragraph: ``BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VP… - Căn cứ Điều lệ …; QUYẾT ĐỊNH Điều 1. …``).

Every repair keeps the text's length, one character for one (an escape's characters become a line break and
spaces, a space before a line opener becomes a line break), so offsets into the repaired text index the file
as read and every span still quotes it. The patterns are in ``data/damaged_text.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from cancu.loaders import motto, tables

# a line this long holding a header's opener and another opener is a flattened document, not a paragraph
_FLAT_LINE = 600
# how far into the flattened line the header's opener stands (the header opens the document)
_HEADER_REACH = 600
# fewer real line breaks than this: a text's escaped breaks are its only ones
_REAL_BREAKS = 3
# as many escaped breaks as this before they are read as breaks ("\n" in one line of prose is a typo)
_ESCAPES = 3


@lru_cache(maxsize=None)
def _escaped_break() -> re.Pattern[str]:
    return re.compile(tables.load("damaged_text")["escaped_break"]["pattern"])


@lru_cache(maxsize=None)
def _openers() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(every line opener, the header's openers)."""
    entries = tables.load("damaged_text")["line_openers"]
    every = "|".join(f"(?:{_opener_pattern(e)})" for e in entries)
    header = "|".join(f"(?:{_opener_pattern(e)})" for e in entries if e["header"])
    return re.compile(every), re.compile(header)


def _opener_pattern(entry: dict[str, Any]) -> str:
    """A line opener's pattern; the motto's words are named forms of ``data/mottos.json``, one table for every
    reader of the motto: the opener is that form, or its own pattern follows that form."""
    if "motto_form" in entry:
        return motto.form(entry["motto_form"])
    after = entry.get("after_motto_form")
    return f"(?<={motto.form(after)}){entry['pattern']}" if after else entry["pattern"]


def unescape_breaks(text: str) -> str:
    r"""Line breaks written out as ``\r\n`` become whitespace: a line break (then spaces) when the text has no real
    line breaks of its own, else spaces (the real breaks end the paragraphs; the escapes were the source's wraps
    inside them, as a page shows them).

    >>> unescape_breaks(r"Số: 54/KH-UBND \r\n | \r\n Lạng Sơn\r\nngày 27").split("\n")
    ['Số: 54/KH-UBND ', '    | ', '    Lạng Sơn', '   ngày 27']
    >>> unescape_breaks("Số: 54/KH-UBND\n\n\nQuyết định số 1896/QĐ-TTg\\r\\nngày \\r\\n 25/12 \\n")[-28:]
    'QĐ-TTg    ngày      25/12   '
    """
    rx = _escaped_break()
    if len(rx.findall(text)) < _ESCAPES:
        return text
    if text.count("\n") >= _REAL_BREAKS:
        return rx.sub(lambda m: " " * len(m.group()), text)
    return rx.sub(lambda m: "\n" + " " * (len(m.group()) - 1), text)


def _break_before(line: str, pos: int) -> int | None:
    """Where to put the line break for an opener at ``pos``: the space before its bullet ("…; - Căn cứ"), else the
    space or rule character ("***Số:") just before it; None when it is glued to a word."""
    q = pos
    while q > 0 and line[q - 1] in " \t":
        q -= 1
    if q >= 2 and line[q - 1] == "-" and line[q - 2] in " \t":
        return q - 2
    if pos > 0 and line[pos - 1] in " \t*_|":
        return pos - 1
    return None


def reopen_lines(text: str) -> str:
    """Line breaks back before the line openers of a document flattened onto one line.

    Only a long line that opens with a header (the motto, a ``Số:`` line) and holds another opener is touched: an
    ordinary text keeps its paragraphs as they are.

    >>> flat = reopen_lines("BAN CHẤP HÀNH TRUNG ƯƠNG***Số: 367 - QĐ/TWĐTN-VP " + "x " * 300 + "- Căn cứ Điều lệ Đoàn;")
    >>> [line[:20] for line in flat.split("\\n")]
    ['BAN CHẤP HÀNH TRUNG ', 'Số: 367 - QĐ/TWĐTN-V', '- Căn cứ Điều lệ Đoà']
    """
    every, header = _openers()
    out = []
    for line in text.split("\n"):
        if len(line) >= _FLAT_LINE and header.search(line[:_HEADER_REACH]):
            at = [b for m in every.finditer(line) if (b := _break_before(line, m.start())) is not None]
            if len(at) >= 2:
                chars = list(line)
                for b in at:
                    chars[b] = "\n"
                line = "".join(chars)
        out.append(line)
    return "\n".join(out)


def repair(text: str) -> str:
    """Every repair of this module, in order; the text itself when it is not damaged (same length either way)."""
    return reopen_lines(unescape_breaks(text))
