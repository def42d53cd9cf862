"""HTML lists as a browser draws them: the item's marker is part of the text the readers see.

A portal's editor (CKEditor, TinyMCE) or a Markdown → HTML converter writes a plan's
duties as ``<ul>``/``<ol>`` items, and the page shows "-", "1.", "a." in front of each.
Before, the HTML reader dropped those markers: consecutive items read as one run-on
paragraph, so an agency's three duties came out as one task (the format-transfer
benchmark's HTML pages of the 30 open gold sets found 2,385 of the 2,884 rows their
Markdown finds). Lines below are from real gold documents.
"""

from __future__ import annotations

from cancu.loaders import extract
from cancu.loaders.read import read_layout

HEADER = ("<table><tr><td><p><b>ỦY BAN NHÂN DÂN</b></p><p>TỈNH NGHỆ AN</p><p>Số: 987/KH-UBND</p></td>"
          "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>"
          "<p><i>Nghệ An, ngày 10 tháng 12 năm 2025</i></p></td></tr></table>"
          "<p><b>KẾ HOẠCH</b></p><p>Phát triển hạ tầng viễn thông phủ sóng 5G tại các khu công nghiệp</p>")


def _page(tmp_path, body: str, header: str = HEADER):
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><meta charset='utf-8'></head><body>{header}{body}</body></html>", encoding="utf-8")
    return path


def test_bulleted_duties_under_an_agency_heading_are_one_task_each(tmp_path):
    # Kế hoạch 987/KH-UBND (Nghệ An, set b c_d229bdb7), "IV. TỔ CHỨC THỰC HIỆN", each duty its own <ul>
    # as the page's editor wrote it; before, the three duties of section 1 read as one task
    duties = ["Theo dõi, đôn đốc, chỉ đạo các doanh nghiệp viễn thông triển khai phát triển hạ tầng viễn thông "
              "phủ sóng 5G theo Kế hoạch.",
              "Chủ trì, phối hợp các đơn vị liên quan hướng dẫn, theo dõi, kiểm tra, đôn đốc các Doanh nghiệp Viễn "
              "thông tổ chức triển khai thực hiện nhiệm vụ theo Kế hoạch.",
              "Phối hợp chặt chẽ với các nhà mạng (Viettel Nghệ An, VNPT Nghệ An, MobiFone Nghệ An) để xây dựng lộ "
              "trình, kế hoạch cụ thể triển khai trạm phát sóng 5G và ứng dụng IoT tại các KCN."]
    body = ("<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p><p><b>1. Sở Khoa học và Công nghệ</b></p>"
            + "".join(f"<ul><li>{d}</li></ul>" for d in duties)
            + "<p><b>2. Ban Quản lý Khu kinh tế Đông Nam</b></p><ul><li>Đề xuất những khu công nghiệp có mật độ "
              "doanh nghiệp cao, ngành nghề sản xuất cần ứng dụng công nghệ cao.</li></ul>")
    path = _page(tmp_path, body)
    lay = read_layout(path)
    items = [p for p in lay.paragraphs() if p.numbering]
    assert [p.numbering for p in items] == ["-"] * 4
    assert items[0].text == "- " + duties[0] and lay.text[items[0].start:items[0].end] == items[0].text
    tasks = extract(path).to_dict()["tasks"]
    assert [(t["text"], t["lead"]) for t in tasks] == [
        *((d, ["Sở Khoa học và Công nghệ"]) for d in duties),
        ("Đề xuất những khu công nghiệp có mật độ doanh nghiệp cao, ngành nghề sản xuất cần ứng dụng công nghệ "
         "cao.", ["Ban Quản lý Khu kinh tế Đông Nam"])]


