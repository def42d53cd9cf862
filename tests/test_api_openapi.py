"""The OpenAPI contract as a client generator sees it: every GET under /api/v1 has a typed
200 schema (no ``{}``), errors are typed problems, and live answers match their schema."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the api extra is not installed")
jsonschema = pytest.importorskip("jsonschema", reason="the test extra is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from cancu.api.app import create_app  # noqa: E402
from cancu.api.settings import Settings  # noqa: E402


@pytest.fixture(scope="module")
def client(example_store):
    return TestClient(create_app(Settings(index="off"), store=example_store))


@pytest.fixture(scope="module")
def spec(client):
    return client.get("/openapi.json").json()


def client_view(spec: dict, schema: dict, seen: tuple = ()) -> dict:
    """``schema`` with every ``$ref`` replaced by its definition (what a generated client's
    models are made of); a recursive reference is kept as its name."""
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if ref:
            name = ref.rsplit("/", 1)[-1]
            if name in seen:
                return {"recursive": name}
            return client_view(spec, spec["components"]["schemas"][name], seen + (name,))
        return {k: client_view(spec, v, seen) for k, v in schema.items()}
    if isinstance(schema, list):
        return [client_view(spec, v, seen) for v in schema]
    return schema


def untyped(schema, where: str = "$") -> list[str]:
    """Places in a resolved schema a client would have to model as 'any'."""
    if not isinstance(schema, dict):
        return []
    if "recursive" in schema:
        return []
    for key in ("anyOf", "oneOf", "allOf"):
        if key in schema:
            return [p for i, s in enumerate(schema[key]) for p in untyped(s, f"{where}.{key}[{i}]")]
    if "const" in schema or "enum" in schema:
        return []
    kind = schema.get("type")
    if kind is None:
        return [where]
    if kind == "object":
        props = schema.get("properties")
        extra = schema.get("additionalProperties")
        if not props and not isinstance(extra, dict):
            return [where]  # an object with nothing said about its members
        out = [p for name, s in (props or {}).items() for p in untyped(s, f"{where}.{name}")]
        if isinstance(extra, dict):
            out += untyped(extra, f"{where}[*]")
        return out
    if kind == "array":
        return untyped(schema.get("items"), f"{where}[]") if schema.get("items") else [f"{where}[]"]
    return []


def get_routes(spec: dict) -> dict[str, dict]:
    return {path: ops["get"] for path, ops in spec["paths"].items()
            if path.startswith("/api/v1") and "get" in ops}


def test_every_get_under_api_v1_has_a_typed_200_schema(spec):
    routes = get_routes(spec)
    assert len(routes) >= 15, sorted(routes)
    problems = {}
    for path, op in routes.items():
        content = op["responses"]["200"].get("content", {})
        schema = content.get("application/json", {}).get("schema")
        view = client_view(spec, schema or {})
        holes = untyped(view) if schema else ["no application/json schema"]
        if view.get("type") != "object":
            holes.append("answer is not an object")
        if holes:
            problems[path] = holes
    assert not problems, problems


def test_error_answers_are_typed_problems(spec):
    for path, op in get_routes(spec).items():
        for status in ("404", "422"):
            if status in op["responses"]:
                schema = op["responses"][status]["content"]["application/problem+json"]["schema"]
                view = client_view(spec, schema)
                assert {"title", "status", "detail", "code"} <= set(view["properties"]), (path, status)
                assert not untyped(view), (path, status)


def test_the_checker_finds_an_untyped_answer():
    """The walker above must fail on the `{}` schemas the API used to publish."""
    assert untyped({}) == ["$"]
    assert untyped({"type": "object"}) == ["$"]
    assert untyped({"type": "object", "properties": {"a": {}, "b": {"type": "array"}}}) == ["$.a", "$.b[]"]
    assert untyped({"anyOf": [{"type": "string"}, {"type": "null"}]}) == []


def _paths(client) -> list[str]:
    task = client.get("/api/v1/search", params={"q": "Trang thông tin điện tử phường"}).json()["items"]
    tid = next(h["id"] for h in task if h["type"] == "task")
    agency = client.get("/api/v1/agencies", params={"limit": 1}).json()["items"][0]["id"]
    doc = "doc/ubnd-tinh-khanh-hoa/quyet-dinh/2025/311-qd-ubnd"
    return ["/api/v1/health", "/api/v1/documents", "/api/v1/documents?cited_only=false",
            f"/api/v1/documents/{doc}", "/api/v1/documents/91-KL/TU", f"/api/v1/documents/{doc}/trace",
            "/api/v1/documents/91-KL/TU/impact", "/api/v1/documents/298/KH-UBND/source",
            "/api/v1/tasks?limit=500", f"/api/v1/tasks/{tid}", f"/api/v1/tasks/{tid}/trace",
            "/api/v1/agencies?limit=500", f"/api/v1/agencies/{agency}", f"/api/v1/agencies/{agency}/tasks",
            "/api/v1/gaps", "/api/v1/gaps/tasks?limit=5", "/api/v1/stats", "/api/v1/search?q=Kh%C3%A1nh%20H%C3%B2a"]


def test_live_answers_match_their_schema(client, spec):
    """Every GET route is called on the examples and its body validated against the schema a
    client was generated from (the models describe; this keeps them true)."""
    routes = get_routes(spec)
    called = set()
    for url in _paths(client):
        r = client.get(url)
        assert r.status_code == 200, (url, r.text[:300])
        path = url.split("?")[0]
        template = next(t for t in routes if _matches(t, path))
        called.add(template)
        schema = client_view(spec, routes[template]["responses"]["200"]["content"]["application/json"]["schema"])
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(r.json()), key=str)
        assert not errors, (url, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]])
    assert called == set(routes), set(routes) - called


def _matches(template: str, path: str) -> bool:
    import re

    rx = re.sub(r"\\\{[^}]+\\\}", ".+", re.escape(template))
    return re.fullmatch(rx, path) is not None and (template.count("/") <= path.count("/"))
