"""Pages that reproduce a document without its header (portal renderings): documents, not originals.

The pages are crawl gold fixtures (tests/fixtures/loaders/gold/c_…, hand-checked); the table's
examples are real lines of them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from cancu.loaders import extract

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "fixtures" / "loaders" / "gold"
TABLE = json.loads((ROOT / "loaders" / "data" / "renderings.json").read_text("utf-8"))


@pytest.mark.parametrize("section", ["identity", "formulas"])
def test_rendering_patterns_find_their_examples(section):
    for entry in TABLE[section]:
        for ex in entry["examples"]:
            assert re.search(entry["pattern"], ex, re.M), (entry["name"], ex)


def test_elisions_ends_and_labels_find_their_examples():
    for key in ("elisions", "ends", "organs"):
        for ex in TABLE[key]["examples"]:
            assert re.search(TABLE[key]["pattern"], ex, re.M), (key, ex)
    for e in TABLE["metadata_labels"]:
        assert all(e["label"] in ex for ex in e["examples"])
    cues = TABLE["metadata_block_cues"]
    assert all(any(w in ex for ex in cues["examples"]) for w in cues["words"])


# the top of a legal site's page over a letter without its header (tests/fixtures/loaders/gold/c_3f8b98fe.md)
BLOCK = """**Số hiệu:**
|
6225/BVHTTDL-VP
|
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Bộ Văn hoá, Thể thao và du lịch
|
|
**Người ký:**
|
Nguyễn Văn Hùng
|
**Ngày ban hành:**
|
18/11/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
|
**Tình trạng:**
|
Đã biết
"""


def test_a_legal_sites_block_is_read_by_the_site_metadata_reader():
    from cancu.loaders.site_metadata import site_metadata

    site = site_metadata(BLOCK)
    b = site.block
    assert (b.kind, b.symbol, b.date, b.issuer) == ("Công văn", "6225/BVHTTDL-VP", "2025-11-18",
                                                    "Bộ Văn hoá, Thể thao và du lịch")
    assert site.table is None and site.end == b.end > 0


@pytest.mark.parametrize("name, doc, cited", [
    # a legal site's metadata block over a letter without its header
    ("c_3f8b98fe", ("Công văn", "6225/BVHTTDL-VP", "2025-11-18"), {"33/CT-TTg", "2359/BVHTTDL-VP", "316/NQ-CP"}),
    ("c_5fd8c39c", ("Công văn", "171/CV-BCĐ", "2025-11-21"), {"210-KL/TW", "72/2025/QH15", "9395/BNV-CCVC"}),
    # party conclusions: a portal's news rendering and two Q&A pages giving the whole text
    ("c_1dbf5af7", ("Kết luận", "157-KL/TW", "2025-05-25"), {"392-BC/BTCTW", "Hiến pháp", "Luật Công đoàn"}),
    ("c_63ec4599", ("Thông báo", "81-TB/TW", "2025-07-18"), {"973/TTr-BGDĐT"}),
    ("c_d62e6096", ("Kết luận", "212-KL/TW", "2025-11-18"), set()),
    # a portal page opening with the conclusion's words, named only by a caption after them (no date stated)
    ("c_a41c2b43", ("Kết luận", "127-KL/TW", None), {"121-KL/TW", "126-KL/TW", "8011-CV/BTCTW"}),
    # a Q&A page's "Toàn văn Công văn …" heading over a party letter's text
    ("c_ef38edfc", ("Công văn", "9671-CV/BTCTW", "2025-09-17"), {"9151-CV/BTCTW"}),
])
def test_a_rendering_is_a_document_but_not_an_original(name, doc, cited):
    x = extract(GOLD / f"{name}.md").to_dict()
    assert (x["is_document"], x["is_original"]) == (True, False)
    assert (x["doc"]["kind"], x["doc"]["symbol"], x["doc"]["date"]) == doc
    got = {c["symbol"] or c["title"] for c in x["citations"]}
    assert cited <= got
    assert doc[1] not in got  # the document itself is no citation
    if name in ("c_63ec4599", "c_d62e6096"):  # the site's other questions after the text are not the document's
        assert got == cited
    schema = json.loads((ROOT / "loaders" / "schema" / "extract.schema.json").read_text("utf-8"))
    assert list(Draft202012Validator(schema).iter_errors(x)) == []


def test_a_page_paraphrasing_a_conclusion_is_not_a_document():
    # c_0da7f737: "Toàn văn Kết luận 219-KL/TW" in its heading, but it paraphrases and quotes two items with "..."
    x = extract(GOLD / "c_0da7f737.md").to_dict()
    assert (x["is_document"], x["is_original"], x["citations"]) == (False, True, [])


def test_an_original_is_an_original():
    x = extract(GOLD / "c_230317c8.md").to_dict()
    assert (x["is_document"], x["is_original"]) == (True, True)


@pytest.mark.parametrize("name, symbol, date", [
    # pages that start at the title: the annex's note names the document ("(Kèm theo Nghị quyết số 394/NQ-CP …)")
    ("c_3d016211", "394/NQ-CP", "2025-12-03"),
    ("c_0fc2ff62", "1339/NQ-UBTVQH15", "2024-12-28"),
])
def test_a_document_without_its_header_is_named_by_its_annex(name, symbol, date):
    x = extract(GOLD / f"{name}.md").to_dict()
    assert (x["doc"]["symbol"], x["doc"]["date"]) == (symbol, date)
    assert symbol not in {c["symbol"] for c in x["citations"]}  # no longer a citation of itself
