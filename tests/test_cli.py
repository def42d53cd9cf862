"""The command line: version, help, store option and clean errors."""

from __future__ import annotations

import subprocess
import sys

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
