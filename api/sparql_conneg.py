"""Content negotiation for the SPARQL endpoint: ``Accept`` with q-values → a format.

A small parser rather than a library: the SPARQL protocol needs only media
ranges, ``*`` wildcards and ``q``; the most specific range that matches a
format gives its quality (RFC 9110 §12.5.1), the highest quality wins and the
server's own order breaks ties. Nothing acceptable → :class:`NotAcceptableError`
(406). A ``format=`` parameter (``json``, ``xml``, ``turtle``…) overrides the
header, for links and browsers that cannot set ``Accept``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from cancu.errors import CancuError


class NotAcceptableError(CancuError):
    """No format the endpoint can write is acceptable to the client (HTTP 406)."""

    code = "not-acceptable"

    def __init__(self, message: str, *, offered: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.offered = list(offered)


@dataclass(frozen=True)
class Range:
    type: str      # "text", "*"
    subtype: str   # "csv", "*"
    q: float

    def specificity(self, media_type: str) -> Optional[int]:
        """How precisely this range names ``media_type`` (2 exact, 1 type/*, 0 */*), None if not."""
        t, _, s = media_type.partition("/")
        if self.type == "*":
            return 0
        if self.type != t:
            return None
        if self.subtype == "*":
            return 1
        return 2 if self.subtype == s else None


def parse_accept(header: Optional[str]) -> list[Range]:
    """The media ranges of an ``Accept`` header; an absent or empty header accepts anything."""
    if not header or not header.strip():
        return [Range("*", "*", 1.0)]
    ranges = []
    for part in header.split(","):
        fields = [f.strip() for f in part.split(";")]
        mt = fields[0].lower()
        if not mt:
            continue
        if "/" not in mt:  # "*" alone is sent by some old clients
            mt = "*/*" if mt == "*" else mt + "/*"
        t, _, s = mt.partition("/")
        q = 1.0
        for p in fields[1:]:
            k, _, v = p.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = min(max(float(v.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0  # a malformed weight is not a preference
        ranges.append(Range(t, s or "*", q))
    return ranges


def quality(ranges: Sequence[Range], media_type: str) -> float:
    """The q of the most specific range matching ``media_type`` (0 when none does)."""
    best: Optional[tuple[int, float]] = None
    for r in ranges:
        spec = r.specificity(media_type)
        if spec is not None and (best is None or spec > best[0]):
            best = (spec, r.q)
    return best[1] if best else 0.0


def negotiate(header: Optional[str], offers: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """Pick ``(format, media_type)`` from ``offers`` (server preference order) for ``header``."""
    ranges = parse_accept(header)
    best, best_q = None, 0.0
    for fmt, mt in offers:
        q = quality(ranges, mt)
        if q > best_q:
            best, best_q = (fmt, mt), q
    if best is None:
        offered = list(dict.fromkeys(mt for _f, mt in offers))
        raise NotAcceptableError(f"none of the acceptable types ({header}) can be produced; "
                                 f"this answer is available as {', '.join(offered)}", offered=offered)
    return best


def accepts(header: Optional[str], media_type: str) -> bool:
    """Whether ``header`` names ``media_type`` explicitly (not only through ``*/*``)."""
    return any(r.specificity(media_type) == 2 and r.q > 0 for r in parse_accept(header))
