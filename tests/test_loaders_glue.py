"""Words a text layer glued together (loaders/glue.py, data/syllables.json).

The glued lines are from set bx (a commune party committee's documents whose font drops the space
glyph after composed vowels: "chủtrì", "Ban Thường vụĐảng uỷ"); the kept ones are names, symbols
and English words that must never be split, and lines whose words ran together otherwise.
"""

from __future__ import annotations

import re

import pytest

from cancu.loaders.glue import glue_rate, glued_tokens, parted_at, reglue, split_token, unglue
from cancu.loaders.tables import load
from cancu.loaders.tasks import extract_tasks
from cancu.loaders.text import MappedText

_TABLE = load("syllables")


@pytest.mark.parametrize("ex", _TABLE["glued"], ids=lambda e: e["token"])
def test_glued_token_splits_as_a_reader_reads_it(ex):
    assert ex["token"] in ex["examples"][0]
    assert split_token(ex["token"]) == ex["meant"].split()
    assert any(ex["examples"][0][a:b] == ex["token"] for a, b, _ in glued_tokens(ex["examples"][0]))


@pytest.mark.parametrize("ex", _TABLE["kept"], ids=lambda e: e["why"][:30])
def test_names_symbols_and_english_are_never_split(ex):
    assert glued_tokens(ex["examples"][0]) == []


# paragraphs of set bx ix_0a6f8c63 (III.2, III.3, II.7 as III.4)
_BX = ("III. TỔ CHỨC THỰC HIỆN\n\n"
       "2. Hội đồng nhân dân xã chủtrì, phối hợp với Uỷ ban nhân dân xã dựkiến cơ cấu, thành phần, sốlượng "
       "đại biểu Hội đồng nhân dân xã; chỉ đạo việc tổ chức bầu cửđại biểu Hội đồng nhân dân xã đúng quy định.\n"
       "3. Uỷ ban Mặt trận Tổ quốc Việt Nam xã chủtrì tổ chức hiệp thương, lựa\n"
       "chọn, giới thiệu người ứng cửđại biểu HĐND xã; đồng thời tổ chức hội nghịlấy\n"
       "ý kiến cửtri nơi cư trú bảo đảm dân chủ, đúng quy trình, đúng luật.\n"
       "4. Các cơ quan, đơn vịcăn cứchức năng, nhiệm vụ, quyền hạn được phân\n"
       "công chủtrì, phối hợp chặt chẽkhi phụtrách tổ chức bầu cử; khắc phục hiệu quảnhững hạn chế.\n")


def test_a_glued_font_is_read_with_its_spaces_but_tasks_keep_their_text():
    t = MappedText.from_source(_BX)
    assert glue_rate(_BX) > 10
    view = unglue(t)
    assert "xã chủ trì, phối hợp" in view.text
    assert view.to_source(view.text.index("chủ trì"), view.text.index("chủ trì") + 7) == (
        _BX.index("chủtrì"), _BX.index("chủtrì") + 6)
    tasks, _ = extract_tasks(t)
    task = next(x for x in tasks if x.text.startswith("Hội đồng nhân dân xã chủtrì"))
    assert task.lead == ("Hội đồng nhân dân xã",)  # the name as a reader reads it, not "… xã chủtrì"
    assert task.text.startswith("Hội đồng nhân dân xã chủtrì, phối hợp")  # as the file writes it
    assert "dựkiến" in task.text and "sốlượng" in task.text


def test_words_run_together_otherwise_are_left_as_written():
    # set bf f_3010fb95 Điều 3.1: a comma or a line was lost after a name, not a font's space ("Hải Phòngchính")
    line = ("1. Chính phủ, Hội đồng nhân dân, Ủy ban nhân dân thành phố Hải Phòngchính quyền địa phương các đơn vị "
            "hành chính liên quan đến việc thực hiện sắp xếp và các cơ quan, tổ chức khác có liên quan có trách "
            "nhiệm tổ chức thi hành Nghị quyết này; sắp xếp lạicủa xã, cácphường và xã nàythành phường.\n")
    t = MappedText.from_source(line)
    assert glued_tokens(line)
    assert unglue(t) is t


