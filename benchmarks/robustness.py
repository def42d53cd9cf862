"""Every file of the real corpus through ``cancu extract``: crashes, time, memory (hardening).

``extract_quality.py`` counts suspicious output of the ~600 files that read as
official documents; this reads EVERY file of the crawl archive (Q&A pages,
encyclopedia pages, annexes printed alone …) and of ``office/`` through the
entry point of ``cancu extract`` (:func:`cancu.loaders.extract`: the size
limits, the format readers, the pipeline) and records, per file:

* the outcome: extracted, a :class:`~cancu.errors.CancuError` (a clear refusal,
  named), or a CRASH (any other exception — a defect), or a HANG (no answer
  within ``--timeout`` seconds — a defect);
* the wall time of the extraction alone (for a scan, OCR included: bounded by ``CANCU_OCR_TIMEOUT``, 300 s,
  so the default ``--timeout`` is above it);
* the peak resident memory the extraction added (``VmHWM`` after, less
  ``VmRSS`` before, the peak reset through ``/proc/self/clear_refs``).

Each file runs in a child forked from a warmed parent (tables and readers
loaded by one extraction first), so a hang can be stopped and one file's
memory is measured alone; one child at a time (the machine is shared).

Growth with size: the ``--scale`` slowest text files are extracted again with
their text written twice (through the same entry point, from a temporary
file); a ratio near 2 is linear, above ~3 means work grows faster than the
text (e.g. regex backtracking). The baseline of each figure, measured in the
same run, is the cost of reading the file alone (``cancu.loaders.read``).

    nice -n 10 python benchmarks/robustness.py [--crawl ARCHIVE] [--office DIR]
           [--timeout 60] [--scale 20] [--limit N] [--json OUT]

One file's growth alone (a before/after figure for a change to a slow step): the
file and its text written twice, each extracted ``--runs`` times in a forked
child, the median wall and CPU seconds and the ratio:

    nice -n 10 python benchmarks/robustness.py --growth FILE [--runs 3] [--steps prose.py:read …]
"""

from __future__ import annotations

import argparse
import json
import os
import select
import signal
import statistics
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_quality import SHARED, distinct_files  # noqa: E402

from cancu.errors import CancuError  # noqa: E402

SLOW_S = 5.0  # a file slower than this is a defect to look at
#: --growth --steps: the functions whose calls and cumulative seconds each child reports ("file.py:function")
STEPS: list[str] = []


def _status(field: str) -> int:
    """A ``/proc/self/status`` figure in KB (VmRSS, VmHWM)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _measure(path: str) -> dict:
    """In the child: read alone, then extract; times and the memory the extraction added."""
    from cancu.loaders import extract, read

    out: dict = {"file": path, "bytes": os.path.getsize(path)}
    t = time.perf_counter()
    try:
        read(path)
    except Exception:  # noqa: BLE001 - the extraction below reports it
        pass
    out["read_s"] = time.perf_counter() - t
    try:
        Path("/proc/self/clear_refs").write_text("5")  # reset VmHWM to the current RSS
    except OSError:
        pass
    rss0 = _status("VmRSS")
    t, cpu = time.perf_counter(), time.process_time()
    prof = None
    if STEPS:  # --growth --steps: where the time goes (cProfile slows every call alike; compare ratios)
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    try:
        ex = extract(path)
        out["outcome"] = ("document" if ex.is_document else "not-document") + (" (OCR)" if ex.ocr else "")
        out["chars"] = len(ex.text)
    except CancuError as exc:
        out["outcome"] = f"refused {type(exc).__name__}: {str(exc)[:120]}"
    except Exception as exc:  # noqa: BLE001 - a crash is the finding
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        out["outcome"] = (f"CRASH {type(exc).__name__}: {str(exc)[:160]} "
                          f"at {Path(tb.filename).name}:{tb.lineno}")
    if prof is not None:
        prof.disable()
        import pstats

        took = {f"{Path(f).name}:{name}": (calls, cum) for (f, _, name), (_, calls, _, cum, _)
                in pstats.Stats(prof).stats.items()}
        out["steps"] = {k: took.get(k, (0, 0.0)) for k in STEPS}
    out["extract_s"] = time.perf_counter() - t
    out["extract_cpu_s"] = time.process_time() - cpu  # less sensitive than wall time to the other users of the cores
    out["peak_mb"] = max(0, _status("VmHWM") - rss0) / 1024
    return out


def run_one(path: str, timeout: float) -> dict:
    """Fork a child for ``path``; its JSON answer, or HANG after ``timeout`` seconds."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            data = json.dumps(_measure(path)).encode()
        except BaseException as exc:  # noqa: BLE001
            data = json.dumps({"file": path, "outcome": f"CRASH {type(exc).__name__}: {exc}"}).encode()
        with os.fdopen(w, "wb") as f:
            f.write(data)
        os._exit(0)
    os.close(w)
    chunks, deadline = [], time.monotonic() + timeout
    with os.fdopen(r, "rb") as f:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return {"file": path, "bytes": os.path.getsize(path), "outcome": f"HANG over {timeout:g} s",
                        "extract_s": timeout, "read_s": 0.0, "peak_mb": 0.0}
            ready, _, _ = select.select([f], [], [], left)
            if ready:
                b = os.read(f.fileno(), 1 << 16)
                if not b:
                    break
                chunks.append(b)
    _, status = os.waitpid(pid, 0)
    if not chunks:
        return {"file": path, "bytes": os.path.getsize(path), "extract_s": 0.0, "read_s": 0.0, "peak_mb": 0.0,
                "outcome": f"CRASH child died (status {status})"}
    return json.loads(b"".join(chunks))


