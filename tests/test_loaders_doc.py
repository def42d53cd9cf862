"""Word 97-2003 ``.doc`` files (issue 12): read through LibreOffice's DOCX conversion, or refused by name.

The two documents are the office corpus's real ``.doc`` files, byte copies kept with their
hand-checked gold (``fixtures/loaders/gold/o034.doc``, ``o035.doc``): a Chỉ thị whose header is
laid out with tabs and whose list numbers are typed, and a draft Kế hoạch with a header layout
table, Word list numbering and a timetable table. Reading them needs LibreOffice, which
``scripts/bootstrap.py`` and ``.ci/run`` install; a machine without it fails these tests rather
than skipping them, as the OCR tests do for Tesseract.
"""

from __future__ import annotations

import json
import os
import stat
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cancu.cli import app, main
from cancu.errors import LegacyWordError, UnsupportedFormatError
from cancu.graph import open_store
from cancu.graph.ingest import ingest_paths
from cancu.loaders import extract
from cancu.loaders.blocks import Table
from cancu.loaders.read import read, read_bytes, sniff

GOLD = Path(__file__).parent / "fixtures" / "loaders" / "gold"
O034 = GOLD / "o034.doc"
O035 = GOLD / "o035.doc"
GOOD_TEXT = Path(__file__).resolve().parents[1] / "examples" / "corpus" / "000_b4f8ce09866c4c17.txt"


def _quads(store) -> int:
    return store.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]


# --- reading ---------------------------------------------------------------------------------

def test_doc_is_read_with_its_vietnamese_text_and_structure():
    st = read(O035)
    assert st.format == "doc" and st.layout is not None and st.layout.format == "doc"
    assert unicodedata.is_normalized("NFC", st.text)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in st.text and "Độc lập - Tự do - Hạnh phúc" in st.text
    # the header is a Word layout table whose left cell holds the body and the blank number
    first = st.layout.blocks[0]
    assert isinstance(first, Table)
    left = first.rows[0][0].text
    assert "UBND TỈNH PHÚ THỌ" in left and "/KH-STTTT" in left
    # "1." of "1. Cài đặt hệ thống phần mềm" is Word list numbering, not typed text
    assert "\n1. Cài đặt hệ thống phần mềm\n" in st.text
    # the timetable is a table too, with its cells
    assert any(c.text == "Phòng Viễn thông" and st.text[c.start:c.end] == c.text
               for t in st.layout.tables() for row in t.rows for c in row)


def test_doc_identity_citations_and_tasks():
    ex = extract(O034).to_dict()
    assert ex["format"] == "doc"
    d = ex["doc"]
    assert (d["kind"], d["symbol"], d["date"], d["place"]) == ("Chỉ thị", "09/2009/CT-UBND", "2009-04-15",
                                                               "Thủ Dầu Một")
    assert d["issuer"] == "UBND tỉnh Bình Dương"  # a header laid out with tabs
    assert ex["basis"] == []  # a Chỉ thị without Căn cứ
    assert [(c["kind"], c["symbol"], c["date"]) for c in ex["citations"]] == [
        ("Thông tư liên tịch", "05/2008/TTLT-BKHCN-BNV", "2008-06-18")]
    texts = [t["text"] for t in ex["tasks"]]
    assert any(t.startswith("Tăng cường biên chế chuyên trách quản lý khoa học và công nghệ") for t in texts)

    ex = extract(O035).to_dict()
    d = ex["doc"]
    assert (d["kind"], d["symbol"], d["number_blank"], d["date"], d["place"]) == ("Kế hoạch", None, True, None,
                                                                                  "Phú Thọ")
    assert d["issuer"].startswith("Sở Thông tin và") and d["issuer"].endswith("tỉnh Phú Thọ")
    rows = {(t["section"], t["text"]): t for t in ex["tasks"]}
    row = rows[("III.2", "Cử cán bộ văn thư, chuyên viên tham gia đào tạo sử dụng, khai thác phần mềm.")]
    assert row["lead"] == ["Văn phòng Sở"]
    assert any(t["lead"] == ["Công ty Cổ phần Công nghệ Tin học EFY Việt Nam"] for t in ex["tasks"])


def test_doc_spans_quote_the_text():
    ex = extract(O034)
    data = ex.to_dict()
    for c in data["citations"]:
        for a, b in c["spans"]:
            assert c["symbol"].split("/")[0] in ex.text[a:b]
    for t in data["tasks"]:
        a, b = t["span"]
        assert " ".join(t["text"].split()[:3]) in ex.text[a:b]


def test_sniffing_names_word_and_rtf_by_content():
    assert sniff(O034.read_bytes()) == "doc"
    assert sniff(b"  {\\rtf1\\ansi hello}") == "doc"
    # a .doc file given as plain text is still read as Word
    assert read_bytes(O034.read_bytes(), "text", source="x.txt").format == "doc"


def test_rtf_saved_as_doc_is_read(tmp_path):
    rtf = (r"{\rtf1\ansi\ansicpg1252\uc1{\fonttbl{\f0 Times New Roman;}}\f0 "
           r"\u7910?Y BAN NH\u194?N D\u194?N\par K\u7870? HO\u7840?CH\par}")
    p = tmp_path / "ke-hoach.doc"
    p.write_text(rtf, encoding="ascii")
    st = read(p)
    assert st.format == "doc"
    assert "ỦY BAN NHÂN DÂN" in st.text and "KẾ HOẠCH" in st.text


def test_docx_saved_under_a_doc_name_is_read_as_docx(tmp_path):
    p = tmp_path / "quyet-dinh.doc"
    p.write_bytes((GOLD / "o012.docx").read_bytes())
    assert read(p).format == "docx"


