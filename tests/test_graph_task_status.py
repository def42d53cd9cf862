"""A task list filtered by status is counted inside the query, and answers as the whole list does.

The status of a task depends on the deadline the task list shows for it (the smallest of
several: ``analytics.deadline_of``), so the canonical update keeps on each task what its
status depends on (``cc:dueKind``, and ``cc:dueEnd`` when a date decides it). These tests
check that what it keeps is what the reader would choose, that the SPARQL reader pages a
status filter from counts made in the query (reading the deadlines of the page's
documents only), and that a store without the kept values, or with a value gone stale,
still gets the right page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cancu.graph import index, open_store
from cancu.graph.analytics import STATUSES, deadline_kind, task_list_page, tasks
from cancu.graph.reader import SparqlReader
from cancu.graph.store.base import canonical_graph

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"

CC = "https://w3id.org/cancu/ontology#"
#: dates around the seeds' deadlines (2025): each status has tasks on one of them
DAYS = ("2025-06-20", "2025-09-01", "2026-01-01")


@pytest.fixture
def plain(example_store):
    index.detach(example_store)  # the SPARQL reader, as a one-shot CLI command reads
    yield example_store


def kept(store) -> dict[str, tuple[str, object]]:
    rows = store.select(f"SELECT ?t ?k ?e WHERE {{ GRAPH <{canonical_graph()}> {{ ?t <{CC}dueKind> ?k "
                        f"OPTIONAL {{ ?t <{CC}dueEnd> ?e }} }} }}")
    return {r["t"]: (r["k"], r["e"]) for r in rows}


def slices(store, status: str, as_of: str) -> list:
    full = tasks(store, status=status, as_of=as_of)
    out = []
    for offset, limit in ((0, 3), (2, 5), (0, 1000), (len(full), 5)):
        page = task_list_page(store, status=status, as_of=as_of, offset=offset, limit=limit)
        out.append(((page["total"], page["items"]), (len(full), full[offset:offset + limit])))
    return out


def test_each_task_keeps_the_kind_and_end_of_the_deadline_the_list_shows(plain):
    deadlines = SparqlReader(plain).task_deadlines()
    have = kept(plain)
    assert set(have) == set(deadlines)  # every task with a deadline, and no other
    for task, dl in deadlines.items():
        kind, end = deadline_kind(dl)
        assert have[task] == (kind, end and end.isoformat()), task
    # not one kind everywhere: the seeds hold dated tasks ("Quý III/2025") and undated ones
    kinds = {k for k, _ in have.values()}
    assert "dated" in kinds and len(kinds) >= 2


def test_a_status_page_is_counted_in_the_query_and_reads_its_documents_only(plain, monkeypatch):
    asked: list = []
    real = SparqlReader.task_deadlines

    def spy(self, which=None):
        asked.append(None if which is None else len(list(which)))
        return real(self, which)

    monkeypatch.setattr(SparqlReader, "task_deadlines", spy)
    first = task_list_page(plain, status="qua_han", as_of="2026-01-01", limit=3)
    assert first["total"] > 3 and len(first["items"]) == 3
    n_tasks = task_list_page(plain, limit=1)["total"]
    assert asked and None not in asked and max(asked) < n_tasks  # never every task's deadline
    monkeypatch.undo()
    seen = set()
    for day in DAYS:
        for status in STATUSES:
            for got, want in slices(plain, status, day):
                assert got == want, (status, day)
                seen.add(status) if got[0] else None
    assert {"qua_han", "chua_den_han", "no_deadline"} <= seen


def drop_kept(store) -> None:
    store.update(f"DELETE WHERE {{ GRAPH <{canonical_graph()}> {{ ?t <{CC}dueKind> ?k }} }} ;\n"
                 f"DELETE WHERE {{ GRAPH <{canonical_graph()}> {{ ?t <{CC}dueEnd> ?e }} }}")


def test_a_graph_written_before_the_kind_was_kept_gets_the_same_pages(tmp_path):

    s = open_store(tmp_path / "st")
    s.ingest_paths([EXAMPLES])
    before = [slices(s, status, day) for day in DAYS for status in STATUSES]
    drop_kept(s)
    assert not kept(s)
    assert [slices(s, status, day) for day in DAYS for status in STATUSES] == before
    for answer in before:
        for got, want in answer:
            assert got == want


def test_a_stale_kept_end_in_the_page_sends_the_list_the_long_way(tmp_path):

    s = open_store(tmp_path / "st")
    s.ingest_paths([EXAMPLES])
    day = "2026-01-01"
    want = tasks(s, status="qua_han", as_of=day)
    assert len(want) > 3
    # a write outside cancu moves the kept end of the first overdue task a year on
    t = want[0]["iri"]
    end = dt.date.fromisoformat(kept(s)[t][1])
    g = canonical_graph()
    s.update(f'DELETE WHERE {{ GRAPH <{g}> {{ <{t}> <{CC}dueEnd> ?e }} }} ;\n'
             f'INSERT DATA {{ GRAPH <{g}> {{ <{t}> <{CC}dueEnd> "{end.replace(year=end.year + 1)}"'
             f'^^<http://www.w3.org/2001/XMLSchema#date> }} }}')
    page = task_list_page(s, status="qua_han", as_of=day, limit=3)
    assert (page["total"], page["items"]) == (len(want), want[:3])


@pytest.mark.parametrize("filters", [{"due_from": "2025-07-01", "due_to": "2025-09-30"}, {"due_to": "2025-12-31"},
                                     {"text": "trang thong tin"}, {"text": "Cải cách hành chính"}, {"text": "—"}])
def test_one_unselective_filter_is_counted_per_document_too(plain, monkeypatch, filters):
    """A window of end dates or words of the text alone page from per-document counts made in
    the query (no task set is picked); each page equals the slice of the whole list."""
    full = tasks(plain, as_of=DAYS[1], **filters)
    picked: list = []
    real = SparqlReader._pick
    monkeypatch.setattr(SparqlReader, "_pick", lambda self, **f: picked.append(f) or real(self, **f))
    for offset, limit in ((0, 2), (1, 3), (0, 1000), (len(full), 4)):
        page = task_list_page(plain, as_of=DAYS[1], offset=offset, limit=limit, **filters)
        assert (page["total"], page["items"]) == (len(full), full[offset:offset + limit]), (filters, offset)
    assert not picked
    if filters.get("text") != "—":  # a text of no letters finds nothing, the others something
        assert len(full) >= 2


def test_a_status_with_another_filter_is_read_the_long_way_and_right(plain):
    seen = 0
    for filters in ({"due_to": "2025-12-31"}, {"text": "trang thong tin"}):
        for status in ("qua_han", "chua_den_han", "no_deadline"):
            full = tasks(plain, status=status, as_of=DAYS[1], **filters)
            page = task_list_page(plain, status=status, as_of=DAYS[1], limit=3, **filters)
            assert (page["total"], page["items"]) == (len(full), full[:3]), (filters, status)
            seen += bool(full)
    assert seen >= 2
