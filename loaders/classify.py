"""Is a text an official document, and where does the document itself start and end?

Most pages of the crawl are news, Q&A and encyclopedia pages that merely cite
documents; they are reported as not documents, with a reason, instead of being
invented into one. A crawled document page carries site clutter (metadata block,
privacy notice citing Nghị định 13/2023/NĐ-CP) that is cut off here.
"""

from __future__ import annotations

import re
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.citations import SYMBOL_RX

_MOTTO = re.compile(r"CỘNG\s*(?:\*\*)?\s*H[ÒO][AÀ]\s+XÃ\s+HỘI|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM")
_NUMBER_LINE = re.compile(r"^[ \t*|]*Số[ \t]*:?[ \t]*(?:\n[ \t|]*)?(?:\d|[ .…_]*/)", re.M)


def body_range(text: str) -> tuple[int, int]:
    """The part of ``text`` that is the document (site clutter cut away)."""
    start = 0
    m = _MOTTO.search(text)
    n = _NUMBER_LINE.search(text)
    anchors = [x.start() for x in (m, n) if x]
    if anchors:
        first = min(anchors)
        # go back over the issuer block just above the motto (upper-case lines, '|', '---')
        lines_before = text[:first].split("\n")
        keep = 0
        for line in reversed(lines_before[:-1]):
            t = line.strip(" |*-_#\t")
            if t and not (t.isupper() or re.fullmatch(r"[\W\d]*", t)):
                break
            keep += 1
            if keep > 12:
                break
        start = sum(len(l) + 1 for l in lines_before[: len(lines_before) - 1 - keep])
        start = min(start, first)
    end = len(text)
    for marker in tables.load("site_clutter")["end_markers"]:
        k = text.find(marker, start + 1)
        if k != -1 and k < end:
            end = k
    return start, end


def classify(text: str, start: int, end: int) -> Optional[str]:
    """None for an official document, else the reason it is not one."""
    head = text[start:min(end, start + 4000)]
    has_motto = bool(_MOTTO.search(head))
    has_number = bool(_NUMBER_LINE.search(head))
    has_kind = bool(tables.header_kind_rx().search(head))
    if has_motto and (has_number or has_kind):
        return None
    if has_number and has_kind:
        return None
    if has_number and SYMBOL_RX.search(head[:600]):
        return None
    if not (has_motto or has_number):
        return ("no document header: neither the national motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / "
                "ĐẢNG CỘNG SẢN VIỆT NAM) nor a 'Số:' line near the top; likely a news, Q&A or reference page")
    return "a header fragment without a document type line or number: not read as a document"
