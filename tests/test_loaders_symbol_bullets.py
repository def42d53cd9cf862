"""Word's bullets as a text file carries them: symbol-font glyphs, read as the list marks they are.

A Word bullet is a Symbol or Wingdings glyph; pdftotext (and a copy from a PDF viewer)
writes it as a private-use code point, U+F0B7 "\uf0b7" above all. The PDF reader already
read those as "-"; a text file did not, so "\uf0b7 Theo dõi, …" under "1. Sở Khoa học và
Công nghệ" was no item: the duties ran into one task and the agency's name took the
glyph and the first verb as its own ("Sở Khoa học và Công nghệ \uf0b7 Theo dõi").
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from cancu.loaders import extract
from cancu.loaders.read import read

TASKS = Path(__file__).parent / "fixtures" / "loaders" / "tasks"


def _key(s: str) -> str:
    # the evaluator's comparison: spaces as one, a closing stop or semicolon no part of the text
    return re.sub(r"\s+", " ", s).strip().rstrip(".;")


def test_pdftotext_plan_with_word_bullets_gives_every_duty_its_agency():
    # Kế hoạch 987/KH-UBND (Nghệ An, set b c_d229bdb7) section IV through pdftotext -layout: 33 "\uf0b7"
    # bullets; before, 5 tasks (one per agency, duties glued, leads ending in the glyph and a verb), gold 28
    gold = json.loads((TASKS / "pdftotext_bullets_987.json").read_text(encoding="utf-8"))["tasks"]
    got = extract(TASKS / "pdftotext_bullets_987.txt").to_dict()["tasks"]
    assert [(t["lead"], _key(t["text"])) for t in got] == [(g["lead"], _key(g["text"])) for g in gold]


def test_symbol_bullets_read_as_list_marks(tmp_path):
    # office o047.pdf (a university's internship rules) through pdftotext -layout: a private-use bullet
    # indented under its heading; office o030.pdf: a Unicode "▶" opening a group's line
    path = tmp_path / "rules.txt"
    path.write_text("       Quy định chung\n"
                    "         \uf0b7 Sinh viên phải thực hiện đầy đủ các nhiệm vụ, yêu cầu và kế hoạch của Trường,\n"
                    "▶ Lĩnh vực tham mưu, phục vụ Đoàn ĐBQH tỉnh (7 nhóm – Nhóm N3)\n"
                    "Nhóm N3 ▶ N4\n", encoding="utf-8")
    st = read(path)
    assert st.text.splitlines() == [
        "       Quy định chung",
        "         - Sinh viên phải thực hiện đầy đủ các nhiệm vụ, yêu cầu và kế hoạch của Trường,",
        "• Lĩnh vực tham mưu, phục vụ Đoàn ĐBQH tỉnh (7 nhóm – Nhóm N3)",
        "Nhóm N3 ▶ N4"]  # a glyph inside a line is no bullet: kept as written


def test_a_private_use_glyph_inside_a_word_is_kept():
    # only a glyph standing alone is a bullet; one glued to letters is what the file holds
    from cancu.loaders.normalize import read_form

    assert read_form("Điều\uf0b7kiện").text == "Điều\uf0b7kiện"
    t = read_form("\uf0b7 Rà soát")
    assert t.text == "- Rà soát" and t.source_slice(0, 1) == "\uf0b7"
