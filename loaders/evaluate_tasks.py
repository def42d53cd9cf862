"""Score extracted task rows against hand-checked gold, strictly.

Gold and predicted rows are paired one to one (:func:`pair`): a predicted row
is a candidate for a gold row when the two share most of their words in order,
or when it holds nearly all of the gold row's words (a row glued to the next
cells); the best candidates are taken first, ties broken by the same row
number, section and document. A paired row is *found* (recall of rows); a
predicted row left unpaired is an *extra* (loss of precision). On each pair
the fields are compared, each strictly:

- ``text``: equal :func:`~cancu.loaders.eval_keys.text_key` — the whole text,
  nothing cut, nothing glued (a row found with a cut text is found, its text wrong);
- ``no``: the row/item number as written (``None`` for unnumbered items);
- ``lead`` and ``coordinating``: equal sets of name pieces;
- ``deadline_end``: the same ISO date, or both ``None``.

``recurring`` and ``doc_index`` are reported for information, not counted in
``exact`` (a row with every compared field right).

>>> g = [{"no": "1", "text": "Xây dựng Kế hoạch năm 2025", "lead": ["Phòng Nội vụ"],
...       "coordinating": [], "deadline_end": "2025-12-31"}]
>>> p = [{"no": "1", "text": "Xây dựng Kế hoạch năm 2025 Kế hoạch của UBND", "lead": ["Phòng Nội vụ"],
...       "coordinating": [], "deadline": {"end": "2025-12-31"}}]
>>> s = score_tasks(g, p)
>>> (s["found"], s["correct"]["text"], s["correct"]["lead"])
(1, 0, 1)
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any, Optional

from cancu.loaders.eval_keys import name_pieces, number_key, text_key

#: Share of the words two texts must have in common, in order, to be one row.
MIN_SIMILARITY = 0.5
#: Share of a gold row's words a longer predicted text must hold, in order, to be that row.
MIN_CONTAINED = 0.9
#: Fields compared on every paired row; a row is exact when all of them are right.
FIELDS = ("text", "no", "lead", "coordinating", "deadline_end")
#: Reported, not counted in exact.
INFO_FIELDS = ("recurring", "doc_index")


def _end(task: dict[str, Any]) -> Optional[str]:
    if "deadline_end" in task:
        return task.get("deadline_end")
    return (task.get("deadline") or {}).get("end")


def _recurring(task: dict[str, Any]) -> bool:
    if "recurring" in task:
        return bool(task.get("recurring"))
    return bool((task.get("deadline") or {}).get("recurrence"))


def _values(task: dict[str, Any]) -> dict[str, Any]:
    return {
        "text": text_key(task.get("text")),
        "no": number_key(task.get("no")),
        "lead": name_pieces(task.get("lead") or ()),
        "coordinating": name_pieces(task.get("coordinating") or ()),
        "deadline_end": _end(task),
        "recurring": _recurring(task),
        "doc_index": task.get("doc_index", 0) or 0,
    }


def label(task: dict[str, Any], width: int = 90) -> str:
    """A short readable label of a row: section.no and the start of its text."""
    where = ".".join(str(x) for x in (task.get("section"), task.get("no")) if x not in (None, ""))
    text = " ".join((task.get("text") or "").split())
    if len(text) > width:
        text = text[:width - 1] + "…"
    return f"[{where or '-'}] {text}"


def _text_hint(gold: str, pred: str) -> str:
    """Why two texts differ, in words: cut, glued, or changed."""
    if pred and gold.startswith(pred):
        return f"cut: missing '…{gold[len(pred):][:60]}'"
    if gold and pred.startswith(gold):
        return f"glued: extra '{pred[len(gold):][:60]}…'"
    if pred and gold.endswith(pred):
        return f"cut at the start: missing '{gold[:len(gold) - len(pred)][-60:]}'"
    if gold and pred.endswith(gold):
        return f"glued at the start: extra '{pred[:len(pred) - len(gold)][-60:]}'"
    sm = SequenceMatcher(None, gold.split(), pred.split(), autojunk=False)
    op = next((o for o in sm.get_opcodes() if o[0] != "equal"), None)
    if op is None:
        return "different text"
    _, i1, i2, j1, j2 = op
    g_part = " ".join(gold.split()[i1:i2][:8]) or "∅"
    p_part = " ".join(pred.split()[j1:j2][:8]) or "∅"
    return f"differs from word {i1 + 1}: gold '{g_part}', predicted '{p_part}'"


def _similarity(g: list[str], p: list[str], sm: SequenceMatcher) -> float:
    """How surely ``p`` is the row ``g`` (0 when it is not): see :func:`pair`."""
    if len(set(g) & set(p)) < MIN_SIMILARITY * len(set(g)):
        return 0.0  # cheap filter: most gold words are missing
    sm.set_seq1(p)
    common = sum(b.size for b in sm.get_matching_blocks())
    ratio = 2 * common / (len(g) + len(p))
    if ratio >= MIN_SIMILARITY:
        return ratio
    if common >= MIN_CONTAINED * len(g):  # the whole row, glued into much more text
        return MIN_SIMILARITY * common / len(g) * 0.99
    return 0.0


def pair(gold: list[dict], predicted: list[dict]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, predicted index, similarity), best first.

    A predicted row is a candidate for a gold row when the two share most of
    their words in order (ratio ≥ :data:`MIN_SIMILARITY`: a row cut to half its
    length is still that row, with a wrong text) or when the predicted text holds
    nearly all of the gold text (≥ :data:`MIN_CONTAINED` of its words, in order:
    a row glued to the following cells). The highest similarities pair first;
    equal texts are told apart by the same number, section and document.
    """
    gv = [_values(t) for t in gold]
    pv = [_values(t) for t in predicted]
    gtok = [v["text"].split() for v in gv]
    ptok = [v["text"].split() for v in pv]
    cands = []
    for gi, g in enumerate(gtok):
        if not g:
            continue
        sm = SequenceMatcher(None, autojunk=False)
        sm.set_seq2(g)
        for pi, p in enumerate(ptok):
            if not p:
                continue
            r = _similarity(g, p, sm)
            if not r:
                continue
            bonus = 0.01 * (gv[gi]["no"] == pv[pi]["no"]) \
                + 0.005 * (str(gold[gi].get("section") or "") == str(predicted[pi].get("section") or "")) \
                + 0.002 * (gv[gi]["doc_index"] == pv[pi]["doc_index"])
            cands.append((r + bonus, gi, pi, r))
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi, r in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi, round(r, 4)))
    return sorted(out)


