"""A new user's chemical-spill story (six outlets, en/ru/fr/de/es) agreed "all three were released from hospital"
with "один из них остается в реанимации" (one is still in intensive care) on the shared count, and "Les pompiers
ont stoppé la fuite peu après 7 heures" with "La propia cuadrilla de la empresa detuvo la fuga poco después de las
7.00" on the shared time; showed a quote's "within a few weeks" and "в течение нескольких месяцев" (months) as one
statement in other words; and cited for "The tank belongs to Danochem, which runs the terminal on the port's eastern
quay" a Russian sentence stating only the quay and a French lede stating neither. Invented text of other events
throughout: a ferry's diesel spill (en, it, pt, pl), a paint plant fire (en, de, fr, es, uk), sentences of other
accidents in every language read."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.agents import agents_differ, readings
from crosswire.compare.claims.align import quotes_apart, spelled_alike_only
from crosswire.compare.claims.fates import group_states, states_differ
from crosswire.compare.claims.items import faithful_lead, told
from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.compare.claims.units import Unit
from crosswire.compare.quote_meaning import Wording, difference, durations
from crosswire.facts.records import Claim, Value
from test_compare_core import compare_fixture

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "trial27"


def _unit(index: int, source: int, language: str, text: str, values=(), entities=()) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language, values=list(values))
    return Unit(
        index=index,
        source=source,
        article=f"a{source}",
        claim=claim,
        text=text,
        position=0.0,
        entities=frozenset(entities),
    )


def _count(n: float) -> Value:
    return Value(kind="count", text=str(n), start=0, end=1, value=n)


def _outlets(comparison) -> dict[int, str]:
    return {s.n: s.outlets[0] for s in comparison.sources}


def _sides(conflict, outlet) -> dict[str, set[str]]:
    return {s.label: {outlet[n] for n in s.sources} for s in conflict.sides}


def _cited(item) -> str:
    return " ".join(ev.text for ev in item.evidence)


@pytest.fixture(scope="module")
def ferry(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("ferry"), FIXTURES / "ferry-spill.jsonl")


@pytest.fixture(scope="module")
def paint(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("paint"), FIXTURES / "paint-fire.jsonl")


# -- a group still in hospital (intensive care, a critical condition) against its release -----------------------


@pytest.mark.parametrize(
    ("language", "text", "state"),
    [
        ("en", "Two of the miners remain in intensive care.", "in hospital"),
        ("en", "One of the passengers is in critical condition.", "in hospital"),
        ("en", "The five injured were treated and released.", "left hospital"),
        ("de", "Einer der Verletzten liegt auf der Intensivstation.", "in hospital"),
        ("fr", "L'un des blessés est toujours en réanimation.", "in hospital"),
        ("fr", "Les trois blessés ont tous quitté l'hôpital mardi.", "left hospital"),
        ("es", "Uno de los heridos permanece en la UCI.", "in hospital"),
        ("es", "Dos de ellos siguen en estado crítico.", "in hospital"),
        ("it", "Uno dei feriti è ancora ricoverato in terapia intensiva.", "in hospital"),
        ("it", "Tutti i feriti sono stati dimessi in serata.", "left hospital"),
        ("pt", "Um dos feridos continua internado nos cuidados intensivos.", "in hospital"),
        ("pt", "Os quatro feridos já tiveram alta.", "left hospital"),
        ("pl", "Jeden z rannych przebywa na oddziale intensywnej terapii.", "in hospital"),
        ("ru", "Один из пострадавших находится в реанимации.", "in hospital"),
        ("uk", "Один із поранених у критичному стані.", "in hospital"),
    ],
)
def test_a_group_state_is_read_in_every_language(language, text, state):
    assert group_states(_unit(0, 1, language, text)) == {state}


def test_a_count_still_in_intensive_care_never_agrees_with_one_all_released():
    """The figure is shared ("Сім рабочих" / "seven workers"), the state of what is counted is not."""
    released = _unit(0, 1, "en", "Seven workers were hurt, and all seven were released from hospital.", [_count(7)])
    held = _unit(1, 2, "uk", "Семеро робітників постраждали; двоє з них у реанімації.", [_count(7)])
    assert states_differ(released, held)
    stated = _unit(2, 3, "es", "Siete trabajadores resultaron heridos.", [_count(7)])
    assert not states_differ(released, stated) and not states_differ(held, stated)


def test_the_ferry_crew_in_intensive_care_is_a_different_outcome(ferry):
    """ "all six were discharged from hospital" (en), "tutti e sei sono stati dimessi" (it), "wszyscy zostali
    wypisani" (pl) against "um deles continua internado nos cuidados intensivos" (pt): a "different outcome"
    conflict; no agreed item cites the Portuguese sentence with a release."""
    outlet = _outlets(ferry)
    [found] = [c for c in ferry.conflicts if c.measure == "hospital stays"]
    assert found.reason == "different outcome"
    assert _sides(found, outlet) == {
        "left hospital": {"Harbour Wire", "Il Corriere del Porto", "Kurier Północny"},
        "in hospital": {"Diário da Costa"},
    }
    for item in ferry.agreed:
        texts = _cited(item)
        assert not ("cuidados intensivos" in texts and ("discharged" in texts or "dimessi" in texts))


def test_the_plant_fire_injured_still_in_hospital_against_all_released(paint):
    """ "zwei von ihnen liegen noch im Krankenhaus" (de), "один із них у критичному стані" (uk) against "tous ont
    quitté l'hôpital" (fr); the agreed count of four injured is headed by a sentence stating no stay, and cites no
    two sentences giving two states."""
    outlet = _outlets(paint)
    [found] = [c for c in paint.conflicts if c.measure == "hospital stays"]
    assert _sides(found, outlet) == {
        "in hospital": {"Rheinblatt", "Східний вісник"},
        "left hospital": {"La Gazette de l'Est"},
    }
    [injured] = [it for it in paint.agreed if "Four workers" in _cited(it)]
    assert injured.summary == "Four workers were injured in the fire."
    texts = _cited(injured)
    assert not ("quitté l'hôpital" in texts and ("Krankenhaus" in texts or "критичному" in texts))


# -- the same act by the emergency services or by the company, its staff or its crew ----------------------------


@pytest.mark.parametrize(
    ("language", "text", "act", "agent"),
    [
        ("en", "Firefighters stopped the leak shortly before midnight.", "stopped_leak", "fire_service"),
        ("en", "Plant workers sealed the leak before firefighters arrived.", "stopped_leak", "company"),
        ("en", "The blaze was extinguished by plant workers.", "put_out_fire", "company"),
        ("de", "Die Feuerwehr dichtete das Leck am Morgen ab.", "stopped_leak", "fire_service"),
        ("de", "Am Morgen löschte die Werksfeuerwehr den Brand.", "put_out_fire", "company"),
        ("fr", "Les techniciens de l'exploitant ont colmaté la fuite vers midi.", "stopped_leak", "company"),
        ("fr", "Les sapeurs-pompiers ont éteint l'incendie en deux heures.", "put_out_fire", "fire_service"),
        ("es", "La propia cuadrilla de la empresa taponó la fuga por la tarde.", "stopped_leak", "company"),
        ("es", "Los bomberos apagaron el incendio en dos horas.", "put_out_fire", "fire_service"),
        ("it", "La perdita è stata tamponata dai tecnici dell'azienda.", "stopped_leak", "company"),
        ("it", "I vigili del fuoco hanno spento le fiamme in un'ora.", "put_out_fire", "fire_service"),
        ("pt", "Os bombeiros estancaram a fuga ao fim de duas horas.", "stopped_leak", "fire_service"),
        ("pt", "O incêndio foi apagado pelos bombeiros.", "put_out_fire", "fire_service"),
        ("pl", "Wyciek zatamowali strażacy po dwóch godzinach.", "stopped_leak", "fire_service"),
        ("ru", "Утечку устранили сотрудники предприятия.", "stopped_leak", "company"),
        ("uk", "Пожежу загасили працівники заводу.", "put_out_fire", "company"),
    ],
)
def test_who_stopped_a_leak_or_put_out_a_fire_is_read_in_every_language(language, text, act, agent):
    assert [(r.act, r.agent) for r in readings(text, language)] == [(act, agent)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Police stopped the flow of traffic on the bridge."),  # no leak
        ("es", "La policía detuvo al conductor tras la fuga."),  # an arrest
        ("en", "Firefighters and plant workers sealed the leak together."),  # two agents joined
    ],
)
def test_no_leak_agent_without_a_leak_or_with_two_agents(language, text):
    assert not [r for r in readings(text, language) if r.act == "stopped_leak"]


def test_the_emergency_services_and_the_company_never_state_one_act():
    assert (
        agents_differ(
            "Firefighters sealed the leak at about 11 p.m.", "en", "A equipa da própria empresa vedou a fuga.", "pt"
        )
        == "stopped the leak"
    )
    # the company's staff and the company are one side
    assert agents_differ("The company stopped the leak.", "en", "Plant workers stopped the leak.", "en") is None


def test_the_ferry_leak_sealed_by_the_company_is_a_different_agent(ferry):
    outlet = _outlets(ferry)
    [found] = [c for c in ferry.conflicts if c.measure == "who stopped the leak"]
    assert found.reason == "different agent"
    assert {frozenset(v) for v in _sides(found, outlet).values()} == {
        frozenset({"Harbour Wire", "Il Corriere del Porto", "Kurier Północny"}),
        frozenset({"Diário da Costa"}),
    }
    for item in ferry.agreed:
        texts = _cited(item)
        assert not ("vedou a fuga" in texts and ("Firefighters" in texts or "Strażacy" in texts))


def test_the_plant_fire_brigade_against_the_public_fire_service(paint):
    outlet = _outlets(paint)
    [found] = [c for c in paint.conflicts if c.measure == "who put out the fire"]
    assert {frozenset(v) for v in _sides(found, outlet).values()} == {
        frozenset({"Continental Wire", "Rheinblatt"}),
        frozenset({"La Gazette de l'Est", "El Diario del Norte"}),
    }
    for item in paint.agreed:
        texts = _cited(item)
        assert not ("Werksfeuerwehr" in texts and ("sapeurs-pompiers" in texts or "bomberos" in texts))


# -- a quote's length of time in other units ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "The beaches will reopen within a few days", "day"),
        ("de", "Die Produktion wird in wenigen Wochen wieder anlaufen", "week"),
        ("fr", "La production reprendra dans quelques mois", "month"),
        ("es", "Tardaremos años en recuperarnos", "year"),
        ("it", "Le spiagge riapriranno entro pochi giorni", "day"),
        ("pt", "As praias vão reabrir dentro de algumas semanas", "week"),
        ("pl", "Plaże zostaną otwarte w ciągu kilku dni", "day"),
        ("ru", "Река восстановится в течение нескольких месяцев", "month"),
        ("uk", "Виробництво відновиться за кілька тижнів", "week"),
        ("es", "El corte durará unas horas", "hour"),
    ],
)
def test_a_quote_names_a_unit_of_time_in_every_language(language, text, unit):
    assert set(durations(text, language)) == {unit}


def _wording(text: str, language: str, source: int) -> Wording:
    return Wording(text, language, (source,), ())


def test_weeks_against_months_is_a_different_duration():
    found = difference(
        None,  # type: ignore[arg-type]
        "the minister",
        [
            _wording("The lake will be clean again within a few weeks", "en", 1),
            _wording("Das Wasser wird in wenigen Wochen wieder sauber sein", "de", 2),
            _wording("Озеро очистится в течение нескольких лет", "ru", 3),
        ],
    )
    assert found is not None and found.reason == "different duration"
    assert [s.sources for s in found.sides] == [[1, 2], [3]]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one unit in both
        (("It will take months", "en"), ("Cela prendra des mois", "fr")),
        # a cut quotation: fewer units, all of the other's
        (("It will take months", "en"), ("Last week we said it will take months", "en")),
        # a length of time in one wording only
        (("We will rebuild", "en"), ("Wir bauen in zwei Jahren wieder auf", "de")),
    ],
)
def test_no_duration_difference_when_the_units_agree_or_one_is_left_out(a, b):
    found = difference(None, "the mayor", [_wording(*a, 1), _wording(*b, 2)])  # type: ignore[arg-type]
    assert found is None or found.reason != "different duration"


def test_quoting_sentences_in_other_units_never_state_one_claim():
    """Read on the words in quotation marks alone: the narration's "day" is no length of the quote's."""
    weeks = _unit(0, 1, "en", '"The lake will be clean again within a few weeks," the minister said on the third day.')
    years = _unit(1, 2, "pl", "„Jezioro oczyści się w ciągu kilku lat” – powiedziała minister.")
    assert quotes_apart(weeks, years)
    told_later = _unit(2, 3, "en", 'A day later the minister said: "The lake will be clean again within a few weeks."')
    assert not quotes_apart(weeks, told_later)


def test_the_ferry_and_plant_quotes_in_other_units_are_conflicts(ferry, paint):
    """ "within a few days" (en, it, pl) against "dentro de algumas semanas" (pt); "in a few weeks" (en, de, es)
    against "dans quelques mois" (fr): quote conflicts, and the other wording is no quote variant of theirs."""
    outlet = _outlets(ferry)
    [found] = [c for c in ferry.conflicts if c.measure == "what Ilse Varga said"]
    assert found.reason == "different meaning" and "length of time" in found.explanation
    assert {frozenset(v) for v in _sides(found, outlet).values()} == {
        frozenset({"Harbour Wire", "Il Corriere del Porto", "Kurier Północny"}),
        frozenset({"Diário da Costa"}),
    }
    [plant] = [c for c in paint.conflicts if c.measure == "what Jonas Weber said"]
    assert [s.sources for s in plant.sides if "mois" in s.label] == [[3]]
    for variant in paint.quote_variants:
        assert not any("mois" in q.text for q in variant.quotes)


# -- an agreed item's citation states the item's claim -----------------------------------------------------------


def test_the_lead_states_no_state_or_agent_a_cited_sentence_leaves_out():
    released = _unit(0, 1, "en", "Four workers were hurt and all four were released from hospital.", [_count(4)])
    count = _unit(1, 2, "es", "Cuatro trabajadores resultaron heridos.", [_count(4)])
    also = _unit(
        2, 3, "de", "Vier Arbeiter wurden verletzt; alle vier wurden aus dem Krankenhaus entlassen.", [_count(4)]
    )
    assert told(released) == {"state:left hospital"} and not told(count)
    assert faithful_lead([released, count, also], released) is count
    # every sentence stating the release: the English one heads the item
    assert faithful_lead([released, also], released) is released


def test_the_lead_names_no_company_a_cited_sentence_leaves_out():
    """ "The depot belongs to Orvik Fuels, which runs it on the river's west bank" cited for "Das Depot liegt am
    Westufer": the item is the bank, headed by a sentence stating only it. A name only one source writes (a
    reader's mistyped "Sodium") is no such name."""
    owner = _unit(
        0,
        1,
        "en",
        "The depot belongs to Orvik Fuels, which runs it on the river's west bank.",
        (),
        ["organisation:Orvik Fuels"],
    )
    bank_de = _unit(1, 2, "de", "Das Depot liegt am Westufer des Flusses.")
    bank_fr = _unit(2, 3, "fr", "Le dépôt se trouve sur la rive ouest du fleuve.")
    assert faithful_lead([owner, bank_de, bank_fr], owner, frozenset({"organisation:Orvik Fuels"})) is bank_de
    assert faithful_lead([owner, bank_de, bank_fr], owner) is owner  # not named by two sources: no name
    # a member naming the company too: the English sentence heads the item
    named = _unit(3, 4, "es", "El depósito, de Orvik Fuels, está en la orilla oeste.", (), ["organisation:Orvik Fuels"])
    assert faithful_lead([owner, named], owner, frozenset({"organisation:Orvik Fuels"})) is owner


