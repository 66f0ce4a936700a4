"""Wire direction: within a group of syndicated copies the wire is the copy published first, whatever order the
copies arrive in. Fixtures are written for these tests (a fictional event)."""

from __future__ import annotations

import json
from pathlib import Path

from crosswire.model import Article, Block, content_hash
from crosswire.pipeline import ingest_paths
from crosswire.store import Store
from crosswire.stories import get_story, recluster, update_store
from crosswire.stories.wire import Member, outlet_is_agency, pick_wire, when

BRIDGE = [
    "KELLAN -- Engineers closed the Varn suspension bridge on Thursday after inspectors found cracks in two of "
    "its main cables, cutting the only road link between the island town of Kellan and the mainland.",
    "The regional transport authority said about 9,000 vehicles cross the bridge each day and that a ferry "
    "service would run every 20 minutes from Friday morning until further notice.",
    "\u201cWe will not reopen it until we are certain it is safe,\u201d said Mira Olsson, the authority's chief "
    "engineer, adding that a full survey of the cables would take at least three weeks.",
    "Shops in Kellan reported long queues for fuel and groceries on Thursday evening as residents stocked up "
    "before the ferry timetable was published.",
    "The bridge, opened in 1971, was last strengthened in 2009 at a cost of 40 million crowns.",
]
# A later copy: new headline, one word changed, a local paragraph added.
BRIDGE_COPY = [
    *BRIDGE[:1],
    BRIDGE[1].replace("regional", "county"),
    *BRIDGE[2:],
    "The Island Post will publish the ferry timetable on its website as soon as it is released.",
]


def _record(aid: str, outlet: str, title: str, published: str, paragraphs: list[str]) -> dict:
    return {
        "id": aid,
        "url": f"https://example.org/{aid}",
        "outlet": outlet,
        "title": title,
        "published": published,
        "text": "\n\n".join(paragraphs),
    }


# The copy was published at 10:30 UTC; the original at 11:00 +02:00, i.e. 09:00 UTC: earlier, although its
# timestamp sorts later as a string.
COPY = _record(
    "island-post-bridge", "Island Post", "Varn bridge shut, ferries to run", "2031-05-08T10:30:00Z", BRIDGE_COPY
)
ORIGINAL = _record(
    "coast-wire-bridge", "Coast Wire", "Cracks close Varn bridge to Kellan", "2031-05-08T11:00:00+02:00", BRIDGE
)


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _copy_of(store: Store) -> dict[str, str | None]:
    return {r["article_id"]: r["copy_of"] for r in store.conn.execute("SELECT article_id, copy_of FROM story_articles")}


def test_original_ingested_after_its_copy_becomes_the_wire(tmp_path: Path) -> None:
    store = Store(tmp_path / "w.db")
    ingest_paths(store, [_jsonl(tmp_path / "in.jsonl", [COPY, ORIGINAL])], facts=False)
    rows = _copy_of(store)
    assert rows == {"island-post-bridge": "coast-wire-bridge", "coast-wire-bridge": None}
    (sid,) = {r["story_id"] for r in store.conn.execute("SELECT story_id FROM story_articles")}
    story = get_story(store, sid)
    assert story is not None
    (group,) = story.copies
    assert group.wire == "coast-wire-bridge"
    assert group.articles == ["coast-wire-bridge", "island-post-bridge"]
    assert group.outlets == ["Coast Wire", "Island Post"]
    (change,) = group.changes or []  # what the copy changed against the original, not the other way round
    assert change.article == "island-post-bridge"
    assert change.added == [BRIDGE_COPY[1], BRIDGE_COPY[-1]]
    assert change.removed == [BRIDGE[1]]
    assert change.title == "Varn bridge shut, ferries to run"
    report = recluster(store)
    assert report.equal, report.moved
    assert _copy_of(store) == rows


def test_copies_arriving_in_separate_calls_repoint_to_the_earliest(tmp_path: Path) -> None:
    """Copy first, the original second, then a third copy matching the first one's text: all point to the
    original, in separate update calls and processes, and a rebuild agrees."""
    third = _record(
        "harbour-times-bridge", "Harbour Times", "Varn bridge closed", "2031-05-08T15:00:00+00:00", BRIDGE_COPY[:-1]
    )
    path = tmp_path / "w.db"
    with Store(path) as store:
        ingest_paths(store, [_jsonl(tmp_path / "a.jsonl", [COPY])], facts=False)
        assert _copy_of(store) == {"island-post-bridge": None}
    with Store(path) as store:
        ingest_paths(store, [_jsonl(tmp_path / "b.jsonl", [ORIGINAL])], facts=False)
        ingest_paths(store, [_jsonl(tmp_path / "c.jsonl", [third])], facts=False)
        rows = _copy_of(store)
        assert rows == {
            "island-post-bridge": "coast-wire-bridge",
            "coast-wire-bridge": None,
            "harbour-times-bridge": "coast-wire-bridge",
        }
        report = recluster(store)
        assert report.equal, report.moved
        assert report.update.copies == 2


