"""Two English sentences of two sources sharing a phrase of their own state one claim, however long the rest.

The class, found by bench/agreed_misses.py on the tune half of the alignment gold: the pair scorer weighs a long
sentence's unshared words against it, so two outlets' sentences that state one fact in the same words inside
longer sentences ("A follow-up investigation began in September and uncovered ..." / "A follow-up investigation
began last September and the two men were arrested ...") were rated 0.3-0.5 and never agreed. Invented text of
other events; the neighbours that must stay apart: a shared name or title (capitalised words are no claim), the
phrase a story repeats in many sentences (its topic), two sentences giving different figures, other languages.
"""

from __future__ import annotations

from pathlib import Path

from crosswire.compare.claims.align import PHRASE_UNITS, shared_phrase, story_phrases
from crosswire.compare.claims.pairs import FEATURES, Pair
from crosswire.compare.claims.units import Unit
from crosswire.facts.records import Claim, Value
from test_compare_core import compare_texts


def _unit(index: int, source: int, text: str, values: list[Value] = (), language: str = "en") -> Unit:
    claim = Claim(id=f"c{index}", start=0, end=len(text), language=language, values=list(values))
    return Unit(index=index, source=source, article=f"a{source}", claim=claim, text=text, position=0.0)


def _pair(a: Unit, b: Unit, score: float) -> Pair:
    return Pair(a, b, [0.0 for _ in FEATURES], score)


def _count(text: str, phrase: str, n: float, noun: str) -> Value:
    start = text.index(phrase)
    return Value(kind="count", text=phrase, start=start, end=start + len(phrase), value=n, noun=noun)


AUDIT_A = (
    "A structural review began in March and found corrosion in several of the cables that hold the deck of the "
    "Ostrel bridge."
)
AUDIT_B = (
    "The structural review began last March, after residents of Halvik complained about the noise, and the "
    "bridge will stay shut until the repairs are done."
)


def test_sentences_sharing_a_phrase_of_their_own_state_one_claim() -> None:
    a, b = _unit(0, 1, AUDIT_A), _unit(1, 2, AUDIT_B)
    story = story_phrases([a, b])
    assert shared_phrase(_pair(a, b, 0.42), story)  # "structural review began"
    assert not shared_phrase(_pair(a, b, 0.25), story)  # rated under the floor: the scorer's rating stands


def test_a_shared_name_or_title_is_no_phrase_of_a_claim() -> None:
    a = _unit(0, 1, "The Selvania State Audit Office had no comment on the Tarsk Savings Bank on Friday.")
    b = _unit(1, 2, "The Selvania State Audit Office is investigating the Tarsk Savings Bank, two officials said.")
    assert not shared_phrase(_pair(a, b, 0.55), story_phrases([a, b]))


def test_two_lower_case_words_are_not_enough() -> None:
    a = _unit(0, 1, "Fans queued at the ferry terminal from dawn, the harbour master said.")
    b = _unit(1, 2, "The ferry terminal will close for a week in May for repairs.")
    assert not shared_phrase(_pair(a, b, 0.5), story_phrases([a, b]))


def test_the_phrase_a_story_repeats_names_its_topic_not_a_claim() -> None:
    a = _unit(0, 1, "Doctors said chronic ferry engine fumes can scar the lungs of crews over many years.")
    b = _unit(1, 2, "Because the doctor suspected chronic ferry engine fumes, she told the sailor to stay ashore.")
    others = [
        _unit(2 + i, 3, f"Sentence {i} of the story mentions chronic ferry engine fumes again.")
        for i in range(PHRASE_UNITS)
    ]
    assert shared_phrase(_pair(a, b, 0.45), story_phrases([a, b]))
    assert not shared_phrase(_pair(a, b, 0.45), story_phrases([a, b, *others]))


def test_different_figures_part_a_shared_phrase() -> None:
    a_text = "Rescue teams pulled 14 people from the collapsed parking garage in Ostrel overnight."
    b_text = "By noon rescue teams pulled 40 people from the collapsed parking garage, the fire service said."
    a = _unit(0, 1, a_text, [_count(a_text, "14 people", 14, "people")])
    b = _unit(1, 2, b_text, [_count(b_text, "40 people", 40, "people")])
    assert not shared_phrase(_pair(a, b, 0.5), story_phrases([a, b]))


def test_other_languages_are_left_to_the_scorer() -> None:
    a = _unit(0, 1, "Una revisión estructural comenzó en marzo y halló corrosión en los cables.", language="es")
    b = _unit(1, 2, "Una revisión estructural comenzó en marzo, según el ayuntamiento de Halvik.", language="es")
    assert not shared_phrase(_pair(a, b, 0.5), story_phrases([a, b]))


def test_a_phrase_inside_two_long_sentences_is_agreed_in_a_story(tmp_path: Path) -> None:
    a = (
        "Two officials of the Ostrel port authority were arrested on Thursday and charged with taking bribes. "
        "A follow-up inquiry began in September and uncovered further payments supplied to investigators by "
        "the port's own auditors, the prosecutor said. The two men will appear in court in Halvik on Monday."
    )
    b = (
        "Prosecutors in Halvik charged two senior officials of the Ostrel port authority with bribery on "
        "Thursday. A follow-up inquiry began last September and the two men were arrested this morning at "
        "their homes near the harbour, a police spokeswoman told reporters at a briefing."
    )
    c = compare_texts(tmp_path, [("a", "Port Daily", "2026-03-05", a), ("b", "Harbour News", "2026-03-05", b)])
    joined = [
        it.summary
        for it in c.agreed
        if any("inquiry began in September" in ev.text for ev in it.evidence)
        and any("inquiry began last September" in ev.text for ev in it.evidence)
    ]
    assert joined, [it.summary for it in c.agreed]
