"""Score extraction against hand-checked gold files (``cancu eval GOLD_DIR DOCS_DIR``).

A gold file ``<id>.json`` (format: ``tests/fixtures/loaders/gold/README.md``)
describes the document named like it in DOCS_DIR, in any format cancu reads
(.txt, .md, .html, .docx, .doc, .pdf). Everything is compared strictly, with the
rendering-only differences of :mod:`cancu.loaders.eval_keys` folded:

- ``is_document``: agreement, on every gold file.
- header (``doc``): kind, symbol (a blank number must be reported as
  ``symbol: null, number_blank: true``), date, issuer, place — accuracy per field,
  on documents with a header of their own (gold ``doc`` not null).
- ``documents`` issued with the main one, ``basis`` and ``citations``: one-to-one
  matches, precision and recall. A document is the same when its symbol and date
  are (or, cited by name, its title and date; a proposer without a document: its
  issuer); a basis entry also needs the same relation and document index.
- tasks: :mod:`cancu.loaders.evaluate_tasks` (rows found, whole text, number,
  lead, coordinating, deadline end).

Non-documents (gold ``is_document: false``) score only ``is_document`` and the
absence of tasks. Figures are summed over documents, and also per layout
category and per source of the gold files (seed, dev, office, crawl, built
DOCX: the seeds and dev documents are those the rules were written with);
every miss, extra and wrong field is listed so a person can read it.

>>> g = {"doc": {"kind": "Kế hoạch", "symbol": "1/KH-UBND", "date": None, "issuer": None, "place": None},
...      "citations": [{"symbol": "76/NQ-CP", "date": "2021-07-15"}], "basis": []}
>>> p = {"is_document": True, "doc": dict(g["doc"]),
...      "citations": [{"symbol": "76/NQ-CP", "date": "2021-07-15"}], "basis": []}
>>> evaluate(g, p)["citations"]["tp"]
1
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any, Optional

from cancu.loaders.eval_keys import name_key, symbol_key
from cancu.loaders.evaluate_tasks import FIELDS as TASK_FIELDS
from cancu.loaders.evaluate_tasks import INFO_FIELDS as TASK_INFO_FIELDS
from cancu.loaders.evaluate_tasks import score_tasks

HEADER_FIELDS = ("kind", "symbol", "date", "issuer", "place")
RELATIONS = {"can_cu", "thuc_hien", "trien_khai", "theo_de_nghi"}
TASK_SCOPES = {"all", "partial", "none"}
DOC_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".doc", ".pdf")


# --- one document ----------------------------------------------------------------------

def _symbol_ok(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    if gold.get("number_blank"):
        return not pred.get("symbol") and bool(pred.get("number_blank"))
    if not gold.get("symbol"):
        return not pred.get("symbol") and not pred.get("number_blank")
    return symbol_key(gold["symbol"]) == symbol_key(pred.get("symbol"))


def header_fields(gold: dict[str, Any], pred: Optional[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per header field: the gold value, the predicted value and whether they agree."""
    pred = pred or {}
    out = {}
    for f in HEADER_FIELDS:
        if f == "symbol":
            ok = _symbol_ok(gold, pred)
            g = gold.get("symbol") or ("(blank number)" if gold.get("number_blank") else None)
            p = pred.get("symbol") or ("(blank number)" if pred.get("number_blank") else None)
        elif f == "date":
            g, p = gold.get("date"), pred.get("date")
            ok = g == p
        else:
            g, p = gold.get(f), pred.get(f)
            ok = name_key(g) == name_key(p)
        out[f] = {"gold": g, "predicted": p, "ok": ok}
    return out


def _same(g: dict[str, Any], p: dict[str, Any], *, basis: bool) -> bool:
    if basis and (g.get("relation") != p.get("relation") or (g.get("doc_index") or 0) != (p.get("doc_index") or 0)):
        return False
    if g.get("date") != p.get("date"):
        return False
    if g.get("symbol") or p.get("symbol"):
        return symbol_key(g.get("symbol")) == symbol_key(p.get("symbol"))
    if g.get("title") or p.get("title"):
        return name_key(g.get("title")) == name_key(p.get("title"))
    # a proposer without a document ("Theo đề nghị của Giám đốc Sở Tư pháp")
    return name_key(g.get("issuer") or g.get("proposer")) == name_key(p.get("issuer") or p.get("proposer"))


