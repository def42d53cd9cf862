"""Content negotiation for every answer of the service: ``Accept`` → a format,
``Accept-Language`` → a language.

One module for the REST API (JSON, JSON-LD, the task report as CSV or XLSX) and the
SPARQL endpoint (result and graph formats), on python-mimeparse's parser of media
ranges. The quality of a media type is the ``q`` of the most specific range that
matches it (RFC 9110 §12.5.1); the highest quality wins and the server's order of
offers breaks ties.
Media types are case-insensitive; a range that does not parse (``text`` without a
subtype, a stray comma) is ignored rather than failing the request, and an absent
or empty header accepts anything. Nothing acceptable → :class:`NotAcceptableError`
(HTTP 406) with the media types that could have been sent.
"""

from __future__ import annotations

from typing import Optional, Sequence

import mimeparse

from cancu.errors import NotAcceptableError

Range = tuple[str, str, dict]
ANY: list[Range] = [("*", "*", {"q": "1"})]


def parse_accept(header: Optional[str]) -> list[Range]:
    """The media ranges of an ``Accept`` header (``(type, subtype, params)`` with ``q``)."""
    if not header or not header.strip():
        return list(ANY)
    ranges = []
    for part in header.lower().split(","):
        if not part.strip():
            continue
        try:
            ranges.append(mimeparse.parse_media_range(part))
        except ValueError:  # MimeTypeParseException: not a media range
            continue
    return ranges


def _fit(ranges: Sequence[Range], media_type: str) -> tuple[float, float]:
    """(q, fitness) of ``media_type``: fitness ≥ 110 when a range names it exactly."""
    if not ranges:
        return 0.0, -1
    return mimeparse.quality_and_fitness_parsed(media_type.lower(), list(ranges))


def quality(header: Optional[str], media_type: str) -> float:
    """How acceptable ``media_type`` is to ``header`` (0 = not at all)."""
    return _fit(parse_accept(header), media_type)[0]


def names(header: Optional[str], media_type: str) -> bool:
    """Whether ``header`` asks for ``media_type`` by name (not only through a wildcard), q > 0."""
    q, fitness = _fit(parse_accept(header), media_type)
    return q > 0 and fitness >= 110


def negotiate(header: Optional[str], offers: Sequence[tuple[str, str]]) -> tuple[str, str]:
    """Pick ``(format, media_type)`` from ``offers`` (server preference order) for ``header``.

    >>> negotiate("text/*;q=0.5, application/json", [("csv", "text/csv"), ("json", "application/json")])
    ('json', 'application/json')
    >>> negotiate("*/*", [("csv", "text/csv"), ("json", "application/json")])
    ('csv', 'text/csv')
    """
    ranges = parse_accept(header)
    best, best_q = None, 0.0
    for fmt, mt in offers:
        q = _fit(ranges, mt)[0]
        if q > best_q:
            best, best_q = (fmt, mt), q
    if best is None:
        offered = list(dict.fromkeys(mt for _f, mt in offers))
        raise NotAcceptableError(f"none of the acceptable types ({header}) can be produced; "
                                 f"this answer is available as {', '.join(offered)}", offered=offered)
    return best


def named_choice(header: Optional[str], offers: Sequence[tuple[str, str]], default: str) -> str:
    """The format of the offer ``header`` names by its media type with the highest quality,
    or ``default`` — the format answered when the client names none, as JSON is for a
    browser's ``*/*`` or a client that sends ``text/html``. Ties go to the earlier offer;
    ``default`` competes with its own quality (``text/csv;q=0.5, */*`` gets the default).

    >>> offers = [("json", "application/json"), ("csv", "text/csv")]
    >>> named_choice("text/csv", offers, "json"), named_choice("*/*", offers, "json")
    ('csv', 'json')
    >>> named_choice("text/csv;q=0.5, */*", offers, "json"), named_choice("text/html", offers, "json")
    ('json', 'json')
    """
    ranges = parse_accept(header)
    best, best_q = default, None
    for fmt, mt in offers:
        q, fitness = _fit(ranges, mt)
        if fmt != default and not (q > 0 and fitness >= 110):
            continue
        if best_q is None or q > best_q:
            best, best_q = fmt, q
    return best


def negotiate_language(header: Optional[str], langs: Sequence[str], default: str) -> str:
    """The language of ``langs`` an ``Accept-Language`` header prefers (RFC 9110 §12.5.4:
    ``en`` matches ``en-US``; ``*`` matches any), ``default`` when it prefers none of them.
    Ties go to the earlier language.

    >>> negotiate_language("en-US,en;q=0.9,vi;q=0.8", ("vi", "en"), "vi")
    'en'
    >>> negotiate_language("fr", ("vi", "en"), "vi"), negotiate_language(None, ("vi", "en"), "vi")
    ('vi', 'vi')
    """
    ranges: list[tuple[str, float]] = []
    for part in (header or "").split(","):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip().lower()
        if not tag:
            continue
        q = 1.0
        for p in params.split(";"):
            name, _, value = p.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((tag, q))
    best, best_q = default, 0.0
    for lang in langs:
        specific = [q for tag, q in ranges if tag == lang or tag.startswith(lang + "-")]
        wild = [q for tag, q in ranges if tag == "*"]
        q = max(specific) if specific else (max(wild) if wild else 0.0)
        if q > best_q:
            best, best_q = lang, q
    return best
