"""Build the syllable counts that restore tone marks OCR misreads (``loaders/data/ocr_syllables.json.gz``).

Tesseract's Vietnamese model most often gets the letters of a syllable right and one
tone or vowel mark wrong: "khân trương" for *khẩn trương*, "trông rừng" for *trồng
rừng*, "kiêm tra" for *kiểm tra*. Which spelling was meant is told by the neighbouring
syllables, so :mod:`cancu.loaders.formats.ocr_syllables` chooses, for each OCR word, the
spelling with the same letters whose pairs with its neighbours are frequent in real
administrative text. Those frequencies are counted here from the official documents of
the public crawl (files with the national motto "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
its Q&A and encyclopedia pages are other registers and are left out), deduplicated by
content. The office corpus is not read: its scans and the text-layer PDFs the OCR
benchmark rasterises (``benchmarks/ocr_scans.py``) stay independent of the counts.

    python3 scripts/ocr_syllables.py [--crawl /work/shared/corpus/crawl/vn-legal-crawl.tar.xz]
                                     [--crawl-dir /tmp/cancu-crawl-cache] [--check]

Syllables are lower-cased NFC runs of letters; a pair is two syllables with only spaces
between them on one line, counted apart when either is capitalised (names and headings:
"Thanh Huyền" must not make "truyền thanh huyền" likely). Kept: syllables seen ≥ 3 times,
pairs seen ≥ 2 times (rarer ones are mostly names and typos, and would let a typo vote).
``--check`` rebuilds and exits 1 when the committed table differs. Tests never run this script; they read the table.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import tarfile
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "loaders" / "data" / "ocr_syllables.json.gz"
CRAWL = Path("/work/shared/corpus/crawl/vn-legal-crawl.tar.xz")
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
SYLLABLE = re.compile(r"[^\W\d_]+")
MIN_SYLLABLE, MIN_PAIR = 3, 2


def documents(archive: Path, crawl_dir: Path | None):
    """Text of each distinct official document of the crawl (the archive, or its unpacked copy)."""
    seen: set[str] = set()

    def keep(data: bytes):
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            return None
        seen.add(digest)
        text = unicodedata.normalize("NFC", data.decode("utf-8", "replace"))
        return text if MOTTO in text.upper() else None

    if crawl_dir is not None:
        for p in sorted(crawl_dir.glob("*.md")):
            if (t := keep(p.read_bytes())) is not None:
                yield t
        return
    with tarfile.open(archive) as tar:
        for m in tar:
            if m.isfile() and m.name.endswith(".md"):
                f = tar.extractfile(m)
                if f is not None and (t := keep(f.read())) is not None:
                    yield t


def count(texts) -> tuple[Counter, Counter, Counter, int]:
    syllables: Counter = Counter()
    pairs: Counter = Counter()
    named: Counter = Counter()
    n = 0
    for text in texts:
        n += 1
        for line in text.split("\n"):
            toks = SYLLABLE.findall(line)
            syllables.update(t.lower() for t in toks)
            # a pair is two syllables with only spaces between them: "giải pháp. Đây là" pairs no "pháp đây"
            gaps = SYLLABLE.split(line)[1:-1]
            for a, b, gap in zip(toks, toks[1:], gaps):
                if not gap.strip():
                    # pairs with a capital are kept apart: names ("Thanh Huyền") are no evidence for
                    # words ("Đài truyền thanh huyện")
                    (pairs if a.islower() and b.islower() else named)[f"{a.lower()} {b.lower()}"] += 1
    return syllables, pairs, named, n


def table(syllables: Counter, pairs: Counter, named: Counter, n: int) -> dict:
    keep = {w: c for w, c in sorted(syllables.items()) if c >= MIN_SYLLABLE}
    return {
        "$comment": (
            "Syllable and syllable-pair counts of administrative Vietnamese, from the "
            f"{n} distinct official documents of the public crawl (scripts/ocr_syllables.py rebuilds it). "
            "cancu.loaders.formats.ocr_syllables uses them to restore tone and vowel marks that OCR "
            "misread ('khân trương' → 'khẩn trương'); tests/test_loaders_ocr_syllables.py checks real "
            f"OCR lines. Kept: syllables seen >= {MIN_SYLLABLE} times, pairs >= {MIN_PAIR} times. 'pairs': both "
            "syllables in lower case in the text; 'named_pairs': either capitalised (names, headings)."),
        "documents": n,
        "syllables": keep,
        "pairs": {p: c for p, c in sorted(pairs.items()) if c >= MIN_PAIR},
        "named_pairs": {p: c for p, c in sorted(named.items()) if c >= MIN_PAIR},
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--crawl", type=Path, default=CRAWL)
    ap.add_argument("--crawl-dir", type=Path, default=None, help="the archive unpacked once, read instead")
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed table differs")
    a = ap.parse_args(argv)
    if a.crawl_dir is None and not a.crawl.exists():
        print(f"no crawl at {a.crawl} (pass --crawl or --crawl-dir)", file=sys.stderr)
        return 2
    built = table(*count(documents(a.crawl, a.crawl_dir)))
    text = json.dumps(built, ensure_ascii=False, separators=(",", ":")) + "\n"
    if a.check:
        same = TABLE.exists() and gzip.decompress(TABLE.read_bytes()).decode("utf-8") == text
        print("table is current" if same else "table differs from the corpus")
        return 0 if same else 1
    # gzip without a time stamp: the same counts give the same bytes (JSON is ~3 MB, gzipped ~0.9 MB)
    TABLE.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{built['documents']} documents, {len(built['syllables'])} syllables, "
          f"{len(built['pairs'])} pairs → {TABLE} ({TABLE.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
