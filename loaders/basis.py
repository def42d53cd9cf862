"""Basis clauses: which documents a document says it rests on, and how.

Preamble clauses open with a basis verb from ``data/relations.json`` (Căn cứ,
Thực hiện, Triển khai, Theo/Xét đề nghị, Xét Tờ trình) and end at ';' or at the
next clause. Only a clause's *principal* documents are basis entries; a
document named inside the description of another ("Kế hoạch 283/KH-UBND … về
thực hiện Nghị quyết 71/NQ-CP") is a citation only (vn-conventions §4). A title
"Triển khai Kết luận số 91-KL/TU …" is a basis entry too, when the preamble does
not already name that document.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

from cancu.loaders import tables
from cancu.loaders import laws as law_table
from cancu.loaders.citations import Mention
from cancu.loaders.normalize import fold_key
from cancu.loaders.records import Basis
from cancu.loaders.text import MappedText

_PREAMBLE_END = re.compile(
    r"\bQUYẾT ĐỊNH\s*:|\bQUYẾT NGHỊ\s*:|\bĐiều 1\s*[.:]|(?:^|\s)I\.\s+[A-ZĐ]|\bChương I\b(?!\w)"
    r"|\b(?:ban hành|xây dựng|hướng dẫn)\s+(?:Kế hoạch|Hướng dẫn|Chương trình|Quy định|Quy chế|Thông tư|Nghị định|"
    r"Quyết định|Nghị quyết|một số nội dung)\b[^;]{0,300}?(?:như sau|nội dung sau|sau đây)\s*:"
    r"|\b(?:như sau|với các nội dung sau|cụ thể như sau)\s*:"
)


@lru_cache(maxsize=None)
def _verb_rx(flags: int = 0) -> re.Pattern[str]:
    alts = "|".join(re.escape(r["pattern"]) for r in tables.relations()["relations"])
    return re.compile(rf"(?:(?<=[\s;.*:\-])|^)(?P<verb>{alts})\b", flags)


def _relation_of(verb: str) -> str:
    for r in tables.relations()["relations"]:
        if verb.casefold() == r["pattern"].casefold():
            return r["relation"]
    raise KeyError(verb)


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
    # A clause must start a line-like unit: after ';', '.', the title, or at a verb
    # preceded by sentence punctuation. Verbs inside a clause ("về triển khai thực
    # hiện") are not clause starts: require the previous non-space char to end a clause.
    starts = []
    src = ref.source
    for m in verbs:
        before = text[max(lo, m.start() - 3):m.start()].rstrip()
        s0 = ref.to_source(m.start(), m.end())[0]
        line_head = src[src.rfind("\n", 0, s0) + 1:s0].strip(" \t*_#|-+•")
        if title_span and title_span[0] <= m.start() < title_span[1]:
            continue  # the title's own verb: handled below as source "title"
        if not before or before[-1] in ";.:" or not line_head:
            starts.append(m)
    out: list[Basis] = []
    nested = _nested_rx()
    for i, vm in enumerate(starts):
        c_end = starts[i + 1].start() if i + 1 < len(starts) else pre_end
        relation = _relation_of(vm.group("verb"))
        clause_ms = [m for m in mentions if vm.end() <= m.start < c_end]
        clause_span = ref.to_source(vm.start(), c_end)
        if relation == "theo_de_nghi":
            out.extend(_proposal(ref, vm, c_end, clause_ms, doc_index, clause_span, resolve_issuer))
            continue
        prev_principal = None
        prev = None
        for m in clause_ms:
            if prev is None:
                principal = True
            else:
                gap = text[prev.full_end:m.start].strip()
                if ";" in gap:
                    after = gap.rsplit(";", 1)[1].strip()
                    if len(after.split()) > 3:
                        break  # the list is over: an enacting sentence follows the clause
                    principal = True
                elif nested.search(" " + gap):
                    principal = False
                elif gap in ("", ",", "và", ", và"):
                    principal = prev_principal
                elif gap.endswith((" và", ",")):
                    principal = True
                else:
                    principal = False
            if principal:
                out.append(_entry(ref, m, relation, "preamble", doc_index, clause_span, resolve_issuer))
            prev, prev_principal = m, principal
    # The title ("Triển khai Kết luận số 91-KL/TU …") when the preamble does not name it.
    if title_span:
        t_lo, t_hi = title_span
        tm = _verb_rx(re.I).match(text, t_lo)
        if tm:
            relation = _relation_of(tm.group("verb"))
            named = {b.symbol or fold_key(b.title or "") for b in out}
            inside = [m for m in mentions if t_lo <= m.start < t_hi]
            for m in inside:
                if (m.symbol or fold_key(m.title or "")) not in named:
                    out.append(_entry(ref, m, relation, "title", doc_index,
                                      ref.to_source(t_lo, t_hi), resolve_issuer))
                    break
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


def _entry(ref: MappedText, m: Mention, relation: str, source: str, doc_index: int,
           clause_span, resolve_issuer) -> Basis:
    return Basis(doc_index, relation, source, m.kind, m.symbol, m.date,
                 resolve_issuer(m.issuer_as_written), m.title, None,
                 ref.to_source(m.start, m.end), clause_span)


_PROPOSER = re.compile(
    r"^\s*(?:của\s+)?(?P<who>.+?)(?=\s+tại\s+|\s+tại$|\s*[;.]|,\s*[^,;]{0,80}?\b(?:ban hành|quy định|quyết định|QUYẾT ĐỊNH)\b|$)")


def _proposal(ref, vm, c_end, clause_ms, doc_index, clause_span, resolve_issuer) -> list[Basis]:
    text = ref.text
    rest = text[vm.end():c_end]
    pm = _PROPOSER.match(rest)
    proposer = pm.group("who").strip() if pm else None
    if proposer and (proposer.startswith(("Tờ trình", "số")) or len(proposer) > 150):
        proposer = None
    if not clause_ms:
        return [Basis(doc_index, "theo_de_nghi", "preamble", None, None, None, proposer, None,
                      proposer, ref.to_source(vm.start(), c_end), clause_span)]
    m = clause_ms[0]
    issuer = resolve_issuer(m.issuer_as_written) or proposer
    return [Basis(doc_index, "theo_de_nghi", "preamble", m.kind, m.symbol, m.date, issuer, m.title,
                  proposer, ref.to_source(m.start, m.end), clause_span)]
