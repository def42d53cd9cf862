"""A task table pdftotext wrote without -layout, one cell after another (the Phụ lục of a Công báo programme)."""

from __future__ import annotations

import importlib
import re

from cancu.loaders import tables
from cancu.loaders.tasks import extract_tasks
from cancu.loaders.text import MappedText

cell_rows = importlib.import_module("cancu.loaders.tasks.cell_rows")

# Nghị quyết 100/NQ-CP, Phụ lục (Công báo số 242, 22-04-2026, pp. 57-59), as pdftotext wrote it: the header cut into
# pieces, a group row, rows whose cells follow one another, the running head between pages, and row 4 cut by a page
HEAD = ("PHỤ LỤC\nDANH MỤC CÁC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ\n\n"
        "TT\nTên nhiệm vụ\nCơ quan\nchủ trì\nCơ\nquan\nphối hợp\nKết quả/Đánh giá\nThời\nhạn\nhoàn thành\n")
ROWS = (
    "I.\nTăng cường sự lãnh đạo của Đảng; đổi mới tư\nduy, thống nhất cao về nhận thức và hành\n"
    "động trong công tác phi chính phủ nước ngoài\ntrong tình hình mới\n\n"
    "1.\nTuyên truyền, phổ biến và triển khai công tác phi\nchính phủ nước ngoài gắn với triển khai hiệu quả\n"
    "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của\nBộ Chính trị về tăng cường, bảo vệ nền tảng tư\n"
    "tưởng của Đảng, đấu tranh phản bác các quan\nđiểm sai trái, thù địch trong tình hình mới.\n"
    "Bộ Ngoại\ngiao\nCác\nBộ,\nngành,\nđịa\nphương, Ủy\nban Công tác\nvề\ncác\ntổ\nchức\nPCPNN\n"
    "Chương trình, kế\nhoạch, Đề án tuyên\ntruyền\nThực\nhiện\nthường\nxuyên, lồng\nghép\ntrong\nnhiệm\nvụ\n"
    "thường\nxuyên.\n"
    "2.\nĐẩy mạnh chuyển đổi số, phát triển dữ liệu số,\ntăng cường ứng dụng công nghệ thông tin, công\n"
    "nghệ số và vận dụng các nền tảng trực tuyến\ntrong công tác thông tin, tuyên truyền về hoạt\n"
    "động phi chính phủ nước ngoài.\nBộ Ngoại\ngiao\nCác\nBộ,\nngành,\nđịa\nphương, Ủy\nban Công tác\nvề\n"
    "các\ntổ\nchức\nPCPNN,\nVTV, VOV,\nTTXVN\nChương trình, kế\nhoạch,\nĐề\nán\nchuyển đổi số\nThực\nhiện\n"
    "thường xuyên.\n"
    "3.\nNâng cao hiệu quả của các cơ chế phối hợp, trao\nđổi thông tin giữa các bộ, ngành, địa phương, cơ\n"
    "quan đầu mối về công tác phi chính phủ nước\nngoài nhằm chủ động nghiên cứu, dự báo tình\n"
    "Bộ Ngoại\ngiao\nCác\nBộ,\nngành,\nđịa\nphương, Ủy\nban Công tác\nChương trình, kế\nhoạch, Đề án, báo\n"
    "cáo\nThực\nhiện\nthường\nxuyên.\n\n\nCÔNG BÁO/Số 242/Ngày 22-04-2026\n59\n\n\n"
    "hình, xu hướng thế giới, khu vực, đánh giá các yếu\ntố chính trị, kinh tế an ninh, nhận diện đúng đắn,\n"
    "đầy đủ mặt thuận và mặt không thuận.\nvề\ncác\ntổ\nchức\nPCPNN\n")


def _cells(text):
    grid, unsure = cell_rows.cell_rows(text)
    return [r.cells for r in grid.rows[1:]], unsure, grid


