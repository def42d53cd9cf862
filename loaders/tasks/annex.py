"""The deadline of the body sentence that hands an annex's table over, given to the annex's rows.

A letter's item "Khẩn trương … xử lý các kiến nghị cụ thể … (Phụ lục kèm theo), hoàn thành trước ngày
15/12/2025." and, after the signature, "PHỤ LỤC" with a table of the proposals and the ministries that
handle them, without a time column: each row is that item's work, so it has the item's deadline (the
last day the text allows), as the items under a heading have the heading's. Only when the deadline
follows the reference in its sentence ("do what the annex lists …, finish by …"): a deadline before it
("Trước ngày 31/12/2025, xây dựng chương trình …, các đề án tại Phụ lục kèm theo") is another duty's.
An annex whose rows give any deadline of their own keeps them all. The reference phrases are data
(``annex_reference`` in ``data/deadlines.json``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from cancu.loaders import tables
from cancu.loaders.deadlines import Deadline
from cancu.loaders.tasks.deadline_text import find_deadline
from cancu.loaders.tasks.model import Task

__all__ = ["annex_deadlines", "form_tasks_dropped", "opens_annex"]

_MARK = r"(?:\s|<[^>]+>|[*_#|>])"
# an annex's own heading line: "PHỤ LỤC", "PHỤ LỤC II", "**PHỤ LỤC**" (capitals: the running text's "Phụ lục" is
# a reference)
_HEAD = re.compile(rf"(?m)^{_MARK}*PHỤ LỤC(?:\s+(?:SỐ\s+)?(?P<num>[IVXLC]+|\d+))?{_MARK}*[.:]?{_MARK}*$")
# the end of a sentence: a full stop (not inside a number or a symbol) followed by a space
_STOP = re.compile(r"(?<!\d)\.(?=[*_)\s]*\s)|;")


@lru_cache(maxsize=None)
def _reference() -> re.Pattern[str]:
    return re.compile(tables.load("deadlines")["annex_reference"]["pattern"], re.I)


def _sentence_deadline(body: str, start: int, end: int) -> Optional[Deadline]:
    """The deadline written after the reference at ``start``–``end``, up to the end of its sentence."""
    stop = _STOP.search(body, end)
    tail = body[end:stop.start() if stop else len(body)]
    return find_deadline(tail)


def annex_deadlines(source: str, tasks: list[Task]) -> list[Task]:
    """``tasks`` with each annex's rows given the deadline of the sentence that refers to that annex."""
    heads = list(_HEAD.finditer(source))
    if not heads or not any(t.deadline is None and t.span[0] >= heads[0].start() for t in tasks):
        return tasks
    body = source[:heads[0].start()]
    refs: dict[Optional[str], set[Deadline]] = {}
    for m in _reference().finditer(body):
        d = _sentence_deadline(body, m.start(), m.end())
        if d is not None and d.end:
            refs.setdefault((m.group("num") or "").upper() or None, set()).add(d)
    if not refs:
        return tasks
    out = list(tasks)
    for k, h in enumerate(heads):
        lo, hi = h.start(), heads[k + 1].start() if k + 1 < len(heads) else len(source)
        rows = [i for i, t in enumerate(out) if lo <= t.span[0] < hi]
        if not rows or any(out[i].deadline is not None for i in rows):
            continue
        num = (h.group("num") or "").upper() or None
        found = refs.get(num) if num else refs.get(None) if len(heads) == 1 else None
        if not found or len({d.end for d in found}) != 1:
            continue  # no sentence, or two sentences with different deadlines: which rows are whose is unknown
        d = next(iter(found))
        for i in rows:
            out[i] = replace(out[i], deadline=replace(d, span=out[i].span), inherited=out[i].inherited + ("deadline",))
    return out


@lru_cache(maxsize=None)
def _form_caption() -> re.Pattern[str]:
    return re.compile(tables.load("annex_captions")["form_captions"]["pattern"], re.M)


@lru_cache(maxsize=None)
def _annex_line() -> re.Pattern[str]:
    """A line that opens an annex (``after`` of ``form_captions``): "Phụ lục" in either case, a title opening "MẪU"."""
    return re.compile(tables.load("annex_captions")["form_captions"]["after"])


def opens_annex(line: str) -> bool:
    """Whether ``line`` opens an annex or a form it prints ("PHỤ LỤC II", "Phụ lục I", "MẪU BÁO CÁO …")."""
    return bool(_annex_line().match(line))


def form_tasks_dropped(source: str, tasks: list[Task]) -> list[Task]:
    """``tasks`` without those of the forms an annex prints: from a form's caption line ("Mẫu số 02. Giấy đề nghị
    cấp giấy phép …", ``form_captions`` in ``data/annex_captions.json``) to the next annex heading ("PHỤ LỤC II") a
    template for the public to fill in is no work of the document ("Đề nghị Bộ Tài chính xem xét cấp Giấy phép …" is
    the applicant's request, set y y_7a402d0a)."""
    # only after an annex's heading ("**Phụ lục**", "PHỤ LỤC", "MẪU BÁO CÁO, VĂN BẢN YÊU CẦU"): a cell "Mẫu số 01" of a
    # table in the body is no form
    annex = _annex_line().search(source)
    caps = [m.start() for m in _form_caption().finditer(source) if annex and m.start() > annex.start()]
    if not caps or not tasks:
        return tasks
    heads = [h.start() for h in _HEAD.finditer(source)]
    spans = []
    for c in caps:
        end = min((h for h in heads if h > c), default=len(source))
        if not spans or c >= spans[-1][1]:
            spans.append((c, end))
    return [t for t in tasks if not any(lo <= t.span[0] < hi for lo, hi in spans)]
