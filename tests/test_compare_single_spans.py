"""How long a state has lasted, told as a length by one source ("près de quarante ans de production") and as a
start year by another ("since 1987"), is one fact: neither is "only X reports" (issue 12;
crosswire.compare.claims.single_spans, ``data/state_spans.toml``). And a share one source alone gives, told as
someone's reported words in a language the English readers leave out ("poinformowała, że ... stanowią 18 proc. jej
przychodów"), is "only X reports" (crosswire.compare.claims.single_values). Nor is a third source's sentence that
names the place of what two other sources agree on and reads near both (crosswire.compare.claims.single_groups).
Every text here is invented."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from crosswire.compare.claims.groups import Group
from crosswire.compare.claims.single_groups import restates_group
from crosswire.compare.claims.single_spans import _meet, same_span, spans
from crosswire.compare.claims.single_values import _key
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import Comparison
from crosswire.facts.records import Claim, Value
from test_compare_core import compare_texts


@pytest.mark.parametrize(
    ("sentence", "lang", "inside"),
    [
        ("The yard has built ferries in Brelund for nearly forty years.", "en", 39),
        ("The yard has built ferries in Brelund for more than 30 years.", "en", 33),
        ("Ferries have been built in Brelund for about four decades.", "en", 39),
        ("Le chantier met fin à près de quarante ans de construction navale.", "fr", 39),
        ("Seit fast vier Jahrzehnten laufen dort Fähren vom Stapel.", "de", 38),
        ("El astillero cierra tras casi cuatro décadas de actividad.", "es", 38),
        ("Il cantiere chiude dopo quasi quarant'anni di attività.", "it", 39),
        ("O estaleiro fecha após quase quatro décadas de atividade.", "pt", 39),
        ("Stocznia działała od prawie czterdziestu lat.", "pl", 39),
        ("Верфь работала почти сорок лет.", "ru", 39),
        ("The yard has built ferries in Brelund since 1987.", "en", 39),
        ("Die Werft baut dort seit 1987 Fähren.", "de", 39),
        ("Le chantier construit des ferries depuis 1987.", "fr", 39),
        ("Stocznia buduje promy w Brelund od 1987 r.", "pl", 39),
        ("Верфь строит паромы с 1987 года.", "ru", 39),
    ],
)
def test_a_length_or_a_start_year_gives_a_span(sentence: str, lang: str, inside: float) -> None:
    got = spans(sentence, lang, 2026)
    assert any(lo <= inside <= hi for lo, hi in got), got


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("The captain, 40 years old, was not hurt.", "en"),
        ("A 40-year-old welder was hurt.", "en"),
        ("The yard was sold two years ago.", "en"),
        ("The yard has built ferries since 2025.", "en"),
        ("The yard builds forty ferries a year.", "en"),
    ],
)
def test_an_age_a_short_span_or_a_rate_gives_none(sentence: str, lang: str) -> None:
    assert spans(sentence, lang, 2026) == []


def test_a_start_year_needs_the_articles_year() -> None:
    assert spans("The yard has built ferries since 1987.", "en", None) == []


def test_spans_meet_or_not() -> None:
    nearly_forty = spans("für fast vier Jahrzehnte", "de", 2026)[0]
    since = spans("since 1987", "en", 2026)[0]
    assert same_span(nearly_forty, since)
    assert not same_span(spans("for more than twenty years", "en", 2026)[0], since)
    assert not same_span(spans("since 2016", "en", 2026)[0], since)


def test_a_share_under_one_is_a_value_the_other_languages_list_by() -> None:
    share = Value(kind="percent", text="18 proc.", start=0, end=8, value=0.18)
    assert _key(share, "pl") == ("percent", 0.18, None, False)
    one = Value(kind="count", text="jeden", start=0, end=5, value=1.0)
    assert _key(one, "pl") is None


YARD_EN = (
    "Brelund Shipyard will close its ferry yard in Kestova by the end of March, cutting 1,300 jobs, the company said "
    "on Monday. The yard has built ferries in Kestova since 1987 and is the largest employer in the port. "
    "Chief executive Anna Roos said falling orders from Nordic operators had made the site unprofitable. "
    "The regional government said it would look for a new owner for the yard."
)
YARD_FR = (
    "Le constructeur naval Brelund Shipyard va fermer son chantier de Kestova d'ici fin mars, supprimant 1 300 "
    "emplois, a annoncé lundi l'entreprise. "
    "L'entreprise met fin à près de quarante ans de construction navale dans le port. "
    "La directrice générale Anna Roos a invoqué la chute des commandes des armateurs nordiques. "
    "Un comité de soutien aux salariés a été créé dimanche soir par trois anciens soudeurs du chantier."
)
YARD_PL = (
    "Stocznia Brelund zamknie zakład w Kestovej do końca marca, pracę straci 1,3 tys. osób – ogłosiła w poniedziałek "
    "spółka. Prezes Anna Roos mówiła o spadku zamówień od armatorów z krajów nordyckich. "
    "Firma Miedziak z Gdyni, która dostarcza do Kestovej kable okrętowe, poinformowała, że zamówienia stoczni "
    "stanowią 18 proc. jej przychodów. Brelund buduje promy w Kestovej od 1987 r."
)


@pytest.fixture(scope="module")
def yard(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("en", "Kestova Wire", "2026-03-02", YARD_EN),
        ("fr", "Le Courrier du Port", "2026-03-02", YARD_FR),
        ("pl", "Dziennik Bałtycki", "2026-03-02", YARD_PL),
    ]
    return compare_texts(tmp_path_factory.mktemp("yard"), rows)


def test_nearly_forty_years_is_not_only_the_french_outlets(yard: Comparison) -> None:
    shown = [it.summary for it in yard.single_source]
    assert not any("quarante ans" in s for s in shown), shown


def test_a_suppliers_share_told_in_polish_is_only_its_outlets(yard: Comparison) -> None:
    shown = [it.summary for it in yard.single_source]
    assert any("18 proc." in s for s in shown), shown


# -- a third source restating what two others agree on (crosswire.compare.claims.single_groups) ---------------


def _unit(index: int, source: int, text: str, anchors: frozenset[str], language: str = "") -> Unit:
    language = language or {0: "en", 1: "es", 2: "it"}.get(index, "en")
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language)
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.5, places=anchors)


def _alignment(cosines: dict[tuple[int, int], float], units: list[Unit], group: list[int]) -> SimpleNamespace:
    sims = np.eye(len(units))
    for (i, j), c in cosines.items():
        sims[i, j] = sims[j, i] = c
    return SimpleNamespace(
        near=SimpleNamespace(sims=sims), groups=[Group(units=[units[k] for k in group], score=0.6)], units=units
    )


HALL = [
    ("Most evacuees spent the night in the municipal sports hall in Lunavo, where volunteers set up beds.", "place"),
    ("Los evacuados fueron alojados en el polideportivo municipal de Lunavo.", "other"),
    ("Gli sfollati hanno trascorso la notte nella palestra comunale di Lunavo.", "place"),
]


def test_a_third_source_restating_an_agreed_pair_is_not_single_source() -> None:
    units = [_unit(i, i + 1, t, frozenset({f"{kind}:Lunavo"})) for i, (t, kind) in enumerate(HALL)]
    found = _alignment({(0, 1): 0.40, (0, 2): 0.39, (1, 2): 0.7}, units, [1, 2])
    assert restates_group(units[0], found)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cosines", "anchor"),
    [
        ({(0, 1): 0.40, (0, 2): 0.30, (1, 2): 0.7}, "place:Lunavo"),  # far from one of the two
        ({(0, 1): 0.45, (0, 2): 0.45, (1, 2): 0.7}, "place:Kestova"),  # another town: another fact
    ],
)
def test_a_sentence_far_from_one_member_or_naming_another_place_stays(
    cosines: dict[tuple[int, int], float], anchor: str
) -> None:
    units = [_unit(0, 1, HALL[0][0], frozenset({anchor}))]
    units += [_unit(i, i + 1, t, frozenset({f"{kind}:Lunavo"})) for i, (t, kind) in enumerate(HALL) if i]
    found = _alignment(cosines, units, [1, 2])
    assert not restates_group(units[0], found)  # type: ignore[arg-type]


def test_within_one_language_the_pair_scorer_decides() -> None:
    units = [_unit(i, i + 1, t, frozenset({"place:Lunavo"}), "en") for i, (t, _kind) in enumerate(HALL)]
    found = _alignment({(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.7}, units, [1, 2])
    assert not restates_group(units[0], found)  # type: ignore[arg-type]


def test_one_other_source_is_no_group() -> None:
    units = [_unit(i, i + 1, t, frozenset({"place:Lunavo"})) for i, (t, _kind) in enumerate(HALL[:2])]
    units.append(_unit(2, 2, HALL[2][0], frozenset({"place:Lunavo"})))  # the same source as the second
    found = _alignment({(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.7}, units, [1, 2])
    assert not restates_group(units[0], found)  # type: ignore[arg-type]


def test_two_lengths_alone_are_not_one_span() -> None:
    def both(text: str, lang: str) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
        every = spans(text, lang, 2026)
        return every, [x for x in every if x not in spans(text, lang, None)]

    deal, limit = both("an offer of eight years", "en"), both("reluctant to go past eight years", "en")
    assert not _meet(deal, limit)  # a contract's length twice: no state up to the article's day
    french, english = both("près de quarante ans de production", "fr"), both("has built cars there since 1987", "en")
    assert _meet(french, english) and _meet(english, french)