def test_rows_of_a_table_written_cell_after_cell():
    rows, unsure, _ = _cells(HEAD + ROWS)
    assert rows[0] == ["I", "Tăng cường sự lãnh đạo của Đảng; đổi mới tư duy, thống nhất cao về nhận thức và hành "
                            "động trong công tác phi chính phủ nước ngoài trong tình hình mới"]
    no, task, lead, coord, result, deadline = rows[1]
    assert task.endswith("thù địch trong tình hình mới.") and lead == "Bộ Ngoại giao"
    assert coord == "Các Bộ, ngành, địa phương, Ủy ban Công tác về các tổ chức PCPNN"
    assert result == "Chương trình, kế hoạch, Đề án tuyên truyền"
    assert deadline == "Thực hiện thường xuyên, lồng ghép trong nhiệm vụ thường xuyên."
    # an acronym goes on with the name before it ("… tổ chức" / "PCPNN,"), it opens no result
    assert rows[2][3].endswith("PCPNN, VTV, VOV, TTXVN") and rows[2][4] == "Chương trình, kế hoạch, Đề án chuyển đổi số"
    # a row cut by the page: the task cell goes on after the running head, then the rest of the tallest narrow cell
    assert rows[3][1].endswith("dự báo tình hình, xu hướng thế giới, khu vực, đánh giá các yếu tố chính trị, kinh tế "
                               "an ninh, nhận diện đúng đắn, đầy đủ mặt thuận và mặt không thuận.")
    assert rows[3][3] == "Các Bộ, ngành, địa phương, Ủy ban Công tác về các tổ chức PCPNN"
    assert not unsure


def test_cell_after_cell_rows_become_tasks():
    text = "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.\n" + HEAD + ROWS
    found, _ = extract_tasks(MappedText.from_source(text))
    rows = [t for t in found if t.no in ("1", "2", "3")]
    assert [t.lead for t in rows] == [("Bộ Ngoại giao",)] * 3
    assert rows[0].deadline.recurrence == "continuous" and rows[1].coordinating[0] == "Các Bộ, ngành, địa phương"


def test_narrow_cells_told_apart_by_names_and_time_phrases():
    # Quyết định 844/QĐ-TTg, Phụ lục (Công báo số 286), row 10: a name's head word alone at a line's end goes on
    # ("Bộ Tài chính, Bộ" / "Tư pháp"); the result is no name; the deadline is a time phrase
    kinds = ["lead", "coordinating", "deliverables", "deadline"]
    assert cell_rows._cuts(["Bộ Y tế", "Bộ Tài chính, Bộ", "Tư pháp, các bộ,", "ngành, cơ quan, tổ",
                            "chức có liên quan", "Luật Bảo hiểm y tế", "(sửa đổi)", "Quý I/2029"], kinds) == [
        ["Bộ Y tế"], ["Bộ Tài chính, Bộ", "Tư pháp, các bộ,", "ngành, cơ quan, tổ", "chức có liên quan"],
        ["Luật Bảo hiểm y tế", "(sửa đổi)"], ["Quý I/2029"]]
    assert [cell_rows.line_open(x) for x in ("Bộ Tài chính, Bộ", "Bộ", "Các Bộ", "Sở Y tế, UBND")] == [
        True, True, False, False]
    # Nghị quyết 100/NQ-CP, Phụ lục II.3: a result lists no names, so "Chính phủ," / "Bộ Công an," go with "Thanh" /
    # "tra" into the phối hợp cell, and the result opens after it: its lines are wider than the phối hợp column's widest
    # in the table's sure rows
    widths = {"lead": 10, "coordinating": 13, "deliverables": 19, "deadline": 15}
    lines = ("Bộ Ngoại|giao|Thanh|tra|Chính phủ,|Bộ Công an,|Bộ Tư pháp,|các|Bộ,|ngành|liên|quan|Đề xuất ban hành,|"
             "sửa đổi, bổ sung|Nghị định, Thông|tư|Năm 2026 -|2028").split("|")
    assert [" ".join(c) for c in cell_rows._cuts(lines, kinds, widths)] == [
        "Bộ Ngoại giao", "Thanh tra Chính phủ, Bộ Công an, Bộ Tư pháp, các Bộ, ngành liên quan",
        "Đề xuất ban hành, sửa đổi, bổ sung Nghị định, Thông tư", "Năm 2026 - 2028"]


