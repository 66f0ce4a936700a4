"""Single-source statements about someone no other source names: a sentence, in any language, naming a person
or an organisation no other source of the story names, to which no other source's sentence is related.

The event reader lists "only X reports" of English subject-verb-object sentences (:mod:`crosswire.compare.events`)
and the value reader of sentences giving a value (:mod:`.single_values`); a statement with no value, in another
language, or told as someone's words fell between them and was never said to be single-source ("Посольство России
в Софии сообщило, что среди погибших ... граждан России нет"; "Prosecutor Ivana Koleva said her office had opened
a criminal investigation ...": a new user's trial found neither). Written by hand: the rule is crosswire's own
single-source rule (:meth:`crosswire.compare.claims.align.ClaimAlignment.stated_elsewhere`, the pair scorer's
related bar) anchored on a name only one source gives, as :func:`crosswire.compare.events.single_source` anchors
it for English events. Beyond English a sentence with no such name is anchored on its distance instead: no other
source's sentence comes near it on the multilingual sentence encoder (:func:`unanchored`).

Offsets are character offsets into the cleaned body (through :class:`~crosswire.model.Evidence`).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from rapidfuzz import fuzz

from crosswire.compare.align import StoryData
from crosswire.compare.claims.align import SENTENCE_BAR, ClaimAlignment
from crosswire.compare.claims.items import evidence
from crosswire.compare.claims.same_day import name_keys
from crosswire.compare.claims.single_values import weak_value
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import EventItem
from crosswire.facts.records import Value
from crosswire.stories.config import ENCODER_LANGUAGES

MIN_WORDS = 8  # a statement worth listing says who did what and to whom; shorter sentences are captions or asides
# Types of the names a single-source statement is anchored on. Places are left out: a place is named in each
# language's own script and spelling ("Mirovets" / "Мировец" / "Mirowiec") and the linker does not always join
# them, so a place "no other source names" is often one every source names.
ANCHOR_TYPES = ("person", "organisation")
# In English the event reader already lists a named actor's act no other source names (crosswire.compare.events);
# what it leaves out is someone's words told as reported speech ("Prosecutor Ivana Koleva said her office had
# opened a criminal investigation ..."), listed here when its speaker is named by no other source and no other
# source's sentence relates to it at all: a best pair score under this. On the tune half of the alignment gold
# (bench/compare_alignment.py) the reported statements of such speakers scoring 0.13-0.24 against another
# source's sentence were one wrong in three ("IMF chief Dominique Strauss-Kahn warned that the crisis could
# spread ...", 0.15, a fact of the gold); English pair scores are the scorer's surest, and a statement scored
# 0.1 or more has a sentence elsewhere that may state it. Other languages take the related bar (0.25): across
# languages two sentences of one fact often score under 0.25.
ENGLISH_BAR = 0.1
# Values are the figure and value readers' (crosswire.compare.figures, .single_values): a sentence giving a count,
# a sum, a share or a quantity is theirs to list or leave ("more than 1,000 homes being destroyed").
VALUE_KINDS = frozenset({"count", "money", "percent", "quantity"})
QUOTE_MARKS = ('"', "“", "”", "«", "»", "„")  # a sentence quoting someone's words is the quote aligner's
# Beyond English a statement may name no one and give no value and still be a fact only one source reports ("Die
# Rettungsleitstelle in Kessingen hat auf Funkalarmierung umgestellt, weil das digitale Einsatzsystem ebenfalls
# ausgefallen ist": a new user's trial 15; the light tier that reads German, Spanish, Polish ... tags no verbs, so
# such claims have no predicates and no reader listed them). With no name or value to anchor it, the sentence must
# be far from every other source's sentence: a sentence-encoder cosine (USE, crosswire.stories.embed) under this
# against each, besides the pair scorer's related bar. Chosen on three invented six-outlet stories in en, de, es,
# fr, pl and ru (new users' trials 14-16, read by hand): other sources' restatements in other languages scored
# 0.39-0.58 against the sentence restating them (cargo routed through other ports, ru / pl, 0.39; a patients'
# hotline, pl / de, 0.45; fans celebrating in the streets, pl / fr, 0.58), while the facts only one outlet gave
# scored 0.22-0.46; 0.35 keeps those at 0.22-0.32 and none restated.
UNANCHORED_COSINE = 0.35
# A sentence an editor would list ends as a statement: a question, a lead-in to a list or a quote (":"), or a
# fragment cut off without a full stop is no fact of its own.
STATEMENT_END = (".", "!", "…")


def novel_names(units: list[Unit]) -> set[str]:
    """Canonical ids ("person:Ivana Koleva") of the people and organisations that one source's sentences name
    and no other source's, not even in another script: no word of the name shares its transliterated first
    letters (:func:`crosswire.compare.claims.same_day.name_keys`: "Стефаны Димы", a wrongly inflected
    "Стефан Димов", gives "stefa", as "Stefan Dimov" does) with a name another source gives. The linker
    joins names across scripts, not always; an unjoined one would make "only X reports" of what everyone says."""
    sources: dict[str, set[int]] = {}
    keys: dict[int, set[str]] = {}
    for u in units:
        for cid in u.entities:
            sources.setdefault(cid, set()).add(u.source)
        keys.setdefault(u.source, set()).update(name_keys(u))
    out = set()
    for cid, srcs in sources.items():
        if len(srcs) != 1 or cid.partition(":")[0] not in ANCHOR_TYPES:
            continue
        (src,) = srcs
        own = _keys_of(cid, next(u for u in units if cid in u.entities))
        if not any(own & k for other, k in keys.items() if other != src):
            out.add(cid)
    return out


def _keys_of(cid: str, unit: Unit) -> frozenset[str]:
    """The name keys of one canonical entity as ``unit`` (a sentence naming it) would give them."""
    return name_keys(replace(unit, entities=frozenset({cid})))


def single_sentences(found: ClaimAlignment, data: StoryData, covered: set[tuple[str, int]]) -> list[EventItem]:
    """Sentences each stated by its source only: a body sentence of :data:`MIN_WORDS` words or more naming a
    person or organisation no other source names (:func:`novel_names`), no copy of another source's words, that
    no other source's sentence is scored at the related bar (:data:`SENTENCE_BAR`, 0.25) or above against, and
    that no other item cites (``covered``: (article, sentence start)), giving no figure (:data:`VALUE_KINDS`).
    Reported speech counts (a prosecutor's "said her office had opened an investigation" states the
    investigation); a direct quotation is the quote aligner's. In English only reported speech of a speaker no
    other source names, scored under :data:`ENGLISH_BAR` against every other sentence. Beyond English a
    sentence naming no one only its source names (or no one at all) is listed too when it reads as a whole
    statement (:data:`STATEMENT_END`) and is far from every other source's sentence (:func:`unanchored`). One
    item per sentence, the sentence verbatim as evidence."""
    novel = novel_names(found.units)
    out = []
    for u in found.units:
        if not _candidate(u, found, covered):
            continue
        english = (u.language or "en") == "en"
        if not u.entities & novel:
            if not unanchored(u, found):
                continue
        elif english and u.speaker not in novel:
            continue  # English narration is the event reader's (crosswire.compare.events)
        bar = ENGLISH_BAR if english else min(found.related, SENTENCE_BAR)
        if any((scored := found.counterparts(c)) and scored[0][0] >= bar for c in (u, *own_copies(u, found))):
            continue
        out.append(EventItem(summary=u.text, sources=[u.source], evidence=[evidence(data, u)]))
    return out


COPY_RATIO = (
    85  # rapidfuzz ratio (0-100) at which two sentences of one source's articles are one (crosswire.compare.stage)
)


def own_copies(u: Unit, found: ClaimAlignment) -> list[Unit]:
    """The sentences (units) of ``u``'s source in its other articles that are ``u`` with small edits (a wire story
    and its re-run: rapidfuzz ratio of :data:`COPY_RATIO` or more): what another source relates to one of them, it
    relates to both. Input: a unit and its story's alignment; output: the copies, in story order (may be empty).

    A wire's "The boil-water advisory was lifted ... after laboratory tests of samples from across the network
    came back clean" was paired with nothing, its re-run's shorter wording with the French "L'avis d'ébullition
    reste en vigueur" (0.48): "only" the wire's it was not."""
    return [
        v
        for v in found.units
        if v.source == u.source and v.article != u.article and fuzz.ratio(u.text, v.text) >= COPY_RATIO
    ]


