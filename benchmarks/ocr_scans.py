"""Scanned PDFs: header fields and task rows read by OCR against the same documents' text layers.

Real scans of signed documents are held out (``gold/o017.pdf``, ``o046.pdf``: never opened
here). So the gold's text-layer PDFs are rasterised into degraded scans
(``tests/fixtures/loaders/scans/make_scans.py``: 200 dpi, skew up to 0.6°, paper tone, dust,
a grey seal on the last page) and both versions are scored by ``cancu eval`` against the same
hand-checked gold in one run; OCR seconds per page are timed as the reader runs (median).

    nice -n 10 python benchmarks/ocr_scans.py [--out /tmp/ocr-bench] [IDS...]

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
    (out / "report-text.json").write_text(json.dumps(text, ensure_ascii=False, indent=1, default=sorted))
    (out / "report-scan.json").write_text(json.dumps(scan, ensure_ascii=False, indent=1, default=sorted))

    print(f"documents: {', '.join(ids)} ({len(seconds)} pages read by OCR)")
    print(f"{'figure':<28} {'text layer':>10} {'OCR scan':>10}")
    for f in ev.HEADER_FIELDS:
        print(f"header {f:<21} {ev._fmt(text['total']['header_' + f]):>10} {ev._fmt(scan['total']['header_' + f]):>10}")
    print(f"{'header all fields':<28} {ev._fmt(text['total']['header_accuracy']):>10} "
          f"{ev._fmt(scan['total']['header_accuracy']):>10}")
    for name, key in (("task rows recall", "recall"), ("task rows precision", "precision")):
        print(f"{name:<28} {ev._fmt(text['total']['task_rows'][key]):>10} {ev._fmt(scan['total']['task_rows'][key]):>10}")
    for f in ("text", "lead", "deadline_end"):
        k = "task_" + f
        print(f"{'task ' + f + ' recall':<28} {ev._fmt(text['total'][k]['recall']):>10} "
              f"{ev._fmt(scan['total'][k]['recall']):>10}")
    tr, sr = text["total"]["task_rows"], scan["total"]["task_rows"]
    print(f"task rows found / gold        {tr['found']}/{tr['gold']:<8} {sr['found']}/{sr['gold']}")
    for part in ("basis", "citations"):
        print(f"{part + ' recall':<28} {ev._fmt(text['total'][part + '_recall']):>10} "
              f"{ev._fmt(scan['total'][part + '_recall']):>10}")
    errors = {k: v["error"] for k, v in scan["documents"].items() if v.get("error")}
    if errors:
        print("scan errors:", errors)
    if seconds:
        print(f"OCR seconds per page: median {statistics.median(seconds):.1f}, min {min(seconds):.1f}, "
              f"max {max(seconds):.1f}; mean word confidence per page median {statistics.median(confidence):.1f}")
    print(f"whole run: text layer {t_text:.1f} s, scans {t_scan:.1f} s")


if __name__ == "__main__":
    main()