def score_tasks(gold_tasks: list[dict], predicted: list[dict], *, scope: str = "all") -> dict[str, Any]:
    """Counts and readable differences for one document's task rows.

    ``scope="partial"``: the gold lists only some of the document's tasks, so
    unpaired predicted rows are not extras (``counted_predicted`` is the number
    of pairs). Ratios are left to the caller, which sums counts over documents.
    """
    gv = [_values(t) for t in gold_tasks]
    pv = [_values(t) for t in predicted]
    pairs = pair(gold_tasks, predicted)
    correct = {f: 0 for f in FIELDS + INFO_FIELDS}
    exact = 0
    wrong = []
    for gi, pi, _ in pairs:
        ok_all = True
        for f in FIELDS + INFO_FIELDS:
            ok = gv[gi][f] == pv[pi][f]
            correct[f] += ok
            if not ok and f in FIELDS:
                ok_all = False
                g_shown, p_shown = gold_tasks[gi].get(f), predicted[pi].get(f)
                if f == "deadline_end":
                    g_shown, p_shown = _end(gold_tasks[gi]), _end(predicted[pi])
                item = {"row": label(gold_tasks[gi]), "field": f, "gold": g_shown, "predicted": p_shown}
                if f == "text":
                    item["hint"] = _text_hint(gv[gi]["text"], pv[pi]["text"])
                    item["gold"], item["predicted"] = gold_tasks[gi].get("text"), predicted[pi].get("text")
                wrong.append(item)
        exact += ok_all
    paired_g = {gi for gi, _, _ in pairs}
    paired_p = {pi for _, pi, _ in pairs}
    extra = [label(predicted[i]) for i in range(len(predicted)) if i not in paired_p]
    return {
        "scope": scope,
        "gold": len(gold_tasks),
        "predicted": len(predicted),
        "counted_predicted": len(predicted) if scope == "all" else len(pairs),
        "found": len(pairs),
        "correct": correct,
        "exact": exact,
        "missed": [label(gold_tasks[i]) for i in range(len(gold_tasks)) if i not in paired_g],
        "extra": extra if scope == "all" else [],
        "wrong": wrong,
    }
