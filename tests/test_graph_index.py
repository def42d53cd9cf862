"""The in-process index (cancu.graph.index) answers exactly what SPARQL answers.

Every lineage and task query is run twice, once over SPARQL and once from the
index, and the two answers must be equal: on the seeds (embedded store and the
SPARQL server) and on random graphs built to hit the cases where row order and
several values of one field could make the two paths differ (an agency with two
labels, two deadlines, a document dated differently by two files, cycles).
An index is never used once the store has changed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cancu.errors import CancuError
from cancu.graph import impact, index, open_store, trace
from cancu.graph.analytics import STATUSES, gaps, get_document, get_task, task_list_page, tasks
from cancu.graph.lineage import resolve
from cancu.graph.store.base import canonical_graph, py
from cancu.loaders.normalize import search_key, symbol_key

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
SPARQL_URL = os.environ.get("CANCU_TEST_SPARQL_URL")
NO_SERVER = "CANCU_TEST_SPARQL_URL unset: no SPARQL server (.ci/run starts Virtuoso)"
CC = "https://w3id.org/cancu/ontology#"
B = "https://w3id.org/cancu/id/"
TASK = "Xây dựng Trang thông tin điện tử phường"
AS_OF = "2025-09-01"


def outcome(fn, *args, **kw):
    """The answer, or the error a user would see (both paths must fail alike)."""
    try:
        return fn(*args, **kw)
    except CancuError as exc:
        return (type(exc).__name__, str(exc))


def both(store, calls):
    """Each call's answer without and with the index."""
    index.detach(store)
    plain = [outcome(fn, store, *a, **kw) for fn, a, kw in calls]
    holder = index.attach(store)
    assert holder.get() is not None
    indexed = [outcome(fn, store, *a, **kw) for fn, a, kw in calls]
    index.detach(store)
    return plain, indexed


def seed_calls(store):
    ward_task = trace(store, TASK)["target"]["iri"]
    plan = next(h["to"] for h in trace(store, TASK)["hops"] if h["relation"] == "task_of")
    return [
        (trace, (TASK,), {}), (trace, (ward_task,), {}), (trace, ("91-KL/TU",), {}), (trace, (plan,), {}),
        (trace, ("298/KH-UBND",), {}), (trace, ("no such words anywhere",), {}),
        (impact, ("91-KL/TU",), {}), (impact, ("76/NQ-CP",), {}), (impact, ("76/NQ-CP",), {"limit": 7}),
        (impact, ("311/QĐ-UBND",), {}), (impact, (plan,), {}), (impact, (ward_task,), {}),
        (tasks, (), {"as_of": AS_OF}), (tasks, (), {"agency": "Phòng Văn hóa", "as_of": AS_OF}),
        (tasks, (), {"unit": "phường Bắc Nha Trang", "as_of": AS_OF}),
        (tasks, (), {"reform_area": "e_government", "as_of": AS_OF}),
        (tasks, (), {"due_from": "2025-07-01", "due_to": "2025-09-30", "as_of": AS_OF}),
        (tasks, (), {"status": "qua_han", "as_of": AS_OF, "limit": 5}),
        (tasks, (), {"document": "298/KH-UBND", "as_of": AS_OF}),
        (tasks, (), {"agency": "no agency is called this"}),
        (gaps, (), {}), (get_task, (ward_task,), {}), (get_document, ("91-KL/TU",), {}),
        (resolve, ("91-KL/TU",), {}), (resolve, (B + "doc/none/such/1",), {}),
        # per-task lineage: a task's own basis, and impact reaching tasks through it
        (trace, ("Bố trí, sắp xếp người hoạt động không chuyên trách",), {}),
        (trace, ("Quán triệt, triển khai thực hiện có hiệu quả các mục tiêu",), {}),
        (impact, ("12/CV-BCĐ",), {}), (impact, ("12/CV-BCD",), {"limit": 1}), (impact, ("12-CTr/TU",), {}),
        (trace, ("xay dung",), {}), (trace, ("xay dung",), {"first": True}), (trace, ("311/qd-ubnd",), {}),
        (tasks, (), {"text": "trang thong tin dien tu", "as_of": AS_OF}),
        (tasks, (), {"agency": "phong van hoa - xa hoi", "as_of": AS_OF}),
    ]


@pytest.fixture(scope="module")
def seeds(example_store):
    yield example_store
    index.detach(example_store)


