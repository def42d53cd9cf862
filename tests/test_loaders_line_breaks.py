"""Line breaks inside one paragraph of a web page or a Word file: a list item on a new line is an item.

A portal's editor writes a section as one ``<p>`` of ``<br>``-broken lines, and Word's Shift+Enter does the same
inside a DOCX paragraph. Before, such a paragraph was read as one: "V. TỔ CHỨC THỰC HIỆN" / "2. Sở Nội vụ" / "a) Phối
hợp …" gave no task at all (the 30 open sets' HTML pages with every body paragraph so joined found 794 of 2,878
rows; now 2,316). Only a line opening with a list marker starts a new part: a break after a sentence is often one
sentence per line within a paragraph, and splitting there lost 334 rows of the same pages written that way.
"""

from __future__ import annotations

import docx

from cancu.loaders import extract
from cancu.loaders.read import read_layout
from cancu.loaders.tasks.paragraphs import layout_paragraphs

HEADER = ("<table><tr><td><p><b>ỦY BAN NHÂN DÂN</b></p><p>TỈNH HÀ TĨNH</p><p>Số: 624/KH-UBND</p></td>"
          "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
          "<p><i>Hà Tĩnh, ngày 19 tháng 11 năm 2025</i></p></td></tr></table>"
          "<p><b>KẾ HOẠCH</b></p><p>Thực hiện Chương trình nâng cao chất lượng giáo dục mầm non</p>")
# Kế hoạch 624/KH-UBND (Hà Tĩnh, set c c_1afa10e6), section V.2, as the gold writes the three duties
DUTIES = ["Phối hợp với Sở Giáo dục và Đào tạo kiểm tra việc thực hiện các quy định liên quan đến dịch vụ giáo dục mầm "
          "non cho trẻ em là con công nhân tại địa bàn có nhiều lao động quy định tại Nghị định số 145/2020/NĐ-CP ngày "
          "14 tháng 12 năm 2020 của Chính phủ.",
          "Phối hợp với Sở Giáo dục và Đào tạo và các sở, ngành liên quan nghiên cứu, đề xuất sửa đổi, bổ sung chế độ, "
          "chính sách đối với giáo viên, cán bộ quản lý giáo dục, nhân viên trong các cơ sở giáo dục mầm non ở địa "
          "bàn đô thị, khu công nghiệp.",
          "Phối hợp với các đơn vị liên quan tăng cường công tác kiểm tra, giám sát công tác tuyển dụng, hợp đồng, sử "
          "dụng, đãi ngộ, khen thưởng đội ngũ giáo viên, cán bộ quản lý giáo dục mầm non ở địa bàn đô thị, khu công "
          "nghiệp."]


def _page(tmp_path, body: str):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><meta charset='utf-8'></head><body>{HEADER}{body}</body></html>", encoding="utf-8")
    return path


def test_items_on_broken_lines_of_one_paragraph_are_tasks(tmp_path):
    path = _page(tmp_path, "<p><b>V. TỔ CHỨC THỰC HIỆN</b><br><b>2. Sở Nội vụ</b><br>"
                 + "<br>".join(f"{no}) {d}" for no, d in zip("abc", DUTIES)) + "</p>")
    lay = read_layout(path)
    paras = [p for p in layout_paragraphs(lay) if p.text.startswith(("V.", "2.", "a)", "b)", "c)"))]
    assert [p.text[:12] for p in paras] == ["V. TỔ CHỨC T", "2. Sở Nội vụ", "a) Phối hợp ", "b) Phối hợp ",
                                             "c) Phối hợp "]
    for p in paras:  # each part quotes the page's text
        assert " ".join(lay.text[p.start:p.end].split()) == p.text
    tasks = extract(path).to_dict()["tasks"]
    assert [(t["no"], t["lead"], t["text"]) for t in tasks] == [
        (no, ["Sở Nội vụ"], d) for no, d in zip("abc", DUTIES)]


def test_a_line_wrapped_by_hand_goes_on(tmp_path):
    # the first duty broken by hand in mid-sentence and after a sentence: one paragraph, one task, its whole text
    first, rest = DUTIES[0].split(" kiểm tra ", 1)
    path = _page(tmp_path, "<p><b>2. Sở Nội vụ</b></p><p>a) " + first + "<br>kiểm tra " + rest
                 + "<br>Định kỳ báo cáo Ủy ban nhân dân tỉnh.</p>")
    tasks = extract(path).to_dict()["tasks"]
    assert [(t["no"], t["lead"], " ".join(t["text"].split())) for t in tasks] == [
        ("a", ["Sở Nội vụ"], DUTIES[0] + " Định kỳ báo cáo Ủy ban nhân dân tỉnh.")]


def test_word_line_breaks_inside_a_paragraph_are_read_alike(tmp_path):
    # the same section as a Word file whose lines are Shift+Enter breaks of one paragraph (w:br)
    doc = docx.Document()
    for line in ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "Số: 624/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 19 tháng 11 năm 2025", "KẾ HOẠCH",
                 "Thực hiện Chương trình nâng cao chất lượng giáo dục mầm non"):
        doc.add_paragraph(line)
    p = doc.add_paragraph()
    lines = ["V. TỔ CHỨC THỰC HIỆN", "2. Sở Nội vụ", *(f"{no}) {d}" for no, d in zip("abc", DUTIES))]
    for k, line in enumerate(lines):
        run = p.add_run(line)
        if k < len(lines) - 1:
            run.add_break()
    path = tmp_path / "plan.docx"
    doc.save(path)
    tasks = extract(path).to_dict()["tasks"]
    assert [(t["no"], t["lead"], t["text"]) for t in tasks] == [
        (no, ["Sở Nội vụ"], d) for no, d in zip("abc", DUTIES)]
