"""What is shown is whole: every source stating a value stands on its side, every source stating an agreed claim
or a day's event is cited, a fact only one source gives is listed, and bodies' names are no people.

A new user's bus-recall trial (21: six outlets, en / pl / ru / es / de) showed a count conflict citing one of
four sources for the majority number (the wire's "1,240 of its E12 buses" is a part of an owner's set and the
German "1240 Elektro-Stadtbusse" counted no known thing), one claim agreed twice by two pairs of sources, the
crash day twice in the timeline with the Polish outlet on neither line, the German outlet's only fact nowhere,
and "Krajowy Urząd Bezpieczeństwa Transportu", "Autoridad Nacional", "Nationale Verkehrssicherheitsbehörde",
"Ringstraat" and "Kestrava" typed as people. Fixture: ``tests/fixtures/truck_recall/story.jsonl``, an invented
refuse-truck recall of another maker in the same five languages.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from crosswire.compare.claims.groups import Group, _merged
from crosswire.compare.records import Comparison
from crosswire.vocab.concepts import concept_of
from invented import paragraph_facts
from test_compare_core import compare_fixture, single_sources, source_of

FIXTURE = Path(__file__).parent / "fixtures" / "truck_recall" / "story.jsonl"


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Comparison:
    return compare_fixture(tmp_path_factory.mktemp("truck_recall"), FIXTURE)


def _sources(story: Comparison, *articles: str) -> list[int]:
    return sorted(source_of(story, a) for a in articles)


def test_a_count_conflict_cites_every_source_of_each_value(story) -> None:
    counts = [c for c in story.conflicts if any("3250" in s.label for s in c.sides)]
    assert len(counts) == 1
    sides = {s.label: sorted(s.sources) for s in counts[0].sides}
    majority = next(v for k, v in sides.items() if "2350" in k.replace(",", "").replace(".", ""))
    assert majority == _sources(story, "truck-wire", "truck-pl", "truck-es", "truck-de")
    assert sides["3250"] == _sources(story, "truck-ru")
    # the sentences of the majority value stand in the conflict, not in an agreement beside it
    assert not any(any("2350" in ev.text or "2,350" in ev.text for ev in it.evidence) for it in story.agreed)


def test_a_fact_only_one_source_gives_next_to_an_agreed_sentence_is_listed(story) -> None:
    assert single_sources(story, "bis Mitte April abschließen") == [_sources(story, "truck-de")]


def test_one_event_on_one_day_is_one_timeline_line_citing_every_source(story) -> None:
    crash = [t for t in story.timeline if t.date == "2026-10-11"]
    assert len(crash) == 1
    # the Polish outlet names the day in one sentence ("niedzielny wypadek") and the four hurt in the next
    assert crash[0].sources == _sources(story, "truck-wire", "truck-pl", "truck-ru", "truck-es", "truck-de")
    assert any("niedzielny" in ev.text for ev in crash[0].evidence)


@pytest.mark.parametrize(
    ("word", "language", "concept"),
    [
        ("Elektro-Stadtbusse", "de", "vehicle"),  # the head after the hyphen, not "Stadt"
        ("Müll-Lastwagen", "de", "vehicle"),
        ("Linienbussen", "de", "vehicle"),
        ("Rettungsboote", "de", "boat"),
        ("Schwerverletzte", "de", "injured"),
        ("Menschen", "de", "person"),
        ("электробусов", "ru", "vehicle"),
        ("elektrobusów", "pl", "vehicle"),
    ],
)
def test_a_compound_counts_what_its_head_names(word: str, language: str, concept: str) -> None:
    assert concept_of(word, language) == concept


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        (
            "pl",
            "Kontrole prowadzi Główny Inspektorat Transportu Drogowego, a w Szczecinie pojazdy eksploatuje "
            "przewoźnik Zachodnia Komunikacja.",
            ("Główny Inspektorat Transportu Drogowego", "Zachodnia Komunikacja"),
        ),
        ("pl", "Wycofanie nakazał Krajowy Urząd Bezpieczeństwa Żeglugi.", ("Krajowy Urząd Bezpieczeństwa Żeglugi",)),
        ("es", "La inspección corre a cargo de la Autoridad Nacional de Tráfico.", ("Autoridad Nacional",)),
        ("de", "Die Prüfung übernimmt die Nationale Fahrzeugzulassungsbehörde.", ("Fahrzeugzulassungsbehörde",)),
        ("it", "Il richiamo è stato ordinato dall'Autorità Nazionale dei Trasporti.", ("Autorità Nazionale",)),
    ],
)
def test_a_bodys_name_in_title_case_is_no_person(language: str, text: str, body: tuple[str, ...]) -> None:
    facts = paragraph_facts(language, text, "2026-10-14")
    for name in body:
        typed = [e.type for e in facts.entities if name in e.name or e.name in name]
        assert "person" not in typed, (name, [(e.name, e.type) for e in facts.entities])


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("pl", "Decyzję ogłosił rzecznik Jan Kowalski z Krajowego Urzędu Żeglugi.", "Jan Kowalski"),
        ("es", "La portavoz Rosa Blanco confirmó la revisión.", "Rosa Blanco"),
        ("pl", "Urzędem kieruje Marta Zielińska.", "Marta Zielińska"),
    ],
)
def test_people_stay_people(language: str, text: str, person: str) -> None:
    facts = paragraph_facts(language, text, "2026-10-14")
    assert any(e.type == "person" and person in e.name for e in facts.entities), [
        (e.name, e.type) for e in facts.entities
    ]


def test_a_one_word_street_and_a_companys_short_name_are_no_people_in_english() -> None:
    text = (
        "Orvald Industries is recalling 2,350 trucks. Four people were hurt when a truck rolled into a bus stop "
        'on Velmar\'s Kanaalstraat. "We will fix every truck," Orvald chief executive Mira Tallen said. '
        "The R7 is Orvald's top seller."
    )
    facts = paragraph_facts("en", text, "2026-10-14")
    types = {e.name: e.type for e in facts.entities}
    assert types.get("Kanaalstraat") in (None, "place")
    assert types.get("Orvald") in (None, "organisation")
    assert types.get("Mira Tallen") == "person"


def _unit(index: int, source: int) -> SimpleNamespace:
    return SimpleNamespace(index=index, source=source)


def test_two_groups_of_one_claim_whose_members_all_link_are_one() -> None:
    a, b, c, d, e = (_unit(i, s) for i, s in [(0, 1), (1, 4), (2, 2), (3, 3), (4, 2)])
    one = Group(units=[a, b], score=0.72)  # type: ignore[list-item]
    two = Group(units=[c, d], score=0.6)  # type: ignore[list-item]
    three = Group(units=[e], score=0.6)  # type: ignore[list-item]  # shares a source with ``two``
    weak = {frozenset((0, 4)), frozenset((1, 4))}  # e links under the share to one and two's members

    def linked(u, v) -> bool:  # type: ignore[no-untyped-def]
        return frozenset((u.index, v.index)) not in weak

    merged = _merged([one, two, three], linked)
    assert [sorted(u.index for u in g.units) for g in merged] == [[0, 1, 2, 3], [4]]
