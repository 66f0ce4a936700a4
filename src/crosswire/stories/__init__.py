"""Stories: syndicated copies (exact and near-duplicate) and incremental same-event clustering.

Entry points the pipeline, CLI, web and compare stages use: :func:`update_store`, :func:`recluster`,
:func:`list_stories`, :func:`get_story`.
"""

from crosswire.stories.read import get_story, list_stories
from crosswire.stories.stage import ReclusterReport, StoriesUpdate, recluster, update_store

__all__ = ["ReclusterReport", "StoriesUpdate", "get_story", "list_stories", "recluster", "update_store"]
