"""The rows of a task report: one typed record per task, in the language asked for.

A row holds what a Vietnamese office's task register has (STT, nhiệm vụ, văn bản
giao, cơ quan chủ trì, phối hợp, thời hạn, tình trạng) plus the legal basis of the
task, read from the graph by one function (:func:`task_basis`), and the deadline's
last day as a real date so a spreadsheet can sort and filter on it.

The status is the one ``cancu tasks --status`` filters on
(:func:`cancu.graph.analytics.deadline_status`, reckoned at ``as_of``). cancu holds
no record of a task's completion, so "quá hạn" means "deadline passed, no completion
recorded" and "đúng hạn" (completed on time) is never given; the report's notes say so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from cancu.i18n import as_date, fmt_date, lang_or_default, section

#: order of the basis column: the levels of trace()'s basis groups, national first
BASIS_GROUPS = ("national", "provincial", "local")


@dataclass(frozen=True)
class ReportRow:
    """One task of a report, every field as the reader sees it (``due`` stays a date)."""

    no: int                   # STT: position in the report, from 1
    task: str                 # the task's text
    document: str             # văn bản giao: the assigning document's citation
    item: str                 # where the task sits in its document ("VI.3")
    lead: str                 # cơ quan chủ trì, "; " between several
    coordinating: str         # cơ quan phối hợp
    deadline: str             # thời hạn as the document writes it
    due: Optional[dt.date]    # the deadline's last day, when it has one
    status: str               # status code (STATUSES of cancu.graph.analytics)
    status_label: str         # the status in the report's language
    basis: tuple[str, ...]    # căn cứ pháp lý: one citation per document, national first
    id: str                   # the task's short id (the API's ``id``)


@dataclass
class TaskReport:
    """A report: its rows, the date the status is reckoned at, the language, the filters used."""

    rows: list[ReportRow]
    as_of: dt.date
    lang: str = "vi"
    filters: dict[str, str] = field(default_factory=dict)

    #: columns in order: (key of ``ui.json`` report.columns, ReportRow field)
    COLUMNS = (("no", "no"), ("task", "task"), ("document", "document"), ("item", "item"), ("lead", "lead"),
               ("coordinating", "coordinating"), ("deadline", "deadline"), ("due", "due"),
               ("status", "status_label"), ("basis", "basis"), ("id", "id"))

    def headers(self) -> list[str]:
        """Column headers in the report's language (the status one names the date)."""
        names = section("report", self.lang)["columns"]
        return [names[key].format(date=fmt_date(self.as_of, self.lang)) for key, _ in self.COLUMNS]

    def values(self, row: ReportRow) -> list[Any]:
        """The cells of ``row`` in column order (the basis as one line per document)."""
        out = []
        for _key, attr in self.COLUMNS:
            v = getattr(row, attr)
            out.append("\n".join(v) if isinstance(v, tuple) else v)
        return out


NAMED_KINDS = ("Luật", "Bộ luật", "Pháp lệnh")  # kinds cited by their name ("Luật Đất đai 2024"), not their number


