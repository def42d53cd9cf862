"""Words a text layer glued together, read with the spaces a reader sees.

Some PDF fonts drop the space glyph after certain composed vowels, so the text layer reads
"Hội đồng nhân dân xã chủtrì, phối hợp với …", "Ban Thường vụĐảng uỷ", "đơn vịcăn cứchức
năng" (a commune party committee's documents, set bx). A reader sees two syllables where the
layer has one token; the extractor's verbs ("chủ trì") and names ("Ban Thường vụ Đảng uỷ")
are written with the space. A Vietnamese syllable is short and regular (onset, a vowel
nucleus of at most three letters, an optional final consonant: ``data/syllables.json``), so a
token with marks that no syllable can be, and that splits wholly into syllables that
administrative text uses (the counts of ``data/ocr_syllables.json.gz``), is glued; so is a
lower-case letter followed by a capital inside a token with marks ("uỷUBND", "vụĐảng").
Names spelt with their spaces, acronyms, symbols, URLs and words without Vietnamese marks
(English, brands: "iPhone", "VnExpress") are never split.

:func:`unglue` gives the text with the spaces restored as a :class:`MappedText` view (spans
still index the text as read); :func:`reglue` puts a task's text back as the file has it
(the gold keeps a task's text as written, its names as a reader reads them).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from cancu.loaders.tables import load
from cancu.loaders.text import MappedText

__all__ = ["glue_rate", "glued_tokens", "parted_at", "reglue", "spaced_name", "split_token", "unglue"]

#: fewest uses in the counted administrative text for a piece to be a syllable (a split into rare
#: syllables, "bột rực" for "bộtrực", loses to the frequent one anyway; unseen ones are no split)
MIN_COUNT = 5
#: breaks after a composed vowel per 1,000 words from which a text is read through :func:`unglue` (bx documents:
#: 35–70; every other gold below 5, the crawl and office files below 1: the odd misspelling or name, "Lênin")
MIN_RATE = 10.0
#: share of the breaks that follow a composed vowel in such a text (bx: 0.99–1.0; words run together otherwise,
#: r_90ee3a0b "vàcácxã", f_3010fb95 "Hải Phòngchính": 0.3–0.45)
MIN_COMPOSED = 0.8
#: fewest distinct glued words: one loanword or name written as one word and repeated ("đôla" 21 times, "Êđê",
#: crawl files) is no font (bx: 19–141)
MIN_FORMS = 10
_TOKEN = re.compile(r"[^\W\d_]+")
_BETWEEN_LETTERS = re.compile(r"\B(?<=[^\W\d_])")


@lru_cache(maxsize=1)
def _grammar() -> re.Pattern[str]:
    g = load("syllables")["shape"]
    v = g["vowels"]
    return re.compile(f"(?:{'|'.join(g['onsets'])})?[{v}]{{1,{g['max_nucleus']}}}(?:{'|'.join(g['finals'])})?")


def _is_syllable(word: str) -> bool:
    """A single syllable by its shape, at most one tone mark ("chủ", "nghiêng"; not "chủtrì")."""
    return bool(_grammar().fullmatch(word.lower()))


def _marked(word: str) -> bool:
    return any(ord(c) > 0x7F for c in word)


def _case_runs(token: str) -> list[str]:
    """``token`` cut before each capital that follows a lower-case letter ("ĐềnghịUỷ" → "Đềnghị", "Uỷ")."""
    cuts = [0] + [i for i in range(1, len(token)) if token[i].isupper() and token[i - 1].islower()] + [len(token)]
    return [token[a:b] for a, b in zip(cuts, cuts[1:])]


def _syllables(part: str) -> list[str] | None:
    """``part`` (one case run, no capital after a lower-case letter) split into the likeliest syllables,
    or None when it is one syllable or splits into none."""
    from cancu.loaders.formats.ocr_syllables import log_p, model

    low = part.lower()
    if _is_syllable(low) or not _marked(low):
        return None
    m = model()

    @lru_cache(maxsize=None)
    def best(i: int, prev: str | None) -> tuple[float, tuple[int, ...]] | None:
        if i == len(low):
            return 0.0, ()
        out = None
        for j in range(i + 1, min(len(low), i + 8) + 1):
            w = low[i:j]
            if m.syllables.get(w, 0) < MIN_COUNT or not _is_syllable(w):
                continue
            rest = best(j, w)
            if rest is None:
                continue
            score = log_p(m, prev, w, False) + rest[0]
            if out is None or score > out[0]:
                out = (score, (j, *rest[1]))
        return out

    found = best(0, None)
    if found is None or len(found[1]) < 2:
        return None
    cuts = (0, *found[1])
    return [part[a:b] for a, b in zip(cuts, cuts[1:])]


@lru_cache(maxsize=1 << 16)
def _split(token: str) -> tuple[str, ...] | None:
    # memoised: every document is scanned twice (tasks, citations) and its words repeat
    if not _marked(token):
        return None
    out: list[str] = []
    for r in _case_runs(token):
        if len(r) > 1 and r.isupper():
            out.append(r)  # an acronym ("UBND", "MTTQVN")
            continue
        out.extend(_syllables(r) or [r])
    return tuple(out) if len(out) > 1 else None


def split_token(token: str) -> list[str] | None:
    """The syllables (and acronyms) of a glued token, or None when it is not glued.

    >>> split_token("chủtrì"), split_token("vụĐảng"), split_token("uỷUBND"), split_token("ĐềnghịUỷ")
    (['chủ', 'trì'], ['vụ', 'Đảng'], ['uỷ', 'UBND'], ['Đề', 'nghị', 'Uỷ'])
    >>> split_token("nghiêng"), split_token("Krông"), split_token("iPhone"), split_token("UBND")
    (None, None, None, None)
    """
    found = _split(token)
    return list(found) if found else None


def spaced_name(name: str) -> str:
    """A body's name with the spaces a reader sees in each glued token, whatever the text's rate: a web page that lost
    the space at a few line joins glues lower-case syllables too ("Bộ Kếhoạch và Đầu tư", set op ip_19a9c1cc), which
    :func:`unglue` leaves as written in the text (a comma may be what was lost there), but a name is read as the
    document means it (gold: names as a reader reads them).

    >>> spaced_name("Bộ Kếhoạch và Đầu tư"), spaced_name("Giaothông vận tải"), spaced_name("Ủy ban tỉnh Đắk Lắk")
    ('Bộ Kế hoạch và Đầu tư', 'Giao thông vận tải', 'Ủy ban tỉnh Đắk Lắk')
    """
    return _TOKEN.sub(lambda m: " ".join(split_token(m.group()) or [m.group()]), name)


def glued_tokens(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, pieces) of each glued token of ``text``."""
    return [(m.start(), m.end(), p) for m in _TOKEN.finditer(text) if (p := split_token(m.group()))]


