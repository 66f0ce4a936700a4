"""Publication times on a text page's date line: the time of day is kept where the line gives one, its zone
only where the line states one (``published`` is "ISO 8601 date or datetime"), in the languages the cleaner
reads. Pages and stamps are our own invention; the property tests write the stamps from babel's month names."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from babel.dates import format_date
from hypothesis import given
from hypothesis import strategies as st

from crosswire.clean import clean_document
from crosswire.clean.published import published_from_stamps
from crosswire.model import RawDocument
from crosswire.vocab.calendar import TIME_ZONES, iso_datetime, published_label, published_order

FAR = dt.date(2199, 12, 31)  # "today" for the property tests: every generated day is in the past

BODY = {
    "en": "The harbour authority of Port Kelva closed the Lindmoor shipyard on Wednesday after a fire in its "
    "main dry dock.\n\nThe fire killed three welders and injured eleven other workers, the fire service said.",
    "fr": "L'autorité portuaire de Port Kelva a fermé mercredi le chantier naval de Lindmoor après un incendie "
    "dans sa principale cale sèche.\n\nL'incendie a tué trois soudeurs et blessé onze autres ouvriers.",
    "de": "Die Hafenbehörde von Port Kelva hat die Werft Lindmoor am Mittwoch nach einem Brand im größten "
    "Trockendock geschlossen.\n\nBei dem Brand kamen drei Schweißer ums Leben, elf Arbeiter wurden verletzt.",
    "ru": "Портовое управление Порт-Кельвы в среду закрыло верфь Линдмор после пожара в главном сухом доке."
    "\n\nПри пожаре погибли трое сварщиков, ещё одиннадцать рабочих получили ранения.",
    "es": "La autoridad portuaria de Port Kelva cerró el miércoles el astillero de Lindmoor tras un incendio en "
    "su dique seco principal.\n\nEl incendio mató a tres soldadores e hirió a otros once trabajadores.",
}


def _page(language: str, stamp: str) -> str:
    head = "Kelva Review\nHome | News | Business\n\nLindmoor shipyard closed after fire"
    return f"{head}\n\n{stamp}\n\n{BODY[language]}\n"


@pytest.mark.parametrize(
    ("language", "stamp", "expected"),
    [
        ("en", "Thu 14 May 2026 09:30", "2026-05-14T09:30:00"),
        ("en", "Updated: 9:30 p.m. EDT, May 14, 2026", "2026-05-14T21:30:00-04:00"),
        ("en", "2026-05-14T11:45:00+02:00", "2026-05-14T11:45:00+02:00"),
        ("en", "Published 2026-05-14T11:45:00Z", "2026-05-14T11:45:00+00:00"),
        ("en", "14 May 2026", "2026-05-14"),
        ("fr", "14 mai 2026, 21h05", "2026-05-14T21:05:00"),
        ("fr", "Publié le 14 mai 2026 à 21h05", "2026-05-14T21:05:00"),
        ("fr", "Mis à jour le 14/05/2026 à 21:05 CEST", "2026-05-14T21:05:00+02:00"),
        ("de", "15.05.2026, 10:12 Uhr", "2026-05-15T10:12:00"),
        ("de", "15. Mai 2026, 10.12 Uhr MESZ", "2026-05-15T10:12:00+02:00"),
        ("ru", "15 мая 2026, 09:30", "2026-05-15T09:30:00"),
        ("ru", "15 мая 2026 г., 09:30 MSK", "2026-05-15T09:30:00+03:00"),
        ("es", "14 de mayo de 2026, 21:05", "2026-05-14T21:05:00"),
        ("es", "Madrid, 14/05/2026 - 21:05 CEST", "2026-05-14T21:05:00+02:00"),
    ],
)
def test_a_page_keeps_the_time_its_date_line_gives(language: str, stamp: str, expected: str) -> None:
    page = _page(language, stamp)
    article = clean_document(RawDocument(source=f"{language}.txt", kind="text", content=page, content_type="text"))
    assert article.language == language
    assert article.published == expected
    assert stamp not in article.body


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2026-05-14", "2026-05-14"),
        ("2026-05-14T21:05:00", "2026-05-14 21:05 local"),
        ("2026-05-14T18:40:00+01:00", "2026-05-14 17:40 UTC"),
        ("2026-05-14T18:40:00+00:00", "2026-05-14 18:40 UTC"),
        ("2026-05-14T18:40:00Z", "2026-05-14 18:40 UTC"),
        ("2026-05-14T18:40:07-05:30", "2026-05-15 00:10:07 UTC"),
        ("2026-05-15T00:30:00+02:00", "2026-05-14 22:30 UTC"),
        (None, ""),
        ("not a date", "not a date"),
    ],
)
def test_the_label_a_reader_sees(value: str | None, shown: str) -> None:
    assert published_label(value) == shown


def test_same_day_articles_ordered_by_their_time() -> None:
    values = ["2026-05-14T21:05:00", None, "2026-05-15", "2026-05-14T11:45:00+02:00", "2026-05-14", "x"]
    ordered = sorted(values, key=published_order)
    assert ordered[:4] == ["2026-05-14", "2026-05-14T11:45:00+02:00", "2026-05-14T21:05:00", "2026-05-15"]
    assert set(ordered[4:]) == {None, "x"}


# -- properties ----------------------------------------------------------------------------------------------
DAYS = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))  # the years a date line is read in
TIMES = st.tuples(st.integers(0, 23), st.integers(0, 59))
ZONES = st.one_of(
    st.none(),
    st.sampled_from(sorted(z for z in TIME_ZONES if z != "Z")).map(lambda z: (z, TIME_ZONES[z])),
    st.integers(-12 * 60, 14 * 60).filter(lambda m: m % 15 == 0).map(lambda m: (_offset(m), m)),
)


def _offset(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _written(day: dt.date, language: str) -> str:
    return {
        "en": format_date(day, "EEE d MMMM y", locale="en"),
        "fr": "le " + format_date(day, "d MMMM y", locale="fr"),
        "de": format_date(day, "dd.MM.y", locale="de"),
        "ru": format_date(day, "d MMMM y", locale="ru"),
        "es": format_date(day, "d 'de' MMMM 'de' y", locale="es"),
    }[language]


def _clock(hour: int, minute: int, language: str) -> str:
    plain = f"{hour:02d}:{minute:02d}"
    return {"fr": f"{hour}h{minute:02d}", "de": f"{plain} Uhr"}.get(language, plain)


@given(DAYS, TIMES, ZONES, st.sampled_from(["en", "fr", "de", "ru", "es"]))
def test_a_stamp_gives_its_day_time_and_only_a_stated_zone(
    day: dt.date, time: tuple[int, int], zone: tuple[str, int] | None, language: str
) -> None:
    hour, minute = time
    stamp = f"{_written(day, language)}, {_clock(hour, minute, language)}" + (f" {zone[0]}" if zone else "")
    got = published_from_stamps([stamp], day_first=language != "en", today=FAR, language=language)
    assert got is not None, stamp
    moment = iso_datetime(got)
    assert moment is not None, got
    assert (moment.date(), moment.hour, moment.minute) == (day, hour, minute), (stamp, got)
    offset = moment.utcoffset()
    assert (offset is None) == (zone is None), (stamp, got)
    if zone is not None:
        assert offset == dt.timedelta(minutes=zone[1]), (stamp, got)


@given(DAYS, st.sampled_from(["en", "fr", "de", "ru", "es"]))
def test_a_stamp_without_a_time_gives_the_day_alone(day: dt.date, language: str) -> None:
    stamp = _written(day, language)
    assert published_from_stamps([stamp], day_first=language != "en", today=FAR, language=language) == (day.isoformat())


@given(DAYS, TIMES, ZONES)
def test_an_iso_stamp_reads_back_as_itself(day: dt.date, time: tuple[int, int], zone: tuple[str, int] | None) -> None:
    tz = dt.timezone(dt.timedelta(minutes=zone[1])) if zone else None
    moment = dt.datetime(day.year, day.month, day.day, time[0], time[1], tzinfo=tz)
    got = published_from_stamps([moment.isoformat()], day_first=False, today=FAR)
    assert got is not None and iso_datetime(got) == moment


@given(st.text(max_size=80))
def test_any_line_gives_none_or_an_iso_value(line: str) -> None:
    got = published_from_stamps([line], day_first=True, today=FAR)
    assert got is None or iso_datetime(got) is not None


def test_sources_of_one_day_are_numbered_by_their_publication_time() -> None:
    from crosswire.compare.align import ArticleRow, build_sources

    rows = [
        ArticleRow(id="evening", outlet="Courrier du Détroit", published="2026-05-14T21:05:00"),
        ArticleRow(id="ten-utc", outlet="Kelva Ledger", published="2026-05-14T10:00:00+00:00"),
        ArticleRow(id="next-day", outlet="Brandauer Rundschau", published="2026-05-15"),
        ArticleRow(id="nine-45-utc", outlet="North Sound Herald", published="2026-05-14T11:45:00+02:00"),
        ArticleRow(id="day-only", outlet="Harbour Weekly", published="2026-05-14"),
    ]
    sources, _ = build_sources(rows)
    # a bare date first on its day (its time is unknown), then the times as instants: 11:45 at +02:00 is
    # 09:45 UTC, before 10:00 UTC, though its ISO string sorts after it
    order = [s.articles[0] for s in sources]
    assert order == ["day-only", "nine-45-utc", "ten-utc", "evening", "next-day"]


def test_the_cli_lists_shows_and_exports_the_time(tmp_path: Path) -> None:
    """``articles`` shows each article's day and time, ``stories`` a time without a zone as given (not as
    UTC), and the export keeps the value whole; the pages are ``tests/fixtures/repeats``."""
    from typer.testing import CliRunner

    from crosswire.cli import app

    fixture = Path(__file__).parent / "fixtures" / "repeats"
    runner = CliRunner()

    def run(*args: object) -> str:
        result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False, env={"COLUMNS": "200"})
        assert result.exit_code == 0, result.output
        return result.stdout

    db = tmp_path / "cw.db"
    run("ingest", fixture / "kelva-ledger.txt", fixture / "north-sound-herald.txt", "--db", db, "--no-facts")
    listed = run("articles", "--db", db)
    # one clock for every listing: a stated zone converted to UTC, a time without one marked as the page's own
    assert "2026-05-14 09:30 local" in listed and "2026-05-14 09:45 UTC" in listed
    (story,) = [s["id"] for s in json.loads(run("stories", "--db", db, "--json"))["stories"]]
    shown = run("show", story, "--db", db)
    assert "09:30 local" in shown and "09:30 UTC" not in shown  # no zone on the page: none is invented
    assert "09:45 UTC" in shown  # 11:45 at +02:00, shown in UTC beside the other outlets' times
    out = tmp_path / "out.jsonl"
    run("export", "--format", "jsonl", "--output", out, "--db", db)
    exported = {json.loads(line)["published"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert exported == {"2026-05-14T09:30:00", "2026-05-14T11:45:00+02:00"}
