"""Coreference within one article: candidate mentions linked into entities, and title references ("the
Russian president", "the Belarusian leader") joined to the person they stand for.

Written by hand because no installed library resolves coreference. Surnames join the full name ("Putin" to
"Vladimir Putin", either order); organisations and places join on their folded name or acronym ("EU" and
"European Union"); a title reference joins the person whose nationality and role the article gave earlier
(or later, when the first sentence names no one). Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crosswire.facts import lexicon
from crosswire.facts.candidates import SUBJECT_DEPS, Candidate, sentence_bounds
from crosswire.facts.entity_index import PersonRef
from crosswire.facts.premodifiers import premodifiers
from crosswire.facts.records import Entity, EntityType, Mention, MentionKind
from crosswire.vocab.names import fold, initials

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from crosswire.facts.nlp import Para, ParsedArticle

LEADING_ARTICLES = ("the ", "a ", "an ")


def _name_key(text: str) -> str:
    key = fold(text)
    for art in LEADING_ARTICLES:
        if key.startswith(art):
            key = key[len(art) :]
    return key


def _compatible_first(a: str, b: str) -> bool:
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return a == b


class EntityBuilder:
    """The entities of one article as mentions are read in body order; ids are "e1", "e2", ..."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.tokens: dict[str, list[str]] = {}  # person entity id -> folded name tokens
        self.last_seen: dict[str, int] = {}

    def new(self, name: str, etype: EntityType) -> Entity:
        ent = Entity(id=f"e{len(self.entities) + 1}", name=name, type=etype)
        self.entities.append(ent)
        return ent

    def person(self, cand: Candidate) -> tuple[Entity, MentionKind]:
        """The person a person mention names (an earlier one whose name it matches, the most recently
        seen, upgraded to the fuller name), or a new one; and how the mention names it."""
        toks = fold(cand.text).split()
        matches = []
        for ent in self.entities:
            if ent.type != "person":
                continue
            etoks = self.tokens[ent.id]
            if toks == etoks:
                return ent, "name"
            if self._same_person(toks, etoks):
                matches.append(ent)
        if matches:
            ent = max(matches, key=lambda e: self.last_seen.get(e.id, -1))
            if len(toks) > len(self.tokens[ent.id]):
                ent.name, self.tokens[ent.id] = cand.text, toks
                return ent, "name"
            return ent, ("surname" if len(toks) == 1 else "name")
        ent = self.new(cand.text, "person")
        self.tokens[ent.id] = toks
        return ent, "name"

    @staticmethod
    def _same_person(toks: list[str], etoks: list[str]) -> bool:
        if len(toks) == 1 and toks[0] in (etoks[-1], etoks[0]):
            return True
        if len(etoks) == 1 and etoks[0] == toks[-1]:
            return True  # the surname came first; the full name upgrades it
        return len(toks) >= 2 and len(etoks) >= 2 and toks[-1] == etoks[-1] and _compatible_first(toks[0], etoks[0])

    def other(self, cand: Candidate) -> tuple[Entity, MentionKind]:
        """The organisation, place or other entity a mention names (same folded name, same country, or
        an acronym of it), or a new one; and how the mention names it."""
        key = _name_key(cand.text)
        nat = lexicon.countries().get(key) if cand.type == "place" else None
        for ent in self.entities:
            if ent.type != cand.type:
                continue
            ekey = _name_key(ent.name)
            if ekey == key or (nat and lexicon.countries().get(ekey) == nat):
                return ent, "name"
            # "EU" and "European Union"
            if cand.text.isupper() and len(cand.text) >= 2 and initials(ent.name) == cand.text.replace(".", ""):
                return ent, "alias"
            if ent.name.replace(".", "").isupper() and initials(cand.text) == ent.name.replace(".", ""):
                if len(cand.text) > len(ent.name):
                    ent.name = cand.text
                return ent, "alias"
        name = cand.text
        if name.lower().startswith("the "):
            name = name[4:]
        return self.new(name, cand.type), "name"


@dataclass(slots=True)
class Linked:
    """Entities with their mentions, the mention spans (start, end, entity id) and the person mentions."""

    entities: list[Entity]
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    persons: list[PersonRef] = field(default_factory=list)


