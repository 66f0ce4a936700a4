"""Datelines a new user's Spanish and German pages opened with and the cleaner did not read: "MARVENNA
(Estaria).- Un incendio ..." (a place in capitals, the region in brackets, a full stop and a dash) and
"Marvenna. Ein Waldbrand ..." (a German regional paper's place name in any case, a full stop and an article).
Invented text of another event, in Spanish, German, French and Italian; a one-word sentence before an article,
a name the paragraph never repeats, and an agency in the brackets keep their readings."""

from __future__ import annotations

import pytest

from crosswire.clean.metadata import parse_dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("BRAKVELL (Valdoria).- El agua inundó el jueves la mina de estaño de Brakvell.", "BRAKVELL"),
        ("BRAKVELL (Valdoria).-El agua inundó el jueves la mina.", "BRAKVELL"),
        ("SAN TELMO (Valdoria).- Los vecinos de San Telmo fueron evacuados.", "SAN TELMO"),
        ("Brakvell. Ein Hochwasser hat die Zinnmine von Brakvell geflutet.", "Brakvell"),
        ("Bad Orlen. Die Feuerwehr von Bad Orlen rückte am Morgen aus.", "Bad Orlen"),
        ("Brakvell. Les secours de Brakvell ont travaillé toute la nuit.", "Brakvell"),
        ("Brakvell. Il sindaco di Brakvell ha chiesto aiuto alla regione.", "Brakvell"),
    ],
)
def test_a_dateline_closed_by_a_full_stop_is_read(text: str, place: str) -> None:
    assert parse_dateline(text) == (place, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MADRID (EFE).- El Gobierno aprobó el decreto.", ("MADRID", "EFE")),
        ("Nein. Die Regierung hat den Plan abgelehnt.", (None, None)),
        ("Brakvell. Ein Hochwasser hat die Zinnmine geflutet.", (None, None)),  # the name is not repeated
        ("Danke. Das war alles, sagte Fell.", (None, None)),
    ],
)
def test_other_openings_keep_their_reading(text: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_dateline(text) == expected
