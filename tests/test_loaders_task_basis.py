"""The language tables of a task's own basis (task_basis.json) and of subject lines
(subject_lines.json): every case and example is checked against the code reading them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from cancu.loaders.citations import collect, find_mentions, reference_form
from cancu.loaders.subject_line import subject_line
from cancu.loaders.task_basis import task_basis
from cancu.loaders.text import MappedText

DATA = Path(__file__).resolve().parent.parent / "loaders" / "data"
TABLE = json.loads((DATA / "task_basis.json").read_text(encoding="utf-8"))
SUBJECTS = json.loads((DATA / "subject_lines.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Row:
    """A task row: the whole text is the task."""

    text: str
    span: tuple[int, int]


def relations(text: str) -> dict[str, str]:
    """Each document the text names (symbol, or name) → the relation task_basis gives it (absent: none)."""
    cits = collect(ref := reference_form(MappedText.from_source(text)), find_mentions(ref))
    out = {}
    for b in task_basis(text, [Row(text, (0, len(text)))], cits):
        c = cits[b.citation]
        out[c.symbol or c.title] = b.relation
    named = {c.symbol or c.title for c in cits}
    return {k: out.get(k) for k in named}


@pytest.mark.parametrize("case", TABLE["cases"], ids=lambda c: c["examples"][0])
def test_cases(case):
    got = relations(case["text"])
    for doc, rel in case["relations"].items():
        assert got.get(doc, "not named") == rel, (doc, got)
    if not case["relations"]:
        assert not any(got.values())


@pytest.mark.parametrize("entry", TABLE["phrases"], ids=lambda e: e["words"][0])
def test_phrase_examples_make_the_document_the_tasks_own(entry):
    for ex in entry["examples"]:
        got = {k: v for k, v in relations(ex).items() if v}
        assert got, ex
        if not entry.get("locative"):  # a locative phrase takes the relation of the clause's verb
            assert entry["relation"] in got.values(), (ex, got)


@pytest.mark.parametrize("key", ["described", "coordinators", "lists"])
def test_examples_of_the_other_word_lists(key):
    for entry in TABLE[key]:
        for ex in entry["examples"]:
            got = relations(ex)
            if key == "described":  # the document named in the description of the one before
                assert None in got.values(), (ex, got)
            else:
                assert got and all(got.values()), (ex, got)


@pytest.mark.parametrize("case", SUBJECTS["cases"], ids=lambda c: c["mention"])
def test_subject_lines(case):
    start = case["text"].index(case["mention"])
    assert subject_line(case["text"], (start, start + len(case["mention"]))) == case["subject"]
