"""The stories stage over a real store: seeds, syndicated copies with edits, unrelated events, recluster,
idempotence, undated articles. Fixture articles below are written for these tests (fictional events)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.clean import clean_document
from crosswire.model import Article, Block, RawDocument, content_hash
from crosswire.store import Store
from crosswire.stories import get_story, list_stories, place_articles, recluster, update_store
from crosswire.vocab.calendar import published_order

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

FLOOD_WIRE = [
    "CARROW -- The River Aldmoor burst its banks early on Tuesday after three days of heavy rain, forcing more "
    "than 400 residents of the market town of Carrow to leave their homes, emergency officials said.",
    "Firefighters used inflatable boats to reach families trapped on upper floors along Mill Street, where the "
    "water rose by more than a metre in less than two hours.",
    "\u201cWe have never seen the river come up this quickly,\u201d said Helen Brask, who leads the Carrow volunteer "
    "rescue team. \u201cPeople had minutes, not hours.\u201d",
    "The regional council opened the Carrow sports hall as an emergency shelter and said about 150 people spent "
    "the night there on camp beds donated by a local supermarket.",
    "Forecasters at the national weather office warned that another 40 millimetres of rain could fall on "
    "Wednesday, and said the river was not expected to peak until the evening.",
    "No deaths have been reported, but two people were treated in hospital for hypothermia, according to the "
    "county ambulance service.",
    "The last comparable flood in Carrow, in 1998, damaged more than 600 properties and closed the town's only "
    "bridge for a month.",
]
# A regional paper's copy: one word changed in a paragraph, the last paragraph cut, a local paragraph added.
FLOOD_EDITED = [
    *FLOOD_WIRE[:1],
    FLOOD_WIRE[1].replace("inflatable boats", "rubber dinghies"),
    *FLOOD_WIRE[2:6],
    "Readers can follow live updates on the Evening Post website, where road closures will be listed as soon "
    "as the council announces them.",
]
FLOOD_OWN = [
    "Rescue crews evacuated hundreds of people from Carrow on Tuesday as the River Aldmoor overflowed after days "
    "of torrential rain, leaving streets in the town centre under water.",
    "Helen Brask, head of the volunteer rescue team, said the flood had risen faster than anyone remembered, and "
    "that boats had been sent to Mill Street to lift families from first-floor windows.",
    "About 150 evacuees slept in the Carrow sports hall, which the regional council turned into a shelter.",
    "The weather office expects more rain on Wednesday. Two residents were taken to hospital with hypothermia.",
]
FOOTBALL = [
    "Harbour City reached the final of the national cup on Tuesday night, beating Redvale 2-1 after a late "
    "header from their captain, Tomas Verhoek, in front of a sold-out crowd at the Quayside Stadium.",
    "Redvale had led at half-time through a penalty from striker Ade Okonjo, awarded after a handball that the "
    "Harbour City coach, Marta Lindqvist, called \u201ca generous decision\u201d.",
    "Verhoek equalised with a low shot on the hour and then won it in stoppage time, meeting a corner at the near "
    "post. Harbour City will meet Eastbridge Rovers in the final next month.",
    "Lindqvist said her players had shown character. \u201cWe were poor for forty-five minutes and brilliant for "
    "forty-five,\u201d she told reporters.",
]
TECH = [
    "Lumora Systems, the semiconductor maker, said on Tuesday it would cut 1,200 jobs, about 8 percent of its "
    "workforce, after orders for its memory chips fell for a third consecutive quarter.",
    "Chief executive Priya Raman told analysts on a conference call that the company would close its packaging "
    "plant in Velden and move the work to existing sites, saving about $90 million a year.",
    "Shares in Lumora fell 6 percent in early trading. The company cut its revenue forecast for the year to "
    "between $4.1 billion and $4.3 billion.",
    "Raman said demand from data centres remained strong but that orders from phone makers had dropped sharply.",
]
TECH_UNDATED = [
    "Lumora Systems will shut its Velden packaging plant and cut 1,200 jobs as orders for memory chips keep "
    "falling, chief executive Priya Raman said on a call with analysts.",
    "Lumora shares dropped 6 percent. Raman said phone makers had cut orders sharply while data centre demand "
    "held up, and the chipmaker lowered its revenue forecast for the year.",
]


def _article(
    aid: str, paragraphs: list[str], outlet: str, title: str, published: str | None, agency: str | None = None
) -> Article:
    body = "\n\n".join(paragraphs)
    return Article(
        id=aid,
        source=f"fixture:{aid}",
        content_hash=content_hash(outlet + body),
        blocks=[Block("paragraph", p) for p in paragraphs],
        title=title,
        outlet=outlet,
        agency=agency,
        published=published,
        url=f"https://example.org/{aid}",
    )


def _fixtures() -> list[Article]:
    return [
        _article(
            "flood-wire",
            FLOOD_WIRE,
            "Wire Service",
            "River Aldmoor bursts its banks, hundreds leave homes",
            "2031-03-04",
            agency="Wire Service",
        ),
        _article(
            "football", FOOTBALL, "Sports Daily", "Late Verhoek header sends Harbour City into cup final", "2031-03-04"
        ),
        _article(
            "flood-exact",
            FLOOD_WIRE,
            "Northern Daily",
            "River Aldmoor bursts its banks",
            "2031-03-04T11:00:00",
            agency="Wire Service",
        ),
        _article(
            "tech", TECH, "Business Wire Today", "Lumora Systems to cut 1,200 jobs as chip orders fall", "2031-03-04"
        ),
        _article(
            "flood-edited",
            FLOOD_EDITED,
            "Carrow Evening Post",
            "Hundreds flee as Aldmoor floods Carrow",
            "2031-03-05",
            agency="Wire Service",
        ),
        _article(
            "flood-own",
            FLOOD_OWN,
            "National Broadcaster",
            "Hundreds evacuated as River Aldmoor floods Carrow",
            "2031-03-04",
        ),
        _article("tech-undated", TECH_UNDATED, "Markets Weekly", "Lumora shuts Velden plant", None),
    ]


def _store_with(tmp_path: Path, articles: list[Article], name: str = "s.db") -> Store:
    store = Store(tmp_path / name)
    with store.transaction():
        for a in articles:
            store.add_article(a)
    return store


def _partition(store: Store) -> set[frozenset[str]]:
    return {frozenset(a.id for a in s.articles) for s in list_stories(store)}


_EMBS: dict[int, list] = {}


def _same_embs(store: Store) -> bool:
    """The last two snapshots of ``store`` have embedding sums equal up to float noise."""
    import numpy as np

    runs = _EMBS.pop(id(store))
    half = len(runs) // 2
    return all(np.allclose(a, b, atol=1e-4) for a, b in zip(runs[:half], runs[half:], strict=True))


def _state(store: Store) -> list[tuple]:
    """Stories with their clustering state, and the document frequencies. Embedding sums are kept to 3
    decimals: batching moves them in the last float bits (see ``embed.embed``), checked by :func:`_same_embs`."""
    import base64
    import json

    import numpy as np

    out: list[tuple] = []
    for r in store.conn.execute("SELECT id, title, first_seen, last_seen, data FROM stories ORDER BY id"):
        data = json.loads(r["data"])
        emb = np.frombuffer(base64.b64decode(data.pop("emb")), dtype="<f4")
        if "long" in data:  # the 80-word embedding sum: the same float noise as the lead's
            emb = np.concatenate([emb, np.frombuffer(base64.b64decode(data.pop("long")), dtype="<f4")])
        titles = [(a, t) for a, t, _ in data.pop("titles")]
        out.append(
            (r["id"], r["title"], r["first_seen"], r["last_seen"], json.dumps(data, sort_keys=True), tuple(titles))
        )
        _EMBS.setdefault(id(store), []).append(emb)
    out += [tuple(r) for r in store.conn.execute("SELECT term, df FROM story_df ORDER BY term")]
    return out


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = _store_with(tmp_path_factory.mktemp("stories"), _fixtures())
    update_store(store, store.articles_without_story())
    return store


def test_syndicated_copies_are_found_with_their_changes(fixture_store: Store) -> None:
    rows = {r["article_id"]: dict(r) for r in fixture_store.conn.execute("SELECT * FROM story_articles")}
    assert rows["flood-exact"]["copy_of"] == "flood-wire"
    assert rows["flood-edited"]["copy_of"] == "flood-wire"
    assert rows["flood-own"]["copy_of"] is None  # same event, own words: not a copy
    story = get_story(fixture_store, rows["flood-wire"]["story_id"])
    assert story is not None
    (group,) = story.copies
    assert group.wire == "flood-wire"
    assert group.outlets == ["Wire Service", "Northern Daily", "Carrow Evening Post"]
    assert group.changes is not None
    changes = {c.article: c for c in group.changes}
    assert changes["flood-exact"].added == [] and changes["flood-exact"].removed == []
    edited = changes["flood-edited"]
    assert FLOOD_WIRE[1] in edited.removed and FLOOD_WIRE[6] in edited.removed
    assert FLOOD_EDITED[1] in edited.added and FLOOD_EDITED[-1] in edited.added
    assert len(edited.added) == 2 and len(edited.removed) == 2
    assert edited.title == "Hundreds flee as Aldmoor floods Carrow"  # the copy's own headline


def test_same_event_joins_and_unrelated_events_stay_apart(fixture_store: Store) -> None:
    parts = _partition(fixture_store)
    assert frozenset({"flood-wire", "flood-exact", "flood-edited", "flood-own"}) in parts
    assert frozenset({"football"}) in parts
    assert frozenset({"tech", "tech-undated"}) in parts  # the undated article still clusters


def test_story_shape(fixture_store: Store) -> None:
    stories = list_stories(fixture_store)
    flood = next(s for s in stories if any(a.id == "flood-wire" for a in s.articles))
    assert flood.first_seen == "2031-03-04" and flood.last_seen == "2031-03-05"
    assert flood.agencies == ["Wire Service"]
    assert set(flood.outlets) == {"Wire Service", "Northern Daily", "Carrow Evening Post", "National Broadcaster"}
    assert flood.title in {a.title for a in _fixtures() if a.id.startswith("flood")}
    assert {"id", "url", "outlet", "agency", "title", "published", "copy_of", "language"} == set(
        flood.articles[0].to_dict()
    )
    # A unique prefix finds the story; an unknown id does not.
    found = get_story(fixture_store, flood.id[:6])
    assert found is not None and found.id == flood.id
    assert get_story(fixture_store, "no-such-story") is None


def test_rerun_on_assigned_ids_changes_nothing(fixture_store: Store) -> None:
    before = [tuple(r) for r in fixture_store.conn.execute("SELECT * FROM story_articles ORDER BY article_id")]
    stories_before = [tuple(r)[:5] for r in fixture_store.conn.execute("SELECT * FROM stories ORDER BY id")]
    result = place_articles(fixture_store, [a.id for a in _fixtures()] + ["not-stored"])
    assert result.skipped == len(_fixtures())
    assert result.new_stories == result.joined == result.copies == result.merges == 0
    assert result.missing == ["not-stored"]
    staged = update_store(fixture_store, [a.id for a in _fixtures()] + ["not-stored"])  # the stage-list entry
    assert staged.stage == "stories" and staged.written == 0
    assert staged.counts == {"new_stories": 0, "joined": 0, "copies": 0, "merges": 0, "skipped": 7, "missing": 1}
    assert [tuple(r) for r in fixture_store.conn.execute("SELECT * FROM story_articles ORDER BY article_id")] == before
    assert [tuple(r)[:5] for r in fixture_store.conn.execute("SELECT * FROM stories ORDER BY id")] == stories_before


def test_incremental_in_separate_processes_equals_recluster(tmp_path: Path) -> None:
    # Batches that arrive in publication order (the order recluster places one batch in, stories.order): the
    # same articles placed by three processes equal one rebuild, state and all.
    arts = sorted(_fixtures(), key=lambda a: (published_order(a.published), a.id))
    path = tmp_path / "inc.db"
    with _store_with(tmp_path, arts, "inc.db") as store:
        update_store(store, [a.id for a in arts[:3]])
    with Store(path) as store:  # a fresh process-like open: state reloaded from the store
        update_store(store, [a.id for a in arts[3:5]])
        update_store(store, [a.id for a in arts[5:]])
        before = _partition(store)
        state = _state(store)
        report = recluster(store)
        assert report.equal, report.moved
        assert report.stories_before == report.stories_after
        assert _partition(store) == before
        assert _state(store) == state
        assert _same_embs(store)


def test_seeds_end_up_in_one_story(tmp_path: Path) -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    assert len(seeds) >= 2
    store = Store(tmp_path / "seeds.db")
    with store.transaction():
        for path in seeds:
            raw = RawDocument(
                source=str(path), kind="text", content=path.read_text(encoding="utf-8"), content_type="text"
            )
            store.add_article(clean_document(raw))
    # Unrelated fixture events arrive alongside the seeds and must not join them.
    with store.transaction():
        for a in _fixtures():
            if not a.id.startswith("flood-e"):
                a.published = "2020-09-14"
                store.add_article(a)
    update_store(store, store.articles_without_story())
    seed_ids = {r["id"] for r in store.conn.execute("SELECT id FROM articles WHERE source LIKE '%seeds%'")}
    stories = {
        r["story_id"]
        for r in store.conn.execute(
            f"SELECT story_id FROM story_articles WHERE article_id IN ({','.join('?' * len(seed_ids))})",
            tuple(seed_ids),
        )
    }
    assert len(stories) == 1
    (sid,) = stories
    story = get_story(store, sid)
    assert story is not None and {a.id for a in story.articles} == seed_ids


def test_facts_entities_are_used_when_present(tmp_path: Path) -> None:
    art = _fixtures()[1]
    store = _store_with(tmp_path, [art])
    with store.transaction():
        store.put_facts(
            art.id,
            {
                "entities": [
                    {"name": "Tomas Verhoek", "mentions": [{}, {}, {}]},
                    {"name": "Quayside Stadium", "mentions": [{}]},
                ]
            },
            version=1,
        )
    update_store(store, [art.id])
    import json

    (data,) = [json.loads(r["data"]) for r in store.conn.execute("SELECT data FROM stories")]
    # Keys are canonical (crosswire.stories.text.entity_key): the facts stage's transliteration skeleton.
    assert set(data["ents"]) == {"tomas verhoek", "verhoek", "quaiside stadum", "stadum"}


def test_empty_and_odd_articles_do_not_raise(tmp_path: Path) -> None:
    empty = Article(
        id="empty", source="t", content_hash=content_hash("empty"), blocks=[], title=None, published="not a date"
    )
    short = _article("short", ["Breaking."], "X", "Breaking", "2031-03-04")
    store = _store_with(tmp_path, [empty, short])
    result = place_articles(store, ["empty", "short"])
    assert result.new_stories == 2 and result.copies == 0
    assert {s.size for s in list_stories(store)} == {1}


def test_two_writers_alternating_stay_consistent(tmp_path: Path) -> None:
    arts = sorted(_fixtures(), key=lambda a: (published_order(a.published), a.id))  # as recluster places them
    a = _store_with(tmp_path, arts, "two.db")
    b = Store(tmp_path / "two.db")
    update_store(a, [x.id for x in arts[:2]])
    update_store(b, [x.id for x in arts[2:4]])  # b loads what a wrote
    update_store(a, [x.id for x in arts[4:]])  # a's cached state is stale and must be reloaded
    assert len(a.articles_without_story()) == 0
    before = _partition(a)
    state = _state(a)
    report = recluster(b)
    assert report.equal, report.moved
    assert _partition(a) == before
    assert _state(a) == state  # the clustering state too, not only the grouping
    assert _same_embs(a)


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _source_to_id(store: Store) -> dict[str, str]:
    """Article id by the source name the answer key uses (relative to examples/corpus)."""
    out = {}
    for r in store.conn.execute("SELECT id, source FROM articles"):
        src = r["source"].replace("\\", "/")
        out[src.split("examples/corpus/", 1)[-1]] = r["id"]
    return out


@pytest.fixture(scope="module", params=[True, False], ids=["with-facts", "heuristic-entities"])
def example_store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Store:
    """The example corpus through the real pipeline, with the facts stage (canonical entities) and without."""
    from crosswire.pipeline import ingest_paths

    store = Store(tmp_path_factory.mktemp("examples") / "ex.db")
    ingest_paths(store, [EXAMPLES / "corpus"], facts=request.param)
    return store


def test_example_corpus_events_are_separated_and_whole(example_store: Store) -> None:
    import json

    key = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
    ids = _source_to_id(example_store)
    want = {
        frozenset(ids[key["articles"][name]["source"]] for name in event["articles"])
        for event in key["events"].values()
    }
    assert _partition(example_store) == want


def test_example_corpus_wire_copy_and_jsonl_ids(example_store: Store) -> None:
    import json

    key = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
    ids = _source_to_id(example_store)
    (synd,) = key["syndication"]
    pair = {ids[key["articles"][synd["copy"]]["source"]], ids[key["articles"][synd["copy_of"]]["source"]]}
    rows = {r["article_id"]: r["copy_of"] for r in example_store.conn.execute("SELECT * FROM story_articles")}
    copies = {a for a, wire in rows.items() if wire}
    assert len(copies) == 1 and copies <= pair and rows[copies.pop()] in pair  # one copy, of the other one
    # JSONL records keep the ids they were given, in the stories listing too.
    listed = {a.id for s in list_stories(example_store) for a in s.articles}
    for art in key["articles"].values():
        if art["format"] == "jsonl":
            assert art["id"] in listed
    # The copy group names both outlets and says what differs: the Lantern dropped the wire's last paragraph.
    (story,) = [get_story(example_store, s.id) for s in list_stories(example_store) if s.copies]
    assert story is not None
    (group,) = story.copies
    assert set(group.outlets) == {key["articles"][n]["outlet"] for n in (synd["copy"], synd["copy_of"])}
    (change,) = group.changes or []
    # The two outlets ran different headlines; the copy's own is reported.
    titles = {key["articles"][n]["title"] for n in ("pacific", "lantern")}
    assert change.title in titles
    pacific_last = key["articles"]["pacific"]["last_paragraph"]
    moved = change.removed if change.article == ids[key["articles"]["lantern"]["source"]] else change.added
    assert pacific_last in moved


def test_example_corpus_late_bridge_merges_and_records_it(tmp_path: Path) -> None:
    """The two-sentence mourning brief arrives first and starts its own story; the articles that link it to the
    quake coverage come later, and the one that bridges both merges them, recorded in story_merges."""
    import json

    from crosswire.pipeline import ingest_paths

    key = json.loads((EXAMPLES / "expected.json").read_text(encoding="utf-8"))
    store = Store(tmp_path / "order.db")
    ingest_paths(store, [EXAMPLES / "corpus"], facts=False, stories=False)
    ids = _source_to_id(store)
    by_name = {name: ids[a["source"]] for name, a in key["articles"].items()}
    order = [
        "northline-mourning",
        "greyhaven",
        "pacific",
        "civic",
        "arts-ledger",
        "kestrel",
        "northline-quake",
        "northline-theft",
        "lantern",
    ]
    order += [n for n in by_name if n not in order]  # the five-language event, in file order, after the others
    assert set(order) == set(by_name)
    for name in order:
        update_store(store, [by_name[name]])
    want = {frozenset(by_name[n] for n in event["articles"]) for event in key["events"].values()}
    assert _partition(store) == want
    merges = [dict(r) for r in store.conn.execute("SELECT merged_id, into_id, reason FROM story_merges")]
    assert len(merges) >= 1 and all("bridged by article" in m["reason"] for m in merges)
    quake = get_story(store, merges[0]["merged_id"])  # a merged story's old id still finds the story
    assert quake is not None and by_name["northline-mourning"] in {a.id for a in quake.articles}
