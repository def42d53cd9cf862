"""Score task rows against gold: rows found (by the start of the task text), lead agency, deadline end."""

from __future__ import annotations

import re
from typing import Any

from cancu.loaders.normalize import fold_key
from cancu.loaders.roles import agency_key


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", fold_key(re.sub(r"<[^>]+>|\*", "", s)))


def score_tasks(gold_tasks: list[dict], predicted: list[dict]) -> dict[str, Any]:
    used: set[int] = set()
    found = lead_ok = end_ok = 0
    missed = []
    for g in gold_tasks:
        start = _norm(g.get("text") or g["task_start"])[:40]
        idx = next((i for i, p in enumerate(predicted) if i not in used and _norm(p["text"]).startswith(start)
                    and (p.get("no") == g.get("no") or True)), None)
        if idx is None:
            missed.append(g.get("text") or g["task_start"])
            continue
        used.add(idx)
        found += 1
        p = predicted[idx]
        gl = {agency_key(a) for a in g.get("lead", [])}
        pl = {agency_key(a) for a in p.get("lead", [])}
        lead_ok += int(gl == pl or (bool(gl) and gl <= pl and len(pl) <= len(gl) + 1))
        end = (p.get("deadline") or {}).get("end")
        end_ok += int(end == g.get("deadline_end"))
    n = len(gold_tasks) or 1
    return {"rows_found": round(found / n, 4), "lead_accuracy": round(lead_ok / n, 4),
            "deadline_end_accuracy": round(end_ok / n, 4), "rows_missed": missed}
