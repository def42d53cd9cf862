#!/usr/bin/env python3
"""Set up a virtual environment and run cancu's main job or its tests.

This is what the README's two commands call, on Linux, macOS and Windows alike:

    python3 scripts/bootstrap.py serve   # main job: serve the bundled examples
    python3 scripts/bootstrap.py test    # ruff, vulture, then the whole test suite and doctests

It creates ``.venv`` beside the repository (once), installs cancu into it with
the extras the job needs (again only when pyproject.toml changed), installs the
programs its readers call when they are missing and apt-get can be used (Debian's
tesseract-ocr and tesseract-ocr-vie for scanned PDFs, libreoffice-writer-nogui for
Word 97-2003 .doc files), then runs the job. Only the standard library is
used here, so any Python >= 3.10 can start it.
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


def _has_ocr() -> bool:
    import shutil

    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return "vie" in (langs.stdout + langs.stderr).split()


def _has_libreoffice() -> bool:
    import shutil

    return bool(shutil.which("soffice") or shutil.which("libreoffice"))


#: The programs cancu's readers call, as (what they read, Debian packages, is it there):
#: Tesseract with Vietnamese data for scanned PDFs (loaders/formats/ocr.py), LibreOffice's
#: Writer without GUI for Word 97-2003 .doc files (loaders/formats/doc.py).
SYSTEM_TOOLS = (
    ("scanned PDFs", ["tesseract-ocr", "tesseract-ocr-vie"], _has_ocr),
    ("Word 97-2003 .doc files", ["libreoffice-writer-nogui"], _has_libreoffice),
)


def ensure_tools() -> None:
    """Install the missing programs of :data:`SYSTEM_TOOLS` (Debian's packages) with apt-get.

    Without them the files they read are refused with a message saying what to install, so a
    machine where they cannot be installed here (no apt-get, no root and no password-less sudo)
    still runs: this says so and goes on.
    """
    import shutil

    missing = [(what, pkgs) for what, pkgs, present in SYSTEM_TOOLS if not present()]
    if not missing:
        return
    packages = [p for _, pkgs in missing for p in pkgs]
    needs = "; ".join(f"{what} need {', '.join(pkgs)}" for what, pkgs in missing)
    if not shutil.which("apt-get"):
        print(f"note: {needs}: install them with your system's package manager", flush=True)
        return
    sudo: list[str] = []
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        if not shutil.which("sudo") or subprocess.call(["sudo", "-n", "true"], stderr=subprocess.DEVNULL) != 0:
            print(f"note: {needs}: sudo apt-get install " + " ".join(packages), flush=True)
            return
        sudo = ["sudo", "-n"]
    log = VENV / "apt-tools.log"
    print(f"installing {' '.join(packages)} with apt-get (log: {log})", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    with open(log, "w", encoding="utf-8") as out:
        for cmd in ([*sudo, "apt-get", "update", "-q"],
                    [*sudo, "apt-get", "install", "-y", "-q", "--no-install-recommends", *packages]):
            out.write("+ " + " ".join(cmd) + "\n")
            out.flush()
            if subprocess.call(cmd, stdout=out, stderr=subprocess.STDOUT, env=env) != 0:
                print(f"note: installing {' '.join(packages)} failed (see {log}); {needs}", flush=True)
                return


def serve(args: list[str]) -> int:
    ensure_env(EXTRAS["serve"])
    ensure_tools()
    cancu = _bin("cancu")
    return _run([cancu, "--store", STORE, "demo", *args])


def lint() -> int:
    """ruff (lint and import order) and vulture (dead code), as pyproject.toml configures them."""
    for cmd in ([_bin("ruff"), "check", "."], [_bin("vulture")]):
        rc = _run(cmd, cwd=ROOT)
        if rc != 0:
            print(f"{Path(cmd[0]).stem} failed (exit status {rc}): see above", file=sys.stderr)
            return rc
    return 0


def test(args: list[str]) -> int:
    ensure_env(EXTRAS["test"])
    ensure_tools()
    # the whole suite (no arguments, as the README and CI run it) starts with the linters;
    # a run of chosen tests does not
    if not args:
        rc = lint()
        if rc != 0:
            return rc
    # pytest runs tests/ and, with --doctest-modules (pyproject.toml), the package's docstring examples
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
