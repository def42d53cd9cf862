"""Header, is-a-document, basis and citation rules drawn from the layouts of gold set j (repositories of 2025-2026):
Markdown pages with front matter and a "THÔNG TIN VĂN BẢN" table, OCR'd tax letters whose motto lost its marks,
footnote marks glued to symbols, national technical regulations, bills named like laws, treaties by name, a second
proposer in one "Xét đề nghị" clause. Lines are real lines of the gold fixtures (tests/fixtures/loaders/gold/l_*).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cancu.loaders import extract, tables
from cancu.loaders.citations import collect, find_mentions, reference_form
from cancu.loaders.classify import body_range, classify
from cancu.loaders.issuer import issuer_from_block
from cancu.loaders.site_metadata import SiteMetadata, is_section_heading, site_metadata
from cancu.loaders.tasks.outline import marker
from cancu.loaders.text import MappedText

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "loaders" / "gold"
RENDERINGS = json.loads((ROOT / "loaders" / "data" / "renderings.json").read_text("utf-8"))["site_metadata"]
NAMED = json.loads((ROOT / "loaders" / "data" / "named_documents.json").read_text("utf-8"))


def cites(line: str):
    ref = reference_form(MappedText.from_source(line))
    return [(c.symbol or c.title, c.date) for c in collect(ref, find_mentions(ref))]


# --- a page's front matter and metadata table -------------------------------------------------------------------

PAGE = """---
layout: vanban
sokyhieu: 1074/QĐ-BXD
ngaybanhanh: 2026-06-29
loaivanban: Quyết định
---

# QUYẾT ĐỊNH

## THÔNG TIN VĂN BẢN

| Trường | Giá trị |
|--------|---------|
| Số ký hiệu | 1074/QĐ-BXD |
| Ngày ban hành | 29/06/2026 |
| Cơ quan ban hành | Bộ Xây dựng |
| Loại văn bản | Quyết định |

