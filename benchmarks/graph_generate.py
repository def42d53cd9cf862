"""Synthetic national-scale graph shaped like the real one, as N-Quads of source-file graphs.

What ingest writes, file by file (one named graph each): a file per group of
national documents (laws, decrees, resolutions; some resting on others), per
province (34, with decisions resting on national documents and on each other),
and per commune plan: a ward decision based on national and provincial documents
issuing a plan with ~40 task rows (lead and coordinating agencies, deadline,
evidence spans). Cited documents are asserted in every citing file as ingest
asserts them (identity fields, ``cc:citedOnly true``, the span they are cited at),
with the multiplicity real corpora have: every plan cites one national resolution
(the 76/NQ-CP of the seeds), the others are cited with a Zipf-like skew, so at
1e7 triples one document is mentioned by ~10,000 files and a handful by
thousands. The canonical graph is not generated: the benchmark builds it from
these files with the code ingest uses (``cancu.graph.canonical.rebuild``), so
its cost is measured too.

    python benchmarks/graph_generate.py 1e6 > /tmp/g.nq
"""

from __future__ import annotations

import random
import sys
from typing import Iterator

CC = "https://w3id.org/cancu/ontology#"
B = "https://w3id.org/cancu/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
TIME = "http://www.w3.org/2006/time#"
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_DATE = f"^^<{XSD}date>"
XSD_INT = f"^^<{XSD}integer>"
XSD_BOOL = f"^^<{XSD}boolean>"
KIND = "https://w3id.org/cancu/ontology/kind/"
AGENCY_KIND = "https://w3id.org/cancu/ontology/agency-kind/"
TRIPLES_PER_PLAN = 1000  # measured from this generator (40 tasks × 20 + documents, citations, links)


def lit(v) -> str:
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


