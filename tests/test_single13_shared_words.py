"""A would-be "only X reports" sentence sharing the story's rare words and a name with another outlet's sentence
of its language is left out (crosswire.compare.claims.single_shared_words).

The class, from the development halves of the alignment gold: another outlet states the fact in its own syntax
("Stefanski rewarded Cheeks with two contract extensions" / "Cheeks' new contract extension, Stefanski said"), not
anchored on one speaker or subject, under the encoder's bars. Texts invented in every language the class exists
in; the terms are the lemma keys the facts stage gives (``Claim.terms``), written out here.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.align import ClaimAlignment
from crosswire.compare.claims.single_shared_words import name_words, other_measure, rare_shared, shared_rare_words
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import EventItem, FigureItem, FigureSlot, FigureValue, Item
from crosswire.facts.records import Claim, Value
from crosswire.model import Evidence


def _unit(index: int, source: int, text: str, lang: str, terms: str, entities: tuple[str, ...] = ()) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=lang)
    return Unit(
        index=index,
        source=source,
        article=f"a{index}",
        claim=claim,
        text=text,
        position=0.5,
        entities=frozenset(entities),
        terms=frozenset(terms.split()),
    )


def _event(u: Unit) -> EventItem:
    ev = Evidence(article=u.article, text=u.text, start=0, end=len(u.text))
    return EventItem(summary=u.text, sources=[u.source], evidence=[ev])


# Background sentences of both outlets: every story has words many of its sentences use (the scene's words).
FILLER = "city council meeting report week"


def _story(mine: Unit, theirs: Unit) -> tuple[list[Item], ClaimAlignment]:
    filler = [_unit(10 + k, 1 + k % 2, "Filler sentence.", mine.language, FILLER) for k in range(4)]
    units = [mine, theirs, *filler]
    claims = ClaimAlignment(units=units, pairs=[], groups=[], canonical={}, agree=0.5, related=0.25)
    return [_event(mine)], claims


# (language, item sentence and terms, other outlet's sentence and terms, the shared entity)
RESTATED = [
    (
        "en",
        ("Stefanski rewarded Cheeks with two contract extensions in seven months.", "reward contract extension month"),
        (
            "Speaking about Cheeks' new contract extension, Stefanski praised him.",
            "speak new contract extension praise",
        ),
        "person:Maurice Cheeks",
    ),
    (
        "de",
        (
            "Nach der Nachricht veröffentlichte Burton auf Instagram eine Liebeserklärung.",
            "nachricht veröffentlichen instagram liebeserklärung",
        ),
        ("Burton nahm auf Instagram mit einer Liebeserklärung Abschied.", "nehmen instagram liebeserklärung abschied"),
        "person:Lewis Burton",
    ),
    (
        "es",
        ("Este martes Sánchez ha logrado la investidura por solo dos votos.", "martes lograr investidura solo voto"),
        ("Sánchez logró el martes la investidura con 167 votos a favor.", "lograr martes investidura voto favor"),
        "person:Pedro Sánchez",
    ),
    (
        "fr",
        (
            "Le Vietnam assure la présidence de l'ASEAN et siège au Conseil de sécurité.",
            "assurer présidence siéger conseil sécurité",
        ),
        (
            "Le Vietnam, qui assure la présidence tournante de l'ASEAN, a accueilli le sommet.",
            "assurer présidence tournant accueillir sommet",
        ),
        "place:Vietnam",
    ),
    (
        "pl",
        (
            "Taki scenariusz jest możliwy według źródeł, na które powołuje się Onet.",
            "taki scenariusz możliwy źródło powoływać",
        ),
        (
            "Jak podał Onet, partia taki scenariusz analizowała z prawnikami.",
            "podać partia taki scenariusz analizować prawnik",
        ),
        "organisation:Onet",
    ),
    (
        "ru",
        (
            "Профсоюз Cockpit добивается повышения заработной платы пилотов.",
            "профсоюз добиваться повышение заработный плата пилот",
        ),
        (
            "Cockpit требует повышения заработной платы и лучших условий.",
            "требовать повышение заработный плата хороший условие",
        ),
        "organisation:Cockpit",
    ),
    (
        "uk",
        ("Страйк бортпровідників Ryanair торкнеться рейсів до Іспанії.", "страйк бортпровідник торкнутися рейс"),
        ("Через страйк бортпровідників Ryanair скасовує рейси.", "страйк бортпровідник скасовувати рейс"),
        "organisation:Ryanair",
    ),
    (
        "it",
        (
            "Il governo ha chiuso scuole e università in tutto il paese, disse Azzolina.",
            "governo chiudere scuola università paese",
        ),
        (
            "Azzolina ha annunciato la chiusura di scuole e università fino al 15 marzo.",
            "annunciare chiusura scuola università marzo",
        ),
        "person:Lucia Azzolina",
    ),
    (
        "pt",
        ("O incêndio destruiu a casa dos macacos do zoológico de Krefeld.", "incêndio destruir casa macaco zoológico"),
        ("Um incêndio matou os macacos na casa do zoológico de Krefeld.", "incêndio matar macaco casa zoológico"),
        "place:Krefeld",
    ),
]


@pytest.mark.parametrize(("lang", "mine", "theirs", "entity"), RESTATED)
def test_rare_words_and_a_name_shared_leave_the_item_out(lang, mine, theirs, entity):
    u = _unit(0, 1, mine[0], lang, mine[1], (entity,))
    v = _unit(1, 2, theirs[0], lang, theirs[1], (entity,))
    items, claims = _story(u, v)
    assert shared_rare_words(items, claims) == {0}  # before: "only X reports"


@pytest.mark.parametrize(("lang", "mine", "theirs", "entity"), RESTATED)
def test_without_the_shared_name_two_rare_words_are_not_enough(lang, mine, theirs, entity):
    u = _unit(0, 1, mine[0], lang, mine[1], (entity,))
    v = _unit(1, 2, theirs[0], lang, theirs[1], ("person:Someone Else",))
    items, claims = _story(u, v)
    shared = rare_shared(u, v, frozenset(mine[1].split()) | frozenset(theirs[1].split()))
    assert (shared_rare_words(items, claims) == {0}) == (len(shared) >= 3)


@pytest.mark.parametrize(("lang", "mine", "theirs", "entity"), RESTATED)
def test_the_same_source_or_another_language_is_no_restatement(lang, mine, theirs, entity):
    u = _unit(0, 1, mine[0], lang, mine[1], (entity,))
    same_source = _unit(1, 1, theirs[0], lang, theirs[1], (entity,))
    assert shared_rare_words(*_story(u, same_source)) == set()
    other_language = _unit(1, 2, theirs[0], "xx" if lang != "xx" else "yy", theirs[1], (entity,))
    assert shared_rare_words(*_story(u, other_language)) == set()


def test_one_shared_word_and_a_name_is_the_scene_not_the_fact():
    # Near-miss: two different facts of one person, sharing one rare word ("contract").
    u = _unit(0, 1, "Cheeks signed a contract in 2005.", "en", "sign contract", ("person:Maurice Cheeks",))
    v = _unit(
        1,
        2,
        "Cheeks was fired with a contract through next season.",
        "en",
        "fire contract next season",
        ("person:Maurice Cheeks",),
    )
    assert shared_rare_words(*_story(u, v)) == set()


def test_words_the_story_uses_everywhere_are_not_rare():
    # Near-miss: the shared words are the scene's (each in more than three sentences), not the fact's.
    u = _unit(0, 1, "The council meeting report came this week.", "en", FILLER, ("organisation:City Council",))
    v = _unit(1, 2, "A council meeting report is due next week.", "en", FILLER + " due", ("organisation:City Council",))
    assert shared_rare_words(*_story(u, v)) == set()


def test_name_words_count_as_the_name_not_as_shared_words():
    # "Los Angeles" in both: one entity, not two shared words ("los", "angeles").
    u = _unit(
        0,
        1,
        "The helicopter crashed 40 miles from Los Angeles.",
        "en",
        "helicopter crash mile los angeles",
        ("place:Los Angeles",),
    )
    v = _unit(
        1,
        2,
        "A memorial was held in Los Angeles on Monday.",
        "en",
        "memorial hold los angeles monday",
        ("place:Los Angeles",),
    )
    assert name_words(u) == {"los", "angeles"}
    assert shared_rare_words(*_story(u, v)) == set()


def _km(n: float) -> Value:
    return Value(kind="quantity", text=f"{n:g} km", start=0, end=4, value=n, unit="km")


@pytest.mark.parametrize(
    ("lang", "mine", "theirs"),
    [
        ("en", "The quake struck at a depth of 10 km near the town.", "Its epicentre lay 18 km south of the town."),
        (
            "de",
            "Das Beben ereignete sich in 10 km Tiefe nahe der Stadt.",
            "Das Epizentrum lag 18 km südlich der Stadt.",
        ),
        (
            "es",
            "El sismo se produjo a 10 km de profundidad cerca de la ciudad.",
            "El epicentro se situó a 18 km al sur.",
        ),
    ],
)
def test_other_numbers_of_one_measure_are_two_facts(lang, mine, theirs):
    # Near-miss from the example corpus: the shared rare words are the quantity's ("epicentre", "kilometre").
    terms = "quake epicentre kilometre depth town"
    u = _unit(0, 1, mine, lang, terms, ("place:Zarovsk",))
    v = _unit(1, 2, theirs, lang, terms + " south", ("place:Zarovsk",))
    u.claim.values.append(_km(10))
    v.claim.values.append(_km(18))
    assert other_measure(u, v)
    assert shared_rare_words(*_story(u, v)) == set()
    v.claim.values[0] = _km(10)  # the same depth in other words: one fact
    assert shared_rare_words(*_story(u, v)) == {0}


def test_a_figure_is_restated_only_with_its_number():
    # "two contract extensions" beside "new contract extension": the number is the figure's, and no other
    # source gives it; the figure stays "only X" (restated.same_figure decides figures).
    mine, theirs, entity = RESTATED[0][1], RESTATED[0][2], RESTATED[0][3]
    u = _unit(0, 1, mine[0], "en", mine[1], (entity,))
    v = _unit(1, 2, theirs[0], "en", theirs[1], (entity,))
    _items, claims = _story(u, v)
    ev = Evidence(article=u.article, text=u.text, start=0, end=len(u.text))
    figure = FigureItem(
        summary="Contract extensions: 2 [1]",
        sources=[u.source],
        evidence=[ev],
        slot=FigureSlot(counted="contract extensions"),
        values=[FigureValue(text="two", value=2.0, sources=[u.source], evidence=[ev])],
    )
    assert shared_rare_words([figure, _event(u)], claims) == {1}
