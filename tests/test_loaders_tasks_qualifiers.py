"""Qualifiers cut after a lead's or partner's name, the field words that keep "về …" in the name, and the function
words the agency readers test for (``loaders/tasks/subjects.py``; ``qualifier_openers`` and ``function_words`` of
``data/task_agencies.json``)."""

from __future__ import annotations

import re

import pytest

from cancu.loaders import tables
from cancu.loaders.tasks import extract_tasks
from cancu.loaders.tasks.subjects import agencies, function_words, trim_qualifier
from cancu.loaders.text import MappedText


@pytest.mark.parametrize("name, expected, source", tables.load("task_agencies")["qualifier_openers"]["examples"])
def test_the_table_examples(name, expected, source):
    assert trim_qualifier(name) == expected, source


# Partners as a document wraps them: (source, text, a word of the task, partners expected of each such task)
_PARTNERS_IN_DOCUMENTS = [
    # set j l_bff4aa95 (Chỉ thị 11/CT-TTg, 2020), II.4.a as the scan's text layer wraps it: the field names the body
    ("j l_bff4aa95 II.4.a",
     "4. Về du lịch\n\na) Bộ Văn hóa, Thể thao và Du lịch đẩy mạnh triển khai các hoạt động\nxúc tiến quảng bá "
     "du lịch cấp quốc gia; phối hợp với các hiệp hội nghề nghiệp\nvề du lịch xây dựng và triển khai "
     "Chương trình kích cầu du lịch nội địa.\n",
     "kích cầu", [("các hiệp hội nghề nghiệp về du lịch",)]),
    # set p p_0a4eb439 (a Quy chế on the province's administrative-procedure system), Điều 24.2 and 24.4 ("Bộ Công
    # an" stands on its own before "kiểm tra", so the "quản lý" that follows it in 24.2 is its duty)
    ("p p_0a4eb439 Điều 24",
     "Điều 24. Trách nhiệm của Công an tỉnh\n\n2. Phối hợp với Cục Cảnh sát quản\nlý hành chính về trật tự xã "
     "hội, Bộ Công an quản lý, phê duyệt/hủy bỏ, theo dõi\nvà trích xuất thống kê tình hình khai thác Cơ sở dữ "
     "liệu quốc gia về dân cư.\n\n4. Là đầu mối phối hợp với Cục\nCảnh sát quản lý hành chính về trật tự xã "
     "hội, Bộ Công an kiểm tra, đánh giá kết\nquả khai thác Cơ sở dữ liệu quốc gia về dân cư.\n",
     "dân cư", [("Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Bộ Công an")] * 2),
    # set g c_74472135 item 2 (a plan on air pollution): "hoặc" joins two partners as "và" does
    ("g c_74472135 item 2",
     "2. Phòng Kinh tế\n\n- Chủ trì, phối hợp với Công\nan xã, phường hoặc UBND các xã, phường chủ động tổ chức "
     "ra quân để kiểm tra các\nphương tiện vận chuyển vật liệu xây dựng.\n",
     "ra quân", [("Công an xã, phường", "UBND các xã, phường")]),
]


@pytest.mark.parametrize("source, text, word, expected", _PARTNERS_IN_DOCUMENTS,
                         ids=[e[0] for e in _PARTNERS_IN_DOCUMENTS])
def test_partners_in_a_document(source, text, word, expected):
    tasks, _ = extract_tasks(MappedText.from_source(text))
    assert [t.coordinating for t in tasks if word in t.text] == expected, source


@pytest.mark.parametrize("key, line, word, source", tables.load("task_agencies")["function_words"]["examples"])
def test_the_function_words_are_found_in_their_lines(key, line, word, source):
    # each word the agency readers test for is a whole word of a real line
    found = [m.group() for m in re.finditer(rf"(?<![\wÀ-ỹ])(?:{function_words(key)})(?![\wÀ-ỹ])", line)]
    assert word in found, source


@pytest.mark.parametrize("line, lead, source", tables.load("task_agencies")["dotted_abbreviations"]["examples"])
def test_an_abbreviation_stop_inside_a_name_ends_no_subject(line, lead, source):
    from cancu.loaders.tasks.subjects import subject

    assert subject(line).leads == (lead,), source


def test_a_city_abbreviated_in_a_letter():
    # set q q_bed864c6 (a Cục Thuế reply letter), its item 1 as the page wraps it: "Thuế TP. Hà Nội" is one addressee
    text = ("1. Về thời điểm lập hóa đơn\n\nĐề nghị Thuế TP. Hà Nội nghiên cứu quy\nđịnh, hướng dẫn tại từng thời kỳ "
            "để đối chiếu với hồ sơ, tài liệu của Công ty cổ phần E.K.LM để thực hiện thống nhất.\n")
    tasks, _ = extract_tasks(MappedText.from_source(text))
    assert [t.lead for t in tasks] == [("Thuế TP. Hà Nội",)]


