"""Extraction throughput over the crawl archive: documents/s and MB/s, one process and all cores.

Every member of the archive goes through ``read_bytes`` + ``extract_text``
(the same path as ``cancu extract``); the same text is also scanned with one
plain ``re`` symbol pattern as the floor a regex-only tool would cost, and put
through ``damage.repair`` alone (the check every text and Markdown file pays
for damaged pages, ``loaders/damage.py``) to show its share of a read. The run
also counts crashes (any exception that is not a CancuError: a bug) and how
many files were classified as official documents.

    python benchmarks/extract_throughput.py [ARCHIVE] [--limit N] [--workers K]

ARCHIVE defaults to ../shared/corpus/crawl/vn-legal-crawl.tar.xz. MB are of
the decoded text (UTF-8 bytes).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tarfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from cancu.errors import CancuError
from cancu.loaders import damage, extract_text
from cancu.loaders.read import FORMATS, read_bytes, sniff

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "crawl" / "vn-legal-crawl.tar.xz"
FLOOR_RX = re.compile(r"\d{1,6}(?:/\d{4})?[/-][A-ZĐ][A-ZĐa-z0-9&.]*(?:[-/][A-ZĐ][A-ZĐa-z0-9&.]*)*")


def load(archive: Path, limit: int | None) -> list[tuple[str, bytes]]:
    out = []
    with tarfile.open(archive) as tf:
        for m in tf:
            if not m.isfile():
                continue
            out.append((m.name, tf.extractfile(m).read()))
            if limit and len(out) >= limit:
                break
    return out


def one(item: tuple[str, bytes]) -> tuple[str, int, str]:
    """(outcome, text bytes, detail): outcome is document | not-document | refused | crash."""
    name, data = item
    fmt = FORMATS.get(Path(name).suffix.lower()) or sniff(data)
    try:
        st = read_bytes(data, fmt, source=name)
    except CancuError as exc:
        return "refused", 0, type(exc).__name__
    except Exception as exc:  # noqa: BLE001 - a crash is what this run counts
        return "crash", 0, f"{name}: read: {type(exc).__name__}: {exc}"
    size = len(st.text.encode("utf-8"))
    try:
        ex = extract_text(st)
    except CancuError as exc:
        return "refused", size, type(exc).__name__
    except Exception as exc:  # noqa: BLE001
        return "crash", size, f"{name}: extract: {type(exc).__name__}: {exc}"
    return ("document" if ex.is_document else "not-document"), size, ""


def texts(items):
    out = []
    for name, data in items:
        try:
            out.append(read_bytes(data, FORMATS.get(Path(name).suffix.lower()) or sniff(data), source=name).text)
        except Exception:  # noqa: BLE001 - the floor only needs the readable ones
            pass
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("archive", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None, help="only the first N files")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for the parallel run")
    ap.add_argument("--no-parallel", action="store_true")
    a = ap.parse_args(argv)
    items = load(a.archive, a.limit)
    print(f"files: {len(items)}  ({sum(len(d) for _, d in items) / 1e6:.1f} MB raw)")

    tx = texts(items)
    mb = sum(len(t.encode("utf-8")) for t in tx) / 1e6
    t0 = time.perf_counter()
    hits = sum(len(FLOOR_RX.findall(t)) for t in tx)
    dt = time.perf_counter() - t0
    print(f"floor  re scan          : {len(tx) / dt:9.1f} docs/s {mb / dt:8.2f} MB/s  ({hits} symbol hits)")

    t0 = time.perf_counter()
    results = [one(it) for it in items]
    dt = time.perf_counter() - t0
    size = sum(r[1] for r in results) / 1e6
    print(f"extract 1 process       : {len(items) / dt:9.1f} docs/s {size / dt:8.2f} MB/s  ({dt:.1f} s)")

    # the repair's cost beside the extraction it precedes, same texts, same run
    t0 = time.perf_counter()
    repaired = sum(damage.repair(t) != t for t in tx)
    dtr = time.perf_counter() - t0
    print(f"damage.repair alone     : {len(tx) / dtr:9.1f} docs/s {mb / dtr:8.2f} MB/s  ({dtr:.2f} s, "
          f"{100 * dtr / dt:.1f} % of the one-process extract; {repaired} texts changed again)")

    if not a.no_parallel and a.workers > 1:
        t0 = time.perf_counter()
        with ProcessPoolExecutor(a.workers) as pool:
            list(pool.map(one, items, chunksize=16))
        dtp = time.perf_counter() - t0
        print(f"extract {a.workers} processes     : {len(items) / dtp:9.1f} docs/s {size / dtp:8.2f} MB/s  ({dtp:.1f} "
              f"s)")

    counts = Counter(r[0] for r in results)
    print("outcomes: " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    refused = Counter(r[2] for r in results if r[0] == "refused")
    if refused:
        print("refused: " + ", ".join(f"{k}={v}" for k, v in refused.most_common()))
    for r in [r for r in results if r[0] == "crash"][:20]:
        print("CRASH", r[2], file=sys.stderr)
    return 1 if counts["crash"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
