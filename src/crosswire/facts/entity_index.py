"""The article's entities and the lookups the later components make: body span -> entity, pronoun ->
person, noun phrase -> entity.

Every offset here is a character offset into the cleaned body (:attr:`crosswire.model.Article.body`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from crosswire.facts.records import Entity

if TYPE_CHECKING:
    from spacy.tokens import Token

    from crosswire.facts.nlp import Para

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
# Dependencies that end a noun phrase on the right: what follows is not part of its name.
_NP_STOP_DEPS = ("relcl", "appos", "punct", "cc", "conj", "acl", "advcl")


@dataclass(slots=True)
class PersonRef:
    """A person mention with its syntax, kept for pronoun and speaker resolution: body span, entity id,
    whether it is a grammatical subject, and the index of its paragraph."""

    start: int
    end: int
    entity: str
    subject: bool
    para_index: int


def noun_phrase_bounds(tok: Token) -> tuple[int, int]:
    """Token range (first, last, both inclusive, indices into ``tok.doc``) of the noun phrase headed by
    ``tok``, without relative clauses, appositions and coordinated phrases."""
    left, right = tok.i, tok.i
    for child in tok.lefts:
        left = min(left, child.left_edge.i)
    for child in tok.rights:
        if child.dep_ in _NP_STOP_DEPS:
            break
        right = max(right, child.right_edge.i)
    return left, right


@dataclass(slots=True)
class EntityIndex:
    """The article's entities, their mention spans (sorted by body offset) and the person mentions.

    Built once by :func:`crosswire.facts.entities.extract_entities`; read by the quote, figure and event
    components."""

    entities: list[Entity] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, entity id)
    persons: list[PersonRef] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, init=False, repr=False)  # the spans' starts, to bisect
    _longest: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        self.spans.sort()
        self.persons.sort(key=lambda p: p.start)
        self._starts = [start for start, _end, _id in self.spans]
        self._longest = max((end - start for start, end, _id in self.spans), default=0)

    def by_id(self, entity_id: str | None) -> Entity | None:
        """The entity with this id; None for None or an unknown id."""
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def at(self, start: int, end: int) -> str | None:
        """The id of the entity with a mention overlapping the body span [start, end), preferring the
        longest overlap (the first such in body order); None when no mention overlaps."""
        best, best_overlap = None, 0
        first = bisect_left(self._starts, start - self._longest)  # no earlier mention can reach start
        for s, e, ent in self.spans[first : bisect_left(self._starts, end)]:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = ent, overlap
        return best

    def resolve_pronoun(self, word: str, pos: int, para_index: int) -> str | None:
        """The id of the person a he/she (at body offset ``pos``, in paragraph ``para_index``) most likely
        refers to; None for other words or when no one fits.

        Recency with a subject preference over the current and two previous paragraphs, skipping people of
        the other gender when the text showed it; "they"/"it" are not resolved (groups and things).
        """
        w = word.lower()
        gender = "male" if w in MALE else "female" if w in FEMALE else None
        if gender is None:
            return None
        earlier = [p for p in self.persons if p.end <= pos and para_index - 2 <= p.para_index <= para_index]
        ok = []
        for p in reversed(earlier):
            ent = self.by_id(p.entity)
            if ent is not None and ent.gender not in (None, gender):
                continue
            ok.append(p)
        if not ok:
            return None
        # Prefer the latest subject mention in this or the previous paragraph, else the latest mention.
        for p in ok:
            if p.subject and p.para_index >= para_index - 1:
                return p.entity
        return ok[0].entity

    def resolve_token(self, tok: Token, para: Para) -> tuple[str | None, str, int, int]:
        """(entity id or None, phrase, start, end) for the noun phrase headed by ``tok`` (a subject or an
        object) in ``para``; start and end are body offsets of the phrase (of the pronoun, for one)."""
        off = para.offset
        if tok.tag_ == "WP" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "Tikhanovskaya, who ... said": the relative clause's antecedent
        if tok.pos_ == "PRON":
            ent = self.resolve_pronoun(tok.text, off + tok.idx, para.index)
            return ent, tok.text, off + tok.idx, off + tok.idx + len(tok.text)
        left, right = noun_phrase_bounds(tok)
        start, end = off + para.doc[left].idx, off + para.doc[right].idx + len(para.doc[right].text)
        ent = self.at(off + tok.idx, off + tok.idx + len(tok.text))
        inside = [eid for s, e, eid in self.spans if start <= s and e <= end]
        people = self._people_in(inside, tok, para)
        if people and (ent is None or ent not in people):
            # "The United Nations rights chief Michelle Bachelet": the person, not the organisation.
            ent = people[-1]
        ent = ent or (inside[-1] if inside else None)
        return ent, para.doc[left : right + 1].text, start, end

    def _people_in(self, inside: list[str], tok: Token, para: Para) -> list[str]:
        """The persons among the entities inside a noun phrase, then those in apposition to its head ("the
        rights chief, Michelle Bachelet," / "chief Michelle Bachelet")."""
        off = para.offset
        people = [eid for eid in inside if (found := self.by_id(eid)) is not None and found.type == "person"]
        for child in tok.rights:
            if child.dep_ == "appos":
                a = self.at(off + child.idx, off + child.idx + len(child.text))
                found = self.by_id(a)
                if found is not None and found.type == "person" and a is not None:
                    people.append(a)
        return people
