"""Task reports as Vietnamese offices keep them: a spreadsheet (XLSX) or CSV.

:mod:`cancu.report.rows` turns the task list of :func:`cancu.graph.analytics.tasks`
into typed report rows (STT, nhiệm vụ, văn bản giao, chủ trì, phối hợp, thời hạn,
tình trạng as of a date, căn cứ pháp lý); :mod:`cancu.report.write` writes them as
CSV (standard library) or XLSX (openpyxl, the ``xlsx`` extra). The command line
(``cancu tasks --format xlsx|csv``) and the REST API (``GET /api/v1/tasks`` with
``Accept: text/csv`` or the XLSX media type) both write through here.
"""

from __future__ import annotations

from cancu.report.rows import ReportRow, TaskReport, document_citation, task_basis, task_report
from cancu.report.write import CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE, to_csv, to_xlsx

__all__ = ["ReportRow", "TaskReport", "document_citation", "task_basis", "task_report", "to_csv", "to_xlsx",
           "CSV_MEDIA_TYPE", "XLSX_MEDIA_TYPE"]
