"""A :class:`~cancu.report.rows.TaskReport` as CSV or XLSX bytes.

CSV (standard library): UTF-8 with a byte order mark — without it Excel on Windows
reads the file in the machine's ANSI code page and Vietnamese turns to mojibake —
CRLF line ends, every field the document gave kept whole (a multi-line basis cell
is quoted). Dates are ISO 8601, which Excel reads as a date in every locale
(``30/09/2025`` would be read month-first by an English Excel). A value starting
with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) gets a leading ``'``:
Excel would otherwise run it as a formula (CSV injection; document text is not
trusted, and Vietnamese lists start lines with "-").

XLSX (openpyxl, the ``xlsx`` extra): a "Nhiệm vụ" sheet with the header row
frozen, filters on it, bold wrapped headers, set column widths, wrapped text, the
due date as a real Excel date (shown ``dd/mm/yyyy`` in Vietnamese, ISO in English),
landscape A4 pages fitted to the width with the header repeated on each printed
page; a "Ghi chú" sheet with the date the status is reckoned at, the filters, how
each status is decided and what the basis column holds. Text cells are always text:
a task starting with ``=`` is never stored as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from typing import Any

from cancu import __version__
from cancu.errors import require_extra
from cancu.i18n import fmt_date, section
from cancu.report.rows import TaskReport

CSV_MEDIA_TYPE = "text/csv"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: first characters that make Excel read a CSV cell as a formula
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: control characters (from PDFs and old files) an XLSX file cannot hold (XML 1.0 forbids them,
#: openpyxl would raise); left out of CSV too, where they would only garble a cell
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: column widths in characters, by report column key (wide enough for a ward's agency names)
WIDTHS = {"no": 6, "task": 60, "document": 38, "item": 8, "lead": 28, "coordinating": 28, "deadline": 22,
          "due": 13, "status": 20, "basis": 60, "id": 30}


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _text(str(value))
    return "'" + text if text.startswith(_FORMULA_START) else text


def to_csv(report: TaskReport) -> bytes:
    """The report as CSV bytes: UTF-8 with BOM, a header row, one row per task."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(report.headers())
    for row in report.rows:
        w.writerow([_csv_cell(v) for v in report.values(row)])
    return buf.getvalue().encode("utf-8-sig")


def _text(value: str) -> str:
    return _ILLEGAL_XML.sub("", value)


def to_xlsx(report: TaskReport) -> bytes:
    """The report as an XLSX workbook (bytes). Needs the ``xlsx`` extra (openpyxl)."""
    openpyxl = require_extra("xlsx", "openpyxl")
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    strings = section("report", report.lang)
    date_format = "DD/MM/YYYY" if report.lang == "vi" else "YYYY-MM-DD"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = strings["sheet"]
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    keys = [key for key, _ in TaskReport.COLUMNS]

    for c, header in enumerate(report.headers(), start=1):
        cell = ws.cell(row=1, column=c, value=_text(header))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = border
        ws.column_dimensions[get_column_letter(c)].width = WIDTHS.get(keys[c - 1], 20)
    for r, row in enumerate(report.rows, start=2):
        for c, value in enumerate(report.values(row), start=1):
            cell = ws.cell(row=r, column=c)
            if isinstance(value, str):
                if value:
                    cell.value = _text(value)
                    cell.data_type = "s"  # openpyxl would store a text starting with "=" as a formula
            else:
                cell.value = value
            if isinstance(value, dt.date):
                cell.number_format = date_format
            cell.alignment = wrap_top
            cell.border = border
    last = get_column_letter(len(keys))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last}{max(1, len(report.rows) + 1)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    _notes(wb.create_sheet(strings["notes_sheet"]), report, strings, Font, wrap_top)
    wb.properties.title = strings["title"]
    wb.properties.creator = f"cancu {__version__}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _notes(ws, report: TaskReport, strings: dict, Font, wrap_top) -> None:
    """The notes sheet: what the report lists and how to read its status and basis columns."""
    from cancu.graph.analytics import SOON_DAYS, STATUSES

    notes, names = strings["notes"], strings["filters"]
    statuses = section("statuses", report.lang)
    shown = {k: statuses.get(v, v) if k == "status" else v for k, v in report.filters.items()}
    filters = "; ".join(f"{names.get(k, k)}: {v}" for k, v in shown.items()) or notes["none"]
    today = fmt_date(dt.date.today(), report.lang)
    lines: list[tuple[str, Any]] = [
        (strings["title"], None),
        (notes["as_of"], report.as_of),
        (notes["filters"], filters),
        (notes["count"], len(report.rows)),
        (notes["made_by"], notes["made_by_value"].format(version=__version__, date=today)),
        ("", None),
        (notes["statuses"], None),
    ]
    lines += [(statuses[s], strings["status_notes"][s].format(days=SOON_DAYS)) for s in STATUSES]
    lines += [("", None), (notes["due"], notes["due_note"]), (notes["basis"], notes["basis_note"]),
              ("CSV", notes["csv_note"])]
    for r, (label, value) in enumerate(lines, start=1):
        a = ws.cell(row=r, column=1, value=_text(label))
        a.font = Font(bold=True)
        a.alignment = wrap_top
        if value is None:
            continue
        b = ws.cell(row=r, column=2, value=_text(value) if isinstance(value, str) else value)
        if isinstance(value, str):
            b.data_type = "s"
        if isinstance(value, dt.date):
            b.number_format = "DD/MM/YYYY" if report.lang == "vi" else "YYYY-MM-DD"
        b.alignment = wrap_top
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 100
