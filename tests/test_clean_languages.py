"""The cleaner on pages in the languages beyond English (Russian, Belarusian, Ukrainian, German, French,
Spanish, Polish): invented pages in ``tests/fixtures/languages`` against their golden (``expected.json``,
written by ``make_expected.py`` there), and property tests for the parsers the languages go through (the
dateline, the byline, the agency's closing tag, written-out dates)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from babel.dates import format_date
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.clean.credits import parse_byline, parse_credit, trailing_agency
from crosswire.clean.furniture import furniture_reason
from crosswire.clean.metadata import parse_dateline
from crosswire.clean.written_dates import written_dates

HERE = Path(__file__).resolve().parent / "fixtures" / "languages"
sys.path.insert(0, str(HERE))
from make_expected import clean_page, summary  # noqa: E402 - the golden's own writer, on the path just above

EXPECTED = json.loads((HERE / "expected.json").read_text("utf-8"))
PAGES = sorted(EXPECTED)


def test_a_page_for_every_language() -> None:
    assert {EXPECTED[p]["language"] for p in PAGES} == {"ru", "be", "uk", "de", "fr", "es", "pl"}


@pytest.mark.parametrize("page", PAGES)
def test_page_cleans_as_golden(page: str) -> None:
    assert summary(clean_page(HERE / page)) == EXPECTED[page]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_gives_its_metadata_and_keeps_no_furniture(page: str) -> None:
    got = EXPECTED[page]
    for key in ("published", "dateline", "agency", "byline", "title"):
        assert got[key], f"{page}: no {key}"
    assert len(got["captions"]) == 1, page
    reasons = {reason for reason, _ in got["removed"]}
    assert {"byline", "date/time line", "related link", "legal", "caption"} <= reasons, page
    body = " ".join(got["paragraphs"])
    # what stays in the body is the story: no cookie, share, "read also" or copyright line, no closing tag
    for marker in ("cookie", "©", "Telegram", "Facebook", "Читайте", "Чытайце", "Lesen Sie", "Lire aussi", "Czytaj"):
        assert marker not in body, (page, marker)
    assert not any(p.rstrip().endswith((")", "/")) for p in got["paragraphs"]), page


# --- property tests -----------------------------------------------------------------------------------------

LANGS = ["ru", "be", "uk", "de", "fr", "es", "pl"]
days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31))


@settings(max_examples=60, deadline=None)
@given(day=days, lang=st.sampled_from(LANGS))
def test_a_long_date_in_any_language_reads_back(day: dt.date, lang: str) -> None:
    text = format_date(day, format="long", locale=lang)  # "10 марта 2026 г.", "14. September 2020", ...
    assert written_dates(f"Опубликовано: {text}, 09:40", lang) == [day]
    assert written_dates(text) == [day]  # the month name alone tells the language


CYR_UPPER = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"
place = st.text(alphabet=CYR_UPPER, min_size=3, max_size=12)
name_part = st.builds(
    lambda a, b: a + b, st.sampled_from(CYR_UPPER), st.text(alphabet="абвгдеиклмнопрстуя", min_size=2, max_size=9)
)


@settings(max_examples=60, deadline=None)
@given(
    city=place,
    day=days,
    lang=st.sampled_from(["ru", "be", "uk"]),
    tag=st.sampled_from(
        [("/ТАСС/.", "TASS"), ("— РИА Новости.", "RIA Novosti"), ("/БелТА/.", "BelTA"), ("УНН.", "UNN")]
    ),
)
def test_a_dated_cyrillic_dateline_gives_place_and_agency(city: str, day: dt.date, lang: str, tag: tuple) -> None:
    written = format_date(day, format="d MMMM", locale=lang)
    assert parse_dateline(f"{city}, {written}. {tag[0]} Власти сообщили о паводке.") == (city, tag[1])


@settings(max_examples=60, deadline=None)
@given(first=name_part, last=name_part, label=st.sampled_from(["Автор:", "Аўтар:", "Autor:"]))
def test_a_labelled_byline_gives_the_name(first: str, last: str, label: str) -> None:
    assert parse_byline(f"{label} {first} {last}") == [f"{first} {last}"]


sentence = st.text(alphabet="abcdefghij клмнопрст", min_size=1, max_size=60).map(lambda s: s.strip() + "text.")


@settings(max_examples=80, deadline=None)
@given(text=sentence, tag=st.sampled_from(["(AFP)", "/ТАСС/", "(PAP)", "(EFE)", "(mit dpa)", "(AFP/Reuters)"]))
def test_a_closing_tag_comes_off_once(text: str, tag: str) -> None:
    found = trailing_agency(f"{text} {tag}")
    assert found is not None
    body, credit = found
    assert body == text and credit.agencies and trailing_agency(body) is None
    assert parse_credit(tag) is not None  # the same tag alone on a line is a credit line


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_the_parsers_never_raise(text: str) -> None:
    parse_dateline(text)
    parse_byline(text)
    trailing_agency(text)
    written_dates(text)
    furniture_reason(text)