def test_index_answers_the_seed_queries_exactly_as_sparql(seeds):
    plain, indexed = both(seeds, seed_calls(seeds))
    for p, i in zip(plain, indexed):
        assert p == i
    # and the answers are the real ones, not two equal empty answers
    tr = plain[0]
    assert {d["symbol"] for d in tr["basis"]["national"]} >= {"76/NQ-CP"}
    assert {d["symbol"] for d in tr["basis"]["provincial"]} >= {"311/QĐ-UBND", "91-KL/TU"}
    assert plain[6]["counts"]["tasks"] > 40 and plain[13]


def pages(store, **filters) -> list:
    """Every page of the task list with these filters (several offsets and sizes, past the
    end too), each beside the slice of the whole list it must equal."""
    full = tasks(store, **filters)
    out = []
    for offset, limit in ((0, 1), (0, 3), (1, 2), (2, 4), (3, 50), (0, 1000), (len(full), 5), (len(full) + 3, 5)):
        page = task_list_page(store, offset=offset, limit=limit, **filters)
        out.append((page["total"], page["items"], len(full), full[offset:offset + limit]))
    return out


PAGE_FILTERS = [{}, {"agency": "Phòng Văn hóa"}, {"document": "298/KH-UBND"}, {"reform_area": "e_government"},
                {"due_from": "2025-07-01", "due_to": "2025-09-30"}, {"text": "trang thong tin"}]


def test_a_page_of_tasks_is_the_slice_of_the_whole_list_on_both_paths(seeds):
    calls = [(pages, (), {"as_of": AS_OF, **f}) for f in PAGE_FILTERS]
    calls += [(pages, (), {"as_of": AS_OF, "status": s}) for s in STATUSES]
    calls += [(pages, (), {"as_of": AS_OF, "status": "no_deadline", "agency": "Phòng Văn hóa"})]
    plain, indexed = both(seeds, calls)
    assert plain == indexed
    for call, answer in zip(calls, plain):
        for total, items, n, want in answer:
            assert (total, items) == (n, want), call
    # not two equal empty lists: the seeds hold several documents' tasks, of several statuses
    everything = plain[0][5]
    assert everything[0] > 40 and len({t["document"] for t in everything[1]}) > 2
    assert sum(p[0][0] > 0 for p in plain[len(PAGE_FILTERS):-1]) >= 3


def test_a_page_of_tasks_over_sparql_reads_the_rows_of_its_own_tasks_only(seeds, monkeypatch):
    from cancu.graph.reader import SparqlReader

    index.detach(seeds)
    read: list[str] = []
    rows_of = SparqlReader._task_rows

    def spy(self, tasks=None):
        assert tasks is not None, "the rows of every task were read"
        read.extend(tasks)
        return rows_of(self, tasks)

    monkeypatch.setattr(SparqlReader, "_task_rows", spy)
    page = task_list_page(seeds, offset=7, limit=5, as_of=AS_OF)
    assert len(page["items"]) == 5 and page["total"] > 40
    assert sorted(read) == sorted(t["iri"] for t in page["items"])
    read.clear()
    page = task_list_page(seeds, offset=0, limit=3, status="no_deadline", as_of=AS_OF)
    assert len(read) <= 3 and page["total"] >= len(page["items"])


def test_a_write_makes_the_index_stale_and_the_next_answer_is_current(tmp_path):
    s = open_store(tmp_path / "st")
    s.ingest_paths([EXAMPLES / "000_b4f8ce09866c4c17.txt"])
    holder = index.attach(s)
    first = holder.get()
    before = impact(s, "91-KL/TU")["counts"]
    assert index.index_for(s) is first  # nothing changed: the same index
    s.ingest_paths([EXAMPLES / "003_7d26c286be1eb3a6.txt"])  # adds the city plan resting on 91-KL/TU
    assert first.version != s.data_version()
    after = impact(s, "91-KL/TU")["counts"]
    assert index.index_for(s) is not first
    assert after["tasks"] > before["tasks"]
    index.detach(s)
    assert impact(s, "91-KL/TU")["counts"] == after  # SPARQL agrees with the rebuilt index