def _label(item: dict[str, Any]) -> str:
    name = item.get("symbol") or item.get("title") or item.get("issuer") or item.get("proposer") or "?"
    rel = f"{item['relation']} " if item.get("relation") else ""
    return f"{rel}{name} {item.get('date') or ''}".strip()


def match(gold: list[dict], pred: list[dict], *, basis: bool = False) -> dict[str, Any]:
    """Pair gold and predicted references one to one; counts, and what was missed or extra."""
    free = list(range(len(pred)))
    found = 0
    missed = []
    for g in gold:
        hit = next((i for i in free if _same(g, pred[i], basis=basis)), None)
        if hit is None:
            missed.append(_label(g))
        else:
            free.remove(hit)
            found += 1
    return {"tp": found, "gold": len(gold), "predicted": len(pred), "missed": missed,
            "extra": [_label(pred[i]) for i in free]}


def _doc_key(d: dict[str, Any]) -> tuple:
    sym = "(blank)" if d.get("number_blank") else symbol_key(d.get("symbol"))
    return name_key(d.get("kind")), sym, d.get("date")


def match_documents(gold: list[dict], pred: list[dict]) -> dict[str, Any]:
    """Documents issued with the main one, matched on kind, symbol (or blank number) and date."""
    free = list(range(len(pred)))
    found, missed = 0, []
    for g in gold:
        hit = next((i for i in free if _doc_key(pred[i]) == _doc_key(g)), None)
        if hit is None:
            missed.append(" ".join(str(x) for x in _doc_key(g) if x))
        else:
            free.remove(hit)
            found += 1
    return {"tp": found, "gold": len(gold), "predicted": len(pred), "missed": missed,
            "extra": [" ".join(str(x) for x in _doc_key(pred[i]) if x) for i in free]}


def evaluate(gold: dict[str, Any], extraction: Optional[dict[str, Any]]) -> dict[str, Any]:
    """Compare one extraction dict (``cancu extract`` JSON, or None when it failed) with one gold dict."""
    ex = extraction or {}
    gold_is_doc = gold.get("is_document", True)
    pred_is_doc = ex.get("is_document")
    out: dict[str, Any] = {
        "is_document": {"gold": gold_is_doc, "predicted": pred_is_doc, "ok": pred_is_doc == gold_is_doc},
        "header": None, "documents": None, "basis": None, "citations": None, "tasks": None,
    }
    pred_is_doc = bool(pred_is_doc)
    if gold_is_doc:
        if gold.get("doc"):
            out["header"] = header_fields(gold["doc"], ex.get("doc") if pred_is_doc else None)
            out["documents"] = match_documents(gold.get("documents", []),
                                               ex.get("documents", []) if pred_is_doc else [])
        out["basis"] = match(gold.get("basis", []), ex.get("basis", []) if pred_is_doc else [], basis=True)
        out["citations"] = match(gold.get("citations", []), ex.get("citations", []) if pred_is_doc else [])
    scope = gold.get("tasks_annotated", "all")
    if scope != "none":
        out["tasks"] = score_tasks(gold.get("tasks", []), ex.get("tasks", []) or [], scope=scope)
    return out


# --- a folder ----------------------------------------------------------------------------

def find_document(docs_dir: Path, stem: str) -> Optional[Path]:
    """The document named like a gold file, in a format cancu reads."""
    for suffix in DOC_SUFFIXES:
        p = Path(docs_dir) / (stem + suffix)
        if p.is_file():
            return p
    return None


#: Gold id prefixes and the source they name (tests/fixtures/loaders/gold/README.md).
SOURCES = (("000_", "seed"), ("003_", "seed"), ("o", "office"), ("c_", "crawl"), ("x_", "built-docx"), ("d", "dev"))


