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


def test_pdftotext_cell_a_line_task_table_is_a_table():
    # l_816d32b5 (a ministry plan's annex: a Markdown header row, then pdftotext's cells one a line); as
    # paragraphs the next row's lead and deadline were glued to each task
    text = ("PHỤ LỤC\n| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\n"
            "Thời gian thực hiện\n1\nTổ chức tuyên truyền, phổ biến, hướng dẫn triển khai thực hiện Nghị định\na)\n"
            "Tổ chức Hội nghị phổ biến, triển khai Nghị định đến các cơ quan, tổ chức về lâm nghiệp ở trung ương, "
            "địa phương.\nCục Lâm nghiệp và Kiểm lâm\nVụ Pháp chế; các cơ quan, đơn vị có liên quan\nQuý III, IV/2026\n"
            "b)\nTổ chức các chương trình truyền thông, các hình thức tuyên truyền phù hợp khác.\n"
            "Cục Lâm nghiệp và Kiểm lâm, Sở Nông nghiệp và Môi trường\nCác cơ quan, đơn vị có liên quan\n"
            "Thường xuyên\n")
    html = ft.render_html(text)
    assert ("<tr><td><p>TT</p></td><td><p>Nội dung hoạt động</p></td><td><p>Cơ quan chủ trì</p></td>"
            "<td><p>Cơ quan phối hợp</p></td><td><p>Thời gian thực hiện</p></td></tr>") in html
    assert ("<td><p>Cục Lâm nghiệp và Kiểm lâm</p></td><td><p>Vụ Pháp chế; các cơ quan, đơn vị có liên quan</p></td>"
            "<td><p>Quý III, IV/2026</p></td></tr>") in html
    assert "| --- |" not in html


def test_markdown_header_table_is_a_layout_table_of_lines():
    # l_771acd4d (a converted PDF: the header block as a Markdown table, each cell's lines run together)
    text = ("| CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  --------------- |\n"
            "| --- | --- |\n| Số: 235/NQ-CP | *Hà Nội, ngày 14 tháng 8 năm 2026* |\nNGHỊ QUYẾT\n")
    html = ft.render_html(text)
    assert ('<table cellspacing="0" cellpadding="2" width="100%"><tr><td width="40%"><p>CHÍNH PHỦ</p>\n'
            '<p>-------</p></td><td width="60%"><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>\n'
            '<p>Độc lập - Tự do - Hạnh phúc</p>\n<p>---------------</p></td></tr>') in html
    assert "| --- |" not in html and 'border="1"' not in html


def test_pdftotext_page_numbers_are_left_out():
    # l_1092805a (pdftotext -layout: the page number centred between two lines of a paragraph)
    text = ("       - Chủ trì, phối hợp với các cơ quan liên quan tăng cường kiểm tra, giám sát việc chấp hành\n"
            "các quy định của pháp luật trong khai thác, vận chuyển, kinh\n"
            "                                       4\n\n"
            "doanh vật liệu xây dựng có nguồn gốc từ khoáng sản; kịp thời phát hiện, xử lý\n"
            "hoặc kiến nghị xử lý nghiêm các hành vi vi phạm.\n")
    html = ft.render_html(text)
    assert "<p>4</p>" not in html and " 4 " not in html


def test_pdftotext_indented_first_line_opens_a_paragraph():
    # l_ae9a885a (pdftotext -layout): a heading without a full stop, then its paragraph
    text = ("  cầu các đơn vị, cá nhân thực hiện các nội dung sau:\n"
            "         1. Phó Giám đốc Sở - Hoàng Văn Thuân\n"
            "        Trực tiếp chỉ đạo, tổ chức thực hiện các nhiệm vụ, quyền hạn được ủy quyền\n"
            "  tại Quyết định số 1883/QĐ-UBND và Quyết định số 2867/QĐ-UBND; chịu trách\n"
            "  nhiệm trước Giám đốc Sở và pháp luật về nội dung, kết quả thực hiện.\n")
    html = ft.render_html(text)
    assert "<p>1. Phó Giám đốc Sở - Hoàng Văn Thuân</p>" in html
    assert "<p>Trực tiếp chỉ đạo, tổ chức thực hiện các nhiệm vụ, quyền hạn được ủy quyền tại Quyết định" in html


