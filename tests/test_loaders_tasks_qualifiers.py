"""Qualifiers cut after a lead's or partner's name, the field words that keep "về …" in the name, and the function
words the agency readers test for (``loaders/tasks/subjects.py``; ``qualifier_openers`` and ``function_words`` of
``data/task_agencies.json``)."""

from __future__ import annotations

import re

import pytest

from cancu.loaders import tables
from cancu.loaders.tasks import extract_tasks
from cancu.loaders.tasks.subjects import function_words, trim_qualifier
from cancu.loaders.text import MappedText


@pytest.mark.parametrize("name, expected, source", tables.load("task_agencies")["qualifier_openers"]["examples"])
def test_the_table_examples(name, expected, source):
    assert trim_qualifier(name) == expected, source


def test_a_partner_named_by_its_field_in_a_document():
    # set j l_bff4aa95 (Chỉ thị 11/CT-TTg, 2020), II.4.a as the scan's text layer wraps it
    text = ("4. Về du lịch\n\na) Bộ Văn hóa, Thể thao và Du lịch đẩy mạnh triển khai các hoạt động\nxúc tiến quảng bá "
            "du lịch cấp quốc gia; phối hợp với các hiệp hội nghề nghiệp\nvề du lịch xây dựng và triển khai "
            "Chương trình kích cầu du lịch nội địa.\n")
    tasks, _ = extract_tasks(MappedText.from_source(text))
    partners = [t.coordinating for t in tasks if "kích cầu" in t.text]
    assert partners == [("các hiệp hội nghề nghiệp về du lịch",)]


def test_a_unit_and_its_ministry_in_a_document():
    # set p p_0a4eb439 (a Quy chế on the province's administrative-procedure system), Điều 24.2 and 24.4 ("Bộ Công
    # an" stands on its own before "kiểm tra", so the "quản lý" that follows it in 24.2 is its duty)
    text = ("Điều 24. Trách nhiệm của Công an tỉnh\n\n2. Phối hợp với Cục Cảnh sát quản\nlý hành chính về trật tự xã "
            "hội, Bộ Công an quản lý, phê duyệt/hủy bỏ, theo dõi\nvà trích xuất thống kê tình hình khai thác Cơ sở dữ "
            "liệu quốc gia về dân cư.\n\n4. Là đầu mối phối hợp với Cục\nCảnh sát quản lý hành chính về trật tự xã "
            "hội, Bộ Công an kiểm tra, đánh giá kết\nquả khai thác Cơ sở dữ liệu quốc gia về dân cư.\n")
    tasks, _ = extract_tasks(MappedText.from_source(text))
    partners = [t.coordinating for t in tasks if "dân cư" in t.text]
    assert partners == [("Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Bộ Công an")] * 2


@pytest.mark.parametrize("key, line, word, source", tables.load("task_agencies")["function_words"]["examples"])
def test_the_function_words_are_found_in_their_lines(key, line, word, source):
    # each word the agency readers test for is a whole word of a real line
    found = [m.group() for m in re.finditer(rf"(?<![\wÀ-ỹ])(?:{function_words(key)})(?![\wÀ-ỹ])", line)]
    assert word in found, source


def test_partners_joined_by_or_in_a_document():
    # set g c_74472135 item 2 (a plan on air pollution): "hoặc" joins two partners as "và" does
    text = ("2. Phòng Kinh tế\n\n- Chủ trì, phối hợp với Công\nan xã, phường hoặc UBND các xã, phường chủ động tổ chức "
            "ra quân để kiểm tra các\nphương tiện vận chuyển vật liệu xây dựng.\n")
    tasks, _ = extract_tasks(MappedText.from_source(text))
    partners = [t.coordinating for t in tasks if "ra quân" in t.text]
    assert partners == [("Công an xã, phường", "UBND các xã, phường")]
