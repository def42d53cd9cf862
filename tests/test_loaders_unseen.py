"""A page reads the same however its file stores what no reader sees (``normalize.read_form``, folded in ``read``).

Real files differ in characters a reader of the page cannot tell apart: a text saved on Windows ends its lines with
CRLF, Word and web pages put non-breaking spaces between words (``&nbsp;``), a file typed with Unikey's "Unicode tổ
hợp" stores its letters decomposed, crawled pages write Ð (Latin Eth, 474 times in the crawl) for Đ, and copies carry
zero-width spaces and soft hyphens. Before the fold each of these made whole real documents read as no document at all
(the gold texts of 30 sets rewritten so: CRLF lost 194 task rows, non-breaking spaces 296, decomposed letters 200, Ð
202; DOCX renders with non-breaking spaces 22). The tests rewrite real gold files the same ways and ask for the very
same extraction.

A tone mark's placement on an open rime is seen ("Uỷ ban" / "Ủy ban", "Văn hoá" / "Văn hóa") but writes one word, both
placements current; the tables write the new one, and the readers read the text with its marks placed so
(``normalize.tone_form``, one character for one: the extract's offsets and text stay the file's). Before, the gold
texts rewritten in the old placement lost 28 header issuers ("UỶ BAN THƯỜNG VỤ QUỐC HỘI"), 9 leads and 2 rows.
"""

from __future__ import annotations

import json
import re
import unicodedata
import zipfile
from pathlib import Path

import pytest

from cancu.loaders import extract
from cancu.loaders.blocks import Table
from cancu.loaders.normalize import tone_form
from cancu.loaders.read import read

GOLD = Path(__file__).parent / "fixtures" / "loaders" / "gold"

#: How a file can store the same page (each as found in real files; see the module docstring).
STORED = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "nbsp": lambda t: re.sub(r"(?<=\w) (?=\w)", "\u00a0", t),
    "decomposed": lambda t: unicodedata.normalize("NFD", t),
    "eth": lambda t: t.replace("Đ", "\u00d0"),
    "zero_width": lambda t: t.replace(" của ", " của\u200b ").replace("nhiệm vụ", "nhi\u00adệm vụ"),
}


def _same(a: dict, b: dict) -> None:
    a, b = dict(a), dict(b)
    a.pop("source"), b.pop("source")
    assert a == b


#: Real gold texts each storing rewrite cost whole before the fold: dev 003 (Nha Trang's plan, 63 task rows: CRLF,
#: decomposed letters), c_1dbf5af7 (16 rows: non-breaking spaces), c_9e97eec6 (55 rows: Ð).
TEXTS = ["003_7d26c286be1eb3a6.txt", "c_1dbf5af7.md", "c_9e97eec6.md"]


@pytest.mark.parametrize("name", TEXTS)
@pytest.mark.parametrize("how", STORED)
def test_a_text_file_reads_the_same_however_it_stores_unseen_characters(how, name, tmp_path):
    src = GOLD / name
    text = src.read_text(encoding="utf-8")
    stored = STORED[how](text)
    assert stored != text
    p = tmp_path / src.name
    p.write_bytes(stored.encode("utf-8"))
    expected = extract(src).to_dict()
    assert expected["tasks"]
    _same(expected, extract(p).to_dict())


@pytest.mark.parametrize("how", ["nbsp", "decomposed", "eth"])
def test_a_word_file_reads_the_same_however_it_stores_unseen_characters(how, tmp_path):
    # x_kh552_dongthap: a Đồng Tháp plan built as a Word file (19 task rows in its tables); every run of text
    # rewritten in the file itself, so the structured reader meets the characters
    src = GOLD / "x_kh552_dongthap.docx"
    p = tmp_path / src.name
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = re.sub(r"(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)",
                              lambda m: m.group(1) + STORED[how](m.group(2)) + m.group(3),
                              data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)
    _same(extract(src).to_dict(), extract(p).to_dict())
    # the blocks still quote the folded text: every paragraph's offsets index its own words
    layout = read(p).layout
    for para in layout.paragraphs():
        assert layout.text[para.start:para.end] == para.text
    assert any(isinstance(b, Table) for b in layout.blocks)


