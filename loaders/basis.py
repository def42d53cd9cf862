"""Basis clauses: which documents a document says it rests on, and how.

Preamble clauses open with a basis verb from ``data/relations.json`` (Căn cứ,
Thực hiện, Triển khai, Theo/Xét đề nghị, Xét Tờ trình) and end at ';' or at the
next clause. Only a clause's *principal* documents are basis entries; a
document named inside the description of another ("Kế hoạch 283/KH-UBND … về
thực hiện Nghị quyết 71/NQ-CP") is a citation only. A title
"Triển khai Kết luận số 91-KL/TU …" is a basis entry too, when the preamble does
not already name that document.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from cancu.loaders import laws as law_table
from cancu.loaders import tables
from cancu.loaders.citations import Mention
from cancu.loaders.normalize import CAPITALS, LINE_MARKS, fold_key
from cancu.loaders.records import Basis
from cancu.loaders.text import MappedText

_PREAMBLE_END = re.compile(
    r"\bQUYẾT ĐỊNH\s*:|\bQUYẾT NGHỊ\s*:|\bĐiều 1\s*[.:]|(?:^|\s)I\.\s+[A-ZĐ]|\bChương I\b(?!\w)"
    r"|\b(?:ban hành|xây dựng|hướng dẫn)\s+(?:Kế hoạch|Hướng dẫn|Chương trình|Quy định|Quy chế|Thông tư|Nghị định|"
    r"Quyết định|Nghị quyết|một số nội dung)\b[^;]{0,300}?(?:như sau|nội dung sau|sau đây)\s*:"
    r"|\b(?:như sau|với các nội dung sau|cụ thể như sau)\s*:"
    # "…, UBND Thành phố yêu cầu các sở, ban, ngành … tiếp tục nghiên cứu, tuân thủ thực hiện một số nội dung sau:"
    # (crawl c_de87c62e, a Công văn whose items then name the laws to follow)
    r"|\b(?:nội dung|nhiệm vụ|công việc)(?:\s+(?:chủ yếu|cụ thể|trọng tâm|chính))?\s+sau\s*:"
    r"|\b(?:yêu cầu|chỉ thị|đề nghị)\s*:"  # a directive's or letter's operative part ("UBND tỉnh yêu cầu:")
)


@lru_cache(maxsize=None)
def _verb_rx(flags: int = 0) -> re.Pattern[str]:
    # a page that lost the spaces between words glues a verb's words ("Xétbáo cáo của Phòng Thương mại …", set o
    # io_817328b1): they are read with or without them
    alts = "|".join(r"\s*".join(map(re.escape, r["pattern"].split())) for r in tables.relations()["relations"])
    return re.compile(rf"(?:(?<=[\s;.*:\-])|^)(?P<verb>{alts})\b", flags)


def _verb_key(verb: str) -> str:
    """A verb as written, compared without case and spaces (a glued "Xétbáo cáo" is "Xét báo cáo")."""
    return "".join(verb.split()).casefold()


@lru_cache(maxsize=None)
def _relations_by_verb() -> dict[str, dict]:
    """Each relation of ``relations.json`` by its verb compared as :func:`_verb_key` compares it."""
    return {_verb_key(r["pattern"]): r for r in tables.relations()["relations"]}


def _relation_of(verb: str) -> str:
    return _relations_by_verb()[_verb_key(verb)]["relation"]


def _proposal_kinds(verb: str) -> tuple[str, ...]:
    """The kinds of document that alone are the proposal of a relation's clause (``proposal_kinds`` of a relation;
    none: every document it names): "Trên cơ sở xem xét Tờ trình số …, Báo cáo số … của Chính phủ" proposes the Tờ
    trình, its reports are what the Assembly heard."""
    return tuple(_relations_by_verb().get(_verb_key(verb), {}).get("proposal_kinds", ()))


def _document_after(verb: str) -> str | None:
    """The documents a relation's clause names after its first comma (``document_after`` of a relation), as a
    regular-expression alternation, or None."""
    return _relations_by_verb().get(_verb_key(verb), {}).get("document_after")


_LAW_KINDS = ("Hiến pháp", "Luật", "Bộ luật", "Pháp lệnh")


@lru_cache(maxsize=None)
def _next_direction() -> re.Pattern[str]:
    """The gap before the next body's direction in one list (``direction_links`` of ``data/relations.json``)."""
    t = tables.relations()["direction_links"]
    docs = "|".join(t["documents"])
    return re.compile("|".join("(?:" + c["pattern"].replace("{documents}", docs) + ")" for c in t["classes"]))


@lru_cache(maxsize=None)
def _another_body() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Another body's direction opening the next document of a clause (``direction_links.another_body`` of
    ``data/relations.json``): at the end of a gap after "và", and as the whole text after ";"."""
    t = tables.relations()["direction_links"]
    body = t["another_body"]["pattern"].replace("{documents}", "|".join(t["documents"]))
    return re.compile(rf"\svà\s+{body}$"), re.compile(rf"(?:và\s+)?{body}")


# a short name in brackets right after a document's description: "(Nghị quyết số 50/NQ-CP)", "(sau đây gọi tắt là
# Quyết định số 7619/QĐ-BCA)" (``direction_links.short_name`` of ``data/relations.json``)
_ALIAS = re.compile(r"\s*\)")


@lru_cache(maxsize=None)
def _alias_open() -> re.Pattern[str]:
    return re.compile(tables.relations()["direction_links"]["short_name"]["opening"])


@lru_cache(maxsize=None)
def _bare_after() -> re.Pattern[str]:
    """What follows a document named by its number alone in a list: the list's next punctuation or a joining word
    ("và": ``nested_markers.amended_by_list.list_joins``)."""
    joins = "|".join(re.escape(w) for w in tables.relations()["nested_markers"]["amended_by_list"]["list_joins"])
    return re.compile(rf"\s*(?:[;.,*]|(?:{joins})\s|$)")


@lru_cache(maxsize=None)
def _issued_list() -> re.Pattern[str]:
    """The verb of a document issuing others, listed with ';' (``nested_markers.issued_list``)."""
    return re.compile(tables.relations()["nested_markers"]["issued_list"]["pattern"])


@lru_cache(maxsize=None)
def _amended_by_list() -> re.Pattern[str]:
    """A document's amendment history listing its amending laws (``nested_markers.amended_by_list``)."""
    return re.compile(tables.relations()["nested_markers"]["amended_by_list"]["pattern"])


