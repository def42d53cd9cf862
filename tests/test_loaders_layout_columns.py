"""Task tables of pdftotext -layout text: each word read by the column it stands in.

pdftotext -layout sets a table's columns side by side; read as lines of prose, a row's cells ran
into each other and most rows gave no task or a glued one. The fixtures are real pdftotext -layout
output: office o047.pdf (a faculty's internship schedule), and the Word-exported PDFs of three gold
documents as ``benchmarks/format_transfer.py`` writes them (Kế hoạch 298/KH-UBND of Nha Trang,
seed 003; a plan of the Ministry of Natural Resources and Environment, set i l_bf361402; the targets
annex of Kế hoạch 144/KH-UBND of Bắc Ninh, crawl c_fab42845). Each is scored by the evaluator against
the document's hand-checked gold, with the figures it had before the reader.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cancu.loaders import extract, tables
from cancu.loaders.evaluate import evaluate_dirs
from cancu.loaders.tasks.columns import is_step_cell
from cancu.loaders.tasks.layout_columns import layout_column_grids, layout_column_tables

TASKS = Path(__file__).parent / "fixtures" / "loaders" / "tasks"
GOLD = Path(__file__).parent / "fixtures" / "loaders" / "gold"


def _scored(tmp_path: Path, fixture: str, gold: str) -> dict:
    shutil.copy(TASKS / fixture, tmp_path / f"{gold}.txt")
    shutil.copy(GOLD / f"{gold}.json", tmp_path / f"{gold}.json")
    return evaluate_dirs(tmp_path, tmp_path)["documents"][gold]["tasks"]


def test_office_schedule_rows_read_by_column(tmp_path):
    # o047: "TT | Thời gian | Nội dung", each row's number set in the middle of its lines, the first row's cells
    # run together one space apart ("1 Ngày 24/05/2023 Khoa thông báo …"), a page number over row 6; before: no row
    t = _scored(tmp_path, "layout_o047.txt", "o047")
    assert (t["gold"], t["found"], t["counted_predicted"]) == (7, 7, 7)
    assert t["correct"]["text"] == t["correct"]["deadline_end"] == t["correct"]["lead"] == 7


def test_table_over_many_pages_read_under_each_repeated_header(tmp_path):
    # QĐ 298's plan: a five-column annex over some twenty pages, its header repeated 22 times, every page on a scale of
    # its own; before: 27 of 63 rows found, 8 with their whole text, 10 with their lead
    t = _scored(tmp_path, "layout_298.txt", "003_7d26c286be1eb3a6")
    assert t["gold"] == 63 and t["found"] >= 62 and t["counted_predicted"] <= 63
    assert t["correct"]["lead"] >= 54 and t["correct"]["deadline_end"] >= 62 and t["correct"]["text"] >= 40


def test_header_with_two_columns_one_space_apart(tmp_path):
    # "TT Nhiệm vụ   Cơ quan chủ trì Cơ quan phối hợp hiện/" with "Thời gian thực hiện/hoàn thành" wrapped above and
    # below: before, 21 of 31 rows (the annex's ten rows lost)
    t = _scored(tmp_path, "layout_btnmt.txt", "l_bf361402")
    assert t["gold"] == 31 and t["found"] >= 30 and t["correct"]["text"] >= 29 and t["correct"]["lead"] >= 29


def test_wide_target_column_is_no_paragraph_and_a_lead_set_left_stays_a_lead():
    # KH 144/KH-UBND's targets: "TT Chỉ tiêu" under "Chủ trì", the target column's lines as wide as a paragraph's
    # (they start right of the number column: the table goes on); "Sở Khoa học và Công" alone on its line two places
    # left of the column's other lines is still the lead's
    text = (TASKS / "layout_targets_144.txt").read_text(encoding="utf-8")
    (grid,) = layout_column_grids(text)
    assert grid.rows[0].cells == ["TT", "Chỉ tiêu", "Chủ trì"]
    rows = {r.cells[0]: r.cells[1:] for r in grid.rows[1:]}
    assert rows["3"] == ["Tỷ lệ doanh nghiệp vừa và nhỏ địa phương ứng dụng công nghệ số đạt 60%",
                         "Sở Khoa học và Công nghệ thúc đẩy, theo dõi, báo cáo chỉ tiêu"]
    assert rows["5"] == ["Kinh phí chi cho nghiên cứu phát triển (R&D)/GRDP tối thiểu 2%.", "Sở Tài chính"]
    assert len([r for r in grid.rows[1:] if r.cells[0].isdigit()]) == 7


@pytest.mark.parametrize("fixture, why", [
    ("layout_procedure_2682.txt", "a procedure's steps: 'Bước' and '0,25 ngày làm việc' cut over lines"),
    ("layout_scores_form.txt", "an appraisal form's formulas: 'Tiến độ công việc được giao' / '=' / 'x 100% x 5'"),
    ("layout_o033_rows.txt", "a norm table's rows: 'Báo cáo … theo nhiệm vụ được giao (Về tiến độ' is a row's line"),
])
def test_tables_that_assign_nothing_give_no_grid(fixture, why):
    text = (TASKS / fixture).read_text(encoding="utf-8")
    assert layout_column_grids(text) == [], why


def test_lines_of_running_text_give_no_grid():
    # words of two columns on one line of prose, no column set apart: no table
    assert layout_column_grids("Giao Sở Nội vụ chủ trì, thời gian thực hiện  trong năm 2026.\n"
                               "Nhiệm vụ chủ trì\n") == []


def test_extract_reads_the_schedule_from_a_text_file(tmp_path):
    # the reader runs for text files as `cancu extract` reads them
    path = tmp_path / "o047.txt"
    shutil.copy(TASKS / "layout_o047.txt", path)
    tasks = extract(path).to_dict()["tasks"]
    assert [(t["no"], t["lead"], (t["deadline"] or {}).get("end")) for t in tasks] == [
        ("1", ["Khoa"], "2023-05-24"), ("2", ["Sinh viên"], "2023-06-16"), ("3", ["Sinh viên"], "2023-07-31"),
        ("4", ["Sinh viên"], "2023-08-01"), ("5", ["Giảng viên"], "2023-08-02"), ("6", ["Khoa"], "2023-08-03"),
        ("7", ["Sinh viên"], "2023-08-20")]


def test_catalogue_of_procedures_is_no_prose_either():
    # QĐ 2487/QĐ-UBND of Lạng Sơn (set n n_f8dd7ac5) as pdftotext -layout wrote its render: Phụ lục I, a catalogue
    # "Số TT | Tên TTHC | Thời hạn giải quyết | Địa điểm thực hiện | …", whose cells read as prose gave four false
    # tasks ("Cơ quan tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn. Địa chỉ …"); it
    # assigns nothing, so its lines are skipped up to the next part's heading ("II. DANH MỤC …"); the decision's own
    # assignment stays
    tables = layout_column_tables((TASKS / "layout_catalogue_2487.txt").read_text(encoding="utf-8"))
    assert [g.layout for g in tables] == ["workflow"] and tables[0].rows == []
    texts = [t["text"] for t in extract(TASKS / "layout_catalogue_2487.txt").to_dict()["tasks"]]
    assert texts[0].startswith("Giao Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ")
    assert not any(t.startswith(("Cơ quan tiếp nhận và trả kết quả", "Trong thời hạn 07")) for t in texts)


@pytest.mark.parametrize("entry", tables.load("task_columns")["step_cells"])
def test_step_cell_examples(entry):
    # each entry of ``step_cells`` holds its real examples and none of its counter-examples ("Bước đầu triển khai" is a
    # task's own words, "Bước Hướng dẫn, …" a step's text the step's word opens, told by the lines around it)
    assert all(is_step_cell(x) for x in entry["examples"]), entry["examples"]
    assert not any(is_step_cell(x) for x in entry.get("not", [])), entry.get("not")
