"""How far two careful annotators agree, scored by cancu's own strict evaluator — the ceiling of any gold figure.

    python benchmarks/agreement.py [--second DIR] [--gold DIR] [--out FILE]

``--second`` (default ``tests/fixtures/loaders/second_annotation``) holds a second, independent annotation of
documents that already have a gold file in ``--gold`` (default ``tests/fixtures/loaders/gold``): annotators who
never saw the first gold, ran cancu or read its code wrote them from the gold README's conventions (2026-12-06,
38 documents of the held-out sets k and n; the folder's README says which annotators could see the gold's task
counts). Three comparisons, each with ``loaders.evaluate.evaluate`` exactly as ``cancu eval`` scores:

1. the second annotation in the place of an extraction, against the gold (human agreement);
2. cancu against the gold (what ``cancu eval`` reports on these documents);
3. cancu against the second annotation.

If (1) is below issue 12's targets, no extractor can be shown to meet them on this gold: the difference is
conventions the annotators read differently, and each such class is listed (``--details``) for the README.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from cancu.errors import InputError
from cancu.loaders import extract
from cancu.loaders.evaluate import Tally, evaluate, find_document

ROOT = Path(__file__).resolve().parents[1]


def _fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}"


def line(name: str, t: Tally) -> str:
    f = t.figures()
    r = f["task_rows"]

    def rec(k: str):
        return f[k]["recall"]
    return (f"{name:28} docs {f['documents']:3}  header {_fmt(f['header_accuracy'])}  citations "
            f"{_fmt(f['citations_precision'])}/{_fmt(f['citations_recall'])}  basis {_fmt(f['basis_precision'])}/"
            f"{_fmt(f['basis_recall'])}  rows {_fmt(r['recall'])}/{_fmt(r['precision'])} ({r['gold']} gold, "
            f"{r['predicted']} other)  text {_fmt(rec('task_text'))}  lead {_fmt(rec('task_lead'))}  coordinating "
            f"{_fmt(rec('task_coordinating'))}  deadline {_fmt(rec('task_deadline_end'))}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--second", default=str(ROOT / "tests/fixtures/loaders/second_annotation"))
    ap.add_argument("--gold", default=str(ROOT / "tests/fixtures/loaders/gold"))
    ap.add_argument("--out", help="also write the report to this file")
    ap.add_argument("--details", action="store_true", help="every disagreement of the two annotations")
    a = ap.parse_args(argv)
    human, cancu_gold, cancu_second = Tally(), Tally(), Tally()
    out: list[str] = []
    for f in sorted(Path(a.second).glob("*.json")):
        second = json.loads(f.read_text(encoding="utf-8"))
        gold = json.loads((Path(a.gold) / f.name).read_text(encoding="utf-8"))
        doc = find_document(Path(a.gold), f.stem)
        try:
            ex = extract(doc).to_dict()
        except InputError:
            ex = None
        res = evaluate(gold, second)
        human.add(res)
        cancu_gold.add(evaluate(gold, ex))
        cancu_second.add(evaluate(second, ex))
        if a.details:
            t = res["tasks"] or {}
            for kind in ("missed", "extra"):
                out += [f"{f.stem} row {kind} (second vs gold): {x}" for x in t.get(kind, [])]
            out += [f"{f.stem} {w['field']}: gold {w['gold']!r} / second {w['predicted']!r} — {w['row']}"
                    for w in t.get("wrong", [])]
            for part in ("citations", "basis"):
                for kind in ("missed", "extra"):
                    out += [f"{f.stem} {part} {kind} (second vs gold): {x}" for x in (res[part] or {}).get(kind, [])]
    out += ["", line("second annotation vs gold", human), line("cancu vs gold", cancu_gold),
            line("cancu vs second annotation", cancu_second)]
    text = "\n".join(out)
    print(text)
    if a.out:
        Path(a.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
