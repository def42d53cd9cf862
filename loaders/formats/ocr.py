"""Scanned PDF pages → the characters and ruling lines the PDF reader lays out, by Tesseract OCR.

Many signed PDFs that offices publish are scans: each page one image, no text
layer. Such a page is rendered with PDFium at :attr:`OcrSettings.dpi` in grey and
read by the ``tesseract`` program (Debian ``tesseract-ocr`` with the Vietnamese
data ``tesseract-ocr-vie``; the command line is called directly, with its TSV
output: words with boxes and confidences — no Python wrapper is needed for that).

What it gives :mod:`cancu.loaders.formats.pdf` is what a text layer gives: characters
with boxes in PDF points (y up), each OCR word spread over its box, a generated
space between words and a line break after each OCR line, and the page's ruling
lines. PDFium sees no path objects in a scan, so the ruling lines come from the
image: long runs of dark pixels, chained from row to row so that a line of a
sheet fed askew is still one line. They are whitened before OCR (a border read as
"|" or "l" is noise) and handed to the same table builder as drawn borders. The
page's skew is measured from the OCR lines and the ruling lines and taken out of
every box, so a header's two columns and a table's cells line up as printed.

Text is NFC (Tesseract may give a base letter and combining marks); words that
are only marks at a low confidence (a stamp's edge) or smaller than a tenth of a
line (margin dust, read as "-" it starts a false bullet) are dropped, and so is
dust glued before a word. Misreadings that cannot be Vietnamese are repaired in
each OCR line from ``data/ocr_repairs.json`` (l or I for 1 beside digits, a tone
mark misread in fixed phrases: "KÉ HOẠCH", "thành phó"; a date or symbol split
after its slash or hyphen), keeping every letter in its word's box. Then the tone
and vowel marks of the whole page are restored from each word's neighbours
(:mod:`~cancu.loaders.formats.ocr_syllables`: "khân trương" → "khẩn trương").

Cost is bounded per file (:class:`OcrSettings`, from ``CANCU_OCR_MAX_PAGES`` and
``CANCU_OCR_TIMEOUT``): a scan with more pages than the limit is refused before
any OCR, and the ``tesseract`` process is stopped when the file's time is up,
both with :class:`~cancu.errors.OcrLimitError`. Without the program or its
Vietnamese data a scan raises :class:`~cancu.errors.NeedsOCRError` saying what to install.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import subprocess
import time
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Optional

from cancu.errors import NeedsOCRError, OcrLimitError

__all__ = ["OcrSettings", "OcrInfo", "OcrPage", "engine", "is_scanned", "ocr_page", "unmarked_layer"]

#: What to install when the engine is missing (Debian/Ubuntu package names).
INSTALL_HINT = ("install Tesseract with its Vietnamese data "
                "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-vie)")

#: A page whose images cover at least this share of it, and with no text, is a scanned page.
_IMAGE_COVER = 0.5
#: Grey level under which a pixel is ink (0 black … 255 white); a grey seal (≈150) is not.
_INK = 128
#: Ruling lines: a run of ink at least this long (inches) in one pixel row or column starts one,
#: and a chain of runs at least _RULE_MIN long is one (a dash or a letter's bar is shorter).
_RUN_MIN = 0.1
_RULE_MIN = 0.3
#: Pixels whitened on each side of a ruling line's ink before OCR.
_EDGE = 2
#: Words that are only punctuation and read with less confidence than this are specks, and so
#: are words of one or two letters read with less than _NOISE_CONF (a seal's or a border's remnant).
_SPECK_CONF = 60.0
_NOISE_CONF = 40.0
#: A word of marks smaller than this share of the page's median line height is dust.
_DUST = 0.1
#: A word's ink density this many times the page's median marks it bold.
_BOLD_RATIO = 1.3
#: Font size (points) from an OCR line's height: the line box holds ascenders, descenders and
#: the stacked Vietnamese diacritics, about 1.25 of the font size.
_SIZE_OF_HEIGHT = 0.8


@dataclass(frozen=True)
class OcrSettings:
    """How much OCR one file may cost, and how pages are read."""

    #: pages of one file that may be read by OCR (a longer scan is refused before any OCR)
    max_pages: int = 40
    #: seconds of OCR for one file
    timeout: float = 300.0
    #: rendering resolution (Tesseract reads 10–12 pt text best at about 300 dpi)
    dpi: int = 300
    #: Tesseract language(s)
    lang: str = "vie"

    @classmethod
    def from_env(cls, env: Optional[dict[str, str]] = None) -> "OcrSettings":
        """``CANCU_OCR_MAX_PAGES`` and ``CANCU_OCR_TIMEOUT`` over the defaults."""
        from cancu.errors import SettingError

        env = os.environ if env is None else env
        kw: dict[str, object] = {}
        for var, name, kind in (("CANCU_OCR_MAX_PAGES", "max_pages", int), ("CANCU_OCR_TIMEOUT", "timeout", float)):
            raw = (env.get(var) or "").strip()
            if not raw:
                continue
            try:
                value = kind(raw)
            except ValueError:
                value = 0
            if value <= 0:
                raise SettingError(f"{var} must be a positive number, not {raw!r}")
            kw[name] = value
        return cls(**kw)  # type: ignore[arg-type]


@dataclass
class OcrPage:
    """One page read by OCR, in the PDF reader's terms (points, y up)."""

    chars: list  # list[pdf.Char]
    hs: list[tuple[float, float, float]]  # horizontal ruling lines (y, x0, x1)
    vs: list[tuple[float, float, float]]  # vertical ruling lines (x, y0, y1)
    width: float
    height: float
    words: int = 0
    confidence: float = 0.0  # sum of the word confidences (0–100)
    skew: float = 0.0  # degrees taken out
    seconds: float = 0.0


