"""Syndicated copies of a whole batch, found across workers by grouping MinHash LSH band keys.

The stage decides copies one article at a time against the store (:func:`copies.find_copy`): the first earlier
article with the same normalised body; else the earlier articles sharing an LSH band key (most shared bands
first, then by id, at most :data:`copies.MAX_NEAR_CANDIDATES`), verified on their shingles. Here the same
decision is made for every article of a batch, spread over an :class:`~crosswire.parallel.Engine`:

1. :func:`sketch_shard` (workers): each article's normalised-body hash, band keys, hashed clustering terms
   and day;
2. the first article of each body hash (the caller, one pass);
3. :func:`band_pairs` (workers, rows grouped by band key with :func:`~crosswire.parallel.group_by_key`): for
   each article the earlier articles in its band buckets (at most :data:`MAX_BAND_PEERS` per band); then
   :func:`top_candidates` (grouped by article) counts the shared bands and keeps the stage's candidate list;
4. :func:`verify_shard` (workers): the candidate the article copies (:func:`copies.most_alike`);
5. each copy's group original, in ingest order (the caller).

The result equals the stage's on the same articles in the same order unless a band bucket holds more than
:data:`MAX_BAND_PEERS` earlier articles (then only the latest of them are candidates from that band).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from crosswire.parallel import Engine, group_by_key
from crosswire.store import Store, TableRows
from crosswire.stories.config import DEFAULT_CONFIG, Config
from crosswire.stories.copies import MAX_NEAR_CANDIDATES, most_alike
from crosswire.stories.dedup import MIN_SHINGLES, band_keys, minhash
from crosswire.stories.stage import features_of
from crosswire.stories.text import norm_hash, shingles

MAX_BAND_PEERS = 1000  # earlier articles taken from one band bucket: bounds the pairs of a huge bucket
VERIFY_CHUNK = 32  # articles with candidates per verification task


@dataclass(slots=True)
class Sketch:
    """What copy finding and document frequencies need of one article: ``nhash`` (SHA-256 of the normalised
    body), its LSH ``keys`` (empty below :data:`dedup.MIN_SHINGLES` shingles), whether it has any word,
    its hashed clustering terms (sorted) and its day (ordinal, None when undated)."""

    id: str
    nhash: str
    keys: list[str]
    has_words: bool
    terms: list[int]
    day: int | None


def sketch_shard(task: tuple[list[TableRows], list[str], Config]) -> list[Sketch]:
    """Worker: the sketches of ``ids`` (in that order) from a shard holding their articles and facts."""
    parts, ids, config = task
    with Store.scratch(parts) as shard:
        articles = list(shard.iter_articles(ids))
        feats = features_of(shard, articles, replace(config, emb_weight=0.0))  # terms only, no embedding
    out = []
    for art, feat in zip(articles, feats, strict=True):
        sh = shingles(art.body)
        keys = band_keys(minhash(sh)) if len(sh) >= MIN_SHINGLES else []
        out.append(Sketch(art.id, norm_hash(art.body), keys, bool(sh), sorted(feat.tf), feat.day))
    return out


def sketches(store: Store, ids: Sequence[str], engine: Engine, *, chunk: int = 64) -> Iterator[Sketch]:
    """:func:`sketch_shard` over ``ids`` (stored articles, in ingest order), results in that order."""
    parts = (list(ids[i : i + chunk]) for i in range(0, len(ids), chunk))
    tasks = ((store.shard_rows("articles", part, ("articles", "facts")), part, DEFAULT_CONFIG) for part in parts)
    for part in engine.map(sketch_shard, tasks):
        yield from part


def band_pairs(groups: list[tuple[str, list[tuple[str, bool]]]]) -> list[tuple[str, str]]:
    """Worker: ``(article, earlier article)`` once per band key they share, for articles that want candidates;
    each group's values are ``(article id, wants candidates)`` in ingest order."""
    out: list[tuple[str, str]] = []
    for _key, members in groups:
        for i, (aid, wants) in enumerate(members):
            if wants:
                out.extend((aid, bid) for bid, _ in members[max(0, i - MAX_BAND_PEERS) : i])
    return out


def top_candidates(groups: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """Worker: per article, its candidates as the stage's store query orders them: most shared bands first,
    then by id, at most :data:`copies.MAX_NEAR_CANDIDATES`."""
    out = []
    for aid, peers in groups:
        ranked = sorted(Counter(peers).items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NEAR_CANDIDATES]
        out.append((aid, [b for b, _ in ranked]))
    return out


def verify_shard(task: tuple[list[TableRows], list[tuple[str, list[str]]]]) -> list[tuple[str, str | None]]:
    """Worker: for each ``(article, candidates)``, the candidate it copies or None."""
    parts, todo = task
    with Store.scratch(parts) as shard:
        out = []
        for aid, cands in todo:
            body = shard.article_body(aid) or ""
            out.append((aid, most_alike(shingles(body), cands, shard.article_body)))
    return out


def _articles_of(chunk: list[tuple[str, list[str]]]) -> list[str]:
    return sorted({a for a, _ in chunk} | {b for _, cands in chunk for b in cands})


def find_copies(store: Store, found: Sequence[Sketch], engine: Engine) -> dict[str, str]:
    """Each copy among ``found`` (sketches in ingest order) mapped to the original of its copy group (the first
    article of the group, never itself a copy). Articles are read from ``store`` for verification."""
    first: dict[str, str] = {}
    target: dict[str, str] = {}
    for s in found:
        owner = first.setdefault(s.nhash, s.id)
        if owner != s.id and s.has_words:
            target[s.id] = owner
    rows = ((k, (s.id, s.has_words and s.id not in target)) for s in found for k in s.keys)
    pairs = group_by_key(engine, rows, band_pairs)
    candidates = sorted(group_by_key(engine, pairs, top_candidates))
    chunks = (candidates[i : i + VERIFY_CHUNK] for i in range(0, len(candidates), VERIFY_CHUNK))
    tasks = ((store.shard_rows("articles", _articles_of(chunk), ("articles",)), chunk) for chunk in chunks)
    for part in engine.map(verify_shard, tasks):
        target.update((a, best) for a, best in part if best is not None)
    roots: dict[str, str] = {}
    for s in found:
        if s.id in target:
            t = target[s.id]
            roots[s.id] = roots.get(t, t)
    return roots
