"""Suspicious extraction output over the real corpus, counted without a gold (issue 12).

Reads ``/work/shared/corpus`` (the crawl archive and ``office/``): a benchmark
may, a test may not. Every distinct file (byte-identical copies counted once)
goes through ``read_bytes`` + ``extract_text``, the same path as
``cancu extract``; only files extracted as official documents
(``is_document``) are counted. Each check below is a symptom a person would call
wrong on sight; its rate is over all tasks (task checks) or all citations
(citation checks), the target of issue 12 being < 0.5 % each:

- ``task_text_short``: a task text that is a number ("12", "II", "1.2."), a
  column or form label ("Nội dung", "Cơ quan chủ trì", "Điện thoại:") or under
  12 characters.
- ``lead_number_or_header``: a lead that is a number, a step ("Bước 2"), a
  column-header word ("Cơ quan chủ trì", "Thời gian", "Sản phẩm") or an address.
- ``lead_with_verb``: a lead that holds a verb of the duty ("Sở Tư pháp: Lồng
  ghép", "Phòng Nội vụ chủ trì", "UBND các xã thực hiện"); names that contain
  such a word ("Ban Chỉ đạo …", "Bộ phận tiếp nhận và trả kết quả") are not
  counted.
- ``table_row_without_lead``: a task without lead in a run of ≥ 3 tasks of the
  same document and section where at least half of the tasks have one (the run
  stands for a table with a lead column; the output does not say which table a
  task came from).
- ``deadline_unparsed``: a deadline text with no parsed start or end, no recurrence
  and no condition.
- ``procedure_step_task``: a task that is a step of an administrative-procedure
  workflow: text or lead or number "Bước N"/"B1", a deadline that is only a
  duration per step ("04 giờ", "1/4 ngày", "02 ngày làm việc"), or a text about
  starts by receiving, checking or passing on dossiers ("Tiếp nhận hồ sơ …") in a
  document on thủ tục hành chính.
- ``missed_assignment`` (a recall check, over tasks): a clause phrased as an
  assignment that lies in no task's source span — a request word of the prose
  reader's table (``requests`` in ``data/task_prose.json``: "Giao", "Đề nghị",
  "Yêu cầu") before an agency name, an agency name (a start word of
  ``data/task_agencies.json``) opening a clause whose verb is an anchor verb of
  that table ("chủ trì", "phối hợp", "có trách nhiệm", …), or a line "<agency>:
  <duty>". Preamble clauses (the basis openers of ``data/relations.json``:
  "Căn cứ", "Xét đề nghị", "Theo đề nghị" …), quoted titles, the closing "Nơi
  nhận" list, the clauses the prose reader's ``not_tasks`` and
  ``execution_clause`` rule out, and documents of kinds that assign nothing
  (``kinds``: Luật, Nghị định, Báo cáo …) are not looked at; nor are the parts
  the prose reader reads as nothing: an annex of administrative procedures
  (``procedure_annexes``: its steps and forms), a Quy chế or Quy định a
  decision attaches, the items under a ``non_task_sections`` heading ("Kinh
  phí", "Yêu cầu", "Nhiệm vụ, quyền hạn"; an item opening with a request is
  still looked at), a table's bold header cell, and clauses its tables read as
  no work (``accountability``, ``person_groups``, ``generic_execution``).
  Counted per document; examples print as ``file @offset class: line``.
- ``law_title_cut`` (over citations): a law cited by name whose title ends in a
  conjunction or preposition ("và", "của", ","), or is an amending law's head
  alone ("Luật Sửa đổi", "Luật sửa đổi, bổ sung một số điều").

    python benchmarks/extract_quality.py [--crawl ARCHIVE] [--office DIR]
           [--workers 2] [--examples 8] [--limit N]

The crawl is unpacked once into /tmp/cancu-crawl-cache (reused by later runs).
Examples print as ``file: text | lead | deadline`` so they can be read.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import tarfile
import time
import unicodedata
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache
from pathlib import Path

from cancu.errors import CancuError
from cancu.loaders import extract_text, tables
from cancu.loaders.pipeline import _task_kind
from cancu.loaders.read import FORMATS, read_bytes, sniff
from cancu.loaders.tasks import outline, prose
from cancu.loaders.tasks.paragraphs import text_paragraphs
from cancu.loaders.text import MappedText

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
CACHE = Path("/tmp/cancu-crawl-cache")

TASK_CHECKS = ("task_text_short", "lead_number_or_header", "lead_with_verb", "table_row_without_lead",
               "deadline_unparsed", "procedure_step_task", "missed_assignment")
CITATION_CHECKS = ("law_title_cut",)

# Column headers and form labels that are not a task or an agency.
HEADER_WORDS = {
    "stt", "tt", "số tt", "nội dung", "nội dung công việc", "nội dung nhiệm vụ", "nhiệm vụ", "nhiệm vụ, giải pháp",
    "cơ quan chủ trì", "cơ quan thực hiện", "đơn vị chủ trì", "đơn vị thực hiện", "chủ trì", "phối hợp",
    "cơ quan phối hợp", "đơn vị phối hợp", "thời gian", "thời gian thực hiện", "thời gian hoàn thành",
    "thời hạn", "thời hạn hoàn thành", "tiến độ", "sản phẩm", "kết quả", "ghi chú", "dự kiến sản phẩm",
    "trách nhiệm thực hiện", "phân công", "kinh phí", "nguồn kinh phí", "đơn vị", "cơ quan",
    "trình tự thực hiện", "đơn vị/người thực hiện", "thứ tự công việc", "các bước", "điện thoại",
    "e-mail", "email", "địa chỉ", "mã số thuế", "fax",
}
NUMBER_RX = re.compile(r"^[\s(]*(?:[0-9]+(?:[.,][0-9]+)*|[IVXLC]+|[a-zđ])[.)]*\s*$", re.I)
STEP_RX = re.compile(r"^\s*(?:Bước\s*\d+|B\s?\d+)\b", re.I)
# ("TP." opens an address part at the start or after a comma, "…, phường Cửa Nam, TP. Hà Nội"; inside a body's name,
# "Thuế TP. Hà Nội", it is the city's abbreviation: the extractor's dotted_abbreviations)
ADDRESS_RX = re.compile(r"^\s*(?:Số\s+)?\d+[A-Za-z]?\s+(?:đường|phố|Nguyễn|Lê|Trần|Phạm|Hoàng|Lý|Võ)\b|@|\bP\.\s|"
                        r"(?:^|,)\s*TP\.", re.I)
# A verb of the duty inside a lead. Agency names that hold one of these words
# start with an organ noun right before it ("Ban Chỉ đạo", "Bộ phận tiếp nhận …").
VERB_RX = re.compile(
    r"(?:^|[\s:;,])(?P<v>chủ trì|phối hợp|thực hiện|triển khai|tham mưu|hướng dẫn|đôn đốc|theo dõi|báo cáo|rà soát|"
    r"lồng ghép|chịu trách nhiệm|có trách nhiệm|tổ chức thực hiện|xây dựng kế hoạch|nghiên cứu|đề xuất|"
    r"kiểm tra|tuyên truyền|chỉ đạo|cập nhật|hoàn thành|ban hành|tiếp nhận)(?=$|[\s,.;:])", re.I)
# an organ's own word right before the verb ("Ban Chỉ đạo", "Tổ thực hiện"); case-sensitive for "Cục"/"Vụ", which in
# lower case end other names ("Phòng Nội vụ chủ trì" is a verb run into the lead, not an organ "Vụ chủ trì")
ORGAN_BEFORE_RX = re.compile(r"(?<!\S)(?:[Bb]an|[Hh]ội đồng|[Tt]ổ|[Bb]ộ phận|[Tt]rung tâm|[Vv]ăn phòng|[Pp]hòng|"
                             r"[Đđ]oàn|[Nn]hóm|Cục|Vụ)\s*$")
DURATION_RX = re.compile(r"^\s*(?:\d+(?:[.,/]\d+)?|0?\d+/\d+)\s*(?:giờ|ngày|buổi)(?:\s+làm việc)?\s*$", re.I)
DOSSIER_RX = re.compile(r"^[-+•\s]*(?:tiếp nhận|trả kết quả|thụ lý|thẩm định|kiểm tra|xem xét|chuyển|nhận)\b"
                        r".{0,80}\bhồ sơ\b", re.I)
TTHC_RX = re.compile(r"thủ tục hành chính|quy trình nội bộ|TTHC", re.I)
LAW_CUT_RX = re.compile(r"(?:\s(?:và|hoặc|của|về|với|cho|tại|theo)|[,;:(–-])\s*$", re.I)
LAW_HEAD_ALONE_RX = re.compile(r"^(?:Luật|Bộ luật)\s+sửa đổi(?:,?\s*bổ sung)?(?:\s+một số điều)?(?:\s+của)?\s*$", re.I)


def _missed_rx() -> dict[str, re.Pattern[str]]:
    """The assignment phrasings, built from the prose reader's own tables (no vocabulary of this file's own)."""
    prose, agencies = tables.load("task_prose"), tables.load("task_agencies")

    def alt(words) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    starts = alt(agencies["starts"] + agencies["bare_names"]["words"])
    groups = alt(agencies["group_nouns"])
    # an agency: a start word (capitalised as the table has it), or "các"/"Các" + a group noun
    agency = rf"(?:(?:các|Các|Thủ trưởng các|toàn thể|Toàn thể)\s+(?:{groups})|(?:{starts}))(?![\wÀ-ỹ])"
    req_words = [w for e in prose["requests"] for w in e["words"]]
    req = alt(req_words + [w.lower() for w in req_words])
    anchors = alt(w for e in prose["anchor_verbs"] for w in e["words"])
    # a clause opens at the line's start (after its list marker) or after a sentence or clause mark
    opener = (r"(?:^[\s\-–+•*>|#]*(?:(?:[0-9]+(?:\.[0-9]+)*|[a-zđ]|[IVX]+)[.)/]\s*)?|(?<=[.;:])\s+"
              r"|(?<=,)\s+(?=kính|giao|đề|yêu))")
    return {
        "request": re.compile(rf"{opener}(?:[Kk]ính\s+)?(?P<w>{req})\s+(?:cho\s+)?"
                              rf"(?:(?:đồng chí|[Đđ]/c)\s+\S+\s+)?(?P<a>{agency})", re.M),
        "anchor": re.compile(rf"{opener}(?P<a>{agency})[^.;:()\n]{{0,120}}?\s(?P<w>{anchors})(?![\wÀ-ỹ])", re.M),
        "agency_colon": re.compile(rf"^[\s\-–+•*>|#]*(?:(?:[0-9]+(?:\.[0-9]+)*|[a-zđ])[.)]\s*)?(?P<a>{agency})"
                                   rf"[^.;:()\n]{{0,80}}:\s*(?P<w>\S.{{14,}})$", re.M),
        # a recital or basis clause ("Căn cứ …", "Xét đề nghị …"); a "Thực hiện …"/"Triển khai …" line only as a
        # clause of the preamble list (ending in ";"): in the body it may open a request ("Thực hiện …, đề nghị …")
        "preamble": re.compile(rf"^[\s\-–+•*>|#_]*(?:{tables.basis_verb_alternation('can_cu', 'theo_de_nghi')})"
                               rf"(?![\wÀ-ỹ])|^[\s\-–+•*>|#_]*(?:{tables.clause_opener_alternation()})(?![\wÀ-ỹ])"
                               r".*[;,]\s*$", re.I),
        "closing": re.compile(r"^[\s\-–+•*>|#_]*Nơi\s+nhận\b", re.I),
        "quoted": re.compile(r"“[^”\n]{0,400}”|\"[^\"\n]{0,400}\""),
        "field": re.compile(rf"(?i)^(?:{'|'.join(f['pattern'] for f in prose['fields'])})\s*:"),
        # a role a procedure gives ("Cơ quan chủ trì có trách nhiệm …", "Cơ quan, đơn vị phối hợp tổ chức …"): a
        # rule of the regulation, or a column's header, not a body asked to work
        "role": re.compile(rf"(?i)^(?:các\s+)?(?:{'|'.join(f['pattern'] for f in prose['fields'][:2])}|"
                           r"(?:cơ quan|đơn vị)\s+chuyên môn)(?![\wÀ-ỹ])"),
        "execution": re.compile(prose["execution_clause"]["pattern"]),
        "not_task": re.compile("|".join(f"(?:{e['pattern']})" for e in prose["not_tasks"]), re.I),
        # the duty a line "<agency>: <duty>" gives opens with a verb the prose reader knows as a duty's first word
        "duty": re.compile(r"(?i)[*_]*(?:" + alt(prose["duty_openers"] + [w for e in prose["duty_starts"]
                                                                         for w in e["words"]]) + r")(?![\wÀ-ỹ])"),
        "not_subject": re.compile("|".join(f"(?:{e['pattern']})" for e in prose["not_subjects"])),
        # a word a line cannot end on when it ends a clause (a preposition, a conjunction, a plural marker)
        "open_end": re.compile(r"(?<![\wÀ-ỹ])(?:của|và|với|cho|các|những|tại|về|để|theo|trong|là|do|bởi|hoặc)$"),
        "item_start": re.compile(r"[\s\-–+•*>|#_]*(?:(?:[0-9]+(?:\.[0-9]+)*|[a-zđ]|[IVX]+)[.)/]\s*)?[\s*_]*"),
        "bold_cell": re.compile(r"^\*\*[^*|]+\*\*$"),
        "none_kinds": re.compile(r"(?i)^(?:" + alt(k for e in prose["kinds"] if e["reads"] != "requests"
                                                    for k in e["kinds"]) + r")$"),
    }


_MISSED: dict[str, re.Pattern[str]] = {}


def missed_assignments(text: str, spans: list[tuple[int, int]], body: tuple[int, int] = (0, 1 << 60),
                       reads_none=lambda pos: False, leads: list[str] = (),
                       sections: list[tuple[int, int]] = (), trust_reader: bool = True) -> list[tuple[int, str, str]]:
    """(offset, class, line) of each line holding an assignment phrasing outside every span of ``spans``.

    One hit per line (its first phrasing outside the spans), inside ``body`` and where ``reads_none(offset)`` is
    false (a Luật, a Quy định attached to a decision). Not read: a line from the closing "Nơi nhận" to the end
    of that list (the next line of 120 characters or more, or a capitalised heading), a preamble clause, a line
    whose sentence (it and the next two lines: a wrapped sentence) is the execution clause or a ``not_tasks``
    clause. Quoted text is blanked first, so a quoted title ("… về việc giao Sở …") asks nothing. A line
    pointing to a list ("Sở Y tế có trách nhiệm:") counts as read when a task starts within 800 characters
    after it (its items are the tasks), and so does a heading naming a body ("7. Đề nghị Ủy ban MTTQ Việt Nam thành
    phố …" over its duties) when a task led by that body (``leads``: each span's leads, joined) starts within 800
    characters after it. Nor is a line inside one of ``sections`` (headings the reader reads nothing under), unless it
    opens an item with a request; nor a table's bold header cell, nor a clause the reader's own tables read as no work
    (:func:`_says_nothing`). ``trust_reader=False`` keeps the clauses the reader's own tables read as no work: the
    check then does not rest on those tables being right (``missed_assignment_unfiltered``, printed beside).
    """
    rx = _MISSED or _MISSED.update(_missed_rx()) or _MISSED
    out: list[tuple[int, str, str]] = []
    lines = text.split("\n")
    starts_of = [t for t, _ in spans]
    pos, closing, prev = 0, False, ""
    for i, line in enumerate(lines):
        # a line opens a clause after a blank line, a clause's end or a list marker; else it wraps a sentence on
        # (or after a short line, a heading wrapped onto it: "1. Về thuế giá trị gia" / "tăng" / "Đề nghị …")
        # (not after a short line that ends on a word that cannot end one: "Phát huy vai trò nòng cốt của" / "các cơ
        # quan chuyên trách, nhất là vai trò chủ trì của …", crawl f069c23c942c1ec6)
        ends_clause, prev = (not prev or prev[-1] in ".;:?!*)|"
                             or len(prev) < 30 and not rx["open_end"].search(prev)), line.strip()
        start, pos = pos, pos + len(line) + 1
        bare = line.strip()
        if rx["closing"].match(bare):
            closing = True
            continue
        if closing:
            if len(bare) < 120 and not (bare.isupper() and len(bare) > 6):
                continue
            closing = False
        if not bare or not body[0] <= start < body[1] or rx["preamble"].match(bare):
            continue
        if rx["bold_cell"].match(bare) and lines[i - 1 if i else i].strip() == "|" \
                and lines[min(i + 1, len(lines) - 1)].strip() == "|":
            # a bold cell alone between a table's rules is a column's header ("**Người đứng đầu chịu trách nhiệm**",
            # crawl 987cadc82373c854; "**Đơn vị chịu trách nhiệm phổ biến**", 295bcce4a429a236): it names no one
            continue
        # (the line before too: "Trong quá trình thực hiện có" / "khó khăn, vướng mắc, đề nghị các cơ quan …")
        sentence = " ".join(x.strip() for x in lines[max(0, i - 1):i + 3]).casefold()
        if rx["execution"].search(sentence) or rx["not_task"].search(sentence):
            continue
        if _closing_request(" ".join(x.strip() for x in lines[i:i + 3])):
            continue
        blanked = rx["quoted"].sub(lambda m: " " * len(m.group()), line).replace("*", " ").replace("_", " ")
        # the line's sentence ends within four lines (hard-wrapped Markdown and pdftotext lines)
        end = next((j for j in range(i, min(i + 4, len(lines))) if re.search(r"[.;:]\W*$", lines[j])), i)
        pointer = lines[end].rstrip("*_ ").endswith(":")
        after = start + sum(len(x) + 1 for x in lines[i:end + 1])
        for cls in ("request", "anchor", "agency_colon"):
            hit = None
            for m in rx[cls].finditer(blanked):
                a = start + m.start("a")
                if m.start() == 0 and not ends_clause and not re.match(r"\s*[-–+•>|#(]|\s*\S{1,6}[.)]\s", blanked):
                    continue
                named = blanked[m.start("a"):].strip()
                if rx["field"].match(named) or rx["role"].match(named) or rx["not_subject"].match(named):
                    continue
                if trust_reader and _says_nothing(cls, blanked[m.start("w") if cls == "request" else m.start("a"):]):
                    continue
                if cls == "agency_colon" and (rx["field"].match(m.group().lstrip(" -–+•*>|#"))
                                              or rx["anchor"].search(m.group()[: m.start("w") - m.start()])
                                              or not rx["duty"].match(m.group("w"))):
                    continue
                if any(lo <= a < hi for lo, hi in spans) or reads_none(a):
                    continue
                if any(lo <= a < hi for lo, hi in sections) and not (
                        cls == "request" and rx["item_start"].fullmatch(blanked[:m.start("w")])):
                    # under a heading the reader reads nothing under ("III. KINH PHÍ THỰC HIỆN"), save an item that
                    # opens with a request ("1.3.1. Đề nghị UBND các xã, phường, …:" under "1. Yêu cầu chung:" of a
                    # letter, crawl 88b7667d728aef13)
                    continue
                if pointer and any(start < t <= after + 800 for t in starts_of):
                    continue
                name = _fold(" ".join(named.split()[:3]))
                if leads and any(a < t <= after + 800 and name in _fold(lead) for t, lead in zip(starts_of, leads)):
                    continue
                hit = (a, cls, bare)
                break
            if hit:
                out.append(hit)
                break
    return out


def _says_nothing(cls: str, clause: str) -> bool:
    """A clause the prose reader reads as no work, by its own tables: a statement of accountability ("Bộ Giáo dục và
    Đào tạo chịu trách nhiệm về nội dung báo cáo …", crawl 71ce6a1744e0ae6c: ``accountability``), a request to the
    persons at a meeting ("Yêu cầu các đồng chí nghiêm túc chấn chỉnh …", office o017: ``person_groups``), or generic
    addressees told to carry out the document ("Yêu cầu các sở, ban, ngành, đoàn thể tỉnh; UBND các phường, xã; các
    đơn vị liên quan căn cứ nhiệm vụ được phân công triển khai thực hiện tốt Kế hoạch này.", crawl f004d93b21e7fc5f:
    ``generic_execution``)."""
    from cancu.loaders.tasks.prose import generic_execution, generic_rx
    from cancu.loaders.tasks.subjects import subject

    s = subject(clause)
    if s is None or not s.leads:
        return False
    prose = tables.load("task_prose")
    rest = clause[s.end:]
    if not s.request and re.match(prose["accountability"]["pattern"], rest, re.I):
        return True
    if s.request and all(re.match(prose["person_groups"]["pattern"], a.casefold()) for a in s.leads):
        return True
    return bool(all(any(g.match(a.casefold()) for g in generic_rx()) for a in s.leads) and generic_execution(rest))


def _closing_request(text: str) -> bool:
    """A closing request to generic addressees, the document's last sentence ("Yêu cầu các sở, ban, ngành, đơn vị,
    địa phương nghiêm túc triển khai thực hiện./."): the gold's standard closing, no task. The addressees are read
    by the prose reader's own subject reader and ``generic_addressees``."""
    from cancu.loaders.tasks.prose import generic_rx
    from cancu.loaders.tasks.subjects import subject

    m = re.search(r"(?:Giao|Đề nghị|Yêu cầu)\s[^.]{0,300}?\./\.", text)
    s = subject(m.group()) if m else None
    return bool(s and s.request and s.leads
                and all(any(g.match(a.casefold()) for g in generic_rx()) for a in s.leads))


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip().strip(":").strip().lower()


def distinct_files(crawl: Path, office: Path, office_suffixes: tuple[str, ...]) -> tuple[int, list[str]]:
    """Every file of the crawl archive (unpacked once into ``CACHE``) and the office files with one of
    ``office_suffixes``, each distinct content once (the crawl holds byte copies under other names): (how many
    files were read, the distinct ones)."""
    files = crawl_files(crawl, CACHE) if crawl.exists() else []
    if office.exists():
        files += sorted(p for p in office.iterdir() if p.suffix.lower() in office_suffixes)
    seen, distinct = set(), []
    for p in files:
        h = hashlib.sha256(p.read_bytes()).hexdigest()
        if h not in seen:
            seen.add(h)
            distinct.append(str(p))
    return len(files), distinct


def crawl_files(archive: Path, cache: Path) -> list[Path]:
    """Unpack the archive once into ``cache`` (marker file ``.done``) and list its files."""
    if not (cache / ".done").exists():
        cache.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive) as tf:
            for m in tf:
                if m.isfile():
                    target = cache / Path(m.name).name
                    target.write_bytes(tf.extractfile(m).read())
        (cache / ".done").write_text(str(archive))
    return sorted(p for p in cache.iterdir() if p.is_file() and p.name != ".done")


@lru_cache(maxsize=None)
def _unit_named_by_work_rx() -> re.Pattern[str]:
    e = tables.load("task_prose")["lead_unit_names"]
    nouns, verbs = ("|".join(re.escape(w) for w in e[k]) for k in ("nouns", "verbs"))
    return re.compile(rf"(?:^|\s)(?:{nouns})\s+(?:{verbs})\s+\S", re.I)


@lru_cache(maxsize=None)
def _names_with_verbs_rx() -> re.Pattern[str]:
    names = sorted(tables.load("task_agencies")["names_with_verbs"], key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names), re.I)


