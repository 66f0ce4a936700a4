"""The web server answers only its own Host names (DNS rebinding): a foreign Host header gets 400 on every
route, reads and writes alike, before any handler runs; the allow-list is configurable."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.routing import Mount, Route
from starlette.testclient import TestClient

from crosswire.store import Store
from crosswire.web.app import LOOPBACK_HOSTS, allowed_hosts, create_app

FOREIGN = ["evil.example", "attacker.example:8000", "127.0.0.1.evil.example", "localhost.evil.example", "[::2]"]


def _paths(app) -> list[tuple[str, str]]:
    """(method, concrete path) for every route of the app, ids filled in."""
    out = []
    for route in app.routes:
        if isinstance(route, Mount):
            out.append(("GET", route.path + "/style.css"))
            continue
        assert isinstance(route, Route)
        path = route.path.replace("{story_id}", "s1").replace("{article_id:path}", "a1")
        for method in sorted(route.methods or {"GET"}):
            if method != "HEAD":
                out.append((method, path))
    return out


@pytest.fixture()
def app(tmp_path: Path):
    db = tmp_path / "w.db"
    Store(db).close()
    return create_app(db)


@pytest.mark.parametrize("host", FOREIGN)
def test_foreign_host_is_refused_on_every_route(app, host: str) -> None:
    client = TestClient(app, base_url="http://127.0.0.1")
    routes = _paths(app)
    assert ("POST", "/api/ingest") in routes and ("GET", "/api/stories") in routes
    for method, path in routes:
        response = client.request(method, path, headers={"host": host}, json={"text": "A pasted article."})
        assert response.status_code == 400, (method, path, response.status_code)
        assert "content-security-policy" not in response.headers  # refused before the app's own middleware
    with Store(app.state.db_path) as store:
        assert store.count_articles() == 0, "a refused write wrote nothing"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.1:8000", "localhost:8000", "LOCALHOST", "[::1]:8000"])
def test_loopback_names_are_answered(app, host: str) -> None:
    response = TestClient(app, base_url="http://127.0.0.1").get("/api/stories", headers={"host": host})
    assert response.status_code == 200


def test_allow_list_is_configurable() -> None:
    assert allowed_hosts()[: len(LOOPBACK_HOSTS)] == list(LOOPBACK_HOSTS)
    names = allowed_hosts(["news.example.org", "::1", "10.0.0.5"], env="crosswire.lan, *.corp.example")
    assert names[3:] == ["crosswire.lan", "*.corp.example", "news.example.org", "10.0.0.5"]


def test_extra_host_is_answered_and_others_still_refused(tmp_path: Path) -> None:
    db = tmp_path / "w.db"
    Store(db).close()
    client = TestClient(create_app(db, hosts=allowed_hosts(["crosswire.lan"], env="")), base_url="http://127.0.0.1")
    assert client.get("/api/stories", headers={"host": "crosswire.lan:8000"}).status_code == 200
    assert client.get("/api/stories", headers={"host": "evil.example"}).status_code == 400