@dataclass
class OcrInfo:
    """How the text of a file was obtained by OCR (the ``ocr`` field of an extraction)."""

    engine: str
    lang: str
    dpi: int
    pages: list[int] = field(default_factory=list)  # 1-based numbers of the pages read by OCR
    words: int = 0
    mean_confidence: float = 0.0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {"engine": self.engine, "lang": self.lang, "dpi": self.dpi, "pages": list(self.pages),
                "words": self.words, "mean_confidence": round(self.mean_confidence, 1),
                "seconds": round(self.seconds, 2)}


# --- the engine ------------------------------------------------------------------------

@lru_cache(maxsize=4)
def _probe(lang: str, path: Optional[str]) -> tuple[str, str]:
    """(engine name and version, "") or ("", why it cannot read ``lang``)."""
    if path is None:
        return "", f"the tesseract program is missing; {INSTALL_HINT}"
    try:
        version = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30)
        langs = subprocess.run([path, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError) as exc:
        return "", f"tesseract could not be run ({exc}); {INSTALL_HINT}"
    have = {ln.strip() for ln in (langs.stdout + langs.stderr).splitlines()[1:]}
    missing = [x for x in lang.split("+") if x not in have]
    if missing:
        return "", f"tesseract has no {'+'.join(missing)!r} language data; {INSTALL_HINT}"
    m = re.search(r"tesseract\s+v?(\d[\d.]*)", version.stdout + version.stderr)
    return (f"tesseract {m.group(1)}" if m else "tesseract"), ""


def engine(lang: str = "vie", *, source: Optional[str] = None) -> str:
    """The engine's name and version ("tesseract 5.3.0"); NeedsOCRError when it cannot read ``lang``."""
    name, why = _probe(lang, shutil.which("tesseract"))
    if not name:
        raise NeedsOCRError(f"the PDF is a scan (no text layer) and cannot be read by OCR: {why}", source=source)
    return name


# --- which pages are scans -----------------------------------------------------------------

def is_scanned(page, raw) -> bool:
    """A page with images over at least half of it (its text layer is empty: the caller knows)."""
    import ctypes

    w, h = page.get_width(), page.get_height()
    if w <= 0 or h <= 0:
        return False
    area = 0.0
    for k in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, k)
        if raw.FPDFPageObj_GetType(obj) not in (raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM):
            continue
        x0, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
        if raw.FPDFPageObj_GetBounds(obj, ctypes.byref(x0), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t)):
            cw = max(0.0, min(r.value, w) - max(x0.value, 0.0))
            ch = max(0.0, min(t.value, h) - max(b.value, 0.0))
            area = max(area, cw * ch)  # the largest image: a scan is one image per page
    return area >= _IMAGE_COVER * w * h


