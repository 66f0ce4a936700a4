"""'Only X reports' (issue 12): single-source items are said only of what no other source relates to.

Fixtures are invented (a flood in the invented town of Tavisk); each rule has a case of its class and a
negative case, a truly single-source fact that stays listed.
"""

from __future__ import annotations

import pytest

from crosswire.compare.claims.align import FIGURE_BAR, SENTENCE_BAR, single_source_bar
from crosswire.compare.records import (
    ClaimConflict,
    ClaimItem,
    ConflictSide,
    EventItem,
    FigureItem,
    FigureSlot,
    FigureValue,
    QuoteItem,
)
from crosswire.compare.stage import _shown_shared
from crosswire.model import Evidence
from test_compare_core import compare_texts

HERALD = (
    "Flooding closed the Orlen river bridge in Tavisk on Monday, and 300 residents of the lower town were moved "
    "to a school gym. Mayor Ilse Varga warned that the damaged bridge could stay closed for weeks. Volunteers "
    "filled sandbags through the night along the eastern embankment. The Tavisk bakery on Mill Street, open "
    "since 1931, handed out free bread to the evacuated families."
)
POST = (
    "The Orlen river burst its banks in Tavisk on Monday and the town's main bridge was closed, with 300 people "
    'evacuated from the lower town. "Not one car goes over that bridge until I know it will hold," Varga said. '
    'Sandbags were stacked along the eastern embankment overnight by volunteers. "We have seen water like this '
    'only once, in 1974, when the old mill was swept away," said Teodor Brann, who has fished the river for '
    "fifty years."
)


@pytest.fixture(scope="module")
def flood(tmp_path_factory):
    rows = [("a", "Tavisk Herald", "2026-03-02", HERALD), ("b", "River Post", "2026-03-02", POST)]
    return compare_texts(tmp_path_factory.mktemp("flood"), rows)


def _single(c, text: str) -> list:
    return [it for it in c.single_source if any(text in ev.text for ev in it.evidence)]


def test_a_quote_another_source_gives_as_reported_speech_is_not_single_source(flood):
    """The mayor's words are quoted by one outlet and reported by the other in other words (the pair scorer
    rates the two sentences between the sentence bar and the agreement bar): nobody 'only' reports them."""
    assert not _single(flood, "Not one car goes over that bridge")


def test_a_quote_and_an_event_no_other_source_relates_to_stay_single_source(flood):
    assert [it.kind for it in _single(flood, "We have seen water like this only once")] == ["quote"]
    assert [it.kind for it in _single(flood, "The Tavisk bakery on Mill Street")] == ["event"]


def test_figures_need_a_closer_sentence_than_events_and_quotes():
    """A figure item names one value; an event or a quote is its whole sentence."""
    ev = Evidence(article="a", text="x", start=0, end=1)
    figure = FigureItem(
        summary="People: 3 [1]", sources=[1], evidence=[ev], slot=FigureSlot(counted="people"), values=[]
    )
    assert single_source_bar(figure) == FIGURE_BAR > SENTENCE_BAR
    assert single_source_bar(QuoteItem(summary="q", sources=[1], evidence=[ev], speaker="s")) == SENTENCE_BAR
    assert single_source_bar(EventItem(summary="e", sources=[1], evidence=[ev])) == SENTENCE_BAR


# -- a sentence shown as shared ------------------------------------------------------------------------------
A1 = Evidence(article="a", text="Tavisk shares fell 5.4 per cent and 12 shops shut.", start=0, end=50)
B1 = Evidence(article="b", text="Tavisk shares closed down 3.9 percent.", start=0, end=38)
B2 = Evidence(article="b", text="Shares in Tavisk firms fell on Monday.", start=40, end=78)


def _figure(counted: str, text: str, value: float) -> FigureItem:
    return FigureItem(
        summary=f"{counted.capitalize()}: {text} [1]",
        sources=[1],
        evidence=[A1],
        slot=FigureSlot(counted=counted),
        values=[FigureValue(text=text, value=value, sources=[1])],
    )


def _conflict() -> ClaimConflict:
    sides = [ConflictSide(label="5.4 per cent", sources=[1], evidence=[A1])]
    sides.append(ConflictSide(label="3.9 percent", sources=[2], evidence=[B1]))
    return ClaimConflict(
        summary="Share: 5.4 per cent [1] vs 3.9 percent [2]",
        sources=[1, 2],
        evidence=[A1, B1],
        measure="share",
        reason="different value",
        explanation="",
        sides=sides,
    )


def test_a_figure_that_is_a_side_of_a_conflict_under_another_label_is_not_single_source():
    """ "Amount: 5.4 per cent [1]" beside the conflict "Share: 5.4 per cent vs 3.9 percent" contradicted it."""
    assert _shown_shared(_figure("amount", "5.4 per cent", 5.4), [_conflict()])


