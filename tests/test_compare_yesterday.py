"""The day "yesterday" in an article of a known date is the day before it, a day of the event (invented text):
"Police arrested the man yesterday" in an article of Wednesday 6 May is Tuesday's arrest, and another outlet's
"on Monday" a different day. English "yesterday" was left out as the outlet's clock while "ayer", "gestern" and
"вчера" were compared; the languages now agree. Without a publication date "yesterday" has no day (no conflict).
"""

from __future__ import annotations

import pytest

from test_compare_core import compare_texts

PUBLISHED = "2026-05-06"  # a Wednesday
EN = (
    "Suspect held over Orvel depot fire\n\nPolice arrested a 31-year-old man {day} over the fire that destroyed a "
    "fuel depot in Orvel, officials said. The blaze burned for eleven hours before firefighters put it out."
)
OTHER = {
    "en": EN.replace("Police arrested", "Officers arrested"),
    "es": "Detenido por el incendio de Orvel\n\nLa policía detuvo {day} a un hombre por el incendio que destruyó un "
    "depósito de combustible en Orvel, informaron las autoridades.",
}


def _days(tmp_path, language: str, ours: str, theirs: str, published: str | None = PUBLISHED) -> list[str]:
    rows = [("wire", "Orvel Wire", published, EN.format(day=ours)), ("b", "Other", published, OTHER[language])]
    rows[1] = ("b", "Other", published, OTHER[language].format(day=theirs))
    return [c.summary for c in compare_texts(tmp_path, rows).conflicts if c.reason == "different day"]


@pytest.mark.parametrize(("language", "theirs"), [("en", "on Monday"), ("es", "el lunes")])
def test_yesterday_and_another_day_differ(tmp_path, language, theirs) -> None:
    found = _days(tmp_path, language, "yesterday", theirs)
    assert len(found) == 1 and "yesterday" in found[0], found


@pytest.mark.parametrize(("language", "theirs"), [("en", "on Tuesday"), ("es", "el martes")])
def test_yesterday_and_its_own_weekday_agree(tmp_path, language, theirs) -> None:
    assert _days(tmp_path, language, "yesterday", theirs) == []


def test_yesterday_with_no_publication_date_is_no_day(tmp_path) -> None:
    assert _days(tmp_path, "en", "yesterday", "on Monday", None) == []
