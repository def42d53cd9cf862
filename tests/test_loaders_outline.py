"""Word markers of the outline and the number column's header words of pdftotext tables, read from the data tables
(``loaders/data/outline.json``, ``row_number_heads`` in ``loaders/data/task_columns.json``): every example is a real
line, and the readers find it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cancu.loaders import tables
from cancu.loaders.tasks import outline, pdf_columns

DATA = Path(__file__).resolve().parent.parent / "loaders" / "data"
OUTLINE = json.loads((DATA / "outline.json").read_text("utf-8"))
NO_HEADS = json.loads((DATA / "task_columns.json").read_text("utf-8"))["row_number_heads"]


@pytest.mark.parametrize("line", [ex for e in OUTLINE["ordinals"] for ex in e["examples"]])
def test_an_ordinal_numbers_its_item(line):
    kind, label, rest = outline.marker(line)
    assert kind == "ordinal" and re.fullmatch(r"Thứ \w+", label) and rest and rest[0] not in ",:."


def test_every_ordinal_word_is_in_the_pattern():
    for e in OUTLINE["ordinals"]:
        for n in e["numbers"]:
            assert outline.marker(f"{e['lead']} {n}, các bộ, ngành")[:2] == ("ordinal", f"{e['lead']} {n}")


@pytest.mark.parametrize("line", [
    "Thứ trưởng Thường trực Bộ Nông nghiệp và Phát triển Nông thôn",  # a signer's title (a crawl page)
    "Thứ tự ưu tiên thanh toán khi xử lý tài sản bảo đảm của khoản nợ xấu",  # a heading (a crawl page)
])
def test_a_line_that_opens_with_the_lead_word_but_no_number_is_no_ordinal(line):
    assert outline.marker(line)[0] is None


def test_the_number_column_header_words_open_a_pdftotext_header():
    words = NO_HEADS["words"]
    assert all(any(ex.startswith(w) for ex in NO_HEADS["examples"]) for w in words)
    for ex in NO_HEADS["examples"]:
        first = ex.split("\n")[0]
        assert pdf_columns._HEAD_START.match(first) or first in words, ex
    # case counts: a sentence's "tt" opens no header
    assert not pdf_columns._HEAD_START.match("tt Nội dung")


def test_seed_000s_header_line_opens_with_a_number_column_word():
    from cancu.loaders import tasks

    # dev 000_b4f8ce09866c4c17 line 522, the header pdftotext repeats on each page
    assert tasks._HEADER.match(" Stt Nhiệm vụ Sản phẩm Tiến độ Phân công và cách thức thực hiện")
    assert not tasks._HEADER.match("tt Nhiệm vụ")


@pytest.mark.parametrize("entry", tables.load("task_columns")["deadline_openers"], ids=lambda e: e["pattern"])
def test_a_deadline_opener_opens_the_deadline_cell_of_a_pdftotext_table(entry):
    for ex in entry["examples"]:
        assert re.match(f"(?i){entry['pattern']}", ex), ex
        assert pdf_columns._opens("deadline", ex), ex
    # an agency name or a task opens no deadline cell
    assert not pdf_columns._opens("deadline", "Sở Tư pháp")
    assert not pdf_columns._opens("deadline", "Xây dựng kế hoạch triển khai")


def test_the_list_of_recipients_ends_a_pdftotext_table():
    for ex in tables.load("signing")["recipients"]["examples"]:
        assert pdf_columns.table_end(ex), ex
    assert not pdf_columns.table_end("Các cơ quan nơi nhận văn bản")


@pytest.mark.parametrize("line, label, title", [
    # a portal's rendering of Nghị định 09/2025/NĐ-CP: "**Chương I****QUY ĐỊNH CHUNG**" and "### Chương III**TỔ CHỨC
    # THỰC HIỆN VÀ ĐIỀU KHOẢN THI HÀNH**" lose their bold marks, and "### Chương IICHÍNH SÁCH …" is printed so
    ("Chương IQUY ĐỊNH CHUNG", "I", "QUY ĐỊNH CHUNG"),
    ("Chương IICHÍNH SÁCH HỖ TRỢ SẢN XUẤT NÔNG NGHIỆP", "II", "CHÍNH SÁCH HỖ TRỢ SẢN XUẤT NÔNG NGHIỆP"),
    ("Chương IIITỔ CHỨC THỰC HIỆN VÀ ĐIỀU KHOẢN THI HÀNH", "III", "TỔ CHỨC THỰC HIỆN VÀ ĐIỀU KHOẢN THI HÀNH"),
    # a Quy định of a crawl page ("**Chương IV****TỔ CHỨC THỰC HIỆN**", crawl c15a1748f51c3fd0)
    ("Chương IVTỔ CHỨC THỰC HIỆN", "IV", "TỔ CHỨC THỰC HIỆN"),
])
def test_a_chapter_numeral_run_into_its_title(line, label, title):
    assert outline.marker(line) == ("chapter", label, title)


@pytest.mark.parametrize("line", [
    "MỤC LỤC HỒ SƠ",  # a records list's title (crawl e8955302e2d90772): no section "L"
    "Chương trình hành động",
    "Chương ĐẦU",
])
def test_capitals_after_a_part_word_are_no_chapter_without_a_numeral(line):
    assert outline.marker(line)[0] is None
