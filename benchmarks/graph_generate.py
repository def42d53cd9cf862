"""Synthetic national-scale graph shaped like the real one, as N-Quads.

National documents (laws, decrees, resolutions; some resting on others), 34
provinces with provincial decisions and party conclusions resting on national
documents, and for each commune plans of ~40 tasks: a ward decision based on
national and provincial documents issuing a plan with task rows (lead and
coordinating agencies, deadline). Terms and shapes are those ingest writes
(cc:Link nodes with evidence spans, cc:restsOn beside each specific relation,
one named graph per "file"), plus the lineage closure graph ingest maintains.

    python benchmarks/graph_generate.py 1e6 > /tmp/g.nq
"""

from __future__ import annotations

import random
import sys
from typing import Iterator

from cancu.graph.ingest import closure
from cancu.graph.store.base import canonical_graph as lineage_graph  # the closure lives in the canonical graph

CC = "https://w3id.org/cancu/ontology#"
B = "https://w3id.org/cancu/id/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
TIME = "http://www.w3.org/2006/time#"
XSD_DATE = "^^<http://www.w3.org/2001/XMLSchema#date>"
TRIPLES_PER_PLAN = 660  # measured from this generator (40 tasks × 13 + documents, links, closure)


class Gen:
    def __init__(self, target: int, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.target = target
        self.n_plans = max(34, target // TRIPLES_PER_PLAN)
        self.edges: list[tuple[str, str]] = []
        self.tasks: list[str] = []
        self.national: list[str] = []
        self.agencies: list[str] = []
        #: task → (plan, lead, coordinating agency, deadline end date): the in-process floor reads these
        self.task_info: dict[str, tuple[str, str, str, str]] = {}

    def doc(self, g, iri, kind, symbol, level, issuer, date) -> Iterator[str]:
        yield f"<{iri}> {RDF_TYPE} <{CC}Document> <{g}> ."
        yield f'<{iri}> <{CC}kindLabel> "{kind}" <{g}> .'
        yield f'<{iri}> <{CC}symbol> "{symbol}" <{g}> .'
        yield f'<{iri}> <{CC}level> "{level}" <{g}> .'
        yield f'<{iri}> <{CC}issuerName> "{issuer}" <{g}> .'
        yield f'<{iri}> <{CC}issueDate> "{date}"{XSD_DATE} <{g}> .'
        yield f'<{iri}> {LABEL} "{kind} {symbol}" <{g}> .'
        yield f'<{iri}> <{CC}describedBy> <{g}> <{g}> .'

    def link(self, g, a, prop, b, k) -> Iterator[str]:
        self.edges.append((a, b))
        ln, sp = f"{g}/link/{k}", f"{g}/span/{k * 100}-{k * 100 + 80}"
        yield f"<{a}> <{CC}{prop}> <{b}> <{g}> ."
        yield f"<{a}> <{CC}restsOn> <{b}> <{g}> ."
        yield f"<{ln}> <{CC}from> <{a}> <{g}> ."
        yield f"<{ln}> <{CC}to> <{b}> <{g}> ."
        yield f'<{ln}> <{CC}relation> "{prop}" <{g}> .'
        yield f"<{ln}> <{CC}evidence> <{sp}> <{g}> ."
        yield f'<{sp}> <http://www.w3.org/ns/oa#exact> "Căn cứ văn bản số {k} ..." <{g}> .'
        yield f'<{sp}> <http://www.w3.org/ns/oa#start> "{k * 100}"^^<http://www.w3.org/2001/XMLSchema#integer> <{g}> .'
        yield f'<{sp}> <http://www.w3.org/ns/oa#end> "{k * 100 + 80}"^^<http://www.w3.org/2001/XMLSchema#integer> <{g}> .'
        yield f"<{sp}> <{CC}inSource> <{g}> <{g}> ."

    def quads(self) -> Iterator[str]:
        r = self.rng
        g = f"{B}source/national"
        for i in range(max(60, self.n_plans // 50)):
            iri = f"{B}doc/chinh-phu/nghi-quyet/2024/{i}-nq-cp"
            yield from self.doc(g, iri, "Nghị quyết", f"{i}/NQ-CP", "national", "Chính phủ", "2024-03-01")
            if self.national and r.random() < 0.5:
                yield from self.link(g, iri, "basedOn", r.choice(self.national), i)
            self.national.append(iri)
        prov_docs: dict[int, list[str]] = {}
        for p in range(34):
            g = f"{B}source/province-{p}"
            prov_docs[p] = []
            for j in range(20):
                iri = f"{B}doc/ubnd-tinh-{p}/quyet-dinh/2025/{j}-qd-ubnd"
                yield from self.doc(g, iri, "Quyết định", f"{j}/QĐ-UBND", "provincial", f"UBND tỉnh {p}", "2025-02-01")
                for k, n in enumerate(r.sample(self.national, 3)):
                    yield from self.link(g, iri, "basedOn", n, j * 10 + k)
                if prov_docs[p] and r.random() < 0.6:
                    yield from self.link(g, iri, "implements", r.choice(prov_docs[p]), j * 10 + 9)
                prov_docs[p].append(iri)
        for k in range(self.n_plans):
            p = k % 34
            commune = 20000 + k % 3321
            g = f"{B}source/plan-{k}"
            dec = f"{B}doc/ubnd-xa-{commune}/quyet-dinh/2025/{k}-qd-ubnd"
            plan = f"{B}doc/ubnd-xa-{commune}/ke-hoach/2025/{k}-kh-ubnd"
            yield from self.doc(g, dec, "Quyết định", f"{k}/QĐ-UBND", "commune", f"UBND xã {commune}", "2025-08-01")
            yield from self.doc(g, plan, "Kế hoạch", f"{k}/KH-UBND", "commune", f"UBND xã {commune}", "2025-08-01")
            yield from self.link(g, plan, "attachedTo", dec, 1)
            yield from self.link(g, dec, "basedOn", r.choice(self.national), 2)
            yield from self.link(g, dec, "basedOn", r.choice(prov_docs[p]), 3)
            yield from self.link(g, dec, "basedOn", r.choice(prov_docs[p]), 4)
            ubnd = f"{B}agency/ubnd-xa-{commune}"
            for t in range(40):
                ti = f"{plan}/task/{t + 1}"
                lead = f"{ubnd}/phong-{t % 4}"
                self.tasks.append(ti)
                self.task_info[ti] = (plan, lead, f"{ubnd}/phong-{(t + 1) % 4}", f"2025-{1 + t % 12:02d}-28")
                yield f"<{ti}> {RDF_TYPE} <{CC}Task> <{g}> ."
                yield f"<{plan}> <{CC}hasTask> <{ti}> <{g}> ."
                yield f"<{ti}> <{CC}taskOf> <{plan}> <{g}> ."
                yield f'<{ti}> <{CC}text> "Nhiệm vụ {t + 1} của kế hoạch {k}: triển khai chuyển đổi số" <{g}> .'
                yield f'<{ti}> <{CC}taskNo> "{t + 1}" <{g}> .'
                yield f"<{ti}> <{CC}assignedTo> <{lead}> <{g}> ."
                yield f"<{ti}> <{CC}coordinatedBy> <{ubnd}/phong-{(t + 1) % 4}> <{g}> ."
                yield f"<{ti}> <{CC}dueBy> <{ti}/deadline> <{g}> ."
                yield f'<{ti}/deadline> <{CC}deadlineText> "Tháng {1 + t % 12}/2025" <{g}> .'
                yield f"<{ti}/deadline> <{TIME}hasEnd> <{ti}/deadline/end> <{g}> ."
                yield f'<{ti}/deadline/end> <{TIME}inXSDDate> "2025-{1 + t % 12:02d}-28"{XSD_DATE} <{g}> .'
                yield f'<{ti}> <{CC}evidence> <{g}/span/{t}> <{g}> .'
                yield f'<{g}/span/{t}> <http://www.w3.org/ns/oa#exact> "{t + 1}. Nhiệm vụ ..." <{g}> .'
            for a in range(4):
                yield f"<{ubnd}/phong-{a}> <{CC}subOrganizationOf> <{ubnd}> <{g}> ."
                yield f'<{ubnd}/phong-{a}> {LABEL} "Phòng {a}" <{g}> .'
            self.agencies.append(ubnd)
        lg = lineage_graph()
        for a, bs in closure(self.edges).items():
            for b in bs:
                yield f"<{a}> <{CC}restsOn> <{b}> <{lg}> ."


def main() -> None:
    target = int(float(sys.argv[1]) if len(sys.argv) > 1 else 1e5)
    n = 0
    for q in Gen(target).quads():
        sys.stdout.write(q + "\n")
        n += 1
    print(f"{n} quads", file=sys.stderr)


if __name__ == "__main__":
    main()