class Gen:
    def __init__(self, target: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.target = target
        self.n_plans = max(34, target // TRIPLES_PER_PLAN)
        self.edges: list[tuple[str, str]] = []       # lineage edges (a rests on b)
        self.tasks: list[str] = []
        self.national: list[str] = []
        self.national_info: dict[str, tuple] = {}    # iri → (kind, symbol, date)
        self.provincial: dict[int, list[str]] = {}
        self.prov_info: dict[str, tuple] = {}
        self.agencies: list[str] = []
        self.mentions: dict[str, int] = {}           # document → files mentioning it
        #: task → (plan, lead, coordinating agency, deadline end date): the in-process floor reads these
        self.task_info: dict[str, tuple[str, str, str, str]] = {}

    # --- pieces of one file graph, as graph/build.py writes them -----------------------------------
    def source(self, g: str, k: int) -> Iterator[str]:
        yield f"<{g}> {RDF_TYPE} <{CC}SourceFile> <{g}> ."
        yield f'<{g}> <{CC}checksum> "{k:064x}" <{g}> .'
        yield f'<{g}> <{CC}fileName> "/data/{g.rsplit("/", 1)[-1]}.txt" <{g}> .'
        yield f'<{g}> <{CC}cancuVersion> "0.1.0" <{g}> .'
        yield f'<{g}> <http://www.w3.org/ns/prov#generatedAtTime> "2026-12-01T00:00:00+00:00"^^<{XSD}dateTime> <{g}> .'

    def span(self, g: str, s: int, e: int, exact: str) -> Iterator[str]:
        sp = f"{g}/span/{s}-{e}"
        yield f"<{sp}> {RDF_TYPE} <{CC}TextSpan> <{g}> ."
        yield f'<{sp}> <{OA}start> "{s}"{XSD_INT} <{g}> .'
        yield f'<{sp}> <{OA}end> "{e}"{XSD_INT} <{g}> .'
        yield f"<{sp}> <{OA}exact> {lit(exact)} <{g}> ."
        yield f"<{sp}> <{CC}inSource> <{g}> <{g}> ."

    def agency(self, g: str, iri: str, label: str, level: str, *, parent=None, unit=None, kind="state"):
        yield f"<{iri}> {RDF_TYPE} <{CC}Agency> <{g}> ."
        yield f"<{iri}> {LABEL} {lit(label)} <{g}> ."
        yield f"<{iri}> <{CC}agencyKind> <{AGENCY_KIND}{kind}> <{g}> ."
        yield f'<{iri}> <{CC}level> "{level}" <{g}> .'
        if parent:
            yield f"<{iri}> <{CC}subOrganizationOf> <{parent}> <{g}> ."
        if unit:
            yield f"<{iri}> <{CC}jurisdiction> <{unit}> <{g}> ."

    def doc(self, g, iri, kind, kind_slug, symbol, level, issuer, issuer_iri, date, *, own: bool) -> Iterator[str]:
        yield f"<{iri}> {RDF_TYPE} <{CC}Document> <{g}> ."
        yield f"<{iri}> <{CC}kindLabel> {lit(kind)} <{g}> ."
        yield f"<{iri}> <{CC}kind> <{KIND}{kind_slug}> <{g}> ."
        yield f"<{iri}> <{CC}symbol> {lit(symbol)} <{g}> ."
        yield f'<{iri}> <{CC}number> "{symbol.split("/")[0].split("-")[0]}" <{g}> .'
        yield f'<{iri}> <{CC}issueDate> "{date}"{XSD_DATE} <{g}> .'
        yield f"<{iri}> <{CC}issuedBy> <{issuer_iri}> <{g}> ."
        yield f"<{iri}> <{CC}issuerName> {lit(issuer)} <{g}> ."
        yield f'<{iri}> <{CC}level> "{level}" <{g}> .'
        yield f'<{iri}> <{CC}sphere> "state" <{g}> .'
        yield f"<{iri}> {LABEL} {lit(kind + ' ' + symbol)} <{g}> ."
        yield f'<{iri}> <{CC}citedOnly> "{"false" if own else "true"}"{XSD_BOOL} <{g}> .'
        if own:
            yield f"<{iri}> <{CC}describedBy> <{g}> <{g}> ."
        self.mentions[iri] = self.mentions.get(iri, 0) + 1

    def cited(self, g, iri, info, issuer, issuer_iri, level, at: int) -> Iterator[str]:
        kind, slug, symbol, date = info
        yield from self.doc(g, iri, kind, slug, symbol, level, issuer, issuer_iri, date, own=False)
        yield f"<{iri}> <{CC}citedAt> <{g}/span/{at}-{at + 40}> <{g}> ."
        yield from self.span(g, at, at + 40, f"Căn cứ {kind} số {symbol} ngày {date};")

    def link(self, g, a, prop, b, k, relation, at: int) -> Iterator[str]:
        self.edges.append((a, b))
        ln = f"{g}/link/{k}"
        yield f"<{a}> <{CC}{prop}> <{b}> <{g}> ."
        yield f"<{a}> <{CC}restsOn> <{b}> <{g}> ."
        yield f"<{ln}> {RDF_TYPE} <{CC}Link> <{g}> ."
        yield f"<{ln}> <{CC}from> <{a}> <{g}> ."
        yield f"<{ln}> <{CC}to> <{b}> <{g}> ."
        yield f'<{ln}> <{CC}relation> "{relation}" <{g}> .'
        yield f"<{ln}> <{CC}evidence> <{g}/span/{at}-{at + 40}> <{g}> ."

    # --- the files -----------------------------------------------------------------------------------
    def quads(self) -> Iterator[str]:
        r = self.rng
        cp, cp_iri = "Chính phủ", f"{B}agency/chinh-phu"
        n_nat = max(60, self.n_plans // 50)
        for i in range(n_nat):  # national documents, ten per file
            g = f"{B}source/national-{i // 10}"
            if i % 10 == 0:
                yield from self.source(g, 10 ** 9 + i)
                yield from self.agency(g, cp_iri, cp, "national")
            iri = f"{B}doc/chinh-phu/nghi-quyet/2024/{i}-nq-cp"
            info = ("Nghị quyết", "nghi_quyet", f"{i}/NQ-CP", "2024-03-01")
            self.national_info[iri] = info
            yield from self.doc(g, iri, *info[:3], "national", cp, cp_iri, info[3], own=True)
            yield from self.span(g, i * 100, i * 100 + 40, f"NGHỊ QUYẾT số {i}/NQ-CP")
            yield f"<{iri}> <{CC}evidence> <{g}/span/{i * 100}-{i * 100 + 40}> <{g}> ."
            if self.national and r.random() < 0.5:
                up = r.choice(self.national)
                yield from self.cited(g, up, self.national_info[up], cp, cp_iri, "national", 5000 + i * 100)
                yield f"<{iri}> <{CC}cites> <{up}> <{g}> ."
                yield from self.link(g, iri, "basedOn", up, i, "can_cu", 5000 + i * 100)
            self.national.append(iri)
        # the skew of real citations: rank k is cited about 1/k as often as rank 1
        weights = [1 / (k + 1) for k in range(len(self.national))]
        for p in range(34):
            g = f"{B}source/province-{p}"
            yield from self.source(g, 2 * 10 ** 9 + p)
            ub, ub_iri = f"UBND tỉnh {p}", f"{B}agency/ubnd-tinh-{p}"
            yield from self.agency(g, ub_iri, ub, "provincial")
            yield from self.agency(g, cp_iri, cp, "national")
            self.provincial[p] = []
            for j in range(20):
                iri = f"{B}doc/ubnd-tinh-{p}/quyet-dinh/2025/{j}-qd-ubnd"
                info = ("Quyết định", "quyet_dinh", f"{j}/QĐ-UBND", "2025-02-01")
                self.prov_info[iri] = (info, ub, ub_iri)
                yield from self.doc(g, iri, *info[:3], "provincial", ub, ub_iri, info[3], own=True)
                at = 10_000 * j
                for k, n in enumerate(dict.fromkeys(r.choices(self.national, weights, k=3))):
                    yield from self.cited(g, n, self.national_info[n], cp, cp_iri, "national", at + 100 * k)
                    yield f"<{iri}> <{CC}cites> <{n}> <{g}> ."
                    yield from self.link(g, iri, "basedOn", n, j * 10 + k, "can_cu", at + 100 * k)
                if self.provincial[p] and r.random() < 0.6:
                    up = r.choice(self.provincial[p])
                    yield f"<{iri}> <{CC}cites> <{up}> <{g}> ."
                    yield from self.link(g, iri, "implements", up, j * 10 + 9, "thuc_hien", at + 900)
                    yield from self.span(g, at + 900, at + 940, "Thực hiện Quyết định …")
                self.provincial[p].append(iri)
        for k in range(self.n_plans):
            yield from self.plan(k, weights)

    def plan(self, k: int, weights: list[float]) -> Iterator[str]:
        r = self.rng
        p = k % 34
        commune = 20000 + k % 3321
        g = f"{B}source/plan-{k}"
        yield from self.source(g, k)
        ub, ub_iri = f"UBND xã {commune}", f"{B}agency/ubnd-xa-{commune}"
        yield from self.agency(g, ub_iri, ub, "commune", unit=f"{B}unit/{commune}")
        yield f"<{B}unit/{commune}> {RDF_TYPE} <{CC}AdministrativeUnit> <{g}> ."
        yield f"<{B}unit/{commune}> {LABEL} {lit(f'xã {commune}')} <{g}> ."
        yield f'<{B}unit/{commune}> <{CC}unitLevel> "commune" <{g}> .'
        yield f"<{B}unit/{commune}> <{CC}partOf> <{B}unit/{p}> <{g}> ."
        dec = f"{B}doc/ubnd-xa-{commune}/quyet-dinh/2025/{k}-qd-ubnd"
        plan = f"{B}doc/ubnd-xa-{commune}/ke-hoach/2025/{k}-kh-ubnd"
        yield from self.doc(g, dec, "Quyết định", "quyet_dinh", f"{k}/QĐ-UBND", "commune", ub, ub_iri, "2025-08-01",
                            own=True)
        yield from self.doc(g, plan, "Kế hoạch", "ke_hoach", f"{k}/KH-UBND", "commune", ub, ub_iri, "2025-08-01",
                            own=True)
        yield f"<{dec}> <{CC}issuedWith> <{plan}> <{g}> ."
        yield from self.span(g, 0, 40, "QUYẾT ĐỊNH")
        yield from self.link(g, plan, "attachedTo", dec, 1, "issued_with", 0)
        cp, cp_iri = "Chính phủ", f"{B}agency/chinh-phu"
        # the seeds' 76/NQ-CP: every plan cites it; two more national documents by rank
        nats = list(dict.fromkeys([self.national[0], *r.choices(self.national, weights, k=2)]))
        at = 100
        for j, n in enumerate(nats):
            yield from self.cited(g, n, self.national_info[n], cp, cp_iri, "national", at)
            yield f"<{dec}> <{CC}cites> <{n}> <{g}> ."
            yield from self.link(g, dec, "basedOn", n, 2 + j, "can_cu", at)
            at += 100
        for j, pd in enumerate(dict.fromkeys(r.sample(self.provincial[p], 2))):
            info, pub, pub_iri = self.prov_info[pd]
            yield from self.agency(g, pub_iri, pub, "provincial")
            yield from self.cited(g, pd, info, pub, pub_iri, "provincial", at)
            yield f"<{dec}> <{CC}cites> <{pd}> <{g}> ."
            yield from self.link(g, dec, "basedOn", pd, 10 + j, "can_cu", at)
            at += 100
        for a in range(4):
            yield from self.agency(g, f"{ub_iri}/phong-{a}", f"Phòng {a}", "commune", parent=ub_iri,
                                   unit=f"{B}unit/{commune}")
        for t in range(40):
            ti = f"{plan}/task/{t + 1}"
            lead, coord = f"{ub_iri}/phong-{t % 4}", f"{ub_iri}/phong-{(t + 1) % 4}"
            end = f"2025-{1 + t % 12:02d}-28"
            self.tasks.append(ti)
            self.task_info[ti] = (plan, lead, coord, end)
            s0 = 20_000 + t * 200
            yield f"<{ti}> {RDF_TYPE} <{CC}Task> <{g}> ."
            yield f"<{plan}> <{CC}hasTask> <{ti}> <{g}> ."
            yield f"<{ti}> <{CC}taskOf> <{plan}> <{g}> ."
            text = f"Nhiệm vụ {t + 1} của kế hoạch {k}: triển khai chuyển đổi số"
            yield f"<{ti}> <{CC}text> {lit(text)} <{g}> ."
            yield f"<{ti}> {LABEL} {lit(text)} <{g}> ."
            yield f'<{ti}> <{CC}taskNo> "{t + 1}" <{g}> .'
            yield f'<{ti}> <{CC}section> "{"I" if t < 20 else "II"}" <{g}> .'
            yield f"<{ti}> <{CC}evidence> <{g}/span/{s0}-{s0 + 150}> <{g}> ."
            yield from self.span(g, s0, s0 + 150, f"{t + 1}. {text}")
            yield f"<{ti}> <{CC}assignedTo> <{lead}> <{g}> ."
            yield f"<{ti}> <{CC}coordinatedBy> <{coord}> <{g}> ."
            dl = f"{ti}/deadline"
            yield f"<{ti}> <{CC}dueBy> <{dl}> <{g}> ."
            yield f"<{dl}> {RDF_TYPE} <{CC}Deadline> <{g}> ."
            yield f'<{dl}> <{CC}deadlineText> "Tháng {1 + t % 12}/2025" <{g}> .'
            yield f"<{dl}> <{TIME}hasEnd> <{dl}/end> <{g}> ."
            yield f"<{dl}/end> {RDF_TYPE} <{TIME}Instant> <{g}> ."
            yield f'<{dl}/end> <{TIME}inXSDDate> "{end}"{XSD_DATE} <{g}> .'
        self.agencies.append(ub_iri)


def main() -> None:
    target = int(float(sys.argv[1]) if len(sys.argv) > 1 else 1e5)
    n = 0
    gen = Gen(target)
    for q in gen.quads():
        sys.stdout.write(q + "\n")
        n += 1
    top = sorted(gen.mentions.items(), key=lambda x: -x[1])[:3]
    print(f"{n} quads; most mentioned: " + ", ".join(f"{d.rsplit('/', 1)[-1]} in {m} files" for d, m in top),
          file=sys.stderr)


if __name__ == "__main__":
    main()