def _inside_name(lead: str, at: int) -> bool:
    """Whether the verb at ``at`` lies inside a name the extractor's ``names_with_verbs`` table holds ("Các cơ quan
    thông tin, tuyên truyền và báo chí …", set q q_18bea611 gold)."""
    return any(m.start() <= at < m.end() for m in _names_with_verbs_rx().finditer(lead))


def _post_named_by_work(lead: str, verb_end: int) -> bool:
    """People named by their post and what they do ("Người có thẩm quyền thực hiện chứng thực", set e c_9500c750 Điều
    22.2 gold), as the extractor's ``post_subjects`` table reads them: a post word first and the verb's object after
    it. "Cán bộ chủ trì" with nothing after the verb is a verb run into the lead."""
    posts = tables.load("task_prose")["post_subjects"]["posts"]
    return any(lead.casefold().startswith(w + " ") for w in posts) and bool(lead[verb_end:].strip(" ,.;:"))


def _unit_named_by_work(lead: str) -> bool:
    """A body named by the work it leads ("Các cơ quan, tổ chức, đơn vị chủ trì quản lý tài sản", Nghị định
    77/2025/NĐ-CP's term): a unit noun, "chủ trì" and its object, as the extractor's ``lead_unit_names`` table reads
    it. "chủ trì" with nothing after it is a verb run into the lead ("Sở Tài chính chủ trì")."""
    return _unit_named_by_work_rx().search(lead) is not None


