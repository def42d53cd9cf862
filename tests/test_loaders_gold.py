"""Folder-driven check: every gold file in tests/fixtures/loaders/gold against extraction.

Each ``<name>.json`` (seed gold shape, hand-checked by reading the document)
sits beside the document it describes (``<name>.txt``). Citations and basis
must match one to one (symbol and date, or name and date for laws cited by
name); header fields must be equal on matching keys. Known differences are
listed in KNOWN with the reason, so a new one fails and an old one is visible.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cancu.loaders import extract
from cancu.loaders.evaluate import evaluate

GOLD = Path(__file__).parent / "fixtures" / "loaders" / "gold"
CASES = sorted(p for p in GOLD.glob("*.json") if p.with_suffix(".txt").exists())

# name -> {"citations"/"basis"/"header": [labels expected to differ]}, with the reason.
KNOWN: dict[str, dict[str, list[str]]] = {}


def test_there_is_gold_beyond_the_seeds():
    assert len(CASES) >= 7


@pytest.mark.parametrize("gold_path", CASES, ids=lambda p: p.stem)
def test_extraction_matches_gold(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    result = evaluate(gold, extract(gold_path.with_suffix(".txt")).to_dict())
    known = KNOWN.get(gold_path.stem, {})
    for part in ("citations", "basis"):
        assert sorted(result[part]["missed"]) == sorted(known.get(part + "_missed", [])), part
        assert sorted(result[part]["extra"]) == sorted(known.get(part + "_extra", [])), part
    wrong = sorted(f for f, ok in result["header"].items() if not ok)
    assert wrong == sorted(known.get("header", [])), wrong


@pytest.mark.parametrize("gold_path", CASES, ids=lambda p: p.stem)
def test_gold_files_are_well_formed(gold_path: Path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert {"doc", "citations", "basis"} <= gold.keys()
    assert {"kind", "symbol", "date", "issuer", "place"} <= gold["doc"].keys()
    for b in gold["basis"]:
        assert b["relation"] in {"can_cu", "thuc_hien", "trien_khai", "theo_de_nghi"}
    for item in gold["citations"] + gold["basis"]:
        assert item.get("symbol") or item.get("title") or item.get("relation") == "theo_de_nghi"
