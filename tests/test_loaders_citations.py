"""Citations: symbols as offices write them, dates before and after a number, real days only.

Every line is a real line of the corpus (crawl gold c_…, office oNNN), unless a comment says
what was changed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cancu.loaders import tables
from cancu.loaders.citations import collect, find_mentions, reference_form
from cancu.loaders.laws import name_key
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
    # set ou iu_e2d9a4e7 and gold c_391ceaf6: the year lost its last digit; the number kept as written (before, not
    # read)
    ("Căn cứ Nghị quyết số 34/201/NQ-HĐND ngày 13/12/2019 của HĐND tỉnh khóa XII, kỳ họp thứ 11",
     [("34/201/NQ-HĐND", "2019-12-13")]),
    ("hội; Quyết\nđịnh số 22/201 /QĐ-UBND\n\nngày 13 tháng 9 năm 2019 của", [("22/201/QĐ-UBND", "2019-09-13")]),
    # crawl c_f6fd104d: the decree's dash left out
    ("định số 92/2017/NĐCP ngày 07/8/2017 của Chính phủ sửa đổi", [("92/2017/NĐ-CP", "2017-08-07")]),
    # office o019: a letter after the number
    ("Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ", [("30c/NQ-CP", "2011-11-08")]),
    # crawl c_bf0504d7: a space after "&"
    ("Sở Xây dựng tại Công văn số 15972/SXD-QLN& TTBĐS ngày 14 tháng 11 năm 2025",
     [("15972/SXD-QLN&TTBĐS", "2025-11-14")]),
    # office o002: spaces around an en dash, the number on its own line
    ("và Công văn\n2881/UBND – VP ngày 04/3/2025)", [("2881/UBND-VP", "2025-03-04")]),
    # set o io_714d6e7e (a decision of 1993): an older state number, its issuer's code after a dash; before, not read
    ("được quy định tại Quyết định số 212-TTg ngày 31-12-1992, nay có thêm các đơn vị sau đây:",
     [("212-TTg", "1992-12-31")]),
    # set or ir_2e816085 (a Hội Nông dân letter): spaces on both sides of a party symbol's dash; before, not read
    ("Căn cứ Thông báo số 656 – TB/HNDTW  ngày  18 tháng 7 năm 2013 của Thường trực Trung ương Hội Nông dân Việt Nam",
     [("656-TB/HNDTW", "2013-07-18")]),
    # crawl m_7e1f69d2: a joint resolution's code with a slash before its issuers
    ("*Căn cứ Nghị quyết liên tịch số 72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN ngày 20 tháng 02 năm 2025 của Ủy ban "
     "Thường vụ Quốc hội", [("72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN", "2025-02-20")]),
    # set q q_bed864c6 (a Cục Thuế letter, 2025): a company's letters, its name dotted initials; before, cut at "E.K"
    ("9172/HAN-KTr5 ngày 06/8/2025 của Thuế TP. Hà Nội, văn bản số 14/2025/CV-E.K.LM\nngày 12/8/2025 và văn bản số "
     "15/2025/CV-E.K.LM ngày 19/9/2025 của Công ty cổ phần\nE.K.LM về chính sách thuế",
     [("9172/HAN-KTr5", "2025-08-06"), ("14/2025/CV-E.K.LM", "2025-08-12"), ("15/2025/CV-E.K.LM", "2025-09-19")]),
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
    # set oq iq_d09caf90 (a Cục Thuế letter, 2020): "đề ngày" (dated) after the letter answered; before, undated
    ("Trả lời công văn số TDV/01-2020 đề ngày 22/09/2020 của Công\nty TNHH Trancy Distribution (Việt Nam) hỏi về",
     [("TDV/01-2020", "2020-09-22")]),
    # set oq iq_b7a22a5e (a plan of Bạc Liêu, 2020): an upper-case title's "NGÀY"; before, undated
    ("TRÊN ĐỊA BÀN TỈNH BẠC LIÊU THEO CHỈ THỊ SỐ 19/CT-TTG NGÀY 24/4/2020 CỦA THỦ TƯỚNG CHÍNH PHỦ",
     [("19/CT-TTg", "2020-04-24")]),
])
def test_dates_written_before_or_around_a_number(line, expected):
    assert cites(line) == expected


DATES = json.loads((Path(__file__).resolve().parent.parent / "loaders" / "data" / "citation_dates.json")
                   .read_text("utf-8"))


@pytest.mark.parametrize("entry", DATES["issuing_verbs"] + DATES["without_subject"], ids=lambda e: e["pattern"])
def test_an_opening_date_dates_the_document_issued_that_day(entry):
    assert len(entry["examples"]) == len(entry["cites"])
    for line, (symbol, date) in zip(entry["examples"], entry["cites"]):
        assert (symbol, date) in cites(line), line


def test_an_opening_date_after_an_issuer_is_not_that_documents_date():
    # set-i text l_970e440e (a ministry's Công văn, 2025): the decree is undated in its second mention; the day
    # after "của Chính phủ," is the circular's
    line = ("tầng ô-dôn. Triển khai thực hiện Nghị định số 06/2022/NĐ-CP của Chính phủ,\n        ngày 17 tháng 6 năm "
            "2025 Bộ trưởng Bộ Nông nghiệp và Môi trường đã ban\n        hành Thông tư số 08/2025/TT-BNNMT sửa đổi")
    assert cites(line) == [("06/2022/NĐ-CP", None), ("08/2025/TT-BNNMT", "2025-06-17")]


@pytest.mark.parametrize("line, expected", [
    # crawl c_b87ccc43: "ngày" written twice
    ("*Căn cứ Nghị định số\n78/2025/NĐ-CP ngày ngày 01/4/2025 của Chính phủ quy định chi tiết một số điều",
     [("78/2025/NĐ-CP", "2025-04-01")]),
    # crawl c_fe239cbb: "tháng" written for "năm"
    ("*Căn cứ Quyết định số\n1085/QĐ-TTg ngày 15 tháng 9 tháng 2022 của Thủ tướng Chính phủ ban hành Kế hoạch",
     [("1085/QĐ-TTg", "2022-09-15")]),
    # k_50f7213d and the crawl: a year typed with one digit too many is the year the number carries
    ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định "
     "số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ",
     [("63/2010/NĐ-CP", "2010-06-08"), ("92/2017/NĐ-CP", "2017-08-07")]),
    ("Nghị định số 32/2019/NĐ-CP ngày 10/4/20219 của Chính phủ", [("32/2019/NĐ-CP", "2019-04-10")]),
    # set q q_45ccd891 (a Quy chế's grounds): "ngày" twice and "năm" mistyped; before, undated
    ("Nghị định số\n63/2010/NĐ-CP ngày ngày 08 tháng 6 ngăm 2010 của Chính phủ về kiểm soát thủ tục",
     [("63/2010/NĐ-CP", "2010-06-08")]),
])
def test_slips_in_a_date_are_read_through(line, expected):
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


# --- documents cited by name -----------------------------------------------------------------

NAMED = json.loads((Path(__file__).resolve().parent.parent / "loaders" / "data" / "named_documents.json")
                   .read_text("utf-8"))["documents"]


def by_name(line: str):
    ref = reference_form(MappedText.from_source(line))
    return [(c.kind, c.title, c.date) for c in collect(ref, find_mentions(ref)) if not c.symbol]


@pytest.mark.parametrize("entry", NAMED, ids=lambda e: e["name"])
def test_named_document_patterns_find_their_examples(entry):
    assert len(entry["examples"]) == len(entry["titles"])
    # "requires" is tested on the reference form (one space between words), as _by_name runs it
    assert all(any(w in " ".join(ex.split()) for w in entry["requires"]) for ex in entry["examples"])
    for ex, title in zip(entry["examples"], entry["titles"]):
        got = [name_key(t) for _k, t, _d in by_name(ex)]
        assert name_key(title) in got, (ex, got)  # the reference form writes "2025- 2030"; names fold dashes


@pytest.mark.parametrize("entry", [e for e in NAMED if e.get("generic")], ids=lambda e: e["name"])
def test_named_documents_in_generic_phrases_are_no_citations(entry):
    for line in entry["generic"]:
        assert [t for k, t, _d in by_name(line) if k == entry["kind"]] == [], line


@pytest.mark.parametrize("line, expected", [
    # office o006: the main sentence starts after the comma
    ("Thực hiện Quy chế làm việc của UBND xã, Phòng Văn hoá - Xã hội báo cáo kết quả thực hiện nhiệm vụ tháng 6 "
     "năm 2026 và phương hướng, nhiệm vụ 7 năm 2026 như sau:", [("Quy chế", "Quy chế làm việc của UBND xã", None)]),
    # office o030: an item of a "Căn cứ:" list
    ("Căn cứ: Nghị định số 335/2025/NĐ-CP ngày 21/12/2025 của Chính phủ; Công văn số 2332/SNV-CCVC ngày 23/4/2026 "
     "của Sở Nội vụ;\nSổ tay hướng dẫn Bộ Nội vụ năm 2026; Đề án vị trí việc làm của Văn phòng.",
     [("Sổ tay", "Sổ tay hướng dẫn Bộ Nội vụ năm 2026", None)]),
    # office o037: an ordinance whose name the grammar cannot close: the clause is its title, the date is not
    ("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;",
     [("Pháp lệnh", "Pháp lệnh Ưu đãi người có công với cách mạng", "2020-12-09")]),
    # crawl c_1dbf5af7: the Constitution being amended is cited; one constitution however it is written
    ("đồng bộ với quá trình sửa đổi, bổ sung Hiến pháp và Luật Công đoàn. Căn cứ Hiến pháp nước Cộng hòa xã hội "
     "chủ nghĩa Việt Nam;", [("Hiến pháp", "Hiến pháp", None), ("Luật", "Luật Công đoàn", None)]),
    # a regulation's own "Quy định này" is no citation (crawl decisions: "…; Quy định này có hiệu lực …")
    ("Căn cứ Nghị định số 30/2020/NĐ-CP;\nQuy định này áp dụng đối với các cơ quan", []),
])
def test_named_clauses(line, expected):
    assert by_name(line) == expected


NAMED_RULES = json.loads((Path(__file__).resolve().parent.parent / "loaders" / "data" / "named_documents.json")
                         .read_text("utf-8"))["named_rules"]


@pytest.mark.parametrize("entry", [*NAMED_RULES["references"], NAMED_RULES["listed_with_issuer"]],
                         ids=lambda e: e.get("pattern", "listed"))
def test_named_rules_in_running_text(entry):
    for ex, title in zip(entry["examples"], entry["titles"], strict=True):
        assert title in [t for _k, t, _d in by_name(ex)], ex


@pytest.mark.parametrize("line", NAMED_RULES["generic"])
def test_a_rule_that_is_generic_or_an_annex_is_no_named_citation(line):
    assert [t for k, t, _d in by_name(line) if k in ("Quy chế", "Quy trình", "Quy định")] == []


def test_named_rule_titles_end_before_what_is_said_of_them():
    # office o029 (a licence), crawl c_5eb00173: the name ends at the full stop, before "theo chức năng"
    assert [t for _k, t, _d in by_name("2. Tuân thủ theo Quy trình vận hành điều tiết Hồ chứa nước Núi Ngang tỉnh "
                                       "Quảng Ngãi.\n3. Xây dựng quy chế")] == [
        "Quy trình vận hành điều tiết Hồ chứa nước Núi Ngang tỉnh Quảng Ngãi"]
    # the rule a numbered document of the text issues is cited by that number (set i l_771acd4d's Căn cứ)
    assert by_name("Căn cứ Nghị định số 39/2022/NĐ-CP ngày 18 tháng 6 năm 2022 của Chính phủ ban hành Quy chế làm "
                   "việc của Chính phủ;\n… trình Thủ tướng Chính phủ xem xét, quyết định theo đúng Quy chế làm việc "
                   "của Chính phủ.") == []
    # listed after a document, without its issuer after it: no citation ("Danh mục và Quy trình nội bộ …")
    assert by_name("Nghị định số 188/2025/NĐ-CP và Quy trình giám định bảo hiểm y tế.") == []


def test_a_national_congress_resolution_named_twice_is_one_citation():
    # crawl c_d83650c5 (set c): the Thực hiện clause writes it in full, the campaign's name shorter
    got = by_name("Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; Chỉ thị số 45-CT/TW ngày 14 "
                  "tháng 4 năm 2025 của Bộ Chính trị; … tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ "
                  "Nghị quyết Đại hội lần thứ XIII của Đảng trên địa bàn tỉnh Nghệ An")
    assert [t for _k, t, _d in got] == ["Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"]
    # a local congress of the same numeral is another document
    got = by_name("3. Trên cơ sở Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIII, nhiệm kỳ 2025 - 2030 và Nghị "
                  "quyết Đại hội lần thứ XIII của Đảng, khẩn trương xây dựng")
    assert len(got) == 2


def test_a_party_meeting_resolution_named_two_ways_is_one_citation():
    # set ot it_34f929d3: a plenum resolution with and without "Hội nghị", two lines apart; the first form is kept
    got = by_name("Thực hiện Kế hoạch tổng kết 10 năm thực hiện Nghị quyết Hội nghị Trung ương 7 khóa IX về công "
                  "tác Tôn giáo của Ban Chỉ đạo Trung ương; … yêu cầu xây dựng báo cáo Tống kết 10 năm thực hiện "
                  "Nghị quyết Trung ương 7 khóa IX, gửi về Bộ trước ngày 15 tháng 10 năm 2014.")
    assert [t for _k, t, _d in got] == ["Nghị quyết Hội nghị Trung ương 7 khóa IX"]
    # set op ip_912767d5: a commune's congress resolution with its body, then without it
    got = by_name("Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XIX, nhiệm kỳ 2020 - 2025 về nhiệm vụ phát triển "
                  "kinh tế; … thực hiện thắng lợi Nghị quyết Đại hội đại biểu lần thứ XIX, nhiệm kỳ 2020 - 2025.")
    assert [t for _k, t, _d in got] == ["Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ XIX, nhiệm kỳ 2020 - 2025"]
    # another plenum of the same term, or the same plenum of another term, is another resolution
    got = by_name("Nghị quyết Trung ương 7 khóa IX; Nghị quyết Trung ương 5 khóa IX và Nghị quyết Trung ương 7 khoá X.")
    assert len(got) == 3


def test_a_law_named_with_its_date_and_elsewhere_with_its_number_and_date_is_one_law():
    # crawl m_33b1fa70 (set l): the Căn cứ list names it with its date, Điều 1 with number and date
    line = ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19/02/2025; Luật Bảo vệ môi trường ngày 17/11/2020;"
            "\nQuy định này quy định chi tiết Khoản 7 Điều 72 Luật Bảo vệ môi trường số 17/2020/QH14 ngày 17/11/2020")
    assert [c for c in cites(line) if c[0]] == [("17/2020/QH14", "2020-11-17")]
    assert [t for _k, t, _d in by_name(line)] == ["Luật Ban hành văn bản quy phạm pháp luật"]


def test_a_draft_is_no_citation_but_what_it_amends_is():
    # DOCX gold x_tb624_vpcp rows 5-7 (Thông báo 624/TB-VPCP)
    got = by_name("5. Xây dựng Luật sửa đổi, bổ sung một số điều Luật Thuế xuất khẩu, nhập khẩu để thúc đẩy doanh "
                  "nghiệp\n6. Xây dựng Luật Thuế thu nhập cá nhân (thay thế)\n7. Xây dựng Luật Thuế thu nhập doanh "
                  "nghiệp sửa đổi, bổ sung, trong đó")
    assert [t for _k, t, _d in got] == ["Luật Thuế xuất khẩu, nhập khẩu", "Luật Thuế thu nhập doanh nghiệp"]
    # the same rule when every law named is in the table (crawl 7d163b88…)
    got = by_name(" Báo cáo giải trình, tiếp thu, chỉnh lý dự thảo Luật sửa đổi, bổ sung một số điều của Luật Chất "
                  "lượng sản phẩm, hàng hóa.")
    assert [t for _k, t, _d in got] == ["Luật Chất lượng sản phẩm, hàng hóa"]


def test_a_congress_not_yet_held_is_no_citation():
    from cancu.loaders.citations import not_yet_issued

    # crawl c_4e61a7c4 (a 2025 notice): "cập nhật, bổ sung, điều chỉnh theo Nghị quyết của Đại hội … lần thứ XIV"
    line = ("trong thời gian tới; đồng thời cập nhật, bổ sung, điều chỉnh theo Nghị quyết\ncủa Đại hội đại biểu toàn "
            "quốc lần thứ XIV của Đảng.")
    ref = reference_form(MappedText.from_source(line))
    [c] = collect(ref, find_mentions(ref))
    assert c.title == "Nghị quyết của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
    assert not_yet_issued(c, "2025-11-20") and not not_yet_issued(c, "2026-03-02")
    # crawl 8e8f11f0: the XIII congress (2021) in a later document is a citation
    ref = reference_form(MappedText.from_source("theo Nghị quyết Đại hội XIII của Đảng."))
    [c] = collect(ref, find_mentions(ref))
    assert not not_yet_issued(c, "2025-06-01")


@pytest.mark.parametrize("line, expected", [
    # crawl letters of tax offices (03890575…, 947faf57…): numbered offices in their codes
    ("Cục Thuế nhận được Công văn số 3374/CCTKV02-NVDTPC ngày 30/6/2025 của Chi cục Thuế",
     [("3374/CCTKV02-NVDTPC", "2025-06-30")]),
    ("Cục Thuế nhận được công văn số 545/CCTKV.VIII-CNTK ngày 02/6/2025 của Chi cục thuế",
     [("545/CCTKV.VIII-CNTK", "2025-06-02")]),
    # crawl 05c420d2…: a year after the issuer code
    ("Cục Hải quan nhận được công văn số 19/CV-TT-2025 ngày 6/10/2025 của Công ty", [("19/CV-TT-2025", "2025-10-06")]),
    # crawl 02b9be77…: a party letter for internal use
    ("Văn bản số 919-CV/VPTW/nb ngày 21/11/2016 quy định", [("919-CV/VPTW/nb", "2016-11-21")]),
    # crawl cd648cfa…, c0cd0e1a…: the dash between type and issuer left out
    ("- Thông tư số 25/2023/TTBKHĐT ngày 31/12/2023 sửa đổi", [("25/2023/TT-BKHĐT", "2023-12-31")]),
    ("việc thực hiện Chỉ thị 13/CTTTg năm 2025 của Thủ tướng", [("13/CT-TTg", None)]),
    # crawl c_085589ff: with a space inside the issuer's code as well
    ("02/7/2025; (3) Thông tư số 37/2025/TTBNN MT ngày 02/7/2025; (4) Thông tư số",
     [("37/2025/TT-BNNMT", "2025-07-02")]),
    # crawl 4768df91…: a short number read after its kind word only
    ("Trả lời công văn số 01/KGL ngày 20/11/2025 của Chi nhánh", [("01/KGL", "2025-11-20")]),
    ("kê khai thuế TNDN theo mẫu số 03/TNDN ban hành kèm", []),
    # a national technical regulation is cited by its number, as the gold of crawl c_f4094628, c_46273287 and
    # l_9e6c70ca lists them ("numbered_standards" in data/named_documents.json); its code is no older symbol
    ("Quy chuẩn kỹ thuật quốc gia QCVN 03:2019/BYT ngày 10 tháng 6 năm 2019", [("QCVN03:2019/BYT", "2019-06-10")]),
])
def test_symbols_of_letters_and_older_forms(line, expected):
    assert cites(line) == expected


@pytest.mark.parametrize("line, issuer", [
    # crawl b2fa0016… (Công điện 232/CĐ-TTg): the main clause's subject after the comma is not the issuer
    ("Nghị quyết số 380/NQ-CP ngày 25/11/2025 của Chính phủ, Thủ tướng Chính phủ yêu cầu: 1. Chủ tịch",
     "Chính phủ"),
    # crawl 4c932595… (Nghị quyết 1656/NQ-UBTVQH15)
    ("Báo cáo thẩm tra số 423/BC-UBPLTP15 ngày 03 tháng 6 năm 2025 của Ủy ban Pháp luật và Tư pháp,*\n\n**QUYẾT "
     "NGHỊ:**",
     "Ủy ban Pháp luật và Tư pháp"),
    # and a title with a comma stays whole (dev d044)
    ("Thông tư số 03/2025/TT-VPCP ngày 15/9/2025 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn",
     "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"),
])
def test_issuer_phrases_end_where_the_sentence_goes_on(line, issuer):
    ref = reference_form(MappedText.from_source(line))
    assert find_mentions(ref)[-1].issuer_as_written == issuer


def test_a_kind_word_in_title_case_still_names_the_kind():
    # crawl 2d563450… (Quyết định 213/2025/QĐ-UBND of Hải Phòng): "Nghị Quyết" with a capital Q
    ref = reference_form(MappedText.from_source("*Căn cứ Nghị Quyết số 190/2025/QH15 ngày 19 tháng 02 năm 2025 của "
                                                "Quốc hội quy định về xử lý"))
    [c] = collect(ref, find_mentions(ref))
    assert (c.kind, c.symbol, c.date, c.issuer) == ("Nghị quyết", "190/2025/QH15", "2025-02-19", "Quốc hội")


def test_one_date_after_two_documents_of_a_series_dates_both():
    # crawl c_f9548077 (Kế hoạch 0129/KH-UBND Đắk Lắk, 2025); crawl c_a41c2b43 (Kết luận 127-KL/TW): two series
    ms = find_mentions(reference_form(MappedText.from_source(
        "số 008/CĐ-UBND và số 009/CĐ-UBND ngày 19/11/2025; tổng kết Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung "
        "ương Đảng khoá XII và Kết luận số 126-KL/TW, ngày 14/02/2025 của Bộ Chính trị")))
    assert [(m.symbol, m.date) for m in ms] == [("008/CĐ-UBND", "2025-11-19"), ("009/CĐ-UBND", "2025-11-19"),
                                                ("18-NQ/TW", None), ("126-KL/TW", "2025-02-14")]


@pytest.mark.parametrize("entry", DATES["submitted_together"], ids=lambda e: e["first"] + " và " + e["second"])
def test_one_date_after_a_submission_and_its_scheme_dates_both(entry):
    assert len(entry["examples"]) == len(entry["cites"])
    for line, (symbol, date) in zip(entry["examples"], entry["cites"]):
        assert (symbol, date) in cites(line), line


def test_a_submission_and_a_document_of_another_issuer_keep_their_own_dates():
    # crawl f069c23c… (Kế hoạch of a province, 2025): two kinds of two issuers joined by "và"
    assert cites("(Nghị quyết số 50/NQ-CP) và Quyết định số 7619/QĐ-BCA ngày\n08/9/2025 của Bộ trưởng Bộ Công an") == \
        [("50/NQ-CP", None), ("7619/QĐ-BCA", "2025-09-08")]
    # the line of v_f9d2141e with the scheme's issuer code changed, then with "," for "và": no longer one submission
    line = "tại Tờ trình số 386/TTr-CP và Đề án số 387/ĐA-BNV ngày 09 tháng 5 năm 2025, Báo cáo thẩm tra"
    assert cites(line) == [("386/TTr-CP", None), ("387/ĐA-BNV", "2025-05-09")]
    assert cites(line.replace("và Đề án số 387/ĐA-BNV", ", Đề án số 387/ĐA-CP"))[0] == ("386/TTr-CP", None)


BILLS = json.loads((Path(__file__).resolve().parent.parent / "loaders" / "data" / "bills.json").read_text("utf-8"))


@pytest.mark.parametrize("entry", BILLS["draft_words"] + BILLS["replacing_marks"] + BILLS["in_force_words"],
                         ids=lambda e: e["pattern"])
def test_a_bill_is_no_citation(entry):
    # each real line names a bill, not cited; the laws in force it names are (the entry's "cites")
    for line, expected in zip(entry["examples"], entry["cites"], strict=True):
        ref = reference_form(MappedText.from_source(line))
        assert [c.symbol or c.title for c in collect(ref, find_mentions(ref))] == expected


AMENDING = json.loads((Path(__file__).resolve().parent.parent / "loaders" / "data" / "amending_laws.json")
                      .read_text("utf-8"))


def test_the_laws_an_amending_law_describes_are_its_title():
    # each real line cites an amending law by number and describes what it amends: the laws named there are that
    # law's title, not citations (gold README, settled 2026-12-06); laws with their own number stay cited
    entry = AMENDING["described_by"]
    for line, expected in zip(entry["examples"], entry["cites"], strict=True):
        ref = reference_form(MappedText.from_source(line))
        assert [c.symbol or c.title for c in collect(ref, find_mentions(ref))] == expected, line
    ref = reference_form(MappedText.from_source(entry["examples"][0]))
    amending = next(c for c in collect(ref, find_mentions(ref)) if c.symbol == "97/2025/QH15")
    assert amending.title == ("Luật sửa đổi, bổ sung một số điều của Luật Mặt trận Tổ quốc Việt Nam, Luật Công đoàn, "
                              "Luật Thanh niên, Luật Thực hiện dân chủ ở cơ sở")
    # without the description the same laws are cited by name
    ref = reference_form(MappedText.from_source("theo Luật Đất đai, Luật Nhà ở."))
    assert [c.title for c in collect(ref, find_mentions(ref))] == ["Luật Đất đai", "Luật Nhà ở"]


def test_an_amending_law_that_lists_numbered_laws_is_cited_by_its_name():
    # k_1d23be00 (Luật 43/2024/QH15 named without its number): the name holds the laws it amends with their numbers;
    # they are cited by number, undated, and the date after the last one is the amending law's
    line = ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật Sửa đổi, bổ sung một số Điều của Luật Đất đai số "
            "31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản số 29/2023/QH15 và Luật Tổ chức "
            "tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024;\n")
    title = ("Luật Sửa đổi, bổ sung một số Điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật "
             "Kinh doanh bất động sản số 29/2023/QH15 và Luật Tổ chức tín dụng số 32/2024/QH15")
    ref = reference_form(MappedText.from_source(line))
    got = {(c.symbol or c.title, c.date) for c in collect(ref, find_mentions(ref))}
    # ("Luật Đất đai ngày 18 tháng 01 năm 2024" is 31/2024/QH15: one citation)
    assert got == {(title, "2024-06-29"), ("31/2024/QH15", "2024-01-18"), ("27/2023/QH15", None),
                   ("29/2023/QH15", None), ("32/2024/QH15", None)}
    # one law named with its number amended by another law of a list names no list: "Luật Đất đai số 31/2024/QH15"
    # after "sửa đổi … của" alone is not read into a name
    ref = reference_form(MappedText.from_source("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và "
                                                "Luật Kinh doanh bất động sản số 43/2024/QH15;"))
    assert [c.symbol for c in collect(ref, find_mentions(ref))] == ["43/2024/QH15"]


def test_a_number_glued_to_its_number_word():
    # gold k_5e7fcec1: "số357/TTr-CP"
    assert cites("*Xét đề nghị của Chính phủ tại Tờ trình số357/TTr-CP và Đề án số 358/ĐA-CP ngày 09tháng 5 năm "
                 "2025,")[0][0] == "357/TTr-CP"


def test_a_known_law_name_written_without_its_comma():
    # gold o020: "… báo cáo tổng kết, đánh giá thi hành Luật cán bộ công chức; 2471/STC-VP …" (the table knows
    # "Luật Cán bộ, công chức"; a name read by words stops at "thi"). Before: no citation
    ref = reference_form(MappedText.from_source(
        "320/STC-VP ngày 08/2/2018 về báo cáo tổng kết, đánh giá thi hành Luật cán bộ công chức; 2471/STC-VP ngày "
        "19/10/2018 về báo cáo công tác sắp xếp bộ máy"))
    assert [m.title for m in find_mentions(ref) if m.kind == "Luật"] == ["Luật cán bộ công chức"]
    ref = reference_form(MappedText.from_source("theo Luật Đất đai, Luật Nhà ở."))
    assert [m.title for m in find_mentions(ref)] == ["Luật Đất đai", "Luật Nhà ở"]


def test_cyrillic_look_alikes_in_a_symbol_are_read_as_latin():
    # Quyết định of UBND tỉnh Vĩnh Long, 2025 (its Căn cứ types "СР" in Cyrillic); crawl "16495/BТС-PTHT"
    ref = reference_form(MappedText.from_source(
        "Căn cứ Nghị quyết số\n66/NQ-СР ngày 26/3/2025 của Chính phủ về Chương trình cắt giảm, đơn giản hóa"))
    assert [(c.symbol, c.date) for c in collect(ref, find_mentions(ref))] == [("66/NQ-CP", "2025-03-26")]


@pytest.mark.parametrize("key", ["annex_after", "issued_by", "issued_here"])
def test_named_rule_phrases_match_their_real_lines(key):
    from cancu.loaders.normalize import CAPITALS
    entry = NAMED_RULES[key]
    rx = re.compile(entry["pattern"].format(UP=CAPITALS) if key == "issued_by" else entry["pattern"])
    for line in entry["examples"]:
        assert rx.search(line), line


# A symbol without a year stated with two dates names two documents: numbers restart each year. Lines of the licence
# column of an annex table on a legal site (Công văn 4001/UBND-ĐT of UBND Thành phố Hồ Chí Minh, p_7bea9ff8: licences
# of the provinces merged into the city), each cell between "|"; the second cell also shows a date without "ngày",
# which the cell's end makes the licence's. Before: one 42/GP-UBND, and 110/GP-UBND without its date.
def test_one_yearless_symbol_with_two_dates_is_two_documents_and_a_cell_dates_its_symbol():
    text = ("|\n137/GP-UBND ngày 13/07/2017 42/GP-UBND ngày 21/06/2025\n|\n10.627.089\n|\n"
            "110/GP-UBND 13/11/2020\n|\n150.000\n|\n42/GP-UBND ngày 29/04/2020\n|\n12.080.000\n|\n")
    assert cites(text) == [("137/GP-UBND", "2017-07-13"), ("42/GP-UBND", "2025-06-21"),
                           ("110/GP-UBND", "2020-11-13"), ("42/GP-UBND", "2020-04-29")]


@pytest.mark.parametrize("line, expected", [
    # set j l_1f3ca15f (OCR of a Tổng cục Thuế letter): the Đ of the type code read as D, a space after the dash
    ("2503/QD-BTC ngày 29/11/2019 về giao dự toán thu, chi ngân sách nhà nước năm", [("2503/QĐ-BTC", "2019-11-29")]),
    ("thanh tra, kiểm tra doanh nghiệp năm 2020; Quyết định số 42/QD- TCT về việc phê", [("42/QĐ-TCT", None)]),
    # set n n_6f7a9255 (a pipe table): the same before a Prime Minister's code
    ("DA đã có trong QĐ số 270/QD- TTg ngày 02/4/2024", [("270/QĐ-TTg", "2024-04-02")]),
])
def test_a_type_code_written_with_d_for_dj_is_the_decrees_code(line, expected):
    # vn-conventions §2.3: "normalise for matching, keep as written" (the citation keeps its as_written)
    assert cites(line) == expected


def test_a_type_code_spelt_with_d_stays_when_it_is_another_kinds_code():
    # "HD" is Hướng dẫn's own code, not Hợp đồng's "HĐ" written without its stroke (set d c_ff65863c)
    assert cites("Hướng dẫn số 7886/HD-BNV ngày 14/9/2025 của Bộ Nội vụ về khen thưởng trong công") == [
        ("7886/HD-BNV", "2025-09-14")]


def test_a_law_named_alone_after_its_dated_name_is_that_law():
    # set q q_2f2aa37d (a Hà Nội decision's Quy định, 2025): "Luật Đường bộ ngày 27/6/2024" is the law the grounds
    # number 35/2024/QH15 (under another name); "Luật đường bộ" alone later is that law too, not one more citation
    line = ("*Căn cứ Luật Giao thông đường bộ số 35/2024/QH15;*\nlòng đường, hè đường vào mục đích khác theo quy định "
            "của Luật Đường bộ ngày 27/6/2024,\nLuật Trật tự, an toàn giao thông đường bộ\nngày 27/6/2024 và Nghị định "
            "số 165/2024/NĐ-CP ngày 26/12/2024 của Chính phủ Quy\nđịnh chi tiết, hướng dẫn thi hành một số điều của "
            "Luật đường bộ và Điều 77 Luật\nTrật tự, an toàn giao thông đường bộ trên các tuyến đường")
    assert cites(line) == [("35/2024/QH15", "2024-06-27"), (None, "2024-06-27"), ("165/2024/NĐ-CP", "2024-12-26")]


RELATIONS = json.loads((Path(__file__).resolve().parent.parent / "loaders" / "data" / "relations.json")
                       .read_text(encoding="utf-8"))


# A reply letter answering a firm's letter numbered in the firm's own shape (set r r_ee532ecd, r_3d19bcf5; 9 of the 13
# reply openings of the crawl). Before: no citation, no theo_de_nghi.
@pytest.mark.parametrize("line, symbol", zip(RELATIONS["reply_numbers"]["examples"],
                                             RELATIONS["reply_numbers"]["symbols"]))
def test_the_letter_a_reply_answers_is_cited_in_its_senders_numbering(line, symbol):
    ref = reference_form(MappedText.from_source(line))
    c = [x for x in collect(ref, find_mentions(ref)) if x.symbol]
    assert [(x.kind, x.symbol) for x in c] == [("Công văn", symbol)]
    assert c[0].issuer.startswith("Công")


# A letter or judgment numbered in no state shape, with its kind word and "số" before it and its date after it (set s
# s_7ea2fba1, s_3e9e9518, p p_8d25c63d, r r_8272f6c9). Before: no citation, and no theo_de_nghi for the letter received.
@pytest.mark.parametrize("line, symbols", zip(RELATIONS["dated_numbers"]["examples"],
                                              RELATIONS["dated_numbers"]["symbols"]))
def test_a_dated_document_numbered_in_no_state_shape_is_cited(line, symbols):
    ref = reference_form(MappedText.from_source(line))
    c = [x for x in collect(ref, find_mentions(ref)) if x.symbol]
    assert [x.symbol for x in c] == symbols
    assert all(x.date for x in c)
    assert not any(x.issuer and ", Bản án" in x.issuer for x in c)  # the next judgment ends the court's name


def test_a_mistyped_decision_number_is_no_dated_number():
    # crawl u_872ce2e6's annex caption: the decision's own number with its slash misplaced is no other document
    assert cites("Ban hành kèm theo Quyết định số 2609QĐ/UBND ngày 24 tháng 11 năm 2025 của Chủ tịch") == []


def test_a_state_number_after_a_reply_is_read_as_before():
    assert cites("Trả lời công văn số 3885/CT-TTHT ngày 05/5/2025 của Cục Thuế về việc") == [("3885/CT-TTHT",
                                                                                              "2025-05-05")]


# A treaty named in full with the day it was signed (``treaty_signed_on`` in data/named_documents.json): the basis of a
# Thông tư of Bộ Công Thương (z_e9727046) and a Căn cứ pháp lý list (n_705b977e). The title stops before "ký", the date
# is the signing day; named without it, in another document's description, it is no citation. Before: not cited.
def test_a_treaty_named_with_its_signing_day_is_cited_with_that_day():
    assert by_name("*Thực hiện Hiệp định\nThương mại giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ nước CHDCND "
                   "Lào\nký ngày 08 tháng 4 năm 2024;*") == [
        ("Hiệp định", "Hiệp định Thương mại giữa Chính phủ nước CHXHCN Việt Nam và Chính phủ nước CHDCND Lào",
         "2024-04-08")]
    assert [d for _k, _t, d in by_name(
        "- Hiệp định Thương mại hàng hóa thuộc Hiệp định khung về Hợp tác kinh\ntế toàn diện giữa Hiệp hội các quốc "
        "gia Đông Nam Á (ASEAN) và Đại Hàn Dân\nQuốc đã ký chính thức tại Ku-a-la Lăm-pơ, Ma-lai-xi-a ngày "
        "24/8/2006;")] == [
        "2006-08-24"]


# A company's letter numbered by its year, the enquiry a customs letter answers (Công văn 37413/CHQ-NVTHQ of Cục Hải
# quan, v_554ed912). Before: no citation, no basis. Only after "số": a span of years is no number.
def test_a_letter_numbered_by_its_year_is_cited():
    line = ("Cục Hải quan nhận được công văn số 2025-005/SAV-CHQ\nngày 10/11/2025 của Công ty TNHH Sunny Automotive "
            "Vina đề nghị hướng dẫn việc\nkê khai trị giá hải quan hàng mẫu xuất khẩu.")
    assert cites(line) == [("2025-005/SAV-CHQ", "2025-11-10")]
    assert cites("kế hoạch giai đoạn 2021-2025/KH-UBND của tỉnh") == []


# "ngày" glued to the number's end (bf f_3010fb95 line; the crawl writes "12/2025/TT-BCANgày" too): the number ends
# where the word starts and the date is read. Before: 381/ĐA-CP not cited, 380/TTr-CP without the shared date.
def test_a_day_word_glued_to_the_number():
    assert cites("Xét đề nghị của Chính phủ tại Tờ trình số 380/TTr-CP và Đề án số 381/ĐA-CPngày 09 tháng 5 năm "
                 "2025, Báo cáo thẩm tra số 425/BC-UBPLTP15 ngày 03 tháng 6 năm 2025") == [
        ("380/TTr-CP", "2025-05-09"), ("381/ĐA-CP", "2025-05-09"), ("425/BC-UBPLTP15", "2025-06-03")]


# A document naming itself with its year left out, the same day (bf f_759bc980, Thông tư 55/2025/TT-BCT of 28/11/2025:
# "… theo Thông tư số 55/TT-BCT ngày 28 tháng 11 năm 2025"): no citation. Another day, or the year written, is not it.
def test_a_document_naming_itself_without_its_year():
    from cancu.loaders.citations import self_without_year
    ref = reference_form(MappedText.from_source("theo Thông tư số 55/TT-BCT ngày 28 tháng 11 năm 2025"))
    (c,) = collect(ref, find_mentions(ref))
    assert self_without_year(c, "55/2025/TT-BCT", "2025-11-28")
    assert not self_without_year(c, "55/2025/TT-BCT", "2025-11-27")
    assert not self_without_year(c, "56/2025/TT-BCT", "2025-11-28")


# A dated law "được sửa đổi, bổ sung bởi Luật ngày 25 tháng 6 năm 2025" (bh h_1304be23, w w_dba05131; amending_laws.json
# amended_by_dated): the amending law named by its day alone is cited, titled as an amending law of that law. Before:
# not cited. Without a day after it, nothing is read.
def test_an_amending_law_named_by_its_day_alone():
    entry = AMENDING["amended_by_dated"]
    for line, expected in zip(entry["examples"], entry["cites"], strict=True):
        assert [[t, d] for _k, t, d in by_name(line)] == expected
    assert [t for _k, t, _d in by_name("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025 "
                                       "được sửa đổi, bổ sung bởi Luật số 87/2025/QH15;")] == [
        "Luật Ban hành văn bản quy phạm pháp luật"]


# An annex note after an amending verb in its sentence names what the document amends, not the document (bf
# f_4a75b09a, a circular rendered without its number, titled "SỬA ĐỔI, BỔ SUNG … QUY CHẾ … BAN HÀNH KÈM THEO THÔNG TƯ
# SỐ 06/2024/TT-BGDĐT …"): that circular stays a citation. Before: taken as the document's own number, not cited.
def test_an_amended_attachment_note_is_no_identity():
    entry = AMENDING["amended_attachment"]
    rx = re.compile(entry["pattern"])
    assert all(rx.search(line) for line in entry["examples"])
    assert not any(rx.search(line) for line in entry["own"])
    from cancu.loaders.pipeline import run
    from cancu.loaders.read import read
    gold = Path(__file__).resolve().parent / "fixtures" / "loaders" / "gold"
    ex = run(read(gold / "f_4a75b09a.md"))
    assert ex.doc.symbol is None
    assert ("06/2024/TT-BGDĐT", "2024-04-10") in [(c.symbol, c.date) for c in ex.citations]


def test_the_number_word_with_a_wrong_tone_mark_reads_as_so():
    # damaged_text.json number_word: "Thông báo sô 1481/TB-UBND" (set os is_964cec57) is "Thông báo số 1481/…",
    # letter for letter; "sô" before anything but a number stays
    entry = tables.load("damaged_text")["number_word"]
    for ex, meant in zip(entry["examples"], entry["meant"], strict=True):
        assert reference_form(MappedText.from_source(ex)).text == meant
    assert reference_form(MappedText.from_source("sô cô la 2 hộp")).text == "sô cô la 2 hộp"


def test_an_opening_day_followed_by_the_issuer_as_owner_dates_the_document():
    # citation_dates.json subject_of: "…, ngày 29 tháng 6 năm 2009 của Bảo hiểm xã hội (BHXH) Việt Nam ban hành Công
    # văn số 2070/BHXH-KHTC" (set os is_af9a36c0); before, the letter had no date
    entry = tables.load("citation_dates")["subject_of"]
    for ex, dates in zip(entry["examples"], entry["dates"], strict=True):
        ref = reference_form(MappedText.from_source(ex))
        got = {c.symbol: c.date for c in collect(ref, find_mentions(ref))}
        assert {s: got.get(s) for s in dates} == dates, got


# data/citation_words.json: the word lists citations.py builds its regexes from
WORDS = tables.load("citation_words")


@pytest.mark.parametrize("line", WORDS["issuer_end_words"]["examples"])
def test_issuer_end_words_end_the_issuer_in_their_examples(line):
    from cancu.loaders.citations import _issuer_end
    m = _issuer_end().search(line, line.index("của ") + 4)
    assert m and m.group().strip() and not m.group("verb")
    assert any(re.fullmatch(rf"(?i:{p})", m.group().strip()) for p in WORDS["issuer_end_words"]["patterns"])


@pytest.mark.parametrize("line", WORDS["issuer_main_verbs"]["examples"])
def test_issuer_main_verbs_end_the_issuer_in_their_examples(line):
    from cancu.loaders.citations import _issuer_end
    m = _issuer_end().search(line, line.index("của ") + 4)
    assert m and m.group("verb").strip() in WORDS["issuer_main_verbs"]["words"]


@pytest.mark.parametrize("kind, line", list(zip(WORDS["named_kinds"]["words"], WORDS["named_kinds"]["examples"])))
def test_named_kinds_open_a_named_title_in_their_examples(kind, line):
    from cancu.loaders.citations import _named_start, _named_title
    starts = [m for m in _named_start().finditer(line) if m.group().startswith(kind)]
    assert starts and _named_title().match(line, starts[0].start()).group("kind") == kind


@pytest.mark.parametrize("line", WORDS["main_clause_verbs"]["examples"])
def test_main_clause_verbs_cut_a_named_title_in_their_examples(line):
    from cancu.loaders.citations import _main_clause
    assert _main_clause().search(line)
