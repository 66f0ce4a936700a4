"""Stories: syndicated copies (exact and near-duplicate) and incremental same-event clustering.

Entry points: :func:`update_store` (the stage-list entry, :mod:`crosswire.stages`), :func:`place_articles` (the
same with a detailed :class:`StoriesUpdate`), :func:`recluster`, and the read side :func:`list_stories` and
:func:`get_story`, which return :class:`Story` records (:mod:`crosswire.stories.records`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.lazy import lazy_exports

# The package's names load on first use (PEP 562), so importing one light submodule (its records, say) does
# not load the clustering libraries for every command that never uses them.
if TYPE_CHECKING:
    from crosswire.stories.read import get_story, list_stories, resolve_story_id
    from crosswire.stories.records import CopyChange, CopyGroup, ReclusterReport, StoriesUpdate, Story, StoryArticle
    from crosswire.stories.stage import place_articles, recluster, update_store

_LAZY = {
    "get_story": "crosswire.stories.read",
    "list_stories": "crosswire.stories.read",
    "resolve_story_id": "crosswire.stories.read",
    "CopyChange": "crosswire.stories.records",
    "CopyGroup": "crosswire.stories.records",
    "ReclusterReport": "crosswire.stories.records",
    "StoriesUpdate": "crosswire.stories.records",
    "Story": "crosswire.stories.records",
    "StoryArticle": "crosswire.stories.records",
    "place_articles": "crosswire.stories.stage",
    "recluster": "crosswire.stories.stage",
    "update_store": "crosswire.stories.stage",
}

__getattr__ = lazy_exports(__name__, _LAZY)


__all__ = [
    "CopyChange",
    "CopyGroup",
    "ReclusterReport",
    "StoriesUpdate",
    "Story",
    "StoryArticle",
    "get_story",
    "list_stories",
    "place_articles",
    "recluster",
    "resolve_story_id",
    "update_store",
]
