"""Header fields and task rows on the office gold, scored as GOLD.md says (strict text equality).

    python benchmarks/office_accuracy.py [GOLD_DIR]

GOLD_DIR defaults to tests/fixtures/loaders/gold; the office documents there are the
``oNNN`` files (copied from shared/corpus/office) and the ``x_*`` DOCX files built
from real documents. Header fields (kind, symbol, date, issuer, place) compare on
``fold_key``; a gold task row is found when a predicted row has the same text after
GOLD.md's normalisation (NFC, markup removed, whitespace runs to one space, a leading
list marker and trailing ".;:," stripped); its lead must be the same set of agencies
(folded) and its deadline the same end. To compare with an older cancu, run this file
with that tree first on PYTHONPATH (docs/accuracy.md: the figures of issue 11).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

from cancu.errors import CancuError
from cancu.loaders import extract
from cancu.loaders.normalize import fold_key

HEADER = ("kind", "symbol", "date", "issuer", "place")


def norm_text(s: str) -> str:
    s = unicodedata.normalize("NFC", s or "")
    s = re.sub(r"<[^>]+>|\*\*|__", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"^(?:[-+•]\s*|[a-zđ]\)\s*|\d+(?:\.\d+)*[.)]\s*)", "", s)
    return s.rstrip(".;:, ").strip()


def agencies(xs) -> list[str]:
    return sorted(fold_key(x).replace("ủy ban nhân dân", "ubnd") for x in xs or [])


def main(argv: list[str]) -> int:
    gold_dir = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent / "tests/fixtures/loaders/gold"
    h_ok = h_n = 0
    totals = {"table": [0, 0, 0, 0], "prose": [0, 0, 0, 0]}
    for gf in sorted(gold_dir.glob("*.json")):
        if not re.match(r"(o\d{3}|x_)", gf.stem):
            continue
        doc = next((p for p in sorted(gold_dir.glob(gf.stem + ".*")) if p.suffix != ".json"), None)
        if doc is None:
            continue
        gold = json.loads(gf.read_text(encoding="utf-8"))
        try:
            pred = extract(doc).to_dict()
        except CancuError as exc:
            pred = {"doc": None, "tasks": [], "error": str(exc)}
        wrong = []
        if gold.get("doc"):
            pd = pred.get("doc") or {}
            for f in HEADER:
                a, b = gold["doc"].get(f), pd.get(f)
                ok = (a is None and b is None) or (a is not None and b is not None
                                                   and fold_key(str(a)) == fold_key(str(b)))
                h_ok += ok
                h_n += 1
                if not ok:
                    wrong.append(f"{f}: gold {a!r}, got {b!r}")
        used: set[int] = set()
        found = lead = end = 0
        for t in gold.get("tasks", []):
            key = norm_text(t["text"])
            i = next((k for k, p in enumerate(pred.get("tasks", [])) if k not in used and norm_text(p["text"]) == key),
                     None)
            if i is None:
                continue
            used.add(i)
            p = pred["tasks"][i]
            found += 1
            lead += agencies(p.get("lead")) == agencies(t.get("lead"))
            end += (p.get("deadline") or {}).get("end") == t.get("deadline_end")
        # the gold's layout categories: task rows of a file without 'prose' come from its tables
        layouts = set(gold.get("layout", []))
        tabular = layouts & {"docx-table", "pdf-table", "html-table", "tab-table", "pipe-table"}
        kind = "table" if tabular and "prose" not in layouts else "prose"
        for k, v in enumerate((len(gold.get("tasks", [])), found, lead, end)):
            totals[kind][k] += v
        print(f"{gf.stem}\ttasks {found}/{len(gold.get('tasks', []))}\t" + "; ".join(wrong))
    print(f"header fields {h_ok}/{h_n} = {h_ok / max(h_n, 1):.3f}")
    for kind, (g, f, ld, e) in totals.items():
        print(f"task rows ({kind}) found {f}/{g}, lead {ld}/{g}, deadline end {e}/{g}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
