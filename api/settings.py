"""Settings of the HTTP service, from arguments or ``CANCU_*`` environment variables.

A plain dataclass rather than pydantic-settings: the command line builds it from
typer options, tests build it directly, and ``from_env`` covers deployments.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Optional

#: environment variable → (field, converter)
_ENV = {
    "CANCU_STORE": ("store", Path),
    "CANCU_BACKEND": ("backend", str),
    "CANCU_SPARQL_URL": ("endpoint", str),
    "CANCU_API_TOKEN": ("token", str),
    "CANCU_QUERY_TIMEOUT": ("query_timeout", float),
    "CANCU_MAX_RESULTS": ("max_results", int),
    "CANCU_MAX_UPLOAD_BYTES": ("max_upload_bytes", int),
    "CANCU_CORS_ORIGINS": ("cors_origins", lambda v: [o.strip() for o in v.split(",") if o.strip()]),
    "CANCU_PAGE_SIZE": ("page_size", int),
    "CANCU_INDEX": ("index", str),
    "CANCU_SPARQL_CACHE_MB": ("sparql_cache_mb", float),
    "CANCU_SPARQL_ALLOW_LOAD": ("allow_load", lambda v: _flag("CANCU_SPARQL_ALLOW_LOAD", v)),
    "CANCU_API_TOKEN_FILE": ("token_file", Path),
    "CANCU_QUERY_WORKERS": ("query_workers", int),
    "CANCU_QUERY_MEMORY_MB": ("query_memory_mb", int),
}
_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


def _flag(var: str, value: str) -> bool:
    v = value.strip().lower()
    if v not in _TRUE + _FALSE:
        raise ValueError(f"{var} takes one of {', '.join(_TRUE + _FALSE[:-1])}")
    return v in _TRUE


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
INDEX_MODES = ("background", "sync", "off")


@dataclass
class Settings:
    """What the service needs to know; every field has a safe default."""

    store: Optional[Path] = None          # store directory (oxigraph backend)
    backend: str = "oxigraph"
    endpoint: Optional[str] = None        # SPARQL server base URL (sparql backend)
    token: Optional[str] = None           # bearer token for updates and uploads; None = read-only
    query_timeout: float = 10.0           # seconds per SPARQL query
    max_results: int = 10_000             # rows per SPARQL SELECT answer
    max_upload_bytes: int = 20 * 1024 * 1024
    cors_origins: list[str] = field(default_factory=list)
    page_size: int = 50                   # default REST page size (max 500)
    # in-process read index (cancu.graph.index): built in a thread while SPARQL answers
    # ("background"), built by the first query that needs it ("sync"), or none ("off")
    index: str = "background"
    # answers of repeated /sparql queries, kept until the data changes (0: none)
    sparql_cache_mb: float = 64.0
    # token holders' updates may LOAD <url> or use SERVICE (outbound requests); off by default
    allow_load: bool = False
    # a file holding the token (read at start; wins over nothing, loses to an explicit token)
    token_file: Optional[Path] = None
    # processes evaluating public SPARQL queries on the embedded store (0: threads in the
    # server, unbounded memory) and the address space each may use
    query_workers: int = 2
    query_memory_mb: int = 1024

    def __post_init__(self) -> None:
        if self.token_file is not None and not self.token:
            self.token = read_token_file(self.token_file)
        if self.index not in INDEX_MODES:
            from cancu.errors import SettingError

            raise SettingError(f"CANCU_INDEX must be one of {', '.join(INDEX_MODES)}, not {self.index!r}")

    @classmethod
    def from_env(cls, env: Optional[dict[str, str]] = None, **overrides: Any) -> "Settings":
        """Defaults, then ``CANCU_*`` variables, then explicit non-None overrides."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for var, (name, conv) in _ENV.items():
            if env.get(var):
                try:
                    values[name] = conv(env[var])
                except ValueError as exc:
                    from cancu.errors import SettingError

                    if var == "CANCU_SPARQL_ALLOW_LOAD":
                        raise SettingError(f"{var}={env[var]!r}: {exc}") from None
                    raise SettingError(f"{var}={env[var]!r} is not a valid {conv.__name__ if isinstance(conv, type) else 'value'}") from None
        known = {f.name for f in fields(cls)}
        values.update({k: v for k, v in overrides.items() if v is not None and k in known})
        return cls(**values)
