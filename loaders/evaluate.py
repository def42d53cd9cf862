"""Score extraction against gold files (shape of ``shared/corpus/gold``).

Citations and basis are matched on (symbol, date) — or (normalised title, date)
for laws cited by name — and scored by precision and recall; header fields
(kind, symbol, date, issuer, place) by accuracy; task rows, when the task scorer
is present, by rows found, lead agency and deadline end.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cancu.loaders.normalize import fold_key

HEADER_FIELDS = ("kind", "symbol", "date", "issuer", "place")


def _key(item: dict[str, Any]) -> tuple:
    if item.get("symbol"):
        return ("sym", item["symbol"].replace(" ", "").casefold(), item.get("date"))
    return ("name", fold_key(item.get("title") or ""), item.get("date"))


def _pr(gold: list[dict], pred: list[dict]) -> dict[str, Any]:
    g = {_key(x) for x in gold}
    p = {_key(x) for x in pred}
    tp = len(g & p)
    return {"tp": tp, "gold": len(g), "predicted": len(p),
            "missed": sorted(map(str, g - p)), "extra": sorted(map(str, p - g))}


def evaluate(gold: dict[str, Any], extraction: dict[str, Any]) -> dict[str, Any]:
    """Compare one extraction dict with one gold dict."""
    doc = extraction.get("doc") or {}
    header = {f: (fold_key(str(doc.get(f))) == fold_key(str(gold["doc"].get(f)))) for f in HEADER_FIELDS}
    out = {
        "citations": _pr(gold.get("citations", []), extraction.get("citations", [])),
        "basis": _pr([b for b in gold.get("basis", [])],
                     [b for b in extraction.get("basis", []) if b.get("doc_index", 0) == 0]),
        "header": header,
    }
    try:
        from cancu.loaders.evaluate_tasks import score_tasks
    except ImportError:
        score_tasks = None
    if score_tasks and gold.get("tasks"):
        out["tasks"] = score_tasks(gold["tasks"], extraction.get("tasks", []))
    return out


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def evaluate_dirs(gold_dir: Path, docs_dir: Path) -> dict[str, Any]:
    """Run extraction on each document that has a gold file; totals over all of them."""
    from cancu.loaders import extract

    docs: dict[str, Any] = {}
    tot = {"c_tp": 0, "c_g": 0, "c_p": 0, "b_tp": 0, "b_g": 0, "b_p": 0, "h_ok": 0, "h_n": 0}
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        stem = gold_file.stem
        candidates = [p for p in Path(docs_dir).glob(stem + ".*") if p.suffix != ".json"]
        if not candidates:
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        res = evaluate(gold, extract(candidates[0]).to_dict())
        c, b, h = res["citations"], res["basis"], res["header"]
        tot["c_tp"] += c["tp"]; tot["c_g"] += c["gold"]; tot["c_p"] += c["predicted"]
        tot["b_tp"] += b["tp"]; tot["b_g"] += b["gold"]; tot["b_p"] += b["predicted"]
        tot["h_ok"] += sum(h.values()); tot["h_n"] += len(h)
        res["summary"] = {
            "citation_p": _ratio(c["tp"], c["predicted"]), "citation_r": _ratio(c["tp"], c["gold"]),
            "basis_p": _ratio(b["tp"], b["predicted"]), "basis_r": _ratio(b["tp"], b["gold"]),
            "header_acc": _ratio(sum(h.values()), len(h)),
        }
        if "tasks" in res:
            res["summary"].update({k: v for k, v in res["tasks"].items() if not isinstance(v, list)})
        docs[stem] = res
    total = {
        "citation_precision": _ratio(tot["c_tp"], tot["c_p"]), "citation_recall": _ratio(tot["c_tp"], tot["c_g"]),
        "basis_precision": _ratio(tot["b_tp"], tot["b_p"]), "basis_recall": _ratio(tot["b_tp"], tot["b_g"]),
        "header_accuracy": _ratio(tot["h_ok"], tot["h_n"]), "documents": len(docs),
    }
    return {"documents": docs, "total": total}