def unanchored(u: Unit, found: ClaimAlignment) -> bool:
    """Whether ``u``, a sentence with no name or value of its own to anchor it, may still be one only its source
    states: it ends as a statement (:data:`STATEMENT_END`) and its sentence-encoder cosine against every other
    source's sentence is under :data:`UNANCHORED_COSINE` (False when the story has no embeddings: with nothing
    to measure, say nothing). Works across the encoder's languages (:data:`ENCODER_LANGUAGES`), and only when
    the sentence and every other source's sentences are in them: a Belarusian sentence and its English
    translation score 0.28 ("Жыхары кажуць, што вадасховішча было поўнае ўжо тыдзень." / "Residents said the
    reservoir had been full for a week.", the example corpus), as Ukrainian ones do (0.23-0.30, see
    :mod:`crosswire.compare.quotes`), so a low cosine there says nothing."""
    if found.near is None or not u.text.rstrip('»“”"’)').endswith(STATEMENT_END):
        return False
    others = [v for v in found.units if v.source != u.source]
    if not others or any((x.language or "en") not in ENCODER_LANGUAGES for x in (u, *others)):
        return False
    told = _told_by_own(u, found) | _told_by_group(u, found)
    near = [v.index for v in others if v.index not in told]
    return not near or float(found.near.sims[u.index, near].max()) < UNANCHORED_COSINE


