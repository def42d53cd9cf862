"""Rebuild and check the table of known laws (``loaders/data/laws.json``) from the corpus.

Reads the real corpus under ``/work/shared/corpus`` (the crawl archive, ``dev/``
and ``office/``; override with ``--corpus``); tests never run it. Evidence is
every citation that carries both a name and a number — "Luật Tổ chức chính
quyền địa phương số 72/2025/QH15", "Pháp lệnh … số 02/2020/UBTVQH14", with the
day it was passed when the sentence states it ("ngày 19 tháng 6 năm 2015"). The
name is read with the grammar of ``cancu.loaders.law_names`` and must end right
before the number. For each number the most frequent name wins; a number whose
year or legislature does not fit its date (QH13 = 2011–2016 …) is a typo.

    python3 scripts/laws_table.py check   # each version's evidence, conflicts, numbers not in the table
    python3 scripts/laws_table.py write   # add those numbers (≥ --min occurrences) with a real example

``check`` exits with status 1 when a version of the table has a conflicting
name or date in the corpus (a wrong entry), so it can guard an edit.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

from cancu.loaders import read
from cancu.loaders.citations import reference_form
from cancu.loaders.law_names import HEAD_RX, read_name
from cancu.loaders.laws import NUMBER_RX, known_names
from cancu.loaders.laws import name_key as _key
from cancu.loaders.text import MappedText

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "loaders" / "data" / "laws.json"
CORPUS = Path("/work/shared/corpus")
_DATE = r"ngày\s*(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]|tháng\s*(\d{1,2})\s*năm)\s*((?:19|20)\d{2})"
# between a name and its number: "số", ", số", "ngày …, số", "(Luật số"
_GAP = re.compile(rf"\s*,?\s*(?:{_DATE}\s*,?\s*)?(?:\(\s*)?(?:Luật\s+|Bộ luật\s+|Pháp lệnh\s+)?số\s*:?\s*$")
_AFTER = re.compile(rf"\s*,?\s*(?:được\s+Quốc\s+hội\s+thông\s+qua\s+|thông\s+qua\s+)?{_DATE}")
# legislature → the years its laws carry (a number outside is a typo in the citing text)
_TERMS = {10: (1997, 2002), 11: (2002, 2007), 12: (2007, 2011), 13: (2011, 2016), 14: (2016, 2021),
          15: (2021, 2026), 16: (2026, 2031)}


def texts(corpus: Path, crawl_dir: Path | None = None):
    """(name, text) of every corpus document: crawl members, dev, office (PDF/DOCX read by cancu).

    ``crawl_dir``: the archive unpacked once (``/tmp/crawl/vn-legal-crawl``), read instead of the archive.
    """
    archive = corpus / "crawl" / "vn-legal-crawl.tar.xz"
    seen: set[int] = set()
    if crawl_dir is not None:
        for p in sorted(crawl_dir.glob("*.md")):
            data = p.read_bytes()
            if hash(data) not in seen:
                seen.add(hash(data))
                yield str(p), data.decode("utf-8", "replace")
    elif archive.exists():
        with tarfile.open(archive, "r:xz") as tf:
            for m in tf:
                if m.isfile() and m.name.endswith(".md"):
                    data = tf.extractfile(m).read()
                    if hash(data) not in seen:
                        seen.add(hash(data))
                        yield m.name, data.decode("utf-8", "replace")
    for p in sorted((corpus / "dev").glob("*.txt")):
        yield str(p), p.read_text(encoding="utf-8", errors="replace")
    for p in sorted((corpus / "office").glob("*")):
        if p.suffix in (".pdf", ".docx"):
            try:
                yield str(p), read(p).text
            except Exception as exc:  # a scan without text layer, an unreadable file: no evidence
                print(f"skip {p.name}: {exc}", file=sys.stderr)


def _iso(m: re.Match, first: int) -> str | None:
    d, mo1, mo2, y = m.group(first), m.group(first + 1), m.group(first + 2), m.group(first + 3)
    day, month = int(d), int(mo1 or mo2)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{y}-{month:02d}-{day:02d}"


_DATED = re.compile(rf"\s*,?\s*{_DATE}")


def evidence(text: str):
    """(number, name, date, example) for each "name … số NUMBER" in a text, and
    (None, name, date, example) for each "name ngày DATE" without a number."""
    ref = reference_form(MappedText.from_source(text)).text
    known = known_names()
    for h in HEAD_RX.finditer(ref):
        n = read_name(ref, h.start(), known)
        d = _DATED.match(ref, n.end) if n else None
        if d and not NUMBER_RX.match(ref, d.end() + 1) and not re.match(r"\s*,?\s*số", ref[d.end():d.end() + 8]):
            date = _iso(d, 1)
            if date:
                yield None, n.title, date, ref[n.start:d.end()]
    for m in NUMBER_RX.finditer(ref):
        window_start = max(0, m.start() - 400)
        found = None
        for h in HEAD_RX.finditer(ref, window_start, m.start()):
            n = read_name(ref, h.start(), known)
            if n is None:
                continue
            gap = _GAP.match(ref[n.end:m.start()])
            if gap:
                found = (n, gap)
                break  # the outermost name that runs to the number
        if not found:
            continue
        n, gap = found
        date = _iso(gap, 1) if gap.group(1) else None
        after = _AFTER.match(ref, m.end())
        if date is None and after:
            date = _iso(after, 1)
        end = after.end() if after else m.end()
        yield m.group(), n.title, date, ref[n.start:end]


def plausible(number: str, date: str | None) -> bool:
    year = int(number.split("/")[1])
    term = re.search(r"(?:QH|UBTVQH)(\d+)$", number)
    lo, hi = _TERMS.get(int(term.group(1)), (0, 0)) if term else (0, 0)
    if not lo <= year <= hi:
        return False
    return date is None or int(date[:4]) == year


def collect(corpus: Path, crawl_dir: Path | None = None):
    names: dict[str, Counter] = defaultdict(Counter)  # number → written names
    dates: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    rejected: Counter = Counter()
    for _, text in texts(corpus, crawl_dir):
        for number, name, date, example in evidence(text):
            if number is None:  # name + date: the day a version was passed (see undated())
                names[("dated", _key(name))][date] += 1
                examples[("dated", _key(name), date)].append(example)
                continue
            if not plausible(number, date):
                rejected[(number, date)] += 1
                continue
            names[number][name] += 1
            if date:
                dates[number][date] += 1
            examples[number].append(example)
    return names, dates, examples, rejected


_SHORT = re.compile(r"\b[A-ZĐ]{2,}\b")


def is_short_form(name: str) -> bool:
    """ "Luật BHXH", "Luật Thuế GTGT": an abbreviation, kept as an alias, never as the title."""
    return bool(_SHORT.search(name.split(" ", 1)[1] if " " in name else name))


def expands(short: str, name: str) -> bool:
    """Whether ``name`` is ``short`` with its abbreviation spelled out ("Luật Thuế GTGT" → "Luật Thuế giá
    trị gia tăng")."""
    sw, nw = short.split(), name.split()
    i = 0
    while i < len(sw) and i < len(nw) and _key(sw[i]) == _key(nw[i]):
        i += 1
    if i != len(sw) - 1 or not _SHORT.fullmatch(sw[i]):
        return False
    return "".join(w[0] for w in nw[i:]).upper() == sw[i]


def best_name(written: Counter) -> tuple[str | None, int, Counter]:
    """The winning name of a number: the most frequent folded name (the longer on a tie), in its
    most frequent spelling with a capital after the head; short forms do not compete."""
    by_key: Counter = Counter()
    for n, c in written.items():
        if not is_short_form(n):
            by_key[_key(n)] += c
    if not by_key:
        return None, 0, by_key
    key, count = max(by_key.items(), key=lambda kv: (kv[1], len(kv[0])))
    spelling = max((n for n in written if _key(n) == key), key=lambda n: (written[n], -len(n)))
    head = "Bộ luật" if spelling.startswith("Bộ luật") else spelling.split(" ", 1)[0]
    body = spelling[len(head) + 1:]
    if not re.match(r"(?i)sửa đổi|bổ sung", body):  # "Luật sửa đổi, bổ sung …" is written lower-case
        body = body[:1].upper() + body[1:]
    return f"{head} {body}", count, by_key


def proposals(names, dates):
    """number → (name, count, date, other names) after dropping typos and dates claimed twice.

    A number seen once whose name has a well-attested version (≥ 3) with the same
    sequence number or the same date is a typo of it (58/2025 for 58/2024/QH15).
    A date claimed by two versions of one name goes to the one stated with it most.
    """
    out = {}
    for number, written in names.items():
        if isinstance(number, tuple):
            continue
        name, count, by_key = best_name(written)
        if name is None:
            continue
        date = dates[number].most_common(1)[0][0] if dates[number] else None
        out[number] = [name, count, date, {k: c for k, c in by_key.items() if k != _key(name)}]
    by_name = defaultdict(list)
    for number, (name, *_rest) in out.items():
        by_name[_key(name)].append(number)
    for key, numbers in by_name.items():
        for n in list(numbers):
            name, count, date, _ = out[n]
            strong = [m for m in numbers if m != n and out[m][1] >= 3]
            if count == 1 and any(m.split("/")[0] == n.split("/")[0] or (date and out[m][2] == date) for m in strong):
                del out[n]
                numbers.remove(n)
        for n in numbers:
            d = out[n][2]
            rivals = [m for m in numbers if m != n and out[m][2] == d and d]
            if any(dates[m][d] > dates[n][d] for m in rivals):
                out[n][2] = None
        # a version still without a day takes the day its name is stated with, when that
        # day falls in its year and no other version of the name claims it
        for n in numbers:
            if out[n][2] is None:
                year = n.split("/")[1]
                taken = {out[m][2] for m in numbers}
                same_year_undated = [m for m in numbers if m.split("/")[1] == year and out[m][2] is None]
                cands = [d for d, c in names.get(("dated", key), Counter()).most_common()
                         if d[:4] == year and d not in taken]
                if cands and len(same_year_undated) == 1:
                    out[n][2] = cands[0]
                    out[n].append(("dated", key, cands[0]))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=["check", "write"])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--crawl-dir", type=Path, help="the crawl archive unpacked (read instead of the archive)")
    ap.add_argument("--min", type=int, default=1, help="occurrences a new number needs to be written")
    args = ap.parse_args()
    names, dates, examples, rejected = collect(args.corpus, args.crawl_dir)
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    entries = {_key(e["name"]): e for e in table["laws"]}
    in_table = {v["number"]: e for e in table["laws"] for v in e.get("versions", [])}
    bad = 0
    print(f"numbers with a name in the corpus: {sum(isinstance(k, str) for k in names)}; "
          f"implausible number/date pairs: {sum(rejected.values())}")
    props = proposals(names, dates)
    for number in sorted(props, key=lambda n: (n.split("/")[1], n)):
        spelling, count, date, others, *dated = props[number]
        entry = in_table.get(number)
        if entry is not None:
            version = next(v for v in entry["versions"] if v["number"] == number)
            wrong_name = _key(spelling) not in {_key(n) for n in [entry["name"], *entry.get("aliases", [])]}
            wrong_date = bool(version.get("date") and date and version["date"] != date)
            if wrong_name or wrong_date:
                bad += 1
                print(f"CONFLICT {number}: table {entry['name']!r} {version.get('date')}; corpus {spelling!r} {date} "
                      f"({count}×; other names {others})")
            continue
        flag = f"  other names {others}" if others else ""
        print(f"{'new' if args.command == 'check' else 'add'} {number} {spelling!r} {date} ({count}×){flag}")
        if args.command == "write" and count >= args.min:
            example = min((e for e in examples[number] if _key(spelling) in _key(e)), key=len)
            entry = entries.get(_key(spelling))
            if entry is None:
                entry = {"name": spelling, "examples": [example]}
                table["laws"].append(entry)
                entries[_key(spelling)] = entry
            version = {"number": number, "date": date, "examples": [example]}
            if dated:  # the day comes from a citation by name and date
                version["examples"].append(min(examples[dated[0]], key=len))
            entry.setdefault("versions", []).append(version)
            entry["versions"].sort(key=lambda v: (v["number"].split("/")[1], v.get("date") or ""))
            for short in (n for n in names[number] if is_short_form(n) and expands(n, entry["name"])):
                if short not in entry.get("aliases", []):
                    entry.setdefault("aliases", []).append(short)
                    entry["examples"].append(min((e for e in examples[number] if _key(short) in _key(e)), key=len))
    for e in table["laws"]:
        for v in e.get("versions", []):
            if v["number"] not in names:
                print(f"no corpus evidence for {v['number']} {e['name']!r} (kept: its example is checked by a test)")
    if args.command == "write":
        table["laws"].sort(key=lambda e: _key(e["name"]))
        TABLE.write_text(json.dumps(table, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {TABLE}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
