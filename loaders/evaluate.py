"""Score extraction against gold files (the shape of ``shared/corpus/gold``).

Citations are matched on (symbol, date) — or, for documents cited by name, on
(name, date) where one name may extend the other ("Luật Tổ chức chính quyền địa
phương" matches "Luật Tổ chức Chính quyền địa phương"); basis entries on the
same key plus the relation. Both are scored by precision and recall. Header
fields (kind, symbol, date, issuer, place) are scored by accuracy, compared on
matching keys (case, tone placement and dashes folded). Task rows, when the
task scorer of ``cancu.loaders.evaluate_tasks`` is importable and the gold file
has tasks, are scored by it.

>>> g = {"doc": {"kind": "Kế hoạch", "symbol": "1/KH-UBND", "date": None, "issuer": None, "place": None},
...      "citations": [{"symbol": "76/NQ-CP", "date": "2021-07-15"}], "basis": []}
>>> p = {"doc": dict(g["doc"]), "citations": [{"symbol": "76/NQ-CP", "date": "2021-07-15"}], "basis": []}
>>> evaluate(g, p)["citations"]["tp"]
1
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Optional

from cancu.loaders.normalize import fold_key

HEADER_FIELDS = ("kind", "symbol", "date", "issuer", "place")


def _sym(s: str) -> str:
    return re.sub(r"\s+", "", s).replace("–", "-").casefold()


def _name(item: dict[str, Any]) -> str:
    return fold_key(item.get("title") or "").strip(" .;,")


def _same(g: dict[str, Any], p: dict[str, Any], *, relation: bool) -> bool:
    if relation and g.get("relation") != p.get("relation"):
        return False
    if g.get("symbol") or p.get("symbol"):
        return bool(g.get("symbol") and p.get("symbol")) and _sym(g["symbol"]) == _sym(p["symbol"]) \
            and g.get("date") == p.get("date")
    if g.get("date") != p.get("date"):
        return False
    a, b = _name(g), _name(p)
    if not a and not b:  # theo_de_nghi without a document: the proposer decides nothing here
        return True
    return bool(a and b) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


def _label(item: dict[str, Any]) -> str:
    return f"{item.get('relation', '')} {item.get('symbol') or item.get('title') or item.get('issuer')} " \
           f"{item.get('date') or ''}".strip()


def match(gold: list[dict], pred: list[dict], *, relation: bool = False) -> dict[str, Any]:
    """Pair gold and predicted items one to one; counts, and what was missed or extra."""
    free = list(range(len(pred)))
    pairs: list[tuple[int, int]] = []
    missed = []
    for gi, g in enumerate(gold):
        hit = next((pi for pi in free if _same(g, pred[pi], relation=relation)), None)
        if hit is None:
            missed.append(_label(g))
        else:
            free.remove(hit)
            pairs.append((gi, hit))
    return {"tp": len(pairs), "gold": len(gold), "predicted": len(pred), "pairs": pairs,
            "missed": missed, "extra": [_label(pred[i]) for i in free]}


def _field_equal(g: Any, p: Any) -> bool:
    if g is None or p is None:
        return g is None and p is None
    return fold_key(str(g)) == fold_key(str(p))


def evaluate(gold: dict[str, Any], extraction: dict[str, Any]) -> dict[str, Any]:
    """Compare one extraction dict with one gold dict."""
    doc = extraction.get("doc") or {}
    header = {f: _field_equal(gold["doc"].get(f), doc.get(f)) for f in HEADER_FIELDS}
    cit = match(gold.get("citations", []), extraction.get("citations", []))
    basis = match(gold.get("basis", []),
                  [b for b in extraction.get("basis", []) if b.get("doc_index", 0) == 0], relation=True)
    # Accuracy of kind and issuer on the citations that were found (informative).
    kinds = [_field_equal(gold["citations"][g].get("kind"), extraction["citations"][p].get("kind"))
             for g, p in cit["pairs"]]
    out = {"citations": cit, "basis": basis, "header": header,
           "citation_kind_accuracy": _ratio(sum(kinds), len(kinds))}
    for part in (cit, basis):
        part.pop("pairs")
    try:
        from cancu.loaders.evaluate_tasks import score_tasks
    except ImportError:
        score_tasks = None
    if score_tasks and gold.get("tasks"):
        out["tasks"] = score_tasks(gold["tasks"], extraction.get("tasks", []))
    return out


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 1.0


def find_document(docs_dir: Path, stem: str) -> Optional[Path]:
    """The document named like a gold file (any extension but .json)."""
    return next((p for p in sorted(Path(docs_dir).glob(stem + ".*")) if p.suffix != ".json"), None)


def evaluate_dirs(gold_dir: Path, docs_dir: Path) -> dict[str, Any]:
    """Run extraction on each document that has a gold file; totals over all of them."""
    from cancu.loaders import extract

    docs: dict[str, Any] = {}
    tot = {"c_tp": 0, "c_g": 0, "c_p": 0, "b_tp": 0, "b_g": 0, "b_p": 0, "h_ok": 0, "h_n": 0}
    fields = {f: 0 for f in HEADER_FIELDS}
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        path = find_document(Path(docs_dir), gold_file.stem)
        if path is None:
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if "doc" not in gold:
            continue
        res = evaluate(gold, extract(path).to_dict())
        c, b, h = res["citations"], res["basis"], res["header"]
        tot["c_tp"] += c["tp"]; tot["c_g"] += c["gold"]; tot["c_p"] += c["predicted"]
        tot["b_tp"] += b["tp"]; tot["b_g"] += b["gold"]; tot["b_p"] += b["predicted"]
        tot["h_ok"] += sum(h.values()); tot["h_n"] += len(h)
        for f, ok in h.items():
            fields[f] += ok
        res["summary"] = {
            "citation_p": _ratio(c["tp"], c["predicted"]), "citation_r": _ratio(c["tp"], c["gold"]),
            "basis_p": _ratio(b["tp"], b["predicted"]), "basis_r": _ratio(b["tp"], b["gold"]),
            "header_acc": _ratio(sum(h.values()), len(h)),
        }
        if "tasks" in res:
            res["summary"].update({k: v for k, v in res["tasks"].items() if not isinstance(v, (list, dict))})
        docs[gold_file.stem] = res
    n = len(docs)
    total = {
        "citation_precision": _ratio(tot["c_tp"], tot["c_p"]), "citation_recall": _ratio(tot["c_tp"], tot["c_g"]),
        "basis_precision": _ratio(tot["b_tp"], tot["b_p"]), "basis_recall": _ratio(tot["b_tp"], tot["b_g"]),
        "header_accuracy": _ratio(tot["h_ok"], tot["h_n"]), "documents": n,
        **{f"header_{f}": _ratio(v, n) for f, v in fields.items()},
    }
    return {"documents": docs, "total": total}
