"""Attribution: the speech verb of a sentence and the speaker its subject names, checked.

Read from the spaCy dependency parse by rules written for news copy (no library attributes quotations; see
:mod:`crosswire.facts.speakers` for the checks on who the subject is):

* the speech verb is a verb of ``data/facts_speech_verbs.txt`` outside the quotation marks; a participle of
  inference ("..., signaling that a deal may slip", ``data/facts_inference_verbs.txt``) is the reporter's
  reading, not speech;
* its speaker is the verb's subject, climbing from a participle or a coordinated verb to the verb it hangs on
  ("..., saying ..."), never from a reported clause to the verb that reports it; a passive verb of telling
  ("she was told by an official") is spoken by its agent, not its subject;
* a subject inside the quotation (the parser reading "The end,' Harper said" as "The end said") is not the
  speaker: the name next to the verb outside the marks is;
* with no speech verb, a quotation introduced by a colon ("Moor agreed: '...'") or followed by ", Name verb"
  is attributed by position, as news copy means it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from crosswire.facts import company_speakers, lexicon, speakers
from crosswire.facts.entity_index import EntityIndex
from crosswire.facts.fastpos import lemma
from crosswire.facts.quote_marks import ALL_QUOTE_MARKS
from crosswire.vocab.data import data_lines, data_toml

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from crosswire.facts.nlp import Para

SPEAKER_DEPS = ("nsubj", "nsubjpass")
UNRESOLVED_PRONOUNS = {"i", "we", "you", "he", "she", "they", "it", "this", "that", "who", "which"}
# Speaker: (entity id or None, phrase, body start, body end, verb lemma).
Speaker = tuple[str | None, str | None, int | None, int | None, str | None]
Spans = list[tuple[int, int]]


@dataclass(slots=True)
class Speaking:
    """What the whole article shows of its people, for speaker pronouns: (body offset, person id) of every
    named subject of a speech verb in body order (:func:`speech_subjects`), person id -> gender
    (:func:`crosswire.facts.speakers.text_genders`) and mention offset -> dependency
    (:func:`crosswire.facts.speakers.mention_roles`). ``chain`` grows as the article is read: (body offset,
    paragraph index, pronoun gender, person id) of every speaker pronoun resolved so far, so that "She
    claimed ... / '...,' she said" in the next paragraph goes on with the same person."""

    subjects: list[tuple[int, str]] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    roles: dict[int, str] = field(default_factory=dict)
    chain: list[tuple[int, int, str, str]] = field(default_factory=list)
    # entity id -> "company" / "group": the bodies the article describes as such
    # (:func:`crosswire.facts.company_speakers.kinds`), what "the utility said" may stand for
    kinds: dict[str, str] = field(default_factory=dict)
    # entity id -> the trades the article describes that body by (:func:`crosswire.facts.company_speakers.trades`):
    # "the airline said" stands for no body called "the engine maker"
    trades: dict[str, frozenset[str]] = field(default_factory=dict)
    # entity ids only ever named after a place's preposition ("bound for Quillmere"): towns, whatever their type
    # (:func:`crosswire.facts.company_speakers.place_like`)
    place_like: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def inference_verbs() -> frozenset[str]:
    """Lemmas of verbs a reporter uses to draw a conclusion ("signal", "suggest", "indicate")."""
    return frozenset(data_lines("facts_inference_verbs.txt"))


def inside(spans: Spans, pos: int) -> bool:
    """Whether paragraph offset ``pos`` lies inside a quotation (its marks included)."""
    return any(s - 1 <= pos < e + 1 for s, e in spans)


def is_inference(verb: Token) -> bool:
    """A participle of inference hanging on a clause ("..., signaling that a deal may slip", "suggesting
    ..."): the reporter's reading of the facts, not something the subject said."""
    return lemma(verb) in inference_verbs() and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")


def speech_verb(sent: Span, spans: Spans, near: int) -> Token | None:
    """The speech verb outside quotations in ``sent`` nearest to paragraph offset ``near`` (or the "to" of
    "according to X")."""
    verbs = lexicon.speech_verbs()
    best: Token | None = None
    best_dist = 0
    for t in sent:
        if t.pos_ != "VERB" or lemma(t) not in verbs or inside(spans, t.idx) or is_inference(t):
            continue
        dist = abs(t.idx - near)
        if best is None or dist < best_dist:
            best, best_dist = t, dist
    if best is None:
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
                if not any(s <= t.idx < e for s, e in spans):
                    return t.doc[t.i + 1]
    return best