# --- refused by name ---------------------------------------------------------------------------

def _ole_with(tmp_path: Path, edit) -> Path:
    p = tmp_path / "edited.doc"
    p.write_bytes(edit(bytearray(O034.read_bytes())))
    return p


@pytest.mark.parametrize("name, data, message", [
    ("garbage.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8, "damaged"),
    ("truncated.doc", O034.read_bytes()[:3000], "damaged"),
    ("notword.doc", b"neither OLE nor RTF: not a Word file at all", "not a Word 97-2003 .doc"),
])
def test_unreadable_doc_is_refused_by_name(tmp_path, name, data, message):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(LegacyWordError, match=message) as info:
        read(p)
    assert isinstance(info.value, UnsupportedFormatError) and info.value.code == "legacy-word"
    assert info.value.source.endswith(name)


def test_password_protected_doc_is_refused_by_name(tmp_path):
    import olefile

    p = tmp_path / "locked.doc"
    p.write_bytes(O034.read_bytes())
    with olefile.OleFileIO(str(p), write_mode=True) as ole:
        stream = bytearray(ole.openstream("WordDocument").read())
        stream[0x0B] |= 0x01  # FIB flags: fEncrypted
        ole.write_stream("WordDocument", bytes(stream))
    with pytest.raises(LegacyWordError, match="password-protected"):
        read(p)


def test_ole_file_without_a_word_stream_is_refused_by_name(tmp_path):
    name = "WordDocument".encode("utf-16-le")

    def rename(b: bytearray) -> bytes:
        at = b.index(name)
        b[at:at + len(name)] = "WordDocumenX".encode("utf-16-le")
        return bytes(b)

    with pytest.raises(LegacyWordError, match="without a Word document"):
        read(_ole_with(tmp_path, rename))


def _fake_soffice(tmp_path: Path, body: str) -> str:
    exe = tmp_path / "fake-soffice"
    exe.write_text("#!/bin/sh\n" + body + "\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    return str(exe)


def test_missing_libreoffice_keeps_the_guidance(monkeypatch):
    monkeypatch.setenv("CANCU_SOFFICE", "no-such-soffice-here")
    with pytest.raises(LegacyWordError) as info:
        read(O034)
    msg = str(info.value)
    assert "LibreOffice" in msg and "libreoffice-writer-nogui" in msg
    assert "save it as .docx" in msg and "--convert-to docx" in msg


def test_a_failed_conversion_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("CANCU_SOFFICE", _fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2; "
                                                                  "exit 1"))
    with pytest.raises(LegacyWordError, match="could not convert it.*could not be loaded"):
        read(O034)


def test_a_hung_conversion_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setenv("CANCU_SOFFICE", _fake_soffice(tmp_path, f"echo $$ > {tmp_path}/pid; sleep 60 & wait"))
    monkeypatch.setenv("CANCU_DOC_TIMEOUT", "1")
    with pytest.raises(LegacyWordError, match="within 1 s"):
        read(O034)
    pid = int((tmp_path / "pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # the launcher (and its whole session) is gone


@pytest.mark.parametrize("value", ["0", "-5", "soon", "nan"])
def test_a_bad_conversion_time_limit_is_a_setting_error(monkeypatch, value):
    from cancu.errors import SettingError

    monkeypatch.setenv("CANCU_DOC_TIMEOUT", value)
    with pytest.raises(SettingError, match="CANCU_DOC_TIMEOUT must be a positive number"):
        read(O034)


# --- through the commands ------------------------------------------------------------------------

def test_cancu_extract_reads_a_doc():
    res = CliRunner().invoke(app, ["extract", str(O035), "--format", "json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["format"] == "doc" and data["doc"]["kind"] == "Kế hoạch" and data["tasks"]


def test_cancu_extract_names_a_damaged_doc(tmp_path, capsys):
    bad = tmp_path / "hong.doc"
    bad.write_bytes(O034.read_bytes()[:3000])
    assert main(["extract", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("cancu: error: ") and "hong.doc: a damaged Word 97-2003 .doc file" in err


def test_ingest_reads_doc_files_and_a_damaged_one_changes_nothing(tmp_path):
    store = open_store(tmp_path / "store")
    report = ingest_paths(store, [GOOD_TEXT, O034])
    assert len(report.added) == 2 and not report.failed
    before = _quads(store)
    bad = tmp_path / "hong.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    report = ingest_paths(store, [bad])
    assert list(report.failed) and "damaged" in next(iter(report.failed.values()))
    assert _quads(store) == before
    hits = store.select('SELECT ?d WHERE { GRAPH ?g { ?d cc:symbol "09/2009/CT-UBND" } }')
    assert hits


def test_upload_of_a_doc(tmp_path):
    pytest.importorskip("fastapi", reason="the api extra is not installed")
    from fastapi.testclient import TestClient

    from cancu.api.app import create_app
    from cancu.api.settings import Settings

    store = open_store(None, backend="memory")
    c = TestClient(create_app(Settings(token="secret", store=tmp_path / "store"), store=store))
    headers = {"Authorization": "Bearer secret"}
    bad = c.post("/api/v1/documents", files={"file": ("hong.doc", O034.read_bytes()[:3000])}, headers=headers)
    assert bad.status_code == 415 and "damaged" in bad.json()["detail"]
    assert _quads(store) == 0
    r = c.post("/api/v1/documents", files={"file": ("chi-thi-09.doc", O034.read_bytes())}, headers=headers)
    assert r.status_code == 201, r.text
    assert r.json()["summary"]["documents"][0]["symbol"] == "09/2009/CT-UBND"
