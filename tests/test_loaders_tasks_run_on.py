"""Leads and partners that ran on into their duty are cut back to the name the document uses elsewhere
(``loaders/tasks/run_on.py``; ``name_continuations`` of ``data/task_agencies.json``)."""

from __future__ import annotations

import pytest

from cancu.loaders import tables
from cancu.loaders.tasks import extract_tasks
from cancu.loaders.tasks.run_on import cut_name, drop_particle
from cancu.loaders.text import MappedText


def _flat(lines: list[str]) -> str:
    return " ".join(" ".join(x.split()) for x in lines)


@pytest.mark.parametrize("name, lines, expected, source",
                         tables.load("task_agencies")["name_continuations"]["examples"])
def test_the_table_examples(name, lines, expected, source):
    assert cut_name(name, _flat(lines)) == expected, source


@pytest.mark.parametrize("name, lines, expected, source",
                         tables.load("task_agencies")["name_continuations"]["not_last_examples"])
def test_no_cut_leaves_a_particle_last(name, lines, expected, source):
    assert cut_name(name, _flat(lines)) == expected, source


def test_a_name_written_twice_as_it_is_stays_whole():
    # "Ban Chỉ đạo phòng, chống tham nhũng …" is a body of its own: the phrase recurs as written
    lines = ["- Ban Chỉ đạo phòng, chống tham nhũng tỉnh tổ chức kiểm tra;",
             "Ban Chỉ đạo phòng, chống tham nhũng tỉnh;", "Ban Chỉ đạo, các thành viên."]
    assert cut_name("Ban Chỉ đạo phòng, chống tham nhũng tỉnh", _flat(lines)) \
        == "Ban Chỉ đạo phòng, chống tham nhũng tỉnh"


def test_a_one_word_verb_after_a_name_does_not_make_it_stand_alone():
    # "… quản lý khai thác công" + "trình": the middle of "công trình", no name before a verb (dev o018)
    lines = ["Công ty TNHHNN một thành viên quản lý khai thác công trình thủy lợi tỉnh phối hợp với các địa phương"]
    name = "Công ty TNHHNN một thành viên quản lý khai thác công trình thủy lợi tỉnh vận hành"
    assert cut_name(name, _flat(lines)) == name


def test_a_run_on_partner_in_a_document():
    # set c c_f9548077 (a plan of a provincial department after the 2025 floods): IV.8 and its Nơi nhận
    text = ("IV. TỔ CHỨC THỰC HIỆN\n\n**8. Bộ\nChỉ huy Quân sự tỉnh:**\n\n- Huy động lực lượng,\nphương tiện hỗ trợ "
            "vận chuyển, bốc xếp, cấp phát hàng đến vùng bị chia cắt.\n\n- Phối hợp UBND các xã,\nphường dựng nhà bạt, "
            "bố trí điểm lưu trú tạm phục vụ cứu trợ.\n\nNơi nhận:\n- UBND các xã, phường;\n")
    tasks, _ = extract_tasks(MappedText.from_source(text))
    partners = [t.coordinating for t in tasks if "nhà bạt" in t.text]
    assert partners == [("UBND các xã, phường",)]


def test_a_particle_a_role_verb_stranded_at_a_lead_s_end_goes():
    # set bx ix_af961341 III (a commune party committee's conclusions): "được phân công chủ trì …" — the role verb
    # "phân công" ended the name and left the passive "được" last; no name ends on it
    text = "\n".join([
        "III. Chương trình công tác của Ban Chấp hành, Ban Thường vụ Đảng uỷ năm 2026:",
        "Hội nghị cơ bản thống nhất với dự thảo Chương trình công tác của Ban Chấp hành, Ban Thường vụ Đảng uỷ năm "
        "2026. Trong đó, lưu ý các nhiệm vụ xác định trong Chương trình công tác năm 2026 là những nội dung quan "
        "trọng, trọng tâm.",
        "Yêu cầu các cơ quan, đơn vị được phân công chủ trì tham mưu thực hiện, chủ động triển khai thực hiện các "
        "nhiệm vụ ngay từ đầu năm, đảm bảo quy trình, thời gian, chất lượng theo Chương trình công tác đề ra.",
        "Giao Văn phòng Đảng uỷ tiếp thu các ý kiến góp ý tại Hội nghị.", ""])
    tasks, _ = extract_tasks(MappedText.from_source(text))
    assert [t.lead for t in tasks if "Yêu cầu" in t.text] == [("các cơ quan, đơn vị",)]


def test_a_body_named_by_its_level_before_a_duty_naming_a_proper_body():
    # set bx ix_0a6f8c63 III.2: the partner ran on into "dự kiến cơ cấu, …, số lượng đại biểu Hội đồng nhân dân xã",
    # whose capitals are the duty's, not the partner's
    text = ("1. Đảng uỷ Uỷ ban nhân dân xã:\n- Lãnh đạo, chỉ đạo Uỷ ban nhân dân xã xây dựng văn bản triển khai.\n"
            "2. Hội đồng nhân dân xã chủ trì, phối hợp với Uỷ ban nhân dân xã dự kiến\ncơ cấu, thành phần, số lượng "
            "đại biểu Hội đồng nhân dân xã; thực hiện trách nhiệm giám sát.\n")
    tasks, _ = extract_tasks(MappedText.from_source(text))
    assert [t.coordinating for t in tasks if "dự kiến" in t.text] == [("Uỷ ban nhân dân xã",)]


@pytest.mark.parametrize("name, expected, source",
                         tables.load("task_agencies")["name_continuations"]["stranded_examples"])
def test_a_stranded_particle_goes(name, expected, source):
    assert drop_particle(name) == expected, source
