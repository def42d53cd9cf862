"""Tone and vowel marks that OCR misread, restored from the neighbouring syllables.

Tesseract's Vietnamese model reads the letters of a syllable far more reliably than its
marks: on real scans "khẩn trương" comes out as "khân trương", "trồng rừng" as "trông
rừng", "kiểm tra" as "kiêm tra". Each misreading is a real spelling of the same letters,
so no word list can catch it; the neighbours can. For each OCR word this module considers
every spelling of its letters (the same base letters, any marks) seen in administrative
text, and picks, over a whole page at once (Viterbi over the sequence of syllables), the
spellings whose pairs with their neighbours are most frequent in the counts of
``data/ocr_syllables.json`` (built by ``scripts/ocr_syllables.py`` from the crawl's official
documents). Keeping the spelling read costs nothing; changing it costs :data:`CHANGE_COST`
(in natural-log units of pair probability), so a word is changed only when its neighbours
make another spelling far likelier — a rare but real word in a frequent context stays.

Only the marks change: a syllable keeps its letters and their case ("KÉ HOẠCH" →
"KẾ HOẠCH"), so every letter stays in its OCR word's box. Two spellings that differ only by
where the tone mark sits ("thuỷ"/"thủy") are one word and never replace each other. Text
layers (PDF, DOCX, HTML, Markdown) never pass through here: they are the document itself.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["CHANGE_COST", "letters", "log_p", "model", "restore", "restore_text"]

#: cost of replacing a spelling OCR read that is a real syllable ("trông", "phường": it may be meant)
CHANGE_COST = 5.0
#: cost of replacing a spelling that no administrative text has ("khân", "đõi": OCR misread it)
UNSEEN_COST = 2.0
#: weight of a syllable's own frequency when its pair with the previous one was never seen
_BACKOFF = 50.0
_SYLLABLE = re.compile(r"[^\W\d_]+")
_SYMBOL_GAP = re.compile(r"[/\-–\d]")


@dataclass(frozen=True)
class _Model:
    syllables: dict[str, int]
    pairs: dict[str, int]  # both syllables in lower case in the counted text
    named: dict[str, int]  # either capitalised (names, headings)
    total: int
    spellings: dict[str, tuple[str, ...]]  # base letters → the spellings seen


def letters(word: str) -> str:
    """The base letters of a syllable, marks removed ("khẩn" → "khan", "đường" → "duong")."""
    word = word.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _same_word(a: str, b: str) -> bool:
    """True when two spellings differ only by the letter that carries the tone ("thuỷ", "thủy"); "đ" and
    "d" are different letters ("đõi" is not "dõi")."""
    def parts(w: str) -> tuple[str, list[str]]:
        d = unicodedata.normalize("NFD", w)
        return "".join(c for c in d if not unicodedata.combining(c)), sorted(c for c in d if unicodedata.combining(c))

    return parts(a) == parts(b)


@lru_cache(maxsize=1)
def model() -> _Model:
    raw = resources.files("cancu.loaders").joinpath("data", "ocr_syllables.json.gz").read_bytes()
    t = json.loads(gzip.decompress(raw))
    spellings: dict[str, list[str]] = {}
    for w in t["syllables"]:
        spellings.setdefault(letters(w), []).append(w)
    return _Model(t["syllables"], t["pairs"], t["named_pairs"], sum(t["syllables"].values()),
                  {k: tuple(v) for k, v in spellings.items()})


def log_p(m: _Model, prev: str | None, w: str, named: bool) -> float:
    """log P(w | prev); ``named``: either was read with a capital, so names and headings count too."""
    own = (m.syllables.get(w, 0) + 0.5) / m.total
    if prev is None:
        return math.log(own)
    key = f"{prev} {w}"
    seen = m.pairs.get(key, 0) + (m.named.get(key, 0) if named else 0)
    return math.log((seen + _BACKOFF * own) / (m.syllables.get(prev, 0) + _BACKOFF))


def _cased(read: str, meant: str) -> str:
    """``meant`` (lower case) in the letter case of ``read`` (the same letters, other marks)."""
    if len(read) != len(meant):
        return meant.capitalize() if read[:1].isupper() else meant
    return "".join(m.upper() if r.isupper() else m for r, m in zip(read, meant))


def restore(syllables: list[str], breaks: frozenset[int] = frozenset(),
            kept: frozenset[int] = frozenset()) -> list[str]:
    """The syllables of one page, in reading order, each with the marks its neighbours make likeliest.

    ``breaks``: indices of syllables that do not follow the previous one directly (punctuation
    between them: "giải pháp. Đây là"), where only the syllable's own frequency counts, as in the
    counts, whose pairs never span punctuation. ``kept``: indices left as read (the codes of a
    symbol)."""
    if not syllables:
        return []
    m = model()
    low = [s.lower() for s in syllables]
    options: list[list[str]] = []
    for i, s in enumerate(low):
        alts = [] if i in kept else [a for a in m.spellings.get(letters(s), ()) if a == s or not _same_word(a, s)]
        options.append(alts if s in alts else [s, *alts])
    # best[i][c] = (score of the likeliest path whose i-th syllable is spelt c, that path's (i-1)-th spelling)
    best: list[dict[str, tuple[float, str | None]]] = []
    prev_scores: dict[str | None, float] = {None: 0.0}
    for i, alts in enumerate(options):
        cur: dict[str, tuple[float, str | None]] = {}
        change = CHANGE_COST if low[i] in m.syllables else UNSEEN_COST
        named = i > 0 and not (syllables[i].islower() and syllables[i - 1].islower())
        for c in alts:
            p, score = max(((p, sc + log_p(m, None if i in breaks else p, c, named)) for p, sc in prev_scores.items()),
                           key=lambda x: x[1])
            cur[c] = (score - (0.0 if c == low[i] else change), p)
        best.append(cur)
        prev_scores = {c: v[0] for c, v in cur.items()}
    c = max(prev_scores, key=prev_scores.get)
    chosen = [c]
    for i in range(len(best) - 1, 0, -1):
        c = best[i][c][1]
        chosen.append(c)
    chosen.reverse()
    return [s if c == s.lower() else _cased(s, c) for s, c in zip(syllables, chosen)]


def restore_text(text: str) -> str:
    """A text (one OCR line or page) with its syllables restored; everything else kept as it is."""
    text = unicodedata.normalize("NFC", text)
    parts = _SYLLABLE.split(text)
    found = _SYLLABLE.findall(text)
    breaks = frozenset(i for i, gap in enumerate(parts[1:-1], 1) if gap.strip())
    # the type codes of a symbol ("91-KL/TU", "QĐ-UBND") are capitals beside "/", "-" or a digit: never words
    kept = frozenset(i for i, w in enumerate(found)
                     if w.isupper() and (_SYMBOL_GAP.search(parts[i]) or _SYMBOL_GAP.search(parts[i + 1])))
    fixed = restore(found, breaks, kept)
    out = [parts[0]]
    for w, rest in zip(fixed, parts[1:]):
        out += [w, rest]
    return "".join(out)
