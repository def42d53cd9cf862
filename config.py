"""Where cancu keeps its graph and which IRIs it mints.

Settings come from function arguments first, then environment variables, then
defaults. Only the HTTP layer uses pydantic-settings (``cancu.api.settings``);
this module stays dependency-free so the loaders and the CLI start quickly.
"""

from __future__ import annotations

import os
from pathlib import Path

#: Default base of data IRIs; override with CANCU_DATA_BASE for a deployment.
DEFAULT_DATA_BASE = "https://w3id.org/cancu/id/"

ENV_STORE = "CANCU_STORE"
ENV_BACKEND = "CANCU_BACKEND"
ENV_DATA_BASE = "CANCU_DATA_BASE"


def default_store_path() -> Path:
    """The per-user data directory for the embedded store (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path("cancu", appauthor=False) / "store"


def store_path(explicit: str | os.PathLike | None = None) -> Path:
    """Resolve the store directory: ``--store``, then ``CANCU_STORE``, then the default."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get(ENV_STORE)
    if env:
        return Path(env).expanduser()
    return default_store_path()


def data_base() -> str:
    """Base IRI of minted data nodes; always ends with '/' or '#'."""
    base = os.environ.get(ENV_DATA_BASE, DEFAULT_DATA_BASE)
    return base if base.endswith(("/", "#")) else base + "/"


def package_root() -> Path:
    """Directory of the installed ``cancu`` package (the repository root in development)."""
    return Path(__file__).resolve().parent


def examples_dir() -> Path:
    """The bundled example corpus (copies of the two seed documents)."""
    return package_root() / "examples" / "corpus"
