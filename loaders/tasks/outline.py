"""The outline of a document's body: which paragraph is an item of which.

Administrative documents nest their items with markers whose kinds, not their
depth, say the level: "Điều 2." ⊃ "1." ⊃ "a)" ⊃ "-" ⊃ "+", or "II." ⊃ "1." ⊃ "1.1." ⊃
"-". A marker kind met again closes the items opened after it (its siblings), an
unseen kind opens a level below the current item. Unmarked paragraphs belong to the
nearest numbered item above them (its body); an unmarked paragraph that ends with
":" ("Phòng Văn hóa – Xã hội phường có trách nhiệm tham mưu UBND phường:") introduces
the bullets that follow it, like a heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Optional

from cancu.loaders import tables
from cancu.loaders.tasks.paragraphs import ARTICLE, PART_WORDS, Para

__all__ = ["Node", "build", "marker"]

_ROMAN = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
_ROMAN_CHAPTER = r"(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# "Thứ nhất", "Thứ hai", …: ``ordinals`` in ``data/outline.json``
_ORDINAL = "|".join(f"{re.escape(e['lead'])} (?:{'|'.join(re.escape(n) for n in e['numbers'])})"
                    for e in tables.load("outline")["ordinals"])

# (kind, pattern): the first that matches names the marker; group 1 is the label as written
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"^(?:{PART_WORDS})\s+([IVXL\d]+)\b[.:]?\s*")),
    # a chapter's numeral run into its capitalised title: a portal wraps the two in bold with nothing between
    # ("**Chương III****TỔ CHỨC THỰC HIỆN**" → "Chương IIITỔ CHỨC THỰC HIỆN", or "### Chương IICHÍNH SÁCH …" as
    # printed, Nghị định 09/2025/NĐ-CP on a portal); only "Chương" (a "MỤC LỤC" is no section "L"), the numeral
    # a well-formed one (so "Chương IIIXỬ LÝ" keeps "III") and two capitals after it
    ("chapter", re.compile(rf"^(?:Chương|CHƯƠNG)\s+((?=[IVXL])(?:{_ROMAN_CHAPTER})|\d{{1,2}})(?=[A-ZĐÀ-Ỹ]{{2}})")),
    ("article", re.compile("^" + ARTICLE)),
    # "II- NỘI DUNG, TIẾN ĐỘ THỰC HIỆN" (a party conclusion on a portal) numbers with a dash before a space
    # ("V/v triển khai …", a letter's subject line, is "về việc", no section V)
    ("roman", re.compile(rf"^({_ROMAN})(?!/[vV]\b)(?:\s*[.)/]\s*|\s*[-–]\s+)(?=\S)")),
    ("upper", re.compile(r"^([A-ZĐ])\.\s+(?=\S)")),
    # "1/ Tổ chức, quán triệt …" (an OCR'd Tổng cục Thuế letter of set j) numbers with a slash before a space
    # (a wrapped line that opens with the rest of a bracket, "1.16 )/Báo cáo chi tiết/…" after "(chức năng 8. 9.", set p
    # p_f07fa9b8, goes on with its sentence)
    ("num", re.compile(r"^(\d{1,2}(?:\.\d{1,2}){1,3}|\d{1,2}(?=[.)]|/\s))(?:\.\s*|\)\s*|/\s+|\s+)(?=[^\d\s/.)\]-])")),
    # "(i). Chỉ đạo Cục Đăng kiểm …" (a Lào Cai Công văn): the dot after the bracket is part of the marker
    ("paren_roman", re.compile(r"^\((i{1,3}|iv|v|vi{1,3}|ix|x)\)\.?\s*")),
    ("letter", re.compile(r"^([a-zđ])\s*[).]\s*(?=\S)")),
    ("paren_num", re.compile(r"^\((\d{1,2})\)\.?\s*")),
    ("paren_letter", re.compile(r"^\(([a-zđ])\)\.?\s*")),
    # "Thứ nhất, các bộ, ngành, địa phương, các nhà đầu tư, nhà thầu …" (a Thông báo kết luận, fresh c_c78c9c95)
    ("ordinal", re.compile(rf"^((?:{_ORDINAL}))\s*[,:.]\s*(?=\S)")),
    ("dash", re.compile(r"^([-–—])\s*(?=\S)")),
    ("plus", re.compile(r"^(\+)\s*(?=\S)")),
    ("dot", re.compile(r"^([•·●▪◦∙*])\s*(?=\S)")),
]
#: bullets: items whose text is one paragraph and which number nothing
BULLETS = ("dash", "plus", "dot")
#: items whose text is one paragraph: the bullets, and the ordinals ("Thứ nhất, …"), which number their item
_ONE_PARAGRAPH = BULLETS + ("ordinal",)
#: kinds that close everything (a new article, chapter or Roman section)
_RESET = ("chapter", "article", "roman")


def marker(text: str) -> tuple[Optional[str], Optional[str], str]:
    """(kind, label, text after the marker) of a paragraph; kind None when unmarked.

    "1.2. Giao Sở Tư pháp" → ("num2", "1.2", "Giao Sở Tư pháp"); "a) Chủ đầu tư" → ("letter", "a", …).
    """
    for kind, rx in _MARKERS:
        m = rx.match(text)
        if m:
            label = m.group(1)
            if kind == "roman" and not label:
                continue
            if kind == "num":
                kind = f"num{label.count('.') + 1}"
            if kind == "upper" and label in ("I", "V", "X", "L"):
                kind = "roman"
            return kind, label, text[m.end():].strip()
    return None, None, text


@dataclass
class Node:
    para: Optional[Para]
    kind: Optional[str]  # marker kind; None for an unmarked paragraph; "intro" for one ending with ":"
    label: Optional[str]
    text: str  # without its marker
    parent: Optional["Node"] = None
    children: list["Node"] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"<Node {self.kind}:{self.label} {self.text[:40]!r} ({len(self.children)})>"

    @property
    def marked(self) -> bool:
        return self.kind not in (None, "intro")

    @property
    def numbered(self) -> bool:
        return self.marked and self.kind not in BULLETS

    def ancestors(self) -> Iterator["Node"]:
        n = self.parent
        while n is not None and n.para is not None:
            yield n
            n = n.parent

    def walk(self) -> Iterator["Node"]:
        for c in self.children:
            yield c
            yield from c.walk()

    def path(self) -> Optional[str]:
        """The numbers of the enclosing items: "II.1", "Điều 4.2"; None at the top."""
        parts = []
        for a in reversed(list(self.ancestors())):
            if a.kind == "article":
                parts.append(f"Điều {a.label}")
            elif a.numbered and a.label:
                parts.append(a.label)
        return ".".join(parts) or None


def build(paras: list[Para]) -> Node:
    """The outline of ``paras`` under a root node."""
    root = Node(None, "root", None, "")
    stack: list[Node] = [root]
    for p in paras:
        kind, label, text = marker(p.text)
        if kind is None:
            # an unmarked paragraph: body of the nearest numbered item (bullets end here); an intro
            # with no items yet takes the paragraphs after it ("Bộ Chính trị giao Ban Tổ chức Trung ương:"
            # then one paragraph per duty), an intro whose items are done does not
            while len(stack) > 1 and (stack[-1].kind in _ONE_PARAGRAPH or stack[-1].kind == "intro" and (
                    any(c.marked for c in stack[-1].children) or text.rstrip().endswith(":"))):
                stack.pop()
            if text.rstrip().endswith(":") and len(text) < 800:
                node = Node(p, "intro", None, text, stack[-1])
                stack[-1].children.append(node)
                stack.append(node)
            else:
                stack[-1].children.append(Node(p, None, None, text, stack[-1]))
            continue
        if kind in _RESET:
            # a Roman section closes an article and an article a Roman section (a decision's articles,
            # then its attached plan's sections); a chapter closes both
            while len(stack) > 1 and _rank(stack[-1].kind) <= _rank(kind) and stack[-1].kind != kind:
                stack.pop()
        kinds = [n.kind for n in stack]
        if kind == "num1" and kind not in kinds and label != "1" and any(k in _RESET + ("upper",) for k in kinds):
            # "2. Kinh phí thực hiện:" after "a) … đ)" under "III. TỔ CHỨC THỰC HIỆN" (office o001): the list's
            # "1." was left out, so "2." goes on at the section's level instead of opening one below "đ)"
            while stack[-1].kind not in _RESET + ("upper", "root"):
                stack.pop()
        if kind in kinds:
            while stack[-1].kind != kind:
                stack.pop()
            stack.pop()
        node = Node(p, kind, label, text, stack[-1])
        stack[-1].children.append(node)
        stack.append(node)
    return root


def _rank(kind: Optional[str]) -> int:
    """How high a reset kind sits: chapters above articles and Roman sections."""
    return {"chapter": 3, "article": 2, "roman": 2}.get(kind or "", 0)