@lru_cache(maxsize=None)
def _issued_by_subject() -> re.Pattern[str]:
    """A subject that issued the clause's first document after the verb's object (``issued_by_subject``)."""
    return re.compile(tables.relations()["issued_by_subject"]["pattern"])


def _nested_rx() -> re.Pattern[str]:
    pats = sorted(tables.relations()["nested_markers"]["patterns"], key=len, reverse=True)
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(p) for p in pats) + r")\s*$")


def find_basis(ref: MappedText, mentions: list[Mention], *, doc_index: int, lo: int, hi: int,
               title: Optional[str], title_span: Optional[tuple[int, int]],
               resolve_issuer: Callable[[Optional[str]], Optional[str]]) -> list[Basis]:
    """Basis entries of the document whose reference-form text is ``ref.text[lo:hi]``."""
    text = ref.text
    end_m = _PREAMBLE_END.search(text, lo, hi)
    pre_end = end_m.start() if end_m else min(hi, lo + 6000)
    verbs = [m for m in _verb_rx().finditer(text, lo, pre_end)]
    # "Thực hiện chương trình công tác Đoàn …; căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT ngày 28/2/2024 của Ban Bí thư Trung
    # ương Đoàn …" (set op ip_b0c9d793): a "căn cứ" in lower case after ';' opens a ground of its own
    verbs += [m for m in _verb_rx(re.I).finditer(text, lo, pre_end)
              if m.group("verb")[0].islower() and _relation_of(m.group("verb")) == "can_cu"
              and text[max(lo, m.start() - 3):m.start()].rstrip().endswith(";")]
    verbs.sort(key=lambda m: m.start())
    # A clause must start a line-like unit: after ';', '.', the title, or at a verb
    # preceded by sentence punctuation. Verbs inside a clause ("về triển khai thực
    # hiện") are not clause starts: require the previous non-space char to end a clause.
    starts = []
    src = ref.source
    for m in verbs:
        before = text[max(lo, m.start() - 3):m.start()].rstrip()
        s0 = ref.to_source(m.start(), m.end())[0]
        line_head = src[src.rfind("\n", 0, s0) + 1:s0].strip(LINE_MARKS)
        if title_span and title_span[0] <= m.start() < title_span[1]:
            continue  # the title's own verb: handled below as source "title"
        # a page that flattened its list keeps the dashes: "ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí
        # Minh; - Căn cứ …" (set o io_826eaadb, all on one line; the verb in capitals, as a clause opens)
        dash = before.endswith("-") and m.group("verb")[0].isupper()
        if not before or before[-1] in ";.:" or not line_head or dash:
            starts.append(m)
    out: list[Basis] = []
    nested = _nested_rx()
    clauses = [(vm, starts[i + 1].start() if i + 1 < len(starts) else pre_end) for i, vm in enumerate(starts)]
    clauses += _body_clauses(ref, lo, hi, pre_end)
    clauses += _section_clauses(text, lo, hi, pre_end)
    for vm, c_end in clauses:
        relation = _relation_of(vm.group("verb"))
        # a mention may begin inside the verb: "Xét Tờ trình số …", "Trả lời công văn số …"
        clause_ms = [m for m in mentions if vm.start() <= m.start < c_end and m.end > vm.end()]
        clause_span = ref.to_source(vm.start(), c_end)
        if relation == "theo_de_nghi":
            out.extend(_proposal(ref, vm, c_end, clause_ms, doc_index, clause_span, resolve_issuer))
            continue
        prev_principal = None
        prev = None

        def _amends(m: Mention, i_m: int) -> bool:
            """Whether ``m``'s own description names again a document named before it in the clause: then
            ``m`` stands beside the clause's document ("… và Nghị định số 154/2020/NĐ-CP … sửa đổi … Nghị định
            số 34/2016/NĐ-CP", "… và Kế hoạch số 82-KH/TU … về thực hiện Kết luận số 91-KL/TU"), not inside
            its description ("… và Nghị định số 79/2025/NĐ-CP … về kiểm tra, rà soát …")."""
            before = {x.symbol for x in clause_ms[:i_m] if x.symbol}
            return any(x.symbol in before for x in clause_ms[i_m + 1:] if ";" not in text[m.full_end:x.start])

        principals: set = set()
        last_principal_end = vm.end()
        principal_date = None
        first_start = None
        for i_m, m in enumerate(clause_ms):
            if prev is not None and m.start < prev.end:
                # a number inside the previous document's name: the laws an amending law lists with their numbers
                # ("Luật Sửa đổi, bổ sung một số Điều của Luật Đất đai số 31/2024/QH15, …", k_1d23be00) are its title
                principal = False
            elif prev is None:
                # a document named by its title deep inside the clause's own object is no principal document:
                # "Thực hiện cam kết về giảm phát thải ròng … tại Hội nghị lần thứ 26 các bên tham gia Công ước khung
                # của Liên hợp quốc về biến đổi khí hậu (COP26), …" (a commitment, gold l_ef2e8059)
                principal = bool(m.symbol) or m.kind in _LAW_KINDS or len(text[vm.end():m.start].split()) <= 12
                # "Triển khai Chỉ thị của Thủ tướng Chính phủ, Bộ Kế hoạch Đầu tư đã ban hành Công văn số 7681/BKH-TH
                # …" (set op ip_6cd2b3e3): the sentence's own subject issued it, after the verb's object
                principal = principal and not _issued_by_subject().search(text, vm.end(), m.start)
            else:
                # ("…, số 008/CĐ-UBND và số 009/CĐ-UBND": the number word of a series is no description)
                gap = re.sub(r"(?:^|\s)số$", "", text[prev.full_end:m.start].strip()).strip()
                if ";" in gap:
                    after = gap.rsplit(";", 1)[1].strip()
                    # a kind heading over a series is no enacting sentence: "…; Các Công điện: số 007/CĐ-UBND …"
                    after = re.sub(r"^(?:[Cc]ác\s+)?[^\s:;,]+(?:\s+[^\s:;,]+)?\s*:\s*(?:số)?$", "", after)
                    after = _provision_head().sub("", after)  # "…; khoản 3 Điều 1 Thông tư số …": the next document
                    if len(after.split()) > 3 and not _another_body()[1].fullmatch(after):
                        break  # the list is over: an enacting sentence follows the clause
                    semi = text.rfind(";", prev.full_end, m.start)
                    if not after and not (m.symbol or m.date or m.issuer_as_written) and m.kind not in _LAW_KINDS \
                            and _issued_list().search(text, last_principal_end, semi):
                        # "… của Bộ Chính trị ban hành kèm theo Quy chế …; Quy định về việc …" (set o io_2c78af2c): the
                        # next document the clause's document issues, by its title alone
                        prev, prev_principal = m, False
                        continue
                    # "… số 50/2005/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 36/2009/QH12; Luật số
                    # 42/2019/QH14 và …" (g_fc36cd42): a law named by its number alone after ";" goes on with the
                    # amending laws
                    # (with nothing of its own after it: "…; Nghị định số 102/2024/NĐ-CP quy định chi tiết …" is the
                    # clause's next document, t_0c957f2c)
                    principal = not (prev_principal is False and not after and not m.title and m.kind == prev.kind
                                     and _bare_after().match(text, m.full_end)
                                     and _amended_by_list().search(text, last_principal_end, prev.start))
                elif _next_direction().fullmatch(gap) and (not gap.startswith("tại")
                                                         or ", của " in text[prev.start:prev.full_end]):
                    # "Căn cứ chỉ đạo của Bộ Chính trị tại thông báo số 99-TB/TW …, của Ban Bí thư tại văn bản số
                    # 213-KL/TW …" (crawl c_ae5c8ba4): the next body's direction, in the same list (the mention before
                    # may have taken "của Ban Bí thư" for its issuer, leaving "tại")
                    principal = prev_principal
                elif first_start is not None and _parallel_provision().match(text, vm.end(), first_start) \
                        and _parallel_provision_after().search(gap):
                    # "Thi hành Điều 2 Quyết định của Bộ Chính trị số31-QĐ/TW, … ban hành Quy định “…” và Điều 2 Quyết
                    # định của Ban Bí thư số91-QĐ/TW, …" (set o io_ba991191): a clause that opens on a provision of its
                    # document lists the next document in the same shape after "và"
                    principal = True
                elif _another_body()[0].search(" " + gap):
                    # "Thực hiện Thông tri số 02-TT/TU … về … và hướng dẫn của Bộ Nội vụ tại Công văn số 8935/…" (crawl
                    # c_dcd63b2c): another body's direction on the matter, not a document of the description
                    principal = True
                elif nested.search(" " + gap):
                    principal = False
                elif gap in ("", ",", "và", ", và"):
                    # a document stated in full (date and issuer) after a bare name inside a description
                    # is the next document of the clause ("… thi hành Luật Ban hành văn bản quy phạm pháp
                    # luật và Nghị định số 154/2020/NĐ-CP ngày 31 tháng 12 năm 2020 của Chính phủ …")
                    # … when it amends the clause's document ("… sửa đổi, bổ sung một số điều Nghị định số
                    # 34/2016/NĐ-CP"): a document named in a description stays a citation (crawl c_5688fb05)
                    full = bool(m.date and m.issuer_as_written) and not (prev.date or prev.issuer_as_written)
                    # … or when it was issued after the clause's document, which so cannot name it in its own
                    # description ("Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 … về việc phát động thi đua … theo
                    # Nghị quyết Đại hội … của Đảng và Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua -
                    # Khen thưởng Trung ương, …", set o, a Kế hoạch of UBND tỉnh Nghệ An); not after "được sửa đổi,
                    # bổ sung", whose amending documents are all later
                    later = bool(principal_date and m.date and m.issuer_as_written and m.date > principal_date
                                 and not _amended_by_list().search(text, last_principal_end, m.start))
                    principal = True if ((full and _amends(m, i_m) or later) and "và" in gap) else prev_principal
                elif gap.endswith((" và", ",")):
                    # after a description: the next document of the clause, unless the description named
                    # documents of its own and this one goes on with them (it does not amend the clause's)
                    principal = True if prev_principal else _amends(m, i_m)
                else:
                    principal = False
            if not principal and m.symbol in principals and _ALIAS.match(text, m.full_end) \
                    and _alias_open().search(text, max(0, m.start - 40), m.start):
                # "Nghị quyết số 50/NQ-CP ngày 13/3/2025 … về ban hành Kế hoạch triển khai Nghị quyết số 163/2024/QH15 …
                # (Nghị quyết số 50/NQ-CP) và Quyết định số 7619/QĐ-BCA …" (crawl c_d800219a): the short name a
                # principal document is given after its description is that document, and the list goes on after it
                principal = True
            if principal:
                if first_start is None:
                    first_start = m.start
                principals.add(m.symbol)
                last_principal_end, principal_date = m.full_end, m.date
                out.append(_entry(ref, m, relation, "preamble", doc_index, clause_span, resolve_issuer))
            prev, prev_principal = m, principal
    out.extend(_received(ref, mentions, lo, hi, doc_index, resolve_issuer, have=out))
    # one entry per document and relation (a law named in three "Căn cứ tại Điều …" lines is one basis)
    seen: set = set()
    unique = []
    for b in out:
        key = (b.relation, b.symbol or fold_key(b.title or "") or fold_key(b.proposer or ""),
               b.date if not b.symbol else None)
        if key not in seen:
            seen.add(key)
            unique.append(b)
    out = unique
    # The title ("Triển khai Kết luận số 91-KL/TU …") when the preamble does not name it.
    if title_span:
        t_lo, t_hi = title_span
        tm = _verb_rx(re.I).match(text, t_lo)
        if tm is None:
            # the type's own words in capitals before the title's line: "KẾ HOẠCH HÀNH ĐỘNG" / "Thực hiện Chỉ thị số
            # 52-CT/TW …", "CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ" / "thực hiện Chỉ thị số 49-CT/TW …" (plans attached
            # to a decision or resolution in the Công báo, gold k_30d359d4, k_852890fb)
            lead = _CAPS_LEAD.match(text, t_lo, t_hi)
            tm = _verb_rx(re.I).match(text, lead.end()) if lead else None
        if tm:
            relation = _relation_of(tm.group("verb"))
            # a symbol compared without case: an upper-case title writes "QUY ĐỊNH SỐ 07-QĐI/TW" for the 07-QĐi/TW its
            # Căn cứ names (set op ip_b0ebf131)
            named = {(b.symbol or fold_key(b.title or "")).casefold() for b in out}
            inside = [m for m in mentions if t_lo <= m.start < t_hi]
            first = None
            for m in inside:
                if first is not None and not _title_join().fullmatch(text, first.full_end, m.start):
                    break
                if first is not None or (m.symbol or fold_key(m.title or "")).casefold() not in named:
                    # the title's first document, and the ones it joins to it ("TRIỂN KHAI QUYẾT ĐỊNH SỐ 06/QĐ-TTG …
                    # VÀ QUYẾT ĐỊNH SỐ 3103/QĐ-BTC … VỀ ĐỀ ÁN …", l m_2c6e6e62); what a description names is not
                    if (m.symbol or fold_key(m.title or "")).casefold() not in named:
                        out.append(_entry(ref, m, relation, "title", doc_index,
                                          ref.to_source(t_lo, t_hi), resolve_issuer))
                    first = m
            if not inside:
                # an upper-case title ("TRIỂN KHAI THI HÀNH LUẬT VIỆC LÀM …"): laws known by name
                laws = [m.title for m in mentions if m.title and m.kind in ("Luật", "Bộ luật")]
                for name in sorted(set(laws), key=len, reverse=True) + list(law_table.names()):
                    lm = re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text[t_lo:t_hi], re.I)
                    if lm and fold_key(name) not in named:
                        a, b = t_lo + lm.start(), t_lo + lm.end()
                        out.append(Basis(doc_index, relation, "title", "Bộ luật" if name.startswith("Bộ") else "Luật",
                                         None, None, None, name, None, ref.to_source(a, b),
                                         ref.to_source(t_lo, t_hi)))
                        break
    return out


