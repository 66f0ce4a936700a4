"""A sentence saying what is not so, or not known, beside its source's sentence that another source states, is
no fact only its source reports when that other source's sentence holds the negation its neighbour lacks
(crosswire.compare.claims.single_negated).

A new user's airline story listed "Abkürzungen werde es bei den Prüfungen nicht geben" and "Wann die Flugzeuge
wieder abheben dürfen, ist offen" as only the German outlet's: each continues its neighbour, and the French sentence
linked to that neighbour says the rest ("ne prendrait « aucun raccourci »", "n'a pas voulu avancer de date"). Texts
invented; links set by hand (an item citing both sentences, or a pair score).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.pairs import Pair
from crosswire.compare.claims.single_negated import Links, negated_rest, not_so
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import EventItem, Item
from crosswire.facts.records import Claim
from crosswire.model import Evidence

# (the would-be single sentence, its neighbour before it, their language), (the other source's sentence, language)
CASES = [
    (
        ("Ob die Brücke im Winter öffnet, ist offen.", "Die Stadt will nach dem Gutachten entscheiden.", "de"),
        ("La mairie attend l'expertise et n'a pas voulu donner de date pour la réouverture du pont.", "fr"),
    ),
    (
        ("No habrá excepciones en las revisiones.", "«La seguridad es lo primero», dijo el director.", "es"),
        ("Safety comes first and there will be no exceptions to the checks, the director said.", "en"),
    ),
    (
        ("Non è chiaro quando riprenderanno i treni.", "Il gestore ha chiuso la linea per lavori urgenti.", "it"),
        ("Zarządca zamknął linię z powodu pilnych prac i nie podał terminu wznowienia ruchu.", "pl"),
    ),
    (
        ("Nie wiadomo, kiedy port zostanie ponownie otwarty.", "Władze portu zamknęły nabrzeże po pożarze.", "pl"),
        ("Les autorités portuaires ont fermé le quai après l'incendie; la date de réouverture est inconnue.", "fr"),
    ),
    (
        ("Ersatzfahrzeuge hat das Unternehmen nicht.", "Die Busse fahren auf fast allen Linien der Region.", "de"),
        ("The buses serve almost every line in the region, and the company has no spare vehicles.", "en"),
    ),
]


def _story(single: str, neighbour: str, lang: str, other: str, olang: str) -> list[Unit]:
    """Source 1's neighbour then the would-be single sentence (one article), and source 2's sentence."""
    rows = [(neighbour, 1, "a1", 0, lang), (single, 1, "a1", len(neighbour) + 1, lang), (other, 2, "a2", 0, olang)]
    units = []
    for i, (text, src, art, start, ln) in enumerate(rows):
        claim = Claim(id=f"c{i}", start=start, end=start + len(text), language=ln)
        units.append(Unit(index=i, source=src, article=art, claim=claim, text=text, position=i / 3))
    return units


def _item(*units: Unit) -> EventItem:
    evs = [Evidence(article=u.article, text=u.text, start=u.claim.start, end=u.claim.end) for u in units]
    return EventItem(summary=units[0].text, sources=sorted({u.source for u in units}), evidence=evs)


def _dropped(units: list[Unit], *, linked: str = "item", score: float = 0.3) -> set[int]:
    pairs = [Pair(a=units[0], b=units[2], features=[], score=score)] if linked == "pair" else []
    found = ClaimAlignment(units=units, pairs=pairs, groups=[], canonical={}, agree=0.6, related=0.6)
    shown = [_item(units[0], units[2])] if linked == "item" else []
    single: list[Item] = [_item(units[1])]
    source_of = {"a1": 1, "a2": 2}
    language_of = {"a1": units[0].language, "a2": units[2].language}
    return negated_rest(single, found, Links(shown=shown, source_of=source_of, language_of=language_of))


@pytest.mark.parametrize(("own", "other"), CASES)
@pytest.mark.parametrize("linked", ["item", "pair"])
def test_the_negated_rest_of_a_linked_neighbour_is_not_single(
    own: tuple[str, str, str], other: tuple[str, str], linked: str
) -> None:
    assert _dropped(_story(*own, *other), linked=linked) == {0}


@pytest.mark.parametrize(("own", "other"), CASES)
def test_unlinked_or_barely_related_neighbours_keep_it_single(
    own: tuple[str, str, str], other: tuple[str, str]
) -> None:
    assert _dropped(_story(*own, *other), linked="none") == set()
    assert _dropped(_story(*own, *other), linked="pair", score=0.2) == set()  # under the related bar (0.25)


def test_an_affirmative_counterpart_keeps_it_single() -> None:
    # the other source says what the neighbour says and nothing not so: the negation is the German outlet's own
    units = _story(
        "Ob die Brücke vor dem Winter wieder öffnet, ist offen.",
        "Die Stadt will erst nach dem Gutachten entscheiden.",
        "de",
        "La mairie décidera après l'expertise.",
        "fr",
    )
    assert _dropped(units) == set()


def test_a_negated_neighbour_explains_its_counterparts_negation() -> None:
    units = _story(
        "Die Fahrgäste sollen sich vor der Abfahrt informieren, ist unklar.",
        "Die Fähre fährt heute nicht.",
        "de",
        "Le ferry ne circule pas aujourd'hui.",
        "fr",
    )
    assert _dropped(units) == set()


def test_a_sentence_stating_something_so_stays_single() -> None:
    units = _story(
        "Die Werkstatt prüft zusätzlich alle Bremsen.",
        "Die Stadt will erst nach dem Gutachten entscheiden.",
        "de",
        "La mairie attend l'expertise et n'a pas voulu donner de date.",
        "fr",
    )
    assert _dropped(units) == set()


def test_a_sentence_naming_who_acts_stays_single() -> None:
    units = _story(
        "Bürgermeisterin Lena Hartl will keine Ausnahme machen.",
        "Die Stadt will erst nach dem Gutachten entscheiden.",
        "de",
        "La mairie attend l'expertise et n'a pas voulu donner de date.",
        "fr",
    )
    units[1] = replace(units[1], entities=frozenset({"person:Lena Hartl"}))
    assert _dropped(units) == set()


def test_a_counterpart_in_the_same_language_is_the_pair_scorers() -> None:
    units = _story(
        "Ob die Brücke vor dem Winter wieder öffnet, ist offen.",
        "Die Stadt will erst nach dem Gutachten entscheiden.",
        "de",
        "Die Stadt hat noch kein Datum für die Wiedereröffnung genannt.",
        "de",
    )
    assert _dropped(units) == set()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Wann die Flugzeuge wieder starten, bleibt offen.", "de", True),
        ("Die Tür ist offen.", "de", False),
        ("It remains unclear when the line will reopen.", "en", True),
        ("Se desconoce cuándo se reanudarán los vuelos.", "es", True),
        ("Nie wiadomo, kiedy ruszą pociągi.", "pl", True),
        ("Le trafic reprendra lundi.", "fr", False),
        ("Il traffico non riprenderà prima di lunedì.", "it", True),
    ],
)
def test_not_so(text: str, lang: str, expected: bool) -> None:
    assert not_so(text, lang) is expected


@pytest.mark.parametrize(("own", "other"), CASES[:3])
def test_a_left_negated_rest_names_the_sentence_it_completes(own: tuple[str, str, str], other: tuple[str, str]) -> None:
    # before: "no other source's sentence relates to it, and it names no one ..." (or a far sentence's cosine)
    from crosswire.compare.align import StoryData
    from crosswire.compare.leftover import _left

    units = _story(*own, *other)
    found = ClaimAlignment(units=units, pairs=[], groups=[], canonical={}, agree=0.6, related=0.6)
    bodies = {"a1": f"{units[0].text} {units[1].text}", "a2": units[2].text}
    data = StoryData(articles=[], bodies=bodies, facts={}, sources=[], source_of={"a1": 1, "a2": 2})
    links = Links(
        shown=[_item(units[0], units[2])],
        source_of={"a1": 1, "a2": 2},
        language_of={"a1": units[0].language, "a2": units[2].language},
    )
    left = _left(units[1], found, data, links)
    assert left.reason.startswith("says what is not so or not known, as [2]'s sentence")
    assert left.nearest_sources == [2]
    assert not _left(units[1], found, data).reason.startswith("says what is not so")