def test_pdftotext_centred_title_in_capitals_and_its_subject_are_two_paragraphs():
    # pdftotext -layout centres the kind of document and sets its subject at the margin: a Word file holds two
    # paragraphs (set i l_6bb7788a, a Quyết định, and l_aa920759, a Kế hoạch, both of UBND tỉnh Lào Cai); run into
    # one, the title was lost as DOCX and PDF
    decision = (
            '                              QUYẾT ĐỊNH\n'
            '  Quy định cơ quan tiếp nhận hồ sơ đề nghị cấp Giấy chứng nhận đủ điều\n'
            '        kiện sản xuất tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai\n'
            '\n'
            '                   ỦY BAN NHÂN DÂN TỈNH LÀO CAI\n'
            '\n'
            '      Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;\n'
            '      Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số\n'
            '42/2024/QH15; Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến\n'
            'an ninh, trật tự số 118/2025/QH15;\n'
            '      Căn cứ Nghị định số 181/2024/NĐ-CP ngày 31 tháng 12 năm 2024 của\n'
            'Chính phủ quy định chi tiết một số điều của Luật Quản lý, sử dụng vũ khí, vật\n'
            'liệu nổ và công cụ hỗ trợ về vật liệu nổ công nghiệp và tiền chất thuốc nổ;\n'
            '      Căn cứ Thông tư số 23/2024/TT-BCT ngày 07 tháng 11 năm 2024 của Bộ\n'
            'trưởng Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công nghiệp,\n'
            'tiền chất thuốc nổ thuộc thẩm quyền quản lý của Bộ Công Thương;\n'
            '      Căn cứ Quyết định số 482/QĐ-UBND ngày 13 tháng 02 năm 2026 của Chủ\n'
            'tịch Ủy ban nhân dân tỉnh Lào Cai ban hành Danh mục và phân công cơ quan\n')
    plan = (
            '                                KẾ HOẠCH\n'
            '  Thực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025\n'
            ' về phát triển các khu, cụm công nghiệp trên địa bàn tỉnh Lào Cai năm 2026\n'
            '\n'
            '      Căn cứ Nghị định số 35/2022/NĐ-CP ngày 28 tháng 5 năm 2022 của Chính\n'
            'phủ về quản lý, phát triển khu công nghiệp, khu kinh tế (gọi tắt là Nghị định số\n'
            '35/2022/NĐ-CP); Nghị định số 32/2024/NĐ-CP ngày 15 tháng 3 năm 2024 của\n'
            'Chính phủ quy định về quản lý, phát triển cụm công nghiệp (gọi tắt là Nghị định số\n'
            '32/2024/NĐ-CP) và các quy định pháp luật có liên quan; Nghị quyết số 34-NQ/TU\n'
            'ngày 27 tháng 12 năm 2025 của Ban thường vụ Tỉnh ủy về phát triển các khu công\n'
            'nghiệp, cụm công nghiệp. Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị\n'
            'quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025 về phát triển các khu, cụm\n'
            'công nghiệp trên địa bàn tỉnh Lào Cai năm 2026, nội dung như sau:\n'
            '      I. MỤC ĐÍCH, YÊU CẦU\n')
    html = ft.render_html(decision)
    c = '<p align="center" style="text-align:center;text-indent:0">'  # (centred as offices set them)
    assert f"{c}<b>QUYẾT ĐỊNH</b></p>" in html and f"{c}Quy định cơ quan tiếp nhận hồ sơ" in html, html
    html = ft.render_html(plan)
    assert f"{c}<b>KẾ HOẠCH</b></p>" in html and f"{c}Thực hiện Nghị quyết số 34-NQ/TU" in html, html


def test_pdftotext_signature_columns_are_a_layout_table():
    # l_970e440e (pdftotext -layout: recipients and signature side by side)
    text = ("Bộ Nông nghiệp và Môi trường trân trọng cảm ơn sự phối hợp chặt chẽ của Quý Ủy ban./.\n"
            "Nơi nhận:                                              KT. BỘ TRƯỞNG\n"
            "- Như trên;                                             THỨ TRƯỞNG\n"
            "- Thủ tướng Chính phủ (để báo cáo);\n- Lưu: VT, VP(TH), PC, BĐKH.\n"
            "                                                        Lê Công Thành\n")
    html = ft.render_html(text)
    assert ('<td width="60%"><p>KT. BỘ TRƯỞNG</p>\n<p>THỨ TRƯỞNG</p>\n<p>Lê Công Thành</p></td>') in html
    assert "<li>Lưu: VT, VP(TH), PC, BĐKH.</li>" in html


def test_pdftotext_header_number_under_the_date_and_party_number():
    # l_a2fbe230 (the date line above the number line) and l_a78bb8c6 (a party committee: "Số 2449 -CV/ĐU")
    text = ("ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "       TỈNH LÀO CAI                           Độc lập - Tự do - Hạnh phúc\n"
            "                                          Lào Cai, ngày 10 tháng 7 năm 2026\n"
            "      Số: 7103 /UBND-TH\nV/v triển khai thực hiện Nghị định số\n")
    html = ft.render_html(text)
    assert ('<tr><td width="40%"><p>Số: 7103 /UBND-TH</p></td>'
            '<td width="60%"><p>Lào Cai, ngày 10 tháng 7 năm 2026</p></td></tr>') in html
    text = ("     ĐẢNG BỘ TỈNH LÀO CAI                             ĐẢNG CỘNG SẢN VIỆT NAM\n"
            " ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\n"
            "                                                      Lào Cai, ngày 07 tháng 9 năm 2026\n"
            "               *\n         Số 2449 -CV/ĐU\n")
    html = ft.render_html(text)
    assert ('<tr><td width="40%"><p>Số 2449 -CV/ĐU</p></td>'
            '<td width="60%"><p>Lào Cai, ngày 07 tháng 9 năm 2026</p></td></tr>') in html