def test_background_index_is_not_read_until_it_is_built_for_the_current_data(tmp_path):
    s = open_store(tmp_path / "st")
    s.ingest_paths([EXAMPLES / "000_b4f8ce09866c4c17.txt"])
    holder = index.attach(s, background=True)
    idx = holder.wait(30)
    assert idx is not None and holder.status()["state"] == "ready"
    s.ingest_paths([EXAMPLES / "003_7d26c286be1eb3a6.txt"])
    # right after the write the old index must not answer; SPARQL does until the rebuild
    assert holder._current() is None
    assert impact(s, "298/KH-UBND")["counts"]["tasks"] > 0
    new = holder.wait(30)
    assert new is not None and new is not idx and holder.status()["state"] == "ready"
    index.detach(s)


def test_a_write_in_progress_is_never_indexed():
    s = open_store(backend="memory")
    s.ingest_paths([EXAMPLES / "000_b4f8ce09866c4c17.txt"])
    holder = index.attach(s)
    with s._writing():  # what every write method does around its update
        assert holder.get() is None
    assert holder.get() is not None
    index.detach(s)


@pytest.mark.sparql_server
@pytest.mark.skipif(not SPARQL_URL, reason=NO_SERVER)
def test_a_write_by_another_process_on_the_server_makes_the_index_stale():
    a = open_store(backend="sparql", endpoint=SPARQL_URL)
    b = open_store(backend="sparql", endpoint=SPARQL_URL)  # another process, as far as `a` knows
    a.clear_cancu()
    a.ingest_paths([EXAMPLES / "000_b4f8ce09866c4c17.txt"])
    holder = index.attach(a)
    idx = holder.get()
    assert idx is not None and a.data_version() == idx.version
    b.ingest_paths([EXAMPLES / "003_7d26c286be1eb3a6.txt"])
    assert a.data_version() != idx.version  # the marker b left, not a's own counter
    assert a._writes == idx.version[0]
    assert len(tasks(a, document="298/KH-UBND")) > 0  # answered from the new data
    index.detach(a)


def test_a_task_filed_under_two_documents_falls_back_to_sparql_for_impact():
    s = open_store(backend="memory")
    s.ingest_paths([EXAMPLES])
    task = trace(s, TASK)["target"]["iri"]
    other = trace(s, "298/KH-UBND")["target"]["iri"]
    # the canonical graph files each task under one document; a hand-made update may not
    s.update(f"INSERT DATA {{ GRAPH <{canonical_graph()}> {{ <{task}> <{CC}taskOf> <{other}> }} }}")
    plain, indexed = both(s, [(impact, ("91-KL/TU",), {}), (impact, ("298/KH-UBND",), {}),
                              (tasks, (), {"document": "298/KH-UBND", "as_of": AS_OF}),
                              (pages, (), {"as_of": AS_OF}), (pages, (), {"as_of": AS_OF, "status": "no_deadline"})])
    assert plain == indexed
    for total, items, n, want in plain[3] + plain[4]:  # the page of a list with such a task: still its slice
        assert (total, items) == (n, want)
    holder = index.attach(s)
    assert holder.get().exact_impact is False
    index.detach(s)


def as_canonical(quads: list) -> bytes:
    """Hand-made data put where the index and the queries read it — the canonical graph — with
    the closure of its cc:restsOn edges, as the canonical update keeps it."""
    from cancu.graph.ingest import closure

    g = ox.NamedNode(canonical_graph())
    out = [ox.Quad(q.subject, q.predicate, q.object, g) for q in quads]
    rests = [(q.subject.value, q.object.value) for q in quads if q.predicate.value == CC + "restsOn"]
    out += [ox.Quad(ox.NamedNode(a), ox.NamedNode(CC + "restsOn"), ox.NamedNode(b), g)
            for a, bs in closure(rests).items() for b in bs]
    return ox.serialize(set(out), format=ox.RdfFormat.N_QUADS)


def _linked(edges):
    """A store of documents d0..dn and cc:Link edges (a, b, with a cc:restsOn beside it)."""
    g = ox.NamedNode(B + "source/0")
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    docs = [ox.NamedNode(f"{B}doc/d{k}") for k in range(1 + max(max(a, b) for a, b, _ in edges))]
    q = [ox.Quad(d, rdf_type, ox.NamedNode(CC + "Document"), g) for d in docs]
    for k, (a, b, rests) in enumerate(edges):
        link = ox.NamedNode(f"{g.value}/link/{k}")
        q += [ox.Quad(link, ox.NamedNode(CC + "from"), docs[a], g), ox.Quad(link, ox.NamedNode(CC + "to"), docs[b], g),
              ox.Quad(link, ox.NamedNode(CC + "relation"), ox.Literal("can_cu"), g)]
        if rests:
            q.append(ox.Quad(docs[a], ox.NamedNode(CC + "restsOn"), docs[b], g))
    s = open_store(backend="memory")
    s.bulk_load(as_canonical(q))
    return s, [d.value for d in docs]


