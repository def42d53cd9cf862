"""Property-based run of the whole API against its own OpenAPI schema — the REST routes, the
SPARQL protocol and the Graph Store Protocol: no input gives a 5xx, and every answer matches
what its operation declares (status code, media type, headers, body).

schemathesis generates requests from /openapi.json (paths, parameters, the documented
bodies: forms, sparql-query and sparql-update text, RDF bodies, multipart uploads) and
hypothesis explores them, once anonymously and once with the token for the writes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the api extra is not installed")
schemathesis = pytest.importorskip("schemathesis", reason="the test extra is not installed")
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from schemathesis.checks import not_a_server_error, response_schema_conformance  # noqa: E402
from schemathesis.specs.openapi.checks import (  # noqa: E402
    content_type_conformance,
    response_headers_conformance,
    status_code_conformance,
)

from cancu.api.app import create_app  # noqa: E402
from cancu.api.settings import Settings  # noqa: E402
from cancu.graph import open_store  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_headers_conformance,
          response_schema_conformance]

_store = open_store(None, backend="memory")
_store.ingest_paths([EXAMPLES])
APP = create_app(Settings(token="secret", query_timeout=2.0), store=_store)

schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors_and_answers_match_the_schema(case):
    case.call_and_validate(checks=CHECKS)


@schema.include(method=["POST", "PUT", "DELETE"]).parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_writes_with_the_token_match_the_schema(case):
    case.call_and_validate(headers={"Authorization": "Bearer secret"}, checks=CHECKS)


def test_options_names_exactly_the_methods_of_each_path():
    client = TestClient(APP)
    paths = APP.openapi()["paths"]
    for path, item in paths.items():
        concrete = path.replace("{ident}", "x").replace("{ident:path}", "x")
        r = client.options(concrete)
        assert r.status_code == 204, (path, r.status_code)
        declared = {m.upper() for m in item} | {"OPTIONS"}
        assert set(r.headers["allow"].split(", ")) == declared, (path, r.headers["allow"])
    r = client.request("PATCH", "/sparql/graph")
    assert r.status_code == 405 and set(r.headers["allow"].split(", ")) == {"GET", "POST", "PUT", "DELETE", "OPTIONS"}