def test_reglue_finds_each_run_where_the_file_has_it():
    # both forms in one document: only the one the file glues is glued again
    src = "Ban Xây dựng Đảng chủtrì, phối hợp với Đảng uỷUBND xã;\n- Văn phòng chủ trì tổng hợp"
    assert reglue("Ban Xây dựng Đảng chủ trì, phối hợp với Đảng uỷ UBND xã; - Văn phòng chủ trì tổng hợp", src) == \
        "Ban Xây dựng Đảng chủtrì, phối hợp với Đảng uỷUBND xã; - Văn phòng chủ trì tổng hợp"


def test_a_glued_font_s_citations_are_read_and_named_with_their_spaces():
    # set bx ix_0a6f8c63: "Luật Bầu cửđại biểu …" is cited by its name as a reader reads it
    from cancu.loaders import extract_text
    from cancu.loaders.read import read_bytes

    body = ("ĐẢNG BỘ XÃ CÔNG HẢI\n\nKẾ HOẠCH\nlãnh đạo cuộc bầu cử\n\n"
            "Thực hiện Luật Bầu cửđại biểu Quốc hội và đại biểu Hội đồng nhân dân; Ban Thường vụĐảng uỷ xã "
            "xây dựng kế hoạch lãnh đạo như sau:\n\n" + _BX * 3)
    ex = extract_text(read_bytes(body.encode(), "markdown", source="bx.md"))
    names = [c.title or c.as_written for c in ex.citations]
    assert any("Luật Bầu cử đại biểu Quốc hội" in (n or "") for n in names), names


def test_one_loanword_written_as_one_word_is_no_font():
    # a crawl file that writes "đôla" (21 times) and no other glued word: no text layer lost its spaces
    line = "Tổng vốn đầu tư là 25 triệu đôla; vốn góp 5 triệu đôla, vốn vay 20 triệu đôla.\n" * 12
    t = MappedText.from_source(line)
    assert glue_rate(line) > 10
    assert unglue(t) is t


def test_a_capital_glued_to_a_syllable_is_read_apart_at_any_rate():
    # set o io_817328b1 (a web page that lost spaces at its line joins: "Xétbáo", "Côngnghiệp", "BộCông"): too few
    # breaks for the font's gate, but "BộCông" is two words, so the Deputy PM's instruction names its lead
    src = ("VĂN PHÒNG CHÍNH PHỦ\n\nSố: 2541/VPCP-QHQT\nV/v chương trình phát triển công nghiệp hỗ trợ Việt Nam.\n\n"
           "Kính gửi: BộCông Thương\n\n"
           "Xétbáo cáo của Phòng Thương mại và Công nghiệp Việt Nam (công văn số 1033/PTM-SMEngày 15 tháng 4 năm "
           "2009), Phó Thủ tướng Hoàng Trung Hải có ý kiến như sau:\n\n"
           "BộCông Thương nghiên cứu giải quyết các đề xuất của Phòng Thương mại và Côngnghiệp Việt Nam nêu tại "
           "công văn nói trên và báo cáo Thủ tướng Chính phủ.\n")
    view = unglue(MappedText.from_source(src))
    assert "Bộ Công Thương nghiên cứu" in view.text and "Côngnghiệp" in view.text
    tasks, _ = extract_tasks(MappedText.from_source(src), kinds=[(0, "Công văn")])
    assert [(x.text[:26], x.lead) for x in tasks] == [("BộCông Thương nghiên cứu g", ("Bộ Công Thương",))]
    # no capital after a lower-case letter, or a run that is no syllable: left as written
    for line in ("Vănphòng Chính phủ xin thông báo", "iPhone", "McDonald", "TP.HCM"):
        t = MappedText.from_source(line)
        assert unglue(t) is t


