"""Settings of the HTTP service: ``CANCU_*`` environment variables over safe defaults.

One pydantic-settings class: ``Settings()`` reads the environment (``CANCU_QUERY_TIMEOUT``
→ ``query_timeout``; the SPARQL URL, the token and the LOAD switch keep the names the
command line and the README use: ``CANCU_SPARQL_URL``, ``CANCU_API_TOKEN``,
``CANCU_SPARQL_ALLOW_LOAD``), keyword arguments override it, and a value cancu cannot
use stops the start with a :class:`~cancu.errors.SettingError` naming the variable,
never a pydantic traceback. Empty variables count as unset. The README lists every
variable (a test checks it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal, Mapping, Optional

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

INDEX_MODES = ("background", "sync", "off")
#: largest page a REST list answers (CANCU_PAGE_SIZE and ``limit`` are capped by it)
MAX_PAGE = 500
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


def read_token_file(path: Path) -> str:
    """The token held in ``path`` (first line, stripped): a token on the command line is
    visible to every local user in ``ps``, one in a file readable by the service only is not."""
    from cancu.errors import SettingError

    try:
        token = Path(path).read_text(encoding="utf-8").strip().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingError(f"cannot read the token file {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if not token or not token[0].strip():
        raise SettingError(f"the token file {path} is empty")
    return token[0].strip()


class Settings(BaseSettings):
    """What the service needs to know; every field has a safe default."""

    model_config = SettingsConfigDict(env_prefix="CANCU_", env_ignore_empty=True, extra="forbid",
                                      populate_by_name=True, validate_default=True)

    #: store directory (oxigraph backend; default: the per-user data directory)
    store: Optional[Path] = None
    #: store backend: oxigraph (embedded) or sparql (a SPARQL 1.1 server)
    backend: str = "oxigraph"
    #: base URL of the SPARQL server (sparql backend)
    endpoint: Optional[str] = Field(None, validation_alias="CANCU_SPARQL_URL")
    #: bearer token for uploads, SPARQL updates and graph writes; None = read-only
    token: Optional[str] = Field(None, validation_alias="CANCU_API_TOKEN", repr=False)
    #: a file holding the token (read at start; used when no token is given)
    token_file: Optional[Path] = Field(None, validation_alias="CANCU_API_TOKEN_FILE")
    #: seconds per SPARQL query
    query_timeout: float = Field(10.0, gt=0)
    #: rows per SPARQL SELECT answer (more are cut, with Cancu-Truncated: true)
    max_results: int = Field(10_000, ge=1)
    #: bytes per upload or request body of a token holder
    max_upload_bytes: int = Field(20 * 1024 * 1024, ge=1)
    #: bytes per request body without the token (a query or a query form): what anyone may
    #: make the server read
    max_query_bytes: int = Field(1024 * 1024, ge=1)
    #: origins allowed to call the API from a browser (comma-separated in CANCU_CORS_ORIGINS)
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    #: items per REST list page when the request gives no ``limit``
    page_size: int = Field(50, ge=1, le=MAX_PAGE)
    #: in-process read index (cancu.graph.index): built in a thread while SPARQL answers
    #: ("background"), built by the first query that needs it ("sync"), or none ("off")
    index: Literal["background", "sync", "off"] = "background"
    #: answers of repeated /sparql queries kept until the data changes (MB; 0: none)
    sparql_cache_mb: float = Field(64.0, ge=0)
    #: token holders' updates may LOAD <url> or use SERVICE (outbound requests); off by default
    allow_load: bool = Field(False, validation_alias="CANCU_SPARQL_ALLOW_LOAD")
    #: processes evaluating public SPARQL queries on the embedded store (0: threads in the
    #: server, unbounded memory) and the address space each may use
    query_workers: int = Field(2, ge=0)
    query_memory_mb: int = Field(1024, ge=1)

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [o.strip() for o in value.split(",") if o.strip()]
        return value

    @field_validator("allow_load", mode="before")
    @classmethod
    def _flag(cls, value: Any) -> Any:
        if isinstance(value, str):
            v = value.strip().lower()
            if v not in _TRUE + _FALSE:
                raise ValueError(f"takes one of {', '.join(_TRUE + _FALSE[:-1])}")
            return v in _TRUE
        return value

    @model_validator(mode="after")
    def _token_from_file(self) -> "Settings":
        if self.token_file is not None and not self.token:
            self.token = read_token_file(self.token_file)
        return self

    def __init__(self, **values: Any) -> None:
        try:
            super().__init__(**values)
        except ValidationError as exc:
            raise _setting_error(exc) from None

    @classmethod
    def from_env(cls, env: Optional[Mapping[str, str]] = None, **overrides: Any) -> "Settings":
        """The environment (or only ``env``, a mapping of ``CANCU_*`` variables), then the
        ``overrides`` that are not None (the command line passes its options this way: an
        option left unset keeps the variable's value)."""
        given = {k: v for k, v in overrides.items() if v is not None}
        if env is None:
            return cls(**given)
        values = {name: env[var] for var, name in _VARS.items() if env.get(var)}
        try:  # validation without __init__: the process environment is not read
            return cls.model_validate({**values, **given})
        except ValidationError as exc:
            raise _setting_error(exc) from None


def env_var(name: str) -> str:
    """The environment variable of a field (``query_timeout`` → ``CANCU_QUERY_TIMEOUT``)."""
    alias = Settings.model_fields[name].validation_alias
    return str(alias) if alias else "CANCU_" + name.upper()


#: environment variable → field, for every setting
_VARS = {env_var(name): name for name in Settings.model_fields}


def _setting_error(exc: ValidationError):
    from cancu.errors import SettingError

    err = exc.errors()[0]
    name = str(err["loc"][0]) if err.get("loc") else ""
    name = _VARS.get(name, name)  # pydantic names the alias when the value came from it
    var = env_var(name) if name in Settings.model_fields else name
    value = err.get("input")
    if name == "index":
        return SettingError(f"CANCU_INDEX must be one of {', '.join(INDEX_MODES)}, not {value!r}")
    kind = {"float_parsing": "float", "int_parsing": "int"}.get(err["type"])
    if kind:
        return SettingError(f"{var}={value!r} is not a valid {kind}")
    if not var:  # a check of the whole model (the token file)
        return SettingError(err["msg"].removeprefix("Value error, "))
    return SettingError(f"{var}={value!r}: {err['msg'].removeprefix('Value error, ')}")
