"""One invented story in Polish, Russian and Ukrainian: each sentence of each outlet states what the other two
state, in other words and other scripts. The pair scorer, fitted on English pairs where shared words weigh most,
left the Ukrainian outlet out of three of the five facts (each other's best, scored 0.4-0.6: "Страйк
авіадиспетчерів у вівторок паралізував аеропорт Вельмори" / "Strajk kontrolerów ruchu lotniczego sparaliżował we
wtorek lotnisko w Velmorze"). With the terms shared across scripts (:mod:`crosswire.compare.claims.across_terms`)
and the bar of pairs of two languages (:mod:`crosswire.compare.claims.across_bar`) all three outlets agree on
them. Near-misses: a Ukrainian sentence on the same strike stating something else (last year's strike) and a
Russian one giving another day agree with nothing."""

from __future__ import annotations

import pytest

from crosswire.compare.records import ClaimItem, Comparison
from test_compare_core import compare_texts

PL = (
    "Strajk kontrolerów ruchu lotniczego sparaliżował we wtorek lotnisko w Velmorze. "
    "Przewoźnik Nordair odwołał 120 lotów do Hiszpanii, Portugalii i Belgii. "
    "Związkowcy domagają się podwyżek płac i lepszych warunków pracy. "
    "Pasażerowie odwołanych lotów otrzymają zwrot pieniędzy lub mogą zmienić datę podróży. "
    "Dyrektor portu Tomasz Lenk powiedział, że rozmowy ze związkami trwają."
)
RU = (
    "Забастовка авиадиспетчеров во вторник парализовала аэропорт Вельморы. "
    "Авиакомпания Nordair отменила 120 рейсов в Испанию, Португалию и Бельгию. "
    "Профсоюз требует повышения зарплат и улучшения условий труда. "
    "Пассажиры отменённых рейсов получат возврат денег или смогут изменить дату поездки. "
    "Директор аэропорта Томаш Ленк сообщил, что переговоры с профсоюзами продолжаются. "
    "Следующая забастовка назначена на 14 августа."
)
UK = (
    "Страйк авіадиспетчерів у вівторок паралізував аеропорт Вельмори. "
    "Авіакомпанія Nordair скасувала 120 рейсів до Іспанії, Португалії та Бельгії. "
    "Профспілка вимагає підвищення зарплат і кращих умов праці. "
    "Пасажири скасованих рейсів отримають повернення коштів або зможуть змінити дату подорожі. "
    "Минулого року страйк у Вельморі тривав три дні."
)


@pytest.fixture(scope="module")
def strike(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    rows = [
        ("pl", "Kurier Portowy", "2026-07-21", PL),
        ("ru", "Вестник Вельморы", "2026-07-21", RU),
        ("uk", "Портові новини", "2026-07-21", UK),
    ]
    return compare_texts(tmp_path_factory.mktemp("strike"), rows)


@pytest.mark.parametrize(
    "words",
    [
        ("sparaliżował", "парализовала", "паралізував"),  # the strike paralysed the airport on Tuesday
        ("domagają", "требует", "вимагає"),  # the union's demands
        ("zwrot", "возврат", "повернення"),  # the passengers' refunds
        ("120 lotów", "120 рейсов", "120 рейсів"),  # the cancelled flights (agreed before too)
    ],
)
def test_all_three_outlets_agree_across_three_languages(strike: Comparison, words: tuple[str, str, str]) -> None:
    items = [i for i in strike.agreed if isinstance(i, ClaimItem) and any(words[0] in ev.text for ev in i.evidence)]
    assert items, [i.summary for i in strike.agreed]
    (item,) = items
    assert item.sources == [1, 2, 3], [ev.text for ev in item.evidence]
    for word in words:
        assert any(word in ev.text for ev in item.evidence), (word, [ev.text for ev in item.evidence])


@pytest.mark.parametrize("text", ["Минулого року страйк", "Следующая забастовка"])
def test_another_fact_of_the_same_strike_agrees_with_nothing(strike: Comparison, text: str) -> None:
    for item in strike.agreed:
        assert not any(text in ev.text for ev in item.evidence), item.summary
