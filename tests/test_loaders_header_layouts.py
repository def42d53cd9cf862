"""Header identity on site renderings of the crawl: real header excerpts (see the fixtures'
README), each isolating one layout trap that once gave a wrong kind or issuer."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cancu.loaders import extract, tables
from cancu.loaders.header import _OLD_NUMBER, _left_column
from cancu.loaders.issuer import issuer_from_block, joint_issuer


def _extracted(name: str, fmt: str, text: str) -> dict:
    """What cancu extracts from ``text`` read as ``fmt`` (one document of a test, named ``name``)."""
    from cancu.loaders import extract_text
    from cancu.loaders.read import SourceText

    return extract_text(SourceText(name, fmt, text)).to_dict()


HEADERS = Path(__file__).parent / "fixtures" / "loaders" / "headers"

CASES = [
    # before: issuer "Thủ tướng Chính phủ cộng" (the motto's first word taken into the block)
    ("qd2639_ttg_motto_wrapped.md", "Quyết định", "2639/QĐ-TTg", "Thủ tướng Chính phủ"),
    # before: "Cộng sản Việt Nam Trung ương"
    ("kl221_tw_two_organs.md", "Kết luận", "221-KL/TW", "Bộ Chính trị, Ban Bí thư"),
    # before: "Cục Thuế thuế tỉnh Vĩnh Long"
    ("cv1539_vlo_tax_branch.md", "Công văn", "1539/VLO-QLDN3", "Thuế tỉnh Vĩnh Long"),
    # before: kind "Chỉ thị" from the code CT
    ("cv5348_ct_cs_letter.md", "Công văn", "5348/CT-CS", "Cục Thuế"),
    # before: "Ủy ban Thường vụ\\ Quốc hội\\" (pandoc's hard line breaks ending the header cells' lines)
    ("nq1670_ubtvqh_pandoc_breaks.md", "Nghị quyết", "1670/NQ-UBTVQH15", "Ủy ban Thường vụ Quốc hội"),
    # before: "\\ Trung ương"
    ("nq60_bch_tw_pandoc_breaks.md", "Nghị quyết", "60-NQ/TW", "Ban Chấp hành Trung ương Đảng"),
    # before: "Đoàn Quốc hội Trung ương" (the party group's "ĐẢNG" read as the Central Committee's)
    ("kh3260_dang_doan_qh.md", "Kế hoạch", "3260-KH/ĐĐQH15", "Đảng đoàn Quốc hội"),
    # before: "Chủ tịch ủy ban nhân dân tỉnh Lai Châu" (a draft without header block: the authority line's body)
    ("qd_lcu_draft_authority_only.md", "Quyết định", None, "UBND tỉnh Lai Châu"),
    # before: "Đảng ủy Chính Phủ Văn Phòng" (the office alone on the block's last line)
    ("cv402_vp_dang_uy_cp.md", "Công văn", "402-CV/VPĐU", "Văn phòng Đảng ủy Chính phủ"),
]


@pytest.mark.parametrize(("name", "kind", "symbol", "issuer"), CASES)
def test_header_identity_of_site_renderings(name, kind, symbol, issuer):
    doc = extract(HEADERS / name).to_dict()["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == (kind, symbol, issuer)


# o034.doc's header, laid out with tabs (Word), and the same rows as a Markdown table: read row by
# row, the motto comes between "ỦY BAN NHÂN DÂN" and its place line. Before: issuer "UBND".
_ROWS = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("TỈNH BÌNH DƯƠNG", "Độc lập - Tự do - Hạnh phúc"),
         ("Số: 09/2009/CT-UBND", "Thủ Dầu Một, ngày 15  tháng 4  năm 2009")]
_BODY = "\nCHỈ THỊ\nVề việc đẩy mạnh hoạt động khoa học và công nghệ cấp cơ sở\n"


@pytest.mark.parametrize("text", [
    "\n".join(f"{a}\t{b}" for a, b in _ROWS) + "\n" + _BODY,
    f"| {_ROWS[0][0]} | {_ROWS[0][1]} |\n|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in _ROWS[1:]) + _BODY,
], ids=["tabs", "markdown-rows"])
def test_header_read_row_by_row_keeps_the_place_line_of_a_bare_committee(text):
    doc = _extracted("o034-header", "markdown", text)["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"], doc["place"]) == ("Chỉ thị", "09/2009/CT-UBND",
                                                                         "UBND tỉnh Bình Dương", "Thủ Dầu Một")


# pdftotext -layout of a Word letter whose number is typed with a gap before the symbol: the number
# column and the place-and-date column share one line (real header lines of Lào Cai's QĐ 3556 and
# Công văn 4390, 2026). Before: place None (the number "3556" was taken as the place's first word).
@pytest.mark.parametrize(("line", "symbol"), [
    ("    Số: 3556 /QĐ-UBND                 Lào Cai, ngày    30   tháng 9 năm 2026", "3556/QĐ-UBND"),
    (" Số:   4390     /UBND-NLN                  Lào Cai, ngày 27 tháng 5 năm 2026", "4390/UBND-NLN"),
])
def test_place_on_the_number_line_of_pdftotext_layout(line, symbol):
    text = ("ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "      TỈNH LÀO CAI                          Độc lập - Tự do - Hạnh phúc\n\n"
            f"{line}\n\n                                 QUYẾT ĐỊNH\n"
            "     Ban hành Quy chế thu thập, quản lý, sử dụng, cập nhật và khai thác\n")
    doc = _extracted("lc-header", "text", text)["doc"]
    assert (doc["symbol"], doc["place"], doc["issuer"]) == (symbol, "Lào Cai", "UBND tỉnh Lào Cai")



# pdftotext -layout of office PDFs that set the day right after "ngày" with no space between (o016, Giấy mời 06/GM-HĐND
# of HĐND huyện Tuần Giáo; o030, Công văn 295/VP-CTHĐND of Thanh Hóa): the PDF reader read their dates, the text did
# not ("ngày12" is no word "ngày"). Before: date and place None.
@pytest.mark.parametrize(("head", "line", "date", "place"), [
    ("    HỘI ĐỒNG NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "     HUYỆN TUẦN GIÁO                       Độc lập – Tự do – Hạnh phúc\n",
     "       Số: 06 /GM-HĐND                 Tuần Giáo, ngày12 tháng 11 năm 2020", "2020-11-12", "Tuần Giáo"),
    (" VĂN PHÒNG ĐOÀN ĐBQH                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "VÀ HĐND TỈNH THANH HÓA                      Độc lập - Tự do - Hạnh phúc\n",
     "    Số: 295 /VP-CTHĐND                  Thanh Hóa, ngày22 tháng 5 năm 2026", "2026-05-22", "Thanh Hóa"),
])
def test_date_with_its_day_glued_to_the_word(head, line, date, place):
    text = f"{head}\n{line}\n\n                                    GIẤY MỜI\n\n              Kính gửi: Các đại biểu\n"
    doc = _extracted("glued-day", "text", text)["doc"]
    assert (doc["date"], doc["place"]) == (date, place)


# Renderings that dropped the header block (the crawl's portal pages, 2025): the issuer is read from what is left.
# Before: issuer None.
@pytest.mark.parametrize(("name", "kind", "issuer"), [
    # a Công điện's authority line addresses its recipients: "THỦ TƯỚNG CHÍNH PHỦ điện:"
    ("cd_ttg_rendering_no_header.md", "Công điện", "Thủ tướng Chính phủ"),
    # "THÔNG BÁO / KẾT LUẬN CỦA PHÓ THỦ TƯỚNG …" is the Government Office's notice
    ("tb_vpcp_rendering_no_header.md", "Thông báo", "Văn phòng Chính phủ"),
])
def test_issuer_of_a_rendering_without_its_header_block(name, kind, issuer):
    doc = extract(HEADERS / name).to_dict()["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == (kind, None, issuer)
# A place wrapped inside its own cell (crawl rendering of KH 172/KH-UBND of Thành phố Hồ Chí Minh,
# 2025) is joined; the tail of the other column's subject line right above the place line (a PDF
# whose header cells are read one after the other: Công văn 11654/VPCP-CN, 2025) is not.
# Before the second case: place "Định, Thái Bình Hà Nội".
_HCM = ("|\n**ỦY BAN NHÂN DÂN\n**\nTHÀNH PHỐ HỒ CHÍ MINH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 172/KH-UBND\n|\n*Thành phố Hồ Chí\n"
        "Minh, ngày 18 tháng 11 năm 2025*\n|\n\n**KẾ HOẠCH**\n")
_VPCP = ("VĂN PHÒNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "---------------\nSố: 11654/VPCP-CN\nV/v cung ứng vật liệu xây dựng\nphục vụ Dự án tuyến đường bộ\n"
         "cao tốc CT.08, đoạn qua Nam\nĐịnh, Thái Bình\nHà Nội, ngày 27 tháng 11 năm 2025\nKính gửi:\n")


@pytest.mark.parametrize(("fmt", "text", "place"), [
    ("markdown", _HCM, "Thành phố Hồ Chí Minh"),
    ("text", _VPCP, "Hà Nội"),
], ids=["wrapped-in-its-cell", "subject-tail-above"])
def test_a_place_wraps_only_inside_its_own_cell(fmt, text, place):
    doc = _extracted("place-wrap", fmt, text)["doc"]
    assert doc["place"] == place


# A Word header rendered as a Markdown table whose cells were flattened to one line each: the letter's
# "V/v" summary follows the number in the same cell (Công văn 648/VPCP-NN of Văn phòng Chính phủ, 2022,
# as a public repository holds it). Before: kind None.
def test_letter_summary_after_the_number_in_one_cell_makes_a_cong_van():
    text = ("| VĂN PHÒNG CHÍNH PHỦ ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  "
            "--------------- |\n| --- | --- |\n| Số: 648/VPCP-NN *V/v phê duyệt Đề án phát triển thị trường các-bon "
            "tại Việt Nam* | *Hà Nội, ngày 26 tháng 01 năm 2022* |\n| Kính gửi: | - Bộ Tài chính; - Bộ Tài nguyên và "
            "Môi trường. |\n")
    doc = _extracted("cv648", "markdown", text)["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == ("Công văn", "648/VPCP-NN", "Văn phòng Chính phủ")


# The summary line in lower case, "v/v", under a Cục Thuế letter's number (Công văn 5387/CT-CS of Cục Thuế, 20/11/2025,
# a legal site's rendering): still a letter, not a Chỉ thị read from the code CT. Before: kind "Chỉ thị".
def test_lower_case_letter_summary_makes_a_cong_van():
    text = ("BỘ TÀI CHÍNH\n**CỤC THUẾ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh "
            "phúc\n---------------\n|\n|\nSố: 5387/CT-CS\n*v/v trả lời phản ánh kiến nghị*\n|\n*Hà Nội, ngày 20\n"
            "tháng 11 năm 2025 *\n|\n**Kính gửi:** Độc\ngiả Hoàng Văn Trung\n"
            "Cục Thuế nhận được đơn phản ánh kiến nghị.\n")
    doc = _extracted("cv5387", "markdown", text)["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == ("Công văn", "5387/CT-CS", "Cục Thuế")


# A decision rendered without its header block whose authority line, the head of a board, wraps onto a second line
# (Quyết định 172/QĐ-BCĐPTCNBD, 25/11/2025, a legal site's rendering, p_e3ad5b1f). The issuer is the board, whole.
# Before: "Trưởng ban chỉ đạo quốc gia về phát triển ngành công".
def test_a_wrapped_authority_line_of_a_boards_head_names_the_board():
    text = ("**QUYẾT ĐỊNH**\n\nBAN\nHÀNH QUY CHẾ TỔ CHỨC VÀ HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH\n"
            "CÔNG NGHIỆP BÁN DẪN\n\n**TRƯỞNG BAN CHỈ ĐẠO QUỐC GIA VỀ PHÁT TRIỂN NGÀNH CÔNG\nNGHIỆP BÁN DẪN**\n\n"
            "*Căn cứ Luật Tổ chức\nChính phủ ngày 18 tháng 02 năm 2025;*\n\n**QUYẾT ĐỊNH:**\n\n**Điều 1. **Ban hành "
            "kèm theo Quyết\nđịnh này Quy chế tổ chức và hoạt động của Ban Chỉ đạo.\n")
    doc = _extracted("qd172", "markdown", text)["doc"]
    board = "Ban Chỉ đạo quốc gia về phát triển ngành công nghiệp bán dẫn"
    assert (doc["kind"], doc["issuer"]) == ("Quyết định", board)


# A symbol wrapped after its dash in the header cell (Quyết định 3783/QĐ-UBND of UBND tỉnh Nghệ An, 20/11/2025, a legal
# site's rendering, p_f0d454ff). Before: symbol None, and the page's own symbol read as a citation.
def test_a_symbol_wrapped_after_its_dash_is_whole():
    text = ("**ỦY BAN NHÂN\nDÂN**\n**TỈNH NGHỆ AN**\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 3783/QĐ-\nUBND\n|\n*Nghệ An, ngày\n"
            "20 tháng 11 năm 2025*\n|\n**QUYẾT ĐỊNH**\nBAN HÀNH DANH MỤC THỦ TỤC HÀNH CHÍNH\n"
            "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN**\n*Căn cứ Luật Giao dịch điện\ntử ngày 22/6/2023;*\n")
    doc = _extracted("qd3783", "markdown", text)["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == ("Quyết định", "3783/QĐ-UBND", "UBND tỉnh Nghệ An")


# Renderings that start at "Kính gửi:" (no header block, no number, no V/v line) are letters: a Công văn (Công văn of
# Sở Nội vụ Thành phố Hồ Chí Minh to labour-leasing enterprises, p_01c41420; as the golds of n_552ee4a3, p_e1262cda).
# When its annex's caption names it, that names the letter (Công văn 6386/BVHTTDL-KHCNĐTMT of Bộ VHTTDL, p_c46a56a0);
# a "kèm theo" inside the text ("hồ sơ kèm theo Nghị định …") names nothing. Before: kind None, no identity.
_LETTER_BODY = ("**Kính gửi:** Các\nDoanh nghiệp hoạt động cho thuê lại lao động trên địa bàn Thành phố Hồ Chí "
                "Minh\n\n"
                "Thực hiện quy định Bộ luật Lao động năm 2012 và Nghị\nđịnh số 145/2020/NĐ-CP ngày 14 tháng 12 năm "
                "2020 của Chính phủ;\n\nSở Nội vụ đề nghị các doanh nghiệp tự kiểm tra, nội dung cụ thể\nnhư sau:\n\n"
                "**1.** Thường xuyên rà soát, kiểm tra hoạt động cho thuê lại lao động.\n\n|\n**KT. GIÁM ĐỐC**\n"
                "**PHÓ GIÁM ĐỐC**\n**Lượng Thị Tới**\n|\n")


def test_a_rendering_from_its_addressee_line_is_a_letter_named_by_its_annex_caption():
    from cancu.loaders.pipeline import _ANNEX_CAPTION, _opens_with_addressee

    assert _opens_with_addressee("** **\n\n|\n" + _LETTER_BODY, 0)
    assert not _opens_with_addressee("Thực hiện Công văn số 12/UBND.\n" + _LETTER_BODY, 0)
    assert _ANNEX_CAPTION.search("QUY MÔ TUYỂN SINH, ĐÀO TẠO VÀ TỐT NGHIỆP (Kèm theo ")
    assert not _ANNEX_CAPTION.search("thành phần hồ sơ kèm theo ")


# The standing board or a sub-committee under the body it belongs to, on the line below it (the first lines of
# two Word files as a public repository holds them: Kế hoạch 16/KH-MTTQ-BTT of the Front committee of xã Lương Minh
# and Kế hoạch 01/KH-TBTTKT of an election sub-committee of xã Phố Bảng, 2025). Before: "Ủy ban Mttq Việt Nam xã
# Lương Minh Ban Thường Trực".
@pytest.mark.parametrize(("head", "issuer"), [
    ("ỦY BAN MTTQ VIỆT NAM\n\nXÃ LƯƠNG MINH\n\nBAN THƯỜNG TRỰC\n\n\n\nSố: 16/KH-MTTQ-BTT\n\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n   Độc lập - Tự do - Hạnh phúc\n",
     "Ban Thường trực Ủy ban MTTQ Việt Nam xã Lương Minh"),
    ("ỦY BAN BẦU CỬ XÃ PHỐ BẢNG \n\nTIỂU BAN THÔNG TIN, TUYÊN TRUYỀN, KHÁNH TIẾT\n\n\n\nSố: 01/KH-TBTTKT\n\n"
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n\n\n"
     "Phố Bảng, ngày 10 tháng 12 năm 2025\n",
     "Tiểu ban thông tin, tuyên truyền, khánh tiết Ủy ban bầu cử xã Phố Bảng"),
])
def test_a_board_under_its_committee_is_named_with_it(head, issuer):
    doc = _extracted("board", "text", head + "\nKẾ HOẠCH\n")["doc"]
    assert doc["issuer"].casefold() == issuer.casefold()


def test_a_zero_padded_month_split_by_a_space():
    # gold k_60cda70f: "| Số: 773 /QĐ-TTg | Hà Nội, ngày 26 tháng 0 6 năm 2018 |"
    doc = extract(HEADERS / "qd773_ttg_split_month.md").to_dict()["doc"]
    assert (doc["symbol"], doc["date"], doc["place"]) == ("773/QĐ-TTg", "2018-06-26", "Hà Nội")


def test_a_part_heading_of_the_body_is_no_issuer():
    # gold k_25154817: a scan cut at the left, the header block lost; "# I. MỤC ĐÍCH, YÊU CẦU" opens the body
    doc = extract(HEADERS / "kh70_cut_header_block.md").to_dict()["doc"]
    assert (doc["symbol"], doc["place"]) == ("70/KH-UBND", "Cần Thơ")
    assert doc["issuer"] is None or "MỤC ĐÍCH" not in doc["issuer"].upper()


def test_an_issuer_run_into_the_motto_with_one_space():
    # gold m_4d6d5366: a text layer read without its columns, the issuer and the motto on one line. Before: issuer
    # "Thứ trưởng" (no header block, the signer's post)
    text = ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: /BTNMT-ĐĐBĐVN Hà Nội, ngày tháng 11 năm 2023\nV/v góp ý kiến Phương án tổng thể\n"
            "sắp xếp đơn vị hành chính cấp xã giai đoạn\n2023 - 2025 của tỉnh An Giang\nKính gửi: Bộ Nội vụ\n"
            "Phúc đáp Công văn số 6541/BNV-CQĐP ngày 10 tháng 11 năm 2023\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Minh Ngân\n")
    doc = _extracted("cv-btnmt", "text", text)["doc"]
    assert (doc["kind"], doc["issuer"]) == ("Công văn", "Bộ Tài nguyên và Môi trường")


# The plan or regulation a decision issues, printed after it: its type with a title in capitals on one line, or its
# "(Ban hành kèm theo …)" note at the end of the title line or broken across lines (gold k_30d359d4, k_46b1dc4d,
# c_a29c12f1). Before: one document only.
_DECISION = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
             "Số: 10/2012/QĐ-UBND\nTuyên Quang, ngày 12 tháng 6 năm 2012\nQUYẾT ĐỊNH\n"
             "Về việc ban hành Quy định tặng quà\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân;\n"
             "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về việc tặng quà.\n"
             "Nơi nhận:\n- Như Điều 3;\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n\n")


@pytest.mark.parametrize(("attached", "kind"), [
    ("THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
     "KẾ HOẠCH HÀNH ĐỘNG\nThực hiện Chỉ thị số 52-CT/TW ngày 03 tháng 10 năm 2025 của Ban Bí thư\n"
     "(Kèm theo Quyết định số 844/QĐ-TTg\nngày 13 tháng 5 năm 2026 của Thủ tướng Chính phủ)\nI. MỤC TIÊU\n",
     "Kế hoạch"),
    ("QUY ĐỊNH\n\nVỀ VIỆC TẶNG QUÀ ĐỐI VỚI THƯƠNG BINH, BỆNH BINH TRÊN ĐỊA BÀN TỈNH TUYÊN QUANG (Ban hành kèm theo "
     "Quyết định số 10/2012/QĐ-UBND ngày 12/6/2012 của Ủy ban nhân dân tỉnh Tuyên Quang)\n\nChương I\n", "Quy định"),
    ("QUY CHẾ\nQUẢN LÝ, VẬN HÀNH VÀ SỬ DỤNG HỆ THỐNG QUẢN LÝ VĂN BẢN VÀ ĐIỀU HÀNH\n*(Ban\nhành kèm theo Quyết định "
     "số 161/2025/QĐ-UBND ngày 23/11/2025 của Ủy ban nhân dân tỉnh Ninh Bình)*\nChương I\n", "Quy chế"),
    # set n n_e0953cf1 (NQ 12/NQ-CP): the programme follows the resolution's signature with no motto of its own; its
    # note under the title in capitals starts it, and "CHƯƠNG TRÌNH HÀNH ĐỘNG" heads a Chương trình (data/kinds.json)
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ\n\nTHỰC HIỆN NGHỊ QUYẾT SỐ 15-NQ/TW NGÀY 05 THÁNG 5 NĂM 2022 CỦA BỘ CHÍNH "
     "TRỊ VỀ PHƯƠNG HƯỚNG, NHIỆM VỤ PHÁT TRIỂN THỦ ĐÔ HÀ NỘI ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045\n(Ban hành kèm theo "
     "Nghị quyết số 12/NQ-CP ngày 07 tháng 02 năm 2023 của Chính phủ)\n\nCăn cứ các mục tiêu, nhiệm vụ và giải pháp "
     "chủ yếu tại Nghị quyết số 15-NQ/TW ngày 05 tháng 5 năm 2022 của Bộ Chính trị, Chính phủ ban hành Chương trình "
     "hành động triển khai thực hiện Nghị quyết như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n", "Chương trình"),
], ids=["type-and-title", "note-ends-the-title", "note-across-lines", "note-without-motto"])
def test_an_attached_document_after_its_decision(attached, kind):
    out = _extracted("qd-attached", "text", _DECISION + attached)
    assert out["doc"]["kind"] == "Quyết định"
    assert [d["kind"] for d in out["documents"]] == [kind]


def test_a_type_with_its_title_under_an_annex_heading_is_the_annex_title():
    # set i l_816d32b5: the plan's appendix repeats the plan's note under "PHỤ LỤC"; it starts no document
    annex = ("PHỤ LỤC\nKẾ HOẠCH TRIỂN KHAI NGHỊ ĐỊNH SỐ 180/2026/NĐ-CP NGÀY 21/5/2026 CỦA CHÍNH PHỦ\n*(Kèm theo Quyết "
             "định số: 2200/QĐ-BNNMT ngày 10 tháng 6 năm 2026 của Bộ Nông nghiệp và Môi trường)*\n"
             "| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n| --- | --- | --- | --- |\n")
    assert _extracted("qd-annex", "text", _DECISION + annex)["documents"] == []


def test_a_type_with_its_title_on_one_line_is_no_issuer():
    # gold o044 read by OCR: "Số;" (its colon misread) is no number line, so the block above the motto is not the
    # document's start; the type line "GIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MẶT" was read as the issuer block
    text = ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố; //6# /GP-BTNMT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày thángế năm 2018\nlà\nGIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MÁT. -\n"
            "BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
            "Căn cứ Luật tài nguyên nước số 17/2012/QH13 ngày 21 tháng 6 năm 2012;\n"
            "Xét đề nghị của Cục trưởng Cục Quản lý tài nguyên nước,\nQUYẾT ĐỊNH:\nĐiều 1. Cho phép Công ty.\n")
    doc = _extracted("gp1868", "text", text)["doc"]
    assert doc["kind"] == "Giấy phép"
    assert not (doc["issuer"] or "").upper().startswith("GIẤY PHÉP")


def test_the_operative_formula_is_no_issuer():
    # gold m_6003c394: a site's title run into the header's first line, the type line run into the number line; the
    # issuer block was looked for down to "QUYẾT ĐỊNH:". Before: issuer "Quyết định"
    text = ("Quyết định 435/QĐ-UBND năm 2020. ỦY BAN NHÂN DÂN TỈNH KON TUM -------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN "
            "KHAI KẾ HOẠCH SỐ 119-KH/TU NGÀY 18 THÁNG 12 NĂM 2019 CỦA BAN THƯỜNG VỤ TỈNH ỦY\n"
            "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
            "Xét đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 33/TTr-SLĐTBXH ngày 16 "
            "tháng 4 năm 2020.\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Chương trình hành động.\n")
    doc = _extracted("qd435", "text", text)["doc"]
    assert (doc["symbol"], doc["date"], doc["place"]) == ("435/QĐ-UBND", "2020-05-04", "Kon Tum")
    assert doc["issuer"] != "Quyết định"


def test_a_resolution_without_a_date_line_is_dated_by_the_day_it_was_passed():
    # gold c_e097e3d8: a resolution of the National Assembly rendered without its header's date line; its last line
    # states the day it was passed. Before: date None
    from cancu.loaders import tables

    for entry in tables.load("signing")["passed"]:
        for ex in entry["examples"]:
            assert re.search(entry["pattern"], ex), ex
    text = ("**NGHỊ QUYẾT**\n\n**Về bổ sung Kế hoạch phát triển kinh tế - xã hội năm 2025 ****với mục tiêu tăng trưởng "
            "đạt 8% trở lên**\n\n**QUỐC HỘI**\n\n*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*\n\n"
            "**QUYẾT NGHỊ:**\n\n**Điều 1. Mục tiêu, chỉ tiêu**\n\nTốc độ tăng tổng sản phẩm trong nước đạt 8% "
            "trở lên.\n\n"
            "*Nghị quyết này được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XV, Kỳ họp bất thường lần thứ "
            "9, thông qua ngày 19 tháng 02 năm 2025.*\n")
    doc = _extracted("nq-qh", "markdown", text)["doc"]
    assert (doc["kind"], doc["date"]) == ("Nghị quyết", "2025-02-19")


# Standing Committee and National Assembly resolutions as a portal renders them (set r): the number cell glued to a
# separator rule, the day passed with the session's numeral glued to the verb and emphasis inside the date; or no
# number line at all, the portal's lead sentence announcing the resolution. Before: symbol None (and cited as another
# document), date None.
def test_a_portal_resolution_glued_to_its_rules_keeps_its_symbol_and_the_day_passed():
    text = ("------------------ Số: 1661/NQ-UBTVQH15 | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh "
            "phúc------------------ |\n\n**NGHỊ QUYẾT**\n\n**Về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh "
            "Điện Biên năm 2025**\n\n------------------\n\n**ỦY BAN THƯỜNG VỤ QUỐC HỘI**\n\n"
            "*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15**;*\n\n**QUYẾT NGHỊ:**\n\n"
            "**Điều 1. ****Sắp xếp các đơn vị hành chính cấp xã của tỉnh Điện Biên**\n\n"
            "1. Sắp xếp toàn bộ diện tích tự nhiên của các xã Nậm Vì và Chung Chải thành xã Mường Nhé.\n\n"
            "*Nghị quyết này được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XVthông qua "
            "ngày 16 tháng** 6** năm 2025.*\n")
    out = _extracted("nq1661", "markdown", text)
    doc = out["doc"]
    assert (doc["symbol"], doc["date"]) == ("1661/NQ-UBTVQH15", "2025-06-16")
    assert "1661/NQ-UBTVQH15" not in [c.get("symbol") for c in out["citations"]]


# A decree's header table flattened into one row: the issuer's cell, its rule and the number cell run together
# ("CHÍNH PHỦ_______ Số: 171/2025/NĐ-CP", set v v_7ca05fa8; the crawl's Nghị định 170/2025/NĐ-CP the same). Before:
# symbol None, and the decree cited as another document.
def test_an_issuer_cell_glued_to_the_number_cell_by_its_rule_keeps_the_symbol():
    text = ("CHÍNH PHỦ_______ Số: 171/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do – Hạnh "
            "phúc_________________ Hà Nội, ngày 30 tháng 6 năm 2025 |\n\n**NGHỊ ĐỊNH**\n\n"
            "**Quy định về đào tạo, bồi dưỡng công chức**\n\n** **\n\n"
            "*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\n\n"
            "*Căn cứ Luật Giáo dục quốc phòng và an ninh ngày 19 tháng 6 năm 2013;*\n\n"
            "*Theo đề nghị của Bộ trưởng Bộ Nội vụ;*\n\n"
            "*Chính phủ ban hành Nghị định quy định về đào tạo, bồi dưỡng công chức.*\n\n"
            "**Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng**\n\n"
            "Nghị định này quy định về đào tạo, bồi dưỡng công chức.\n")
    out = _extracted("nd171", "markdown", text)
    doc = out["doc"]
    assert (doc["symbol"], doc["issuer"], doc["date"]) == ("171/2025/NĐ-CP", "Chính phủ", "2025-06-30")
    assert "171/2025/NĐ-CP" not in [c.get("symbol") for c in out["citations"]]
    # the law's whole title (laws.json), not the "Luật Giáo dục" it starts with
    cited = [(c.get("title"), c["date"]) for c in out["citations"]]
    assert ("Luật Giáo dục quốc phòng và an ninh", "2013-06-19") in cited


def test_a_motto_glued_to_the_place_in_one_cell_leaves_the_place():
    # set v v_7ca05fa8 (Nghị định 171/2025/NĐ-CP as a portal renders it): the motto, its rule and the place-and-date
    # line in one cell; before: place "NAMĐộc lập - Tự do - Hạnh phúc_ Hà Nội"
    text = ("CHÍNH PHỦ_______ Số: 171/2025/NĐ-CP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập – Tự do – Hạnh "
            "phúc_________________ Hà Nội, ngày 30 tháng 6 năm 2025 |\n\n**NGHỊ ĐỊNH**\n\n"
            "**Quy định về đào tạo, bồi dưỡng công chức**\n\n"
            "*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;*\n\n"
            "*Chính phủ ban hành Nghị định quy định về đào tạo, bồi dưỡng công chức.*\n\n"
            "**Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng**\n\n"
            "1. Nghị định này quy định về nguyên tắc, nội dung, chương trình đào tạo, bồi dưỡng công chức.\n")
    doc = _extracted("nd171", "markdown", text)["doc"]
    assert (doc["place"], doc["date"]) == ("Hà Nội", "2025-06-30")


def test_a_portal_resolution_without_a_number_line_takes_the_symbol_its_lead_announces():
    from cancu.loaders import tables

    entry = tables.load("signing")["announced"]
    for ex in entry["examples"]:
        assert re.search(entry["pattern"], ex), ex
    text = ("Chủ tịch Quốc hội Trần Thanh Mẫn vừa ký ban hành Nghị quyết số 196/2025/QH15 của Quốc hội về điều chỉnh, "
            "bổ sung dự toán ngân sách nhà nước năm 2025. Nghị quyết này được Quốc hội khóa XV, kỳ họp thứ 9 thông qua "
            "ngày 17 tháng 5 năm 2025.\n\n## NGHỊ QUYẾT\n\n## Về điều chỉnh, bổ sung dự toán ngân sách nhà nước năm "
            "2025\n\n## QUỐC HỘI\n\n*Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;*\n\n"
            "## QUYẾT NGHỊ:\n\n### Điều 1.\n\nĐiều chỉnh, bổ sung dự toán ngân sách trung ương năm 2025.\n")
    doc = _extracted("nq196", "markdown", text)["doc"]
    assert (doc["kind"], doc["symbol"]) == ("Nghị quyết", "196/2025/QH15")


# A Government resolution rendered from its title under the portal's lead, which opens with the day it was signed
# (Nghị quyết 05/2025/NQ-CP on crypto-asset markets, y_7a402d0a): no date line, no "thông qua ngày" sentence, the lead's
# day dates it. Before: date None.
def test_a_portal_lead_that_opens_with_the_signing_day_dates_the_resolution():
    text = ("Ngày 9/9/2025, thay mặt Chính phủ, Phó Thủ tướng Hồ Đức Phớc đã ký ban hành Nghị quyết số 05/2025/NQ-CP "
            "của Chính phủ về việc triển khai thí điểm thị trường tài sản mã hóa tại Việt Nam. Nghị quyết này có hiệu "
            "lực thi hành kể từ ngày 9/9/2025; thời gian thực hiện thí điểm là 5 năm. Cổng TTĐT Chính phủ trân trọng "
            "giới thiệu toàn văn Nghị quyết.\n\n**NGHỊ QUYẾT**\n\n**Về việc triển khai thí điểm thị trường tài sản "
            "mã hóa tại Việt Nam**\n\n**CHÍNH PHỦ**\n\n*Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;*\n\n"
            "**QUYẾT NGHỊ:**\n\n**Điều 1. Phạm vi điều chỉnh**\n\nNghị quyết này quy định việc triển khai thí điểm.\n")
    doc = _extracted("nq05", "markdown", text)["doc"]
    assert (doc["kind"], doc["symbol"], doc["date"]) == ("Nghị quyết", "05/2025/NQ-CP", "2025-09-09")
    # the lead without its day ("Chủ tịch Quốc hội … vừa ký ban hành …") dates nothing
    assert _extracted("nq05b", "markdown", text.replace("Ngày 9/9/2025, thay mặt", "Thay mặt"))["doc"]["date"] is None


def _doc(fmt: str, text: str) -> dict:
    return _extracted("set-n", fmt, text)["doc"]


# A flattened portal text whose first line is the page's title sentence glued to the issuer block ("… do Bộ Y tế ban
# hành. BỘ Y TẾ -------", Công văn 6087/BYT-KCB, 2013, as a public repository holds it): the letter's symbol names its
# issuer before its unit. Before: issuer None.
def test_issuer_of_a_letter_from_its_symbol_when_the_block_is_glued_to_a_title():
    text = ("Công văn 6087/BYT-KCB năm 2013 thực hiện cấp chứng chỉ hành nghề, giấy phép hoạt động theo quy định "
            "của Luật Khám bệnh, chữa bệnh do Bộ Y tế ban hành. BỘ Y TẾ -------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 6087/BYT-KCB V/v thực hiện cấp chứng chỉ hành nghề, giấy phép hoạt động theo quy định của Luật Khám "
            "bệnh, chữa bệnh.\nHà Nội, ngày 27 tháng 09 năm 2013 Kính gửi: Đ/c Chủ tịch Ủy ban nhân dân tỉnh, "
            "thành phố trực thuộc Trung ương\n")
    doc = _doc("text", text)
    assert (doc["kind"], doc["symbol"], doc["date"], doc["issuer"]) == ("Công văn", "6087/BYT-KCB", "2013-09-27",
                                                                        "Bộ Y tế")


# A rendering that starts at "Kính gửi:" (a Công văn of UBND Thành phố Hồ Chí Minh, 2025): the first "ngày …" line is
# the wrapped tail of a basis clause, the cited plan's date. Before: date 2025-11-17.
def test_a_wrapped_basis_clause_gives_no_date_line():
    text = ("|\n**Kính gửi:**\n|\n- Sở Nội vụ;\n|\n\nCăn cứ Kế hoạch số 13-KH/TU\nngày 17 tháng 11 năm 2025 của Ban "
            "Thường vụ Thành ủy về tổ chức kiểm điểm và\nđánh giá, xếp loại chất lượng đối với tập thể, cá nhân;\n")
    from cancu.loaders.header import _date_line, split_lines

    lines = split_lines(text)
    assert _date_line(lines, len(lines))[1] is None
    assert _date_line(split_lines("Hà Nội, ngày 17 tháng 11 năm 2025\n"), 1)[:2] == ("Hà Nội", "2025-11-17")


# A labelled line of a letter's schedule is no place-and-date line (a news page over Công văn 17899/BTC-VP, 2025).
# Before: place "Thời gian: 01 buổi sáng".
def test_a_labelled_line_is_no_place():
    from cancu.loaders.header import _date_line, split_lines

    text = ("- Hội nghị 1: Gồm các tỉnh/thành phố: Hà Nội, Quảng Ninh, Hải Phòng, Bắc Ninh, Hưng Yên, Ninh Bình.\n"
            "Thời gian: 01 buổi sáng, ngày 26/11/2025, bắt đầu từ 08h00'.\n")
    lines = split_lines(text)
    assert _date_line(lines, len(lines))[:2] == (None, "2025-11-26")
    # (a place with a number stays one: "Phường 1, ngày …", office o001)
    assert _date_line(split_lines("Phường 1, ngày 05 tháng 8 năm 2025\n"), 1)[0] == "Phường 1"


# A place closed by its comma at a line's end, the date on the next line, under a line that is no cell boundary (the
# Youth Union's "TNCS HỒ CHÍ MINH" in the motto's place, Công văn 74-CV/ĐTN, set os is_24af4bd0); a blank day before
# a filled month and year (Thông báo of UBND xã Đức Hợp, set os is_964cec57). Before: place None in both.
def test_a_place_wrapped_at_its_comma_or_before_a_blank_day_is_read():
    from cancu.loaders.header import _date_line, split_lines

    lines = split_lines("|\nĐOÀN\nTNCS HỒ CHÍ MINH\nThọ Xuân,\nngày 17 tháng 7 năm 2018\n|\n")
    assert _date_line(lines, len(lines))[:2] == ("Thọ Xuân", "2018-07-17")
    lines = split_lines("Độc lập – Tự do – Hạnh phúc\n\nĐức Hợp, ngày ….. tháng 12 năm 2021\n")
    assert _date_line(lines, len(lines))[:2] == ("Đức Hợp", None)
    # (a sentence's clause closed by a comma is no place: more than four words, or none capitalised)
    lines = split_lines("Thực hiện Công văn số 349-CV/TĐTN-TNNT,\nngày 11/7/2018 của BCH Tỉnh Đoàn Thanh Hoá\n")
    assert _date_line(lines, len(lines))[0] is None


# A hospital under its ministry is the issuer, named as written ("BỘ Y TẾ / BỆNH VIỆN MẮT TW", Công văn 385/BVMTW-MTE,
# set os is_5d9f14f1). Before: "Viện Mắt tw" (the block split at "VIỆN", inside "BỆNH VIỆN").
def test_a_hospital_under_its_ministry_is_the_issuer():
    assert issuer_from_block(["BỘ Y TẾ", "BỆNH VIỆN MẮT TW"]) == "Bệnh viện Mắt TW"


# The header's date line without its comma ("*Hà Nội ngày 01" / "tháng 12 năm 2025*", Nghị quyết 386/NQ-CP as the
# portal renders it): the site's block above names the same document by its symbol, and its date. Before: date None.
def test_the_site_block_dates_a_header_whose_date_line_lost_its_comma():
    text = ("#\n**Số hiệu:**\n|\n386/NQ-CP\n|\n|\n**Loại văn bản:**\n|\nNghị quyết\n|\n**Nơi ban hành:**\n|\n"
            "Chính phủ\n"
            "|\n|\n**Người ký:**\n|\nHồ Đức Phớc\n|\n**Ngày ban hành:**\n|\n01/12/2025\n|\n|\n**\nNgày hiệu lực:**\n|\n"
            "Đã biết\n|\n**Ngày công báo:**\n|\nĐang cập nhật\n|\n|\n**Số công báo:**\n|\nĐang cập nhật\n|\n|\n"
            "**Tình trạng:**\n|\nĐã biết\n|\n|\n**CHÍNH PHỦ**\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n"
            "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 386/NQ-CP\n|\n*Hà Nội ngày 01\n"
            "tháng 12 năm 2025*\n|\n**NGHỊ QUYẾT**\nVỀ VIỆC TIẾP THU, GIẢI TRÌNH DỰ ÁN LUẬT THUẾ THU NHẬP\n"
            "CÁ NHÂN (SỬA ĐỔI)\n**CHÍNH PHỦ**\n"
            "*Căn cứ Luật Tổ chức Chính\nphủ ngày 18 tháng 02 năm 2025;*\n")
    doc = _doc("markdown", text)
    assert (doc["kind"], doc["symbol"], doc["date"]) == ("Nghị quyết", "386/NQ-CP", "2025-12-01")


# data issuers.json codes: a ministry's code before the unit of its letters (real symbols of the crawl, 2021-2025)
@pytest.mark.parametrize(("symbol", "issuer"), [
    ("2021/BYT-ATTP", "Bộ Y tế"), ("1239/BGDĐT-QLCL", "Bộ Giáo dục và Đào tạo"), ("13343/BXD-KTQLXD", "Bộ Xây dựng"),
    ("4505/BVHTTDL-MTNATL", "Bộ Văn hóa, Thể thao và Du lịch"), ("4577/BKHCN-CĐSQG", "Bộ Khoa học và Công nghệ"),
    ("7842/BNNMT-TCCB", "Bộ Nông nghiệp và Môi trường"), ("2739/VPCP-ĐMDN", "Văn phòng Chính phủ"),
    ("123/2025/QĐ-CTUBND", None),
    # the central party organs' codes (b c_ef38edfc, d029; crawl symbols of 2025), each organ named as
    # party_central_organs names it; "TW" alone is any central organ and names none
    ("9671-CV/BTCTW", "Ban Tổ chức Trung ương"), ("45-HD/BTCTW", "Ban Tổ chức Trung ương"),
    ("40-HD/VPTW", "Văn phòng Trung ương Đảng"), ("37-HD/BTGDVTW", "Ban Tuyên giáo và Dân vận Trung ương"),
    ("15-HD/UBKTTW", "Ủy ban Kiểm tra Trung ương"), ("126-KL/TW", None),
    # the Đoàn's Central Committee, whatever department's code follows (set op ip_b0c9d793, its two-column header
    # on one line not read)
    ("225-KH/TWĐTN-CTTN", "Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh"),
])
def test_issuer_of_a_symbols_code(symbol, issuer):
    from cancu.loaders.header import issuer_of_code

    assert issuer_of_code(symbol) == issuer


# A Quy chế whose title in capitals runs to five lines before "(Ban hành kèm theo Quyết định …)" (QĐ 88/2025/QĐ-UBND
# of UBND tỉnh Lai Châu, crawl 50693ea4bb4bda20): it is a document of its own, whose standing rules assign nothing.
# Before: not found, and its articles read as the decision's duties.
def test_an_attached_rule_with_a_long_title_in_capitals():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 88/2025/QĐ-UBND\n\nLai Châu, ngày 21 tháng 11 năm 2025\n\n"
            "QUYẾT ĐỊNH\n\nBan hành Quy chế phối hợp\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n\n"
            "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n"
            "**QUY CHẾ**\n\n"
            "PHỐI HỢP THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN GIỮA VĂN\n"
            "PHÒNG ĐĂNG KÝ ĐẤT ĐAI, CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI VỚI ỦY BAN NHÂN DÂN\n"
            "CẤP XÃ, CƠ QUAN TÀI CHÍNH, CƠ QUAN XÂY DỰNG, CƠ QUAN CÓ CHỨC NĂNG QUẢN LÝ ĐẤT\n"
            "ĐAI CẤP XÃ, CƠ QUAN THUẾ VÀ CÁC CƠ QUAN, ĐƠN VỊ KHÁC CÓ LIÊN QUAN TRÊN ĐỊA BÀN\n"
            "TỈNH\n\n"
            "*(Ban hành kèm theo Quyết định số 88/2025/QĐ-UBND ngày 21 tháng 11 năm 2025 của\n"
            "Ủy ban nhân dân tỉnh Lai Châu)*\n\n"
            "**Điều 3. Trách nhiệm phối hợp giữa các cơ quan**\n\n"
            "1. Văn phòng đăng ký đất đai tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh để giải quyết "
            "thủ tục hành chính về đất đai, tài sản gắn liền với đất theo thẩm quyền.\n")
    out = _extracted("qd88", "markdown", text)
    assert [d["kind"] for d in out["documents"]] == ["Quy chế"]
    assert out["tasks"] == []


# A Quy chế issued with a Thông tư (set o io_933cb4b1, Thông tư 40/2023/TT-BCT of Bộ Công Thương, its lines as the page
# gives them): the note names a Thông tư (kinds.json attached_parents). Before: not found, only Quyết định, Nghị quyết
# and Chỉ thị issued documents with them.
def test_an_attached_rule_issued_with_a_circular():
    text = ("BỘ CÔNG THƯƠNG |\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM |\nSố: 40/2023/TT-BCT |\n"
            "Hà Nội, ngày 28 tháng 12 năm 2023 |\nTHÔNG TƯ\n"
            "BAN HÀNH QUY CHẾ TỔ CHỨC, HOẠT ĐỘNG CỦA ỦY BAN CẠNH TRANH QUỐC GIA\n"
            "Căn cứ Luật Cạnh tranh ngày 12 tháng 6 năm 2018;\n"
            "Theo đề nghị của Chủ tịch Ủy ban Cạnh tranh Quốc gia;\n"
            "Bộ trưởng Bộ Công Thương ban hành Thông tư ban hành Quy chế tổ chức, hoạt động của Ủy ban Cạnh tranh Quốc "
            "gia.\nĐiều 1. Ban hành Quy chế tổ chức, hoạt động của Ủy ban Cạnh tranh Quốc gia\n"
            "Ban hành kèm theo Thông tư này Quy chế tổ chức, hoạt động của Ủy ban Cạnh tranh Quốc gia.\n"
            "Điều 2. Điều khoản thi hành\n1. Thông tư này có hiệu lực thi hành kể từ ngày 15 tháng 02 năm 2024.\n"
            "|\nBỘ TRƯỞNG |\nQUY CHẾ\nTỔ\nCHỨC, HOẠT ĐỘNG CỦA ỦY BAN CẠNH TRANH QUỐC GIA\n(Ban\n"
            "hành kèm theo Thông tư số 40/2023/TT-BCT ngày 28 tháng 12 năm 2023 của Bộ\ntrưởng Bộ Công Thương)\n"
            "Chương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n")
    out = _extracted("tt40", "markdown", text)
    assert [d["kind"] for d in out["documents"]] == ["Quy chế"]
    notes = tables.load("kinds")["attached_parents"]["examples"]
    from cancu.loaders.header import _ATTACHED
    assert all(_ATTACHED.match(n) for n in notes)


# Header lines as a scan's OCR gives them (``ocr_header`` of data/issuers.json): words run together, and, where the
# motto itself lost its marks, words misread by their marks. Before: "Bạn chập hành Trung ương Đảng bạn cháp hành
# trùng ương đảng" (i l_7b3cdca6), "Tính ủy lào cai đáng cộng sản Việt Nam" (j l_e5abd223), "Thủ tướng chínhphủ" (j
# l_bff4aa95), "Tỉnh ủy Sơnla" (fresh o046).
@pytest.mark.parametrize("entry", tables.load("issuers")["ocr_header"]
                         ["examples"], ids=lambda e: e["issuer"])
def test_header_words_broken_by_ocr_are_mended(entry):
    from cancu.loaders.header import _motto_unmarked

    lines = entry["lines"].split("\n")
    assert _motto_unmarked(lines) is entry["unmarked"]
    body = "\nCHỈ THỊ\nvề nhiệm vụ\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nNguyễn Văn A\n"
    assert _extracted("ocr", "text", entry["lines"] + body)["doc"]["issuer"] == entry["issuer"]


def test_header_words_are_mended_by_their_marks_only_under_a_motto_that_lost_them():
    from cancu.loaders.header import _motto_unmarked
    from cancu.loaders.issuer import repair_header_line

    # a page that opens at its basis names the motto's words in lower case: no header lost its marks (j l_636fbdf2;
    # before the check was in capitals, "CĂN CỨ PHÁP LUẬT" became "CẦN CỨ …" and then its issuer)
    lines = ["CĂN CỨ PHÁP LUẬT", "- Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam đã được sửa đổi, bổ sung"]
    assert not _motto_unmarked(lines)
    assert repair_header_line("CĂN CỨ PHÁP LUẬT") == "CĂN CỨ PHÁP LUẬT"
    # a word shared by two names without its marks ("TINH": TỈNH, TĨNH) is mended only with its neighbour
    assert repair_header_line("TÍNH ỦY LÀO CAI", unmarked=True) == "TỈNH ỦY LÀO CAI"
    assert repair_header_line("TÍNH LÀO CAI", unmarked=True) == "TÍNH LÀO CAI"


@pytest.mark.parametrize("line", [
    "Số: 4046 /TCT-TTKT Hà Nội, ngàyA2 thang 3 năm 2020",  # j l_1f3ca15f
    "Số: 4302 /TCT-TTr Hà Nội, ngày OF thang 2! năm 2018",  # j l_ba68c322
    "Số: €2ŸÔ /CT-TTHT Hà Nội, ngày-2OthángÁ-Jnăm 2017",  # j l_58ea45b2
    "Hà Nội, ngày thángế năm 2018",  # i o044, a licence of Bộ Tài nguyên và Môi trường
])
def test_a_date_line_garbled_by_ocr_still_names_its_place(line):
    # OCR'd letters of Tổng cục Thuế: the day and month are lost, the place is not. Before: place None
    text = ("BỘ TÀI CHÍNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỔNG CỤC THUẾ Độc lập - Tự do - Hạnh phúc\n"
            f"{line}\nV/v triển khai công tác thanh tra\nKính gửi: Cục Thuế các tỉnh, thành phố.\n"
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TỔNG CỤC TRƯỞNG\nPHÓ TỔNG CỤC TRƯỞNG\nNguyễn Văn A\n")
    doc = _extracted("ocr-tct", "text", text)["doc"]
    assert (doc["place"], doc["date"]) == ("Hà Nội", None)


def test_a_day_misread_as_marked_letters_still_leaves_the_place():
    from cancu.loaders.header import _GARBLED_DATE

    # i o052 (OCR of a signed scan, Trường Đại học Tây Đô): the handwritten day read "ảO". Before: place None
    m = _GARBLED_DATE.search("Cần Thơ, ngày ảO tháng 5 năm 2025")
    assert m and m.group("place") == "Cần Thơ"


def test_a_number_line_whose_number_is_no_number_keeps_the_issuer_above_it():
    # i o044 (OCR of a licence whose number was written by hand): "Số; //6# /GP-BTNMT" is no number line, but the
    # document starts at the issuer above it all the same. Before: the body began under "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"
    # and the issuer was None
    text = ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố; //6# /GP-BTNMT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày thángế năm 2018\nlà\nGIẤY PHÉP KHAI THÁC, SỬ DỤNG NƯỚC MÁT. -\n"
            "BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
            "Căn cứ Luật tài nguyên nước số 17/2012/QH13 ngày 21 tháng 6 năm 2012;\n"
            "Xét đề nghị của Cục trưởng Cục Quản lý tài nguyên nước,\nQUYẾT ĐỊNH:\nĐiều 1. Cho phép Công ty.\n")
    assert _extracted("gp1868", "text", text)["doc"]["issuer"] == "Bộ Tài nguyên và Môi trường"


def test_a_misread_place_before_a_garbled_date_gives_none():
    from cancu.loaders.header import _GARBLED_DATE

    # "là Nội" (l_cfaad6c6): the lower-case word before "Nội" is the rest of the place; "Nội" alone is no place
    t = "là Nội, ngày AF tháng 4Ô năm 2016"
    m = _GARBLED_DATE.search(t)
    assert m and t[:m.start()].split()[-1:] == ["là"]
    # a well-formed or blank date line is not garbled
    assert not _GARBLED_DATE.search("Hà Nội, ngày 12 tháng 3 năm 2020")
    assert not _GARBLED_DATE.search("Lào Cai, ngày    tháng 12 năm 2025")


# The enacting formula closing a normative document's preamble names its issuer (``enacting`` of data/issuers.json):
# a portal rendering without its header block (set f c_6f4888a0, crawl Nghị định renderings). Before: issuer None.
def test_the_enacting_formula_names_the_issuer_of_a_rendering_without_its_header():
    from cancu.loaders.header import _issuer_of_enacting, header_form, split_lines
    from cancu.loaders.text import MappedText

    def lines(s: str):
        return split_lines(header_form(MappedText.from_source(s)).text)

    t = tables.load("issuers")["enacting"]
    for line, issuer in t["examples"]:
        kind = re.search(r"ban hành (\w+ \w+)", line).group(1)
        assert _issuer_of_enacting(kind, lines(f"*Căn cứ Luật Tổ chức Chính phủ;*\n\n*{line}*\n\nĐiều 1.")) == issuer
        assert _issuer_of_enacting(None, lines(line)) == issuer
    for line in t["counter_examples"]:
        assert _issuer_of_enacting(None, lines(line)) is None
    # only the document's own kind, and only before its first article
    assert _issuer_of_enacting("Quyết định", lines("Chính phủ ban hành Nghị định quy định về cưỡng chế")) is None
    assert _issuer_of_enacting(None, lines("Điều 1. Phạm vi\nChính phủ ban hành Nghị định quy định")) is None

    text = ("**QUYẾT ĐỊNH**\n\nQUY\nĐỊNH LỘ TRÌNH ÁP DỤNG QUY CHUẨN KỸ THUẬT QUỐC GIA VỀ KHÍ THẢI XE Ô TÔ THAM GIA\n"
            "GIAO THÔNG ĐƯỜNG BỘ\n\n*Căn cứ Luật Tổ chức\nChính phủ số 63/2025/QH15;*\n\n*Căn cứ Luật Bảo vệ\n"
            "môi trường số 72/2020/QH14;*\n\n*Theo đề nghị của Bộ trưởng Bộ Nông nghiệp và Môi\ntrường;*\n\n"
            "*Thủ tướng Chính phủ ban hành Quyết định quy định\nlộ trình áp dụng quy chuẩn kỹ thuật quốc gia về "
            "khí thải xe ô tô tham gia giao\nthông đường bộ.*\n\n**Điều 1. Phạm vi điều chỉnh**\n\n"
            "Quyết định này quy định lộ trình.\n")
    assert _extracted("c_6f4888a0", "markdown", text)["doc"]["issuer"] == "Thủ tướng Chính phủ"


@pytest.mark.parametrize("head", [
    # set l m_067b8449 (Nghị quyết 388/NQ-CP): its crawl page wraps the date cell, its DOCX puts the number cell and
    # the date cell on one row; the comma after the place is left out in both. Before: no place (and no date as DOCX)
    "| Số: 388/NQ-CP |\n| *Hà Nội ngày 01\ntháng 12 năm 2025* |\n",
    "Số: 388/NQ-CP\tHà Nội ngày 01 tháng 12 năm 2025\n",
])
def test_a_date_line_without_the_comma_after_its_place(head):
    text = ("CHÍNH PHỦ\n--------\tCỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
            + head + "NGHỊ QUYẾT\nVỀ VIỆC NGHIÊN CỨU TIẾP THU, GIẢI TRÌNH KẾT LUẬN CỦA ĐẠI BIỂU QUỐC HỘI\n"
            "CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\nQUYẾT NGHỊ:\n")
    doc = _extracted("nq388", "text", text)["doc"]
    assert (doc["place"], doc["date"]) == ("Hà Nội", "2025-12-01")


@pytest.mark.parametrize("summary", [
    "V/v chính sách thuế",  # set u u_8de0ceb3 (Công văn 5388/CT-CS), set s s_3e9e9518
    "V/v quản lý thuế",  # set r r_8272f6c9 (Công văn 5529/CT-CS)
    "V/v tiền thuê đất",  # set v v_39ba7c07 (Công văn 5665/CT-CS)
])
def test_a_short_summary_line_beside_the_date_is_no_part_of_the_place(summary):
    # a Word file's header table read row by row puts the short "V/v …" line of the number column right
    # above the date cell's line; it was read as the place wrapped from the line above ("chính sách thuế Hà
    # Nội", then no place at all)
    text = ("BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\tCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"---------------\nSố: 5388/CT-CS\n{summary}\tHà Nội, ngày 20 tháng 11 năm 2025\n"
            "Kính gửi: Thuế tỉnh Phú Thọ.\nCục Thuế nhận được công văn số 1010/PTH-KTr2 ngày 04/9/2025 của Thuế tỉnh "
            "Phú Thọ về chính sách thuế. Về vấn đề này, Cục Thuế có ý kiến như sau:\n")
    doc = _extracted("cv5388", "text", text)["doc"]
    assert (doc["kind"], doc["place"], doc["date"]) == ("Công văn", "Hà Nội", "2025-11-20")


def test_a_sentence_opening_with_a_date_is_no_date_line():
    # "Sinh ngày 27 tháng 12 năm 1943" (a crawl page's biography line): a capitalised word before "ngày" under no
    # header cell names no place
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/TB-UBND\nTHÔNG BÁO\nVề tiểu sử đồng chí\nHọ và tên: Nguyễn Văn A\nSinh ngày 27 tháng 12 năm 1943\n")
    doc = _extracted("tb12", "text", text)["doc"]
    assert doc["place"] is None


def test_a_letter_whose_summary_line_ocr_garbled_is_a_cong_van_by_its_addressee():
    # j l_58ea45b2 (OCR of a Cục Thuế letter): "V/v" read "Viv", the number lost; the "Kính gửi:" under the number
    # line makes it a letter all the same. Before: kind None
    text = ("TONG CUC THUE CONG HOA XÃ HOI CHỦ NGHĨA VIỆT NAM\n\nCUC THUE TP HÀ NỘI Độc lập - Ty do - Hanh phúc\n"
            "Số: €2ŸÔ /CT-TTHT Hà Nội, ngày-2OthángÁ-Jnăm 2017\nViv ding ký kho hàng không phải\n"
            "địa điểm kinh doanh\n\nKính gửi: Cổng thông tin điện tử - Bộ Tài chính\n\n"
            "Cục Thuế TP Hà Nội nhận được Phiếu chuyển. số 1009/PC-TCT ngày\n"
            "31/10/2017 của Tổng cục Thuế chuyển thư hỏi của độc giả.\n")
    assert _extracted("l58", "text", text)["doc"]["kind"] == "Công văn"
    # a Tờ trình addresses its authority under its type line, which names it (dev o014)
    text = ("UBND HUYỆN AN PHÚ\nPHÒNG KINH TẾ - HẠ TẦNG\nSố: 169/TTr-PKTHT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập – Tự do – Hạnh phúc\nAn Phú, ngày 14 tháng 6 năm 2022\nTỜ TRÌNH\n"
            "Về việc ban hành Quy định chức năng, nhiệm vụ, quyền hạn và\ncơ cấu tổ chức của Phòng Kinh tế - Hạ tầng\n"
            "Kính gửi: Ủy ban nhân dân huyện An Phú\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\n")
    assert _extracted("o014", "text", text)["doc"]["kind"] == "Tờ trình"


# An amending circular rendered from its title (Thông tư 45/2025/TT-NHNN amending 18/2024/TT-NHNN, a legal site's
# rendering, z_63e89f2c): the article "Sửa đổi, bổ sung Phụ lục số 02 kèm theo Thông tư số 18/2024/TT-NHNN" names the
# document it amends; its annex's caption in brackets names itself, and the enacting formula, wrapped after "Nhà nước",
# its issuer. Before: symbol 18/2024/TT-NHNN, date and issuer None, and its own symbol read as a citation.
def test_an_annex_caption_names_a_headerless_amending_circular_not_the_annex_it_replaces():
    text = ("**THÔNG TƯ**\n\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 18/2024/TT-NHNN\n"
            "QUY ĐỊNH VỀ HOẠT ĐỘNG THẺ NGÂN HÀNG\n\n*Căn cứ Luật Ngân hàng Nhà nước Việt Nam số 46/2010/QH12;*\n\n"
            "*Thống đốc Ngân hàng Nhà nước\nViệt Nam ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số "
            "18/2024/TT-NHNN quy định về hoạt động thẻ ngân\nhàng.*\n\n"
            "**Điều 14.\nSửa đổi, bổ sung Phụ lục số 02 kèm theo Thông tư số 18/2024/TT-NHNN**\n\n"
            "Thay thế Phụ lục số 02 ban hành kèm theo Thông\ntư số 18/2024/TT-NHNN bằng Phụ lục số 02 ban hành kèm "
            "theo Thông tư này.\n\n**Điều 16.\nĐiều khoản thi hành**\n\nThông tư này có hiệu lực thi\nhành từ ngày "
            "05 tháng 01 năm 2026./.\n\n|\n**KT. THỐNG ĐỐC**\nPHÓ THỐNG ĐỐC\nPhạm Tiến Dũng\n|\n\n"
            "**Phụ lục số 02**\n\n*(Ban hành kèm theo Thông tư số 45/2025/TT-NHNN ngày 19 tháng 11 năm\n"
            "2025 của Thống đốc Ngân hàng Nhà nước Việt Nam)*\n\n**DANH SÁCH THẺ, CHỦ THẺ**\n")
    ex = _extracted("tt45", "markdown", text)
    doc = ex["doc"]
    assert (doc["kind"], doc["symbol"], doc["date"], doc["issuer"]) == (
        "Thông tư", "45/2025/TT-NHNN", "2025-11-19", "Ngân hàng Nhà nước Việt Nam")
    assert "18/2024/TT-NHNN" in {c["symbol"] for c in ex["citations"]}
    assert "45/2025/TT-NHNN" not in {c["symbol"] for c in ex["citations"]}


# A local body whose header block lost its place line on the web page ("ỦY BAN NHÂN DÂN | CỘNG HÒA …" and no "TỈNH …"
# under it: 9 of the 31 openings of set o-open): the document names the body elsewhere, its authority line above the
# Căn cứ or the level word the page writes before the date line's place (``placeless_bodies`` of data/issuers.json).
# Before: issuer "UBND" / "HĐND" alone.
@pytest.mark.parametrize("entry", [e for b in tables.load("issuers")["placeless_bodies"]["bodies"]
                                   for e in b["examples"]], ids=lambda e: e["$comment"].split(":")[0])
def test_a_placeless_local_body_takes_the_place_the_document_gives_it(entry):
    assert _doc("text", "\n".join(entry["lines"]) + "\n")["issuer"] == entry["issuer"]


@pytest.mark.parametrize("entry", tables.load("issuers")["placeless_bodies"]["own_level"]["examples"],
                         ids=lambda e: e["$comment"].split(" ")[1])
def test_a_placeless_body_takes_the_level_of_its_own_act(entry):
    assert _doc("text", "\n".join(entry["lines"]) + "\n")["issuer"] == entry["issuer"]


# A page that kept only the header block's first line ("ỦY BAN NHÂN DÂN | CỘNG HÒA …") over a symbol whose code names a
# department ("1557/SGDĐT-GDPT", "9846/SLĐTBXH-VLATLĐ"; set ou iu_130e06b6 and iu_287516cb, two sites): the document is
# the department's, under the UBND's place (``department_codes`` of data/issuers.json). Before: "UBND thành phố Hồ Chí
# Minh".
_DEPARTMENT_EXAMPLES = [(c, e) for c in tables.load("issuers")["department_codes"]["codes"] for e in c["examples"]]


@pytest.mark.parametrize("entry", [e for _, e in _DEPARTMENT_EXAMPLES if "lines" in e],
                         ids=lambda e: e["$comment"].split(" (")[0])
def test_a_ubnd_block_over_a_departments_code_is_the_departments(entry):
    assert _doc("text", "\n".join(entry["lines"]) + "\n")["issuer"] == entry["issuer"]


@pytest.mark.parametrize("code,entry", [(c, e) for c, e in _DEPARTMENT_EXAMPLES if "block" in e],
                         ids=lambda x: x.get("$comment", "") if isinstance(x, dict) else x["code"])
def test_a_department_code_names_the_department_of_its_block(code, entry):
    # the code's name is the one a complete block writes over a symbol with that code
    assert code["code"] in re.split(r"[-/]", entry["symbol"])
    assert issuer_from_block(entry["block"]).startswith(code["name"] + " ")


@pytest.mark.parametrize("code,entry", [(c, e) for c, e in _DEPARTMENT_EXAMPLES if "cited" in e],
                         ids=lambda x: x.get("$comment", "") if isinstance(x, dict) and "$comment" in x else x["code"])
def test_a_department_code_is_cited_as_the_departments(code, entry):
    # a citing line names the department whose code the cited symbol carries
    assert code["code"] in re.split(r"[-/]", entry["symbol"])
    assert f"{entry['symbol']} ngày" in entry["cited"] and f"của {code['name']} " in entry["cited"]


def test_a_ubnd_with_its_own_code_stays_the_ubnd():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 1557/UBND-SGDĐT | Thành phố Hồ Chí Minh, ngày 19 tháng 8 năm 2025 |\n"
            "Kính gửi: Sở Giáo dục và Đào tạo\n")
    assert _doc("text", text)["issuer"] == "UBND thành phố Hồ Chí Minh"


def test_a_placeless_body_dated_at_a_city_takes_no_level_from_its_own_act():
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 12/KH-UBND | Nha Trang, ngày 05 tháng 3 năm 2024 |\nUBND tỉnh xây dựng Kế hoạch như sau:\n")
    assert _doc("text", text)["issuer"] == "UBND"


def test_a_complete_header_block_keeps_its_own_place():
    # the date line's place is a city of the province: the header's own place line wins (a rule for placeless
    # bodies only)
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 12/KH-UBND\nNha Trang, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\n"
            "Triển khai trên địa bàn thành phố Nha Trang\n")
    assert _doc("text", text)["issuer"] == "UBND tỉnh Khánh Hòa"


# A draft's mark ("DỰ THẢO") is no body of the header block, and a number cell that holds its label alone has its
# blank number after the motto's cells in a text layer read cell by cell (``draft_mark`` of data/issuers.json).
# Before: issuer "Dự thảo", no blank number.
@pytest.mark.parametrize("entry", tables.load("issuers")["draft_mark"]["examples"], ids=lambda e: e["$comment"])
def test_a_drafts_mark_is_no_issuer(entry):
    doc = _doc("text", "\n".join(entry["lines"]) + "\n")
    assert (doc["issuer"], doc["number_blank"]) == (entry["issuer"], True)
    assert re.fullmatch(tables.load("issuers")["draft_mark"]["pattern"], "DỰ THẢO LẦN 2")


def test_a_drafts_mark_above_the_block_is_no_issuer():
    text = "DỰ THẢO\n\nỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\nSố: /QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
    assert _doc("text", text)["issuer"] == "UBND tỉnh Đồng Nai"


# The same draft: its blank date's cells each on a line, with empty lines between them. Before: place None.
def test_a_drafts_blank_date_read_cell_by_cell_names_its_place():
    entry = tables.load("issuers")["draft_mark"]["examples"][0]
    doc = _doc("text", "\n".join(entry["lines"]) + "\n")
    assert (doc["place"], doc["date"], doc["date_precision"]) == ("Hà Nội", None, "year")


# Round 30, set o (openings of web pages). A Word header table copied into a page joins its two cells with one space:
# the motto's second line, whole and marked, closes the issuer's place line (o io_0ffc79a6). Before: issuer 'UBND'.
def test_a_place_line_joined_to_the_motto_by_one_space_is_cut_at_the_motto():
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc\n\n\n"
            "Số: 454/UBND-NCTH Vị Thanh, ngày 6 tháng 4 năm 2011\n\nV/v tiếp tục phối hợp tuyên truyền và tham gia "
            "bầu chọn Vịnh Hạ Long là kỳ quan thiên nhiên thế giới\n\nKính gửi:\n\n- Giám đốc Sở Văn hóa, Thể thao và "
            "Du lịch;\n")
    doc = _doc("text", text)
    assert (doc["issuer"], doc["symbol"], doc["place"]) == ("UBND tỉnh Hậu Giang", "454/UBND-NCTH", "Vị Thanh")


def test_an_ocr_motto_joined_by_one_space_cuts_nothing():
    # j l_1f3ca15f: the scan's "Hanh phúc" lost its mark; what stands before it ("TONG CYC THUE") is no issuer line
    assert _left_column("TONG CYC THUE Độc lập - Tự do - Hanh phúc") == "TONG CYC THUE Độc lập - Tự do - Hanh phúc"
    assert _left_column("TỈNH HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc") == "TỈNH HẬU GIANG"


# A joint document's header block: two bodies over their shared place line, or joined by a dash; its symbol's joint
# code ('QCPH': quy chế phối hợp) or dotted issuer ('TT.HĐND'). Before: symbol None / '06/QC-TT', one body only.
@pytest.mark.parametrize("lines, symbol, issuer", [
    (["ỦY BAN NHÂN DÂN", "ỦY BAN MTTQ VIỆT NAM", "TỈNH ĐẮK LẮK", "-------", "|", "CỘNG",
      "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|",
      "Số: 01/QCPH/UBND-UBMTTQ", "|", "Đắk Lắk, ngày 27 tháng 10 năm 2017", "|", "QUY CHẾ", "PHỐI",
      "HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN",
      "TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIAI ĐOẠN", "2017-2021", "Căn cứ Luật Tổ chức chính quyền địa",
      "phương ngày 19/6/2015;"],
     "01/QCPH/UBND-UBMTTQ", "UBND tỉnh Đắk Lắk, Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk"),  # o io_2c78af2c
    (["THƯỜNG TRỰC", "HĐND - UBND TỈNH HÒA BÌNH", "-------", "|", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc", "---------------", "|", "Số: 06/QC-TT.HĐND-UBND", "|",
      "Hòa Bình, ngày 20 tháng 3 năm 2019", "|", "QUY CHẾ", "PHỐI",
      "HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH - ỦY BAN NHÂN DÂN TỈNH NHIỆM", "KỲ 2016 - 2021",
      "Căn cứ", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6", "năm 2015;"],
     "06/QC-TT.HĐND-UBND", "Thường trực HĐND tỉnh Hòa Bình, UBND tỉnh Hòa Bình"),  # o io_fbeeb181
])
def test_a_joint_header_names_both_bodies_and_its_joint_symbol(lines, symbol, issuer):
    doc = _doc("text", "\n".join(lines) + "\n")
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == ("Quy chế", symbol, issuer)


@pytest.mark.parametrize("entry", tables.load("issuers")["joint_bodies"]["examples"],
                         ids=lambda e: e["$comment"].split(" ")[1])
def test_joint_bodies_table_examples(entry):
    assert issuer_from_block(entry["lines"]) == entry["issuer"]


def test_a_block_of_one_body_is_no_joint_block():
    assert joint_issuer(["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"]) is None
    assert joint_issuer(["UBND - UBND TỈNH HÒA BÌNH"]) is None
    assert issuer_from_block(["UBND TỈNH ĐỒNG THÁP", "SỞ NỘI VỤ"]) == "Sở Nội vụ tỉnh Đồng Tháp"


# An older symbol of one code alone in the header's "Số:" cell (a Quyết định of 1994, o io_714d6e7e). Before: None.
def test_an_older_symbol_alone_in_the_number_cell_is_the_documents():
    text = ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 159/TTg\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 6 tháng 4 năm 1994\n\nQUYẾT ĐỊNH\n\nCỦA THỦ TƯỚNG CHÍNH PHỦ\n\nVề việc thành lập thêm một "
            "số đơn vị thuộc văn phòng chính phủ\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 30 tháng "
            "9 năm 1992;\n")
    doc = _doc("text", text)
    assert (doc["kind"], doc["symbol"], doc["number"], doc["issuer"]) == (
        "Quyết định", "159/TTg", "159", "Thủ tướng Chính phủ")


def test_an_older_symbol_in_a_sentence_of_the_number_cell_is_not_read():
    # a "Số" that opens a sentence ("Số 281/Ngày …") holds no old symbol: the cell must end with it or the date line
    assert _OLD_NUMBER.match("159/TTg") and _OLD_NUMBER.match("159/TTg Hà Nội, ngày 6 tháng 4 năm 1994")
    assert not _OLD_NUMBER.match("281/Ngày 12 tháng 3 các đơn vị")


# A party document under "BAN CHẤP HÀNH TRUNG ƯƠNG" alone whose signature the excerpt cut off: the page's headline
# names its authors by its symbol (o io_59e55d38). Before: 'Ban Chấp hành Trung ương Đảng'.
def test_a_central_party_document_takes_the_organ_its_page_names_by_its_symbol():
    text = ("Quy định số 97-QĐ/TW của Bộ Chính trị: Đảng đoàn MTTQ Việt Nam do Bộ Chính trị quyết định thành lập, "
            "thành viên của Đảng đoàn do Bộ Chính trị quyết định\n\n \n\nBAN CHẤP HÀNH TRUNG ƯƠNG\n-------\n\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n\nSố: 97-QĐ/TW\n\nHà Nội, ngày 07 tháng 02 năm 2023\n\n \n\n"
            "QUY ĐỊNH\n\nCHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN, CƠ CẤU TỔ CHỨC, MỐI QUAN HỆ CÔNG TÁC CỦA ĐẢNG ĐOÀN, BAN CÁN "
            "SỰ ĐẢNG Ở TRUNG ƯƠNG\n\n \n\n- Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW, ng\n")
    assert _doc("text", text)["issuer"] == "Bộ Chính trị"
    # without the headline: the Central Committee, as before
    assert _doc("text", text.split("\n", 1)[1])["issuer"] == "Ban Chấp hành Trung ương Đảng"



# A body name wrapped before its "VIỆT NAM" (set op ip_ef3861b3, a web page's header). Before: 'Ngân hàng Nhà nước'
# (the line "VIỆT NAM" read as the motto's second line).
def test_a_name_wrapped_before_viet_nam_keeps_it():
    text = ("NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "---------------\n\nSố: 23/2025/TT-NHNN\n\nHà Nội, ngày 12 tháng 8 năm 2025\n\n \n\nTHÔNG TƯ\n\nSỬA ĐỔI, "
            "BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 30/2019/TT-NHNN\n\nCăn cứ Luật Ngân hàng Nhà nước Việt Nam ngày 16 "
            "tháng 6 năm 2010;\n")
    assert _doc("text", text)["issuer"] == "Ngân hàng Nhà nước Việt Nam"
    # the motto's own "VIỆT NAM" wrapped after its first line stays the motto's
    text = ("UBND TỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/KH-UBND\nAn Giang, ngày 3 tháng 4 năm 2024\n\nKẾ HOẠCH\nTriển khai công tác năm 2024\n")
    assert _doc("text", text)["issuer"] == "UBND tỉnh An Giang"


# A party header read row by row: the issuer's second row after the one-line party motto (set op ip_01fc1bb6), and a
# "Số" cell whose number the typist set off with spaces. Before: no kind, no symbol, issuer 'Tỉnh ủy Hà Tĩnh'.
def test_a_party_header_read_row_by_row_keeps_its_second_row():
    text = ("TỈNH UỶ HÀ TĨNH\n\n      ĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\n     Hà Tĩnh, ngày 15 tháng 6 "
            "năm 2021\n\nSố 369 - CV/BTGTU\n\nGửi Đề cương tuyên truyền kỷ niệm\n\n 190 năm thành lập và 30 năm "
            "tái lập tỉnh Hà Tĩnh\n\n \n\nKính gửi:\n\n- Các ban, sở, ngành, các đoàn thể chính trị - xã hội "
            "cấp tỉnh,\n")
    doc = _doc("text", text)
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == ("Công văn", "369-CV/BTGTU", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh")


# A "Số" cell wrapped after its second code's dash, the date cell read between its rows (set op ip_f845d4d8).
# Before: no symbol.
def test_a_number_cell_wrapped_around_the_date_cell():
    text = ("UBND HUYỆN NGA SƠN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBAN CHỈ ĐẠO PCGD, XMC\n\nĐộc lập – Tự do – "
            "Hạnh phúc\n\nSố: 255 / BC-BCĐPCGD-\n\nNga Sơn, ngày 13 tháng 11 năm 2020\n\nXMC\n\nBÁO CÁO\nTÌNH HÌNH "
            "THỰC HIỆN VÀ KẾT QUẢ\nPHỔ CẬP GIÁO DỤC, XÓA MÙ CHỮ\n")
    assert _doc("text", text)["symbol"] == "255/BC-BCĐPCGD-XMC"
    # a Đoàn plan's number set off with spaces (set op ip_b0c9d793)
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG" + " " * 40 + "ĐOÀN TNCS HỒ CHÍ MINH\n\n***\n\n"
            "   Số: 225 - KH/TWĐTN-CTTN" + " " * 40 + "Hà Nội, ngày 16 tháng 5 năm 2024\n\nKẾ HOẠCH\n"
            "Tổ chức các\nhoạt động hè dành cho thiếu nhi năm 2024\n")
    assert _doc("text", text)["symbol"] == "225-KH/TWĐTN-CTTN"


# A document flattened onto one line whose motto is written with en dashes and whose number carries its year
# (tailieu.vn's text of a PDF, set op ip_dfaf53d2): the line breaks go back before "Độc lập – Tự do" and
# "Số: 23/2007/…".
# Before: no kind, no symbol, issuer 'Bộ Lao động - Thương'.
def test_a_flattened_header_with_en_dashes_is_reopened(tmp_path):
    text = ("Nội dung Text: Quyết định số 23/2007/QĐ-BLĐTBXH\n\n  1. BỘ LAO ĐỘNG – THƯƠNG CỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM BINH VÀ XÃ HỘI Độc lập – Tự do – Hạnh phúc ******* ******* Số: 23/2007/QĐ-BLĐTBXH "
            "Hà Nội, ngày 05 tháng 10 năm 2007 QUYẾT ĐỊNH BAN HÀNH HỆ THỐNG CHỈ TIÊU THEO DÕI, GIÁM SÁT CHƯƠNG "
            "TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO GIAI ĐOẠN 2006-2010 CỦA CẤP TỈNH BỘ TRƯỞNG BỘ LAO ĐỘNG – "
            "THƯƠNG BINH VÀ XÃ HỘI Căn cứ Nghị định số 29/2003/NĐ-CP ngày 31 tháng 3 năm 2003 của Chính phủ "
            "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Lao động – Thương binh và Xã "
            "hội; Căn cứ Quyết định số 42/2002/QĐ-TTg ngày 19 tháng 3 năm 2002 của Thủ tướng Chính phủ về quản "
            "lý và điều hành các Chương trình mục tiêu quốc gia; Căn cứ Quyết định số 20/2007/QĐ-TTg ngày 05 "
            "tháng 02 năm 2007 của Thủ tướng Chính phủ về\n")
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    doc = extract(tmp_path / "d.txt").to_dict()["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == (
        "Quyết định", "23/2007/QĐ-BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội")


# The type and its title on one line wrapped by a narrow cell after the title's first word (a commune's Quy chế làm
# việc, its layout table flattened cell by cell, set op ip_05cd0385). Before: kind None.
def test_a_type_line_wrapped_after_its_titles_first_word():
    text = ("ỦY BAN NHÂN DÂN\nXÃ XUÂN PHÚ\n|\n|\nCỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n|\n"
            "QUY CHẾ LÀM\nVIỆC\nCỦA ỦY\nBAN NHÂN DÂN XÃ XUÂN PHÚ NHIỆM KỲ 2021 -2026\n(Ban hành\nkèm theo Quyết định "
            "số: 59/QĐ-UBND\nNgày 22 tháng\n7 năm 2021 của Ủy ban nhân dân xã Xuân\nPhú)\nChương I\nNHỮNG QUY ĐỊNH\n"
            "CHUNG\nĐiều 1. Phạm vi,\nđối tượng điều chỉnh\n1. Quy chế này quy định về nguyên\n")
    doc = _doc("text", text)
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == ("Quy chế", None, "UBND xã Xuân Phú")


def test_the_organ_that_enacts_under_the_shared_central_header_is_the_issuer():
    # issuers.json party_enacting (set oq iq_17f4dce4, iq_e93da537: openings cut before the signature); before, the
    # shared header "BAN CHẤP HÀNH TRUNG ƯƠNG / ĐẢNG CỘNG SẢN VIỆT NAM" gave the Central Committee
    entry = tables.issuers()["party_enacting"]
    rx = re.compile(entry["pattern"])
    for line, organ in entry["examples"]:
        assert rx.match(line).group("organ") == organ, line
    for line in entry["counter_examples"]:
        assert rx.match(line) is None, line
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n--------\n\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n\nSố 09-QC/TW\n\n"
            "Hà Nội, ngày 05 tháng 01 năm 2026\n\nQUY CHẾ\n\nQuản lý và cung cấp thông tin trên Cổng thông tin điện tử "
            "Đảng Cộng sản Việt Nam\n\n- Căn cứ Điều lệ Đảng;\n\n- Xét đề nghị của Văn phòng Trung ương Đảng,\n\n"
            + entry["examples"][1][0] + "\n")
    assert _extracted("iq_e93da537", "text", text)["doc"]["issuer"] == "Ban Bí thư"
    # without the organ's paragraph the shared header gives the Central Committee
    cut = text.rsplit("\n\n", 1)[0] + "\n"
    assert _extracted("iq_e93da537", "text", cut)["doc"]["issuer"] == "Ban Chấp hành Trung ương Đảng"


def test_a_sites_bullet_and_a_glued_city_abbreviation_in_the_header_block():
    # set oq iq_76ae3f2c (hieuluat: the block's first line carries the site's list bullet) and iq_3f898875
    # (thuvienphapluat: "TP.HỒ CHÍ MINH" under the parent body); before, "• bộ giáo dục và Đào tạo" and "Bảo hiểm xã
    # hội Việt Nam bảo hiểm xã hội tp.Hồ Chí Minh"
    assert issuer_from_block([" • BỘ GIÁO DỤC VÀ ĐÀO TẠO"]) == "Bộ Giáo dục và Đào tạo"
    assert issuer_from_block(["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI", "TP.HỒ CHÍ MINH"]) == \
        "Bảo hiểm xã hội thành phố Hồ Chí Minh"


def test_a_title_opening_with_a_type_word_under_another_kinds_code_is_the_codes_kind():
    # set or ir_f725fded: the page dropped the "THÔNG BÁO" line; the title opens with "KẾT LUẬN", the code TB names it
    text = ("VĂN PHÒNG CHÍNH\nPHỦ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 288/TB-VPCP |\n"
            "Hà Nội, ngày 05 tháng 07 năm 2017 |\n"
            "KẾT LUẬN CỦA THỦ TƯỚNG NGUYỄN XUÂN PHÚC TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO THÀNH PHỐ HỒ CHÍ MINH\n"
            "Ngày 23 tháng 6 năm 2017, Thủ tướng Chính phủ Nguyễn Xuân Phúc làm việc với lãnh đạo thành phố.\n")
    doc = _extracted("ir_f725fded.txt", "txt", text)["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == ("Thông báo", "288/TB-VPCP", "Văn phòng Chính phủ")
    # a type line of its own keeps its kind whatever the code (a decision numbered with a CT code, set o io_b4aa3ab3)
    doc = _extracted("t.txt", "txt", text.replace("KẾT LUẬN CỦA", "KẾT LUẬN\nCỦA"))["doc"]
    assert doc["kind"] == "Kết luận"


def test_a_letter_whose_number_and_addressee_cells_are_wrapped_is_a_letter():
    # set or ir_827b059a: "Số:" alone over its number, "Kính gửi |" without its colon, no "V/v" line
    text = ("VĂN PHÒNG CHÍNH PHỦ |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố:\n1383/VPCP-KTN |\n"
            "Hà Nội, ngày 06 tháng 03 năm 2009 |\nKính gửi |\n-\nBộ Giao thông vận tải; |\n"
            "Xét đề nghị của Ủy ban nhân dân tỉnh Thanh Hóa, Thủ tướng Chính phủ có ý kiến như sau:\n")
    doc = _extracted("ir_827b059a.txt", "txt", text)["doc"]
    assert (doc["kind"], doc["symbol"]) == ("Công văn", "1383/VPCP-KTN")


def test_a_motto_whose_hoa_took_a_wrong_mark_still_opens_the_header():
    # set ow iw_c9282d4d (a commune's plan, the page wrote "CỘNG HÕA") and op ip_68c5fe1c (a 123doc text layer that
    # gave the O the mark "Ị": "CỘNG HỊA"); before, no motto was found, so no issuer block: issuer None in both
    text = ("Phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự năm 2025 trên địa bàn Xã Xuân Tín\n"
            "ỦY BAN NHÂN DÂN | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "XÃ XUÂN TÍN | Độc lập - Tự do - Hạnh phúc |\nSố: 36 /KH - UBND |\nXuân Tín, ngày 07 tháng 5 năm 2025 |\n"
            "KẾ HOẠCH\nPhòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự năm 2025 trên địa bàn Xã Xuân Tín\n"
            "Căn cứ Nghị định số 30/2017/NĐ-CP ngày 21/3/2017 của Chính phủ quy định tổ chức, hoạt động ứng phó "
            "sự cố;\n")
    doc = _extracted("iw_c9282d4d.txt", "txt", text)["doc"]
    assert (doc["kind"], doc["symbol"], doc["issuer"]) == ("Kế hoạch", "36/KH-UBND", "UBND xã Xuân Tín")
    # (the page's second copy of the text, all on one line: a flattened document, its line breaks given back when
    # the file is read)
    text = (
            "THANH TRA CHÍNH PHỦ CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự – Hạnh phúc Số : /TTr-TTCP (Dự t"
            "hảo) Hà Nội, ngày tháng 10 năm 2018 TỜ TRÌNH Về dự thảo Nghị định quy định chi tiết số điều biện phá"
            "p tổ chức thi hành Luật Tố cáo Kính gửi: Chính phủ Thực Quyết định số 851/QĐ-TTg ngày 12/7/2018 Thủ "
            "tướng Chính phủ ban hành danh mục phân cơng quan chủ trì soạn thảo văn quy định chi tiết thi hành lu"
            "ật Quốc hội khóa XIV thông qua kỳ họp thứ 5; Thanh tra Chính phủ giao chủ trì, phối hợp với quan có "
            "liên quan xây dựng dự thảo Nghị định quy định chi tiết số điều biện pháp tổ chức thi hành Luật Tố cá"
            "o (sau viết tắt dự thảo Nghị định) Thanh tra Chính phủ kính trình Chính phủ dự thảo Nghị định với nộ"
            "i dung chủ yếu sau: I Sự cần thiết xây dựng Nghị định Luật Tố cáo năm 2018 ban hành với nhiều quy đị"
            "nh bổ sung so với Luật Tố cáo năm 2011 như: (1) thẩm quyền giải tố cáo; (2) trình tự, thủ tục giải t"
            "ố cáo; (3) tổ chức thực kết luận nội dung tố cáo, định xử lý hành vi vi phạm bị tố cáo; (4) bảo vệ n"
            "gười tố cáo… Luật Tố cáo giao Chính phủ quy định chi tiết chương, điều, khoản, bao gồm: Điều 30 thời"
            " hạn giải tố cáo;" "\n")
    from cancu.loaders import extract_text
    from cancu.loaders.read import read_bytes

    doc = extract_text(read_bytes(text.encode("utf-8"), "text", source="ip_68c5fe1c.txt")).to_dict()["doc"]
    assert (doc["kind"], doc["issuer"]) == ("Tờ trình", "Thanh tra Chính phủ")


def test_an_issuer_cell_cut_to_its_first_row_is_completed_by_the_symbols_code():
    # the same site's header table over its related-documents list, in two sets: the issuer cell kept its first row,
    # the number's row stands where its second stood. Before: "Bộ Văn hoá, Thể thao" (ov iv_73323fc2) and "Tổng liên
    # đoàn lao động" (ou iu_2c437b01)
    text = ("- 8Luật Điện ảnh 2022\nBỘ VĂN HOÁ, THỂ THAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 274/CT-BVHTTDL | Hà Nội, ngày 23 tháng 9 năm 2022 |\n"
            "Trong thời gian qua, thực hiện quy định của pháp luật về quản lý chuyên ngành và quy định của pháp luật "
            "có liên quan, các hoạt động văn hóa nghệ thuật, lễ hội, bảo vệ và phát huy giá trị di sản văn hóa.\n")
    doc = _extracted("iv_73323fc2.txt", "txt", text)["doc"]
    assert (doc["symbol"], doc["issuer"]) == ("274/CT-BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch")
    text = ("TỔNG LIÊN ĐOÀN LAO ĐỘNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 134/HD-TLĐ | Hà Nội, ngày 07 tháng 02 năm 2017 |\n"
            "Căn cứ Kế hoạch số 52/KH-TLĐ ngày 28/11/2016 của Tổng Liên đoàn Lao động Việt Nam về tổ chức đại hội.\n")
    doc = _extracted("iu_2c437b01.txt", "txt", text)["doc"]
    assert (doc["symbol"], doc["issuer"]) == ("134/HD-TLĐ", "Tổng Liên đoàn Lao động Việt Nam")
    # a whole name the code's body does not continue stays as written
    assert _extracted("t.txt", "txt", text.replace("TỔNG LIÊN ĐOÀN LAO ĐỘNG |", "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM |")
                      )["doc"]["issuer"] == "Công đoàn giáo dục Việt Nam"


def test_a_type_line_a_scan_read_with_a_wrong_mark_or_a_space_inside_a_word():
    # set o io_b7ad7dcc ("K ÉT LUẬN", its symbol "445-KL/TƯ" unread) and ot it_a55bcf32 ("KÉ HOẠCH", its number line
    # garbled): before, kind None, and the latter's type line was read as its issuer ("Ké hoạch")
    text = ("TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 445-KL/TƯ\n"
            "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022\nK ÉT LUẬN\nHỘI NGHỊ LÂN THỨ BẢY\n"
            "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)\nvề xây dựng hệ thống kết cấu hạ tầng đồng bộ đến năm 2025,\n"
            "Hội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh (khóa XVI) họp\n")
    doc = _extracted("io_b7ad7dcc.txt", "txt", text)["doc"]
    assert (doc["kind"], doc["issuer"]) == ("Kết luận", "Tỉnh ủy Thừa Thiên Huế")
    text = ("ỦY BAN NHÂN DÂN\nQUẬN HOÀNG MAI\nSỐ:y/45/KH-ƯBND\nCỘNG HÒA XÃ HỘI CHỦ NGHỈA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nHoàng Mai, ngàyẠẠ tháng ĩ năm 2016\nKÉ HOẠCH\n"
            "Triển khai thực hỉện Quyết định số 16/2016/QĐ-UBND ngày 09/5/2016\n"
            "Căn cứ Luật An toàn thực phẩm số 55/2010/QH12 ngày 17/6/2010 của Quốc hội\n")
    doc = _extracted("it_a55bcf32.txt", "txt", text)["doc"]
    assert doc["kind"] == "Kế hoạch" and doc["issuer"] != "Ké hoạch"
