"""Which pages are documents: a telegram (Công điện) rendered without its header is one.

The pages are gold fixtures of tests/fixtures/loaders/gold (crawl, hand-checked).
"""

from __future__ import annotations

from pathlib import Path

from cancu.loaders import extract
from cancu.loaders.classify import body_range, classify

GOLD = Path(__file__).parent / "fixtures" / "loaders" / "gold"


def test_a_telegram_without_its_header_is_a_document():
    # crawl c_043d969b: "**CÔNG ĐIỆN**", its subject, "**THỦ TƯỚNG CHÍNH PHỦ điện:**", addressees, the text; no header
    text = (GOLD / "c_043d969b.md").read_text(encoding="utf-8")
    assert classify(text, *body_range(text)) is None
    x = extract(GOLD / "c_043d969b.md").to_dict()
    assert x["is_document"] and x["doc"]["kind"] == "Công điện" and x["tasks"]


def test_the_address_line_alone_makes_no_document():
    # the same line quoted in a question-and-answer page's text is no document
    text = "# Công điện mới nhất về mưa lũ?\n\nTheo đó, THỦ TƯỚNG CHÍNH PHỦ điện: các Bộ, ngành ...\n"
    assert classify(text, *body_range(text)) is not None
