"""Classes a new user's six-language train-derailment story got wrong (trial 30), on invented stories of other
events: a person still held against one released, with a police chief named as the teller in the same sentence
("..., Castell said"); a claim one source says is ruled out and another says is not ("not ruled out", "n'est pas
exclu", "no se descarta", "nie wykluczono", "nicht ausgeschlossen"), quoted or told, which is never one agreed
claim nor one quote in two wordings.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crosswire.compare.claims.units import dateline_only, is_prose
from crosswire.compare.quote_meaning import meaning_apart, ruled_apart, ruled_left_out
from crosswire.facts.languages.dates import dates_in
from crosswire.facts.languages.lexicon import words_for
from test_compare_core import compare_texts

MONDAY = "2027-03-08"  # all outlets publish on Monday 8 March 2027


def _rows(*texts: str, published: str = MONDAY) -> list[tuple[str, str, str, str]]:
    outlets = ["Fenwick Herald", "Oderblatt", "La Gazette du Lac", "Correo Austral", "Kurier Morski"]
    return [(f"a{i}", outlets[i], published, f"Harlow Quay\n\n{t}") for i, t in enumerate(texts)]


def _conflicts(comparison, word: str) -> list:
    return [c for c in comparison.conflicts if c.summary.lower().startswith(word)]


def _agreed_together(comparison, *needles: str) -> list:
    """The agreed claim items whose evidence holds a sentence with each needle (a figure item, "Age of Aldo Ferrant:
    47", states its figure alone: states36)."""
    return [
        c
        for c in comparison.agreed
        if c.kind == "claim" and all(any(n in ev.text for ev in c.evidence) for n in needles)
    ]


# -- class 1a: still held vs released, a teller named in the sentence ---------------------------------------------

HELD = [
    (
        "English still held vs German released",
        "The skipper, 47-year-old Aldo Ferrant, was arrested after the collision and was still being held by "
        "police on Monday night, harbour master Ines Colby said.",
        "Der Kapitän Aldo Ferrant, 47, wurde nach einer Vernehmung am Montagabend wieder auf freien Fuß gesetzt.",
    ),
    (
        "French still held vs Spanish released",
        "Le capitaine Aldo Ferrant, 47 ans, est toujours détenu par la police lundi soir, a précisé Ines Colby.",
        "El capitán Aldo Ferrant, de 47 años, fue puesto en libertad el lunes por la noche tras ser interrogado.",
    ),
    (
        "Polish still held vs English released",
        "Kapitan Aldo Ferrant nadal przebywa w areszcie, poinformowała w poniedziałek Ines Colby.",
        "The skipper, Aldo Ferrant, was released by police on Monday evening after questioning.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), HELD, ids=[c[0] for c in HELD])
def test_still_held_and_released_conflict(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert len(_conflicts(comparison, "outcome")) == 1, (case, [c.summary for c in comparison.conflicts])
    assert not _agreed_together(comparison, "Ferrant"), (case, [c.summary for c in comparison.agreed])


def test_still_held_in_two_languages_is_no_conflict(tmp_path: Path) -> None:
    a = "The skipper, Aldo Ferrant, was still being held by police on Monday night, Ines Colby said."
    b = "Der Kapitän Aldo Ferrant wird weiterhin festgehalten, sagte Ines Colby am Montag."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _conflicts(comparison, "outcome"), [c.summary for c in comparison.conflicts]


# -- class 1b: a negation flips a claim's polarity ----------------------------------------------------------------

RULED = [
    (
        "Arson has not been ruled out, the fire brigade said.",
        "en",
        "Die Feuerwehr hat Brandstiftung ausgeschlossen.",
        "de",
    ),
    ("Un acte criminel n'est pas exclu à ce stade.", "fr", "Los investigadores descartaron un acto criminal.", "es"),
    ("Nie wykluczono podpalenia, powiedział komendant.", "pl", "Police have ruled out arson.", "en"),
    ("No se descarta un sabotaje.", "es", "Un sabotage a été écarté par les enquêteurs.", "fr"),
    ("Brandstiftung ist nicht ausgeschlossen.", "de", "Podpalenie zostało wykluczone.", "pl"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), RULED)
def test_not_ruled_out_and_ruled_out_read_apart(a: str, la: str, b: str, lb: str) -> None:
    assert ruled_apart(a, la, b, lb) == "ruled out or open"
    assert meaning_apart(a, la, b, lb) is not None


SAME = [
    ("Arson has not been ruled out.", "en", "Brandstiftung ist nicht ausgeschlossen.", "de"),
    ("Police have ruled out arson.", "en", "Podpalenie zostało wykluczone.", "pl"),
    ("We cannot rule out arson.", "en", "No se descarta un incendio provocado.", "es"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), SAME)
def test_one_polarity_in_two_languages_reads_alike(a: str, la: str, b: str, lb: str) -> None:
    assert ruled_apart(a, la, b, lb) is None


def test_quoted_not_ruled_out_against_ruled_out_is_a_conflict_not_a_variant(tmp_path: Path) -> None:
    a = 'Fire chief Lene Marsh said: "Arson has not been ruled out at this point."'
    b = "Die Feuerwehrchefin Lene Marsh sagte: „Brandstiftung ist zum jetzigen Zeitpunkt ausgeschlossen.“"
    c = "La cheffe des pompiers, Lene Marsh, a déclaré : « Un incendie criminel n'est pas exclu à ce stade. »"
    comparison = compare_texts(tmp_path, _rows(a, b, c))
    assert not _agreed_together(comparison, "Arson", "Brandstiftung"), [c.summary for c in comparison.agreed]
    for v in comparison.quote_variants:
        texts = " ".join(w.text for w in v.quotes)
        assert not ("Arson" in texts and "Brandstiftung" in texts), texts
    assert any("ruled out" in c.summary.lower() or "meaning" in c.summary.lower() for c in comparison.conflicts), [
        c.summary for c in comparison.conflicts
    ]


def test_told_not_ruled_out_against_ruled_out_is_no_agreement(tmp_path: Path) -> None:
    a = "Investigators said a deliberate act had not been ruled out in the collapse of the Harlow Quay footbridge."
    b = "Les enquêteurs ont écarté un acte délibéré dans l'effondrement de la passerelle de Harlow Quay."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not _agreed_together(comparison, "not been ruled out", "écarté"), [c.summary for c in comparison.agreed]


# -- class 3: a weekday an act is set for is the coming one, whatever the verb's tense ----------------------------

FRIDAY = date(2027, 3, 12)  # a Friday

SET_FOR = [
    ("fr", "La préfecture a décrété une journée de deuil pour mardi.", "mardi"),
    ("es", "Los sindicatos convocaron una huelga para el martes.", "martes"),
    ("de", "Die Gewerkschaft hat für Dienstag einen Warnstreik angekündigt.", "Dienstag"),
    ("pl", "Wojewoda ogłosił żałobę na wtorek.", "wtorek"),
    ("ru", "Губернатор объявил траур на вторник.", "вторник"),
    ("it", "Il prefetto ha proclamato il lutto per martedì.", "martedì"),
    ("pt", "O governo decretou luto oficial para terça-feira.", "terça-feira"),
]


@pytest.mark.parametrize(("language", "sentence", "day"), SET_FOR, ids=[c[0] for c in SET_FOR])
def test_a_weekday_set_for_is_the_coming_one(language: str, sentence: str, day: str) -> None:
    got = {
        d.text: (d.value, d.scheduled)
        for d in dates_in(sentence, 0, (0, len(sentence)), words_for(language), language, FRIDAY)
    }
    assert got.get(day) == ("2027-03-16", True), got


NIGHT_INTO = [
    ("pl", "W nocy z poniedziałku na wtorek spadł śnieg.", "wtorek", "2027-03-09"),
    ("ru", "В ночь на вторник выпал снег.", "вторник", "2027-03-09"),
    ("fr", "La préfecture a décrété une journée de deuil mardi.", "mardi", "2027-03-09"),
    ("pl", "To reakcja na wtorkowy wypadek w porcie.", "wtorkowy", "2027-03-09"),
]


@pytest.mark.parametrize(("language", "sentence", "day", "value"), NIGHT_INTO, ids=[c[0] for c in NIGHT_INTO])
def test_a_night_into_a_day_or_a_bare_weekday_stays_past(language: str, sentence: str, day: str, value: str) -> None:
    got = {d.text: d.value for d in dates_in(sentence, 0, (0, len(sentence)), words_for(language), language, FRIDAY)}
    assert got.get(day) == value, got


def test_english_day_set_for_is_the_coming_one() -> None:
    from crosswire.facts.stage import extract_facts
    from crosswire.model import Article, Block

    text = "The county declared a day of mourning for Tuesday. The bridge collapsed on Tuesday."
    article = Article(
        id="x",
        source="x",
        content_hash=text,
        language="en",
        published="2027-03-12T10:00:00+00:00",
        blocks=[Block("paragraph", text)],
    )
    values = [(d.value, d.scheduled) for d in extract_facts([article])[0].dates]
    assert values == [("2027-03-16", True), ("2027-03-09", False)], values


# -- class 2: people left unhurt are another counted group than all on board --------------------------------------

UNHURT = [
    (
        "French unhurt vs English on board",
        "The ferry Solway Star, carrying 184 passengers, ran aground off Harlow Quay on Monday morning.",
        "La salle des fêtes de Harlow Quay accueille 52 passagers indemnes, qui y ont passé la nuit.",
    ),
    (
        "German unhurt vs Spanish on board",
        "Die Fähre Solway Star lief am Montagmorgen mit 184 Passagieren vor Harlow Quay auf Grund. Die 52 "
        "unverletzten Passagiere wurden in der Turnhalle untergebracht.",
        "El ferry Solway Star, con 184 pasajeros a bordo, encalló el lunes por la mañana frente a Harlow Quay.",
    ),
    (
        "Polish unhurt vs English on board",
        "The ferry Solway Star, with 184 passengers on board, ran aground off Harlow Quay on Monday morning.",
        "W szkole w Harlow Quay schronienie znalazło 52 nierannych pasażerów promu.",
    ),
]


@pytest.mark.parametrize(("case", "a", "b"), UNHURT, ids=[c[0] for c in UNHURT])
def test_unhurt_passengers_are_no_rival_count_of_all_on_board(tmp_path: Path, case: str, a: str, b: str) -> None:
    comparison = compare_texts(tmp_path, _rows(a, b))
    rivals = [c for c in comparison.conflicts if "184" in c.summary and "52" in c.summary]
    assert not rivals, (case, [c.summary for c in comparison.conflicts])


def test_on_board_counts_still_conflict(tmp_path: Path) -> None:
    a = "The ferry Solway Star, carrying 184 passengers, ran aground off Harlow Quay on Monday morning."
    b = "Le ferry Solway Star, avec 148 passagers à bord, s'est échoué lundi matin au large de Harlow Quay."
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert [c for c in comparison.conflicts if "184" in c.summary and "148" in c.summary], [
        c.summary for c in comparison.conflicts
    ]


# -- class 5: a copy's own added sentence is its newspaper's; an approximate count within rounding is no "only X" ----

WIRE = (
    "HARLOW QUAY, March 8 (Coastline Wire) - The ferry Solway Star ran aground off Harlow Quay early on Monday with "
    "184 passengers on board, the coastguard said.\n\n"
    "Tugs pulled the vessel free at high tide in the afternoon and towed it into the harbour, the port authority "
    "said.\n\n"
    "The operator, Solway Lines, said the ferry would stay out of service until divers had inspected its hull."
)
ADDED = "Solway Lines shares dropped 4 per cent in Harlow Quay trading on Monday afternoon."


@pytest.mark.parametrize("wire", ["Coastline Wire", ""], ids=["wire named", "wire of no outlet"])
def test_a_copy_s_added_sentence_is_credited_to_the_copy_alone(tmp_path: Path, wire: str) -> None:
    other = (
        "Le ferry Solway Star s'est échoué lundi matin au large de Harlow Quay, a indiqué la garde côtière. Des "
        "remorqueurs l'ont dégagé à marée haute dans l'après-midi."
    )
    rows = [
        ("w", wire, MONDAY, f"Harlow Quay\n\n{WIRE}"),
        ("c", "Fenwick Herald", MONDAY, f"Harlow Quay\n\n{WIRE}\n\n{ADDED}"),
        ("f", "La Gazette du Lac", MONDAY, f"Harlow Quay\n\n{other}"),
    ]
    comparison = compare_texts(tmp_path, rows)
    lines = [b.text for b in comparison.brief if "shares dropped" in b.text]
    assert lines and all(line.startswith("Only Fenwick Herald reports") for line in lines), [
        b.text for b in comparison.brief
    ]


APPROX = [
    "W chwili wypadku na pokładzie promu znajdowało się około 200 pasażerów.",
    "Na pokładzie promu było wówczas około 200 pasażerów i członków załogi.",
]


@pytest.mark.parametrize("b", APPROX)
def test_an_approximate_count_within_its_rounding_is_no_single_source_fact(tmp_path: Path, b: str) -> None:
    """ "około 200" is "212" rounded to the hundred (:mod:`crosswire.compare.rounding`): one figure, so the Polish
    sentence is no fact only its outlet reports."""
    a = (
        "The ferry Solway Star, carrying 212 passengers, ran aground off Harlow Quay on Monday morning. Tugs pulled "
        "it free at high tide."
    )
    comparison = compare_texts(tmp_path, _rows(a, b))
    assert not [i for i in comparison.single_source if "około 200" in i.summary], [
        i.summary for i in comparison.single_source
    ]


# -- class 6: a dateline alone is no claim ------------------------------------------------------------------------

DATELINES = [
    "Harlow Quay, lundi 8 mars.",
    "Harlow Quay, 8. März.",
    "Harlow Quay, 8 de marzo de 2027.",
    "Harlow Quay, 8 marca.",
]


@pytest.mark.parametrize("line", DATELINES)
def test_a_dateline_alone_is_no_claim(line: str) -> None:
    assert dateline_only(line) and not is_prose(line)


@pytest.mark.parametrize("line", ["In Harlow Quay, 12 people were hurt on Monday.", "Harlow Quay, 12 blessés."])
def test_a_sentence_with_a_count_after_a_place_is_no_dateline(line: str) -> None:
    assert not dateline_only(line)


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "left_out"),
    [
        ("Arson has not been ruled out.", "en", "L'enquête ne fait que commencer.", "fr", True),
        ("Nie wykluczono podpalenia.", "pl", "Die Ermittlungen stehen erst am Anfang.", "de", True),
        ("Arson has not been ruled out.", "en", "Brandstiftung ist nicht ausgeschlossen.", "de", False),
        ("Arson has not been ruled out.", "en", "纵火的可能性尚未排除。", "zh", False),
    ],
)
def test_ruled_left_out(a: str, la: str, b: str, lb: str, left_out: bool) -> None:
    assert (ruled_left_out(a, la, b, lb) is not None) is left_out