@lru_cache(maxsize=None)
def _title_join() -> re.Pattern[str]:
    """What joins a title's documents (``direction_links.title_join`` of ``data/relations.json``)."""
    return re.compile(tables.relations()["direction_links"]["title_join"]["pattern"])


# one to four words in capitals before a word in lower case ("KẾ HOẠCH HÀNH ĐỘNG Thực hiện …")
_CAPS_LEAD = re.compile(rf"(?:[{CAPITALS}]{{2,}}\s+){{1,4}}(?=[A-ZĐa-zđ][^\W\d_{CAPITALS}])")


def _entry(ref: MappedText, m: Mention, relation: str, source: str, doc_index: int,
           clause_span, resolve_issuer) -> Basis:
    return Basis(doc_index, relation, source, m.kind, m.symbol, m.date,
                 resolve_issuer(m.issuer_as_written), m.title, None,
                 ref.to_source(m.start, m.end), clause_span)


@lru_cache(maxsize=None)
def _proposer_rx() -> re.Pattern[str]:
    """The proposer of a proposal clause, after its verb; group ``enact`` is set when an enacting sentence follows the
    proposer's comma (``proposer_ends`` of ``data/relations.json``), where the clause ends."""
    ends = tables.relations()["proposer_ends"]
    return re.compile(
        rf"^\s*(?:của\s+)?(?P<who>.+?)(?=\s+tại\s+|\s+tại$|\s*[;.]|{ends['opinion']}|(?P<bracket>{ends['document_bracket']})|(?P<enact>{ends['enacting']})"
        r"|,\s*[^,;]{0,80}?\b(?:ban hành|quy định|quyết định|QUYẾT ĐỊNH)\b|$)")