def _composed_breaks(found: list[tuple[int, int, list[str]]]) -> tuple[int, int]:
    """(breaks after a composed vowel, all breaks) of the glued tokens ``found``: "chủ|trì", "vụ|Đảng" are the former,
    "Phòng|chính", "và|các" the latter only."""
    after = [p[-1] for _, _, pieces in found for p in pieces[:-1]]
    return sum(1 for c in after if ord(c) > 0x7F and c.lower() not in "đ"), len(after)


def glue_rate(text: str) -> float:
    """Breaks after a composed vowel per 1,000 words (the dropped-space font's rate)."""
    words = len(text.split())
    return 1000.0 * _composed_breaks(glued_tokens(text))[0] / words if words else 0.0


def _spaced_at(t: MappedText, at: set[int]) -> MappedText:
    """``t`` with a space inserted at each offset of ``at`` that falls between two letters (the spaces are insertions:
    every other character keeps its place)."""
    return t.sub(_BETWEEN_LETTERS, lambda m: " " if m.start() in at else "")


def unglue(t: MappedText) -> MappedText:
    """``t`` with a space between the syllables of each glued token when its text layer drops the space glyph after
    composed vowels; otherwise ``t`` itself. The spaces are insertions: every other character keeps its place.

    That font glues often (:data:`MIN_RATE`) and nearly only after a composed vowel (:data:`MIN_COMPOSED`: set bx,
    160 of 160 breaks in ix_0a6f8c63). Texts whose words ran together otherwise (a table cell's "vàcácxã",
    "Hải Phòngchính quyền", merger resolutions of sets r, k, bf, where a comma or a line may be what was lost)
    are left as written."""
    found = glued_tokens(t.text)
    words = len(t.text.split())
    composed, breaks = _composed_breaks(found)
    if not words or 1000.0 * composed / words < MIN_RATE or composed < MIN_COMPOSED * breaks \
            or len({t.text[a:b].lower() for a, b, _ in found}) < MIN_FORMS:
        return _case_unglued(t)
    at: set[int] = set()
    for a, _, pieces in found:
        k = a
        for p in pieces[:-1]:
            k += len(p)
            at.add(k)
    return _spaced_at(t, at)