def source_of(stem: str) -> str:
    """The kind of source a gold id names: seed, dev, office, crawl, built-docx (or other)."""
    return next((name for prefix, name in SOURCES if stem.startswith(prefix)), "other")


def _ratio(a: int, b: int) -> Optional[float]:
    return round(a / b, 4) if b else None


class Tally:
    """Counts summed over documents; ratios computed at the end."""

    def __init__(self) -> None:
        self.n = defaultdict(int)

    def add(self, res: dict[str, Any]) -> None:
        n = self.n
        n["documents"] += 1
        n["is_document_ok"] += res["is_document"]["ok"]
        if res["header"] is not None:
            n["header_documents"] += 1
            for f, v in res["header"].items():
                n[f"header_{f}"] += v["ok"]
        for part in ("documents", "basis", "citations"):
            if res[part] is not None:
                for k in ("tp", "gold", "predicted"):
                    n[f"{part}_{k}"] += res[part][k]
        t = res["tasks"]
        if t is not None:
            n["task_gold"] += t["gold"]
            n["task_predicted"] += t["counted_predicted"]
            n["task_found"] += t["found"]
            n["task_exact"] += t["exact"]
            for f, k in t["correct"].items():
                n[f"task_{f}"] += k

    def figures(self) -> dict[str, Any]:
        n = self.n
        hd = n["header_documents"]
        out: dict[str, Any] = {
            "documents": n["documents"],
            "is_document_agreement": _ratio(n["is_document_ok"], n["documents"]),
            "header_documents": hd,
            "header_accuracy": _ratio(sum(n[f"header_{f}"] for f in HEADER_FIELDS), hd * len(HEADER_FIELDS)),
            **{f"header_{f}": _ratio(n[f"header_{f}"], hd) for f in HEADER_FIELDS},
        }
        for part in ("documents", "basis", "citations"):
            out[f"{part}_precision"] = _ratio(n[f"{part}_tp"], n[f"{part}_predicted"])
            out[f"{part}_recall"] = _ratio(n[f"{part}_tp"], n[f"{part}_gold"])
            out[f"{part}_counts"] = [n[f"{part}_tp"], n[f"{part}_gold"], n[f"{part}_predicted"]]
        g, p = n["task_gold"], n["task_predicted"]
        out["task_rows"] = {"gold": g, "predicted": p, "found": n["task_found"], "exact": n["task_exact"],
                            "recall": _ratio(n["task_found"], g), "precision": _ratio(n["task_found"], p)}
        for f in TASK_FIELDS + TASK_INFO_FIELDS + ("exact",):
            k = n[f"task_{f}"]
            out[f"task_{f}"] = {"recall": _ratio(k, g), "precision": _ratio(k, p), "correct": k}
        return out


def evaluate_dirs(gold_dir: Path, docs_dir: Path) -> dict[str, Any]:
    """Run extraction on each document that has a gold file; figures overall and per layout category."""
    from cancu.errors import InputError
    from cancu.loaders import extract

    docs: dict[str, Any] = {}
    total = Tally()
    per_cat: dict[str, Tally] = defaultdict(Tally)
    per_source: dict[str, Tally] = defaultdict(Tally)
    missing = []
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        if "doc" not in gold:
            continue  # not a gold file (a JSON fixture of another kind)
        path = find_document(Path(docs_dir), gold_file.stem)
        if path is None:
            missing.append(gold_file.stem)
            continue
        error = None
        try:
            extraction = extract(path).to_dict()
        except InputError as exc:  # a file cancu refuses: scored as nothing found
            extraction, error = None, f"{type(exc).__name__}: {exc}"
        res = evaluate(gold, extraction)
        res["file"] = path.name
        res["layout"] = list(gold.get("layout", []))
        res["error"] = error
        docs[gold_file.stem] = res
        total.add(res)
        per_source[source_of(gold_file.stem)].add(res)
        for cat in res["layout"]:
            per_cat[cat].add(res)
    return {"documents": docs, "total": total.figures(),
            "categories": {c: t.figures() for c, t in sorted(per_cat.items())},
            "sources": {c: t.figures() for c, t in sorted(per_source.items())},
            "missing_documents": missing}


