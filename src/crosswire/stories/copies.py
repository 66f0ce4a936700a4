"""Syndicated copies against the store: which stored wire text a new body copies, and which copy of a group
is its wire.

A body is a copy when its normalised hash equals a stored one, or when its MinHash LSH bands bring up a stored
article whose shingles pass :func:`crosswire.stories.dedup.is_copy` (the most alike of at most
:data:`MAX_NEAR_CANDIDATES`). Copies are found against whichever copy arrived first, but each group's wire -- the
``copy_of`` target -- is its earliest-published copy (:mod:`crosswire.stories.wire`), re-chosen whenever a copy
joins, so an original stored after its copy still becomes the wire and a rebuild agrees.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from crosswire.store import Store
from crosswire.stories.dedup import is_copy, resemblance
from crosswire.stories.text import shingles
from crosswire.stories.wire import Member, pick_wire

MAX_NEAR_CANDIDATES = 20


def wire_of(store: Store, article_id: str, local: dict[str, str]) -> str:
    """The wire text an article stands for: itself, or the article it is a copy of. ``local`` maps the ids of
    the chunk being placed (not stored yet) to their wire."""
    if article_id in local:
        return local[article_id]
    placed = store.placement(article_id)
    return (placed.copy_of if placed is not None and placed.copy_of else None) or article_id


def find_copy(store: Store, nhash: str, sh: set[str], keys: list[str], local: dict[str, str]) -> str | None:
    """The wire article a body copies, or None: exact normalised hash ``nhash`` first, then the LSH band
    ``keys`` give candidates whose shingles are checked against ``sh``."""
    owner = store.article_with_key("h:" + nhash)
    if owner is not None:
        return wire_of(store, owner, local)
    best = most_alike(sh, store.articles_sharing_keys(keys, MAX_NEAR_CANDIDATES), store.article_body)
    return wire_of(store, best, local) if best else None


def most_alike(sh: set[str], candidates: Sequence[str], body_of: Callable[[str], str | None]) -> str | None:
    """The candidate (ids in LSH order: most shared bands first) whose body ``sh`` copies
    (:func:`dedup.is_copy`), the most alike when several do (the first of equals); None when none does."""
    best: tuple[float, str] | None = None
    for cand in candidates:
        body = body_of(cand)
        if body is None:
            continue
        other = shingles(body)
        if is_copy(sh, other):
            score = max(resemblance(sh, other))
            if best is None or score > best[0]:
                best = (score, cand)
    return best[1] if best else None


def repoint(store: Store, story_id: str, root: str) -> None:
    """Make the group's earliest-published copy its wire (:func:`wire.pick_wire`): every other copy points to
    it. Only ``copy_of`` changes; the clustering state does not depend on which copy is the wire."""
    members = [
        Member(c.id, c.rowid, c.published, c.outlet, [x for x in (c.agency, c.byline, *c.credits) if x])
        for c in store.wire_candidates(story_id, root)
    ]
    new = pick_wire(members)
    if new != root:
        store.repoint_wire(story_id, root, new)
