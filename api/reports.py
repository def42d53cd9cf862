"""The task report as an answer of ``GET /api/v1/tasks``: CSV or XLSX by ``Accept``.

The route's JSON stays the default; a client that names ``text/csv`` or the XLSX
media type (at least as acceptable as JSON) gets the report of
:mod:`cancu.report` instead, in the language ``Accept-Language`` prefers
(Vietnamese unless English is preferred), as a download (``Content-Disposition``).
A report lists every task the filters select — the JSON page size does not apply;
``limit`` and ``offset``, when given, do — up to ``CANCU_MAX_RESULTS`` rows, with
``Cancu-Truncated: true`` when more were left out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from fastapi import Request
from fastapi.responses import Response

from cancu.api.conneg import named_choice, negotiate_language
from cancu.api.jsonld import JSONLD
from cancu.i18n import DEFAULT_LANG, LANGS
from cancu.report import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE

#: what the task list answers, JSON-LD and the reports named before JSON so a tie gives them
OFFERS = (("jsonld", JSONLD), ("csv", CSV_MEDIA_TYPE), ("xlsx", XLSX_MEDIA_TYPE), ("json", "application/json"))
REPORTS = ("csv", "xlsx")

#: the report media types in OpenAPI, beside the JSON of the route's response_model
OPENAPI_200: dict[str, Any] = {
    "description": "The tasks as JSON (a page), or the whole selection as a task report: CSV (UTF-8 with a "
                   "byte order mark, header row, ISO dates) or an XLSX workbook, when `Accept` names "
                   "`text/csv` or the XLSX media type; `Accept-Language: en` writes the report in English.",
    "content": {
        CSV_MEDIA_TYPE: {"schema": {"type": "string", "description": "Columns STT, Nhiệm vụ, Văn bản giao, Mục, "
                                    "Cơ quan chủ trì, Cơ quan phối hợp, Thời hạn, Hạn hoàn thành, Tình trạng, "
                                    "Căn cứ pháp lý, Mã nhiệm vụ"}},
        XLSX_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}},
    },
}


def report_format(request: Request) -> Optional[str]:
    """``"csv"`` or ``"xlsx"`` when the request asks for a report, else None (JSON or JSON-LD)."""
    fmt = named_choice(request.headers.get("accept"), OFFERS, "json")
    return fmt if fmt in REPORTS else None


def report_response(request: Request, store, rows: list[dict], fmt: str, *, as_of: Optional[dt.date],
                    filters: dict[str, Any], max_rows: int) -> Response:
    """The report of ``rows`` (the route's whole filtered task list) as a download."""
    from cancu.report import task_report, to_csv, to_xlsx

    params = request.query_params
    offset = int(params.get("offset") or 0)
    end = offset + int(params["limit"]) if params.get("limit") else None
    rows = rows[offset:end]
    truncated = len(rows) > max_rows
    rows = rows[:max_rows]
    lang = negotiate_language(request.headers.get("accept-language"), LANGS, DEFAULT_LANG)
    if params.get("limit"):
        filters = {**filters, "offset": offset or None, "limit": params["limit"]}
    elif offset:
        filters = {**filters, "offset": offset}
    report = task_report(store, rows, as_of=as_of, lang=lang, filters=filters)
    body = to_csv(report) if fmt == "csv" else to_xlsx(report)
    media = f"{CSV_MEDIA_TYPE}; charset=utf-8; header=present" if fmt == "csv" else XLSX_MEDIA_TYPE
    name = f"cancu-tasks-{report.as_of.isoformat()}.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "Content-Language": lang,
               "Vary": "Accept, Accept-Language"}
    if truncated:
        headers["Cancu-Truncated"] = "true"
    return Response(body, media_type=media, headers=headers)