def test_ordered_lists_number_the_agencies_and_letter_their_duties(tmp_path):
    # Kế hoạch 624/KH-UBND (Hà Tĩnh, set c c_1afa10e6), "2. Sở Nội vụ" and its a) … c), as nested
    # ordered lists whose numbers and letters the browser draws (<ol start="2">, <ol type="a">)
    duties = ["Phối hợp với Sở Giáo dục và Đào tạo kiểm tra việc thực hiện các quy định liên quan đến dịch vụ giáo "
              "dục mầm non cho trẻ em là con công nhân tại địa bàn có nhiều lao động.",
              "Phối hợp với Sở Giáo dục và Đào tạo và các sở, ngành liên quan nghiên cứu, đề xuất sửa đổi, bổ sung "
              "chế độ, chính sách đối với giáo viên, cán bộ quản lý giáo dục.",
              "Phối hợp với các đơn vị liên quan tăng cường công tác kiểm tra, giám sát công tác tuyển dụng, hợp "
              "đồng, sử dụng đội ngũ giáo viên, cán bộ quản lý giáo dục mầm non."]
    body = ("<p><b>V. TỔ CHỨC THỰC HIỆN</b></p><ol start='2'><li><b>Sở Nội vụ</b><ol type='a'>"
            + "".join(f"<li>{d}</li>" for d in duties) + "</ol></li><li><b>Sở Y tế</b><ol type='a'><li>Phối hợp "
            "với Sở Giáo dục và Đào tạo chỉ đạo hệ thống y tế cơ sở triển khai nội dung chuyên môn về công tác nuôi "
            "dưỡng, chăm sóc sức khỏe.</li></ol></li></ol>")
    path = _page(tmp_path, body)
    numbered = [(p.numbering, p.text[:12]) for p in read_layout(path).paragraphs() if p.numbering]
    assert numbered == [("2.", "2. Sở Nội vụ"), ("a.", "a. Phối hợp "), ("b.", "b. Phối hợp "),
                        ("c.", "c. Phối hợp "), ("3.", "3. Sở Y tế"), ("a.", "a. Phối hợp ")]
    tasks = extract(path).to_dict()["tasks"]
    assert [(t["no"], t["text"], t["lead"]) for t in tasks][:3] == [
        (no, d, ["Sở Nội vụ"]) for no, d in zip("abc", duties)]
    assert tasks[3]["lead"] == ["Sở Y tế"] and len(tasks) == 4


def test_list_numbers_follow_start_value_and_list_style(tmp_path):
    # how a browser numbers: start and value reset the count, list-style-type changes the
    # form or hides the marker, an empty item draws nothing the text could carry
    path = _page(tmp_path, "<ol type='I' start='3'><li>Nhiệm vụ</li><li>Giải pháp</li></ol>"
                           "<ol><li value='5'>năm</li><li>sáu</li><li></li><li>tám</li></ol>"
                           "<ul style='list-style-type: none'><li>không dấu</li></ul>"
                           "<ol style='list-style-type:lower-alpha'><li>một</li><li style='list-style:none'>ẩn</li>"
                           "</ol>", header="")
    got = [(p.numbering, p.text) for p in read_layout(path).paragraphs()]
    assert got == [("III.", "III. Nhiệm vụ"), ("IV.", "IV. Giải pháp"), ("5.", "5. năm"), ("6.", "6. sáu"),
                   ("8.", "8. tám"), (None, "không dấu"), ("a.", "a. một"), (None, "ẩn")]


def test_a_list_inside_a_table_cell_keeps_its_markers(tmp_path):
    # a task table whose "Nội dung" cell lists its parts (plan 552/KH-UBND, Đồng Tháp, dev d013)
    path = _page(tmp_path, "<table><tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th></tr>"
                           "<tr><td>1</td><td><p>Rà soát, kịp thời cụ thể hoá</p><ul><li>các văn bản</li>"
                           "<li>các quy trình</li></ul></td><td>Sở Tư pháp</td></tr></table>", header="")
    (table,) = list(read_layout(path).tables())
    assert table.rows[1][1].text == "Rà soát, kịp thời cụ thể hoá\n- các văn bản\n- các quy trình"