def test_bodies_stationed_in_a_named_place_and_a_media_group_in_a_document():
    # set q q_18bea611 (Quy chế of the title "Công dân Thủ đô ưu tú"), Điều 12.2-12.3 as the page wraps them: the
    # place after "đóng trên địa bàn" belongs to the name (as "các cơ quan báo chí đóng trên địa bàn" in crawl
    # c_fab42845); "tuyên truyền" after "cơ quan thông tin," is the group's field, no verb (names_with_verbs)
    text = ("Điều 12. Tổ chức thực hiện\n\n2. Đề nghị các cơ quan,\nđơn vị đóng trên địa bàn thành phố Hà Nội phối "
            "hợp, giới thiệu các cá nhân có\nthành tích xuất sắc, tiêu biểu để Ủy ban nhân dân thành phố Hà Nội xét, "
            "tặng\nthưởng danh hiệu.\n\n3. Các cơ quan thông\ntin, tuyên truyền và báo chí của thành phố Hà Nội có "
            "trách nhiệm phát hiện,\ngiới thiệu tới các cơ quan liên quan để xem xét.\n")
    tasks, _ = extract_tasks(MappedText.from_source(text))
    assert [t.lead for t in tasks] == [("các cơ quan, đơn vị đóng trên địa bàn thành phố Hà Nội",),
                                       ("Các cơ quan thông tin, tuyên truyền và báo chí của thành phố Hà Nội",)]


@pytest.mark.parametrize("phrase, expected, source", [
    ("Sở Văn hóa, Thể thao và Du lịch các cơ quan, đơn vị có liên quan",
     ["Sở Văn hóa, Thể thao và Du lịch", "các cơ quan, đơn vị có liên quan"], "set t t_cbe5528f Điều 2"),
    # one name: a body word alone before the group, a title, the police of localities
    ("Đảng ủy các cơ quan Đảng tỉnh", ["Đảng ủy các cơ quan Đảng tỉnh"], "office o045"),
    ("Thủ trưởng các cơ quan, đơn vị", ["các cơ quan, đơn vị"], "crawl"),
    ("Công an các địa phương", ["Công an các địa phương"], "crawl ac3686f6b1d64932"),
    # a list word already joins the group to the name before it
    ("Các sở, cơ quan trực thuộc Sở và các cơ quan liên quan",
     ["Các sở, cơ quan trực thuộc Sở", "các cơ quan liên quan"], "set c c_1afa10e6 V.8"),
    ("Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam và các cơ quan thông tấn, báo chí trung ương và địa phương",
     ["Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam", "các cơ quan thông tấn, báo chí trung ương và địa phương"],
     "set b c_3d016211 III.1.d"),
])
def test_a_group_after_a_name_without_its_comma_is_a_party_of_its_own(phrase, expected, source):
    assert agencies(phrase) == expected, source


def test_a_state_management_body_named_by_its_field_in_a_document():
    # set v v_03b27001 (a Thông tư of Bộ Công Thương on generation price frames), Điều 13.1 as the page wraps it: "về
    # điện lực" after "quản lý nhà nước" is the body's field, part of its name (field_words), so its a) b) duties
    # keep the whole name
    text = ("Điều 13. Trách nhiệm thực hiện\n\n1. Cơ quan quản lý nhà\nnước về điện lực tại Bộ Công Thương có trách "
            "nhiệm:\n\na) Thẩm định và trình\nBộ trưởng Bộ Công Thương phê duyệt khung giá phát điện;\n\nb) Thẩm định "
            "và trình\nBộ trưởng Bộ Công Thương phê duyệt khung giá nhập khẩu điện.\n")
    tasks, _ = extract_tasks(MappedText.from_source(text))
    assert [t.lead for t in tasks] == [("Cơ quan quản lý nhà nước về điện lực tại Bộ Công Thương",)] * 2


def test_units_named_by_two_paired_activities_in_a_document():
    # set r r_aeb57957 (a Quyết định of UBND tỉnh publishing administrative procedures), Điều 2.2 as the page wraps
    # it: "đào tạo, bồi dưỡng" after "chức năng" is what the units do, one name (names_with_verbs), not a verb
    # ("bồi dưỡng") that would end the subject after the comma
    text = ("Điều 2. Tổ chức thực hiện\n\n2.\nCác đơn vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng thuộc "
            "phạm vi\nquản lý của UBND tỉnh niêm yết công khai TTHC tại đơn vị và thực hiện giải\nquyết TTHC theo "
            "Quyết định này.\n")
    tasks, _ = extract_tasks(MappedText.from_source(text))
    assert [t.lead for t in tasks] == [
        ("Các đơn vị sự nghiệp công lập có chức năng đào tạo, bồi dưỡng thuộc phạm vi quản lý của UBND tỉnh",)]


@pytest.mark.parametrize("line, leads, source", tables.load("task_agencies")["glued_names"]["examples"])
def test_names_glued_by_a_lost_space_are_parted(line, leads, source):
    # a rendering that lost the space between two names gives the leads of the same clause written with its spaces
    assert agencies(line) == leads, source
