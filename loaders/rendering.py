"""Pages that reproduce an official document without its header: portal renderings.

A legal site shows a letter under its own metadata block (Số hiệu, Loại văn
bản, Ngày ban hành) and drops the header table; a government portal publishes
the operative text of a party conclusion ("Bộ Chính trị kết luận như sau: …")
under a news heading. Such a page is not an original, but it carries the
document's citations and assignments, so it is read as a document marked
``is_original: false`` with the identity the page states. A page that only
paraphrases or quotes part of a document is not one (an elided quotation,
"…" on its own line, says so). The phrases live in ``data/renderings.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.citations import valid_date

# the parts of a document, as the classifier reads them
from cancu.loaders.classify import ADDRESSEE, body_end, structure_parts
from cancu.loaders.site_metadata import SiteMetadata, StatedIdentity, site_metadata
from cancu.loaders.text import MappedText

_EMPHASIS = re.compile(r"\*{1,3}|_{2,}")


@dataclass(frozen=True)
class Rendering(StatedIdentity):
    """What a page says about the document it reproduces: its identity, and where the reproduced text lies."""

    how: str  # "metadata" | "party_conclusion"
    start: int  # the reproduced text: [start, end) of the page
    end: int


@lru_cache(maxsize=None)
def _table() -> dict:
    t = tables.load("renderings")
    return {
        "identity": [re.compile(e["pattern"], re.M) for e in t["identity"] if not e.get("after_text")],
        "captions": [re.compile(e["pattern"], re.M) for e in t["identity"] if e.get("after_text")],
        "formulas": [(re.compile(e["pattern"], re.M), bool(e.get("text_after"))) for e in t["formulas"]],
        "elision": re.compile(t["elisions"]["pattern"], re.M),
        "ends": re.compile(t["ends"]["pattern"], re.M),
    }


def _from_metadata(text: str, site: SiteMetadata) -> Optional[Rendering]:
    block = site.block
    if block is None or not block.symbol or not block.kind:
        return None
    floor = block.end
    # the text starts after the block (at "Kính gửi" for a letter); the site's own notices follow it
    addressee = ADDRESSEE.search(text, floor)
    b_start = addressee.start() if addressee and addressee.start() - floor < 400 else floor
    b_end = body_end(text, b_start)
    body = text[b_start:b_end]
    if not (addressee and addressee.start() < b_end or structure_parts(body) >= 1):
        return None  # "Đang tải văn bản…": the site shows the block but not the text
    return Rendering("metadata", b_start, b_end, kind=block.kind, symbol=block.symbol, date=block.date,
                     issuer=block.issuer)


_PARTY_SYMBOL = re.compile(r"\d-[A-ZĐ][A-Za-zĐđ]{0,5}/[A-ZĐ]")


def _from_party_page(text: str, start: int, end: int) -> Optional[Rendering]:
    # most pages name no party document near their top: look no further (every rejected page comes here)
    if not _PARTY_SYMBOL.search(text, start, min(end, start + 3000)) or \
            not ("kết luận như sau" in text or "nội dung" in text):
        return None
    mapped = MappedText.from_source(text[start:end]).sub(_EMPHASIS, "")
    body = mapped.text
    t = _table()
    ident = None
    for rx in t["identity"]:
        ident = rx.search(body, 0, 3000)
        if ident:
            break
    caption = None
    if ident is None:
        # a page that opens with the document's own words and names it only in a caption after them
        # ("… Bộ Chính trị, Ban Bí thư có ý kiến như sau:" … "INFOGRAPHICS: … Kết luận số 127-KL/TW của Bộ Chính trị")
        opening = next((m for rx, _ in t["formulas"] for m in [rx.search(body, 0, 3000)]
                        if m and "symbol" not in m.groupdict()), None)
        if opening is not None:
            caption = next((m for rx in t["captions"] for m in [rx.search(body, opening.end())] if m), None)
        if caption is None:
            return None
        ident = caption
    symbol = ident.group("symbol")
    formula = None
    text_after = False
    for rx, after in t["formulas"]:
        for m in rx.finditer(body):
            if "symbol" not in m.groupdict() or m.group("symbol") == symbol:
                formula, text_after = m, after
                break
        if formula:
            break
    if formula is None:
        return None
    # the reproduced text: from the line after the one naming the document (or after a "Toàn văn …" heading
    # over it) to the site's next question or closing line
    if caption is not None:
        b_start = body.rfind("\n", 0, formula.start()) + 1
        b_end = body.rfind("\n", 0, caption.start()) + 1
    else:
        line_end = body.find("\n", formula.end() if text_after else ident.end())
        b_start = len(body) if line_end < 0 else line_end + 1
        nxt = t["ends"].search(body, formula.end())
        b_end = nxt.start() if nxt else len(body)
    if caption is not None and not ident.start() > formula.end():
        return None
    if b_start > formula.start() and not text_after or t["elision"].search(body, formula.end(), b_end):
        return None  # an elided quotation: the page paraphrases the document, it does not reproduce it
    date = None
    if "d" in ident.groupdict() and ident.group("d"):
        date = valid_date(ident.group("y"), ident.group("m") or ident.group("m2"), ident.group("d"))
    issuer = formula.group("organ") if "organ" in formula.groupdict() else None
    if not issuer and "organ" in ident.groupdict():
        issuer = ident.group("organ")
    if not issuer:  # "Kết luận số 157-KL/TW của Bộ Chính trị"
        of = re.search(re.escape(symbol) + r"[^.\n]{0,40}?\bcủa\s+(Bộ Chính trị,\s*Ban Bí thư|Bộ Chính trị|Ban Bí thư"
                       r"|Ban Chấp hành Trung ương(?:\s+Đảng)?)", body)
        issuer = of.group(1) if of else None
    kind = tables.kind_of_word().get(ident.group("kind").casefold(), ident.group("kind"))
    s0 = start + mapped.to_source(b_start, b_start)[0] if b_start < len(body) else end
    s1 = start + mapped.to_source(b_end, b_end)[0] if b_end < len(body) else end
    return Rendering("party_conclusion", s0, s1, kind=kind, symbol=symbol, date=date,
                     issuer=re.sub(r"\s+", " ", issuer) if issuer else None)


def find_rendering(text: str, start: int, end: int, site: Optional[SiteMetadata] = None) -> Optional[Rendering]:
    """The document a page without a header reproduces, or None when it reproduces none; ``site``: the page's
    :func:`~cancu.loaders.site_metadata.site_metadata`, when the caller has read it already."""
    return _from_metadata(text, site or site_metadata(text)) or _from_party_page(text, start, end)