# --- rendering and ruling lines ------------------------------------------------------------

def _render(page, dpi: int, rotation: int = 0) -> tuple[bytearray, int, int]:
    """The page as displayed (turned by ``rotation``, its /Rotate), one grey byte per pixel,
    rows top to bottom. Annotations are not drawn: the PDF reader reads signature widgets
    from their own text."""
    bitmap = page.render(scale=dpi / 72, rotation=rotation, grayscale=True, draw_annots=False)
    w, h, stride, n = bitmap.width, bitmap.height, bitmap.stride, bitmap.n_channels
    data = bytes(bitmap.buffer)
    bitmap.close()
    if stride == w * n and n == 1:
        return bytearray(data), w, h
    out = bytearray(w * h)
    for y in range(h):
        row = data[y * stride: y * stride + w * n]
        out[y * w:(y + 1) * w] = row[1::n] if n >= 3 else row[::n]  # green: the grey of a BGR pixel
    return out, w, h


_BINARY = bytes(1 if v < _INK else 0 for v in range(256))


@dataclass
class _Chain:
    """Runs of ink in successive pixel rows that touch: one ruling line (maybe askew)."""

    runs: list[tuple[int, int, int]]  # (row, x0, x1)
    x0: int
    x1: int
    last_row: int
    left: tuple[int, int]  # (x, row) of its leftmost and rightmost ink (for a vertical chain:
    right: tuple[int, int]  # (row of the image, column))

    def add(self, row: int, a: int, b: int) -> None:
        self.runs.append((row, a, b))
        if a < self.x0:
            self.x0, self.left = a, (a, row)
        if b > self.x1:
            self.x1, self.right = b, (b, row)
        self.last_row = row


def _chains(rows: list[bytes], run_min: int, rule_min: int) -> list[_Chain]:
    """Ruling lines along the rows of a binary image (1 = ink): chains of long runs."""
    pattern = re.compile(b"\x01{%d,}" % run_min)
    done: list[_Chain] = []
    active: list[_Chain] = []
    for y, row in enumerate(rows):
        still: list[_Chain] = []
        for m in pattern.finditer(row):
            a, b = m.start(), m.end()
            for ch in active:
                # the run goes on a chain whose last run is in the row above and overlaps it
                # (a line askew by under 1° steps one row every ~60 px: successive runs overlap)
                if ch.last_row >= y - 1 and a <= ch.runs[-1][2] + 2 and b >= ch.runs[-1][1] - 2 and ch.last_row != y:
                    ch.add(y, a, b)
                    break
            else:
                active.append(_Chain([(y, a, b)], a, b, y, (a, y), (b, y)))
        for ch in active:
            (still if ch.last_row >= y - 1 else done).append(ch)
        active = still
    done.extend(active)
    return [c for c in done if c.x1 - c.x0 >= rule_min]


def _rules(gray: bytearray, w: int, h: int, dpi: int) -> tuple[list[_Chain], list[_Chain]]:
    """Horizontal and vertical ruling lines of a page image (chains in pixel coordinates)."""
    binary = gray.translate(_BINARY)
    rows = [bytes(binary[y * w:(y + 1) * w]) for y in range(h)]
    cols = [bytes(binary[x::w]) for x in range(w)]
    run_min, rule_min = max(8, int(_RUN_MIN * dpi)), int(_RULE_MIN * dpi)
    return _chains(rows, run_min, rule_min), _chains(cols, run_min, rule_min)


