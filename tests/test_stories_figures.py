"""Shared specific figures carry a same-day report of one event into its story across languages and angles.

Invented text throughout; the corpus is ``tests/fixtures/stories/rate-decision-angles.jsonl`` (see
``tests/test_stories_order.py``): one rate cut reported in five languages with a consumer feature on borrowers,
a currency-markets follow-up and a French reaction piece; the same bank's rate hold a month earlier and a
commercial bank's job cuts the same day must stay stories of their own.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from crosswire.stories.cluster import Clusterer
from crosswire.stories.config import DEFAULT_CONFIG
from crosswire.stories.features import DocFeatures
from crosswire.stories.figures import specific_figures
from crosswire.stories.stage import partition
from crosswire.stories.state import StoryState

FIXTURE = Path(__file__).parent / "fixtures" / "stories" / "rate-decision-angles.jsonl"
RECORDS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
BY_TITLE = {r["title"]: r["id"] for r in RECORDS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank cut its rate to 5.75% from 6.25%.", ("5.75", "6.25")),  # en
        ("La banque a abaissé son taux à 5,75 %, contre 6,25 %.", ("5.75", "6.25")),  # fr: decimal comma
        ("Bank obniżył stopę do 5,75 proc.", ("5.75",)),  # pl
        ("Банк знизив ставку до 5,75%.", ("5.75",)),  # uk
        ("Il tasso scende al 5,75%, l'inflazione al 3,1%.", ("3.1", "5.75")),  # it
        ("Inflation reached 2.50 per cent.", ("2.5",)),  # trailing zero dropped
    ],
)
def test_one_value_is_one_figure_in_every_language(text: str, expected: tuple[str, ...]) -> None:
    assert specific_figures(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The company will cut 1,200 jobs in 2027.",  # a thousands group, a year
        "Die Firma streicht 1.200 Stellen.",  # a thousands group written with a dot
        "Am 05.11.2026 um 10 Uhr.",  # a date
        "Version 1.5.2 is out; the rate stays at 6.0.",  # a dotted run; no decimal part left
        "400 jobs, 35 branches, 12 years.",  # plain integers
    ],
)
def test_integers_dates_and_thousands_are_not_figures(text: str) -> None:
    assert specific_figures(text) == ()


def _doc(i: str, figures: tuple[str, ...], day: int = 740000) -> DocFeatures:
    emb = np.zeros(512, dtype=np.float32)
    emb[0] = 1.0
    return DocFeatures(i, day, emb, {}, [], figures=figures)


def test_figures_need_two_shared_and_the_same_day() -> None:
    cl = Clusterer(DEFAULT_CONFIG)
    story = StoryState(id="s", seq=0, touched=0)
    cl.add_story(story)
    cl.absorb("s", _doc("a", ("3.1", "5.75", "6.25")), {})
    assert cl._figures(("5.75",), story.figs) is None  # one shared figure is no evidence
    assert cl._figures(("5.75", "6.25", "9.9"), story.figs) == pytest.approx(2 / 3)
    assert DEFAULT_CONFIG.same_day_figures is not None
    assert DEFAULT_CONFIG.same_day_figures in cl._rules(["en"], {"fr": 1}, same_day=True)
    assert DEFAULT_CONFIG.same_day_figures not in cl._rules(["en"], {"fr": 1}, same_day=False)


def test_story_state_keeps_its_figures_through_json() -> None:
    cl = Clusterer(DEFAULT_CONFIG)
    cl.add_story(StoryState(id="s", seq=0, touched=0))
    cl.absorb("s", _doc("a", ("3.1", "5.75")), {})
    cl.absorb("s", _doc("b", ("5.75",)), {})
    state = cl.stories["s"]
    assert state.figs == {"3.1": 1, "5.75": 2}
    assert StoryState.from_json("s", json.loads(json.dumps(state.to_json()))).figs == state.figs
    old = state.to_json()
    del old["figs"]  # state written before figures were kept
    assert StoryState.from_json("s", old).figs == {}


@pytest.fixture(scope="module")
def groups(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[frozenset[str]]]:
    """The corpus's stories with the shipped rules and with the figures rule off (names from the text)."""
    out = {}
    for name, config in (("on", DEFAULT_CONFIG), ("off", replace(DEFAULT_CONFIG, same_day_figures=None))):
        folder = tmp_path_factory.mktemp(name)
        with Store(folder / "s.db") as store:
            ingest_paths(store, [FIXTURE], facts=False, stories=False)
            from crosswire.stories.stage import place_articles

            place_articles(store, store.article_ids(), config=config)
            titles = {r["id"]: r["title"] for r in store.conn.execute("SELECT id, title FROM articles")}
            members, _ = partition(store)
            out[name] = {frozenset(BY_TITLE[titles[a]] for a in m) for m in members.values()}
    return out


def _story_of(groups: set[frozenset[str]], record: str) -> frozenset[str]:
    return next(g for g in groups if record in g)


def test_angles_and_languages_join_the_event(groups: dict[str, set[frozenset[str]]]) -> None:
    event = _story_of(groups["on"], "veldora-post-rate-cut")
    for record in (
        "courrier-orlin-taux",
        "gazeta-orlinska-stopy",
        "visnyk-orlina-stavka",
        "corriere-finanza-tasso",
        "veldora-post-borrowers",  # the consumer feature: opens on a family's mortgage
        "markets-live-veld",  # the currency follow-up
        "courrier-orlin-reactions",  # the French reaction piece
    ):
        assert record in event, record
    # without the figures rule the borrowers feature stood alone (the new user's split)
    assert "veldora-post-borrowers" not in _story_of(groups["off"], "veldora-post-rate-cut")


def test_other_events_of_the_place_and_kind_stay_apart(groups: dict[str, set[frozenset[str]]]) -> None:
    on = groups["on"]
    assert _story_of(on, "veldora-post-rate-hold") == {"veldora-post-rate-hold"}  # the month-earlier decision
    assert _story_of(on, "veldora-post-kordabank") == {"veldora-post-kordabank", "gazeta-orlinska-kordabank"}
