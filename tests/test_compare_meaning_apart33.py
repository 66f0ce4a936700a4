"""Statements that differ in meaning are conflicts, never wordings of one statement (a new user's factory story,
five languages): a quotation one outlet renders as ruled out and another as still possible, or with a verb denied
in one language and stated in the other; a reported statement naming another place in one slot; one person given
two roles; the outcome of talks, agreement against none. All texts are invented (other events, other words, other
languages than the trial's)."""

from __future__ import annotations

import pytest

from crosswire.compare.claims.polar import poles_in
from crosswire.compare.quote_meaning import Wording, difference
from crosswire.compare.quote_places import places_apart, same_name
from crosswire.compare.quote_polarity import clauses, held_possible, polarity_apart
from test_compare_core import compare_texts

# ---- ruled out / denied against possible or stated ------------------------------------------------------------

RULED_OUT_AGAINST_POSSIBLE = [
    (
        "English will never vs Spanish could",
        ("We have thought hard about it, and we will never sell the stadium", "en"),
        ("Lo hemos pensado mucho, y podríamos vender el estadio", "es"),
    ),
    (
        "German will not vs Italian could still",
        ("Wir werden die Brücke nicht abreißen", "de"),
        ("Potremmo ancora demolire il ponte", "it"),
    ),
    (
        "Polish might still vs English will not",
        ("Moglibyśmy jeszcze przenieść szpital", "pl"),
        ("We will not move the hospital", "en"),
    ),
    (
        "Russian will not vs French does not rule out",
        ("Мы не будем закрывать аэропорт", "ru"),
        ("Nous n'excluons pas de fermer l'aéroport", "fr"),
    ),
    (
        "English ruled out vs German could",
        ("A merger with the rival club is ruled out", "en"),
        ("Eine Fusion mit dem Rivalen könnten wir uns vorstellen", "de"),
    ),
]

VERB_DENIED_AGAINST_STATED = [
    (
        "Polish will not close vs French will close",
        ("Nie zamkniemy tej szkoły", "pl"),
        ("Nous allons fermer cette école", "fr"),
    ),
    (
        "Spanish did not know vs English knew",
        ("No sabíamos nada de las grietas en el muro", "es"),
        ("We knew about the cracks in the wall", "en"),
    ),
    (
        "Italian did not sign vs German signed",
        ("Non abbiamo firmato il contratto con la ditta", "it"),
        ("Wir haben den Vertrag mit der Firma unterschrieben", "de"),
    ),
]

ONE_MEANING = [
    ("both denied", ("We will not reverse the decision", "en"), ("Nous ne reviendrons pas sur la décision", "fr")),
    ("both possible", ("We could still revise the plan", "en"), ("Wir könnten den Plan noch ändern", "de")),
    # a noun's denial is placed elsewhere by each language: no reading
    (
        "a noun denied in German only",
        ("Rund 12.000 Haushalte hatten keinen Strom", "de"),
        ("Some 12,000 homes lost power", "en"),
    ),
    # French "ne ... que" is "only", no denial
    (
        "French ne ... que",
        ("Nous n'avons que deux jours pour réparer la digue", "fr"),
        ("We only have two days to repair the dyke", "en"),
    ),
    (
        "no more than",
        ("Die Sperrung dauert nicht mehr als zwei Tage", "de"),
        ("The closure will last two days at most", "en"),
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), RULED_OUT_AGAINST_POSSIBLE, ids=[c[0] for c in RULED_OUT_AGAINST_POSSIBLE])
def test_ruled_out_against_possible_is_read(case: str, a: tuple[str, str], b: tuple[str, str]) -> None:
    found = polarity_apart(a[0], a[1], b[0], b[1])
    assert found is not None, case
    diff = difference(None, "the mayor", [Wording(a[0], a[1], (1,), ()), Wording(b[0], b[1], (2,), ())])  # type: ignore[arg-type]
    assert diff is not None and diff.reason == "ruled out against possible", case


