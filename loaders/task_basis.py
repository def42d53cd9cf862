"""A task's own basis: the documents a task's row names as what the task rests on.

A ward plan's task "Bố trí, sắp xếp người hoạt động không chuyên trách cấp xã theo
Công văn số 12/CV-BCĐ …" rests on that letter; its neighbour "Xây dựng Trang thông
tin điện tử phường" does not. The extraction already has every citation with its
spans and every task with its span; this module pairs them: a citation inside a
task's span (the innermost task when rows nest) is the task's own basis when the
words before it say so — "theo", "tại", "quy định tại", "thực hiện", "triển khai",
"quán triệt", "căn cứ" … (``data/task_basis.json``, each phrase with its relation
and real examples). A document named inside the description of another ("Chương
trình … về thực hiện Nghị quyết 16-NQ/TU") is not, and one coordinated with a
basis document ("Nghị quyết số 57-NQ/TW …, Nghị quyết số 71/NQ-CP") is, with the
same relation. The graph builder turns each :class:`TaskBasis` into a typed hop
from the task with the task's sentence as its evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional, Sequence

from cancu.loaders import quotes, tables
from cancu.loaders.evidence import sentence
from cancu.loaders.normalize import fold_key
from cancu.loaders.records import Citation, Span

_BULLET = re.compile(r"^[-+•*]\s+")
#: how far back the words before a citation are read (a clause rarely runs longer)
WINDOW = 400


@dataclass(frozen=True)
class TaskBasis:
    """One document a task rests on by its own words."""

    task: int          # index of the task in ``Extraction.tasks``
    citation: int      # index of the citation in ``Extraction.citations``
    span: Span         # the mention, in the text as read
    relation: str      # thuc_hien | trien_khai | can_cu | theo
    sentence: str      # the task's sentence naming it, as a reader sees it


@dataclass(frozen=True)
class _Vocabulary:
    phrases: re.Pattern[str]      # a phrase (with adverbs) at the end of the words before
    relation: dict[str, str]      # folded phrase → relation
    locative: frozenset[str]      # folded phrases that take the relation of an earlier verb
    verbs: re.Pattern[str]        # any non-locative phrase, anywhere (the clause's verb)
    described: re.Pattern[str]
    coordinators: re.Pattern[str]
    lists: re.Pattern[str]


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=None)
def _vocabulary() -> _Vocabulary:
    t = tables.load("task_basis")
    relation: dict[str, str] = {}
    locative: set[str] = set()
    for e in t["phrases"]:
        for w in e["words"]:
            k = fold_key(w)
            relation.setdefault(k, e["relation"])
            if e.get("locative"):
                locative.add(k)
    adverbs = _alt(fold_key(a) for a in t["adverbs"])
    words = lambda key: [fold_key(w) for e in t[key] for w in e["words"]]  # noqa: E731
    # a phrase must start a word: after a space, a comma or the start of the words
    return _Vocabulary(
        phrases=re.compile(rf"(?:^|(?<=[\s,(:;]))(?P<p>{_alt(relation)})(?:\s+(?:{adverbs}))*\s*$"),
        relation=relation, locative=frozenset(locative),
        verbs=re.compile(rf"(?:^|(?<=[\s,(:;]))(?P<p>{_alt(k for k in relation if k not in locative)})(?=[\s,]|$)"),
        described=re.compile(rf"(?:^|(?<=[\s,(]))(?:{_alt(words('described'))})\s*$"),
        coordinators=re.compile(rf"(?:(?:^|(?<=[\s,]))(?:{_alt(w for w in words('coordinators') if w[:1].isalpha())})"
                                rf"|{_alt(w for w in words('coordinators') if not w[:1].isalpha())})\s*$"),
        lists=re.compile(rf"(?:^|(?<=[\s,]))(?:{_alt(words('lists'))})\s*$"),
    )


# an article, clause or point reference between the words and the document:
# "điểm a khoản 2 Điều 9", "Điều 5", "khoản 3 Điều 10 của", "Phụ lục I kèm theo"
_ARTICLE = re.compile(r"(?:(?:^|\s)(?:điểm|khoản|điều|mục|chương|phần|phụ lục)\s+[\w.]+(?:\s*,)?)+(?:\s+(?:của|"
                      r"tại))?\s*$")
_NUMBER_WORD = re.compile(r"(?:^|\s)số\s*:?\s*$")


def _words_before(raw: str, kind_word: Optional[str]) -> str:
    """The folded words before a mention, with 'số', a kind word and its issuer, and article
    references dropped: what a phrase of the vocabulary must end."""
    w = fold_key(quotes.readable(raw))
    w = _NUMBER_WORD.sub("", w)
    if kind_word:  # "Kết luận liên ngành Tư pháp Trung ương số 23/KL-…": the mention starts at the number
        k = w.rfind(fold_key(kind_word))
        if k != -1 and len(w) - k < 80 and not re.search(r"[;.]", w[k:]):
            w = w[:k]
    for _ in range(2):
        w = _ARTICLE.sub("", w).rstrip()
    return w


def _kind_word_of(text: str, span: Span, kind: Optional[str]) -> Optional[str]:
    """The kind word a mention leaves out ('23/KL-LNTPTW' written after 'Kết luận … số'), else None."""
    if not kind:
        return None
    head = fold_key(text[span[0]:span[1]])
    return None if head.startswith(fold_key(kind)) else kind


def _relation(v: _Vocabulary, clause: str) -> Optional[str]:
    """The relation the folded ``clause`` (words up to a mention) gives the mention, or None."""
    m = v.phrases.search(clause)
    if m:
        rel = v.relation[m.group("p")]
        if m.group("p") in v.locative:  # "… các nhiệm vụ, giải pháp tại": the clause's verb, if any
            verb = v.verbs.search(clause, 0, m.start())  # the main verb of a task comes first
            if verb:
                rel = v.relation[verb.group("p")]
        return rel
    if v.lists.search(clause):  # "triển khai … các văn bản, nhất là: Luật …": the clause's verb
        verb = v.verbs.search(clause)
        return v.relation[verb.group("p")] if verb else None
    return None


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (after a full stop or a cell), not before ``lo``."""
    lo = max(lo, pos - WINDOW)
    a = max(text.rfind(". ", lo, pos), text.rfind(".\n", lo, pos), text.rfind("\t", lo, pos),
            text.rfind("|", lo, pos))
    return a + 1 if a != -1 else lo


