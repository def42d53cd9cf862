"""List numbers as a format draws them: 3 → "3", "c", "iii" (Word's numFmt names).

Shared by the DOCX reader (numbering.xml levels) and the HTML reader (``<ol type>``
and CSS ``list-style-type``): both formats draw a list item's number outside its text,
and the task readers need it in the text, as the page shows it ("1.", "a.", "-").
"""

from __future__ import annotations

__all__ = ["number_text"]

_ROMAN = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40),
          ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))


def _roman(n: int) -> str:
    out = ""
    for s, v in _ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def _letter(n: int) -> str:
    # Word: a … z, then aa … zz
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def number_text(n: int, fmt: str) -> str:
    """``n`` written in the list format ``fmt`` (decimal, lowerLetter, upperRoman …).

    >>> number_text(3, "lowerLetter"), number_text(4, "upperRoman"), number_text(7, "decimalZero")
    ('c', 'IV', '07')
    """
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "none":
        return ""
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)
