"""How a stage spreads its work without knowing over what: the :class:`Engine` protocol, the in-process
:class:`SerialEngine`, and :func:`group_by_key` built on any engine.

A stage whose items depend on each other (the stories stage: a copy needs the wire before it, an article the
stories before it) declares a partitioned entry (:class:`crosswire.stages.PartitionedEntry`) written against
this protocol. The Ray runner (:mod:`crosswire.distributed`) passes an engine whose ``map`` runs on a pool of
Ray actors; the tests and a single machine pass :class:`SerialEngine`, so both run the same stage code.

Everything handed to ``map`` crosses a process boundary on Ray: ``fn`` and ``warm`` must be module-level
functions and the items and results picklable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from typing import Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")
V = TypeVar("V")

GROUP_BUCKETS_PER_WORKER = 4  # buckets per worker in group_by_key: enough to even out unequal buckets


class Engine(Protocol):
    """Runs a function over items, in parallel where it can, results in input order."""

    @property
    def workers(self) -> int:
        """How many items it works on at once (1 for the serial engine)."""
        ...

    def map(self, fn: Callable[[T], R], items: Iterable[T], *, warm: Callable[[], object] | None = None) -> Iterator[R]:
        """``fn(item)`` for every item, yielded in the order of ``items``. ``warm()`` runs once on each worker
        before its first item (a model load). Items are consumed lazily, a few per worker ahead, so a long
        iterable is never held whole. A worker lost mid-item is replaced and its items re-run; an exception
        raised by ``fn`` propagates to the caller."""
        ...


class SerialEngine:
    """The in-process engine: ``map`` is Python's own, one item at a time; ``warm`` runs once."""

    @property
    def workers(self) -> int:
        return 1

    def map(self, fn: Callable[[T], R], items: Iterable[T], *, warm: Callable[[], object] | None = None) -> Iterator[R]:
        if warm is not None:
            warm()
        return map(fn, items)


def bucket_of(key: str, buckets: int) -> int:
    """A stable bucket in ``range(buckets)`` for ``key`` (BLAKE2b, so the same on every machine and run, which
    Python's salted ``hash`` is not)."""
    digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") % buckets


def group_by_key(
    engine: Engine,
    rows: Iterable[tuple[str, V]],
    fn: Callable[[list[tuple[str, list[V]]]], list[R]],
    *,
    buckets: int | None = None,
) -> Iterator[R]:
    """Group ``(key, value)`` rows by key and run ``fn`` on the groups, spread over the engine by key.

    Rows are split into ``buckets`` by :func:`bucket_of` (default :data:`GROUP_BUCKETS_PER_WORKER` per worker);
    each bucket goes to ``fn`` as a list of ``(key, values)`` groups, keys sorted, values in row order, and the
    results of every bucket are yielded in bucket order. This is a hash-partitioned shuffle whose rows pass
    through the caller (which has them anyway, see the stories stage); ``fn`` must be module-level.
    """
    n = buckets or max(1, engine.workers * GROUP_BUCKETS_PER_WORKER)
    parts: list[dict[str, list[V]]] = [{} for _ in range(n)]
    for key, value in rows:
        parts[bucket_of(key, n)].setdefault(key, []).append(value)
    tasks = [sorted(p.items()) for p in parts if p]
    for result in engine.map(fn, tasks):
        yield from result
