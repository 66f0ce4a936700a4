"""The compare stage: what independent sources agree on, where they conflict, what only one reports.

Entry points: :func:`compare_story` (compute and store one story's comparison), :func:`get_comparison` (the
stored one, recomputed when stale), :func:`update_store` (refresh stories that grew) and
:func:`compare_articles` (an explicit set of articles as one story). Each returns a
:class:`~crosswire.compare.records.Comparison`; its JSON form (:meth:`~crosswire.compare.records.Record.to_dict`)
is the contract in ``docs/compare-schema.md``, generated from :mod:`crosswire.compare.records`. The cited
``brief`` is filled by :mod:`crosswire.compare.brief`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.lazy import lazy_exports

# The package's names load on first use (PEP 562), so importing one light submodule (its records, say) does
# not load the stages and their models for every command that never uses them.
if TYPE_CHECKING:
    from crosswire.compare.records import Comparison
    from crosswire.compare.stage import COMPARE_VERSION, compare_articles, compare_story, get_comparison, update_store

_LAZY = {
    "Comparison": "crosswire.compare.records",
    "COMPARE_VERSION": "crosswire.compare.stage",
    "compare_articles": "crosswire.compare.stage",
    "compare_story": "crosswire.compare.stage",
    "get_comparison": "crosswire.compare.stage",
    "update_store": "crosswire.compare.stage",
}

__getattr__ = lazy_exports(__name__, _LAZY)


__all__ = ["COMPARE_VERSION", "Comparison", "compare_articles", "compare_story", "get_comparison", "update_store"]
