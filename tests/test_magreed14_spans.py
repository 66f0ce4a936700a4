"""One span of time or one count of a concept across languages (:mod:`crosswire.compare.claims.pairs`): the
English reader types "an 11-day shutdown" a duration of 11 days, the light tier types "elf Tagen", "onze jours",
"11 dniach" counts of the concept "day", so two sentences giving one span shared no value and the pair scorer
read them as sharing nothing (a new user's pipeline story: the French "Au terme de onze jours d'arrêt" was in no
item). And a count of one concept in two languages ("Zwei Arbeiter" / "Двоє робітників") proposes a candidate pair
where no word, no name and no encoder cosine did. Values are read by the real facts stage from invented
sentences; near-misses: the same number of another unit (11 days / 11 years), another number, another concept."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.pairs import counted_concepts, same_value, span_of_time
from crosswire.facts.records import Value
from crosswire.facts.stage import extract_facts
from crosswire.model import Article, Block, content_hash


def _values(language: str, text: str) -> list[Value]:
    art = Article(
        id=f"t-{language}-{abs(hash(text))}",
        source="test",
        content_hash=content_hash(text),
        blocks=[Block("paragraph", text)],
        outlet="test",
        published="2026-12-02",
        language=language,
        kind="text",
    )
    (facts,) = extract_facts([art])
    return [v for c in facts.claims for v in c.values]


def _span(language: str, text: str) -> Value:
    found = [v for v in _values(language, text) if span_of_time(v) is not None]
    assert found, (language, text, _values(language, text))
    return found[0]


ELEVEN_DAYS = [
    ("de", "Nach elf Tagen ohne Gas haben sich die beiden Länder geeinigt."),
    ("fr", "Au terme de onze jours d'arrêt, les deux pays ont signé un accord."),
    ("pl", "Po 11 dniach przestoju oba kraje zawarły porozumienie."),
    ("es", "Tras once días de cierre, los dos países firmaron un acuerdo."),
]


@pytest.fixture(scope="module")
def eleven_day() -> Value:
    return _span("en", "The two countries signed a deal, ending an 11-day shutdown of the pipeline.")


@pytest.mark.parametrize(("language", "text"), ELEVEN_DAYS)
def test_a_span_of_days_is_one_value_however_each_reader_typed_it(eleven_day: Value, language: str, text: str) -> None:
    other = _span(language, text)
    assert span_of_time(other) == ("day", 11.0)
    assert same_value(eleven_day, other) and same_value(other, eleven_day)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Nach elf Jahren ohne Vertrag haben sich die beiden Länder geeinigt."),  # another unit
        ("fr", "Au terme de douze jours d'arrêt, les deux pays ont signé un accord."),  # another number
        ("pl", "Po 11 latach przerwy oba kraje zawarły porozumienie."),  # another unit
    ],
)
def test_the_same_number_of_another_unit_or_another_number_is_not(eleven_day: Value, language: str, text: str) -> None:
    other = _span(language, text)
    assert not same_value(eleven_day, other)


def test_a_count_of_other_things_is_no_span_of_time(eleven_day: Value) -> None:
    workers = [v for v in _values("de", "Elf Arbeiter wurden verletzt.") if v.kind == "count"]
    assert workers and all(span_of_time(v) is None for v in workers)
    assert not any(same_value(eleven_day, v) for v in workers)


class _Unit:
    """A stand-in unit: its text, claim offsets and values (what :func:`counted_concepts` reads)."""

    def __init__(self, text: str, values: list[Value]) -> None:
        self.text = text
        self.values = values
        self.claim = type("C", (), {"start": 0})()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Zwei Arbeiter wurden dabei verletzt, einer von ihnen schwer."),
        ("fr", "Deux ouvriers ont été blessés et l'exploitant a fermé la conduite."),
        ("uk", "Двоє робітників дістали поранення, а оператор перекрив подачу газу."),
        ("en", "Two workers were injured in the blast."),
    ],
)
def test_a_count_of_one_concept_is_one_key_in_every_language(language: str, text: str) -> None:
    unit = _Unit(text, _values(language, text))
    assert "worker 2" in counted_concepts(unit)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Drei Arbeiter wurden dabei verletzt."),  # another number
        ("fr", "Deux pompiers ont été blessés."),  # another concept
    ],
)
def test_another_number_or_concept_is_another_key(language: str, text: str) -> None:
    unit = _Unit(text, _values(language, text))
    assert "worker 2" not in counted_concepts(unit)  # type: ignore[arg-type]