# The last "của X" of a clause naming an unnumbered document ("Xét Đơn đăng ký … của Trung tâm …").
_OF_WHOM = re.compile(r".*\bcủa\s+(?P<who>[^;]+?)\s*(?:\s+và\s+(?:Hồ sơ|hồ sơ)\b.*)?$")


@lru_cache(maxsize=None)
def _verb_kind_rx() -> re.Pattern[str]:
    """A verb that names the document itself ("Xét Tờ trình", "Xét Đơn", "Trả lời công văn"): its kind
    (``verb_kinds`` of ``data/relations.json``)."""
    words = "|".join(re.escape(w) for w in tables.relations()["verb_kinds"]["words"])
    return re.compile(rf"(?i:{words})\b")


# The number a verb-named document bears, written right before its date: "số TCHQ_2506_XDTHS08-1 đề ngày …".
_OWN_NUMBER = re.compile(r"\bsố\s+(?P<sym>(?=[^\s;,()]*\d)[^\s;,()]+)\s+(?:đề\s+)?ngày\b")
_TAX_CODE = re.compile(r"\s*\((?:MST|mã số thuế)\s*:[^)]*\)|\s*,\s*(?:MST|mã số thuế)\s*:\s*[\d-]+\s*$")
_DATE = re.compile(r"ngày\s*(\d{1,2})\s*(?:[/.-]\s*(\d{1,2})\s*[/.-]|tháng\s*(\d{1,2})\s*năm)\s*((?:19|20)\d{2})")