def test_links_are_followed_only_within_the_lineage_closure():
    # trace: d0 -link-> d1 (no restsOn) -link+restsOn-> d2: d2 is not in d0's basis
    s, d = _linked([(0, 1, False), (1, 2, True)])
    plain, indexed = both(s, [(trace, (d[0],), {})])
    assert plain == indexed
    assert [x["iri"] for x in plain[0]["documents"]] == [d[0], d[1]]
    # impact: d0 <- d1 <- d2 <- d3 rest on each other; d4 links to d0 without resting on it and
    # d3 rests on d4: d3 is three steps below d0, not two through d4
    s, d = _linked([(1, 0, True), (2, 1, True), (3, 2, True), (4, 0, False), (3, 4, True)])
    plain, indexed = both(s, [(impact, (d[0],), {})])
    assert plain == indexed
    assert {x["iri"]: x["depth"] for x in plain[0]["documents"]} == {d[1]: 1, d[2]: 2, d[3]: 3}


# --- random graphs ---------------------------------------------------------------------------

def _lit(v):
    if isinstance(v, tuple):  # (value, datatype)
        return ox.Literal(v[0], datatype=ox.NamedNode(v[1]))
    return ox.Literal(v)


XSD = "http://www.w3.org/2001/XMLSchema#"
small = st.integers(min_value=0, max_value=3)
LABELS = ["Phòng A", "Phòng B", "UBND xã", "Sở Nội vụ"]
DATES = [("2025-03-31", XSD + "date"), ("2025-09-30", XSD + "date"), "2025-06-30", ("2026-01-01", XSD + "date")]


