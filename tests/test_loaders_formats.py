"""The structured readers (loaders/formats): DOCX and PDF into blocks with offsets.

Fixtures are real office documents (tests/fixtures/loaders/office/README.md); each
expectation below was checked against the rendered page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cancu.loaders import extract
from cancu.loaders.blocks import Layout, Paragraph, Table
from cancu.loaders.read import read, read_layout

OFFICE = Path(__file__).parent / "fixtures" / "loaders" / "office"
GOLD = Path(__file__).parent / "fixtures" / "loaders" / "gold"  # the DOCX and DOC office files live beside their gold
FILES = sorted([p for p in OFFICE.iterdir() if p.suffix == ".pdf"]
               + [GOLD / name for name in ("o012.docx", "o032.docx", "o048.docx", "o034.doc", "o035.doc")],
               key=lambda p: p.name)


def _walk(blocks):
    for b in blocks:
        yield b
        if isinstance(b, Table):
            for row in b.rows:
                for c in row:
                    yield c
                    yield from _walk(c.blocks)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_block_and_cell_quotes_the_text(path):
    lay = read_layout(path)
    assert isinstance(lay, Layout) and lay.blocks
    assert read(path).text == lay.text
    n = 0
    for b in _walk(lay.blocks):
        n += 1
        if isinstance(b, Table):
            assert 0 <= b.start <= b.end <= len(lay.text)
        else:
            assert lay.text[b.start:b.end] == b.text, b
    assert n > 10


def test_docx_header_layout_table_is_a_grid_of_two_cells():
    lay = read_layout(GOLD / "o012.docx")
    head = lay.blocks[0]
    assert isinstance(head, Table) and head.n_cols == 2 and len(head.rows) == 1
    left, right = head.rows[0]
    assert [p.text for p in left.paragraphs] == ["ỦY BAN NHÂN DÂN", "HUYỆN AN PHÚ", "Số: 07/2022/QĐ-UBND"]
    assert [p.text for p in right.paragraphs] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Phú, ngày  16  tháng 6 năm 2022"]
    assert left.paragraphs[0].bold and right.paragraphs[2].italic
    d = extract(GOLD / "o012.docx").to_dict()["doc"]
    assert (d["kind"], d["symbol"], d["date"], d["issuer"], d["place"]) == (
        "Quyết định", "07/2022/QĐ-UBND", "2022-06-16", "UBND huyện An Phú", "An Phú")
    assert d["signer"] == "Trần Hòa Hợp" and d["signer_capacity"] == "TM."


def test_docx_numbering_merged_cells_and_footnotes():
    lay = read_layout(GOLD / "o048.docx")
    paras = {p.text: p for p in lay.paragraphs()}
    # numbering.xml draws "1." … "7." and bullets; Word shows them, so the text has them
    assert "1. Số lượng và đối tượng tuyển sinh viên thực tập theo danh sách đính kèm" in paras
    assert paras["2. Yêu cầu chung"].numbering == "2."
    assert paras["- Nhiệt tình, năng động, trung thực, cẩn thận."].numbering == "-"
    tables = list(lay.tables())
    merged = [c for t in tables for row in t.rows for c in row if c.rowspan > 1]
    assert merged, "the annex table merges cells over rows (vMerge)"
    big = next(t for t in tables if t.rows[0] and t.rows[0][0].text == "STT")
    assert [c.text for c in big.rows[0]] == ["STT", "Nơi thực tập", "Số lượng", "Yêu cầu"]
    assert any(p.role == "footnote" for p in lay.paragraphs())


def test_pdf_stamped_number_and_day_are_read_into_their_lines():
    lay = read_layout(OFFICE / "o001_p1.pdf")
    texts = [p.text for p in lay.paragraphs()]
    assert texts[:6] == ["ỦY BAN NHÂN DÂN", "PHƯỜNG 1", "Số: 447 /KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Phường 1, ngày 24 tháng 03 năm 2025"]
    assert any("stamped field '447'" in n for n in lay.notes)
    d = extract(OFFICE / "o001_p1.pdf").to_dict()["doc"]
    assert (d["kind"], d["symbol"], d["date"], d["place"]) == ("Kế hoạch", "447/KH-UBND", "2025-03-24", "Phường 1")


def test_pdf_header_on_one_line_is_split_at_the_motto_and_two_stamps_on_one_row():
    texts = [p.text for p in read_layout(OFFICE / "o043_p1.pdf").paragraphs()]
    # the left column (issuer, number) first, then the right one (motto, place and date)
    assert texts[:5] == ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Số: 25 /GP-BTNMT", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 03 tháng 02 năm 2023"]
    d = extract(OFFICE / "o043_p1.pdf").to_dict()["doc"]
    assert (d["kind"], d["symbol"], d["date"], d["issuer"], d["place"]) == (
        "Giấy phép", "25/GP-BTNMT", "2023-02-03", "Bộ Tài nguyên và Môi trường", "Hà Nội")


def test_pdf_hyphen_at_a_line_end_is_kept():
    # office o036 (gold): PDFium reports "NĐ-" at the end of a table cell's line as 0x02; the symbol is whole
    gold = Path(__file__).parent / "fixtures" / "loaders" / "gold"
    assert "87/2020/NĐ-\nCP" in read(gold / "o036.pdf").text
    symbols = {c["symbol"] for c in extract(gold / "o036.pdf").to_dict()["citations"]}
    assert {"87/2020/NĐ-CP", "04/2020/TT-BTP", "281/2016/TT-BTC"} <= symbols


def test_pdf_glyphs_drawn_apart_in_a_fallback_font_go_back_into_their_line():
    # LibreOffice without Times New Roman draws Ộ, Ủ, ờ … in DejaVu Serif before or after the
    # rest of the line (make_fallback.py; real lines of seed 000 and a crawl plan)
    text = read(OFFICE / "fallback_fonts.pdf").text
    lines = [ln for ln in text.split("\n") if ln.strip()]
    assert lines[:4] == ["ỦY BAN NHÂN DÂN", "PHƯỜNG BẮC NHA TRANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập – Tự do – Hạnh phúc"]
    assert "Xã hội phường tại Tờ trình số 182/TTr-VHXH ngày" in text
    assert "\nSố: 11520/VPCP-CN V/v Chỉ thị của\n" in text and "Hà Nội, ngày 25 tháng 11 năm 2025" in text
    # a writer that scales a huge nominal font size down (PDFium reports 327 pt for o031's 13 pt
    # text) keeps its lines and spaces: sizes for these rules come from the glyph boxes
    o031 = read(GOLD / "o031.pdf").text.split("\n")
    assert o031[:4] == ["HỘI ĐỒNG NHÂN DÂN", "TỈNH THANH HÓA", "Số: /QĐ-HĐND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert lines[-2:] == ["Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các sở, ngành liên quan triển khai thực",
                          "hiện."]


def test_pdf_tables_come_from_ruling_lines():
    lay = read_layout(OFFICE / "o047_p3.pdf")
    plan = next(t for t in lay.tables() if t.rows[0][0].text == "TT")
    assert [c.text for c in plan.rows[0]] == ["TT", "Thời gian", "Nội dung"]
    assert [c.text for c in plan.rows[2]] == [
        "2", "Từ 01/06/2023\nđến 16/06/2023", "Sinh viên nộp đề cương thực tập lên hệ thống\n(daotao.vku.udn.vn/)"]
    assert plan.n_cols == 3 and len(plan.rows) == 6  # rows 6–7 go on on page 4


@pytest.mark.parametrize("name", ["o042_p2_turned90.pdf", "o042_p2_turned270.pdf"])
def test_pdf_landscape_page_stored_sideways_reads_as_upright(name):
    # o042 page 2 (a landscape annex table) drawn a quarter turn on a portrait page with /Rotate
    # (make_turned.py): PDFium gives its characters running up or down the page, in another order
    upright = read_layout(OFFICE / "o042_p2.pdf")
    lay = read_layout(OFFICE / name)
    assert lay.text == upright.text
    table = next(lay.tables())
    assert [c.text for c in table.rows[0]] == [
        "TT", "Chính sách hoặc\nnhóm vấn đề,\nđiều, khoản", "Nội dung góp ý/Tham vấn/\nPhản biện", "Lý do", "Ghi chú"]
    assert len(table.rows) == 4


def test_pdf_page_with_rotate_only_reads_as_upright():
    # o001 page 1 with /Rotate 90 and upright content: the header's columns and the stamped
    # number are found in the page's own coordinates, and PDFium's display order is not used
    assert read_layout(OFFICE / "o001_p1_rotate90.pdf").text == read_layout(OFFICE / "o001_p1.pdf").text


def test_pdf_table_borders_drawn_as_filled_paths_and_a_thick_top_border():
    # o049 page 16: each row's borders are thin rectangles inside one filled path, the top border
    # is 3.4 pt bars; the header row and the ten rows are cells of one grid
    table = next(read_layout(OFFICE / "o049_p16.pdf").tables())
    assert [c.text for c in table.rows[0]] == ["STT", "Nhiệm vụ", "Sản phẩm", "Điểm",
                                                "Hệ số quy đổi\ntheo sản phẩm\nchuẩn"]
    assert [c.text for c in table.rows[2]] == ["2", "Phát hành văn bản", "Lượt", "4", "0,8"]
    assert len(table.rows) == 11 and table.n_cols == 5


@pytest.mark.parametrize("name", ["o047_p3", "o042_p2"])
def test_pdf_table_without_ruling_lines_reads_as_the_ruled_one(name):
    # the same real page with every path left unpainted (make_unruled.py): Word's borderless table
    ruled, unruled = read_layout(OFFICE / f"{name}.pdf"), read_layout(OFFICE / f"{name}_unruled.pdf")
    assert unruled.text == ruled.text
    assert [[[c.text for c in row] for row in t.rows] for t in unruled.tables()] == \
        [[[c.text for c in row] for row in t.rows] for t in ruled.tables()]


def test_pdf_borderless_rows_follow_cells_and_centred_numbers():
    plan = list(read_layout(OFFICE / "o047_p3_unruled.pdf").tables())[1]
    # "2" is centred between the two lines of its date cell; the row written on one line is cut
    assert [c.text for c in plan.rows[1]] == ["1", "Ngày 24/05/2023", "Khoa thông báo danh sách GVHD đến sinh viên"]
    assert [c.text for c in plan.rows[2]] == [
        "2", "Từ 01/06/2023\nđến 16/06/2023", "Sinh viên nộp đề cương thực tập lên hệ thống\n(daotao.vku.udn.vn/)"]


@pytest.mark.parametrize("path", [OFFICE / "o001_p1.pdf", OFFICE / "o043_p1.pdf", GOLD / "o021.pdf",
                                  GOLD / "o002.pdf", GOLD / "o010.pdf"], ids=lambda p: p.name)
def test_pdf_no_table_is_invented_in_prose_headers_or_signature_blocks(path):
    # two-column headers (o001 tab stops, o043 on one line), "Nơi nhận: … | KT. GIÁM ĐỐC" (o021),
    # numbered prose with hanging indents (o002, o010): no ruling lines, and no table either
    assert list(read_layout(path).tables()) == []


def test_pdf_glyph_repair_table():
    from cancu.loaders import tables

    text = read(OFFICE / "o039_p1.pdf").text
    assert "ƣ" not in text and "Ƣ" not in text
    assert "dữ liệu số của cơ quan nhà nước" in text
    for e in tables.load("pdf_glyphs")["substitutions"]:
        assert e["found"] not in "".join(e["examples"])
        assert e["meant"] in "".join(e["examples"])


def test_pdf_to_unicode_ranges_that_contradict_the_embedded_font_are_repaired():
    # office o005: Word's ToUnicode range <00CF> <00D2> <00D3> gives Ò→Õ and Ú→Ö in the bold font
    lay = read_layout(GOLD / "o005.pdf")
    texts = [p.text for p in lay.paragraphs()]
    assert "XÃ QUẢNG PHÚ" in texts and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts
    assert "Ö" not in lay.text and "Õ" not in lay.text
    assert any("'Ö'→'Ú'" in n and "'Õ'→'Ò'" in n for n in lay.notes)
    assert extract(GOLD / "o005.pdf").to_dict()["doc"]["issuer"] == "UBND xã Quảng Phú"
    # office o004: letters mapped to a space ("H nh th c lựa chọn nhà thầu" in the annex table)
    assert "Hình thức lựa chọn" in read(GOLD / "o004.pdf").text.replace("\n", " ")
    # office o039: the header's bold letters, not only ƣ (which data/pdf_glyphs.json also knows)
    head = [p.text for p in read_layout(OFFICE / "o039_p1.pdf").paragraphs()][:6]
    assert "CHÍNH PHỦ" in head and "Độc lập - Tự do - Hạnh phúc" in head


def test_to_unicode_parsing_and_what_counts_as_a_wrong_letter():
    from cancu.loaders.formats.pdf_fonts import _meant, parse_to_unicode

    cmap = (b"2 beginbfchar\n<0003> <0020>\n<00FF> <0111>\nendbfchar\n"
            b"2 beginbfrange\n<00CF> <00D2> <00D3>\n<006A> <006B> [<00E0> <00E2>]\nendbfrange")
    m = parse_to_unicode(cmap)
    assert (m[0x03], m[0xFF], m[0xD1], m[0xD2], m[0x6B]) == (" ", "đ", "Õ", "Ö", "â")
    assert _meant("Ö", "Ú") == "Ú"           # another letter
    assert _meant(" ", "ì") == "ì"           # a letter given as a space
    assert _meant("Đ", "ÐĐ") is None         # the font lists the glyph under both
    assert _meant("-", "\u2212") is None     # a hyphen for a minus sign is the exporter's choice
    assert _meant("fi", "\ufb01") is None    # a ligature written as its letters
    assert _meant("Ö", "") is None           # a glyph the font has no character for


def test_gazette_pages_running_heads_form_xobject_tables_and_repeated_header_rows():
    # office o036 (Công báo Bà Rịa - Vũng Tàu): each page of the reprinted decision is a form
    # XObject under a running head "18 CÔNG BÁO …/Số 09/ Ngày 25-02-2025"; the annex table's
    # borders are inside the forms, each cell draws its own side (double lines 3 pt apart), and
    # Word repeats the header row on every page
    lay = read_layout(GOLD / "o036.pdf")
    assert "CÔNG BÁO" not in lay.text
    assert sum("running head" in n for n in lay.notes) == 11
    tables = list(lay.tables())
    assert len(tables) == 1 and tables[0].n_cols == 10
    header = [c.text for c in tables[0].rows[0]]
    assert header[:2] == ["STT", "Mã hồ sơ\nTTHC"] and header[-1] == "Ghi chú"
    assert all([c.text for c in row] != header for row in tables[0].rows[1:])
    # the procedure code, wider than its narrow cell, was cut at the cell's edge ("2.00063" / "5"): one word again
    # (:func:`~cancu.loaders.formats.pdf._cut_word`)
    assert [c.text for c in tables[0].rows[1]][:2] == ["1", "2.000635"]
    symbols = {c["symbol"] for c in extract(GOLD / "o036.pdf").to_dict()["citations"]}
    assert not any(s and s.endswith("-STT") for s in symbols)


def test_pdf_without_text_layer_needs_ocr(tmp_path):
    import pypdfium2 as pdfium

    from cancu.errors import NeedsOCRError

    pdf = pdfium.PdfDocument.new()
    pdf.new_page(595, 842)
    path = tmp_path / "scan.pdf"
    pdf.save(str(path))
    with pytest.raises(NeedsOCRError):
        read(path)


def test_paragraph_repr_and_dump():
    lay = read_layout(GOLD / "o012.docx")
    out = lay.dump()
    assert out.startswith("TABLE 1x2") and "'QUYẾT ĐỊNH'" in out
    assert isinstance(lay.blocks[1], Paragraph)


def test_flat_text_layout_is_its_lines():
    lay = read_layout(GOLD / "d013.txt")
    assert lay.format == "text" and all(lay.text[p.start:p.end] == p.text for p in lay.blocks)
    assert not list(lay.tables())


# --- identity from the layout (issue 11): number_blank, Công văn, kinds, issuers -----------------

def test_docx_page_number_field_of_the_page_header_is_left_out():
    # office o040: the first page's header holds a PAGE field whose cached result is "16"
    lay = read_layout(GOLD / "o040.docx")
    assert lay.text.startswith("CHÍNH PHỦ")
    assert not any(p.text == "16" for p in lay.paragraphs())


def test_docx_cong_van_with_blank_number_and_day():
    # o032: "Số:           /HĐND-TT", "V/v đăng ký nội dung …" in the header table, "ngày      tháng 4"
    d = extract(GOLD / "o032.docx").to_dict()["doc"]
    assert (d["kind"], d["symbol"], d["number"], d["number_blank"], d["date"]) == ("Công văn", None, None, True, None)
    assert (d["issuer"], d["place"], d["date_text"]) == ("HĐND tỉnh Thanh Hóa", "Thanh Hóa", "ngày tháng 4 năm 2026")


def test_docx_notice_with_blank_number_of_a_university():
    d = extract(GOLD / "o048.docx").to_dict()["doc"]
    assert (d["kind"], d["symbol"], d["number_blank"], d["place"]) == ("Thông báo", None, True, "Đà Nẵng")
    # "ĐẠI HỌC ĐÀ NẴNG / TRƯỜNG ĐẠI HỌC …": the school, not its university
    assert d["issuer"].startswith("Trường Đại học")


def test_numbered_document_has_no_number_blank():
    d = extract(GOLD / "o012.docx").to_dict()["doc"]
    assert d["number_blank"] is False and d["number"] == "7"  # the number as a value (leading zero dropped)


@pytest.mark.parametrize("block, issuer", [
    # office o018: the standing office of a steering committee
    (["BAN CHỈ HUY PCTT VÀ TKCN", "TỈNH THỪA THIÊN HUẾ", "VĂN PHÒNG THƯỜNG TRỰC"],
     "Văn phòng Thường trực Ban Chỉ huy PCTT và TKCN tỉnh Thừa Thiên Huế"),
    # office o024: an organ of the People's Council is named with the council
    (["HỘI ĐỒNG NHÂN DÂN", "TỈNH BÌNH DƯƠNG", "ĐOÀN GIÁM SÁT"], "Đoàn giám sát HĐND tỉnh Bình Dương"),
    # office o014: a department of a People's Committee takes the committee's place
    (["UBND HUYỆN AN PHÚ", "PHÒNG KINH TẾ - HẠ TẦNG"], "Phòng Kinh tế - Hạ tầng huyện An Phú"),
    # office o042: an institute of a ministry is named alone
    (["BỘ XÂY DỰNG", "VIỆN KIẾN TRÚC QUỐC GIA"], "Viện Kiến trúc Quốc gia"),
    # office o043: "MÔI TRƯỜNG" does not start a school
    (["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"], "Bộ Tài nguyên và Môi trường"),
    # office o047 and o048: a faculty with its school; a school without its university
    (["TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN", "VÀ TRUYỀN THÔNG VIỆT- HÀN", "KHOA KHOA HỌC MÁY TÍNH"],
     "Khoa Khoa học máy tính Trường Đại học Công nghệ Thông tin và Truyền thông Việt - Hàn"),
    (["ĐẠI HỌC ĐÀ NẴNG", "TRƯỜNG ĐẠI HỌC CÔNG NGHỆ THÔNG TIN", "VÀ TRUYỀN THÔNG VIỆT - HÀN"],
     "Trường Đại học Công nghệ Thông tin và Truyền thông Việt - Hàn"),
    # office o030: abbreviations keep their capitals
    (["VĂN PHÒNG ĐOÀN ĐBQH", "VÀ HĐND TỈNH THANH HÓA"], "Văn phòng Đoàn ĐBQH và HĐND tỉnh Thanh Hóa"),
    # crawl c_9500c750 (Quyết định 211/2025/QĐ-UBND): "PHÒNG" ends the city's name, it heads no body
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"], "UBND thành phố Hải Phòng"),
    # the same city's name above a department (a block as Hải Phòng's departments write it)
    (["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ NỘI VỤ"], "Sở Nội vụ thành phố Hải Phòng"),
])
def test_issuer_of_a_header_block(block, issuer):
    from cancu.loaders.issuer import issuer_from_block
    from cancu.loaders.normalize import fold_key

    assert fold_key(issuer_from_block(block)) == fold_key(issuer)
    if "HẢI PHÒNG" in " ".join(block):
        assert issuer_from_block(block) == issuer  # and the name's capitals


def test_broken_text_layer_issuer_falls_back_to_the_symbol_code():
    # o039: the font lost letters of the header ("C N P Ủ" for CHÍNH PHỦ); 47/2020/NĐ-CP names it
    d = extract(OFFICE / "o039_p1.pdf").to_dict()["doc"]
    assert (d["symbol"], d["issuer"]) == ("47/2020/NĐ-CP", "Chính phủ")


# --- task rows from the grids of a layout ---------------------------------------------------------

def test_pdf_table_row_cut_by_a_page_break_is_one_task():
    # split_row.pdf (make_split_row.py, seed 003's task annex): row 2 breaks across the page, its
    # rest opens the next page with an empty number cell ("chính là nhiệm vụ thường xuyên, …")
    from cancu.loaders.tasks import extract_tasks
    from cancu.loaders.text import MappedText

    st = read(OFFICE / "split_row.pdf")
    assert "\f" in st.text.split("Tăng cường phổ biến")[1].split("Đẩy mạnh công tác")[0]
    tasks, _ = extract_tasks(MappedText.from_source(st.text), layout=st.layout)
    rows = [(t.no, t.text, t.lead, t.deadline.text if t.deadline else None) for t in tasks]
    assert [r[0] for r in rows] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    assert rows[1] == ("2", "Tăng cường phổ biến, quán triệt tạo sự thống nhất cao trong nhận thức của đội ngũ cán bộ, "
                       "công chức, viên chức về vai trò, vị trí của công tác cải cách hành chính. Nêu cao tinh thần "
                       "trách nhiệm của cán bộ, công chức, viên chức, người lao động trong thực hiện cải cách hành "
                       "chính; xác định cải cách hành chính là nhiệm vụ thường xuyên, là khâu đột phá nhằm nâng cao "
                       "hiệu lực, hiệu quả quản lý nhà nước, thúc đẩy phát triển kinh tế - xã hội.",
                       ("Phòng Nội vụ",), "Thường xuyên")


def test_pdf_table_whose_next_page_draws_a_border_fewer_goes_on():
    # fewer_borders.pdf (make_fewer_borders.py, the task annex of gold l m_2c6e6e62): the rows after the page break
    # each merge the last three columns ("Khi có phát sinh."), so that page's table has five columns where the first
    # page's has seven; row 4 is cut by the break, its rest ("chỉnh, bổ sung nhiệm vụ thực hiện" / "UBND xã, …")
    # opens the page with an empty number cell and was read as a table of its own
    from cancu.loaders.tasks import extract_tasks
    from cancu.loaders.text import MappedText

    st = read(OFFICE / "fewer_borders.pdf")
    assert [(t.n_cols, t.page) for t in st.layout.tables()] == [(7, 1)]
    tasks, _ = extract_tasks(MappedText.from_source(st.text), layout=st.layout)
    last = tasks[-1]
    assert (last.no, last.text, last.lead, last.coordinating, last.deadline.text) == (
        "4", "Đề xuất UBND Thành phố điều chỉnh, bổ sung nhiệm vụ thực hiện Đề án.", ("Sở Tài chính",),
        ("Các sở, ngành", "UBND xã, phường, đặc khu"), "Khi có phát sinh.")


def test_pdf_table_whose_next_page_draws_a_border_fewer_goes_on_between_rows():
    # the same layout with the page break between two rows: the next page opens with a whole row whose number goes on
    # from the previous page's ("3" after "2"); read as a table of its own (no header), its rows were lost.
    # fewer_borders_rows.pdf (make_fewer_borders.py, the task annex of gold l m_2c6e6e62, QĐ 2820/QĐ-UBND of
    # UBND Thành phố Hồ Chí Minh): rows 3-4 "Hằng năm." / "Khi có phát sinh." after the break
    from cancu.loaders.tasks import extract_tasks
    from cancu.loaders.text import MappedText

    st = read(OFFICE / "fewer_borders_rows.pdf")
    assert "\f" in st.text.split("Tổng hợp kế hoạch")[1].split("Tham mưu UBND")[0]
    assert [(t.n_cols, t.page) for t in st.layout.tables()] == [(7, 1)]
    tasks, _ = extract_tasks(MappedText.from_source(st.text), layout=st.layout)
    assert [(t.no, t.lead, t.deadline.text) for t in tasks[-2:]] == [
        ("3", ("Sở Tài chính",), "Hằng năm."), ("4", ("Sở Tài chính",), "Khi có phát sinh.")]
    # fewer_borders_between.pdf (make_fewer_borders_between.py, gold bg g_f992333d, QĐ 1383/QĐ-BNV of Bộ Nội vụ):
    # "27 | Số doanh nghiệp hoạt động dịch vụ việc làm được cấp phép | Chính thức | Tháng 6/2025" after row 26
    st = read(OFFICE / "fewer_borders_between.pdf")
    assert "\f\n27\tSố doanh nghiệp" in st.text
    [table] = st.layout.tables()
    assert table.n_cols == 6 and [r[0].text for r in table.rows[-3:]] == ["25", "26", "27"]
    last = table.rows[-1]
    assert [(c.col, c.colspan, c.text.replace("\n", " ")) for c in last] == [
        (0, 1, "27"), (1, 1, "Số doanh nghiệp hoạt động dịch vụ việc làm được cấp phép"), (2, 1, "Chính thức"),
        (3, 3, "Tháng 6/2025")]


@pytest.mark.parametrize("numbers, first, goes_on", [
    (["TT", "1", "2"], "3", True), (["1.", "2."], "3.", True), (["2.2", "2.3"], "2.4", True),
    (["2.2", "2.3"], "3", True), (["1", "2", ""], "3", True),
    # a new table opens with a number of its own, or a row of the header
    (["1", "2"], "1", False), (["1", "2"], "4", False), (["2.3"], "2.3.1", False), (["1", "2"], "TT", False),
    (["STT", "Tên"], "1", False)])
def test_pdf_row_number_goes_on_from_the_previous_page(numbers, first, goes_on):
    from cancu.loaders.blocks import Cell
    from cancu.loaders.formats.pdf import _numbers_on

    prev = Table(tuple((Cell(r, 0, 1, 1, (), 0, 0, n),) for r, n in enumerate(numbers)), 1, 0, 0)
    assert _numbers_on(prev, first) is goes_on


def test_pdf_word_cut_by_a_narrow_cell_is_one_word_again():
    # cut_words.pdf (make_cut_words.py): the "Căn cứ pháp lý" column of two TTHC catalogues (crawl c_085589ff of UBND
    # tỉnh Bắc Ninh, a_1aebf3ca) is narrower than a symbol, so LibreOffice cut it at the cell's edge with no space
    # ("54/2024/QH1" / "5 ngày"); each of the five citations was lost or read short ("37/2025/TTB")
    st = read(OFFICE / "cut_words.pdf")
    lines = st.text.splitlines()
    for line in ("54/2024/QH15 ngày", "193/2025/NĐCP ngày", "37/2025/TTBNN MT ngày", "10/2024/TTBTC ngày",
                 "37/2025/TTBNNMT ngày", "40/2025/TTBNNMT ngày"):
        assert line in lines, line
    # a word that fits its line wraps whole at a space, and stays apart from the next line: a symbol over a word in
    # lower case ("10/2024/TTBTC" / "ngày", the space dropped at the cell's edge), a line with a space in it
    k = lines.index("10/2024/TTBTC")
    assert lines[k + 1] == "ngày"
    assert "Thông tư số 10/2024/TT-" in lines
    from cancu.loaders.citations import collect, find_mentions, reference_form
    from cancu.loaders.text import MappedText

    ref = reference_form(MappedText.from_source(st.text))
    cited = {c.symbol for c in collect(ref, find_mentions(ref))}
    assert {"54/2024/QH15", "193/2025/NĐ-CP", "37/2025/TT-BNNMT", "40/2025/TT-BNNMT", "10/2024/TT-BTC"} <= cited


def test_a_row_that_opens_a_page_with_its_own_number_is_not_the_row_above():
    # the rule needs the number cell empty and every cell going on with a sentence: a new numbered
    # row, or an unnumbered one opening a sentence under a cell that ended one, stays a row
    from cancu.loaders.blocks import Cell, Paragraph
    from cancu.loaders.tasks.grid import _split_by_page

    def row(page, *texts):
        return tuple(Cell(0, k, 1, 1, (Paragraph(x, 0, len(x), page=page),) if x else (), 0, len(x), x)
                     for k, x in enumerate(texts))

    above = ("2", "Tăng cường phổ biến, quán triệt tạo sự thống nhất cao trong nhận thức", "Thường xuyên")
    going_on = ("", "của đội ngũ cán bộ, công chức, viên chức về vai trò", "")
    assert _split_by_page(row(1, *above), row(2, *going_on), list(above), list(going_on))
    assert not _split_by_page(row(1, *above), row(1, *going_on), list(above), list(going_on))  # same page
    numbered = ("3", "Đẩy mạnh công tác tuyên truyền cải cách hành chính", "Thường xuyên")
    assert not _split_by_page(row(1, *above), row(2, *numbered), list(above), list(numbered))
    ended = ("2", "Thực hiện nghiêm việc đánh giá kết quả cải cách hành chính.", "Thường xuyên")
    new = ("", "Không xếp hạng tốt về kết quả cải cách hành chính", "")
    assert not _split_by_page(row(1, *ended), row(2, *new), list(ended), list(new))
    # under a number merged over several rows (its cell empty above too): a row of its own opens in capitals,
    # the rest of a cut row goes on in lower case (crawl c_bc3b1eb1, annex I: "Xây dựng trình" / "Thủ tướng …")
    merged = ("", "Xây dựng và ban hành tiêu chí Nhãn sinh thái Việt Nam", "Giai đoạn 2026 - 2027")
    own = ("", "Xây dựng trình", "Trình Thủ tướng Chính phủ trong")
    assert not _split_by_page(row(1, *merged), row(2, *own), list(merged), list(own))
    rest = ("", "Thủ tướng Chính phủ hồ sơ thành lập Ban Chỉ đạo quốc gia", "năm 2026 và triển khai thực hiện")
    assert _split_by_page(row(1, *own), row(2, *rest), list(own), list(rest))


def test_pdf_list_items_with_a_hanging_indent_are_one_paragraph_each():
    # hanging_bullets.pdf (make_hanging.py, crawl plan c_51d192ba): Word bullets set their wrapped
    # lines under the text, right of the marker; each item is one paragraph, whole
    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    paras = [p.text for p in layout_paragraphs(read_layout(OFFICE / "hanging_bullets.pdf"))]
    assert paras[4:] == [
        "4. Sở Nội vụ:",
        "- Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương, doanh nghiệp tổ chức triển khai thực hiện Kế "
        "hoạch này; theo dõi, đôn đốc, kiểm tra, tổng hợp, báo cáo UBND tỉnh kết quả Đợt thi đua;",
        "- Tham mưu, hướng dẫn khen thưởng tổng kết và tổ chức tổng kết, khen thưởng Đợt thi đua lập thành tích "
        "chào mừng Đại hội đại biểu toàn quốc lần thứ XIV của Đảng theo đúng hướng dẫn của Trung ương;",
        "- Tham mưu đề xuất Chủ tịch UBND tỉnh và cấp thẩm quyền khen thưởng các tập thể, cá nhân có thành tích "
        "tiêu biểu, xuất sắc trong Đợt thi đua.",
    ]
    assert paras[2].endswith("phương tiện thông tin đại chúng.") and paras[1].endswith("kinh tế - xã hội năm 2025.")


def test_pdf_table_rows_are_tasks_with_their_cells_intact():
    # o047 page 3: "TT | Thời gian | Nội dung" under "IV. Kế hoạch triển khai"; a cell's wrapped
    # lines are one text, never split against the two lines of its "Từ … / đến …" date cell
    from cancu.loaders.tasks import extract_tasks
    from cancu.loaders.text import MappedText

    st = read(OFFICE / "o047_p3.pdf")  # one page, no header: not a document on its own
    tasks, _ = extract_tasks(MappedText.from_source(st.text), layout=st.layout)
    rows = [(t.section, t.no, t.text, t.deadline.text if t.deadline else None) for t in tasks]
    assert rows[:3] == [
        ("IV", "1", "Khoa thông báo danh sách GVHD đến sinh viên", "Ngày 24/05/2023"),
        ("IV", "2", "Sinh viên nộp đề cương thực tập lên hệ thống (daotao.vku.udn.vn/)",
         "Từ 01/06/2023 đến 16/06/2023"),
        ("IV", "3", "Sinh viên thực hiện nhiệm vụ thực tập theo kế hoạch và viết báo cáo sau khi kết thúc.",
         "Từ 01/06/2023 đến 31/07/2023"),
    ]
    assert len(tasks) == 5
    for t in tasks:
        assert "/2023" not in t.text  # the Thời gian cell never runs into the task text
        s, e = t.span
        assert t.text.split()[0] in st.text[s:e]


def test_docx_task_table_with_merged_deadline_and_a_repeated_header(tmp_path):
    """A deadline cell merged over rows (vMerge) applies to each row; a second header row inside the
    table ("Nội dung | Đơn vị thực hiện | …") is not a task. Rows from plan 179/KH-UBND of UBND tỉnh
    Đồng Nai (gold x_kh179_dongnai_b, built by tests/fixtures/loaders/gold/make_docx.py)."""
    import docx

    d = docx.Document()
    rows = [["STT", "Nhiệm vụ, giải pháp", "Đơn vị thực hiện", "Thời gian thực hiện"],
            ["", "Nội dung", "Đơn vị thực hiện", "Thời gian thực hiện"],
            ["1.1", "Xây dựng và tổ chức triển khai Kế hoạch phát triển nông nghiệp số", "Sở Nông nghiệp và Môi trường",
             "2026 - 2030"],
            ["1.2", "Triển khai Nền tảng dữ liệu số nông nghiệp", "Sở Nông nghiệp và Môi trường", ""]]
    table = d.add_table(rows=len(rows), cols=4)
    for r, cells in enumerate(rows):
        for k, text in enumerate(cells):
            if text:
                table.cell(r, k).text = text
    table.cell(2, 3).merge(table.cell(3, 3))
    path = tmp_path / "plan.docx"
    d.save(path)
    from cancu.loaders.tasks import extract_tasks
    from cancu.loaders.text import MappedText

    st = read(path)  # a table alone: not a document, so its tasks are read directly
    tasks, _ = extract_tasks(MappedText.from_source(st.text), layout=st.layout)
    assert [(t.no, t.lead, t.deadline.end if t.deadline else None) for t in tasks] == [
        ("1.1", ("Sở Nông nghiệp và Môi trường",), "2030-12-31"),
        ("1.2", ("Sở Nông nghiệp và Môi trường",), "2030-12-31")]


def test_html_tables_as_grids_with_spans_and_no_script(tmp_path):
    # rows of plan 552/KH-UBND (Đồng Tháp, dev d013) as an HTML page with a merged deadline cell
    page = ("<html><head><title>x</title><script>var a = '<p>not text</p>';</script></head><body>"
            "<p>KẾ HOẠCH<br>Triển khai</p><table>"
            "<tr><th>TT</th><th>Nhiệm vụ</th><th>Cơ quan chủ trì</th><th>Thời gian</th></tr>"
            "<tr><td>1</td><td><p>Rà soát, kịp thời cụ thể hoá</p><p>- các văn bản</p></td>"
            "<td>Sở Tư pháp</td><td rowspan='2'>Năm 2025</td></tr>"
            "<tr><td>2</td><td>Tổ chức tập huấn</td><td>Sở Nội vụ</td></tr></table>"
            "<!-- a comment --><p>Nơi nhận:</p></body></html>")
    path = tmp_path / "plan.html"
    path.write_text(page, encoding="utf-8")
    lay = read_layout(path)
    assert "not text" not in lay.text and "a comment" not in lay.text
    assert lay.paragraphs()[0].text == "KẾ HOẠCH\nTriển khai"
    (table,) = list(lay.tables())
    assert table.n_cols == 4 and len(table.rows) == 3
    merged = table.rows[1][3]
    assert (merged.text, merged.rowspan) == ("Năm 2025", 2)
    assert table.rows[1][1].text == "Rà soát, kịp thời cụ thể hoá\n- các văn bản"
    assert table.rows[0][0].paragraphs[0].bold  # <th>
    for row in table.rows:
        for c in row:
            assert lay.text[c.start:c.end] == c.text
    from cancu.loaders.tasks import extract_tasks
    from cancu.loaders.text import MappedText

    tasks, _ = extract_tasks(MappedText.from_source(lay.text), layout=lay)
    assert [(t.no, t.lead, t.deadline.end) for t in tasks] == [
        ("1", ("Sở Tư pháp",), "2025-12-31"), ("2", ("Sở Nội vụ",), "2025-12-31")]


def test_qa_page_showing_a_blank_party_form_is_not_a_document():
    # crawl 4bbbcdc9e6491b5a.md: "# Mẫu chương trình kiểm tra giám sát …?" then a template whose
    # number is blank ("Số -CTr/CB"): a blank number is no document header on a Q&A page
    ex = extract(Path(__file__).parent / "fixtures" / "loaders" / "nondoc_qa_template_4bbbcdc9.md")
    assert not ex.is_document and "question-and-answer" in ex.reason


def test_pdf_header_cell_centred_lower_is_read_before_the_motto():
    # header_cells.pdf (make_header_cells.py, Công văn 11654/VPCP-CN): LibreOffice centres the
    # issuer's shorter cell on the motto's height, so its first line starts below the motto's;
    # the two cells start at about the same height and keep content order (before: the issuer
    # was read after the whole page and the header's issuer came out as "Nam")
    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    paras = [p.text for p in layout_paragraphs(read_layout(OFFICE / "header_cells.pdf"))]
    assert paras[:7] == ["VĂN PHÒNG CHÍNH", "PHỦ", "-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM",
                         "Độc lập - Tự do - Hạnh phúc", "---------------"]
    doc = extract(OFFICE / "header_cells.pdf").to_dict()["doc"]
    assert (doc["kind"], doc["symbol"], doc["date"], doc["issuer"], doc["place"]) == (
        "Công văn", "11654/VPCP-CN", "2025-11-27", "Văn phòng Chính phủ", "Hà Nội")


def test_pdf_one_line_issuer_beside_a_three_line_motto_is_read_first():
    # issuer_beside.pdf (make_issuer_beside.py, QĐ 1383/QĐ-BNV, set bg g_f992333d): the one-line issuer's
    # cell is centred 28 pt below the motto's first line, past the 12 pt two header cells may differ by;
    # before, "BỘ NỘI VỤ" was read after the whole page and the header had no issuer
    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    paras = [p.text for p in layout_paragraphs(read_layout(OFFICE / "issuer_beside.pdf"))]
    assert paras[:4] == ["BỘ NỘI VỤ", "-------", "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"]
    doc = extract(OFFICE / "issuer_beside.pdf").to_dict()["doc"]
    assert (doc["symbol"], doc["date"], doc["issuer"], doc["place"]) == (
        "1383/QĐ-BNV", "2025-11-26", "Bộ Nội vụ", "Hà Nội")


def test_pdf_paragraph_across_the_page_above_the_header_keeps_its_order():
    # across_header.pdf (make_across_header.py, Công văn 2865/GDĐT-KT&KĐCL, set o io_8cea7beb): a line
    # across the page's middle above the header table, its last words wrapped to the left margin; the
    # header's columns sent the wrapped words to the issuer's column and the line to the motto's, so
    # the issuer was read "Sở Giáo dục thành phố Hồ Chí Minh" (the same cut "UBND tỉnh Bình Định" to
    # "UBND tỉnh" in ou iu_e2d9a4e7 and left "Covid-19" as the issuer of ov iv_97f79331 as PDFs)
    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    paras = [p.text for p in layout_paragraphs(read_layout(OFFICE / "across_header.pdf"))]
    assert paras[0] == "UỶ BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    doc = extract(OFFICE / "across_header.pdf").to_dict()["doc"]
    assert (doc["symbol"], doc["date"], doc["issuer"], doc["place"]) == (
        "2865/GDĐT-KT&KĐCL", "2007-12-07", "Sở Giáo dục và Đào tạo thành phố Hồ Chí Minh", "Tp.Hồ Chí Minh")


def test_pdf_header_run_across_the_page_with_the_motto_keeps_its_order():
    # across_header_motto.pdf (make_across_header.py, set or ir_d2fa6955): a header run into one paragraph
    # across the page, the motto in its wrapped lines, the place and date under it at the left margin; the
    # wrapped lines were split between the columns and "Cần Thơ, ngày 21 tháng 02 năm 2020" read into the
    # motto's tail, so the header had no date or place
    layout = read_layout(OFFICE / "across_header_motto.pdf")
    lines = [ln for ln in layout.text.split("\n") if ln.strip()]
    assert lines[2].endswith("Độc lập – Tự do – Hạnh phúc") and lines[3] == "Cần Thơ, ngày 21 tháng 02 năm 2020"
    doc = extract(OFFICE / "across_header_motto.pdf").to_dict()["doc"]
    assert (doc["date"], doc["place"]) == ("2020-02-21", "Cần Thơ")


def test_pdf_fallback_letter_at_a_word_end_in_a_cell_gets_no_space():
    # fallback_cells.pdf (make_fallback_cells.py, appendix row of crawl decision c_bc3b1eb1):
    # the "ệ" of "Công nghệ" is drawn by a fallback font after its line, and PDFium puts a space
    # after it; the partner read "Công ngh ệ" before
    layout = read_layout(OFFICE / "fallback_cells.pdf")
    cells = [c.text for row in next(layout.tables()).rows for c in row]
    partners = next(c for c in cells if "Viện Hàn lâm" in c)
    assert "Khoa học và Công nghệ Việt Nam" in " ".join(partners.split())
    assert not re.search(r"\w [ệộ]", layout.text)


def test_pdf_chapter_heading_under_a_full_last_line_opens_a_paragraph():
    # chapter_after_full_line.pdf (make_chapter_after_full_line.py, the Quy định of QĐ 81/2025/QĐ-UBND
    # Bắc Ninh, crawl c_0f154e9e): the justified last line of Điều 9.3 ends at the right margin, and
    # "Chương III" was glued to it, which lost the implementation chapter and its 11 task rows
    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    paras = [p.text for p in layout_paragraphs(read_layout(OFFICE / "chapter_after_full_line.pdf"))]
    assert paras[0].endswith("của Liên hiệp các hội Khoa học và Kỹ thuật Việt Nam.")
    assert paras[1:3] == ["Chương III", "TỔ CHỨC THỰC HIỆN"]


def test_pdf_paragraph_after_a_list_is_not_the_last_items_wrapped_line():
    # list_then_paragraph.pdf (make_list_then_paragraph.py, Công điện 96/CĐ-BXD, crawl c_538a7e1d): the
    # last addressee ends its sentence short of the margin and the opening paragraph starts left of the
    # bullets; it was read as that bullet's wrapped line, and the letter's 12 task rows were lost with it
    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    paras = [p.text for p in layout_paragraphs(read_layout(OFFICE / "list_then_paragraph.pdf"))]
    assert paras[4] == "- Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng."
    assert paras[5].startswith("Triển khai chỉ đạo") and paras[5].endswith("Bộ Xây dựng yêu cầu các cơ quan, đơn vị:")
    # the first item, whose wrapped line sits under its text, stays one paragraph
    assert paras[1].endswith("Kết cấu hạ tầng xây dựng;")


def test_pdf_paragraph_set_in_after_an_item_is_no_wrapped_line_when_items_wrap_at_the_margin():
    # items_then_indent.pdf (make_items_then_indent.py): dash items indented on their first line only, their wrapped
    # lines back at the left margin, each followed by a paragraph with a first-line indent, where a hanging item's
    # wrapped line would start. That paragraph was read into the item: Công điện 96/CĐ-BXD (crawl c_538a7e1d) lost its
    # lead-in "… yêu cầu các cơ quan, đơn vị:" into the last addressee and all 12 task rows with it; the plan of crawl
    # c_7d736b53 read "Đơn vị thực hiện: …" into the task above it, its lead lost
    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    paras = [p.text for p in layout_paragraphs(read_layout(OFFICE / "items_then_indent.pdf"))]
    assert paras[4] == "- Sở Xây dựng các tỉnh, thành phố: Gia Lai, Đắk Lắk, Khánh Hòa, Lâm Đồng."
    assert paras[5].startswith("Triển khai chỉ đạo") and paras[5].endswith("Bộ Xây dựng yêu cầu các cơ quan, đơn vị:")
    assert paras[6].startswith("- Đề nghị người đứng đầu cấp ủy")
    assert paras[6].endswith("tại cơ quan đơn vị, địa phương.")
    assert paras[7] == "Đơn vị thực hiện: Các Sở, ngành, đơn vị, UBND cấp xã."
    assert paras[9] == "- Ra mắt AI pháp luật hỗ trợ cho cán bộ, công chức, viên chức trên địa bàn tỉnh."
    assert paras[10] == "Đơn vị chủ trì tham mưu thực hiện: Sở Khoa học và Công nghệ."
    # the first item's wrapped line, at the margin, stays in it
    assert paras[1].endswith("Kết cấu hạ tầng xây dựng;")


def _pdf_paras(lines: list[tuple[int, float, float, str]]) -> list[str]:
    """The paragraphs the PDF reader makes of text lines given as (page, x0, x1, text), in reading order."""
    from cancu.loaders.tasks.paragraphs import _pdf_paragraphs

    body, pos = [], 0
    for page, x0, x1, text in lines:
        body.append(Paragraph(text, pos, pos + len(text), page=page, x0=x0, x1=x1))
        pos += len(text) + 1
    return [p.text for p in _pdf_paragraphs(body)]


def test_pdf_items_wrap_at_the_margin_where_their_markers_are_and_hang_elsewhere():
    # crawl c_d83650c5 (Kế hoạch of UBND tỉnh Nghệ An) as PDF: body items set at 99.4 pt wrap back to the margin, so the
    # closing paragraph set in after the last one is its own; the recipients, set at 108 pt, hang their wrapped lines
    # under their text, and each stays one
    lines = [
        (5, 99.4, 551.7, "- Sở Nội vụ hướng dẫn khen thưởng Đợt thi đua; phối hợp với các cơ quan, đơn vị"),
        (5, 85.2, 551.7, "liên quan triển khai, đôn đốc, đánh giá việc tổ chức thực hiện Kế hoạch; tham mưu biểu"),
        (5, 85.2, 543.7, "dương, khen thưởng các tập thể, cá nhân tiêu biểu, xuất sắc trong thực hiện Đợt thi đua."),
        (5, 113.5, 551.8, "Trên đây là Kế hoạch triển khai Đợt thi đua lập thành tích chào mừng Đại hội lần"),
        (5, 85.2, 552.0, "thứ XIV của Đảng; tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm vụ Nghị"),
        (5, 85.2, 552.3, "quyết Đại hội lần thứ XIII của Đảng trên địa bàn tỉnh Nghệ An."),
        (6, 85.2, 150.5, "quyết định./."),
        (6, 86.7, 138.7, "Nơi nhận:"),
        (6, 108.0, 237.2, "- Bộ Nội vụ (Báo cáo);"),
        (6, 108.0, 263.2, "- Thường trực Tỉnh ủy (Báo"),
        (6, 122.1, 151.2, "cáo);"),
        (6, 108.0, 249.3, "- Ban TĐKT Trung ương"),
        (6, 122.1, 179.8, "(Báo cáo);"),
    ]
    paras = _pdf_paras(lines)
    assert paras[0].endswith("xuất sắc trong thực hiện Đợt thi đua.")
    assert paras[1].startswith("Trên đây là Kế hoạch")
    assert "- Thường trực Tỉnh ủy (Báo cáo);" in paras


def test_pdf_font_names_are_asked_only_on_pages_whose_fonts_say_bold_without_the_weight():
    # the per-character font-name call cost 11.6% of the reading time of the office PDFs
    # (benchmarks/pdf_bold_names.py); a page is asked once per text object first. LibreOffice's
    # substitute bold (weight 400) keeps the question; Word's exports (o001, o002: the bold faces
    # declare 700) and o037's pages without a bold-named font skip it
    import pypdfium2
    import pypdfium2.raw as raw

    from cancu.loaders.formats.pdf import _bold_names_on_page

    def pages(path: Path) -> list[bool]:
        pdf = pypdfium2.PdfDocument(path)
        try:
            return [_bold_names_on_page(pdf[k], raw) for k in range(len(pdf))]
        finally:
            pdf.close()

    assert pages(OFFICE / "heading_then_item.pdf") == [True]
    assert pages(GOLD / "o001.pdf") == [False] * 4 and pages(GOLD / "o002.pdf") == [False] * 3
    assert pages(GOLD / "o037.pdf") == [True, True, False, False, False, True, True]


def test_pdf_bold_face_by_name_and_heading_short_of_the_margin():
    # heading_then_item.pdf (make_heading_then_item.py, Chỉ thị 010/CT-UBND Đắk Lắk, crawl c_3ace1335):
    # LibreOffice declares weight 400 for the bold face it substitutes ("NimbusRomanBold"), and the
    # section heading, stopping short of the margin without a full stop, swallowed the agency heading
    # under it ("I. Trách nhiệm … dự án 1. Các cơ quan đăng ký đầu tư …"): 5 task rows were lost
    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    paras = layout_paragraphs(read_layout(OFFICE / "heading_then_item.pdf"))
    assert [(p.bold, p.text[:20]) for p in paras] == [
        (True, "I. Trách nhiệm phối "), (True, "1. Các cơ quan đăng "), (False, "a) Là đầu mối chủ tr"),
        (False, "b) Chịu trách nhiệm "), (False, "c) Chịu trách nhiệm ")]
    assert paras[0].text == "I. Trách nhiệm phối hợp trong công tác thẩm định chủ trương đầu tư dự án"


def test_a_cell_cut_by_a_page_break_and_merged_over_rows_keeps_its_whole_text():
    # crawl c_bc3b1eb1 (annex I) as a Word-exported PDF: row "1" opens at the foot of a page with its chủ trì
    # cell "Bộ Nông nghiệp"; at the top of the next page the rest, "và Môi trường", is a cell merged over the
    # row's five tasks, and every task read the lead "và Môi trường"
    from cancu.loaders.blocks import Cell, Layout, Paragraph, Table
    from cancu.loaders.tasks.grid import layout_grids

    def cell(r, k, text, page, rowspan=1):
        return Cell(r, k, rowspan, 1, (Paragraph(text, 0, len(text), page=page),) if text else (), 0, len(text), text)

    rows = (
        (cell(0, 0, "STT", 1), cell(0, 1, "Cơ quan chủ trì", 1), cell(0, 2, "Nội dung nhiệm vụ", 1),
         cell(0, 3, "Thời hạn hoàn thành", 1)),
        (cell(1, 0, "1", 1), cell(1, 1, "Bộ Nông nghiệp", 1), cell(1, 2, "- Hoàn thiện Nghị định về xử lý vi phạm", 1),
         cell(1, 3, "Ban hành trong quý I năm 2026. Thực hiện", 1)),
        (cell(2, 0, "", 2, 3), cell(2, 1, "và Môi trường", 2, 3), cell(2, 2, "trong lĩnh vực bảo vệ môi trường.", 2),
         cell(2, 3, "điều chỉnh (nếu có)", 2)),
        (cell(3, 2, "- Rà soát, cập nhật các hướng dẫn kỹ thuật về hệ số phát thải", 2),
         cell(3, 3, "Giai đoạn 2026 - 2027", 2)),
        (cell(4, 2, "- Xây dựng quy chế phối hợp, biện pháp quản lý chất lượng môi trường không khí", 2),
         cell(4, 3, "Ban hành trong năm 2026", 2)),
    )
    grid = layout_grids(Layout("", [Table(rows, 4, 0, 0)], "pdf"))[0]
    assert [r.cells[1] for r in grid.rows[1:]] == ["Bộ Nông nghiệp và Môi trường"] * 3
    assert grid.rows[1].cells[2] == "Hoàn thiện Nghị định về xử lý vi phạm trong lĩnh vực bảo vệ môi trường."


def test_a_row_cut_by_a_page_break_under_a_merged_cell_or_a_list_going_on_is_one_row():
    # crawl c_bc3b1eb1 (annex I, rows A.2 and N.2) as a Word-exported PDF: the rest of a row opens the next page
    # with an empty number cell; above it, the "Cơ quan phối hợp" cell is merged from the row before ("…; - Bộ" /
    # "Ngoại giao; …"), or ends a list item with ";" that the next page goes on with a capital ("- Bộ Nông nghiệp
    # và Môi trường;" / "- Bộ Công Thương; …"): the rests "không khí." and "của phân vùng môi trường." were rows of
    # their own
    from cancu.loaders.blocks import Cell, Layout, Paragraph, Table
    from cancu.loaders.tasks.grid import layout_grids

    def cell(r, k, text, page, rowspan=1):
        return Cell(r, k, rowspan, 1, (Paragraph(text, 0, len(text), page=page),) if text else (), 0, len(text), text)

    rows = (
        (cell(0, 0, "STT", 1), cell(0, 1, "Cơ quan chủ trì", 1), cell(0, 2, "Cơ quan phối hợp", 1),
         cell(0, 3, "Nội dung nhiệm vụ", 1), cell(0, 4, "Thời hạn hoàn thành", 1)),
        (cell(1, 0, "2", 16, 2), cell(1, 1, "Bộ Nông nghiệp và Môi trường", 16, 2),
         cell(1, 2, "- Bộ Khoa học và Công nghệ;\n- Viện Hàn lâm Khoa học và Công nghệ Việt Nam;\n- Bộ", 16, 2),
         cell(1, 3, "- Ứng dụng khoa học kỹ thuật tiên tiến trong phân tích nguồn gốc thành phần bụi PM2.5", 16),
         cell(1, 4, "Giai đoạn 2026 - 2030", 16)),
        (cell(2, 3, "- Tăng cường trao đổi kinh nghiệm quốc tế về xây dựng pháp luật, quản lý chất lượng môi trường",
              16), cell(2, 4, "Giai đoạn 2026 - 2030", 16)),
        (cell(3, 0, "", 17), cell(3, 1, "", 17), cell(3, 2, "Ngoại giao;\n- Bộ Giáo dục và Đào tạo", 17),
         cell(3, 3, "không khí.", 17), cell(3, 4, "", 17)),
        (cell(4, 0, "2", 28), cell(4, 1, "UBND thành phố Hà Nội, UBND Thành phố Hồ", 28),
         cell(4, 2, "- Bộ Nông nghiệp và Môi trường;", 28),
         cell(4, 3, "Hoàn thành việc di dời các cơ sở không đáp ứng yêu cầu về bảo vệ môi trường", 28),
         cell(4, 4, "Trước năm 2030", 28)),
        (cell(5, 0, "", 29), cell(5, 1, "Chí Minh", 29),
         cell(5, 2, "- Bộ Công Thương;\n- Bộ Xây dựng;\n- Bộ Tài chính", 29),
         cell(5, 3, "của phân vùng môi trường.", 29), cell(5, 4, "", 29)),
    )
    grid = layout_grids(Layout("", [Table(rows, 5, 0, 0)], "pdf"))[0]
    assert [r.cells[3] for r in grid.rows[1:]] == [
        "Ứng dụng khoa học kỹ thuật tiên tiến trong phân tích nguồn gốc thành phần bụi PM2.5",
        "Tăng cường trao đổi kinh nghiệm quốc tế về xây dựng pháp luật, quản lý chất lượng môi trường không khí.",
        "Hoàn thành việc di dời các cơ sở không đáp ứng yêu cầu về bảo vệ môi trường của phân vùng môi trường."]
    assert grid.rows[3].cells[1:3] == ["UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh",
                                       "Bộ Nông nghiệp và Môi trường; Bộ Công Thương;\nBộ Xây dựng;\nBộ Tài chính"]


def test_pdf_recipients_line_opens_a_paragraph_after_a_full_last_line():
    # set i l_a78bb8c6 (a party committee's Công văn) as a Word-exported PDF: the last sentence, set in and
    # justified to the right margin, then "Nơi nhận:" at the margin; read as one paragraph, the closing
    # request took the recipients into its task text
    from cancu.loaders.blocks import Paragraph
    from cancu.loaders.tasks.paragraphs import _pdf_paragraphs

    last = "Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện."
    body = [Paragraph("tuyên truyền về vị trí, vai trò, tầm quan trọng và ý nghĩa của việc bảo vệ môi trường và",
                      0, 3, page=2, x0=86.7, x1=517.0),
            Paragraph("chủ động ứng phó với biến đổi khí hậu, góp phần tạo sự thống nhất về nhận thức, hành",
                      4, 6, page=2, x0=86.7, x1=516.8),
            Paragraph("động và sự đồng thuận trong toàn Đảng bộ.", 7, 10, page=2, x0=86.7, x1=300.0),
            Paragraph(last, 11, 20, page=2, x0=85.2, x1=516.9),
            Paragraph("Nơi nhận:", 21, 30, page=2, x0=86.7, x1=138.7),
            Paragraph("- Như trên (t/h);", 31, 40, page=2, x0=86.7, x1=190.0),
            Paragraph("- Lưu Văn phòng Đảng ủy.", 41, 50, page=2, x0=86.7, x1=250.0)]
    assert [p.text for p in _pdf_paragraphs(body)][1:3] == [last, "Nơi nhận:"]


def test_pdf_centred_subject_wrapped_over_lines_is_one_paragraph():
    # a subject under the type line, centred as offices set it, wraps over lines each set in on both sides; read
    # line by line, its second line opened with a body's name and became a task led by "Tỉnh ủy về" (set j
    # l_245dc922, a Kế hoạch of UBND tỉnh Lào Cai, as a Word-exported PDF); a Chỉ thị of Ban Thường vụ Tỉnh ủy Sơn
    # La (office o046, a signed PDF) sets its four subject lines the same way. The authority's line in capitals
    # under a subject (office o025) and "(Kèm theo Quyết định …)" under a regulation's title (office o028) stay
    # apart: the next elements of the title block, centred too
    def paras(lines, full):
        # six full body lines of the same document set the page's margins
        return _pdf_paras([(1, *line) for line in lines + [full] * 6])

    got = paras([(297.7, 368.8, "KẾ HOẠCH"),
                 (125.8, 540.3, "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ"),
                 (104.3, 533.3, "Tỉnh ủy về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý nhà nước về"),
                 (223.2, 414.6, "khoáng sản trên địa bàn tỉnh Lào Cai"),
                 (113.5, 552.1, "Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy về")],
                (85.2, 552.1, "việc tăng cường sự lãnh đạo của Đảng đối với công tác quản lý nhà nước về khoáng sản"))
    assert got[:2] == ["KẾ HOẠCH", "Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy "
                       "về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý nhà nước về khoáng sản trên địa "
                       "bàn tỉnh Lào Cai"]
    assert got[2].startswith("Thực hiện Chỉ thị số 11-CT/TU")  # the body's first paragraph, set in: apart
    got = paras([(198.6, 421.1, "CỦA BAN THƯỜNG VỤ TỈNH ỦY"),
                 (89.4, 530.5, "về tăng cường sự lãnh đạo của các cấp ủy đảng trong triển khai Đề án"),
                 (93.4, 531.2, "phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử"),
                 (112.6, 511.7, "phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn"),
                 (188.2, 435.6, "đến năm 2030 trên địa bàn tỉnh Sơn La")],
                (78.6, 542.5, "định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 -"))
    assert got[1] == ("về tăng cường sự lãnh đạo của các cấp ủy đảng trong triển khai Đề án phát triển ứng dụng dữ "
                      "liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - "
                      "2025, tầm nhìn đến năm 2030 trên địa bàn tỉnh Sơn La")
    got = paras([(116.2, 511.0, "trong giải quyết thủ tục hành chính lĩnh vực công chức, viên chức"),
                 (110.4, 513.6, "thuộc thẩm quyền giải quyết của Sở Nội vụ tỉnh Bà Rịa – Vũng Tàu"),
                 (120.3, 503.5, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU")],
                (85.1, 541.2, "Chính phủ về thực hiện cơ chế một của, một cửa liên thông trong giải quyết thủ"))
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU" in got
    got = paras([(96.0, 527.9, "về chất lượng và bảo trì công trình xây dựng trên địa bàn tỉnh An Giang"),
                 (103.9, 523.2, "(Kèm theo Quyết định số 06/2022/QĐ-UBND ngày 04 tháng 3 năm 2022"),
                 (207.9, 416.1, "của Ủy ban nhân dân tỉnh An Giang)")],
                (85.1, 541.2, "Chính phủ về thực hiện cơ chế một của, một cửa liên thông trong giải quyết thủ"))
    assert got[:2] == ["về chất lượng và bảo trì công trình xây dựng trên địa bàn tỉnh An Giang",
                       "(Kèm theo Quyết định số 06/2022/QĐ-UBND ngày 04 tháng 3 năm 2022 của Ủy ban nhân dân tỉnh An "
                       "Giang)"]


def test_pdf_last_page_whose_recipients_set_most_lines_keeps_the_document_margin():
    # set i l_a78bb8c6 (a party committee's Công văn) as a Word-exported PDF: a paragraph's last line goes over to the
    # last page, where the recipients' items set most lines (none of them full) and "Nơi nhận:" stands 1.5 pt off the
    # margin; read against the items' indent as the page's margin, the line was cut from its paragraph
    lines = [(1, 85.2, 551.8, "Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn các cấp ủy, tổ chức đảng đẩy mạnh thông"),
             (1, 85.2, 552.2,
              "tin, tuyên truyền về vị trí, vai trò, tầm quan trọng và ý nghĩa của việc bảo vệ môi trường"),
             (1, 85.2, 552.4,
              "và chủ động ứng phó với biến đổi khí hậu, góp phần tạo sự thống nhất về nhận thức, hành"),
             (2, 85.2, 310.5, "động và sự đồng thuận trong toàn Đảng bộ."),
             (2, 113.5, 545.2, "Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện."),
             (2, 86.7, 138.7, "Nơi nhận:"),
             (2, 108.0, 200.9, "- Như trên (t/h);"),
             (2, 108.0, 254.5, "- Thường trực Tỉnh ủy (để"),
             (2, 122.1, 149.1, "b/c);"),
             (2, 108.0, 258.1, "- Thường trực Đảng ủy (để"),
             (2, 122.1, 149.1, "b/c);"),
             (2, 108.0, 234.7, "- Lãnh đạo Văn phòng"),
             (2, 122.1, 189.2, "UBND tỉnh;"),
             (2, 108.0, 266.0, "- Lãnh đạo Văn phòng Đảng"),
             (2, 122.1, 142.0, "ủy;"),
             (2, 108.0, 258.3, "- Lưu Văn phòng Đảng ủy."),
             (2, 273.8, 408.3, "T/M BAN THƯỜNG VỤ")]
    paras = _pdf_paras(lines)
    assert paras[0].endswith("góp phần tạo sự thống nhất về nhận thức, hành động và sự đồng thuận trong toàn Đảng bộ.")
    assert paras[1:3] == ["Đề nghị Ủy ban nhân dân tỉnh và các tổ chức đảng nghiêm túc triển khai thực hiện.",
                          "Nơi nhận:"]
    assert "- Thường trực Tỉnh ủy (để b/c);" in paras


def test_pdf_page_of_short_paragraphs_keeps_the_document_margin():
    # crawl m_0c0c2284 as a Word-exported PDF: an item goes on over a page break at the margin; the new page
    # is mostly one-line paragraphs that start at their first-line indent, and read against that as the
    # page's margin the rest of the item was a paragraph of its own (the task cut)
    from cancu.loaders.blocks import Paragraph
    from cancu.loaders.tasks.paragraphs import _pdf_paragraphs

    full = "Tăng cường công tác quản lý người nghiện ma túy, người sử dụng trái phép chất ma túy tại cộng"
    body = [Paragraph(full, 0, 1, page=8, x0=85.2, x1=552.1) for _ in range(6)] + [
        Paragraph("tỉnh xem xét, phê duyệt địa bàn cấp xã không ma túy.", 2, 3, page=8, x0=85.2, x1=366.5),
        Paragraph("- Ưu tiên nguồn lực đầu tư, hỗ trợ kinh phí cho công tác phòng, chống và kiểm soát",
                  4, 5, page=8, x0=99.4, x1=552.3),
        Paragraph("ma túy, nhất là các địa bàn được lựa chọn chuyển hóa giai đoạn 2026- 2030 và lực lượng",
                  6, 7, page=9, x0=85.2, x1=552.5),
        Paragraph("thực hiện công tác phòng, chống và kiểm soát ma túy.", 8, 9, page=9, x0=85.2, x1=368.8),
        Paragraph("IV. TỔ CHỨC THỰC HIỆN", 10, 11, page=9, x0=113.5, x1=264.6),
        Paragraph("1. Công an tỉnh chủ trì, theo dõi, đôn đốc thực hiện Kế hoạch.", 12, 13, page=9, x0=113.5, x1=480.0),
        Paragraph("2. Sở Tài chính tham mưu bố trí kinh phí thực hiện.", 14, 15, page=9, x0=113.5, x1=420.0),
        Paragraph("3. Sở Y tế phối hợp thực hiện các nhiệm vụ được giao.", 16, 17, page=9, x0=113.5, x1=430.0)]
    paras = [p.text for p in _pdf_paragraphs(body)]
    assert ("- Ưu tiên nguồn lực đầu tư, hỗ trợ kinh phí cho công tác phòng, chống và kiểm soát ma túy, nhất là các "
            "địa bàn được lựa chọn chuyển hóa giai đoạn 2026- 2030 và lực lượng thực hiện công tác phòng, chống và "
            "kiểm soát ma túy.") in paras


def test_docx_marker_alone_in_its_paragraph_opens_the_next_one(tmp_path):
    """A paragraph that holds only a list marker numbers the paragraph after it, as a marker alone on its line does
    in flat text: Chỉ thị of UBND thành phố Cần Thơ, items 1-2 (fresh c_0fdb6c25), and a Công văn of Sở Giáo dục và
    Đào tạo Hà Nội, its last bullet (fresh c_00caaa9c), the marker and the words in paragraphs of their own. A
    chapter's number alone over its title (office o040) stays apart."""
    import docx

    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    d = docx.Document()
    for text in ("1.", "Các cơ quan quản lý nhà nước, tổ chức, cá nhân liên quan có trách nhiệm tổ chức, thực hiện "
                 "hiệu quả và chấp hành nghiêm quy định của Luật Tài nguyên nước.",
                 "2.", "Kết hợp hoặc luân phiên khai thác nước mặt với khai thác nước dưới đất, nước mưa.",
                 "-", "Trường hợp chất lượng môi trường không khí bị ô nhiễm nghiêm trọng (VN_AQI ≥ 301), các đơn vị, "
                 "trường học chủ động tạm dừng hoặc điều chỉnh thời gian làm việc, học tập cho phù hợp.",
                 "Chương I", "QUY ĐỊNH CHUNG"):
        d.add_paragraph(text)
    path = tmp_path / "ct.docx"
    d.save(path)
    paras = [p.text for p in layout_paragraphs(read_layout(path))]
    assert paras[0].startswith("1. Các cơ quan quản lý nhà nước") and paras[1].startswith("2. Kết hợp")
    assert paras[2].startswith("- Trường hợp chất lượng môi trường")
    assert paras[3:] == ["Chương I", "QUY ĐỊNH CHUNG"]