## VĂN BẢN
"""


def test_site_metadata_reads_front_matter_and_table():
    site = site_metadata(PAGE)
    m = site.table
    assert (m.kind, m.symbol, m.date, m.issuer) == ("Quyết định", "1074/QĐ-BXD", "2026-06-29", "Bộ Xây dựng")
    assert PAGE[site.end:].lstrip().startswith("## VĂN BẢN")  # the document starts after the table
    assert site.block is None
    assert site_metadata("BỘ XÂY DỰNG\nSố: 1074/QĐ-BXD") == SiteMetadata(None, None)


def test_site_metadata_doctests():
    import doctest

    from cancu.loaders import site_metadata as module

    assert doctest.testmod(module).failed == 0


# set bx ix_7c249a43: a catalogue's YAML front matter over an e-signed party notice whose "Số" line and day are blank
CATALOGUED = ('---\nstt: 565\nthe_loai: "THÔNG BÁO"\nso_hieu: "17-TB/ĐU"\nngay_ban_hanh: "ngày 30/9/2025"\n---\n\n'
              '# Thông báo kết luận\n\n### 3. Toàn văn văn bản số hoá\n\n```text\nĐẢNG BỘ TỈNH KHÁNH HOÀ\n'
              'ĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố {code}\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày tháng 10 năm 2025\n'
              'THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG UỶ\nvề một số nhiệm vụ trọng tâm\n'
              '1. Các chi bộ trực thuộc tổ chức quán triệt kết luận.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n```\n')


def _extract_md(text: str):
    from cancu.loaders import extract_text
    from cancu.loaders.read import read_bytes

    return extract_text(read_bytes(text.encode(), "markdown", source="page.md"))


def test_a_catalogues_front_matter_fills_a_blank_number_of_its_code():
    m = site_metadata(CATALOGUED).table
    assert (m.kind, m.symbol, m.date) == ("Thông báo", "17-TB/ĐU", "2025-09-30")
    d = _extract_md(CATALOGUED.format(code="-TB/ĐU")).to_dict()["doc"]
    # the blank number is the catalogue's (README: the collector took it); the blank day stays blank
    assert (d["kind"], d["symbol"], d["number_blank"], d["date"], d["issuer"]) == \
        ("Thông báo", "17-TB/ĐU", False, None, "Đảng ủy xã Công Hải")
    d = _extract_md(CATALOGUED.format(code="-KL/ĐU")).to_dict()["doc"]
    assert (d["symbol"], d["number_blank"]) == (None, True)  # another code: another document's number
    d = _extract_md(CATALOGUED.format(code="18-TB/ĐU")).to_dict()["doc"]
    assert d["symbol"] == "18-TB/ĐU"  # the header's own number wins


def test_a_party_letters_code_names_its_kind_without_a_vv_line():
    # set bx ix_3407cf87's own text: "Số -CV/ĐU" (blank number) over a trích yếu without "V/v", then "Kính gửi:"
    text = ("ĐẢNG BỘ TỈNH KHÁNH HOÀ\nĐẢNG UỶ XÃ CÔNG HẢI\n*\nSố -CV/ĐU\nTập trung chỉ đạo triển khai\n"
            "công tác ứng phó tình hình bão, lũ\nĐẢNG CỘNG SẢN VIỆT NAM\nCông Hải, ngày tháng 11 năm 2025\n"
            "Kính gửi: - Đảng uỷ Uỷ ban nhân dân xã,\n- Các chi, Đảng bộ trực thuộc.\n"
            "1. Giao Đảng uỷ UBND xã kiểm tra, rà soát các khu vực nguy hiểm.\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n")
    from cancu.loaders import extract_text
    from cancu.loaders.read import read_bytes

    d = extract_text(read_bytes(text.encode(), "text", source="cv.txt")).to_dict()["doc"]
    assert (d["kind"], d["symbol"], d["number_blank"]) == ("Công văn", None, True)


def test_snake_case_front_matter_keys_of_repositories():
    # a repository's Markdown rendering of Nghị định 293/2025/NĐ-CP; a Q&A page whose fields state no document
    page = '---\nso_hieu: "293/2025/NĐ-CP"\nloai_van_ban: "Nghị định"\nngay_ban_hanh: "2025-11-10"\n---\n'
    m = site_metadata(page).table
    assert (m.kind, m.symbol, m.date) == ("Nghị định", "293/2025/NĐ-CP", "2025-11-10")
    page = ('---\nso_hieu: "Hỏi đáp C07"\nloai_van_ban: "Hỏi đáp nghiệp vụ"\nco_quan_ban_hanh: "Cục Cảnh sát Phòng '
            'cháy chữa cháy và Cứu nạn cứu hộ (C07) - Bộ Công an"\nngay_ban_hanh: "KHÔNG XÁC ĐỊNH"\n---\n')
    m = site_metadata(page).table
    assert (m.kind, m.symbol, m.date) == (None, None, None)
    assert m.issuer.startswith("Cục Cảnh sát Phòng cháy")


def test_site_metadata_table_examples():
    spec = RENDERINGS
    labels = {lab for labs in spec["table_labels"].values() for lab in labs}
    for row in spec["examples"]["table_rows"]:
        assert row.split("|")[1].strip(" *") in labels, row
    keys = {k for ks in spec["front_matter_keys"].values() for k in ks}
    for line in spec["examples"]["front_matter"]:
        assert line.split(":")[0] in keys, line
    for line in spec["examples"]["section_headings"]:
        assert is_section_heading(line), line
    assert not is_section_heading("**BỘ XÂY DỰNG**")


@pytest.mark.parametrize("name", ["l_636fbdf2", "c_3f8b98fe"])  # a page's table; a legal site's block (a rendering)
def test_the_pipeline_reads_a_pages_site_metadata_once(monkeypatch, name):
    from cancu.loaders import classify, pipeline, rendering
    from cancu.loaders import site_metadata as module

    calls = []

    def counted(text):
        calls.append(1)
        return module.site_metadata(text)

    for m in (classify, pipeline, rendering):
        monkeypatch.setattr(m, "site_metadata", counted)
    assert extract(GOLD / f"{name}.md").is_document
    assert len(calls) == 1


@pytest.mark.parametrize("name, doc", [
    # no header of its own: identity from the table (l_636fbdf2: its basis is the site's "- Căn cứ …" list)
    ("l_636fbdf2", ("Nghị quyết", "07/2026/UBTVQH16", "2026-06-26", "Ủy ban Thường vụ Quốc hội", None)),
    ("l_ecd6ada6", ("Nghị quyết", "159/NQ-CP", "2026-06-20", "Chính phủ", None)),
    # its own header in bold lines under "## VĂN BẢN": "Số: 1074/QĐ-BXD — Hà Nội, ngày 29 tháng 6 năm 2026"
    ("l_e95ee649", ("Quyết định", "1074/QĐ-BXD", "2026-06-29", "Bộ Xây dựng", "Hà Nội")),
    # the header wins over the site's wrong "Cơ quan ban hành | Quốc hội" and "14/2026/NQ-CP"
    ("l_e2b21a09", ("Nghị quyết", "14/NQ-CP", "2026-01-16", "Chính phủ", "Hà Nội")),
])
def test_a_page_with_site_metadata(name, doc):
    x = extract(GOLD / f"{name}.md").to_dict()
    d = x["doc"]
    assert (d["kind"], d["symbol"], d["date"], d["issuer"], d["place"]) == doc
    assert doc[1] not in {c["symbol"] for c in x["citations"]}  # the page's own table is no citation


def test_the_site_list_of_grounds_is_the_basis_of_a_page_without_header():
    x = extract(GOLD / "l_636fbdf2.md").to_dict()
    got = {(b["relation"], b["symbol"] or b["title"]) for b in x["basis"]}
    assert {("can_cu", "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"), ("can_cu", "57/2014/QH13"),
            ("can_cu", "64/2025/QH15")} <= got
    # "Bổ sung dự án Luật An ninh dữ liệu …", "dự án Luật Đất đai (sửa đổi)": bills, and their table rows too
    assert not {c["title"] for c in x["citations"]} & {"Luật An ninh dữ liệu", "Luật Đất đai", "Luật Quản lý nợ công"}


def test_a_site_section_heading_is_no_type_line():
    for k in tables.kinds():
        for ex in k.get("not_type_line_examples", []):
            word = ex.strip(" #*").casefold()
            assert word in {w.casefold() for w in k["not_type_line"]}
            assert word not in {w.casefold() for w in tables.type_line_words()}


# --- OCR'd letters whose motto lost its marks ----------------------------------------------------------------------

LETTER = """BO TÀI CHÍNH CONG HOA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TONG CỤC THU. cue THUẾ: TỈNH HÒA BÌNH Độc lập - Tự do - Hanh phúc

