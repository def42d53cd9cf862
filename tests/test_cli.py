"""The command line: version, help, store option and clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import cancu
from cancu import config
from cancu.cli import app, main

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"cancu {cancu.__version__}"


def test_help_lists_every_command_with_a_line():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "--store" in result.stdout
    for command in app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")
        assert name in result.stdout
        assert command.help or (command.callback.__doc__ or "").strip(), name


def test_store_option_and_env(monkeypatch, tmp_path):
    monkeypatch.delenv(config.ENV_STORE, raising=False)
    assert config.store_path(tmp_path / "s") == tmp_path / "s"
    monkeypatch.setenv(config.ENV_STORE, str(tmp_path / "env"))
    assert config.store_path(None) == tmp_path / "env"
    monkeypatch.delenv(config.ENV_STORE)
    assert config.store_path(None) == config.default_store_path()


def test_console_script_runs():
    out = subprocess.run([sys.executable, "-m", "cancu.cli", "--version"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.startswith("cancu ")


def test_unknown_command_is_a_usage_error_not_a_traceback(capsys):
    rc = main(["no-such-command"])
    assert rc == 2
    assert "Traceback" not in capsys.readouterr().err


def test_nothing_named_graph_or_api_at_top_level():
    import importlib.util

    # The repository root maps to the package `cancu`; the sub-packages must not
    # be importable as top-level names from an installed environment.
    for name in ("graph", "api", "loaders", "viz", "ontology"):
        spec = importlib.util.find_spec(name)
        assert spec is None or "site-packages" not in (spec.origin or ""), name


def test_a_taken_port_is_one_line_naming_the_option(tmp_path, capsys):
    """README command 1 on a machine where 8000 is taken: one line saying so and what to use,
    before the examples are ingested (the store is not even created)."""
    import socket

    pytest.importorskip("fastapi", reason="the api extra is not installed")
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        for command in ("demo", "serve"):
            rc = main(["--store", str(tmp_path / command), command, "--port", str(port)])
            err = capsys.readouterr().err.strip()
            assert rc == 2 and len(err.splitlines()) == 1, err
            assert f"port {port} on 127.0.0.1 is already in use" in err and "--port" in err, err
    assert not (tmp_path / "demo").exists()


# --- the commands as a Vietnamese office user types them ---------------------------------

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    assert main(["--store", str(path), "ingest", str(EXAMPLES)]) == 0
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    rc = main(list(args))
    out, err = capsys.readouterr()
    return rc, out, err


def test_dates_as_vietnamese_users_write_them(store, capsys):
    iso = run(capsys, "--store", str(store), "tasks", "--due-from", "2025-07-01", "--due-to", "2025-09-30",
              "--format", "json")
    for form in (("1/7/2025", "30/9/2025"), ("01/07/2025", "30-09-2025"), ("1.7.2025", "30.9.2025")):
        dmy = run(capsys, "--store", str(store), "tasks", "--due-from", form[0], "--due-to", form[1],
                  "--format", "json")
        assert dmy == iso, form
    assert 0 < len(json.loads(iso[1])) < 102  # the window selects, and selects the same tasks
    rc, _, err = run(capsys, "--store", str(store), "tasks", "--due-from", "31/13/2025")
    assert rc == 2 and "--due-from '31/13/2025' is not a date" in err and "31/12/2025" in err
    assert "Traceback" not in err and "isoformat" not in err


def test_removing_a_file_the_store_does_not_hold_is_an_error_and_changes_nothing(tmp_path, capsys):
    """`cancu remove /nonexistent.txt` used to print "is not in the store" and exit 0, so a script
    could not tell a typo from a removal; it now fails as an unknown id does for trace (exit 2)."""
    import gc

    from cancu.graph import open_store

    doc = EXAMPLES / "000_b4f8ce09866c4c17.txt"
    path = tmp_path / "store"
    rc, _, err = run(capsys, "--store", str(path), "remove", str(doc))
    assert rc == 2 and "no store at" in err and not path.exists()  # no store is created to remove nothing from
    assert run(capsys, "--store", str(path), "ingest", str(doc))[0] == 0
    def size() -> int:
        store = open_store(path)
        n = len(store)
        del store
        gc.collect()  # release its lock for the next command
        return n

    before = size()
    rc, out, err = run(capsys, "--store", str(path), "remove", str(tmp_path / "nonexistent.txt"))
    assert rc == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert "nonexistent.txt is not in the store" in err and "Traceback" not in err
    assert size() == before > 0
    assert run(capsys, "--store", str(path), "remove", str(doc))[:2] == (0, "removed\n")
    assert run(capsys, "--store", str(path), "remove", str(doc))[0] == 2  # a second time: already gone


def test_an_unknown_area_or_status_names_the_valid_ones(store, capsys):
    rc, out, err = run(capsys, "--store", str(store), "tasks", "--area", "xyz")
    assert rc == 2 and out == ""
    assert "--area 'xyz'" in err and "e_government" in err and "public_finance" in err
    rc, _, err = run(capsys, "--store", str(store), "tasks", "--status", "late")
    assert rc == 2 and "qua_han" in err


def test_counts_are_singular_for_one(store, capsys):
    rc, out, _ = run(capsys, "--store", str(store), "tasks", "--limit", "1")
    assert rc == 0 and out.splitlines()[-1] == "1 task"
    rc, out, _ = run(capsys, "--store", str(store), "tasks")
    assert out.splitlines()[-1] == "102 tasks"  # the seeds' table rows and prose duties (gold: 39 + 63)
    rc, out, _ = run(capsys, "--store", str(store), "impact", "91-KL/TU")
    assert "101 tasks, 30 agencies" in out.splitlines()[0]


def test_gaps_limit_says_how_many_more(store, capsys):
    rc, out, _ = run(capsys, "--store", str(store), "gaps", "--limit", "3")
    lines = out.splitlines()
    head = next(i for i, ln in enumerate(lines) if ln.startswith("tasks with gaps: "))
    total = int(lines[head].split(": ", 1)[1].split(" ", 1)[0])
    assert total > 3
    more = next(ln for ln in lines[head:] if ln.startswith("  … "))
    assert more == f"  … and {total - 3} more (--offset 3; --limit 0 shows all)"
    shown = [ln for ln in lines[head + 1:lines.index(more)] if ln.startswith("    ")]
    assert len(shown) == 3 and all("[" in ln for ln in shown)  # each task with its number and its gap
    rc, out, _ = run(capsys, "--store", str(store), "gaps", "--limit", "0")
    assert "more (" not in out and len(out.splitlines()) > total


@pytest.mark.parametrize("name,fmt", [("ttl", "turtle"), ("nt", "nt"), ("nq", "nquads"), ("jsonld", "json-ld"),
                                      ("json-ld", "json-ld"), ("trig", "trig"), ("n-triples", "nt")])
def test_export_takes_the_usual_short_names(store, tmp_path, capsys, name, fmt):
    import rdflib

    out = tmp_path / f"store.{name}"
    rc, _, err = run(capsys, "--store", str(store), "export", "--format", name, "-o", str(out))
    assert rc == 0, err
    g = rdflib.Dataset() if fmt in ("nquads", "trig", "json-ld") else rdflib.Graph()
    g.parse(out, format=fmt)
    assert len(g) > 1000 or len(list(g.quads())) > 1000


def test_an_unknown_export_format_lists_the_names(store, capsys):
    rc, _, err = run(capsys, "--store", str(store), "export", "--format", "xyz")
    assert rc == 2 and "ttl" in err and "jsonld" in err


def test_validate_honours_format_table(store, capsys):
    rc, out, err = run(capsys, "--store", str(store), "validate", "--format", "table")
    assert rc == 0, err
    assert out.startswith("conforms to the SHACL shapes: 0 violations") and "{" not in out
    rc, out, _ = run(capsys, "--store", str(store), "validate", "--format", "json")
    assert json.loads(out)["conforms"] is True


def test_a_query_on_a_missing_store_says_which_and_creates_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(config, "default_store_path", lambda: tmp_path / "user-data" / "store")
    rc, out, err = run(capsys, "stats")  # no --store: the per-user default
    assert rc == 2 and out == ""
    assert f"no store at {tmp_path / 'user-data' / 'store'} (the default" in err and "--store" in err
    assert not (tmp_path / "user-data").exists()


def test_a_query_on_an_empty_store_says_which_store_it_used(tmp_path, capsys):
    from cancu.graph import open_store

    empty = tmp_path / "empty"
    import gc

    made = open_store(empty)  # an embedded store with nothing in it
    del made
    gc.collect()  # release its lock
    rc, out, err = run(capsys, "--store", str(empty), "stats")
    assert rc == 0 and "documents 0" in out
    assert f"note: the store at {empty} is empty" in err



def test_a_damaged_file_is_one_clear_error_line_and_changes_no_store(tmp_path, capsys, damaged_files):
    from cancu.graph import open_store
    from cancu.graph.ingest import ingest_paths

    store = open_store(tmp_path / "store")
    assert ingest_paths(store, [Path(cancu.__file__).parent / "examples" / "corpus" / "000_b4f8ce09866c4c17.txt"]).added
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = store.query(count).rows
    for name, data in damaged_files.items():
        bad = tmp_path / name
        bad.write_bytes(data)
        assert main(["extract", str(bad)]) == 2, name
        err = capsys.readouterr().err
        # one line, cancu's own: no traceback, no library's log line ("EOF marker not found") above it
        assert err.startswith("cancu: error: ") and err.count("\n") == 1 and name in err, err
        report = ingest_paths(store, [bad])
        assert len(report.failed) == 1 and not report.added, report.failed
    assert store.query(count).rows == before


def test_a_damaged_pdf_prints_no_library_log_line(tmp_path, damaged_files):
    # in a process of its own: pytest's log capture would hide pypdf's "EOF marker not found" from stderr
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(damaged_files["cut.pdf"])
    out = subprocess.run([sys.executable, "-m", "cancu.cli", "extract", str(bad)], capture_output=True, text=True)
    assert out.returncode == 2 and out.stderr.startswith("cancu: error: ") and out.stderr.count("\n") == 1, out.stderr
