"""Folder-driven checks of the hand-checked gold in tests/fixtures/loaders/gold.

1. Every gold file is well formed (the format of the folder's README.md) and has
   its document beside it, whatever the format (.txt/.md/.html/.docx/.doc/.pdf).
2. The documents the extraction rules were developed with — the two seeds and
   the 19 dev documents, all plain text — are extracted as their gold says for
   header, basis and citations. Known differences are listed in KNOWN with the
   reason, so a new one fails and a fixed one shows (update KNOWN then).

The office and crawl gold is measured, not asserted: ``cancu eval`` and
docs/accuracy.md (the extractor is expected to improve on it).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from cancu.loaders import extract
from cancu.loaders.evaluate import HEADER_FIELDS, RELATIONS, TASK_SCOPES, evaluate, find_document

GOLD = Path(__file__).parent / "fixtures" / "loaders" / "gold"
ALL = sorted(GOLD.glob("*.json"))
DEVELOPED_WITH = [p for p in ALL if p.stem.startswith(("000_", "003_", "d"))]
LAYOUTS = {"pipe-table", "html-table", "docx-table", "pdf-table", "tab-table", "prose", "cong-van", "party",
           "procedure-steps", "pdf-signed", "pdf", "docx", "header-layout-table", "non-document",
           "portal-rendering", "hdnd", "draft", "gazette", "doc"}

# name -> {"citations_missed"/"citations_extra"/"basis_missed"/"basis_extra"/"header": [...]}, with the reason.
KNOWN: dict[str, dict[str, list[str]]] = {}


def _date_or_none(value):
    if value is not None:
        dt.date.fromisoformat(value)


def test_there_is_gold_of_every_kind():
    stems = [p.stem for p in ALL]
    assert sum(s.startswith("o0") for s in stems) >= 25  # issue 11: office gold
    assert len(DEVELOPED_WITH) == 21
    layouts = {c for p in ALL for c in json.loads(p.read_text(encoding="utf-8")).get("layout", [])}
    assert {"pdf-signed", "docx", "header-layout-table", "cong-van", "procedure-steps", "non-document"} <= layouts


@pytest.mark.parametrize("gold_path", ALL, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert find_document(GOLD, gold_path.stem) is not None, "no document beside the gold file"
    assert {"doc", "basis", "citations", "tasks"} <= gold.keys()
    assert isinstance(gold.get("is_document", True), bool)
    assert set(gold.get("layout", [])) <= LAYOUTS, set(gold.get("layout", [])) - LAYOUTS
    assert gold.get("tasks_annotated", "all") in TASK_SCOPES
    if not gold.get("is_document", True):
        assert gold["doc"] is None and not gold["tasks"] and gold.get("reason")
    doc_list = ([gold["doc"]] if gold["doc"] else []) + gold.get("documents", [])
    for d in doc_list:
        assert set(HEADER_FIELDS) <= d.keys()
        assert not (d.get("number_blank") and d.get("symbol")), "a blank number has no symbol"
        _date_or_none(d["date"])
    for b in gold["basis"]:
        assert b["relation"] in RELATIONS
        assert b.get("symbol") or b.get("title") or b.get("issuer"), b
    for item in gold["basis"] + gold["citations"]:
        _date_or_none(item.get("date"))
        assert item.get("symbol") or item.get("title") or item.get("relation") == "theo_de_nghi", item
    for t in gold["tasks"]:
        assert "task_start" not in t, "tasks give their whole text"
        assert isinstance(t["text"], str) and t["text"].strip()
        assert isinstance(t["lead"], list) and isinstance(t["coordinating"], list)
        assert t.get("no") is None or isinstance(t["no"], str)
        assert t.get("form", "table") in {"table", "prose"}
        _date_or_none(t.get("deadline_end"))
        assert isinstance(t.get("recurring", False), bool)


@pytest.mark.parametrize("gold_path", DEVELOPED_WITH, ids=lambda p: p.stem)
def test_developed_with_documents_match_their_gold(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = evaluate(gold, extract(find_document(GOLD, gold_path.stem)).to_dict())
    known = KNOWN.get(gold_path.stem, {})
    assert result["is_document"]["ok"]
    for part in ("citations", "basis"):
        assert sorted(result[part]["missed"]) == sorted(known.get(part + "_missed", [])), part
        assert sorted(result[part]["extra"]) == sorted(known.get(part + "_extra", [])), part
    wrong = sorted(f for f, v in result["header"].items() if not v["ok"])
    assert wrong == sorted(known.get("header", [])), {f: result["header"][f] for f in wrong}