def test_header_number_with_blanks_splits_before_the_date():
    # l_93d3d52c: the number's own blanks ("Số:   4390     /UBND-NLN") are no column gap
    assert ft._header_split("Số:   4390     /UBND-NLN                  Lào Cai, ngày 27 tháng 5 năm 2026") == [
        "Số:   4390     /UBND-NLN", "Lào Cai, ngày 27 tháng 5 năm 2026"]


def test_extraction_note_is_left_out():
    # the gold set's note on the extraction (set i l_528e3ece): no Word file has it
    text = ("[Bản trích chữ tự động bằng pdftotext từ CV-9387-UBND-KT-15-9-2026-UBND-tinh-trien-khai-CTr-104-giao-"
            "So-NNMT.pdf — 1 trang. Đối chiếu bản gốc trên GitHub khi trích nguyên văn.]\n\n"
            "Kính gửi: Các Sở, ban, ngành;\n")
    assert "Bản trích" not in ft.render_html(text)


def test_header_cells_run_together_are_split():
    # l_29687771 (a DOCX text extract: " | " between the cells), m_4d6d5366 (pdftotext: one space between them)
    assert ft._header_split("Số: 07/CT-TTg | Hà Nội, ngày 02 tháng 03 năm 2012") == [
        "Số: 07/CT-TTg", "Hà Nội, ngày 02 tháng 03 năm 2012"]
    assert ft._header_split("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") == [
        "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert ft._header_split("Số: /BTNMT-ĐĐBĐVN Hà Nội, ngày tháng 11 năm 2023") == [
        "Số: /BTNMT-ĐĐBĐVN", "Hà Nội, ngày tháng 11 năm 2023"]


def test_letter_opens_after_the_recipient_line():
    # m_4d6d5366: "Kính gửi: Bộ Nội vụ" then the letter's first paragraph
    html = ft.render_html("Kính gửi: Bộ Nội vụ\nPhúc đáp Công văn số 6541/BNV-CQĐP ngày 10 tháng 11 năm 2023\n"
                          "của Bộ Nội vụ về việc lấy ý kiến Phương án tổng thể.")
    assert "<p>Kính gửi: Bộ Nội vụ</p>" in html
    # h c_76e2aeaa: the label in bold, the addressee wrapped in lower case, then the letter's first sentence
    html = ft.render_html("**Kính gửi: **Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung\nương\n"
                          "Triển khai việc phân bổ tỷ lệ\nchi phí quản lý để thực hiện các hoạt động nghiệp vụ.")
    assert "trực thuộc trung ương</p>" in html and "<p>Triển khai việc phân bổ tỷ lệ chi phí" in html


def test_ocr_dataset_front_matter_and_page_marks_are_left_out():
    # set j l_ba68c322 (Markdown of an OCR dataset: YAML front matter, a marker line between pages)
    text = ('---\ntitle: "CV 2018 11 05 CV 4302 05112018 TCT Bao cao"\ncategory: "Tax"\noriginal_format: "pdf"\n---\n\n'
            "Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n--- PAGE BREAK ---\n"
            "1. Tăng cường công tác thanh tra.\n")
    html = ft.render_html(text)
    assert "PAGE BREAK" not in html and "Tax" not in html and "<p>1. Tăng cường công tác thanh tra.</p>" in html


def test_wrapped_line_in_lower_case_goes_on():
    # crawl c_4e61a7c4: an item wrapped after a semicolon
    html = ft.render_html("4. Rà soát lại việc thực hiện các đột phá chiến lược,\n"
                          "trong đó chú trọng công tác cải cách hành chính, nhất là thủ tục hành chính;\n"
                          "xây dựng bộ cơ chế chính sách để tận dụng tối đa.\n5. Rà soát kế hoạch đầu tư công.")
    assert ("<p>4. Rà soát lại việc thực hiện các đột phá chiến lược, trong đó chú trọng công tác cải cách hành "
            "chính, nhất là thủ tục hành chính; xây dựng bộ cơ chế chính sách để tận dụng tối đa.</p>") in html


