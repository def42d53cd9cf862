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
    """Extract records from text already read.

    The readers read the text with every tone mark placed as the tables write it ("Uỷ ban", "Văn hoá" as "Ủy ban",
    "Văn hóa": :func:`~cancu.loaders.normalize.tone_form`, one character for one), so a word the tables hold is
    found whichever placement the office typed; the extract's ``text``, which its offsets index, is ``st.text``.
    """
    from cancu.loaders.normalize import tone_form
    from cancu.loaders.pipeline import run
    from cancu.loaders.read import folded

    ex = run(folded(st, tone_form))
    ex.text = st.text
    return ex
