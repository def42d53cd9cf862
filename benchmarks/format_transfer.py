"""The same gold documents as Word files and Word-exported PDFs: how much does the format cost?

    python benchmarks/format_transfer.py [--sets NAME=DIR ...] [--out benchmarks/results/…]

Almost all hand-checked gold is crawl Markdown (thuvienphapluat pages) or text, while the
documents cancu is judged on arrive as DOCX files and signed PDFs. This benchmark takes
every gold document of the evaluation sets whose file is ``.md``/``.html``/``.txt`` and has
task rows, and renders it the way an office would have held it:

1. a small converter of its own writes HTML: the site's metadata block and trailing
   clutter cut (a Word file has neither), soft-wrapped lines joined into paragraphs,
   headings, bold and italic kept, ``-`` bullets as a list (Word numbering), typed
   markers ("1.", "a)") kept as text, HTML tables passed through, the crawl's flattened
   tables (one cell per line between ``|`` lines) rebuilt as HTML tables from the rows
   cancu's grid reader finds (a row with fewer cells than the header is merged with the
   row above, as ``rowspan``), the two-column header block and the signature block as
   layout tables;
2. LibreOffice (``soffice --headless``, a private profile) converts the HTML to DOCX,
   then that DOCX to PDF, as an office's "export to PDF" would;
3. cancu extracts each format and its evaluator scores it against the same gold JSON
   (copied next to each render under the same stem).

Reported per set and format (md | docx | pdf), from one run: task rows recall/precision,
whole text, lead, deadline end (recall), citations precision/recall, header field
accuracy; then every document that scores lower as DOCX or PDF than as Markdown, so the
differences can be read against the render (``/tmp/r23fmt-renders/<set>/<id>.html``).

Reads the gold sets under ``/tmp`` (and nothing of ``/work/shared``); writes renders and
per-format reports under ``/tmp/r23fmt-renders`` (renders are cached: an HTML render that
did not change is not converted again) and the figures under ``benchmarks/results/``.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import html as _html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Optional

from cancu.loaders.classify import body_end
from cancu.loaders.evaluate import evaluate_dirs, format_report
from cancu.loaders.site_metadata import site_metadata
from cancu.loaders.tasks.grid import find_grids

RENDERS = Path("/tmp/r23fmt-renders")
PROFILE = "file:///tmp/r23fmt-lo"
SETS = {
    "lead-devgold": "/tmp/lead-devgold",
    "i12h-fresh-gold": "/tmp/i12h-fresh-gold",
    **{s: f"/tmp/holdout3/{s}" for s in ("bonly", "ac", "dall", "eall", "doc", "fall", "gall", "hall")},
}
SOURCE_SUFFIXES = (".md", ".html", ".txt")
FORMATS = ("md", "docx", "pdf")

# --- Markdown / text → HTML -------------------------------------------------------------

# a line that opens a paragraph of its own: a list marker, an article, a basis clause, …
_OPENS = re.compile(
    r"^(?:[*_\s]*)(?:[-–+•]\s|\*\s+(?=[^\s*])|\d{1,2}(?:\.\d{1,2})*[.)](?:\s|(?=[A-ZĐ*]))|[a-zđ][).]\s|\([a-zđ\d]{1,3}\)\s|[IVXL]{1,5}[.)]\s|"
    r"(?:Điều|Chương|Mục|Phần|Phụ lục|PHỤ LỤC|CHƯƠNG|MỤC|PHẦN)\s+[\dIVXLC]+\b|"
    r"(?:Căn cứ|Theo đề nghị|Xét đề nghị|Nơi nhận|Kính gửi|V/v)\b)")
_ENDS = re.compile(r"[.:;!?…][\s*_\"”’)]*$")
# "*   item": a Markdown bullet (crawl pages of the newer sets write their lists so; without it the
# items ran into one paragraph, k_8689cafd lost 30 rows as DOCX); "* *" (an emphasis left empty) is none
_BULLET = re.compile(r"^\s*(?:[-–•]\s+|\*\s+(?=[^\s*]))")


def _upper(line: str) -> bool:
    letters = [c for c in re.sub(r"[*_#]", "", line) if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _paragraphs(lines: list[str], blocks: bool = False) -> list[str]:
    """Soft-wrapped lines → paragraphs (a crawl page wraps each paragraph at ~80 columns).

    ``blocks``: the page separates its paragraphs by blank lines, so a line goes on from the
    line above unless it opens with a list marker.
    """
    out: list[str] = []
    last = ""  # the last line as read
    for raw in lines:
        line = raw.strip()
        if not line:
            last = ""
            if out and out[-1]:
                out.append("")
            continue
        if re.fullmatch(r"[\W_]+", line) and not re.fullmatch(r"[*_\s]+", line):
            out.append(line)  # a rule line ("-----") stands alone
            last = ""
            continue
        prev = out[-1] if out else ""
        # upper-case lines (titles, header cells) go on only from a line wrapped near full width
        caps = _upper(line) or _upper(prev)
        if prev and re.search(r"\b(?:Điều|Chương|Mục|Phần|Khoản|Số|số)[*_\s]*$", prev):
            out[-1] = prev + " " + line  # "Điều" / "10. Trách nhiệm …": the number goes with its word
        elif blocks and prev and last and not _OPENS.match(line) and not prev.startswith("#"):
            out[-1] = prev + " " + line
        elif prev and last and not _ENDS.search(prev) and not _OPENS.match(line) and not prev.startswith("#") \
                and (not caps or (_upper(line) and _upper(last) and len(last) >= 45)):
            out[-1] = prev + " " + line
        else:
            out.append(line)
        last = line
    return [p for p in out if p]


def _inline(s: str) -> str:
    """Markdown emphasis → HTML (unbalanced marks dropped); everything else escaped."""
    s = _html.escape(s, quote=False).replace("****", "")  # "**V****Ă****N PHÒNG": empty toggles
    s = re.sub(r"\*\*\*(.+?)\*\*\*", r"<b><i>\1</i></b>", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", s)
    return s.replace("*", "").replace("\\", "")


#: set by render_html: the document separates its paragraphs by blank lines
_BLOCKS = {"on": False}


def _blocks_html(lines: list[str]) -> str:
    """Paragraph lines → <p>, <h2> and <ul> blocks."""
    out: list[str] = []
    in_list = False
    for p in _paragraphs(lines, _BLOCKS["on"]):
        bullet = _BULLET.match(p)
        if bullet and not in_list:
            out.append("<ul>")
            in_list = True
        elif not bullet and in_list:
            out.append("</ul>")
            in_list = False
        if bullet:
            out.append(f"<li>{_inline(p[bullet.end():])}</li>")
        elif p.startswith("#"):
            body = p.lstrip("#").strip()
            if body:
                out.append(f"<h2>{_inline(body)}</h2>")
        else:
            out.append(f"<p>{_inline(p)}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _cell_html(raw: str) -> str:
    # HTML left inside a cell (a DOCX → Markdown export): its breaks and items are lines
    raw = re.sub(r"(?i)<\s*(?:br|/li|/p|/div)\s*/?>", "\n", raw)
    if re.search(r"<[a-zA-Z/][^>]*>", raw):
        raw = _html.unescape(re.sub(r"(?i)<(?!/?b>)[^>]+>", "", raw).replace("<b>", "**").replace("</b>", "**"))
    lines = [x for x in raw.split("\n") if x.strip() != "|"]
    return _blocks_html(lines) or "<p></p>"


def _table_html(rows: list[list[str]], *, border: bool = True) -> str:
    """Rows of raw cells → an HTML table; a row with fewer cells than the widest is merged with
    the row above on its left (rowspan), as the flattened layouts drop merged cells."""
    width = max(len(r) for r in rows)
    above: list[Optional[dict]] = [None] * width
    table: list[list[dict]] = []
    for r in rows:
        # a short row is merged with the row above on its left, unless it opens with its own
        # number or section mark ("A.", "II", "2"): a section row across the table
        numbered = bool(re.fullmatch(r"[\s*_]*(?:\d{1,3}(?:\.\d+)*|[IVXL]{1,5}|[A-ZĐ])\.?[\s*_]*", r[0] if r else ""))
        missing = width - len(r) if table and not numbered and all(a is not None for a in above[:width - len(r)]) \
            else 0
        for c in range(missing):
            above[c]["rowspan"] += 1
        tr = []
        for c, cell in enumerate(r):
            d = {"html": _cell_html(cell), "rowspan": 1, "colspan": 1}
            tr.append(d)
            above[missing + c] = d
        if missing + len(r) < width:
            tr[-1]["colspan"] = width - missing - len(r) + 1
        table.append(tr)
    attrs = (' border="1" cellspacing="0" cellpadding="3" width="100%"' if border
             else ' cellspacing="0" cellpadding="2" width="100%"')
    out = [f"<table{attrs}>"]
    for tr in table:
        cells = []
        for d in tr:
            span = (f' rowspan="{d["rowspan"]}"' if d["rowspan"] > 1 else "") + \
                   (f' colspan="{d["colspan"]}"' if d["colspan"] > 1 else "")
            cells.append(f"<td{span}>{d['html']}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    if width >= 6:
        # a wide annex table is set small, as offices do, so that it stays on the page
        out = [x.replace("<p>", '<p style="font-size:9pt">').replace("<li>", '<li style="font-size:9pt">')
               for x in out]
    out.append("</table>")
    return "\n".join(out)


def _grid_html(grid) -> str:
    """A grid of cancu's grid reader → an HTML table (cells with their markup).

    Cells past the header's width (what follows the table on the page, read into its last
    row: the next annex's title) are paragraphs after the table."""
    rows = [list(r.raw if r.raw and len(r.raw) == len(r.cells) else r.cells) for r in grid.rows]
    width = len(rows[0])
    after = [c for r in rows for c in r[width:]]
    if len(rows) > 1 and len(rows[-1]) >= 2 and re.match(r"[\s*_]*(?:PHỤ LỤC|Phụ lục)\b", rows[-1][-1]):
        after.insert(0, rows[-1].pop())  # the next annex's title, read as the last row's last cell
    return _table_html([r[:width] for r in rows]) + "".join(_cell_html(c) for c in after)


