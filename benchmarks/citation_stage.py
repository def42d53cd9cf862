"""Time the citation stage (reference form, mentions, collect, basis) on official documents.

    python benchmarks/citation_stage.py RUN.jsonl

RUN.jsonl lists files (one JSON object per line with "file" and "is_document", as written by a
run over /work/shared/corpus: the crawl unpacked, dev/, office/); only documents are timed. Three
timed passes after a warm-up; the median is printed with the number of citations, so two
versions of cancu (PYTHONPATH) can be compared in the same session, run after run.
"""
import json
import statistics
import sys
import time

import cancu
from cancu.loaders import basis as bas
from cancu.loaders import citations as cit
from cancu.loaders import read
from cancu.loaders.text import MappedText


def main(run: str) -> None:
    files = [json.loads(line)["file"] for line in open(run, encoding="utf-8") if json.loads(line).get("is_document")]
    texts = []
    for f in files:
        try:
            texts.append(read(f).text)
        except Exception:  # a scan without text layer: not part of this measure
            pass

    def one() -> tuple[float, int]:
        t0 = time.perf_counter()
        n = 0
        for t in texts:
            ref = cit.reference_form(MappedText.from_source(t))
            ms = cit.find_mentions(ref)
            n += len(cit.collect(ref, ms))
            bas.find_basis(ref, ms, doc_index=0, lo=0, hi=len(ref.text), title=None, title_span=None,
                           resolve_issuer=lambda x: x)
        return time.perf_counter() - t0, n

    one()  # warm the caches (tables, compiled patterns)
    runs = [one() for _ in range(3)]
    print(cancu.__file__, "documents", len(texts), "citations", runs[0][1],
          "median s", round(statistics.median(r[0] for r in runs), 2), [round(r[0], 2) for r in runs])


if __name__ == "__main__":
    main(sys.argv[1])
