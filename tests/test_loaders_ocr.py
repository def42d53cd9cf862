"""Scanned (image-only) PDFs read by Tesseract OCR (loaders/formats/ocr.py).

The scans in tests/fixtures/loaders/scans/ were made from text-layer office PDFs by
make_scans.py (README there); the real scans of the gold are held out and not used.
Tests that run Tesseract need it installed: CI installs it (.ci/run) and fails them
without it; elsewhere they are skipped with that reason.
"""

from __future__ import annotations

import json
import os
import stat
import time
import unicodedata
from pathlib import Path

import pytest

from cancu.errors import NeedsOCRError, OcrLimitError, SettingError
from cancu.loaders.formats import ocr
from cancu.loaders.read import read

SCANS = Path(__file__).parent / "fixtures" / "loaders" / "scans"
OFFICE = Path(__file__).parent / "fixtures" / "loaders" / "office"
SCHEMA = Path(__file__).parent.parent / "loaders" / "schema" / "extract.schema.json"


def _has_tesseract() -> bool:
    ocr._probe.cache_clear()
    try:
        ocr.engine("vie")
        return True
    except NeedsOCRError:
        return False


@pytest.fixture
def tesseract():
    if not _has_tesseract():
        if os.environ.get("CI"):
            pytest.fail("CI installs tesseract-ocr and tesseract-ocr-vie (.ci/run); they are missing")
        pytest.skip("Tesseract with Vietnamese data is not installed here (apt-get install tesseract-ocr "
                    "tesseract-ocr-vie; scripts/bootstrap.py does it on Debian); CI runs these tests")


@pytest.fixture
def fake_tesseract(tmp_path, monkeypatch):
    """A ``tesseract`` on PATH that knows only English, or sleeps while 'reading' (no real engine needed)."""
    def install(langs: str = "eng\nvie", sleep: float = 0.0) -> None:
        exe = tmp_path / "bin" / "tesseract"
        exe.parent.mkdir(exist_ok=True)
        exe.write_text("#!/bin/sh\n"
                       'case "$1" in --version) echo "tesseract 9.9.9"; exit 0;; '
                       f'--list-langs) printf "List of available languages (2):\\n{langs}\\n"; exit 0;; esac\n'
                       f"cat > /dev/null; sleep {sleep}\n"
                       'printf "level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\t'
                       'left\\ttop\\twidth\\theight\\tconf\\ttext\\n"\n')
        exe.chmod(exe.stat().st_mode | stat.S_IEXEC)
        monkeypatch.setenv("PATH", f"{exe.parent}{os.pathsep}{os.environ.get('PATH', '')}")
        ocr._probe.cache_clear()
    yield install
    ocr._probe.cache_clear()


# --- reading scans (Tesseract) ---------------------------------------------------------------

