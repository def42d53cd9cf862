"""Shared fixtures. Tests never read ../shared: documents they need are copied
into tests/fixtures or come from the bundled examples."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# The settings a developer's shell may carry (CANCU_API_TOKEN, CANCU_STORE, CANCU_PAGE_SIZE …)
# would change what the service and the CLI do under test: every test starts without them
# and sets what it needs. CANCU_TEST_* variables configure the tests themselves.
for _var in [v for v in os.environ if v.startswith("CANCU_") and not v.startswith("CANCU_TEST_")]:
    del os.environ[_var]

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


SPARQL_URL = os.environ.get("CANCU_TEST_SPARQL_URL")
NO_SERVER = "CANCU_TEST_SPARQL_URL unset: no SPARQL server (.ci/run starts Virtuoso)"


@pytest.fixture(scope="module", params=["oxigraph", pytest.param(
    "sparql", marks=[pytest.mark.sparql_server, pytest.mark.skipif(not SPARQL_URL, reason=NO_SERVER)])])
def example_store(request, tmp_path_factory):
    """The bundled examples ingested into an embedded store and, when CI started one, into
    the SPARQL server (cleared first): tests using it run once per backend, per module."""
    from cancu.graph import open_store

    if request.param == "sparql":
        s = open_store(backend="sparql", endpoint=SPARQL_URL)
        s.clear_cancu()
    else:
        s = open_store(tmp_path_factory.mktemp("st"))
    s.ingest_paths([EXAMPLES])
    return s


@pytest.fixture(scope="session")
def damaged_files() -> dict[str, bytes]:
    """Damaged files as offices and portals leave them: a PDF and a DOCX cut off in transfer, a DOCX whose
    document part is cut mid-element, TCVN3 and VNI text (a real basis line, encoded as the old fonts did)."""
    import io
    import zipfile

    fixtures = Path(__file__).parent / "fixtures" / "loaders"
    pdf = (fixtures / "office" / "header_cells.pdf").read_bytes()
    docx = (fixtures / "gold" / "o006.docx").read_bytes()
    cut = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as zin, zipfile.ZipFile(cut, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            data = zin.read(name)
            zout.writestr(name, data[: len(data) // 2] if name == "word/document.xml" else data)
    return {
        "cut.pdf": pdf[: len(pdf) // 2],
        "cut.docx": docx[: len(docx) // 2],
        "cut-xml.docx": cut.getvalue(),
        "tcvn3.txt": "C¨n cø LuËt Tæ chøc chÝnh quyÒn ®Þa ph­¬ng ngµy 16/6/2025".encode("latin-1"),
        "vni.txt": "Caên cöù Luaät Toå chöùc chính quyeàn ñòa phöông ngaøy 16/6/2025".encode("cp1252"),
    }
