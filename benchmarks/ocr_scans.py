"""Scanned PDFs: header fields and task rows read by OCR against the same documents' text layers.

Real scans of signed documents are held out (``gold/o017.pdf``, ``o046.pdf``: never opened
here). So the gold's text-layer PDFs are rasterised into degraded scans
(``tests/fixtures/loaders/scans/make_scans.py``: 200 dpi, skew up to 0.6°, paper tone, dust,
a grey seal on the last page) and both versions are scored by ``cancu eval`` against the same
hand-checked gold in one run; OCR seconds per page are timed as the reader runs (median).

    nice -n 10 python benchmarks/ocr_scans.py [--out /tmp/ocr-bench] [--baseline] [--marks] [IDS...]

Reads ``tests/fixtures/loaders/gold`` (no /work/shared); takes ~10 s a page on one core.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "loaders" / "gold"
HELD_OUT = {"o017", "o046"}  # real scans of the blind set: never used here
#: text-layer office PDFs of the gold, of 1–4 pages, prose and tables
DEFAULT = ["o001", "o002", "o003", "o004", "o005", "o009", "o010", "o013", "o018", "o019"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("ids", nargs="*", default=DEFAULT)
    ap.add_argument("--out", default="/tmp/ocr-bench")
    ap.add_argument("--baseline", action="store_true",
                    help="also score the scans without the OCR repairs (data/ocr_repairs.json) and the dust filter")
    ap.add_argument("--marks", action="store_true",
                    help="also score the scans without the tone marks restored from neighbours (ocr_syllables)")
    a = ap.parse_args()
    ids = [i for i in a.ids if i not in HELD_OUT]
    sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "loaders" / "scans"))
    import make_scans

    from cancu.loaders import evaluate as ev
    from cancu.loaders.formats import ocr

    out = Path(a.out)
    for sub in ("gold", "text", "scan"):
        shutil.rmtree(out / sub, ignore_errors=True)
        (out / sub).mkdir(parents=True)
    for k, i in enumerate(ids):
        shutil.copy(GOLD / f"{i}.json", out / "gold")
        shutil.copy(GOLD / f"{i}.pdf", out / "text")
        make_scans.make(str(GOLD / f"{i}.pdf"), str(out / "scan" / f"{i}.pdf"), seed=k + 1)

    seconds: list[float] = []
    confidence: list[float] = []
    real = ocr.ocr_page

    def timed(*args, **kw):
        got = real(*args, **kw)
        seconds.append(got.seconds)
        confidence.append(got.confidence / got.words if got.words else 0.0)
        return got

    ocr.ocr_page = timed
    t0 = time.monotonic()
    text = ev.evaluate_dirs(out / "gold", out / "text")
    t_text = time.monotonic() - t0
    t0 = time.monotonic()
    scan = ev.evaluate_dirs(out / "gold", out / "scan")
    t_scan = time.monotonic() - t0
    runs = [("text layer", text), ("OCR scan", scan)]
    if a.baseline:
        # the same scans without the repairs of data/ocr_repairs.json and the dust filter
        repaired, dust = ocr._repaired, ocr._DUST
        ocr._repaired, ocr._DUST = (lambda words: words), 0.0
        n = len(seconds)
        runs.append(("no repairs", ev.evaluate_dirs(out / "gold", out / "scan")))
        ocr._repaired, ocr._DUST = repaired, dust
        del seconds[n:], confidence[n:]
    if a.marks:
        # the same scans with every repair but the marks restored from neighbours (loaders/formats/ocr_syllables.py)
        marks = ocr._marks_restored
        ocr._marks_restored = lambda words: words
        n = len(seconds)
        runs.append(("no marks", ev.evaluate_dirs(out / "gold", out / "scan")))
        ocr._marks_restored = marks
        del seconds[n:], confidence[n:]
    for name, report in runs:
        (out / f"report-{name.replace(' ', '-')}.json").write_text(
            json.dumps(report, ensure_ascii=False, indent=1, default=sorted))

    def row(label: str, get) -> None:
        print(f"{label:<28}" + "".join(f" {get(r['total']):>12}" for _, r in runs))

    print(f"documents: {', '.join(ids)} ({len(seconds)} pages read by OCR)")
    print(f"{'figure':<28}" + "".join(f" {name:>12}" for name, _ in runs))
    for f in ev.HEADER_FIELDS:
        row(f"header {f}", lambda t, f=f: ev._fmt(t["header_" + f]))
    row("header all fields", lambda t: ev._fmt(t["header_accuracy"]))
    row("task rows recall", lambda t: ev._fmt(t["task_rows"]["recall"]))
    row("task rows precision", lambda t: ev._fmt(t["task_rows"]["precision"]))
    row("task rows found / gold", lambda t: f"{t['task_rows']['found']}/{t['task_rows']['gold']}")
    for f in ("text", "lead", "deadline_end"):
        row(f"task {f} recall", lambda t, f=f: ev._fmt(t["task_" + f]["recall"]))
    for part in ("basis", "citations"):
        row(f"{part} recall", lambda t, part=part: ev._fmt(t[part + "_recall"]))
    errors = {k: v["error"] for k, v in scan["documents"].items() if v.get("error")}
    if errors:
        print("scan errors:", errors)
    if seconds:
        print(f"OCR seconds per page: median {statistics.median(seconds):.1f}, min {min(seconds):.1f}, "
              f"max {max(seconds):.1f}; mean word confidence per page median {statistics.median(confidence):.1f}")
    print(f"whole run: text layer {t_text:.1f} s, scans {t_scan:.1f} s")


if __name__ == "__main__":
    main()