def _case_cuts(token: str) -> list[int]:
    """Where a capital opens a syllable glued to the one before it in a token with marks ("BộCông" → 2): each case
    run a syllable by its shape, or an acronym ("nghiệpTHPT", "uỷUBND"); [] otherwise."""
    if not _marked(token):
        return []
    runs = _case_runs(token)
    if len(runs) < 2 or not all(_is_syllable(r) or len(r) > 1 and r.isupper() for r in runs):
        return []
    return list(itertools.accumulate(len(r) for r in runs[:-1]))


def _case_unglued(t: MappedText) -> MappedText:
    """``t`` with a space before each capital glued to the syllable before it, whatever the rate: a web page that lost
    the space at some of its line joins glues words of every kind ("Côngnghiệp", "Xétbáo", set o io_817328b1), and only
    the capital after a lower-case letter is sure to be a break ("Kính gửi: BộCông Thương" → "Bộ Công Thương", the
    lead the letter names); the other runs are left as written."""
    at = {m.start() + k for m in _TOKEN.finditer(t.text) for k in _case_cuts(m.group())}
    if not at:
        return t
    return _spaced_at(t, at)


def parted_at(t: MappedText, words: re.Pattern[str]) -> MappedText:
    """``t`` with a space at each cut of a glued token where one of ``words`` begins, ends or runs across, whatever the
    rate. A web page that lost a few spaces at line joins glues a verb to the name before it or the word after it
    ("… thành phố trực thuộc Trung ươngbáo cáo về …", set ou iu_f525668b; "… các cấp cónhiệm vụ triển khai",
    set ot it_1c416567): read as written, the name runs on into the verb. :func:`unglue` leaves such tokens as
    written (a comma or a line may be what was lost); where the extractor reads one of its words the cut is sure
    enough: the syllables split as the syllable model splits them, the word found across the cut.

    >>> parted_at(MappedText.from_source("Trung ươngbáo cáo về"), re.compile(r"(?<!\\w)báo cáo(?!\\w)")).text
    'Trung ương báo cáo về'
    """
    at: set[int] = set()
    text = t.text
    for a, b, pieces in glued_tokens(text):
        cuts = list(itertools.accumulate(len(p) for p in pieces[:-1]))
        lo = max(0, a - 30)
        # the token spaced, between the words around it; each cut's space at its place in that window
        window = text[lo:a] + " ".join(pieces) + text[b:b + 30]
        spaces = [a - lo + k + i for i, k in enumerate(cuts)]
        if any(m.start() <= c + 1 and c <= m.end() for m in words.finditer(window) for c in spaces):
            at.update(a + k for k in cuts)
    if not at:
        return t
    return _spaced_at(t, at)


def reglue(text: str, source: str) -> str:
    """A text read from the unglued view (:func:`unglue`), written as ``source`` (the text as read, from where the
    text starts) writes it: each spaced run of syllables that ``source`` glues at that place is glued again.

    Both forms may stand in one document ("chủtrì" and "chủ trì"), so each spaced run is found in ``source`` by
    the letters before it, spaces and line breaks ignored (a task's text joins its lines and may skip a line).

    >>> reglue("Hội đồng nhân dân xã chủ trì, phối hợp; chủ trì", "Hội đồng nhân dân xã chủtrì, phối hợp;\\nchủ trì")
    'Hội đồng nhân dân xã chủtrì, phối hợp; chủ trì'
    """
    found = glued_tokens(source)
    if not found:
        return text
    spaced = {" ".join(p) for _, _, p in found}
    rx = re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, spaced), key=len, reverse=True)) + r")(?!\w)")
    keep = [i for i, c in enumerate(source) if not c.isspace()]
    bare = "".join(source[i] for i in keep)
    out, pos, ptr, last = [], 0, 0, 0
    for m in rx.finditer(text):
        run = m.group().replace(" ", "")
        before = "".join(text[max(0, m.start() - 40):m.start()].split())[-12:]
        # no further than the text has gone since the last run found, and a little more (a skipped line)
        reach = ptr + len("".join(text[last:m.end()].split())) + 300
        # the letters before may reach back over the last run found ("tiếp nhậnhồ sơ khai thuế", set os is_b9f25cfc):
        # looked for from past that run, they would be found only where the same words stand again further on
        q = bare.find(before + run, max(0, ptr - len(before)), reach)
        if q < 0:
            q, before = bare.find(run, ptr, reach), ""
        if q < 0:
            continue
        a = keep[q + len(before)]
        b = keep[q + len(before) + len(run) - 1] + 1
        ptr, last = q + len(before) + len(run), m.end()
        if source[a:b] == run:  # glued where the text was read
            out += [text[pos:m.start()], run]
            pos = m.end()
    return "".join(out) + text[pos:]
