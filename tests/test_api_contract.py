"""The API contract: one error → status table on every path, settings from the environment,
content negotiation, paging by CANCU_PAGE_SIZE, dependencies a test can override."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the api extra is not installed")

from fastapi.testclient import TestClient  # noqa: E402

from cancu import errors as E  # noqa: E402
from cancu.api.app import create_app  # noqa: E402
from cancu.api.problems import STATUS, status_of  # noqa: E402
from cancu.api.settings import Settings, env_var  # noqa: E402
from cancu.graph.store.base import BaseStore  # noqa: E402


class FailingStore(BaseStore):
    """A store whose every read raises ``exc``: what each path answers then is the table's say."""

    name = "failing"

    def __init__(self, exc: Exception) -> None:
        self.exc = exc

    def select_terms(self, sparql):
        raise self.exc

    def query(self, sparql, *, timeout=None, **kw):
        raise self.exc

    def graphs(self):
        raise self.exc

    def __len__(self):
        raise self.exc


CASES = [
    (E.QueryTimeoutError("the query ran over 10 s"), 503),
    (E.StoreUnavailableError("the SPARQL server at http://127.0.0.1:9 does not answer"), 503),
    (E.QueryEvaluationError("I/O error"), 500),
    (E.NotFoundError("no such node"), 404),
    (E.AmbiguousReferenceError("two nodes", ["a", "b"]), 300),
]


@pytest.mark.parametrize("exc,status", CASES, ids=[type(c[0]).__name__ for c in CASES])
def test_rest_sparql_and_explorer_answer_one_status_per_error(exc, status):
    client = TestClient(create_app(Settings(index="off", sparql_cache_mb=0, query_timeout=4),
                                   store=FailingStore(exc)))
    answers = {
        "rest": client.get("/api/v1/stats"),
        "sparql": client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1"}),
        "explorer": client.get("/"),  # the home page counts the store
        "explorer search": client.get("/search", params={"q": "Khánh Hòa"}),
    }
    got = {path: r.status_code for path, r in answers.items()}
    assert got == {path: status for path in answers}, got
    for path in ("rest", "sparql"):
        r = answers[path]
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["code"] == exc.code and r.json()["status"] == status
    if status == 503:  # every path says when to come back
        assert answers["rest"].headers["retry-after"] == answers["sparql"].headers["retry-after"] == "4"


def test_every_error_class_has_its_status_in_the_table():
    """A new error class gets a deliberate status: it is in the table or under a class that is."""
    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    listed = {cls for cls, _ in STATUS}
    core = [c for c in subclasses(E.CancuError) if c.__module__ == "cancu.errors"]
    unplaced = [c.__name__ for c in core if not any(issubclass(c, cls) for cls in listed)]
    # what falls to the default (400) on purpose: failures of extraction rules are not HTTP-facing
    assert set(unplaced) <= {"ExtractionRuleError", "PortInUseError"}, unplaced
    assert status_of(E.QueryTimeoutError("x")) == 503
    assert status_of(E.RdfSyntaxError("x")) == 400 and status_of(E.GraphNotFoundError("x")) == 404


def test_unauthorized_carries_the_auth_scheme(example_store):
    client = TestClient(create_app(Settings(token="secret", index="off"), store=example_store))
    r = client.post("/api/v1/documents", files={"file": ("a.txt", b"x", "text/plain")})
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    r = client.post("/sparql", data={"update": "CLEAR ALL"})
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")


# --- settings --------------------------------------------------------------------------------

