"""The evaluator itself (``cancu eval``): strict on content, indifferent to rendering.

Each test builds a gold and a prediction that differ in one way and checks the
evaluator counts exactly that difference — a cut or glued text, a wrong row
number, an extra lead, a blank number reported as a symbol — and counts nothing
for rendering (markup, whitespace, bullets, dashes, tone placement, UBND).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cancu.cli import app
from cancu.loaders.eval_keys import DATA, name_key, name_pieces, number_key, symbol_key, text_key
from cancu.loaders.evaluate import evaluate, evaluate_dirs, format_report, header_fields, match
from cancu.loaders.evaluate_tasks import score_tasks

GOLD = Path(__file__).parent / "fixtures" / "loaders" / "gold"

# a real row: seed 000, I.2 (Nhiệm vụ cell, Sản phẩm cell, Phân công cell)
TEXT = ("Triển khai có hiệu quả các nhiệm vụ, giải pháp nâng cao Chỉ số năng lực cạnh tranh "
        "cấp tỉnh (PCI) tỉnh Khánh Hòa năm 2025")
PRODUCT = "- Kế hoạch triển khai chương trình hành động nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"


def _row(**kw):
    row = {"section": "I", "no": "2", "text": TEXT, "lead": ["Phòng Kinh tế, Hạ tầng và Đô thị phường"],
           "coordinating": [], "deadline_end": "2025-12-31", "recurring": False, "doc_index": 0}
    row.update(kw)
    return row


def _wrong_fields(s):
    return sorted(w["field"] for w in s["wrong"])


# --- task rows ---------------------------------------------------------------------------

def test_identical_row_is_exact():
    s = score_tasks([_row()], [_row()])
    assert (s["found"], s["exact"], s["counted_predicted"], s["wrong"]) == (1, 1, 1, [])


@pytest.mark.parametrize("rendered", [
    "- " + TEXT + ";",                                          # list marker, trailing ';'
    "2. " + TEXT,                                               # number marker
    TEXT.replace(" ", "\n", 5),                                 # wrapped lines
    "<p>" + TEXT.replace("(PCI)", "<b>(PCI)</b>") + "</p>",     # HTML markup
    TEXT.replace("Khánh Hòa", "Khánh Hoà"),                     # old tone placement
    "**" + TEXT + "**",                                         # Markdown emphasis
    TEXT.replace("Triển", "TRIỂN"),                             # case
])
def test_rendering_differences_do_not_count(rendered):
    s = score_tasks([_row()], [_row(text=rendered)])
    assert s["correct"]["text"] == 1, s["wrong"]


def test_cut_text_is_found_but_wrong():
    s = score_tasks([_row()], [_row(text=TEXT[:70])])
    assert (s["found"], s["correct"]["text"], s["exact"]) == (1, 0, 0)
    assert s["wrong"][0]["field"] == "text" and s["wrong"][0]["hint"].startswith("cut")


def test_glued_text_is_found_but_wrong():
    # the product cell glued to the task cell (issue 12's seed 000 example)
    s = score_tasks([_row()], [_row(text=TEXT + " " + PRODUCT)])
    assert (s["found"], s["correct"]["text"]) == (1, 0)
    assert s["wrong"][0]["hint"].startswith("glued")


def test_deadline_cell_glued_is_wrong():
    s = score_tasks([_row(text="Xây dựng Trang thông tin điện tử phường")],
                    [_row(text="Xây dựng Trang thông tin điện tử phường Trang thông tin điện tử")])
    assert s["correct"]["text"] == 0


def test_a_fragment_is_not_the_row():
    s = score_tasks([_row()], [_row(text="Triển khai có hiệu quả")])
    assert (s["found"], len(s["missed"]), len(s["extra"])) == (0, 1, 1)


def test_wrong_row_number():
    s = score_tasks([_row()], [_row(no="3")])
    assert _wrong_fields(s) == ["no"] and s["found"] == 1


def test_row_number_as_written_with_dot_is_the_same():
    assert score_tasks([_row()], [_row(no="2.")])["correct"]["no"] == 1
    assert number_key(None) is None and number_key("") is None and number_key("1.1") == "1.1"


def test_unnumbered_item_must_not_get_a_number():
    assert _wrong_fields(score_tasks([_row(no=None)], [_row(no="1")])) == ["no"]


def test_extra_lead():
    s = score_tasks([_row()], [_row(lead=["Phòng Kinh tế, Hạ tầng và Đô thị phường", "UBND phường"])])
    assert _wrong_fields(s) == ["lead"]


def test_lead_with_its_verb_is_wrong():
    s = score_tasks([_row(lead=["Sở Tư pháp"])], [_row(lead=["Sở Tư pháp: Lồng ghép"])])
    assert _wrong_fields(s) == ["lead"]


def test_lead_grouping_and_abbreviations_do_not_count():
    g = _row(lead=["Các ban, ngành và các bộ phận có liên quan"], coordinating=["Ủy ban nhân dân các xã, phường"])
    p = _row(lead=["Các ban", "ngành", "các bộ phận có liên quan"], coordinating=["UBND các xã", "phường"])
    assert score_tasks([g], [p])["exact"] == 1


def test_missing_coordinating_agency():
    s = score_tasks([_row(coordinating=["Sở Tư pháp", "các cơ quan có liên quan"])],
                    [_row(coordinating=["Sở Tư pháp"])])
    assert _wrong_fields(s) == ["coordinating"]


def test_deadline_end_from_the_extract_json_shape():
    pred = _row()
    del pred["deadline_end"]
    pred["deadline"] = {"text": "Trong năm 2025", "end": "2025-12-31", "recurrence": None}
    assert score_tasks([_row()], [pred])["correct"]["deadline_end"] == 1
    pred["deadline"]["end"] = "2025-09-30"
    assert _wrong_fields(score_tasks([_row()], [pred])) == ["deadline_end"]


def test_extra_rows_lose_precision_and_are_listed():
    other = _row(text="Tổ chức đối thoại giữa lãnh đạo UBND phường với người dân", no="4")
    s = score_tasks([_row()], [_row(), other])
    assert (s["found"], s["counted_predicted"], len(s["extra"])) == (1, 2, 1)
    assert "đối thoại" in s["extra"][0]


def test_pairing_is_one_to_one():
    s = score_tasks([_row()], [_row(), _row()])
    assert (s["found"], len(s["extra"])) == (1, 1)


def test_duplicate_texts_pair_by_number():
    g = [_row(no="1", section="I"), _row(no="1", section="II", lead=["Sở Nội vụ"])]
    p = [_row(no="1", section="II", lead=["Sở Nội vụ"]), _row(no="1", section="I")]
    assert score_tasks(g, p)["exact"] == 2


def test_partial_gold_does_not_count_unlisted_rows():
    other = _row(text="Tổ chức đối thoại giữa lãnh đạo UBND phường với người dân", no="4")
    s = score_tasks([_row()], [_row(), other], scope="partial")
    assert (s["counted_predicted"], s["extra"]) == (1, [])


# --- header, basis, citations ---------------------------------------------------------------

HEADER = {"kind": "Quyết định", "symbol": "66/QĐ-UBND", "number_blank": False, "date": "2025-03-17",
          "issuer": "UBND Phường 1", "place": "Phường 1"}


def _bad_header(**pred):
    p = dict(HEADER)
    p.update(pred)
    return sorted(f for f, v in header_fields(HEADER, p).items() if not v["ok"])


def test_header_rendering_does_not_count():
    assert _bad_header(symbol="66 /QĐ-UBND", issuer="Ủy ban nhân dân phường 1", kind="QUYẾT ĐỊNH") == []


def test_header_differences_count():
    assert _bad_header(symbol="/QĐ-UBND", date="2025-03-14", issuer="UBND phường 1 thành phố Vũng Tàu") == \
        ["date", "issuer", "symbol"]


def test_blank_number_must_be_reported_as_blank():
    gold = dict(HEADER, symbol=None, number_blank=True)
    ok = lambda pred: header_fields(gold, dict(HEADER, **pred))["symbol"]["ok"]  # noqa: E731
    assert ok({"symbol": None, "number_blank": True})
    assert not ok({"symbol": None, "number_blank": False})   # not said it is blank
    assert not ok({"symbol": "/QĐ-UBND", "number_blank": True})  # a half symbol
    assert not header_fields(HEADER, dict(HEADER, symbol=None, number_blank=True))["symbol"]["ok"]


def test_place_is_compared():
    assert _bad_header(place="Vũng Tàu") == ["place"]


def test_symbols_compare_without_spaces():
    assert symbol_key("09- NQ/TW") == symbol_key("09-NQ/TW") and symbol_key("09-NQ/TW") != symbol_key("09-KL/TW")


def test_symbols_compare_with_dj_read_as_d():
    # set j: l_1f3ca15f's gold restores "2503/QĐ-BTC", l_27017841's keeps "89/QD-BTC" as written (vn-conventions §2.3)
    assert symbol_key("2503/QD-BTC") == symbol_key("2503/QĐ-BTC") and symbol_key("89/QD-BTC") != symbol_key("89/QĐ-TTg")


def test_basis_needs_the_same_relation_and_date():
    g = [{"relation": "can_cu", "symbol": "76/NQ-CP", "date": "2021-07-15"}]
    assert match(g, [dict(g[0])], basis=True)["tp"] == 1
    assert match(g, [dict(g[0], relation="thuc_hien")], basis=True)["tp"] == 0
    assert match(g, [dict(g[0], date=None)], basis=True)["tp"] == 0


def test_laws_by_name_compare_whole_names():
    g = [{"kind": "Luật", "symbol": None, "title": "Luật Đầu tư công", "date": None}]
    assert match(g, [{"symbol": None, "title": "luật đầu tư công", "date": None}])["tp"] == 1
    assert match(g, [{"symbol": None, "title": "Luật Đầu tư", "date": None}])["tp"] == 0
    amending = [{"symbol": None, "title": "Luật Sửa đổi, bổ sung một số điều của Luật Quy hoạch", "date": None}]
    assert match(amending, [{"symbol": None, "title": "Luật Sửa đổi", "date": None}])["tp"] == 0


def test_proposer_without_a_document_compares_the_proposer():
    g = [{"relation": "theo_de_nghi", "symbol": None, "date": None,
          "issuer": "Chánh Văn phòng Ủy ban nhân dân thành phố"}]
    p = {"relation": "theo_de_nghi", "symbol": None, "date": None, "issuer": None,
         "proposer": "Chánh Văn phòng UBND thành phố"}
    assert match(g, [p], basis=True)["tp"] == 1
    assert match(g, [dict(p, proposer="Giám đốc Sở Tư pháp")], basis=True)["tp"] == 0


def test_non_document_scores_only_is_document_and_tasks():
    gold = {"is_document": False, "reason": "form", "doc": None, "basis": [], "citations": [], "tasks": []}
    res = evaluate(gold, {"is_document": True, "doc": HEADER, "basis": [], "citations": [{"symbol": "1/QĐ-UBND"}],
                          "tasks": [_row()]})
    assert res["is_document"]["ok"] is False
    assert res["header"] is None and res["citations"] is None
    assert res["tasks"]["counted_predicted"] == 1 and res["tasks"]["found"] == 0


def test_annex_without_header_is_not_header_scored():
    gold = {"doc": None, "basis": [], "citations": [{"symbol": "3191/QĐ-UBND", "date": "2024-12-03"}], "tasks": []}
    res = evaluate(gold, {"is_document": True, "doc": None, "basis": [], "tasks": [],
                          "citations": [{"symbol": "3191/QĐ-UBND", "date": "2024-12-03"}]})
    assert res["header"] is None and res["citations"]["tp"] == 1 and res["is_document"]["ok"]


def test_failed_extraction_scores_nothing_found():
    gold = json.loads((GOLD / "o016.json").read_text(encoding="utf-8"))
    res = evaluate(gold, None)
    assert not res["is_document"]["ok"] and not any(v["ok"] for v in res["header"].values())


def test_tasks_not_annotated_are_not_scored():
    gold = {"tasks_annotated": "none", "doc": None, "basis": [], "citations": [], "tasks": []}
    assert evaluate(gold, {"is_document": True, "tasks": [_row()]})["tasks"] is None


# --- names --------------------------------------------------------------------------------

def test_every_name_equivalence_example_folds_equal():
    table = json.loads(DATA.read_text(encoding="utf-8"))["equivalences"]
    assert table and all(e["examples"] for e in table)
    for entry in table:
        for ex in entry["examples"]:
            a, b = ex.split(" = ")
            assert a.casefold() != b.casefold() and name_key(a) == name_key(b), ex


def test_different_bodies_stay_different():
    assert name_key("Sở Tư pháp") != name_key("Sở Tư pháp tỉnh Đồng Nai")
    assert name_key("UBND tỉnh Đắk Nông") != name_key("UBND tỉnh Đắk Lắk")
    assert name_pieces(["Phòng Văn hóa – Xã hội"]) == name_pieces(["Phòng Văn hóa - Xã hội"])
    assert name_pieces(["Phòng Văn hóa – Xã hội"]) != name_pieces(["Phòng Văn hóa"])


def test_text_key_keeps_words_and_order():
    assert text_key("Rà soát, sắp xếp") != text_key("Sắp xếp, rà soát")
    assert text_key("Rà soát 100% TTHC") != text_key("Rà soát 10% TTHC")


@pytest.mark.parametrize("as_written, plain", [
    # crawl c_1cf90627 (Markdown rendering): an italic run whose closing asterisk follows a space
    ("gửi về Sở Nội vụ *(kèm theo\nhồ sơ văn bản điện tử, tài liệu minh chứng) *để tổng hợp.",
     "gửi về Sở Nội vụ (kèm theo hồ sơ văn bản điện tử, tài liệu minh chứng) để tổng hợp."),
    # crawl c_9e97eec6: an italic quotation, the asterisks inside and outside the quotes
    ("như sau: “*Ủy ban nhân dân cấp xã thực hiện việc đăng ký nội quy lao động … Lao động”* để phù hợp",
     "như sau: “Ủy ban nhân dân cấp xã thực hiện việc đăng ký nội quy lao động … Lao động” để phù hợp"),
])
def test_single_emphasis_asterisks_are_markup(as_written, plain):
    assert text_key(as_written) == text_key(plain)
    assert text_key(as_written) != text_key(plain.replace("để", "và"))


# --- a folder, every format, the command ----------------------------------------------------

@pytest.fixture()
def small_gold(tmp_path):
    """Three gold files from the fixtures — a text plan, a signed PDF, a DOCX form — and one without document."""
    for stem in ("d031", "o016", "o050"):
        for p in GOLD.glob(stem + ".*"):
            shutil.copy(p, tmp_path / p.name)
    shutil.copy(GOLD / "o018.json", tmp_path / "o018.json")  # its PDF is not copied
    return tmp_path


def test_evaluate_dirs_reads_every_format(small_gold):
    report = evaluate_dirs(small_gold, small_gold)
    assert set(report["documents"]) == {"d031", "o016", "o050"}
    assert report["missing_documents"] == ["o018"]
    assert {r["file"] for r in report["documents"].values()} == {"d031.txt", "o016.pdf", "o050.docx"}
    assert report["total"]["documents"] == 3 and report["total"]["header_documents"] == 2
    assert {"pdf-signed", "docx", "non-document", "pipe-table"} <= set(report["categories"])
    assert report["sources"]["office"]["documents"] == 2 and report["sources"]["dev"]["documents"] == 1
    text = format_report(report)
    assert "Header accuracy" in text and "Per layout category" in text


def test_cancu_eval_command(small_gold):
    res = CliRunner().invoke(app, ["eval", str(small_gold), str(small_gold), "--format", "json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert report["total"]["documents"] == 3
    res = CliRunner().invoke(app, ["eval", str(small_gold / "nope"), str(small_gold)])
    assert res.exit_code != 0


def test_row_glued_to_much_more_text_is_found_with_a_wrong_text():
    # o024: the working group's row ran on into its member list
    long_tail = " Thành phần gồm: (1) Bà A - Phó Chủ tịch HĐND tỉnh; (2) Ông B - Phó Trưởng Ban; " * 4
    s = score_tasks([_row()], [_row(text=TEXT + long_tail)])
    assert (s["found"], s["correct"]["text"], s["extra"]) == (1, 0, [])
