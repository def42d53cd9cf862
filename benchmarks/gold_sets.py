"""The gold folder scored set by set: development documents and each blind set apart (issue 12).

    python benchmarks/gold_sets.py [--sets dev,b,bh] [--json out.json]

Every gold file of ``tests/fixtures/loaders/gold`` carries the set it was annotated in as its
``"holdout"`` tag (gold README, "Held-out set …"); files without one are the development gold.
This groups the files by that tag into temporary folders (symbolic links to the gold and its
document) and scores each with ``cancu eval``'s own evaluator, so the per-set table of
``docs/accuracy.md`` can be rebuilt on any machine from the repository alone. A set still held out
(gold README) is scored only as a whole: this prints no per-document difference.

Set names: ``dev`` (no tag), ``fresh`` (``2026-12-05``), the tag's last letter for the sets of
2026-12-05 and 2026-12-06 (``b`` … ``z``; ``l`` is the ``m_*`` files), and ``b`` + the letter for
the sets whose files share their letter with an earlier set's name (``bg``, ``ba``, ``be``,
``bh``, ``bf``: files ``g_*``, ``a_*``, ``e_*``, ``h_*``, ``f_*``).

Reads only the repository's own fixtures; extraction runs in this process (about 40 s for all sets
on this machine kind, two sets at a time with ``--workers 2``).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "loaders" / "gold"

# the tags whose last letter names an older set already (the open sets b … z are tags of
# 2026-12-05 and 2026-12-06; these later sets reused letters as file prefixes)
_PREFIXED = {"2026-12-06g": "bg", "2026-12-06a": "ba", "2026-12-06e": "be", "2026-12-07h": "bh",
             "2026-12-07f": "bf", "2026-12-07x": "bx"}
FIELDS = (("rows R", ("task_rows", "recall")), ("rows P", ("task_rows", "precision")),
          ("text", ("task_text", "recall")), ("lead", ("task_lead", "recall")),
          ("coord", ("task_coordinating", "recall")), ("deadline", ("task_deadline_end", "recall")),
          ("cit P", ("citations_precision",)), ("cit R", ("citations_recall",)),
          ("basis P", ("basis_precision",)), ("basis R", ("basis_recall",)), ("header", ("header_accuracy",)))


def set_name(tag: str | None) -> str:
    """The set a gold file belongs to, from its ``holdout`` tag."""
    if tag is None:
        return "dev"
    if tag == "2026-12-05":
        return "fresh"
    return _PREFIXED.get(tag, tag[-1])


def sets(gold: Path = GOLD) -> dict[str, list[Path]]:
    """Gold files by set name."""
    out: dict[str, list[Path]] = {}
    for path in sorted(gold.glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        if "doc" in g:
            out.setdefault(set_name(g.get("holdout")), []).append(path)
    return out


def score(files: list[Path]) -> dict[str, Any]:
    """``cancu eval``'s report over ``files`` (linked with their documents into a temporary folder)."""
    from cancu.loaders.evaluate import evaluate_dirs

    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            for part in f.parent.glob(f.stem + ".*"):
                (Path(tmp) / part.name).symlink_to(part.resolve())
        return evaluate_dirs(Path(tmp), Path(tmp))


def _figure(total: dict[str, Any], keys: tuple[str, ...]) -> str:
    v: Any = total
    for k in keys:
        v = v.get(k) if isinstance(v, dict) else None
    return "–" if v is None else f"{v:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", help="comma-separated set names (default: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path, help="write every set's total figures here")
    a = ap.parse_args(argv)
    groups = sets()
    names = a.sets.split(",") if a.sets else sorted(groups, key=lambda n: (n != "dev", n != "fresh", len(n), n))
    unknown = [n for n in names if n not in groups]
    if unknown:
        print(f"no such set: {', '.join(unknown)} (sets: {', '.join(sorted(groups))})", file=sys.stderr)
        return 2
    with ProcessPoolExecutor(max_workers=a.workers) as pool:
        totals = dict(zip(names, (r["total"] for r in pool.map(score, [groups[n] for n in names]))))
    print("| set | documents | rows | " + " | ".join(f for f, _ in FIELDS) + " |")
    print("|---|---:|---:|" + "---:|" * len(FIELDS))
    for n in names:
        t = totals[n]
        print(f"| {n} | {t['documents']} | {t['task_rows']['gold']} | "
              + " | ".join(_figure(t, keys) for _, keys in FIELDS) + " |")
    if a.json:
        a.json.write_text(json.dumps(totals, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
