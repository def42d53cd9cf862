"""Text analysis the graph needs beside the records: evidence sentences and body-level implementation.

Every fact the graph asserts points back to the sentence it was read from; these
functions find that sentence in the text as read (offsets stay those of the
source), decide whether a citation in running text makes the citing document
implement the cited one ("Tiếp tục quán triệt và triển khai thực hiện nghiêm Kết
luận 91-KL/TU"), and find the "(Ban hành kèm theo Quyết định số …)" line under an
attached plan's title. The vocabulary is data: the basis verbs and clause openers
of ``data/relations.json`` and the body-only words of ``data/body_implements.json``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from cancu.loaders import quotes, tables
from cancu.loaders.records import Span

#: relations of data/relations.json whose verbs also make a body citation an implementation
IMPLEMENTING_RELATIONS = ("thuc_hien", "trien_khai")


def _both_forms(words) -> list[str]:
    # seed 000 writes some letters decomposed ("Căn cứ" on the 76/NQ-CP line)
    return sorted({unicodedata.normalize(f, w) for w in words for f in ("NFC", "NFD")}, key=len, reverse=True)


@lru_cache(maxsize=None)
def _clause_opener() -> re.Pattern[str]:
    """A preamble clause opener (every basis verb of relations.json, as written at a clause start)."""
    return re.compile("|".join(re.escape(w)
                               for w in _both_forms(r["pattern"] for r in tables.relations()["relations"])))


#: where a sentence stops besides ';' and a full stop: the end of a Markdown heading or bold line,
#: a table cell (tab, pipe, HTML cell tags), an HTML paragraph or line break
STRUCTURE = re.compile(r"\*\*[ \t]*\n|_{2}[ \t]*\n|\n[ \t]*#|[\t|]|</?(?:td|th|tr|p)\b[^>]*>|<br\s*/?>", re.I)


def sentence(text: str, start: int, end: int, *, limit: int = 400, lo: int = 0, hi: Optional[int] = None) -> str:
    """The sentence (or ';'-clause) around ``[start, end)`` as a reader sees it (:func:`quotes.readable`),
    cut at a word when longer than ``limit`` (:func:`quotes.shorten`).

    pdftotext output puts a blank line after every visual line, so line breaks
    are not sentence boundaries; only ';', a full stop, the end of a Markdown
    heading or bold line and a table cell are — and a preamble clause opener
    ("Căn cứ", "Xét đề nghị", "Theo đề nghị" …) between the last of those and
    the span (the first basis clause follows the header with no ';'). ``lo`` and
    ``hi`` bound the search (a task's row).

    >>> sentence("Quốc hội; Căn cứ Luật số 72/2025/QH15; Xét đề nghị", 17, 37)
    'Căn cứ Luật số 72/2025/QH15;'
    >>> sentence("### **Triển khai Kết luận số 91-KL/TU**\\n\\nThực hiện Chương trình số 12823/CTr-UBND;", 17, 34)
    'Triển khai Kết luận số 91-KL/TU'
    """
    hi = len(text) if hi is None else hi
    lo = max(lo, start - limit)
    a = max(text.rfind(";", lo, start), text.rfind(". ", lo, start), text.rfind(".\n", lo, start))
    a0 = a + 1 if a >= lo and a != -1 else lo
    for m in STRUCTURE.finditer(text, a0, start):
        a0 = m.end()
    openers = list(_clause_opener().finditer(text, a0, start))
    if openers:
        a0 = openers[-1].start()
    stop = min(hi, end + limit)
    ends = [k + 1 for k in (text.find(";", end, stop), text.find(".\n", end, stop), text.find(". ", end, stop))
            if k != -1]
    m = STRUCTURE.search(text, end, stop)
    if m:
        ends.append(m.start())
    b = min(ends) if ends else stop
    return quotes.shorten(quotes.readable(text[a0:b]), limit)


def quote(text: str, span: Span, *, limit: Optional[int] = None) -> str:
    """The text of ``span`` as a reader sees it: whitespace collapsed, composed (a table row, a line)."""
    q = unicodedata.normalize("NFC", re.sub(r"\s+", " ", text[span[0]:span[1]]).strip())
    return q[:limit] if limit else q


@lru_cache(maxsize=None)
def _implements_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = tables.load("body_implements")
    verbs = [r["pattern"].casefold() for r in tables.relations()["relations"]
             if r["relation"] in IMPLEMENTING_RELATIONS]
    verbs += [w for e in t["body_verbs"] for w in e["words"]]
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(set(xs), key=len, reverse=True))  # noqa: E731
    kinds = re.compile(rf"\s*(?:{alt(t['kinds'])})(?:\s+số)?\s*$", re.I)
    verb = re.compile(rf"(?:{alt(verbs)})(?:\s+(?:{alt(t['adverbs'])}))?\s*$", re.I)
    title = re.compile(rf"(?:{alt(t['title_forms'])})$", re.I)
    return kinds, verb, title


def body_implements(before: str) -> bool:
    """Whether the words ``before`` a citation make the citing document implement it.

    >>> body_implements("Tiếp tục quán triệt và triển khai thực hiện nghiêm Kết luận ")
    True
    >>> body_implements("Kế hoạch về việc triển khai thực hiện Chỉ thị số ")
    False
    """
    kinds, verb, title = _implements_rx()
    before = kinds.sub("", re.sub(r"\s+", " ", unicodedata.normalize("NFC", before)))
    return bool(verb.search(before)) and not title.search(before.strip())


def implements_at(text: str, span: Span, *, window: int = 80) -> bool:
    """Whether the citation at ``span`` is implemented by the document citing it (:func:`body_implements`
    on the ``window`` characters before it)."""
    return body_implements(text[max(0, span[0] - window):span[0]])


_ATTACHED = re.compile(r"\((?:[^()]{0,40}?)(?:" + "|".join(_both_forms(["kèm theo"])) + r")[^()]{0,400}\)")


def attached_span(text: str, span: Optional[Span], *, window: int = 2000) -> Optional[Span]:
    """The "(Ban hành kèm theo Quyết định số …)" line under an attached plan's title, else ``span``."""
    if not span:
        return span
    m = _ATTACHED.search(text, span[0], min(len(text), span[0] + window))
    return (m.start(), m.end()) if m else span
