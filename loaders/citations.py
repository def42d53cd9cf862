"""Find every document mentioned in a text: symbols, dates, issuers, laws by name.

Patterns run on the *reference form* of the text (markup removed, wrapped
symbols joined, stray symbol spaces dropped, all whitespace one space; see
``loaders/normalize.py``), and each match is converted back to a span of the
text as read. A :class:`Mention` is one occurrence; :func:`collect` groups
mentions of the same document into one :class:`~cancu.loaders.records.Citation`.

Symbol forms (vn-conventions §1.2, §2.3, §3):

- state ``311/QĐ-UBND``, normative ``118/2025/NĐ-CP``, odd ``66.2/2025/NQ-CP``,
  ``2231/SNV-CCHC&PC``; Công văn when the left part is not a type code;
- National Assembly ``72/2025/QH15`` (no type code: the kind comes from the word before);
- party ``91-KL/TU``, ``11-QĐi/TW`` (hyphen after the number, no year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.normalize import fold_key
from cancu.loaders.records import Citation, Span
from cancu.loaders.text import MappedText

# Every Vietnamese capital: "của Ủy ban ..." starts with one outside A-Z.
_UP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_WORD = "A-Za-zĐđ"
# Named pieces of the symbol pattern (style.md item 3).
NUMBER = r"\d{1,6}(?:\.\d{1,3})?"
YEAR = r"(?:19|20)\d{2}"
TYPE = rf"[{_UP}][{_WORD}]{{0,5}}"
ISSUER = rf"[{_UP}][{_WORD}0-9&]{{0,14}}"
STATE = rf"{NUMBER}(?:/{YEAR})?/{TYPE}(?:-{ISSUER})+"
ASSEMBLY = rf"{NUMBER}/{YEAR}/(?:QH|UBTVQH)\d{{2}}"
PARTY = rf"{NUMBER}-{TYPE}/{ISSUER}(?:-{ISSUER})*"
SYMBOL_RX = re.compile(rf"(?<![\w/.-])(?:{ASSEMBLY}|{STATE}|{PARTY})(?![\w/-]*\w)")

_DAY_MONTH_YEAR = re.compile(
    r"\s*,?\s*(?:ban hành\s+)?ngày\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})"
    r"|\s*,?\s*(?:ban hành\s+)?ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*((?:19|20)\d{2})"
)
_OF_ISSUER = re.compile(r"\s*,?\s*(?:của|do)\s+")
# Where an issuer phrase ends: a description starts, another document starts, punctuation.
# A comma or "và" goes on inside a name ("Bộ Văn hóa, Thể thao và Du lịch", "Bộ Chính trị,
# Ban Bí thư") unless a document kind or a lower-case word follows.
_ISSUER_END_WORDS = (r"về|tại|ban hành|quy định|hướng dẫn|phê duyệt|thông báo|đã|được|thực hiện|Thực hiện|Triển khai|"
                     r"Căn cứ|triển khai|trên|đến|năm 20\d\d|theo|đối với|trong|nhằm|lần thứ|kèm theo|sửa đổi|bổ sung|"
                     r"bãi bỏ|thay thế|là|có|quy định chi tiết")


@lru_cache(maxsize=None)
def _issuer_end() -> re.Pattern[str]:
    kinds = tables.kind_word_rx().pattern
    return re.compile(
        rf"\s+(?i:{_ISSUER_END_WORDS}|ngày|khoảng|gồm|nay là)\b|\s+(?=\d)"
        rf"|\s+và\s+(?=(?:{kinds}|các|những)\b)"
        rf"|,(?!\s*(?!(?:{kinds})\b)[{_UP}])|[;.():\"“”]|$"
    )


# A law named in running text: "Luật" + a capitalised word + words up to a stop word.
_LAW_STOP = (r"ngày|số|năm|và|được|đã|về|hiện|của|quy định|tại|theo|thì|có|đối với|trong|trên|thuộc|để|cho|"
             r"nhằm|với|là|khi|từ|đến|sau|trước|bảo đảm|đảm bảo|nêu|này|đó|các|những|mà|hoặc|như|gồm|bao gồm|"
             r"sửa đổi|bổ sung|hướng dẫn|ban hành|thi hành|vào|ra|do|bởi|nhưng|cũng|còn|phải|không|chưa")
_LAW_NAME = re.compile(
    rf"(?<![\w/])(?P<word>Bộ luật|Luật)\s+(?P<name>[{_UP}][^\s;,.():\"“”]*(?:\s+(?!(?:{_LAW_STOP})\b)[^\s;,.():\"“”]+){{0,14}})"
)
# After a law name: what makes it a complete name on its own (a hard boundary).
_LAW_BOUNDARY = re.compile(r"\s*(?:[;,.:()\"“”]|$|số\b|ngày\b|năm\s+\d{4}|\d{4}\b|được sửa đổi|đã được|và (?:Luật|Bộ luật)\b)")
# A basis clause naming a document without a number ("Căn cứ Điều lệ Đảng;").
_NAMED_BASIS = re.compile(
    rf"(?:(?<=[\s;.:*\-])|^)(?:{tables.basis_verb_alternation('can_cu', 'thuc_hien', 'trien_khai')})\s+(?P<title>(?P<kind>Hiến pháp|Điều lệ|Quy chế|Quy định|Pháp lệnh|"
    r"Cương lĩnh)\s+[A-ZĐ\w][^;]{0,200}?)\s*(?=;|\.\s|\.$|$)"
)
_CONGRESS = re.compile(
    rf"\bNghị quyết(?:\s+của)?\s+(?P<name>Đại hội(?:\s+đại biểu)?\s+Đảng bộ\s+(?:tỉnh|thành phố|phường|xã)\s+[{_UP}][^\s;,.]*(?:\s+[{_UP}][^\s;,.]*)*\s+lần\s+thứ\s+[IVXLC]+)"
)


def name_key(title: Optional[str]) -> str:
    """Key of a document cited by name: folded, punctuation dropped ("Thi đua, khen thưởng" = "Thi đua khen thưởng")."""
    return re.sub(r"\s+", " ", re.sub(r"[,.;:()\"“”]", " ", fold_key(title or ""))).strip()


@dataclass(frozen=True)
class Mention:
    """One occurrence of a document reference in the reference-form text."""

    kind: Optional[str]
    symbol: Optional[str]
    as_written: Optional[str]
    date: Optional[str]
    issuer_as_written: Optional[str]
    title: Optional[str]
    start: int  # reference-form offsets: kind word (or symbol) start ...
    end: int  # ... to the end of the symbol or law name
    full_end: int  # end including date and issuer phrases

    @property
    def key(self) -> str:
        if self.symbol:
            return "sym:" + self.symbol.casefold()
        return "name:" + name_key(self.title) + "|" + (self.date or "")


def reference_form(t: MappedText) -> MappedText:
    """The text the reference patterns run on: cleaned, one space for any whitespace run."""
    from cancu.loaders.normalize import clean

    t = clean(t, ("newlines", "chars", "nfc", "dehyphenate_symbols"))
    # markup and whitespace in one pass: markup goes, any whitespace run becomes one space
    t = t.sub(_MARKUP_OR_SPACE, _markup_or_space)
    return clean(t, ("symbol_spaces",))


def _markup_or_space(m: re.Match) -> str:
    return " " if m.lastgroup == "ws" else ""


def _compile_markup_or_space() -> re.Pattern[str]:
    from cancu.loaders.normalize import _MARKUP

    return re.compile(rf"(?P<ws>[ \t]*\n\s*|[ \t]{{2,}}|\t)|(?P<mk>{_MARKUP.pattern})", _MARKUP.flags)


_MARKUP_OR_SPACE = _compile_markup_or_space()


def symbol_form(s: str) -> str:
    """A short string in reference form (markup, stray symbol spaces and line breaks removed).

    >>> symbol_form("Số: 33 /TTr- SDTTG")
    'Số: 33/TTr-SDTTG'
    """
    return reference_form(MappedText.from_source(s)).text


def canonical_symbol(written: str) -> str:
    """Normalise a symbol: no spaces, one dash form, known case fixes (``TTG`` → ``TTg``)."""
    s = re.sub(r"\s+", "", written)
    s = re.sub(r"[‐-―−]", "-", s)
    s = re.sub(r"-TTG\b", "-TTg", s)
    return s


def kind_from_symbol(symbol: str) -> Optional[str]:
    """Kind implied by the type code of a symbol; Công văn when the left part is not a type."""
    if re.fullmatch(ASSEMBLY, symbol):
        return None  # Luật or Nghị quyết: only the preceding word says which
    if re.fullmatch(PARTY, symbol):
        code = symbol.split("-", 1)[1].split("/", 1)[0]
        return tables.kind_by_party_code().get(code)
    code = symbol.rsplit("/", 1)[1].split("-", 1)[0]
    return tables.kind_by_code().get(code) or "Công văn"


def _date_after(text: str, pos: int) -> tuple[Optional[str], int]:
    m = _DAY_MONTH_YEAR.match(text, pos)
    if not m:
        return None, pos
    d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
    try:
        day, month = int(d), int(mo)
    except ValueError:
        return None, pos
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None, pos
    return f"{y}-{month:02d}-{day:02d}", m.end()


def _issuer_after(text: str, pos: int) -> tuple[Optional[str], int]:
    m = _OF_ISSUER.match(text, pos)
    if not m:
        return None, pos
    start = m.end()
    if not re.match(rf"[{_UP}]", text[start:start + 1]):
        return None, pos
    end_m = _issuer_end().search(text, start, min(len(text), start + 160))
    end = end_m.start() if end_m else min(len(text), start + 160)
    issuer = text[start:end].strip()
    if not issuer or len(issuer) > 150:
        return None, pos
    return issuer, start + len(issuer)


def _kind_before(text: str, start: int) -> tuple[Optional[str], int, Optional[str]]:
    """The kind word right before a symbol ("Nghị quyết số", "Luật … số"), with its start and the law name."""
    window_start = max(0, start - 200)
    window = text[window_start:start]
    best = None
    law = None
    for m in tables.kind_word_rx().finditer(window):
        between = window[m.end():]
        if re.fullmatch(r"\s*(?:liên tịch\s*)?(?:số\s*)?", between):
            best = (m, None)
        elif m.group() in ("Luật", "Bộ luật") and law is None:
            # "Luật Ban hành …", and amending laws "Luật sửa đổi, bổ sung một số điều của Luật …"
            name = re.fullmatch(rf"\s+((?:[{_UP}]|sửa đổi)[^;.()]{{1,180}}?)\s*,?\s*số\s*", between)
            if name and not re.search(r"\d+/|\bsố\s*\d|\bngày\s*\d", name.group(1)):
                law = (m, name.group(1).strip())  # the earliest: "Luật Sửa đổi … Luật Ban hành … số 87/2025/QH15"
    if law and (best is None or best[0].start() < law[0].start() or best[0].group() in ("Luật", "Bộ luật")):
        best = law
    if not best:
        return None, start, None
    m, law_name = best
    kind = tables.kind_of_word()[m.group().casefold()]
    title = f"{m.group()} {law_name}" if law_name else None
    return kind, window_start + m.start(), title


@lru_cache(maxsize=None)
def known_laws() -> tuple[str, ...]:
    names = {fold_key(e["name"]): e["name"] for e in tables.load("laws")["laws"]}
    return tuple(sorted(names.values(), key=len, reverse=True))


@lru_cache(maxsize=None)
def _table_keys() -> tuple[str, ...]:
    return tuple(fold_key(k) for k in known_laws())


@lru_cache(maxsize=None)
def law_aliases() -> dict[str, str]:
    """Short forms of law names ("Luật NSNN") → the full name."""
    return {fold_key(a): e["name"] for e in tables.load("laws")["laws"] for a in e.get("aliases", [])}


def _head_key(s: str) -> str:
    """Fold key of the first two words ("Luật Quản") — the index of known names."""
    return fold_key(" ".join(s.split()[:2]).strip(",;"))


def _index_known(known: list[str], base: Optional[dict[str, list[str]]] = None) -> dict[str, list[str]]:
    """Names grouped by their first two words, longest first; ``base`` (the table's index) is not changed."""
    index: dict[str, list[str]] = {k: list(v) for k, v in base.items()} if base else {}
    for k in known:
        index.setdefault(_head_key(k), []).append(k)
    for names in index.values():
        names.sort(key=len, reverse=True)
    return index


@lru_cache(maxsize=None)
def _table_index() -> dict[str, list[str]]:
    return _index_known(list(known_laws()))


def _law_title(text: str, m: re.Match, index: dict[str, list[str]]) -> Optional[str]:
    """The name of the law at ``m``: a known name the text starts with, or a name closed by a hard boundary.

    Known names are compared on the text itself, so a name with a comma
    ("Luật Quản lý, sử dụng tài sản công") is not cut at the comma.
    """
    word, name = m.group("word"), m.group("name")
    start = m.start()
    for k in index.get(_head_key(f"{word} {name}"), ()):
        piece = text[start:start + len(k)]
        if len(piece) == len(k) and (piece == k or fold_key(piece) == fold_key(k)) \
                and not re.match(r"\w", text[start + len(k):start + len(k) + 1]):
            return piece
    if _LAW_BOUNDARY.match(text, m.end("name")) and len(name.split()) <= 10:
        return f"{word} {name}"
    return None


def _clause_start(ref: MappedText, pos: int) -> bool:
    """Whether ``pos`` opens a clause: after ';', '.', ':' or at the start of a source line."""
    before = ref.text[max(0, pos - 3):pos].rstrip()
    if not before or before[-1] in ";.:":
        return True
    s0 = ref.to_source(pos, min(len(ref.text), pos + 1))[0]
    src = ref.source
    return not src[src.rfind("\n", 0, s0) + 1:s0].strip(" \t*_#|-+•")


def find_mentions(ref: MappedText) -> list[Mention]:
    """Every document mention in reference-form text, in order of appearance."""
    text = ref.text
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in SYMBOL_RX.finditer(text):
        symbol = canonical_symbol(m.group())
        kind, start, title = _kind_before(text, m.start())
        if kind is None:
            kind = kind_from_symbol(symbol)
        if kind == "Thông báo" and "kết luận" in text[start:m.start()].casefold():
            kind = "Thông báo"
        date, pos = _date_after(text, m.end())
        issuer, pos = _issuer_after(text, pos)
        if date is None:  # "… của Chính phủ ngày 15/7/2021" order
            date, pos2 = _date_after(text, pos)
            pos = max(pos, pos2)
        s, e = ref.to_source(m.start(), m.end())
        out.append(Mention(kind, symbol, ref.source[s:e], date, issuer, title, start, m.end(), pos))
        taken.append((start, m.end()))

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    # Laws by name: names closed by a hard boundary anywhere in the text count as known.
    known = list(known_laws())
    table_keys = _table_keys()
    law_matches = list(_LAW_NAME.finditer(text))
    for m in law_matches:
        if _LAW_BOUNDARY.match(text, m.end("name")) and len(m.group("name").split()) <= 10:
            cand = fold_key(f"{m.group('word')} {m.group('name')}")
            if not any(cand.startswith(k + " ") for k in table_keys):  # the table wins over a longer guess
                known.append(f"{m.group('word')} {m.group('name')}")
    known += [x.title for x in out if x.title and x.kind in ("Luật", "Bộ luật")]
    aliases = law_aliases()
    known += [a for a in (m.group() for m in re.finditer(r"(?:Bộ luật|Luật) [A-ZĐ]{2,10}\b", text))
              if fold_key(a) in aliases]
    index = _index_known(known[len(known_laws()):], base=_table_index())
    for m in law_matches:
        title = _law_title(text, m, index)
        if title is None:
            continue
        name_end = m.start() + len(title)
        if not free(m.start(), name_end):
            continue
        after = text[name_end:name_end + 14]
        if re.match(r"\s*,?\s*(?:số\s*)?\d+/\d{4}/", after):
            continue  # the symbol pass already has it
        date, pos = _date_after(text, name_end)
        title = aliases.get(fold_key(title), title)
        out.append(Mention("Bộ luật" if m.group("word") == "Bộ luật" else "Luật", None, None, date,
                           None, title, m.start(), name_end, pos))
        taken.append((m.start(), name_end))
    for m in _NAMED_BASIS.finditer(text):
        a, b = m.start("title"), m.end("title")
        if not free(a, b) or re.search(r"\bsố\s*\d|\d+/\d", m.group("title")) or not _clause_start(ref, m.start()):
            continue
        title = re.sub(r"\s+", " ", m.group("title")).strip(" *_")
        out.append(Mention(tables.kind_of_word().get(m.group("kind").casefold(), m.group("kind")), None, None,
                           None, None, title, a, b, b))
        taken.append((a, b))
    for m in _CONGRESS.finditer(text):
        if not free(m.start(), m.end()):
            continue
        title = "Nghị quyết của " + m.group("name")
        out.append(Mention("Nghị quyết", None, None, None, m.group("name"), title,
                           m.start(), m.end(), m.end()))
    out.sort(key=lambda x: x.start)
    return out


def _symbol_year(symbol: Optional[str]) -> int:
    m = re.search(r"/((?:19|20)\d{2})/", symbol or "")
    return int(m.group(1)) if m else 0


def _best_date(symbol: Optional[str], dates: list[str]) -> Optional[str]:
    """The date of a document stated several times: the one agreeing with the symbol's year,
    else the most frequent, else the first (a typo in one mention must not win)."""
    if not dates:
        return None
    year = _symbol_year(symbol)
    if year:
        agreeing = [d for d in dates if int(d[:4]) == year]
        if agreeing:
            dates = agreeing
    counts = {d: dates.count(d) for d in dates}
    return max(dates, key=lambda d: (counts[d], -dates.index(d)))


def collect(ref: MappedText, mentions: list[Mention], *, resolve_issuer=None,
            exclude_symbols: set[str] = frozenset()) -> list[Citation]:
    """Group mentions of the same document into citations with all their spans.

    The first mention that states a date or issuer supplies it; ``resolve_issuer``
    turns a relative issuer ("Tỉnh ủy") into the named one for the citing document.
    A law named without its number ("Luật Cơ yếu") joins the numbered citation
    with the same name (the latest one when several share it); a law named once
    with its date and once without is one law.
    """
    groups: dict[str, list[Mention]] = {}
    law_dates: dict[str, str] = {}
    by_title: dict[str, list[str]] = {}
    for m in mentions:
        if m.symbol and m.symbol in exclude_symbols:
            continue
        if m.symbol is None and m.date:
            law_dates.setdefault(name_key(m.title), m.date)
        groups.setdefault(m.key, []).append(m)
        if m.symbol and m.title:
            by_title.setdefault(name_key(m.title), [])
            if m.key not in by_title[name_key(m.title)]:
                by_title[name_key(m.title)].append(m.key)
    merged: dict[str, list[Mention]] = {}
    for key, ms in groups.items():
        if key.startswith("name:"):
            name, _, date = key[5:].partition("|")
            numbered = by_title.get(name)
            if numbered and not date:
                key = max(numbered, key=lambda k: _symbol_year(groups[k][0].symbol))
            elif not date and name in law_dates:
                key = f"name:{name}|{law_dates[name]}"
        merged.setdefault(key, []).extend(ms)
    out = []
    for ms in merged.values():
        ms = sorted(ms, key=lambda m: (m.symbol is None, m.start))
        first = ms[0]
        date = _best_date(first.symbol, [m.date for m in ms if m.date])
        issuer_w = next((m.issuer_as_written for m in ms if m.issuer_as_written), None)
        issuer = resolve_issuer(issuer_w) if (resolve_issuer and issuer_w) else issuer_w
        title = next((m.title for m in ms if m.title), None)
        kind = next((m.kind for m in ms if m.kind), None)
        spans: list[Span] = sorted({ref.to_source(m.start, m.end) for m in ms})
        as_written = first.as_written
        if first.symbol and as_written == first.symbol:
            as_written = next((m.as_written for m in ms if m.as_written and m.as_written != m.symbol), as_written)
        out.append(Citation(kind, first.symbol, as_written, date, issuer, issuer_w, title, tuple(spans)))
    out.sort(key=lambda c: c.spans[0])
    return out