def _whiten(gray: bytearray, w: int, h: int, hs: list[_Chain], vs: list[_Chain]) -> None:
    """Take the ruling lines out of the image Tesseract reads (a border is read as "|" or "l"),
    with the grey of their anti-aliased edges (_EDGE px on each side: left, it reads as
    letters, "Ề 8 P")."""
    for ch in hs:
        for y, a, b in ch.runs:
            a, b = max(0, a - _EDGE), min(w, b + _EDGE)
            for yy in range(max(0, y - _EDGE), min(h, y + _EDGE + 1)):
                gray[yy * w + a: yy * w + b] = b"\xff" * (b - a)
    for ch in vs:
        for x, a, b in ch.runs:
            a, b = max(0, a - _EDGE), min(h, b + _EDGE)
            for xx in range(max(0, x - _EDGE), min(w, x + _EDGE + 1)):
                gray[a * w + xx: b * w + xx: w] = b"\xff" * (b - a)


# --- Tesseract ---------------------------------------------------------------------------

@dataclass
class _Word:
    text: str
    left: int
    top: int
    right: int
    bottom: int
    conf: float
    line: tuple[int, int, int]  # (block, paragraph, line)


def _tesseract(gray: bytearray, w: int, h: int, settings: OcrSettings, timeout: float,
               source: str) -> tuple[list[_Word], dict[tuple[int, int, int], tuple[int, int]]]:
    """Words of the page image and each OCR line's top and bottom (pixels)."""
    image = b"P5\n%d %d\n255\n" % (w, h) + bytes(gray)
    # one thread: OCR runs beside a server and other work; Tesseract's threads win little on a page
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cmd = [shutil.which("tesseract") or "tesseract", "stdin", "stdout", "-l", settings.lang,
           "--psm", "3", "--dpi", str(settings.dpi), "tsv"]
    try:
        proc = subprocess.run(cmd, input=image, capture_output=True, timeout=max(1.0, timeout), env=env)
    except subprocess.TimeoutExpired:
        raise OcrLimitError(f"OCR stopped at the time limit of {settings.timeout:g} s for one file "
                            "(CANCU_OCR_TIMEOUT)", source=source) from None
    if proc.returncode != 0:
        raise NeedsOCRError(f"tesseract failed ({proc.stderr.decode('utf-8', 'replace').strip()[:200]}); "
                            f"{INSTALL_HINT}", source=source)
    words: list[_Word] = []
    lines: dict[tuple[int, int, int], tuple[int, int]] = {}
    for row in proc.stdout.decode("utf-8", "replace").splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12:
            continue
        level, block, par, line = int(f[0]), int(f[2]), int(f[3]), int(f[4])
        left, top, width, height = int(f[6]), int(f[7]), int(f[8]), int(f[9])
        if level == 4:
            lines[(block, par, line)] = (top, top + height)
        elif level == 5:
            text = unicodedata.normalize("NFC", f[11]).strip()
            if text:
                words.append(_Word(text, left, top, left + width, top + height, float(f[10]), (block, par, line)))
    return words, lines


def _speck(word: _Word, line_height: float = 0.0) -> bool:
    """A speck, a seal's edge or a border's remnant read as a word: no letter or digit and a low
    confidence, or smaller than a tenth of a line (dust at the margin read as "-" or "_" with a
    good confidence: a real dash is 4–5 times wider), or one or two letters at a low confidence."""
    marks = not any(ch.isalnum() for ch in word.text)
    if marks and word.conf < _SPECK_CONF:
        return True
    if marks and line_height and max(word.right - word.left, word.bottom - word.top) < _DUST * line_height:
        return True
    return word.conf < _NOISE_CONF and len(word.text) <= 2 and not word.text.isdigit()


def _unglued(text: str) -> str:
    """A word without the dust glued before it: underscores, or dashes before a lowercase letter
    (no Vietnamese word starts with a dash, and a bullet's dash is followed by a space)."""
    k = 0
    while k < len(text) and text[k] in "-—_":
        k += 1
    if k and k < len(text) and ("_" in text[:k] or text[k].islower()):
        return text[k:]
    return text


# --- repairs of misreadings ----------------------------------------------------------------

@dataclass(frozen=True)
class _Repairs:
    letters: tuple[tuple[re.Pattern, str], ...]
    phrases: Optional[re.Pattern]
    meant: dict[str, str]  # a variant, casefolded → the phrase meant (lower case)
    joins: tuple[tuple[re.Pattern, re.Pattern], ...]


