"""The word lists of ``loaders/data/subject_words.json`` (read by ``loaders/tasks/subjects.py``): each example line
holds its word as a whole word, found by the alternation the reader builds from the table."""

from __future__ import annotations

import re

import pytest

from cancu.loaders import tables
from cancu.loaders.tasks.subjects import subject_words

_TABLE = {k: v for k, v in tables.load("subject_words").items() if not k.startswith("$")}


@pytest.mark.parametrize("key, line, word, source",
                         [(k, *e) for k, v in _TABLE.items() for e in v["examples"]])
def test_the_subject_words_are_found_in_their_lines(key, line, word, source):
    flags = re.I if _TABLE[key].get("ignore_case") else 0
    found = [m.group() for m in re.finditer(rf"(?<![\wÀ-ỹ])(?:{subject_words(key)})(?![\wÀ-ỹ])", line, flags)]
    assert word in found, source


@pytest.mark.parametrize("key", list(_TABLE))
def test_each_subject_word_list_says_what_it_is_and_has_examples(key):
    entry = _TABLE[key]
    assert entry["$comment"] and entry["words"] and entry["examples"]
    assert len(set(entry["words"])) == len(entry["words"])
