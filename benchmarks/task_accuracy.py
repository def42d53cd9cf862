"""Task rows against the hand-checked gold, before and after, from one run (issue 12).

Extracts every gold document (``tests/fixtures/loaders/gold``) with two trees of cancu —
``--before`` (a directory holding an older checkout as ``cancu/``, put first on
``PYTHONPATH`` in a subprocess) and the tree this script belongs to — and scores both with
*this* tree's strict evaluator (``loaders/evaluate.py``, ``evaluate_tasks.py``): rows paired
one to one by text, whole text, row number, lead set, coordinating set and deadline end
compared strictly. Figures are printed overall, per layout category, per form of the gold
row (table / prose; recall only, since a predicted row has no form) and for a set of held-out
documents given with ``--holdout`` (kept apart while the rules were written) and the rest.

    python benchmarks/task_accuracy.py --before /tmp/base [--holdout c_03b4541e o001 …] [--json out.json]

Reads only the repository's own fixtures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "loaders" / "gold"

_EXTRACT = r"""
import json, sys
from pathlib import Path
from cancu.errors import InputError
from cancu.loaders import extract
from cancu.loaders.evaluate import find_document
out = {}
gold = Path(sys.argv[1])
for g in sorted(gold.glob("*.json")):
    d = json.loads(g.read_text(encoding="utf-8"))
    if "doc" not in d:
        continue
    p = find_document(gold, g.stem)
    if p is None:
        continue
    try:
        out[g.stem] = extract(p).to_dict()
    except InputError:
        out[g.stem] = None
json.dump(out, sys.stdout, ensure_ascii=False)
"""


def extractions(tree_parent: Optional[Path]) -> dict[str, Any]:
    """{gold id: extraction dict} with the tree under ``tree_parent`` (None: this tree)."""
    env = dict(os.environ)
    if tree_parent is not None:
        env["PYTHONPATH"] = str(tree_parent) + os.pathsep + env.get("PYTHONPATH", "")
    r = subprocess.run([sys.executable, "-c", _EXTRACT, str(GOLD)], capture_output=True, text=True, env=env,
                       cwd=str(tree_parent or ROOT.parent), check=True)
    return json.loads(r.stdout)


def score(preds: dict[str, Any], ids: list[str]) -> dict[str, Any]:
    from cancu.loaders.evaluate import Tally, evaluate
    from cancu.loaders.evaluate_tasks import score_tasks

    total = Tally()
    cats: dict[str, Tally] = defaultdict(Tally)
    forms: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for stem in ids:
        gold = json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))
        res = evaluate(gold, preds.get(stem))
        total.add(res)
        for c in gold.get("layout", []):
            cats[c].add(res)
        if gold.get("tasks_annotated", "all") == "none" or not gold.get("is_document", True):
            continue
        pred_tasks = (preds.get(stem) or {}).get("tasks", [])
        for form in ("table", "prose"):
            rows = [t for t in gold["tasks"] if t.get("form", "table") == form]
            if not rows:
                continue
            s = score_tasks(rows, pred_tasks, scope="partial")
            forms[form]["gold"] += s["gold"]
            forms[form]["found"] += s["found"]
            for f, k in s["correct"].items():
                forms[form][f] += k
    return {"total": total.figures(), "categories": {c: t.figures() for c, t in sorted(cats.items())},
            "forms": {f: dict(v) for f, v in forms.items()}}


FIELDS = [("rows", "task_rows"), ("text", "task_text"), ("lead", "task_lead"),
          ("coordinating", "task_coordinating"), ("deadline end", "task_deadline_end"), ("row number", "task_no"),
          ("exact", "task_exact")]


def _pr(fig: dict[str, Any]) -> str:
    p, r = fig.get("precision"), fig.get("recall")
    def f(x):
        return "–" if x is None else f"{x:.3f}"
    return f"{f(p)} / {f(r)}"


def table(before: dict[str, Any], after: dict[str, Any]) -> str:
    tb, ta = before["total"], after["total"]
    lines = [f"Gold rows {ta['task_rows']['gold']}; predicted (counted) before {tb['task_rows']['predicted']}, "
             f"after {ta['task_rows']['predicted']}.", "",
             "| field | before P / R | after P / R |", "|---|---|---|"]
    for name, key in FIELDS:
        lines.append(f"| {name} | {_pr(tb[key])} | {_pr(ta[key])} |")
    lines += ["", "| layout | docs | gold rows | rows P / R before → after | text R | lead R | deadline end R |",
              "|---|---:|---:|---|---|---|---|"]
    for cat, fa in after["categories"].items():
        fb = before["categories"].get(cat)
        if not fa["task_rows"]["gold"] and not fa["task_rows"]["predicted"]:
            continue
        def r(f, k):
            return "–" if f is None or f[k]["recall"] is None else f"{f[k]['recall']:.3f}"
        lines.append(f"| {cat} | {fa['documents']} | {fa['task_rows']['gold']} | {_pr(fb['task_rows'])} → "
                     f"{_pr(fa['task_rows'])} | {r(fb, 'task_text')} → {r(fa, 'task_text')} | "
                     f"{r(fb, 'task_lead')} → {r(fa, 'task_lead')} | "
                     f"{r(fb, 'task_deadline_end')} → {r(fa, 'task_deadline_end')} |")
    lines += ["", "| form of the gold row | gold rows | rows R before → after | text R | lead R | deadline end R |",
              "|---|---:|---|---|---|---|"]
    for form, fa in after["forms"].items():
        fb = before["forms"].get(form, {})
        g = fa["gold"]
        def r(f, k, g=g):
            return f"{f.get(k, 0) / g:.3f}" if g else "–"
        lines.append(f"| {form} | {g} | {r(fb, 'found')} → {r(fa, 'found')} | {r(fb, 'text')} → {r(fa, 'text')} | "
                     f"{r(fb, 'lead')} → {r(fa, 'lead')} | {r(fb, 'deadline_end')} → {r(fa, 'deadline_end')} |")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True, help="a directory holding the older checkout as cancu/")
    ap.add_argument("--holdout", nargs="*", default=[], help="gold ids kept apart while the rules were written")
    ap.add_argument("--json", type=Path, help="write all figures here")
    args = ap.parse_args(argv)
    ids = sorted(p.stem for p in GOLD.glob("*.json") if "doc" in json.loads(p.read_text(encoding="utf-8")))
    pb, pa = extractions(args.before), extractions(None)
    groups = {"all gold documents": ids}
    if args.holdout:
        held = [i for i in ids if i in set(args.holdout)]
        groups["held-out documents (" + ", ".join(held) + ")"] = held
        groups["the other documents (development set)"] = [i for i in ids if i not in set(args.holdout)]
    out = {}
    for name, group in groups.items():
        b, a = score(pb, group), score(pa, group)
        out[name] = {"before": b, "after": a}
        print(f"### {name}: {len(group)} files\n")
        print(table(b, a))
        print()
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