def task_flags(task: dict, doc_text_has_tthc: bool) -> list[str]:
    """The task checks one task fails (the run-based table check is done per document)."""
    flags = []
    text = task.get("text") or ""
    ft = _fold(text)
    if len(text.strip()) < 12 or NUMBER_RX.match(text) or ft in HEADER_WORDS or (text.rstrip().endswith(":")
                                                                                 and len(text) < 40):
        flags.append("task_text_short")
    leads = task.get("lead") or []
    if any(NUMBER_RX.match(a) or _fold(a) in HEADER_WORDS or STEP_RX.match(a) or ADDRESS_RX.search(a) for a in leads):
        flags.append("lead_number_or_header")
    for a in leads:
        m = VERB_RX.search(a)
        if m and not ORGAN_BEFORE_RX.search(a[:m.start("v")]) and not _unit_named_by_work(a) \
                and not _inside_name(a, m.start("v")) and not _post_named_by_work(a, m.end("v")):
            flags.append("lead_with_verb")
            break
    dl = task.get("deadline") or None
    if dl and (dl.get("text") or "").strip() and not dl.get("start") and not dl.get("end") \
            and not dl.get("recurrence") and not dl.get("condition"):
        # (a start alone is read: "Từ 01/7/2025", "Triển khai từ năm 2026" begin standing work and set no end)
        flags.append("deadline_unparsed")
    step = (STEP_RX.match(text) or STEP_RX.match(task.get("no") or "") or any(STEP_RX.match(a) for a in leads)
            or (dl and DURATION_RX.match(dl.get("text") or ""))
            or (doc_text_has_tthc and DOSSIER_RX.search(text)))
    if step:
        flags.append("procedure_step_task")
    return flags