def doubled(path: str, timeout: float) -> dict:
    """The same file with its text written twice, through the same entry point."""
    p = Path(path)
    data = p.read_bytes()
    with tempfile.TemporaryDirectory() as d:
        q = Path(d) / p.name
        q.write_bytes(data + b"\n\n" + data)
        return run_one(str(q), timeout)


def growth(path: Path, runs: int, timeout: float) -> int:
    """``--growth``: the median of ``runs`` extractions of the file and of its text written twice, alternated
    so that a change in the machine's load falls on both sizes alike."""
    from cancu.loaders import extract

    extract(Path(__file__).resolve().parents[1] / "examples" / "corpus" / "000_b4f8ce09866c4c17.txt")  # warm
    once, twice = [], []
    for _ in range(runs):
        once.append(run_one(str(path), timeout))
        twice.append(doubled(str(path), timeout))
    bad = [r["outcome"] for r in once + twice if not r["outcome"].startswith(("document", "not-document"))]
    if bad:
        print(f"{path.name}: {bad[0]}", file=sys.stderr)
        return 1
    med = {k: (statistics.median(r[k] for r in once), statistics.median(r[k] for r in twice))
           for k in ("extract_s", "extract_cpu_s")}
    print(f"{path.name} | {path.stat().st_size / 1024:.0f} KB | median of {runs} | "
          + " | ".join(f"{k} {a:.2f} -> {b:.2f} x{b / a:.2f}" for k, (a, b) in med.items()))
    for k in STEPS:  # under cProfile: calls, and cumulative seconds as a ratio
        (c1, _), (c2, _) = once[0]["steps"][k], twice[0]["steps"][k]
        a, b = (statistics.median(r["steps"][k][1] for r in rows) for rows in (once, twice))
        print(f"  {k}: calls {c1} -> {c2}, s {a:.2f} -> {b:.2f} x{b / a if a else 0:.2f}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--crawl", type=Path, default=SHARED / "crawl" / "vn-legal-crawl.tar.xz")
    ap.add_argument("--office", type=Path, default=SHARED / "office")
    # above the OCR limit of one file (CANCU_OCR_TIMEOUT, 300 s): a scan's OCR is bounded and slow by nature,
    # a HANG here is work nothing bounds
    ap.add_argument("--timeout", type=float, default=330.0)
    ap.add_argument("--scale", type=int, default=20, help="slowest text files re-run with their text doubled")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", type=Path, default=None, help="write every file's figures here")
    ap.add_argument("--growth", type=Path, default=None, help="only this file, once and with its text twice")
    ap.add_argument("--runs", type=int, default=3, help="--growth: runs of each size (the median is shown)")
    ap.add_argument("--steps", nargs="*", help="--growth: functions to time under cProfile, as file.py:name "
                    "(e.g. prose.py:read paragraphs.py:text_paragraphs paragraphs.py:clean)")
    a = ap.parse_args(argv)
    if a.growth:
        STEPS.extend(a.steps or ())
        return growth(a.growth, a.runs, a.timeout)
    t0 = time.time()
    n_files, distinct = distinct_files(a.crawl, a.office, (".pdf", ".docx", ".doc", ".md"))
    if not distinct:
        print(f"no input: neither {a.crawl} nor {a.office} exists", file=sys.stderr)
        return 2
    distinct = distinct[: a.limit] if a.limit else distinct
    from cancu.loaders import extract

    # warm the parent on real documents (the bundled examples, an office PDF and DOCX): tables compiled, readers
    # imported once and shared by every child, whose time is then the file's own
    warm = sorted((Path(__file__).resolve().parents[1] / "examples" / "corpus").glob("*.txt"))
    warm += [next(iter(sorted(a.office.glob(f"*.{x}"))), None) for x in ("pdf", "docx")] if a.office.exists() else []
    for p in [w for w in warm if w is not None]:
        try:
            extract(p)
        except Exception:  # noqa: BLE001
            pass
    rows = []
    for i, p in enumerate(distinct):
        rows.append(run_one(p, a.timeout))
        if i % 1000 == 999:
            print(f"  {i + 1} files, {time.time() - t0:.0f} s", file=sys.stderr, flush=True)
    bad = [r for r in rows if r["outcome"].startswith(("CRASH", "HANG"))]
    refused: dict[str, int] = {}
    for r in rows:
        if r["outcome"].startswith("refused"):
            k = r["outcome"].split(":")[0]
            refused[k] = refused.get(k, 0) + 1
    ext = [r["extract_s"] for r in rows]
    rd = [r["read_s"] for r in rows]
    mem = [r["peak_mb"] for r in rows]
    print(f"files: {n_files} ({len(distinct)} distinct); documents: "
          f"{sum(r['outcome'].startswith('document') for r in rows)}; not documents: "
          f"{sum(r['outcome'].startswith('not-document') for r in rows)}; read by OCR: "
          f"{sum(r['outcome'].endswith('(OCR)') for r in rows)}; refused: {refused or 0}; "
          f"crashes/hangs: {len(bad)}; {time.time() - t0:.0f} s")
    for r in bad:
        print("  ", Path(r["file"]).name, r["outcome"])
    print(f"extract s: median {statistics.median(ext):.3f}, p99 {sorted(ext)[int(0.99 * len(ext))]:.3f}, "
          f"max {max(ext):.2f}, total {sum(ext):.0f}; over {SLOW_S:g} s: {sum(x > SLOW_S for x in ext)}")
    print(f"read s (baseline): median {statistics.median(rd):.3f}, max {max(rd):.2f}, total {sum(rd):.0f}")
    print(f"peak MB added: median {statistics.median(mem):.1f}, p99 {sorted(mem)[int(0.99 * len(mem))]:.1f}, "
          f"max {max(mem):.1f}")
    print("\n20 slowest: file | KB | extract s | read s | peak MB | outcome")
    slow = sorted(rows, key=lambda r: -r["extract_s"])
    for r in slow[:20]:
        print(f"  {Path(r['file']).name} | {r['bytes'] / 1024:.0f} | {r['extract_s']:.2f} | {r['read_s']:.2f} | "
              f"{r['peak_mb']:.0f} | {r['outcome'][:40]}")
    print("\n10 largest peaks: file | KB | peak MB | extract s")
    for r in sorted(rows, key=lambda r: -r["peak_mb"])[:10]:
        print(f"  {Path(r['file']).name} | {r['bytes'] / 1024:.0f} | {r['peak_mb']:.0f} | {r['extract_s']:.2f}")
    scaled = []
    if a.scale:
        text_slow = [r for r in slow if r["file"].endswith((".md", ".txt"))][: a.scale]
        print(f"\ngrowth: the {len(text_slow)} slowest text files with their text doubled "
              "(ratio ~2 linear, > 3 super-linear)")
        for r in text_slow:
            d = doubled(r["file"], a.timeout)
            ratio = d["extract_s"] / r["extract_s"] if r["extract_s"] else 0.0
            scaled.append({"file": r["file"], "once_s": r["extract_s"], "twice_s": d["extract_s"], "ratio": ratio})
            print(f"  {Path(r['file']).name} | {r['bytes'] / 1024:.0f} KB | {r['extract_s']:.2f} s -> "
                  f"{d['extract_s']:.2f} s | x{ratio:.1f}{'  SUPER-LINEAR' if ratio > 3 else ''}")
        if scaled:
            print(f"  median ratio x{statistics.median(s['ratio'] for s in scaled):.2f}")
    if a.json:
        a.json.write_text(json.dumps({"rows": rows, "scaled": scaled}, ensure_ascii=False, indent=0))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