def link_mentions(cands: list[Candidate]) -> Linked:
    """Link candidates (in body order) into entities; a person takes roles, nationality and gender from
    the words before each of its mentions."""
    b = EntityBuilder()
    linked = Linked(b.entities)
    for c in cands:
        ent, kind = b.person(c) if c.type == "person" else b.other(c)
        b.last_seen[ent.id] = c.start
        ent.mentions.append(Mention(c.text, c.start, c.end, c.sent_start, c.sent_end, kind))
        linked.spans.append((c.start, c.end, ent.id))
        if ent.type == "person":
            roles, nat, gender = premodifiers(c.para, c)
            for r in roles:
                if r not in ent.roles:
                    ent.roles.append(r)
            ent.nationality = ent.nationality or nat
            ent.gender = ent.gender or gender
            head = c.para.doc[c.tok_end - 1]
            linked.persons.append(PersonRef(c.start, c.end, ent.id, head.dep_ in SUBJECT_DEPS, c.para.index))
    return linked


# -- title references ------------------------------------------------------------------------------------------


@dataclass(slots=True)
class TitleRef:
    """A definite description that stands for a person: "the Belarusian leader" (head token "leader")."""

    para: Para
    tok: Token  # the head noun (or the bare demonym: "the Belarusian")
    role_words: list[str]
    nationality: str | None
    text: str  # from the description's first word to its head


def title_references(parsed: ParsedArticle) -> list[TitleRef]:
    """The article's title references, in reading order."""
    titles = lexicon.title_words()
    refs = []
    for para in parsed.paras:
        for t in para.doc:
            ref = _title_reference(para, t, titles)
            if ref is not None:
                refs.append(ref)
    return refs


def _is_bare_demonym(doc: Doc, t: Token) -> bool:
    """ "The Belarusian arrived", "the Belarusian's plans": a demonym standing for a person."""
    return (
        t.ent_type_ == "NORP"
        and t.tag_ in ("NNP", "NN")
        and t.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "dobj")
        and t.i > 0
        and doc[t.i - 1].lower_ == "the"
        and not t.lower_.endswith("s")
    )


def _heads_reference(doc: Doc, t: Token, titles: dict[str, str], bare_demonym: bool) -> bool:
    """Whether ``t`` can head a title reference: a singular leader or role noun (or a bare demonym), not
    part of a name ("President Putin"), with "the" or a country's possessive before it."""
    if not bare_demonym and (titles.get(t.lower_) not in ("leader", "role") or t.pos_ != "NOUN" or t.tag_ == "NNS"):
        return False
    if t.dep_ == "compound" or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
        return False  # a title before a name, handled with the name
    return any(c.dep_ == "det" and c.lower_ == "the" for c in t.lefts) or any(
        c.dep_ == "poss" and lexicon.nationality(c.text) for c in t.lefts
    )


def _title_reference(para: Para, t: Token, titles: dict[str, str]) -> TitleRef | None:
    doc = para.doc
    bare_demonym = _is_bare_demonym(doc, t)
    if not _heads_reference(doc, t, titles, bare_demonym):
        return None
    lefts = list(t.lefts)
    nat, role_words = _reference_modifiers(lefts, [] if bare_demonym else [t.lower_])
    if bare_demonym:
        nat = lexicon.nationality(t.text)
        if nat is None:
            return None
    elif any(c.dep_ == "prep" and c.lower_ == "of" for c in t.rights):
        return None  # "the head of the agency" names its own referent
    left = min([c.left_edge.i for c in lefts] + [t.i])
    return TitleRef(para, t, role_words, nat, doc[left : t.i + 1].text)


def _reference_modifiers(lefts: list[Token], role_words: list[str]) -> tuple[str | None, list[str]]:
    """Nationality and role words from a title reference's modifiers ("the Belarusian opposition leader")."""
    nat = None
    for c in lefts:
        if c.dep_ in ("amod", "compound", "poss", "nmod") or c.ent_type_ in ("NORP", "GPE"):
            n = lexicon.nationality(c.text)
            if n and nat is None:
                nat = n
            elif c.pos_ in ("NOUN",) and c.dep_ == "compound":
                role_words.insert(0, c.lower_)
    return nat, role_words


