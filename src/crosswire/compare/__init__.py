"""The compare stage: what independent sources agree on, where they conflict, what only one reports.

Entry points: :func:`compare_story` (compute and store one story's comparison), :func:`get_comparison` (the
stored one, recomputed when stale), :func:`update_store` (refresh stories that grew) and
:func:`compare_articles` (an explicit set of articles as one story). The dict's shape is the contract in
``compare-schema.md``; ``brief`` is filled by :mod:`crosswire.compare.brief` when it is installed.
"""

from crosswire.compare.stage import COMPARE_VERSION, compare_articles, compare_story, get_comparison, update_store

__all__ = ["COMPARE_VERSION", "compare_articles", "compare_story", "get_comparison", "update_store"]