@lru_cache(maxsize=1)
def _repairs() -> _Repairs:
    from cancu.loaders import tables

    t = tables.load("ocr_repairs")
    meant = {v.casefold(): e["found"] for e in t["phrases"] for v in e["variants"]}
    alts = "|".join(re.escape(v) for v in sorted(meant, key=len, reverse=True))
    return _Repairs(tuple((re.compile(e["pattern"]), e["replace"]) for e in t["letters"]),
                    re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.I) if alts else None, meant,
                    tuple((re.compile(e["left"]), re.compile(e["right"])) for e in t["joins"]))


def _same_case(found: str, meant: str) -> str:
    """``meant`` written in the case of ``found``, letter by letter (they have as many letters)."""
    return "".join(m.upper() if f.isupper() else m for f, m in zip(found, meant))


def repair_line(text: str) -> str:
    """One OCR line with the misreadings of ``data/ocr_repairs.json`` repaired; no space is added
    or removed (joins are made by :func:`_repaired`)."""
    r = _repairs()
    for pattern, to in r.letters:
        text = pattern.sub(to, text)
    if r.phrases is not None:
        text = r.phrases.sub(lambda m: _same_case(m.group(), r.meant[m.group().casefold()]), text)
    return text


def _repaired(words: list[_Word]) -> list[_Word]:
    """Each OCR line's words repaired (:func:`repair_line`), then split tokens joined."""
    out: list[_Word] = []
    by_line: list[list[_Word]] = []
    for wd in words:
        if by_line and by_line[-1][0].line == wd.line:
            by_line[-1].append(wd)
        else:
            by_line.append([wd])
    r = _repairs()
    for ws in by_line:
        ws = [replace(w, text=_unglued(w.text)) for w in ws]
        fixed = repair_line(" ".join(w.text for w in ws)).split(" ")
        if len(fixed) == len(ws):  # always, unless a word held a space: then it is left as read
            ws = [replace(w, text=t) for w, t in zip(ws, fixed)]
        line: list[_Word] = []
        for wd in ws:
            if not wd.text:
                continue
            if line and any(lp.search(line[-1].text) and rp.search(wd.text) for lp, rp in r.joins):
                prev = line[-1]
                line[-1] = replace(prev, text=prev.text + wd.text, right=max(prev.right, wd.right),
                                   top=min(prev.top, wd.top), bottom=max(prev.bottom, wd.bottom),
                                   conf=min(prev.conf, wd.conf))
            else:
                line.append(wd)
        out.extend(line)
    return _marks_restored(out)


def _marks_restored(words: list[_Word]) -> list[_Word]:
    """The page's words with misread tone marks restored from their neighbours
    (:mod:`~cancu.loaders.formats.ocr_syllables`); only marks change, so each word keeps its length."""
    from cancu.loaders.formats.ocr_syllables import restore_text

    if not words:
        return words
    page = " ".join(w.text for w in words)
    fixed = restore_text(page)
    if len(fixed) != len(page):  # cannot happen in NFC; then the page is left as read
        return words
    out, at = [], 0
    for w in words:
        text = fixed[at: at + len(w.text)]
        at += len(w.text) + 1
        out.append(w if text == w.text else replace(w, text=text))
    return out


# --- skew --------------------------------------------------------------------------------

