"""The ontology parses, is labelled in both languages, is consistent under HermiT; the
examples' graph conforms to the SHACL shapes; bad graphs are caught by both checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from cancu import ontology
from cancu.errors import ReasonerUnavailableError
from cancu.graph import open_store
from cancu.ontology import vocabulary
from cancu.ontology.vocabulary import CC

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "corpus"
D = rdflib.Namespace("https://w3id.org/cancu/id/test/")
needs_java = pytest.mark.skipif(shutil.which("java") is None,
                                reason="HermiT needs Java (apt-get install default-jre-headless; .ci/run installs it)")


@pytest.fixture(scope="module")
def onto():
    return ontology.load_graph()


@pytest.fixture(scope="module")
def examples_graph():
    store = open_store(None, backend="memory")
    store.ingest_paths([EXAMPLES])
    return rdflib.Graph().parse(data=store.export("ntriples"), format="nt")


def test_every_class_and_property_has_vi_en_labels_and_a_definition(onto):
    terms = {s for t in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
             for s in onto.subjects(RDF.type, t) if str(s).startswith(ontology.ONT)}
    assert len(terms) > 60
    for t in terms:
        langs = {getattr(ln, "language", None) for ln in onto.objects(t, RDFS.label)}
        assert {"vi", "en"} <= langs, t
        assert list(onto.objects(t, SKOS.definition)), t


def test_the_vocabulary_module_names_exactly_the_terms_the_ontology_declares(onto):
    declared = {str(s)[len(vocabulary.NS):] for s in onto.subjects(RDF.type, None)
                if isinstance(s, rdflib.URIRef) and str(s).startswith(vocabulary.NS)}
    named = set(CC.__annotations__) - {"_NS", "_fail", "_extras"} | set(CC._extras)
    assert named == declared, (sorted(named - declared), sorted(declared - named))
    assert vocabulary.cc.taskOf == str(CC.taskOf) and type(vocabulary.cc.taskOf) is str
    with pytest.raises(AttributeError):
        CC.taskof  # noqa: B018 - a misspelt term fails where it is written
    with pytest.raises(AttributeError):
        vocabulary.cc["taskof"]


def test_the_graph_and_the_query_workers_load_without_rdflib():
    """The vocabulary's rdflib namespace is made on first use: the modules a query worker, ingest
    and the command line import do not pay rdflib's import (a quarter of a second a process)."""
    import subprocess
    import sys

    code = ("import sys, cancu.graph, cancu.graph.store.oxigraph, cancu.api.sparql_exec, cancu.cli; "
            "from cancu.ontology.vocabulary import cc; cc.taskOf; print('rdflib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr


def test_every_cc_term_the_code_and_queries_write_is_declared(onto):
    """``cc:x`` in SPARQL (query files, Python strings) and in the JSON-LD context is a term
    of the ontology: a misspelt predicate matches nothing and no test of the results says why."""
    import re

    declared = {str(s)[len(vocabulary.NS):] for s in onto.subjects(RDF.type, None) if str(s).startswith(vocabulary.NS)}
    sources = [p for p in ROOT.rglob("*") if p.suffix in (".rq", ".py", ".html")
               and not {".venv", "tests", "build", ".git"} & set(p.relative_to(ROOT).parts)]
    used = {}
    for path in sources:
        for m in re.finditer(r"(?<![\w/#.-])cc:([A-Za-z]\w*)", path.read_text(encoding="utf-8")):
            used.setdefault(m.group(1), path.relative_to(ROOT))
    assert len(used) > 30
    assert {t: str(p) for t, p in used.items() if t not in declared} == {}


def test_required_terms_and_characteristics(onto):
    for name in ("Document", "Agency", "AdministrativeUnit", "Task", "Deliverable", "Deadline", "Target", "TextSpan"):
        assert (CC[name], RDF.type, OWL.Class) in onto, name
    for name in ("basedOn", "implements", "issuedWith", "cites", "amends", "replaces", "repeals", "guides",
                 "issuedBy", "hasTask", "assignedTo", "coordinatedBy", "advisedBy", "hasDeliverable", "dueBy",
                 "subOrganizationOf", "jurisdiction", "evidence"):
        assert (CC[name], RDF.type, OWL.ObjectProperty) in onto, name
    assert (CC.restsOn, RDF.type, OWL.TransitiveProperty) in onto
    assert (CC.taskOf, RDF.type, OWL.FunctionalProperty) in onto
    assert (CC.hasTask, OWL.inverseOf, CC.taskOf) in onto
    eli = rdflib.Namespace("http://data.europa.eu/eli/ontology#")
    assert (CC.basedOn, RDFS.subPropertyOf, eli.based_on) in onto


def test_every_cc_term_the_data_uses_is_declared(onto, examples_graph):
    declared = set(onto.subjects())
    used = {p for p in examples_graph.predicates() if str(p).startswith(ontology.ONT)}
    used |= {o for o in examples_graph.objects(None, RDF.type) if str(o).startswith(ontology.ONT)}
    assert used - declared == set()


def test_reference_doc_is_current():
    from cancu.ontology.reference import render

    assert (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8") == render(), \
        "regenerate: python -m cancu.ontology.reference > docs/ontology.md"


def test_examples_conform_to_the_shapes(examples_graph):
    res = ontology.validate(examples_graph)
    assert res.conforms, res.results[:5]


def _bad_graph():
    g = rdflib.Graph()
    g.add((D.t1, RDF.type, CC.Task))                       # no document, no lead, no marker
    g.add((D.t2, RDF.type, CC.Task))
    g.add((D.t2, CC.taskOf, D.doc))
    g.add((D.t2, CC.assignedTo, D.agency))
    g.add((D.doc, RDF.type, CC.Document))
    g.add((D.doc, CC.symbol, rdflib.Literal("311/QĐ-UBND")))  # a symbol but no issuer
    g.add((D.doc, CC.issueDate, rdflib.Literal("15/7/2025")))  # a string, not xsd:date
    return g


def test_shapes_report_a_bad_graph():
    res = ontology.validate(_bad_graph())
    assert not res.conforms
    msgs = " | ".join(r["message"] or "" for r in res.results)
    assert "exactly one document" in msgs
    assert "lead" in msgs and "noLeadStated" in msgs
    assert "issuer" in msgs
    assert "xsd:date" in msgs
    assert {r["focus"] for r in res.results} >= {str(D.t1), str(D.doc)}


@needs_java
def test_ontology_is_consistent_under_hermit():
    res = ontology.check_consistency()
    assert res.consistent, res.message


@needs_java
def test_examples_are_consistent_under_hermit(examples_graph):
    assert ontology.check_consistency(examples_graph).consistent


@needs_java
def test_hermit_finds_a_node_typed_as_two_disjoint_classes():
    g = rdflib.Graph()
    g.add((D.x, RDF.type, CC.Document))
    g.add((D.x, RDF.type, CC.Agency))
    res = ontology.check_consistency(g)
    assert not res.consistent


@needs_java
def test_hermit_finds_a_task_of_two_documents_that_are_different():
    g = rdflib.Graph()
    g.add((D.t, CC.taskOf, D.a))
    g.add((D.t, CC.taskOf, D.b))
    g.add((D.a, OWL.differentFrom, D.b))  # functional cc:taskOf: one document per task
    assert not ontology.check_consistency(g).consistent


def test_missing_java_is_a_plain_error(monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(ReasonerUnavailableError, match="HermiT needs Java"):
        ontology.check_consistency()


@needs_java
def test_check_and_validate_commands(tmp_path, capsys):
    from cancu.cli import main

    store = str(tmp_path / "st")
    assert main(["--store", store, "ingest", str(EXAMPLES)]) == 0
    assert main(["--store", store, "check", "--format", "json"]) == 0
    assert '"consistent": true' in capsys.readouterr().out
    assert main(["--store", store, "validate", "--format", "json"]) == 0
    assert '"conforms": true' in capsys.readouterr().out


def test_check_command_without_java_says_so(tmp_path, monkeypatch, capsys):
    from cancu.cli import main

    store = str(tmp_path / "st")
    assert main(["--store", store, "ingest", str(EXAMPLES)]) == 0
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    assert main(["--store", store, "check"]) == 2
    err = capsys.readouterr().err
    assert "HermiT needs Java" in err and "Traceback" not in err


@needs_java
def test_hermit_past_its_time_limit_is_stopped_with_a_clear_error(examples_graph):
    """`cancu check` took 315 s on a loaded machine with no limit; past the limit HermiT's Java
    process is killed and the error says how to allow longer or check less."""
    from cancu.errors import ReasonerTimeoutError

    pytest.importorskip("owlready2", reason="the owl extra is not installed")
    spawn = __import__("owlready2.reasoning", fromlist=["_subprocess_kargs"])._subprocess_kargs
    before = dict(spawn)
    with pytest.raises(ReasonerTimeoutError, match=r"within 0\.01 s .*--timeout SECONDS.*--sample N"):
        ontology.check_consistency(examples_graph, timeout=0.01)
    assert spawn == before  # owlready2's own settings are left as they were
    assert ontology.check_consistency(examples_graph, timeout=120).consistent  # a limit that suffices


@needs_java
def test_check_command_table_and_time_limit(tmp_path, capsys):
    from cancu.cli import main

    store = str(tmp_path / "st")
    assert main(["--store", store, "ingest", str(EXAMPLES)]) == 0
    capsys.readouterr()
    assert main(["--store", store, "check"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("consistent: ") and "{" not in out
    assert "time limit 120 s" in err
