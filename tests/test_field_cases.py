"""The eight field cases (``../shared/field-cases/``, read from there) give the results their README states,
and fixtures of our own (``tests/fixtures/field/``) cover the class of fault each one stands for."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.ingest import read_path
from crosswire.model import Article, IngestError, RawDocument
from crosswire.pipeline import clean_one

CASES = Path(__file__).resolve().parents[1].parent / "shared" / "field-cases"
OWN = Path(__file__).parent / "fixtures" / "field"


def _case(name: str) -> Path:
    path = CASES / name
    if not path.exists():
        pytest.skip("shared field cases not present")
    return path


def _articles(path: Path) -> list[Article]:
    out = []
    for item in read_path(path):
        assert isinstance(item, RawDocument), item
        article = clean_one(item)
        assert isinstance(article, Article), article
        out.append(article)
    return out


# -- 01: the article inside <aside>, a consent dialog on the page ---------------------------------------------
def test_01_article_in_aside_with_cookie_banner() -> None:
    (a,) = _articles(_case("01-article-in-aside-cookie-banner.html"))
    assert len(a.paragraphs) == 5 and all(b.kind == "paragraph" for b in a.blocks)
    assert a.paragraphs[0].startswith("The Brightwater Harbour Festival will return this summer")
    assert a.paragraphs[-1].startswith("Local businesses welcomed the news.")
    assert not any(w in a.body for w in ("partners", "cookies", "Listen live", "Win tickets"))
    assert [r.reason for r in a.removed] == ["consent dialog"] and "214 partners" in a.removed[0].text


def test_01_class_onetrust_dialog_and_article_aside() -> None:
    (a,) = _articles(OWN / "aside-onetrust.html")
    assert a.paragraphs[0].startswith("The Lakeshore town pool reopened on Saturday") and len(a.paragraphs) == 4
    assert "cookies" not in a.body and "Most read" not in a.body and "Ferry timetable" not in a.body
    assert any(r.reason == "consent dialog" for r in a.removed)


# -- 03: first publication vs update --------------------------------------------------------------------------
def test_03_original_date_not_the_update() -> None:
    (a,) = _articles(_case("03-original-vs-updated-date.html"))
    assert a.published == "2023-10-17T06:00:00+00:00"
    assert a.modified == "2024-01-09T16:20:11+00:00"


@pytest.mark.parametrize(
    ("name", "published", "modified"),
    [
        ("dates-newsarticle.html", "2024-04-30T07:00:00+00:00", "2024-05-02T18:00:00+00:00"),
        ("dates-time-only.html", "2024-09-02T08:30:00+00:00", "2024-09-20T10:00:00+00:00"),
    ],
)
def test_03_class_published_and_modified_kept_apart(name: str, published: str, modified: str) -> None:
    (a,) = _articles(OWN / name)
    assert (a.published, a.modified) == (published, modified)


# -- 04: the masthead line of a pre-scraped page ------------------------------------------------------------
def test_04_masthead_names_the_outlet() -> None:
    (a,) = _articles(_case("04-byline-names-containing-by.txt"))
    assert a.outlet == "The Morning Sentinel"
    assert a.contributors == ["ABBY KINNEAR", "TOBY ASHWORTH", "SHELBY NAKAMURA"]


def test_04_class_masthead_and_banner() -> None:
    (courier,) = _articles(OWN / "masthead-courier.txt")
    (banner,) = _articles(OWN / "masthead-banner.txt")
    assert courier.outlet == "The Evening Courier"
    assert banner.outlet is None  # "Breaking News" is a banner, not a name


# -- 05: a byline visible only in an author card --------------------------------------------------------------
def test_05_visible_byline_only() -> None:
    (a,) = _articles(_case("05-visible-byline-only.html"))
    assert a.byline == "Marisol Quenby"
    assert a.contributors == ["Marisol Quenby"]


def test_05_class_itemprop_author_and_role_only_card() -> None:
    (named,) = _articles(OWN / "byline-itemprop.html")
    (role_only,) = _articles(OWN / "byline-role-only.html")
    assert named.byline == "Bartholomew Achterberg"
    assert role_only.byline is None  # "Staff Reporter" is a job title, "Email the author" a link


# -- 06: a feed date in a non-standard form -------------------------------------------------------------------
def test_06_feed_slash_date_read_from_the_raw_string() -> None:
    (a,) = _articles(_case("06-feed-slash-date.xml"))
    assert a.published == "2024-03-14T08:05:12"


def test_06_relative_dates_resolve_against_it() -> None:
    from crosswire.facts import extract_facts

    (a,) = _articles(_case("06-feed-slash-date.xml"))
    (facts,) = extract_facts([a])
    values = {d.text: d.value for d in facts.dates}
    assert values["Thursday"] == "2024-03-14"
    assert values["April 1"] == "2024-04-01"


def test_06_class_feed_date_forms() -> None:
    by_title = {a.title: a.published for a in _articles(OWN / "feed-dates.xml")}
    assert by_title == {
        "Dots": "2024-03-14T17:45:00",
        "Dashes": "2024-03-14T08:05:12+01:00",
        "Words": "2024-03-14",
        "Nonsense": None,  # unreadable: left unknown, never guessed
    }


# -- 07: a UTF-8 feed with one bad byte -----------------------------------------------------------------------
def test_07_one_bad_byte_replaced_only() -> None:
    articles = _articles(_case("07-feed-utf8-one-bad-byte.xml"))
    text = " ".join(a.body + " " + (a.title or "") for a in articles)
    for name in ("Zoë Müller-Łukasik", "São Brás", "Braşov", "Ştefan Rădulescu", "Gazeta Nordică"):
        assert name in text or name == articles[0].outlet
    assert articles[0].outlet == "Gazeta Nordică"
    assert text.count("\ufffd") == 1


def test_07_class_stray_byte_and_real_legacy_feed() -> None:
    (stray,) = _articles(OWN / "feed-utf8-stray.xml")
    (legacy,) = _articles(OWN / "feed-cp1250.xml")
    assert "Zdzisław Żółkiewski" in stray.body and stray.body.count("\ufffd") == 1
    assert "Zdzisław Żółkiewski" in legacy.body and "–" in legacy.body  # declared windows-1250, read as such


def test_07_class_html_feed_titles_unescaped() -> None:
    (a,) = _articles(OWN / "feed-html-title.xml")
    assert a.title == "Fish & chips shop wins award"
    assert a.published == "2024-03-14T09:00:00+00:00" and a.modified == "2024-03-15T10:00:00+00:00"


# -- 08: a WARC whose first response is gzip-encoded and chunked ---------------------------------------------
def test_08_warc_chunked_gzip_body() -> None:
    items = list(read_path(_case("08-warc-chunked-gzip.warc")))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert not [i for i in items if isinstance(i, IngestError)]
    assert len(docs) == 2
    for doc in docs:
        article = clean_one(doc)
        assert isinstance(article, Article)
        assert "library reopens after flood repairs" in (article.title or "").lower()
        assert len(article.paragraphs) == 4
        assert doc.captured is not None and doc.captured.startswith("2024-02-20T09:00:0")


# -- 10: space-grouped thousands, fiscal years ----------------------------------------------------------------
@pytest.fixture(scope="module")
def case10():
    from crosswire.facts import extract_facts

    (a,) = _articles(_case("10-space-thousands-fiscal-years.txt"))
    (facts,) = extract_facts([a])
    return a, facts


def test_10_space_grouped_thousands_and_fiscal_years(case10) -> None:
    article, facts = case10
    tonnes = [(f.value, f.time) for f in facts.figures if f.unit == "tonnes"]
    assert [v for v, _ in tonnes] == [816000, 734000, 685000]
    assert all(t is not None and "/" in t for _, t in tonnes), "the tonnages belong to fiscal years"
    assert article.published not in {t for _, t in tonnes}
    farms = [f.value for f in facts.figures if f.counted == "farms"]
    assert 2300 in farms
    periods = {d.text: (d.value, d.granularity) for d in facts.dates}
    assert periods["2012–13"] == ("2012/2013", "period")
    assert periods["2014–15"] == ("2014/2015", "period")
    assert "2 750" not in periods, "a space-grouped number is not a date"


def test_10_space_grouped_count_in_a_date_local_dollar_and_each_tonnage_its_year(case10) -> None:
    _article, facts = case10
    assert 2750 in [f.value for f in facts.figures if f.counted == "farms"]
    assert all(f.currency != "USD" for f in facts.figures if f.type == "money")
    assert [f.time for f in facts.figures if f.unit == "tonnes"][1] == "2013/2014"


def _facts_of(text: str):
    from crosswire.facts import extract_facts

    (a,) = [clean_one(RawDocument(source="fixture", kind="text", content=text, content_type="text"))]
    (facts,) = extract_facts([a])
    return a, facts


@pytest.mark.parametrize(
    ("dateline", "currency"),
    [("TORONTO", "CAD"), ("AUCKLAND", "NZD"), ("SINGAPORE", "SGD"), ("WASHINGTON", "USD"), ("PARIS", "USD")],
)
def test_10_class_a_bare_dollar_is_the_datelines_dollar(dateline: str, currency: str) -> None:
    """Our own copy: a bare "$" is the local dollar where the dateline's country has one; "US$" stays US."""
    article, facts = _facts_of(
        "Harbour upgrade approved\n\n"
        f"{dateline} — The port authority approved a $420 million upgrade on Tuesday, and a US$15 million "
        "loan from a regional bank will cover the first dredging works, officials said."
    )
    assert article.dateline == dateline
    money = {f.text: f.currency for f in facts.figures if f.type == "money"}
    assert money["$420 million"] == currency
    assert money["US$15 million"] == "USD"


def test_10_class_elided_count_and_each_quantity_its_year() -> None:
    """Our own copy: "down from 3 100" counts what the count before it counts; each tonnage takes the year
    written after it, not the nearest one."""
    _article, facts = _facts_of(
        "Fishing fleet shrinks again\n\n"
        "Catches fell from 12 500 tonnes in 2019 to 9 800 tonnes in 2021, the fisheries office said.\n\n"
        "About 2 400 boats are still registered, down from 3 100 in 2015, the office said."
    )
    assert [(f.value, f.time) for f in facts.figures if f.unit == "tonnes"] == [(12500, "2019"), (9800, "2021")]
    assert sorted(f.value for f in facts.figures if (f.counted or "").startswith("boats")) == [2400, 3100]