def subject(verb: Token) -> Token | None:
    """The speaker token of a speech verb: its grammatical subject, climbing through participles and
    coordinated verbs ("..., saying ..."); the agent of a passive verb of telling; None when the text names
    no one."""
    if verb.lower_ == "to":  # "according to X"
        objs = [c for c in verb.children if c.dep_ == "pobj"]
        return objs[0] if objs else None
    if speakers.passive_hearer(verb):
        return speakers.agent(verb)
    v = verb
    for _ in range(4):
        subs = [c for c in v.children if c.dep_ in SPEAKER_DEPS]
        if subs:
            return subs[0]
        misread = _misread_subject(v)
        if misread is not None:
            return misread
        if v.dep_ in ("advcl", "xcomp", "conj", "acl") and v.head is not v:
            v = v.head
            continue
        break
    return None


# Dependencies the parser gives a person's name before its verb when it misreads a title before it as a
# separate name ("Interior Minister Goran Vesely said ...": "Vesely" an adverbial of "said", no subject).
MISREAD_SUBJECT_DEPS = ("advmod", "npadvmod", "dep", "nmod")


def _misread_subject(verb: Token) -> Token | None:
    """A person's name right before a verb that has no subject, which the parser hung on the verb as a
    modifier ("Interior Minister Goran Vesely said the 47 detained fans would appear ...": en_core_web_sm
    tags "Interior" an organisation and makes "Vesely" an adverbial of "said"), or None. Only a name the
    entity model calls a person, ending right before the verb: an adverb ("Later said ...") is no one."""
    for c in verb.children:
        if (
            c.dep_ in MISREAD_SUBJECT_DEPS
            and c.i == verb.i - 1
            and c.pos_ == "PROPN"
            and c.ent_type_ == "PERSON"
            and not any(x.dep_ in SPEAKER_DEPS for x in verb.children)
        ):
            return c
    return None


def outside_subject(verb: Token, spans: Spans) -> Token | None:
    """:func:`subject`, or when the parser put the subject inside the quotation, the name beside the verb
    outside the marks ("... The end,' Harper said": Harper); with no subject, the name right after the verb
    ("'...,' objected Councillor Brann")."""
    subj = subject(verb)
    if subj is not None and not inside(spans, subj.idx):
        return subj
    doc = verb.doc
    for i in (verb.i - 1, verb.i + 1) if subj is not None else (verb.i + 1,):
        if 0 <= i < len(doc) and doc[i].pos_ in ("PROPN", "PRON", "NOUN") and not inside(spans, doc[i].idx):
            tok = doc[i]
            while tok.dep_ == "compound" and tok.head.i > tok.i:
                tok = tok.head  # "Councillor Ode Brann": the name's head
            return tok
    return None


def positional_verb(sent: Span, spans: Spans, quote: tuple[int, int]) -> Token | None:
    """With no speech verb, the verb that attributes a quotation by its position: the finite verb before a
    colon that opens it ("Lena Moor agreed: '...'"), or the one right after its closing mark and a comma
    ("'...,' Moor agreed")."""
    s, e = quote
    before = [t for t in sent if t.idx < s and not inside(spans, t.idx)]
    after = [t for t in sent if t.idx >= e and not inside(spans, t.idx)]
    if before and before[-1].text == ":":
        verbs = [t for t in before if t.pos_ in ("VERB", "AUX") and any(c.dep_ in SPEAKER_DEPS for c in t.children)]
        return verbs[-1] if verbs else None
    if after and sent.text.lstrip()[:1] in ALL_QUOTE_MARKS:  # the sentence opens with the quotation
        for t in after[:5]:
            if t.pos_ != "VERB":
                continue
            named_after = t.i + 1 < len(t.doc) and t.doc[t.i + 1].pos_ == "PROPN"
            if named_after or any(c.dep_ == "nsubj" and c.idx >= e for c in t.children):
                return t
            break
    return None


