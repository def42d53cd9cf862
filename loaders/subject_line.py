"""The subject line (trích yếu) a citing sentence gives a cited document.

"Kết luận 91-KL/TU ngày 18/10/2022 của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh cải
cách hành chính …": a document known only by citation is named by the words after "về"
(``data/subject_lines.json``), so its page and trace say what it is about. The subject
runs to the end of the clause or to the next document named beside it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from cancu.loaders import quotes, tables
from cancu.loaders.evidence import STRUCTURE
from cancu.loaders.records import Span

#: how far after a mention its date and issuer may run before the subject starts
LEAD = 200
#: the longest subject kept (a longer one is cut at a word)
LIMIT = 300


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern[str], list[str]]:
    t = tables.load("subject_lines")
    openers = sorted({w for e in t["openers"] for w in e["words"]}, key=len, reverse=True)
    opener = re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in openers) + r")\s+(?=\S)")
    stops = [w for e in t["stops"] for w in e["words"]]
    return opener, stops


def subject_line(text: str, span: Span, *, stop: Optional[int] = None) -> Optional[str]:
    """The subject line after the mention at ``span`` (up to ``stop``, the next mention), or None.

    >>> subject_line("Kết luận 91-KL/TU ngày 18/10/2022 của Ban Thường vụ Tỉnh ủy về tiếp tục đẩy mạnh "
    ...              "cải cách hành chính; và", (0, 17))
    'Tiếp tục đẩy mạnh cải cách hành chính'
    >>> subject_line("### **Triển khai Kết luận số 91-KL/TU của Ban Thường vụ về cải cách hành chính**"
    ...              "\\n\\nThực hiện", (20, 37))
    'Cải cách hành chính'
    """
    opener, stops = _patterns()
    end = min(len(text), span[1] + LEAD + LIMIT * 2, stop if stop is not None else len(text))
    m = STRUCTURE.search(text, span[1], end)  # a heading or bold line ends, a table cell ends
    after = quotes.readable(text[span[1]:m.start() if m else end])
    head = re.split(r"[;.]\s", after[:LEAD], maxsplit=1)[0]
    m = opener.search(head)
    if not m:
        return None
    rest = after[m.end():]
    cut = min([k for k in (rest.find(s) for s in stops) if k != -1]
              + [k.start() for k in re.finditer(r";|\.(?:\s|$)", rest)][:1] + [len(rest)])
    subject = rest[:cut].strip(" ,:")
    if len(subject) < 8:
        return None
    subject = quotes.shorten(subject, LIMIT)
    return subject[0].upper() + subject[1:]