@pytest.mark.parametrize(("case", "a", "b"), VERB_DENIED_AGAINST_STATED, ids=[c[0] for c in VERB_DENIED_AGAINST_STATED])
def test_a_verb_denied_in_one_language_only_is_read(case: str, a: tuple[str, str], b: tuple[str, str]) -> None:
    diff = difference(None, "the mayor", [Wording(a[0], a[1], (1,), ()), Wording(b[0], b[1], (2,), ())])  # type: ignore[arg-type]
    assert diff is not None and diff.reason == "different negation", case


@pytest.mark.parametrize(("case", "a", "b"), ONE_MEANING, ids=[c[0] for c in ONE_MEANING])
def test_one_meaning_is_not_read_apart(case: str, a: tuple[str, str], b: tuple[str, str]) -> None:
    assert polarity_apart(a[0], a[1], b[0], b[1]) is None, case


def test_clauses_read_french_denial_and_ruled_out() -> None:
    assert [n for _t, n in clauses("Nous n'avons que deux jours", "fr")] == [False]
    assert [n for _t, n in clauses("Nous ne vendrons jamais le stade", "fr")] == [True]
    assert [n for _t, n in clauses("A merger is ruled out", "en")] == [True]
    assert held_possible("nous pourrions encore la revoir", "fr")
    assert held_possible("Wir schließen nicht aus, die Brücke abzureißen", "de")
    assert not held_possible("we will sell the stadium", "en")