def test_sentence_over_a_page_number_and_blank_line_goes_on():
    # set i l_1092805a (pdftotext -layout of a Lào Cai Công văn): the page number centred, a blank line, the sentence
    # going on in lower case; a Word file has one paragraph
    text = ("       - Chủ trì, phối hợp với các cơ quan liên quan tăng cường kiểm tra, giám sát việc chấp hành các\n"
            "quy định của pháp luật trong hoạt động sản xuất, kinh\n"
            "                                       4\n"
            "\n"
            "doanh vật liệu xây dựng có nguồn gốc từ khoáng sản; kịp thời phát hiện, xử lý.\n")
    html = ft.render_html(text)
    assert "sản xuất, kinh doanh vật liệu xây dựng" in html and ">4<" not in html


def test_short_step_row_is_merged_on_its_right():
    # t_1a8766df (Phụ lục II, a workflow): "Mức độ Dịch vụ công" ("Toàn trình") is set once for all the
    # steps; each later step ("Bước 2" | person | work | hours) has one cell fewer. Merged on the left, the
    # render shifted every step one column right and its person became the task (33 extra rows as DOCX)
    rows = [["TT", "Đơn vị/ người thực hiện", "Nội dung công việc", "Thời gian thực hiện", "Mức độ Dịch vụ công"],
            ["Bước 1", "Công chức tại Trung tâm Phục vụ hành chính công cấp xã", "Kiểm tra, hướng dẫn, tiếp nhận hồ sơ",
             "04 giờ làm việc", "Toàn trình"],
            ["Bước 2", "Lãnh đạo phòng Văn hóa - xã hội", "Nhận hồ sơ (điện tử) và phân công xử lý hồ sơ",
             "04 giờ làm việc"]]
    html = ft._table_html(rows)
    assert '<td><p>Bước 1</p></td>' in html and '<td rowspan="2"><p>Toàn trình</p></td>' in html
    assert "<tr><td><p>Bước 2</p></td>" in html


def test_short_row_under_a_row_of_another_label_is_merged_on_its_left():
    # the merged cell on the left stays: a case under a step has no "Bước" of its own
    rows = [["TT", "Nội dung công việc", "Thời gian"], ["Bước 2", "Trường hợp 1: tiếp nhận", "0,5 ngày"],
            ["Trường hợp 2: trả lại", "1,5 ngày"]]
    assert '<td rowspan="2"><p>Bước 2</p></td>' in ft._table_html(rows)


def test_bold_heading_line_ends_its_paragraph():
    # e_3e843967 (crawl): "**Điều 4. Hiệu lực thi hành**" then "Quyết định này có hiệu lực thi"; run together,
    # "Điều 5. Tổ chức thực hiện Chánh Văn phòng …" was one line and the article's duties were lost as DOCX
    lines = ["**Điều 3. Trách nhiệm của Sở", "Công Thương**", "1. Tổ chức thực hiện và chịu",
             "trách nhiệm trước pháp luật", "**Điều 4. Hiệu lực thi hành**", "Quyết định này có hiệu lực thi",
             "hành kể từ ngày 05 tháng 12 năm 2025.", "**Điều 2. **Sở Nội vụ có trách", "nhiệm chủ trì"]
    assert ft._paragraphs(lines) == [
        "**Điều 3. Trách nhiệm của Sở Công Thương**", "1. Tổ chức thực hiện và chịu trách nhiệm trước pháp luật",
        "**Điều 4. Hiệu lực thi hành**", "Quyết định này có hiệu lực thi hành kể từ ngày 05 tháng 12 năm 2025.",
        "**Điều 2. **Sở Nội vụ có trách nhiệm chủ trì"]


def test_article_number_alone_goes_on_with_its_words():
    # set ou iu_85ffc8a7 and iu_a6df1e2c (Quyết định of Tiền Giang and of Bình Định on a legal site): the page breaks
    # the line after the article's number; a Word file writes its words after it (apart, iu_85ffc8a7's Điều 2 was no
    # task as DOCX and PDF)
    lines = ["Điều 2.", "Giám đốc Sở Thông tin và Truyền thông phối hợp với các sở,",
             "ban, ngành có liên quan tổ chức triển khai thực hiện Quyết định này.", "Điều 3.",
             "Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối"]
    assert ft._paragraphs(lines) == [
        "Điều 2. Giám đốc Sở Thông tin và Truyền thông phối hợp với các sở, ban, ngành có liên quan tổ chức triển "
        "khai thực hiện Quyết định này.", "Điều 3. Giao Sở Lao động - Thương binh và Xã hội chủ trì, phối"]


