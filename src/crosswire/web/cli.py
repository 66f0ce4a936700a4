"""``crosswire serve``: run the web UI and API with uvicorn (bound to 127.0.0.1 unless told otherwise, and
answering only its own Host names: loopback, the bound address and ``--allow-host``)."""

from __future__ import annotations

from pathlib import Path

import typer

from crosswire.clikit import DbOption, err_console, esc, open_store, say


def serve_command(
    db: Path | None = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind; 127.0.0.1 keeps it on this machine."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    max_upload_mb: int = typer.Option(20, "--max-upload-mb", min=1, max=1024, help="Largest request body, in MB."),
    allow_host: list[str] = typer.Option(
        [],
        "--allow-host",
        help="A Host name to answer besides 127.0.0.1, localhost and [::1] (repeatable; also "
        "$CROSSWIRE_ALLOWED_HOSTS, comma-separated). Other Host headers get 400.",
    ),
) -> None:
    """Serve the stories, story comparisons, articles, ingest form and the JSON API."""
    import uvicorn

    from crosswire.web.app import allowed_hosts, create_app

    with open_store(db) as store:  # create or migrate the store once, before serving
        path = store.path
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"warning: serving on {esc(host)}; anyone who can reach it can read and add articles")
    say(f"crosswire: serving {esc(path)} on http://{esc(host)}:{port}/")
    bound = [] if host in ("0.0.0.0", "::") else [host]  # the address served on is a name it answers to
    hosts = allowed_hosts([*bound, *allow_host])
    app = create_app(path, max_upload=max_upload_mb * 1024 * 1024, hosts=hosts)
    uvicorn.run(app, host=host, port=port, log_level="warning")
