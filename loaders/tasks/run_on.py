"""Agency names that ran on into the words after them, cut back to the name the document uses elsewhere.

A lead or partner ends at the first verb the role table knows (``data/roles.json``); a verb it does not know, or one
misread by OCR, lets the name run on into its duty: "phối hợp với Bộ Khoa học và Công nghệ quản lý …" (set f
c_6f4888a0), "Phối hợp UBND các xã, phường dựng nhà bạt …" (set c c_f9548077), "Bộ Văn hóa, Thể thao và Du lịch đây
mạnh triển khai …" (set j l_bff4aa95, "đẩy mạnh" read as "đây mạnh"). No list of verbs closes that gap, but the
document itself does: the body is named elsewhere on its own, before a stop, a role verb or a further body ("…, UBND
các xã, phường;", "Bộ Văn hóa, Thể thao và Du lịch và các Bộ, ngành …"), while the run-on phrase is written once.
The name is cut back to the longest such prefix when the words cut off start with a lower-case word that no name
goes on with (a place level, "các", "của", "thuộc", "liên quan" …: ``name_continuations`` of
``data/task_agencies.json``).

A role verb right after a passive or a particle strands it at the name's end ("các cơ quan, đơn vị được" of "… được
phân công chủ trì …", set bx ix_af961341): no name ends on such a word (``stranded``), so it goes first.

Only bodies named by a proper name are cut ("Bộ …", "UBND …", "Ban Quản lý các Khu công nghiệp …"): a group or a
post named by common nouns ("Các cơ quan chuyên môn thuộc UBND phường", "các đơn vị thực hiện dịch vụ thu gom …",
"Cán bộ phụ trách lĩnh vực …") keeps what qualifies it, as the golds do.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from cancu.loaders import tables
from cancu.loaders.tasks.assign import start_rx, verb_rx
from cancu.loaders.tasks.model import Task
from cancu.loaders.tasks.subjects import function_words

__all__ = ["cut_run_ons", "cut_name", "drop_particle"]


@lru_cache(maxsize=None)
def _not_last() -> frozenset[str]:
    return frozenset(tables.load("task_agencies")["name_continuations"]["not_last"])


def _ends_not_last(head: str) -> bool:
    """Whether ``head`` ends on a word or phrase no name ends with ("của", "quyết định")."""
    return any(head == w or head.endswith(" " + w) for w in _not_last())


@lru_cache(maxsize=None)
def _level_bodies() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The people's committees and councils named by their level, and the verbs they run on into (``level_bodies``)."""
    e = tables.load("task_agencies")["name_continuations"]["level_bodies"]
    words = sorted(e["bodies"], key=len, reverse=True)
    verbs = sorted(e["verbs"], key=len, reverse=True)
    return (re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")(?![\wÀ-ỹ])"),
            re.compile(r"(?:" + "|".join(re.escape(w) for w in verbs) + r")(?![\wÀ-ỹ])"))


@lru_cache(maxsize=None)
def _continuations() -> re.Pattern[str]:
    words = sorted(tables.load("task_agencies")["name_continuations"]["words"], key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")(?![\wÀ-ỹ])")


def _flat(text: str) -> str:
    """The text with markup and line breaks gone, so a name wrapped over two lines is found."""
    return re.sub(r"\s+", " ", re.sub(r"[*_`#>|]", " ", text))


def _standalone(flat: str, name: str) -> bool:
    """Whether ``name`` stands in ``flat`` on its own: before a stop, a role verb of two words or more ("chủ trì",
    "phối hợp") or "và" with a further body ("Bộ Văn hóa, Thể thao và Du lịch và các Bộ, ngành …"). (A one-word verb
    would not do: "… khai thác công" + "trình" is the middle of "công trình".)"""
    rx = re.compile(r"(?<![\wÀ-ỹ])" + re.escape(name) + r"(?![\wÀ-ỹ])")
    for m in rx.finditer(flat):
        rest = flat[m.end():m.end() + 60]
        if re.match(r"\s*(?:[,.;:)/]|$)", rest):
            return True
        vm = verb_rx().match(rest.lstrip())
        if vm and " " in vm.group(1):
            return True
        am = re.match(r"\s+và\s+", rest)
        if am and (rest[am.end():].startswith("các ") or start_rx().match(rest, am.end())):
            return True
    return False