# Between two submissions of one proposal: "; Tờ trình số …", "và văn bản số …", and a second proposer's: "… và đề
# nghị của Bộ trưởng Bộ Nội vụ tại Tờ trình số 252/TTr-BNV" (l_186d3118), "…, Bộ Nông nghiệp và Phát triển nông thôn
# tại văn bản số 729/BNN-TCLN" (l_57b0dec2); an opinion ("ý kiến của Bộ Tài chính tại văn bản số …") and the subject of
# the proposal ("…, về việc điều chỉnh … tại Thông báo số …") are none
@lru_cache(maxsize=None)
def _next_submission() -> re.Pattern[str]:
    """The gap before another submission of one proposal (``submission_links`` of ``data/relations.json``)."""
    t = tables.relations()["submission_links"]
    return re.compile(t["separators"] + "(?:" + "|".join(c["pattern"] for c in t["classes"]) + ")?", re.S)


@lru_cache(maxsize=None)
def _review_named() -> re.Pattern[str]:
    """A review report named by its kind, with or without a number ("Báo cáo thẩm tra của Ban Kinh tế - Ngân sách"):
    ``named`` of the ``review_report`` class of ``submission_links`` in ``data/relations.json``."""
    classes = tables.relations()["submission_links"]["classes"]
    return re.compile(next(c for c in classes if c.get("name") == "review_report")["named"])
_PROPOSER_BEFORE = re.compile(r".*\bcủa\s+(?P<who>[^;]+?)\s+tại\b", re.S)


@lru_cache(maxsize=None)
def _clause_end() -> re.Pattern[str]:
    """Where a proposal clause ends: "." or ";" not followed by another document of the list ("…; Tờ trình số
    30/TTr-SNV …") nor by another proposer and its document ("…; của Sở Tư pháp tại Báo cáo thẩm định số …"): the
    ``documents`` and ``pattern`` of ``submission_links.after_semicolon`` in ``data/relations.json``."""
    after = tables.relations()["submission_links"]["after_semicolon"]
    return re.compile(rf"\.(?:\s|$)|;(?!\s*(?:{after['documents']})|\s*(?:{after['pattern']}))")


@lru_cache(maxsize=None)
def _next_head() -> re.Pattern[str]:
    """A ',' or 'và' before the title of another head (``proposer_heads`` of ``data/relations.json``)."""
    titles = "|".join(re.escape(t) for t in tables.relations()["proposer_heads"]["titles"])
    # the title may end the clause: "… của Vụ Giáo dục Đại học và Chánh Văn phòng." (set oq iq_76ae3f2c)
    return re.compile(rf"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?=(?:{titles})(?:\s|$))")


def _proposers(proposer: str) -> list[str]:
    """The heads a proposal without a document names: "Chánh Văn phòng Bộ Nội vụ và Vụ trưởng Vụ Tổ chức - Biên
    chế" is two proposers; a name with "và" inside ("Bộ Nông nghiệp và Môi trường") stays one. One title may head
    two bodies of one kind: "Xét đề nghị của Giám đốc Sở Nội vụ và Sở Y tế" (set os is_757373fa) is the Giám đốc
    Sở Nội vụ and the Giám đốc Sở Y tế."""
    out = []
    for p in (x.strip(" ,") for x in _next_head().split(proposer)):
        shared = _shared_title().match(p)
        if shared:
            # the body word after the title opening another body after "và" or ",": the title heads that one too
            first, *more = re.split(rf"\s*(?:,\s*(?:và\s+)?|\s+và\s+)(?={re.escape(shared.group('body'))}\s)", p)
            out.extend([first, *(f"{shared.group('title')} {m}" for m in more)])
        elif p:
            out.append(p)
    return out


@lru_cache(maxsize=None)
def _shared_title() -> re.Pattern[str]:
    """A head's title (``proposer_heads`` of ``data/relations.json``) and the first word of its body's name."""
    titles = "|".join(re.escape(t) for t in tables.relations()["proposer_heads"]["titles"])
    return re.compile(rf"(?P<title>{titles})\s+(?P<body>[A-ZĐ]\w*)\s")


