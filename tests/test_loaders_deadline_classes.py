"""Deadline phrase classes of round 3: an annex's rows given the deadline of the sentence that hands the annex
over (``annex_reference``). Lines are real document lines (inline: tests never read the corpus)."""

from __future__ import annotations

from pathlib import Path

from cancu.loaders import tables
from cancu.loaders.tasks import extract_tasks
from cancu.loaders.tasks.annex import _reference, _sentence_deadline
from cancu.loaders.tasks.deadline_text import find_deadline
from cancu.loaders.text import MappedText


def test_annex_reference_examples_give_their_ends():
    rule = tables.load("deadlines")["annex_reference"]
    for ex, end in zip(rule["examples"], rule["ends"], strict=True):
        m = _reference().search(ex)
        assert m and _sentence_deadline(ex, m.start(), m.end()).end == end, ex
    for ex in rule["not_examples"]:
        m = _reference().search(ex)
        assert m is None or _sentence_deadline(ex, m.start(), m.end()) is None, ex


def test_annex_reference_names_this_files_annex_only():
    # another document's annex is not this file's (crawl c_2ff23ef8, Quyết định công bố TTHC of Vĩnh Long)
    assert not _reference().search("bãi bỏ danh mục số thứ tự 1646 tại Phụ lục kèm theo Quyết định số 2411/QĐ-UBND")
    assert _reference().search("tại Phụ lục II kèm theo Quyết định này").group("num") == "II"


# crawl c_9e97eec6 (Công văn 174/CV-BCĐ of 02/12/2025): item 2.2, the closing, the signature and the annex's
# first three rows, as the portal renders them (one cell a line between '|' lines)
FIXTURE = Path(__file__).parent / "fixtures" / "loaders" / "deadlines" / "annex_c_9e97eec6.md"
LETTER = FIXTURE.read_text(encoding="utf-8")
ROWS = ("Đề nghị Chính phủ", "Đề nghị điều chỉnh", "Đề nghị các Bộ")


def test_annex_rows_take_the_deadline_of_the_item_that_hands_them_over():
    tasks, _ = extract_tasks(MappedText.from_source(LETTER))
    rows = [t for t in tasks if t.text.startswith(ROWS)]
    assert len(rows) == 3
    assert all(t.deadline and t.deadline.end == "2025-12-15" and "deadline" in t.inherited for t in rows)


def test_annex_rows_keep_no_deadline_when_the_deadline_is_another_duty():
    # the deadline before the reference is the programme's (set b c_3d016211, Nghị quyết of the Government, 2025)
    letter = LETTER.replace("(Phụ lục kèm theo), *hoàn\nthành trước ngày 15/12/2025*.", "(Phụ lục kèm theo).")
    assert letter != LETTER
    letter = "c) Trước ngày 31 tháng 12 năm 2025, xây dựng, ban hành chương trình,\n" + letter
    tasks, _ = extract_tasks(MappedText.from_source(letter))
    rows = [t for t in tasks if t.text.startswith(ROWS)]
    assert len(rows) == 3 and all(t.deadline is None for t in rows)


def test_sentence_openers_give_the_year():
    # 'Kết thúc năm 2016, …' (set j l_cfaad6c6 item 10) and 'Đến năm 2015, hoàn thành …' (set i l_29687771 1.d)
    rule = next(e for e in tables.load("deadlines")["in_text"] if "kết thúc năm" in e["pattern"])
    for ex, end in zip(rule["examples"], rule["ends"], strict=True):
        assert find_deadline(ex).end == end, ex
    for ex in rule["not_examples"]:  # a strategy's horizon inside a sentence
        assert find_deadline(ex) is None, ex


def test_a_date_of_the_awaited_event_is_no_deadline():
    rule = tables.load("deadlines")["conditional_clause"]
    for ex in rule["examples"]:
        assert find_deadline(ex) is None, ex
    for ex, end in zip(rule["keeps"], rule["keeps_ends"], strict=True):
        assert find_deadline(ex).end == end, ex


def test_a_sentence_opening_with_the_year_and_a_completion():
    # set h c_e097e3d8 Điều 2.2 (Nghị quyết of the Quốc hội, 2025): the year first, then 'cơ bản hoàn thành'
    d = find_deadline("Trong năm 2025, cơ bản hoàn thành Cảng hàng không quốc tế Long Thành, các cảng khu vực\n"
                      "Lạch Huyện, đưa vào khai thác nhà ga T3 Tân Sơn Nhất, T2 Nội Bài")
    assert d.end == "2025-12-31"
    # a review of the year past names no completion (crawl 08d18a48, a party member's self-review form)
    assert find_deadline("Trong năm 2025, bản thân thực hiện đúng cam kết tu dưỡng, rèn luyện và phấn đấu") is None


def test_work_done_so_that_it_happens_within_the_year():
    # set h c_e097e3d8 Điều 2.3 (Nghị quyết of the Quốc hội, 2025), its line as written
    d = find_deadline("trước mắt, xây dựng cơ chế đặc thù tập trung tháo gỡ cho các dự án tại Thành phố Hồ Chí Minh, "
                      "Hà Nội, Đà Nẵng và một số tỉnh, thành phố lớn để giải phóng nguồn lực ngay trong năm 2025. Sớm "
                      "hoàn thành thủ tục đầu tư cảng biển quốc tế Cần Giờ.")
    assert d.end == "2025-12-31"
    # a target aimed at the year is no deadline (set d c_d800219a b, a plan of 2025 on drugs)
    assert find_deadline("phấn đấu đạt mục tiêu xây dựng 20% xã, phường “không ma túy” ngay trong năm 2025") is None
