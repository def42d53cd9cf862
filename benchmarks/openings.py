"""Blind sets of document openings from legal web pages: check the texts, then score them.

    python benchmarks/openings.py TEXTS_DIR [--sets o op oq or os ot ou ov ow] [--details]

The sets ``o``, ``op``, ``oq``, ``or``, ``os``, ``ot``, ``ou``, ``ov`` and ``ow``
(``benchmarks/openings/README.md``) are the first ~2,000 characters of real documents as legal web sites
render them — header, Căn cứ clauses, first paragraphs, the site's own chrome before them — each with a
hand-checked gold in
``benchmarks/openings/<set>/``. The texts are third-party renderings and are not in this
repository: ``TEXTS_DIR/<set>/<file>`` must hold them, and each is checked against the sha256 of
``manifest.json`` before anything is scored, so a figure is never computed on a different text.
Scoring is ``cancu eval``'s (:func:`cancu.loaders.evaluate.evaluate_dirs`), one set at a time.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
from pathlib import Path

from cancu.loaders.evaluate import evaluate_dirs, format_report

HERE = Path(__file__).resolve().parent / "openings"


def checked_texts(texts: Path, name: str, rows: list[dict], into: Path) -> list[str]:
    """Copy the set's texts that match the manifest into ``into``; the ids missing or changed."""
    bad = []
    for row in rows:
        src = texts / name / row["file"]
        if not src.is_file() or hashlib.sha256(src.read_bytes()).hexdigest() != row["sha256"]:
            bad.append(row["id"])
            continue
        shutil.copy2(src, into / row["file"])
    return bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", type=Path, help="folder holding <set>/<file> for each set")
    ap.add_argument("--sets", nargs="+", default=None, help="sets to score (default: all in the manifest)")
    ap.add_argument("--details", action="store_true", help="list every difference per document")
    args = ap.parse_args(argv)
    manifest = json.loads((HERE / "manifest.json").read_text(encoding="utf-8"))
    status = 0
    for name in args.sets or list(manifest):
        with tempfile.TemporaryDirectory() as tmp:
            bad = checked_texts(args.texts, name, manifest[name], Path(tmp))
            if bad:
                # a partial set would give a figure that reads like the set's: refuse it
                print(f"set {name}: {len(bad)} text(s) missing or not the manifest's: {', '.join(bad[:5])} …")
                status = 1
                continue
            print(f"== set {name} ({len(manifest[name])} openings)")
            print(format_report(evaluate_dirs(HERE / name, Path(tmp)), details=args.details))
    return status


if __name__ == "__main__":
    sys.exit(main())
