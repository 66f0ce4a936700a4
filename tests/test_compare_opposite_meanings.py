"""Opposite statements never agree: a quote and its opposite across languages, and a figure given in one language
against the others'.

A new user's wildfire story (six outlets, five languages) cited a Russian «Худшее ещё впереди» (the worst is still
ahead) under the others' "The worst is behind us", showed the English pair only as two wordings, and never set the
Russian 6800 hectares against the others' 4200. Invented fixtures of other events (a flood, prices, a storm), in
several languages: the direction and time words are data (``[poles]`` of ``data/quote_meanings.toml``).
"""

from __future__ import annotations

import pytest

from crosswire.compare.align import StoryData
from crosswire.compare.quote_meaning import Wording, difference, opposite_outcomes, opposite_poles, poles
from crosswire.compare.records import ClaimConflict
from test_compare_core import compare_texts

# -- poles of one direction or time, per language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "la", "b", "lb", "pair"),
    [
        ("The hardest days are behind us", "en", "Самые тяжёлые дни ещё впереди", "ru", "past or to come"),
        ("Los días más duros ya han pasado", "es", "Die schwersten Tage stehen noch bevor", "de", "past or to come"),
        ("Najtrudniejsze dni mamy za sobą", "pl", "The hardest days are still to come", "en", "past or to come"),
        ("Le pire est derrière nous", "fr", "Il peggio deve ancora venire", "it", "past or to come"),
        ("The flood is over", "en", "Das Hochwasser ist noch nicht vorbei", "de", "past or to come"),
        ("El peligro no ha pasado", "es", "Niebezpieczeństwo minęło", "pl", "past or to come"),
        ("Найгірше позаду", "uk", "O pior ainda está por vir", "pt", "past or to come"),
        ("The river is still rising", "en", "Poziom rzeki spada", "pl", "rising or falling"),
        ("Цены растут", "ru", "Los precios bajan", "es", "rising or falling"),
        ("Die Zahl der Fälle steigt", "de", "Le nombre de cas diminue", "fr", "rising or falling"),
        ("We left before the water came", "en", "Salimos después de que llegara el agua", "es", "before or after"),
    ],
)
def test_two_poles_of_one_direction_or_time_are_opposite(a, la, b, lb, pair) -> None:  # type: ignore[no-untyped-def]
    assert opposite_poles(a, la, b, lb) == pair
    assert opposite_outcomes(a, la, b, lb) == pair  # the quote readers' one entry point reads them too


@pytest.mark.parametrize(
    ("a", "la", "b", "lb"),
    [
        ("The hardest days are behind us", "en", "Najtrudniejsze dni mamy za sobą", "pl"),
        ("Самые тяжёлые дни ещё впереди", "ru", "The hardest days are still ahead", "en"),
        ("Das Schlimmste ist vorbei", "de", "Lo peor ya ha pasado", "es"),
        ("The river is still rising", "en", "Уровень воды в реке растёт", "ru"),
        ("The flood is not over", "en", "Das Hochwasser ist noch nicht vorbei", "de"),
        ("We met the mayor on Monday", "en", "Nos reunimos con el alcalde el lunes", "es"),
    ],
)
def test_faithful_renderings_are_not_opposed(a, la, b, lb) -> None:  # type: ignore[no-untyped-def]
    assert opposite_outcomes(a, la, b, lb) is None


def test_a_wording_naming_both_poles_reads_neither() -> None:
    assert poles("What rose in spring fell in summer", "en") == {}


def test_the_label_shows_the_whole_pole_phrase() -> None:
    assert poles("The worst is behind us", "en")["past or to come"] == (False, "is behind us")
    assert poles("Es ist noch nicht vorbei", "de")["past or to come"] == (True, "nicht vorbei")


def test_two_wordings_of_opposite_meaning_are_a_typed_quote_difference() -> None:
    wordings = [
        Wording("The hardest days are behind us", "en", (1,), ()),
        Wording("Самые тяжёлые дни ещё впереди", "ru", (2,), ()),
        Wording("Najtrudniejsze dni mamy za sobą", "pl", (3,), ()),
    ]
    found = difference(StoryData.__new__(StoryData), "Mara Tolen", wordings)
    assert found is not None and found.reason == "opposite meaning"
    assert sorted(s.sources for s in found.sides) == [[1, 3], [2]]


# -- the whole story: a flood in five languages -------------------------------------------------------------------

