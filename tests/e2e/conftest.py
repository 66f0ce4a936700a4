"""End-to-end fixtures: a store with the example corpus, the seeds and an XSS fixture; uvicorn in a thread;
headless Debian Chromium driven by Playwright (never `playwright install`)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CHROMIUM = os.environ.get("CROSSWIRE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def e2e_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from crosswire.compare import update_store as update_comparisons
    from crosswire.pipeline import ingest_paths
    from crosswire.store import Store

    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("shared seeds not found")
    db = tmp_path_factory.mktemp("e2e") / "e2e.db"
    with Store(db) as store:
        ingest_paths(store, [REPO / "examples" / "corpus", seeds, Path(__file__).parent / "xss.jsonl"])
        update_comparisons(store)
    return db


@pytest.fixture(scope="session")
def server(e2e_db: Path) -> Iterator[str]:
    import uvicorn

    from crosswire.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(e2e_db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (apt install chromium)")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1500, "height": 1000})
    pg = context.new_page()
    pg.set_default_timeout(15000)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.dialogs = dialogs  # type: ignore[attr-defined]
    yield pg
    context.close()
