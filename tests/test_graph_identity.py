"""Identity and resolution: gazetteer tables, units, agencies in context, conflicting facts kept."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from cancu.graph import identity as idn
from cancu.graph import ingest_extraction, open_store, trace
from cancu.graph.agencies import expand, gazetteer, head_of, resolve_agency
from cancu.graph.analytics import gaps, get_agency, tasks
from cancu.graph.units import _tables, find_unit

FIX = Path(__file__).parent / "fixtures" / "graph"


def test_every_gazetteer_example_resolves_to_its_entry():
    for a in gazetteer()["abbreviations"]:
        for ex in a["examples"]:
            assert a["long"] in expand(ex), ex
    for h in gazetteer()["heads"]:
        for ex in h["examples"]:
            got = head_of(ex)
            assert got is not None and got["kind"] == h["kind"], (ex, got)


def test_legacy_units_have_resolved_successors():
    legacy = _tables()[2]
    data = json.loads((Path(idn.__file__).parent / "data" / "legacy_units.json").read_text(encoding="utf-8"))
    for e in data["units"]:
        u = legacy[" ".join(e["name"].casefold().split())]
        assert len(u.successors) == len(e["successors"]), e["name"]  # every successor name found in the package


def test_units_use_official_codes():
    assert find_unit("UBND phường Bắc Nha Trang").iri.endswith("/unit/22333")
    assert find_unit("UBND phường Bắc Nha Trang").part_of.endswith("/unit/56")
    assert find_unit("Tỉnh ủy Khánh Hòa").iri.endswith("/unit/56")
    nt = find_unit("Thành ủy Nha Trang")
    assert "/unit/legacy/" in nt.iri and nt.valid_to == "2025-06-30"
    assert any(s.endswith("/unit/22333") for s in nt.successors)
    # seven communes are called Xã Tân Tiến: no guess without a province
    assert find_unit("xã Tân Tiến") is None


def test_agency_resolved_in_context_of_the_citing_document():
    a = resolve_agency("Phòng Văn hóa – Xã hội", context_issuer="UBND phường Bắc Nha Trang")
    b = resolve_agency("Phòng Văn hóa – Xã hội", context_issuer="UBND phường Nha Trang")
    assert a.iri != b.iri and a.parent == idn.agency_iri("UBND phường Bắc Nha Trang")
    assert a.unit.code == 22333 and a.kind == "state" and a.level == "commune"
    m = resolve_agency("UBMTTQVN phường", context_issuer="UBND phường Bắc Nha Trang")
    assert m.kind == "mass_organisation" and m.parent is None and m.unit.code == 22333
    assert resolve_agency("Ban Thường vụ Tỉnh ủy Khánh Hòa").iri == resolve_agency("Tỉnh ủy Khánh Hòa").iri
    # a unit's body named by its level alone is the issuer's unit's: in a plan of UBND tỉnh Bắc
    # Ninh, "Uỷ ban nhân dân" is the issuer itself (crawl: "Uỷ ban nhân dân ban hành Quyết định …"),
    # not a node "Ủy ban nhân dân bắc Ninh"; a commune's plan saying "UBND tỉnh" means its province's
    bn = resolve_agency("UBND tỉnh Bắc Ninh")
    for written in ("Uỷ ban nhân dân", "UBND", "Ủy ban nhân dân tỉnh",
                    "Ủy ban nhân dân tỉnh ủy quyền cho Giám đốc Sở Nội vụ"):
        a = resolve_agency(written, context_issuer="UBND tỉnh Bắc Ninh")
        assert (a.iri, a.label, a.level) == (bn.iri, "UBND tỉnh Bắc Ninh", "provincial"), written
    hcm = resolve_agency("Ủy ban nhân dân Thành phố", context_issuer="UBND thành phố Hồ Chí Minh")
    assert hcm.iri == resolve_agency("UBND thành phố Hồ Chí Minh").iri
    kh = resolve_agency("UBND tỉnh", context_issuer="UBND phường Bắc Nha Trang")
    assert (kh.iri, kh.level) == (resolve_agency("UBND tỉnh Khánh Hòa").iri, "provincial")
    assert resolve_agency("Công an tỉnh", context_issuer="UBND tỉnh Khánh Hòa").label == "Công an tỉnh Khánh Hòa"
    assert resolve_agency("Ban Thường vụ Tỉnh ủy Khánh Hòa").kind == "party"


def _load(store, name):
    ex = json.loads((FIX / f"{name}.json").read_text(encoding="utf-8"))
    text = (FIX / f"{name}.txt").read_text(encoding="utf-8")
    return ingest_extraction(store, ex, text, file_name=name, checksum=hashlib.sha256(text.encode()).hexdigest())


@pytest.fixture()
def two_plans():
    s = open_store(backend="memory")
    assert _load(s, "plan_a") == "added" and _load(s, "plan_b") == "added"
    return s


def test_conflicting_dates_are_kept_with_sources_and_reported(two_plans):
    rows = two_plans.select('SELECT DISTINCT ?d WHERE { ?d cc:symbol "71/NQ-CP" }')
    assert len(rows) == 1  # one document, cited with two dates
    c = gaps(two_plans)["conflicts"]
    assert len(c) == 1
    vals = {v["value"]: v["sentence"] for v in c[0]["values"]}
    assert set(vals) == {"2025-05-01", "2025-04-01"}
    assert "01/5/2025" in vals["2025-05-01"] and "01/4/2025" in vals["2025-04-01"]


def test_same_words_two_wards_two_agencies_and_subtree_query(two_plans):
    ward = idn.agency_iri("UBND phường Bắc Nha Trang")
    got = tasks(two_plans, agency=ward)
    assert [t["text"] for t in got] == ["Triển khai nền tảng số dùng chung của phường"]
    assert get_agency(two_plans, ward)["children"] == [ward + "/phong-van-hoa-xa-hoi"]
    assert tasks(two_plans, unit="56") and len(tasks(two_plans, unit="56")) == 2


def test_task_status_as_of_a_date(two_plans):
    assert {t["status"] for t in tasks(two_plans, as_of="2025-12-20")} == {"sap_qua_han"}
    assert {t["status"] for t in tasks(two_plans, as_of="2026-01-05")} == {"qua_han"}
    assert tasks(two_plans, status="chua_den_han", as_of="2025-07-01")
    assert tasks(two_plans, due_to="2025-11-30") == []


def test_cited_only_document_is_a_node_with_its_level(two_plans):
    t = trace(two_plans, "nền tảng số dùng chung")
    nq = next(d for d in t["documents"] if d["symbol"] == "71/NQ-CP")
    assert nq["cited_only"] and nq["level"] == "national"
    assert t["basis"]["national"] == [nq]


def test_body_implements_examples():
    from cancu.loaders import tables
    from cancu.loaders.evidence import body_implements

    cases = tables.load("body_implements")["cases"]
    assert {c["implements"] for c in cases} == {True, False}
    for case in cases:
        for before in case["examples"]:
            assert body_implements(before) is case["implements"], before
    for entry in tables.load("body_implements")["body_verbs"]:
        for before in entry["examples"]:  # each body-only verb makes its own example an implementation
            assert any(w in before for w in entry["words"]) and body_implements(before), before


def test_cited_only_node_becomes_full_when_its_own_file_arrives(two_plans):
    from cancu.graph.lineage import document, resolve

    iri, _ = resolve(two_plans, "71/NQ-CP")
    assert document(two_plans, iri)["cited_only"]
    assert _load(two_plans, "nq71") == "added"
    assert resolve(two_plans, "71/NQ-CP")[0] == iri  # the same node, not a second one
    d = document(two_plans, iri)
    assert not d["cited_only"] and d["date"] == "2025-05-01"  # its own file's date wins for display
    # and the conflicting citation date is still reported with its source
    values = {v["value"] for c in gaps(two_plans)["conflicts"] for v in c["values"]}
    assert values == {"2025-05-01", "2025-04-01"}
    assert {c["iri"] for c in gaps(two_plans)["missing_documents"]}.isdisjoint({iri})
