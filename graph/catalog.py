"""Listings for browsing: documents and agencies with filters and paging, who cites a
document, and a document's source text with the spans facts were read from.

The REST API and the explorer pages use these. They read the canonical graph through a
reader (one row per document or agency there, however many files mention it), filter
and page in Python, and look up the identity of the page's documents only.
"""

from __future__ import annotations

from typing import Any, Optional

from cancu.errors import NotFoundError
from cancu.graph.lineage import resolve
from cancu.graph.reader import as_reader
from cancu.graph.rq import run
from cancu.loaders.normalize import search_key


def _has(value: Any, words: Optional[str]) -> bool:
    """Whether ``value`` contains ``words`` as users type them (``normalize.search_key`` on both)."""
    return words is None or (value is not None and search_key(words) in search_key(str(value)))


def list_documents(store, *, kind: Optional[str] = None, issuer: Optional[str] = None,
                   level: Optional[str] = None, year: Optional[int] = None, text: Optional[str] = None,
                   cited_only: Optional[bool] = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Documents matching every given filter, newest first: ``{"total", "items": [doc]}``.

    ``kind`` and ``issuer`` match words of the kind label / issuer name (case-insensitive);
    ``text`` matches the label, title or symbol. The canonical graph holds one row per
    document, filtered here (no user text is spliced into a query).
    """
    reader = as_reader(store)
    picked = []
    for r in reader.document_rows():
        if not (_has(r["kind"], kind) and _has(r["issuer"], issuer)):
            continue
        if level and r["level"] != level:
            continue
        date = str(r["date"]) if r["date"] is not None else None
        if year and not (date and date[:4] == str(int(year))):
            continue
        if text and not any(_has(r[k], text) for k in ("label", "title", "symbol")):
            continue
        if cited_only is not None and cited_only != (r["own"] is None):
            continue
        picked.append((date, r["doc"]))
    # newest first; undated (mostly laws cited by name) last, then by IRI for a stable order
    dated = sorted((p for p in picked if p[0] is not None), reverse=True)
    undated = sorted(d for date, d in picked if date is None)
    ordered = [d for _, d in dated] + undated
    page = ordered[offset:offset + limit]
    info = reader.documents(page)
    return {"total": len(ordered), "offset": offset, "limit": limit, "items": [info[i] for i in page]}


def cited_by(store, iri: str) -> list[dict[str, Any]]:
    """Documents that name ``iri`` directly: lineage hops (with relation and sentence) and citations."""
    reader = as_reader(store)
    from cancu.graph.lineage import sort_key

    rows = sorted(reader.cited_by_rows(iri),
                  key=lambda r: (r["from"], r["rel"], sort_key(r["src"], r["s"], r["e"], r["exact"])))
    by_doc: dict[str, dict[str, Any]] = {}
    for r in rows:
        if r["from"] == iri:
            continue
        d = by_doc.setdefault(r["from"], {"iri": r["from"], "relations": set(), "evidence": [],
                                             "seen": set()})
        d["relations"].add(r["rel"])
        ev = {"source": r["src"], "span": [r["s"], r["e"]], "sentence": r["exact"]}
        if r["exact"] and (r["src"], r["exact"]) not in d["seen"]:  # a link and its citation quote one sentence
            d["seen"].add((r["src"], r["exact"]))
            d["evidence"].append(ev)
    info = reader.documents(by_doc)
    out = []
    for i, d in sorted(by_doc.items()):
        rels = d["relations"]
        if len(rels) > 1:
            rels.discard("cites")  # a lineage relation says more than the bare citation
        ev = sorted(d["evidence"], key=lambda e: (e["source"] or "", e["span"], e["sentence"]))
        out.append({**info[i], "relations": sorted(rels), "evidence": ev})
    return out


def list_agencies(store, *, text: Optional[str] = None, level: Optional[str] = None,
                  limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Agencies with the number of tasks they lead (their own, not sub-organisations')."""
    rows = [r for r in as_reader(store).agency_rows()
            if _has(r["label"], text) and (not level or r["level"] == level)]
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
    reader = as_reader(store)
    iri, kind = resolve(reader, id_or_iri)
    if kind != "document":
        raise NotFoundError(f"{id_or_iri!r} is a {kind}, not a document")
    current = [r for r in reader.sources(iri) if r["current"]]
    if not current:
        raise NotFoundError(f"{iri} is known only by citation: cancu holds no text for it")
    g = current[0]["g"]
    src = sorted(run(reader.store, "document_text", g=g), key=lambda r: r["f"] or "")
    spans = run(reader.store, "source_spans", g=g)
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
