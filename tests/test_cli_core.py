"""A core install (``pip install cancu``, no extras) runs every core command, and a command
whose extra is missing says which one to install.

Each command runs in a child Python in which the modules of the extras (api, viz, owl)
cannot be imported, which is what a core install has (CI also installs the core alone
in a fresh virtual environment, see .ci/run). This test is why ``cancu --version`` no
longer ends in ``ModuleNotFoundError: No module named 'jinja2'``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
TASK = "Xây dựng Trang thông tin điện tử phường"

#: top-level modules only the extras bring (what `pip install .` lacks: checked in .ci/run)
EXTRA_MODULES = {
    "api": ("fastapi", "starlette", "uvicorn", "pydantic_settings", "jinja2", "multipart", "python_multipart",
            "mimeparse"),
    "viz": ("pyvis",),
    "owl": ("owlready2",),
}

BLOCKER = """
import importlib.abc, sys
BLOCKED = set({blocked!r})
class NoExtras(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, NoExtras())
from cancu.cli import main
sys.exit(main(sys.argv[1:]))
"""


def core(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    blocked = sorted(m for mods in EXTRA_MODULES.values() for m in mods)
    return subprocess.run([sys.executable, "-c", BLOCKER.format(blocked=blocked), *args],
                          capture_output=True, text=True, encoding="utf-8", cwd=cwd, timeout=300)


def ok(res: subprocess.CompletedProcess) -> str:
    assert res.returncode == 0, (res.returncode, res.stderr[-2000:])
    assert "Traceback" not in res.stderr, res.stderr[-2000:]
    return res.stdout


def test_the_blocker_really_hides_the_extras():
    res = subprocess.run([sys.executable, "-c",
                          BLOCKER.replace("from cancu.cli import main\nsys.exit(main(sys.argv[1:]))",
                                                                "import jinja2").format(blocked=["jinja2"])],
                         capture_output=True, text=True)
    assert res.returncode != 0 and "No module named 'jinja2'" in res.stderr


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("core") / "store"
    out = ok(core("--store", str(path), "ingest", str(EXAMPLES), "--format", "json"))
    assert len(json.loads(out)["added"]) == 2
    return path


def test_version_help_and_extract_without_extras():
    assert ok(core("--version")).startswith("cancu ")
    assert "trace" in ok(core("--help"))
    data = json.loads(ok(core("extract", str(EXAMPLES / "003_7d26c286be1eb3a6.txt"))))
    assert data["doc"]["symbol"] == "298/KH-UBND"


def test_every_core_command_runs_without_extras(store, tmp_path):
    s = ["--store", str(store)]
    national = json.loads(ok(core(*s, "trace", TASK, "--format", "json")))["basis"]["national"]
    assert "76/NQ-CP" in {d["symbol"] for d in national}
    assert json.loads(ok(core(*s, "impact", "91-KL/TU", "--format", "json")))["counts"]["tasks"] > 0
    assert len(json.loads(ok(core(*s, "tasks", "--format", "json")))) > 50
    assert "tasks with gaps: " in ok(core(*s, "gaps"))
    assert json.loads(ok(core(*s, "stats", "--format", "json")))["documents"]["total"] > 0
    out = tmp_path / "store.trig"
    ok(core(*s, "export", "--format", "trig", "-o", str(out)))
    assert out.stat().st_size > 1000
    res = core(*s, "validate", "--format", "json")  # pyshacl is core
    assert res.returncode in (0, 1) and "Traceback" not in res.stderr, res.stderr[-2000:]
    assert "conforms" in json.loads(res.stdout)


@pytest.mark.parametrize("args,extra", [
    (["serve"], "api"),
    (["demo", "--no-serve"], None),  # the demo prints without the api extra; serving needs it
    (["viz", TASK, "-o", "{tmp}/v.html"], "viz"),
    (["check"], "owl"),
])
def test_a_command_whose_extra_is_missing_names_it(store, tmp_path, args, extra):
    res = core("--store", str(store), *[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert "Traceback" not in res.stderr, res.stderr[-2000:]
    if extra is None:
        assert res.returncode == 0, res.stderr[-2000:]
        return
    assert res.returncode == 2, (res.returncode, res.stdout[-500:], res.stderr[-1000:])
    assert f'pip install "cancu[{extra}]"' in res.stderr, res.stderr
