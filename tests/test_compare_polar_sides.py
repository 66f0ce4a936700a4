"""Outcomes of one act across languages, complete conflict sides and one agreed item per claim.

Found by a new user's six-language ransomware story: "refused to pay the ransom" (four languages) against a
Russian "заплатила выкуп" was shown as an agreement, the Russian sentence in no section; found conflicts listed
only some of the sources stating a side (the wire missing from "Sunday", a German "Gesundheitsministerin" from
"Minister", three sources from the group that claimed the attack); one refusal was two agreed items citing one
Polish sentence, and the brief repeated the lead in Polish. Invented text throughout: a kidnapping at a dam (en,
fr, de, uk, pl) and a mill fire (en, es, de, pl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.brief import build_brief
from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.items import agreed_items, worded_conflict
from crosswire.compare.claims.pairs import Neighbours
from crosswire.compare.claims.polar import acts, has_object, poles_in
from crosswire.compare.claims.roles import _role_in
from crosswire.compare.claims.sides import gather_sides
from crosswire.compare.claims.units import build_units
from crosswire.compare.stage import _stored_rows, load_story_data
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from test_compare_core import compare_fixture, fixture_units, one_unit

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "aligned"


def _outlets(comparison) -> dict[int, str]:
    return {s.n: s.outlets[0] for s in comparison.sources}


# -- the poles a sentence states, in every language read -------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "act", "pole"),
    [
        ("en", "The shipping line refused to pay the ransom, its owner said.", "ransom", "refused to pay"),
        ("en", "The family has not paid the ransom.", "ransom", "refused to pay"),
        ("en", "According to police sources, the insurer paid a ransom of two million dollars.", "ransom", "paid"),
        ("fr", "L'armateur a refusé de payer la rançon.", "ransom", "refused to pay"),
        ("fr", "Selon une source proche du dossier, l'armateur a versé une rançon.", "ransom", "paid"),
        ("de", "Die Reederei zahlte kein Lösegeld.", "ransom", "refused to pay"),
        ("de", "Die Familie hat das Lösegeld gezahlt.", "ransom", "paid"),
        ("es", "La naviera se negó a pagar el rescate.", "ransom", "refused to pay"),
        ("es", "La familia pagó el rescate, según la policía.", "ransom", "paid"),
        ("ru", "Судоходная компания отказалась платить выкуп.", "ransom", "refused to pay"),
        ("ru", "Компания не заплатила выкуп.", "ransom", "refused to pay"),
        ("uk", "Родина сплатила викуп, повідомили джерела.", "ransom", "paid"),
        ("pl", "Armator odmówił zapłacenia okupu.", "ransom", "refused to pay"),
        ("pl", "Rodzina zapłaciła okup porywaczom.", "ransom", "paid"),
        ("en", "The dockers' union rejected the offer on Tuesday.", "offer", "rejected"),
        ("de", "Die Gewerkschaft hat das Angebot angenommen.", "offer", "accepted"),
        ("pl", "Związek zawodowy przyjął ofertę zarządu.", "offer", "accepted"),
        ("es", "El ministerio desmintió las informaciones sobre el cierre.", "report", "denied"),
        ("uk", "Міністерство підтвердило повідомлення про закриття.", "report", "confirmed"),
    ],
)
def test_a_sentence_states_one_pole(language, text, act, pole):
    assert poles_in(text, language).get(act) == pole


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The kidnappers demanded that a ransom of 800,000 dollars be paid within a week."),  # a demand
        ("en", "Police asked whether the family had paid the ransom."),  # a question
        ("de", "Die Entführer forderten, das Lösegeld bis Freitag zu zahlen."),
        ("en", "The firm refused to pay the ransom at first but paid it a week later."),  # a change: both poles
        ("ru", "Официально руководство компании эти сообщения не подтвердило."),  # not confirmed is no denial
    ],
)
def test_no_pole_is_read_from_a_demand_a_question_or_a_change(language, text):
    assert "ransom" not in poles_in(text, language)
    assert "report" not in poles_in(text, language)


def test_a_pole_with_no_object_word_ties_to_no_act():
    """ "Fans paid tribute to the captain" gives the words of a payment but no ransom: on its own it is tied to no
    act (:func:`polar_differ` needs an object word in one of the two sentences)."""
    ransom = next(a for a in acts() if a.id == "ransom")
    assert not has_object("Fans paid tribute to the captain outside the stadium.", "en", ransom)
    assert has_object("Компания заплатила выкуп.", "ru", ransom)


def test_a_longer_phrase_of_one_act_wins_over_a_word_of_another():
    """ "se negó a pagar" is a refusal to pay, not a denial ("negó"); "refused to pay" no rejected offer."""
    assert poles_in("La empresa se negó a pagar el rescate.", "es") == {"ransom": "refused to pay"}
    assert poles_in("The company refused to pay the ransom.", "en") == {"ransom": "refused to pay"}


# -- paid against refused: one conflict, every sentence on its side ---------------------------------------------


@pytest.fixture(scope="module")
def ransom(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("ransom"), FIXTURES / "ransom-outcome.jsonl")


def test_paid_against_refused_is_a_conflict_listing_every_source(ransom):
    outlet = _outlets(ransom)
    found = [c for c in ransom.conflicts if c.reason == "different outcome"]
    assert len(found) == 1
    sides = {s.label: {outlet[n] for n in s.sources} for s in found[0].sides}
    assert sides == {
        "refused to pay": {"Valley Post", "Le Courrier du Val", "Talbote"},
        "paid": {"Долинні новини"},
    }
    assert any("сплатила викуп" in ev.text for ev in found[0].sides[1].evidence + found[0].sides[0].evidence)


def test_paid_and_refused_are_never_one_agreed_item(ransom):
    for item in ransom.agreed:
        texts = [ev.text for ev in item.evidence]
        stated = {poles_in(t, lang).get("ransom") for t, lang in zip(texts, _languages(item), strict=True)}
        assert not {"paid", "refused to pay"} <= stated, texts


def _languages(item) -> list[str]:
    by_outlet = {"Valley Post": "en", "Le Courrier du Val": "fr", "Talbote": "de", "Долинні новини": "uk"}
    by_outlet["Głos Doliny"] = "pl"
    return [by_outlet[ev.outlet] for ev in item.evidence]


@pytest.fixture(scope="module")
def refused(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("refused"), FIXTURES / "ransom-agreed.jsonl")


def test_refusals_in_four_languages_stay_one_agreed_claim(refused):
    """The near case: every source says the ransom was refused ("nie zapłaciła okupu" too): no conflict, and one
    agreed item cites all four."""
    assert not [c for c in refused.conflicts if c.reason == "different outcome"]
    items = [i for i in refused.agreed if any("Dalcor" in ev.text for ev in i.evidence)]
    assert len(items) == 1
    assert {ev.outlet for ev in items[0].evidence} == {"Valley Post", "Le Courrier du Val", "Talbote", "Głos Doliny"}


def test_the_brief_does_not_repeat_the_lead_in_translation(refused):
    lead, *rest = build_brief(refused)
    assert not any("also report" in s.text and s.evidence and s.evidence[0].text != lead.text for s in rest[:1])
    assert not any("also report" in s.text and "Deux ingénieurs" in s.text for s in rest)


# -- sides gathered from every source ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mill(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("mill"), FIXTURES / "mill-sides.jsonl")


def test_every_source_stating_a_day_or_a_role_is_on_its_side(mill):
    outlet = _outlets(mill)
    by_measure = {c.measure: {frozenset(outlet[n] for n in s.sources) for s in c.sides} for c in mill.conflicts}
    assert by_measure["day"] == {
        frozenset({"Diario Austral"}),
        frozenset({"Northern Ledger", "Nordblatt", "Kurier Północy"}),
    }
    # "Innenministerin" (a German compound) and "Minister spraw wewnętrznych" (a two-word portfolio) are ministers
    assert by_measure["role of Vera Kolb"] == {
        frozenset({"Diario Austral"}),
        frozenset({"Northern Ledger", "Nordblatt", "Kurier Północy"}),
    }


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("Innenministerin ", ("interior_minister", "Innenministerin")),  # a portfolio minister (trial34rest)
        ("Die Gesundheitsministerin ", ("health_minister", "Gesundheitsministerin")),  # a portfolio (conf14)
        ("Vizeinnenministerin ", ("deputy interior_minister", "Vizeinnenministerin")),
        ("Oberbürgermeister ", ("mayor", "Oberbürgermeister")),
    ],
)
def test_a_german_compound_title_is_its_last_part(before, role):
    assert _role_in(before, "de", at_end=True) == role


def test_a_compound_is_read_in_german_only():
    assert _role_in("Gesundheitsminister ", "en", at_end=True) is None


@pytest.fixture(scope="module")
def mill_units(tmp_path_factory):
    return fixture_units(tmp_path_factory.mktemp("mill-units"), FIXTURES / "mill-sides.jsonl")


_one = one_unit


def test_an_agent_side_gains_each_source_naming_that_agent(mill_units):
    """A conflict found on two sentences ("Red Kestrel claimed responsibility" / "przyznała się grupa Black Owl")
    gains the Spanish and German sentences naming Red Kestrel as the claimant, each with its own sentence, and
    nothing on the Black Owl side."""
    data, units = mill_units
    red, owl = _one(units, "calling itself Red Kestrel"), _one(units, "grupa Black Owl")
    found = worded_conflict(data, "who claimed", "different agent", [("Red Kestrel", [red]), ("Black Owl", [owl])])
    [out] = gather_sides([found], units, Neighbours(units), data)
    sides = {s.label: {ev.text for ev in s.evidence} for s in out.sides}
    assert sides["Red Kestrel"] == {
        red.text,
        _one(units, "El grupo Red Kestrel reivindicó").text,
        _one(units, "bekannte sich die Gruppe Red Kestrel").text,
    }
    assert sides["Black Owl"] == {owl.text}


def test_a_day_side_gains_a_source_it_left_out(mill_units):
    data, units = mill_units
    saturday, sunday = _one(units, "el sábado"), _one(units, "am Sonntag")
    found = worded_conflict(
        data, "day", "different day", [("sábado (2026-10-10)", [saturday]), ("Sonntag (2026-10-11)", [sunday])]
    )
    [out] = gather_sides([found], units, Neighbours(units), data)
    sunday_side = next(s for s in out.sides if "2026-10-11" in s.label)
    assert {ev.outlet for ev in sunday_side.evidence} == {"Nordblatt", "Northern Ledger", "Kurier Północy"}
    assert sunday_side.label.startswith("Sonntag / ") and sunday_side.label.endswith("(2026-10-11)")
    assert "Sunday" in sunday_side.label and "niedzielę" in sunday_side.label
    assert out.sides[0].sources == [saturday.source]


def test_a_conflict_of_another_kind_is_left_as_it_is(mill_units):
    data, units = mill_units
    found = worded_conflict(
        data, "role of Vera Kolb", "different role", [("viceministra", [_one(units, "viceministra")])]
    )
    assert gather_sides([found], units, Neighbours(units), data) == [found]


# -- one claim, one agreed item ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def refused_units(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("refused-units")
    with Store(tmp / "cw.db") as store:
        ingest_paths(store, [FIXTURES / "ransom-agreed.jsonl"], stories=False)
        data = load_story_data(store, _stored_rows(store, [a.id for a in store.iter_articles()]))
    return data, build_units(data)


def test_two_groups_citing_one_sentence_with_linked_leads_are_one_item(refused_units):
    """ "refused to pay" [en, pl, de] and "a refusé de payer" [fr, pl]: the Polish sentence in both, the leads
    agreeing: one item citing the four sources once each."""
    data, units = refused_units
    en, fr = _one(units, "refused to pay"), _one(units, "a refusé de payer")
    de, pl = _one(units, "zahlte kein"), _one(units, "nie zapłaciła")
    groups = [Group(units=[en, pl, de], score=0.7), Group(units=[fr, pl], score=0.65)]
    items = agreed_items(data, groups, linked=lambda a, b: {a.index, b.index} == {en.index, fr.index})
    assert len(items) == 1
    assert sorted(items[0].sources) == sorted({u.source for u in (en, fr, de, pl)})


def test_groups_sharing_one_sentence_with_unlinked_leads_stay_apart(refused_units):
    """The near case: one shared sentence, and leads the aligner does not link (two clauses of a long sentence may
    each agree with another source): two items."""
    data, units = refused_units
    en, fr = _one(units, "refused to pay"), _one(units, "a refusé de payer")
    de, pl = _one(units, "zahlte kein"), _one(units, "nie zapłaciła")
    groups = [Group(units=[en, pl, de], score=0.7), Group(units=[fr, pl], score=0.65)]
    assert len(agreed_items(data, groups, linked=lambda a, b: False)) == 2


def test_groups_sharing_two_sentences_are_one_item(refused_units):
    data, units = refused_units
    en, fr = _one(units, "refused to pay"), _one(units, "a refusé de payer")
    de, pl = _one(units, "zahlte kein"), _one(units, "nie zapłaciła")
    groups = [Group(units=[en, pl, de], score=0.7), Group(units=[fr, pl, de], score=0.65)]
    items = agreed_items(data, groups, linked=lambda a, b: False)
    assert len(items) == 1 and len(items[0].sources) == 4


# -- an act a story may hold several of: tied by the aligner too ------------------------------------------------


@pytest.fixture(scope="module")
def strike(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("strike"), FIXTURES / "strike-offer.jsonl")


def test_an_offer_rejected_and_accepted_is_a_conflict(strike):
    """ "rejected the pay offer" / "отклонил предложение" against "aceptó la oferta salarial": a conflict, each
    source on its side; the English "The city council accepted a plan for a new cruise terminal" is another
    act (no related sentence on either side) and stands on no side."""
    outlet = _outlets(strike)
    [found] = [c for c in strike.conflicts if c.reason == "different outcome"]
    assert found.measure == "response to the offer"
    assert {s.label: {outlet[n] for n in s.sources} for s in found.sides} == {
        "rejected": {"Harbour Gazette", "Портовые новости"},
        "accepted": {"La Voz del Puerto"},
    }
    assert not any("cruise terminal" in ev.text for ev in found.evidence)