def task_basis(text: str, tasks: Sequence, citations: Sequence[Citation]) -> list[TaskBasis]:
    """The own basis of every task: citations inside a task's span that its words make its basis.

    ``tasks`` have ``span`` and ``text`` (:class:`cancu.loaders.tasks.model.Task`); spans index ``text``.
    """
    v = _vocabulary()
    mentions = sorted((s, i) for i, c in enumerate(citations) for s in c.spans)
    owner: dict[Span, int] = {}
    for s, _ in mentions:  # the innermost task holding the mention (rows can nest: "2." and its "a)")
        best = None
        for k, t in enumerate(tasks):
            if t.span[0] <= s[0] and s[1] <= t.span[1] and (
                    best is None or t.span[1] - t.span[0] < tasks[best].span[1] - tasks[best].span[0]):
                best = k
        if best is not None:
            owner[s] = best
    out: list[TaskBasis] = []
    seen: set[tuple[int, int]] = set()
    by_task: dict[int, list[tuple[Span, int]]] = {}
    for s, i in mentions:
        if s in owner:
            by_task.setdefault(owner[s], []).append((s, i))
    for k, ms in sorted(by_task.items()):
        t = tasks[k]
        prev: Optional[tuple[Span, Optional[str]]] = None  # the mention before in the same sentence
        for s, i in ms:
            start = _clause_start(text, t.span[0], s[0])
            if prev is not None and prev[0][1] <= start:
                prev = None
            kind_word = _kind_word_of(text, s, citations[i].kind)
            rel: Optional[str]
            if prev is not None:
                between = _words_before(text[prev[0][1]:s[0]], kind_word)
                if v.described.search(between):
                    rel = None  # inside the description of the document before it
                elif v.coordinators.search(between) or not between.strip():
                    rel = prev[1]
                else:
                    rel = _relation(v, _words_before(text[start:s[0]], kind_word)) \
                        if v.phrases.search(between) or v.lists.search(between) else None
            else:
                rel = _relation(v, _words_before(text[start:s[0]], kind_word))
            prev = (s, rel)
            if rel is None or (k, i) in seen:
                continue
            seen.add((k, i))
            out.append(TaskBasis(task=k, citation=i, span=s, relation=rel,
                                 sentence=task_sentence(text, t, s)))
    return out


def task_sentence(text: str, task, span: Span, *, limit: int = 400) -> str:
    """The sentence of ``task`` naming the mention at ``span``: from the task's own text when the
    mention is there (a table row's other cells stay out), else the sentence of its row."""
    mention = quotes.readable(text[span[0]:span[1]])
    own = task.text or ""
    k = _occurrence(own, mention, quotes.readable(text[max(task.span[0], span[0] - 80):span[0]]))
    if k == -1:
        return sentence(text, span[0], span[1], limit=limit, lo=task.span[0], hi=task.span[1])
    a = max(own.rfind(". ", 0, k), -1) + 1
    ends = [x + 1 for x in (own.find(". ", k + len(mention)),) if x != -1]
    b = min(ends) if ends else len(own)
    return _BULLET.sub("", quotes.readable(_cut(own, a, b, k, limit)))


def _occurrence(own: str, mention: str, before: str) -> int:
    """Where ``mention`` is in ``own``: of its occurrences, the one whose preceding words agree
    longest with ``before`` (the words before it in the source); -1 when absent."""
    if not mention:
        return -1
    best, best_len = -1, -1
    k = own.find(mention)
    b = fold_key(before)
    while k != -1:
        p = fold_key(own[max(0, k - 80):k])
        n = 0
        while n < min(len(p), len(b)) and p[-1 - n] == b[-1 - n]:
            n += 1
        if n > best_len:
            best, best_len = k, n
        k = own.find(mention, k + 1)
    return best


def _cut(own: str, a: int, b: int, k: int, limit: int) -> str:
    """``own[a:b]`` (a sentence naming a document at ``k``) in at most about ``limit`` characters:
    whole when it fits, else its opening words, '…', and the words leading to the document (from
    the start of its ';'-clause when that is near) to the end of the sentence, cut at a word."""
    quote = own[a:b].strip()
    if len(quote) <= limit:
        return quote
    c = max(own.rfind(";", a, k), own.rfind(":", a, k))
    start = max(c + 1 if c >= a else a, k - limit // 2)
    if start > a:
        sp = own.find(" ", start)
        start = sp + 1 if sp != -1 and sp < k else start
    if start <= a + 20:
        return quotes.shorten(quote, limit)
    head = quotes.shorten(own[a:start].strip(), limit // 4)
    head = head if head.endswith("…") else head + " …"
    return head + " " + quotes.shorten(own[start:b].strip(), limit - len(head))