def test_settings_come_from_cancu_variables(monkeypatch, tmp_path):
    monkeypatch.setenv("CANCU_QUERY_TIMEOUT", "2.5")
    monkeypatch.setenv("CANCU_PAGE_SIZE", "7")
    monkeypatch.setenv("CANCU_CORS_ORIGINS", "https://portal.khanhhoa.gov.vn, https://a.example")
    monkeypatch.setenv("CANCU_SPARQL_URL", "http://127.0.0.1:8890")
    monkeypatch.setenv("CANCU_API_TOKEN", "from-env")
    monkeypatch.setenv("CANCU_STORE", str(tmp_path))
    monkeypatch.setenv("CANCU_MAX_RESULTS", "")  # empty counts as unset
    monkeypatch.setenv("TOKEN", "not-ours")  # only CANCU_* variables are read
    s = Settings()
    assert (s.query_timeout, s.page_size, s.endpoint, s.token, s.store, s.max_results) == \
        (2.5, 7, "http://127.0.0.1:8890", "from-env", tmp_path, 10_000)
    assert s.cors_origins == ["https://portal.khanhhoa.gov.vn", "https://a.example"]
    # an option given on the command line wins; one left unset (None) keeps the variable
    assert Settings.from_env(token="cli", query_timeout=None).token == "cli"
    assert Settings.from_env(query_timeout=None).query_timeout == 2.5
    assert "from-env" not in repr(s)  # the token stays out of logs


@pytest.mark.parametrize("var,value,message", [
    ("CANCU_QUERY_TIMEOUT", "ten", "CANCU_QUERY_TIMEOUT='ten' is not a valid float"),
    ("CANCU_MAX_RESULTS", "1e3", "CANCU_MAX_RESULTS='1e3' is not a valid int"),
    ("CANCU_INDEX", "fast", "CANCU_INDEX must be one of background, sync, off, not 'fast'"),
    ("CANCU_PAGE_SIZE", "0", "CANCU_PAGE_SIZE='0'"),
    ("CANCU_PAGE_SIZE", "501", "CANCU_PAGE_SIZE='501'"),
])
def test_a_bad_variable_is_a_setting_error_naming_it(monkeypatch, var, value, message):
    monkeypatch.setenv(var, value)
    with pytest.raises(E.SettingError) as e:
        Settings()
    assert str(e.value).startswith(message), str(e.value)


def test_every_setting_is_documented_in_the_readme():
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    variables = [env_var(name) for name in Settings.model_fields] + ["CANCU_DATA_BASE"]
    missing = [var for var in variables if f"`{var}`" not in readme]
    assert not missing, f"document in README.md: {missing}"
    assert "CORS" in readme


# --- paging and dependencies -----------------------------------------------------------------

def test_page_size_setting_is_the_default_limit(example_store):
    client = TestClient(create_app(Settings(page_size=3, index="off"), store=example_store))
    for path in ("/api/v1/documents", "/api/v1/tasks", "/api/v1/agencies"):
        body = client.get(path).json()
        assert body["limit"] == 3 and len(body["items"]) == 3 < body["total"], path
        assert len(client.get(path, params={"limit": 5}).json()["items"]) == 5
    assert client.get("/api/v1/tasks", params={"limit": 501}).status_code == 422


def test_the_store_is_a_dependency_a_test_can_replace(example_store):
    from cancu.api.deps import get_store

    app = create_app(Settings(index="off"), store=example_store)
    app.dependency_overrides[get_store] = lambda: FailingStore(E.StoreUnavailableError("down"))
    assert TestClient(app).get("/api/v1/stats").status_code == 503


# --- content negotiation ---------------------------------------------------------------------

@pytest.mark.parametrize("accept,jsonld", [
    ("application/ld+json", True),
    ("application/ld+json, application/json", True),
    ("application/json, application/ld+json;q=0.5", False),
    ("*/*", False),
    ("", False),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", False),  # a browser
    ("APPLICATION/LD+JSON", True),
])
def test_rest_json_or_jsonld_by_accept(example_store, accept, jsonld):
    client = TestClient(create_app(Settings(index="off"), store=example_store))
    r = client.get("/api/v1/documents/91-KL/TU", headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/ld+json" if jsonld else "application/json")
    assert ("@context" in r.json()) is jsonld


def test_an_unknown_reform_area_is_422_naming_the_areas(example_store):
    client = TestClient(create_app(Settings(index="off"), store=example_store))
    r = client.get("/api/v1/tasks", params={"reform_area": "xyz"})
    assert r.status_code == 422 and "e_government" in r.json()["detail"]
    assert client.get("/api/v1/tasks", params={"reform_area": "institutions"}).status_code == 200
