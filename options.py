"""Values the command line reads and writes: dates as Vietnamese users write them, export
format names, counted nouns.

Kept apart from the commands so every area's commands read a date or name a count the
same way; an option value cancu cannot use is an
:class:`~cancu.errors.InvalidParameterError` naming the option and what it takes.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterable, Optional

from cancu.errors import InvalidParameterError

# day/month/year with "/", "-" or "." (31/12/2025, 1/7/2025, 31-12-2025, 31.12.2025): how
# Vietnamese administrative documents and their readers write dates ("ngày 15/7/2025")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")


def parse_date(text: Optional[str], option: str) -> Optional[str]:
    """An option's date as ISO ``YYYY-MM-DD``, from ``31/12/2025`` (day first) or ``2025-12-31``.

    >>> parse_date("31/12/2025", "--due-from"), parse_date("1/7/2025", "--as-of"), parse_date("2025-09-30", "--due-to")
    ('2025-12-31', '2025-07-01', '2025-09-30')
    """
    if text is None:
        return None
    value = text.strip()
    m = _DMY.fullmatch(value)
    try:
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        pass  # a day or month out of range: the message below says the accepted forms
    raise InvalidParameterError(f"{option} {text!r} is not a date: write day/month/year (31/12/2025) "
                                f"or year-month-day (2025-12-31)")


#: names users give RDF formats → the store's export format
EXPORT_FORMATS = {
    "turtle": "turtle", "ttl": "turtle",
    "trig": "trig",
    "nquads": "nquads", "nq": "nquads", "n-quads": "nquads",
    "ntriples": "ntriples", "nt": "ntriples", "n-triples": "ntriples",
    "jsonld": "jsonld", "json-ld": "jsonld", "json": "jsonld",
}


def export_format(name: str) -> str:
    """The export format a user named (``ttl``, ``nt``, ``nq``, ``jsonld`` …)."""
    fmt = EXPORT_FORMATS.get(name.strip().lower())
    if fmt is None:
        raise InvalidParameterError(f"--format {name!r} is not an export format; use one of "
                                    f"{', '.join(EXPORT_FORMATS)}")
    return fmt


def choice(value: Optional[str], option: str, valid: Iterable[str]) -> Optional[str]:
    """``value`` if it is one of ``valid``; else an error naming them all."""
    valid = list(valid)
    if value is None or value in valid:
        return value
    raise InvalidParameterError(f"{option} {value!r} is not known; use one of {', '.join(valid)}")


_PLURALS = {"agency": "agencies", "copy": "copies", "more": "more"}


def count(n: int, noun: str) -> str:
    """``1 task``, ``2 tasks``, ``3 agencies``.

    >>> count(1, "task"), count(0, "task"), count(22, "agency")
    ('1 task', '0 tasks', '22 agencies')
    """
    return f"{n} {noun if n == 1 else _PLURALS.get(noun, noun + 's')}"