def table_rows_without_lead(tasks: list[dict]) -> list[int]:
    """Indexes of leadless tasks inside runs (same doc_index and section, ≥ 3 tasks) where ≥ half have a lead."""
    out: list[int] = []
    i = 0
    while i < len(tasks):
        j = i
        key = (tasks[i].get("doc_index"), tasks[i].get("section"))
        while j < len(tasks) and (tasks[j].get("doc_index"), tasks[j].get("section")) == key:
            j += 1
        run = range(i, j)
        with_lead = [k for k in run if tasks[k].get("lead")]
        if len(run) >= 3 and with_lead and 2 * len(with_lead) >= len(run):
            out.extend(k for k in run if not tasks[k].get("lead"))
        i = j
    return out


def citation_flags(c: dict) -> list[str]:
    title = (c.get("title") or "").strip()
    if not title or not re.match(r"(?:Bộ\s+)?luật\b", title, re.I):
        return []
    if LAW_CUT_RX.search(title) or LAW_HEAD_ALONE_RX.match(title):
        return ["law_title_cut"]
    return []


def _parts(text: str, docs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """(offset, kind) of each part of ``text`` in order: the documents ``docs`` and, found as the prose reader finds
    them (:func:`cancu.loaders.tasks.prose.prose_tasks`), the documents a decision attaches and its annexes of
    procedures (``procedure_annexes`` in ``data/task_prose.json``); a title inside such an annex's title block ("PHƯƠNG
    ÁN TÁI CẤU TRÚC …" read as a document of its own) is the annex's."""
    paras = text_paragraphs(MappedText.from_source(text))
    annexes = prose._procedure_annexes(paras)
    kept = [k for k in docs + prose._attached_kinds(paras) if not any(a <= k[0] < b for a, b in annexes)]
    return sorted(kept + [(a, prose._PROCEDURE_ANNEX) for a, _ in annexes], key=lambda k: k[0])


def _non_task_sections(text: str) -> list[tuple[int, int]]:
    """(start, end) of each section the prose reader reads nothing under: a heading of ``non_task_sections`` in
    ``data/task_prose.json`` ("III. KINH PHÍ THỰC HIỆN", "2. Yêu cầu", "Điều 2. Nhiệm vụ, quyền hạn", "Cơ cấu tổ
    chức") over its items, as :meth:`cancu.loaders.tasks.prose._Reader._node` tells one (the README: "Kinh phí"
    provisions, standing functions, a plan's aims are no tasks)."""
    out: list[tuple[int, int]] = []

    def walk(n) -> None:
        for c in n.children:
            head = c.text.strip().casefold()
            # (a heading, not an introduction: "Căn cứ tình hình thực tế, các cơ quan, đơn vị, địa phương phối hợp
            # thực hiện các hoạt động sau:", crawl 31fb08f34535fce3, reads as a "Căn cứ" section to the reader)
            if (c.children or c.kind in ("roman", "upper", "chapter")) and c.kind != "intro" and c.para is not None \
                    and any(len(head) < most and rx.match(head) and (not kinds or c.kind in kinds)
                            for rx, most, kinds in prose._non_task_section_rx()) \
                    and not prose._joined_duty_rx().search(head):
                out.append((c.para.start, prose._last(c).para.end))
            else:
                walk(c)

    walk(outline.build(text_paragraphs(MappedText.from_source(text))))
    return out


def one(path: str) -> dict:
    """Extract one file; return its counts and flagged examples (or why it was skipped)."""
    p = Path(path)
    data = p.read_bytes()
    fmt = FORMATS.get(p.suffix.lower()) or sniff(data)
    try:
        st = read_bytes(data, fmt, source=p.name)
        ex = extract_text(st)
    except CancuError as exc:
        return {"file": path, "skip": type(exc).__name__}
    except Exception as exc:  # noqa: BLE001 - a crash is reported, not hidden
        return {"file": path, "skip": f"crash {type(exc).__name__}: {exc}"}
    if not ex.is_document:
        return {"file": path, "skip": "not-document"}
    d = ex.to_dict()
    tasks, cits = d.get("tasks") or [], d.get("citations") or []
    has_tthc = bool(TTHC_RX.search(st.text))
    flagged: dict[str, list[str]] = defaultdict(list)

    def show(t: dict) -> str:
        dl = (t.get("deadline") or {}).get("text")
        return f"{t.get('no') or '-'} {(t.get('text') or '')[:110]!r} | lead={t.get('lead')} | deadline={dl!r}"

    for t in tasks:
        for f in task_flags(t, has_tthc):
            flagged[f].append(show(t))
    for k in table_rows_without_lead(tasks):
        flagged["table_row_without_lead"].append(show(tasks[k]))
    infos = [x for x in [ex.doc, *ex.documents] if x is not None]
    _MISSED or _MISSED.update(_missed_rx())
    # the kind each part is read as, as the pipeline reads a normative resolution or decision, and as the prose reader
    # reads the parts a decision attaches (an annex of administrative procedures, whose steps and forms name who
    # receives, checks and signs: ``procedure_annexes``; a Quy chế or Quy định issued with it)
    parts = _parts(ex.text, [(x.span[0], _task_kind(x, len(infos) == 1, st.text[x.span[0]:x.span[1]]) or "")
                             for x in infos])

    def reads_none(pos: int) -> bool:
        kind = next((k for at, k in reversed(parts) if at <= pos), "")
        return bool(_MISSED["none_kinds"].match(kind))

    spans = [tuple(t["span"]) for t in tasks if t.get("span")]
    leads = [" ".join(t.get("lead") or []) for t in tasks if t.get("span")]
    body = (min(x.span[0] for x in infos), max(x.span[1] for x in infos)) if infos else (0, len(ex.text))
    sections = _non_task_sections(ex.text)
    for off, cls, line in missed_assignments(ex.text, spans, body, reads_none, leads, sections):
        flagged["missed_assignment"].append(f"@{off} {cls}: {line[:160]!r}")
    # the same check without what the prose reader's own tables rule out (procedure annexes and attached regulations,
    # non-task sections, accountability / person / generic-execution clauses): those exclusions make the check blind
    # to an error in the tables themselves, so its count is printed beside, with no target
    kinds_only = [(x.span[0], _task_kind(x, len(infos) == 1, st.text[x.span[0]:x.span[1]]) or "") for x in infos]

    def reads_none_kind(pos: int) -> bool:
        kind = next((k for at, k in reversed(kinds_only) if at <= pos), "")
        return bool(_MISSED["none_kinds"].match(kind))

    unfiltered = missed_assignments(ex.text, spans, body, reads_none_kind, leads, (), trust_reader=False)
    flagged["missed_assignment_unfiltered"].extend(f"@{off} {cls}: {line[:160]!r}" for off, cls, line in unfiltered)
    for c in cits:
        for f in citation_flags(c):
            flagged[f].append(repr(c.get("title")))
    return {"file": path, "tasks": len(tasks), "citations": len(cits), "flagged": dict(flagged)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--crawl", type=Path, default=SHARED / "crawl" / "vn-legal-crawl.tar.xz")
    ap.add_argument("--office", type=Path, default=SHARED / "office")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--examples", type=int, default=8, help="examples printed per check")
    ap.add_argument("--limit", type=int, default=None, help="only the first N distinct files (a quick look)")
    a = ap.parse_args(argv)
    t0 = time.time()
    n_files, distinct = distinct_files(a.crawl, a.office, (".pdf", ".docx", ".doc"))
    if not distinct:
        print(f"no input: neither {a.crawl} nor {a.office} exists (pass --crawl/--office)", file=sys.stderr)
        return 2
    if a.limit:
        distinct = distinct[: a.limit]
    with ProcessPoolExecutor(max_workers=a.workers) as pool:
        results = list(pool.map(one, distinct, chunksize=16))
    docs = [r for r in results if "skip" not in r]
    crashes = [r for r in results if str(r.get("skip", "")).startswith("crash")]
    n_tasks = sum(r["tasks"] for r in docs)
    n_cits = sum(r["citations"] for r in docs)
    print(f"files: {n_files} ({len(distinct)} distinct); official documents: {len(docs)}; "
          f"tasks: {n_tasks}; citations: {n_cits}; crashes: {len(crashes)}; {time.time() - t0:.0f} s")
    for r in crashes:
        print("  CRASH", r["file"], r["skip"])
    print()
    print("| check | count | rate | over | target < 0.5 % |")
    print("|---|---:|---:|---|---|")
    for check in TASK_CHECKS + CITATION_CHECKS:
        over, denom = ("citations", n_cits) if check in CITATION_CHECKS else ("tasks", n_tasks)
        count = sum(len(r["flagged"].get(check, [])) for r in docs)
        rate = 100.0 * count / denom if denom else 0.0
        print(f"| {check} | {count} | {rate:.2f} % | {over} | {'met' if rate < 0.5 else 'missed'} |")
    per_doc = sorted(((len(r["flagged"].get("missed_assignment", [])), Path(r["file"]).name) for r in docs),
                     reverse=True)
    hit = [(n, f) for n, f in per_doc if n]
    print(f"\nmissed_assignment per document: {len(hit)} of {len(docs)} documents have one; most: "
          + ", ".join(f"{f} {n}" for n, f in hit[:10]))
    raw = sum(len(r["flagged"].get("missed_assignment_unfiltered", [])) for r in docs)
    print(f"missed_assignment_unfiltered (no target): {raw} ({100.0 * raw / n_tasks if n_tasks else 0.0:.2f} % of "
          f"tasks) — the same check without the clauses the prose reader's own tables read as no work; the difference "
          f"rests on those tables being right")
    for check in TASK_CHECKS + CITATION_CHECKS:
        ex = [(Path(r["file"]).name, e) for r in docs for e in r["flagged"].get(check, [])]
        if not ex:
            continue
        print(f"\n## {check}: {len(ex)} (files: {len({f for f, _ in ex})}); examples")
        # spread the examples over files: one per file first
        shown, used = [], set()
        for f, e in ex:
            if f not in used and len(shown) < a.examples:
                shown.append((f, e))
                used.add(f)
        for f, e in ex:
            if len(shown) >= a.examples:
                break
            if (f, e) not in shown:
                shown.append((f, e))
        for f, e in shown:
            print(f"  {f}: {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
