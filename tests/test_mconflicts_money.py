"""Two outlets' sums of one measure in Polish and Ukrainian clash as a different value (invented text; the ``pl`` and
``uk`` lists of data/money_concepts.toml, read by crosswire.compare.claims.money). Before the eleventh pass those two
languages had words for a ransom, a fund, a charge and aid only, so a Polish court's bail given as "200 tys. zł" by
one outlet and "500 tys. zł" by another had no slot and met nothing (the mtune half of the alignment gold has such a
pair). Near-misses: two sums of two measures (a bail and a fine) stay apart, one sum written alike is no conflict, and
words that only start like a money word ("strategia", "lokator", "zmusili") name no sum."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.vocab.concepts import money_concepts
from test_compare_core import compare_texts

PL_A = (
    "Sąd zwolnił biznesmena z aresztu\n\nBiznesmen Tadeusz Wrona opuścił w piątek areszt w Lublinie. {money} "
    "Prokuratura zapowiedziała zażalenie na decyzję sądu rejonowego w Lublinie."
)
PL_B = (
    "Wrona na wolności\n\nSąd Rejonowy w Lublinie nie zastosował aresztu wobec Tadeusza Wrony. {money} "
    "Prokuratura nie zgadza się z decyzją sądu i złoży zażalenie."
)
UK_A = (
    "Суд відпустив бізнесмена\n\nБізнесмена Тараса Ворону в п'ятницю звільнили з-під варти в Луцьку. {money} "
    "Прокуратура оскаржить рішення суду."
)
UK_B = (
    "Ворона на волі\n\nСуд у Луцьку не продовжив арешт Тараса Ворони. {money} Прокурори не згодні з рішенням "
    "суду і подадуть апеляцію."
)
EN = (
    "Businessman freed on bail\n\nA court in Lublin freed businessman Tadeusz Wrona from custody on Friday. {money} "
    "Prosecutors said they would appeal against the decision."
)

PL_BAIL = [
    "Sąd wyznaczył Tadeuszowi Wronie poręczenie majątkowe w kwocie {n} tys. zł.",
    "Tadeusz Wrona wpłacił kaucję w wysokości {n} tys. zł.",
    "Tadeusz Wrona musiał wpłacić {n} tys. zł poręczenia majątkowego.",
]
UK_BAIL = [
    "Суд визначив Тарасу Вороні заставу в розмірі {n} тисяч гривень.",
    "Тарас Ворона вніс заставу {n} тисяч гривень.",
]


def _money_conflicts(tmp_path: Path, a: str, b: str) -> list[tuple[str, str]]:
    rows = [("a", "Outlet A", "2026-11-13", a), ("b", "Outlet B", "2026-11-13", b)]
    return [(c.summary, c.reason) for c in compare_texts(tmp_path, rows).conflicts]


@pytest.mark.parametrize("first", PL_BAIL, ids=["poreczenie", "kaucja", "genitive"])
def test_polish_bail_of_two_outlets_clashes(tmp_path: Path, first: str) -> None:
    a = PL_A.format(money=first.format(n="200"))
    b = PL_B.format(money="Tadeusz Wrona nie wpłacił poręczenia majątkowego w wysokości 500 tys. zł.")
    found = _money_conflicts(tmp_path, a, b)
    assert [r for s, r in found if "200" in s and "500" in s] == ["different value"], found


@pytest.mark.parametrize("first", UK_BAIL, ids=["rozmiri", "vnis"])
def test_ukrainian_bail_of_two_outlets_clashes(tmp_path: Path, first: str) -> None:
    a = UK_A.format(money=first.format(n="200"))
    b = UK_B.format(money="Тарас Ворона має внести заставу в розмірі 500 тисяч гривень.")
    found = _money_conflicts(tmp_path, a, b)
    assert [r for s, r in found if "200" in s and "500" in s] == ["different value"], found


def test_one_bail_written_alike_is_no_conflict(tmp_path: Path) -> None:
    a = PL_A.format(money=PL_BAIL[0].format(n="200"))
    b = PL_B.format(money="Tadeusz Wrona wpłacił poręczenie majątkowe w wysokości 200 tys. zł.")
    assert not _money_conflicts(tmp_path, a, b)


def test_a_bail_and_a_fine_are_two_measures(tmp_path: Path) -> None:
    a = PL_A.format(money=PL_BAIL[0].format(n="200"))
    b = PL_B.format(money="Wcześniej sąd ukarał Tadeusza Wronę grzywną w wysokości 500 tys. zł.")
    assert not [s for s, _r in _money_conflicts(tmp_path, a, b) if "200" in s and "500" in s]


@pytest.mark.parametrize(
    ("words", "language", "concept"),
    [
        ("poręczenie majątkowe w kwocie", "pl", "bail"),
        ("wpłacił kaucję w wysokości", "pl", "bail"),
        ("zapłacił grzywnę w wysokości", "pl", "fine"),
        ("straty spółki wyniosły", "pl", "loss"),
        ("koszt budowy wyniesie", "pl", "cost"),
        ("zysk netto wyniósł", "pl", "profit"),
        ("przychody grupy wzrosły do", "pl", "revenue"),
        ("dziura budżetowa w wysokości", "pl", {"shortfall", "budget"}),
        ("внесли заставу в розмірі", "uk", "bail"),
        ("штраф у розмірі", "uk", "fine"),
        ("збитки компанії склали", "uk", "loss"),
        ("вартість будівництва становить", "uk", "cost"),
        ("прибуток банку склав", "uk", "profit"),
        ("виручка компанії зросла до", "uk", "revenue"),
    ],
)
def test_money_words(words: str, language: str, concept: str | set[str]) -> None:
    want = concept if isinstance(concept, set) else {concept}
    assert money_concepts(words.split(), language) == want


@pytest.mark.parametrize(
    ("words", "language"),
    [
        ("nowa strategia spółki kosztem", "pl"),  # "strategia" is no loss (only "koszt-" is read: a cost)
        ("lokator mieszkania zapłacił", "pl"),  # a tenant, no deposit
        ("przychodzi do sądu z", "pl"),  # "comes", no revenue
        ("їх заставили заплатити", "uk"),  # "forced", no bail
        ("збитий літак коштував", "uk"),  # "shot down", no loss (only the cost is read)
    ],
)
def test_near_miss_words_name_no_sum(words: str, language: str) -> None:
    found = money_concepts(words.split(), language)
    assert "loss" not in found and "deposit" not in found and "revenue" not in found and "bail" not in found
