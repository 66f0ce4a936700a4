"""Entities: spaCy NER, repaired, with mentions linked within the article.

spaCy's small model finds most names but mislabels some ("Sochi" as NORP, "Tikhanovskaya" as ORG, "Riot" in
"Riot police" as PERSON) and misses rarer names entirely. The repairs are general signals: a place
gazetteer, a word list of group nouns, the surname of a person already named, and the syntax of an
untagged proper-noun run (a subject, or a name with an apposition). Within-article coreference is by hand
because no installed library resolves coreference: surnames join the full name, and title references
("the Russian president", "the Belarusian leader") join the person whose nationality and role the article
gave earlier (or later, when the first sentence names no one). Pronouns are resolved on demand, for speakers
and event subjects only.

The steps, one concern per module: :mod:`~crosswire.facts.candidates` (name spans),
:mod:`~crosswire.facts.retyping` (types the text contradicts), :mod:`~crosswire.facts.coreference`
(linking) and :mod:`~crosswire.facts.entity_index` (the lookups later components make).
"""

from __future__ import annotations

from crosswire.facts.candidates import collect_candidates, with_surname_mentions
from crosswire.facts.coreference import learn_gender, link_mentions, link_title_references
from crosswire.facts.entity_index import EntityIndex, PersonRef, noun_phrase_bounds
from crosswire.facts.languages.club_names import retype_prefixed_organisations
from crosswire.facts.languages.venue_names import retype_english_venues
from crosswire.facts.nlp import ParsedArticle
from crosswire.facts.retyping import (
    retype_described_companies,
    retype_people,
    retype_places,
    retype_short_organisations,
    retype_streets,
    retype_surnames,
)

__all__ = ["EntityIndex", "PersonRef", "extract_entities", "noun_phrase_bounds"]


def extract_entities(parsed: ParsedArticle) -> EntityIndex:
    """The entities of one parsed article, each with every mention that refers to it.

    Input: the article parsed paragraph by paragraph (:func:`crosswire.facts.nlp.parse_articles`).
    Output: an :class:`EntityIndex` whose ``entities`` are :class:`~crosswire.facts.records.Entity` records
    (ids "e1", "e2", ... in order of first mention; mentions sorted by position) and whose ``spans`` and
    ``persons`` serve the quote, figure and event components. Every ``start``/``end`` and
    ``sentence_start``/``sentence_end`` is a character offset into the cleaned body (``parsed.body``), so
    ``body[start:end]`` is the mention as written. Raises nothing of its own; an article with no names
    gives an empty index.
    """
    cands = collect_candidates(parsed)
    retype_people(cands)
    retype_places(parsed, cands)
    retype_streets(cands)
    retype_short_organisations(cands)
    retype_prefixed_organisations(cands)  # "FC Blau-Weiss Rheinau": a club, not a person
    retype_english_venues(cands)  # "the Hollstedt Arena": a venue, not a person "Arena"
    retype_described_companies(cands)
    surnames = retype_surnames(cands)
    cands = with_surname_mentions(parsed, cands, surnames)
    linked = link_mentions(cands)
    link_title_references(parsed, linked)
    for ent in linked.entities:
        ent.mentions.sort(key=lambda m: m.start)
    learn_gender(parsed, linked.persons, linked.entities)
    return EntityIndex(linked.entities, linked.spans, linked.persons)
