"""What reading bold from font names costs and buys, over every office PDF with a text layer.

PDFium reports the weight a font's descriptor declares, and LibreOffice's exports declare 400 for
the bold face they substitute ("NimbusRomanBold"): ``loaders.formats.pdf._bold_name`` therefore
asks PDFium for each character's font name too. This compares, in one run, the PDF reader as it
is ("names") with the same reader with that question switched off ("weight only", the baseline):

A third variant asks the name of every character on every page, as the reader did before it first
asked each page's fonts (``_bold_names_on_page``: one call per text object).

- time: ``read`` of each PDF, the variants alternated, ``--repeat`` times each; medians per file
  and the sum of the medians;
- effect: paragraphs marked bold, and whether the extraction differs (header fields, task texts
  and leads) — where it does not, the font-name call cost time for nothing on that file.

    python benchmarks/pdf_bold_names.py [--office DIR] [--repeat N] [--out FILE]

``--office`` defaults to ../shared/corpus/office (this benchmark reads the shared corpus; tests do
not). Scanned PDFs (no text layer: OCR) are left out, as the font names play no part there.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

from cancu.errors import CancuError
from cancu.loaders import extract_text
from cancu.loaders.formats import pdf as pdf_reader
from cancu.loaders.read import read

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "office"


def _never(*_args) -> bool:
    return False


def _always(*_args) -> bool:
    return True


def _signature(st) -> dict:
    ex = extract_text(st).to_dict()
    doc = ex.get("doc") or {}
    return {
        "header": {k: doc.get(k) for k in ("kind", "symbol", "date", "issuer", "place")},
        "tasks": [(t.get("text"), tuple(t.get("lead") or [])) for t in ex.get("tasks", [])],
    }


def _bold_paragraphs(st) -> int:
    if st.layout is None:
        return 0
    return sum(1 for b in st.layout.blocks if getattr(b, "bold", False))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--office", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)

    # scans of two pages or more are refused at once, a one-page scan is read once and left out
    # (OCR has no font names)
    os.environ["CANCU_OCR_MAX_PAGES"] = "1"
    named, gate = pdf_reader._bold_name, pdf_reader._bold_names_on_page
    # (per-character font-name question, page gate): as shipped; the name asked of every character
    # on every page (before the gate); weight only (the baseline: no font-name call at all)
    variants = {"names": (named, gate), "every char": (named, _always), "weight only": (_never, _never)}
    rows = []
    for path in sorted(args.office.glob("*.pdf")):
        times: dict[str, list[float]] = {v: [] for v in variants}
        seen: dict[str, object] = {}
        try:
            if read(path).layout.ocr:
                print(f"{path.name}: skipped (a scan, read by OCR)", file=sys.stderr)
                continue
            for _ in range(args.repeat):
                for v, (fn, page_gate) in variants.items():
                    pdf_reader._bold_name, pdf_reader._bold_names_on_page = fn, page_gate
                    t0 = time.perf_counter()
                    st = read(path)
                    times[v].append(time.perf_counter() - t0)
                    seen[v] = st
        except CancuError as exc:
            print(f"{path.name}: skipped ({exc})", file=sys.stderr)
            continue
        finally:
            pdf_reader._bold_name, pdf_reader._bold_names_on_page = named, gate
        effect = {v: _signature(seen[v]) for v in variants}  # the layouts are read: no PDF call here
        rows.append({
            "file": path.name,
            "names_s": statistics.median(times["names"]),
            "every_char_s": statistics.median(times["every char"]),
            "weight_s": statistics.median(times["weight only"]),
            "bold_names": _bold_paragraphs(seen["names"]),
            "bold_weight": _bold_paragraphs(seen["weight only"]),
            "same_as_every_char": _signature(seen["every char"]) == effect["names"]
            and _bold_paragraphs(seen["every char"]) == _bold_paragraphs(seen["names"]),
            "header_differs": effect["names"]["header"] != effect["weight only"]["header"],
            "tasks_differ": effect["names"]["tasks"] != effect["weight only"]["tasks"],
        })

    print(f"{'file':12} {'names s':>8} {'every s':>8} {'weight s':>8} {'bold n/w':>9}  differs from weight only")
    for r in rows:
        diff = ",".join(k for k, key in (("header", "header_differs"), ("tasks", "tasks_differ")) if r[key])
        print(f"{r['file']:12} {r['names_s']:8.3f} {r['every_char_s']:8.3f} {r['weight_s']:8.3f} "
              f"{r['bold_names']:>4}/{r['bold_weight']:<4}  {diff or '-'}")
    tot_n = sum(r["names_s"] for r in rows)
    tot_e = sum(r["every_char_s"] for r in rows)
    tot_w = sum(r["weight_s"] for r in rows)
    print(f"{len(rows)} PDFs with a text layer; sum of medians: names {tot_n:.2f} s, name of every char "
          f"{tot_e:.2f} s, weight only {tot_w:.2f} s (names {(tot_n / tot_w - 1) * 100 if tot_w else 0:+.1f}%, "
          f"every char {(tot_e / tot_w - 1) * 100 if tot_w else 0:+.1f}%); the page gate changes nothing read on "
          f"{sum(r['same_as_every_char'] for r in rows)}; extraction differs from weight only on "
          f"{sum(r['header_differs'] or r['tasks_differ'] for r in rows)} "
          f"(header {sum(r['header_differs'] for r in rows)}, tasks {sum(r['tasks_differ'] for r in rows)})")
    if args.out:
        args.out.write_text(json.dumps({"repeat": args.repeat, "rows": rows}, ensure_ascii=False, indent=1),
                            encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
