"""The JSON API and the HTML pages through Starlette's TestClient, on a store of the example corpus, the
seeds and an XSS fixture; bad input on every endpoint."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

with warnings.catch_warnings():  # starlette 1.x nudges towards httpx2; httpx is what the project has
    warnings.filterwarnings("ignore", message="Using `httpx`")
    from starlette.testclient import TestClient

from crosswire.store import Store
from crosswire.web import create_app

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
XSS = REPO / "tests" / "e2e" / "xss.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from crosswire.compare import update_store as update_comparisons
    from crosswire.pipeline import ingest_paths

    path = tmp_path_factory.mktemp("webapi") / "web.db"
    with Store(path) as store:
        ingest_paths(store, [REPO / "examples" / "corpus", SHARED / "seeds", XSS])
        update_comparisons(store)
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db), base_url="http://127.0.0.1")


def _seed_story(client: TestClient) -> dict:
    stories = client.get("/api/stories", params={"outlet": "France 24"}).json()["stories"]
    assert len(stories) == 1
    return stories[0]


# -- /api/stories -------------------------------------------------------------------------------------------
def test_stories_lists_every_story_newest_first(client, db):
    data = client.get("/api/stories").json()
    with Store(db) as store:
        n = store.conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    assert data["total"] == n == len(data["stories"])
    last = [s["last_seen"] for s in data["stories"] if s["last_seen"]]
    assert last == sorted(last, reverse=True)
    seed = _seed_story(client)
    assert seed["outlet_count"] == 2 and seed["agency_count"] == 2
    assert seed["conflicts"] >= 1


def test_stories_filters(client):
    seed = _seed_story(client)
    by_day = client.get("/api/stories", params={"date": seed["first_seen"]}).json()["stories"]
    assert seed["id"] in [s["id"] for s in by_day]
    assert client.get("/api/stories", params={"date": "1999-01-01"}).json()["total"] == 0
    lukashenko = [s["id"] for s in client.get("/api/stories", params={"entity": "lukashenko"}).json()["stories"]]
    assert seed["id"] in lukashenko
    assert len(lukashenko) < client.get("/api/stories").json()["total"]
    assert client.get("/api/stories", params={"outlet": "No Such Outlet"}).json()["total"] == 0
    page = client.get("/api/stories", params={"limit": 1, "offset": 1}).json()
    assert len(page["stories"]) == 1
    assert page["stories"][0]["id"] == client.get("/api/stories").json()["stories"][1]["id"]


@pytest.mark.parametrize(
    "params",
    [{"limit": "x"}, {"limit": 0}, {"limit": 5000}, {"offset": -1}, {"date": "yesterday"}, {"date": "2020-13-40"}],
)
def test_stories_bad_params(client, params):
    r = client.get("/api/stories", params=params)
    assert r.status_code == 400
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["status"] == 400 and r.json()["error"]


# -- /api/stories/{id} --------------------------------------------------------------------------------------
def test_story_detail_is_the_comparison_with_verbatim_evidence(client):
    seed = _seed_story(client)
    c = client.get(f"/api/stories/{seed['id']}").json()
    for key in (
        "id",
        "title",
        "articles",
        "sources",
        "agreed",
        "conflicts",
        "single_source",
        "name_variants",
        "quote_variants",
        "who_said_what",
        "timeline",
        "brief",
        "stats",
    ):
        assert key in c
    assert c["stats"]["conflicts"] == len(c["conflicts"]) == seed["conflicts"]
    bodies = {a["id"]: client.get(f"/api/articles/{a['id']}").json()["body"] for a in c["articles"]}
    checked = 0
    for item in c["conflicts"] + c["agreed"]:
        for ev in item["evidence"]:
            assert bodies[ev["article"]][ev["start"] : ev["end"]] == ev["text"]
            checked += 1
    assert checked >= 4
    assert client.get(f"/api/stories/{seed['id'][:8]}").json()["id"] == seed["id"]  # unique prefix


def test_story_detail_equals_compare_json(client, db):
    render = pytest.importorskip("crosswire.compare.render")
    from crosswire.compare import get_comparison

    for summary in client.get("/api/stories").json()["stories"]:
        with Store(db) as store:
            expected = json.loads(render.render_json([get_comparison(store, summary["id"])]))["stories"][0]
        assert client.get(f"/api/stories/{summary['id']}").json() == expected


@pytest.mark.parametrize("story_id", ["s000000000000", "nope", "x" * 300, "%00", "..%2f..%2fetc"])
def test_story_detail_unknown(client, story_id):
    r = client.get(f"/api/stories/{story_id}")
    assert r.status_code == 404
    assert r.json()["status"] == 404


# -- /api/articles/{id} -------------------------------------------------------------------------------------
def test_article_detail(client):
    seed = _seed_story(client)
    aid = seed and client.get(f"/api/stories/{seed['id']}").json()["articles"][0]["id"]
    a = client.get(f"/api/articles/{aid}").json()
    assert a["id"] == aid and a["story"] == seed["id"]
    assert a["body"] == "\n\n".join(b["text"] for b in a["blocks"])
    assert a["facts"]["entities"]
    assert isinstance(a["removed"], list)


def test_article_by_short_id(client):
    """The 8-character id `crosswire articles` prints opens the article, as `crosswire facts` accepts it."""
    seed = _seed_story(client)
    aid = seed and client.get(f"/api/stories/{seed['id']}").json()["articles"][0]["id"]
    assert client.get(f"/api/articles/{aid[:8]}").json()["id"] == aid
    assert client.get(f"/articles/{aid[:8]}").status_code == 200
    assert client.get(f"/api/articles/{aid[:3]}").status_code == 404  # too short to be an id


@pytest.mark.parametrize("article_id", ["0000", "..%2F..%2Fetc%2Fpasswd", "y" * 300])
def test_article_unknown(client, article_id):
    r = client.get(f"/api/articles/{article_id}")
    assert r.status_code == 404 and r.json()["status"] == 404


# -- /api/search --------------------------------------------------------------------------------------------
def test_search_finds_words(client):
    r = client.get("/api/search", params={"q": "Lukashenko Sochi"}).json()
    assert r["count"] >= 2
    for hit in r["results"]:
        full = client.get(f"/api/articles/{hit['id']}").json()
        text = (full["title"] or "") + full["body"]
        assert "Sochi" in text and "Lukashenko" in text
    assert client.get("/api/search", params={"q": "zzzqqqxxx"}).json()["count"] == 0
    assert client.get("/api/search", params={"q": "Zarovsk", "limit": 1}).json()["count"] == 1


@pytest.mark.parametrize("q", ['"', "NEAR(a b", "a OR", "*", "-x", "' OR 1=1 --", "☃"])
def test_search_odd_queries_are_not_errors(client, q):
    assert client.get("/api/search", params={"q": q}).status_code == 200


@pytest.mark.parametrize(
    "params", [{}, {"q": ""}, {"q": "   "}, {"q": "a" * 501}, {"q": "x", "limit": "ten"}, {"q": "x", "limit": 0}]
)
def test_search_bad_input(client, params):
    r = client.get("/api/search", params=params)
    assert r.status_code == 400 and r.json()["error"]


# -- POST /api/ingest ---------------------------------------------------------------------------------------
PASTED = (
    "LUMENPORT, April 3 - Dock workers in the port city of Lumenport walked out on Thursday over a pay dispute, "
    "leaving 27 container ships waiting offshore, the port authority said.\n\n"
    '"We will not go back until the offer is fair," union leader Marta Ostrova told reporters outside the gates.\n\n'
    "The strike is the first at the port in twelve years."
)


@pytest.fixture
def fresh(tmp_path) -> TestClient:
    return TestClient(create_app(tmp_path / "fresh.db", max_upload=64 * 1024), base_url="http://127.0.0.1")


def test_ingest_json_text_then_duplicate(fresh):
    r = fresh.post("/api/ingest", json={"text": PASTED, "title": "Lumenport dockers strike", "outlet": "Test Wire"})
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["stored"] == 1 and len(out["stories"]) == 1
    art = fresh.get(f"/api/articles/{out['article_ids'][0]}").json()
    assert art["title"] == "Lumenport dockers strike" and art["outlet"] == "Test Wire"
    assert "27 container ships" in art["body"]
    stories = fresh.get("/api/stories").json()["stories"]
    assert [s["id"] for s in stories] == out["stories"]
    again = fresh.post("/api/ingest", json={"text": PASTED})
    assert again.status_code == 200 and again.json()["skipped_duplicates"] == 1


def test_ingest_multipart_files(fresh):
    files = [
        ("files", ("../../../etc/evil.txt", PASTED.encode(), "text/plain")),
        (
            "files",
            ("feed.xml", (REPO / "examples" / "corpus" / "northline-news-feed.xml").read_bytes(), "application/xml"),
        ),
    ]
    # the corpus feed is over the 64 KB test limit
    small = TestClient(create_app(fresh.app.state.db_path), base_url="http://127.0.0.1")
    r = small.post("/api/ingest", files=files)
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["stored"] == 4  # one text page and the feed's three entries
    sources = {small.get(f"/api/articles/{a}").json()["source"] for a in out["article_ids"]}
    assert any(s.startswith("upload:evil.txt") for s in sources)
    assert not any("/etc/" in s or ".." in s for s in sources)


def test_ingest_reports_unreadable_upload(fresh):
    r = fresh.post("/api/ingest", files=[("files", ("blob.bin", b"\x00\x01\x02" * 100, "application/octet-stream"))])
    assert r.status_code == 422
    assert r.json()["failed"] == 1 and r.json()["errors"][0]["source"] == "upload:blob.bin"


@pytest.mark.parametrize(
    "kwargs,status",
    [
        ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
        ({"json": ["a list"]}, 422),
        ({"json": {"title": "no text"}}, 422),
        ({"json": {"text": "   "}}, 422),
        ({"json": {"text": PASTED, "title": 5}}, 422),
        ({"content": b"text", "headers": {"content-type": "text/plain"}}, 415),
        ({"data": {"title": "only a title"}}, 422),
        ({"json": {"text": "x" * 70 * 1024}}, 413),
        ({"json": {"text": PASTED}, "headers": {"origin": "http://evil.example"}}, 403),
    ],
)
def test_ingest_bad_input(fresh, kwargs, status):
    r = fresh.post("/api/ingest", **kwargs)
    assert r.status_code == status, r.text
    assert r.json()["status"] == status


def test_ingest_too_large_upload_is_413_and_stores_nothing(fresh):
    r = fresh.post("/api/ingest", files=[("files", ("big.txt", b"word " * 20000, "text/plain"))])
    assert r.status_code == 413
    assert fresh.get("/api/stories").json()["total"] == 0


def test_ingest_get_is_not_allowed(fresh):
    assert fresh.get("/api/ingest").status_code == 405


# -- OpenAPI and the HTML pages ---------------------------------------------------------------------------
def test_openapi_describes_every_api_route(client):
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    api_paths = {r.path for r in client.app.routes if getattr(r, "path", "").startswith("/api/")}
    documented = {p.replace("{story_id}", "{story_id}") for p in spec["paths"]}
    for path in api_paths - {"/api/openapi.json"}:
        assert path.replace(":path", "") in documented
    docs = client.get("/docs")
    assert docs.status_code == 200
    for path in spec["paths"]:
        assert path in docs.text


def test_html_pages(client):
    seed = _seed_story(client)
    home = client.get("/")
    assert home.status_code == 200 and f"/stories/{seed['id']}" in home.text
    story = client.get(f"/stories/{seed['id']}")
    assert story.status_code == 200
    c = client.get(f"/api/stories/{seed['id']}").json()
    assert story.text.count('class="column"') == len(c["articles"])
    assert story.text.count('data-item="conflicts-') == len(c["conflicts"])
    first = c["articles"][0]["id"]
    article = client.get(f"/articles/{first}")
    assert article.status_code == 200 and "<details" in article.text
    assert client.get("/ingest").status_code == 200
    assert "Minsk" in client.get("/", params={"q": "Minsk"}).text


def test_html_errors(client):
    assert client.get("/stories/nope").status_code == 404
    assert client.get("/articles/nope").status_code == 404
    assert client.get("/no/such/page").status_code == 404
    assert client.get("/", params={"date": "not-a-date"}).status_code == 400
    assert client.get("/", params={"page": "0"}).status_code == 400


def test_html_escapes_untrusted_text(client):
    page = client.get("/articles/xss-fixture-1")
    assert page.status_code == 200
    assert "<script>alert" not in page.text and "<img src=x" not in page.text and "<b>Hostile" not in page.text
    assert "&lt;script&gt;alert(&#39;xss-script&#39;)&lt;/script&gt;" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    story_id = client.get("/api/articles/xss-fixture-1").json()["story"]
    for url in (f"/stories/{story_id}", "/", "/?q=councillor"):
        text = client.get(url).text
        assert "<img src=x" not in text and "<script>alert" not in text and "<b>Hostile" not in text


def test_html_ingest_form_paste(fresh):
    r = fresh.post("/ingest", data={"text": PASTED, "title": "Dockers <strike>", "outlet": "Test Wire"})
    assert r.status_code == 200
    assert 'class="stored">1<' in r.text
    assert "story-link" in r.text
    empty = fresh.post("/ingest", data={"title": "nothing"})
    assert empty.status_code == 422 and "nothing to ingest" in empty.text


def test_search_finds_a_name_in_its_other_spellings(client):
    """The example corpus's Orlovka mayor is written in five spellings and two scripts; a search for the German
    one finds the articles that spell her otherwise (declined Russian forms included), and says what it also
    searched. A name nobody writes stays one word."""
    r = client.get("/api/search", params={"q": "Dubowskaja"}).json()
    languages = {hit["language"] for hit in r["results"]}
    assert {"de", "ru", "be", "en", "fr"} <= languages, languages
    assert "Дубовск" in " ".join(r["spellings"]) and "Doubovskaïa" in " ".join(r["spellings"])
    for hit in r["results"]:
        body = client.get(f"/api/articles/{hit['id']}").json()["body"]
        assert any(s in body for s in ["Dubowskaja", *r["spellings"]]), hit["id"]
    alone = client.get("/api/search", params={"q": "Dubowskaja", "language": "ru"}).json()
    assert alone["count"] >= 1 and {h["language"] for h in alone["results"]} == {"ru"}
    assert client.get("/api/search", params={"q": "zzzqqqxxx Dubowskaja"}).json()["count"] == 0


def test_search_page_says_which_spellings_it_searched(client):
    page = client.get("/", params={"q": "Dubowskaja"}).text
    assert 'id="search-spellings"' in page and "Дубовск" in page
