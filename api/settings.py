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
}
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

    def __post_init__(self) -> None:
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
                except ValueError:
                    from cancu.errors import SettingError

                    raise SettingError(f"{var}={env[var]!r} is not a valid {conv.__name__ if isinstance(conv, type) else 'value'}") from None
        known = {f.name for f in fields(cls)}
        values.update({k: v for k, v in overrides.items() if v is not None and k in known})
        return cls(**values)
