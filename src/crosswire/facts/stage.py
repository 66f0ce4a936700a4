"""The facts stage: articles in, :class:`ArticleFacts` out; batched, optionally over worker processes.

Each worker process loads the spaCy model once (in its initializer) and runs the whole stage on a chunk of
articles, returning small picklable records. That is cheaper than ``nlp.pipe(n_process=...)``, which ships
every parsed Doc back to the parent.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from crosswire.facts.dates import extract_dates
from crosswire.facts.entities import extract_entities
from crosswire.facts.events import extract_events
from crosswire.facts.figures import extract_figures
from crosswire.facts.nlp import ParsedArticle, get_nlp, parse_articles
from crosswire.facts.quotes import extract_quotes
from crosswire.facts.records import ArticleFacts
from crosswire.model import Article

log = logging.getLogger(__name__)

FACTS_VERSION = 1
STORE_BATCH = 64


def _language(article: Article) -> str | None:
    if article.language:
        return article.language.lower().split("-")[0]
    text = article.body[:3000]
    if len(text.split()) < 5:
        return None
    try:
        import py3langid

        return py3langid.classify(text)[0]
    except Exception:  # language id is a hint; without it the article is treated as English
        return None


def _from_parse(parsed: ParsedArticle, language: str | None) -> ArticleFacts:
    index = extract_entities(parsed)
    dates = extract_dates(parsed)
    return ArticleFacts(
        article=parsed.article.id,
        language=language,
        entities=index.entities,
        quotes=extract_quotes(parsed, index),
        figures=extract_figures(parsed, index, dates),
        dates=dates,
        events=extract_events(parsed, index),
    )


def _extract_local(articles: Sequence[Article]) -> list[ArticleFacts]:
    results: list[ArticleFacts | None] = [None] * len(articles)
    todo: list[int] = []
    languages: list[str | None] = []
    for i, a in enumerate(articles):
        lang = _language(a)
        languages.append(lang)
        if lang not in (None, "en"):
            results[i] = ArticleFacts(a.id, language=lang, skipped=f"language {lang!r}: facts need an English model")
        elif not a.body.strip():
            results[i] = ArticleFacts(a.id, language=lang)
        else:
            todo.append(i)
    if todo:
        parsed = parse_articles([articles[i] for i in todo])
        for i, p in zip(todo, parsed, strict=True):
            try:
                results[i] = _from_parse(p, languages[i] or "en")
            except Exception as exc:  # one odd article must not sink the batch; say which and why
                log.warning("facts: article %s failed: %s", articles[i].id, exc)
                results[i] = ArticleFacts(articles[i].id, language=languages[i], skipped=f"extraction failed: {exc}")
    return [r for r in results if r is not None]


def _init_worker() -> None:
    get_nlp()


def extract_facts(articles: Sequence[Article], *, n_process: int = 1) -> list[ArticleFacts]:
    """Facts for each article, in input order. ``n_process`` > 1 spreads chunks over worker processes."""
    articles = list(articles)
    if n_process <= 1 or len(articles) < 2 * n_process:
        return _extract_local(articles)
    chunk = max(1, min(16, len(articles) // (n_process * 4) or 1))
    chunks = [articles[i : i + chunk] for i in range(0, len(articles), chunk)]
    out: list[ArticleFacts] = []
    try:
        with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker) as pool:
            for part in pool.map(_extract_local, chunks):
                out.extend(part)
    except (BrokenProcessPool, OSError) as exc:  # a worker died (memory, a signal): finish in this process
        log.warning("facts: worker pool failed (%s); continuing in one process", exc)
        return _extract_local(articles)
    return out


def update_store(store, article_ids: Sequence[str] | None = None, *, n_process: int = 1) -> int:
    """Compute and store facts for ``article_ids`` (or every article lacking current facts); how many."""
    ids = list(article_ids) if article_ids is not None else store.articles_without_facts(FACTS_VERSION)
    done = 0
    batch_size = STORE_BATCH * max(1, n_process)
    for i in range(0, len(ids), batch_size):
        articles = list(store.iter_articles(ids[i : i + batch_size]))
        facts = extract_facts(articles, n_process=n_process)
        with store.transaction():
            for f in facts:
                store.put_facts(f.article, f.to_dict(), FACTS_VERSION)
        done += len(facts)
    return done
