"""Round 23 (citations and basis): real lines of the open sets g and a, and of v."""

from __future__ import annotations

import json
from pathlib import Path

from cancu.loaders import extract_text, tables
from cancu.loaders.basis import find_basis
from cancu.loaders.citations import canonical_symbol, collect, find_mentions, reference_form
from cancu.loaders.context import Locality
from cancu.loaders.read import SourceText
from cancu.loaders.text import MappedText

DATA = Path(__file__).resolve().parent.parent / "loaders" / "data"


def cites(line: str) -> list[tuple]:
    ref = reference_form(MappedText.from_source(line))
    return [(c.symbol or c.title, c.as_written, c.date) for c in collect(ref, find_mentions(ref))]


def basis(text: str):
    ref = reference_form(MappedText.from_source(text))
    got = find_basis(ref, find_mentions(ref), doc_index=0, lo=0, hi=len(ref.text), title=None, title_span=None,
                     resolve_issuer=Locality(None, None).resolve)
    return [(b.relation, b.symbol or b.title or b.proposer, b.date) for b in got]


def test_a_consolidated_text_is_a_van_ban_hop_nhat_whatever_type_line_it_repeats():
    # v_03b27001: "Số: 57/VBHN-BCT" over "THÔNG TƯ" (the type line of the circular it consolidates); before, Thông tư
    text = ("| **BỘ CÔNG THƯƠNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
            "| ------- | Độc lập - Tự do - Hạnh phúc |\n"
            "| Số: 57/VBHN-BCT | *Hà Nội, ngày 26 tháng 11 năm 2025* |\n\n**THÔNG TƯ**\n\n"
            "QUY ĐỊNH HỒ SƠ, TRÌNH TỰ, THỦ TỤC, PHƯƠNG PHÁP XÁC ĐỊNH, PHÊ DUYỆT KHUNG GIÁ PHÁT ĐIỆN\n\n"
            "Thông tư số 09/2025/TT-BCT ngày 01 tháng 02 năm 2025 của Bộ trưởng Bộ Công Thương quy định hồ sơ.\n")
    doc = extract_text(SourceText("v03", "text", text)).to_dict()["doc"]
    assert (doc["kind"], doc["symbol"]) == ("Văn bản hợp nhất", "57/VBHN-BCT")
    assert tables.kinds_over_type_line() == {"Văn bản hợp nhất"}
    for k in tables.kinds():
        for ex in k.get("code_over_type_line_examples", []):
            assert any(f"/{c}-" in ex for c in k["codes"]), ex


def test_a_date_whose_second_slash_is_a_space():
    # a_f8c8d3bd line 29: "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6 2025;"
    assert cites("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/6 2025;") == [
        ("72/2025/QH15", "72/2025/QH15", "2025-06-16")]


def test_a_symbol_without_the_slash_before_its_type_code():
    # g_11e086b8 line 208 (an annex cell): "- Thông tư số 49/2025TT-BCT ngày 09/9/2025 của Bộ trưởng Bộ Công Thương;"
    assert cites("- Thông tư số 49/2025TT-BCT\nngày 09/9/2025 của Bộ trưởng Bộ Công Thương;") == [
        ("49/2025/TT-BCT", "49/2025TT-BCT", "2025-09-09")]
    assert canonical_symbol("49/2025TT-BCT") == "49/2025/TT-BCT"
    # a year followed by other letters is no symbol of this form
    assert cites("giai đoạn 2021/2025TB-ABC") == []


def test_year_glued_codes_are_codes_of_kinds_and_read_their_examples():
    # kinds.json year_glued (g_11e086b8 line 208): one list of codes, each a type code of its kind
    entry = tables.load("kinds")["year_glued"]
    assert set(entry["codes"]) <= {c for k in tables.kinds() for c in k["codes"]}
    for line, symbol in zip(entry["examples"], entry["symbols"], strict=True):
        assert [c[0] for c in cites(line)] == [symbol], line


def test_hyphen_dropped_symbols_are_read_with_their_dash_for_known_issuer_codes_only():
    # kinds.json hyphen_dropped (set o, a 123docz PDF text layer that drops every hyphen): "01/2018/TTVPCP" is
    # 01/2018/TT-VPCP; before, the Văn phòng Chính phủ's code was not read glued and the symbol kept no dash
    entry = tables.load("kinds")["hyphen_dropped"]
    for line, symbol in zip(entry["examples"], entry["symbols"], strict=True):
        assert [c[0] for c in cites(line)] == [symbol], line
    # codes their issuers write without a dash (crawl) stay as written
    assert [c[0] for c in cites("Bộ Quốc phòng ra Quyết định số 137/QĐQP về việc sáp nhập")] == ["137/QĐQP"]
    line = "Báo cáo 119/2025/TTĐT ngày 15/02/2025 của Cổng Thông tin điện tử Chính phủ"
    assert [c[0] for c in cites(line)] == ["119/2025/TTĐT"]


