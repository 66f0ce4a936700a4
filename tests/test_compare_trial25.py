"""A new user's water-utility story (six outlets, en/de/es/ru/fr) showed a boil-water advisory "lifted on Thursday
afternoon" and one that "reste en vigueur jeudi soir" as two unconnected timeline lines, and a group "claimed
responsibility" against investigators who "apuntan a un exempleado de una empresa contratista" as one agreed item
(the Spanish sentence in no section); trial 24's "who detected the contamination" (the food authority against the
company's own checks) read no Italian or Portuguese agent. Invented text of other events throughout: a storm's
curfew (en, de, es, pl), an arson attack on a grain depot (en, fr, pt, it), a listeria recall (en, pt, it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.agents import readings
from crosswire.compare.claims.polar import acts, kinds_of, poles_in
from test_compare_core import compare_fixture

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "trial25"


def _outlets(comparison) -> dict[int, str]:
    return {s.n: s.outlets[0] for s in comparison.sources}


def _sides(conflict, outlet) -> dict[str, set[str]]:
    return {s.label: {outlet[n] for n in s.sources} for s in conflict.sides}


# -- a measure lifted or still in force, in every language read --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "pole", "kind"),
    [
        ("en", "The flood warning was lifted on Sunday evening, the county said.", "lifted", "advisory"),
        ("en", "The curfew has not yet been lifted, police said.", "in force", "curfew"),
        ("en", "The ban on fishing in the bay remains in place.", "in force", "ban"),
        ("de", "Das Abkochgebot wurde am Freitag aufgehoben.", "lifted", "advisory"),
        ("de", "Die Ausgangssperre gilt weiterhin.", "in force", "curfew"),
        ("fr", "Le couvre-feu a été levé samedi matin.", "lifted", "curfew"),
        ("fr", "L'interdiction de baignade reste en vigueur.", "in force", "ban"),
        ("es", "El estado de emergencia fue levantado el lunes.", "lifted", "emergency"),
        ("es", "La alerta sigue en vigor en toda la provincia.", "in force", "advisory"),
        ("it", "Il divieto di balneazione è stato revocato.", "lifted", "ban"),
        ("it", "Lo stato di emergenza resta in vigore.", "in force", "emergency"),
        ("pt", "O aviso foi levantado na segunda-feira.", "lifted", "advisory"),
        ("pt", "O recolher obrigatório continua em vigor.", "in force", "curfew"),
        ("ru", "Комендантский час отменён в понедельник.", "lifted", "curfew"),
        ("ru", "Запрет на купание остаётся в силе.", "in force", "ban"),
        ("uk", "Надзвичайний стан скасовано.", "lifted", "emergency"),
        ("uk", "Заборона на вилов риби залишається в силі.", "in force", "ban"),
        ("pl", "Ostrzeżenie zostało odwołane w niedzielę.", "lifted", "advisory"),
        ("pl", "Godzina policyjna nadal obowiązuje.", "in force", "curfew"),
    ],
)
def test_a_sentence_states_a_measure_lifted_or_in_force(language, text, pole, kind):
    [act] = [a for a in acts() if a.id == "measure"]
    assert poles_in(text, language).get("measure") == pole
    assert kind in kinds_of(text, language, act)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The ban is expected to be lifted on Friday."),  # an expectation
        ("en", "The curfew will be lifted once the power lines are safe."),  # a future
        ("fr", "Le couvre-feu devrait être levé samedi."),  # a possibility
        ("de", "Die Ausgangssperre soll am Montag aufgehoben werden."),
    ],
)
def test_no_measure_pole_from_a_future_or_a_possibility(language, text):
    assert "measure" not in poles_in(text, language)


@pytest.fixture(scope="module")
def storm(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("storm"), FIXTURES / "storm-curfew.jsonl")


def test_a_curfew_lifted_against_one_in_force_is_a_conflict(storm):
    """ "The curfew ... was lifted on Saturday morning" (en), "El toque de queda ... fue levantado" (es) against "Die
    Ausgangssperre ... gilt weiterhin" (de), "Godzina policyjna ... nadal obowiązuje" (pl): a "different outcome"
    conflict over the curfew; the English state of emergency "remains in force" is another measure, on no side."""
    outlet = _outlets(storm)
    [found] = [c for c in storm.conflicts if c.measure == "status of the curfew"]
    assert found.reason == "different outcome"
    assert _sides(found, outlet) == {
        "lifted": {"Harbour Gazette", "La Voz del Norte"},
        "in force": {"Nordkurier Aktuell", "Kurier Północny"},
    }
    assert not any("state of emergency" in ev.text for ev in found.evidence)
    assert not [c for c in storm.conflicts if c.measure == "status of the state of emergency"]
    for item in storm.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("levantado" in texts and ("weiterhin" in texts or "obowiązuje" in texts))


# -- who carried out an attack: a claim of responsibility against investigators' suspect ------------------------


@pytest.mark.parametrize(
    ("language", "text", "pole"),
    [
        ("en", 'A group calling itself "Black Lynx" claimed responsibility for the bombing.', "claimed responsibility"),
        ("de", "Zu dem Anschlag bekannte sich eine Gruppe namens Black Lynx.", "claimed responsibility"),
        ("es", "El grupo Black Lynx reivindicó el ataque en un mensaje.", "claimed responsibility"),
        ("ru", "Ответственность за нападение взяла на себя группа Black Lynx.", "claimed responsibility"),
        ("pl", "Grupa Black Lynx przyznała się do ataku.", "claimed responsibility"),
        ("en", "Police suspect a former technician of the plant.", "suspected by investigators"),
        ("fr", "Les enquêteurs soupçonnent un ancien salarié du site.", "suspected by investigators"),
        ("es", "Los investigadores apuntan a un antiguo empleado de la planta.", "suspected by investigators"),
        ("it", "Gli inquirenti sospettano un ex dipendente dell'impianto.", "suspected by investigators"),
        ("uk", "Слідчі підозрюють колишнього працівника станції.", "suspected by investigators"),
    ],
)
def test_a_sentence_claims_an_attack_or_names_a_suspect(language, text, pole):
    assert poles_in(text, language).get("perpetrator") == pole


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "No group has claimed responsibility for the attack."),
        ("fr", "Aucun groupe n'a revendiqué l'attaque."),
        ("es", "Ningún grupo ha reivindicado el ataque."),
        ("ru", "Никто не взял на себя ответственность за нападение."),
        ("en", "Police do not suspect a former employee."),
    ],
)
def test_a_denial_claims_nothing_and_suspects_no_one(language, text):
    assert "perpetrator" not in poles_in(text, language)


@pytest.fixture(scope="module")
def depot(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("depot"), FIXTURES / "depot-arson.jsonl")


def test_a_claimed_group_against_a_suspect_is_a_different_agent_conflict(depot):
    """ "A group calling itself Grey Heron claimed responsibility" (en, fr, it) against "Os investigadores suspeitam
    de um antigo vigilante do armazém" (pt): a "different agent" conflict whose sides say which is a claim of
    responsibility and which a suspicion; the Portuguese sentence is in it, and no agreed item cites both."""
    outlet = _outlets(depot)
    [found] = [c for c in depot.conflicts if c.measure == "who carried out the attack"]
    assert found.reason == "different agent"
    assert _sides(found, outlet) == {
        "claimed responsibility": {"Coastal Wire", "Le Quotidien du Port", "Il Corriere del Porto"},
        "suspected by investigators": {"Diário da Costa"},
    }
    for item in depot.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("suspeitam" in texts and "Grey Heron" in texts)


def test_a_suspicion_naming_the_claimed_group_names_no_other_doer(tmp_path):
    """ "Police suspect members of Grey Heron" beside "Grey Heron claimed responsibility": one party, no conflict."""
    import json

    rows = [json.loads(line) for line in (FIXTURES / "depot-arson.jsonl").read_text().splitlines()]
    rows[2]["text"] = rows[2]["text"].replace(
        "Os investigadores suspeitam de um antigo vigilante do armazém, despedido em julho",
        "Os investigadores suspeitam de membros do grupo Grey Heron",
    )
    path = tmp_path / "same-party.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    story = compare_fixture(tmp_path, path)
    assert not [c for c in story.conflicts if c.measure == "who carried out the attack"]


# -- who found the problem: an authority, the company itself, a customer, a worker ------------------------------


@pytest.mark.parametrize(
    ("language", "text", "agent"),
    [
        ("en", "The salmonella was detected by the Norwegian Food and Consumer Safety Authority.", "regulator"),
        ("en", "The leak was discovered by the company's own internal checks.", "company"),
        ("it", "La contaminazione è stata scoperta dai controlli interni dell'azienda.", "company"),
        ("it", "Un dipendente ha notato la perdita durante il turno di notte.", "worker"),
        ("pt", "A contaminação foi detetada pela autoridade sanitária durante uma inspeção.", "regulator"),
        ("pt", "Um cliente descobriu o defeito e avisou a loja.", "customer"),
        ("fr", "La fuite a été découverte par un employé de l'usine.", "worker"),
        ("de", "Die Verunreinigung wurde von Kontrolleuren der Lebensmittelaufsicht entdeckt.", "regulator"),
        ("es", "Un cliente detectó la contaminación al abrir el envase.", "customer"),
        ("ru", "Утечку обнаружил сотрудник станции.", "worker"),
        ("uk", "Забруднення виявило управління з безпеки харчових продуктів.", "regulator"),
        ("pl", "Skażenie wykryli inspektorzy sanepidu.", "regulator"),
    ],
)
def test_who_found_a_problem_is_read_in_every_language(language, text, agent):
    assert [(r.act, r.agent) for r in readings(text, language)] == [("detected", agent)]


def test_a_word_inside_an_official_name_is_no_agent():
    """ "Consumer" in "the Food and Consumer Safety Authority" is no customer: the name's last agent word is the
    agent."""
    [r] = readings("The listeria was detected by the Food and Consumer Safety Authority.", "en")
    assert r.agent == "regulator" and r.written == "Safety Authority"


@pytest.fixture(scope="module")
def cheese(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("cheese"), FIXTURES / "cheese-listeria.jsonl")


def test_the_authority_against_the_company_own_checks_is_a_conflict(cheese):
    """ "The listeria was detected by the national food safety authority" (en), "foi detetada pela autoridade
    nacional" (pt) against "è stata individuata dai controlli interni del caseificio" (it): who found it differs,
    and no agreed item cites the Italian sentence beside the others."""
    outlet = _outlets(cheese)
    [found] = [c for c in cheese.conflicts if c.measure == "who found the problem"]
    assert found.reason == "different agent"
    assert {frozenset(v) for v in _sides(found, outlet).values()} == {
        frozenset({"Harbour Gazette", "Folha do Porto"}),
        frozenset({"Il Corriere del Porto"}),
    }
    for item in cheese.agreed:
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("controlli interni" in texts and ("authority" in texts or "autoridade" in texts))


# -- a court's partial grant against a rejection; which minister proposed mediation (trial 22) -----------------


@pytest.mark.parametrize(
    ("language", "text", "pole"),
    [
        ("en", "The court rejected the operator's request for an injunction.", "rejected"),
        ("en", "The court partially granted the operator's request.", "granted in part"),
        ("de", "Das Gericht hat den Antrag am Dienstag abgewiesen.", "rejected"),
        ("fr", "Le tribunal a partiellement fait droit à la demande de la compagnie.", "granted in part"),
        ("es", "El juez estimó parcialmente la demanda de la empresa.", "granted in part"),
        ("it", "Il tribunale ha respinto la richiesta del gestore.", "rejected"),
        ("pt", "O tribunal deferiu parcialmente o pedido da empresa.", "granted in part"),
        ("ru", "Суд частично удовлетворил иск компании.", "granted in part"),
        ("ru", "Суд отклонил иск компании.", "rejected"),
        ("uk", "Суд задовольнив позов компанії.", "granted"),
        ("pl", "Sąd oddalił wniosek spółki.", "rejected"),
    ],
)
def test_a_sentence_states_a_court_ruling_on_a_request(language, text, pole):
    assert poles_in(text, language).get("court_request") == pole


def test_one_phrase_states_a_pole_of_two_acts_each_tied_by_its_object():
    """ "rejected" is a pole of an offer and of a court's ruling: both are read, each act's object deciding."""
    poles = poles_in("The court rejected the request.", "en")
    assert poles["court_request"] == "rejected" and poles["offer"] == "rejected"


@pytest.fixture(scope="module")
def dock(tmp_path_factory):
    return compare_fixture(tmp_path_factory.mktemp("dock"), FIXTURES / "dock-strike.jsonl")


def test_a_partial_grant_against_a_rejection_is_a_conflict(dock):
    """ "the Halden labour court rejected the port operator's request" (en, de, pl) against "ha parzialmente accolto
    la richiesta" (it): the court's ruling differs."""
    outlet = _outlets(dock)
    [found] = [c for c in dock.conflicts if c.measure == "court's ruling on the request"]
    assert found.reason == "different outcome"
    assert _sides(found, outlet) == {
        "rejected": {"Coastal Wire", "Nordkurier Aktuell", "Kurier Północny"},
        "granted in part": {"Il Corriere del Porto"},
    }


def test_two_ministers_proposing_mediation_is_a_different_agent_conflict(dock):
    """ "Labour Minister Ana Roth proposed mediation" (en, de, pl) against "Il ministro dei trasporti Piet Olsen ha
    proposto una mediazione" (it)."""
    outlet = _outlets(dock)
    [found] = [c for c in dock.conflicts if c.measure == "who proposed mediation"]
    assert found.reason == "different agent"
    assert {frozenset(v) for v in _sides(found, outlet).values()} == {
        frozenset({"Coastal Wire", "Nordkurier Aktuell", "Kurier Północny"}),
        frozenset({"Il Corriere del Porto"}),
    }
