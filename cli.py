"""The ``cancu`` command line.

Each area of the project registers its own commands (``loaders/commands.py``,
``graph/commands.py``, ``api/commands.py``, ``viz/commands.py``) so the CLI
stays a thin shell: options shared by every command live here, the work lives
in the area that owns it. Errors a user can cause (:class:`cancu.errors.CancuError`)
are printed as one clear line and exit with status 2, never as a traceback.
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import typer

from cancu import __version__, config
from cancu.errors import CancuError

app = typer.Typer(
    name="cancu",
    help="cancu (căn cứ): trace Vietnamese ward tasks to their provincial and national legal basis.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


@dataclass
class State:
    """Options given before the command name, shared by every command."""

    store: Path
    backend: str
    endpoint: Optional[str] = None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"cancu {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    ctx: typer.Context,
    store: Optional[Path] = typer.Option(
        None, "--store", envvar=config.ENV_STORE,
        help="Graph store directory (default: a per-user data directory).",
    ),
    backend: str = typer.Option(
        "oxigraph", "--backend", envvar=config.ENV_BACKEND,
        help="Store backend: 'oxigraph' (embedded, default) or 'sparql' (a SPARQL 1.1 server).",
    ),
    endpoint: Optional[str] = typer.Option(
        None, "--endpoint", envvar="CANCU_SPARQL_URL",
        help="Base URL of the SPARQL server when --backend sparql.",
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit.",
    ),
) -> None:
    ctx.obj = State(store=config.store_path(store), backend=backend, endpoint=endpoint)


# Areas that contribute commands; a missing module means the area has none yet.
_COMMAND_MODULES = (
    "cancu.loaders.commands",
    "cancu.graph.commands",
    "cancu.api.commands",
    "cancu.viz.commands",
)

for _name in _COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as _exc:
        if _exc.name != _name:  # a real import error inside the module: surface it
            raise
        continue
    _module.register(app)


def main(argv: list[str] | None = None) -> int:
    """Console-script entry point: run the app, turning CancuError into a message."""
    # pypdf, asked to check a PDF's fonts, logs what it finds damaged ("EOF marker not found") and, with no handler
    # configured, Python prints that on stderr above cancu's own one-line error; the PDF reader says what is wrong
    logging.getLogger("pypdf").addHandler(logging.NullHandler())
    try:
        app(args=argv, prog_name="cancu")
    except CancuError as exc:
        typer.echo(f"cancu: error: {exc}", err=True)
        for c in getattr(exc, "choices", None) or ():  # an ambiguous query: what it matched, best first
            typer.echo(f"  {c['type']:<8} {c['label']}" + (f"  ({c['detail']})" if c.get("detail") else "")
                       + f"\n           {c['iri']}", err=True)
        return 2
    except SystemExit as exc:  # click's standalone mode: usage errors, --help, Exit
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
