"""The format-transfer benchmark's converter (benchmarks/format_transfer.py): lines of real gold documents."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "format_transfer", Path(__file__).resolve().parent.parent / "benchmarks" / "format_transfer.py")
ft = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ft)


def test_star_bullets_are_list_items():
    # k_8689cafd (a crawl page): its items ran into one paragraph before
    text = ("\n*   Quán triệt sâu sắc, nâng cao nhận thức về nhiệm vụ hoàn thiện thể chế.\n"
            "*   Đảng đoàn Quốc hội phối hợp với Đảng ủy cơ quan Văn phòng Quốc hội tổ chức phổ biến.\n\n"
            "* *\n")
    html = ft.render_html(text)
    assert html.count("<li>") == 2 and "<li></li>" not in html


def test_pdftotext_header_columns_are_a_layout_table():
    # l_528e3ece (pdftotext, the two columns side by side)
    text = ("\nỦY BAN NHÂN DÂN                       CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "      TỈNH LÀO CAI                                Độc lập - Tự do - Hạnh phúc\n\n"
            "      Số: 9387 /UBND-KT                       Lào Cai, ngày 15 tháng 9 năm 2026\n"
            " V/v triển khai thực hiện Chương trình\n\nKính gửi: Các Sở, ban, ngành thuộc tỉnh;\n")
    html = ft.render_html(text)
    assert ('<tr><td width="40%"><p>ỦY BAN NHÂN DÂN</p>\n<p>TỈNH LÀO CAI</p></td>'
            '<td width="60%"><p>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>\n<p>Độc lập - Tự do - Hạnh phúc</p></td></tr>'
            '<tr><td width="40%"><p>Số: 9387 /UBND-KT</p></td>'
            '<td width="60%"><p>Lào Cai, ngày 15 tháng 9 năm 2026</p></td></tr>') in html


def test_one_cell_a_line_header_is_a_layout_table():
    # l_26c9b249 (one header cell a line; "V/v" under the number)
    text = ("VĂN PHÒNG CHÍNH PHỦ\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 3722/VPCP-CN\nV/v cơ chế đặc thù xây dựng công trình khẩn cấp đối với Dự án kéo dài tuyến Metro\n\n"
            "Hà Nội, ngày 28 tháng 4 năm 2026\n\nKính gửi:\n- Ủy ban nhân dân tỉnh Đồng Nai.\n")
    html = ft.render_html(text)
    assert '<td width="40%"><p>VĂN PHÒNG CHÍNH PHỦ</p></td>' in html
    assert ("<p>Số: 3722/VPCP-CN</p>\n"
            "<p>V/v cơ chế đặc thù xây dựng công trình khẩn cấp đối với Dự án kéo dài tuyến Metro</p></td>") in html
    assert '<td width="60%"><p>Hà Nội, ngày 28 tháng 4 năm 2026</p></td>' in html


def test_crawl_table_header_is_left_to_the_region_reader():
    # l_771acd4d (the crawl's flattened table: "|" lines)
    text = "| CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n" \
           "| Số: 235/NQ-CP | *Hà Nội, ngày 14 tháng 8 năm 2026* |\n"
    assert ft._text_header(text, 0, len(text)) is None