def _proposal(ref, vm, c_end, clause_ms, doc_index, clause_span, resolve_issuer) -> list[Basis]:
    """Theo/Xét đề nghị clauses: every document the proposal names ("tại Tờ trình số 80/TTr-SNV …;
    Tờ trình số 30/TTr-SNV …"), else the proposer ("Theo đề nghị của Bộ trưởng Bộ Tư pháp") or, for an
    unnumbered document the verb names ("Xét Đơn … ngày … của Công ty …"), its sender, date and kind."""
    text = ref.text
    end_m = _clause_end().search(text, vm.end(), c_end)
    c_end = end_m.start() if end_m else c_end
    clause_ms = [m for m in clause_ms if m.start < c_end]
    rest = text[vm.end():c_end]
    pm = _proposer_rx().match(rest)
    if pm and pm.group("enact") is not None:
        # "Theo đề nghị của Vụ trưởng Vụ Pháp chế, Bộ trưởng Bộ Tài chính ban hành Thông tư quy định chi tiết … Quyết
        # định số 20/2016/QĐ-TTg …" (set o io_a4b1b14c): the documents of the enacting sentence are no proposal
        c_end = vm.end() + pm.end()
        clause_ms = [m for m in clause_ms if m.start < c_end]
        rest = rest[:pm.end()]
    proposer = re.sub(r"\[\d+\]", "", pm.group("who")).strip(" ,") if pm else None  # footnote marks "[1]"
    if proposer and proposer[:1].islower() and pm.group("bracket") is not None:
        # the verb's object goes on before its sender: "Xét báo cáo và đề xuất, kiến nghị của Ủy ban nhân dân tỉnh Hưng
        # Yên (văn bản số 84/BC-UBND …)" (crawl 2c71d790, a VPCP letter): the sender is the last "của …"
        last = re.match(r".*\bcủa\s+(?P<who>.+)$", proposer, re.S)
        proposer = last.group("who") if last else None
    if proposer and (proposer.startswith(("Tờ trình", "số")) or len(proposer) > 150):
        proposer = None
    kind_m = _verb_kind_rx().search(vm.group("verb"))
    after = _document_after(vm.group("verb"))
    if after and not clause_ms and not kind_m:
        # a clause naming the application's file, then the application after a comma ("Trên cơ sở hồ sơ đề nghị
        # xác định trước mã số, Đơn đề nghị số LOR2025/01 ngày … của Công ty …", r_e4c94243): that one is the document
        doc = re.match(rf"[^,;]{{0,100}},\s*(?=(?:{after})\b)", rest)
        if doc:
            rest = rest[doc.end():]
            kind_m = _verb_kind_rx().match(rest)
    if not clause_ms and not kind_m and not re.search(r"(?i)đề\s+(?:nghị|xuất)", vm.group("verb")):
        return []  # "Trả lời kiến nghị của cử tri …": no document, no proposer
    if not clause_ms:
        kind = date = None
        symbol = None
        if kind_m:  # the verb names the document: its sender is the last "của …"
            kind = kind_m.group().capitalize()
            who = _OF_WHOM.match(rest)
            proposer = who.group("who").strip() if who and len(who.group("who")) <= 150 else None
            if proposer:  # "của Công ty TNHH Solum Vina (MST: 2500562138)", "…, mã số thuế: 0303087289": the tax code
                # is no part of the name
                proposer = _TAX_CODE.sub("", proposer).strip() or None
            d = _DATE.search(rest)
            date = _valid(d) if d else None
            # a company's own number, which no citation pattern knows ("Đơn đề nghị xác định mã số số
            # 0825-05/HW-TCHQ đề ngày 05/9/2025", "… số 002 ngày 23/9/2025"): the golds keep it as written
            num = _OWN_NUMBER.search(rest)
            symbol = num.group("sym") if num and (d is None or num.start() < d.end()) else None
        whos = _proposers(proposer) if proposer and not kind_m else [proposer]
        return [Basis(doc_index, "theo_de_nghi", "preamble", kind, symbol, date, who, None,
                      who, ref.to_source(vm.start(), c_end), clause_span) for who in whos]
    out = []
    prev = None
    heard = False  # a review report read: what follows it after a ";" is what the council heard
    kinds = _proposal_kinds(vm.group("verb"))
    for m in clause_ms:
        if m.symbol is None and m.kind in ("Luật", "Bộ luật", "Pháp lệnh"):
            continue  # a law named in the proposal's subject is not the proposal
        gap = _next_submission().fullmatch(text[prev.full_end:m.start].strip()) if prev is not None else None
        if prev is not None and not gap:
            continue  # named in the subject of the proposal ("… về việc điều chỉnh … tại Thông báo số …")
        if gap and ";" in gap.group() and (gap.group("report") or heard or _review_named().match(text, m.start, m.end)):
            # a review report in a clause of its own ("Xét Tờ trình số 416/TTr-UBND …; Báo cáo thẩm tra số
            # 121/BC-BPC … của Ban pháp chế …", gold c_46273287, c_f4094628): what the council heard, a citation only;
            # so is one named without a number ("…; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách; ý kiến thảo luận
            # …", x_2849f3ec, n_6698cb36) and, after it, the answer to it ("…; Báo cáo số 467/BC-UBND … của Ủy ban
            # nhân dân Thành phố giải trình, tiếp thu …", w_f31c53fe, s_631c4dc8). Reports before the review report
            # are the submissions ("Xét báo cáo … số 218/BC-UBND …; Báo cáo số 220/BC-UBND …", n_7a1d8d69)
            heard = True
            continue
        prev = m
        # the proposer of this submission: the last "(đề nghị) của X tại" before it ("Xét đề nghị của Giám
        # đốc Công ty … tại Đơn … và đề nghị của Giám đốc Sở Tài nguyên và Môi trường tại Công văn số …")
        who = _PROPOSER_BEFORE.match(text, vm.end(), m.start)
        proposer_m = who.group("who").strip() if who and len(who.group("who")) <= 150 else proposer
        if gap and gap.group("who"):
            proposer_m = gap.group("who").strip()
        elif gap and gap.group("report") and m.issuer_as_written:
            proposer_m = m.issuer_as_written  # a review report on the submission: sent by the body named after it
        heads = _proposers(proposer_m) if proposer_m and not out else [proposer_m]
        if len(heads) > 1:
            # "Theo đề nghị của Chánh Văn phòng UBND tỉnh và Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số
            # 709/TTr-SNNMT" (a_1aebf3ca): the submission is the last head's; the heads before it propose without one
            out.extend(Basis(doc_index, "theo_de_nghi", "preamble", None, None, None, h, None, h,
                             ref.to_source(vm.start(), c_end), clause_span) for h in heads[:-1])
            proposer_m = heads[-1]
        if kinds and m.kind not in kinds:
            continue  # a report beside the Tờ trình: heard, a citation only
        issuer = resolve_issuer(m.issuer_as_written) or proposer_m
        out.append(Basis(doc_index, "theo_de_nghi", "preamble", m.kind, m.symbol, m.date, issuer, m.title,
                         proposer_m, ref.to_source(m.start, m.end), clause_span))
    return out


def _valid(d: re.Match) -> Optional[str]:
    import datetime as _dt

    try:
        return _dt.date(int(d.group(4)), int(d.group(2) or d.group(3)), int(d.group(1))).isoformat()
    except ValueError:
        return None


