"""Events in brief: subject, verb lemma and object of each clause's main verb, from the dependency parse.

Kept deliberately shallow (the comparison stage aligns them across outlets): "Putin offered a $1.5 billion
loan" and "Russia would provide a $1.5 billion loan" give (Putin, offer, loan) and (Russia, provide, loan),
with the modal and negation recorded so "would not provide" never aligns with "provided".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.facts.entity_index import EntityIndex, noun_phrase_bounds
from crosswire.facts.fastpos import lemma
from crosswire.facts.nlp import ParsedArticle
from crosswire.facts.records import Event

if TYPE_CHECKING:
    from spacy.tokens import Token

CLAUSE_DEPS = {"ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl", "parataxis"}
LIGHT_VERBS = {"be", "have", "do", "seem", "appear"}


def _subject(verb: Token, kids: list[Token] | None = None) -> Token | None:
    """The clause's subject: the verb's own, a shared one up a conjunction or control verb, or the noun a
    relative clause hangs from."""
    v = verb
    for _ in range(3):
        subs = [
            c
            for c in (kids if kids is not None and v is verb else v.children)
            if c.dep_ in ("nsubj", "nsubjpass", "csubj")
        ]
        if subs:
            return subs[0]
        if v.dep_ in ("conj", "xcomp", "advcl") and v.head is not v:
            v = v.head  # "Putin ... and promised economic support": the shared subject
            continue
        if v.dep_ == "relcl":
            return v.head
        break
    return None


def _object(verb: Token, kids: list[Token] | None = None) -> Token | None:
    """The clause's object: direct object or attribute, else the agent of a passive, else a prepositional
    object."""
    kids = kids if kids is not None else list(verb.children)
    for dep in ("dobj", "attr", "oprd", "dative"):
        objs = [c for c in kids if c.dep_ == dep]
        if objs:
            return objs[0]
    for c in kids:
        if c.dep_ == "agent":  # passive: "arrested by police"
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    for c in kids:
        if c.dep_ == "prep":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def extract_events(parsed: ParsedArticle, index: EntityIndex) -> list[Event]:
    """One :class:`~crosswire.facts.records.Event` per clause whose main verb has a subject or an object.

    Input: the parsed article and its entities (subjects and objects are linked to entity ids). Output:
    events in body order; ``start``/``end`` span the verb group ("would not provide") and
    ``sentence_start``/``sentence_end`` its sentence, as character offsets into the cleaned body. Light
    verbs without an object ("is", "has") are skipped. Raises nothing of its own.
    """
    out = []
    for para in parsed.paras:
        off = para.offset
        for tok in para.doc:
            if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in CLAUSE_DEPS:
                continue
            if tok.pos_ == "AUX" and tok.dep_ != "ROOT":
                continue
            kids = list(tok.children)  # Token.children walks the subtree span: fetch once
            subj = _subject(tok, kids)
            obj = _object(tok, kids)
            if subj is None and obj is None:
                continue
            if lemma(tok) in LIGHT_VERBS and obj is None:
                continue
            aux = [c for c in kids if c.dep_ in ("aux", "auxpass")]
            modal = next((c.lower_ for c in aux if c.tag_ == "MD"), None)
            negated = any(c.dep_ == "neg" for c in kids)
            first = min([tok, *aux], key=lambda t: t.i)
            sent = para.sent_of(tok.i)
            verb_text = para.doc[first.i : tok.i + 1].text if first.i < tok.i else tok.text
            ev = Event(
                lemma(tok),
                off + first.idx,
                off + tok.idx + len(tok.text),
                off + sent.start_char,
                off + sent.end_char,
                negated=negated,
                modal=modal,
                text=verb_text,
            )
            if subj is not None:
                ev.subject_entity, ev.subject, _s, _e = index.resolve_token(subj, para)
            if obj is not None:
                left, right = noun_phrase_bounds(obj)
                ev.object = para.doc[left : right + 1].text
                ev.object_entity = index.at(off + obj.idx, off + obj.idx + len(obj.text))
            out.append(ev)
    return out
