"""Language words moved from the regexes of ``loaders/tasks/prose.py``, ``loaders/header.py`` and
``loaders/basis.py`` into data tables (round 41): each table entry's real example lines are matched by the
regex the code builds from it, and every word of a list is used by one of its examples."""

from __future__ import annotations

from cancu.loaders import tables


def _prose() -> dict:
    return tables.load("task_prose")


def test_duty_verb_openers_follow_each_example_subject():
    from cancu.loaders.tasks.prose import _duty_verb_rx

    e = _prose()["duty_verb_openers"]
    used = set()
    for ex, lead in zip(e["examples"], e["leads"], strict=True):
        rest = ex[ex.index(lead) + len(lead):].strip()
        m = _duty_verb_rx().match(rest)
        assert m, ex
        used.update(w for w in e["words"] if rest.casefold().startswith(w))
    assert used == set(e["words"])


def test_attached_titles_open_their_examples_and_their_notes_follow():
    from cancu.loaders.tasks.prose import _ATTACHED_NOTE, _attached_title_rx

    e = _prose()["attached_titles"]
    found = [_attached_title_rx().match(ex) for ex in e["examples"]]
    assert all(found), e["examples"]
    assert [m.group() for m in found] == e["words"]  # each word titles one example, in the table's order
    assert all(_ATTACHED_NOTE.match(n) for n in e["notes"])


def test_signer_titles_open_a_signature_block():
    from cancu.loaders.tasks.prose import _sign_rx

    e = _prose()["signer_titles"]
    assert all(_sign_rx().match(ex) for ex in e["examples"])
    assert {w for w in e["words"] if any(ex.startswith(w) for ex in e["examples"])} == set(e["words"])


def test_council_heads_open_their_header_lines():
    from cancu.loaders.header import _bare_head_rx, _committee_head_rx

    e = tables.issuers()["council_heads"]
    assert all(_committee_head_rx().match(x) for x in e["examples"])
    assert all(_bare_head_rx().match(x) for x in e["bare_examples"])
    assert not any(_bare_head_rx().match(x) for x in e["examples"] if x not in e["bare_examples"])
    assert {w for w in e["words"] if any(x.startswith(w) for x in e["examples"])} == set(e["words"])


def test_verb_kinds_name_the_document_of_each_example():
    from cancu.loaders.basis import _verb_kind_rx

    e = tables.relations()["verb_kinds"]
    found = [_verb_kind_rx().search(x) for x in e["examples"]]
    assert all(found), e["examples"]
    assert [m.group().casefold() for m in found] == e["words"]  # one example per word, in the table's order


def test_authority_lines_open_their_examples():
    from cancu.loaders.header import _authority_rx

    e = tables.load("signing")["authority_lines"]
    assert all(_authority_rx().match(x) for x in e["examples"]), e["examples"]
    # each example opens with one of the words
    assert all(any(x.startswith(w) for w in e["words"]) for x in e["examples"])


def test_header_signer_titles_open_their_signature_lines():
    from cancu.loaders.header import _sign_title_rx

    e = tables.load("signing")["signer_titles"]
    assert all(_sign_title_rx().match(x) for x in e["examples"]), e["examples"]
    assert any(x.split(" ", 1)[0] in e["deputies"] for x in e["examples"])  # a deputy's title ("PHÓ CHỦ TỊCH")
    assert not _sign_title_rx().match("Phạm Minh Chính")  # the name under the title