def test_a_quote_ruled_out_and_held_possible_is_a_conflict_not_a_variant(tmp_path) -> None:
    day = "2027-03-02"
    rows = [
        (
            "en",
            "Harbour Gazette",
            day,
            "Lindqvist\n\nThe city of Lindqvist will sell its football stadium to a property developer, the mayor "
            "said on Tuesday.\n\n"
            '"We have thought about this for a long time, and we will never change our minds," the mayor, '
            "Oda Brenning, told a news conference.\n\nFans plan a protest march on Saturday.",
        ),
        (
            "es",
            "Diario del Puerto",
            day,
            "Lindqvist\n\nLa ciudad de Lindqvist venderá su estadio de fútbol a una promotora inmobiliaria, anunció "
            "el martes la alcaldesa.\n\n"
            "«Lo hemos pensado durante mucho tiempo, y todavía podríamos cambiar de opinión», dijo la alcaldesa "
            "Oda Brenning en una rueda de prensa.\n\nLos aficionados preparan una marcha de protesta el sábado.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    assert not [v for v in comparison.quote_variants if "Brenning" in v.speaker]
    meaning = [c for c in comparison.conflicts if c.reason == "different meaning" and "Brenning" in c.summary]
    assert meaning and "rules out" in meaning[0].explanation


# ---- a different place in one slot --------------------------------------------------------------------------

PLACES_APART = [
    (
        "English to X vs German nach Y",
        ("The assembly of the Tern will move to the plant in Velmora", "en", ("Tern", "Velmora")),
        ("Die Montage des Tern wird in das Werk in Tarnhaven verlagert", "de", ("Tern", "Tarnhaven")),
    ),
    (
        "Spanish en X vs Polish w Y",
        ("La sede de la empresa se trasladará a Brunnholm", "es", ("Brunnholm",)),
        ("Siedziba firmy zostanie przeniesiona do Kaldaru", "pl", ("Kaldaru",)),
    ),
    (
        "Italian a X vs French à Y",
        ("Il vertice si terrà a Merigo il mese prossimo", "it", ("Merigo",)),
        ("Le sommet aura lieu à Tarvesse le mois prochain", "fr", ("Tarvesse",)),
    ),
]

PLACES_ALIKE = [
    (
        "one town, a Polish case ending",
        ("The assembly of the Tern will move to the plant in Velmora", "en", ("Tern", "Velmora")),
        ("Montaż modelu Tern zostanie przeniesiony do zakładu w Velmorze", "pl", ("Tern", "Velmorze")),
    ),
    (
        "an exonym: one name known to the gazetteer, the other not",
        ("The talks will be held in Cologne", "en", ("Cologne",)),
        ("Die Gespräche finden in Köln statt", "de", ("Köln",)),
    ),
    (
        "a place named by one wording only",
        ("Production will move to the plant in Velmora", "en", ("Velmora",)),
        ("La production sera transférée dans une autre usine", "fr", ()),
    ),
    (
        "a German noun after a preposition is no name the facts read",
        ("Die Produktion geht in Betrieb nach Velmora", "de", ("Velmora",)),
        ("Production moves to Velmora", "en", ("Velmora",)),
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), PLACES_APART, ids=[c[0] for c in PLACES_APART])
def test_different_places_in_one_slot_are_read(case: str, a: tuple, b: tuple) -> None:
    assert places_apart(a[0], a[1], a[2], b[0], b[1], b[2]) is not None, case
    diff = difference(
        None, "the company", [Wording(a[0], a[1], (1,), (), (), a[2]), Wording(b[0], b[1], (2,), (), (), b[2])]
    )  # type: ignore[arg-type]
    assert diff is not None and diff.reason == "different place", case


@pytest.mark.parametrize(("case", "a", "b"), PLACES_ALIKE, ids=[c[0] for c in PLACES_ALIKE])
def test_one_place_or_none_is_not_read_apart(case: str, a: tuple, b: tuple) -> None:
    assert places_apart(a[0], a[1], a[2], b[0], b[1], b[2]) is None, case


def test_same_name_reads_case_endings_and_spellings() -> None:
    assert same_name("Velmora", "Velmorze")
    assert same_name("Warsaw", "Warszawa")
    assert not same_name("Velmora", "Tarnhaven")


def test_a_reported_statement_naming_another_place_is_a_conflict(tmp_path) -> None:
    day = "2027-06-15"
    rows = [
        (
            "en",
            "Northern Wire",
            day,
            "Haldby\n\nThe shipbuilder Norrvik Yards will close its Haldby yard next year, cutting 900 jobs.\n\n"
            "Assembly of the Kestrel ferries will move to the company's yard in Velmora, chief executive Jonas "
            "Aberg said.\n\nThe yard opened in 1961.",
        ),
        (
            "de",
            "Nordkurier",
            day,
            "Haldby\n\nDie Werft Norrvik Yards schließt im kommenden Jahr ihre Werft in Haldby, 900 Stellen fallen "
            "weg.\n\nDie Montage der Kestrel-Fähren werde in die Werft in Tarnhaven verlagert, sagte Konzernchef "
            "Jonas Aberg.\n\nDie Werft wurde 1961 eröffnet.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    meaning = [c for c in comparison.conflicts if c.reason == "different meaning" and "Aberg" in c.summary]
    assert meaning and "different places" in meaning[0].explanation, [c.summary for c in comparison.conflicts]
    assert not [v for v in comparison.quote_variants if "Aberg" in v.speaker and len(v.quotes) >= 2]


# ---- one person, two roles ----------------------------------------------------------------------------------


def test_one_person_given_chief_executive_and_finance_director_is_a_role_conflict(tmp_path) -> None:
    day = "2027-04-20"
    rows = [
        (
            "de",
            "Nordkurier",
            day,
            "Brekka\n\nDer Möbelhersteller Tannvik schließt sein Werk in Brekka. Das gab Konzernchefin Ilse Maarten "
            "am Dienstag in Brekka bekannt.\n\nIn dem Werk arbeiten 700 Menschen.",
        ),
        (
            "pl",
            "Kurier Północny",
            day,
            "Brekka\n\nProducent mebli Tannvik zamknie fabrykę w Brekce – ogłosiła we wtorek dyrektor finansowa "
            "spółki Ilse Maarten.\n\nW zakładzie pracuje 700 osób.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    roles = [c for c in comparison.conflicts if c.reason == "different role"]
    assert roles and "Maarten" in roles[0].summary, [c.summary for c in comparison.conflicts]
    # the Polish source gives another role: never cited as reporting the chief executive's sentence too, nor as
    # agreeing on a sentence that gives her the title
    polish = {s.n for s in comparison.sources if "Północny" in s.label}
    for line in comparison.brief:
        assert not ("too" in line.text and "Konzernchefin" in line.text and polish & set(line.sources)), line.text
    for item in comparison.agreed:
        titled = [e for e in item.evidence if "Konzernchefin" in (e.text or "")]
        assert not (titled and any("finansowa" in (e.text or "") for e in item.evidence)), item.summary


def test_a_generic_director_does_not_clash_with_a_finance_director(tmp_path) -> None:
    day = "2027-04-20"
    rows = [
        (
            "fr",
            "La Vigie",
            day,
            "Brekka\n\nLe fabricant de meubles Tannvik va fermer son usine de Brekka, a annoncé mardi le directeur "
            "Paul Ekdahl.\n\nL'usine emploie 700 personnes.",
        ),
        (
            "en",
            "Northern Wire",
            day,
            "Brekka\n\nFurniture maker Tannvik will close its Brekka factory, finance director Paul Ekdahl said on "
            "Tuesday.\n\nThe factory employs 700 people.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    assert not [c for c in comparison.conflicts if c.reason == "different role"]


# ---- the outcome of talks -----------------------------------------------------------------------------------

TALKS = [
    ("Talks with the union on Friday ended without agreement.", "en", "no agreement"),
    ("Negotiators failed to reach a deal after ten hours.", "en", "no agreement"),
    ("The talks broke down late on Thursday.", "en", "no agreement"),
    ("The two sides reached an agreement in the talks on Friday.", "en", "agreement"),
    ("Die Verhandlungen mit der Gewerkschaft endeten am Freitag mit einer Einigung.", "de", "agreement"),
    ("Die Gespräche am Freitag endeten ohne Einigung.", "de", "no agreement"),
    ("Les négociations se sont achevées sans accord vendredi.", "fr", "no agreement"),
    ("Les négociations ont abouti à un accord vendredi.", "fr", "agreement"),
    ("Las negociaciones con el sindicato terminaron con un acuerdo.", "es", "agreement"),
    ("Las conversaciones terminaron sin acuerdo el viernes.", "es", "no agreement"),
    ("Le trattative si sono chiuse senza un accordo.", "it", "no agreement"),
    ("Rozmowy ze związkiem zakończyły się porozumieniem.", "pl", "agreement"),
    ("Negocjacje zakończyły się bez porozumienia.", "pl", "no agreement"),
    ("Переговоры с профсоюзом завершились без соглашения.", "ru", "no agreement"),
]

NO_OUTCOME = [
    ("The two sides hope to reach an agreement in the talks next week.", "en"),
    ("Beide Seiten wollen bei den Gesprächen eine Einigung erzielen.", "de"),
]


@pytest.mark.parametrize(("text", "lang", "pole"), TALKS, ids=[t[0][:40] for t in TALKS])
def test_the_outcome_of_talks_is_read(text: str, lang: str, pole: str) -> None:
    assert poles_in(text, lang).get("talks") == pole


@pytest.mark.parametrize(("text", "lang"), NO_OUTCOME, ids=[t[0][:40] for t in NO_OUTCOME])
def test_a_hope_or_another_collapse_is_no_outcome_of_talks(text: str, lang: str) -> None:
    assert "talks" not in poles_in(text, lang)


def test_talks_with_and_without_agreement_are_a_conflict(tmp_path) -> None:
    day = "2027-02-10"
    rows = [
        (
            "es",
            "Diario del Puerto",
            day,
            "Sarnia\n\nLa naviera Ostmark suprimirá 600 empleos en el puerto de Sarnia, anunció el martes.\n\n"
            "Las negociaciones con el sindicato del puerto el lunes terminaron sin acuerdo, según dos personas "
            "cercanas a las conversaciones.\n\nEl sindicato convocó una huelga para el viernes.",
        ),
        (
            "pl",
            "Kurier Północny",
            day,
            "Sarnia\n\nArmator Ostmark zlikwiduje 600 miejsc pracy w porcie Sarnia, poinformował we wtorek.\n\n"
            "Poniedziałkowe negocjacje ze związkiem zawodowym portu zakończyły się porozumieniem w sprawie odpraw, "
            "podały źródła rządowe.\n\nZwiązek ogłosił strajk na piątek.",
        ),
    ]
    comparison = compare_texts(tmp_path, rows)
    talks = [c for c in comparison.conflicts if c.measure == "outcome of the talks"]
    assert talks and talks[0].reason == "different outcome", [(c.measure, c.summary) for c in comparison.conflicts]
