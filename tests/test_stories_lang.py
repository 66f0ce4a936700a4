"""Stories across languages (issue 13, item 4): language groups, what a cross-language match may not count
against it, names across scripts, and the five-language example event as one story in any order of arrival.

The example event (``examples/expected.json``, ``cross_language``) is our own writing; these tests need no
language front-end (stories read no facts but names), so they pass with the base install.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from crosswire.stories import list_stories, place_articles
from crosswire.stories.cluster import Clusterer
from crosswire.stories.config import DEFAULT_CONFIG, encoder_covers, language_group
from crosswire.stories.features import DocFeatures
from crosswire.stories.state import StoryState
from crosswire.stories.text import canonical_counts, entity_key, heuristic_entities

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
KEY = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
EVENT = KEY["cross_language"]["event"]


# -- language groups ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("mine", "theirs", "group"),
    [
        ([], ["ru"], "en"),  # unknown language: scored as before languages were known
        (["en"], [], "en"),
        (["en"], ["en", "ru"], "en"),
        (["ru"], ["en", "ru"], "same"),
        (["de"], ["de"], "same"),
        (["ru"], ["en"], "cross"),
        (["be"], ["ru", "uk"], "cross"),
    ],
)
def test_language_group(mine: list[str], theirs: list[str], group: str) -> None:
    assert language_group(mine, theirs) == group


def test_encoder_coverage() -> None:
    assert encoder_covers(["ru"]) and encoder_covers(["be", "en"]) and encoder_covers([])
    assert not encoder_covers(["be"]) and not encoder_covers(["uk", "be"])


def _doc(doc_id: str, lang: str | None, emb: np.ndarray, terms: dict[int, float], ents: list[str]) -> DocFeatures:
    return DocFeatures(doc_id, None, emb, terms, ents, None, lang, emb)


def _unit(seed: int) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=512).astype(np.float32)
    return v / np.linalg.norm(v)


def test_cross_language_match_does_not_count_missing_shared_words_against_it() -> None:
    """An article in another language shares no word with the story (TF-IDF 0): in the cross group that zero
    is not averaged in, so the same article scores higher than if its language were the story's."""
    emb = _unit(1)
    cl = Clusterer()
    first = _doc("a", "en", emb, {1: 2.0, 2: 1.0, 3: 1.0}, ["orlovka", "marina dubovska"])
    for d in (first,):
        cl._count_df(d.tf)
    story = StoryState(id="s", seq=0, touched=0)
    cl._absorb(story, first, cl.tfidf(first.tf))
    other = {7: 1.0, 8: 2.0}  # no shared term
    cross = _doc("b", "ru", emb, other, ["orlovka"])
    same = replace(cross, lang="en")
    s_cross = cl.score(cross, cl.tfidf(other), story, float(story.unit @ emb))
    s_same = cl.score(same, cl.tfidf(other), story, float(story.unit @ emb))
    assert s_cross > s_same
    assert s_cross >= DEFAULT_CONFIG.threshold  # the same embedding and a shared name: it joins


def test_english_scoring_is_unchanged_when_languages_are_unknown_or_english() -> None:
    """Articles with no language and English articles are scored by the ECB+-tuned rule, unshifted."""
    emb = _unit(2)
    cl = Clusterer()
    a = _doc("a", None, emb, {1: 1.0, 2: 1.0}, ["x"])
    cl._count_df(a.tf)
    story = StoryState(id="s", seq=0, touched=0)
    cl._absorb(story, a, cl.tfidf(a.tf))
    b = _doc("b", None, _unit(3), {2: 1.0, 5: 1.0}, ["x", "y"])
    vec = cl.tfidf(b.tf)
    sim = float(story.unit @ b.emb)
    dot = sum(w * story.terms.get(t, 0.0) for t, w in vec.items()) / story.term_norm
    expected = (0.7 * sim + 0.3 * dot + 0.3 * 1.0) / 1.3
    assert cl.score(b, vec, story, sim) == pytest.approx(expected)
    assert cl.score(replace(b, lang="en"), vec, story, sim) == pytest.approx(expected)


