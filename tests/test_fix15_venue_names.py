"""A place noun is never kept inside a person's name (invented text; fix15): "Rathaus Talheim" was a person for
the German reader and "Arena" of "the Hollstedt Arena" a person for the English one. The venue is a place; the
people of the same text stay people, without the noun.
"""

from __future__ import annotations

import pytest

from crosswire.facts.languages.base import NameSpan
from crosswire.facts.languages.venue_names import retype_venue_names
from invented import article_facts

CASES = [
    (
        "de",
        "Im Stadion Rheinau sagte Trainer Jonas Weber, die Mannschaft sei bereit. Vor dem Rathaus Talheim "
        "protestierten Fans. Die Arena Hollstedt blieb geschlossen.",
        ["Stadion Rheinau", "Rathaus Talheim", "Arena Hollstedt"],
        ["Jonas Weber"],
    ),
    (
        "en",
        "At Rheinau Stadium, coach Jonas Weber said the team was ready. Stadium manager Piet Kramer said the "
        "Hollstedt Arena stayed closed.",
        ["Rheinau Stadium", "Hollstedt Arena"],
        ["Jonas Weber", "Piet Kramer"],
    ),
]


@pytest.mark.parametrize(("language", "text", "venues", "people"), CASES, ids=[c[0] for c in CASES])
def test_a_venue_is_a_place_and_no_persons_name(language, text, venues, people) -> None:
    facts = article_facts(language, text, published="2026-05-06")
    types = {e.name: e.type for e in facts.entities}
    for venue in venues:
        assert types.get(venue) == "place", types
    for person in people:
        assert types.get(person) == "person", types
    assert not any(t == "person" and name.split()[0] in ("Arena", "Stadion", "Rathaus") for name, t in types.items())


class _B:
    def __init__(self, text: str) -> None:
        self.start, self.text = 0, text


@pytest.mark.parametrize(
    ("language", "text", "name", "label", "normal"),
    [
        ("de", "Im Stadion Jonas Weber sagte", "Stadion Jonas Weber", "PER", "Jonas Weber"),
        ("de", "Vor dem Rathaus Talheim", "Rathaus Talheim", "LOC", "Rathaus Talheim"),
        ("pl", "Na stadionie Marta Nowak powiedziała", "stadionie Marta Nowak", "PER", "Marta Nowak"),
        ("es", "En el Estadio Rheinau", "Estadio Rheinau", "LOC", "Estadio Rheinau"),
        ("de", "Anna Berg sagte", "Anna Berg", "PER", "Anna Berg"),
    ],
)
def test_the_place_noun_is_cut_from_a_name_or_makes_it_a_place(language, text, name, label, normal) -> None:
    at = text.index(name)
    span = NameSpan(at, at + len(name), "PER", name)
    retype_venue_names([(_B(text), span)], language)
    assert (span.label, span.normal, text[span.start : span.start + len(span.normal)]) == (label, normal, normal)
