"""Listings for browsing: documents and agencies with filters and paging, who cites a
document, and a document's source text with the spans facts were read from.

The REST API and the explorer pages use these; filters are pushed into SPARQL so a
page of a large store costs one query plus one identity lookup for the page only.
"""

from __future__ import annotations

from typing import Any, Optional

from cancu.errors import NotFoundError
from cancu.graph.lineage import documents, resolve

_LEVELS = ("national", "provincial", "district", "commune", "local", "unknown")


def _esc(s: str) -> str:
    """A SPARQL string literal body (the store's own binding is used where it can be)."""
    return s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("\r", " ")


def list_documents(store, *, kind: Optional[str] = None, issuer: Optional[str] = None,
                   level: Optional[str] = None, year: Optional[int] = None, text: Optional[str] = None,
                   cited_only: Optional[bool] = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Documents matching every given filter, newest first: ``{"total", "items": [doc]}``.

    ``kind`` and ``issuer`` match words of the kind label / issuer name (case-insensitive);
    ``text`` matches the label, title or symbol.
    """
    filters = []
    if kind:
        filters.append(f'FILTER(CONTAINS(LCASE(STR(?k)), LCASE("{_esc(kind)}")))')
    if issuer:
        filters.append(f'FILTER(CONTAINS(LCASE(STR(?iss)), LCASE("{_esc(issuer)}")))')
    if level:
        filters.append(f'FILTER(STR(?lv) = "{_esc(level)}")')
    if year:
        filters.append(f'FILTER(BOUND(?dt) && YEAR(?dt) = {int(year)})')
    if text:
        filters.append(f'FILTER(CONTAINS(LCASE(CONCAT(STR(COALESCE(?l, "")), " ", STR(COALESCE(?ti, "")), " ", '
                       f'STR(COALESCE(?sy, "")))), LCASE("{_esc(text)}")))')
    if cited_only is not None:
        filters.append("FILTER(!BOUND(?own))" if cited_only else "FILTER(BOUND(?own))")
    sparql = ("SELECT ?doc (MAX(?dt) AS ?date) WHERE { ?doc a cc:Document . "
              "OPTIONAL { ?doc cc:kindLabel ?k } OPTIONAL { ?doc cc:issuerName ?iss } "
              "OPTIONAL { ?doc cc:level ?lv } OPTIONAL { ?doc cc:issueDate ?dt } "
              "OPTIONAL { ?doc rdfs:label ?l } OPTIONAL { ?doc cc:title ?ti } OPTIONAL { ?doc cc:symbol ?sy } "
              "OPTIONAL { ?doc cc:describedBy ?own } "
              + " ".join(filters) + " } GROUP BY ?doc")
    rows = store.select(sparql)
    # newest first; undated (mostly laws cited by name) last, then by IRI for a stable order
    rows.sort(key=lambda r: (r["date"] is None, str(r["date"] or ""), r["doc"]), reverse=False)
    dated = [r for r in rows if r["date"] is not None]
    undated = [r for r in rows if r["date"] is None]
    dated.sort(key=lambda r: (str(r["date"]), r["doc"]), reverse=True)
    ordered = [r["doc"] for r in dated + undated]
    page = ordered[offset:offset + limit]
    info = documents(store, page)
    return {"total": len(ordered), "offset": offset, "limit": limit, "items": [info[i] for i in page]}


def cited_by(store, iri: str) -> list[dict[str, Any]]:
    """Documents that name ``iri`` directly: lineage hops (with relation and sentence) and citations."""
    rows = store.select(
        "SELECT DISTINCT ?from ?rel ?exact ?s ?e ?src WHERE { "
        "{ ?l a cc:Link ; cc:to ?doc ; cc:from ?from ; cc:relation ?rel . "
        "  OPTIONAL { ?l cc:evidence ?v . ?v oa:exact ?exact ; oa:start ?s ; oa:end ?e ; cc:inSource ?src } } "
        "UNION { ?from cc:cites ?doc . BIND(\"cites\" AS ?rel) } }", doc=iri)
    by_doc: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["from"] == iri:
            continue
        d = by_doc.setdefault(r["from"], {"iri": r["from"], "relations": set(), "evidence": []})
        d["relations"].add(r["rel"])
        if r["exact"]:
            d["evidence"].append({"source": r["src"], "span": [r["s"], r["e"]], "sentence": r["exact"]})
    info = documents(store, by_doc)
    out = []
    for i, d in sorted(by_doc.items()):
        rels = d["relations"]
        if len(rels) > 1:
            rels.discard("cites")  # a lineage relation says more than the bare citation
        out.append({**info[i], "relations": sorted(rels), "evidence": d["evidence"]})
    return out


def list_agencies(store, *, text: Optional[str] = None, level: Optional[str] = None,
                  limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Agencies with the number of tasks they lead (their own, not sub-organisations')."""
    filters = []
    if text:
        filters.append(f'FILTER(CONTAINS(LCASE(STR(?l)), LCASE("{_esc(text)}")))')
    if level:
        filters.append(f'FILTER(STR(?lv) = "{_esc(level)}")')
    rows = store.select(
        "SELECT ?a (SAMPLE(?l) AS ?label) (SAMPLE(?lv) AS ?level) (SAMPLE(?p) AS ?parent) "
        "(COUNT(DISTINCT ?t) AS ?tasks) WHERE { ?a a cc:Agency . OPTIONAL { ?a rdfs:label ?l } "
        "OPTIONAL { ?a cc:level ?lv } OPTIONAL { ?a cc:subOrganizationOf ?p } "
        "OPTIONAL { ?t cc:assignedTo ?a } " + " ".join(filters) + " } GROUP BY ?a")
    rows.sort(key=lambda r: (-int(r["tasks"] or 0), str(r["label"] or ""), r["a"]))
    page = rows[offset:offset + limit]
    return {"total": len(rows), "offset": offset, "limit": limit,
            "items": [{"iri": r["a"], "label": r["label"], "level": r["level"], "parent": r["parent"],
                       "tasks": int(r["tasks"] or 0)} for r in page]}


def document_source(store, id_or_iri: str) -> dict[str, Any]:
    """The text of the file a document was read from, with every span of a fact read there.

    Spans are character offsets into ``text`` (the decoded file as read), each with the
    node it supports and what kind of node that is, so a page can highlight them.
    """
    iri, kind = resolve(store, id_or_iri)
    if kind != "document":
        raise NotFoundError(f"{id_or_iri!r} is a {kind}, not a document")
    src = store.select("SELECT ?g ?f ?txt WHERE { ?doc cc:describedBy ?g . "
                       "OPTIONAL { ?g cc:fileName ?f } OPTIONAL { ?g cc:sourceText ?txt } }", doc=iri)
    if not src:
        raise NotFoundError(f"{iri} is known only by citation: cancu holds no text for it")
    g = src[0]["g"]
    spans = store.select(
        "SELECT DISTINCT ?node ?type ?s ?e ?exact WHERE { ?node cc:evidence ?v . ?v cc:inSource ?g ; "
        "oa:start ?s ; oa:end ?e . OPTIONAL { ?v oa:exact ?exact } OPTIONAL { ?node a ?type } }", g=g)
    seen: dict[tuple, dict] = {}
    for r in spans:
        key = (r["node"], r["s"], r["e"])
        t = (r["type"] or "").rsplit("#", 1)[-1].lower() or "fact"
        if key not in seen or seen[key]["type"] == "fact":
            seen[key] = {"node": r["node"], "type": t, "start": int(r["s"]), "end": int(r["e"]),
                         "exact": r["exact"]}
    name = src[0]["f"] or ""
    return {"iri": iri, "source": g, "file": name.replace("\\", "/").rsplit("/", 1)[-1],
            "text": src[0]["txt"] or "", "spans": sorted(seen.values(), key=lambda x: (x["start"], -x["end"]))}
