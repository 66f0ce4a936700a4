"""A craft's name read as a person's keeps no sentence out of an agreement: "The Selma Rowan, built in 2003,
belongs to Ostrand Shipping" states no person's act, so it agrees with "Statek, zbudowany w 2003 roku, należy do
... Ostrand Shipping" and "El barco, construido en 2003, es propiedad de ... Ostrand Shipping", which name no one.
Found by a new user's trawler story: the wire's "The Marisol Grey, built in 1998, belongs to Brask Fisheries" was
left out of the agreement every other outlet was in ("kept apart by a check of what each states", 0.88), the
English model having typed the trawler's name as a person. Invented text, four languages."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from crosswire.compare.claims.align import other_doers, typed_apart
from crosswire.compare.claims.craft import craft_names
from test_compare_core import compare_fixture

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "aligned" / "craft-owner.jsonl"
IDS = ["person:Marisol Grey", "person:Halden Star", "person:Jean Dupont", "person:John Smith", "place:Kelby"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The fishing trawler Marisol Grey sank late on Tuesday.", "en"),
        ("Rescuers reached the vessel Marisol Grey at dawn.", "en"),
        ("Der Fischtrawler Marisol Grey ist gesunken.", "de"),
        ("Le chalutier Marisol Grey a coulé dans la nuit.", "fr"),
        ("El buque pesquero Marisol Grey se hundió.", "es"),
        ("Trawler rybacki Marisol Grey zatonął w nocy.", "pl"),
        ("Załoga trawlera Marisol Grey liczyła 14 osób.", "pl"),
        ("Траулер «Marisol Grey» затонул ночью.", "ru"),
    ],
)
def test_a_name_after_a_craft_noun_names_a_craft(text, language):
    assert craft_names([(text, language)], IDS) == frozenset({"person:Marisol Grey"})


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ship captain John Smith said the crew was safe.", "en"),  # a role between: no adjective in English
        ("Marisol Grey, the ship's cook, was rescued.", "en"),  # no craft noun before the name
        ("Le bateau de Jean Dupont a coulé.", "fr"),  # Jean Dupont's boat: "de" is no adjective
        ("Das Boot von Marisol Grey sank.", "de"),
        ("El barco de Marisol Grey se hundió.", "es"),
    ],
)
def test_a_person_near_a_craft_noun_stays_a_person(text, language):
    assert craft_names([(text, language)], IDS) == frozenset()


def test_typed_apart_holds_the_storys_craft_names():
    facts = SimpleNamespace(language="en")
    data = SimpleNamespace(
        canonical={("en", "e1"): "person:Halden Star", ("en", "e2"): "person:John Smith"},
        bodies={"en": "The lifeboat Halden Star took three men off a raft. John Smith was among them."},
        with_facts=lambda: iter([("en", facts, data.bodies["en"])]),
    )
    assert typed_apart(data) == frozenset({"person:Halden Star"})  # type: ignore[arg-type]


def test_a_crafts_name_is_no_doer():
    """Two subjects a model typed as people, one a craft's name and one a company's: no two doers."""
    en = SimpleNamespace(
        subject="person:Selma Rowan",
        speaker=None,
        language="en",
        entities=frozenset({"person:Selma Rowan"}),
        text="The Selma Rowan, built in 2003, belongs to Ostrand Shipping.",
    )
    es = SimpleNamespace(
        subject="person:Ostrand Shipping",
        speaker=None,
        language="es",
        entities=frozenset({"person:Ostrand Shipping"}),
        # the light tier's subject is a doer only in the sentence's first clause (mrecall, eleventh pass)
        text="Ostrand Shipping es propietaria del barco, construido en 2003.",
    )
    assert other_doers(en, es)  # type: ignore[arg-type]  # as before: two named doers
    mistyped = frozenset({"person:Selma Rowan", "person:Ostrand Shipping"})
    assert not other_doers(en, es, mistyped)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def comparison(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("craft"), FIXTURE)


def test_the_owner_sentence_of_every_outlet_is_one_agreement(comparison):
    """The English sentence (the craft's name its subject) is in the item with the three that call it "the
    vessel" (it was left out before, the item citing three sources)."""
    items = [i for i in comparison.agreed if any("Ostrand Shipping" in ev.text for ev in i.evidence)]
    assert len(items) == 1
    assert len(items[0].sources) == 4
    assert any(ev.text.startswith("The Selma Rowan, built in 2003") for ev in items[0].evidence)