def test_an_amending_law_named_by_title_with_an_annex():
    # g_f992333d lines 87-88; before, "Luật Thống kê" (the law it amends) with the amending law's date
    line = ("*Căn cứ Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục\nchỉ tiêu thống kê quốc gia của Luật Thống "
            "kê ngày 12 tháng 11 năm 2021;*")
    assert cites(line) == [("Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của "
                            "Luật Thống kê", None, "2021-11-12")]


def test_the_constitution_a_resolution_amends_is_its_title():
    entry = json.loads((DATA / "amending_laws.json").read_text("utf-8"))["described_by_resolution"]
    for line, expected in zip(entry["examples"], entry["cites"], strict=True):
        assert [c[0] for c in cites(line)] == expected, line
    # named on its own, the Constitution is cited
    assert [c[0] for c in cites("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;")] == [
        "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"]


def test_amending_laws_listed_after_a_semicolon_are_no_basis():
    entry = tables.relations()["nested_markers"]["amended_by_list"]
    for ex in entry["examples"]:
        assert [(r, s) for r, s, _ in basis(ex)] == [tuple(b) for b in entry["basis"]], ex
    # a law named by its title after ";" is the clause's next document
    assert [s for _r, s, _d in basis("Căn cứ Luật Sở hữu trí tuệ số 50/2005/QH11 đã được sửa đổi, bổ sung một số "
                                     "điều theo Luật số 36/2009/QH12; Luật Đất đai số 31/2024/QH15;")] == [
        "50/2005/QH11", "31/2024/QH15"]


def test_heads_proposing_with_one_submission():
    # a_1aebf3ca lines 104-106: the Tờ trình is the Sở's (-SNNMT); the Chánh Văn phòng proposes without one
    text = ("*Theo đề nghị của Chánh Văn phòng\nUBND tỉnh và Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số\n"
            "709/TTr-SNNMT ngày 20/11/2025.*")
    assert basis(text) == [("theo_de_nghi", "Chánh Văn phòng UBND tỉnh", None),
                           ("theo_de_nghi", "709/TTr-SNNMT", "2025-11-20")]
    # one head: one entry
    assert basis("Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 709/TTr-SNNMT ngày "
                 "20/11/2025.") == [("theo_de_nghi", "709/TTr-SNNMT", "2025-11-20")]


def test_an_issuer_code_joined_by_ampersand_in_the_type_place_and_after_a_space():
    # set op ip_41a3554d (123docz text layer): "Căn công văn 167/SGD&ĐT-VP" — a department's code with '&' where
    # a Công văn's type code goes; before, no symbol was read
    assert [c[0] for c in cites("Căn cứ công văn 167/SGD&ĐT-VP ngày 17/01/2013 việc triển khai")] == ["167/SGD&ĐT-VP"]
    # set op ip_19a9c1cc: the page put a space before '&'; before, "103/BKH-KTĐP" and "219/BKH-KCHT" were read
    line = ("Bộ Kế hoạchvà Đầu tư tại các văn bản số 103/BKH-KTĐP &LT ngày 7 tháng 01 năm 2008 và số 219/BKH-KCHT &ĐT "
            "ngày 10 tháng 1 năm 2008 về đề nghị")
    assert [(c[0], c[2]) for c in cites(line)] == [("103/BKH-KTĐP&LT", "2008-01-07"), ("219/BKH-KCHT&ĐT", "2008-01-10")]
    # prose '&' is no symbol's
    assert cites("Công ty A &B và Công ty C") == []


def test_a_party_symbol_whose_dash_a_text_layer_dropped_before_a_central_or_provincial_committee():
    # kinds.json hyphen_dropped.party_issuers (set op ip_3f2a9770): "20NQ/TW" is 20-NQ/TW
    assert [(c[0], c[2]) for c in cites("Căn cứ Nghị quyết số 20NQ/TW ngày 25/10/2017 của Hội nghị lần thứ VI")] == [
        ("20-NQ/TW", "2017-10-25")]
    # the crawl's "782NQ/HĐNN" (another issuer) is not read as a party symbol
    assert [c[0] for c in cites("Nghị quyết số 782NQ/HĐNN ngày 10/02/1987")] != ["782-NQ/HĐNN"]


