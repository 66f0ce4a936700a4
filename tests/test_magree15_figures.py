"""One specific figure, however written, ties the only two sentences that give it
(:mod:`crosswire.compare.claims.figure_keys`).

The class: two outlets give one figure in other words ("más de 19.000" / "más de 19 mil", "26,60 proc." / "26,6
proc.", "167 votes" / "167 Stimmen"), in one language or two; the candidate index never proposed them (no word
shared) or the pair scorer, fitted on English words, rated them far under its bar. Values are read by the real
facts stage from invented sentences in several languages; near-misses: a round figure (1,000), another number, a
figure a third sentence gives too, and a share against a count of the same number. And one test on real text
from ``../shared`` (a Polish poll story of the multilingual gold, SemEval-2022 Task 8), skipped without it.
"""

from __future__ import annotations

from typing import Any

import pytest

from crosswire.compare.claims.figure_keys import (
    figure_key,
    figure_keys,
    figure_owners,
    one_figure,
    significant_digits,
    specific,
)
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim, Value
from crosswire.facts.stage import extract_facts
from crosswire.model import Article, Block, content_hash


def _values(language: str, text: str) -> list[Value]:
    art = Article(
        id=f"t15-{language}-{abs(hash(text))}",
        source="test",
        content_hash=content_hash(text),
        blocks=[Block("paragraph", text)],
        outlet="test",
        published="2026-12-02",
        language=language,
        kind="text",
    )
    (facts,) = extract_facts([art])
    return [v for c in facts.claims for v in c.values]


def _unit(index: int, source: int, language: str, text: str) -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language, values=_values(language, text))
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.0)


@pytest.mark.parametrize(
    ("value", "digits", "ok"),
    [(19000, 2, True), (165, 3, True), (18, 2, True), (26.6, 3, True), (43.76, 4, True), (1000, 1, False),
     (500, 1, False), (40, 1, False), (7, 1, False), (0.5, 1, False), (12.5, 3, True), (250, 2, True)],
)  # fmt: skip
def test_a_figure_is_specific_with_two_significant_digits_and_above_ten(value: float, digits: int, ok: bool) -> None:
    assert significant_digits(value) == digits
    assert specific(value) is ok


# one figure in two wordings, in one language or two: each pair gives the same key
SAME_FIGURE = [
    (
        ("es", "Más de 19.000 residentes de la capital han sido evacuados."),
        ("es", "Las lluvias provocaron que más de 19 mil personas huyeran de sus hogares."),
    ),
    (
        ("pl", "Na kandydata opozycji oddałoby głos 26,60 proc. badanych."),
        ("pl", "Teraz popiera go już 26,6 proc. wyborców."),
    ),
    (
        ("en", "The motion passed with 167 votes in favour."),
        ("de", "Für den Antrag stimmten 167 Abgeordnete."),
    ),
    (
        ("en", "Officials said 2,350 homes were without power."),
        ("ru", "По данным властей, без света остались 2350 домов."),
    ),
]


@pytest.mark.parametrize(("one", "other"), SAME_FIGURE)
def test_one_figure_in_two_wordings_is_one_key(one: tuple[str, str], other: tuple[str, str]) -> None:
    a, b = _unit(0, 0, *one), _unit(1, 1, *other)
    shared = figure_keys(a) & figure_keys(b)
    assert shared, (figure_keys(a), figure_keys(b))
    assert one_figure(a, b, figure_owners([a, b])) in shared


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a round figure: sources write it for many things
        (
            ("en", "The village has a population of approximately 1,000."),
            ("en", "About 1,000 police officers were sent."),
        ),
        # another number
        (("es", "Votaron a favor 167 diputados."), ("es", "Votaron en contra 165 diputados.")),
        # small whole numbers are everywhere in a story
        (("de", "Sieben Menschen wurden verletzt."), ("pl", "Siedem osób zostało rannych.")),
    ],
)
def test_a_round_small_or_other_figure_ties_nothing(one: tuple[str, str], other: tuple[str, str]) -> None:
    a, b = _unit(0, 0, *one), _unit(1, 1, *other)
    assert one_figure(a, b, figure_owners([a, b])) is None


def test_a_figure_a_third_sentence_gives_ties_no_pair() -> None:
    a = _unit(0, 0, "es", "Votaron en contra los 165 representantes de la oposición.")
    b = _unit(1, 1, "es", "Quienes rechazaban el gobierno lograron 165 escaños.")
    c = _unit(2, 1, "es", "La oposición suma 165 diputados en la cámara.")
    owners = figure_owners([a, b, c])
    assert one_figure(a, b, owners) is None
    assert one_figure(a, b, figure_owners([a, b])) == "number 165"


def test_one_source_is_no_pair() -> None:
    a = _unit(0, 0, "es", "Votaron en contra los 165 representantes de la oposición.")
    b = _unit(1, 0, "es", "Quienes rechazaban el gobierno lograron 165 escaños.")
    assert one_figure(a, b, figure_owners([a, b])) is None


def test_a_share_and_a_count_of_one_number_are_two_keys() -> None:
    share = Value(kind="percent", text="26,6 proc.", start=0, end=10, value=0.266)
    count = Value(kind="count", text="26.6", start=0, end=4, value=26.6)
    assert figure_key(share) == "percent 26.6"
    assert figure_key(count) == "number 26.6"
    assert figure_key(Value(kind="date", text="2018", start=0, end=4, value=2018.0)) is None


# -- real text (../shared): the Polish poll story of the multilingual gold's mtune2 half -------------------------


def _texts(event_id: str) -> dict[str, Any]:
    alignment_data = pytest.importorskip("alignment_data")
    event = next((e for e in alignment_data.all_events() if e["id"] == event_id), None)
    if event is None:
        pytest.skip(f"{event_id} is not in the gold")
    try:
        return {d["key"]: (d["language"], alignment_data.load_text(d["ref"])) for d in event["docs"]}
    except (OSError, KeyError):
        pytest.skip("the shared SemEval-2022 Task 8 CSV is not available")


def test_real_poll_story_gives_one_share_in_both_outlets() -> None:
    texts = _texts("m2-pl-duda-trzaskowski-poll")
    keys = []
    for language, text in texts.values():
        sentence = next((s for s in text.replace("\n", " ").split(". ") if "26,6" in s), None)
        assert sentence is not None
        keys.append({figure_key(v) for v in _values(language, sentence + ".")})
    assert all("percent 26.6" in k for k in keys), keys