def _proper(name: str) -> bool:
    """A body named by its proper name ("Bộ Khoa học và Công nghệ", "UBND các xã, phường"), not a group or a post
    named by common nouns ("Các cơ quan chuyên môn …", "Tổ công tác số 01", "Phó chủ tịch phụ trách …")."""
    words = name.split()
    if not name[:1].isupper() or re.match(rf"(?:{function_words('plural_openers')})\s", name):
        return False
    return words[0].isupper() and len(words[0]) > 1 or any(w[:1].isupper() for w in words[1:])


def cut_name(name: str, flat: str) -> str:
    """``name`` cut back to the longest prefix the document names on its own, or ``name`` unchanged.

    >>> doc = "Bộ Khoa học và Công nghệ, Bộ Tài chính chủ trì. Phối hợp với Bộ Khoa học và Công nghệ quản lý dữ liệu."
    >>> cut_name("Bộ Khoa học và Công nghệ quản lý", doc)
    'Bộ Khoa học và Công nghệ'
    >>> cut_name("Bộ Khoa học và Công nghệ tỉnh", doc)  # a place level goes on with a name
    'Bộ Khoa học và Công nghệ tỉnh'
    """
    words = name.split()
    # "Ủy ban nhân dân cấp tỉnh quyết định thu hồi đất, …" (set p p_d2f36f94): a body named by its level in common
    # nouns is cut only before a verb of ``level_bodies``; what else follows it qualifies it ("… các tỉnh, thành phố
    # bị ảnh hưởng bởi thiên tai", "… từ Hà Tĩnh đến Lâm Đồng": sets f, h)
    # (judged by the part kept, not the whole run-on: "Uỷ ban nhân dân xã dự kiến cơ cấu, …, số lượng đại biểu Hội đồng
    # nhân dân xã", set bx ix_0a6f8c63, has a capital only in the body its duty names)
    by_level = bool(_level_bodies()[0].match(name))
    if len(words) < 3 or not (_proper(name) or by_level):
        return name
    # written more than once as it is, the phrase is a name of its own ("Ban Chỉ đạo phòng, chống tham nhũng")
    if len(re.findall(r"(?<![\wÀ-ỹ])" + re.escape(name) + r"(?![\wÀ-ỹ])", flat)) > 1:
        return name
    for i in range(len(words) - 1, 1, -1):
        head, cut = " ".join(words[:i]), " ".join(words[i:])
        # (a verb the role table knows was kept in the name by the subject reader on purpose: "Phó chủ tịch phụ
        # trách lĩnh vực …", "Tổ chức làm nhiệm vụ bồi thường")
        if not cut[:1].islower() or _continuations().match(cut) or verb_rx().match(cut) or head.endswith(",") \
                or _ends_not_last(head) or not (_proper(head) or by_level) \
                or not _proper(head) and not _level_bodies()[1].match(cut):
            continue
        if _standalone(flat, head):
            return head
    return name


@lru_cache(maxsize=None)
def _stranded() -> frozenset[str]:
    return frozenset(tables.load("task_agencies")["name_continuations"]["stranded"])


def drop_particle(name: str) -> str:
    """``name`` without a particle left at its end ("được", "của", "và" …: ``stranded``), which a role verb right
    after it stranded there.

    >>> drop_particle("các cơ quan, đơn vị được")  # "… được phân công chủ trì tham mưu …" (set bx ix_af961341 III)
    'các cơ quan, đơn vị'
    >>> drop_particle("các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo")  # "kèm theo" is one phrase
    'các cơ quan, đơn vị được giao nhiệm vụ tại Phụ lục kèm theo'
    """
    head, _, last = name.rpartition(" ")
    if head and last in _stranded() and len(head.split()) >= 2:
        return head.rstrip(" ,")
    return name


def cut_run_ons(tasks: list[Task], text: str) -> list[Task]:
    """Leads and partners of ``tasks`` cut back where they ran on into their duty (:func:`cut_name`); ``text`` is
    the document's."""
    flat = _flat(text)
    memo: dict[str, str] = {}  # a document names the same bodies in row after row; each scans the whole text

    def cut(name: str) -> str:
        if name not in memo:
            memo[name] = cut_name(drop_particle(name), flat)
        return memo[name]

    out = []
    for t in tasks:
        lead = tuple(dict.fromkeys(cut(a) for a in t.lead))
        coords = tuple(dict.fromkeys(cut(a) for a in t.coordinating))
        if lead != t.lead or coords != t.coordinating:
            roles = tuple(replace(r, agency=cut(r.agency)) for r in t.roles)
            t = replace(t, lead=lead, coordinating=coords, roles=roles)
        out.append(t)
    return out