def _article(aid: str, outlet: str, published: str | None, agency: str | None = None) -> Article:
    body = "\n\n".join(BRIDGE)
    return Article(
        id=aid,
        source=f"fixture:{aid}",
        content_hash=content_hash(aid + body),
        blocks=[Block("paragraph", p) for p in BRIDGE],
        title="Varn bridge",
        outlet=outlet,
        agency=agency,
        published=published,
    )


def test_ties_prefer_the_agencys_own_copy_then_the_first_stored(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.db")
    arts = [
        _article("paper-a", "Kellan Courier", "2031-05-08T09:00:00+00:00", agency="Coast Wire"),
        _article("paper-b", "Mainland Daily", "2031-05-08", agency="Coast Wire"),  # a bare date: same day, a tie
        _article("agency", "Coast Wire", "2031-05-08T09:00:00Z", agency="Coast Wire"),  # same instant
        _article("late", "Evening Star", "2031-05-09T01:00:00+00:00", agency="Coast Wire"),
        _article("undated", "Weekly Review", None, agency="Coast Wire"),
    ]
    with store.transaction():
        for a in arts:
            store.add_article(a)
    for a in arts:  # one at a time: the wire moves to the agency's own copy when it arrives
        update_store(store, [a.id])
    rows = _copy_of(store)
    assert rows["agency"] is None
    assert all(rows[a.id] == "agency" for a in arts if a.id != "agency")
    assert recluster(store).equal


def test_when_reads_zones_and_bare_dates() -> None:
    day, moment = when("2031-05-08T11:00:00+02:00")
    assert moment is not None and moment.hour == 9 and moment.tzinfo is not None
    assert when("2031-05-08T23:30:00-02:00")[0] == when("2031-05-09")[0]  # 01:30 UTC on the 9th
    assert when("2031-05-08") == (day, None)
    assert when("2031-05-08T09:00:00") == when("2031-05-08T09:00:00Z")  # no zone: read as UTC
    assert when("yesterday") == (None, None) and when(None) == (None, None)


def test_pick_wire_rule() -> None:
    m = Member
    # Earliest instant wins over the agency's own later copy.
    assert (
        pick_wire(
            [
                m("a", 1, "2031-05-08T12:00Z", "Coast Wire", ["Coast Wire"]),
                m("b", 2, "2031-05-08T08:00Z", "Paper", ["Coast Wire"]),
            ]
        )
        == "b"
    )
    # A bare date ties with every time of its day; the day before beats both.
    assert pick_wire([m("a", 1, "2031-05-08T08:00Z", "Paper"), m("b", 2, "2031-05-08", "Paper")]) == "a"
    assert (
        pick_wire([m("a", 1, "2031-05-08T08:00Z", "Paper"), m("b", 2, "2031-05-08", "Coast Wire", ["Coast Wire"])])
        == "b"
    )
    assert pick_wire([m("a", 1, "2031-05-08", "Paper"), m("b", 2, "2031-05-07T23:00Z", "Paper")]) == "b"
    # Undated copies count only when nothing is dated; then stored order decides.
    assert pick_wire([m("a", 1, None, "Coast Wire", ["Coast Wire"]), m("b", 2, "2031-05-08", "Paper")]) == "b"
    assert pick_wire([m("a", 5, None, "Paper"), m("b", 2, "soon", "Paper")]) == "b"


def test_outlet_is_agency() -> None:
    assert outlet_is_agency("Wire Service", ["Wire Service"])
    assert outlet_is_agency("MPA", ["By Meridian Press Agency"])
    assert outlet_is_agency("Meridian Press Agency", ["MPA"])
    assert outlet_is_agency("Reuters", ["Thomson Reuters"])
    assert outlet_is_agency("The Associated Press", ["AP"])
    assert not outlet_is_agency("The Daily Lantern", ["By Meridian Press Agency", "MPA"])
    assert not outlet_is_agency("Daily Press", ["Associated Press"])  # a shared generic word is not enough
    assert not outlet_is_agency(None, ["AP"]) and not outlet_is_agency("AP", [])
