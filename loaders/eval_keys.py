"""Keys that decide when a gold value and an extracted value are the same (``cancu eval``).

The evaluator is strict about content and indifferent to rendering. These
functions say exactly what counts as rendering:

- :func:`name_key` (issuers, places, agencies, proposers, titles): NFC, case,
  old/new tone placement, dash/quote/space variants, commas and full stops, and
  the equivalences of ``loaders/data/name_equivalences.json`` (UBND ↔ Ủy ban nhân
  dân …). Every word still has to be there: "Luật Đầu tư" is not "Luật Đầu tư công".
- :func:`name_pieces` (lead and coordinating sets): the names split at commas,
  semicolons and " và ", so how a list of agencies was grouped into entries does
  not matter, but each piece does.
- :func:`text_key` (task text): markup removed, whitespace collapsed, bullet and
  dash tokens dropped, a leading list marker and trailing punctuation stripped,
  then folded like a name. A cut or glued text keeps a different key.
- :func:`symbol_key` (document symbols): spaces removed, dashes unified, case folded,
  Đ read as D (an OCR'd "QD-BTC" is "QĐ-BTC").
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from cancu.loaders.normalize import DASHES, INVISIBLE, LOOKALIKES, QUOTES, SPACES, fold_key

DATA = Path(__file__).parent / "data" / "name_equivalences.json"
_CHARS = {**LOOKALIKES, **DASHES, **SPACES, **INVISIBLE, **QUOTES}


@lru_cache(maxsize=1)
def _equivalences() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern of a folded variant, folded canonical form), longest variants first."""
    table = json.loads(DATA.read_text(encoding="utf-8"))["equivalences"]
    pairs = []
    for entry in table:
        canon = fold_key(entry["forms"][0])
        for form in entry["forms"][1:]:
            pairs.append((fold_key(form), canon))
    pairs.sort(key=lambda p: -len(p[0]))
    return tuple((re.compile(r"(?<!\w)" + re.escape(v) + r"(?!\w)"), c) for v, c in pairs)


def name_key(name: Optional[str]) -> Optional[str]:
    """Key of a body, place or title name; None for an empty name.

    >>> name_key("Ủy ban nhân dân tỉnh Khánh Hoà") == name_key("UBND tỉnh Khánh Hòa")
    True
    >>> name_key("Luật Đầu tư") == name_key("Luật Đầu tư công")
    False
    """
    if name is None:
        return None
    k = fold_key(html.unescape(re.sub(r"<[^>]+>|[*_`]", " ", name)))
    k = re.sub(r"[,.;:\"'“”()]", " ", k)
    for rx, canon in _equivalences():
        k = rx.sub(canon, k)
    k = re.sub(r"\s+", " ", k).strip()
    return k or None


_PIECE_SPLIT = re.compile(r"\s*[,;]\s*|\s+và\s+|\s+&\s+", re.IGNORECASE)


def name_pieces(names: Iterable[str]) -> frozenset[str]:
    """The set of name pieces of a lead or coordinating list.

    >>> (name_pieces(["Các ban, ngành và các bộ phận có liên quan"])
    ...  == name_pieces(["Các ban", "ngành", "các bộ phận có liên quan"]))
    True
    """
    out = set()
    for n in names or ():
        for piece in _PIECE_SPLIT.split(fold_key(n or "")):
            k = name_key(piece)
            if k:
                out.add(k)
    return frozenset(out)


_MARKUP = re.compile(r"<[^>]+>|\*\*|__|`|^#+\s", re.M)
# a single emphasis asterisk glued to a word ("gửi về Sở Nội vụ *(kèm theo …) *để tổng hợp", "như sau: “*Ủy ban …”*"):
# italics that a rendering left unpaired or half-spaced are markup like "**", never words
_EMPHASIS = re.compile(r"(?<![\s*])\*(?!\*)|(?<!\*)\*(?![\s*])")
_BULLET_TOKEN = re.compile(r"(?:(?<=\s)|^)[-+•*·▪►–—]+(?=\s|$)")
_LEAD_MARKER = re.compile(r"^(?:[-+•*·▪►]+\s*|\(?(?:\d+(?:\.\d+)*|[a-zđ]|[ivxlc]+)[.)]\s+)", re.I)
_TRAIL = re.compile(r"[\s.;:,/…]+$")


def text_key(text: Optional[str]) -> str:
    """Key of a task text: equal keys mean the same whole text, rendered differently.

    >>> text_key("- Xây dựng <b>Kế hoạch</b>  năm 2025;") == text_key("Xây dựng Kế hoạch năm 2025")
    True
    >>> text_key("Xây dựng Kế hoạch năm 2025 Kế hoạch của UBND") == text_key("Xây dựng Kế hoạch năm 2025")
    False
    >>> text_key("gửi về Sở Nội vụ *(kèm theo hồ sơ) *để") == text_key("gửi về Sở Nội vụ (kèm theo hồ sơ) để")
    True
    """
    s = html.unescape(_MARKUP.sub(" ", unicodedata.normalize("NFC", text or "").translate(_CHARS)))
    s = _EMPHASIS.sub("", s)
    s = s.replace("...", "…")
    s = re.sub(r"\s+", " ", s).strip()
    for _ in range(3):  # "1. - a) text": markers can be stacked
        s2 = _LEAD_MARKER.sub("", s).strip()
        if s2 == s:
            break
        s = s2
    s = _BULLET_TOKEN.sub(" ", s)
    s = _TRAIL.sub("", s)
    return fold_key(s)


def symbol_key(symbol: Optional[str]) -> Optional[str]:
    """Key of a document symbol ('09- NQ/TW' and '09-NQ/TW' are one symbol).

    Đ and D are one letter here: an OCR'd or ASCII-typed "2503/QD-BTC" is the decision 2503/QĐ-BTC
    (vn-conventions §2.3: "normalise for matching, keep as written"; set j's golds write it both ways).

    >>> symbol_key("2503/QD-BTC") == symbol_key("2503/QĐ-BTC")
    True
    """
    if not symbol:
        return None
    s = unicodedata.normalize("NFC", symbol).translate(_CHARS)
    return re.sub(r"\s+", "", s).casefold().replace("đ", "d") or None


def number_key(no: Optional[str]) -> Optional[str]:
    """Key of a row/item number as written: '1.' and '1' are one number, '' is none."""
    if no is None:
        return None
    s = re.sub(r"\s+", "", str(no)).rstrip(".)").lstrip("(").casefold()
    return s or None