_MOTTO = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)|ĐẢNG\s+CỘNG\s+SẢN", re.I)


def _short(seg: list[str]) -> bool:
    """A cell of a table row rather than a body of text."""
    return 0 < len(seg) <= 4 and sum(len(x) for x in seg) <= 200


def _region(segs: list[list[str]]) -> str:
    """The segments of one flattened region (a ``|`` line before each cell, an empty segment
    between rows) → HTML: the header block and the signature as layout tables, runs of short
    cells as a bordered table, long segments (the body of the page) as paragraphs."""
    runs: list[list[list[str]]] = [[]]
    for seg in segs:
        if any(x.strip() for x in seg):
            runs[-1].append([x for x in seg if x.strip()])
        elif runs[-1]:
            runs.append([])
    runs = [r for r in runs if r]
    out: list[str] = []
    table: list[list[str]] = []
    width = 0

    def close() -> None:
        nonlocal table, width
        if len(table) >= 2:
            out.append(_table_html([["\n".join(c) for c in r] for r in table]))
        else:
            for r in table:
                out.append(_layout_table([[c for c in r]]) if len(r) > 1 else _blocks_html(r[0]))
        table, width = [], 0

    k = 0
    while k < len(runs):
        run = runs[k]
        # the header block: issuer | motto, then number | place and date
        if k + 1 < len(runs) and len(run) >= 2 and len(runs[k + 1]) >= 2 and _MOTTO.search(" ".join(run[-1])) \
                and re.match(r"[\s*_]*S[ốo]\b", runs[k + 1][0][0]) and "ngày" in " ".join(runs[k + 1][1]) \
                and len(runs[k + 1][1]) <= 3:
            close()
            for seg in run[:-2]:
                out.append(_blocks_html(seg))
            out.append(_layout_table([[run[-2], run[-1]], runs[k + 1][:2]]))
            runs[k + 1] = runs[k + 1][2:]
            if not runs[k + 1]:
                k += 1
            k += 1
            continue
        if table and any(sum(map(len, c)) > 800 for c in run):
            close()  # a body of text is no cell: the page's prose runs on after the table
            for seg in run:
                out.append(_blocks_html(seg))
            k += 1
            continue
        if table and len(run) <= width and _short(run[0]) and (len(run) > 1 or width <= 2):
            table.append(run)
            k += 1
            continue
        if table and len(run) > width and _short(run[0]):
            table.append(run[:width])  # the last row runs straight into what follows the table
            runs[k] = run[width:]
            continue
        close()
        n = 0
        while n < len(run) and _short(run[len(run) - 1 - n]):
            n += 1
        lead, cells = (run[:len(run) - n], run[len(run) - n:]) if n >= 2 else (run, [])
        i = 0
        while i < len(lead):
            seg = lead[i]
            # recipients | signature
            if re.match(r"[\s*_]*Nơi nhận", seg[0]) and i + 1 < len(lead + cells):
                nxt = (lead + cells)[i + 1]
                out.append(_layout_table([[seg, nxt]]))
                if i + 1 >= len(lead):
                    cells = cells[1:]
                i += 2
                continue
            out.append(_blocks_html(seg))
            i += 1
        if len(cells) >= 2:
            table, width = [cells], len(cells)
        elif cells:
            out.append(_blocks_html(cells[0]))
        k += 1
    close()
    return "\n".join(x for x in out if x)


