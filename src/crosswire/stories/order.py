"""The order in which the stories stage places a batch of articles: by publication time, then by article id.

Incremental clustering is order-dependent by design (the first article of a story names it, its state grows
with each article that joins, and a wire original met after its re-run would be taken for the copy). Placing a
batch in the order its inputs were given made the stories of one set of files depend on that order and on the
command: ``crosswire ingest`` placed a new user's eight reports of one rate decision in arrival order and made 3
stories of them, ``crosswire compare`` (:func:`crosswire.pipeline.ingest_set`, which sorts by publication time)
made 2. Every entry of the stage (:func:`crosswire.stories.stage.place_articles`, its ``update_store`` and
``recluster``, and the partitioned entry of :mod:`crosswire.stories.partitioned`) now places the articles of one
call in this order, so one batch's stories are a function of the set of articles, whatever order or command
brought them; ``recluster`` (one batch of every stored article) reaches the grouping a one-batch run gives.
Articles placed by separate calls (a store that grows) still meet in arrival order between calls.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.store import Store
from crosswire.vocab.calendar import published_order


def placement_order(store: Store, ids: Sequence[str]) -> list[str]:
    """``ids`` (distinct, stored) sorted as the stage places them: dated before undated, then by publication
    instant (:func:`crosswire.vocab.calendar.published_order`: a bare date before any time of its day), then by
    article id. Ids the store does not hold keep their relative order, after the known ones. Never raises."""
    dates = store.published_dates(ids)
    known = sorted((i for i in ids if i in dates), key=lambda i: (published_order(dates[i]), i))
    return known + [i for i in ids if i not in dates]