def test_line_longer_than_a_wrap_that_ends_a_sentence_ends_its_paragraph():
    # set ow iw_0c4819b6 and set ot it_ef4f2510 (letters of Văn phòng Chính phủ and of Bộ VHTTDL, paragraphs apart by
    # blank lines but for these): "… có ý kiến như sau:" (561 characters, cut here) over the request; run into one
    # paragraph, the request was no task as DOCX and PDF. A line a page wraps goes on (blank lines or not)
    intro = ("Xét đề nghị của Ủy ban nhân dân thành phố Hồ Chí Minh (công văn số 6941/UBND-ĐTMT ngày 31 tháng 12 năm "
             "2010), ý kiến các Bộ: Y tế, Xây dựng, Kế hoạch và Đầu tư về địa điểm thực hiện Dự án đầu tư xây dựng "
             "mới Bệnh viện Đa khoa Sài Gòn, Phó Thủ tướng Hoàng Trung Hải có ý kiến như sau:")
    ask = ("Ủy ban nhân dân thành phố Hồ Chí Minh quyết định lựa chọn địa điểm xây dựng mới Bệnh viện Đa khoa Sài "
           "Gòn bảo đảm phù hợp với quy hoạch xây dựng.")
    assert ft._paragraphs([intro, ask, "", "Văn phòng Chính phủ xin thông báo."], blocks=True) == [
        intro, ask, "Văn phòng Chính phủ xin thông báo."]
    assert ft._paragraphs(["Bộ Văn hóa, Thể thao và Du lịch nhận được Công văn số 352/SVHTTDL-VP.",
                           "Xét tình hình thực tế hiện nay,"], blocks=True) == [
        "Bộ Văn hóa, Thể thao và Du lịch nhận được Công văn số 352/SVHTTDL-VP. Xét tình hình thực tế hiện nay,"]


