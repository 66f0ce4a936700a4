"""Terms two sentences of two languages share across scripts (:mod:`crosswire.compare.claims.across_terms`): a
Russian, a Ukrainian and a Polish word that are one word once lemmatised and spelled in Latin letters give one key,
so a pair of two languages reads shared words as a pair of one language does. Invented words and sentences; the
near-misses: words that differ, short function words, pairs of one language."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from crosswire.compare.claims import pairs as pairs_module
from crosswire.compare.claims.across_terms import AcrossTerms, skeleton
from crosswire.compare.claims.pairs import FEATURES


@pytest.mark.parametrize(
    "forms",
    [
        [("Бельгии", "ru"), ("Belgii", "pl"), ("Бельгії", "uk")],  # a country, inflected in three languages
        [("пассажиров", "ru"), ("пасажирів", "uk")],  # a doubled letter in one language only
        [("pilotów", "pl"), ("пилоты", "ru"), ("пілотів", "uk")],
        [("strajkiem", "pl"), ("страйки", "uk")],  # j / й
        [("рейсов", "ru"), ("рейсів", "uk")],
        [("Испании", "ru"), ("Іспанії", "uk")],
        [("Нидерландах", "ru"), ("Нідерландах", "uk")],
    ],
)
def test_one_word_in_three_scripts_has_one_key(forms: list[tuple[str, str]]) -> None:
    # terms as the readers give them: Russian as its model's lemmas, the light tier's as written in lower case
    lemmas = {"пассажиров": "пассажир", "пилоты": "пилот", "рейсов": "рейс", "бельгии": "бельгия"}
    lemmas |= {"испании": "испания", "нидерландах": "нидерланды"}
    keys = {skeleton(lemmas.get(w.lower(), w.lower()) if lang == "ru" else w.lower(), lang) for w, lang in forms}
    assert len(keys) == 1 and "" not in keys, keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("забастовка", "ru"), ("strajk", "pl")),  # two words for one thing: no key in common
        (("германия", "ru"), ("niemczech", "pl")),
        (("июль", "ru"), ("lipca", "pl")),
        (("самолёт", "ru"), ("samolot", "pl")),  # a cognate whose vowels differ stays apart (no fuzzy match)
    ],
)
def test_different_words_keep_different_keys(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert skeleton(*a) != skeleton(*b)


@pytest.mark.parametrize(("term", "language"), [("на", "ru"), ("na", "pl"), ("та", "uk"), ("do", "pl"), ("i", "uk")])
def test_short_words_have_no_key(term: str, language: str) -> None:
    assert skeleton(term, language) == ""


def test_numbers_keep_their_digits() -> None:
    assert skeleton("300", "uk") == skeleton("300", "pl") == "300"


def _unit(index: int, language: str, terms: set[str], source: int) -> SimpleNamespace:
    return SimpleNamespace(
        index=index, language=language, terms=frozenset(terms), attribution=frozenset(), source=source
    )


def test_a_pair_of_two_languages_reads_its_word_features_on_the_keys() -> None:
    units = [
        _unit(0, "ru", {"пассажир", "50", "тысяча", "пересматривать", "план"}, 0),
        _unit(1, "uk", {"пасажирів", "50", "тисяч", "торкнеться", "скасування"}, 1),
        _unit(2, "pl", {"belgii", "najwięcej", "250"}, 2),
        _unit(3, "ru", {"бельгия", "германия", "отмена", "рейс"}, 0),
    ]
    across = AcrossTerms(units)  # type: ignore[arg-type]
    overlap, weighted, mass, content = across.word_features(units[0], units[1])  # type: ignore[arg-type]
    assert overlap == pytest.approx(3 / 5)  # "pasazir", "tisiaca" (тысяча / тисяч) and "50"
    assert 0 < weighted < 1 and mass > 0 and content == pytest.approx(mass)
    assert across.word_features(units[2], units[3])[0] == pytest.approx(1 / 3)  # "belgia"
    assert across.word_features(units[0], units[2]) == (0.0, 0.0, 0.0, 0.0)


def test_pairs_of_one_language_keep_their_features(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pair of two languages reads the cross-script word features; a pair of one language the terms' own."""

    class Near:
        def features(self, a: object, b: object) -> list[float]:
            return [0.5, 1.2, 1.0]

    ru_a = SimpleNamespace(
        index=0,
        language="ru",
        terms=frozenset({"пассажир", "рейс"}),
        attribution=frozenset(),
        source=0,
        entities=frozenset(),
        values=[],
        claim=SimpleNamespace(predicates=(), start=0),
        subject=None,
        speaker=None,
        position=0.0,
        text="",
    )
    uk_b = SimpleNamespace(**{**vars(ru_a), "index": 1, "language": "uk", "terms": frozenset({"пасажирів", "рейсів"})})
    ru_c = SimpleNamespace(**{**vars(ru_a), "index": 2, "source": 1})
    units = [ru_a, uk_b, ru_c]
    idf = pairs_module.idf_weights(units)  # type: ignore[arg-type]
    across = AcrossTerms(units)  # type: ignore[arg-type]
    cross = pairs_module.features(ru_a, uk_b, idf, Near(), None, across)  # type: ignore[arg-type]
    assert cross[FEATURES.index("term_overlap")] == 1.0  # both words, across the scripts
    plain = pairs_module.features(ru_a, uk_b, idf, Near(), None, None)  # type: ignore[arg-type]
    assert plain[FEATURES.index("term_overlap")] == 0.0
    same = pairs_module.features(ru_a, ru_c, idf, Near(), None, across)  # type: ignore[arg-type]
    assert same == pairs_module.features(ru_a, ru_c, idf, Near(), None, None)  # type: ignore[arg-type]
    monkeypatch.setattr(pairs_module, "ACROSS_TERMS", False)
    assert pairs_module.features(ru_a, uk_b, idf, Near(), None, across) == plain  # type: ignore[arg-type]
