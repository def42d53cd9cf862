"""Text with a map back to the offsets of the text as read.

Every extracted fact must point at the exact characters of the source, but the
patterns run on a cleaned copy (NFC, one dash form, no invisible characters,
markup removed, line-wrapped symbols joined). :class:`MappedText` carries the
cleaned string together with, for every character, the range of source
characters it came from, so a match in the cleaned text converts back to a
source span with :meth:`MappedText.to_source`.

Each cleaning step is a regex substitution (:meth:`MappedText.sub`): untouched
stretches copy their map slices, a replacement maps every new character to the
whole source range of the match it replaced. Spans therefore never cut through
a replaced stretch, and a text that needs no cleaning keeps an identity map
(no per-character work at all), which matters for throughput on the crawl.

Example:

>>> t = MappedText.from_source("Căn cứ 91-\\nKL/TU")
>>> c = t.sub(r"-\\n", "-")
>>> c.text
'Căn cứ 91-KL/TU'
>>> s, e = c.to_source(7, 15)
>>> t.text[s:e]
'91-\\nKL/TU'
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from typing import Callable, Pattern, Union

Repl = Union[str, Callable[[re.Match], str]]


_IDENTITY = array("i", range(1 << 16))


def _identity(n: int) -> array:
    """0, 1, …, at least ``n`` values (grown by doubling, sliced by callers: a memcpy, not a loop)."""
    global _IDENTITY
    if len(_IDENTITY) < n:
        size = len(_IDENTITY)
        while size < n:
            size *= 2
        _IDENTITY = array("i", range(size))
    return _IDENTITY


class MappedText:
    """A string plus, per character, the ``[start, end)`` range in the source text.

    ``source`` is the text as read (what offsets in the ``cancu extract`` JSON
    index). ``_start``/``_end`` are ``None`` while the map is the identity.
    """

    __slots__ = ("text", "source", "_start", "_end")

    def __init__(self, text: str, source: str, start: array | None, end: array | None) -> None:
        self.text = text
        self.source = source
        self._start = start
        self._end = end

    @classmethod
    def from_source(cls, source: str) -> "MappedText":
        """Wrap the text as read, with an identity map."""
        return cls(source, source, None, None)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", "\\n")
        return f"<MappedText {len(self.text)} chars {head!r}…>"

    def _starts(self) -> array:
        if self._start is None:
            return _identity(len(self.text) + 1)[: len(self.text)]
        return self._start

    def _ends(self) -> array:
        if self._end is None:
            return _identity(len(self.text) + 1)[1: len(self.text) + 1]
        return self._end

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Convert a ``[start, end)`` range of :attr:`text` to a range of :attr:`source`."""
        n = len(self.text)
        if not (0 <= start <= end <= n):
            raise ValueError(f"span [{start}, {end}) outside text of length {n}")
        if self._start is None:
            return start, end
        if start == end:
            pos = self._start[start] if start < n else (self._end[n - 1] if n else 0)
            return pos, pos
        return self._start[start], self._end[end - 1]

    def from_source_span(self, start: int, end: int) -> tuple[int, int]:
        """The ``[start, end)`` range of :attr:`text` whose characters come from ``source[start:end]`` (a layout
        paragraph's offsets → its words in the cleaned text, spaces inserted there included).

        >>> c = MappedText.from_source("ab\\ncd").sub(r"(?<=c)(?=d)", " ")
        >>> a, b = c.from_source_span(3, 5)
        >>> c.text[a:b]
        'c d'
        """
        if self._start is None:
            return start, end
        return bisect_left(self._start, start), bisect_left(self._start, end)

    def source_slice(self, start: int, end: int) -> str:
        """The source characters behind ``text[start:end]``."""
        s, e = self.to_source(start, end)
        return self.source[s:e]

    def sub(self, pattern: Union[str, Pattern[str]], repl: Repl, flags: int = 0) -> "MappedText":
        """Return a new MappedText with ``pattern`` replaced, keeping the map.

        Like :func:`re.sub`, ``repl`` may be a string (backslash groups are
        expanded) or a function of the match.
        """
        rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        text = self.text
        matches = list(rx.finditer(text))
        if not matches:
            return self
        starts, ends = self._starts(), self._ends()
        out: list[str] = []
        new_s = array("i")
        new_e = array("i")
        pos = 0
        literal = repl if isinstance(repl, str) and "\\" not in repl else None
        for m in matches:
            a, b = m.span()
            if a > pos:
                out.append(text[pos:a])
                new_s.extend(starts[pos:a])
                new_e.extend(ends[pos:a])
            r = literal if literal is not None else (repl(m) if callable(repl) else m.expand(repl))
            if r:
                if a < b:
                    rs, re_ = starts[a], ends[b - 1]
                else:  # insertion at an empty match: zero-width source range
                    rs = starts[a] if a < len(text) else (ends[a - 1] if a else 0)
                    re_ = rs
                # A replacement has no finer correspondence to what it replaced:
                # each of its characters maps to the whole matched source range.
                out.append(r)
                new_s.extend([rs] * len(r))
                new_e.extend([re_] * len(r))
            pos = b
        if pos < len(text):
            out.append(text[pos:])
            new_s.extend(starts[pos:])
            new_e.extend(ends[pos:])
        return MappedText("".join(out), self.source, new_s, new_e)

    def translate(self, table: dict[int, str | None]) -> "MappedText":
        """Apply a one-character translation table (``str.translate`` style), keeping the map."""
        keys = "".join(chr(k) for k in table)
        if not keys:
            return self
        rx = re.compile("[" + re.escape(keys) + "]")
        return self.sub(rx, lambda m: table[ord(m.group())] or "")
