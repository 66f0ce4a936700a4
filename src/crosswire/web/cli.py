"""``crosswire serve``: run the web UI and API with uvicorn (bound to 127.0.0.1 unless told otherwise, and
answering only its own Host names: loopback, the bound address and ``--allow-host``).

What it prints: ``crosswire: starting ...`` on stderr at once (:func:`crosswire.cli.main`, before the models
load), then ``crosswire: serving STORE on http://HOST:PORT/`` on stdout once the port is open (flushed, so a
pipe or a log sees it too); a port that cannot be opened is one ``error:`` line and exit status 1.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

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
    """Serve the web UI (stories, their comparisons, articles, an ingest form) and the JSON API (described at
    /docs), on http://127.0.0.1:8000/ by default; it answers only its own Host names (see --allow-host)."""
    import uvicorn

    from crosswire.web.app import allowed_hosts, create_app

    with open_store(db) as store:  # create or migrate the store once, before serving
        path = store.path
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"warning: serving on {esc(host)}; anyone who can reach it can read and add articles")
    bound = [] if host in ("0.0.0.0", "::") else [host]  # the address served on is a name it answers to
    hosts = allowed_hosts([*bound, *allow_host])
    app = create_app(path, max_upload=max_upload_mb * 1024 * 1024, hosts=hosts)
    _server(uvicorn.Config(app, host=host, port=port, log_level="warning"), path).run()


def _url(host: str, port: int) -> str:
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


def _server(config: Any, store: Path) -> Any:
    """A uvicorn server that prints ``crosswire: serving STORE on URL`` once its socket is open, with the port
    the system gave when ``--port 0`` asked for any (uvicorn's own "running on" line is silenced with its other
    info logs by ``log_level="warning"``). A port that cannot be opened is uvicorn's one error line, exit 1."""
    import uvicorn

    class Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                ports = [s.getsockname()[1] for server in self.servers for s in server.sockets]
                url = _url(config.host, ports[0] if ports else config.port)
                say(f"crosswire: serving {esc(store)} on {url} (Ctrl+C stops it)")
                sys.stdout.flush()

    return Server(config)