def resolve(
    index: EntityIndex, subj: Token, para: Para, who: Speaking, quoted: str
) -> tuple[str | None, str, int, int] | None:
    """(entity id or None, phrase, body start, body end) of the speaker a subject token names, or None when
    it names no speaker (:func:`crosswire.facts.speakers.can_speak`) or is a pronoun the text does not
    resolve. ``who`` is what the article shows of its people; ``quoted`` is what the speaker is said to have
    said (for the pronoun check)."""
    if subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "him", "her"):
        ent = speakers.pronoun_speaker(index, subj, para, who.subjects, quoted, who.genders, who.roles, who.chain)
        start = para.offset + subj.idx
        gender = "male" if subj.lower_ in ("he", "him") else "female"
        if ent is not None and (start, para.index, gender, ent) not in who.chain:
            who.chain.append((start, para.index, gender, ent))
        return (ent, subj.text, start, start + len(subj.text)) if ent is not None else None
    found = index.resolve_token(subj, para)
    ent, phrase, start, end = speakers.head_speaker(index, subj, para, found)
    if not speakers.can_speak(subj, phrase):
        return None
    if ent is None:
        ent = _apposition_body(index, subj, para)  # "The engine maker, Brightwell Motors, said": the body named
    if ent is None and _company_description(subj):
        # "The Tromso-based company said": the company named before
        ent = _company_before(index, start, end, who.kinds, (subj.text, who.trades), who.place_like)
    if ent is None and phrase.lower() in UNRESOLVED_PRONOUNS:
        return None  # "we added": a speaker the text does not name
    return ent, phrase, start, end


def _apposition_body(index: EntityIndex, subj: Token, para: Para) -> str | None:
    """The named body in apposition to a subject that names none itself ("The engine maker, Brightwell Motors,
    said ...", "The regulator, the Civil Aviation Office, said ..."): the speaker is that body, not one named
    before that a description would stand for. A place is no speaker ("the city, Lowmere, ..." names nobody who
    speaks); None when the apposition names no entity or a place."""
    off = para.offset
    for child in subj.rights:
        if child.dep_ != "appos":
            continue
        eid = index.at(off + child.idx, off + child.idx + len(child.text))
        found = index.by_id(eid)
        if found is not None and found.type != "place":
            return found.id
    return None


def speech_subjects(paras: list[Para], index: EntityIndex, spans_of: list[Spans]) -> list[tuple[int, str]]:
    """(body offset, person id) of every named person who is the subject of a speech verb, in body order: the
    people the text introduces as speaking or writing, which a later "he said" most likely refers to."""
    verbs = lexicon.speech_verbs()
    out = []
    for para, spans in zip(paras, spans_of, strict=True):
        for t in para.doc:
            if t.pos_ != "VERB" or lemma(t) not in verbs or inside(spans, t.idx):
                continue
            subj = subject(t)
            if subj is None or subj.pos_ == "PRON" or inside(spans, subj.idx):
                continue
            ent, _phrase, start, _end = index.resolve_token(subj, para)
            found = index.by_id(ent)
            if found is not None and found.type == "person":
                out.append((start, found.id))
    return out


@lru_cache(maxsize=1)
def _company_nouns() -> frozenset[str]:
    """The nouns heading a definite description of a company (``en`` of ``data/company_nouns.toml``)."""
    return frozenset(w.lower() for w in data_toml("company_nouns.toml").get("en", []) if not w.endswith("-"))


def _company_description(subj: Token) -> bool:
    """Whether a subject is a definite description of a company: a common noun of ``data/company_nouns.toml``
    with "the" before it ("the company", "The Tromso-based company", "the Norwegian firm"), no possessive."""
    if subj.pos_ != "NOUN" or (lemma(subj) not in _company_nouns() and subj.lower_ not in _company_nouns()):
        return False
    dets = [c.lower_ for c in subj.children if c.dep_ in ("det", "poss")]
    return dets == ["the"]


def _company_before(
    index: EntityIndex,
    start: int,
    end: int,
    kinds: dict[str, str] | None = None,
    trade: tuple[str, dict[str, frozenset[str]]] | None = None,
    place_like: frozenset[str] = frozenset(),
) -> str | None:
    """The organisation a company's description at body offsets [start, end) stands for: the body the article
    named as a company before it ("Lindavik Vatten, the city-owned utility"), else the organisation named most
    often before it that the article did not call a group ("A group calling itself Frostbyte"), the latest of
    equals; None when it names none (:func:`crosswire.facts.company_speakers.named_as_such`). ``kinds``: entity
    id -> "company" / "group" (:attr:`Speaking.kinds`); ``trade``: (the description's head noun as written,
    :attr:`Speaking.trades`); ``place_like``: entity ids that are towns whatever their type (never a speaker)."""
    bodies = frozenset(e.id for e in index.entities if e.type == "organisation")
    places = frozenset(e.id for e in index.entities if e.type == "place") | place_like
    places |= company_speakers.public_bodies({e.id: e.name for e in index.entities if e.type != "place"}, "en")
    by_trade = (trade[0], "en", trade[1]) if trade is not None else None
    return company_speakers.named_as_such(index.spans, kinds or {}, start, end, bodies, places, by_trade)
