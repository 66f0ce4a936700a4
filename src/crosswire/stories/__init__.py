"""Stories: syndicated copies (exact and near-duplicate) and incremental same-event clustering.

Entry points: :func:`update_store` (the stage-list entry, :mod:`crosswire.stages`), :func:`place_articles` (the
same with a detailed :class:`StoriesUpdate`), :func:`recluster`, and the read side :func:`list_stories` and
:func:`get_story`, which return :class:`Story` records (:mod:`crosswire.stories.records`).
"""

from crosswire.stories.read import get_story, list_stories, resolve_story_id
from crosswire.stories.records import CopyChange, CopyGroup, ReclusterReport, StoriesUpdate, Story, StoryArticle
from crosswire.stories.stage import place_articles, recluster, update_store

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