def _layout_table(cells: list[list[list[str]]]) -> str:
    """The header block or the signature: a borderless table whose cells keep their lines."""
    blocks, _BLOCKS["on"] = _BLOCKS["on"], False
    # the issuer column is narrower than the motto's, as offices lay the header out
    widths = ["40%", "60%"] if len(cells[0]) == 2 else [""] * len(cells[0])
    rows = ["<tr>" + "".join(f'<td width="{w}">{_blocks_html(c) or "<p></p>"}</td>' if w else
                             f'<td>{_blocks_html(c) or "<p></p>"}</td>' for c, w in zip(r, widths)) + "</tr>"
            for r in cells]
    _BLOCKS["on"] = blocks
    return '<table cellspacing="0" cellpadding="2" width="100%">' + "".join(rows) + "</table>"


_DATE_LINE = re.compile(r"ngày\s+[\d.…_ ]*tháng")
_GAP = re.compile(r"(?<=\S)\s{4,}(?=\S)")


def _text_header(text: str, floor: int, end: int) -> Optional[tuple[int, int, str]]:
    """The header block of a text page (pdftotext columns side by side, or one cell a line)
    → a layout table, as the Word file holds it; ``None`` where there is none or the crawl's
    flattened form (``|`` lines, read by ``_region``) holds it.

    Without it the issuer, motto, number and date ran into one paragraph ("ỦY BAN NHÂN DÂN
    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH LÀO CAI Độc lập …"): the header was lost as
    DOCX/PDF and the document's own number read as a citation (set i: 11 documents)."""
    lines, pos = [], floor
    for line in text[floor:end].split("\n")[:30]:
        lines.append((pos, line))
        pos += len(line) + 1
    motto = next((i for i, (_, x) in enumerate(lines) if _MOTTO.search(x)), None)
    if motto is None or any(x.lstrip().startswith("|") for _, x in lines[:motto + 1]):
        return None
    date = next((i for i in range(motto, min(motto + 10, len(lines))) if _DATE_LINE.search(lines[i][1])), None)
    if date is None or not any(re.match(r"\s*S[ốo]\s*:", x) or re.search(r"\sS[ốo]\s*:", x)
                               for _, x in lines[:date + 1]):
        return None
    start = motto  # the issuer's lines above the motto (upper case, rules), at most four
    while start > 0 and motto - start < 4 and (
            _upper(lines[start - 1][1]) or re.fullmatch(r"\s*[-_=]{3,}\s*", lines[start - 1][1])
            or not lines[start - 1][1].strip()):
        start -= 1
    while not lines[start][1].strip():
        start += 1
    columns = any(_GAP.search(x.strip()) for _, x in lines[start:date + 1])
    rows: list[list[list[str]]] = [[[], []], [[], []]]
    seen = False
    for i in range(start, date + 1):
        x = lines[i][1]
        if not x.strip():
            continue
        seen = seen or bool(_MOTTO.search(x))
        number = bool(re.match(r"\s*S[ốo]\s*:", x))
        parts = _GAP.split(x.strip(), maxsplit=1)
        row = rows[1] if number or i == date else rows[0]
        if len(parts) == 2:
            row[0].append(parts[0])
            row[1].append(parts[1])
        elif number:
            row[0].append(x.strip())
        elif i == date or re.match(r"\s*Độc lập", x) or _MOTTO.search(x):
            row[1].append(x.strip())
        elif columns:
            (row[1] if len(x) - len(x.lstrip()) >= 15 else row[0]).append(x.strip())
        elif rows[1][0]:
            rows[1][0].append(x.strip())  # "V/v …" under the number, as the number's cell holds it
        else:
            (row[1] if seen else row[0]).append(x.strip())
    html = _layout_table([r for r in rows if r[0] or r[1]])
    return lines[start][0], lines[date][0] + len(lines[date][1]), html


