"""Every cited sentence says what the item shows (faithful12).

Two classes of a tester's court story (trial 40), fixed by class and tested here on invented sentences:

- an agreed item merged from two groups cited a sentence tied only to another member, not to the sentence the item
  shows ("У вівторок ... суд має оголосити вирок" headed an item citing a third source's "... will spend the next
  seven years in prison", paired only with the wire's verdict sentence): :func:`.items._shown_members`;
- a short sentence's count agreed across languages with a long sentence giving a second count of the same noun
  ("Les trois prévenus comparaissaient ..." / "Two of the three defendants were sentenced ..."): the long
  sentence's own counts of that noun are read as what the shared one counts (:func:`.align.numbers_within`).
"""

from __future__ import annotations

import types

import pytest

from crosswire.compare.claims import items
from crosswire.compare.claims.align import numbers_within
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.units import Unit
from invented import claim_unit, count_value

# (heading sentence, sentence paired with it, sentence paired only with the second), each a story of its own
CHAINS = {
    "uk-en-en": (
        ("uk", "У вівторок суд у Марені має оголосити вирок колишньому меру Івану Дорошу."),
        ("en", "A court in Maren on Tuesday sentenced former mayor Ivan Dorosh to five years in prison."),
        ("en", "Dorosh, who once ran for parliament, will spend the next five years behind bars."),
    ),
    "de-es-pl": (
        ("de", "Am Dienstag soll das Gericht in Maren das Urteil gegen den früheren Bürgermeister verkünden."),
        ("es", "Un tribunal de Maren condenó el martes al exalcalde Iván Dorosh a cinco años de prisión."),
        ("pl", "Dorosz spędzi w więzieniu najbliższe pięć lat."),
    ),
    "fr-it-en": (
        ("fr", "Le tribunal de Maren doit rendre mardi son verdict dans le procès de l'ancien maire."),
        ("it", "Martedì il tribunale di Maren ha condannato l'ex sindaco Ivan Dorosh a cinque anni."),
        ("en", "Dorosh will spend the next five years in prison."),
    ),
}


def _chain(key: str) -> tuple[Unit, Unit, Unit]:
    (la, ta), (lb, tb), (lc, tc) = CHAINS[key]
    return claim_unit(0, 1, ta, la, []), claim_unit(1, 2, tb, lb, []), claim_unit(2, 3, tc, lc, [])


def _tie(*pairs: tuple[Unit, Unit]):  # type: ignore[no-untyped-def]
    at = {frozenset((a.index, b.index)) for a, b in pairs}
    return lambda a, b: frozenset((a.index, b.index)) in at


@pytest.mark.parametrize("key", sorted(CHAINS))
def test_a_sentence_tied_only_to_another_member_is_not_cited(key: str) -> None:
    head, middle, far = _chain(key)
    group = Group(units=[head, middle, far], score=0.9)
    parts = [([head, middle], head), ([middle, far], middle)]
    out = items._shown_members(head, group, 0, parts, frozenset(), _tie((head, middle), (middle, far)))
    assert out is not None
    lead, kept, _i = out
    assert lead is head
    assert [u.text for u in kept.units] == [head.text, middle.text]


@pytest.mark.parametrize("key", sorted(CHAINS))
def test_a_sentence_tied_to_the_heading_or_grouped_with_it_stays(key: str) -> None:
    head, middle, far = _chain(key)
    group = Group(units=[head, middle, far], score=0.9)
    # near-miss 1: the third sentence's own pair with the heading sentence
    parts = [([head, middle], head), ([middle, far], middle)]
    out = items._shown_members(head, group, 0, parts, frozenset(), _tie((head, middle), (head, far)))
    assert out is not None and len(out[1].units) == 3
    # near-miss 2: one group of the three (its builder read every member against every other)
    out = items._shown_members(head, group, 0, [([head, middle, far], head)], frozenset(), _tie((head, middle)))
    assert out is not None and len(out[1].units) == 3


def test_an_item_left_with_one_source_is_dropped() -> None:
    head, middle, far = _chain("uk-en-en")
    group = Group(units=[head, far], score=0.9)
    assert items._shown_members(head, group, 0, [([head, middle], head)], frozenset(), _tie((middle, far))) is None


def test_agreed_items_takes_the_tie(monkeypatch: pytest.MonkeyPatch) -> None:
    """``agreed_items`` reads the tie (main had no such argument: every merged member was cited)."""
    monkeypatch.setattr(items, "agreed_item", lambda _data, g, _lead=None, _known=None: [u.text for u in g.units])
    head, middle, _far = _chain("de-es-pl")
    data = types.SimpleNamespace(canonical={}, source_of={})
    out = items.agreed_items(data, [Group(units=[head, middle], score=0.9)], tied=_tie((head, middle)))  # type: ignore[arg-type]
    assert out == [[head.text, middle.text]]


# (short sentence and its count, long sentence and its two counts of one noun): a part against the whole
PARTS = [
    (
        "Les trois prévenus comparaissaient depuis le printemps.",
        ("trois", 3, "prévenu"),
        "Two of the three defendants were sentenced to prison terms.",
        (("Two", 2), ("three", 3)),
        "defendant",
    ),
    (
        "Die drei Angeklagten erschienen seit dem Frühjahr vor Gericht.",
        ("drei", 3, "angeklagte"),
        "Dos de los tres acusados fueron condenados a prisión.",
        (("Dos", 2), ("tres", 3)),
        "acusado",
    ),
    (
        "Trzej oskarżeni stawali przed sądem od wiosny.",
        ("Trzej", 3, "oskarżony"),
        "Deux des trois prévenus ont été condamnés à la prison.",
        (("Deux", 2), ("trois", 3)),
        "prévenu",
    ),
]


@pytest.mark.parametrize(("short", "sc", "long", "lc", "noun"), PARTS)
def test_a_second_count_of_the_long_sentences_own_noun_is_no_other_fact(short, sc, long, lc, noun) -> None:  # type: ignore[no-untyped-def]
    s = [count_value(short, sc[0], sc[1], sc[2])]
    lv = [count_value(long, w, v, noun) for w, v in lc]
    assert not numbers_within(s, lv)


def test_another_fact_of_a_long_sentence_still_counts_within() -> None:
    """Near-miss: the long sentence's other count counts another noun (flights beside passengers)."""
    short = "La cancelación ha afectado ya a unos 14.000 pasajeros."
    long = "Kestrel Air cancelled 85 flights on Friday, affecting about 14,000 passengers."
    s = [count_value(short, "14.000", 14000, "pasajero")]
    lv = [count_value(long, "85", 85, "flight"), count_value(long, "14,000", 14000, "passenger")]
    assert numbers_within(s, lv)
