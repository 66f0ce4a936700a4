"""The derived stages, declared once, in the order they run.

Ingest (:func:`crosswire.pipeline.ingest_documents`: read, clean, store) writes the ``articles`` table; every
other stage derives from what is stored and is declared here, in order::

    ingest ──► facts ──► stories ──► compare
    articles   facts     stories     comparisons

Each :class:`Stage` says what it reads (``needs``), what it writes (``writes``, its main output first), what its
ids name (``scope``: article ids or story ids) and its entry point, which every stage shares::

    update_store(store, ids, *, on_progress=None) -> StageResult

``ids=None`` means "whatever is pending": articles without current facts, articles without a story, every
story (the compare stage recomputes only comparisons that are missing or stale). ``on_progress(done, total)``
reports progress in the stage's own units. The pipeline (``crosswire ingest``, ``refresh``, ``demo``, the web
server's ingest) runs :func:`run_stages` over this list, so a runner that maps stages over shards reads the
same declarations. The stages are part of crosswire, always installed; there is no optional import here. Each
entry imports its stage when it first runs, so reading the list (a runner planning work) loads no NLP or
clustering library.

What a runner that spreads the stages over many workers (:mod:`crosswire.distributed`, on Ray) needs to know is
declared here too, with defaults that fit a stage whose items are independent (``shard_size`` ids to a
worker at a time, run by ``update_store`` on a scratch store holding just those ids' rows): ``warm`` (what a
worker loads once, before its first shard: a model), ``shard_entry`` (the entry a worker runs when it must
differ from ``update_store``, e.g. in one process) and ``partitioned`` (a stage whose items depend on each other
runs its own partition-and-stitch plan over a :class:`~crosswire.parallel.Engine`). No runner names a stage.

Each wrapper below only defers the import of its stage's own ``update_store``. The model is spaCy's
declared pipeline components (a factory registered with what it ``requires`` and
``assigns``) and datasette's built-in plugins (its own features registered through the same hooks as anyone
else's).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from crosswire.model import StageResult
from crosswire.parallel import Engine
from crosswire.store import Store

Scope = Literal["articles", "stories"]
Progress = Callable[[int, int], None]
StageProgress = Callable[[str, int, int], None]
"""``(stage, done, total)``: how far a stage (by :attr:`Stage.name`) has got."""


class StageEntry(Protocol):
    """The entry point every derived stage shares."""

    def __call__(
        self, store: Store, ids: Sequence[str] | None, *, on_progress: Progress | None = None
    ) -> StageResult: ...


class PartitionedEntry(Protocol):
    """The entry of a stage whose items depend on each other (an article joins the stories before it): the
    stage splits its work into parts it runs through ``engine``, stitches the parts and writes the store, so
    that the result matches ``update_store`` on the same ids (or says where it cannot)."""

    def __call__(
        self, store: Store, ids: Sequence[str] | None, engine: Engine, *, on_progress: Progress | None = None
    ) -> StageResult: ...


@dataclass(frozen=True, slots=True)
class Stage:
    """One derived stage: its name, what it reads and writes (store tables), what its ids are, its entry."""

    name: str
    label: str  # what a progress bar says while it runs
    scope: Scope  # what ``ids`` name: article ids or story ids
    needs: tuple[str, ...]  # tables that must hold the earlier stages' output
    writes: tuple[str, ...]  # tables it writes, its main output first
    update_store: StageEntry
    # How a distributed runner spreads it (defaults: independent items, ``shard_size`` ids per worker task).
    shard_size: int = 16  # ids (of ``scope``) per shard sent to a worker
    warm: Callable[[], object] | None = None  # loaded once per worker before its first shard (a model)
    shard_entry: StageEntry | None = None  # what a worker runs on a shard, when not ``update_store``
    partitioned: PartitionedEntry | None = None  # set when items depend on each other (see the protocol)


def _facts(store: Store, ids: Sequence[str] | None, *, on_progress: Progress | None = None) -> StageResult:
    """:func:`crosswire.facts.update_store`: facts of these articles (every article lacking current facts when
    None); ``written`` = articles, ``counts`` = skipped (nothing extracted, with the reason in the facts)."""
    from crosswire.facts import update_store

    return update_store(store, ids, on_progress=on_progress)


def _stories(store: Store, ids: Sequence[str] | None, *, on_progress: Progress | None = None) -> StageResult:
    """:func:`crosswire.stories.update_store`: these articles (every article without a story when None) placed
    in stories; ``written`` = articles placed, ``counts`` = new stories, joined, copies, merges, skipped, missing."""
    from crosswire.stories import update_store

    return update_store(store, ids, on_progress=on_progress)


def _compare(store: Store, ids: Sequence[str] | None, *, on_progress: Progress | None = None) -> StageResult:
    """:func:`crosswire.compare.update_store`: comparisons of these stories (every story when None) that are
    missing or stale; ``written`` = comparisons recomputed, ``counts`` = failed. Facts an older version left
    are recomputed on the way."""
    from crosswire.compare import update_store

    return update_store(store, ids, on_progress=on_progress)


def _facts_on_shard(store: Store, ids: Sequence[str] | None, *, on_progress: Progress | None = None) -> StageResult:
    """The facts stage in the calling process only: a distributed worker already holds one CPU and the model."""
    from crosswire.facts.stage import update_store

    return update_store(store, ids, on_progress=on_progress, n_process=1)


def _warm_facts() -> object:
    """The spaCy pipeline (:func:`crosswire.facts.nlp.get_nlp`), loaded once per worker."""
    from crosswire.facts.nlp import get_nlp

    return get_nlp()


def _warm_encoder() -> None:
    """The sentence encoder the stories and compare stages embed with (:func:`crosswire.stories.embed.warm`),
    loaded once per worker."""
    from crosswire.stories.embed import warm

    warm()


def _stories_partitioned(
    store: Store, ids: Sequence[str] | None, engine: Engine, *, on_progress: Progress | None = None
) -> StageResult:
    """:func:`crosswire.stories.partitioned.update_store_partitioned`: copies found by MinHash LSH bands grouped
    across workers, then clustering by time windows with an overlap, stitched into one set of stories."""
    from crosswire.stories.partitioned import update_store_partitioned

    return update_store_partitioned(store, ids, engine, on_progress=on_progress)


STAGES: tuple[Stage, ...] = (
    Stage(
        name="facts",
        label="extracting facts",
        scope="articles",
        needs=("articles",),
        writes=("facts", "names"),
        update_store=_facts,
        shard_size=16,
        warm=_warm_facts,
        shard_entry=_facts_on_shard,
    ),
    Stage(
        name="stories",
        label="grouping stories",
        scope="articles",
        needs=("articles",),  # facts are used when present (canonical entity names), not required
        writes=("stories", "story_articles", "story_keys", "story_df", "story_merges"),
        update_store=_stories,
        partitioned=_stories_partitioned,
    ),
    Stage(
        name="compare",
        label="comparing stories",
        scope="stories",
        needs=("articles", "stories", "story_articles"),
        writes=("comparisons", "facts"),
        update_store=_compare,
        shard_size=4,
        warm=_warm_encoder,
    ),
)
"""The derived stages in the order they run: article-scoped stages before story-scoped ones."""


def stage(name: str) -> Stage:
    """The stage called ``name``; KeyError naming the known stages otherwise."""
    for s in STAGES:
        if s.name == name:
            return s
    raise KeyError(f"no stage {name!r}; the stages are {', '.join(s.name for s in STAGES)}")


def runnable(selected: Collection[str]) -> list[Stage]:
    """The selected stages, in order, that can run: a stage is dropped when a stage that writes one of the
    tables it needs was left out (compare without stories), since its input would not be up to date."""
    left_out = {t for s in STAGES if s.name not in selected for t in s.writes[:1]}
    return [s for s in STAGES if s.name in selected and not left_out & set(s.needs)]


def run_stages(
    store: Store,
    stages: Sequence[Stage],
    *,
    ids: Sequence[str] | None = None,
    on_progress: StageProgress | None = None,
) -> dict[str, StageResult]:
    """Run ``stages`` in order, each on ``ids`` (None: what it has pending); results by stage name."""
    results: dict[str, StageResult] = {}
    for s in stages:
        results[s.name] = s.update_store(store, ids, on_progress=_named(on_progress, s.name))
    return results


def _named(on_progress: StageProgress | None, name: str) -> Progress | None:
    if on_progress is None:
        return None
    return lambda done, total: on_progress(name, done, total)
