"""The web UI speaks the coverage's languages (issue 13, item 7): each article's language shown, the story list,
the story page's article list and search filtered by language, and what could not be read said on the story
page. On a store of the example corpus, whose five-language event (``examples/expected.json``,
``cross_language``) is our own writing."""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette 1.x nudges towards httpx2; httpx is what the project has
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from starlette.testclient import TestClient

from crosswire.store import Store
from crosswire.web import create_app

REPO = Path(__file__).resolve().parents[1]
KEY = json.loads((REPO / "examples" / "expected.json").read_text(encoding="utf-8"))
LANGS = KEY["cross_language"]["languages"]  # article name -> language


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from crosswire.compare import update_store as update_comparisons
    from crosswire.pipeline import ingest_paths

    path = tmp_path_factory.mktemp("weblang") / "web.db"
    with Store(path) as store:
        ingest_paths(store, [REPO / "examples" / "corpus"])
        update_comparisons(store)
    return path


@pytest.fixture(scope="module")
def client(db: Path) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1")


def _flood(client: TestClient) -> dict:
    (story,) = [s for s in client.get("/api/stories").json()["stories"] if len(s["languages"]) > 1]
    return story


def test_api_stories_carry_and_filter_by_language(client: TestClient) -> None:
    every = client.get("/api/stories").json()
    assert all(s["languages"] for s in every["stories"])
    assert sorted(_flood(client)["languages"]) == sorted(LANGS.values())
    for lang in ("ru", "be", "de", "fr"):
        got = client.get("/api/stories", params={"language": lang}).json()
        assert [s["id"] for s in got["stories"]] == [_flood(client)["id"]]
    english = client.get("/api/stories", params={"language": "EN"}).json()  # case does not matter
    assert english["total"] == every["total"]  # every story has an English article
    assert client.get("/api/stories", params={"language": "xx"}).json()["total"] == 0
    bad = client.get("/api/stories", params={"language": "russian!"})
    assert bad.status_code == 400 and "language" in bad.json()["error"]


def test_stories_page_filters_by_language(client: TestClient) -> None:
    page = client.get("/", params={"language": "be"}).text
    assert '<option value="be" selected>be</option>' in page
    rows = re.findall(r'<tr class="story-row">.*?</tr>', page, flags=re.S)
    assert len(rows) == 1 and all(f'<span class="lang">{lang}</span>' in rows[0] for lang in LANGS.values())
    assert len(re.findall(r'<tr class="story-row">', client.get("/").text)) == len(
        client.get("/api/stories").json()["stories"]
    )


def test_search_filters_by_language(client: TestClient) -> None:
    # "Orlovka" is written so in the English and French articles only (Орловка, Арлоўка, Orlowka elsewhere);
    # the search also finds the spellings the name index links to it (the Russian "Орловка")
    found = client.get("/api/search", params={"q": "Orlovka"}).json()
    assert {"en", "fr", "ru"} <= {h["language"] for h in found["results"]}
    assert any("Орловк" in s for s in found["spellings"])
    french = client.get("/api/search", params={"q": "Orlovka", "language": "fr"}).json()["results"]
    assert [h["language"] for h in french] == ["fr"]
    page = client.get("/", params={"q": "Orlovka", "language": "fr"}).text
    assert page.count('<span class="lang" title="language">fr</span>') == 1


def test_story_page_shows_each_articles_language_and_filters_the_article_list(client: TestClient) -> None:
    story = _flood(client)
    page = client.get(f"/stories/{story['id']}").text
    columns = re.findall(r'<div class="column" data-article="[^"]+">.*?<div class="body" lang="(\w+)"', page, re.S)
    assert sorted(columns) == sorted(LANGS.values())
    only = client.get(f"/stories/{story['id']}", params={"language": "de"}).text
    assert re.findall(r'<div class="body" lang="(\w+)"', only) == ["de"]
    assert '<option value="de" selected>de</option>' in only
    assert client.get(f"/stories/{story['id']}", params={"language": "d e"}).status_code == 400


def test_story_page_says_what_was_not_read(client: TestClient, db: Path) -> None:
    """Every article of the story whose facts the facts stage skipped is listed, with the stage's reason, in
    the page's "Not read" section and in the comparison JSON; the story's title is a read article's."""
    story = _flood(client)
    comparison = client.get(f"/api/stories/{story['id']}").json()
    with Store(db) as store:
        skipped = {a["id"]: (store.get_facts(a["id"]) or {}).get("skipped") for a in comparison["articles"]}
    skipped = {aid: why for aid, why in skipped.items() if why}
    assert {u["article"]: u["reason"] for u in comparison["unread"]} == skipped
    page = client.get(f"/stories/{story['id']}").text
    for reason in skipped.values():
        assert reason.replace("'", "&#39;") in page
    assert ('id="unread"' in page) == bool(skipped)
    read_titles = {a["title"] for a in comparison["articles"] if a["id"] not in skipped}
    assert comparison["title"] in read_titles