def _skew(words: list[_Word], hs: list[_Chain]) -> float:
    """The page's skew (radians, positive: lines run down to the right), from its ruling lines
    and OCR lines; 0 when nothing measures it."""
    slopes: list[float] = []
    for ch in hs:
        (xa, ya), (xb, yb) = ch.left, ch.right
        if xb - xa > 200:
            slopes.append((yb - ya) / (xb - xa))
    by_line: dict[tuple[int, int, int], list[_Word]] = {}
    for wd in words:
        if wd.conf >= 50 and len(wd.text) >= 3:
            by_line.setdefault(wd.line, []).append(wd)
    for ws in by_line.values():
        if len(ws) < 4:
            continue
        xs = [(w.left + w.right) / 2 for w in ws]
        ys = [w.bottom for w in ws]  # the baseline, roughly: descenders are few in Vietnamese
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        sxx = sum((x - mx) ** 2 for x in xs)
        if sxx > 0 and max(xs) - min(xs) > 400:
            slopes.append(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx)
    if len(slopes) < 3:
        return 0.0
    slopes.sort()
    angle = math.atan(slopes[len(slopes) // 2])
    return angle if abs(angle) <= math.radians(5) else 0.0


# --- the page ----------------------------------------------------------------------------

def _bold_words(words: list[_Word], binary_rows: bytes, w: int) -> list[bool]:
    """Whether each word is set in bold: its ink density against the page's median word."""
    dens: list[float] = []
    for wd in words:
        area = max(1, (wd.right - wd.left) * (wd.bottom - wd.top))
        ink = sum(binary_rows[y * w + wd.left: y * w + wd.right].count(1) for y in range(wd.top, wd.bottom))
        dens.append(ink / area)
    if not dens:
        return []
    med = sorted(dens)[len(dens) // 2]
    return [d > _BOLD_RATIO * med and med > 0 for d in dens]


def ocr_page(page, settings: OcrSettings, deadline: float, *, source: str, rotation: int = 0) -> OcrPage:
    """Read one scanned page (a pypdfium2 page) into characters and ruling lines."""
    from cancu.loaders.formats.pdf import Char

    t0 = time.monotonic()
    gray, w, h = _render(page, settings.dpi, rotation)
    hs_px, vs_px = _rules(gray, w, h, settings.dpi)
    binary = bytes(gray.translate(_BINARY))  # before the lines are whitened: bold is read on the ink
    _whiten(gray, w, h, hs_px, vs_px)
    words, line_box = _tesseract(gray, w, h, settings, deadline - time.monotonic(), source)
    heights = sorted(b - t for t, b in line_box.values())
    line_height = heights[len(heights) // 2] if heights else 0.0
    words = _repaired([wd for wd in words if not _speck(wd, line_height)])
    bold = _bold_words(words, binary, w)
    theta = _skew(words, hs_px)
    cos, sin = math.cos(theta), math.sin(theta)
    cx, cy = w / 2, h / 2
    k = 72 / settings.dpi
    height = h * k

    def upright(x: float, y: float) -> tuple[float, float]:
        """A pixel of the image → points of the upright page (y up), the skew taken out."""
        dx, dy = x - cx, y - cy
        ux, uy = cx + dx * cos + dy * sin, cy - dx * sin + dy * cos
        return ux * k, height - uy * k

    chars: list = []
    prev_line: Optional[tuple[int, int, int]] = None
    conf = 0.0
    for wd, b in zip(words, bold):
        if prev_line is not None and wd.line != prev_line:
            chars.append(Char("\n", 0, 0, 0, 0, 0, False, True))
        top, bottom = line_box.get(wd.line, (wd.top, wd.bottom))
        size = max(4.0, (bottom - top) * k * _SIZE_OF_HEIGHT)
        # the word's centre put upright; its characters share the line's height
        mx, my = upright((wd.left + wd.right) / 2, (top + bottom) / 2)
        half_w, half_h = (wd.right - wd.left) * k / 2, (bottom - top) * k / 2
        if prev_line == wd.line and chars:
            gx = chars[-1].x1
            chars.append(Char(" ", gx, mx - half_w, my - half_h, my + half_h, size, False, True))
        n = len(wd.text)
        step = 2 * half_w / n
        for i, ch in enumerate(wd.text):
            x0 = mx - half_w + i * step
            chars.append(Char(ch, x0, x0 + step, my - half_h, my + half_h, size, b, False))
        prev_line = wd.line
        conf += wd.conf
    hs = []
    for ch in hs_px:
        (ax, ay), (bx, by) = upright(*ch.left), upright(*ch.right)
        hs.append(((ay + by) / 2, min(ax, bx), max(ax, bx)))
    vs = []
    for ch in vs_px:
        # a vertical chain's "x" is the image row and its runs' positions the column: swap back
        (ax, ay), (bx, by) = upright(ch.left[1], ch.left[0]), upright(ch.right[1], ch.right[0])
        vs.append(((ax + bx) / 2, min(ay, by), max(ay, by)))
    return OcrPage(chars, hs, vs, w * k, height, len(words), conf, math.degrees(theta), time.monotonic() - t0)


# --- one file ------------------------------------------------------------------------------

class ScanReader:
    """The scanned pages of one PDF, read by OCR as the PDF reader reaches them.

    The first scanned page checks the engine and counts the file's scanned pages
    against :attr:`OcrSettings.max_pages` (a long scan is refused before any OCR);
    the file's time limit runs from then. Without an engine, scanned pages are
    skipped and :attr:`missing` says why (the reader raises NeedsOCRError when no
    page had text, and notes the pages otherwise).
    """

    def __init__(self, pdf, raw, *, source: str, settings: Optional[OcrSettings] = None) -> None:
        self.pdf, self.raw, self.source = pdf, raw, source
        self.settings = settings or OcrSettings.from_env()
        self.info: Optional[OcrInfo] = None
        self.missing: Optional[str] = None
        self.deadline = 0.0
        self._rereads: Optional[bool] = None

    def rereads(self) -> bool:
        """Whether scanned pages whose text layer lost its marks (:func:`unmarked_layer`) are read again by OCR:
        only when they and the scanned pages without text are at most :attr:`OcrSettings.max_pages` (a longer
        scan keeps its layer, as before: it is not refused for it)."""
        if self._rereads is None:
            n = 0
            for k in range(len(self.pdf)):
                text = _layer_text(self.pdf[k])
                if (not text.strip() or unmarked_layer(text)) and is_scanned(self.pdf[k], self.raw):
                    n += 1
            self._rereads = n <= self.settings.max_pages
        return self._rereads

    def _start(self) -> bool:
        name, why = _probe(self.settings.lang, shutil.which("tesseract"))
        if not name:
            self.missing = why
            return False
        scanned = sum(1 for k in range(len(self.pdf)) if _blank_text(self.pdf[k]) and is_scanned(self.pdf[k], self.raw))
        if scanned > self.settings.max_pages:
            raise OcrLimitError(f"a scan of {scanned} pages; OCR reads at most {self.settings.max_pages} pages "
                                "of one file (CANCU_OCR_MAX_PAGES)", source=self.source)
        self.info = OcrInfo(name, self.settings.lang, self.settings.dpi)
        self.deadline = time.monotonic() + self.settings.timeout
        return True

    def read(self, page, page_no: int, rotation: int = 0) -> Optional[OcrPage]:
        """The page read by OCR (``rotation``: its /Rotate, to read it as displayed), or None
        when there is no engine."""
        if self.missing:
            return None
        if self.info is None and not self._start():
            return None
        if time.monotonic() > self.deadline:
            raise OcrLimitError(f"OCR stopped at the time limit of {self.settings.timeout:g} s for one file "
                                "(CANCU_OCR_TIMEOUT)", source=self.source)
        got = ocr_page(page, self.settings, self.deadline, source=self.source, rotation=rotation)
        info = self.info
        assert info is not None
        info.pages.append(page_no)
        total = info.mean_confidence * info.words + got.confidence
        info.words += got.words
        info.mean_confidence = total / info.words if info.words else 0.0
        info.seconds += got.seconds
        return got


def _layer_text(page) -> str:
    tp = page.get_textpage()
    try:
        return tp.get_text_range()
    finally:
        tp.close()


def _blank_text(page) -> bool:
    return not _layer_text(page).strip()


#: A text layer of at least this many letters …
_UNMARKED_LETTERS = 150
#: … of which fewer than this share carry a Vietnamese mark (prose in Vietnamese: about four in ten)
_UNMARKED_SHARE = 0.01


def unmarked_layer(text: str) -> bool:
    """Whether a page's text layer is a scanner's OCR that lost every Vietnamese mark ("CONG HOA XA HOI CHU NGHiA
    VI~T NAM", "S6:Aff6t IGP-BTNMT", "Can cir Luat tai nguyen mroc so 17/2012/QHlB": gold o044, o052, o023): read
    as it is, it gives no type, date or issuer, and no name of a law."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= _UNMARKED_LETTERS and sum(not c.isascii() for c in letters) < _UNMARKED_SHARE * len(letters)
