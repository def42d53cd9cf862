"""MappedText keeps every cleaned character tied to its source range."""

from __future__ import annotations

import doctest

from hypothesis import given
from hypothesis import strategies as st

from cancu.loaders import text as text_module
from cancu.loaders.text import MappedText


def test_doctests():
    assert doctest.testmod(text_module).failed == 0


def test_symbol_broken_across_lines_maps_back():
    # seed 000: "Kết luận số 91-\nKL/TU"
    raw = "thực hiện Kết luận số 91-\nKL/TU ngày 18/10/2022"
    t = MappedText.from_source(raw).sub(r"(?<=-)\n", "")
    i = t.text.index("91-KL/TU")
    s, e = t.to_source(i, i + len("91-KL/TU"))
    assert raw[s:e] == "91-\nKL/TU"


@given(st.text(max_size=200), st.sampled_from([r"\s+", r"[-–—]", r"a+", r"\n"]),
       st.sampled_from(["", " ", "xy"]))
def test_spans_stay_inside_source_and_ordered(raw, pattern, repl):
    t = MappedText.from_source(raw).sub(pattern, repl)
    prev = 0
    for i in range(len(t.text)):
        s, e = t.to_source(i, i + 1)
        assert 0 <= s <= e <= len(raw)
        assert s >= prev or s == prev
        prev = s
    s, e = t.to_source(0, len(t.text))
    assert 0 <= s <= e <= len(raw)
