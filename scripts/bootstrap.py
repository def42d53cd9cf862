#!/usr/bin/env python3
"""Set up a virtual environment and run cancu's main job or its tests.

This is what the README's two commands call, on Linux, macOS and Windows alike:

    python3 scripts/bootstrap.py serve   # main job: serve the bundled examples
    python3 scripts/bootstrap.py test    # the whole test suite

It creates ``.venv`` beside the repository (once), installs cancu into it with
the extras the job needs (again only when pyproject.toml changed), then runs the
job. Only the standard library is used here, so any Python >= 3.10 can start it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(os.environ.get("CANCU_VENV", ROOT / ".venv"))
STORE = Path(os.environ.get("CANCU_STORE", ROOT / ".cancu" / "store"))
EXTRAS = {"serve": "all", "test": "dev"}


def _bin(name: str) -> Path:
    sub = "Scripts" if os.name == "nt" else "bin"
    exe = name + (".exe" if os.name == "nt" else "")
    return VENV / sub / exe


def _run(cmd: list[str | os.PathLike], **kw) -> int:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    return subprocess.call([str(c) for c in cmd], **kw)


def ensure_env(extra: str) -> None:
    """Create the venv and (re)install cancu[extra] when pyproject.toml changed."""
    if not _bin("python").exists():
        print(f"creating virtual environment in {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / f".cancu-installed-{extra}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    py = _bin("python")
    # pip and the build backend talk a lot (setuptools' note on every editable install, the
    # index's notices): their output goes to a log that is shown only when the install fails
    log = VENV / "cancu-install.log"
    print(f"installing cancu[{extra}] into {VENV} (the first time takes a few minutes; log: {log})",
          flush=True)
    with open(log, "w", encoding="utf-8") as out:
        for cmd, what in (([py, "-m", "pip", "install", "--upgrade", "pip"], "pip upgrade"),
                          ([py, "-m", "pip", "install", "-e", f"{ROOT}[{extra}]"], f"installing cancu[{extra}]")):
            out.write("+ " + " ".join(str(c) for c in cmd) + "\n")
            out.flush()
            if subprocess.call([str(c) for c in cmd], stdout=out, stderr=subprocess.STDOUT) != 0:
                out.close()
                sys.stderr.write(log.read_text(encoding="utf-8", errors="replace")[-6000:])
                sys.exit(f"{what} failed (whole log: {log})")
    stamp.write_text(digest)


def serve(args: list[str]) -> int:
    ensure_env(EXTRAS["serve"])
    cancu = _bin("cancu")
    return _run([cancu, "--store", STORE, "demo", *args])


def test(args: list[str]) -> int:
    ensure_env(EXTRAS["test"])
    rc = _run([_bin("python"), "-m", "pytest", *args], cwd=ROOT)
    # pytest exits 5 when it collected no test: that is a failure here.
    return 1 if rc == 5 else rc


def main(argv: list[str]) -> int:
    jobs = {"serve": serve, "test": test}
    if not argv or argv[0] not in jobs:
        print(__doc__)
        return 2
    return jobs[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
