"""Which pre-Unicode encoding a Vietnamese text that is not UTF-8 is written in.

Offices still hold files typed with the 8-bit font encodings TCVN3 (ABC) and
VNI, and files saved by Windows as code page 1258. Guessing from odd bytes
named all three "TCVN3" (issue 15). Here each candidate is decoded — TCVN3 and
VNI with the tables in ``data/legacy_encodings.json``, Windows-1258 with
Python's codec, whose combining tone marks are then composed (NFC) — and the
candidate under which most words are Vietnamese syllables is named. Windows-1258
is a real character set, so such a file is read; TCVN3 and VNI are refused by
name (their fonts remapped Latin-1 code points, and a wrong guess would put
wrong letters into a legal text).

A general-purpose detector does not help here: charset-normalizer 3.5 names
Windows-1258 right on seed 003 (its first 300 and 3,000 characters), as this
module does, but it knows nothing of the font encodings (it names the TCVN3
basis line of the tests "hp_roman8"), and those are the cases that need a name.
Deciding between the three known candidates by decoding them needs no extra
dependency and says why it chose.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from cancu.loaders import tables

WINDOWS_1258 = "Windows-1258"
_VIET = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIET_LETTERS = frozenset(_VIET + _VIET.upper())
_WORD = re.compile(r"[^\s\d.,;:!?()\[\]{}\"'/\\|*#_=+<>-]+")
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# vowel groups of Vietnamese syllables (without tone), longest first
_NUCLEI = ("iêu yêu oai oay oao oeo uây uôi uya uyê uyu ươi ươu "
           "ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê "
           "a ă â e ê i o ô ơ u ư y").split()
_SYLLABLE = re.compile("(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
                       f"(?:{'|'.join(_NUCLEI)})(?:ng|nh|ch|[cmnpt])?")


def is_syllable(word: str) -> bool:
    """Whether ``word`` is one Vietnamese syllable: onset, a vowel group, a coda, one tone at most."""
    nfd = unicodedata.normalize("NFD", word.lower())
    if sum(nfd.count(t) for t in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


@lru_cache(maxsize=None)
def _tables() -> tuple[str, dict, str, dict, dict]:
    data = tables.load("legacy_encodings")
    t, v = data["tcvn3"], data["vni"]
    return t["name"], str.maketrans(t["letters"]), v["name"], v["single"], v["marks"]


def tcvn3_to_unicode(latin: str) -> str:
    """A TCVN3 text read as Latin-1, in Unicode."""
    _, table, _, _, _ = _tables()
    return latin.translate(table)


def vni_to_unicode(latin: str) -> str:
    """A VNI text read as Latin-1, in Unicode: a mark byte after a vowel joins that vowel."""
    _, _, _, single, marks = _tables()
    out: list[str] = []
    for ch in latin:
        if ch in marks and out and unicodedata.normalize("NFD", out[-1])[0] in "aeiouyAEIOUY":
            out[-1] = unicodedata.normalize("NFC", out[-1] + marks[ch])
        else:
            out.append(single.get(ch, ch))
    return "".join(out)


@lru_cache(maxsize=1 << 16)
def _word_kind(word: str) -> int:
    """-1 for a word of ASCII only, 1 for a Vietnamese syllable with letters beyond ASCII,
    0 for any other word. Cached: every UTF-8 file is checked for mojibake, and words repeat
    (3.8 → 1.2 ms per crawl page measured on 300 pages)."""
    extra = [c for c in word if ord(c) > 127]
    if not extra:
        return -1
    return int(all(c in VIET_LETTERS for c in extra) and is_syllable(word))


def vietnamese_share(text: str, *, limit: int = 20000) -> tuple[float, int]:
    """(share, count) of the words with letters beyond ASCII that are Vietnamese syllables."""
    total = good = 0
    for word in _WORD.findall(unicodedata.normalize("NFC", text[:limit])):
        k = _word_kind(word)
        if k < 0:
            continue
        total += 1
        good += k
    return (good / total if total else 0.0), good


def identify(data: bytes) -> Optional[tuple[str, Optional[str]]]:
    """(encoding name, decoded text or None) for bytes that are not UTF-8, or None.

    The text is given for Windows-1258 (a character set cancu reads); for TCVN3 and VNI
    only the name (they are refused)."""
    tcvn_name, _, vni_name, _, _ = _tables()
    latin = data.decode("latin-1")
    scores: list[tuple[float, int, str, Optional[str]]] = []
    try:
        cp = data.decode("cp1258")
    except UnicodeDecodeError:
        cp = None
    if cp is not None:
        share, n = vietnamese_share(cp)
        scores.append((share, n, WINDOWS_1258, unicodedata.normalize("NFC", cp)))
    for name, fn in ((tcvn_name, tcvn3_to_unicode), (vni_name, vni_to_unicode)):
        share, n = vietnamese_share(fn(latin))
        scores.append((share, n, name, None))
    share, n, name, text = max(scores, key=lambda s: (s[0], s[1]))
    if n < 3 or share < 0.6:
        return None
    return name, text


def name_mojibake(text: str) -> Optional[str]:
    """The legacy encoding of a text already in Unicode that reads as TCVN3 or VNI bytes
    (a legacy file converted as if it were Latin-1), or None for real Vietnamese text."""
    # most texts are plainly Vietnamese within their first lines: decide on a short prefix
    # first, and read the 20,000 characters only when it is unclear
    own, n = vietnamese_share(text, limit=4000)
    if own >= 0.9 and n >= 40:
        return None
    own, _ = vietnamese_share(text)
    if own >= 0.6 or not any(127 < ord(c) < 256 for c in text[:20000]):
        return None
    try:
        raw = text[:20000].encode("latin-1")
    except UnicodeEncodeError:
        return None
    found = identify(raw)
    return found[0] if found and found[0] != WINDOWS_1258 else None
