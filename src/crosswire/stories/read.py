"""Read side of stories for the CLI, the web UI and the compare stage (works on a read-only store).

Stories come back as :class:`~crosswire.stories.records.Story` records; callers serialise them with
``to_dict`` where they print or send JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosswire.stories.headline import story_headline
from crosswire.stories.records import CopyChange, CopyGroup, Story, StoryArticle

if TYPE_CHECKING:
    from crosswire.store import Store
    from crosswire.store.stories import StoryMember, StoryRow
    from crosswire.stories.dedup import Change


def _story(row: StoryRow, members: Sequence[StoryMember]) -> Story:
    """A story from its row and its articles (in ingest order), with its copy groups (without changes)."""
    articles = [StoryArticle(*m[:7], language=m.language) for m in members]
    outlet_of = {a.id: a.outlet for a in articles}
    groups: dict[str, list[str]] = {}
    for a in articles:
        if a.copy_of:
            groups.setdefault(a.copy_of, []).append(a.id)
    copies = [
        CopyGroup(
            wire=wire,
            outlets=[o for o in dict.fromkeys([outlet_of.get(wire)] + [outlet_of[i] for i in ids]) if o],
            articles=[wire, *ids],
        )
        for wire, ids in groups.items()
    ]
    # one title rule for every view of a story, the comparison's included (stories.headline); the stored
    # title (the cluster's most central headline) where no article gives one
    title = story_headline(articles, {a.id for a in articles}) or row.title
    return Story(row.id, title, row.first_seen, row.last_seen, articles, copies)


def list_stories(store: Store, *, limit: int | None = None, offset: int = 0) -> list[Story]:
    """Stories, most recent first (undated last; then more articles first, then by id), with their articles
    and copy groups.

    ``limit``/``offset`` return one page of that order (``list_stories(store)[offset:offset + limit]``,
    computed in SQL, reading the article rows of the returned stories only). The copy groups here have no
    ``changes`` (that needs every copy's body); :func:`get_story` adds them.
    """
    rows = store.story_rows(limit=limit, offset=offset)
    if not rows:
        return []
    whole = limit is None and offset <= 0
    members: dict[str, list[StoryMember]] = {r.id: [] for r in rows}
    for m in store.story_members(None if whole else list(members)):
        group = members.get(m.story_id)
        if group is not None:
            group.append(m)
    return [_story(r, members[r.id]) for r in rows]


def resolve_story_id(store: Store, story_id: str) -> str | None:
    """The stored id for a full id, a unique prefix, the id of a story since merged into another, or the id a
    ``compare`` run gave the story (:func:`run_story_id`)."""
    return store.resolve_story_id(story_id) or run_story_id(store, story_id)


def get_story(store: Store, story_id: str) -> Story | None:
    """One story (by id, unique prefix, merged id or a ``compare`` run's id) with its articles and, for each
    wire text (the group's earliest-published copy, see :mod:`crosswire.stories.wire`), the outlets that ran it
    and what each copy changed (:class:`~crosswire.stories.records.CopyChange`, from
    :func:`dedup.paragraph_changes`)."""
    sid = store.resolve_story_id(story_id) or run_story_id(store, story_id)
    row = store.story_row(sid) if sid is not None else None
    if row is None:
        return None
    story = _story(row, store.story_members([row.id]))
    for group in story.copies:
        group.changes = _changes(store, group)
    return story


# The shortest prefix of a ``compare`` run's story id that is looked up among the store's articles.
RUN_ID_MIN_CHARS = 7


def run_story_id(store: Store, story_id: str) -> str | None:
    """The stored story that holds the article a ``compare`` run named its story after, or None.

    ``compare`` reads its files into a store of its own and names each story after its earliest-published
    article (:func:`crosswire.pipeline.ingest_set`), while a store that grows names a story after the first
    article it received, so the same files give two ids (a new user's ``show`` found no story with the id
    ``compare`` printed). A story id is the hash of an article id (:func:`~crosswire.stories.state.
    story_id_for`) and an article's id is its content's, so the article is found by hashing the store's
    article ids: a full id or a prefix of at least :data:`RUN_ID_MIN_CHARS` characters that one article
    matches. Linear in the store's articles (a hash each), and only run when the id names no stored story."""
    from crosswire.stories.state import story_id_for

    key = story_id.strip().lower()
    if len(key) < RUN_ID_MIN_CHARS or not key.startswith("s"):
        return None
    found = {aid for aid in store.article_ids() if story_id_for(aid).startswith(key)}
    if len(found) != 1:
        return None
    placed = store.placement(found.pop())
    return placed.story_id if placed is not None else None


def _changes(store: Store, group: CopyGroup) -> list[CopyChange]:
    wire = store.get_article(group.wire)
    changes = []
    for aid in group.articles[1:]:
        copy = store.get_article(aid)
        if wire is None or copy is None:
            continue
        ch = _paragraph_changes(aid, [b.text for b in wire.blocks], [b.text for b in copy.blocks])
        title = copy.title if (copy.title or "").strip() != (wire.title or "").strip() else None
        changes.append(CopyChange(aid, ch.added, ch.removed, title))
    return changes


def _paragraph_changes(article_id: str, wire: list[str], copy: list[str]) -> Change:
    """:func:`crosswire.stories.dedup.paragraph_changes`, imported on first use (it loads the MinHash
    library, which listing stories does not need)."""
    from crosswire.stories.dedup import paragraph_changes

    return paragraph_changes(article_id, wire, copy)