def document_citation(doc: dict[str, Any], lang: str = "vi") -> str:
    """How a legal officer cites a document: kind, number, date and issuer.

    The Vietnamese form is the one basis clauses use ("Quyết định số 311/QĐ-UBND
    ngày 15/07/2025 của UBND tỉnh Khánh Hòa"; a Party document puts a comma before
    the date: "Kết luận số 91-KL/TU, ngày 18/10/2022 của …"). A document without a
    number is named by its title ("Kế hoạch Cải cách hành chính …"); a law is known by
    its name, so its name stands before its number ("Luật Tổ chức chính quyền địa phương
    số 72/2025/QH15 …", as basis clauses write it), not the bare kind.

    >>> document_citation({"kind": "Quyết định", "symbol": "311/QĐ-UBND", "date": "2025-07-15",
    ...                    "issuer": "UBND tỉnh Khánh Hòa", "sphere": "state"})
    'Quyết định số 311/QĐ-UBND ngày 15/07/2025 của UBND tỉnh Khánh Hòa'
    >>> document_citation({"kind": "Luật", "symbol": "72/2025/QH15", "date": "2025-06-16",
    ...                    "title": "Luật Tổ chức chính quyền địa phương"})
    'Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/06/2025'
    >>> document_citation({"kind": "Kế hoạch", "title": "Cải cách hành chính phường Bắc Nha Trang năm 2025",
    ...                    "issuer": "UBND phường Bắc Nha Trang"}, "en")
    'Kế hoạch Cải cách hành chính phường Bắc Nha Trang năm 2025, UBND phường Bắc Nha Trang'
    """
    forms = section("report", lang)["citation"]
    kind = (doc.get("kind") or "").strip()
    symbol, title = doc.get("symbol"), (doc.get("title") or "").strip()
    if symbol:
        named = kind in NAMED_KINDS and title.casefold().startswith(kind.casefold())
        text = (title if named else kind) + forms["symbol"].format(symbol=symbol)
    elif title:
        text = title if not kind or title.casefold().startswith(kind.casefold()) else f"{kind} {title}"
    else:
        text = doc.get("label") or kind or str(doc.get("iri", "")).rsplit("/", 1)[-1]
    if as_date(doc.get("date")):
        form = forms["party_date"] if doc.get("sphere") == "party" else forms["date"]
        text += form.format(date=fmt_date(doc["date"], lang))
    if doc.get("issuer"):
        text += forms["issuer"].format(issuer=doc["issuer"])
    return text.strip()


def task_basis(store, task_iri: str) -> list[dict[str, Any]]:
    """The documents a task rests on, each with its identity fields: the task's own basis first
    (what its row names, "theo Công văn số 12/CV-BCĐ …", and what that rests on), then the basis
    inherited from its plan; national first within each.

    This is the one place the report reads a task's legal basis: the task's trace
    (:func:`cancu.graph.lineage.trace`, whose documents say which part they belong to).
    """
    from cancu.graph.lineage import trace

    basis = trace(store, task_iri)["basis"]
    docs = [d for group in BASIS_GROUPS for d in basis.get(group, [])]
    return [d for d in docs if d.get("scope") == "own"] + [d for d in docs if d.get("scope") != "own"]


def _item(t: dict[str, Any]) -> str:
    """Where a task sits in its document: "VI.3", "3", or the section alone."""
    return ".".join(str(p) for p in (t.get("section"), t.get("no")) if p)


def task_report(store, tasks: Iterable[dict[str, Any]], *, as_of: Optional[str | dt.date] = None,
                lang: str = "vi", filters: Optional[dict[str, Any]] = None) -> TaskReport:
    """A report of ``tasks`` (dicts of :func:`cancu.graph.analytics.tasks`, already filtered
    and carrying their ``status`` as of ``as_of``), in ``lang``.

    ``filters`` (name → value, ``None`` values dropped) are written into the report's
    notes so a printed copy says what it lists.
    """
    from cancu.api.ids import to_id
    from cancu.graph.lineage import documents

    lang = lang_or_default(lang)
    day = as_date(as_of) or dt.date.today()
    tasks = list(tasks)
    statuses = section("statuses", lang)
    docs = documents(store, {t["document"] for t in tasks if t.get("document")})
    rows = []
    for n, t in enumerate(tasks, start=1):
        dl = t.get("deadline") or {}
        doc = docs.get(t.get("document")) or {"iri": t.get("document"), "label": t.get("document_label")}
        rows.append(ReportRow(
            no=n, task=t.get("text") or "", document=document_citation(doc, lang), item=_item(t),
            lead="; ".join(t.get("lead") or []), coordinating="; ".join(t.get("coordinating") or []),
            deadline=dl.get("text") or "", due=as_date(dl.get("end")), status=t["status"],
            status_label=statuses.get(t["status"], t["status"]),
            basis=tuple(document_citation(d, lang) for d in task_basis(store, t["iri"])),
            id=to_id(t["iri"])))
    shown = {k: str(v) for k, v in (filters or {}).items() if v not in (None, "")}
    return TaskReport(rows=rows, as_of=day, lang=lang, filters=shown)