def test_docx_glued_syllables_read_as_in_flat_text(tmp_path):
    """A Word file whose words ran together where the web page it was saved from lost a space ("… các cấp cónhiệm vụ
    triển khai", Quyết định 962/QĐ-UBND of Vĩnh Long, set ot it_1c416567; "… thành phố trực thuộc Trung ươngbáo cáo
    về …", Công văn 3234/BGDĐT-GDCN, set ou iu_f525668b) is read with the spaces the flat text is read with: the lead
    stops at the body's name, and the task's text is the file's, glued as written."""
    import docx

    docs = {
        "qd": ("UỶ BAN NHÂN DÂN TỈNH VĨNH LONG", "Số: 962/QĐ-UBND", "Vĩnh Long, ngày 16 tháng 5 năm 2007", "QUYẾT ĐỊNH",
               "QUYẾT ĐỊNH:",
               "Điều 2. Ban Chỉ đạo đổi mới giáo dục phổ thông và phổ cập giáo dục các cấp cónhiệm vụ triển khai, tổ "
               "chức thực hiện và kiểm tra kết quả đạt được tại từngthời điểm quy định."),
        "cv": ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 3234/BGDĐT-GDCN", "Hà Nội, ngày 16 tháng 5 năm 2013",
               "Kính gửi: Sở Giáo dục và Đào tạo các tỉnh,thành phố trực thuộc Trung ương",
               "Thực hiện Chỉ thị số 895/CT-BGDĐT ngày 12 tháng 3 năm 2013 củaBộ trưởng Bộ Giáo dục và Đào tạo (GDĐT) "
               "về thực hiện quy hoạch phát triển nhânlực ngành giáo dục và đào tạo theo nhu cầu phát triển xã hội "
               "giai đoạn2013-2015, Bộ GDĐT đề nghị sở GDĐT các tỉnh, thành phố trực thuộc Trung ươngbáo cáo về "
               "tình hình mở ngành đào tạo."),
    }
    out = {}
    for name, lines in docs.items():
        d = docx.Document()
        for text in lines:
            d.add_paragraph(text)
        d.save(tmp_path / f"{name}.docx")
        out[name] = extract(tmp_path / f"{name}.docx").to_dict()["tasks"]
    assert [t["lead"] for t in out["qd"]] == [["Ban Chỉ đạo đổi mới giáo dục phổ thông và phổ cập giáo dục các cấp"]]
    assert [t["lead"] for t in out["cv"]] == [["sở GDĐT các tỉnh, thành phố trực thuộc Trung ương"]]
    assert "các cấp cónhiệm vụ" in out["qd"][0]["text"] and "Trung ươngbáo cáo" in out["cv"][0]["text"]