def test_a_body_s_name_glued_at_a_line_join_is_named_with_its_spaces():
    # set op ip_19a9c1cc (a VPCP letter from a web page that lost a few spaces at line joins): the text is kept as
    # written, the partner is named as a reader reads it
    src = ("Kính gửi: Bộ Tài chính\n\n"
           "Xét đề nghị của Bộ Kế hoạchvà Đầu tư tại các văn bản số 103/BKH-KTĐP &LT ngày 7 tháng 01 năm 2008 về đề "
           "nghị được hỗ trợ, bổ sungvốn đầu tư cho một số công trình của 2 tỉnh Đồng Tháp và Hà Tĩnh, Thủ tướngChính "
           "phủ có ý kiến như sau:\n\n"
           "Bộ Tài chính phối hợp với Bộ Kếhoạch và Đầu tư, đề xuất ý kiến về đề nghị của Ủy ban nhân dân các tỉnh "
           "ĐồngTháp và Hà Tĩnh tại các văn bản nêu trên, trình Thủ tướng Chính phủ xem xét, quyết định.\n")
    tasks, _ = extract_tasks(MappedText.from_source(src), kinds=[(0, "Công văn")])
    assert [(x.text[:40], x.lead, x.coordinating) for x in tasks] == [
        ("Bộ Tài chính phối hợp với Bộ Kếhoạch và ", ("Bộ Tài chính",), ("Bộ Kế hoạch và Đầu tư",))]
    assert [r.agency for r in tasks[0].roles] == ["Bộ Tài chính", "Bộ Kế hoạch và Đầu tư"]


def test_a_verb_glued_to_the_name_before_it_ends_the_name():
    # sets ou iu_f525668b and ot it_1c416567 (web pages that lost a few spaces at line joins, two sites): the verb
    # glued to the last syllable of the name ("Trung ươngbáo cáo", "các cấp cónhiệm vụ") is read apart, so the lead
    # ends where the name ends; the task's text stays as written
    letter = ("Kính gửi: Sở Giáo dục và Đào tạo các tỉnh, thành phố trực thuộc Trung ương\n\n"
              "Thực hiện Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2013 củaBộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) "
              "về thực hiện quy hoạch phát triển nhânlực ngành giáo dục và đào tạo theo nhu cầu phát triển xã hội giai "
              "đoạn2013-2015, Bộ GDĐT đề nghị sở GDĐT các tỉnh, thành phố trực thuộc Trung ươngbáo cáo về tình hình "
              "mở ngành, đào tạo và sử dụng giáo viên tiểu học trình độTCCN của địa phương từ nay đến năm 2015.\n")
    tasks, _ = extract_tasks(MappedText.from_source(letter), kinds=[(0, "Công văn")])
    assert [x.lead for x in tasks] == [("sở GDĐT các tỉnh, thành phố trực thuộc Trung ương",)]
    assert "Trung ươngbáo cáo về" in tasks[0].text
    decision = ("Điều 2. Ban Chỉ đạo đổi mới giáo dục phổ thông và phổ cập giáo dục các cấp cónhiệm vụ triển khai, tổ "
                "chức thực hiện và kiểm tra kết quả đạt được tại từngthời điểm quy định.\n")
    tasks, _ = extract_tasks(MappedText.from_source(decision), kinds=[(0, "Quyết định")])
    assert [x.lead for x in tasks] == [("Ban Chỉ đạo đổi mới giáo dục phổ thông và phổ cập giáo dục các cấp",)]
    assert tasks[0].text.startswith("Ban Chỉ đạo đổi mới giáo dục phổ thông và phổ cập giáo dục các cấp cónhiệm vụ")
    # a glued token no verb touches is left as written ("từngthời", "nhânlực")
    assert parted_at(MappedText.from_source("tại từngthời điểm"), re.compile("báo cáo")).text == "tại từngthời điểm"


def test_reglue_looks_back_over_the_run_just_found():
    # set os is_b9f25cfc: "nhậnhồ" and "khaithuế" are glued two lines apart; the task of the first line keeps its
    # "khai thuế", the context before it reaching back over "nhậnhồ"
    src = ("- Các Cục Thuế tổ chức tiếp nhậnhồ sơ khai thuế của người nộp thuế kịp thời.\n\n"
           "- Thời gian tiếp nhận hồ sơ khaithuế của tháng 01/2010 được kéo dài đến ngày 27/02/2010.\n")
    assert reglue("Các Cục Thuế tổ chức tiếp nhận hồ sơ khai thuế của người nộp thuế kịp thời.", src) == \
        "Các Cục Thuế tổ chức tiếp nhậnhồ sơ khai thuế của người nộp thuế kịp thời."