def render_html(text: str, *, title: str = "") -> str:
    """A Markdown/text gold document → the HTML an office's Word file would hold."""
    block = site_metadata(text).block
    floor = block.end if block else 0
    end = body_end(text, floor) if floor else len(text)
    body_lines = text[floor:end].split("\n")
    _BLOCKS["on"] = sum(not x.strip() for x in body_lines) >= 0.2 * sum(bool(x.strip()) for x in body_lines)
    # tables cancu's reader finds (HTML tables left in the text pass through as written)
    spans: list[tuple[int, int, str]] = []
    for m in re.finditer(r"(?is)<table\b.*?</table>", text):
        if floor <= m.start() < end:
            spans.append((m.start(), m.end(), m.group()))
    for g in find_grids(text):
        if g.layout == "html" or not floor <= g.start < end or any(a <= g.start < b for a, b, _ in spans):
            continue
        spans.append((g.start, g.end, _grid_html(g)))
    head = _text_header(text, floor, end)
    if head is not None and not any(a < head[1] and head[0] < b for a, b, _ in spans):
        spans.append(head)
    spans.sort()
    body: list[str] = []
    prose: list[str] = []  # lines of paragraphs
    segs: list[list[str]] = []  # a flattened region's segments

    def flush() -> None:
        nonlocal segs
        if segs:
            segs.append(prose[:])
            body.append(_region(segs))
            segs = []
        elif prose:
            body.append(_blocks_html(prose))
        prose.clear()

    pos = floor
    for line in text[floor:end].split("\n"):
        at, pos = pos, pos + len(line) + 1
        span = next((s for s in spans if s[0] < at + len(line) + 1 and at < s[1]), None)
        if span is not None:
            flush()
            if span[2]:
                body.append(span[2])
                spans[spans.index(span)] = (span[0], span[1], "")
            continue
        if line.strip() == "|":
            if segs or prose or not body:
                segs.append(prose[:])
            else:
                segs.append([])
            prose.clear()
        elif not line.strip():
            flush()
        else:
            prose.append(line)
    flush()
    style = ("@page{size:21cm 29.7cm;margin:2cm 1.5cm 2cm 3cm}"
             "body,p,td,li{font-family:'Times New Roman';font-size:13pt}p,li{text-align:justify}")
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_html.escape(title)}</title>'
            f"<style>{style}</style></head><body>\n" + "\n".join(x for x in body if x) + "\n</body></html>\n")


