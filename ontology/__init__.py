"""The cancu ontology (``cancu.ttl``) and SHACL shapes (``shapes.ttl``) as files, and the
two checks over them: HermiT consistency through owlready2 and SHACL validation through
pyshacl. rdflib parses; owlready2 gets N-Triples because it does not read Turtle.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Optional

from cancu.errors import ReasonerTimeoutError, ReasonerUnavailableError, require_extra
from cancu.ontology import vocabulary

ONT = vocabulary.NS
SH = "http://www.w3.org/ns/shacl#"


def ontology_path() -> Path:
    return Path(str(resources.files("cancu.ontology") / "cancu.ttl"))


def shapes_path() -> Path:
    return Path(str(resources.files("cancu.ontology") / "shapes.ttl"))


def load_graph(with_shapes: bool = False):
    """The ontology (and optionally the shapes) as an rdflib Graph."""
    import rdflib

    g = rdflib.Graph()
    g.parse(ontology_path(), format="turtle")
    if with_shapes:
        g.parse(shapes_path(), format="turtle")
    return g


@dataclass
class ConsistencyResult:
    consistent: bool
    message: str
    triples: int

    def to_dict(self) -> dict[str, Any]:
        return {"consistent": self.consistent, "message": self.message, "triples": self.triples}


@dataclass
class ValidationResult:
    conforms: bool
    results: list[dict[str, Optional[str]]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"conforms": self.conforms, "violations": len(self.results), "results": self.results}


def java_available() -> bool:
    return shutil.which("java") is not None


#: seconds HermiT may run by default (a check of the examples takes a few; 315 s were seen
#: on a loaded machine with a larger store before there was a limit)
REASONER_TIMEOUT = 120.0


def check_consistency(data_graph=None, *, timeout: Optional[float] = REASONER_TIMEOUT) -> ConsistencyResult:
    """Run HermiT over the ontology plus ``data_graph`` (an rdflib Graph, or None).

    Raises :class:`ReasonerUnavailableError` when no Java runtime is on PATH, with a
    plain message instead of owlready2's traceback, and :class:`ReasonerTimeoutError`
    when HermiT runs longer than ``timeout`` seconds (its Java process is killed;
    None: no limit).
    """
    if not java_available():
        raise ReasonerUnavailableError(
            "HermiT needs Java, which is not on PATH: install a JRE "
            "(e.g. apt-get install default-jre-headless, or Temurin on Windows)")
    owl = require_extra("owl", "owlready2")
    g = _for_hermit(load_graph(), data_graph)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "all.nt"
        g.serialize(path, format="nt", encoding="utf-8")
        world = owl.World()  # a fresh quadstore per call: nothing leaks between checks
        onto = world.get_ontology(path.as_uri()).load(format="ntriples")
        # owlready2 starts Java with subprocess.check_output(**reasoning._subprocess_kargs) and
        # takes no timeout of its own; a timeout there makes subprocess kill Java when it expires
        spawn = importlib.import_module("owlready2.reasoning")._subprocess_kargs
        saved = dict(spawn)
        if timeout is not None:
            spawn["timeout"] = timeout
        try:
            with onto:
                owl.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
        except owl.OwlReadyInconsistentOntologyError as exc:
            return ConsistencyResult(False, f"inconsistent: {exc}".strip(), len(g))
        except subprocess.TimeoutExpired:
            raise ReasonerTimeoutError(
                f"HermiT did not finish within {timeout:g} s over {len(g)} triples and was stopped; "
                f"allow it longer (cancu check --timeout SECONDS) or check part of the store "
                f"(--sample N)") from None
        finally:
            spawn.clear()
            spawn.update(saved)
            world.close()
    return ConsistencyResult(True, "consistent (HermiT)", len(g))


#: XSD types outside the OWL 2 datatype map, which HermiT refuses outright
_NOT_OWL2 = ("date", "time", "duration", "gYear", "gYearMonth", "gMonth", "gDay", "gMonthDay")


def _for_hermit(onto, data_graph):
    """Ontology + data with non-OWL-2 datatypes made plain: HermiT cannot reason about
    xsd:date at all, so date ranges become rdfs:Literal and date values strings. Date
    correctness is the SHACL shapes' job (``validate``)."""
    import rdflib

    xsd = "http://www.w3.org/2001/XMLSchema#"
    bad = {rdflib.URIRef(xsd + n) for n in _NOT_OWL2}
    date_time = rdflib.URIRef(xsd + "dateTime")
    g = rdflib.Graph()
    for src in (onto, data_graph) if data_graph is not None else (onto,):
        for s_, p_, o_ in src:
            if o_ in bad:
                o_ = rdflib.RDFS.Literal
            elif isinstance(o_, rdflib.Literal) and o_.datatype in bad:
                o_ = rdflib.Literal(str(o_))
            elif isinstance(o_, rdflib.Literal) and o_.datatype == date_time:
                o_ = _whole_seconds(o_, date_time)
            g.add((s_, p_, o_))
    return g


def _whole_seconds(lit, date_time):
    """An xsd:dateTime cut to whole seconds. owlready2 hands HermiT a fractional dateTime with six
    digits ("…36.615000+00:00", from a file graph's generation stamp), which HermiT refuses as
    malformed; the fraction says nothing about consistency."""
    import datetime as dt

    import rdflib

    try:
        t = dt.datetime.fromisoformat(str(lit))
    except ValueError:
        return lit  # left as written: HermiT reports it, as it always did
    return rdflib.Literal(t.replace(microsecond=0).isoformat(), datatype=date_time)


def validate(data_graph) -> ValidationResult:
    """Validate ``data_graph`` against the SHACL shapes, with the ontology for class hierarchy."""
    import pyshacl
    import rdflib

    shapes = rdflib.Graph().parse(shapes_path(), format="turtle")
    conforms, report, _ = pyshacl.validate(data_graph, shacl_graph=shapes, ont_graph=load_graph(),
                                           inference="none", allow_warnings=True)
    results = []
    shn = rdflib.Namespace(SH)
    for r in report.subjects(rdflib.RDF.type, shn.ValidationResult):
        def one(p):
            v = report.value(r, p)
            return str(v) if v is not None else None
        results.append({"focus": one(shn.focusNode), "path": one(shn.resultPath),
                        "message": one(shn.resultMessage),
                        "severity": (one(shn.resultSeverity) or "").rsplit("#", 1)[-1]})
    results.sort(key=lambda x: (x["message"] or "", x["focus"] or ""))
    return ValidationResult(bool(conforms), results)
