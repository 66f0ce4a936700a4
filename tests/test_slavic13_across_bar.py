"""A pair of sentences of two languages agrees at its own bar (:mod:`crosswire.compare.claims.across_bar`): the
pair scorer, fitted on English pairs where shared words weigh most, caps translations across languages under the
agreement bar. Invented pairs (ru/uk/pl/de/en/es/fr); the near-misses: one language, not each other's best, under
the bar, different people, different days."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from crosswire.compare.claims.across_bar import ACROSS_BAR, across_bar
from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.facts.records import Value


def _unit(index: int, language: str, text: str, people: tuple[str, ...] = (), days: tuple[str, ...] = ()):
    values = [Value(kind="date", text=d, start=0, end=len(d), value=None, unit="day", text_value=d) for d in days]
    return SimpleNamespace(
        index=index, language=language, text=text, entities=frozenset(f"person:{p}" for p in people), values=values
    )


def _pair(a, b, mutual_best: float = 1.0) -> Pair:
    features = [0.0] * len(FEATURES)
    features[FEATURES.index("mutual_best")] = mutual_best
    return Pair(a, b, features)  # type: ignore[arg-type]


TRANSLATIONS = [
    ("pl", "Ryanair odwołuje 300 lotów.", "uk", "Страйк бортпровідників: Ryanair скасовує 300 рейсів"),
    ("ru", "Ryanair отменила сотни рейсов из-за забастовки", "uk", "Ryanair скасувала сотні рейсів через страйки"),
    ("pl", "Piloci strajkują w pięciu krajach.", "ru", "Пилоты бастуют в пяти странах."),
    ("en", "Where is our leader at this time?", "de", "Wo ist unser Anführer in dieser Zeit?"),
    ("es", "El puerto sigue cerrado.", "fr", "Le port reste fermé."),
]


@pytest.mark.parametrize(("la", "ta", "lb", "tb"), TRANSLATIONS)
def test_each_others_best_of_two_languages_agrees_at_the_across_bar(la: str, ta: str, lb: str, tb: str) -> None:
    p = _pair(_unit(0, la, ta), _unit(1, lb, tb))
    assert across_bar(p, ACROSS_BAR)
    assert across_bar(p, 0.55)


@pytest.mark.parametrize(("la", "ta", "lb", "tb"), TRANSLATIONS)
def test_near_misses_do_not(la: str, ta: str, lb: str, tb: str) -> None:
    a, b = _unit(0, la, ta), _unit(1, lb, tb)
    assert not across_bar(_pair(a, b), ACROSS_BAR - 0.01)  # under the bar
    assert not across_bar(_pair(a, b, mutual_best=0.0), 0.55)  # not each other's best
    assert not across_bar(_pair(a, _unit(1, la, ta)), 0.55)  # one language: the agreement bar alone
    named = _pair(_unit(0, la, ta, people=("Anna Berg",)), _unit(1, lb, tb, people=("Jan Kowal",)))
    assert not across_bar(named, 0.55)  # different people
    dated = _pair(_unit(0, la, ta, days=("2026-07-25",)), _unit(1, lb, tb, days=("2026-07-28",)))
    assert not across_bar(dated, 0.55)  # different days


def test_no_language_reads_as_english() -> None:
    a, b = _unit(0, "", "Ryanair cancels 300 flights."), _unit(1, "en", "Ryanair cancelled 300 flights.")
    assert not across_bar(_pair(a, b), 0.55)
    assert across_bar(_pair(a, _unit(1, "de", "Ryanair streicht 300 Flüge.")), 0.55)