def test_a_figure_beside_a_shared_one_in_its_sentence_stays_single_source():
    """The sentence is a conflict side for its share; the shops no other source counts stay 'only [1]'."""
    assert not _shown_shared(_figure("shops shut", "12", 12), [_conflict()])
    agreed = ClaimItem(summary=A1.text, sources=[1, 2], evidence=[A1, B2])
    assert not _shown_shared(_figure("shops shut", "12", 12), [agreed])


def test_an_event_or_quote_whose_sentence_is_shown_shared_is_not_single_source():
    agreed = ClaimItem(summary=A1.text, sources=[1, 2], evidence=[A1, B2])
    assert _shown_shared(EventItem(summary=A1.text, sources=[1], evidence=[A1]), [agreed])
    assert _shown_shared(QuoteItem(summary="q", sources=[1], evidence=[A1], speaker="s"), [agreed])
    other = Evidence(article="a", text="Volunteers stacked sandbags.", start=60, end=88)
    assert not _shown_shared(EventItem(summary=other.text, sources=[1], evidence=[other]), [agreed])


# -- two sources' would-be single-source items that state one fact ---------------------------------------------
ROCKETS_A = (
    "Varnia also last year ended a 17-month pause in missile launches by testing a series of solid-fuel rockets "
    "that could reach the coast of Dorvale."
)
ROCKETS_B = (
    "The Varnian army conducted several smaller rocket tests late in 2025, in what was seen as an attempt to "
    "pressure Dorvale into concessions."
)
HARBOUR_A = "The harbour master of Ostrel, Mira Kell, said the fishing fleet stayed in port for a third day."
FERRY_B = '"We have never seen the bay this empty in November," said Anton Grieg, who runs the ferry to Lusk island.'
TREMOR_A = "A magnitude 4.1 tremor shook the same area last month but caused no serious damage."
DEPTH_B = "The earthquake struck at a depth of only 10 kilometres, which seismologists said explained the shaking."


def _alignment(sentences: list[tuple[int, str]]):
    """A claim alignment over one unit per (source, sentence), each in its own article, with the real sentence
    encoder (no pairs: the pair scorer is not what these tests check)."""
    from crosswire.compare.claims.align import ClaimAlignment
    from crosswire.compare.claims.pairs import Neighbours
    from crosswire.compare.claims.units import Unit
    from crosswire.facts.records import Claim

    units = [
        Unit(
            index=i,
            source=src,
            article=f"art{i}",
            claim=Claim(id="c0", start=0, end=len(text)),
            text=text,
            position=0.0,
        )
        for i, (src, text) in enumerate(sentences)
    ]
    return ClaimAlignment(units, [], [], {}, 0.6, 0.6, near=Neighbours(units))


def _ev(i: int, src: int, text: str) -> Evidence:
    return Evidence(article=f"art{i}", text=text, start=0, end=len(text))


def test_two_sources_single_events_stating_one_fact_in_other_words_are_not_single_source():
    """Each outlet tells the rocket tests in its own words (few shared words: the pair scorer does not pair
    them); listed as "only [1]" and "only [2]" they would contradict each other."""
    claims = _alignment([(1, ROCKETS_A), (2, ROCKETS_B), (1, HARBOUR_A)])
    items = [
        EventItem(summary=ROCKETS_A, sources=[1], evidence=[_ev(0, 1, ROCKETS_A)]),
        EventItem(summary=ROCKETS_B, sources=[2], evidence=[_ev(1, 2, ROCKETS_B)]),
        EventItem(summary=HARBOUR_A, sources=[1], evidence=[_ev(2, 1, HARBOUR_A)]),
    ]
    assert claims.echoed(items) == {0, 1}


def test_single_items_of_two_sources_on_different_facts_stay_single_source():
    """A harbour master's statement and a ferryman's quote are two facts of one story: both stay listed."""
    claims = _alignment([(1, HARBOUR_A), (2, FERRY_B)])
    items = [
        EventItem(summary=HARBOUR_A, sources=[1], evidence=[_ev(0, 1, HARBOUR_A)]),
        QuoteItem(summary=FERRY_B, sources=[2], evidence=[_ev(1, 2, FERRY_B)], speaker="Anton Grieg"),
    ]
    assert claims.echoed(items) == set()


def test_single_figures_of_two_sources_are_not_echoes():
    """Two sources' single figures about one quake are two measures (a past tremor's magnitude, this quake's
    depth), however alike their sentences read."""
    claims = _alignment([(1, TREMOR_A), (2, DEPTH_B)])
    items = [
        FigureItem(
            summary="Earthquake magnitude: 4.1 [1]",
            sources=[1],
            evidence=[_ev(0, 1, TREMOR_A)],
            slot=FigureSlot(counted="earthquake magnitude"),
            values=[FigureValue(text="4.1", value=4.1, sources=[1])],
        ),
        FigureItem(
            summary="Depth: only 10 kilometres [2]",
            sources=[2],
            evidence=[_ev(1, 2, DEPTH_B)],
            slot=FigureSlot(counted="depth"),
            values=[FigureValue(text="only 10 kilometres", value=10, sources=[2])],
        ),
    ]
    assert claims.echoed(items) == set()
