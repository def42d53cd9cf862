"""The structured readers (loaders/formats): DOCX and PDF into blocks with offsets.

Fixtures are real office documents (tests/fixtures/loaders/office/README.md); each
expectation below was checked against the rendered page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cancu.loaders import extract
from cancu.loaders.blocks import Layout, Paragraph, Table
from cancu.loaders.read import read, read_layout

OFFICE = Path(__file__).parent / "fixtures" / "loaders" / "office"
FILES = sorted(p for p in OFFICE.iterdir() if p.suffix in (".docx", ".pdf"))


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
    lay = read_layout(OFFICE / "o012.docx")
    head = lay.blocks[0]
    assert isinstance(head, Table) and head.n_cols == 2 and len(head.rows) == 1
    left, right = head.rows[0]
    assert [p.text for p in left.paragraphs] == ["ỦY BAN NHÂN DÂN", "HUYỆN AN PHÚ", "Số: 07/2022/QĐ-UBND"]
    assert [p.text for p in right.paragraphs] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Phú, ngày  16  tháng 6 năm 2022"]
    assert left.paragraphs[0].bold and right.paragraphs[2].italic
    d = extract(OFFICE / "o012.docx").to_dict()["doc"]
    assert (d["kind"], d["symbol"], d["date"], d["issuer"], d["place"]) == (
        "Quyết định", "07/2022/QĐ-UBND", "2022-06-16", "UBND huyện An Phú", "An Phú")
    assert d["signer"] == "Trần Hòa Hợp" and d["signer_capacity"] == "TM."


def test_docx_numbering_merged_cells_and_footnotes():
    lay = read_layout(OFFICE / "o048.docx")
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
    assert texts[:5] == ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Số: 25 /GP-BTNMT", "Hà Nội, ngày 03 tháng 02 năm 2023"]


def test_pdf_tables_come_from_ruling_lines():
    lay = read_layout(OFFICE / "o047_p3.pdf")
    plan = next(t for t in lay.tables() if t.rows[0][0].text == "TT")
    assert [c.text for c in plan.rows[0]] == ["TT", "Thời gian", "Nội dung"]
    assert [c.text for c in plan.rows[2]] == [
        "2", "Từ 01/06/2023\nđến 16/06/2023", "Sinh viên nộp đề cương thực tập lên hệ thống\n(daotao.vku.udn.vn/)"]
    assert plan.n_cols == 3 and len(plan.rows) == 6  # rows 6–7 go on on page 4


def test_pdf_glyph_repair_table():
    from cancu.loaders import tables

    text = read(OFFICE / "o039_p1.pdf").text
    assert "ƣ" not in text and "Ƣ" not in text
    assert "dữ liệu số của cơ quan nhà nước" in text
    for e in tables.load("pdf_glyphs")["substitutions"]:
        assert e["found"] not in "".join(e["examples"])
        assert e["meant"] in "".join(e["examples"])


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
    lay = read_layout(OFFICE / "o012.docx")
    out = lay.dump()
    assert out.startswith("TABLE 1x2") and "'QUYẾT ĐỊNH'" in out
    assert isinstance(lay.blocks[1], Paragraph)


def test_flat_text_layout_is_its_lines():
    lay = read_layout(Path(__file__).parent / "fixtures" / "loaders" / "d013.txt")
    assert lay.format == "text" and all(lay.text[p.start:p.end] == p.text for p in lay.blocks)
    assert not list(lay.tables())