def test_a_web_page_with_non_breaking_spaces_reads_as_typed_with_spaces(tmp_path):
    # a portal's page writes &nbsp; between words of its table cells (real lines of dev 003's plan)
    row = ("<tr><td>1</td><td>Rà soát,&nbsp;cập nhật quy hoạch</td><td>Phòng Quản lý&nbsp;đô thị</td>"
           "<td>Quý&nbsp;I/2023</td></tr>")
    page = ("<html><body><p>ỦY BAN NHÂN DÂN</p><p>THÀNH PHỐ NHA TRANG</p><p>Số: 298/KH-UBND</p>"
            "<p>Nha Trang, ngày 13 tháng 01 năm 2023</p><p>KẾ HOẠCH</p>"
            "<table><tr><td>TT</td><td>Nhiệm vụ</td><td>Cơ quan chủ trì</td><td>Thời gian</td></tr>"
            + row + "</table></body></html>")
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    a.write_text(page.replace("&nbsp;", " "), encoding="utf-8")
    b.write_text(page, encoding="utf-8")
    x, y = extract(a).to_dict(), extract(b).to_dict()
    assert [t["text"] for t in y["tasks"]] == [t["text"] for t in x["tasks"]] == ["Rà soát, cập nhật quy hoạch"]
    _same(x, y)


def _old_placed(t: str) -> str:
    """New tone placement → old on open rimes ("hòa" → "hoà", "Ủy" → "Uỷ", "khỏe" → "khoẻ"; "quý" stays)."""
    def swap(m: re.Match) -> str:
        first = unicodedata.normalize("NFD", m.group(1))
        return first[0] + unicodedata.normalize("NFC", m.group(2) + first[1:])
    return re.sub(r"(?<![qQ])([òóỏõọùúủũụÒÓỎÕỌÙÚỦŨỤ])([aeyAEY])(?!\w)", swap, t)


def test_old_placement_is_the_test_s_own_rewrite():
    assert _old_placed("ỦY BAN THƯỜNG VỤ QUỐC HỘI, Văn hóa, khỏe, thủy, quý, hoàn thành") == \
        "UỶ BAN THƯỜNG VỤ QUỐC HỘI, Văn hoá, khoẻ, thuỷ, quý, hoàn thành"


#: Real gold texts the old placement cost something: a_d6c52e9d (the standing committee's resolution: its issuer),
#: m_34617ead (a Công điện to "Ủy ban nhân dân các tỉnh: Khánh Hòa, …": four leads), m_cf7eb55a ("Bộ trưởng các Bộ: …,
#: Văn hóa, Thể thao và Du lịch, …": a lead), c_de87c62e ("đa dạng hóa": a coordinating list), p_736b1c2c and
#: s_5af7ddd4 ("Tòa án nhân dân tối cao …", "Ủy ban Thường vụ Quốc hội": a row each).
PLACED = ["a_d6c52e9d.md", "m_34617ead.md", "m_cf7eb55a.md", "c_de87c62e.md", "p_736b1c2c.md", "s_5af7ddd4.md"]


@pytest.mark.parametrize("name", PLACED)
def test_a_text_typed_with_the_old_tone_placement_reads_as_the_new(name, tmp_path):
    src = GOLD / name
    text = src.read_text(encoding="utf-8")
    p = tmp_path / name
    p.write_text(_old_placed(text), encoding="utf-8")
    expected, got = extract(src).to_dict(), extract(p)
    assert got.text == _old_placed(text)  # the extract quotes the file as typed

    def placed(x: dict) -> str:  # names and texts compared in one placement; offsets as they are
        x = dict(x)
        x.pop("source")
        return tone_form(json.dumps(x, ensure_ascii=False, sort_keys=True)).text

    assert placed(expected) == placed(got.to_dict())


#: A letter's grounds in its body, each line opened by a dash: r_ee532ecd ("- Căn cứ Quyết định số 43/2018/QĐ-TTg …",
#: "- Căn cứ Nghị định số 72/2024/NĐ-CP …"), z_f905371d ("- Căn cứ Thông tư số 80/2021/TT-BTC ngày 29/9/2021 …").
DASHED = ["r_ee532ecd.md", "z_f905371d.md"]


@pytest.mark.parametrize("name", DASHED)
def test_a_list_dash_typed_as_an_en_dash_opens_a_ground_as_the_hyphen_does(name, tmp_path):
    # an office's Word AutoFormat turns "- " at a line's start into "– "; the grounds are the same
    src = GOLD / name
    text = src.read_text(encoding="utf-8")
    p = tmp_path / name
    p.write_text(re.sub(r"(?m)^(\s*)- ", "\\1– ", text), encoding="utf-8")
    expected = [(b["relation"], b["symbol"]) for b in extract(src).to_dict()["basis"]]
    assert sum(1 for rel, _ in expected if rel == "can_cu") >= 1
    assert [(b["relation"], b["symbol"]) for b in extract(p).to_dict()["basis"]] == expected


def test_a_text_of_invisible_characters_alone_is_an_empty_file(tmp_path):
    # blanks stored as non-breaking and zero-width spaces and a soft hyphen: refused as a file of spaces is, by name
    from cancu.errors import UnreadableFileError

    p = tmp_path / "blank.txt"
    p.write_text("\u00a0\u200b\r\n\u00ad\ufeff\r\n", encoding="utf-8")
    with pytest.raises(UnreadableFileError, match="empty"):
        read(p)
