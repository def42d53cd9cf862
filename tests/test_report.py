"""Task reports (CSV and XLSX) as offices keep them: through the CLI and the REST API, on the
bundled examples; cells checked by opening the files with csv and openpyxl."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cancu.cli import main
from cancu.graph import ingest_extraction, open_store

openpyxl = pytest.importorskip("openpyxl", reason="the xlsx extra is not installed")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
GRAPH_FIXTURES = Path(__file__).parent / "fixtures" / "graph"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
WARD_TASK = "Xây dựng Trang thông tin điện tử phường"
HEADERS_VI = ["STT", "Nhiệm vụ", "Văn bản giao", "Mục", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn",
              "Hạn hoàn thành", "Tình trạng (đến ngày 01/08/2025)", "Căn cứ pháp lý", "Mã nhiệm vụ"]
HEADERS_EN = ["No.", "Task", "Assigned by", "Item", "Lead agency", "Coordinating agencies", "Deadline (as written)",
              "Due date", "Status (as of 2025-08-01)", "Legal basis", "Task id"]
HOSTILE = "=HYPERLINK(\"http://x.invalid\",\"bấm\")"


def _hostile_plan() -> tuple[dict, str]:
    """A hand-made plan whose tasks start like formulas and carry a control character."""
    ex = copy.deepcopy(json.loads((GRAPH_FIXTURES / "plan_a.json").read_text(encoding="utf-8")))
    ex["doc"]["symbol"], ex["doc"]["title"] = "77/KH-UBND", "Kế hoạch thử công thức"
    ex["tasks"][0]["text"] = HOSTILE
    second = copy.deepcopy(ex["tasks"][0])
    second.update(no="2", text="- Rà soát\x07 thủ tục")
    third = copy.deepcopy(ex["tasks"][0])
    third.update(no="3", text="@Phòng Nội vụ rà soát", deadline=dict(second["deadline"], text="+30 ngày"))
    ex["tasks"] += [second, third]
    return ex, (GRAPH_FIXTURES / "plan_a.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "store"
    assert main(["--store", str(path), "ingest", str(EXAMPLES)]) == 0
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel on Windows needs the BOM to read UTF-8"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def ward_row(rows: list[list[str]]) -> list[str]:
    return next(r for r in rows[1:] if r[1].startswith(WARD_TASK))


# --- the CLI ------------------------------------------------------------------------------------

def test_csv_report_has_the_office_columns_and_the_basis_of_each_task(store_path, tmp_path, capsys):
    out = tmp_path / "r.csv"
    rc, _, err = run(capsys, "--store", str(store_path), "tasks", "--as-of", "1/8/2025", "--format", "csv",
                     "-o", str(out))
    assert rc == 0, err
    assert "wrote 102 tasks" in err  # the seeds' table rows and prose duties
    rows = read_csv(out.read_bytes())
    assert rows[0] == HEADERS_VI
    assert [r[0] for r in rows[1:]] == [str(i) for i in range(1, 103)]  # STT numbers the rows
    r = ward_row(rows)
    assert r[2] == "Kế hoạch Cải cách hành chính phường Bắc Nha Trang năm 2025 của UBND phường Bắc Nha Trang"
    assert r[3] == "VI.3" and r[4] == "Phòng Văn hóa - Xã hội"
    assert r[6].startswith("Trong quý III/2025") and r[7] == "2025-09-30"  # CSV dates are ISO
    assert r[8] == "Chưa đến hạn"
    basis = r[9].split("\n")
    # national first, each as a legal officer cites it
    assert basis[0] == "Nghị quyết số 76/NQ-CP ngày 15/07/2021 của Chính phủ"
    assert "Quyết định số 311/QĐ-UBND ngày 15/07/2025 của UBND tỉnh Khánh Hòa" in basis
    assert "Kết luận số 91-KL/TU, ngày 18/10/2022 của Ban Thường vụ Tỉnh ủy Khánh Hòa" in basis  # Party: comma
    assert basis.index("Quyết định số 311/QĐ-UBND ngày 15/07/2025 của UBND tỉnh Khánh Hòa") > \
        basis.index("Luật Tổ chức Chính quyền địa phương số 72/2025/QH15 ngày 16/06/2025 của Quốc hội")
    assert r[10].endswith("/task/33") and r[10].startswith("doc/")
    # the plan 298/KH-UBND of Nha Trang: numbered, dated, with its issuer
    nt = next(r for r in rows[1:] if "298/KH-UBND" in r[2])
    assert nt[2] == "Kế hoạch số 298/KH-UBND ngày 13/01/2023 của UBND thành phố Nha Trang"


@pytest.mark.parametrize("as_of, status", [("1/8/2025", "Chưa đến hạn"), ("20/9/2025", "Sắp đến hạn"),
                                           ("1/10/2025", "Quá hạn (chưa ghi nhận hoàn thành)")])
def test_status_column_is_the_status_filter_of_cancu_tasks_as_of_the_date(store_path, capsys, as_of, status):
    rc, out, err = run(capsys, "--store", str(store_path), "tasks", "--as-of", as_of, "--format", "csv")
    assert rc == 0, err
    rows = read_csv(out.encode("utf-8"))
    assert ward_row(rows)[8] == status
    day = dt.date(*reversed([int(x) for x in as_of.split("/")]))
    assert rows[0][8] == f"Tình trạng (đến ngày {day:%d/%m/%Y})"
    # every row's status agrees with the JSON of the same command
    rc, js, _ = run(capsys, "--store", str(store_path), "tasks", "--as-of", as_of, "--format", "json")
    labels = json.loads((Path(__file__).parent.parent / "api" / "data" / "ui.json").read_text("utf-8"))
    want = [labels["statuses"]["vi"][t["status"]] for t in json.loads(js)]
    assert [r[8] for r in rows[1:]] == want
    assert "Thường xuyên, định kỳ" in want  # recurring tasks are reported as such


def test_filters_select_the_report_rows(store_path, capsys):
    rc, out, _ = run(capsys, "--store", str(store_path), "tasks", "--as-of", "1/10/2025", "--status", "qua_han",
                     "--format", "csv")
    rows = read_csv(out.encode("utf-8"))
    assert rc == 0 and len(rows) > 1
    assert {r[8] for r in rows[1:]} == {"Quá hạn (chưa ghi nhận hoàn thành)"}


def test_xlsx_report_cells_widths_frozen_header_and_real_dates(store_path, tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    rc, _, err = run(capsys, "--store", str(store_path), "tasks", "--as-of", "2025-08-01", "--format", "xlsx",
                     "-o", str(out))
    assert rc == 0, err
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Nhiệm vụ", "Ghi chú"]
    ws = wb["Nhiệm vụ"]
    assert [c.value for c in ws[1]] == HEADERS_VI
    assert all(c.font.bold and c.alignment.wrap_text for c in ws[1])
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:K103" and ws.print_title_rows == "$1:$1"
    assert ws.max_row == 103
    assert ws.column_dimensions["B"].width >= 50 and ws.column_dimensions["J"].width >= 50
    assert ws.column_dimensions["A"].width <= 8
    row = next(r for r in ws.iter_rows(min_row=2) if str(r[1].value).startswith(WARD_TASK))
    assert row[0].value == 32 and row[0].data_type == "n"
    due = row[7]
    assert due.is_date and due.value == dt.datetime(2025, 9, 30) and due.number_format == "DD/MM/YYYY"
    assert row[8].value == "Chưa đến hạn"
    assert row[9].value.split("\n")[0] == "Nghị quyết số 76/NQ-CP ngày 15/07/2021 của Chính phủ"
    assert row[9].alignment.wrap_text and row[1].alignment.wrap_text
    # a task whose deadline is an event has no due date: the cell is empty, not a made-up date
    cond = next(r for r in ws.iter_rows(min_row=2) if r[8].value == "Có điều kiện" and not r[7].value)
    assert cond[6].value
    notes = {r[0].value: r[1].value for r in wb["Ghi chú"].iter_rows() if r[0].value}
    assert notes["Tình trạng tính đến ngày"] == dt.datetime(2025, 8, 1)
    assert notes["Số nhiệm vụ"] == 102
    assert "không nhiệm vụ nào" in notes["Đúng hạn"]  # no completion data: said, not faked


def test_english_report(store_path, tmp_path, capsys):
    out = tmp_path / "r.xlsx"
    assert run(capsys, "--store", str(store_path), "tasks", "--as-of", "2025-08-01", "--format", "xlsx",
               "--lang", "en", "-o", str(out))[0] == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Tasks"]
    assert [c.value for c in ws[1]] == HEADERS_EN
    row = next(r for r in ws.iter_rows(min_row=2) if str(r[1].value).startswith(WARD_TASK))
    assert row[7].number_format == "YYYY-MM-DD" and row[8].value == "Not yet due"
    assert "Nghị quyết 76/NQ-CP of 2021-07-15, Chính phủ" in row[9].value.split("\n")


def test_xlsx_to_a_terminal_is_refused_with_a_clear_message(store_path):
    """Run in a pseudo-terminal, as a user typing the command would."""
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.run([sys.executable, "-m", "cancu.cli", "--store", str(store_path), "tasks",
                           "--format", "xlsx"], stdout=follower, stderr=subprocess.PIPE, timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    os.close(follower)
    os.close(leader)
    assert proc.returncode == 2
    err = proc.stderr.decode("utf-8")
    assert "cancu: error: --format xlsx writes a spreadsheet file" in err and "-o FILE.xlsx" in err


def test_xlsx_without_the_extra_names_it(store_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now raises ImportError
    rc, _, err = run(capsys, "--store", str(store_path), "tasks", "--format", "xlsx", "-o", "/tmp/never.xlsx")
    assert rc == 2 and 'pip install "cancu[xlsx]"' in err
    assert not Path("/tmp/never.xlsx").exists()


def test_output_option_and_format_errors(store_path, tmp_path, capsys):
    rc, _, err = run(capsys, "--store", str(store_path), "tasks", "-o", str(tmp_path / "t.txt"))
    assert rc == 2 and "-o writes json, csv or xlsx" in err
    rc, _, err = run(capsys, "--store", str(store_path), "tasks", "--format", "pdf")
    assert rc == 2 and "table, json, csv, xlsx" in err
    rc, _, err = run(capsys, "--store", str(store_path), "tasks", "--format", "csv", "--lang", "fr")
    assert rc == 2 and "vi, en" in err
    out = tmp_path / "sub" / "t.json"
    rc, _, err = run(capsys, "--store", str(store_path), "tasks", "--format", "json", "--limit", "2", "-o", str(out))
    assert rc == 0 and len(json.loads(out.read_text("utf-8"))) == 2


# --- untrusted text ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def hostile_store():
    store = open_store(None, backend="memory")
    ex, text = _hostile_plan()
    ingest_extraction(store, ex, text, file_name="hostile.txt", checksum="f" * 64)
    return store


def test_text_that_looks_like_a_formula_stays_text(hostile_store):
    from cancu.graph.analytics import tasks
    from cancu.report import task_report, to_csv, to_xlsx

    rep = task_report(hostile_store, tasks(hostile_store, as_of="2025-08-01"), as_of="2025-08-01")
    rows = read_csv(to_csv(rep))
    texts = {r[1]: r for r in rows[1:]}
    assert "'" + HOSTILE in texts  # CSV: a leading ' keeps Excel from running it
    assert "'- Rà soát thủ tục" in texts  # and the bell character is gone
    assert texts["'@Phòng Nội vụ rà soát"][6] == "'+30 ngày"
    wb = openpyxl.load_workbook(io.BytesIO(to_xlsx(rep)))
    cells = {r[1].value: r for r in wb.active.iter_rows(min_row=2)}
    assert cells[HOSTILE][1].data_type == "s"  # XLSX: stored as text, exactly as written
    assert cells["@Phòng Nội vụ rà soát"][6].value == "+30 ngày"


# --- the REST API -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def client(example_store):
    pytest.importorskip("fastapi", reason="the api extra is not installed")
    from fastapi.testclient import TestClient

    from cancu.api.app import create_app
    from cancu.api.settings import Settings

    return TestClient(create_app(Settings(max_results=40), store=example_store))


def test_api_csv_by_accept(client):
    r = client.get("/api/v1/tasks", params={"as_of": "2025-08-01"}, headers={"Accept": "text/csv"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv; charset=utf-8")
    assert r.headers["content-disposition"] == 'attachment; filename="cancu-tasks-2025-08-01.csv"'
    rows = read_csv(r.content)
    assert rows[0] == HEADERS_VI
    # the whole selection, not a JSON page, up to CANCU_MAX_RESULTS (40 here), said in a header
    assert len(rows) == 41 and r.headers["cancu-truncated"] == "true"
    page = client.get("/api/v1/tasks", params={"as_of": "2025-08-01", "limit": 3, "offset": 31},
                      headers={"Accept": "text/csv"})
    rows = read_csv(page.content)
    assert len(rows) == 4 and "cancu-truncated" not in page.headers
    assert rows[1][1].startswith(WARD_TASK) and rows[1][0] == "1"


def test_api_xlsx_in_english_by_accept_language(client):
    r = client.get("/api/v1/tasks", params={"as_of": "2025-08-01", "status": "chua_den_han", "limit": 5},
                   headers={"Accept": XLSX, "Accept-Language": "en-GB,en;q=0.9,vi;q=0.5"})
    assert r.status_code == 200 and r.headers["content-type"] == XLSX
    assert r.headers["content-language"] == "en"
    wb = openpyxl.load_workbook(io.BytesIO(r.content))
    ws = wb["Tasks"]
    assert [c.value for c in ws[1]] == HEADERS_EN and ws.max_row == 6
    assert {c.value for c in ws["I"][1:]} == {"Not yet due"}
    notes = {row[0].value: row[1].value for row in wb["Notes"].iter_rows() if row[0].value}
    assert "Status: Not yet due" in notes["Filters"] and "At most: 5" in notes["Filters"]


def test_api_json_stays_the_default(client):
    for accept in (None, "*/*", "text/html", "text/csv;q=0.5, */*", "application/json, text/csv;q=0.9"):
        r = client.get("/api/v1/tasks", params={"limit": 2}, headers={"Accept": accept} if accept else {})
        assert r.headers["content-type"] == "application/json", accept
        assert len(r.json()["items"]) == 2


def test_api_openapi_documents_the_report_media_types(client):
    op = client.get("/openapi.json").json()["paths"]["/api/v1/tasks"]["get"]
    content = op["responses"]["200"]["content"]
    assert set(content) == {"application/json", "text/csv", XLSX}
    assert content["application/json"]["schema"]["$ref"].endswith("Page_TaskSummary_")
    assert content[XLSX]["schema"] == {"type": "string", "format": "binary"}
