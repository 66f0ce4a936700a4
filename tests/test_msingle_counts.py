"""A sentence whose count another source gives of the same people is no "only X" (crosswire.compare.restated.
same_count), in every language: the multilingual tune half listed "Al menos nueve personas han muerto ... en
Yakarta" as only its outlet's beside the other's "Nueve muertos ... en Yakarta" (a count of people who died and a
count of the dead: two nouns, one state). Invented sentences with the values the facts stage reads (a count, its
noun, its offsets); a count of another state, another number, or a one keeps the sentence single. The real pair is
read from ../shared (skipped when absent).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from crosswire.compare.claims.units import Unit
from crosswire.compare.restated import same_count
from crosswire.facts.records import Value
from invented import claim_unit, count_value

_count = count_value


def _unit(i: int, source: int, text: str, lang: str, values: list[Value]) -> Unit:
    return claim_unit(i, source, text, lang, values)


# (language, a sentence of people who died, its number word and noun, a count of the dead elsewhere, the injured)
CASES = [
    ("es", "Al menos siete personas han muerto este martes por las inundaciones en Torvalia.", "siete", "persona",
     "Siete muertos por las inundaciones en Torvalia.", "Siete", "muerto",
     "Siete heridos por las inundaciones en Torvalia.", "Siete", "herido"),
    ("de", "Mindestens sieben Menschen sind am Dienstag bei der Flut in Torvalien gestorben.", "sieben", "mensch",
     "Sieben Tote nach der Flut in Torvalien.", "Sieben", "tote",
     "Sieben Verletzte nach der Flut in Torvalien.", "Sieben", "verletzte"),
    ("pl", "Co najmniej siedem osób zginęło we wtorek w powodzi w Torwalii.", "siedem", "osoba",
     "Siedem ofiar śmiertelnych powodzi w Torwalii.", "Siedem", "ofiara",
     "Siedmiu rannych w powodzi w Torwalii.", "Siedmiu", "ranny"),
    ("fr", "Au moins sept personnes sont mortes mardi dans les inondations en Torvalie.", "sept", "personne",
     "Sept morts dans les inondations en Torvalie.", "Sept", "mort",
     "Sept blessés dans les inondations en Torvalie.", "Sept", "blessé"),
    ("it", "Almeno sette persone sono morte martedì nelle alluvioni in Torvalia.", "sette", "persona",
     "Sette morti nelle alluvioni in Torvalia.", "Sette", "morto",
     "Sette feriti nelle alluvioni in Torvalia.", "Sette", "ferito"),
    ("en", "At least seven people have died on Tuesday in the floods in Torvalia.", "seven", "people",
     "Seven dead in the Torvalia floods.", "Seven", "dead",
     "Seven injured in the Torvalia floods.", "Seven", "injured"),
]  # fmt: skip


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_people_who_died_are_the_dead_another_source_counts(case):
    lang, mine, word, noun, dead, dword, dnoun, *_ = case
    u = _unit(0, 1, mine, lang, [_count(mine, word, 7.0, noun, "person")])
    v = _unit(1, 2, dead, lang, [_count(dead, dword, 7.0, dnoun, "dead")])
    assert same_count(u, v)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_the_injured_are_not_the_dead(case):
    lang, mine, word, noun, _dead, _dw, _dn, hurt, hword, hnoun = case
    u = _unit(0, 1, mine, lang, [_count(mine, word, 7.0, noun, "person")])
    v = _unit(1, 2, hurt, lang, [_count(hurt, hword, 7.0, hnoun, "injured")])
    assert not same_count(u, v)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_another_number_of_dead_is_no_restatement(case):
    lang, mine, word, noun, dead, dword, dnoun, *_ = case
    u = _unit(0, 1, mine, lang, [_count(mine, word, 7.0, noun, "person")])
    v = _unit(1, 2, dead, lang, [_count(dead, dword, 8.0, dnoun, "dead")])
    assert not same_count(u, v)


def test_a_one_of_two_things_is_no_shared_count():
    u = _unit(0, 1, "There was only one other solution for the country.", "en", [])
    u.claim.values.append(_count(u.text, "one", 1.0, "solution"))
    v = _unit(
        1,
        2,
        "One man died at a branch of the bank.",
        "en",
        [_count("One man died at a branch of the bank.", "One", 1.0, "man")],
    )
    assert not same_count(u, v)


def test_the_same_number_of_other_things_is_no_restatement():
    u = _unit(0, 1, "Schools shut down: more than a hundred of them.", "en", [])
    u.claim.values.append(_count(u.text, "hundred", 100.0, "school", "school"))
    text = "About 100 youths hurled petrol bombs at a police station."
    v = _unit(1, 2, text, "en", [_count(text, "100", 100.0, "youth")])
    assert not same_count(u, v)


def _shared_event(event_id: str) -> dict | None:
    bench = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench))
    try:
        import compare_alignment as ca
    except ImportError:  # pragma: no cover
        return None
    try:
        gold = ca.load_gold(["mtune"])
        event = next(e for e in gold["events"] if e["id"] == event_id)
        ca.alignment_data.load_text(event["docs"][0]["ref"])
    except (OSError, StopIteration, KeyError):
        return None
    return {"event": event, "ca": ca}


def test_the_jakarta_death_toll_is_not_only_one_outlets():
    found = _shared_event("m-es-jakarta-floods")
    if found is None:
        pytest.skip("../shared is absent")
    ca = found["ca"]
    comparison = ca.run_comparisons([found["event"]["id"]])[found["event"]["id"]]
    texts = [ev["text"] for it in comparison["single_source"] for ev in it["evidence"]]
    assert not any(t.startswith("Al menos nueve personas han muerto") for t in texts)


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_figure_of_people_who_died_is_the_dead_count_elsewhere(case):
    from crosswire.compare.records import FigureItem, FigureSlot, FigureValue
    from crosswire.compare.restated import same_figure
    from crosswire.model import Evidence

    lang, mine, word, noun, dead, dword, dnoun, hurt, hword, hnoun = case
    u = _unit(0, 1, mine, lang, [_count(mine, word, 7.0, noun, "person")])
    ev = Evidence(article=u.article, text=mine, start=0, end=len(mine))
    figure = FigureItem(
        summary="People: 7 [1]",
        sources=[1],
        evidence=[ev],
        slot=FigureSlot(counted="people"),
        values=[FigureValue(text=word, value=7.0, sources=[1], evidence=[ev])],
    )
    assert same_figure(figure, u, _unit(1, 2, dead, lang, [_count(dead, dword, 7.0, dnoun, "dead")]))
    assert not same_figure(figure, u, _unit(1, 2, hurt, lang, [_count(hurt, hword, 7.0, hnoun, "injured")]))
