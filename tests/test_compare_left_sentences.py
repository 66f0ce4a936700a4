"""Every body sentence lands where a reader sees it (issue 12): in an agreed, conflicting or single-source item, or
in the comparison's ``unmatched`` list with why. A sentence another source's sentence relates to, but not closely
enough to agree, was in no section at all (a new user's German-only fact vanished when a wire copy was removed).
And a source already in an agreed item for a fact is never "only X" for it through its other sentence of that fact.
The stories are invented (a tunnel closure, a museum theft), in several languages."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from crosswire.compare.records import ClaimItem, EventItem, FigureItem, FigureSlot, LeftSentence
from crosswire.compare.sections import summary_with_cites
from crosswire.compare.singles import own_source_agreed
from crosswire.model import Evidence
from test_compare_core import compare_texts

TUNNEL_EN = (
    "The Kervel road tunnel near Ostrand was closed on Monday after a lorry caught fire inside it, the regional "
    "road authority said. Nobody was hurt in the fire. Engineers will inspect the tunnel's ventilation system "
    "before it reopens, the authority said. Traffic is being diverted over the old mountain pass, adding about "
    "forty minutes to journeys. Local hauliers said the closure would cost them dearly during the harvest season."
)
TUNNEL_DE = (
    "Der Kervel-Straßentunnel bei Ostrand ist am Montag gesperrt worden, nachdem ein Lastwagen darin in Brand "
    "geraten war. Verletzt wurde niemand. Die Feuerwehr brauchte nach eigenen Angaben drei Stunden, um den Brand "
    "vollständig zu löschen. Der Verkehr wird über den alten Bergpass umgeleitet. Der Bürgermeister von Ostrand "
    "forderte seit Jahren eine zweite Röhre für den Tunnel."
)
TUNNEL_ES = (
    "El túnel de carretera de Kervel, cerca de Ostrand, fue cerrado el lunes después de que un camión se "
    "incendiara en su interior. No hubo heridos. Los conductores de camiones temen pérdidas durante la cosecha. "
    "Según la autoridad vial, la reapertura dependerá de una revisión completa del sistema de ventilación."
)
TUNNEL_RU = (
    "Автомобильный тоннель Кервель около Острана закрыли в понедельник после пожара грузовика внутри. "
    "Пострадавших нет. Движение перенаправили через старый горный перевал. Местные жители давно жалуются на "
    "состояние дорог в регионе."
)


def _sentences_shown(comparison: Any) -> set[tuple[str, int]]:
    shown = [*comparison.agreed, *comparison.conflicts, *comparison.single_source, *comparison.quote_variants]
    return {(ev.article, ev.start) for it in (*shown, *comparison.unmatched) for ev in it.evidence}


def _body_sentences(comparison: Any, bodies: dict[str, str]) -> list[tuple[str, int, int, str]]:
    """(article, start, end, text) of every body sentence of six words or more, split on full stops."""
    out = []
    for aid, body in bodies.items():
        at = 0
        for part in body.split(". "):
            text = part if part.endswith(".") else part + "."
            start = body.find(part, at)
            at = start + len(part)
            if len(text.split()) >= 6:
                out.append((aid, start, start + len(part), text))
    return out


def test_every_body_sentence_of_a_four_language_story_is_shown(tmp_path) -> None:
    rows = [
        ("t-en", "Valley Wire", "2025-10-06", TUNNEL_EN),
        ("t-de", "Bergblatt", "2025-10-06", TUNNEL_DE),
        ("t-es", "Diario del Valle", "2025-10-06", TUNNEL_ES),
        ("t-ru", "Горные вести", "2025-10-06", TUNNEL_RU),
    ]
    comparison = compare_texts(tmp_path, rows)
    shown = comparison.agreed + comparison.conflicts + comparison.single_source + comparison.unmatched
    cited = [ev for it in [*shown, *comparison.quote_variants] for ev in it.evidence]
    bodies = {aid: text for aid, _o, _d, text in rows}
    for aid, start, end, text in _body_sentences(comparison, bodies):
        assert any(ev.article == aid and ev.start < end and start < ev.end for ev in cited), text
    # a left sentence says why, names its one source, and shows what it partly matches when something does
    assert comparison.unmatched
    for left in comparison.unmatched:
        assert left.reason and len(left.sources) == 1 and left.evidence
        assert bool(left.nearest) == bool(left.nearest_sources)
        assert left.summary in summary_with_cites(left)
    # no sentence is both in an item and left
    items = {(ev.article, ev.start) for it in shown[: -len(comparison.unmatched)] for ev in it.evidence}
    assert not items & {(ev.article, ev.start) for it in comparison.unmatched for ev in it.evidence}


def test_a_left_sentence_round_trips_and_renders(tmp_path) -> None:
    rows = [("t-en", "Valley Wire", "2025-10-06", TUNNEL_EN), ("t-de", "Bergblatt", "2025-10-06", TUNNEL_DE)]
    comparison = compare_texts(tmp_path, rows)
    again = type(comparison).from_dict(comparison.to_dict())
    assert [x.to_dict() for x in again.unmatched] == [x.to_dict() for x in comparison.unmatched]
    from crosswire.compare.markdown import render_markdown

    text = render_markdown([comparison])
    if comparison.unmatched:
        assert "## Not in any item" in text
        assert comparison.unmatched[0].reason.split(" (")[0] in text.replace("\\", "")


def test_a_left_sentence_line_names_its_partial_match() -> None:
    ev = Evidence(article="a", outlet="A", text="Der Versorger lehnte eine Zahlung ab.", start=0, end=37)
    near = Evidence(article="b", outlet="B", text="The museum said it would not pay.", start=0, end=33)
    left = LeftSentence(
        summary=ev.text,
        sources=[2],
        evidence=[ev],
        reason="partly matches [1]'s sentence",
        nearest=[near],
        nearest_sources=[1],
    )
    line = summary_with_cites(left)
    assert line.startswith("Der Versorger lehnte eine Zahlung ab. [2] (partly matches [1]'s sentence)")
    assert line.endswith("nearest [1]: The museum said it would not pay.")
    alone = LeftSentence(summary=ev.text, sources=[2], evidence=[ev], reason="no other source relates to it")
    assert "nearest" not in summary_with_cites(alone)


# -- a source in an agreed item for a fact is not "only X" for it -----------------------------------------------
def _unit(index: int, source: int, terms: set[str]) -> Any:
    return SimpleNamespace(index=index, source=source, terms=frozenset(terms), entities=(), places=())


class _Claims:
    """A stand-in alignment: units, which units each item cites, and their cosines."""

    def __init__(self, units: list[Any], cites: dict[int, list[Any]], sims: np.ndarray) -> None:
        self.units, self._cites, self.near = units, cites, SimpleNamespace(sims=sims)

    def units_of(self, item: Any) -> list[Any]:
        return self._cites[id(item)]


def _item(summary: str, sources: list[int]) -> ClaimItem:
    return ClaimItem(summary=summary, sources=sources, evidence=[])


# The museum theft: source 1 (Russian) says twice that thefts from small museums have grown; source 2 (English)
# once. Source 1's first sentence is in the agreed item with source 2's; its second was told as only source 1's.
RU_AGREED = _unit(0, 1, {"эксперт", "кража", "музей", "небольшой", "последний", "год", "стать", "частый"})
EN_AGREED = _unit(1, 2, {"theft", "small", "museum", "rise", "across", "europe", "expert"})
RU_AGAIN = _unit(2, 1, {"слово", "эксперт", "кража", "музей", "участиться"})
RU_OTHER = _unit(3, 1, {"музей", "принадлежать", "город", "коллекция", "насчитывать", "картина", "скульптура"})


def _own_case(sim_again: float, sim_other: float, again: Any = RU_AGAIN) -> set[int]:
    sims = np.eye(4)
    sims[0, 1] = sims[1, 0] = 0.6
    sims[2, 1] = sims[1, 2] = sim_again
    sims[3, 1] = sims[1, 3] = sim_other
    agreed = _item("Thefts from small museums have risen across Europe, experts say.", [1, 2])
    single = [_item("По словам экспертов, кражи из музеев участились.", [1]), _item("Музей принадлежит городу.", [1])]
    cites = {id(agreed): [RU_AGREED, EN_AGREED], id(single[0]): [again], id(single[1]): [RU_OTHER]}
    return own_source_agreed(single, [agreed], _Claims([RU_AGREED, EN_AGREED, again, RU_OTHER], cites, sims))


def test_a_sources_second_sentence_of_an_agreed_fact_is_not_only_its() -> None:
    assert _own_case(0.52, 0.2) == {0}


def test_a_sentence_merely_near_the_agreed_one_stays_single() -> None:
    # near the agreed sentence (as a story's sentences come near its lead) but sharing one word with its source's
    assert _own_case(0.52, 0.5) == {0}
    assert 1 not in _own_case(0.52, 0.5)


def test_a_far_sentence_or_another_source_stays_single() -> None:
    assert _own_case(0.3, 0.2) == set()
    # the same words in a source the agreed item does not cite
    other = _unit(2, 3, set(RU_AGAIN.terms))
    sims = np.eye(4)
    sims[2, 1] = sims[1, 2] = 0.7
    agreed = _item("Thefts from small museums have risen.", [1, 2])
    single = [_item("Kradzieże z muzeów się nasiliły.", [3])]
    cites = {id(agreed): [RU_AGREED, EN_AGREED], id(single[0]): [other]}
    assert own_source_agreed(single, [agreed], _Claims([RU_AGREED, EN_AGREED, other], cites, sims)) == set()


def test_figures_are_left_to_the_figure_checks() -> None:
    sims = np.ones((4, 4))
    agreed = _item("Thefts from small museums have risen.", [1, 2])
    fig = FigureItem(
        summary="Paintings: 40 [1]", sources=[1], evidence=[], slot=FigureSlot(counted="paintings"), values=[]
    )
    cites = {id(agreed): [RU_AGREED, EN_AGREED], id(fig): [RU_AGAIN]}
    assert own_source_agreed([fig], [agreed], _Claims([RU_AGREED, EN_AGREED, RU_AGAIN], cites, sims)) == set()


def test_event_items_are_checked_too() -> None:
    sims = np.eye(4)
    sims[2, 1] = sims[1, 2] = 0.55
    agreed = _item("Thefts from small museums have risen.", [1, 2])
    event = EventItem(summary="По словам экспертов, кражи из музеев участились.", sources=[1], evidence=[])
    cites = {id(agreed): [RU_AGREED, EN_AGREED], id(event): [RU_AGAIN]}
    assert own_source_agreed([event], [agreed], _Claims([RU_AGREED, EN_AGREED, RU_AGAIN], cites, sims)) == {0}


@pytest.mark.parametrize(("score", "phrase"), [(0.41, "under the agreement bar 0.60"), (0.76, "at or above")])
def test_a_partial_match_names_its_score_against_the_agreement_bar(score: float, phrase: str) -> None:
    """A new user's reason read "alignment score 0.76, under the agreement bar 0.60": a pair scored above the
    bar and kept apart by a check of what each states is said to be so, not to be under the bar."""
    from crosswire.compare.leftover import _left

    def unit(index: int, source: int, language: str, text: str) -> Any:
        claim = SimpleNamespace(start=0, end=len(text), kind="body")
        return SimpleNamespace(
            index=index,
            source=source,
            article=f"a{source}",
            claim=claim,
            text=text,
            language=language,
            terms=frozenset(),
            attribution=frozenset(),
        )

    mine = unit(0, 1, "de", "Die Firma gehört seit 2019 der Halvor-Gruppe aus Oslo.")
    other = unit(1, 2, "en", "The terminal has belonged to an Oslo group since 2019.")
    found = SimpleNamespace(counterparts=lambda u: [(score, other)], agree=0.6, near=None, units=[mine, other])
    left = _left(mine, found, SimpleNamespace(bodies={}, outlets={}))  # type: ignore[arg-type]
    assert phrase in left.reason and f"{score:.2f}" in left.reason
    assert left.nearest_sources == [2]