def test_an_organisation_speaking_or_acting_is_named_by_a_description_elsewhere():
    """ "The Food Authority said it was testing the tower" / "Les autorités cherchent à savoir ...": who speaks is
    described in the other language, and the English sentence still heads the item."""
    authority = "organisation:Food Authority"
    en = _unit(0, 1, "en", "The Food Authority said it was testing the drying tower.", (), [authority])
    en.speaker = en.subject = authority
    fr = _unit(1, 2, "fr", "Les autorités cherchent à savoir si la tour de séchage est en cause.")
    assert faithful_lead([en, fr], en, frozenset({authority})) is en


def test_a_person_named_in_one_sentence_and_described_in_another_keeps_the_english_lead():
    """ "Police searched Ilka Brandt's home" / "Policja przeszukała dom radnej" (the councillor's): one fact, a
    person named by office in one language; no name rule moves the lead off the English sentence."""
    en = _unit(0, 1, "en", "Police searched Ilka Brandt's home on Monday.", (), ["person:Ilka Brandt"])
    pl = _unit(1, 2, "pl", "Policja przeszukała w poniedziałek dom radnej.")
    assert faithful_lead([pl, en], en, frozenset({"person:Ilka Brandt"})) is en
    # a pole only the English reader reads ("denied") is no reason either
    en_denied = _unit(2, 1, "en", "Her lawyer said she denied any wrongdoing.")
    pt = _unit(3, 2, "pt", "O advogado afirmou que a cliente nega qualquer ilegalidade.")
    assert faithful_lead([pt, en_denied], en_denied) is en_denied