# --- conversion -------------------------------------------------------------------------

def _soffice(args: list[str], outdir: Path) -> None:
    cmd = ["soffice", f"-env:UserInstallation={PROFILE}", "--headless", *args, "--outdir", str(outdir)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1800)


def _docs(set_dir: Path, skipped: list[str]) -> list[tuple[Path, Path]]:
    """(gold JSON, document) pairs of a set: Markdown/HTML/text documents with task rows.

    Left out, with the reason in ``skipped``: portal renderings (their identity is the site's
    metadata block, which a Word file never has) and text whose task table the converter
    cannot rebuild (pdftotext output: the table is only columns of words).
    """
    out = []
    for gf in sorted(set_dir.glob("*.json")):
        try:
            gold = json.loads(gf.read_text(encoding="utf-8"))
        except ValueError:
            continue
        if "doc" not in gold or not gold.get("tasks") or gold.get("tasks_annotated") == "none":
            continue
        doc = next((set_dir / (gf.stem + s) for s in SOURCE_SUFFIXES if (set_dir / (gf.stem + s)).is_file()), None)
        if doc is None:
            continue
        if "portal-rendering" in gold.get("layout", []):
            skipped.append(f"{set_dir.name}/{gf.stem}: portal rendering")
            continue
        if any(t.get("form") == "table" for t in gold["tasks"]) and doc.suffix != ".html" and not any(
                g.layout != "html" for g in find_grids(doc.read_text(encoding="utf-8", errors="replace"))) \
                and "<table" not in doc.read_text(encoding="utf-8", errors="replace"):
            skipped.append(f"{set_dir.name}/{gf.stem}: task table the converter cannot rebuild")
            continue
        out.append((gf, doc))
    return out


