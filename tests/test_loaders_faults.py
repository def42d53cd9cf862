"""Ingestion survives hostile and broken inputs (issue 15, items 7–11 and 13).

Speed is measured as a ratio against a linear baseline, never against a wall
clock: the cost of the work on a hostile input divided by its cost on ordinary
text of the same length (seed 003, which it reads in linear time), at two sizes
four times apart. That quotient stays about the same for linear work and grows
about fourfold for quadratic work; the bound is 2. A hostile input that costs
under a twentieth of the ordinary text at the larger size passes as it is.
"""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
import tracemalloc
import unicodedata
import zipfile
from pathlib import Path

import pytest

from cancu.errors import FileTooLargeError, LegacyEncodingError, UnreadableFileError
from cancu.graph import open_store
from cancu.graph.ingest import ingest_paths, lineage_current
from cancu.loaders import extract_text, legacy, limits
from cancu.loaders.classify import body_range
from cancu.loaders.read import decode, read, read_bytes

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "corpus"
SEED = EXAMPLES / "003_7d26c286be1eb3a6.txt"
GOOD = EXAMPLES / "000_b4f8ce09866c4c17.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_HTML = "".join(f"<p>{line}</p>\n" for line in SEED_TEXT.splitlines() if line.strip())


def cost(fn, arg) -> float:
    """Best of five CPU times: process time ignores the time other processes on a shared
    machine take from this one, which made wall-clock ratios cross the bound (2.25 seen)."""
    best = float("inf")
    for _ in range(5):
        t = time.process_time()
        fn(arg)
        best = min(best, time.process_time() - t)
    return best


