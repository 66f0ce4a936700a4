"""Property tests for the parsers this input work added: the limited gunzip, feed dates, space-grouped
thousands and fiscal years, sitemaps, and the fetcher's memory in the store."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crosswire.facts.dates import year_span
from crosswire.facts.numbers import join_spaced_thousands, read_number
from crosswire.fetch.discover import sitemap_links, what_is
from crosswire.ingest.feed_dates import feed_date
from crosswire.ingest.limits import ExpansionLimitError, gunzip_limited
from crosswire.store import FetchState, Store


@given(st.binary(max_size=5000), st.integers(min_value=1, max_value=4))
def test_gunzip_round_trip_any_members(data: bytes, members: int) -> None:
    parts = [data[i::members] for i in range(members)]
    blob = b"".join(gzip.compress(p) for p in parts)
    out, problem = gunzip_limited(io.BytesIO(blob), 1 << 20)
    assert out == b"".join(parts) and problem is None


@given(st.binary(min_size=1, max_size=5000), st.data())
def test_gunzip_cut_anywhere_gives_a_prefix(data: bytes, draw: st.DataObject) -> None:
    blob = gzip.compress(data)
    cut = draw.draw(st.integers(min_value=1, max_value=len(blob) - 1))
    out, problem = gunzip_limited(io.BytesIO(blob[:cut]), 1 << 20)
    assert data.startswith(out) and problem is not None


@given(st.integers(min_value=1, max_value=200_000))
def test_gunzip_limit_is_never_passed(limit: int) -> None:
    blob = gzip.compress(b"x" * 300_000)
    with pytest.raises(ExpansionLimitError):
        gunzip_limited(io.BytesIO(blob), limit)


@settings(max_examples=200, deadline=None)  # the first call imports dateparser
@given(st.text(max_size=60))
def test_feed_date_never_raises_and_only_says_what_is_written(raw: str) -> None:
    value = feed_date(raw)
    if value is not None:
        year, day = int(value[:4]), int(value[8:10])
        numbers = {int(n) for n in re.findall(r"\d+", raw)}
        assert year in numbers and day in numbers


@given(st.dates(), st.times(), st.sampled_from(["/", "-", "."]))
def test_feed_date_year_first_forms(d, t, sep: str) -> None:
    raw = f"{d.year:04d}{sep}{d.month}{sep}{d.day} {t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    if d.year < 1000:
        return
    assert feed_date(raw) == f"{d.isoformat()}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}"


@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from([" ", "\u00a0", "\u202f"]))
def test_space_grouped_thousands_read_as_one_number(n: int, space: str) -> None:
    written = f"{n:,}".replace(",", space)
    reading = read_number(written)
    assert reading is not None and reading.value == n
    assert join_spaced_thousands(f"{written} farms") == f"{n} farms"


@given(st.text(alphabet="abc ,.;", max_size=40))
def test_text_without_digits_is_unchanged(text: str) -> None:
    assert join_spaced_thousands(text) == text


@given(st.integers(min_value=1800, max_value=2098), st.sampled_from(["–", "-", "/", "—"]), st.booleans())
def test_fiscal_years(year: int, sep: str, short: bool) -> None:
    second = f"{(year + 1) % 100:02d}" if short else str(year + 1)
    assert year_span(f"{year}{sep}{second}") == f"{year}/{year + 1}"
    assert year_span(f"{year}{sep}{year + 3}") is None


@given(st.lists(st.integers(min_value=1, max_value=10**6), min_size=1, max_size=20, unique=True))
def test_sitemap_links_in_order(ids: list[int]) -> None:
    urls = "".join(f"<url><loc>https://news.example/a/{i}.html?utm_source=x</loc></url>" for i in ids)
    body = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    assert what_is(body.encode()) == "sitemap"
    pages, children = sitemap_links(body.encode())
    assert [p.url for p in pages] == [f"https://news.example/a/{i}.html" for i in ids] and children == []


def test_fetch_state_round_trip(tmp_path: Path) -> None:
    state = FetchState(
        "https://a.example/x",
        200,
        '"e1"',
        "Fri, 10 May 2024 12:00:00 GMT",
        "https://a.example/y",
        ["https://a.example/x"],
        b"User-agent: *\n",
    )
    with Store(tmp_path / "s.db") as store:
        assert store.fetch_state(state.url) is None
        store.save_fetch_state(state)
        store.commit()
        got = store.fetch_state(state.url)
        assert got is not None and got.fetched_at
        got.fetched_at = None
        assert got == state
        store.save_fetch_state(FetchState(state.url, 200, '"e2"'))
        assert store.fetch_state(state.url).etag == '"e2"'  # type: ignore[union-attr]
        assert store.count_fetch_states() == 1
