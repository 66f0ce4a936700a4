"""A change from one value to another, and a negated speech verb, in every language the facts stage reads.

A new user's pension-reform trial: "с 62 до 64 лет" (from 62 to 64 years) was read as "up to 64", so the
comparison set a precise 65 elsewhere against a vague bound; English "from 62 to 65" gave no figure at all (the
model tags it a DATE). And "Delisz has not said what she will do" became a statement of hers ("what she will
do"). Each class is tested on invented text of another event, with near cases that must keep their reading.
"""

from __future__ import annotations

import pytest

from invented import article_facts

PUBLISHED = "2026-03-12"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Городской совет повысил плату за проезд с 40 до 55 рублей."),
        ("uk", "Міська рада підвищила тариф з 40 до 55 гривень."),
        ("pl", "Rada miasta podniosła liczbę linii z 40 do 55 linii."),
        ("de", "Der Stadtrat erhöhte die Zahl der Linien von 40 auf 55 Linien."),
        ("es", "El ayuntamiento elevó el número de líneas de 40 a 55 líneas."),
        ("fr", "La mairie a porté le nombre de lignes de 40 à 55 lignes."),
        ("en", "The city council raised the number of bus lines from 40 to 55."),
        ("ru", "Возраст выхода на пенсию повышен со 60 до 63 лет."),
    ],
)
def test_a_change_gives_the_old_and_the_new_value_exactly(language: str, text: str) -> None:
    figures = article_facts(language, text, published=PUBLISHED).figures
    old = [f for f in figures if f.value in (40, 60)]
    new = [f for f in figures if f.value in (55, 63)]
    assert len(old) == 1 and len(new) == 1, figures
    (o,), (n,) = old, new
    assert (n.exact, n.high, n.qualifier) == (True, None, None)  # not "up to 55"
    assert n.text[:1].isdigit()
    assert o.exact and o.type == n.type and o.counted == n.counted


def test_the_new_value_measures_what_it_measures_and_the_old_takes_it_on() -> None:
    (old, new) = article_facts(
        "ru", "Совет снизил ограничение скорости с 50 до 30 километров в час.", published=PUBLISHED
    ).figures
    assert (old.value, new.value) == (50, 30)
    assert old.text == "50" and old.type == new.type == "quantity" and old.unit == new.unit


@pytest.mark.parametrize(
    ("language", "text", "high"),
    [
        ("ru", "До 300 жителей могут остаться без света.", 300),
        ("pl", "Do 300 mieszkańców może zostać bez prądu.", 300),
        ("de", "Bis zu 500 Autos standen im Stau.", 500),
    ],
)
def test_an_upper_bound_without_a_from_stays_a_bound(language: str, text: str, high: int) -> None:
    (figure,) = [f for f in article_facts(language, text, published=PUBLISHED).figures if f.value == high]
    assert (figure.high, figure.exact) == (high, False)


def test_english_years_from_to_stay_a_date_and_a_bare_range_stays_a_range() -> None:
    facts = article_facts("en", "Prices were frozen from 2019 to 2021.", published=PUBLISHED)
    assert not facts.figures and [d.value for d in facts.dates] == ["2019"]
    facts = article_facts("en", "Membership rose from 1,200 to 1,500 people.", published=PUBLISHED)
    assert [(f.value, f.counted) for f in facts.figures] == [(1200, "people"), (1500, "people")]
    assert not facts.dates


@pytest.mark.parametrize(
    ("language", "negated", "stated"),
    [
        (
            "en",
            "Mayor Karl Brenner has not said what he will do with the budget surplus.",
            "Mayor Karl Brenner said he will veto the budget.",
        ),
        (
            "en",
            "Mayor Karl Brenner did not say that the budget would be vetoed.",
            "Mayor Karl Brenner said that the budget would be vetoed.",
        ),
        (
            "ru",
            "Мэр Карл Бреннер не сказал, что он будет делать с бюджетом.",
            "Мэр Карл Бреннер сказал, что наложит вето на бюджет.",
        ),
        (
            "uk",
            "Мер Карл Бреннер не сказав, що він робитиме з бюджетом.",
            "Мер Карл Бреннер сказав, що накладе вето на бюджет.",
        ),
        (
            "pl",
            "Burmistrz Karl Brenner nie powiedział, że zawetuje budżet.",
            "Burmistrz Karl Brenner powiedział, że zawetuje budżet.",
        ),
        (
            "de",
            "Bürgermeister Karl Brenner sagte nicht, dass er den Haushalt ablehnen werde.",
            "Bürgermeister Karl Brenner sagte, dass er den Haushalt ablehnen werde.",
        ),
        (
            "es",
            "El alcalde Karl Brenner no ha dicho que vetará el presupuesto.",
            "El alcalde Karl Brenner dijo que vetará el presupuesto.",
        ),
        (
            "fr",
            "Le maire Karl Brenner n'a pas dit ce qu'il fera du budget.",
            "Le maire Karl Brenner a déclaré qu'il opposera son veto au budget.",
        ),
        (
            "it",
            "Il sindaco Karl Brenner non ha detto che porrà il veto al bilancio.",
            "Il sindaco Karl Brenner ha detto che porrà il veto al bilancio.",
        ),
    ],
)
def test_a_negated_speech_verb_is_no_statement(language: str, negated: str, stated: str) -> None:
    assert article_facts(language, negated, published=PUBLISHED).quotes == []
    (quote,) = article_facts(language, stated, published=PUBLISHED).quotes
    assert quote.kind == "reported" and quote.speaker_name is not None