def ordinary(sample: str, length: int) -> str:
    return (sample * (length // len(sample) + 1))[:length]


GROWTH_BOUND = 2.5


def growth(fn, make, n: int, sample: str = SEED_TEXT) -> float:
    """How much more the hostile input costs, relative to ordinary text of its length, at
    4n than at n: ~1 for linear work, ~4 for quadratic (0 when it is cheap throughout).
    Tests bound it at 2.5, between the two (the quadratic inputs of issue 15 measured 10–20)."""
    rel = []
    for k in (n, 4 * n):
        hostile = make(k)
        rel.append(cost(fn, hostile) / cost(fn, ordinary(sample, len(hostile))))
    return 0.0 if rel[1] < 0.05 else rel[1] / rel[0]


def test_end_markers_take_linear_time_on_lines_of_bars():
    # '|\n' × 32k took 61 s (the '^\W*' end markers crossed every following line)
    assert growth(body_range, lambda n: "|\n" * n, 16000) < GROWTH_BOUND


def test_extraction_takes_linear_time_on_lines_of_bars():
    assert growth(lambda t: extract_text(read_bytes(t.encode(), "text", source="bars.txt")),
                  lambda n: "|\n" * n, 8000) < GROWTH_BOUND


def test_extraction_takes_linear_time_on_a_seed_with_many_separator_rows():
    # seed 003 + 16,000 '| --- |' rows took 251 s
    seed = SEED.read_text(encoding="utf-8")
    assert growth(lambda t: extract_text(read_bytes(t.encode(), "markdown", source="s.md")),
                  lambda n: seed + "| --- |\n" * n, 4000) < GROWTH_BOUND


@pytest.mark.parametrize("make", [
    lambda n: "<p>a</p>" + "<script>x" * n,            # script elements never closed
    lambda n: "<html><body>" + "<style>a{}" * n + "<p>text</p>",
    lambda n: "<p>" + "<" * n + "</p>",                 # '<' without '>'
    lambda n: "<p>a</p>" + " " * (8 * n) + "x",         # a long run of blanks
], ids=["unclosed-script", "unclosed-style", "open-brackets", "blanks"])
def test_html_text_takes_linear_time(make):
    # an unclosed <script> took 61 s at 400 KB (a lazy regular expression, before the lxml reader)
    assert growth(lambda t: read_bytes(t.encode("utf-8"), "html", source="page.html"), make, 5000,
                  SEED_HTML) < GROWTH_BOUND


def test_site_clutter_markers_still_find_their_examples():
    from cancu.loaders import tables

    data = tables.load("site_clutter")
    import re

    for kind in ("end_markers", "start_markers"):
        for ex in data["examples"][kind]:
            assert any(re.search(p, ex, re.M) for p in data[kind]), ex


# --- size and work limits ------------------------------------------------------------------

def zip_bomb(inflated: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b" " * (1 << 20)
            for _ in range(inflated // len(chunk)):
                f.write(chunk)
    return buf.getvalue()


def test_a_docx_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    bomb = zip_bomb(64 << 20)  # 64 MB of document.xml in ~64 KB
    assert len(bomb) < 200_000
    p = tmp_path / "bomb.docx"
    p.write_bytes(bomb)
    tracemalloc.start()
    try:
        with pytest.raises(FileTooLargeError) as err:
            read(p)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "word/document.xml" in str(err.value) and "bomb.docx" in str(err.value)
    assert peak < 8 << 20, peak  # nothing was inflated


def test_text_over_the_extraction_limit_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(("Căn cứ Luật " * (limits.MAX_TEXT_CHARS // 10)).encode("utf-8"))
    with pytest.raises(FileTooLargeError) as err:
        read(p)
    assert "extraction limit" in str(err.value) and "huge.txt" in str(err.value)


def test_a_fifo_and_a_device_are_refused_without_reading(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path, word in ((fifo, "FIFO"), (Path("/dev/zero"), "device")):
        box: dict = {}
        th = threading.Thread(target=lambda: box.update(err=_error_of(read, path)), daemon=True)
        th.start()
        th.join(10)
        assert not th.is_alive(), f"reading {path} blocked"
        assert isinstance(box["err"], UnreadableFileError) and word in str(box["err"])


def _error_of(fn, *a):
    try:
        fn(*a)
    except Exception as exc:  # noqa: BLE001 - the test looks at it
        return exc
    return None


# --- the batch goes on, the exit status tells ------------------------------------------------

def test_bad_files_fail_one_by_one_and_the_lineage_is_built(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "000.txt").write_bytes(GOOD.read_bytes())
    (folder / "003.txt").write_bytes(SEED.read_bytes())
    bad_name = os.path.join(os.fsencode(folder), b"b\xe1o-c\xe1o.txt")  # Latin-1 bytes, not UTF-8
    with open(bad_name, "wb") as f:
        f.write(GOOD.read_bytes())
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    store = open_store(None, backend="memory")
    box: dict = {}
    th = threading.Thread(target=lambda: box.update(report=ingest_paths(store, [folder, fifo, Path("/dev/zero")])),
                          daemon=True)
    th.start()
    th.join(120)
    assert not th.is_alive(), "the batch blocked"
    report = box["report"]
    assert len(report.added) == 2
    failed = report.failed
    assert len(failed) == 3, failed
    assert any("not valid UTF-8" in why and "\\xe1" in name for name, why in failed.items())
    assert any("FIFO" in why for why in failed.values()) and any("device" in why for why in failed.values())
    json.dumps(report.to_dict(), ensure_ascii=False).encode("utf-8")  # printable as is
    assert lineage_current(store)
    from cancu.graph import trace

    assert trace(store, "Xây dựng Trang thông tin điện tử phường")["basis"]["national"]


def test_cancu_ingest_exits_1_when_a_file_failed(tmp_path):
    from typer.testing import CliRunner

    from cancu.cli import app

    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary")
    store = str(tmp_path / "store")
    res = CliRunner().invoke(app, ["--store", store, "ingest", str(GOOD), str(bad)])
    assert res.exit_code == 1, res.output
    assert "binary" in res.output
    res = CliRunner().invoke(app, ["--store", str(tmp_path / "other"), "ingest", str(GOOD)])
    assert res.exit_code == 0, res.output


def test_a_kill_before_the_lineage_rebuild_converges_on_the_next_run(tmp_path):
    """kill -9 in the crash window (every file written, the closure not yet)."""
    path = tmp_path / "store"
    code = ("import os, signal\n"
            "from cancu.graph import open_store\n"
            "from cancu.graph.ingest import ingest_file\n"
            f"s = open_store({str(path)!r})\n"
            f"for f in ({str(GOOD)!r}, {str(SEED)!r}):\n"
            "    ingest_file(s, f, update_lineage=False)\n"
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    store = open_store(path)
    assert not lineage_current(store)
    report = ingest_paths(store, [GOOD, SEED])
    assert len(report.unchanged) == 2  # nothing changed on disk …
    assert lineage_current(store)      # … and still the closure was made
    pairs = store.select("SELECT (COUNT(*) AS ?n) WHERE { ?a cc:restsOn ?b }")  # the closure, canonical graph
    clean = open_store(None, backend="memory")
    ingest_paths(clean, [GOOD, SEED])
    want = clean.select("SELECT (COUNT(*) AS ?n) WHERE { ?a cc:restsOn ?b }")
    assert pairs[0]["n"] == want[0]["n"] > 5


# --- encodings named correctly ----------------------------------------------------------------

def to_cp1258(text: str) -> bytes:
    """Vietnamese text as Windows-1258 writes it: precomposed where the code page has the
    letter, else the letter without its tone followed by the combining tone mark."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        dec = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in dec if c in "\u0300\u0301\u0303\u0309\u0323")
        base = unicodedata.normalize("NFC", "".join(c for c in dec if c not in tones))
        out.append(base.encode("cp1258") + tones.encode("cp1258"))
    return b"".join(out)


SAMPLES = __import__("cancu.loaders.tables", fromlist=["load"]).load("legacy_encodings")["samples"]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s["encoding"] + ":" + s["unicode"][:12])
def test_legacy_samples_are_named_and_decode_to_their_reading(sample, tmp_path):
    raw = sample["examples"][0].encode("latin-1")
    convert = legacy.tcvn3_to_unicode if sample["encoding"].startswith("TCVN3") else legacy.vni_to_unicode
    assert unicodedata.normalize("NFC", convert(sample["examples"][0])) == sample["unicode"]
    p = tmp_path / "legacy.txt"
    p.write_bytes(raw)
    with pytest.raises(LegacyEncodingError) as err:
        read(p)
    assert err.value.encoding == sample["encoding"]


def test_windows_1258_is_named_and_read(tmp_path):
    text = SEED.read_text(encoding="utf-8")[:3000]
    p = tmp_path / "cp1258.txt"
    p.write_bytes(to_cp1258(text))
    st = read(p)
    assert st.encoding == "windows-1258"
    assert unicodedata.normalize("NFC", st.text) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize("codec", ["utf-32", "utf-32-le", "utf-32-be", "utf-16"])
def test_utf32_and_utf16_with_a_bom_are_read_as_such(codec):
    text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCăn cứ Luật Tổ chức chính quyền địa phương"
    data = text.encode(codec)
    if not codec.endswith(("32", "16")):  # explicit-endian codecs write no BOM
        data = ("\ufeff" + text).encode(codec)
    got, enc = decode(data)
    assert got.lstrip("\ufeff") == text and enc.startswith(codec[:6])


def test_real_vietnamese_and_plain_ascii_are_not_taken_for_legacy_text():
    assert legacy.name_mojibake(SEED.read_text(encoding="utf-8")) is None
    assert legacy.name_mojibake("Resolution 76/NQ-CP on the public administration reform programme") is None
    assert legacy.identify(b"plain ascii with a stray \xff byte") is None
