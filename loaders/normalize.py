"""Cleaning steps that make patterns simple while keeping spans exact.

Every step maps a :class:`MappedText` to a new one (see ``loaders/text.py``), so
offsets found in the cleaned text convert back to the text as read. Steps are
named so a caller can pick them (``clean(t, ["nfc", "dashes"])``); an unknown
name is an :class:`~cancu.errors.ExtractionRuleError` listing the valid ones.

Two families:

- *line-preserving* (``CHAR_STEPS``): NFC, Đ look-alikes, dashes, invisible
  characters, line endings. Table readers run on this form, line by line.
- *reference* steps (``REF_STEPS``): remove Markdown/HTML markup, join symbols
  broken across lines (``91-\\nKL/TU``) and drop stray spaces inside symbols
  (``09- NQ/TW``). Citation patterns run on this form.

``fold_key`` builds matching keys (old/new tone placement, case, dashes); it
is for comparing names, never for the text itself.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable, Union

from cancu.errors import ExtractionRuleError
from cancu.loaders.text import MappedText

Step = Callable[[MappedText], MappedText]

# Look-alikes and invisible characters (vn-conventions §9.4): Latin Eth for Đ,
# every dash and minus to '-', the many spaces to ' ', invisible ones removed.
_CHAR_TABLE: dict[int, str | None] = {
    0x00D0: "Đ", 0x00F0: "đ",
    0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
    0x00A0: " ", 0x2002: " ", 0x2003: " ", 0x2009: " ", 0x202F: " ", 0x3000: " ", 0x2007: " ",
    0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None, 0x00AD: None,
    0x201C: '"', 0x201D: '"', 0x2018: "'", 0x2019: "'",
}
_CHAR_RX = re.compile("[" + "".join(re.escape(chr(k)) for k in _CHAR_TABLE) + "]")
_COMBINING_RUN = re.compile(r"[^\u0300-\u036f][\u0300-\u036f]+")


def nfc(t: MappedText) -> MappedText:
    """Compose decomposed letters (seed 000 writes "Căn cứ" with combining marks)."""
    if unicodedata.is_normalized("NFC", t.text):
        return t
    return t.sub(_COMBINING_RUN, lambda m: unicodedata.normalize("NFC", m.group()))


def chars(t: MappedText) -> MappedText:
    """One form for dashes, spaces and quotes; Latin Eth to Đ; invisible characters removed."""
    if not _CHAR_RX.search(t.text):
        return t
    return t.sub(_CHAR_RX, lambda m: _CHAR_TABLE[ord(m.group())] or "")


def newlines(t: MappedText) -> MappedText:
    """CRLF and lone CR become LF."""
    if "\r" not in t.text:
        return t
    return t.sub(r"\r\n?", "\n")


# Markup glued to words: **bold**, *italic*, <b>, <br>, `##` headings, `\` escapes.
_MARKUP = re.compile(
    r"</?(?:b|i|u|em|strong|p|span|div|ul|ol|li|br|sup|sub|font|a)\b[^>\n]*>"  # inline HTML
    r"|\*{1,3}|_{2,}(?=\S)|(?<=\S)_{2,}"  # emphasis runs
    r"|^#{1,6}[ \t]+"  # heading marks
    r"|\\(?=[.\-*_()\[\]#])",  # markdown escapes
    re.M | re.I,
)


def markup(t: MappedText) -> MappedText:
    """Remove Markdown emphasis and inline HTML (``**1.****``, ``<b>I</b>``)."""
    return t.sub(_MARKUP, "")


# A symbol broken after its dash or slash by a line wrap: "91-\nKL/TU", "số\n182/TTr".
_BROKEN_SYMBOL = re.compile(r"(?<=\d[-/])[ \t]*\n[ \t\n]*(?=[A-ZĐ])|(?<=[A-ZĐa-z][-/])[ \t]*\n[ \t]*(?=[A-ZĐ0-9])")
# Stray spaces inside a symbol: "09- NQ/TW", "71/NQ -CP", "33 /TTr- SDTTG", "31/2024/ QH15".
_SYMBOL_SPACES = re.compile(
    r"(?<=\d)[ \t]+(?=[-/][ \t]*[A-ZĐ0-9])"
    r"|(?<=\d[-/])[ \t]+(?=[A-ZĐ0-9])"
    r"|(?<=[A-ZĐa-zđ][-/])[ \t]+(?=[A-ZĐ])"
    r"|(?<=[A-ZĐa-zđ]-)[ \t]+(?=[A-ZĐ])"
)


def dehyphenate_symbols(t: MappedText) -> MappedText:
    """Join symbols split by a line break after '-' or '/' (``91-\\nKL/TU``)."""
    return t.sub(_BROKEN_SYMBOL, "")


# "71/NQ -CP": a space before the dash after a type code (variable width, so a group).
_TYPE_CODE_SPACE = re.compile(r"(\d/[A-ZĐ][A-Za-zĐđ]{0,9})[ \t]+(?=-[ \t]*[A-ZĐ])")


def symbol_spaces(t: MappedText) -> MappedText:
    """Drop spaces next to the dash or slash of a symbol (``09- NQ/TW`` → ``09-NQ/TW``)."""
    return t.sub(_SYMBOL_SPACES, "").sub(_TYPE_CODE_SPACE, r"\1")


STEPS: dict[str, Step] = {
    "newlines": newlines,
    "nfc": nfc,
    "chars": chars,
    "markup": markup,
    "dehyphenate_symbols": dehyphenate_symbols,
    "symbol_spaces": symbol_spaces,
}
CHAR_STEPS = ("newlines", "nfc", "chars")
REF_STEPS = CHAR_STEPS + ("markup", "dehyphenate_symbols", "symbol_spaces")


def clean(t: MappedText, steps: Iterable[Union[str, Step]] = REF_STEPS) -> MappedText:
    """Apply cleaning steps in order; names are looked up in :data:`STEPS`."""
    for step in list(steps):  # copy: never mutate the caller's list
        if isinstance(step, str):
            try:
                step = STEPS[step]
            except KeyError:
                raise ExtractionRuleError(
                    f"unknown cleaning step {step!r}; valid steps: {', '.join(STEPS)}"
                ) from None
        t = step(t)
    return t


def normalize_chars(t: MappedText) -> MappedText:
    """The line-preserving form used by table readers."""
    return clean(t, CHAR_STEPS)


# --- matching keys -----------------------------------------------------------

# Old-style tone placement puts the mark on the second vowel of the open rimes
# oa, oe, uy (hoà, khoẻ, thuỷ, uỷ); the new style puts it on the first (hòa,
# khỏe, thủy, ủy) — vn-conventions §9.2. Keys use the new style. "qu" + y
# (quý) and closed syllables (hoàn, thuyết) agree in both styles: left alone.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![a-zA-Z\u0300-\u036f])"
)


def fold_key(s: str) -> str:
    """A key for comparing names: NFC, new tone placement, casefold, one space, '-' dashes.

    >>> fold_key("Ủy ban nhân dân tỉnh Khánh Hoà") == fold_key("UỶ BAN NHÂN DÂN TỈNH KHÁNH HÒA")
    True
    """
    s = unicodedata.normalize("NFD", s.translate(_CHAR_TABLE))
    s = _OLD_TONE.sub(r"\1\3\2", s)
    s = unicodedata.normalize("NFC", s).casefold()
    s = re.sub(r"\s*-\s*", " - ", s)
    return re.sub(r"\s+", " ", s).strip()