def _pair(a: Unit, b: Unit, score: float, **features: float) -> Pair:
    f = dict.fromkeys(FEATURES, 0.0) | features
    return Pair(a, b, [f[name] for name in FEATURES], score)


def test_a_pair_rated_on_shared_spellings_alone_states_no_claim_in_common():
    """ "The depot belongs to Orvik Fuels ..." / "Un réservoir du dépôt d'Orvik Fuels ... a explosé lundi" (0.64 on
    the shared name, cosine 0.39, neither the other's nearest, no value shared) is no agreement; each other's
    nearest, or sharing a value, or reading alike, it may be."""
    en = _unit(0, 1, "en", "The depot belongs to Orvik Fuels, which runs it on the river's west bank.")
    fr = _unit(1, 2, "fr", "Un réservoir du dépôt d'Orvik Fuels a explosé lundi vers 4 heures.")
    assert spelled_alike_only(_pair(en, fr, 0.64, embedding=0.39, margin=1.0), 0.6)
    assert not spelled_alike_only(_pair(en, fr, 0.64, embedding=0.39, mutual_best=1.0), 0.6)
    assert not spelled_alike_only(_pair(en, fr, 0.64, embedding=0.39, shared_values=1.0), 0.6)
    assert not spelled_alike_only(_pair(en, fr, 0.64, embedding=0.6), 0.6)
    assert not spelled_alike_only(_pair(en, fr, 0.5, embedding=0.39), 0.6)  # under the bar: nothing to undo
    same = _unit(2, 3, "en", "Orvik Fuels runs the depot on the west bank.")
    assert not spelled_alike_only(_pair(en, same, 0.64, embedding=0.39), 0.6)  # one language: words are compared


def test_the_plant_fire_items_cite_only_sentences_stating_them(paint):
    """The English sentence on the plant's owner and place is cited with no other source's lede."""
    for item in paint.agreed:
        texts = _cited(item)
        assert not (
            "belongs to Kessler Coatings" in texts and ("Brand ausgebrochen" in texts or "s'est déclaré" in texts)
        )
