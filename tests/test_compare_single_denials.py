"""A denial two sources report is no fact only one of them reports (crosswire.compare.claims.single_denials).

A new user's hostage story listed an Italian and a German denial of a ransom each as "only X", though the English
wire, the French and the Spanish outlets gave the same denial; the pair scorer and the encoder read them apart
across languages. Texts invented.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.single_denials import denied_acts, denied_alike, denied_elsewhere
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import EventItem
from crosswire.facts.records import Claim
from crosswire.model import Evidence

DENIALS = [
    ("Das Außenministerium bestritt, ein Lösegeld für die Geiseln gezahlt zu haben.", "de"),
    ("La cancillería negó haber pagado un rescate por los rehenes.", "es"),
    ("Il ministero degli Esteri ha smentito ogni riscatto per gli ostaggi.", "it"),
    ("Le ministère a démenti le versement d'une rançon pour les otages.", "fr"),
    ("Rzecznik ministerstwa zaprzeczył, że za zakładników zapłacono okup.", "pl"),
    ("The foreign ministry denied that a ransom had been paid for the hostages.", "en"),
]


def _unit(index: int, source: int, text: str, lang: str) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=lang)
    return Unit(index=index, source=source, article=f"a{index}", claim=claim, text=text, position=0.5)


def _event(u: Unit) -> EventItem:
    ev = Evidence(article=u.article, text=u.text, start=0, end=len(u.text))
    return EventItem(summary=u.text, sources=[u.source], evidence=[ev])


def _found(units: list[Unit]) -> ClaimAlignment:
    return ClaimAlignment(units=units, pairs=[], groups=[], canonical={}, agree=0.5, related=0.25)


@pytest.mark.parametrize(("text", "lang"), DENIALS)
def test_a_denial_of_the_ransom_is_read_in_each_language(text, lang):
    assert denied_acts(text, lang) == {"ransom": True}


@pytest.mark.parametrize(("text", "lang"), DENIALS[:5])
def test_a_denial_another_source_reports_in_another_language_is_not_only_x(text, lang):
    u = _unit(0, 1, text, lang)
    other = _unit(1, 2, "Vasko rejected reports that the government had handed over a ransom.", "en")
    found = _found([u, other, _unit(2, 3, "The hostages were flown home on Tuesday.", "en")])
    assert denied_elsewhere([_event(u)], found) == {0}


def test_a_negated_payment_with_no_object_agrees_with_a_named_denial():
    # "Pas un centime n'a été versé": the negated pole of the payment, the ransom unnamed
    u = _unit(0, 1, "Die Regierung wies Berichte über ein Lösegeld zurück.", "de")
    v = _unit(1, 2, "« Pas un centime n'a été versé aux ravisseurs », a dit le ministre.", "fr")
    assert denied_alike(u, v)
    assert denied_elsewhere([_event(u)], _found([u, v])) == {0}


def test_a_denial_no_other_source_gives_stays_single():
    u = _unit(0, 1, "Il ministero ha negato di aver pagato un riscatto.", "it")
    others = [
        _unit(1, 2, "The kidnappers had demanded a ransom of two million dollars.", "en"),
        _unit(2, 3, "Los secuestradores exigían un rescate de dos millones de dólares.", "es"),
    ]
    assert denied_elsewhere([_event(u)], _found([u, *others])) == set()


def test_a_denial_of_its_own_source_elsewhere_does_not_count():
    u = _unit(0, 1, "Il ministero ha negato di aver pagato un riscatto.", "it")
    v = _unit(1, 1, "Il governo ha smentito ogni riscatto.", "it")
    assert denied_elsewhere([_event(u)], _found([u, v])) == set()


def test_the_denier_named_before_the_verb_is_not_what_is_denied():
    # "Il governo ... ha negato": the government act's object word stands before the denial, naming who denies
    u = _unit(0, 1, "Il governo ha negato l'accesso ai giornalisti stranieri.", "it")
    v = _unit(1, 2, "The government denied visas to foreign reporters.", "en")
    assert denied_acts(u.text, "it") == {}
    assert denied_elsewhere([_event(u)], _found([u, v])) == set()


def test_a_polish_negation_is_no_denial():
    # the shared list's French "nie" (he denies) is the Polish "not": "did not comment on the ransom" denies nothing
    u = _unit(0, 1, "Rząd nie skomentował żądania okupu ze strony porywaczy.", "pl")
    v = _unit(1, 2, "Die Regierung bestritt, ein Lösegeld gezahlt zu haben.", "de")
    assert denied_acts(u.text, "pl") == {}
    assert denied_elsewhere([_event(u)], _found([u, v])) == set()


def test_a_denied_service_tells_no_pole():
    # a service withdrawn / kept in service: a denial says neither, so nothing is read
    assert denied_acts("The operator denied that the ferry service had been withdrawn.", "en") == {}


def test_a_left_denial_says_which_source_denies_it_too():
    # before: "no other source's sentence relates to it, and it names no one ..." of a denial two sources give
    from crosswire.compare.align import StoryData
    from crosswire.compare.leftover import _left

    u = _unit(0, 1, "Vasko wies Berichte über ein Lösegeld entschieden zurück.", "de")
    v = _unit(1, 2, "Il ministro ha negato di aver pagato un riscatto.", "it")
    data = StoryData(articles=[], bodies={u.article: u.text, v.article: v.text}, facts={}, sources=[])
    left = _left(u, _found([u, v]), data)
    assert left.reason.startswith("denies what [2]'s sentence denies")
    assert left.nearest_sources == [2]
