"""Laws cited by name: the grammar of names (law_names), the table of known laws (laws), and citations.

Every line is a real line of the corpus (crawl file named by the first 8 hex of its
sha256, or the office/dev document), unless a comment says what was changed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cancu.loaders import laws, tables
from cancu.loaders.citations import collect, find_mentions, reference_form
from cancu.loaders.law_names import KnownNames, names_in, read_name
from cancu.loaders.text import MappedText

TABLE = json.loads((Path(__file__).resolve().parent.parent / "loaders" / "data" / "laws.json").read_text("utf-8"))


def cites(line: str):
    ref = reference_form(MappedText.from_source(line))
    return collect(ref, find_mentions(ref))


def titles(line: str, known: KnownNames | None = None) -> list[str]:
    text = reference_form(MappedText.from_source(line)).text
    return [n.title for n in names_in(text, laws.known_names() if known is None else known)]


# --- the grammar ----------------------------------------------------------------------------

@pytest.mark.parametrize("line, expected", [
    # crawl d1da1ef9: an amending law naming four laws, commas and "và" inside the name
    ("định tại khoản 12 Điều 3 Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư "
     "theo phương thức đối tác công tư và Luật Đấu thầu 57/2024/QH15; quyết toán vốn đầu tư",
     ["Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối tác "
      "công tư và Luật Đấu thầu"]),
    # crawl 7cd43c34: a comma inside a law's own name, in a list of laws
    ("theo quy định tại Luật Bảo hiểm xã hội 58/2014/QH13, Luật An toàn, vệ sinh lao động số 84/2015/QH13 mà có",
     ["Luật Bảo hiểm xã hội", "Luật An toàn, vệ sinh lao động"]),
    # crawl de97dfb8
    ("trường hợp quy định tại khoản 1 Điều 31 Luật Quản lý, sử dụng tài sản công 2017; trong đó, bao gồm",
     ["Luật Quản lý, sử dụng tài sản công"]),
    # crawl c417c307: a law amending two laws, the first with a comma in its name, then its year
    ("Luật Cán bộ, công chức năm 2008 (sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, "
     "công chức và Luật Viên chức năm 2019);",
     ["Luật Cán bộ, công chức", "Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"]),
    # crawl 088613ef: an amending law naming a group of laws
    ("Bộ luật Hàng hải Việt Nam 2015 được sửa đổi bởi khoản 7 Điều 2 Luật sửa đổi, bổ sung một số Điều của 37 Luật "
     "có liên quan đến quy hoạch 2018 quy định như sau:",
     ["Bộ luật Hàng hải Việt Nam", "Luật sửa đổi, bổ sung một số Điều của 37 Luật có liên quan đến quy hoạch"]),
    # office o027: "các Luật về thuế" ends before "và sửa đổi … các Nghị định về thuế"
    ("Chính phủ quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của các\nLuật về thuế và sửa đổi, bổ "
     "sung một số điều của các Nghị định về thuế;",
     ["Luật sửa đổi, bổ sung một số điều của các Luật về thuế"]),
    # office o012: two laws in one clause, the second amending two laws
    ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và Luật sửa đổi, bổ sung một số điều của "
     "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương được Quốc hội thông qua ngày 22 tháng 11 năm 2019;",
     ["Luật Tổ chức chính quyền địa phương",
      "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"]),
    # gold k_f4a98aa7: a code's head written "Bộ Luật", and a known law by its abbreviation
    ("công tác bảo vệ BMNN, trọng tâm là: Luật Bảo vệ BMNN năm 2018; Bộ Luật hình sự năm 2015 (sửa đổi, bổ sung một "
     "số điều năm 2017); Quy định số 6", ["Luật Bảo vệ BMNN", "Bộ Luật hình sự"]),
    # gold c_e097e3d8 (crawl e097e3d8): the whole name, known to the table
    ("Luật Đấu thầu, Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp. Chủ động",
     ["Luật Đấu thầu", "Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp"]),
    # gold k_10995ae1
    ("8. Ngày nghỉ lễ, tết trong năm: Thực hiện theo quy định của Bộ Luật Lao động và các văn bản hướng dẫn hằng",
     ["Bộ Luật Lao động"]),
    # dev d021: a paragraph break after a known name, then a capitalised heading: not part of the name
    ("Kế hoạch triển khai thi hành Luật Việc làm**\n\nSở, ban, ngành thuộc Ủy ban", ["Luật Việc làm"]),
    # set ov iv_e3bd17f3 and gold x_65f8fdaf: a known name holding "ra" (a stop word when read by words) and its
    # parenthesised abbreviation; before, not read (a lower-case "phòng") or cut at "ra"
    ("Căn cứ Luật ban hành văn bản Quy phạm pháp luật HĐND và UBND năm 2004; Luật phòng, chống nhiễm vi rút gây ra "
     "hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS) ngày 29 tháng 6 năm 2006; Nghị định số 108/2007/NĐ-CP",
     ["Luật ban hành văn bản Quy phạm pháp luật HĐND và UBND",
      "Luật phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)"]),
    ("ngày 28 tháng 10 năm 2024 của Chính phủ quy định chi tiết một số điều của Luật\nPhòng, chống nhiễm vi rút gây "
     "ra hội chứng suy giảm miễn dịch mắc phải ở người\n(HIV/AIDS);*",
     ["Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)"]),
])
def test_law_names_in_real_lines(line, expected):
    assert titles(line) == expected


@pytest.mark.parametrize("line", [
    # crawl bd3ebe89 and e1262cda: the "Luật" of a school and of a firm
    "3. Hiệu trưởng Trường Đại học Luật Hà Nội quyết định",
    "**Kính gửi:** Công ty Luật Anh Sĩ.",
    # crawl 7b31d79e: an abbreviation the table does not know
    "thuế) của Luật thuế thu nhập cá nhân (Luật KH, CN&ĐMST có hiệu lực từ",
    # a stem whose comma phrase cannot be read to its end ("vào" …) is not cut at the comma (crawl e097e3d8's line,
    # with a name the table does not know)
    "Luật Quản lý, sử dụng nguồn lực đầu tư vào sản xuất, kinh doanh tại doanh nghiệp. Chủ động",
])
def test_no_law_name_in(line):
    assert [t for t in titles(line) if not t.startswith("Luật thuế thu nhập")] == []


def test_a_known_name_is_not_extended_by_a_phrase_that_goes_on():
    # crawl 57b49f41: "bằng mức lương cơ sở" is the sentence, not the name
    assert titles("mức tham chiếu quy định tại Luật Bảo hiểm xã hội bằng mức lương cơ sở. Tại thời điểm") == \
        ["Luật Bảo hiểm xã hội"]


def test_an_amending_law_without_what_it_amends_is_no_name():
    # crawl: a heading cut after "của" ("Luật Sửa đổi, bổ sung một số điều của" then a line break and the number)
    assert titles("Luật Sửa đổi, bổ sung một số điều của\n\n**Điều 1.**") == []


def test_names_read_by_words_need_a_boundary():
    # office o037 without the table: "có", "với" are stop words, so the name is not closed before them
    line = "Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng ngày 09 tháng 12 năm 2020;"
    assert titles(line, KnownNames()) == []
    # crawl 7cd43c34 without the table: a comma phrase that runs to "số" is part of the name
    assert titles("Luật An toàn, vệ sinh lao động số 84/2015/QH13 mà có", KnownNames()) == \
        ["Luật An toàn, vệ sinh lao động"]


def test_a_known_name_ends_before_a_comma():
    # dev d021: "Luật Đầu tư công" stops at the comma when the next item is not a law
    text = reference_form(MappedText.from_source(
        "theo quy định của Luật Ngân sách nhà nước và Luật Việc làm, Luật Đầu tư công và pháp\nluật có liên "
        "quan.")).text
    n = read_name(text, text.index("Luật Đầu tư"), laws.known_names())
    assert n is not None and n.title == "Luật Đầu tư công"


# --- the table of known laws -----------------------------------------------------------------

@pytest.mark.parametrize("entry", TABLE["laws"], ids=lambda e: e["name"][:50])
def test_every_law_entry_and_version_holds_in_its_examples(entry):
    for ex in entry["examples"]:
        assert any(laws.name_key(n) in laws.name_key(ex) for n in [entry["name"], *entry.get("aliases", [])]), ex
    for v in entry.get("versions", []):
        assert laws.NUMBER_RX.fullmatch(v["number"]), v
        assert v["date"] is None or int(v["date"][:4]) == int(v["number"].split("/")[1]), v
        numbered = [ex for ex in v["examples"] if v["number"] in ex]
        assert numbered, f"{v['number']}: no example with the number"
        for ex in numbered:
            # the grammar reads the table's name in the example, right before the number
            got = titles(ex[:ex.index(v["number"])] + v["number"])
            assert got and laws.law(got[-1]) is not None and laws.law(got[-1]).name == entry["name"], (ex, got)
        for ex in v["examples"]:
            if v["number"] not in ex:  # the date comes from a citation by name and date
                c = [c for c in cites(ex) if c.title]
                assert c and c[0].date == v["date"] and laws.law(c[0].title).name == entry["name"], (ex, c)


@pytest.mark.parametrize("entry", TABLE["abbreviations"]["forms"], ids=lambda e: e["short"])
def test_every_abbreviation_names_a_known_law_in_its_examples(entry):
    # the short form stands in a real law title, and the grammar reads a known law there, written as the example
    # writes it and with the abbreviation's marks dropped
    for ex in entry["examples"]:
        assert entry["short"] in ex, ex
        for line in (ex, ex.replace(entry["short"], entry["short"].replace("Đ", "D"))):
            got = [t for t in titles(line) if entry["short"].replace("Đ", "D") in t.replace("Đ", "D")]
            assert got and all(laws.law(t) is not None for t in got), (line, got)


def test_a_law_title_with_abbreviations_written_without_marks():
    # set os is_b9e5dd60 (a Quyết định of UBND tỉnh Bình Định, 2012): "HDND" for HĐND, a page that lost its marks
    c = [c for c in cites("Căn cứ Luật Tổ chức HDND và UBND ngày 26\ntháng 11 năm 2003;") if c.title]
    assert [(c.title, c.date) for c in c] == [("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", "2003-11-26")]
    # one abbreviation alone, the others written out, each without its marks
    assert laws.law("Luật Hoạt động giám sát của Quốc hội và HDND").name == \
        "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân"
    assert laws.law("Luật Thuế TNCN").name == "Luật Thuế thu nhập cá nhân"
    # an abbreviation of a different title names no law
    assert laws.law("Luật Tổ chức HĐND") is None


def test_a_law_title_with_some_abbreviations_and_others_written_out():
    # set ov iv_a0f388b0 (a Nghị quyết of a People's Council, 2011): the bodies written short, the rest of the title
    # long, though the title has a short form (VBQPPL) for it too; the name was cut at "của"
    c = [c for c in cites("Căn cứ Luật Ban hành văn bản quy phạm pháp luật của HĐND và UBND ngày 03/12/2004;")
         if c.title]
    assert [(c.title, c.date) for c in c] == [
        ("Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân", "2004-12-03")]
    # set ov iv_e3bd17f3 (a Nghị quyết of HĐND tỉnh Sơn La, 2014): "của" left out too (the table's alias), not the law
    # of 2015 whose title is its first words
    line = "Căn cứ Luật ban hành văn bản Quy phạm pháp luật HĐND và UBND năm 2004; Luật phòng, chống nhiễm vi rút"
    assert [laws.law(t).name for t in titles(line)][:1] == [
        "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân"]
    assert laws.law("Luật Ban hành VBQPPL của HĐND và Ủy ban nhân dân").name == \
        "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân"


def test_a_number_belongs_to_one_version():
    numbers = [v["number"] for e in TABLE["laws"] for v in e.get("versions", [])]
    assert len(numbers) == len(set(numbers))


def test_resolve_by_date_year_and_number():
    name = "Luật Tổ chức chính quyền địa phương"
    assert [v.number for v in laws.versions(name)] == ["77/2015/QH13", "65/2025/QH15", "72/2025/QH15"]
    assert laws.resolve(name, date="2015-06-19").number == "77/2015/QH13"
    assert laws.resolve(name, date="2025-06-16").number == "72/2025/QH15"
    assert laws.resolve(name, date="2025-02-19").number == "65/2025/QH15"
    assert laws.resolve(name, year=2015).number == "77/2015/QH13"
    assert laws.resolve(name, year=2025) is None  # two versions that year
    assert laws.resolve(name) is None  # a name alone is ambiguous
    # folded; day typo
    assert laws.resolve("Luật tổ chức Chính quyền Địa phương", date="2015-06-20").number == "77/2015/QH13"
    assert laws.title_of("72/2025/QH15") == name
    assert laws.by_number("31/2024/QH15").date == "2024-01-18"
    assert laws.by_number("1/2099/QH99") is None
    assert laws.canonical_name("Luật NSNN") == "Luật Ngân sách nhà nước"
    assert laws.canonical_name("Luật Không Có") == "Luật Không Có"


# --- citations -------------------------------------------------------------------------------

def test_amending_laws_are_distinct_citations_with_their_numbers():
    # office o027 (lines 10-17): no "Luật Sửa đổi" alone, each amending law its own citation
    got = cites("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nLuật sửa đổi, bổ sung một số "
                "điều của Luật Tổ chức Chính phủ và Luật Tổ chức\nchính quyền địa phương ngày 22 tháng 11 năm 2019;\n"
                "Căn cứ Luật Thuế tài nguyên ngày 25 tháng 11 năm 2009; Luật Sửa đổi, bổ\n"
                "sung một số điều của các Luật về "
                "thuế ngày 26 tháng 11 năm 2014;\n")
    assert [(c.title, c.date, c.law_number) for c in got] == [
        ("Luật Tổ chức chính quyền địa phương", "2015-06-19", "77/2015/QH13"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
         "2019-11-22", None),
        ("Luật Thuế tài nguyên", "2009-11-25", None),
        ("Luật Sửa đổi, bổ sung một số điều của các Luật về thuế", "2014-11-26", None),
    ]


def test_a_law_named_with_its_number_gets_the_whole_name():
    # crawl d1da1ef9
    [c] = cites("Luật sửa đổi, bổ sung một số điều của Luật Quy hoạch, Luật Đầu tư, Luật Đầu tư theo phương thức đối "
                "tác công tư và Luật Đấu thầu 57/2024/QH15; quyết toán")
    assert c.symbol == "57/2024/QH15" and c.law_number == "57/2024/QH15"
    assert c.title.endswith("và Luật Đấu thầu") and c.kind == "Luật"


def test_a_law_named_with_its_year_or_alone():
    # office o022: "năm 2013" after a law stated with its day: one law
    got = cites("Căn cứ Luật Tiếp công dân ngày 25/11/2013;\nĐiều 18 Luật Tiếp công dân năm 2013.")
    assert [(c.title, c.date, c.law_number) for c in got] == [("Luật Tiếp công dân", "2013-11-25", "42/2013/QH13")]
    # crawl c_1ce9b6e9 (gold): a year only: no date, the version of that year is ambiguous in 2025
    [c] = cites("Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;")
    assert (c.date, c.law_number) == (None, None)
    [c] = cites("theo quy định tại Điều 5 Luật Đất đai năm 2013;")  # crawl (Q&A pages)
    assert (c.date, c.law_number) == (None, "45/2013/QH13")


def test_a_bill_is_not_a_citation():
    # crawl 86623db1 (a plan's task: drafting a law) and the table's example for Luật Bảo vệ dữ liệu cá nhân
    # (the law the bill amends exists and is cited; the bill is not)
    assert [c.title for c in cites("Xây dựng Luật sửa đổi, bổ sung một số điều Luật\nThuế xuất khẩu, nhập khẩu để "
                                   "thúc đẩy doanh")] == ["Luật Thuế xuất khẩu, nhập khẩu"]
    assert cites("trình, tiếp thu, chỉnh lý dự thảo Luật Bảo vệ dữ liệu cá nhân, quán triệt") == []


def test_a_number_without_a_name_takes_the_tables_title():
    # crawl: "được sửa đổi, bổ sung bởi Luật số 87/2025/QH15"
    got = cites("Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số "
                "87/2025/QH15;")
    assert [(c.symbol, c.title) for c in got] == [
        ("64/2025/QH15", "Luật Ban hành văn bản quy phạm pháp luật"),
        ("87/2025/QH15", "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật")]


def test_an_amending_law_naming_two_laws_each_with_of_inside_is_one_name():
    # gold r_2765a2b0 (a Government resolution's preamble): both laws hold "của", so the first was read only from
    # the table; before it was known the citation was the second law alone, dated as the amending law
    line = ("Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và Luật Nhập cảnh, "
            "xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam ngày 24 tháng 6 năm 2023;")
    assert titles(line) == ["Luật sửa đổi, bổ sung một số điều của Luật Xuất cảnh, nhập cảnh của công dân Việt Nam và "
                            "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam"]


def test_a_known_law_named_with_a_bodys_short_name():
    # set o (Nghị quyết 34/2016/NQ-HĐND of HĐND tỉnh Vĩnh Phúc): HĐND for Hội đồng nhân dân (issuers.json expand);
    # before, the name stopped at "của" and the law was not cited
    line = "Căn cứ Luật Hoạt động giám sát của Quốc hội và HĐND ngày 20/11/2015;"
    assert [(c.title, c.date, c.law_number) for c in cites(line)] == [
        ("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", "2015-11-20", "87/2015/QH13")]


def test_a_known_law_named_with_every_body_written_short():
    # set op ip_15dc4089 (Quyết định 1209/QĐ-UBND of UBND tỉnh Hà Giang, 2013): HĐND and UBND in one name; before, the
    # law was not cited (one body at a time was read short)
    line = "Căn cứ Luật Tổ chức HĐND và UBND\nngày 26/11/2003;"
    assert [(c.title, c.date) for c in cites(line)] == [
        ("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", "2003-11-26")]


def test_a_known_law_name_with_one_word_mistyped_inside_it():
    # set o (a Nghị quyết of HĐND tỉnh Thanh Hóa, 2025): "phát" for "pháp"; before, the amending law was lost
    line = ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025; Luật sửa đổi, bổ sung một số "
            "điều của Luật Ban hành văn bản quy phạm phát luật ngày 25 tháng 6 năm 2025;")
    assert [(c.title, c.date) for c in cites(line)] == [
        ("Luật Ban hành văn bản quy phạm pháp luật", "2025-02-19"),
        ("Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm phát luật", "2025-06-25")]
    # a slip only inside a name the table knows, a whole word of it following: a name cut after the slip is not
    # read through
    assert titles("theo Luật Ban hành văn bản quy phạm phát hiện nay") == []


def test_a_known_law_name_with_two_of_its_words_glued():
    # set o io_b4aa3ab3 (a Quyết định of UBND tỉnh Ninh Thuận, 2007, on a page that loses spaces between words:
    # "cơquan", "đồngnhân"); before, the law was not read
    line = "Căn cứ Luật Tổ chức Hội đồngnhân dân và Ủy ban nhân dân;"
    assert [c.title for c in cites(line)] == ["Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]
    # only inside a name the table knows, a whole word of it following
    assert titles("theo Luật Tổ chức Hội đồngnhân hiện nay") == []


def test_an_amending_law_naming_its_laws_in_lower_case():
    # set s s_396d191f lines 36-39 (joined): the laws it amends written in lower case, two of them not in the table;
    # before, the amending law was not read (a head needs its capital)
    line = ("công tư ngày 18 tháng 6 năm 2020; Luật sửa đổi, bổ sung một số điều của luật chứng khoán, luật kế toán, "
            "luật kiểm toán độc lập, luật ngân sách nhà nước, luật quản lý, sử dụng tài sản công, luật quản lý thuế, "
            "luật thuế thu nhập cá nhân, luật dự trữ quốc gia, luật xử lý vi phạm hành chính ngày 29 tháng 11 năm "
            "2024;")
    assert [(c.title, c.date) for c in cites(line)] == [
        ("Luật sửa đổi, bổ sung một số điều của luật chứng khoán, luật kế toán, luật kiểm toán độc lập, luật ngân "
         "sách nhà nước, luật quản lý, sử dụng tài sản công, luật quản lý thuế, luật thuế thu nhập cá nhân, luật dự "
         "trữ quốc gia, luật xử lý vi phạm hành chính", "2024-11-29")]
    # a lower-case list that does not close the name (its date, number or ";") is not read: lines 39-42,
    # whose last law runs on with a comma ("luật quán lý, sử dụng tài sản công")
    line = ("Luật sửa đổi, bổ sung một số điều của luật đấu thầu, luật đầu tư theo phương thức đối tác công tư, "
            "luật hải quan, luật thuế giá trị gia tăng, luật thuế xuất khẩu, thuế nhập khẩu, luật đầu tư, luật đầu tư "
            "công, luật quán lý, sử dụng tài sản công ngày 25 tháng 6 năm 2025")
    assert [c.title for c in cites(line)] == []


def test_a_name_the_table_does_not_know_written_in_lower_case_closed_by_its_date():
    # set oq iq_16a46cd3 (a Thông tư of Bộ Tài chính, 2016): before, not read (a name read by words needs its capital)
    line = "Căn cứ Luật dự trữ quốc gia ngày 20 tháng 11 năm 2012;"
    assert titles(line, KnownNames()) == ["Luật dự trữ quốc gia"]
    assert [(c.title, c.date) for c in cites(line)] == [("Luật dự trữ quốc gia", "2012-11-20")]
    # not closed by its own date or number, or not lower case throughout: no name
    assert titles("Luật dự trữ quốc gia quy định về", KnownNames()) == []
    assert titles("ý kiến của Luật sư Nguyễn Văn An ngày 5 tháng 3 năm 2024", KnownNames()) == []


# data/law_name_words.json: the words law_names.py builds its grammar of law names from
LAW_WORDS = tables.load("law_name_words")


@pytest.mark.parametrize("entry", LAW_WORDS["not_after"], ids=lambda e: e["word"])
def test_a_school_or_firm_word_before_luat_opens_no_law_name(entry):
    from cancu.loaders.law_names import HEAD_RX
    for line in entry["examples"]:
        at = line.index(entry["word"] + " ") + len(entry["word"]) + 1
        assert line[at:at + 4].casefold() == "luật"
        assert not any(m.start() == at for m in HEAD_RX.finditer(line))


@pytest.mark.parametrize("line", LAW_WORDS["group_stop_words"]["examples"])
def test_group_stop_words_end_a_group_of_laws_in_their_examples(line):
    from cancu.loaders.law_names import _TARGET_GROUP
    line = " ".join(line.split())
    g = next(m for m in (_TARGET_GROUP.match(line, i) for i in range(len(line))) if m)
    after = line[g.end():].split()
    assert after and re.sub(r"\W+$", "", after[0]) in LAW_WORDS["group_stop_words"]["words"]


def _stop_in(line: str, words: list[str], pairs: bool) -> bool:
    from cancu.loaders.law_names import HEAD_RX, _is_stop, _words_at
    for h in HEAD_RX.finditer(line):
        ws = [m.group() for m in _words_at(line, h.end() + 1)]
        for i in range(1, len(ws)):
            w = ws[i].casefold()
            key = f"{w} {ws[i + 1].casefold()}" if pairs and i + 1 < len(ws) else w
            if key in words and _is_stop(ws, i):
                return True
    return False


@pytest.mark.parametrize("section", ["stop_words", "stop_pairs"])
def test_stop_words_end_a_law_name_in_their_examples(section):
    for line in LAW_WORDS[section]["examples"]:
        assert _stop_in(line, LAW_WORDS[section]["words"], section == "stop_pairs"), line


@pytest.mark.parametrize("line", LAW_WORDS["name_pairs"]["examples"])
def test_name_pairs_read_on_in_their_examples(line):
    from cancu.loaders.law_names import HEAD_RX, _is_stop, _words_at
    found = False
    for h in HEAD_RX.finditer(line):
        ws = [m.group() for m in _words_at(line, h.end() + 1)]
        for i in range(1, len(ws)):
            if f"{ws[i - 1].casefold()} {ws[i].casefold()}" in LAW_WORDS["name_pairs"]["words"]:
                found = True
                assert not _is_stop(ws, i)
    assert found
