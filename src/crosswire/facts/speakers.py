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
from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING

from crosswire.facts.entity_index import FEMALE, MALE, EntityIndex, noun_phrase_bounds
from crosswire.facts.first_names import first_name_gender
from crosswire.facts.quote_marks import find_quote_spans

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
    if tok.pos_ != "PRON":
        apposed = _apposed_person(index, tok, para)
        if apposed is not None:  # "the mayor of Orlovka, Maryna Dubouskaya,": the person, not the town
            return apposed if apposed[0] != ent else found
    entity = index.by_id(ent)
    if entity is None or tok.pos_ == "PRON":
        return found
    off = para.offset
    head_start, head_end = off + tok.idx, off + tok.idx + len(tok.text)
    if any(s <= head_start and head_end <= e for s, e, eid in index.spans if eid == ent):
        return found
    if entity.type != "person":
        return None, phrase, start, end
    # A person named in the subject stays when the name is the head's own (a title before it, a name in
    # apposition: "the rights chief, Michelle Bachelet,"), not when it only owns or qualifies the head
    # ("Ford's father told ...", "one user on Weibo, ... version of Twitter, posted").
    own = [tok, *(c for c in tok.children if c.dep_ in ("compound", "flat")), *_appositions(tok)]
    mentions = [(s, e) for s, e, eid in index.spans if eid == ent]
    named = any(ms < off + t.idx + len(t.text) and off + t.idx < me for t in own for ms, me in mentions)
    return found if named else (None, phrase, start, end)


