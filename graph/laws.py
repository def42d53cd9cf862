"""Which law a citation by name means, for the identity of documents.

The table of laws and its rules for a name with a date or a year live in
:mod:`cancu.loaders.laws` (a citation carries the number it resolves to as
``law_number``). One rule needs the citing document and so lives here: a name
alone ("Căn cứ Luật Tổ chức chính quyền địa phương;") in a document dated D is
the latest version the table knows passed on or before D. That is how a reader
of the document understands it; the loaders leave it open because a law passed
shortly before D may not be in force yet (effective dates are not in the table),
which is the one case this rule can get wrong.
"""

from __future__ import annotations

from typing import Optional

from cancu.loaders import laws as table


def law_number(title: Optional[str], *, date: Optional[str] = None, reference: Optional[str] = None) -> Optional[str]:
    """The number of the law ``title`` names, cited on ``date`` (if the citation gives one) in a
    document dated ``reference``; None when the table cannot say.

    >>> law_number("Luật Tổ chức chính quyền địa phương", reference="2025-07-15")
    '72/2025/QH15'
    >>> law_number("Luật Tổ chức chính quyền địa phương", date="2015-06-19")
    '77/2015/QH13'
    >>> law_number("Luật Tổ chức chính quyền địa phương", reference="2010-01-01") is None
    True
    """
    if not title:
        return None
    found = table.resolve(title, date=date) if date else None
    if found is not None:
        return found.number
    if date:  # a date the table does not know for this name: leave it to a person
        return None
    when = reference
    passed = [v for v in table.versions(title) if when and (v.date or f"{v.year}-12-31") <= when]
    return passed[-1].number if passed else None
