"""Numeric commitments ("100% thủ tục hành chính … trực tuyến", "giảm tối thiểu 10% số
lượng đơn vị sự nghiệp công lập", "đạt tối thiểu 90% vào năm 2025") → :class:`Target`.

Comparator and verb words are data (``data/task_targets.json``). A percentage counts
as a commitment when a comparator or verb stands before it or it opens its clause
(a bullet "- 100% hồ sơ …"); other percentages ("có từ 10% hồ sơ trễ hạn") are facts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Optional

from cancu.loaders import tables
from cancu.loaders.tasks.model import Target
from cancu.loaders.text import MappedText

__all__ = ["find_targets"]


@lru_cache(maxsize=None)
def _table() -> dict[str, Any]:
    return tables.load("task_targets")


@lru_cache(maxsize=None)
def _rx() -> re.Pattern[str]:
    cmps = sorted((w for c in _table()["comparators"] for w in c["words"] if w != "trở lên"), key=len, reverse=True)
    verbs = sorted((w for v in _table()["verbs"] for w in v["words"]), key=len, reverse=True)
    return re.compile(
        r"(?:(?P<verb>" + "|".join(map(re.escape, verbs)) + r")\s+)?"
        r"(?:(?P<cmp>" + "|".join(map(re.escape, cmps)) + r")\s+)?"
        r"(?P<val>\d{1,3}(?:[.,]\d+)?)\s*%", re.I)


def _comparator(word: Optional[str]) -> str:
    for c in _table()["comparators"]:
        if word and word.casefold() in c["words"]:
            return c["comparator"]
    return "="


def _kind(verb: Optional[str]) -> Optional[str]:
    for v in _table()["verbs"]:
        if verb and verb.casefold() in v["words"]:
            return v["kind"]
    return None


_CLAUSE_END = re.compile(r"[;.\n]|\s+(?:vào|đến|trong)\s+năm\s|\s+so với\s|\s+và\s+(?:đạt|giảm|tăng|ít nhất|tối thiểu)")
_YEAR_AFTER = re.compile(r"^[^;.\n]{0,80}?(?:vào|đến|trong)\s+năm\s+((?:19|20)\d{2})")
_YEAR_BEFORE = re.compile(r"(?:(?:đến|trong|vào)\s+năm|giai đoạn\s+(?:19|20)\d{2}\s*[-–]\s*)\s*((?:19|"
                          r"20)\d{2})\s*,?[^;.\n]{0,120}$",
                          re.I)


def find_targets(t: MappedText) -> list[Target]:
    text = t.text
    out: list[Target] = []
    last_subject = ""
    for m in _rx().finditer(text):
        verb, cmp_word = m.group("verb"), m.group("cmp")
        clause_start = max(text.rfind(ch, 0, m.start()) for ch in ".;:\n") + 1
        before = text[clause_start:m.start()].strip(" -•+*\t,")
        opens = not before or re.fullmatch(r"(?:[a-zđ]\)|\d+[.)])?\s*", before) is not None
        if not (verb or cmp_word or opens):
            continue
        after_m = _CLAUSE_END.search(text, m.end())
        after = text[m.end():after_m.start() if after_m else len(text)].strip(" ,")
        if _kind(verb) == "reach" and before:
            subject = before
            if "%" in subject:  # "… đạt 90% vào năm 2025 và đạt 95% vào năm 2030": the same subject
                subject = last_subject
        else:
            subject = after or before
        subject = re.sub(r"^(?:Đến|Trong|Vào)\s+năm\s+(?:19|20)\d{2}\s*,\s*", "", subject).strip(" ,-")
        subject = re.sub(r"\s+", " ", subject)
        if len(subject) < 3:
            continue
        ym = _YEAR_AFTER.match(text[m.end():]) or _YEAR_BEFORE.search(text[clause_start:m.start()])
        out.append(Target(subject[:200], _comparator(cmp_word), float(m.group("val").replace(",", ".")), "%",
                          int(ym.group(1)) if ym else None, t.to_source(m.start(), m.end())))
        last_subject = subject
    return out