EN = (
    "KELLIN (Riverside Wire) - Floodwaters from the Vessa river have forced about 2,400 people from their homes in "
    "the town of Kellin, officials said on Tuesday. The flood had covered 3,100 hectares of farmland by Tuesday "
    'morning, the regional water authority said. "The worst is behind us," Mayor Mara Tolen told reporters in '
    "Kellin on Tuesday. Army engineers built a temporary dam near the village of Orsk."
)
ES = (
    "Las inundaciones del río Vessa obligaron a unas 2.400 personas a abandonar sus casas en la ciudad de Kellin, "
    "informaron el martes las autoridades. Según la autoridad regional del agua, el agua había cubierto 3.100 "
    'hectáreas de tierras de cultivo hasta la mañana del martes. "Lo peor ya ha pasado", dijo a la prensa la '
    "alcaldesa Mara Tolen."
)
DE = (
    "Das Hochwasser der Vessa hat in der Stadt Kellin rund 2400 Menschen aus ihren Häusern vertrieben, teilten die "
    "Behörden am Dienstag mit. Nach Angaben der regionalen Wasserbehörde standen bis Dienstagmorgen 3100 Hektar "
    "Ackerland unter Wasser. „Das Schlimmste haben wir hinter uns“, sagte Bürgermeisterin Mara Tolen."
)
RU = (
    "Наводнение на реке Весса: из Келлина эвакуированы 2400 человек. Паводок на реке Весса вынудил около 2400 "
    "человек покинуть свои дома в городе Келлин, сообщили во вторник власти. По данным региональной водной "
    "службы, к утру вторника вода затопила 5400 гектаров сельскохозяйственных угодий. «Худшее ещё впереди», — "
    "заявила журналистам мэр Мара Толен."
)


@pytest.fixture(scope="module")
def flood(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    rows = [
        ("f-en", "Riverside Wire", "2026-04-14", EN),
        ("f-es", "Diario del Valle", "2026-04-14", ES),
        ("f-de", "Flussbote", "2026-04-14", DE),
        ("f-ru", "Речной вестник", "2026-04-14", RU),
    ]
    return compare_texts(tmp_path_factory.mktemp("flood"), rows)


def _outlets(story) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {o: s.n for s in story.sources for o in s.outlets}


def test_a_quote_rendered_with_the_opposite_meaning_is_a_conflict_not_an_agreement(flood) -> None:  # type: ignore[no-untyped-def]
    ru = _outlets(flood)["Речной вестник"]
    quoted = [c for c in flood.conflicts if isinstance(c, ClaimConflict) and c.measure.startswith("what ")]
    assert quoted, [c.summary for c in flood.conflicts]
    assert [ru] in [side.sources for side in quoted[0].sides]
    assert all(len(side.sources) >= 1 for side in quoted[0].sides) and len(quoted[0].sides) == 2
    for item in flood.agreed:  # the Russian quote is cited under no agreement with "the worst is behind us"
        texts = " ".join(ev.text for ev in item.evidence)
        assert not ("впереди" in texts and ("behind us" in texts or "ha pasado" in texts or "hinter uns" in texts))


def test_a_figure_one_language_gives_differently_is_set_against_the_others(flood) -> None:  # type: ignore[no-untyped-def]
    n = _outlets(flood)
    area = [
        c
        for c in flood.conflicts
        if ("5400" in c.summary or "5,400" in c.summary) and ("3,100" in c.summary or "3100" in c.summary)
    ]
    assert area, [c.summary for c in flood.conflicts]
    sides = [set(side.sources) for side in area[0].sides]
    assert {n["Речной вестник"]} in sides
    others = [side for side in sides if n["Речной вестник"] not in side]
    assert any(n["Riverside Wire"] in side or n["Flussbote"] in side for side in others)


def test_a_quote_told_the_opposite_way_is_labelled_a_different_meaning(flood) -> None:  # type: ignore[no-untyped-def]
    quoted = [c for c in flood.conflicts if isinstance(c, ClaimConflict) and c.measure.startswith("what ")]
    assert quoted and {c.reason for c in quoted} == {"different meaning"}, [(c.reason, c.summary) for c in quoted]


def test_the_wordings_line_names_the_opposite_rendering_as_such(flood) -> None:  # type: ignore[no-untyped-def]
    ru = _outlets(flood)["Речной вестник"]
    lines = [s for s in flood.brief if s.text.startswith("Mara Tolen's words")]
    for line in lines:  # when the faithful renderings make a variant, its line names the Russian one apart
        assert "with a different meaning: “Худшее ещё впереди”" in line.text, line.text
        assert ru in line.sources and any(ev.text.startswith("«Худшее") for ev in line.evidence)
