"""An age written after a person's noun is an age, never a count of years (invented text; fix15): "il sindaco, di
52 anni,", "o autarca, de 52 anos,", "el alcalde de 52 años", "âgé de 52 ans", "52-летний мэр", "52-letni
burmistrz" were read as counts of 52 (so a reader could set them against "served for 12 years"). A role title
or a noun of a person before the number, or a word of being aged, makes it an age; a thing's noun ("una condena
de 12 años", "el puente, de 40 años,") and a length of service stay what they were.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crosswire.facts.languages.ages import of_age_end, person_noun
from test_compare_core import fixture_units

AGES = [
    ("it", "Il sindaco, di 52 anni, ha detto che il ponte sarà riaperto a maggio.", "52 anni"),
    ("it", "Un uomo di 52 anni è stato arrestato ieri sera a Orvel.", "52 anni"),
    ("it", "La donna, all'età di 52 anni, ha lasciato la guida del comune.", "52 anni"),
    ("pt", "O autarca, de 52 anos, disse que a ponte será reaberta em maio.", "52 anos"),
    ("pt", "Um homem de 52 anos foi detido na noite de ontem em Orvel.", "52 anos"),
    ("es", "El alcalde, de 52 años, dijo que el puente será reabierto en mayo.", "52 años"),
    ("es", "Una mujer de 52 años resultó herida en el incendio del depósito.", "52 años"),
    ("fr", "Le maire, âgé de 52 ans, a dit que le pont serait rouvert en mai.", "52 ans"),
    ("fr", "La victime, une femme de 52 ans, a été hospitalisée à Orvel.", "52 ans"),
    ("fr", "Le maire, 52 ans, a annoncé sa démission lundi.", "52 ans"),
    ("ru", "52-летний мэр заявил, что мост будет вновь открыт в мае.", "52-летний"),
    ("ru", "Мэр, в возрасте 52 лет, заявил о своей отставке.", "52 лет"),
    ("uk", "52-річний мер заявив, що міст буде знову відкрито в травні.", "52-річний"),
    ("pl", "52-letni burmistrz powiedział, że most zostanie ponownie otwarty w maju.", "52-letni"),
    ("de", "Der 52-jährige Bürgermeister sagte, die Brücke werde im Mai wieder geöffnet.", "52-jährige"),
    ("en", "The 52-year-old mayor said the bridge would reopen in May.", "52-year-old"),
    ("en", "Mayor Ilse Varnholt, 52, said the bridge would reopen in May.", "52"),
]
NOT_AGES = [
    ("es", "Una condena de 12 años fue impuesta al acusado por el tribunal.", "12"),
    ("es", "El puente, de 40 años, será demolido el próximo verano.", "40"),
    ("pt", "Durante 12 anos, o autarca liderou a câmara de Orvel.", "12"),
    ("it", "Ha guidato il comune per 12 anni, ha detto il sindaco.", "12"),
    ("en", "Varnholt, who has served for 12 years, said the bridge would reopen.", "12"),
]


def _values(tmp_path: Path, language: str, sentence: str):
    row = {"id": "a", "outlet": "O", "published": "2026-05-06", "language": language, "text": "Orvel\n\n" + sentence}
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    _data, units = fixture_units(tmp_path, path)
    return [v for u in units for v in u.values]


@pytest.mark.parametrize(("language", "sentence", "written"), AGES, ids=[f"{a[0]}-{i}" for i, a in enumerate(AGES)])
def test_a_number_of_years_after_a_persons_noun_is_an_age(tmp_path, language, sentence, written) -> None:
    values = _values(tmp_path, language, sentence)
    assert [(v.text, v.value) for v in values if v.kind == "age"] == [(written, 52.0)], values
    assert not any(v.kind in ("count", "duration") and v.value == 52.0 for v in values), values


@pytest.mark.parametrize(
    ("language", "sentence", "number"), NOT_AGES, ids=[f"{a[0]}-{i}" for i, a in enumerate(NOT_AGES)]
)
def test_a_things_years_or_a_length_of_service_is_no_age(tmp_path, language, sentence, number) -> None:
    values = _values(tmp_path, language, sentence)
    assert not any(v.kind == "age" for v in values), values
    assert any(v.value == float(number) for v in values), values


def test_the_readers_of_a_persons_noun_and_of_age() -> None:
    assert person_noun("sindaco", "it") and person_noun("мэр", "ru") and person_noun("Bürgermeister", "de")
    assert person_noun("autarca", "pt") and person_noun("mujer", "es")
    assert not person_noun("condena", "es") and not person_noun("puente", "es")
    text = "un uomo di 52 anni"
    assert of_age_end(text, text.index("52"), text.index("52") + 2, "it") == len(text)
    text = "una condena de 12 años"
    assert of_age_end(text, text.index("12"), text.index("12") + 2, "es") is None
    text = "âgée de 52 ans"
    assert of_age_end(text, text.index("52"), text.index("52") + 2, "fr") == len(text)
