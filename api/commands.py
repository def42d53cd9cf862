"""``cancu demo``: the README's main job on the bundled example corpus."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_cmd)


def demo_cmd(ctx: typer.Context) -> None:
    """Ingest the bundled examples (first run only) and show a trace and an impact."""
    from cancu import config
    from cancu.graph import impact, open_store, trace

    st = ctx.obj
    store = open_store(st.store, backend=st.backend, endpoint=st.endpoint)
    report = store.ingest_paths([config.examples_dir()])
    typer.echo(f"store: {st.store}")
    typer.echo(f"examples: {len(report.added)} added, {len(report.unchanged)} unchanged, "
               f"{len(report.replaced)} replaced")
    query = "Xây dựng Trang thông tin điện tử phường"
    result = trace(store, query)
    typer.echo(f"\ntrace “{query}” ({result['target']['iri']}):")
    for group in ("national", "provincial", "local"):
        docs = result["basis"][group]
        typer.echo(f"  {group} basis: " + "; ".join(
            f"{d['kind']} {d['symbol'] or d['title'] or ''} ({d['issuer'] or '?'})".strip() for d in docs))
    imp = impact(store, "91-KL/TU")
    c = imp["counts"]
    typer.echo(f"\nimpact 91-KL/TU: {c['documents']} documents rest on it, with {c['tasks']} tasks "
               f"for {c['agencies']} agencies:")
    for d in imp["documents"]:
        typer.echo(f"  - {d['label']} · {d['issuer'] or '?'}")
    typer.echo("\nThe HTTP explorer/API (cancu serve) is not built yet; use `cancu trace` / `cancu impact`.")
