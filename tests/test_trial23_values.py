"""Values and labels a new user's rocket-explosion trial found wrong, each as a class with invented text of other
events: a day shown with its sentence's full stop ("24 ноября."), a model's number read as a count ("Skyrunner-2"
as 2 companies), a tally's second number read as a count of its own ("11 голосами против 6"), countries named in
two languages taken for two scopes (12 vs 14 satellites "different scope"), and a sentence whose only number is a
small count of nothing compared ("за два часа") listed by neither single-source reader."""

from __future__ import annotations

from datetime import date

import pytest

from crosswire.facts.languages.dates import dates_in
from crosswire.facts.languages.lexicon import words_for
from crosswire.facts.languages.numbers import figures_in
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Паром сел на мель в четверг, 12 марта.", "ru", "12 марта"),
        ("Prom osiadł na mieliźnie w czwartek, 12 marca.", "pl", "12 marca"),
        ("El ferry encalló el jueves 12 de marzo.", "es", "12 de marzo"),
        ("Паром сел на мель 12 мар. утром.", "ru", "12 мар."),  # an abbreviation keeps its dot
    ],
)
def test_a_day_keeps_no_sentence_full_stop(text, language, day):
    found = [d.text for d in dates_in(text, 0, (0, len(text)), words_for(language), language, date(2026, 3, 13))]
    assert day in found


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Самолёт Ан-124 авиакомпании доставил груз.", "ru"),
        ("Der Airbus A-380 der Gesellschaft landete sicher.", "de"),
        ("Samolot Boeing-737 firmy wylądował bezpiecznie.", "pl"),
    ],
)
def test_a_model_number_is_no_count(text, language):
    assert figures_in(text, [], 0, (0, len(text)), words_for(language), language) == []


def _facts(tmp_path, rows):
    import json

    from crosswire.pipeline import ingest_paths
    from crosswire.store import Store

    path = tmp_path / "articles.jsonl"
    path.write_text(
        "".join(json.dumps(dict(zip(("id", "outlet", "published", "text"), r, strict=True))) + "\n" for r in rows)
    )
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, [path], stories=False)
        return {r[0]: store.get_facts(r[0]) for r in rows}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Городской совет проголосовал 9 голосами против 4 за закрытие моста через реку."),
        ("pl", "Rada miasta zagłosowała stosunkiem głosów 9 do 4 za zamknięciem mostu na rzece."),
    ],
)
def test_a_tally_is_no_count_of_its_numbers(tmp_path, language, text):
    facts = _facts(tmp_path, [(language, "Vesti", "2026-03-12", text)])[language]
    assert [f["value"] for f in facts["figures"]] == []
    assert [v["kind"] for c in facts["claims"] for v in c["values"]] == ["tally"]


def test_countries_in_two_languages_are_one_place():
    from crosswire.compare.claims.values import _in_english

    assert _in_english(frozenset({"place:Норвегия", "place:Польша"})) == {"Norway", "Poland"}
    assert _in_english(frozenset({"place:Noruega", "place:Polonia"})) == {"Norway", "Poland"}
    assert _in_english(frozenset({"place:Kelmouth"})) == {"Kelmouth"}  # a town no gazetteer knows stays itself


def test_countries_named_in_two_languages_are_one_scope(tmp_path):
    rows = [
        (
            "en",
            "Harbour Daily",
            "2026-03-12",
            "The ferry sank off Kelmouth on Thursday carrying 30 new cars for dealers in Germany, France and Italy.",
        ),
        (
            "ru",
            "Вести",
            "2026-03-12",
            "Паром затонул у Келмута в четверг. На борту находились 32 новых автомобиля для дилеров из Германии, "
            "Франции и Италии.",
        ),
    ]
    conflicts = compare_texts(tmp_path, rows).conflicts
    assert conflicts and all(c.reason != "different scope" for c in conflicts)
