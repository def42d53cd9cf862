"""Cleaning steps that make patterns simple while keeping spans exact.

Every step maps a :class:`MappedText` to a new one (see ``loaders/text.py``), so
offsets found in the cleaned text convert back to the text as read. Steps are
named so a caller can pick them (``clean(t, ["nfc", "dashes"])``); an unknown
name is an :class:`~cancu.errors.ExtractionRuleError` listing the valid ones.

Named steps (:data:`STEPS`): ``newlines``, ``nfc``, ``lookalikes``, ``dashes``,
``spaces``, ``invisible``, ``quotes`` (``chars`` = the five tables in one pass; ``unseen`` = look-alikes, spaces and
invisibles, what :func:`read_form` folds as a file is read), ``bullets`` (a symbol font's list bullets),
``markup``, ``dehyphenate_symbols``, ``symbol_spaces``, ``symbol_lookalikes``. Two families:

- *line-preserving* (``CHAR_STEPS``): NFC, Đ look-alikes, dashes, invisible
  characters, line endings. Table readers run on this form, line by line.
- *reference* steps (``REF_STEPS``): remove Markdown/HTML markup, join symbols
  broken across lines (``91-\\nKL/TU``) and drop stray spaces inside symbols
  (``09- NQ/TW``). Citation patterns run on this form.

``fold_key`` builds matching keys (old/new tone placement, case, dashes); it
is for comparing names, never for the text itself. Two forms of a whole text:
:func:`read_form` (what a file reads as, folded once in ``read``) and
:func:`tone_form` (the readers' view: tone marks placed as the tables write
them, the same length, so the extract still quotes the file).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable, Union

from cancu.errors import ExtractionRuleError
from cancu.loaders.text import MappedText

Step = Callable[[MappedText], MappedText]

#: Every Vietnamese capital letter, for character classes ("của Ủy ban …" starts with one outside A-Z).
CAPITALS = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"

# Character tables (look-alike and invisible characters of real files: Ð for Đ, NBSP,
# zero-width spaces, dashes).  Each is one named step below; ``chars``
# applies them all in one pass.  None of them touches '\n' or '\t', so the
# line-preserving form keeps every line (table readers work line by line).
LOOKALIKES: dict[int, str | None] = {0x00D0: "Đ", 0x00F0: "đ", 0x0110: "Đ", 0x0111: "đ"}
DASHES: dict[int, str | None] = {
    **{c: "-" for c in range(0x2010, 0x2016)},  # hyphen … horizontal bar
    0x2212: "-", 0x2043: "-", 0xFE58: "-", 0xFE63: "-", 0xFF0D: "-", 0x02D7: "-", 0x2E3A: "-", 0x2E3B: "-",
}
SPACES: dict[int, str | None] = {
    0x00A0: " ", **{c: " " for c in range(0x2000, 0x200B)}, 0x202F: " ", 0x205F: " ", 0x3000: " ",
}
INVISIBLE: dict[int, str | None] = {
    0x200B: None, 0x200C: None, 0x200D: None, 0x200E: None, 0x200F: None, 0x2060: None,
    0xFEFF: None, 0x00AD: None, 0x180E: None, 0x2061: None, 0x2062: None, 0x2063: None,
}
#: What a source line may open with before its words: markup, spaces, list marks, a dash in any of its forms ("– Căn
#: cứ Thông tư số 80/2021/TT-BTC …": an office's en-dash bullet is the list's "-")
LINE_MARKS = " \t*_#|+•-" + "".join(chr(c) for c in DASHES)
QUOTES: dict[int, str | None] = {0x201C: '"', 0x201D: '"', 0x201E: '"', 0x2018: "'", 0x2019: "'", 0x201A: "'"}
_CHAR_TABLE: dict[int, str | None] = {**LOOKALIKES, **DASHES, **SPACES, **INVISIBLE, **QUOTES}
_COMBINING_RUN = re.compile(r"[^\u0300-\u036f\s][\u0300-\u036f]+")  # never a line break as base


def _table_step(table: dict[int, str | None], doc: str) -> Step:
    rx = re.compile("[" + "".join(re.escape(chr(k)) for k in table) + "]")

    def step(t: MappedText) -> MappedText:
        if not rx.search(t.text):
            return t  # keep the identity map (throughput on the crawl)
        return t.sub(rx, lambda m: table[ord(m.group())] or "")

    step.__doc__ = doc
    return step


def nfc(t: MappedText) -> MappedText:
    """Compose decomposed letters (seed 000 writes "Căn cứ" with combining marks)."""
    if unicodedata.is_normalized("NFC", t.text):
        return t
    t = t.sub(_COMBINING_RUN, lambda m: unicodedata.normalize("NFC", m.group()))
    if not unicodedata.is_normalized("NFC", t.text):  # singletons such as U+212B, rare
        t = t.sub(r"[^\x00-\u02ff]", lambda m: unicodedata.normalize("NFC", m.group()))
    if not unicodedata.is_normalized("NFC", t.text):  # marks with no base letter, out of canonical order
        t = t.sub(r"[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{2,}",
                  lambda m: unicodedata.normalize("NFC", m.group()))
    return t


lookalikes = _table_step(LOOKALIKES, "Latin Eth (Ð/ð) and look-alikes become Đ/đ.")
dashes = _table_step(DASHES, "Every dash and minus variant (U+2010–2015, U+2212 …) becomes '-'.")
spaces = _table_step(SPACES, "Non-breaking, thin and other wide spaces become ' '.")
invisible = _table_step(INVISIBLE, "Zero-width characters, BOM, bidi marks and soft hyphens are removed.")
quotes = _table_step(QUOTES, "Curly quotes become straight quotes.")
chars = _table_step(_CHAR_TABLE, "All of lookalikes, dashes, spaces, invisible and quotes in one pass.")

# What a reader of the page cannot see: a line-ending convention, Ð typed for Đ, a non-breaking, thin or zero-width
# space, a soft hyphen, letters stored decomposed. Folded once as a file is read (:func:`read_form`), so no reader
# after it meets a second form of the same page; dashes and quotes are seen, and stay as written.
_UNSEEN: dict[int, str | None] = {k: v for k, v in {**LOOKALIKES, **SPACES, **INVISIBLE}.items() if v != chr(k)}
unseen = _table_step(_UNSEEN, "Look-alike letters, wide and zero-width spaces, soft hyphens: one form each.")


# A list bullet drawn from a symbol font. Word's bullets are Symbol/Wingdings glyphs, which pdftotext and a copy from a
# PDF viewer give as private-use code points (U+F0B7 "\uf0b7 Sinh viên phải thực hiện đầy đủ các nhiệm vụ …", office
# o047.pdf through pdftotext): the list's "-", as the PDF reader reads them (formats/pdf.py). Only a glyph standing
# alone is a bullet; in pdftotext's -layout text a table cell's bullet sits mid-line, after the cells before it.
SYMBOL_FONT_GLYPHS = ("\uf000", "\uf0ff")  # the private-use block Symbol/Wingdings glyphs are mapped to
_PUA_BULLET = re.compile(rf"(?<!\S)[{SYMBOL_FONT_GLYPHS[0]}-{SYMBOL_FONT_GLYPHS[1]}](?=\s|$)")
# Word's bullet library in a Unicode font, at a line's start ("▶ Lĩnh vực tham mưu, phục vụ HĐND tỉnh …", office
# o030.pdf through pdftotext): the list's "•", which every line reader knows. Boxes (□, ☐) are a form's check boxes.
_GLYPH_BULLET = re.compile(r"(?<!\S)[●◆■▪◦►▶➢➤❖✓✔](?=[ \t])")


def bullets(t: MappedText) -> MappedText:
    r"""A symbol font's bullet becomes the list mark the readers know: a private-use glyph "-", a Unicode one "•".

    >>> bullets(MappedText.from_source("\f   \uf0b7 Chủ trì, phối hợp\nCột 1  \uf0b7 Rà soát")).text
    '\x0c   - Chủ trì, phối hợp\nCột 1  - Rà soát'
    >>> bullets(MappedText.from_source("▶ Lĩnh vực tham mưu\nBa ▶ bốn")).text
    '• Lĩnh vực tham mưu\nBa ▶ bốn'
    """
    text = t.text
    if _PUA_BULLET.search(text):
        t = t.sub(_PUA_BULLET, "-")
    if _GLYPH_BULLET.search(text):
        text = t.text

        def at_line_start(m: re.Match) -> str:
            before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            return "•" if not before.strip(" \t\f") else m.group()

        t = t.sub(_GLYPH_BULLET, at_line_start)
    return t


def newlines(t: MappedText) -> MappedText:
    """CRLF, lone CR and the Unicode line/paragraph separators become LF (one per break).

    Form feeds (pdftotext page breaks) are left alone: they are not line breaks
    for ``split("\\n")`` and the page-furniture logic of the readers sees them.
    """
    if not re.search("[\r\u2028\u2029]", t.text):
        return t
    return t.sub("\r\n|[\r\u2028\u2029]", "\n")


# Markup glued to words: **bold**, *italic*, <b>, <br>, `##` headings, `\` escapes.
MARKUP = re.compile(
    r"</?(?:b|i|u|em|strong|p|span|div|ul|ol|li|br|sup|sub|font|a)\b[^>\n]*>"  # inline HTML
    r"|\*{1,3}|_{2,}(?=\S)|(?<=\S)_{2,}"  # emphasis runs
    r"|^#{1,6}[ \t]+"  # heading marks
    r"|\\(?=[.\-*_()\[\]#])"  # markdown escapes
    # pandoc's hard line break, a backslash ending a line or a table cell's line ("ỦY BAN THƯỜNG VỤ\\        **CỘNG HÒA
    # …", "QUỐC HỘI\\": the header cells of an Assembly resolution converted from DOCX)
    r"|\\(?=[ \t]{2,}|[ \t]*$)",
    re.M | re.I,
)


def markup(t: MappedText) -> MappedText:
    """Remove Markdown emphasis and inline HTML (``**1.****``, ``<b>I</b>``)."""
    return t.sub(MARKUP, "")


# A symbol broken after its dash or slash by a line wrap: "91-\nKL/TU", "số\n182/TTr".
_BROKEN_SYMBOL = re.compile(r"(?<=\d[-/])[ \t]*\n[ \t\n]*(?=[A-ZĐ])|(?<=[A-ZĐa-z][-/])[ \t]*\n[ \t]*(?=[A-ZĐ0-9])")
# Stray spaces inside a symbol: "09- NQ/TW", "71/NQ -CP", "33 /TTr- SDTTG", "31/2024/ QH15".
_SYMBOL_SPACES = re.compile(
    r"(?<=\d)[ \t]+(?=[-/][ \t]*[A-ZĐ0-9])"
    r"|(?<=\d[-/])[ \t]+(?=[A-ZĐ0-9])"
    r"|(?<=[A-ZĐa-zđ][-/])[ \t]+(?=[A-ZĐ])"
    r"|(?<=[A-ZĐa-zđ]-)[ \t]+(?=[A-ZĐ])"
    r"|(?<=[A-ZĐ]&)[ \t]+(?=[A-ZĐ]{2,}\b)"  # "15972/SXD-QLN& TTBĐS"
    r"|(?<=\d/QH)[ \t]+(?=\d{2}\b)"  # "31/2024/QH 15"
    # a party symbol's dash spaced on both sides ("Thông báo số 656 – TB/HNDTW", set or ir_2e816085): one pass
    # reads the original text, so the space after the dash still follows "656 -" there; only before a type code
    # and its slash, so "năm 1945 - Cách mạng" keeps its space (a state symbol's slash spaced so, "Số: 255 /
    # BC-BCĐPCGD-" of a header, set op ip_f845d4d8, is the header reader's: joined here it ran into the next line)
    r"|(?<=\d[ \t]-)[ \t]+(?=[A-ZĐ][A-Za-zĐđ&]{0,8}[ \t]*/[ \t]*[A-ZĐ])"
)


def dehyphenate_symbols(t: MappedText) -> MappedText:
    """Join symbols split by a line break after '-' or '/' (``91-\\nKL/TU``)."""
    return t.sub(_BROKEN_SYMBOL, "")


# "71/NQ -CP": a space before the dash after a type code (variable width, so a group).
_TYPE_CODE_SPACE = re.compile(r"(\d/[A-ZĐ][A-Za-zĐđ]{0,9})[ \t]+(?=-[ \t]*[A-ZĐ])")
# "Chỉ thị số 49-CT /TW" (k_852890fb): a space before the slash after a party symbol's type code.
_PARTY_CODE_SPACE = re.compile(r"(\d-[A-ZĐ][A-Za-zĐđ]{0,5})[ \t]+(?=/[ \t]*[A-ZĐ])")
# "103/BKH-KTĐP &LT" (a page's text of a VPCP letter, set op ip_19a9c1cc): a space before the '&' that joins two
# parts of an issuer's code, after a symbol's code (a dash or slash before it), so prose "A &B" is left as written.
_AMPERSAND_SPACE = re.compile(r"(\d[-/][A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9]*)*)[ \t]+(?=&[A-ZĐ]{2,}\b)")
# Run after _TYPE_CODE_SPACE has joined "UBND -": letters only before the dash, so a year
# range "2026 - 2030" in a title is left as written.
_CODE_DASH_SPACE = re.compile(r"(?<=[A-ZĐa-zđ]-)[ \t]+(?=[A-ZĐ])")


def symbol_spaces(t: MappedText) -> MappedText:
    """Drop spaces next to the dash or slash of a symbol (``09- NQ/TW`` → ``09-NQ/TW``).

    Spaces around the number go first (the type-code rule needs ``397/UBND`` joined), then
    the space before a dash, then the space after a dash that follows a type code, so both
    "2881/UBND – VP" and "Số: 397 /UBND -TP" (a signed PDF's header, office corpus o002)
    lose every space, while a year range in a title keeps its own spacing.

    >>> clean(MappedText.from_source("Công văn 2881/UBND – VP ngày"), ["dashes", "symbol_spaces"]).text
    'Công văn 2881/UBND-VP ngày'
    >>> clean(MappedText.from_source("Số: 397 /UBND -TP"), ["dashes", "symbol_spaces"]).text
    'Số: 397/UBND-TP'
    >>> clean(MappedText.from_source("Căn cứ Thông báo số 656 – TB/HNDTW ngày"), ["dashes", "symbol_spaces"]).text
    'Căn cứ Thông báo số 656-TB/HNDTW ngày'
    >>> clean(MappedText.from_source("GIAI ĐOẠN 2026 - 2030"), ["dashes", "symbol_spaces"]).text
    'GIAI ĐOẠN 2026- 2030'
    >>> clean(MappedText.from_source("Chỉ thị số 49-CT /TW ngày"), ["dashes", "symbol_spaces"]).text
    'Chỉ thị số 49-CT/TW ngày'
    >>> clean(MappedText.from_source("số 103/BKH-KTĐP &LT ngày"), ["dashes", "symbol_spaces"]).text
    'số 103/BKH-KTĐP&LT ngày'
    """
    return (t.sub(_SYMBOL_SPACES, "").sub(_TYPE_CODE_SPACE, r"\1").sub(_PARTY_CODE_SPACE, r"\1")
            .sub(_CODE_DASH_SPACE, "").sub(_AMPERSAND_SPACE, r"\1"))


# Cyrillic capitals that look like Latin ones, typed into symbols ("66/NQ-СР", "16495/BТС-PTHT": 17 crawl documents;
# Quyết định of UBND tỉnh Vĩnh Long citing Nghị quyết 66/NQ-CP, set n n_5931cb79)
_CYRILLIC_LATIN = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
_CYRILLIC_SYMBOL = re.compile(r"(?<![\w\u0400-\u04FF])[\dA-ZĐ\u0410-\u042F]+(?:[/-][\dA-Za-zĐđ\u0410-\u042F]+)+")


def symbol_lookalikes(t: MappedText) -> MappedText:
    """Cyrillic look-alike capitals inside a symbol become the Latin letters they stand for (``66/NQ-СР`` →
    ``66/NQ-CP``); words outside symbols keep theirs.

    >>> clean(MappedText.from_source("Nghị quyết số 66/NQ-СР ngày"), ["symbol_lookalikes"]).text
    'Nghị quyết số 66/NQ-CP ngày'
    """
    return t.sub(_CYRILLIC_SYMBOL, lambda m: m.group().translate(_CYRILLIC_LATIN))


STEPS: dict[str, Step] = {
    "newlines": newlines,
    "nfc": nfc,
    "lookalikes": lookalikes,
    "dashes": dashes,
    "spaces": spaces,
    "invisible": invisible,
    "quotes": quotes,
    "chars": chars,
    "unseen": unseen,
    "bullets": bullets,
    "markup": markup,
    "dehyphenate_symbols": dehyphenate_symbols,
    "symbol_spaces": symbol_spaces,
    "symbol_lookalikes": symbol_lookalikes,
}
CHAR_STEPS = ("newlines", "chars", "nfc")  # invisibles out first: "a\u200b\u0300" composes
REF_STEPS = CHAR_STEPS + ("markup", "dehyphenate_symbols", "symbol_spaces", "symbol_lookalikes")


# A tone mark on an open rime's second vowel ("hoà", "khoẻ", "thuỷ", "Uỷ ban": the old placement) or its first ("hòa",
# "khỏe", "thủy", "Ủy ban": the new) writes one word; both are current, even within one decree's appendix
# (vn-conventions §9.2), and the tables write the new. "quý" keeps its mark: "qu" is one consonant.
_OLD_PLACED = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?!\w)")


def _placed_new(m: re.Match) -> str:
    second = unicodedata.normalize("NFD", m.group(2))
    return unicodedata.normalize("NFC", m.group(1) + second[1:]) + second[0]


def tone_form(text: str) -> MappedText:
    """The text with every tone mark where the tables write it (the new placement), one character for one, so an
    offset into it is the same offset into ``text``: the readers read this form, the extract quotes ``text``.

    >>> tone_form("UỶ BAN THƯỜNG VỤ QUỐC HỘI; Văn hoá, khoẻ, thuỷ lợi; quý, hoàn thành").text
    'ỦY BAN THƯỜNG VỤ QUỐC HỘI; Văn hóa, khỏe, thủy lợi; quý, hoàn thành'
    """
    return MappedText.from_source(text).sub(_OLD_PLACED, _placed_new)


def read_form(text: str) -> MappedText:
    r"""The text a file reads as, with a map to its characters as decoded: CRLF and lone CR are LF, letters are
    composed (NFC), Ð is Đ, a non-breaking space is a space, zero-width characters are gone, a symbol font's bullet
    is the list mark it draws (:func:`bullets`).

    Why once, at reading: the classifier, the header reader and the task readers match words with spaces between
    them; a Windows text file (CRLF), a Word file's non-breaking spaces or a file typed with decomposed letters
    (Unikey's "Unicode tổ hợp") read as no document at all where the same page typed otherwise gave every task.

    >>> read_form("Căn\u00a0cứ\r\nĐiều 1.\u200b").text == "Căn cứ\nĐiều 1."
    True
    >>> t = read_form("Ca\u0306n cu\u031b\u0301")
    >>> t.text, t.source_slice(0, 3)
    ('Căn cứ', 'Ca\u0306n')
    """
    return clean(MappedText.from_source(text), ("newlines", "unseen", "bullets", "nfc"))


def clean(t: MappedText, steps: Iterable[Union[str, Step]] = REF_STEPS) -> MappedText:
    r"""Apply cleaning steps in order; names are looked up in :data:`STEPS`, callables run as given.

    >>> clean(MappedText.from_source("09\u2013 NQ/TW"), ["dashes", "symbol_spaces"]).text
    '09-NQ/TW'
    >>> clean(MappedText.from_source("x"), ["nfc", "tidy"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cancu.errors.ExtractionRuleError: unknown cleaning step 'tidy'; valid steps: newlines, nfc, lookalikes, ...
    """
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
    r"""The line-preserving form used by table readers: NFC, Đ, dashes, spaces, invisibles, LF.

    Line breaks survive (CRLF becomes one LF), so ``text.split("\n")`` gives the
    same lines as the source.

    >>> t = normalize_chars(MappedText.from_source("\u00d0\u00a0a\u200b\u2013b\r\nc"))
    >>> t.text
    'Đ a-b\nc'
    >>> t.source_slice(t.text.index("c"), len(t.text))
    'c'
    """
    return clean(t, CHAR_STEPS)


# --- matching keys -----------------------------------------------------------

# Old-style tone placement puts the mark on the second vowel of the open rimes
# oa, oe, uy (hoà, khoẻ, thuỷ, uỷ); the new style puts it on the first (hòa,
# khỏe, thủy, ủy). Keys use the new style. "qu" + y
# (quý) and closed syllables (hoàn, thuyết) agree in both styles: left alone.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![a-zA-Z\u0300-\u036f])"
)


def fold_key(s: str, *, marks: bool = True) -> str:
    """A key for comparing names: NFC, new tone placement, casefold, one space, '-' dashes.

    ``marks=False`` also drops every diacritic and writes đ as d, for matching what users type
    without them ("khanh hoa", "311/QD-UBND"); names that differ only by marks then agree.

    >>> fold_key("Ủy ban nhân dân tỉnh Khánh Hoà") == fold_key("UỶ BAN NHÂN DÂN TỈNH KHÁNH HÒA")
    True
    >>> fold_key("Phòng Văn hoá – Xã hội", marks=False)
    'phong van hoa - xa hoi'
    """
    s = unicodedata.normalize("NFD", s.translate(_CHAR_TABLE))
    if marks:
        s = _OLD_TONE.sub(r"\1\3\2", s)
        s = unicodedata.normalize("NFC", s).casefold()
    else:
        s = _MARKS.sub("", s).replace("đ", "d").replace("Đ", "D").casefold()
    s = re.sub(r"\s*-\s*", " - ", s)
    return re.sub(r"\s+", " ", s).strip()


_MARKS = re.compile(r"[\u0300-\u036f]")


def search_key(s: str) -> str:
    """What text lookup compares (search, the agency filter, the task text filter, the trace
    resolver): :func:`fold_key` without marks, with every dash a space and no space around a
    slash, so a query matches whatever tone placement, diacritics, dash or spacing inside a
    symbol either side wrote.

    >>> {search_key(q) for q in ("Nghị quyết số 09- NQ/TW", "nghi quyet so 09-NQ/TW", "NGHỊ QUYẾT SỐ 09 – NQ / TW")}
    {'nghi quyet so 09 nq/tw'}
    >>> len({search_key(q) for q in ("Phòng Văn hóa – Xã hội", "phong van hoa - xa hoi", "Phòng Văn hoá-Xã hội")})
    1
    >>> search_key("Bố trí, sắp xếp (người) hoạt động")
    'bo tri sap xep nguoi hoat dong'
    """
    k = _PUNCTUATION.sub(" ", fold_key(s, marks=False).replace("-", " "))
    return re.sub(r"\s+", " ", re.sub(r"\s*/\s*", "/", k)).strip()


#: what a search key drops besides dashes: punctuation between words ("Bố trí, sắp xếp" is found
#: by "bo tri sap xep"); '/' and '.' stay (symbols, dates, numbers)
_PUNCTUATION = re.compile(r"[,;:!?\"'“”‘’()\[\]{}…*]")


def symbol_key(symbol: str) -> str:
    """A document symbol as lookup compares it: no spaces, one dash, upper case, Đ as D
    (``311/QD-UBND``, ``09- NQ/TW``, ``12823/ctr-ubnd`` find ``311/QĐ-UBND``, ``09-NQ/TW``,
    ``12823/CTr-UBND``).

    >>> symbol_key("311/qđ – ubnd") == symbol_key("311/QD-UBND") == "311/QD-UBND"
    True
    """
    k = fold_key(symbol, marks=False).upper()
    return re.sub(r"\s+", "", k)
