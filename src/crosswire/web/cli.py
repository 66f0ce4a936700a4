"""``crosswire serve``: run the web UI and API with uvicorn (bound to 127.0.0.1 unless told otherwise)."""

from __future__ import annotations

from pathlib import Path

import typer

from crosswire.clikit import DbOption, err_console, esc, open_store, say


def serve_command(
    db: Path | None = DbOption,
    host: str = typer.Option("127.0.0.1", "--host", help="Interface to bind; 127.0.0.1 keeps it on this machine."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port to listen on."),
    max_upload_mb: int = typer.Option(20, "--max-upload-mb", min=1, max=1024, help="Largest request body, in MB."),
) -> None:
    """Serve the stories, story comparisons, articles, ingest form and the JSON API."""
    import uvicorn

    from crosswire.web.app import create_app

    with open_store(db) as store:  # create or migrate the store once, before serving
        path = store.path
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"warning: serving on {esc(host)}; anyone who can reach it can read and add articles")
    say(f"crosswire: serving {esc(path)} on http://{esc(host)}:{port}/")
    uvicorn.run(create_app(path, max_upload=max_upload_mb * 1024 * 1024), host=host, port=port, log_level="warning")
