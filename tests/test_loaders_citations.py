"""Citations: symbols as offices write them, dates before and after a number, real days only.

Every line is a real line of the corpus (crawl gold c_…, office oNNN), unless a comment says
what was changed.
"""

from __future__ import annotations

import pytest

from cancu.loaders.citations import collect, find_mentions, reference_form
from cancu.loaders.text import MappedText


def cites(line: str):
    ref = reference_form(MappedText.from_source(line))
    return [(c.symbol, c.date) for c in collect(ref, find_mentions(ref))]


@pytest.mark.parametrize("line, expected", [
    # office o004: a space inside the legislature number
    ("Căn cứ Luật Đất đai số 31/2024/QH 15 ngày 18 tháng 01 năm 2024;", [("31/2024/QH15", "2024-01-18")]),
    # crawl c_60fc85cb: the legislature number left out
    ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH ngày 16 tháng 6 năm 2025;",
     [("72/2025/QH", "2025-06-16")]),
    # crawl c_f6fd104d: the decree's dash left out
    ("định số 92/2017/NĐCP ngày 07/8/2017 của Chính phủ sửa đổi", [("92/2017/NĐ-CP", "2017-08-07")]),
    # office o019: a letter after the number
    ("Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ", [("30c/NQ-CP", "2011-11-08")]),
    # crawl c_bf0504d7: a space after "&"
    ("Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025",
     [("15972/SXD-QLN&TTBĐS", "2025-11-14")]),
    # office o002: spaces around an en dash, the number on its own line
    ("và Công văn\n2881/UBND – VP ngày 04/3/2025)", [("2881/UBND-VP", "2025-03-04")]),
])
def test_symbols_as_written(line, expected):
    assert cites(line) == expected


@pytest.mark.parametrize("line, expected", [
    # crawl c_3ab832f8: "văn bản đề ngày … số …"
    ("Ngày 31 tháng 10 năm\n2025, Văn phòng Chính phủ nhận văn bản đề ngày 29 tháng 10 năm 2025 số\n16/CV-HHTACN của "
     "Hội Chăn nuôi Việt Nam", [("16/CV-HHTACN", "2025-10-29")]),
    # crawl c_230317c8: an opening date, then who issued it
    ("Ngày 28 tháng 10 năm 2025, Chủ\ntịch Ủy ban nhân dân Thành phố đã ban hành Công văn số 3280/UBND-VX về việc",
     [("3280/UBND-VX", "2025-10-28")]),
    # office o012: "được Quốc hội thông qua ngày …" (here after a numbered law: the same line with "số 47/2019/QH14")
    ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương số "
     "47/2019/QH14 được Quốc hội thông qua ngày 22 tháng 11 năm 2019;", [("47/2019/QH14", "2019-11-22")]),
])
def test_dates_written_before_or_around_a_number(line, expected):
    assert cites(line) == expected


def test_an_opening_date_of_another_act_is_not_the_documents_date():
    # crawl c_3ab832f8: the letter was received on 31/10, it is dated 29/10 (the opening date is the receipt's)
    assert cites("Ngày 31 tháng 10 năm 2025, Văn phòng Chính phủ nhận Công văn số 16/CV-HHTACN") == \
        [("16/CV-HHTACN", None)]


def test_an_impossible_day_gives_no_date():
    # seed 000's basis line with its day changed to 31/02 (no such day): the citation stays, undated
    got = cites("Căn cứ Nghị quyết số 76/NQ-CP ngày 31/02/2021 của Chính phủ về ban hành Chương trình")
    assert got == [("76/NQ-CP", None)]
    # and the issuer after the impossible date is still read
    ref = reference_form(MappedText.from_source("Quyết định số 311/QĐ-UBND ngày 29/02/2025 của UBND tỉnh"))
    [m] = find_mentions(ref)
    assert (m.date, m.issuer_as_written) == (None, "UBND tỉnh")
    assert cites("Quyết định số 311/QĐ-UBND ngày 29/02/2024 của UBND tỉnh") == [("311/QĐ-UBND", "2024-02-29")]