@st.composite
def graphs(draw):
    """Quads of a small graph in two files, with what the queries ask about, loaded as the
    canonical graph (``as_canonical``): in two of three graphs every field has at most one
    value (as ingest keeps it), in the rest up to two (hand-made data: both paths must still
    agree)."""
    mx = draw(st.sampled_from([1, 1, 2]))
    labels = st.lists(st.sampled_from(LABELS), max_size=mx)
    dates = st.lists(st.sampled_from(DATES), max_size=mx)
    g = [ox.NamedNode(f"{B}source/{k}") for k in range(2)]
    q: list[ox.Quad] = []
    n_docs = draw(st.integers(2, 5))
    docs = [ox.NamedNode(f"{B}doc/x/ke-hoach/2025/{k}") for k in range(n_docs)]
    T = lambda p: ox.NamedNode(CC + p)  # noqa: E731
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    for d in docs:
        for gi in draw(st.lists(st.sampled_from([0, 1]), min_size=1, max_size=mx, unique=True)):
            gg = g[gi]
            q.append(ox.Quad(d, rdf_type, T("Document"), gg))
            sym = draw(st.sampled_from(["1/KH-UBND", "2/QĐ-UBND", "91-KL/TU"]))
            q.append(ox.Quad(d, T("symbol"), _lit(sym), gg))
            q.append(ox.Quad(d, T("symbolKey"), _lit(symbol_key(sym)), gg))
            for v in draw(dates):
                q.append(ox.Quad(d, T("issueDate"), _lit(v), gg))
            for v in draw(labels):
                q.append(ox.Quad(d, label, _lit(v), gg))
            if draw(st.booleans()):
                q.append(ox.Quad(d, T("level"), _lit(draw(st.sampled_from(["national", "provincial", "commune"]))), gg))
            if draw(st.booleans()):
                q.append(ox.Quad(d, T("describedBy"), gg, gg))
    for k in range(draw(st.integers(0, 7))):  # lineage edges, cycles and repeats allowed
        a, b = draw(st.sampled_from(docs)), draw(st.sampled_from(docs))
        gg = g[draw(st.sampled_from([0, 1]))]
        link = ox.NamedNode(f"{gg.value}/link/{k}")
        if draw(st.integers(0, 2)):  # now and then a link with no cc:restsOn beside it
            q.append(ox.Quad(a, T("restsOn"), b, gg))
        q += [ox.Quad(link, T("from"), a, gg), ox.Quad(link, T("to"), b, gg),
              ox.Quad(link, T("relation"), _lit(draw(st.sampled_from(["can_cu", "thuc_hien"]))), gg)]
        if draw(st.booleans()):
            span = ox.NamedNode(f"{gg.value}/span/{k}")
            q.append(ox.Quad(link, T("evidence"), span, gg))
            for p, v in (("http://www.w3.org/ns/oa#exact", _lit(draw(st.sampled_from(["Căn cứ A", "Căn cứ B"])))),
                         ("http://www.w3.org/ns/oa#start", _lit((str(draw(small)), XSD + "integer"))),
                         ("http://www.w3.org/ns/oa#end", _lit(("9", XSD + "integer"))),
                         (CC + "inSource", gg)):
                if draw(st.booleans()):
                    q.append(ox.Quad(span, ox.NamedNode(p), v, gg))
    agencies = [ox.NamedNode(f"{B}agency/a{k}") for k in range(3)]
    units = [ox.NamedNode(f"{B}unit/{k}") for k in range(2)]
    q.append(ox.Quad(units[1], T("partOf"), units[0], g[0]))
    for a in agencies:
        q.append(ox.Quad(a, rdf_type, T("Agency"), g[0]))
        for v in draw(labels):
            q.append(ox.Quad(a, label, _lit(v), g[draw(st.sampled_from([0, 1]))]))
            q.append(ox.Quad(a, T("searchKey"), _lit(search_key(v)), g[0]))
        if draw(st.booleans()):
            q.append(ox.Quad(a, T("subOrganizationOf"), draw(st.sampled_from(agencies)), g[0]))
        if draw(st.booleans()):
            q.append(ox.Quad(a, T("jurisdiction"), draw(st.sampled_from(units)), g[0]))
    for k in range(draw(st.integers(1, 6))):
        t = ox.NamedNode(f"{docs[0].value}/task/{k + 1}")
        gg = g[0]
        q.append(ox.Quad(t, rdf_type, T("Task"), gg))
        q.append(ox.Quad(t, T("taskOf"), draw(st.sampled_from(docs)), gg))
        for p, vals in (("text", st.lists(st.sampled_from(["Xây dựng trang", "Rà soát thủ tục"]), max_size=mx)),
                        # a number typed in one file, a string in another: both must sort
                        ("taskNo", st.lists(st.sampled_from(["1", "2", ("3", XSD + "integer")]), max_size=mx)),
                        ("section", st.lists(st.sampled_from(["I", "II"]), max_size=mx)),
                        ("reformArea", st.lists(st.sampled_from(["e_government", "institutions"]), max_size=mx))):
            for v in draw(vals):
                q.append(ox.Quad(t, T(p), _lit(v), gg))
                if p == "text":  # what the text lookups compare (the canonical graph writes it beside the text)
                    q.append(ox.Quad(t, T("searchKey"), _lit(search_key(v)), gg))
        for p in ("assignedTo", "coordinatedBy"):
            for a in draw(st.lists(st.sampled_from(agencies), max_size=mx, unique=True)):
                q.append(ox.Quad(t, T(p), a, gg))
        for j in range(draw(st.integers(0, mx))):
            dl = ox.NamedNode(f"{t.value}/deadline/{j}")
            q.append(ox.Quad(t, T("dueBy"), dl, gg))
            if draw(st.booleans()):
                q.append(ox.Quad(dl, T("deadlineText"), _lit(draw(st.sampled_from(["Quý III/2025", "Tháng 6"]))), gg))
            for end in ("hasEnd", "hasBeginning"):
                if draw(st.booleans()):
                    inst = ox.NamedNode(f"{dl.value}/{end}")
                    q.append(ox.Quad(dl, ox.NamedNode("http://www.w3.org/2006/time#" + end), inst, gg))
                    for v in draw(dates):
                        q.append(ox.Quad(inst, ox.NamedNode("http://www.w3.org/2006/time#inXSDDate"), _lit(v), gg))
            if draw(st.booleans()):
                q.append(ox.Quad(dl, T("recurrence"), _lit("quarterly"), gg))
        if draw(st.booleans()):
            q.append(ox.Quad(t, T("noLeadStated"), _lit(("true", XSD + "boolean")), gg))
        for j in range(draw(st.integers(0, mx))):  # the row's span (trace quotes it)
            span = ox.NamedNode(f"{t.value}/span/{j}")
            q.append(ox.Quad(t, T("evidence"), span, gg))
            for p, v in (("http://www.w3.org/ns/oa#exact", _lit(draw(st.sampled_from(["1. Xây dựng", "2. Rà soát"])))),
                         ("http://www.w3.org/ns/oa#start", _lit((str(draw(small)), XSD + "integer"))),
                         (CC + "inSource", gg)):
                if draw(st.booleans()):
                    q.append(ox.Quad(span, ox.NamedNode(p), v, gg))
    tasks_made = sorted({x.subject for x in q if x.predicate.value == CC + "taskOf"}, key=lambda n: n.value)
    for k in range(draw(st.integers(0, 4))):  # a task's own basis: cc:taskBasis and its cc:TaskLink
        t, d = draw(st.sampled_from(tasks_made)), draw(st.sampled_from(docs))
        link = ox.NamedNode(f"{t.value}/link/{k}")
        q += [ox.Quad(t, T("taskBasis"), d, g[0]), ox.Quad(link, rdf_type, T("TaskLink"), g[0]),
              ox.Quad(link, T("fromTask"), t, g[0]), ox.Quad(link, T("toDocument"), d, g[0]),
              ox.Quad(link, T("relation"), _lit(draw(st.sampled_from(["theo", "thuc_hien"]))), g[0])]
        if draw(st.booleans()):
            span = ox.NamedNode(f"{link.value}/evidence")
            q += [ox.Quad(link, T("evidence"), span, g[0]),
                  ox.Quad(span, ox.NamedNode("http://www.w3.org/ns/oa#exact"),
                          _lit(draw(st.sampled_from(["theo Kế hoạch 1", "thực hiện Kết luận 91"]))), g[0])]
    return q, docs, agencies, units


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs())
def test_index_agrees_with_sparql_on_random_graphs(case):
    quads, docs, agencies, units = case
    s = open_store(backend="memory")
    s.bulk_load(as_canonical(quads))
    task_iris = sorted({q.subject.value for q in quads if q.predicate.value == CC + "taskOf"})
    calls = [(trace, (t,), {}) for t in task_iris] + [(trace, (d.value,), {}) for d in docs]
    calls += [(impact, (d.value,), {}) for d in docs] + [(impact, (d.value,), {"limit": 1}) for d in docs]
    calls += [(tasks, (), {"as_of": AS_OF}), (tasks, (), {"reform_area": "e_government", "as_of": AS_OF}),
              (tasks, (), {"due_from": "2025-06-01", "as_of": AS_OF}), (tasks, (), {"due_to": "2025-06-30"}),
              (tasks, (), {"agency": "Phòng", "as_of": AS_OF}), (trace, ("Xây dựng",), {}), (trace, ("91-KL/TU",), {}),
              (trace, ("xay dung trang",), {}), (trace, ("Xây dựng",), {"first": True}), (trace, ("1/kh-ubnd",), {}),
              (tasks, (), {"text": "ra soat", "as_of": AS_OF}), (tasks, (), {"agency": "phong", "as_of": AS_OF})]
    calls += [(tasks, (), {"agency": a.value, "as_of": AS_OF}) for a in agencies]
    calls += [(tasks, (), {"unit": u.value, "as_of": AS_OF}) for u in units]
    calls += [(tasks, (), {"document": d.value, "as_of": AS_OF}) for d in docs]
    calls += [(pages, (), {"as_of": AS_OF}), (pages, (), {"agency": agencies[0].value, "as_of": AS_OF}),
              (pages, (), {"due_to": "2025-06-30", "as_of": AS_OF})]
    calls += [(pages, (), {"status": st_, "as_of": AS_OF}) for st_ in ("qua_han", "no_deadline", "recurring")]
    plain, indexed = both(s, calls)
    for call, p, i in zip(calls, plain, indexed):
        assert p == i, call
        if call[0] is pages:  # each page is the slice of the whole list
            for total, items, n, want in p:
                assert (total, items) == (n, want), call