def test_story_state_keeps_languages_and_long_embedding() -> None:
    cl = Clusterer()
    story = StoryState(id="s", seq=0, touched=0)
    for i, lang in enumerate(["en", "ru", "ru"]):
        d = _doc(str(i), lang, _unit(i), {i: 1.0}, [])
        cl._absorb(story, d, cl.tfidf(d.tf))
    back = StoryState.from_json("s", json.loads(json.dumps(story.to_json())))
    assert back.langs == {"en": 1, "ru": 2}
    assert np.allclose(back.long_sum, story.long_sum)
    old = story.to_json()
    del old["long"], old["langs"]  # state written before languages were kept
    legacy = StoryState.from_json("s", old)
    assert legacy.langs == {} and np.allclose(legacy.long_unit, legacy.unit)


# -- names across scripts --------------------------------------------------------------------------------
def test_names_in_cyrillic_are_found_and_keyed_in_latin() -> None:
    text = "«Мы эвакуировали всех», — сказала глава города Марина Дубовская журналистам в Орловке."
    keys = canonical_counts(heuristic_entities(text))
    assert "marina dubovska" in keys and "dubovska" in keys and "orlovke" in keys
    # Five spellings in two scripts, one key (the facts stage's skeleton after transliteration).
    spellings = ["Марина Дубовская", "Марына Дубоўская", "Maryna Dubouskaya", "Marina Dubowskaja"]
    assert len({entity_key(s.lower()) for s in spellings}) == 1


# -- the five-language example event --------------------------------------------------------------------
def _event_ids(store: Store) -> dict[str, str]:
    """The example key's article names -> stored ids (matched on title)."""
    by_title = {r["title"]: r["id"] for r in store.conn.execute("SELECT id, title FROM articles")}
    return {name: by_title[a["title"]] for name, a in KEY["articles"].items()}


def _partition(store: Store) -> set[frozenset[str]]:
    return {frozenset(a.id for a in s.articles) for s in list_stories(store)}


@pytest.fixture(scope="module")
def unplaced(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus stored without stories (and without facts: stories read names only)."""
    path = tmp_path_factory.mktemp("lang") / "ex.db"
    with Store(path) as store:
        ingest_paths(store, [EXAMPLES / "corpus"], facts=False, stories=False, compare=False)
    return path


def _placed(src: Path, dst: Path, order: list[str]) -> Store:
    dst.write_bytes(src.read_bytes())
    store = Store(dst)
    place_articles(store, order)
    return store


def test_example_event_detected_in_five_languages(unplaced: Path) -> None:
    with Store(unplaced) as store:
        ids = _event_ids(store)
        got = {name: store.get_article(ids[name]).language for name in KEY["cross_language"]["languages"]}
    assert got == KEY["cross_language"]["languages"]
    assert len(set(got.values())) == 5


def test_five_language_event_is_one_story_in_any_order(unplaced: Path, tmp_path: Path) -> None:
    """The same corpus in file order, reversed and shuffled: the same partition, and the five-language event
    one story of its own."""
    with Store(unplaced) as store:
        order = store.article_ids()
        ids = _event_ids(store)
    event = frozenset(ids[n] for n in KEY["events"][EVENT]["articles"])
    partitions = []
    orders = [order, order[::-1], *(random.Random(seed).sample(order, len(order)) for seed in range(3))]
    for i, ordering in enumerate(orders):
        with _placed(unplaced, tmp_path / f"o{i}.db", ordering) as store:
            partitions.append(_partition(store))
    assert all(p == partitions[0] for p in partitions), "the partition depends on the order of arrival"
    assert event in partitions[0]
    for name, ev in KEY["events"].items():
        members = frozenset(ids[n] for n in ev["articles"])
        assert sum(1 for s in partitions[0] if s & members) == 1, f"{name} is split"


def test_story_lists_its_languages(unplaced: Path, tmp_path: Path) -> None:
    with _placed(unplaced, tmp_path / "l.db", []) as store:
        place_articles(store, store.article_ids())
        langs = {frozenset(s.languages): s for s in list_stories(store)}
        flood = langs[frozenset(KEY["cross_language"]["languages"].values())]
        assert Counter(a.language for a in flood.articles) == Counter(KEY["cross_language"]["languages"].values())
        assert flood.to_dict()["languages"] == flood.languages
