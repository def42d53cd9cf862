"""Rewrite the document list of tests/fixtures/loaders/gold/README.md from the gold files.

Run after adding gold: ``python3 scripts/gold_list.py``. The list sits between the
``gold-list`` markers; everything else in the README is left alone.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "loaders" / "gold"


def rows(gold: Path = GOLD) -> list[str]:
    out = ["| id | file | kind · symbol · issuer | layout | tasks |", "| --- | --- | --- | --- | --- |"]
    for path in sorted(gold.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        doc_file = next((p.name for p in sorted(gold.glob(path.stem + ".*")) if p.suffix != ".json"), "—")
        if not g.get("is_document", True):
            what = f"not a document ({g.get('reason')})"
        elif not g.get("doc"):
            what = "no header of its own"
        else:
            d = g["doc"]
            sym = d.get("symbol") or ("số trống" if d.get("number_blank") else "—")
            what = f"{d.get('kind')} · {sym} · {d.get('issuer')}"
        scope = g.get("tasks_annotated", "all")
        tasks = "not annotated" if scope == "none" else f"{len(g.get('tasks', []))}" + (" (partial)"
                                                                                        if scope == "partial" else "")
        out.append(f"| {path.stem} | {doc_file} | {what} | {', '.join(g.get('layout', []))} | {tasks} |")
    return out


def main() -> None:
    readme = GOLD / "README.md"
    text = readme.read_text(encoding="utf-8")
    block = "<!-- gold-list:start -->\n" + "\n".join(rows()) + "\n<!-- gold-list:end -->"
    readme.write_text(re.sub(r"<!-- gold-list:start -->.*<!-- gold-list:end -->", lambda _: block, text, flags=re.S),
                      encoding="utf-8")


if __name__ == "__main__":
    main()
