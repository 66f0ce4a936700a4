"""Who a speech verb's subject is: the checks that keep a quotation from being given to the wrong party.

The subject token comes from the dependency parse (:mod:`crosswire.facts.quotes`); the entity it names from
the article's :class:`~crosswire.facts.entity_index.EntityIndex`. These rules are written for news copy
because no library attributes quotations (spaCy has no speaker model; the attribution systems in the
literature -- Pareti's PARC, the QuoteAttribution corpora -- ship no usable English model on PyPI):

* a speaker names a party: not a date ("May 2019"), a number ("44 percent of Americans"), a bare party or
  nationality word ("Democrat", "Israeli");
* an entity that only modifies the subject is not the speaker ("Washington-based analysts",
  "Russia's foreign ministry", "members of Congress"): the phrase is;
* a speaker pronoun ("he wrote") is not the person the quotation itself speaks of in the third person ("'He
  could barely walk,' he wrote": the writer is someone else than the "he" of the quote);
* a passive speech verb's subject is the hearer ("she was told that ..."): the speaker is its agent.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crosswire.facts.entity_index import FEMALE, MALE, EntityIndex, noun_phrase_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

    from crosswire.facts.nlp import Para

# spaCy entity labels of a subject head that cannot be a speaker.
NOT_SPEAKER_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})
# Singular party and nationality words the model takes for a speaker ("Democrat Jo Ames said": "Democrat").
PARTY_WORDS = frozenset(
    "democrat democratic republican gop conservative labour tory liberal green socialist communist "
    "independent libertarian centrist".split()
)
# Verbs whose passive subject is the one spoken to ("he was told", "she was asked", "they were warned").
HEARER_VERBS = frozenset({"tell", "ask", "inform", "advise", "warn", "assure", "promise", "urge", "thank", "notify"})
MONTH_YEAR_RE = re.compile(
    r"^(?:(?:early|late|mid)[- ])?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}$", re.I
)
# Speaker: (entity id or None, phrase, body start, body end).
Found = tuple[str | None, str, int, int]


def can_speak(tok: Token, phrase: str) -> bool:
    """Whether the subject headed by ``tok`` (its noun phrase ``phrase``) can name a speaker at all."""
    if tok.ent_type_ in NOT_SPEAKER_LABELS or tok.like_num or tok.lower_ in ("percent", "%", "per", "cent"):
        return False
    if MONTH_YEAR_RE.match(phrase.strip()):
        return False
    words = phrase.lower().split()
    if len(words) == 1 and (words[0] in PARTY_WORDS or (tok.ent_type_ == "NORP" and not words[0].endswith("s"))):
        return False  # "Democrat", "Israeli": a word that describes a speaker, not one
    return True


def passive_hearer(verb: Token) -> bool:
    """Whether the verb is a passive speech verb whose subject was spoken to ("was told", "were asked")."""
    from crosswire.facts.fastpos import lemma

    passive = any(c.dep_ == "auxpass" for c in verb.children) or any(c.dep_ == "nsubjpass" for c in verb.children)
    return passive and lemma(verb) in HEARER_VERBS


def agent(verb: Token) -> Token | None:
    """The "by X" of a passive verb ("was told by a senior official"), else None."""
    for child in verb.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            return objs[0] if objs else None
    return None


def head_speaker(index: EntityIndex, tok: Token, para: Para, found: Found) -> Found:
    """``found`` (what :meth:`EntityIndex.resolve_token` gave) with an entity that only modifies the subject
    dropped: "Washington-based analysts" are not Washington, "Russia's foreign ministry" is the ministry, "some
    members of Congress" are not Congress. A person stays (a title before a name, a name in apposition)."""
    ent, phrase, start, end = found
    entity = index.by_id(ent)
    if entity is None or entity.type == "person" or tok.pos_ == "PRON":
        return found
    off = para.offset
    head_start, head_end = off + tok.idx, off + tok.idx + len(tok.text)
    covers = any(s <= head_start and head_end <= e for s, e, eid in index.spans if eid == ent)
    return found if covers else (None, phrase, start, end)


def pronoun_speaker(
    index: EntityIndex, tok: Token, para: Para, speech_subjects: list[tuple[int, str]], quoted: str
) -> str | None:
    """The person a speaker pronoun ("he wrote") refers to, or None when no one fits.

    The index's pick is the latest subject of that gender: often the person the paragraph is about. Two
    things overrule it. A person introduced since then as speaking or writing (the latest of
    ``speech_subjects``, (body offset, person id) in body order) is the likelier speaker. And when the pick
    was never introduced as speaking and the quotation ``quoted`` speaks of a "he" ("'He could barely walk,'
    he wrote"), the pick is who the quotation is about, not its writer: the latest other person of that
    gender is taken instead.
    """
    pos = para.offset + tok.idx
    first = index.resolve_pronoun(tok.text, pos, para.index)
    word = tok.lower_
    gender = "male" if word in MALE else "female" if word in FEMALE else None
    if gender is None or first is None:
        return first
    fits = [
        (at, person)
        for at, person in speech_subjects
        if at < pos and (found := index.by_id(person)) is not None and found.gender in (None, gender)
    ]
    picked_at = max((p.start for p in index.persons if p.entity == first and p.end <= pos), default=-1)
    if fits and fits[-1][0] > picked_at:
        return fits[-1][1]
    own = MALE if gender == "male" else FEMALE
    if first in {person for _at, person in fits} or not ({w.lower() for w in re.findall(r"[A-Za-z]+", quoted)} & own):
        return first
    earlier = [p for p in index.persons if p.end <= pos and para.index - 2 <= p.para_index <= para.index]
    for p in reversed(earlier):
        found = index.by_id(p.entity)
        if p.entity != first and found is not None and found.gender in (None, gender):
            return p.entity
    return first


def phrase_of(tok: Token) -> str:
    """The noun phrase headed by ``tok`` as written."""
    left, right = noun_phrase_bounds(tok)
    return tok.doc[left : right + 1].text
