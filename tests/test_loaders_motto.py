"""The motto table (loaders/data/mottos.json): each form finds its real example lines."""

import pathlib

import pytest

from cancu.loaders import motto, tables
from cancu.loaders.issuer import unmarked

FORMS = tables.load("mottos")["forms"]


@pytest.mark.parametrize("entry", FORMS, ids=lambda e: e["name"])
def test_each_motto_form_finds_its_examples(entry):
    rx = motto.compiled(entry["name"])
    assert entry["examples"]
    for ex in entry["examples"]:
        text = unmarked(ex) if entry.get("marks_dropped") else ex
        found = rx.fullmatch(text.strip()) if entry.get("whole_line") else rx.search(text)
        assert found, (entry["name"], ex)


def test_forms_kept_apart_differ_where_the_table_says():
    # 'national_whole_plain_a' (the left column's cut) takes no "HOÀ"; 'national_whole' does: kept two forms so that
    # each reader reads as it did
    line = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert motto.compiled("national_whole").fullmatch(line)
    assert not motto.compiled("national_whole_plain_a").search(line)
    # a PDF text layer's form takes the font's "HÕA" and the lost space; the page's form does not
    assert motto.compiled("glued_start").search("CỘNGHÕA XÃ HỘI")
    assert not motto.compiled("marked").search("CỘNGHÕA XÃ HỘI")


def test_every_form_is_read():
    # each form of the table has a reader (a form no reader names is dead data)
    src = "\n".join(p.read_text(encoding="utf-8") for p in pathlib.Path(motto.__file__).parent.rglob("*.py"))
    src += (pathlib.Path(motto.__file__).parent / "data" / "damaged_text.json").read_text(encoding="utf-8")
    assert [e["name"] for e in FORMS if f'"{e["name"]}"' not in src and f"'{e['name']}'" not in src] == []