def role_class(role: str) -> str | None:
    """The class ("leader", "role", "honorific") of a role phrase, by the phrase or its last word."""
    titles = lexicon.title_words()
    if role in titles:
        return titles[role]
    last = role.split()[-1]
    return titles.get(last)


def _score(ent: Entity, role_words: list[str], nat: str | None) -> float | None:
    """How well a person fits a title reference; None when it cannot be the referent."""
    if nat and ent.nationality and ent.nationality != nat:
        return None
    score = 2.0 if nat and ent.nationality == nat else 0.0
    if not role_words:
        return score if nat else None
    role = _role_score(ent, role_words)
    return None if role is None else score + role


def _role_score(ent: Entity, role_words: list[str]) -> float | None:
    head = role_words[-1]
    ref_cls = lexicon.title_words().get(head)
    classes = {role_class(r) for r in ent.roles}
    heads = {r.split()[-1] for r in ent.roles}
    score = 0.0
    if ref_cls == "leader":
        if "leader" in classes:
            score += 2.0
        elif ent.roles:
            return None
    elif head not in heads:
        return None
    else:
        score += 2.0
    if head in heads:
        score += 1.0
    extra = {w for r in ent.roles for w in r.split()[:-1]} - set(role_words)
    if extra and not any(r.split()[:-1] == [] or set(r.split()[:-1]) <= set(role_words) for r in ent.roles):
        score -= 1.5  # "opposition leader" is not "the Belarusian leader"
    return score


def _referent(ref: TitleRef, people: list[Entity]) -> Entity | None:
    """The person a title reference stands for: the best score, a mention before it breaking ties."""
    pos = ref.para.offset + ref.tok.idx
    scored = []
    for ent in people:
        s = _score(ent, ref.role_words, ref.nationality)
        if s is None:
            continue
        before = [m.start for m in ent.mentions if m.start < pos]
        if before:
            s += 0.5 + 1e-9 * max(before)
        scored.append((s, ent))
    if not scored:
        return None
    best = max(scored, key=lambda x: x[0])
    if best[0] <= 0 and not (len(scored) == 1 and ref.role_words):
        return None
    return best[1]


def link_title_references(parsed: ParsedArticle, linked: Linked) -> None:
    """Join each title reference, in reading order, to its person (in place, on ``linked``); the first one
    may point forward, to a name given later."""
    people = [e for e in linked.entities if e.type == "person"]
    for ref in title_references(parsed):
        ent = _referent(ref, people)
        if ent is None:
            continue
        if ref.nationality and not ent.nationality:
            ent.nationality = ref.nationality
        para, tok = ref.para, ref.tok
        end = para.offset + tok.idx + len(tok.text)
        start = para.offset + para.doc[tok.i].idx - (len(ref.text) - len(tok.text))
        s0, s1 = sentence_bounds(para, tok)
        ent.mentions.append(Mention(parsed.body[start:end], start, end, s0, s1, "title"))
        linked.spans.append((start, end, ent.id))
        linked.persons.append(PersonRef(start, end, ent.id, tok.dep_ in SUBJECT_DEPS, para.index))


def learn_gender(parsed: ParsedArticle, persons: list[PersonRef], entities: list[Entity]) -> None:
    """The only person named before a he/she in a sentence takes its gender ("X, who claims she ...")."""
    by_id = {e.id: e for e in entities}
    for para in parsed.paras:
        for sent in para.sents:
            s0, s1 = para.offset + sent.start_char, para.offset + sent.end_char
            refs = [p for p in persons if s0 <= p.start < s1]
            for t in sent:
                if t.lower_ not in ("he", "she") or t.pos_ != "PRON":
                    continue
                pos = para.offset + t.idx
                before = {p.entity for p in refs if p.end <= pos}
                if len(before) == 1:
                    ent = by_id[before.pop()]
                    if ent.gender is None:
                        ent.gender = "male" if t.lower_ == "he" else "female"
                break
