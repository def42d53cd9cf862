"""Property-based run of the REST API against its own OpenAPI schema: no input gives a 5xx,
and every answer matches the schema its route declares (status, content type, body).

schemathesis generates requests from /openapi.json (paths, query types, bounds) and
hypothesis explores them; the SPARQL endpoint has its own protocol tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the api extra is not installed")
schemathesis = pytest.importorskip("schemathesis", reason="the test extra is not installed")
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error, response_schema_conformance  # noqa: E402

from cancu.api.app import create_app  # noqa: E402
from cancu.api.settings import Settings  # noqa: E402
from cancu.graph import open_store  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"

_store = open_store(None, backend="memory")
_store.ingest_paths([EXAMPLES])
APP = create_app(Settings(token="secret"), store=_store)

schema = schemathesis.openapi.from_asgi("/openapi.json", APP).include(path_regex=r"^/api/v1/")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