Số: §Ø0 /TCT-TTr
V/v tăng cường công tac
thanh tra, kiêm tra thui

Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.

Thực hiện Nghị quyêt số 01/NQ-CP ngày 07/01/2016 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu.
"""


def test_a_letter_under_a_motto_without_marks_is_a_document():
    # l_cfaad6c6 (Tổng cục Thuế, 2016): "CONG HOA XÃ HỘI" and "Kính gửi:" over an OCR'd text
    start, end = body_range(LETTER)
    assert start == 0 and classify(LETTER, start, end) is None
    # the bare motto alone is not enough: a page that lost every mark reads no better as a document (o023)
    page = LETTER.replace("Kính gửi: Cục Thuế các tỉnh, thành phố trực thuộc Trung ương.\n", "")
    assert classify(page, *body_range(page)) is not None


def test_a_form_under_the_motto_is_no_letter():
    # a form's "Kính gửi: …………(1)…………" under the motto (crawl 8fae9b40, "TỜ KHAI / Đề nghị cấp Giấy chứng sinh";
    # office o050, "Phiếu đề nghị"): the letter rule is for an OCR'd motto over a real addressee only
    form = ("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n**Độc lập - Tự do - Hạnh phúc**\n\n**TỜ KHAI**\n\n"
            "**Đề nghị cấp Giấy chứng sinh**\n\nKính gửi: …………………………(1) …………….……………….\n")
    assert classify(form, *body_range(form)) is not None
    bare = form.replace("CỘNG HÒA XÃ HỘI", "CONG HOA XÃ HOI")
    assert classify(bare, *body_range(bare)) is not None
    assert not extract(GOLD / "o050.docx").to_dict()["is_document"]


def test_an_ocr_recipient_list_ends_the_tasks():
    x = extract(GOLD / "l_cfaad6c6.md").to_dict()
    assert x["is_document"]
    assert not any(t["text"].startswith("Các Vụ: DNL") for t in x["tasks"])  # "Noi nhận:" … "- Các Vụ: DNL, CC …"


def test_items_numbered_with_a_slash():
    assert marker("1/ Các Cục Thuế rà soát lại kế hoạch thanh tra")[:2] == ("num1", "1")
    assert marker("6/2019")[0] is None  # a month, not an item


# --- symbols ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # l_58ea45b2: one circular written with Đ and, a line later, as OCR read it without
    ("Khoản 2 Điều 19 Thông tư số 20/2015/TT-BKHĐT ngày 01/12/2015 của Bộ Kế hoạch Dau tư và mẫu kê khai theo Phụ "
     "lục II-I1 ban hành kèm theo Thông tư số 20/2015/TT-BKHDT.", [("20/2015/TT-BKHĐT", "2015-12-01")]),
    # l_9e6c70ca: footnote marks glued to the symbols, which the footnotes write without them
    ("số 105/2025/NĐ-CP2, cơ quan đăng kiểm thực hiện việc kiểm tra. 2 Nghị định số 105/2025/NĐ-CP ngày 15/5/2025",
     [("105/2025/NĐ-CP", "2025-05-15")]),
    ("hiện tại Quy chuẩn QCVN 122:2024/BGTVT3, Thông tư số\n47/2024/TT-BGTVT4 của Bộ Xây dựng … 3 QCVN122:2024/BGTVT "
     "quy chuẩn kỹ thuật quốc gia; Thông tư số 47/2024/TT-BGTVT ngày 15/11/2024",
     [("QCVN122:2024/BGTVT", None), ("47/2024/TT-BGTVT", "2024-11-15")]),
    # a code that ends in digits everywhere keeps them
    ("Báo cáo số 386/BC-UBPLTP16 ngày 25/6/2026 của Thường trực Ủy ban Pháp luật và Tư pháp",
     [("386/BC-UBPLTP16", "2026-06-25")]),
    # l_35e4e5f8: "Ngày" with a capital after the symbol
    ("Căn cứ Thông tri số 04/TT-MTTW-BTT Ngày 04/11/2025 của Uỷ ban MTTQ Việt Nam về Hướng dẫn",
     [("04/TT-MTTW-BTT", "2025-11-04")]),
    # crawl c_e2ec17d7: with its comma it opens the next sentence, whose date is the meeting's
    ("THỰC HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW\nNgày 28 tháng 11 năm 2025, tại\nTrụ sở Chính phủ, Phó Thủ tướng đã chủ trì",
     [("66-NQ/TW", None)]),
])
def test_symbols_as_written(text, expected):
    assert cites(text) == expected


def test_numbered_standards_table():
    t = NAMED["numbered_standards"]
    for ex, sym in zip(t["examples"], t["symbols"], strict=True):
        assert sym in [s for s, _d in cites(ex)], ex
    for ex in t["not_examples"]:
        assert cites(ex) == []


# --- bills are no citations -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # l_636fbdf2: a bill to replace a law, with and without "dự án" before it
    ("2. Bổ sung dự án Luật Đất đai (sửa đổi) vào Chương trình lập pháp năm 2026.\n| 2 | Luật Đất đai (sửa đổi) | "
     "Chính phủ |", []),
    ("1. Bổ sung dự án Luật An ninh dữ liệu vào Chương trình lập pháp năm 2026.\n| 1 | Luật An ninh dữ liệu | "
     "Chính phủ |", []),
    # l_41948a0a: without a draft word "(sửa đổi)" names the law as amended, in force
    ("những điểm mới của Hiến pháp năm 2013 sau sửa đổi, bổ sung và Luật tổ chức chính quyền địa phương (sửa đổi); "
     "Luật sửa đổi", [("Hiến pháp", None), ("Luật tổ chức chính quyền địa phương", None)]),
    # crawl c_b3b9e6ad: the ordinance a bill amends is cited
    ("Nghị quyết 377/NQ-CP năm 2025 về dự án Pháp lệnh Cảnh sát môi trường sửa đổi do Chính phủ ban hành",
     [("377/NQ-CP", None), ("Pháp lệnh Cảnh sát môi trường", None)]),
])
def test_bills_named_like_laws(text, expected):
    assert cites(text) == expected


# --- proposals ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    # "Về đề nghị của Bộ Tài nguyên và Môi trường tại tại Tờ trình số 87/TTr-BTNMT ngày 26 tháng 11 năm 2021 về việc
    # phê duyệt Đề án …, Phó Thủ tướng Chính phủ Lê Văn Thành có ý kiến như sau:" (a Văn phòng Chính phủ letter)
    ("l_05965ba2", [("87/TTr-BTNMT", "Bộ Tài nguyên và Môi trường")]),
    # "Xét đề nghị của Thường trực Hội đồng nhân dân thành phố Đà Nẵng tại Tờ trình số 10/TTr-HĐND … và đề nghị của
    # Bộ trưởng Bộ Nội vụ tại Tờ trình số 252/TTr-BNV …": a second proposer in one clause
    ("l_186d3118", [("10/TTr-HĐND", "Thường trực Hội đồng nhân dân thành phố Đà Nẵng"),
                    ("252/TTr-BNV", "Bộ trưởng Bộ Nội vụ")]),
    # "Về đề nghị của Ủy ban nhân dân tỉnh Quảng Nam tại văn bản số 1094/TTr-UBND …, Bộ Nông nghiệp và Phát triển
    # nông thôn tại văn bản số 729/BNN-TCLN …, ý kiến của Bộ Tài chính tại văn bản số 15988/BTC-PC …": the opinions
    # after the proposals are citations only
    ("l_57b0dec2", [("1094/TTr-UBND", "Ủy ban nhân dân tỉnh Quảng Nam"),
                    ("729/BNN-TCLN", "Bộ Nông nghiệp và Phát triển nông thôn")]),
])
def test_proposals(name, expected):
    x = extract(GOLD / f"{name}.txt").to_dict()
    assert [(b["symbol"], b["proposer"]) for b in x["basis"] if b["relation"] == "theo_de_nghi"] == expected


# --- a party letter of the People's Committee's party committee ---------------------------------------------------

def test_the_party_committee_of_a_peoples_committee():
    # l_a78bb8c6: "ĐẢNG BỘ TỈNH LÀO CAI / ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH", "Số 2449 -CV/ĐU", "về việc triển khai …"
    assert issuer_from_block(["ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"]) == \
        "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai"
    d = extract(GOLD / "l_a78bb8c6.txt").to_dict()["doc"]
    assert (d["kind"], d["symbol"], d["issuer"]) == ("Công văn", "2449-CV/ĐU", "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai")


def test_a_communes_committee_under_the_provinces_party_unit_is_named_with_its_own_place():
    # set bx ix_7c249a43: "ĐẢNG BỘ TỈNH KHÁNH HOÀ / ĐẢNG UỶ XÃ CÔNG HẢI / *", signed "T/M BAN THƯỜNG VỤ" (its capacity)
    block = ["ĐẢNG BỘ TỈNH KHÁNH HOÀ", "ĐẢNG UỶ XÃ CÔNG HẢI", "*"]
    assert issuer_from_block(block, signing_body="BAN THƯỜNG VỤ") == "Đảng ủy xã Công Hải"
    # a body that names no place of its own still takes the Đảng bộ's ("Đảng ủy Ủy ban nhân dân tỉnh Lào Cai", above)
    assert issuer_from_block(["ĐẢNG BỘ TỈNH LÀO CAI", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"],
                             signing_body="BAN THƯỜNG VỤ") == "Đảng ủy Ủy ban nhân dân tỉnh Lào Cai"


def test_a_blank_date_line_names_its_place():
    # l_88c04d70, a draft notice: "Số: /TB-UBND" / "Hà Nội, ngày tháng năm"
    d = extract(GOLD / "l_88c04d70.txt").to_dict()["doc"]
    assert (d["symbol"], d["date"], d["place"]) == (None, None, "Hà Nội")


def test_the_motto_wrapped_in_its_column_is_not_the_issuers():
    # l_d7efaea7: "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP                          NAM" (the motto's last word)
    d = extract(GOLD / "l_d7efaea7.txt").to_dict()["doc"]
    assert d["issuer"].casefold() == "ban quản lý các khu công nghiệp tỉnh lào cai"


def test_tg_is_ttg():
    # l_245dc922: "phê duyệt tại Quyết định số 866/QĐ-Tg ngày 18/7/2023"
    assert cites("phê duyệt tại Quyết định số 866/QĐ-Tg ngày 18/7/2023 và") == [("866/QĐ-TTg", "2023-07-18")]


@pytest.mark.parametrize("name, expected", [
    # "V/v triển khai thực hiện Quyết định số 1074/QĐ-BXD ngày 29/6/2026 của Bộ Xây dựng …": the letter's title
    ("l_b94040ce", [("trien_khai", "1074/QĐ-BXD", "title")]),
    # "V/v triển khai thực hiện Nghị định số 178/2026/NĐ-CP …" when the opening already names it: no second entry
    ("l_a2fbe230", [("thuc_hien", "178/2026/NĐ-CP", "preamble"), ("thuc_hien", "8388/BTC-QLCS", "preamble")]),
])
def test_a_letters_summary_is_its_title(name, expected):
    x = extract(GOLD / f"{name}.txt").to_dict()
    assert [(b["relation"], b["symbol"], b["source"]) for b in x["basis"]] == expected


def test_an_amending_law_known_by_its_whole_title():
    # l_6bb7788a: "Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự số 118/2025/QH15"
    text = ("Căn cứ Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ số\n42/2024/QH15; Luật sửa đổi, "
            "bổ sung một số điều của 10 luật có liên quan đến\nan ninh, trật tự số 118/2025/QH15;")
    ref = reference_form(MappedText.from_source(text))
    got = {(c.symbol, c.title) for c in collect(ref, find_mentions(ref))}
    assert ("118/2025/QH15", "Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự") in got
    assert len(got) == 2


def test_a_date_without_ngay_before_the_issuer():
    # l_27017841 (OCR): "Nghị quyết sô. 01/2019/NQ-CP\n01/01/2019 của Chính phủ"
    assert cites("triên khai Nghị quyết sô. 01/2019/NQ-CP\n01/01/2019 của Chính phủ về những") == \
        [("01/2019/NQ-CP", "2019-01-01")]
    assert cites("theo Quyết định số 12/QĐ-UBND 01/01/2019 và") == [("12/QĐ-UBND", None)]  # no issuer: no date


def test_a_law_to_be_passed_is_no_citation():
    # crawl c_e097e3d8: "trong đó, sớm ban hành Luật Khoa học, công nghệ và đổi mới sáng tạo, Luật Năng lượng nguyên tử
    # (sửa đổi)"; "sớm sửa đổi Luật Doanh nghiệp" names a law in force
    assert cites("trong đó, sớm ban hành Luật Khoa học, công nghệ và đổi mới sáng tạo, Luật Năng lượng nguyên tử "
                 "(sửa đổi); sớm sửa đổi Luật Doanh nghiệp;") == [("Luật Doanh nghiệp", None)]


def test_a_list_of_directions_in_one_clause():
    # crawl c_ae5c8ba4: "Căn cứ chỉ đạo của Tổng Bí thư Tô Lâm, của Bộ Chính trị tại thông báo số 99-TB/TW ngày
    # 21/11/2025, của Ban Bí thư tại văn bản số 213-KL/TW ngày 21/11/2025, Nghị quyết 380/NQ-CP ngày 25/11/2025 …"
    x = extract(GOLD / "c_ae5c8ba4.md").to_dict()
    assert [(b["relation"], b["symbol"]) for b in x["basis"]] == [
        ("can_cu", "99-TB/TW"), ("can_cu", "213-KL/TW"), ("can_cu", "380/NQ-CP")]


def test_grounds_of_an_ocrd_reply():
    # l_58ea45b2: "-.Căn cứ Khoản 2 Điều 33 Nghị định số 78/2015/NĐ-CP …" is a ground; "Căn cứ các quy định trên,
    # trường hợp doanh nghiệp … theo Luật doanh nghiệp …" concludes from them and names no ground of its own
    x = extract(GOLD / "l_58ea45b2.md").to_dict()
    assert [(b["relation"], b["symbol"] or b["title"]) for b in x["basis"]] == [
        ("can_cu", "78/2015/NĐ-CP"), ("can_cu", "20/2015/TT-BKHĐT"), ("can_cu", "95/2016/TT-BTC")]


def test_a_header_without_a_kind_takes_the_kind_of_the_sites_block_naming_the_same_symbol():
    # set l m_1e51d31c (Công văn 5155/SGDĐT-GDTXNNĐH of Sở GD&ĐT TP Hồ Chí Minh on a thuvienphapluat page): its summary
    # line "*Về hướng dẫn đánh giá, …*" has no "V/v"; the block above it ("**Số hiệu:**" / "|" / "5155/SGDĐT-GDTXNNĐH",
    # "**Loại văn bản:**" / "|" / "Công văn") names the same symbol
    d = extract(GOLD / "m_1e51d31c.md").doc
    assert (d.kind, d.symbol, d.date) == ("Công văn", "5155/SGDĐT-GDTXNNĐH", "2025-11-28")