def test_pdf_marker_alone_on_its_line_opens_the_next_one():
    # marker_alone.pdf (make_marker_alone.py: the same lines exported from Word): "2." alone under a full line that
    # ends a sentence was glued to it ("… liên quan. 2."), its item's words read as a paragraph without a number
    from cancu.loaders.tasks.paragraphs import layout_paragraphs

    paras = [p.text for p in layout_paragraphs(read_layout(OFFICE / "marker_alone.pdf"))]
    assert paras[1].startswith("1. Các cơ quan quản lý nhà nước") and paras[1].endswith("pháp luật liên quan.")
    assert paras[2].startswith("2. Kết hợp hoặc luân phiên") and paras[3].startswith("- Trường hợp chất lượng")
    assert paras[4:] == ["Chương I", "QUY ĐỊNH CHUNG"]


def test_docx_signature_table_ends_the_part_before_an_annex(tmp_path):
    """The recipients and the signature side by side in a layout table end the plan, as the same lines do in flat text:
    the annex after them (Kế hoạch 157/KH-UBND of UBND thành phố Cần Thơ, set c c_8f3b61eb: "PHỤ LỤC" / "THANG ĐIỂM THI
    ĐUA …" and its scoring notes) starts afresh; before, its notes hung under the plan's last lettered item and became
    tasks of "các tổ chức cung cấp dịch vụ chi trả"."""
    import docx

    d = docx.Document()
    for text in ("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ", "Số: 157/KH-UBND", "Cần Thơ, ngày 18 tháng 11 năm 2025",
                 "KẾ HOẠCH",
                 "Phát động phong trào thi đua vận động thực hiện chi trả trợ giúp xã hội không dùng tiền mặt",
                 "6. Đề nghị các tổ chức cung cấp dịch vụ chi trả",
                 "a) Tích cực tham gia phong trào thi đua chi trả không dùng tiền mặt đối với người hưởng trợ cấp xã "
                 "hội, trợ cấp hưu trí xã hội trên địa bàn thành phố;",
                 "b) Bố trí nguồn lực tổ chức chi trả trực tiếp cho một số đối tượng đặc thù như: người cao tuổi sống "
                 "một mình, người khuyết tật không có người chăm sóc,…"):
        d.add_paragraph(text)
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Nơi nhận:\n- Như trên;\n- Lưu: VT, MX."
    table.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thị Ngọc Điệp"
    for text in ("PHỤ LỤC", "THANG ĐIỂM THI ĐUA PHONG TRÀO VẬN ĐỘNG THỰC HIỆN CHI TRẢ TRỢ GIÚP XÃ HỘI",
                 "- Sở Y tế (Chi cục Dân số - Xã hội) sẽ kiểm tra thực tế, ngẫu nhiên 50 người đang nhận trợ cấp, mỗi "
                 "trường hợp xác nhận đã được tuyên truyền thì chấm 0,4 điểm."):
        d.add_paragraph(text)
    d.save(tmp_path / "kh.docx")
    tasks = extract(tmp_path / "kh.docx").to_dict()["tasks"]
    assert [t["no"] for t in tasks] == ["a", "b"]
    assert not any("Sở Y tế" in t["text"] for t in tasks)
