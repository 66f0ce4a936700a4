"""Wordings of one quote that say different things (issue 12): a typed difference (a number, an outcome, a
negation) between wordings of one statement makes a quote conflict ("different meaning") and parts the
differing wording from the quote variant; faithful translations or a wording that leaves a value out are one
variant. Invented hospital and council stories; the five-language one follows a new user's trial, where one
outlet's translation turned "not a single patient was put in danger" into "no patient died"."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare.align import StoryData
from crosswire.compare.quote_meaning import Wording, difference, numbers, outcomes
from test_compare_core import compare_texts

EN = (
    "A power cut hit Merrow General Hospital on Tuesday night. Generators failed for two hours, the hospital said. "
    "{q} hospital director Arno Velt said. Engineers restored power by midnight."
)
RU = (
    "Во вторник вечером в больнице Merrow General произошло отключение электричества. Генераторы не работали два "
    "часа. Директор больницы Арно Вельт заявил: «{q}». Инженеры восстановили питание к полуночи."
)
DE = (
    "Ein Stromausfall traf am Dienstagabend das Merrow General Hospital. Die Generatoren fielen zwei Stunden aus. "
    "„{q}“, sagte Klinikdirektor Arno Velt. Techniker stellten den Strom bis Mitternacht wieder her."
)
ES = (
    "Un apagón afectó el martes por la noche al hospital Merrow General. Los generadores fallaron durante dos "
    'horas. "{q}", afirmó el director del hospital, Arno Velt. Los técnicos restablecieron la luz antes de medianoche.'
)
PL = (
    "We wtorek wieczorem w szpitalu Merrow General doszło do awarii zasilania. Generatory nie działały przez dwie "
    "godziny. „{q}” – powiedział dyrektor szpitala Arno Velt. Technicy przywrócili zasilanie przed północą."
)
EN_SAFE = '"Our staff kept every ventilator running, and not a single patient was put in danger,"'
DE_SAFE = "Unser Personal hielt jedes Beatmungsgerät in Betrieb, kein einziger Patient war in Gefahr"
ES_SAFE = "Nuestro personal mantuvo todos los respiradores en marcha y ningún paciente estuvo en peligro"
PL_SAFE = "Nasz personel utrzymał wszystkie respiratory w działaniu, a żaden pacjent nie był zagrożony"
RU_DIED = "Наши сотрудники поддерживали работу всех аппаратов ИВЛ, и ни один пациент не погиб"


def _variants(tmp_path: Path, texts: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    return _compare(tmp_path, texts).quote_variants


def _compare(tmp_path: Path, texts: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
    rows = [(f"r-{i}", outlet, "2024-03-13", text) for i, (outlet, text) in enumerate(texts)]
    return compare_texts(tmp_path, rows)


def _quote_conflicts(comparison):  # type: ignore[no-untyped-def]
    return [c for c in comparison.conflicts if c.reason == "different meaning"]


def test_a_translation_that_changes_what_happened_is_flagged(tmp_path: Path) -> None:
    comparison = _compare(
        tmp_path,
        [
            ("Valley Tribune", EN.format(q=EN_SAFE)),
            ("Hafenblatt", DE.format(q=DE_SAFE)),
            ("El Diario", ES.format(q=ES_SAFE)),
            ("Gazeta", PL.format(q=PL_SAFE)),
            ("Vedomosti", RU.format(q=RU_DIED)),
        ],
    )
    variants = comparison.quote_variants
    # the four faithful wordings stay one statement; the Russian one that changes what happened is not among them
    assert len(variants) == 1 and len(variants[0].quotes) == 4
    assert all(q.language != "ru" for q in variants[0].quotes)
    # the brief names the Russian wording as one with a different meaning, not as another wording
    said = [s.text for s in comparison.brief if "Arno Velt's words" in s.text]
    assert said and "with a different meaning: “" + RU_DIED + "”" in said[0], said
    conflicts = _quote_conflicts(comparison)
    assert len(conflicts) == 1 and conflicts[0].measure == "what Arno Velt said", conflicts
    sides = conflicts[0].sides
    assert [len(s.sources) for s in sides] == [4, 1]
    assert sides[1].label == "ни один пациент не погиб"
    assert [ev.text for ev in sides[1].evidence] == [f"Директор больницы Арно Вельт заявил: «{RU_DIED}»."]


def test_faithful_translations_are_not_flagged(tmp_path: Path) -> None:
    variants = _variants(
        tmp_path,
        [
            ("Valley Tribune", EN.format(q=EN_SAFE)),
            ("Hafenblatt", DE.format(q=DE_SAFE)),
            ("El Diario", ES.format(q=ES_SAFE)),
            ("Gazeta", PL.format(q=PL_SAFE)),
        ],
    )
    assert len(variants) == 1 and len(variants[0].quotes) == 4


def test_faithful_translations_make_no_quote_conflict(tmp_path: Path) -> None:
    comparison = _compare(
        tmp_path,
        [
            ("Valley Tribune", EN.format(q=EN_SAFE)),
            ("Hafenblatt", DE.format(q=DE_SAFE)),
            ("El Diario", ES.format(q=ES_SAFE)),
        ],
    )
    assert _quote_conflicts(comparison) == []


def test_two_outlets_paraphrasing_one_quote_with_two_numbers_are_flagged(tmp_path: Path) -> None:
    a = EN.format(q='"We moved nine patients to Dorvale Clinic before the generators failed,"')
    b = EN.format(q='"We moved 11 patients to Dorvale Clinic before the backup generators failed,"')
    comparison = _compare(tmp_path, [("Valley Tribune", a), ("Coast Ledger", b)])
    assert comparison.quote_variants == []  # two wordings that differ: a conflict, no variant left
    conflicts = _quote_conflicts(comparison)
    assert len(conflicts) == 1
    labels = {s.label for s in conflicts[0].sides}
    assert labels == {"nine", "11"} or labels >= {"11"}, conflicts


def _w(text: str, language: str, source: int, read: tuple[tuple[str, tuple[str, str]], ...] = ()) -> Wording:
    return Wording(text, language, (source,), (), read)


def _reason(*wordings: Wording) -> str | None:
    found = difference(StoryData.__new__(StoryData), "Arno Velt", list(wordings))
    return found.reason if found is not None else None


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        # a number: in digits in two languages, and in words against digits
        (
            _w("We moved 40 patients to Dorvale Clinic overnight", "en", 1),
            _w("Wir haben über Nacht 60 Patienten in die Dorvale-Klinik verlegt", "de", 2),
            "different number",
        ),
        (
            _w("We moved nine patients to Dorvale Clinic", "en", 1, (("nine", ("9", "")),)),
            _w("We moved 11 patients to Dorvale Clinic", "en", 2),
            "different number",
        ),
        # an outcome denied in one wording and stated in the other
        (
            _w("Nobody died during the outage", "en", 1),
            _w("Two patients died during the outage", "en", 2),
            "different negation",
        ),
        (
            _w("Während des Ausfalls ist niemand gestorben", "de", 1),
            _w("Durante el apagón murieron dos pacientes", "es", 2),
            "different negation",
        ),
        # two outcomes: hurt against died, danger against injured
        (
            _w("No patient was hurt", "en", 1),
            _w("Ни один пациент не погиб", "ru", 2),
            "different outcome",
        ),
        (
            _w("Aucun patient n'a été mis en danger", "fr", 1),
            _w("Żaden pacjent nie został ranny", "pl", 2),
            "different outcome",
        ),
        # one language, one sentence, a negation in one wording only
        (
            _w("We will close the children's ward on Friday", "en", 1),
            _w("We will not close the children's ward on Friday", "en", 2),
            "different negation",
        ),
        (
            _w("Vamos a cerrar la sala infantil el viernes", "es", 1),
            _w("No vamos a cerrar la sala infantil el viernes", "es", 2),
            "different negation",
        ),
    ],
)
def test_wordings_that_differ_in_a_typed_value(a: Wording, b: Wording, reason: str) -> None:
    assert _reason(a, b) == reason


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one number written in two conventions; a time of day in two clocks
        (_w("Some 12,000 homes lost power", "en", 1), _w("Rund 12.000 Haushalte hatten keinen Strom", "de", 2)),
        (_w("Debt rose to 4.5 million euros", "en", 1), _w("La deuda subió a 4,5 millones de euros", "es", 2)),
        (_w("Power came back at 3 p.m.", "en", 1), _w("Der Strom kam um 15 Uhr zurück", "de", 2)),
        (_w("Power came back at 3 p.m.", "en", 1), _w("El suministro volvió a las 15:00", "es", 2)),
        # one sum with its scale in words and in digits; a length converted into other units
        (
            _w("They took watches worth an estimated €2 million", "en", 1),
            _w("They took watches worth an estimated two million euros", "en", 2, (("two million euros", ("2", "")),)),
        ),
        (
            _w("They chased him for 48km at speeds up to 193km/h for about 15 minutes", "en", 1),
            _w("They chased him for 30 miles at speeds up to 120 mph for about 15 minutes", "en", 2),
        ),
        (
            _w("The 6.1-magnitude quake struck at a depth of just 10 kilometers", "en", 1),
            _w("The quake struck at 0737 GMT at a depth of just 10 kilometres (6.2 miles)", "en", 2),
        ),
        # one wording leaves the number or the outcome out (a shorter quotation)
        (
            _w("We moved 40 patients to Dorvale Clinic and nobody was hurt", "en", 1),
            _w("We moved 40 patients to Dorvale Clinic", "en", 2),
        ),
        (_w("We moved 40 patients and nobody was hurt", "en", 1), _w("Nobody was hurt", "en", 2)),
        (_w("We moved 40 patients overnight", "en", 1), _w("We moved 40 patients, and 3 nurses stayed", "en", 2)),
        # one outcome in other words, denied in both (negative concord in Russian and Polish)
        (_w("No patient was harmed", "en", 1), _w("Not a single patient was hurt", "en", 2)),
        (_w("Nobody died", "en", 1), _w("Никто не погиб", "ru", 2)),
        (_w("Nobody died", "en", 1), _w("Nikt nie zginął", "pl", 2)),
        (_w("Ningún paciente estuvo en peligro", "es", 1), _w("Kein einziger Patient war in Gefahr", "de", 2)),
        # a negation elsewhere in the sentence, outside the outcome's clause
        (
            _w("We will not negotiate with criminals, and three patients were injured", "en", 1),
            _w("We refuse to negotiate with criminals; three patients were injured", "en", 2),
        ),
        # two different statements in one language: too few words in common to call one a denial of the other
        (_w("We will not give in to threats", "en", 1), _w("The hospital stays open for emergencies", "en", 2)),
    ],
)
def test_faithful_wordings_or_a_value_left_out_are_not_flagged(a: Wording, b: Wording) -> None:
    assert _reason(a, b) is None


def test_numbers_and_outcomes_are_read_per_language() -> None:
    assert numbers("Some 12,000 homes, 3 p.m. and 15:00") == frozenset({("12", "")})
    assert numbers("worth two million euros", (("two million euros", ("2", "")),)) == frozenset({("2", "")})
    assert numbers("at 0737 GMT at a depth of 10 kilometres (6.2 miles)") == {("1", "kilometre"), ("62", "mile")}
    assert outcomes("and not a single patient was put in danger", "en") == {
        "in danger": (True, "not a single patient was put in danger")
    }
    assert outcomes("и ни один пациент не погиб", "ru") == {"died": (True, "ни один пациент не погиб")}
    assert outcomes("the mortgage was paid", "en") == {}  # "mort-" is a French and Italian stem only
    assert outcomes("Két beteg meghalt", "hu") == {}  # a language the table does not hold
