"""The place of an act, one reader for every kind (crosswire.compare.claims.act_places): a court, a hospital, a
port, a prison, a plant, a stadium or a border crossing named with its town, in en/de/fr/es/it/pl, compared by
crosswire.vocab.names.same_place. One act told at two places is a conflict ("different place"), never an agreed
item, and the agreed item of the act itself keeps the majority's sentences and text (a new user's verdict story
agreed "The Regional Court in Velmora ... convicted" with "Das Landgericht Drestow hat ... verurteilt" and showed
the German sentence as the agreed text). Places of other kinds in one sentence stay silent. Every text here is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.claims.act_places import read_places
from test_compare_core import compare_texts

DAY = "2026-03-10"


def _rows(*texts: str) -> list[tuple[str, str, str, str]]:
    outlets = ["Harbour Wire", "Nordblatt", "La Voix du Sud", "El Eco Andino", "Gazeta Zachodnia", "Il Faro"]
    return [(f"a{i}", outlets[i], DAY, t) for i, t in enumerate(texts)]


def _place(text: str, language: str, kind: str) -> str | None:
    found = [w for k, _key, w in read_places(text, language) if k == kind]
    return found[0] if len(found) == 1 else None


# -- the reader ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "kind", "place"),
    [
        ("en", "The Regional Court in Brask on Monday jailed the former mayor for four years.", "court", "Brask"),
        ("en", "The Court of Appeal in Lorvic upheld the ruling.", "court", "Lorvic"),
        ("en", "The Brask District Court jailed the former mayor.", "court", "Brask"),
        ("de", "Das Amtsgericht Kellhafen verurteilte den früheren Bürgermeister.", "court", "Kellhafen"),
        ("de", "Das Urteil des Landgerichts Kellhafen ist nicht rechtskräftig.", "court", "Kellhafen"),
        ("fr", "Le tribunal correctionnel de Brask a condamné l'ancien maire.", "court", "Brask"),
        ("fr", "Le Tribunal de Grande Instance d'Orvelle a condamné l'ancien maire.", "court", "Orvelle"),
        ("es", "La Audiencia Provincial de Brask condenó al exalcalde.", "court", "Brask"),
        ("it", "Il tribunale di Brask ha condannato l'ex sindaco.", "court", "Brask"),
        ("it", "La Corte d'Appello di Lorvic ha confermato la condanna.", "court", "Lorvic"),
        ("pl", "Sąd Rejonowy w Brasku skazał byłego burmistrza.", "court", "Brasku"),
        ("en", "The ferry was towed to the port of Tessaly on Sunday.", "port", "Tessaly"),
        ("es", "El ferry fue remolcado hasta el puerto de Marvena.", "port", "Marvena"),
        ("pl", "Prom odholowano do portu w Tessalu.", "port", "Tessalu"),
        ("de", "Die Verletzten kamen ins Krankenhaus von Orvelle.", "hospital", "Orvelle"),
        ("it", "La finale si è giocata nello stadio comunale a Brask.", "stadium", "Brask"),
        ("fr", "Il est détenu à la prison de Kervane depuis lundi.", "prison", "Kervane"),
        ("en", "The diverted plane landed at Orvelle shortly after noon.", "landing", "Orvelle"),
        ("de", "Die umgeleitete Maschine ist am Mittag in Orvelle gelandet.", "landing", "Orvelle"),
        ("es", "El avión desviado aterrizó en Orvelle poco después del mediodía.", "landing", "Orvelle"),
        ("pl", "Samolot wylądował w Orvelle tuż po południu.", "landing", "Orvelle"),
        ("fr", "Les trois otages sont détenus à Kervane depuis lundi.", "held_at", "Kervane"),
        ("it", "I tre ostaggi sono detenuti a Kervane da lunedì.", "held_at", "Kervane"),
        ("pl", "Policja zatrzymała we wtorek w Orvellu biznesmena Jonasa Weela.", "arrest", "Orvellu"),
        ("de", "Die Polizei hat Jonas Weel am Dienstag in Orvelle festgenommen.", "arrest", "Orvelle"),
        ("fr", "Jonas Weel a été interpellé mardi à Orvelle.", "arrest", "Orvelle"),
    ],
)
def test_a_kinds_place(language: str, text: str, kind: str, place: str) -> None:
    assert _place(text, language, kind) == place


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The court ruled in March that the contract was void."),  # a month is no place
        ("es", "El Tribunal Supremo de Justicia confirmó la condena."),  # the kind of court, not its seat
        ("it", "La Corte di Cassazione ha respinto il ricorso."),
        ("de", "Das Landgericht hat am Montag entschieden."),  # no name
        ("es", "El Ministerio de Finanzas de Carvelia anunció un fondo."),  # no kind of this table
        ("en", "He lives in Karsk and worked in Drestow for years."),  # places, but of no kind
        ("en", "The shooting at the bottling plant in Northeast Lorvic left two dead."),  # a part of a town
        ("en", "Two sect leaders have been arrested in Canada, charged with bigamy."),  # a country holds towns
        ("en", "POLICE HAVE ARRESTED AT LEAST TWO MEN FROM THE SECT."),  # capitals mark no name
    ],
)
def test_no_kinds_place(language: str, text: str) -> None:
    assert read_places(text, language) == ()


# -- one act, two places: a conflict, and the majority's agreed item --------------------------------------------------

COURTS = [
    (
        "en de es it pl, inflected Polish town",
        [
            "The Regional Court in Brask on Monday sentenced former mayor Tobin Harl to four years in prison for "
            "bribery.",
            "Das Landgericht Kellhafen hat am Montag den früheren Bürgermeister Tobin Harl wegen Bestechung zu vier "
            "Jahren Haft verurteilt.",
            "El Tribunal Regional de Brask condenó el lunes a cuatro años de cárcel por soborno al exalcalde Tobin "
            "Harl.",
            "Sąd Okręgowy w Brasku skazał w poniedziałek byłego burmistrza Tobina Harla na cztery lata więzienia za "
            "łapownictwo.",
        ],
        "Kellhafen",
    ),
    (
        "fr it en",
        [
            "Le tribunal correctionnel d'Orvelle a condamné lundi l'ancien maire Tobin Harl à quatre ans de prison "
            "pour corruption.",
            "Il tribunale di Orvelle ha condannato lunedì l'ex sindaco Tobin Harl a quattro anni di carcere per "
            "corruzione.",
            "The court in Lorvic on Monday sentenced former mayor Tobin Harl to four years in prison for bribery.",
        ],
        "Lorvic",
    ),
]


@pytest.mark.parametrize(("case", "texts", "dissent"), COURTS, ids=[c[0] for c in COURTS])
def test_one_verdict_at_two_courts_is_a_place_conflict(tmp_path: Path, case: str, texts: list[str], dissent: str):
    comparison = compare_texts(tmp_path, _rows(*texts))
    found = [c for c in comparison.conflicts if c.measure == "court's place"]
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])
    assert found[0].reason == "different place"
    sides = {s.label: s for s in found[0].sides}
    assert dissent in sides and len(sides) == 2, found[0].summary
    majority = next(s for label, s in sides.items() if label != dissent)
    assert len(majority.sources) == len(texts) - 1 and all(dissent not in ev.text for ev in majority.evidence)
    # no agreed item cites the dissenting sentence beside a majority sentence, and none shows it as its text
    for item in comparison.agreed:
        cites_dissent = any(dissent in ev.text for ev in item.evidence)
        assert not (cites_dissent and len(item.sources) > 1 and any(dissent not in ev.text for ev in item.evidence))
        assert dissent not in item.summary or not cites_dissent or len(item.sources) == 1


def test_the_verdict_stays_agreed_by_the_majority(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, _rows(*COURTS[0][1]))
    held = [a for a in comparison.agreed if any("Brask" in ev.text for ev in a.evidence)]
    assert held, [a.summary for a in comparison.agreed]
    assert all("Kellhafen" not in ev.text for a in held for ev in a.evidence)
    assert all("Kellhafen" not in a.summary for a in comparison.agreed)


PORTS = [
    (
        "en vs es",
        "The damaged ferry Aldora and its 212 passengers were towed to the port of Tessaly on Sunday.",
        "El ferry averiado Aldora y sus 212 pasajeros fueron remolcados el domingo hasta el puerto de Marvena.",
    ),
    (
        "de vs pl",
        "Die beschädigte Fähre Aldora mit 212 Passagieren wurde am Sonntag in den Hafen von Tessaly geschleppt.",
        "Uszkodzony prom Aldora z 212 pasażerami odholowano w niedzielę do portu w Marvenie.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), PORTS, ids=[c[0] for c in PORTS])
def test_one_tow_to_two_ports_is_a_place_conflict(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = [c for c in comparison.conflicts if c.measure == "port"]
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])
    assert not [x for x in comparison.agreed if any("Marven" in ev.text for ev in x.evidence) and len(x.sources) > 1]


LANDINGS = [
    (
        "en vs es",
        "The diverted plane with 143 passengers on board landed at Orvelle shortly after noon.",
        "El avión desviado, con 143 pasajeros a bordo, aterrizó en Kervane poco después del mediodía.",
    ),
    (
        "fr vs de",
        "L'avion dérouté, avec 143 passagers à bord, a atterri à Orvelle peu après midi.",
        "Die umgeleitete Maschine mit 143 Passagieren an Bord ist kurz nach Mittag in Kervane gelandet.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), LANDINGS, ids=[c[0] for c in LANDINGS])
def test_one_landing_at_two_airports_is_a_place_conflict(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = [c for c in comparison.conflicts if c.measure == "landing place"]
    assert len(found) == 1, (case, [c.summary for c in comparison.conflicts])
    assert {s.label for s in found[0].sides} == {"Orvelle", "Kervane"}


def test_one_arrest_in_two_towns_of_one_language_is_a_place_conflict(tmp_path: Path) -> None:
    """Two Polish outlets (the light tier reads no verb lemma, so the English same-verb reader cannot serve)."""
    a = "Policja zatrzymała we wtorek w Orvellu biznesmena Jonasa Weela podejrzanego o pranie pieniędzy."
    b = "Policja zatrzymała we wtorek w Kervanie biznesmena Jonasa Weela podejrzanego o pranie pieniędzy."
    comparison = compare_texts(tmp_path, _rows(a, b))
    found = [c for c in comparison.conflicts if c.measure == "place of the arrest"]
    assert len(found) == 1, [c.summary for c in comparison.conflicts]
    assert not [x for x in comparison.agreed if len(x.sources) > 1 and any("Kervan" in ev.text for ev in x.evidence)]


def test_one_hospital_in_two_languages_is_no_conflict(tmp_path: Path) -> None:
    a = "Four injured workers were taken to the hospital in Orvelle on Tuesday, the fire service said."
    b = "Czterech rannych robotników przewieziono we wtorek do szpitala w Orvelle."
    c = "Quattro operai feriti sono stati portati martedì all'ospedale di Orvelle."
    comparison = compare_texts(tmp_path, _rows(a, b, c))
    assert not [x for x in comparison.conflicts if x.reason == "different place"], [
        x.summary for x in comparison.conflicts
    ]


def test_one_court_inflected_is_no_conflict(tmp_path: Path) -> None:
    a = "The Regional Court in Velmora on Monday sentenced former mayor Tobin Harl to four years in prison."
    b = "Sąd Okręgowy w Velmorze skazał w poniedziałek byłego burmistrza Tobina Harla na cztery lata więzienia."
    c = "El Tribunal Regional de Velmora condenó el lunes a cuatro años de cárcel al exalcalde Tobin Harl."
    comparison = compare_texts(tmp_path, _rows(a, b, c))
    assert not [x for x in comparison.conflicts if x.reason == "different place"]


def test_related_but_different_places_stay_silent(tmp_path: Path) -> None:
    """A court in one town hearing a case about a crime in another, and where the defendant lives: one court."""
    a = "The district court in Velmora on Monday sentenced Tobin Harl to four years in prison for a robbery in Drestow."
    b = (
        "Das Landgericht Velmora verurteilte Tobin Harl am Montag wegen eines Raubüberfalls in Drestow zu vier "
        "Jahren Haft."
    )
    c = "Tobin Harl, who lives in Karsk, was sentenced on Monday to four years in prison by the court in Velmora."
    comparison = compare_texts(tmp_path, _rows(a, b, c))
    assert not [x for x in comparison.conflicts if x.reason == "different place"], [
        x.summary for x in comparison.conflicts
    ]


def test_two_words_of_one_towns_courts_are_one_place() -> None:
    """A court's name before the phrase takes all its capitalised words: "Brask Deane Magistrates Court" and
    "Brask Crown Court" are both in Brask."""
    a = read_places("He will appear at Brask Deane Magistrates Court on Friday.", "en")
    b = read_places("He was remanded to appear before Brask Crown Court on 19 August.", "en")
    assert a and b and a[0][1] == b[0][1] == "brask", (a, b)


def test_a_sentence_naming_both_towns_is_no_conflict(tmp_path: Path) -> None:
    """One transfer between two prisons: each source names one as "a prison in", and the other town too."""
    a = "Inmate Dale Corran, 41, escaped while being transported to a prison in Orvelle from Brask."
    b = "Dale Corran, 41, escaped on Sunday while being moved from a prison in Brask to one in Orvelle."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not [x for x in comparison.conflicts if x.reason == "different place"], [
        x.summary for x in comparison.conflicts
    ]


def test_a_source_naming_two_courts_is_left_out(tmp_path: Path) -> None:
    """A case and its appeal: a source naming both courts tells of two acts, no disagreement."""
    a = (
        "Tobin Harl was first convicted by the district court in Brask, and on Monday the Court of Appeal in "
        "Lorvic upheld the four-year sentence."
    )
    b = "The Court of Appeal in Lorvic on Monday upheld the four-year sentence of Tobin Harl."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not [x for x in comparison.conflicts if x.reason == "different place"]
