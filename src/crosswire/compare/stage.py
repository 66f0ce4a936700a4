"""The compare stage: a story's articles and facts in, the comparison dict (compare-schema.md) out, stored.

The stored comparison carries a fingerprint of the story's article ids (and the compare and facts versions);
:func:`get_comparison` recomputes when the story grew or shrank since, so a stored comparison is never stale.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from crosswire.compare import events as events_mod
from crosswire.compare import figures as figures_mod
from crosswire.compare import names as names_mod
from crosswire.compare import quotes as quotes_mod
from crosswire.compare.align import StoryData, build_sources
from crosswire.facts import FACTS_VERSION, ArticleFacts, extract_facts, link_entities
from crosswire.facts import update_store as update_facts

log = logging.getLogger(__name__)

COMPARE_VERSION = 2  # bumped when the output changes, so stored comparisons are recomputed


def fingerprint(article_ids: Sequence[str]) -> str:
    h = hashlib.sha1(f"compare{COMPARE_VERSION}/facts{FACTS_VERSION}:".encode())
    for aid in sorted(article_ids):
        h.update(aid.encode() + b"\0")
    return h.hexdigest()[:16]


def _copy_of(store, article_ids: Sequence[str]) -> dict[str, str | None]:
    try:
        q = ",".join("?" * len(article_ids))
        rows = store.conn.execute(
            f"SELECT article_id, copy_of FROM story_articles WHERE article_id IN ({q})", list(article_ids)
        ).fetchall()
    except Exception:  # a store without the stories tables: nothing is a known copy
        return {}
    return {r["article_id"]: r["copy_of"] for r in rows}


def _load(store, rows: list[dict[str, Any]]) -> StoryData:
    ids = [r["id"] for r in rows]
    # Facts of an older version are recomputed too: the comparison's fingerprint names the current one.
    missing = [aid for aid in ids if (store.facts_version(aid) or 0) < FACTS_VERSION]
    in_memory: dict[str, ArticleFacts] = {}
    if missing:
        try:
            update_facts(store, missing)
        except sqlite3.OperationalError:  # a read-only store: extract without keeping them
            in_memory = {f.article: f for f in extract_facts(list(store.iter_articles(missing)))}
    bodies, outlets, facts = {}, {}, {}
    for art in store.iter_articles(ids):
        bodies[art.id] = art.body
        outlets[art.id] = art.outlet
    for aid in ids:
        if aid in in_memory:
            facts[aid] = in_memory[aid]
        elif (d := store.get_facts(aid)) is not None:
            facts[aid] = ArticleFacts.from_dict(d)
    rows = [r for r in rows if r["id"] in bodies]
    sources, source_of = build_sources(rows)
    data = StoryData(articles=rows, bodies=bodies, facts=facts, sources=sources, source_of=source_of, outlets=outlets)
    data.canonical = link_entities([facts[r["id"]] for r in rows if r["id"] in facts])
    return data


def _brief(comparison: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        from crosswire.compare.brief import build_brief
    except ImportError:
        return []
    try:
        return build_brief(comparison)
    except Exception as exc:  # the brief is another module's job; a failure there must not lose the comparison
        log.warning("compare: brief failed: %s", exc)
        return []


def build(data: StoryData, story: dict[str, Any]) -> dict[str, Any]:
    """The comparison dict of one loaded story (pure: no store access)."""
    figs = figures_mod.align(data)
    quotes = quotes_mod.collect(data)
    q = quotes_mod.align(data, quotes)
    ev = events_mod.align(data)
    agreed = figs["agreed"] + q["agreed"] + ev["agreed"]
    conflicts = figs["conflicts"]
    single = figs["single_source"] + quotes_mod.single_source(quotes, q["matched"])
    names = names_mod.align(data)
    covered = {
        (ev["article"], ev["start"])
        for it in (*agreed, *conflicts, *single, *q["quote_variants"])
        for ev in it["evidence"]
    }
    single += events_mod.single_source(data, _sentence_starts(data, covered))
    articles = [
        {k: r.get(k) for k in ("id", "url", "outlet", "agency", "title", "published", "copy_of")}
        | {"source": data.source_of[r["id"]]}
        for r in data.articles
    ]
    days = sorted((r.get("published") or "")[:10] for r in data.articles if r.get("published"))
    comparison = {
        "id": story.get("id"),
        "title": story.get("title") or next((r.get("title") for r in data.articles if r.get("title")), None),
        "first_seen": story.get("first_seen") or (days[0] if days else None),
        "last_seen": story.get("last_seen") or (days[-1] if days else None),
        "articles": articles,
        "sources": [s.as_dict() for s in data.sources],
        "agreed": agreed,
        "conflicts": conflicts,
        "single_source": single,
        "name_variants": names,
        "quote_variants": q["quote_variants"],
        "who_said_what": quotes_mod.who_said_what(quotes),
        "timeline": events_mod.timeline(data),
        "brief": [],
        "stats": {
            "articles": len(articles),
            "sources": len(data.sources),
            "agreed": len(agreed),
            "conflicts": len(conflicts),
            "single_source": len(single),
        },
        "fingerprint": fingerprint([r["id"] for r in data.articles]),
    }
    comparison["brief"] = _brief(comparison)
    return comparison


def _sentence_starts(data: StoryData, covered: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """Evidence starts are trimmed; map them back to the facts' sentence starts of the same sentences."""
    out = set()
    for aid, f in data.facts.items():
        body = data.bodies.get(aid, "")
        for ev in f.events:
            start = ev.sentence_start
            while start < ev.sentence_end and body[start : start + 1].isspace():
                start += 1
            if (aid, start) in covered:
                out.add((aid, ev.sentence_start))
    return out


