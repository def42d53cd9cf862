"""Identity of the documents in a file: kind, number and symbol, date, place, issuer, title, signer.

Works on the line form of the text (characters cleaned, markup removed, lines
kept), because the header is laid out in lines (vn-conventions §1.3–1.6):
issuer block, ``Số: …``, ``<Place>, ngày … tháng … năm …``, the type line in
capitals, the summary, and at the end ``Nơi nhận:`` and the signature block.
A file may hold several documents: a decision and the plan it issues
("Ban hành kèm theo Quyết định …") are split at the plan's own header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.citations import SYMBOL_RX, canonical_symbol, kind_from_symbol
from cancu.loaders.records import DocInfo
from cancu.loaders.text import MappedText

_UP = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
_NOISE_LINE = re.compile(r"^[\s|*\-_=#]*$")
_MOTTO = re.compile(r"CỘNG\s+H[ÒO][AÀ]\s+XÃ|Độc\s+lập\s*-|ĐẢNG\s+CỘNG\s+SẢN|^\s*\*\s*$", re.I)
_NUMBER_LINE = re.compile(r"^\s*Số\s*:?\s*(?P<rest>.*)$")
_DATE_LINE = re.compile(
    r"(?P<place>[^\n,|*]{2,40}?)\s*,\s*ngày\s*(?P<d>\d{1,2})?\s*(?:tháng\s*(?P<m>\d{1,2})|/\s*(?P<m2>\d{1,2}))?"
    r"\s*(?:năm\s*|/\s*)(?P<y>(?:19|20)\d{2})"
)
_ATTACHED = re.compile(r"^\s*\(?\s*(?:Ban hành\s+)?[Kk]èm theo\s+(?P<parent>Quyết định|Nghị quyết|Chỉ thị)\b")
_AUTHORITY = re.compile(
    r"^\s*(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|"
    r"CHÍNH PHỦ|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|GIÁM ĐỐC|TỔNG)\b"
)
_BASIS_START = re.compile(r"^\s*(?:Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Xét đề nghị|Xét Tờ trình)\b")
_SIGN_PREFIX = re.compile(r"^\s*(?P<cap>TM\.|KT\.|Q\.|TL\.|TUQ\.|T/M|K/T|T/L)\s*(?P<rest>.*)$")
_RECIPIENTS = re.compile(r"^\s*Nơi\s+nhận\s*:?", re.I)
_UNIT_WORDS = ("THÀNH PHỐ", "THỊ XÃ", "THỊ TRẤN", "ĐẶC KHU", "TỈNH", "PHƯỜNG", "XÃ", "HUYỆN", "QUẬN")


@dataclass(frozen=True)
class Line:
    text: str
    start: int  # offset in the line-form text
    end: int


def line_form(t: MappedText) -> MappedText:
    """Characters cleaned and markup removed, line breaks kept."""
    from cancu.loaders.normalize import clean

    return clean(t, ("newlines", "nfc", "chars", "markup"))


def split_lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(raw, pos, pos + len(raw)))
        pos += len(raw) + 1
    return out


def _is_upper(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _title_case(words: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in words.split())


def _sentence_case(words: str) -> str:
    w = words.lower()
    return w[:1].upper() + w[1:]


def normalise_issuer(block: str) -> str:
    """``ỦY BAN NHÂN DÂN PHƯỜNG BẮC NHA TRANG`` → ``UBND phường Bắc Nha Trang``."""
    s = re.sub(r"\s+", " ", block).strip(" -*|")
    for entry in tables.issuers()["expand"]:
        s = re.sub(re.escape(entry["long"]), entry["short"], s, flags=re.I)
    s = re.sub(r"\bUỶ\b", "ỦY", s)
    if not _is_upper(s.replace("UBND", "").replace("HĐND", "")):
        return s
    for unit in _UNIT_WORDS:
        m = re.search(rf"\b{unit}\b", s)
        if m:
            head, place = s[: m.start()].strip(), s[m.end():].strip()
            if head not in ("UBND", "HĐND", "UBMTTQVN", ""):
                head = _sentence_case(head)
                head = re.sub(r"^(Sở|Bộ|Ban|Phòng) (\w)", lambda x: x.group(1) + " " + x.group(2).upper(), head)
            return f"{head} {unit.lower()} {_title_case(place)}".strip()
    if re.fullmatch(r"(TỈNH|THÀNH|ĐẢNG) ỦY .+", s):
        a, b = s.split(" ỦY ", 1)
        return f"{a.capitalize()} ủy {_title_case(b)}"
    words = _sentence_case(s)
    return re.sub(r"^(Sở|Bộ|Ban|Phòng|Cục|Văn phòng) (\w)", lambda x: x.group(1) + " " + x.group(2).upper(), words)


def find_attached_starts(lines: list[Line]) -> list[int]:
    """Line indexes where an attached document (the plan issued by a decision) begins its header."""
    starts = []
    kind_rx = tables.header_kind_rx()
    for i, line in enumerate(lines):
        if i < 5 or not kind_rx.match(line.text) or line.text.strip().upper().startswith("PHỤ LỤC"):
            continue
        window = [l.text for l in lines[i + 1:i + 8] if l.text.strip()]
        if not any(_ATTACHED.match(w) for w in window[:4]):
            continue
        j = i
        while j > 0 and (not lines[j - 1].text.strip() or _is_upper(lines[j - 1].text)
                         or _MOTTO.search(lines[j - 1].text) or _NOISE_LINE.match(lines[j - 1].text)):
            j -= 1
            if i - j > 12:
                break
        while j < i and not lines[j].text.strip():
            j += 1
        starts.append(j)
    return starts


def parse_document(lf: MappedText, lines: list[Line], lo: int, hi: int, *,
                   body_issuer: Optional[str] = None) -> DocInfo:
    """Read the identity of the document held in ``lines[lo:hi]``."""
    header = lines[lo:min(hi, lo + 60)]
    kind_rx = tables.header_kind_rx()
    kind = symbol = number = date = date_text = precision = place = title = None
    kind_idx = None
    for k, line in enumerate(header):
        m = kind_rx.match(line.text)
        if m:
            kind = tables.kind_of_word().get(m.group(1).lower()) or m.group(1).capitalize()
            kind_idx = lo + k
            break
    # Number line ("Số: 298/KH-UBND", "Số 07-KL/VPTW", number on the next line, blank number).
    for k, line in enumerate(header[:40]):
        m = _NUMBER_LINE.match(line.text.replace("|", " "))
        if not m:
            continue
        rest = m.group("rest").strip()
        if not rest and k + 1 < len(header):
            nxt = next((l.text for l in header[k + 1:k + 4] if l.text.strip(" |")), "")
            rest = nxt.strip(" |")
        sm = SYMBOL_RX.search(rest)
        if sm and sm.start() < 3:
            symbol = canonical_symbol(sm.group())
            number = re.match(r"\d+(?:\.\d+)?", symbol).group().lstrip("0") or "0"
        else:
            blank = re.match(r"^[\s.…_]*/\s*(\S+)", rest)
            if blank:
                symbol = "/" + canonical_symbol(blank.group(1))
        break
    top = header[: (kind_idx - lo + 3) if kind_idx is not None else 15]
    flat = re.sub(r"\s+", " ", " ".join(l.text.replace("|", " ").replace("*", " ") for l in top))
    dm = _DATE_LINE.search(flat)
    if dm:
        # the place is the run of capitalised words right before the comma
        pm = re.search(rf"((?:[{_UP}][^\s\d/:;]*\s*){{1,6}})$", dm.group("place").strip())
        place = pm.group(1).strip() if pm else None
        words = (place or "").split()
        while words and (words[0] in ("Số", "SỐ") or "-" in words[0]
                         or (len(words[0]) > 1 and words[0].isupper() and len(words) > 1)):
            words.pop(0)
        place = " ".join(words) or None
        month = dm.group("m") or dm.group("m2")
        date_text = dm.group(0)[len(dm.group("place")):].strip(" ,")
        if month and dm.group("d"):
            try:
                date = f"{dm.group('y')}-{int(month):02d}-{int(dm.group('d')):02d}"
                precision = "day"
            except ValueError:
                date = None
        elif month:
            precision = "month"
        else:
            precision = "year"
    # Issuer block: upper-case lines above the type line that are not the motto.
    issuer = None
    inferred = False
    stop = kind_idx if kind_idx is not None else min(hi, lo + 12)
    block: list[str] = []
    for line in lines[lo:stop]:
        t = line.text.strip(" |*-_")
        if not t or _MOTTO.search(t) or _NUMBER_LINE.match(t) or _DATE_LINE.search(t):
            if block and not t:
                continue
            if block:
                break
            continue
        if _is_upper(t) and len(t) < 80:
            block.append(t)
        elif block:
            break
    if block:
        issuer = _issuer_from_block(block)
    # Title: lines after the type line up to the authority line or the first clause.
    authority = None
    if kind_idx is not None:
        parts = []
        for line in lines[kind_idx + 1:min(hi, kind_idx + 12)]:
            t = line.text.strip(" *|#")
            if not t:
                continue
            if parts and _AUTHORITY.match(t) and _is_upper(t):
                authority = t
                break
            if parts and _BASIS_START.match(t) or re.match(r"^\s*(?:[IVX]+\.|Điều 1|\d+\.)", t) or t.startswith("("):
                break
            if _NUMBER_LINE.match(t) and SYMBOL_RX.search(t):
                break
            parts.append(t)
            if len(parts) >= 6:
                break
        title = re.sub(r"\s+", " ", " ".join(parts)).strip() or None
    if issuer is None and authority:
        issuer = normalise_issuer(authority)
    if issuer is None and body_issuer:
        issuer, inferred = body_issuer, True
    if kind is None and symbol and not symbol.startswith("/"):
        kind = kind_from_symbol(symbol)
    signer, capacity, signer_title = _signature(lines[lo:hi])
    recipients = _recipients(lines[lo:hi])
    s, _ = lf.to_source(lines[lo].start, lines[lo].start)
    end_line = lines[hi - 1]
    _, e = lf.to_source(end_line.end, end_line.end) if end_line.end > end_line.start else (0, end_line.end)
    e = lf.to_source(end_line.start, end_line.end)[1] if end_line.end > end_line.start else e
    return DocInfo(kind, symbol if symbol and not symbol.startswith("/") else symbol, number, date,
                   date_text, precision, issuer, inferred, place or None, title, signer, capacity,
                   signer_title, tuple(recipients), (s, max(s, e)))


def _issuer_from_block(block: list[str]) -> str:
    units = [b for b in block if any(re.search(rf"\b{u}\b", b) for u in _UNIT_WORDS)]
    if len(block) >= 2 and _is_upper(block[-1]) and not any(
            re.search(rf"\b{u}\b", block[-1]) for u in _UNIT_WORDS) and not re.match(
            r"^(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)$", block[-1]):
        # superior body + issuing body ("UBND TỈNH ĐỒNG THÁP" / "SỞ NỘI VỤ")
        body = normalise_issuer(block[-1])
        if units and units[0] != block[-1]:
            m = next(re.search(rf"\b({u})\b(.*)$", units[0]) for u in _UNIT_WORDS
                     if re.search(rf"\b{u}\b", units[0]))
            return f"{body} {m.group(1).lower()} {_title_case(m.group(2))}".strip()
        return body
    return normalise_issuer(" ".join(block))


def _signature(lines: list[Line]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    for k in range(len(lines) - 1, -1, -1):
        m = _SIGN_PREFIX.match(lines[k].text.strip(" *|"))
        if not m:
            continue
        cap = m.group("cap").replace("/", "").rstrip(".") + "."
        following = [l.text.strip(" *|") for l in lines[k + 1:k + 8] if l.text.strip(" *|")]
        titles, name = [], None
        for t in following:
            if _is_upper(t):
                if _SIGN_PREFIX.match(t):
                    continue
                titles.append(t)
            elif re.fullmatch(rf"(?:[{_UP}][a-zà-ỹđ]*\s+){{1,5}}[{_UP}][a-zà-ỹđ]*", t):
                name = t
                break
            else:
                break
        return name, cap, (titles[-1] if titles else None)
    return None, None, None


def _recipients(lines: list[Line]) -> list[str]:
    for k, line in enumerate(lines):
        m = _RECIPIENTS.match(line.text.strip(" *|"))
        if not m:
            continue
        out = []
        rest = line.text.strip(" *|")[m.end():].strip()
        for l in lines[k + 1:k + 40]:
            t = l.text.strip(" *|")
            if not t:
                continue
            if not t.startswith("-"):
                break
            out.append(t.lstrip("- ").rstrip(";. "))
        if rest and not out:
            out.append(rest)
        return out
    return []
