"""Generate the readable ontology reference (Markdown) from ``cancu.ttl``.

    python -m cancu.ontology.reference > docs/ontology.md

Classes and properties with their Vietnamese and English labels, definition,
domain/range, characteristics and alignments; a test keeps docs/ontology.md current.
"""

from __future__ import annotations

import sys

from cancu.ontology import ONT, load_graph

OWL = "http://www.w3.org/2002/07/owl#"
ALIGN = ("http://www.w3.org/2000/01/rdf-schema#subClassOf", "http://www.w3.org/2000/01/rdf-schema#subPropertyOf",
         OWL + "equivalentClass", OWL + "equivalentProperty", "http://www.w3.org/2004/02/skos/core#closeMatch",
         "http://www.w3.org/2004/02/skos/core#exactMatch")
PREFIXES = {ONT: "cc:", "http://data.europa.eu/eli/ontology#": "eli:", "http://www.w3.org/ns/org#": "org:",
            "http://www.w3.org/ns/prov#": "prov:", "http://www.w3.org/2006/time#": "time:",
            "http://www.w3.org/2004/02/skos/core#": "skos:", "http://purl.org/dc/terms/": "dct:",
            "http://www.w3.org/ns/oa#": "oa:", "http://www.w3.org/2001/XMLSchema#": "xsd:",
            "http://www.w3.org/2000/01/rdf-schema#": "rdfs:", OWL: "owl:"}


def short(iri) -> str:
    s = str(iri)
    for base, p in PREFIXES.items():
        if s.startswith(base):
            return p + s[len(base):]
    return f"<{s}>"


def render() -> str:
    import rdflib
    from rdflib.namespace import RDF, RDFS, SKOS

    g = load_graph()

    def label(x, lang):
        for v in g.objects(x, RDFS.label):
            if getattr(v, "language", None) == lang:
                return str(v)
        return ""

    def cell(s: str) -> str:
        return s.replace("|", "\\|").replace("\n", " ")

    out = ["# cancu ontology reference", "",
           "Generated from `ontology/cancu.ttl` by `python -m cancu.ontology.reference`; do not edit by hand.", ""]
    onto = next(g.subjects(RDF.type, rdflib.URIRef(OWL + "Ontology")), None)
    if onto is not None:
        for c in g.objects(onto, RDFS.comment):
            out += [str(c), ""]
    sections = (("Classes", [OWL + "Class"]),
                ("Object properties", [OWL + "ObjectProperty"]),
                ("Datatype properties", [OWL + "DatatypeProperty"]),
                ("Annotation properties", [OWL + "AnnotationProperty"]))
    for title, types in sections:
        terms = sorted({s for t in types for s in g.subjects(RDF.type, rdflib.URIRef(t))
                        if isinstance(s, rdflib.URIRef) and str(s).startswith(ONT)}, key=str)
        if not terms:
            continue
        out += [f"## {title}", "",
                "| term | tiếng Việt | English | definition | domain → range | characteristics | alignment |",
                "|---|---|---|---|---|---|---|"]
        for t in terms:
            chars = sorted(short(x).replace("owl:", "") for x in g.objects(t, RDF.type)
                           if str(x).startswith(OWL) and str(x) not in types and not str(x).endswith("Class"))
            inv = [f"inverse of {short(x)}" for x in g.objects(t, rdflib.URIRef(OWL + "inverseOf"))]
            dom = ", ".join(short(x) for x in g.objects(t, RDFS.domain) if isinstance(x, rdflib.URIRef))
            rng = ", ".join(short(x) for x in g.objects(t, RDFS.range) if isinstance(x, rdflib.URIRef))
            align = sorted(short(o) for p in ALIGN for o in g.objects(t, rdflib.URIRef(p))
                           if isinstance(o, rdflib.URIRef) and not str(o).startswith(ONT))
            parents = sorted(short(o) for p in ALIGN[:2] for o in g.objects(t, rdflib.URIRef(p))
                             if str(o).startswith(ONT))
            definition = " ".join(str(d) for d in g.objects(t, SKOS.definition))
            out.append("| " + " | ".join(cell(x) for x in (
                f"`{short(t)}`", label(t, "vi"), label(t, "en"), definition,
                f"{dom or '—'} → {rng or '—'}" if title != "Classes"
                else ("⊑ " + ", ".join(parents) if parents else ""),
                ", ".join(chars + inv), ", ".join(align))) + " |")
        out.append("")
    schemes = sorted(g.subjects(RDF.type, SKOS.ConceptScheme), key=str)
    if schemes:
        out += ["## SKOS concept schemes", ""]
        for sc in schemes:
            out += [f"### {label(sc, 'en') or short(sc)} — {label(sc, 'vi')}", ""]
            for c in sorted(g.subjects(SKOS.inScheme, sc), key=str):
                note = ", ".join(str(n) for n in g.objects(c, SKOS.notation))
                out.append(f"- `{short(c)}` {label(c, 'vi') or g.value(c, SKOS.prefLabel) or ''} / {label(c, 'en')}"
                           + (f" ({note})" if note else ""))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
