"""A text whose accented letters were dropped by the PDF it was copied from, with them put back.

Some PDFs carry a text layer whose fonts map no character to the precomposed Vietnamese letters, so the
text printed from them (pdftotext, a site that shows a PDF's text) loses them: "Thc hin Ngh quyt s
179/2009/NQ-HND ngy 20/4/2009 ca Hi ng nhn dn tnh" (ov iv_bba635c9, "Thực hiện Nghị quyết số …"). Two
damages mix in one text: a letter dropped ("nm" for "năm"; in some fonts a space is left in its place,
"Quy t nh s" for "Quyết định số", op ip_fbdd6a49) and a letter kept without its marks ("ngay", "Hanh
phuc"); some accented letters survive ("NHÂN DÂN"). No line of such a text reads as a header, so the
document is lost whole.

:func:`dropped_letters` is the gate: it fires only where many words of lower-case letters have no vowel
at all ("nm", "tnh", "nhn"), which no Vietnamese, English or unaccented text has. :func:`restore` then
puts each word back as the likeliest spelling whose letters, with some accented letters dropped or
stripped of their marks, are the word's — over the whole text at once, with the syllable-pair counts and
their Viterbi that :mod:`cancu.loaders.formats.ocr_syllables` reads OCR with. A word split by a dropped
letter's space ("Quy t") may be read as one syllable. The type codes of a symbol ("NQ-HND") are not
words: one is restored only to the single code of the citation reader's tables it is with its "Đ"
dropped ("HĐND"), never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from cancu.loaders import legacy, tables
from cancu.loaders.formats import ocr_syllables

__all__ = ["dropped_letters", "restore"]

#: the gate reads this much of a text: a damaged text is damaged from its first line
_REACH = 4000
#: at least this many vowel-less lower-case words ("nm", "tnh") …
_BARE_WORDS = 20
#: … making at least this share of the words (the most of 13,968 crawl pages: 0.045 with 34 such words)
_BARE_SHARE = 0.08
#: spellings weighed for one word, the most frequent first ("c" may be any of 60: "các", "của", "cứ", …)
_OPTIONS = 20
#: cost of reading a word as other than it was written (the text is known damaged: small)
_CHANGE = 1.0
_WORD = re.compile(r"[^\W\d_]+")
# a word of two or more lower-case consonants and nothing else ("nm", "tnh", "nhn")
_BARE = re.compile(r"(?<![^\W\d_])[bcdfghjklmnpqrstvwxz]{2,}(?![^\W\d_])")
_CODE = re.compile(r"(?<=[-/])[A-ZĐ]+|[A-ZĐ]+(?=[-/])")
# a symbol's last code split by a dropped letter's space before the date ("78/Q -UB-QL T ngày", op ip_fbdd6a49):
# a code's letters are capitals and "Đ", so the letter dropped inside one is "Đ"
_SPLIT_CODE = re.compile(r"(?<=[-/])([A-ZĐ]+) ([A-Z]{1,4})(?= [^\W\d_])")
# an abbreviation's capitals before its full stop ("TP. Hồ Chí Minh") are no syllable to restore
_ABBREVIATION = re.compile(r"\b[A-Z]{2,}(?=\.)")


def dropped_letters(text: str) -> bool:
    """Whether ``text`` is one whose accented letters were dropped (cheap: one regex pass over 4,000 characters)."""
    # composed first: a text saved with decomposed letters splits "tỉnh" into "ti" + mark + "nh"
    head = unicodedata.normalize("NFC", text[:_REACH])
    bare = len(_BARE.findall(head))
    return bare >= _BARE_WORDS and bare >= _BARE_SHARE * len(_WORD.findall(head))


def _variants(syllable: str) -> set[tuple[str, frozenset[int]]]:
    """Each way ``syllable`` can be written with its accented letters kept, dropped or stripped of their marks:
    (the letters written, the positions in them where a letter was dropped)."""
    out: set[tuple[str, frozenset[int]]] = {("", frozenset())}
    for ch in syllable:
        if ch.isascii():
            out = {(s + ch, g) for s, g in out}
            continue
        base = ocr_syllables.letters(ch)
        out = {v for s, g in out for v in ((s + ch, g), (s + base, g), (s, g | {len(s)}))}
    return out


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(written word → spellings, "written·rest" → spellings for a word split at a dropped letter)."""
    m = ocr_syllables.model()
    one: dict[str, set[str]] = {}
    two: dict[str, set[str]] = {}
    for syl in m.syllables:
        if not legacy.is_syllable(syl):
            continue  # the counts hold some names and codes ("ĐBQH"): only syllables are spellings of a word
        for written, gaps in _variants(syl):
            if written:
                one.setdefault(written, set()).add(syl)
            for g in gaps:
                if 0 < g < len(written):
                    two.setdefault(f"{written[:g]} {written[g:]}", set()).add(syl)
    def top(found: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
        return {k: tuple(sorted(v, key=lambda s: -m.syllables[s])[:_OPTIONS]) for k, v in found.items()}

    return top(one), top(two)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Symbol type codes with a "Đ" ("HĐND", "QĐ"), by how they read with it dropped ("HND", "Q")."""
    issuers = tables.load("issuers")
    known = set(issuers["codes"]) | {e["short"] for e in issuers["expand"]}
    for kind in tables.load("kinds")["kinds"]:
        known.update(kind["codes"])
    dropped: dict[str, set[str]] = {}
    for code in known:
        if "Đ" in code:
            dropped.setdefault(code.replace("Đ", ""), set()).add(code)
    return {k: next(iter(v)) for k, v in dropped.items() if len(v) == 1 and k not in known}


def _cased(read: str, meant: str, capitals: bool) -> str:
    """``meant`` in the case of ``read``; ``capitals``: a line of capitals, where a one-letter word is a capital
    word ("Y BAN" is "ỦY BAN")."""
    if read.isupper() and (len(read) > 1 or capitals):
        return meant.upper()
    return meant.capitalize() if read[:1].isupper() else meant


def restore(text: str) -> tuple[str, int]:
    """``text`` with its words put back as the likeliest spellings, and how many were changed (call only where
    :func:`dropped_letters`)."""
    m = ocr_syllables.model()
    one, two = _index()
    words = list(_WORD.finditer(text))
    gaps = [text[a.end():b.start()] for a, b in zip(words, words[1:])]
    # the type codes of a symbol ("NQ-HND", "HD-SVHTTDL") are no words: read as they are, or by _codes below
    kept = {mc.start() for mc in (*_CODE.finditer(text), *_ABBREVIATION.finditer(text))}
    # best[i]: spelling of the last syllable of a reading of words[:i] → (score, previous i, previous spelling)
    best: list[dict[str | None, tuple[float, int, str | None]]] = [{None: (0.0, -1, None)}]
    best += [{} for _ in words]
    for i, w in enumerate(words):
        if not best[i]:
            continue
        broken = i == 0 or gaps[i - 1].strip() != ""
        spans = [(1, w.group())]
        if w.start() in kept:
            p = max(best[i], key=lambda k: best[i][k][0])
            best[i + 1][w.group().lower()] = (best[i][p][0], i, p)
            continue
        if i + 1 < len(words) and gaps[i] == " " and words[i + 1].start() not in kept:
            spans.append((2, f"{w.group()} {words[i + 1].group()}"))
        for n, read in spans:
            low = read.lower()
            options = list((one if n == 1 else two).get(low, ()))
            if n == 1 and (low in m.syllables or not options) and low not in options:
                options.append(low)
            for c in options:
                cost = 0.0 if c == low else _CHANGE
                p, (score, _, _) = max(((p, v) for p, v in best[i].items()),
                                       key=lambda pv: pv[1][0] + ocr_syllables.log_p(
                                           m, None if broken else pv[0], c, True))
                total = score + ocr_syllables.log_p(m, None if broken else p, c, True) - cost
                if c not in best[i + n] or best[i + n][c][0] < total:
                    best[i + n][c] = (total, i, p)
    out: list[tuple[int, int, str]] = []
    i, c = len(words), max(best[-1], key=lambda k: best[-1][k][0])
    while i > 0:
        _, j, prev = best[i][c]
        read = text[words[j].start():words[i - 1].end()]
        if c != read.lower():
            near = [x.group() for x in words[max(0, j - 1):i + 1] if len(x.group()) > 1]
            out.append((words[j].start(), words[i - 1].end(),
                        _cased(read.replace(" ", ""), c, bool(near) and all(x.isupper() for x in near))))
        i, c = j, prev
    for mc in _SPLIT_CODE.finditer(text):
        if not _WORD.match(text, mc.end() + 1)[0].islower():
            continue  # the date's "ngày" follows a symbol; a capital opens another word
        out = [r for r in out if not (r[0] < mc.end() and mc.start() < r[1])]
        out.append((mc.start(), mc.end(), f"{mc[1]}Đ{mc[2]}"))
    codes = _codes()
    for mc in _CODE.finditer(text):
        if mc.group() in codes:
            out.append((mc.start(), mc.end(), codes[mc.group()]))
    for a, b, s in sorted(out, reverse=True):
        text = text[:a] + s + text[b:]
    return text, len(out)