def test_the_task_cell_ends_where_the_next_line_would_have_fitted():
    # rows 5 and 11 of the same Phụ lục: a short last line, and a cell cut by the page before its chủ trì cell
    assert cell_rows._task_end(["Xây dựng Đề án về đổi mới, nâng cao hiệu quả", "công tác truyền thông, phổ biến, "
                                "giáo dục pháp", "mới.", "Bộ Tài chính"], 46) == 3
    assert cell_rows._task_end(["Từng bước triển khai phân luồng người bệnh", "chữa bệnh để giảm điều trị các bệnh "
                                "lý nhẹ,", "Bộ Y tế, Sở Y tế", "đối"], 46) == 2
    # an item of the task cell goes on with it (row 23: "… Cụ thể:" / "- Hằng năm từ quý IV/2026 - 2029, xây dựng,")
    assert cell_rows._task_end(["sàng lọc theo yêu cầu chuyên môn. Cụ thể:", "- Hằng năm từ quý IV/2026 - 2029, xây "
                                "dựng,", "thuật y tế.", "- Từ quý IV/2027 xây dựng Nghị quyết thí", "Bộ Y tế"], 44) == 4
    # row 8: the chủ trì cell written on the task's line, wider than the task column, is cut off it
    glued = ["Xây dựng Nghị định về tăng mức đóng bảo", "hiểm y tế từ năm 2027 theo lộ trình phù hợp Bộ Y tế",
             "Bộ Tài chính, các"]
    assert cell_rows._unglued(glued, 44)[1:3] == ["hiểm y tế từ năm 2027 theo lộ trình phù hợp", "Bộ Y tế"]
    assert cell_rows._unglued(["Bộ Chính trị về tăng cường, bảo vệ nền tảng tư"], 44) == [
        "Bộ Chính trị về tăng cường, bảo vệ nền tảng tư"]
    # a wrapped line opening with an agency name in the task's width goes on with the task
    assert cell_rows._task_end(["Nghị quyết số 35-NQ/TW ngày 22/10/2018 của", "Bộ Chính trị về tăng cường, bảo vệ "
                                "nền tảng tư", "tưởng của Đảng."], 46) == 3


def test_open_endings_and_result_openers_examples():
    table = tables.load("task_columns")
    for line, _ in table["open_endings"]["examples"]:
        assert cell_rows._open_ending().search(line)
    # Quyết định 844/QĐ-TTg, Phụ lục row 3: the chủ trì cell "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp"
    # goes on after "trình"; the phối hợp cell opens with "Các cơ quan"
    assert cell_rows._cuts(["Ủy ban nhân", "dân cấp tỉnh", "trình", "Hội", "đồng", "nhân", "dân cùng cấp",
                            "Các cơ quan, tổ", "chức, đơn vị có", "liên quan."], ["lead", "coordinating"]) == [
        ["Ủy ban nhân", "dân cấp tỉnh", "trình", "Hội", "đồng", "nhân", "dân cùng cấp"],
        ["Các cơ quan, tổ", "chức, đơn vị có", "liên quan."]]
    for ex in table["result_openers"]["examples"]:
        assert cell_rows._result_opener().match(ex) and not cell_rows._agency_line(ex)


def test_prose_gives_no_cell_after_cell_table():
    # a numbered list under a "TT" line that names no task and lead column is no such table
    assert cell_rows.cell_rows("TT\nHọ và tên\nChức vụ\n1.\nNguyễn Văn A\n2.\nTrần Văn B\n") is None
    assert cell_rows.cell_rows(re.sub(r"(?m)^TT$", "Nội dung", HEAD + ROWS)) is None


def test_a_notes_column_and_a_table_without_leads():
    # the same table with a "Ghi chú" column after the deadline: an empty last cell
    grid, _ = cell_rows.cell_rows(HEAD.replace("hoàn thành\n", "hoàn thành\nGhi chú\n") + ROWS)
    assert grid.rows[0].cells[-1] == "Ghi chú" and grid.rows[2].cells[2] == "Bộ Ngoại giao"
    assert grid.rows[2].cells[-2:] == ["Thực hiện thường xuyên, lồng ghép trong nhiệm vụ thường xuyên.", ""]
    # numbered lines under such a header whose cells name no chủ trì are not read as its rows
    assert cell_rows.cell_rows(HEAD + "1.\nMột nội dung không có cơ quan nào\n2.\nMột nội dung khác nữa\n") is None


def test_a_quarter_or_a_month_started_from_sets_no_end():
    # Quyết định 844/QĐ-TTg, Phụ lục, deadline cells of rows 11, 14 and 23: a start alone, or a range that keeps its end
    from cancu.loaders.tasks.deadline_text import parse_deadline

    assert [(d.start, d.end) for d in map(parse_deadline, ("Từ quý II/2027", "Từ tháng 5/2026, thường xuyên"))] == [
        ("2027-04-01", None), ("2026-05-01", None)]
    assert parse_deadline("Từ quý III/2026 đến quý III/2030").end == "2030-09-30"


def test_groups_lettered_instead_of_numbered():
    grid, _ = cell_rows.cell_rows(HEAD + ROWS.replace("I.\n", "A.\n", 1))
    assert grid.rows[1].cells[0] == "A" and grid.rows[1].cells[1].startswith("Tăng cường sự lãnh đạo của Đảng")