# --- reading the report --------------------------------------------------------------------

def _fmt(x: Optional[float]) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def format_report(report: dict[str, Any], *, details: bool = True) -> str:
    """The report as text: totals, per-category table, then every difference per document."""
    t = report["total"]
    lines = [f"Documents: {t['documents']} (header scored on {t['header_documents']})",
             f"is_document agreement: {_fmt(t['is_document_agreement'])}",
             "Header accuracy: " + ", ".join(f"{f} {_fmt(t['header_' + f])}" for f in HEADER_FIELDS)
             + f"; all fields {_fmt(t['header_accuracy'])}"]
    for part in ("basis", "citations", "documents"):
        tp, g, p = t[f"{part}_counts"]
        name = {"basis": "Basis", "citations": "Citations", "documents": "Issued-with documents"}[part]
        lines.append(f"{name}: precision {_fmt(t[part + '_precision'])} recall {_fmt(t[part + '_recall'])}"
                     f" ({tp} matched of {g} gold, {p} predicted)")
    r = t["task_rows"]
    lines.append(f"Task rows: recall {_fmt(r['recall'])} precision {_fmt(r['precision'])}"
                 f" ({r['found']} found of {r['gold']} gold, {r['predicted']} predicted counted; {r['exact']} exact)")
    for f in TASK_FIELDS + ("exact",):
        lines.append(f"  {f:<13} recall {_fmt(t['task_' + f]['recall'])} precision {_fmt(t['task_' + f]['precision'])}")
    for title, key in (("Per source of the gold", "sources"), ("Per layout category", "categories")):
        lines.append("")
        lines.append(f"{title} (docs | header | basis P/R | citations P/R | rows R/P | text R | lead R | deadline R):")
        for cat, c in report.get(key, {}).items():
            lines.append(f"  {cat:<20} {c['documents']:>3} | {_fmt(c['header_accuracy'])} | "
                         f"{_fmt(c['basis_precision'])}/{_fmt(c['basis_recall'])} | "
                         f"{_fmt(c['citations_precision'])}/{_fmt(c['citations_recall'])} | "
                         f"{_fmt(c['task_rows']['recall'])}/{_fmt(c['task_rows']['precision'])} | "
                         f"{_fmt(c['task_text']['recall'])} | {_fmt(c['task_lead']['recall'])} | "
                         f"{_fmt(c['task_deadline_end']['recall'])}")
    if report.get("missing_documents"):
        lines.append(f"Gold files without a document: {', '.join(report['missing_documents'])}")
    if not details:
        return "\n".join(lines)
    lines.append("")
    for name, res in report["documents"].items():
        out = []
        if res.get("error"):
            out.append(f"  extraction failed: {res['error']}")
        if not res["is_document"]["ok"]:
            out.append(f"  is_document: gold {res['is_document']['gold']}, predicted {res['is_document']['predicted']}")
        for f, v in (res["header"] or {}).items():
            if not v["ok"]:
                out.append(f"  header {f}: gold {v['gold']!r}, predicted {v['predicted']!r}")
        for part in ("documents", "basis", "citations"):
            m = res[part]
            if m is None:
                continue
            out += [f"  {part} missed: {x}" for x in m["missed"]] + [f"  {part} extra: {x}" for x in m["extra"]]
        tk = res["tasks"]
        if tk is not None:
            out += [f"  task missed: {x}" for x in tk["missed"]] + [f"  task extra: {x}" for x in tk["extra"]]
            for w in tk["wrong"]:
                if w["field"] == "text":
                    out.append(f"  task text {w['row']}: {w['hint']}")
                else:
                    out.append(f"  task {w['field']} {w['row']}: gold {w['gold']!r}, predicted {w['predicted']!r}")
        head = f"{name} ({res['file']})"
        lines.append(head + (": all right" if not out else ""))
        lines += out
    return "\n".join(lines)