def _apposed_person(index: EntityIndex, tok: Token, para: Para) -> Found | None:
    """The person an apposition of the subject's head names, with the apposition's span, or None. The
    parser often hangs the name on the head's "of" / "for" / "at" object ("the mayor of Orlovka, Maryna
    Dubouskaya": the apposition of "Orlovka"); a person in apposition to a place or body there is the head's
    own. The person must head the apposition (its name covers the apposition's head word): one only named
    inside it ("Scott Paul, ..., a group that has applauded Trump's tariffs") is not who it is."""
    heads = [tok, *(o for p in tok.children if p.lower_ in ("of", "for", "at") for o in p.children if o.dep_ == "pobj")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ != "appos":
            continue
        lo, hi = para.offset + c.idx, para.offset + c.idx + len(c.text)
        for s, e, eid in index.spans:
            entity = index.by_id(eid)
            if s <= lo and hi <= e and entity is not None and entity.type == "person":
                return eid, para.text[s - para.offset : e - para.offset], s, e
    return None


def _appositions(tok: Token) -> list[Token]:
    """The tokens of the appositions of ``tok`` ("the rights chief, Michelle Bachelet")."""
    return [t for c in tok.children if c.dep_ == "appos" for t in c.subtree]


def pronoun_speaker(
    index: EntityIndex,
    tok: Token,
    para: Para,
    speech_subjects: list[tuple[int, str]],
    quoted: str,
    genders: dict[str, str],
    roles: dict[int, str],
    chain: Sequence[tuple[int, int, str, str]] = (),
) -> str | None:
    """The person a speaker pronoun ("he wrote") refers to, or None when no one fits.

    ``genders`` is :func:`text_genders`, ``roles`` :func:`mention_roles`. The first pick (:func:`_pick`)
    is the latest subject of that gender: often the person the paragraph is about. Two things overrule it.
    A person of the pronoun's (known) gender introduced since then as speaking or writing (the latest of
    ``speech_subjects``, (body offset, person id) in body order) is the likelier speaker; so is the person
    a speaker pronoun of the same gender since then, in this paragraph or the one before, was read as
    (``chain``, :class:`crosswire.facts.attribution.Speaking`). And when the
    direct quotation ``quoted`` names the pick ("'Trump makes it harder,' he said"), or the pick, last
    mentioned as a subject and never introduced as speaking, is spoken of as "he" in it ("Tolan kept
    pigeons. 'He could barely walk,' he wrote"), the pick is who the quotation is about, not its speaker:
    the latest other person of that gender
    is taken instead.
    """
    pos = para.offset + tok.idx
    word = tok.lower_
    gender = "male" if word in MALE else "female" if word in FEMALE else None
    if gender is None:
        return index.resolve_pronoun(tok.text, pos, para.index)
    first = _pick(index, genders, roles, gender, pos, para.index)
    if first is None:
        return None
    nearer = _nearer_same_gender(index, para, genders, roles, gender, pos, first, quoted)
    if nearer is not None:
        return nearer
    # a person introduced as speaking earlier in the same paragraph fits when the text never shows their
    # gender ("Interior Minister Goran Vesely said ... 'The scenes were unacceptable,' he said"): the news
    # convention of a name, then "he said" of that name
    fits = [
        (at, person)
        for at, person in speech_subjects
        if at < pos and (genders.get(person) == gender or (person not in genders and at >= para.offset))
    ]
    picked = [p for p in index.persons if p.entity == first and p.end <= pos]
    picked_at = picked[-1].start if picked else -1
    if fits and fits[-1][0] > picked_at:
        return fits[-1][1]
    went_on = [(at, person) for at, pi, g, person in chain if at < pos and g == gender and pi >= para.index - 1]
    if went_on and max(went_on)[0] > picked_at and max(went_on)[1] != first:
        # "She claimed ... ." / "'...,' she said": the speaker the pronoun before it was read as, not a
        # name mentioned before that pronoun
        return max(went_on)[1]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", quoted)}
    own = MALE if gender == "male" else FEMALE
    if first in {person for at, person in speech_subjects if at < pos} and not _named_in(index, first, words):
        return first  # introduced as speaking: "Reuss praised the chief. 'He never slept,' he said"
    topic = bool(picked) and picked[-1].subject  # the pick was last mentioned as a subject: what the text is about
    if not (topic and words & own) and not _named_in(index, first, words):
        return first
    if not _named_in(index, first, words) and _spoken_of_since(index, roles, genders, gender, picked_at, pos, first):
        return first  # "Suter, who joked about Parise's sticks, ... 'He's used to scoring,' he said": Parise's "he"
    earlier = [p for p in index.persons if p.end <= pos and para.index - 2 <= p.para_index <= para.index]
    for p in reversed(earlier):
        if p.entity != first and genders.get(p.entity) in (None, gender):
            return p.entity
    return first


def _sentence_starts(para: Para) -> list[int]:
    """Body offsets of the paragraph's sentences' starts, in order."""
    return [para.offset + sent.start_char for sent in para.sents]


def _nearer_same_gender(
    index: EntityIndex,
    para: Para,
    genders: dict[str, str],
    roles: dict[int, str],
    gender: str,
    pos: int,
    first: str,
    quoted: str,
) -> str | None:
    """The person a "she said" / "he added" at body offset ``pos`` means when another person of that gender was
    named after the one :func:`_pick` chose (``first``): the latest mention, in the pronoun's sentence or the one
    before it (same paragraph), of a person other than ``first`` whose gender the text marks as the pronoun's
    (``genders``, :func:`text_genders`), in a later sentence than ``first``'s last mention before ``pos``, and not
    only as an owner ("Kessler's bakery"). "Mayor Anna Berg said ... . The plan angered residents, among them
    Maria Kessler. 'We were never asked,' she said": Kessler, not the earlier speaker Berg (fix15: new users'
    stories gave such quotations to the paragraph's first speaker). None when no such person is named, when
    the quotation ``quoted`` names her or speaks of someone of that gender ("'She never slept,' she said": the
    one named is who the quotation is about), or when the person is the object of a sentence ``first`` is the
    subject of (that sentence is ``first``'s, and the pronoun goes on with it)."""
    starts = _sentence_starts(para)
    if not starts or pos < para.offset:
        return None

    def sentence(at: int) -> int:
        return bisect_right(starts, at) - 1

    here = sentence(pos)
    first_at = [p for p in index.persons if p.entity == first and p.end <= pos]
    if not first_at:
        return None
    first_sentence = sentence(first_at[-1].start) if first_at[-1].start >= para.offset else -1
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", quoted)}
    own = MALE if gender == "male" else FEMALE
    if words & own:
        return None
    for p in reversed(index.persons):
        if p.end > pos or p.start < para.offset or p.start <= first_at[-1].start:
            continue
        at = sentence(p.start)
        if at < here - 1:
            break
        if p.entity == first or at <= first_sentence or genders.get(p.entity) != gender:
            continue
        if roles.get(p.start) == "poss" or _named_in(index, p.entity, words):
            continue
        return p.entity
    return None


def _spoken_of_since(
    index: EntityIndex,
    roles: dict[int, str],
    genders: dict[str, str],
    gender: str,
    since: int,
    pos: int,
    speaker: str,
) -> bool:
    """Whether a person of ``gender`` (or unknown) other than ``speaker`` is mentioned between body offsets
    ``since`` (the speaker's mention) and ``pos`` (the pronoun) only as an owner or an object ("could see
    the frustration on Parise's face", "praised Dahl"): the one the sentence speaks of, whom the quotation's
    own "he" / "she" most likely means, so the quotation does not make the subject before it its topic."""
    for p in index.persons:
        if since < p.start and p.end <= pos and p.entity != speaker and not p.subject:
            if genders.get(p.entity) in (None, gender) and roles.get(p.start) in ("poss", "dobj"):
                return True
    return False


def _pick(
    index: EntityIndex, genders: dict[str, str], roles: dict[int, str], gender: str, pos: int, para_index: int
) -> str | None:
    """The person a he/she at body offset ``pos`` most likely refers to: of the people mentioned before it in
    this and the two paragraphs before and not of the other gender by :func:`text_genders`, the latest
    subject (a passive one too: ``roles`` is :func:`mention_roles`) in this or the previous paragraph, else
    the latest mention that is not only an owner (the rule of :meth:`EntityIndex.resolve_pronoun`, with the
    genders the whole text shows and the mentions' roles)."""
    earlier = [p for p in index.persons if p.end <= pos and para_index - 2 <= p.para_index <= para_index]
    ok = [p for p in reversed(earlier) if genders.get(p.entity) in (None, gender)]
    for p in ok:
        if (p.subject or roles.get(p.start) == "nsubjpass") and p.para_index >= para_index - 1:
            return p.entity
    owners = [p for p in ok if roles.get(p.start) != "poss"]  # "Omar's office": the office, not Omar
    return (owners or ok)[0].entity if ok else None


def mention_roles(paras: list[Para], index: EntityIndex) -> dict[int, str]:
    """Body offset of each person mention -> the dependency of its head token ("nsubjpass" for "Carlineo was
    arrested", "poss" for "Omar's office")."""
    out = {}
    for para in paras:
        off, end = para.offset, para.offset + len(para.text)
        for p in index.persons:
            if off <= p.start < end:
                span = para.doc.char_span(p.start - off, p.end - off, alignment_mode="expand")
                if span is not None:
                    out[p.start] = span.root.dep_
    return out


def text_genders(paras: list[Para], index: EntityIndex) -> dict[str, str]:
    """Person id -> "male" / "female" as the text shows it: a vote over the article of the honorific before
    a mention ("Ms Persson", "Mr. Trump") and of every he/she/his/her (subject or possessive, outside quotation
    marks) that follows, in its sentence, exactly one named person, named there as a subject ("Graham said
    she ..."; not "Lacking the rights to Ford's work, how would she feel"). A person with votes both ways by
    less than three to one stays unknown; one with no vote keeps the entity's own gender (the first such
    pronoun, :func:`crosswire.facts.coreference.learn_gender`), and one with neither takes the gender of a first
    name the name dictionary is sure of (:func:`crosswire.facts.first_names.first_name_gender`: "Carmen Ruiz
    Ortega" is a woman; "Kim Lee", a name of both, and a surname alone stay unknown)."""
    votes: dict[str, list[int]] = {}
    for para in paras:
        off = para.offset
        quoted = find_quote_spans(para.text)
        for sent in para.sents:
            s0, s1 = off + sent.start_char, off + sent.end_char
            refs = [p for p in index.persons if s0 <= p.start < s1]
            for p in refs:
                prefix = para.text[max(0, p.start - off - 5) : p.start - off].strip().lower().rstrip(".")
                if prefix.endswith(("mr", "ms", "mrs", "miss")):
                    votes.setdefault(p.entity, [0, 0])[0 if prefix.endswith("mr") else 1] += 2
            for t in sent:
                if t.lower_ not in ("he", "she", "his", "her") or t.dep_ not in ("nsubj", "nsubjpass", "poss"):
                    continue
                if t.lower_ == "her" and t.dep_ != "poss":
                    continue  # "told her": an object, often someone else
                if any(qs <= t.idx < qe for qs, qe in quoted):
                    continue  # a pronoun in a quotation is the speaker's, about someone else
                before = [p for p in refs if p.end <= off + t.idx]
                named = {p.entity for p in before}
                if len(named) == 1 and any(p.subject for p in before):
                    votes.setdefault(named.pop(), [0, 0])[0 if t.lower_ in ("he", "his") else 1] += 1
    out = {e.id: e.gender for e in index.entities if e.type == "person" and e.gender and e.id not in votes}
    for e in index.entities:
        words = e.name.split()
        if e.type == "person" and e.id not in votes and e.id not in out and len(words) >= 2:
            by_name = first_name_gender(words[0])
            if by_name is not None:
                out[e.id] = by_name
    for ent, (male, female) in votes.items():
        if max(male, female) >= 3 * min(male, female) and male != female:
            out[ent] = "male" if male > female else "female"
    return out


def _named_in(index: EntityIndex, person: str, words: set[str]) -> bool:
    """Whether the quotation (its lower-cased ``words``) names the person ("Trump makes the prospects ...
    more uncertain," he said; "I cannot believe Martha would ...," she said): a speaker does not speak of
    themself by name."""
    found = index.by_id(person)
    names = {w.lower() for w in re.findall(r"[A-Za-z]+", found.name)} if found is not None else set()
    return any(len(n) > 2 and n in words for n in names)


def phrase_of(tok: Token) -> str:
    """The noun phrase headed by ``tok`` as written."""
    left, right = noun_phrase_bounds(tok)
    return tok.doc[left : right + 1].text
