"""Word 97-2003 binary documents (``.doc``), read through LibreOffice's conversion to DOCX.

Offices still send ``.doc`` files (OLE compound documents). No maintained pure-Python
reader of the Word binary format exists; the small C readers give plain text only
(catdoc drops Word's list numbers — "1. Cài đặt …" becomes "Cài đặt …" — and mangles
fast-saved pieces; antiword flattens tables to ``|`` rows). LibreOffice's Word filter is
the maintained reader of the format (Word 6 to 2003, fast saves, list numbering, tables,
the two-column header table, Unicode and 8-bit code-page text alike), so the file is
converted headless to DOCX and read by :func:`cancu.loaders.formats.docx.read_docx`:
the structured reader then sees the paragraphs, list numbers and tables of a ``.doc``
exactly as it sees a ``.docx``'s.

Before converting, the compound file is opened with ``olefile`` to refuse by name what
no conversion can read: a damaged container, an OLE file that holds no Word document
(an old Excel or PowerPoint file), a password-protected document (the Word header's
``fEncrypted`` flag, or an encrypted DOCX package, which is also an OLE file). A ``.doc``
that is really RTF (Word's "save as" of many portals) goes through the same conversion.

Every failure is a :class:`~cancu.errors.LegacyWordError`; when LibreOffice is missing
the message still says how to convert the file by hand. The conversion runs in a fresh
temporary directory with its own LibreOffice profile (so parallel conversions do not
share a lock) and is stopped, with every process it started, after
``CANCU_DOC_TIMEOUT`` seconds (default 120).
"""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Optional

from cancu.errors import LegacyWordError, SettingError
from cancu.loaders import limits
from cancu.loaders.blocks import Layout

#: The first bytes of an OLE2 compound file (Word 97-2003 .doc, also old .xls/.ppt).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: An RTF file, which Word and portals often save under a .doc name.
RTF_MAGIC = b"{\\rtf"

#: ``wIdent`` of the Word file header (FIB): Word 97-2003, and Word 6.0/95.
_WORD_IDENTS = {0xA5EC, 0xA5DC}
_F_ENCRYPTED = 0x0100  # FIB flags (offset 0x0A): fEncrypted

INSTALL_HINT = "install LibreOffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui)"
CONVERT_HINT = ("open it in Word or LibreOffice and save it as .docx (or run: libreoffice --headless "
                "--convert-to docx FILE.doc), then extract the .docx")

DEFAULT_TIMEOUT = 120.0


def soffice() -> Optional[str]:
    """The LibreOffice program: ``CANCU_SOFFICE`` when set, else ``soffice``/``libreoffice`` on PATH."""
    configured = os.environ.get("CANCU_SOFFICE")
    if configured:
        return shutil.which(configured)
    return shutil.which("soffice") or shutil.which("libreoffice")


def _timeout() -> float:
    """``CANCU_DOC_TIMEOUT`` seconds, or the default; a value that is not a positive number is a SettingError."""
    raw = (os.environ.get("CANCU_DOC_TIMEOUT") or "").strip()
    if not raw:
        return DEFAULT_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not value > 0:
        raise SettingError(f"CANCU_DOC_TIMEOUT must be a positive number, not {raw!r}")
    return value


def check_ole(data: bytes, *, source: str) -> None:
    """Refuse, by name, a compound file no conversion can read (damaged, not Word, password-protected)."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception as exc:  # olefile raises OSError and several parsing errors for damaged containers
        raise LegacyWordError(f"a damaged Word 97-2003 .doc file (the compound file cannot be opened: "
                              f"{exc.__class__.__name__})", source=source) from None
    try:
        if ole.exists("EncryptedPackage"):
            raise LegacyWordError("a password-protected Word file; remove the password in Word and save it "
                                  "again, then extract it", source=source)
        if not ole.exists("WordDocument"):
            raise LegacyWordError("an OLE compound file without a Word document in it (an old Excel or "
                                  "PowerPoint file?); cancu reads Word documents", source=source)
        try:
            fib = ole.openstream("WordDocument").read(12)
        except Exception as exc:
            raise LegacyWordError(f"a damaged Word 97-2003 .doc file (its Word stream cannot be read: "
                                  f"{exc.__class__.__name__})", source=source) from None
        if len(fib) < 12 or struct.unpack_from("<H", fib, 0)[0] not in _WORD_IDENTS:
            raise LegacyWordError("a damaged Word 97-2003 .doc file (no Word file header)", source=source)
        if struct.unpack_from("<H", fib, 0x0A)[0] & _F_ENCRYPTED:
            raise LegacyWordError("a password-protected Word 97-2003 .doc file; remove the password in Word "
                                  "and save it again, then extract it", source=source)
    finally:
        ole.close()


def convert_to_docx(data: bytes, *, source: str, suffix: str = ".doc") -> bytes:
    """The DOCX that LibreOffice makes of ``data``; LegacyWordError when it cannot."""
    program = soffice()
    if program is None:
        raise LegacyWordError(f"a Word 97-2003 .doc file, and LibreOffice, which cancu reads them with, is not "
                              f"installed: {INSTALL_HINT}; or {CONVERT_HINT}", source=source)
    timeout = _timeout()
    with tempfile.TemporaryDirectory(prefix="cancu-doc-") as tmp:
        work = Path(tmp)
        src = work / f"document{suffix}"
        src.write_bytes(data)
        out = work / "out"
        cmd = [program, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless", "--norestore",
               "--nologo", "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(src)]
        env = {**os.environ, "HOME": str(work)}
        # its own session: a timeout stops soffice.bin too, not only the launcher script
        proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=env, start_new_session=True)
        try:
            _, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(proc)
            raise LegacyWordError(f"LibreOffice did not finish converting the .doc file within {timeout:g} s "
                                  "(CANCU_DOC_TIMEOUT)", source=source) from None
        result = out / "document.docx"
        if proc.returncode != 0 or not result.is_file() or result.stat().st_size == 0:
            why = err.decode("utf-8", "replace").strip().splitlines()
            why = [w for w in why if "javaldx" not in w]  # a harmless warning of installs without Java
            detail = f" ({why[-1][:200]})" if why else ""
            raise LegacyWordError(f"a damaged or unreadable Word .doc file: LibreOffice could not convert it"
                                  f"{detail}", source=source)
        return result.read_bytes()


def _kill(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    proc.communicate()


def read_doc(data: bytes, *, source: str) -> Layout:
    """Read the bytes of a Word 97-2003 ``.doc`` (or RTF saved as .doc) into a layout."""
    from cancu.loaders.formats.docx import read_docx

    if data.startswith(OLE_MAGIC):
        check_ole(data, source=source)
        suffix = ".doc"
    elif data[:512].lstrip().startswith(RTF_MAGIC):
        suffix = ".rtf"
    else:
        raise LegacyWordError("not a Word 97-2003 .doc file (no compound-file or RTF header)", source=source)
    converted = convert_to_docx(data, source=source, suffix=suffix)
    limits.check_zip(converted, source=source)
    layout = read_docx(converted, source=source)
    return replace(layout, format="doc", notes=[*layout.notes, "read from a LibreOffice conversion to DOCX"])
