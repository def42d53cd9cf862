"""Character-level normalisation keeps lines and maps every character back to the source."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from cancu.errors import ExtractionRuleError
from cancu.loaders.normalize import STEPS, clean, fold_key, normalize_chars
from cancu.loaders.text import MappedText


@pytest.mark.parametrize("raw, expected", [
    # seed 000: decomposed "Căn cứ" on the 76/NQ-CP line
    (unicodedata.normalize("NFD", "Căn cứ Nghị quyết số 76/NQ-CP"), "Căn cứ Nghị quyết số 76/NQ-CP"),
    ("Ðảng ủy", "Đảng ủy"),                       # Latin Eth look-alike
    ("ðồng chí", "đồng chí"),
    ("91\u2013KL/TU", "91-KL/TU"),                # en dash
    ("Văn hóa \u2014 Xã hội", "Văn hóa - Xã hội"),  # em dash
    ("\u2212 5%", "- 5%"),                         # minus sign
    ("Số:\u00a0298/KH-UBND", "Số: 298/KH-UBND"),   # NBSP
    ("ngày\u2009 15", "ngày  15"),                 # thin space
    ("Kế\u200bhoạch\u00ad", "Kếhoạch"),            # zero-width space, soft hyphen
    ("\ufeffQUYẾT ĐỊNH", "QUYẾT ĐỊNH"),            # BOM
    ("a\r\nb\rc", "a\nb\nc"),                      # CRLF, lone CR
])
def test_normalize_chars(raw, expected):
    t = normalize_chars(MappedText.from_source(raw))
    assert t.text == expected


def test_unknown_step_lists_valid_names():
    with pytest.raises(ExtractionRuleError) as ei:
        clean(MappedText.from_source("x"), ["nfc", "no-such-step"])
    for name in STEPS:
        assert name in str(ei.value)


def test_callable_steps_and_caller_list_untouched():
    steps = ["dashes", lambda t: t.sub("x", "y")]
    out = clean(MappedText.from_source("x\u2013x"), steps)
    assert out.text == "y-y"
    assert len(steps) == 2


@pytest.mark.parametrize("a, b", [
    ("Khánh Hoà", "KHÁNH HÒA"), ("Uỷ ban nhân dân", "Ủy ban nhân dân"), ("khoẻ", "khỏe"),
    ("thuỷ lợi", "thủy lợi"), ("Văn hóa – Xã hội", "Văn hóa - Xã hội"), ("a  b", "a b"),
])
def test_fold_key_equal(a, b):
    assert fold_key(a) == fold_key(b)


@pytest.mark.parametrize("a, b", [("hoàn", "hòan"), ("quý", "qúy"), ("thuyết", "thủyết")])
def test_fold_key_leaves_closed_syllables(a, b):
    assert fold_key(a) != fold_key(b)


def test_tone_placement_is_never_changed_in_text():
    t = normalize_chars(MappedText.from_source("Khánh Hoà, Uỷ ban"))
    assert t.text == "Khánh Hoà, Uỷ ban"


_chars = st.sampled_from(list("aăâđêôơưÀÁẢÃẠ \n\r\t-/0123456789") + [
    "\u0300", "\u0301", "\u0323", "\u00d0", "\u2013", "\u2014", "\u2212", "\u00a0", "\u2009",
    "\u200b", "\u00ad", "\ufeff", "\u2028", "*", "<b>", "</b>", "\u201c",
])


@given(st.lists(_chars, max_size=80).map("".join))
@example("\u0300\u0323")  # marks without a base letter, out of canonical order (found by hypothesis)
@example("\u0300\u200b\u0323")
def test_line_preserving_and_spans_point_into_source(raw):
    t = normalize_chars(MappedText.from_source(raw))
    expected_lines = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n")
    assert t.text.count("\n") == expected_lines.count("\n")
    assert unicodedata.is_normalized("NFC", t.text)
    for i, ch in enumerate(t.text):
        s, e = t.to_source(i, i + 1)
        assert 0 <= s < e <= len(raw)
        if ch == "\n":
            assert raw[s:e] in ("\n", "\r\n", "\r", "\u2028")


@given(st.lists(_chars, max_size=80).map("".join))
def test_reference_steps_never_crash(raw):
    t = clean(MappedText.from_source(raw))
    s, e = t.to_source(0, len(t.text))
    assert 0 <= s <= e <= len(raw)
