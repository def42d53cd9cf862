"""Quotes a reader sees: the text of a source span made readable, and cut where a reader would cut.

Evidence sentences are shown on pages, in trace JSON and in reports. The text as
read carries what the format put around the words — Markdown emphasis and
heading marks (``### **Triển khai …**``), inline HTML (``<b>``, ``<td>``), table
cell separators, pdftotext's blank line after every visual line and symbols
broken by a wrap (``91-\\n\\nKL/TU``). A quote keeps the words and drops the rest
(the cleaning steps of :mod:`cancu.loaders.normalize`, so a quote and the
citation patterns agree on what a symbol looks like), and a quote that must be
shortened ends at a word and never inside a date or a symbol ("ngày 15/12/").
"""

from __future__ import annotations

import re
import unicodedata

from cancu.loaders.normalize import clean
from cancu.loaders.text import MappedText

#: the reference steps without the dash and quote tables: a quote keeps "–" and "“…”" as written
_STEPS = ("newlines", "invisible", "spaces", "lookalikes", "nfc", "markup", "dehyphenate_symbols", "symbol_spaces")
#: what a quote drops beyond the reference steps: cell separators and the tags of table markup
_CELLS = re.compile(r"</?(?:td|th|tr|table|tbody|thead)\b[^>]*>|[\t|]", re.I)
#: a word a reader would not end on: one announcing a date, number, issuer or description, a
#: dangling conjunction or punctuation, a symbol left open ("91-")
_DANGLING = re.compile(r"ngày|số|tháng|năm|của|tại|theo|và|về|với|các|[,;:\-–(]|.*[/\-]", re.I)
#: a date begun and not finished among the last words: "ngày 15", "ngày 13 tháng 01"
_OPEN_DATE = re.compile(r"\bngày(?:\s+\S+){0,4}$", re.I)


def readable(raw: str) -> str:
    """``raw`` (a slice of the text as read) as a reader sees it: no Markdown or HTML marks,
    no cell separators, whitespace collapsed, symbols joined, composed Unicode.

    >>> readable("### **Triển khai Kết luận số 91-\\n\\nKL/TU**\\n\\n")
    'Triển khai Kết luận số 91-KL/TU'
    >>> readable("<td>Phòng Văn hóa</td><td>Thường xuyên</td>")
    'Phòng Văn hóa Thường xuyên'
    """
    t = clean(MappedText.from_source(raw), _STEPS).text
    t = _CELLS.sub(" ", t)
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", t)).strip()


def shorten(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters at a word boundary, never after a word that
    leaves a date, number or symbol unfinished, with '…' when anything was cut.

    >>> shorten("Kế hoạch số 82-KH/TU ngày 15/12/2022 của Thành ủy", 32)
    'Kế hoạch số 82-KH/TU …'
    >>> shorten("Căn cứ Luật Tổ chức chính quyền địa phương;", 200)
    'Căn cứ Luật Tổ chức chính quyền địa phương;'
    """
    if len(text) <= limit:
        return text
    words = text[:limit + 1].split(" ")[:-1]  # the last piece may be cut inside a word
    while len(words) > 1 and _DANGLING.fullmatch(words[-1]):
        words.pop()
    tail = " ".join(words[-6:])
    m = _OPEN_DATE.search(tail)
    if m and not re.search(r"\d{4}", m.group()) and len(words) > 6:
        words = words[:len(words) - len(m.group().split())]
        while len(words) > 1 and _DANGLING.fullmatch(words[-1]):
            words.pop()
    return " ".join(words).rstrip(" ,;:-") + " …"
