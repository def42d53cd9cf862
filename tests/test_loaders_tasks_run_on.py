"""Leads and partners that ran on into their duty are cut back to the name the document uses elsewhere
(``loaders/tasks/run_on.py``; ``name_continuations`` of ``data/task_agencies.json``)."""

from __future__ import annotations

import pytest

from cancu.loaders import tables
from cancu.loaders.tasks import extract_tasks
from cancu.loaders.tasks.run_on import cut_name
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