def compare_articles(
    store, article_ids: Sequence[str], *, story_id: str | None = None, story: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Compare an explicit set of stored articles as one story (not stored unless ``story_id`` is a story)."""
    ids = list(dict.fromkeys(article_ids))
    if story is not None:
        rows = [dict(a) for a in story["articles"] if a["id"] in set(ids)]
    else:
        copies = _copy_of(store, ids)
        rows = []
        for art in store.iter_articles(ids):
            rows.append(
                {
                    "id": art.id,
                    "url": art.url,
                    "outlet": art.outlet,
                    "agency": art.agency,
                    "title": art.title,
                    "published": art.published,
                    "copy_of": copies.get(art.id),
                }
            )
        order = {aid: i for i, aid in enumerate(ids)}
        rows.sort(key=lambda r: order[r["id"]])
        idset = set(ids)
        for r in rows:  # a copy of an article outside the set is independent here
            if r["copy_of"] not in idset:
                r["copy_of"] = None
    data = _load(store, rows)
    comparison = build(data, story or {"id": story_id})
    if story_id is not None:
        _save(store, story_id, comparison)
    return comparison


def _save(store, story_id: str, comparison: dict[str, Any]) -> None:
    if store.conn.execute("SELECT 1 FROM stories WHERE id = ?", (story_id,)).fetchone() is None:
        return
    try:
        with store.transaction():
            store.conn.execute(
                """INSERT INTO comparisons(story_id, data) VALUES (?, ?)
                   ON CONFLICT(story_id) DO UPDATE SET data = excluded.data,
                   updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')""",
                (story_id, json.dumps(comparison, ensure_ascii=False)),
            )
    except sqlite3.OperationalError as exc:  # a read-only store (the web UI): serve it fresh, unsaved
        log.info("compare: comparison of %s not stored: %s", story_id, exc)


def compare_story(store, story_id: str) -> dict[str, Any] | None:
    """Compute and store the comparison of one stored story (``None`` when there is no such story)."""
    from crosswire.stories import get_story

    found = get_story(store, story_id)
    if found is None:
        return None
    story = found.to_dict()
    return compare_articles(store, [a["id"] for a in story["articles"]], story_id=story["id"], story=story)


def stored_comparison(store, story_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT data FROM comparisons WHERE story_id = ?", (story_id,)).fetchone()
    return json.loads(row["data"]) if row else None


def story_article_ids(store, story_id: str) -> list[str]:
    rows = store.conn.execute("SELECT article_id FROM story_articles WHERE story_id = ?", (story_id,)).fetchall()
    return [r["article_id"] for r in rows]


def fresh_comparison(store, sid: str) -> dict[str, Any] | None:
    """The stored comparison of story ``sid`` if it still covers exactly the story's articles, else None.

    Cheap (two reads, no NLP): readers such as the web's list pages use it to avoid ever computing."""
    stored = stored_comparison(store, sid)
    if stored is not None and stored.get("fingerprint") == fingerprint(story_article_ids(store, sid)):
        return stored
    return None


def get_comparison(store, story_id: str) -> dict[str, Any] | None:
    """The stored comparison, recomputed when missing or stale (the story's articles changed since)."""
    from crosswire.stories.read import resolve_story_id

    sid = resolve_story_id(store, story_id)
    if sid is None:
        return None
    return fresh_comparison(store, sid) or compare_story(store, sid)


def update_store(
    store, story_ids: Sequence[str] | None = None, *, on_progress: Callable[[int, int], None] | None = None
) -> int:
    """Refresh the comparisons of stories that are missing one or grew since; how many were recomputed.
    ``on_progress(done, total)`` is called after each story, for progress bars."""
    if story_ids is None:
        story_ids = [r["id"] for r in store.conn.execute("SELECT id FROM stories ORDER BY rowid").fetchall()]
    done = 0
    for n, sid in enumerate(story_ids, 1):
        try:
            if fresh_comparison(store, sid) is None and compare_story(store, sid) is not None:
                done += 1
        except Exception as exc:  # noqa: BLE001 - one story's failure must not stop the others
            store.conn.rollback()
            log.warning(
                "compare: story %s failed (%s: %s); it is compared again when next shown", sid, type(exc).__name__, exc
            )
        if on_progress is not None:
            on_progress(n, len(story_ids))
    return done