# --- the TSV reader of the embedded store's fast scans ------------------------------------------

literals = st.one_of(
    st.text(max_size=20).map(ox.Literal),
    st.tuples(st.text(max_size=10), st.sampled_from(["vi", "en"])).map(lambda x: ox.Literal(x[0], language=x[1])),
    st.integers(-10**6, 10**6).map(lambda i: ox.Literal(str(i), datatype=ox.NamedNode(XSD + "integer"))),
    st.integers(-99, 99).map(lambda i: ox.Literal(str(i), datatype=ox.NamedNode(XSD + "int"))),
    st.booleans().map(lambda b: ox.Literal("true" if b else "false", datatype=ox.NamedNode(XSD + "boolean"))),
    st.decimals(allow_nan=False, allow_infinity=False, places=3).map(
        lambda d: ox.Literal(str(d), datatype=ox.NamedNode(XSD + "decimal"))),
    st.floats(allow_nan=False, allow_infinity=False).map(
        lambda f: ox.Literal(repr(f), datatype=ox.NamedNode(XSD + "double"))),
    st.sampled_from(["2025-09-30", "2024-02-29"]).map(lambda d: ox.Literal(d, datatype=ox.NamedNode(XSD + "date"))),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(literals, min_size=1, max_size=8))
def test_tsv_scan_gives_the_values_py_gives(values):
    from cancu.graph.index import _scan

    s = open_store(backend="memory")
    g = ox.NamedNode(canonical_graph())  # what the index scans
    quads = [ox.Quad(ox.NamedNode(f"{B}n/{k}"), ox.NamedNode(CC + "p"), v, g) for k, v in enumerate(values)]
    quads.append(ox.Quad(ox.BlankNode("b1"), ox.NamedNode(CC + "p"), ox.NamedNode(B + "x"), g))
    s.ox.extend(quads)
    sparql = f"SELECT ?s ?o WHERE {{ ?s <{CC}p> ?o }}"
    fast = sorted(map(repr, _scan(s, sparql, {})))
    names, sols = s.select_terms("SELECT ?s ?o WHERE { ?s <https://w3id.org/cancu/ontology#p> ?o }")
    assert fast == sorted(repr(tuple(py(t) for t in sol)) for sol in sols)
    dated = dict(_scan(s, sparql, {}, dated=True))
    assert [dated[f"{B}n/{k}"][1] for k in range(len(values))] == \
        [v.datatype is not None and v.datatype.value == XSD + "date" for v in values]


