"""Heights and distances are typed quantities in every language, and times of day are read in every language
with whether they are given as approximate. Invented sentences (an invented dam, tower, gorge and blast)."""

from __future__ import annotations

import pytest

from invented import paragraph_facts

PUBLISHED = "2026-06-10"


def _quantities(language: str, text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [(f.type, f.value, f.low, f.unit) for f in facts.figures if f.type in ("count", "quantity")]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "Плотина поднимается на высоту 220 метров над долиной.", 220),
        ("fr", "Le barrage de Velmor culmine à 1 250 mètres.", 1250),
        ("pl", "Zapora w Velmorze ma 310 metrów wysokości.", 310),
        ("es", "La presa de Velmor tiene 95 metros de altura.", 95),
        ("de", "Der Staudamm von Velmor ist 310 Meter hoch.", 310),
        ("uk", "Гребля піднімається на висоту 220 метрів.", 220),
        ("it", "La diga di Velmor è alta 95 metri.", 95),
        ("ru", "Поезд проехал ещё 12 километров до станции.", 12),
    ],
)
def test_a_length_is_a_quantity_in_its_unit_not_a_count(language, text, value):
    found = _quantities(language, text)
    assert [(t, v) for t, v, _low, _unit in found] == [("quantity", value)]
    assert found[0][3] in ("metre", "kilometre")


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "Двенадцать человек погибли при обрушении.", 12),
        ("fr", "Douze passagers ont été blessés.", 12),
        ("es", "Cuarenta vecinos fueron evacuados.", 40),
    ],
)
def test_counts_of_people_stay_counts(language, text, value):
    assert [(t, v) for t, v, _low, _unit in _quantities(language, text)] == [("count", value)]


def test_a_vague_number_of_metres_is_a_quantity():
    ((kind, value, low, unit),) = _quantities("fr", "Le car a chuté d'une trentaine de mètres dans le ravin.")
    assert (kind, value, unit) == ("quantity", None, "metre") and low is not None


def _times(language: str, text: str) -> list[tuple[float | None, str | None, bool]]:
    facts = paragraph_facts(language, text, PUBLISHED)
    return [(v.value, v.qualifier, v.exact) for c in facts.claims for v in c.values if v.kind == "time"]


@pytest.mark.parametrize(
    ("language", "text", "minutes", "qualifier"),
    [
        ("en", "The blast at the Velmor plant happened at about 6:40 a.m., police said.", 400, "about"),
        ("en", "The blast at the Velmor plant happened at 19:40, police said.", 1180, None),
        ("fr", "L'explosion s'est produite vers 7h40 à l'usine de Velmor.", 460, "vers"),
        ("fr", "L'explosion s'est produite à 19 h 40 à l'usine de Velmor.", 1180, None),
        ("ru", "Около 6:40 утра на заводе в Вельморе произошёл взрыв.", 400, "Около"),
        ("ru", "Взрыв на заводе в Вельморе произошёл в 19:40.", 1180, None),
        ("pl", "Do wybuchu w zakładzie w Velmorze doszło o 6.40 rano.", 400, None),
        ("pl", "Do wybuchu w zakładzie w Velmorze doszło około 7.40.", 460, "około"),
        ("es", "La explosión en la planta de Velmor ocurrió a las 6.40 de la mañana.", 400, None),
        ("es", "La explosión en la planta de Velmor ocurrió hacia las 7.40.", 460, "hacia las"),
        ("de", "Die Explosion im Werk Velmor ereignete sich gegen 7.40 Uhr.", 460, "gegen"),
        ("ru", "Взрыв на заводе в Вельморе произошёл в 6:40 утра.", 400, None),
        ("uk", "Вибух на заводі у Вельморі стався близько 6:40 ранку.", 400, "близько"),
        ("it", "L'esplosione nello stabilimento di Velmor è avvenuta verso le 7.40.", 460, "verso le"),
        ("pt", "A explosão na fábrica de Velmor ocorreu por volta das 7h40.", 460, "por volta das"),
    ],
)
def test_times_of_day_are_read_with_their_approximation(language, text, minutes, qualifier):
    assert _times(language, text) == [(minutes, qualifier, qualifier is None)]


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Die Regierung von Velmor gewährt der Reederei Tarvik eine Finanzspritze über 8 Milliarden Euro.", None),
        ("Der Werft von Velmor droht ein Bußgeld über 40 Millionen Euro.", None),
        ("Bei dem Unglück in Velmor wurden über 40 Menschen verletzt.", "über"),
        ("Über 40 Menschen wurden in Velmor verletzt.", "Über"),
    ],
)
def test_german_ueber_after_a_noun_says_what_a_sum_is_not_a_bound(text, qualifier):
    facts = paragraph_facts("de", text, PUBLISHED)
    assert [f.qualifier for f in facts.figures if f.type in ("money", "count")] == [qualifier]
