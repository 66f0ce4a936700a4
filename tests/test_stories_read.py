"""The read side of stories: list order, pages (``limit``/``offset``) equal slices of the whole list, copy
groups. Story rows are written directly (the read side does not care how they were clustered), so every order
tie is planted: same last day with different sizes, same size broken by id, undated stories, an empty one."""

from __future__ import annotations

from pathlib import Path

import pytest

from crosswire.model import Article, Block, content_hash
from crosswire.store import Store
from crosswire.stories import get_story, list_stories

# story id -> (last_seen, [(article id, outlet, agency, copy_of)])
STORIES: dict[str, tuple[str | None, list[tuple[str, str, str | None, str | None]]]] = {
    "s-b": ("2031-03-05", [("b1", "Outlet One", None, None), ("b2", "Outlet Two", "Wire", None)]),
    "s-a": (
        "2031-03-05",
        [("a1", "Outlet One", None, None), ("a2", "Outlet Two", None, None), ("a3", "Outlet Three", "Wire", "a2")],
    ),
    "s-c": ("2031-03-05", [("c1", "Outlet Four", None, None), ("c2", "Outlet One", None, None)]),
    "s-d": ("2031-03-07", [("d1", "Outlet One", None, None)]),
    "s-e": (
        "2031-02-28",
        [
            ("e1", "Outlet Two", None, None),
            ("e2", "Outlet Two", "Wire", "e1"),
            ("e3", "Outlet Five", "Wire", "e1"),
            ("e4", "Outlet Six", None, None),
        ],
    ),
    "s-u2": (None, [("u1", "Outlet One", None, None), ("u2", "Outlet Two", None, None)]),
    "s-u1": (None, [("u3", "Outlet One", None, None)]),
    "s-empty": ("2031-03-01", []),
}
WANT = ["s-d", "s-a", "s-b", "s-c", "s-empty", "s-e", "s-u2", "s-u1"]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("read") / "r.db")
    # Articles are stored in an order unrelated to the stories', so rowid order inside a story is tested too.
    rows = sorted(
        ((aid, outlet, agency, sid, copy) for sid, (_, arts) in STORIES.items() for aid, outlet, agency, copy in arts),
        key=lambda r: r[0][::-1],
    )
    with store.transaction():
        for aid, outlet, agency, _, _ in rows:
            text = f"Paragraph of article {aid}."
            store.add_article(
                Article(
                    id=aid,
                    source=f"t:{aid}",
                    content_hash=content_hash(aid),
                    title=f"T {aid}",
                    blocks=[Block("paragraph", text)],
                    outlet=outlet,
                    agency=agency,
                    published="2031-03-01",
                    url=f"https://example.org/{aid}",
                )
            )
        for sid, (last, _) in STORIES.items():
            store.conn.execute(
                "INSERT INTO stories(id, title, first_seen, last_seen, data) VALUES (?, ?, ?, ?, '{}')",
                (sid, f"Title {sid}", "2031-02-01" if last else None, last),
            )
        for aid, _, _, sid, copy in rows:
            store.conn.execute(
                "INSERT INTO story_articles(article_id, story_id, copy_of) VALUES (?, ?, ?)", (aid, sid, copy)
            )
    return store


def test_order_newest_then_biggest_then_id_undated_last(store: Store) -> None:
    stories = list_stories(store)
    assert [s.id for s in stories] == WANT
    assert [s.size for s in stories] == [len(STORIES[sid][1]) for sid in WANT]


def test_pages_are_slices_of_the_whole_list(store: Store) -> None:
    full = list_stories(store)
    for limit in (1, 2, 3, 5, 8, 20):
        for offset in range(len(full) + 2):
            assert list_stories(store, limit=limit, offset=offset) == full[offset : offset + limit], (limit, offset)
    assert list_stories(store, offset=3) == full[3:]
    assert list_stories(store, limit=0) == []


def test_story_shape_articles_copies_outlets(store: Store) -> None:
    stories = {s.id: s for s in list_stories(store)}
    e = stories["s-e"]
    stored_order = [r["id"] for r in store.conn.execute("SELECT id FROM articles ORDER BY rowid")]
    assert [a.id for a in e.articles] == [a for a in stored_order if a.startswith("e")]
    assert e.outlets == list(dict.fromkeys(a.outlet for a in e.articles))
    assert e.agencies == ["Wire"]
    (group,) = e.copies
    assert group.wire == "e1" and sorted(group.articles[1:]) == ["e2", "e3"]
    assert group.outlets[0] == "Outlet Two" and set(group.outlets) == {"Outlet Two", "Outlet Five"}
    assert stories["s-empty"].articles == [] and stories["s-empty"].copies == []
    assert set(e.articles[0].to_dict()) == {
        "id",
        "url",
        "outlet",
        "agency",
        "title",
        "published",
        "copy_of",
        "language",
    }
    # get_story shapes the same story the same way, plus each copy's changes.
    one = get_story(store, "s-e")
    assert one is not None
    full, listed = one.to_dict(), e.to_dict()
    assert {k: v for k, v in full.items() if k != "copies"} == {k: v for k, v in listed.items() if k != "copies"}
    assert [{k: v for k, v in g.items() if k != "changes"} for g in full["copies"]] == listed["copies"]
    assert "changes" not in listed["copies"][0] and len(full["copies"][0]["changes"]) == 2


def test_json_keys_and_round_trip(store: Store) -> None:
    """One spelling per key: ``to_dict`` gives the documented keys in order, ``from_dict`` reads them back."""
    from crosswire.stories import Story

    for s in list_stories(store):
        d = s.to_dict()
        assert list(d) == [
            "id",
            "title",
            "first_seen",
            "last_seen",
            "size",
            "outlets",
            "agencies",
            "languages",
            "articles",
            "copies",
        ]
        assert Story.from_dict(d) == s
    one = get_story(store, "s-a")
    assert one is not None and Story.from_dict(one.to_dict()) == one
    assert list(one.to_dict()["copies"][0]) == ["wire", "outlets", "articles", "changes"]


def test_missing_tables_list_nothing(tmp_path: Path) -> None:
    import sqlite3

    sqlite3.connect(tmp_path / "bare.db").close()  # an empty SQLite file: a store never migrated
    with Store(tmp_path / "bare.db", readonly=True) as bare:
        assert list_stories(bare) == [] and list_stories(bare, limit=5, offset=2) == []
        assert get_story(bare, "s-a") is None
