"""Interface strings in Vietnamese and English, and the way each language writes a date.

One table, ``api/data/ui.json``, holds every string the explorer pages, the graph
views and the task reports show, Vietnamese first: a flat table per language
(``vi``, ``en``) for the page furniture, and sections (``levels``, ``statuses``,
``relations``, ``graph``, ``report`` …) each with a ``vi`` and an ``en`` table.
Tests derive their language checks from the same file, so a string added to one
language and not the other is caught.

Dates: Vietnamese pages and reports write ``dd/mm/yyyy`` (``30/09/2025``), day first
as Vietnamese offices do; English ones keep ISO 8601 (``2025-09-30``), a form no
reader takes for month-first or day-first. Only
data a reader looks at goes through :func:`fmt_date`; JSON and CSV keep ISO.

The module reads a JSON file with the standard library only, so the command line
(the core install) and the service share it.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources
from typing import Any, Optional, Union

LANGS = ("vi", "en")
DEFAULT_LANG = "vi"


@lru_cache(maxsize=1)
def ui_table() -> dict[str, Any]:
    """The whole string table (``api/data/ui.json``)."""
    text = resources.files("cancu.api").joinpath("data", "ui.json").read_text(encoding="utf-8")
    return json.loads(text)


def lang_or_default(lang: Optional[str]) -> str:
    """``lang`` when cancu has strings for it, else Vietnamese.

    >>> lang_or_default("en"), lang_or_default("fr"), lang_or_default(None)
    ('en', 'vi', 'vi')
    """
    return lang if lang in LANGS else DEFAULT_LANG


def strings(lang: str) -> dict[str, str]:
    """The flat table of page strings of ``lang``."""
    return ui_table()[lang_or_default(lang)]


def section(name: str, lang: str) -> dict[str, Any]:
    """One section of the table (``levels``, ``statuses``, ``graph``, ``report`` …) in ``lang``.

    >>> section("statuses", "en")["qua_han"]
    'Overdue (no completion recorded)'
    """
    return ui_table()[name][lang_or_default(lang)]


def as_date(value: Union[None, str, dt.date]) -> Optional[dt.date]:
    """A date from a ``date``/``datetime`` or an ISO string (``2025-09-30``, ``2025-09-30T…``);
    None for anything else (a deadline written only in words has no date).

    >>> as_date("2025-09-30"), as_date("Trong quý III"), as_date(None)
    (datetime.date(2025, 9, 30), None, None)
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def fmt_date(value: Union[None, str, dt.date], lang: str) -> str:
    """A date as the language writes it: ``30/09/2025`` in Vietnamese, ``2025-09-30`` in English.
    A value that is not a date comes back as it is (``""`` for None).

    >>> fmt_date("2025-09-30", "vi"), fmt_date("2025-09-30", "en"), fmt_date("quý III/2025", "vi")
    ('30/09/2025', '2025-09-30', 'quý III/2025')
    """
    d = as_date(value)
    if d is None:
        return "" if value is None else str(value)
    if lang_or_default(lang) == "vi":
        return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    return d.isoformat()
