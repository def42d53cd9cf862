"""Read documents and extract their identity, basis, citations and tasks with source spans.

Public verbs:

- :func:`read` — the text of a file as read (formats and encodings handled).
- :func:`extract` — everything cancu extracts from one file, as an
  :class:`~cancu.loaders.records.Extraction` (``.to_dict()`` is the
  ``cancu extract`` JSON contract, ``.text`` the text its offsets index).
"""

from __future__ import annotations

from pathlib import Path
from typing import Union

from cancu.loaders.read import SourceText, read
from cancu.loaders.records import Extraction

__all__ = ["read", "extract", "extract_text", "Extraction", "SourceText"]


def extract(path: Union[str, Path]) -> Extraction:
    """Read ``path`` and extract its records; InputError subclasses for unusable files."""
    return extract_text(read(path))


def extract_text(st: SourceText) -> Extraction:
    """Extract records from text already read."""
    from cancu.loaders.pipeline import run

    return run(st)