# "Cục Thuế nhận được công văn số 324/QTR-KTr2 …": a letter answering the document it received.
@lru_cache(maxsize=None)
def _received_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"… nhận được công văn số …" opening a reply, and ", và văn bản số …" joining one more letter received
    (``received_letters`` of ``data/relations.json``)."""
    e = tables.relations()["received_letters"]
    kinds = "|".join(re.escape(w) for w in sorted(e["kinds"], key=len, reverse=True))
    joined = "|".join(re.escape(w) for w in sorted(e["joined"], key=len, reverse=True))
    return (re.compile(rf"\bnhận\s+(?:được\s+)?(?:các\s+)?(?=(?:{kinds})\b)"),
            re.compile(r"\s*(?:\([^()]{0,80}\))?\s*(?:,\s*và|,|và)\s+(?:các\s+)?"
                       rf"(?:(?i:{joined})\s+)?(?:số\s*:?\s*)?"))


@lru_cache(maxsize=None)
def _sentence_end_rx() -> re.Pattern[str]:
    # a stop or ";" ends the sentence naming the letters received, not the stop inside "Thuế TP. Hà Nội"
    return re.compile(rf"{tables.not_after_abbreviation()}\. |;")



def _received(ref, mentions, lo, hi, doc_index, resolve_issuer, *, have) -> list[Basis]:
    """The request a letter answers, named in its opening ("… nhận được Công văn số X của Y về việc …"),
    when no "Theo/Xét đề nghị" clause names one."""
    if any(b.relation == "theo_de_nghi" for b in have):
        return []
    text = ref.text
    received_rx, also_rx = _received_rx()
    m = received_rx.search(text, lo, min(hi, lo + 4000))
    if not m:
        return []
    # the received document: the first mention in the same sentence
    end = _sentence_end_rx().search(text, m.end())
    stop = end.start() if end else hi
    first = next((x for x in mentions if m.end() <= x.start < min(stop, m.end() + 160) and x.symbol), None)
    if first is None:
        return []
    # the letters received together: "nhận được công văn số 847/CCTKV20-QLDN1 ngày … của Chi cục Thuế khu vực XX
    # (nay là Thuế tỉnh An Giang) và công văn số 100/AGI-QLDN1 ngày … của Thuế tỉnh An Giang hỏi về …" (set q
    # q_c57c5bbc; crawl: two provinces' tax offices, two letters of one office); a document named after "về việc …"
    # is the subject, not received
    received = [first]
    for x in mentions:
        if x.start > received[-1].start and x.start < stop and x.symbol:
            if not also_rx.fullmatch(text, received[-1].full_end, x.start):
                break
            received.append(x)
    return [Basis(doc_index, "theo_de_nghi", "preamble", x.kind, x.symbol, x.date,
                  resolve_issuer(x.issuer_as_written), x.title, None,
                  ref.to_source(x.start, x.end), ref.to_source(m.start(), stop)) for x in received]


def _body_clauses(ref, lo, hi, pre_end):
    """"Căn cứ …" lines in the body of a letter (after "… có ý kiến như sau:"): the grounds of its
    answer ("Căn cứ tại Điều 34 Luật Doanh nghiệp số 59/2020/QH14 quy định về …;"). Each runs to the
    end of its line-ending "." or ";"."""
    text = ref.text
    if not re.search(r"\bKính\s+gửi\b|\bV/v\b", text[lo:pre_end]) or re.search(r"\bQUYẾT (?:ĐỊNH|NGHỊ)\s*:",
                                                                               text[lo:hi]):
        return []  # a letter only: a decision's articles quote grounds that are not its basis
    out = []
    for vm in _verb_rx().finditer(text, pre_end, hi):
        if vm.group("verb") != "Căn cứ":
            continue
        s0 = ref.to_source(vm.start(), vm.end())[0]
        if ref.source[ref.source.rfind("\n", 0, s0) + 1:s0].strip(LINE_MARKS + "."):
            continue  # not at the start of a line (an OCR'd bullet may read "-.Căn cứ Khoản 2 …", l_58ea45b2)
        if not _GROUND_NEXT.match(text, vm.end()) or _GROUNDS_ABOVE.match(text, vm.end()):
            continue  # a duty that opens with "Căn cứ" ("- Căn cứ trách nhiệm kiểm tra … theo quy định tại …")
        end = re.compile(r"[;.](?:\s|$)").search(text, vm.end(), hi)
        while end and text[end.start()] == ";" and _next_provision().match(text, end.end()):
            # "Căn cứ Điều 28 Luật Hải quan số 54/2014/QH13 ngày 23/06/2014; Điều 24 Nghị định số 08/2015/NĐ-CP …;
            # khoản 3 Điều 1 Thông tư số 39/2018/TT-BTC …, trường hợp Công ty …" (set a a_2d643317): the ground
            # lists one provision after another, each of its own document, up to the conclusion
            end = re.compile(r"[;.](?:\s|$)").search(text, end.end(), hi)
        out.append((vm, end.start() if end else hi))
    return out


class _ItemVerb:
    """The "Căn cứ" a basis section's heading gives each of its items (find_basis reads a clause's verb match)."""

    def __init__(self, pos: int) -> None:
        self._pos = pos

    def start(self) -> int:
        return self._pos

    def end(self) -> int:
        return self._pos

    def group(self, _name: str) -> str:
        return "Căn cứ"


_ITEM = r"(?:\d{1,2}[.)]|[a-zđ]\)|[-+•])\s"
# an item opens the section or follows the end of the one before it ("…2021-2025; 2. Thông tư 05/2022/TT-BNNPTNT …")
_SECTION_ITEM = re.compile(rf"(?<=[;.:])\s+{_ITEM}")
_FIRST_ITEM = re.compile(rf"\s+{_ITEM}")
# the next section's heading in capitals: "II. MỤC ĐÍCH, YÊU CẦU"
_NEXT_SECTION = re.compile(rf"\s(?:[IVX]{{1,4}}|[A-Z])[.)]\s+[{CAPITALS}]{{2,}},?\s+[{CAPITALS}]{{2,}}")


@lru_cache(maxsize=None)
def _section_heading() -> re.Pattern[str]:
    """A basis section's heading followed by its first item (``basis_sections`` of ``data/relations.json``)."""
    heads = sorted(tables.relations()["basis_sections"]["headings"], key=len, reverse=True)
    words = "|".join(r"\s+".join(map(re.escape, h.split())) for h in heads)
    return re.compile(rf"(?:^|\s)(?:[IVX]{{1,4}}|\d{{1,2}}|[A-Z])[.)]\s*(?i:{words})\s*:?(?=\s+{_ITEM})")