def prepare(name: str, set_dir: Path, skipped: list[str]) -> dict[str, Path]:
    """Render, convert (cached) and lay out one folder per format with the gold copied in."""
    base = RENDERS / name
    dirs = {f: base / f for f in FORMATS}
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    stale_html = []
    for old in base.glob("*/*.json"):
        old.unlink()  # a document left out since the last run is not scored
    for gf, doc in _docs(set_dir, skipped):
        text = doc.read_text(encoding="utf-8", errors="replace")
        for f in FORMATS:
            shutil.copyfile(gf, dirs[f] / gf.name)
        shutil.copyfile(doc, dirs["md"] / doc.name)
        page = (text if doc.suffix == ".html" else render_html(text, title=gf.stem))
        hp = base / f"{gf.stem}.html"
        if not hp.is_file() or hp.read_text(encoding="utf-8") != page \
                or not (dirs["docx"] / f"{gf.stem}.docx").is_file() or not (dirs["pdf"] / f"{gf.stem}.pdf").is_file():
            hp.write_text(page, encoding="utf-8")
            stale_html.append(hp)
    if stale_html:
        _soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                  *map(str, stale_html)], dirs["docx"])
        _soffice(["--convert-to", "pdf:writer_pdf_Export",
                  *[str(dirs["docx"] / (h.stem + ".docx")) for h in stale_html]], dirs["pdf"])
    return dirs


# --- scoring ----------------------------------------------------------------------------

def figures(total: dict[str, Any]) -> dict[str, Optional[float]]:
    t = total
    return {
        "rows_r": t["task_rows"]["recall"], "rows_p": t["task_rows"]["precision"],
        "text": t["task_text"]["recall"], "lead": t["task_lead"]["recall"],
        "dl": t["task_deadline_end"]["recall"],
        "cit_p": t["citations_precision"], "cit_r": t["citations_recall"],
        "header": t["header_accuracy"], "gold": t["task_rows"]["gold"], "docs": t["documents"],
    }