def test_scanned_header_page_reads_as_a_pdf_with_ocr(tesseract):
    from cancu.loaders import extract

    st = read(SCANS / "o001_p1_scan.pdf")
    lay = st.layout
    assert st.format == "pdf" and lay.ocr is not None and lay.ocr.pages == [1]
    assert lay.ocr.engine.startswith("tesseract ") and 60 < lay.ocr.mean_confidence <= 100
    text = st.text
    assert unicodedata.is_normalized("NFC", text)
    # the two-column header: the left column (issuer) first, then the motto, as printed
    assert text.index("ỦY BAN NHÂN DÂN") < text.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") < text.index("Hạnh phúc")
    assert "Vũng Tàu" in text and "đạt chuẩn tiếp cận" in text  # diacritics kept
    # blocks quote the plain text at their offsets, as for any PDF
    assert all(text[p.start:p.end] == p.text for p in lay.paragraphs())
    ex = extract(SCANS / "o001_p1_scan.pdf")
    d = ex.to_dict()
    assert d["ocr"]["pages"] == [1] and d["ocr"]["engine"] == lay.ocr.engine
    assert d["is_document"] and d["doc"]["kind"] == "Kế hoạch"
    assert "tháng 03 năm 2025" in text
    jsonschema = pytest.importorskip("jsonschema", reason="the test extra is not installed")
    jsonschema.validate(d, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_scanned_table_gets_its_grid_from_the_image(tesseract):
    """pdfium sees no ruling lines in a scan: they are found in the image, and the table comes
    out with the text layer's grid (o042 page 2: 4 rows × 5 columns)."""
    text_layer = read(OFFICE / "o042_p2.pdf").layout
    scan = read(SCANS / "o042_p2_scan.pdf").layout
    [want] = list(text_layer.tables())
    [got] = list(scan.tables())
    assert (len(got.rows), got.n_cols) == (len(want.rows), want.n_cols) == (4, 5)
    cell = next(c for c in got.rows[1] if c.col == 1)
    assert cell.text == "Điều khoản"
    assert "rác thải công trình xây dựng" in next(c for c in got.rows[1] if c.col == 2).text
    assert all(scan.text[c.start:c.end] == c.text for row in got.rows for c in row)


def test_text_layer_pdf_is_not_ocr(tesseract):
    lay = read(OFFICE / "o001_p1.pdf").layout
    assert lay.ocr is None


# --- no engine, limits -------------------------------------------------------------------------

def test_scan_without_tesseract_says_what_to_install(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    ocr._probe.cache_clear()
    try:
        with pytest.raises(NeedsOCRError, match="tesseract-ocr-vie"):
            read(SCANS / "o001_p1_scan.pdf")
    finally:
        ocr._probe.cache_clear()


def test_scan_without_vietnamese_data_says_so(fake_tesseract):
    fake_tesseract(langs="eng\nosd")
    with pytest.raises(NeedsOCRError, match=r"no 'vie' language data.*tesseract-ocr-vie"):
        read(SCANS / "o001_p1_scan.pdf")


def test_blank_pdf_still_needs_ocr_with_no_image_to_read(tmp_path):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument.new()
    doc.new_page(595, 842)
    p = tmp_path / "blank.pdf"
    doc.save(str(p))
    with pytest.raises(NeedsOCRError, match="no page image"):
        read(p)


def test_scan_over_the_page_limit_is_refused_before_ocr(fake_tesseract, monkeypatch, tmp_path):
    import pypdfium2 as pdfium

    fake_tesseract(sleep=30)  # would run past the test's patience if it were called
    two = pdfium.PdfDocument.new()
    src = pdfium.PdfDocument(str(SCANS / "o001_p1_scan.pdf"))
    two.import_pages(src)
    two.import_pages(src)
    p = tmp_path / "two.pdf"
    two.save(str(p))
    monkeypatch.setenv("CANCU_OCR_MAX_PAGES", "1")
    t0 = time.monotonic()
    with pytest.raises(OcrLimitError, match="2 pages.*at most 1.*CANCU_OCR_MAX_PAGES"):
        read(p)
    assert time.monotonic() - t0 < 10


def test_ocr_stops_at_the_time_limit(fake_tesseract, monkeypatch):
    fake_tesseract(sleep=30)
    monkeypatch.setenv("CANCU_OCR_TIMEOUT", "1")
    t0 = time.monotonic()
    with pytest.raises(OcrLimitError, match="time limit of 1 s.*CANCU_OCR_TIMEOUT"):
        read(SCANS / "o001_p1_scan.pdf")
    assert time.monotonic() - t0 < 15


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_bad_ocr_settings_are_refused(value):
    with pytest.raises(SettingError, match="CANCU_OCR_MAX_PAGES"):
        ocr.OcrSettings.from_env({"CANCU_OCR_MAX_PAGES": value})


def test_ocr_settings_from_env():
    s = ocr.OcrSettings.from_env({"CANCU_OCR_MAX_PAGES": "5", "CANCU_OCR_TIMEOUT": "12.5"})
    assert (s.max_pages, s.timeout) == (5, 12.5)
    assert ocr.OcrSettings.from_env({}) == ocr.OcrSettings()


# --- ruling lines from pixels ----------------------------------------------------------------

def test_a_skewed_ruling_line_is_one_chain():
    """A 3 px line askew by 0.5° steps down a row every ~115 px: its runs chain into one line;
    a letter's bar (shorter than the minimum) does not."""
    w, h = 1200, 60
    img = bytearray(b"\x00" * (w * h))
    for x in range(50, 1150):
        y0 = 20 + int((x - 50) * 0.0087)
        for y in range(y0, y0 + 3):
            img[y * w + x] = 1
    for x in range(100, 140):  # a short bar
        img[50 * w + x] = 1
    rows = [bytes(img[y * w:(y + 1) * w]) for y in range(h)]
    chains = ocr._chains(rows, run_min=30, rule_min=90)
    assert len(chains) == 1
    c = chains[0]
    assert (c.x0, c.x1) == (50, 1150) and c.left[1] < c.right[1]


def test_speck_words_are_dropped():
    w = ocr._Word
    assert ocr._speck(w("—_.", 0, 0, 1, 1, 12.0, (1, 1, 1)))
    assert ocr._speck(w("Ề", 0, 0, 1, 1, 20.0, (1, 1, 1)))
    assert not ocr._speck(w("1", 0, 0, 1, 1, 20.0, (1, 1, 1)))  # a number read poorly is kept
    assert not ocr._speck(w("-", 0, 0, 1, 1, 90.0, (1, 1, 1)))  # a dash read well is text
    assert not ocr._speck(w("Điều", 0, 0, 1, 1, 35.0, (1, 1, 1)))


# --- uploads through the API -------------------------------------------------------------------

def _api_client(tmp_path, monkeypatch):
    pytest.importorskip("fastapi", reason="the api extra is not installed")
    from fastapi.testclient import TestClient

    from cancu.api.app import create_app
    from cancu.api.settings import Settings
    from cancu.graph import open_store

    store = open_store(None, backend="memory")
    return TestClient(create_app(Settings(token="secret", index="off"), store=store))


def _post(client, path: Path):
    return client.post("/api/v1/documents", files={"file": (path.name, path.read_bytes())},
                       headers={"Authorization": "Bearer secret"})


def test_uploaded_scan_past_the_time_limit_is_refused_and_the_server_answers_meanwhile(
        fake_tesseract, monkeypatch, tmp_path):
    import threading

    fake_tesseract(sleep=30)
    monkeypatch.setenv("CANCU_OCR_TIMEOUT", "3")
    client = _api_client(tmp_path, monkeypatch)
    before = client.get("/api/v1/health").json()["store"]["quads"]
    answer: dict = {}
    t = threading.Thread(target=lambda: answer.update(r=_post(client, SCANS / "o001_p1_scan.pdf")))
    t0 = time.monotonic()
    t.start()
    time.sleep(0.5)
    health = client.get("/api/v1/health")  # while the upload is being read
    assert health.status_code == 200 and t.is_alive()
    t.join(30)
    assert not t.is_alive() and time.monotonic() - t0 < 20
    r = answer["r"]
    assert r.status_code == 422 and r.json()["code"] == "ocr-limit", r.text
    assert client.get("/api/v1/health").json()["store"]["quads"] == before


def test_uploaded_scan_is_ingested(tesseract, tmp_path, monkeypatch):
    client = _api_client(tmp_path, monkeypatch)
    r = _post(client, SCANS / "o001_p1_scan.pdf")
    assert r.status_code == 201, r.text
    assert r.json()["summary"]["documents"][0]["kind"] == "Kế hoạch"


# --- repairs of misreadings (data/ocr_repairs.json) --------------------------------------------

def _table():
    from cancu.loaders import tables

    return tables.load("ocr_repairs")


def _entries(section):
    return [pytest.param(e, id=f"{section}-{k}") for k, e in enumerate(_table()[section])]


@pytest.mark.parametrize("entry", _entries("letters"))
def test_letter_repairs_give_what_was_meant(entry):
    import re

    for found, meant in zip(entry["examples"], entry["meant"], strict=True):
        assert re.sub(entry["pattern"], entry["replace"], found) == meant
        assert found.count(" ") == meant.count(" ")


@pytest.mark.parametrize("entry", _entries("phrases"))
def test_phrase_repairs_give_what_was_meant(entry):
    import re

    alts = "|".join(re.escape(v) for v in entry["variants"])
    pattern = re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.I)
    assert all(len(v) == len(entry["found"]) for v in entry["variants"])  # letters keep their boxes
    for found, meant in zip(entry["examples"], entry["meant"], strict=True):
        assert pattern.sub(lambda m: ocr._same_case(m.group(), entry["found"]), found) == meant


@pytest.mark.parametrize("entry", _entries("joins"))
def test_joins_give_what_was_meant(entry):
    import re

    left, right = re.compile(entry["left"]), re.compile(entry["right"])
    for found, meant in zip(entry["examples"], entry["meant"], strict=True):
        out: list[str] = []
        for w in found.split(" "):
            if out and left.search(out[-1]) and right.search(w):
                out[-1] += w
            else:
                out.append(w)
        assert " ".join(out) == meant


def test_repairs_keep_real_words_and_roman_numerals():
    # "I." is a section number, "Phó Chủ tịch" a title, "vân tay" a word: none is touched
    for line in ("I. MỤC ĐÍCH, YÊU CẦU", "Phó Chủ tịch UBND thành phố", "II. NỘI DUNG", "lấy vân tay",
                 "Độc lập - Tự do - Hạnh phúc", "Số: 447/KH-UBND"):
        assert ocr.repair_line(line) == line


def test_repaired_words_keep_their_boxes_and_joins_merge_them():
    w = ocr._Word
    words = [w("ngày", 0, 0, 40, 10, 95, (1, 1, 1)), w("l5", 50, 0, 70, 10, 80, (1, 1, 1)),
             w("12/", 80, 0, 100, 10, 90, (1, 1, 1)), w("12/2022", 104, 0, 160, 10, 92, (1, 1, 1)),
             w("KÉ", 0, 20, 30, 30, 90, (1, 1, 2)), w("HOẠCH", 35, 20, 90, 30, 90, (1, 1, 2))]
    got = ocr._repaired(words)
    assert [x.text for x in got] == ["ngày", "15", "12/12/2022", "KẾ", "HOẠCH"]
    assert (got[2].left, got[2].right, got[2].conf) == (80, 160, 90)
    assert got[1].left == 50 and got[3].line == (1, 1, 2)


def test_dust_read_as_marks_is_dropped_and_a_real_dash_kept():
    w = ocr._Word
    # o001 rasterised: margin dust read as "-" (3×3 px, conf 70) before a continuation line,
    # and a bullet's dash (15×4 px, conf 93), on lines about 75 px high
    assert ocr._speck(w("-", 0, 0, 3, 3, 70.0, (1, 1, 1)), line_height=75)
    assert not ocr._speck(w("-", 0, 0, 15, 4, 93.0, (1, 1, 1)), line_height=75)
    assert ocr._unglued("-hiện") == "hiện" and ocr._unglued("-_H.NỌI") == "H.NỌI"
    assert ocr._unglued("-Thông") == "-Thông" and ocr._unglued("-") == "-" and ocr._unglued("a-b") == "a-b"


def test_extract_table_says_the_text_came_from_ocr(tesseract):
    from typer.testing import CliRunner

    from cancu.cli import app

    out = CliRunner().invoke(app, ["extract", str(SCANS / "o001_p1_scan.pdf"), "--format", "table"]).output
    assert out.startswith("read by OCR (tesseract ") and "check names and numbers" in out
    assert "Kế hoạch" in out


# A scanner's OCR layer that lost every mark (first lines of the layers of gold o044 and o052, and of o023's 90
# pages) is read again by OCR; a layer in Vietnamese keeps its marks, and a short one (a stamp, a page number) is
# too short to judge.
def test_a_text_layer_without_vietnamese_marks_is_told_apart():
    o044 = ("B<) TAl NGUYEN vA MDI TRUONG S6:Aff6t IGP-BTNMT CONG HOA ~ HOI CHU NGHiA VI~T NAM DQc l,p - TV do - "
            "H~nh phuc Ha N9i, nJayA',t thdng -6 nam 2018 GIA Y PHEP KHAI THAC, SU DVNG NIT BO TRUONG BO TAl "
            "~GUYEN V Can cir Luat tai nguyen mroc so 17/2012/QHlB ngay 21 thang 6 nam 2012")
    o052 = ("BO GIAO Dl)C vA BAo T~O TRUONG D~I HQC TAYl>O CQNG HOA xA HQI CHU NGHiA VI¥1;' NAM DQcI,p - TV do - "
            "H,nh phuc S6: 5Gi/TB-DHTD Can ThO',ngay &0 thdng 5 nam 2025 THONGBAO v~vi~c djch van ban sang ti~ng "
            "Anh phuc V1} cong tac ki~m djn.h chit hrQ'ng")
    kept = ("BỘ GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG ĐẠI HỌC TÂY ĐÔ Số: 564 /TB-ĐHTĐ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
            "Độc lập - Tự do - Hạnh phúc Cần Thơ, ngày 30 tháng 5 năm 2025 THÔNG BÁO Về việc dịch văn bản sang "
            "tiếng Anh phục vụ công tác kiểm định chất lượng chương trình đào tạo theo bộ tiêu chuẩn AUN-QA")
    assert ocr.unmarked_layer(o044) and ocr.unmarked_layer(o052)
    assert not ocr.unmarked_layer(kept)
    assert not ocr.unmarked_layer("Thời gian ký: 03.01.2019 09:21:02 +07:00 Trang 2")