def test_a_server_that_cuts_a_scan_short_gives_no_index():
    from cancu.errors import IndexUnavailableError
    from cancu.graph.index import _check_complete

    class Capped:
        name = "sparql"

        def select(self, sparql):
            return [{"n": 1_000_001}]

    with pytest.raises(IndexUnavailableError, match="ResultSetMaxRows"):
        _check_complete(Capped(), "SELECT ?s ?o WHERE { ?s ?p ?o }", 1_000_000)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs())
def test_the_one_row_fast_path_fills_the_index_as_the_row_by_row_fill(case):
    from cancu.graph import index as I

    quads = case[0]
    s = open_store(backend="memory")
    s.bulk_load(as_canonical(quads))
    fast = I.LineageIndex.build(s)
    I.FAST_PATH = False
    try:
        slow = I.LineageIndex.build(s)
    finally:
        I.FAST_PATH = True
    for name in ("_tasks", "_rank", "_task_row", "_impact_tasks", "_doc_leads", "_ends", "_by_agency"):
        assert getattr(fast, name) == getattr(slow, name), name


def test_queries_during_a_background_build_do_not_wait_for_it(monkeypatch):
    import threading

    from cancu.graph.index import LineageIndex

    s = open_store(backend="memory")
    s.ingest_paths([EXAMPLES / "000_b4f8ce09866c4c17.txt"])
    release, started = threading.Event(), threading.Event()
    real = LineageIndex.build

    def slow_build(store, **kw):  # a build that takes as long as the test wants
        started.set()
        release.wait(30)
        return real(store, **kw)

    monkeypatch.setattr(LineageIndex, "build", staticmethod(slow_build))
    holder = index.attach(s, background=True)
    assert started.wait(10)
    answers = []
    q = threading.Thread(target=lambda: answers.append(impact(s, "91-KL/TU")["counts"]))
    q.start()
    q.join(10)  # answered over SPARQL while the build still runs
    assert not q.is_alive() and answers and answers[0]["tasks"] > 0
    assert holder.status()["state"] == "building"
    release.set()
    assert holder.wait(30) is not None
    index.detach(s)