def _doc_score(res: dict[str, Any]) -> dict[str, int]:
    t = res["tasks"] or {}
    c = t.get("correct", {})
    return {"found": t.get("found", 0), "extra": t.get("counted_predicted", 0) - t.get("found", 0),
            "text": c.get("text", 0), "lead": c.get("lead", 0), "dl": c.get("deadline_end", 0),
            "cit": (res["citations"] or {}).get("tp", 0),
            "cit_extra": (res["citations"] or {}).get("predicted", 0) - (res["citations"] or {}).get("tp", 0),
            "header": sum(v["ok"] for v in (res["header"] or {}).values())}


def _fmt(x: Optional[float]) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def line(name: str, fmt: str, f: dict[str, Any]) -> str:
    return (f"{name:16s} {fmt:4s} rows {_fmt(f['rows_r'])}/{_fmt(f['rows_p'])} text {_fmt(f['text'])} "
            f"lead {_fmt(f['lead'])} dl {_fmt(f['dl'])} cit {_fmt(f['cit_p'])}/{_fmt(f['cit_r'])} "
            f"header {_fmt(f['header'])} docs {f['docs']} gold {f['gold']}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", nargs="*", help="NAME=DIR pairs (default: the ten evaluation sets)")
    ap.add_argument("--out", help="result file stem (default: benchmarks/results/format-transfer-<date>)")
    ap.add_argument("--tag", default="", help="suffix of the per-format reports, to score another cancu "
                    "(its python, this file) on the same renders")
    args = ap.parse_args(argv)
    sets = dict(s.split("=", 1) for s in args.sets) if args.sets else SETS
    if not shutil.which("soffice"):
        print("soffice (LibreOffice) is needed", file=sys.stderr)
        return 2
    results: dict[str, Any] = {}
    worse: list[str] = []
    skipped: list[str] = []
    sums: dict[str, dict[str, int]] = {f: {} for f in FORMATS}
    for name, d in sets.items():
        dirs = prepare(name, Path(d), skipped)
        reports = {}
        for f in FORMATS:
            rep = evaluate_dirs(dirs[f], dirs[f])
            (RENDERS / name / f"{f}{args.tag}.txt").write_text(format_report(rep), encoding="utf-8")
            reports[f] = rep
            results.setdefault(name, {})[f] = figures(rep["total"])
            print(line(name, f, results[name][f]), flush=True)
        for stem, res in sorted(reports["md"]["documents"].items()):
            base = _doc_score(res)
            for f in ("docx", "pdf"):
                other = reports[f]["documents"].get(stem)
                if other is None:
                    continue
                s = _doc_score(other)
                for k, v in s.items():
                    sums[f][k] = sums[f].get(k, 0) + v
                diff = {k: s[k] - base[k] for k in base if s[k] != base[k]}
                if any(v < 0 for k, v in diff.items() if k not in ("extra", "cit_extra")) \
                        or diff.get("extra", 0) > 0 or diff.get("cit_extra", 0) > 0:
                    worse.append(f"{name:16s} {stem:14s} {f:4s} " + " ".join(f"{k}{v:+d}" for k, v in diff.items()))
            for k, v in base.items():
                sums["md"][k] = sums["md"].get(k, 0) + v
    out = [line(n, f, results[n][f]) for n in results for f in FORMATS]
    out.append("")
    out.append("summed over the sets (correct counts): " + "; ".join(
        f"{f}: " + " ".join(f"{k} {v}" for k, v in sums[f].items()) for f in FORMATS))
    out.append("")
    out.append(f"left out ({len(skipped)}): " + "; ".join(skipped))
    out.append("")
    out.append(f"documents scoring lower as DOCX/PDF than as Markdown ({len(worse)}):")
    out.extend(worse)
    text = "\n".join(out) + "\n"
    print("\n".join(out[len(results) * 3:]))
    stem = args.out or str(Path(__file__).resolve().parent / "results" /
                           f"format-transfer-{_dt.date.today().isoformat()}")
    Path(stem + ".txt").write_text(text, encoding="utf-8")
    Path(stem + ".json").write_text(json.dumps({"figures": results, "sums": sums, "worse": worse},
                                               ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
