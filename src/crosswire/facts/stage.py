"""The facts stage: articles in, :class:`ArticleFacts` out; batched, optionally over worker processes.

Each worker process holds the spaCy model once (forked from the parent that loaded it, or loaded in its
initializer) and runs the whole stage on a chunk of articles, returning small picklable records. That is
cheaper than ``nlp.pipe(n_process=...)``, which ships every parsed Doc back to the parent. The parent alone
reads and writes the store.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager

from crosswire.clean.lines import word_count
from crosswire.facts import speed
from crosswire.facts.claims import extract_claims
from crosswire.facts.currency import localise_dollars
from crosswire.facts.dateline_place import retype_dateline_place
from crosswire.facts.dates import extract_dates
from crosswire.facts.entities import extract_entities
from crosswire.facts.events import extract_events
from crosswire.facts.figures import extract_figures
from crosswire.facts.languages import extract_article
from crosswire.facts.name_index import name_rows
from crosswire.facts.nlp import ParsedArticle, get_nlp, parse_articles
from crosswire.facts.quotes import extract_quotes
from crosswire.facts.records import ArticleFacts
from crosswire.facts.values import counted_noun
from crosswire.model import Article, StageResult
from crosswire.store import Store
from crosswire.vocab.concepts import concept_of, state_concept
from crosswire.vocab.names import latin

log = logging.getLogger(__name__)

FACTS_VERSION = 60  # 2: future-tense weekdays, glued money figures, places read as people; 3: people read as
# organisations; 4: firms and prizes named after people are not people; 5: claims (one per sentence);
# 6: quote attribution by class, dates in context (scheduled, recurrences, event names), spaced thousands,
# fiscal years; 7: every claim value's governing verb (Value.verb); 8: every language read by its front-end
# (facts.languages), language-neutral keys (Entity.key, Figure.concept, Value.concept, Quote.speaker_key,
# Quote.language); 9: a speaker named in apposition to the subject's "of" object ("the mayor of Orlovka,
# Maryna Dubouskaya,"), titles and a leading genitive place cut off names in the light tier; 10: a bare "$"
# is the dateline country's dollar, a space-grouped number tagged DATE is a count, an elided count ("down from
# 2 750") counts what the count before it counts, a figure's date is the one written after it; 11: a weekday
# after "until" in another language ("до пятницы", "jusqu'à vendredi") resolves ahead; 12: a number hyphenated
# to its scale word is one amount ("$143-billion", "110-billion-euro"), not a range; 13: a reported clause keeps
# a "that" that is its subject ("said that makes them hard to sell"), dropping only the conjunction; 14: counts
# of no one ("no one was killed", "there were no deaths") are claim values of zero; 15: a modal verb points a
# day without a year ahead ("must decide before 20 June"), "20 June last year" takes that year; 16: lengths of
# time with "less than", "under", "just" ("deliberated for less than 10 minutes before ...") are durations, and
# AP's glued "euro110 billion" is an amount in euros; 17: verbs of carrying or containing do not key what a
# count counts ("carrying 240 passengers" counts passengers); 18: a qualified number counting a noun is no year
# ("Roughly 1800 litres"); 19: in the language-light tier a time of day ("22.50 Uhr", "18 h 30") and a number
# inside a name ("A7", "G20") are no counts, a capitalised name is no weekday ("Marta"), German weekdays joined
# to a part of the day are, compound titles and an article's noun are cut off names, reported speech with the
# attribution after it (", sagte ...") is read
# 20: weekday forms babel lacks (Belarusian "ва ўторак") are dates, a reported clause resting on words outside
# it is marked (Quote.anaphoric: "there is no need for that yet")
# 21: a value under "took", "spent", "had to" is governed by the verb of the clause after it ("took 15 minutes
# to find him guilty": "find guilty"); 22: a weekday whose DATE span runs on ("Wednesday after months") keeps
# its day, the span cut to it; 23: the name index (facts/name_index.py) is filled beside the facts; 24: times of
# day beside English ("a las 10:40", "o 11.15": facts/languages/clock.py), "10.40am"; a dateline cut off as its own
# sentence gives no claim; 25: beside English a weekday after a future or planned verb is the coming day, and
# "por la mañana" / "heute Morgen" are no day words; 26: the language-light tier tells a capitalised common noun
# from a name (simplemma's dictionaries) and types a run with an organisation word as an organisation; Russian
# names' base forms agree with their head noun, an adjective before a body's noun is that body, a name in
# guillemets is no quote; 27: crowns are a currency ("2.3 billion crowns", "couronnes", "Kronen", "крон"), the
# light tier reads a scale word once ("2,3 milliards", not a second "milliards") and past a partitive to its
# currency ("milliards d'euros", "millones de euros"); a weekday before a part of the day ("appear in court
# Wednesday afternoon") is dated by its verb; 28: beside English a weekday after a future verb named on that
# weekday is the same day ("reabrirán el sábado" in a Saturday paper); 29: words that begin like an inflected
# weekday are none ("четверо", "среди", "czwarty"); 30: Spanish dates joined by "de" ("14 de noviembre de
# 2026", "septiembre de 2025"); 31: a French opening guillemet left at a sentence's end opens the next sentence;
# 32: "not before Thursday" and "could not return before Thursday" point ahead; 33: so does a day of a
# to-infinitive under a future in the past ("said it would send divers to inspect the shoal on Thursday"); 34: a
# year after the language's "in" beside English ("construit en 1998", "im Jahr 1998"); 35: Italian and Portuguese,
# Slavic number words in every case and collective numerals, English 24-hour times, names after role titles;
# 36: vague number nouns in six languages, the past year of a figure's clause, "Saturday night" as a day, act
# nouns dating their act, "cleared" an acquittal only with a charge, venues' names places in the light tier;
# 37: English number words the entity model leaves untagged, and counts after a dateline's spaced dash;
# 38-39: speakers after a misread title, owners' companies, pronoun chains, places before names, clubs, scores,
# future weekdays (ru, pl, uk, "would ... on Monday", German "erst am Montag"), datelines with a region;
# 40: approximators read as about in every language, whole-word month names, roles beyond English, counts glued
# to a time, number words before a scale word, vote tallies "by 87 votes to 64", ru/uk clock hours ("в 8 часов утра");
# 41: changes of value ("с 62 до 64"), midnight and noon words, deputy prime ministers, negated speech verbs,
# port workers as workers, tallies in every language, dateline years from the copyright line
# 42: a page's headline and kicker never body, Spanish and German dateline openings, places and groups never people,
# full role titles, road numbers no counts, hours in words, whole short quotes direct, tallies in number words,
# odd-case letters read as their plain spelling
# 43: byline and publication stamps never body, section labels never titles, agreed / planned meetings' weekdays
# ahead, French day and month words no people, bodies' names and streets no people, company titles in nine
# languages, voting verbs in tallies, German compound counts by their head, mixed fractions one value
# 44: Chinese read (numbers, money, counts, dates, times, quotes), casualty zeros and word numbers in nine
# languages, titles beside names, honorifics, phone numbers and model numerals no figures, regions no people
# 45: company nouns as speakers in eight languages, outlet from menu and copyright lines, German datelines, weekday
# names per language, scale abbreviations (mln, bln), relative years with no anchor, Polish times and counts,
# councillor roles, titles before full names make persons
# 46: count predicates across languages, lone hours after clock words, francs in five languages, a trial's phase
# no count, titles and elided articles before names, Italian and Portuguese datelines, an agency's own page its
# outlet, guilty pleas and negated claims no claim of an attack, scheduled present-tense days, weekday+part
# words, the arresting force as the verb's agent, first-name gender (names extra), mediation proposers
# 47: deputy and vice roles of parliaments and councils, a council's president after 'presidente del Consiglio
# ...', Slavic genitives of chambers apart from names, company nouns before names in eight languages, years after
# 'since' no figure's time, lengths glued to numbers (achtminütigen, двухчасового), weekdays an act is set for,
# furniture lines (follow-us, disclaimers), site headers no headline
# 48: days of no known year in undated articles, ages glued to their number ("Die 48-Jährige", "48-latka") and
# decade words, feed outlets without their section, feed bylines, datelines of a city and a dash in any case,
# compound titles off names, slash agencies in bylines, share bars as furniture, phrase readers pre-checked
# 49: sentence ends after abbreviations (r., г., ul., Nr.), dash quotes, oblique names joined to their nominative,
# French bylines and datelines, a number before a finite verb counts nothing, German compound roles, weekdays of
# called gatherings, a denial's clause no statement, undated pages dated by a date line only
# 50: a held state beside a group noun counts prisoners ('12 detained members'), a dateline's region-shaped bracket
# no agency, outlets without a news section in every ingest path
# 51: name+number+scale figures, Polish crowns, hyphenated metre units, role nouns cut from names, lawyers, apposed
# ages, sentence joins across quotes and abbreviations, short body paragraphs and header date lines kept apart
# 52: bodies in apposition and trade nouns as speakers, towns never speakers, datelines with ordinal days, outlets in
# their written case, aircraft apart from flights, an hour before an article, hospital stays of a group
# 53: weekdays and yearless dates read the way their clause points (start days, planned acts, conditionals) in every
# language read; judging and admitting verbs of speech
# 54: a date's tense kept on the value, future verbs read in the whole clause, Slavic perfective futures, bare months
# in eight languages; multi-word titles before names, denial verbs by lemma, payments of nothing, dashed agency
# credits; Polish and Ukrainian sums, hryvnia forms, rough counts of millions
# 55: sums in currency words in nine languages, singular magnitudes (milion, миллион), the next/last N years as
# durations; English labelled vote tallies and runs of number words; a side speaking for a person as the speaker
# 56: sentence ends after clock times ("2 a.m." + capital) and one-letter units; Slavic months with their year,
# a start dated beside the day it was told, about a thousand as one thousand, a plural of a scale above one of it
# 57: a date in a paragraph's opening dateline is no value of the sentence's act
# 58: a relative pronoun opens its own clause for a weekday (past signing before "qui doit"), a future condition
# makes its day scheduled, a customer concept, mastheads with slogans and titles of plain texts, furniture in it/pt,
# a Cyrillic Г looked up as H, a place noun glued before a Russian name dropped, German promise verbs
# 59: a quote's speaker named by role ("sagte der Pilot"), naming verbs as speech, match scores as one tally
# 60: a person's age never a count of years, "she said" to the nearest woman named, clubs and venues not people,
# English datelines with a comma or a glued dash before the wire's bracket
STORE_BATCH = 64
CHUNK_MAX = 16  # articles per task sent to a worker
AUTO_PARALLEL_MIN = 24  # fewer articles than this: one process (forking costs more than it saves)


def _language(article: Article) -> str | None:
    if article.language:
        return article.language.lower().split("-")[0]
    text = article.body[:3000]
    if word_count(text) < 5:  # Chinese, written without spaces, counted one word per two characters
        return None
    try:
        import py3langid

        from crosswire.table_cache import use_for_py3langid

        use_for_py3langid()  # its model read from the cache folder (once per process)
        return py3langid.classify(text)[0]
    except Exception:  # noqa: BLE001 - language id is a hint; without it the article is treated as English
        return None


def _from_parse(parsed: ParsedArticle, language: str | None) -> ArticleFacts:
    index = extract_entities(parsed)
    if retype_dateline_place(index.entities, parsed.article.dateline):  # no speaker, no pronoun's antecedent
        places = {e.id for e in index.entities if e.type == "place"}
        index.persons = [p for p in index.persons if p.entity not in places]
    dates = extract_dates(parsed)
    quotes = extract_quotes(parsed, index)
    figures = extract_figures(parsed, index, dates)
    localise_dollars(figures, parsed.article.dateline)
    events = extract_events(parsed, index)
    claims = extract_claims(parsed, index, figures, dates, quotes, events)
    for c in claims:
        c.language = language or "en"
    return _neutral(
        ArticleFacts(
            article=parsed.article.id,
            language=language,
            entities=index.entities,
            quotes=quotes,
            figures=figures,
            dates=dates,
            events=events,
            claims=claims,
        )
    )


def _other_language(article: Article, language: str) -> ArticleFacts:
    """Facts of an article in another language, by its front-end (:mod:`crosswire.facts.languages`)."""
    try:
        return extract_article(article, language)  # its dateline's town typed a place (languages.build)
    except Exception as exc:  # noqa: BLE001 - one odd article must not sink the batch; say which and why
        log.warning("facts: article %s (%s) failed: %s", article.id, language, exc)
        return ArticleFacts(article.id, language=language, skipped=f"extraction failed: {exc}")


def _neutral(facts: ArticleFacts) -> ArticleFacts:
    """The language-neutral fields of English facts: entity keys, figure and value concepts, quote keys."""
    for e in facts.entities:
        e.key = latin(e.name)  # an English name is its own key (a place's English name, as other languages' are)
    key_of = {e.id: e.key for e in facts.entities}
    for q in facts.quotes:
        q.language = facts.language or "en"
        q.speaker_key = key_of.get(q.speaker or "")
    for f in facts.figures:
        words = (f.counted or "").split()
        state = words[0] if len(words) > 1 else None  # "detained members freed": counted.counted's held state
        f.concept = state_concept(concept_of(counted_noun(f.counted), "en"), state, None, "en")
    of_figure = {(f.start, f.end): f.concept for f in facts.figures}
    for c in facts.claims:
        for v in c.values:
            if v.noun and (v.start, v.end) in of_figure:
                v.concept = of_figure[(v.start, v.end)]  # its figure's concept, a held state's included
            else:
                v.concept = concept_of(v.noun, "en") if v.noun else None
    return facts


def _extract_local(articles: Sequence[Article]) -> list[ArticleFacts]:
    results: list[ArticleFacts | None] = [None] * len(articles)
    todo: list[int] = []
    languages: list[str | None] = []
    for i, a in enumerate(articles):
        lang = _language(a)
        languages.append(lang)
        if not a.body.strip():
            results[i] = ArticleFacts(a.id, language=lang)
        elif lang not in (None, "en"):
            results[i] = _other_language(a, lang)
        else:
            todo.append(i)
    if todo:
        parsed = parse_articles([articles[i] for i in todo])
        for i, p in zip(todo, parsed, strict=True):
            try:
                results[i] = _from_parse(p, languages[i] or "en")
            except Exception as exc:  # noqa: BLE001 - one odd article must not sink the batch; say which and why
                log.warning("facts: article %s failed: %s", articles[i].id, exc)
                results[i] = ArticleFacts(articles[i].id, language=languages[i], skipped=f"extraction failed: {exc}")
    return [r for r in results if r is not None]


def _init_worker(parent_pid: int) -> None:
    from crosswire import regex_cache

    speed.die_with_parent(parent_pid)
    speed.keep_heap()
    regex_cache.save_when_worker_exits()  # the patterns this worker compiles, for the next run's workers
    get_nlp()  # a no-op when the pool was forked from a parent that had loaded the model


def auto_processes(n_articles: int) -> int:
    """Worker processes for ``n_articles``: one for a few articles, else up to two (one per core).

    Why two at most: the floor is set for two cores, and each worker holds its own model (~200 MB).
    """
    if n_articles < AUTO_PARALLEL_MIN:
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def _chunks(articles: Sequence[Article], n_process: int) -> list[list[Article]]:
    size = max(1, min(CHUNK_MAX, len(articles) // (n_process * 4) or 1))
    return [list(articles[i : i + size]) for i in range(0, len(articles), size)]


def _can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _may_use_pool() -> bool:
    """Worker processes only from the main thread on Linux.

    Why: forking from a server's worker thread (the web upload) could copy a lock another thread holds,
    and spawning re-imports the caller's ``__main__``; there the stage runs in-process.
    """
    return _can_fork() and threading.current_thread() is threading.main_thread()


@contextmanager
def _pool(n_process: int) -> Iterator[ProcessPoolExecutor]:
    """Worker processes that each hold the model once.

    On Linux the pool forks after the parent has loaded the model, so workers share its pages and start in
    milliseconds instead of loading spaCy again (about a second each).
    """
    get_nlp()
    speed.freeze_before_fork()
    context = multiprocessing.get_context("fork")  # callers check _may_use_pool() first
    with ProcessPoolExecutor(
        max_workers=n_process, mp_context=context, initializer=_init_worker, initargs=(os.getpid(),)
    ) as pool:
        yield pool


def _ordered(pool: ProcessPoolExecutor, chunks: Iterable[list[Article]], ahead: int) -> Iterator[list[ArticleFacts]]:
    """Results of ``_extract_local`` per chunk, in order, with at most ``ahead`` chunks in flight.

    Why not ``pool.map``: it submits every chunk at once, so the parent would read the whole store first.
    """
    pending: deque = deque()
    for chunk in chunks:
        pending.append(pool.submit(_extract_local, chunk))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def extract_facts(articles: Sequence[Article], *, n_process: int = 1) -> list[ArticleFacts]:
    """Facts for each article, in input order. ``n_process`` > 1 spreads chunks over worker processes."""
    articles = list(articles)
    if n_process <= 1 or len(articles) < 2 * n_process or not _may_use_pool():
        return _extract_local(articles)
    out: list[ArticleFacts] = []
    try:
        with _pool(n_process) as pool:
            for part in _ordered(pool, _chunks(articles, n_process), 2 * n_process):
                out.extend(part)
    except (BrokenProcessPool, OSError) as exc:  # a worker died (memory, a signal): finish in this process
        log.warning("facts: worker pool failed (%s); continuing in one process", exc)
        return _extract_local(articles)
    return out


def _store_facts(store, facts: Sequence[ArticleFacts]) -> None:
    with store.transaction():
        for f in facts:
            store.put_facts(f.article, f.to_dict(), FACTS_VERSION)
            store.put_names(f.article, name_rows(f))


def update_store(
    store: Store,
    article_ids: Sequence[str] | None = None,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    n_process: int | None = None,
) -> StageResult:
    """The facts stage's entry in :data:`crosswire.stages.STAGES`: facts computed and stored for
    ``article_ids`` (None: every article lacking facts of the current :data:`FACTS_VERSION`).

    ``written`` counts the articles given facts; ``counts["skipped"]`` those whose facts say why nothing was
    extracted (a language without a model, an extraction failure, an empty body). ``n_process=None`` picks
    :func:`auto_processes`. Workers only parse and extract; the parent reads the articles and writes every
    result (SQLite is written by one process), one transaction per chunk. ``on_progress(done, total)`` is
    called after each stored chunk, for progress bars.
    """
    skipped: list[str] = []
    written = _update(store, article_ids, n_process=n_process, on_progress=on_progress, skipped=skipped)
    return StageResult("facts", written, {"skipped": len(skipped)})


def first_of_each_language(languages: dict[str, str | None]) -> list[str]:
    """The first article id of each stored language (None, unknown, counts as one), in input order.

    Input: article id -> stored language, in the stage's order. Why: the parent extracts these itself before it
    forks the workers, so the models and tables each language loads on first use (a front-end, its word
    tables, dateparser's locale: about 1-2 CPU s per language here) are loaded once and shared by the forked
    workers instead of once in every worker that meets the language. Facts do not depend on which process
    extracts an article."""
    seen: dict[str | None, str] = {}
    for article_id, language in languages.items():
        key = language.lower().split("-")[0] if language else None
        seen.setdefault(key, article_id)
    return list(seen.values())


def warm_tables() -> None:
    """Build, in this process, the tables the facts stage builds lazily on the first article that needs them
    and that the first article of each language (:func:`first_of_each_language`) may not reach: the role
    titles of every language, the place and country names, the dateline dollar's city table. Called before
    the workers fork, so they share what it built instead of each building it again (measured on the 181
    benchmark pages after the parent's first articles: ~0.9 CPU s per worker under cProfile). Facts do not
    depend on when a table is built."""
    from crosswire.facts import currency, lexicon

    lexicon.role_phrases()
    lexicon.places()
    currency.local_dollar("Sydney")  # the city table, and babel's currency data


def _update(
    store: Store,
    article_ids: Sequence[str] | None,
    *,
    n_process: int | None,
    on_progress: Callable[[int, int], None] | None,
    skipped: list[str],
) -> int:
    ids = list(article_ids) if article_ids is not None else store.articles_without_facts(FACTS_VERSION)
    total = len(ids)

    def report(done: int) -> None:
        if on_progress is not None:
            on_progress(done, total)

    report(0)
    if n_process is None:
        n_process = auto_processes(len(ids))
    if n_process <= 1 or len(ids) < 2 * n_process or not _may_use_pool():
        done = 0
        for i in range(0, len(ids), STORE_BATCH):
            facts = _extract_local(list(store.iter_articles(ids[i : i + STORE_BATCH])))
            _store_facts(store, facts)
            skipped.extend(f.article for f in facts if f.skipped)
            done += len(facts)
            report(min(total, i + STORE_BATCH))
        return done
    stored: set[str] = set()
    firsts = first_of_each_language(store.article_languages(ids))
    # The parent loads every language's models and tables here, objects it keeps for its life; the collector's
    # full passes over them while they load (~1 CPU s on the 181 benchmark pages) are skipped: the pool collects
    # once and freezes them before it forks (speed.freeze_before_fork). Facts do not depend on when garbage is
    # collected.
    with speed.no_gc():
        warm = _extract_local(list(store.iter_articles(firsts)))
        warm_tables()
    _store_facts(store, warm)
    skipped.extend(f.article for f in warm if f.skipped)
    stored.update(f.article for f in warm)
    report(len(stored))
    ids = [i for i in ids if i not in stored]
    size = max(1, min(CHUNK_MAX, len(ids) // (n_process * 4) or 1))
    id_chunks = [ids[i : i + size] for i in range(0, len(ids), size)]
    chunks = (list(store.iter_articles(c)) for c in id_chunks)
    try:
        with _pool(n_process) as pool:
            for facts in _ordered(pool, chunks, 2 * n_process):
                _store_facts(store, facts)
                skipped.extend(f.article for f in facts if f.skipped)
                stored.update(f.article for f in facts)
                report(len(stored))
    except (BrokenProcessPool, OSError) as exc:  # finish what is left in this process
        log.warning("facts: worker pool failed (%s); continuing in one process", exc)
        left = [i for i in ids if i not in stored]
        offset = total - len(left)
        return len(stored) + _update(
            store,
            left,
            n_process=1,
            on_progress=None if on_progress is None else (lambda d, _t: on_progress(offset + d, total)),
            skipped=skipped,
        )
    return len(stored)