def test_header_number_and_date_lines_stand_alone():
    # set o io_714d6e7e (QĐ 159/TTg): the issuer and the number above the motto, which the header table leaves
    # out; set or ir_55244127: the place-and-date line under the "V/v" line, a page whose paragraphs are apart by
    # blank lines. Run into the line above, the header lost its number or its place as DOCX and PDF
    html = ft.render_html("THỦ TƯỚNG CHÍNH PHỦ\nSố: 159/TTg\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                          "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 6 tháng 4 năm 1994\n\nQUYẾT ĐỊNH\n")
    assert "<p>Số: 159/TTg</p>" in html
    html = ft.render_html("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
                          "V/v tiếp tục triển khai các công việc chuẩn bị tổ chức bầu cử\n"
                          "Hà Nội, ngày 24 tháng 2 năm 2021\n\nKính gửi:\n\nĐến nay, các địa phương đều đã tổ chức.\n")
    assert "<p>Hà Nội, ngày 24 tháng 2 năm 2021</p>" in html
    # a place wrapped from the line above goes on (set op ip_9fda9e01)
    html = ft.render_html("Hà\nNội, ngày 07 tháng 01 năm 2022\n\nKính gửi:\n")
    assert "<p>Hà Nội, ngày 07 tháng 01 năm 2022</p>" in html


def test_gazette_running_head_is_left_out():
    # k_6113947c (pdftotext of Công báo số 302): the running head and page number between a sentence's two halves, and
    # between a duty and its dashed items; a Word file holds its running head in the page header, not in the body
    text = ("\nthức tuyên truyền phù hợp, trọng tâm về công tác sắp xếp thôn, tổ dân phố và \r\n\r\n"
            "CÔNG BÁO/Số 302/Ngày 02-06-2026 \r\n72\r\n \r\n \r\n"
            "bố trí, sử dụng người hoạt động không chuyên trách gắn với xây dựng chính \r\n"
            "hình mới, theo hướng: \r\n\r\nCÔNG BÁO/Số 302/Ngày 02-06-2026 \r\n73\r\n \r\n \r\n"
            "- Trên cơ sở biên chế được giao năm 2026, lựa chọn, tiếp nhận vào làm công \r\n")
    html = ft.render_html(text)
    assert "CÔNG BÁO" not in html and ">73<" not in html
    assert "sắp xếp thôn, tổ dân phố và bố trí, sử dụng" in html and "<li>Trên cơ sở biên chế" in html


def test_request_under_a_wrapped_topic_heading_is_its_own_paragraph():
    # u_8de0ceb3 and m_dece5ccd (Cục Thuế replies as a PDF's text): the heading wrapped, then the request
    for text in ("2. Về việc xử phạt vi phạm hành\nchính và tính tiền chậm nộp\nĐề nghị Thuế tỉnh Phú Thọ rà soát các "
                 "văn bản của\ncơ quan thuế hướng dẫn cụ thể việc kê khai, nộp thuế GTGT.\n",
                 "1. Về thuế giá trị gia\ntăng\nĐề nghị Thuế tỉnh Ninh Bình căn cứ quy định nêu trên và hợp đồng\n"
                 "ký kết thực tế giữa Công ty TNHH Nippon Zoki Việt Nam và Hợp tác xã.\n"):
        html = ft.render_html(text)
        assert "<p>Đề nghị Thuế tỉnh" in html and "chậm nộp Đề nghị" not in html and "tăng Đề nghị" not in html


def test_next_item_run_onto_a_sentence_end_is_its_own_paragraph():
    # c_95ce1d1f (lettered items) and x_7f912dba (numbered items, no space after the full stop), as pdftotext wrote them
    html = ft.render_html("d)\nPhối hợp với Sở Nông nghiệp và Môi trường kiểm tra, xử lý kịp thời đối với\nnhững đơn "
                          "vị, chiến sĩ vi phạm pháp luật về phòng cháy, chữa cháy rừng. đ) Lực\nlượng Quân đội có "
                          "trách nhiệm phối hợp với lực lượng Kiểm lâm.\n")
    assert "<p>đ) Lực lượng Quân đội có trách nhiệm" in html
    html = ft.render_html("1. Giao Ủy ban nhân dân Thành phố tổ chức thực hiện Nghị quyết; bảo đảm đúng quy định và "
                          "công khai, minh bạch, không để xảy ra tiêu cực.2. Giao Thường trực Hội đồng nhân dân Thành "
                          "phố giám sát thực hiện Nghị quyết.\n")
    assert "tiêu cực.</p>" in html and "<p>2. Giao Thường trực" in html


def test_compound_dash_wrapped_to_the_line_start_goes_on():
    # c_8f3b61eb and c_e7223410 (pdftotext): "chính trị - xã hội", "kinh tế - xã hội" cut at the dash; no bullet
    html = ft.render_html("b) Tổ chức tuyên truyền, vận động người hưởng trợ cấp xã hội: Chỉ đạo phòng, ban chuyên "
                          "môn, phối hợp tổ chức chính trị\n- xã hội tại địa phương thực hiện công tác tuyên "
                          "truyền, vận động.\n")
    assert "<li>" not in html and "tổ chức chính trị - xã hội tại địa phương" in html
    html = ft.render_html("1. Duy trì tốc độ tăng trưởng xuất khẩu ổn định, thúc đẩy sự phát triển kinh tế\n- xã hội "
                          "của tỉnh theo hướng tăng trưởng xanh.\n- Đẩy mạnh xúc tiến thương mại.\n")
    assert "kinh tế - xã hội của tỉnh" in html and "<li>Đẩy mạnh xúc tiến thương mại.</li>" in html


def test_acronym_wrapped_alone_ends_its_sentence():
    # m_2b23c6b9 ("… thành phần hồ sơ của" / "TTHC."), c_5b49475b ("… Cục KSTTHC, Cổng" / "TTĐTCP;"): no title line
    html = ft.render_html("b) Tiếp tục rà soát, xây dựng phương án kiến nghị bãi bỏ các mẫu đơn, tờ khai đang là các "
                          "thành phần hồ sơ của\nTTHC.\n\nc) Rà soát, chuẩn hóa các mẫu đơn, tờ khai.\n")
    assert "thành phần hồ sơ của TTHC.</p>" in html and "<p>TTHC.</p>" not in html


def test_article_cited_at_a_wrapped_line_s_start_goes_on():
    # an article's heading is "Điều 6." or "Điều 6:"; "Điều 6," is a citation the page wrapped to the line's start
    # (set g c_755c6cdc, a Nghị quyết of HĐND TP Hà Nội; set be e_a9ba261c): the sentence goes on
    lines = ["b) Chủ trì, phối hợp các Sở, ban, ngành, đơn vị thuộc Thành phố triển khai thực hiện cơ chế, chính",
             "sách, biện pháp ưu đãi, hỗ trợ thu hút nguồn nhân lực công nghệ cao làm việc tại khu công",
             "nghệ cao theo quy định tại",
             "Điều 6, Điều 7, Điều 8 và Điều 9 Nghị quyết này; tham mưu UBND Thành phố quyết định về việc ban hành"]
    assert len(ft._paragraphs(lines)) == 1
    lines = ["- Trong thời hạn 10 ngày kể",
             "từ ngày có kết quả thẩm định kinh phí nhiệm vụ đổi mới sáng tạo quy định tại",
             "Điều 12, Điều 13 Nghị định số 268/2025/NĐ-CP, Thủ trưởng cơ quan quản lý nhiệm"]
    assert len(ft._paragraphs(lines)) == 1
    assert ft._paragraphs(["Điều 5. Trách nhiệm thi hành", "Điều 6. Hiệu lực thi hành"]) == [
        "Điều 5. Trách nhiệm thi hành", "Điều 6. Hiệu lực thi hành"]


def test_double_spaced_header_is_a_layout_table():
    # set or ir_7988a9dc: blank lines between the header's lines put the date out of reach of the motto; the two
    # columns ran into one line of the Word file ("ỦY BAN NHÂN DÂN CỘNG HÒA …")
    text = ("V/v Tổ chức tuyên truyền, cổ động về Festival Huế 2010\n\n  \n\n"
            "          ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT Nam\n\n"
            "TỈNH THỪA THIÊN HUẾ                                Độc lập - Tự do - Hạnh phúc\n\n \n\n \n\n       \n\n"
            "      Số: 1991/UBND-VH                             Huế, ngày  17  tháng 5 năm 2010  \n\n"
            "       V/v Tổ chức tuyên truyền,\n\n     cổ động về Festival Huế 2010\n")
    html = ft.render_html(text)
    assert '<td width="40%"><p>ỦY BAN NHÂN DÂN</p>\n<p>TỈNH THỪA THIÊN HUẾ</p></td>' in html
    assert '<td width="40%"><p>Số: 1991/UBND-VH</p></td>' in html


def test_header_typed_column_by_column_is_a_layout_table():
    # set j l_eb137991: the issuer's lines and the number, then the motto and the date, a blank line between each
    text = ("ỦY BAN MTTQ VIỆT NAM\n\nXÃ LƯƠNG MINH\n\nBAN THƯỜNG TRỰC\n\n\n\nSố: 16/KH-MTTQ-BTT\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n   Độc lập - Tự do - Hạnh phúc\n\n\n\n \n\n\n\n"
            "Lương Minh, ngày 18 tháng 11 năm 2025\n\n\n\nKẾ HOẠCH\n")
    html = ft.render_html(text)
    assert ('<td width="40%"><p>ỦY BAN MTTQ VIỆT NAM</p>\n<p>XÃ LƯƠNG MINH</p>\n<p>BAN THƯỜNG TRỰC</p></td>'
            '<td width="60%"><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>\n<p>Độc lập - Tự do - Hạnh phúc</p></td></tr>'
            '<tr><td width="40%"><p>Số: 16/KH-MTTQ-BTT</p></td>'
            '<td width="60%"><p>Lương Minh, ngày 18 tháng 11 năm 2025</p></td>') in html
    # set k k_13a3bb35: the issuer's two lines in bold and the party's star; its two lines ran into one paragraph
    text = ("## Công Văn Số 402-CV/VPĐU\n\n**ĐẢNG ỦY CHÍNH PHỦ**\n**VĂN PHÒNG**\n\\*\nSố 402-CV/VPĐU\n"
            "V/v xin ý kiến dự thảo báo cáo kết quả thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\n\n"
            "**ĐẢNG CỘNG SẢN VIỆT NAM**\nHà Nội, ngày 25 tháng 5 năm 2025\n\n**Kính gửi:**\n")
    html = ft.render_html(text)
    assert '<td width="40%"><p><b>ĐẢNG ỦY CHÍNH PHỦ</b></p>\n<p><b>VĂN PHÒNG</b></p>' in html
    assert '<td width="60%"><p>Hà Nội, ngày 25 tháng 5 năm 2025</p></td>' in html
    # set k k_6113947c (a gazette's text): the motto's rule stays under the motto, not in the number's cell
    text = ("THỦ TƯỚNG CHÍNH PHỦ \n__________ \nSố: 21/CT-TTg \nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM \n"
            "Độc lập - Tự do - Hạnh phúc \n_______________________________________ \n"
            "Hà Nội, ngày 20 tháng 5 năm 2026 \nCHỈ THỊ  \n")
    html = ft.render_html(text)
    assert ('<p>Độc lập - Tự do - Hạnh phúc _______________________________________</p></td></tr>'
            '<tr><td width="40%"><p>Số: 21/CT-TTg</p></td>') in html


def test_header_number_and_date_blanks_are_no_column_gap():
    # set j l_35e4e5f8: a draft's blank number and blank day, each alone on its line
    text = ("UỶ BAN MTTQ VIỆT NAM\nPHƯỜNG BẮC CAM RANH\nBAN THƯỜNG TRỰC\nSố:        /KH-MTTQ-BTT\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Bắc Cam Ranh, ngày    tháng 11 năm 2025\nKẾ HOẠCH\n")
    html = ft.render_html(text)
    assert '<td width="40%"><p>Số:        /KH-MTTQ-BTT</p></td>' in html
    assert '<td width="60%"><p>Bắc Cam Ranh, ngày    tháng 11 năm 2025</p></td>' in html


def test_motto_second_line_run_into_the_issuer_is_split():
    # set o io_0ffc79a6: one space between "TỈNH HẬU GIANG" and the motto's second line
    assert ft._header_split("TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc") == [
        "TỈNH HẬU GIANG", "Độc Lập - Tự Do - Hạnh Phúc"]


def test_line_indented_with_tabs_is_no_table():
    # set os is_70e52040: tabs before the header's first line made a bordered row of nine empty cells
    text = ("TB NGHI LE GIO TO HUNG VUONG by 9X14dh\n\nVIEWS: 10 PAGES: 1\n\n"
            "\t\t\t\t\t\t\t\t\t UBND TX. ĐỒNG XOÀI       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "PHÒNG GIÁO DỤC-ĐÀO TẠO         Độc lập - Tự do - Hạnh phúc\n"
            "  Số : 151/TB-PGDĐT        Đồng Xoài, ngày 20 tháng 3 năm 2012.\n")
    html = ft.render_html(text)
    assert 'border="1"' not in html and "<p>PHÒNG GIÁO DỤC-ĐÀO TẠO</p>" in html


def test_party_star_beside_the_date_goes_to_the_issuer_cell():
    # set or ir_f7273e61: "*" beside the date, the number under it; run together they made a list item
    text = ("     HỘI NÔNG DÂN VIỆT NAM      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BAN CHẤP HÀNH TRUNG ƯƠNG             Độc lập- Tự do- Hạnh phúc\n"
            "                      *                                        Hà Nội, ngày 12 tháng 11 năm 2019\n"
            "          Số 1126- CV/HNDTW\nV/v tổ chức tuyên dương các điển hình tiên tiến\n")
    html = ft.render_html(text)
    assert "<li>" not in html and '<td width="40%"><p>Số 1126- CV/HNDTW</p></td>' in html


def test_header_column_by_column_with_dash_rules_and_a_gapped_number():
    # set ot it_129dfbe4: rules of en dashes under the issuer and the motto, the number typed with blanks
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n–––––––\nSố:     269 /UBND-THKH\nV/v Điều tra dân số và nhà ở giữa kỳ\n"
            "thời điểm 01/4/2014\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "––––––––––––––––––––––––\nHoà Bình, ngày   21  tháng 3 năm 2014\nKính gửi:\n")
    html = ft.render_html(text)
    assert '<td width="40%"><p>ỦY BAN NHÂN DÂN</p>\n<p>TỈNH HÒA BÌNH</p>\n<p>–––––––</p></td>' in html
    assert ('<td width="40%"><p>Số:     269 /UBND-THKH</p>\n'
            '<p>V/v Điều tra dân số và nhà ở giữa kỳ thời điểm 01/4/2014</p></td>') in html
    # set o io_0ffc79a6: the number and the date on one line, one space between
    assert "<p>Số: 454/UBND-NCTH</p></td><td" in ft.render_html(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc\n\n\n"
        "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n")


def test_type_line_and_subject_are_centred_and_the_basis_is_not():
    # i l_aa920759 (crawl Markdown) and n n_7a1d8d69: offices centre the type line (bold) and its subject;
    # the basis under them stays a body paragraph, and "QUYẾT ĐỊNH:" (the operative word) is no type line
    text = ("\nKẾ HOẠCH\n\nThực hiện Nghị quyết số 34-NQ/TU của Tỉnh uỷ Lào Cai ngày 27/12/2025 về phát triển các"
            " khu, cụm công nghiệp trên địa bàn tỉnh Lào Cai năm 2026\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nQUYẾT ĐỊNH:\n")
    html = ft.render_html(text)
    assert '<p align="center" style="text-align:center;text-indent:0"><b>KẾ HOẠCH</b></p>' in html
    assert 'text-indent:0">Thực hiện Nghị quyết số 34-NQ/TU' in html
    assert "<p>Căn cứ Luật Tổ chức" in html and "<p>QUYẾT ĐỊNH:</p>" in html
    html = ft.render_html("\n**NGHỊ QUYẾT**\n\n**VỀ DỰ TOÁN THU NGÂN SÁCH NHÀ NƯỚC TRÊN ĐỊA BÀN**\n\n"
                          "Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n")
    assert 'text-indent:0"><b>NGHỊ QUYẾT</b></p>' in html and 'text-indent:0"><b>VỀ DỰ TOÁN' in html


def test_page_break_without_form_feed_keeps_each_page_margin():
    # i l_b94040ce (pdftotext -layout, two pages, no form feed between them): page 1 sets its text 5 columns in
    # (first lines at 12), page 2 at the sheet's edge (first lines at 7); every wrapped line of page 1 was a
    # paragraph of its own
    text = (Path(__file__).resolve().parent / "fixtures" / "loaders" / "gold" / "l_b94040ce.txt").read_text("utf-8")
    html = ft.render_html(text)
    assert "<p>Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành Quyết định số 1074/QĐ-BXD về việc" in html
    assert "<p>cháy, chữa cháy" not in html and "<p>2. Giao Sở Xây dựng</p>" in html
    assert "<p>1. Công an tỉnh, các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các xã, phường</p>" in html


def test_indented_list_over_lines_at_the_edge_is_one_page():
    # j l_d7efaea7: members listed 5 columns in ("- Ông Đặng Hoài Nam - …") over lines wrapped to the edge: one
    # page, whose numbered heading and the paragraph under it stay two paragraphs
    text = (Path(__file__).resolve().parent / "fixtures" / "loaders" / "gold" / "l_d7efaea7.txt").read_text("utf-8")
    html = ft.render_html(text)
    assert "<p>4. Thành viên bổ sung theo tính chất đồ án quy hoạch:</p>" in html