def test_numbers_listed_after_so_share_the_symbols_code_date_and_issuer():
    # set op ip_b88fd788 (a VPCP letter): before, only 616-CV/VPTW was cited
    line = ("Về ý kiến chỉ đạo của đồng chí TổngBí thư, Chủ tịch Quốc hội tại các công văn số 614, 615, 616-CV/VPTW "
            "ngày 21tháng 04 năm 2011 của Văn phòng Trung ương Đảng, Phó Thủ tướng")
    assert [(c[0], c[2]) for c in cites(line)] == [("614-CV/VPTW", "2011-04-21"), ("615-CV/VPTW", "2011-04-21"),
                                                   ("616-CV/VPTW", "2011-04-21")]
    # numbers not right after "số" are not the symbol's
    assert [c[0] for c in cites("tại Điều 2, 3 Quyết định số 5/QĐ-UBND ngày 1/1/2020")] == ["5/QĐ-UBND"]


def test_a_document_named_by_title_after_a_provision_of_it_and_dated_before_its_issuer():
    # set op ip_f2bc4121 (a Quyết định of the Viện trưởng VKSND tối cao, 1996): the article word written twice, and
    # the date before "của Hội đồng Nhà nước"; before, the Pháp lệnh was not cited
    line = "- Căn cứ Điều Điều 14 Pháp lệnh bảo vệ bí mật Nhà nước ngày 28-10-1991 của Hội đồng Nhà nước."
    assert cites(line) == [("Pháp lệnh bảo vệ bí mật Nhà nước", None, "1991-10-28")]
    assert basis(line) == [("can_cu", "Pháp lệnh bảo vệ bí mật Nhà nước", "1991-10-28")]


def test_an_upper_case_titles_symbol_is_the_basis_its_can_cu_names_whatever_its_case():
    # set op ip_b0ebf131 (Hướng dẫn 06-HD/UBKTTW of the Ủy ban Kiểm tra Trung ương, 2018, its opening as the page
    # gives it): the title's "07-QĐI/TW" is the Căn cứ's 07-QĐi/TW; before, a second entry (thuc_hien) was added
    text = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nỦY BAN KIỂM TRA\n-------\n\nĐẢNG CỘNG SẢN VIỆT NAM\n---------------\n\nSố: "
        "06-HD/UBKTTW\n\nHà Nội, ngày 18 tháng 12 năm 2018\n\n \n\nHƯỚNG DẪN\n\nTHỰC HIỆN MỘT SỐ ĐIỀU TRONG "
        "QUY ĐỊNH SỐ 07-QĐI/TW, NGÀY 28/8/2018 CỦA BỘ CHÍNH TRỊ VỀ XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM\n\n- Căn "
        "cứ Quy chế làm việc của Ủy ban Kiểm tra Trung ương khóa XII;\n\n- Căn cứ Quy định số 07-QĐi/TW, ngày "
        "28/8/2018 của Bộ Chính trị về xử lý kỷ luật tổ chức đảng vi phạm;\n\nỦy ban Kiểm tra Trung ương hướng "
        "dẫn thực hiện một số Điều trong Quy định số 07-QĐi/TW, ngày 28/8/2018 của Bộ Chính trị về xử lý kỷ "
        "luật tổ chức đảng vi phạm, như sau:\n")
    got = extract_text(SourceText("ip_b0ebf131", "text", text)).to_dict()["basis"]
    assert [(b["relation"], b["symbol"]) for b in got if b["symbol"]] == [("can_cu", "07-QĐi/TW")]


def test_a_flattened_list_of_bases_opens_each_clause_at_its_dash():
    # set o io_826eaadb (a Đoàn decision whose web page runs the header and the bases onto one line): before, the
    # first "- Căn cứ" after the header's last word was no clause start and "Điều lệ Đoàn TNCS Hồ Chí Minh" was lost
    line = ("BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH- Căn cứ Điều lệ Đoàn TNCS Hồ Chí Minh; - Căn cứ Quy chế hoạt "
            "động của Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh khoá X, nhiệm kỳ 2012 - 2017 ban hành kèm theo "
            "Quyết định số 84 QĐ/TWĐTN ngày 22/02/2013 của Ban Chấp hành Trung ương Đoàn; - Để thống nhất")
    assert [c[0] for c in cites(line)] == ["Điều lệ Đoàn TNCS Hồ Chí Minh", "84-QĐ/TWĐTN"]
    assert basis(line) == [("can_cu", "Điều lệ Đoàn TNCS Hồ Chí Minh", None), ("can_cu", "84-QĐ/TWĐTN", "2013-02-22")]
    # a dash inside a sentence before a lower-case word opens nothing
    assert cites("các đoàn thể - căn cứ Điều lệ Hội Nông dân Việt Nam; và") == []
    # "84 QĐ/TWĐTN" only after "số": a count of decisions is no symbol
    assert cites("đã ban hành 84 QĐ/TWĐTN trong năm") == []