def _section_clauses(text: str, lo: int, hi: int, pre_end: int) -> list[tuple[_ItemVerb, int]]:
    """A plan's basis written as its first section ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" / "1. Quyết định số 924/QĐ-TTg …"
    / "2. Thông tư …", set op ip_c3e05b5a): each item is a clause of its own, read as a "Căn cứ" clause. Only where
    the preamble ends (a section deep in the body or an annex, "Căn cứ pháp lý của thủ tục hành chính:", is none).

    >>> t = ("KẾ HOẠCH I. CĂN CỨ XÂY DỰNG KẾ HOẠCH 1. Quyết định số 1/QĐ-TTg; 2. Thông tư 5/2022/TT-BTC. "
    ...      "II. MỤC ĐÍCH YÊU CẦU")
    >>> [t[v.start():e] for v, e in _section_clauses(t, 0, len(t), t.index(" I."))]
    ['Quyết định số 1/QĐ-TTg;', 'Thông tư 5/2022/TT-BTC.']
    """
    head = _section_heading().search(text, lo, min(hi, pre_end + 40))
    if head is None:
        return []
    nxt = _NEXT_SECTION.search(text, head.end(), hi)
    end = nxt.start() if nxt else hi
    items = [_FIRST_ITEM.match(text, head.end()), *_SECTION_ITEM.finditer(text, head.end(), end)]
    return [(_ItemVerb(a.end()), b.start()) for a, b in zip(items, items[1:])] + [(_ItemVerb(items[-1].end()), end)]


def _provision_words(key: str) -> str:
    """The words of ``provision_lists`` ``key`` as alternatives of a pattern."""
    return "|".join(re.escape(w) for w in tables.relations()["provision_lists"][key])


def _provision_head_rx() -> str:
    """A provision's head without its document: "khoản 3 Điều 1", "Điều 24" (``provision_lists``)."""
    return (rf"(?:(?:{_provision_words('provision_words')})\s+[\w.]+\s+)*"
            rf"(?:{_provision_words('article_words')})\s+\d+\w?")


@lru_cache(maxsize=None)
def _next_provision() -> re.Pattern[str]:
    """The next provision of a ground's list after its ";": "Điều 24 Nghị định số …", "khoản 3 Điều 1 Thông tư số …"
    (``provision_lists``)."""
    return re.compile(rf"\s*{_provision_head_rx()}\s+(?:(?:{_provision_words('of')})\s+)?"
                      rf"(?:{_provision_words('kinds')})\b")


def _provision_document_rx() -> str:
    """A provision and its document's kind word, with the issuer and number word a Party text writes between the kind
    and the number ("Điều 2 Quyết định của Bộ Chính trị số")."""
    return (rf"{_provision_head_rx()}\s+(?:(?:{_provision_words('of')})\s+)?(?:{_provision_words('kinds')})\b"
            rf"(?:\s+(?:{_provision_words('of')})\s+[^;,.]{{3,60}}?)?(?:\s+số)?\s*")


@lru_cache(maxsize=None)
def _parallel_provision() -> re.Pattern[str]:
    """A clause whose text before its first document is a provision of it ("Thi hành Điều 2 Quyết định của Bộ Chính trị
    số"): the opening of the shape ``_parallel_provision_after`` looks for after "và"."""
    return re.compile(rf"\s*{_provision_document_rx()}$")


@lru_cache(maxsize=None)
def _parallel_provision_after() -> re.Pattern[str]:
    """The same shape after "và" at the end of the gap before the next document: "… và Điều 2 Quyết định của Ban Bí thư
    số"."""
    return re.compile(rf"(?:^|\s)và\s+{_provision_document_rx()}$")


@lru_cache(maxsize=None)
def _provision_head() -> re.Pattern[str]:
    """After a ";" in a clause: the provision that names the next document ("…; khoản 3 Điều 1 Thông tư số …")."""
    return re.compile(rf"{_provision_head_rx()}(?:\s+(?:{_provision_words('of')}))?$")


# "Căn cứ các quy định trên, trường hợp doanh nghiệp … theo Luật doanh nghiệp …" (l_58ea45b2): the grounds already
# given, the conclusion follows; it names no document of its own
_GROUNDS_ABOVE = re.compile(r"\s*(?:vào\s+)?(?:các\s+)?quy định\s+(?:nêu\s+|nói\s+)?trên\b")
# What follows "Căn cứ" in a ground of a letter's answer: the provision or the document ("Căn cứ tại Điều 34 Luật
# Doanh nghiệp …", "Căn cứ quy định tại khoản 2 …", "Căn cứ Nghị định số …", "Căn cứ tiết b khoản 3 Điều 1 Thông tư số
# 130/2016/TT-BTC …", set oq iq_d09caf90), not a noun of the duty.
_GROUND_NEXT = re.compile(r"\s*:?\s*(?:vào\s+|theo\s+)?(?:các\s+)?(?:tại|quy định|tiết|điểm|khoản|Khoản|Điều|mục|Mục|"
                          r"Chương|Phụ lục|[A-ZĐ])")
