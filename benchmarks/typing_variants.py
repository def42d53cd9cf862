"""The same gold texts as other offices type and store them: does anything the evaluator calls rendering cost rows?

    python benchmarks/typing_variants.py --sets NAME=DIR [NAME=DIR ...] [--variants V ...] [--out STEM]

Every ``.md``/``.txt`` document of each gold set is rewritten one way at a time, each a way real files differ
while the page reads the same (vn-conventions §9) — the gold JSON is not touched, because ``cancu eval`` folds
each of these (its keys: NFC, look-alikes, spaces, tone placement):

- ``crlf``: lines ended CRLF (a text saved on Windows);
- ``nbsp``: a non-breaking space between every two words (Word, ``&nbsp;`` of web pages);
- ``decomposed``: every letter decomposed, NFD (Unikey's "Unicode tổ hợp", text from Windows-1258);
- ``eth``: Ð (Latin Eth) for every Đ (474 times in the crawl);
- ``old_tone`` / ``new_tone``: tone marks of open rimes on the second vowel ("hoà", "Uỷ ban") or the first ("hòa",
  "Ủy ban"), both current (§9.2);
- ``endash``: a line's "- " bullet as "– ".

Each variant's sets are scored in-process (``evaluate_dirs``) beside the unchanged texts, in the same run, and the
summed correct counts printed per variant, then every set a variant moved. DOCX/PDF documents of a set are left as
they are (``format_transfer.py`` renders those). Reads the gold sets given (under ``/tmp``: the sets are the
engineers' copies of ``tests/fixtures/loaders/gold``); writes the rewritten copies under a temporary folder and the
figures to ``STEM.txt``/``STEM.json``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Callable

from cancu.loaders.evaluate import evaluate_dirs
from cancu.loaders.normalize import tone_form


def _new_to_old(t: str) -> str:
    def swap(m: re.Match) -> str:
        first = unicodedata.normalize("NFD", m.group(1))
        return first[0] + unicodedata.normalize("NFC", m.group(2) + first[1:])
    return re.sub(r"(?<![qQ])([òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ])([aeyAEY])(?!\w)", swap, t)


VARIANTS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n"),
    "nbsp": lambda t: re.sub(r"(?<=\w) (?=\w)", "\u00a0", t),
    "decomposed": lambda t: unicodedata.normalize("NFD", t),
    "eth": lambda t: t.replace("Đ", "\u00d0"),
    "old_tone": _new_to_old,
    "new_tone": lambda t: tone_form(t).text,  # the reader's own placement, as the tables write it
    "endash": lambda t: re.sub(r"(?m)^(\s*)- ", "\\1– ", t),
}

#: summed per set: (key in the output, how to read it from the evaluator's total)
COUNTS: dict[str, Callable[[dict], int]] = {
    "rows": lambda t: t["task_rows"]["found"],
    "predicted": lambda t: t["task_rows"]["predicted"],
    "text": lambda t: t["task_text"]["correct"],
    "lead": lambda t: t["task_lead"]["correct"],
    "coordinating": lambda t: t["task_coordinating"]["correct"],
    "deadline": lambda t: t["task_deadline_end"]["correct"],
    "citations": lambda t: t["citations_counts"][0],
    "basis": lambda t: t["basis_counts"][0],
    "issuer": lambda t: round((t["header_issuer"] or 0) * (t["header_documents"] or 0)),
    "is_document": lambda t: round((t["is_document_agreement"] or 0) * t["documents"]),
}


def rewrite(src: Path, dst: Path, fn: Callable[[str], str]) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for p in src.iterdir():
        if p.suffix in (".md", ".txt"):
            (dst / p.name).write_bytes(fn(p.read_text(encoding="utf-8")).encode("utf-8"))
        elif p.is_file():
            shutil.copy2(p, dst / p.name)


def counts(d: Path) -> dict[str, int]:
    total = evaluate_dirs(d, d)["total"]
    return {k: f(total) for k, f in COUNTS.items()}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="+", required=True, help="NAME=DIR pairs (gold JSON beside each document)")
    ap.add_argument("--variants", nargs="*", default=list(VARIANTS), choices=list(VARIANTS))
    ap.add_argument("--out", help="result file stem")
    args = ap.parse_args(argv)
    sets = dict(s.split("=", 1) for s in args.sets)
    figures: dict[str, dict[str, dict[str, int]]] = {"as typed": {n: counts(Path(d)) for n, d in sets.items()}}
    with tempfile.TemporaryDirectory(prefix="cancu-variants-") as tmp:
        for v in args.variants:
            figures[v] = {}
            for n, d in sets.items():
                rewrite(Path(d), Path(tmp) / v / n, VARIANTS[v])
                figures[v][n] = counts(Path(tmp) / v / n)
            print(v, "done", flush=True)
    out = ["summed correct counts over the sets (rows = task rows found)",
           f"{'variant':12s}" + "".join(f"{k:>13s}" for k in COUNTS)]
    for v, per in figures.items():
        out.append(f"{v:12s}" + "".join(f"{sum(s[k] for s in per.values()):13d}" for k in COUNTS))
    out.append("")
    out.append("sets a variant moved (count differences from the texts as typed):")
    for v, per in figures.items():
        for n, s in per.items():
            diff = {k: s[k] - figures["as typed"][n][k] for k in COUNTS if s[k] != figures["as typed"][n][k]}
            if v != "as typed" and diff:
                out.append(f"  {v:12s} {n:8s} " + " ".join(f"{k}{x:+d}" for k, x in diff.items()))
    text = "\n".join(out) + "\n"
    print(text)
    if args.out:
        Path(args.out + ".txt").write_text(text, encoding="utf-8")
        Path(args.out + ".json").write_text(json.dumps(figures, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