def _told_by_own(u: Unit, found: ClaimAlignment) -> set[int]:
    """The other sources' sentences that read more like another sentence of ``u``'s own source than like ``u``
    (sentence-encoder cosine): they state that sentence's claim, so their nearness to ``u`` says nothing of
    another source stating ``u``'s. "Die Reparaturen sollen ... bis Ende Februar dauern" came within 0.38 of "She
    said the company would pay for all repairs" (and its Russian and Spanish renderings), each nearest to the
    same article's "Das Unternehmen übernehme alle Reparaturkosten"; a new user's bus-recall story listed the
    repairs' end, which only the German outlet gave, nowhere. As in :func:`.sides._nearest_member`, a sentence
    nearer to another sentence of a source states that one."""
    assert found.near is not None
    sims = found.near.sims
    own = [w.index for w in found.units if w.source == u.source and w.index != u.index]
    if not own:
        return set()
    others = [v.index for v in found.units if v.source != u.source]
    if not others:
        return set()
    # each other sentence's best cosine to the source's other sentences against its cosine to ``u``, all at once
    nearer = sims[np.ix_(others, own)].max(axis=1) > sims[others, u.index]
    return {i for i, yes in zip(others, nearer.tolist(), strict=True) if yes}


def _told_by_group(u: Unit, found: ClaimAlignment) -> set[int]:
    """The other sources' sentences that are members of an agreed group (``found.groups``) of two or more sources,
    none of them ``u``'s, that ``u`` does not read near as a whole: against some source of the group ``u``'s
    cosine to that source's nearest member is under :data:`UNANCHORED_COSINE`. Two independent sources agreeing
    (the pair scorer read their words) fix what their sentences state; a sentence restating that claim reads
    near each source's member (as :func:`.single_groups.restates_group` reads it), and one near a single member
    shares a word of the scene with it, not its claim. So that member's nearness says nothing of another source
    stating ``u``. "Die Wetterdienste erwarten für die kommenden Tage weiterhin Sturm an der Nordküste" read
    0.40 against the French "Les recherches avaient été suspendues ... en raison de la dégradation de la météo"
    (the weather word), 0.31 against the English and 0.27 or less against the Polish sentence the French one is
    agreed with (0.56 and 0.50 between them): a new user's rescue story hid the storm forecast, which only the
    German outlet gave, under "Not in any item". Only groups with no member in ``u``'s language: within one
    language the encoder reads a story's sentences near each other through its words of the scene, and a
    sentence near one member there was mostly no fact of its own (an ECB+ scan of the first version, which read
    every group: 7 English sentences would have become "unanchored", 5 of them advice, opinion or a vague aside:
    "It'd be best to treat the report with skepticism ...", "On the surface, Turkmenistan's political landscape
    is changing."). Input: a unit and its story's alignment (with embeddings); output: unit indices (may be
    empty)."""
    assert found.near is not None
    sims = found.near.sims
    out: set[int] = set()
    for g in found.groups:
        by_source: dict[int, list[int]] = {}
        for m in g.units:
            by_source.setdefault(m.source, []).append(m.index)
        if (
            u.source in by_source
            or len(by_source) < 2
            or any((m.language or "en") == (u.language or "en") for m in g.units)
        ):
            continue
        if min(float(sims[u.index, idx].max()) for idx in by_source.values()) < UNANCHORED_COSINE:
            out.update(i for idx in by_source.values() for i in idx)
    return out


def small_count(v: Value) -> bool:
    """Whether the value ``v`` (a facts-stage :class:`~crosswire.facts.records.Value`) is a small count of nothing
    the story compares (``два часа``, "trois mois"), which the value reader does not list a sentence by
    (:func:`.single_values.weak_value`): such a sentence is a statement to list here. "Береговая охрана за два
    часа до старта предупредила рыбаков ..." fell between the two readers, and a Russian-only fact went unlisted
    (a new user's rocket trial)."""
    return weak_value(v)


def _candidate(u: Unit, found: ClaimAlignment, covered: set[tuple[str, int]]) -> bool:
    return (
        u.claim.kind == "body"
        and not any(mark in u.text for mark in QUOTE_MARKS)
        and not any(v.kind in VALUE_KINDS and not small_count(v) for v in u.values)
        and u.index not in found.copied
        and (u.article, u.claim.start) not in covered
        and len(u.text.split()) >= MIN_WORDS
    )
