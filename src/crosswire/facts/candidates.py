"""Entity candidates: the name spans of an article before they are typed for good and linked.

Candidates come from spaCy's NER, with the small model's obvious mistakes repaired (a title taken into a
person's name, "Riot police" as PERSON, a lone place tagged NORP), and from untagged proper-noun runs that the
gazetteer knows as places or whose syntax shows a person (a subject, a name with an apposition, ", who").
Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from crosswire.facts import lexicon
from crosswire.facts.records import EntityType
from crosswire.vocab.names import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from crosswire.facts.nlp import Para, ParsedArticle

TYPE_OF_LABEL: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
    "EVENT": "other",
    "LAW": "other",
    "PRODUCT": "other",
    "WORK_OF_ART": "other",
    "LANGUAGE": "other",
}
NAME_TOKEN = re.compile(r"^[A-Z][a-zA-Z'\-\u00c0-\u024f]+$")
# Every token of a person's name: a word, an initial ("J."), a particle ("de", "bin"); no symbols or digits.
PERSON_TOKEN = re.compile(r"^(?:[^\W\d_][^\W\d_'\u2019.\-]*(?:['\u2019\-][^\W\d_]+)*\.?|-)$")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(slots=True)
class Candidate:
    """A candidate mention before linking: body span [start, end), text, entity type ("person",
    "organisation", "place", "other"), its paragraph, token range [tok_start, tok_end) in ``para.doc`` and
    the body span of its sentence."""

    start: int
    end: int
    text: str
    type: EntityType
    para: Para
    tok_start: int
    tok_end: int
    sent_start: int
    sent_end: int

    @property
    def n_tokens(self) -> int:
        return self.tok_end - self.tok_start

    def take_previous_token(self) -> None:
        """Widen the mention by the token right before it ("FC" + "Blau-Weiss Rheinau", "Hollstedt" + "Arena"):
        its start (body offset), first token and text move back one token. Raises IndexError at the paragraph's
        first token."""
        if self.tok_start < 1:
            raise IndexError("no token before the mention")
        prev = self.para.doc[self.tok_start - 1]
        self.start, self.tok_start = self.para.offset + prev.idx, self.tok_start - 1
        self.text = self.para.text[prev.idx : self.end - self.para.offset]


def sentence_bounds(para: Para, tok: Token) -> tuple[int, int]:
    """Body span of the sentence holding ``tok``."""
    sent = para.sent_of(tok.i)
    return para.offset + sent.start_char, para.offset + sent.end_char


def make_candidate(para: Para, i: int, j: int, etype: EntityType) -> Candidate:
    """The candidate for tokens [i, j) of ``para.doc``."""
    doc = para.doc
    s0, s1 = sentence_bounds(para, doc[i])
    end = para.offset + doc[j - 1].idx + len(doc[j - 1].text)
    return Candidate(para.offset + doc[i].idx, end, doc[i:j].text, etype, para, i, j, s0, s1)


def trim(doc: Doc, i: int, j: int) -> tuple[int, int]:
    """Drop possessive endings, leading articles and surrounding punctuation from the token span [i, j)."""
    while j > i and (doc[j - 1].tag_ == "POS" or doc[j - 1].is_punct):
        j -= 1
    while i < j and (
        doc[i].lower_ in ("the", "a", "an") or doc[i].is_punct or doc[i].tag_ == "POS" or doc[i].text[:1] in "'\u2019"
    ):
        i += 1
    return i, j


def is_title_token(tok: Token) -> bool:
    """A title or role word ("President", "Gen.", "spokesman") from the titles list."""
    return tok.lower_.rstrip(".") in lexicon.title_words() or tok.lower_ in lexicon.title_words()


def collect_candidates(parsed: ParsedArticle) -> list[Candidate]:
    """NER spans with the model's obvious mistakes repaired, plus untagged names, in body order."""
    not_person = lexicon.not_person_words()
    cands: list[Candidate] = []
    for para in parsed.paras:
        covered: set[int] = set()
        for ent in para.doc.ents:
            cand = _from_entity(para, ent, not_person)
            if cand is not None:
                covered.update(range(cand.tok_start, cand.tok_end))
                cands.append(cand)
        cands.extend(_untagged(para, covered, not_person))
    cands.sort(key=lambda c: c.start)
    return cands


def _from_entity(para: Para, ent: Span, not_person: frozenset[str]) -> Candidate | None:
    """A NER span trimmed ("the", "'s", a title before a person's name) and retyped as a place when the
    gazetteer knows it; None when nothing name-like is left."""
    etype = TYPE_OF_LABEL.get(ent.label_)
    if etype is None:
        return None
    doc = para.doc
    i, j = trim(doc, ent.start, ent.end)
    titled = _title_end(doc, i, j)
    if etype in ("organisation", "other") and i < titled and _titled_person(doc, titled, j, not_person):
        etype = "person"  # "Deputy Harbour Master Ilse Marrow" tagged ORG: a title, then a person's full name
    if etype == "person":
        # "President Vladimir Putin" -> "Vladimir Putin"; "[Deputy] Harbour Master Ilse Marrow" -> "Ilse Marrow"
        i = _with_first_name(doc, titled, j, not_person)
        j = _with_surname(doc, i, j, not_person)
        if not _plausible_person(doc, i, j, not_person):
            return None  # "Riot police", a lower-case word, a bare title
    if i >= j or not any(t.is_alpha for t in doc[i:j]):
        return None
    # The model labels a lone place by context ("Sochi" as NORP); the gazetteer knows better, but a
    # two-word person name that is also a place keeps its person reading.
    if (
        etype in ("organisation", "other", "person")
        and (j - i) <= 2
        and lexicon.is_place(doc[i:j].text)
        and not (etype == "person" and j - i == 2)
    ):
        etype = "place"
    return make_candidate(para, i, j, etype)


def _title_end(doc: Doc, i: int, j: int) -> int:
    """The first token of [i, j) after the title phrases that open it (:func:`crosswire.facts.lexicon.title_run`:
    "Assistant Chief Constable", "Harbour Master", "President"), one title word at a time as before where no
    phrase is listed; ``j`` when nothing but titles is there."""
    k = i + lexicon.title_run([t.text for t in doc[i:j]])
    while k < j and is_title_token(doc[k]):
        k += 1
    return k


# Words a person's full name takes after a title when the model typed it an organisation: a first name and a
# surname, or three words ("Ilse Marrow Vance"); one word may be a body's name ("Chief Executive Officer Nordvik").
TITLED_NAME_WORDS = (2, 3)


def _titled_person(doc: Doc, i: int, j: int, not_person: frozenset[str]) -> bool:
    """Whether tokens [i, j), right after a title phrase inside an organisation's span, are a person's full name:
    :data:`TITLED_NAME_WORDS` name-shaped words, none an organisation's word ("Harbour Master Ilse Marrow" is a
    person; "President Hotel Group", "Chief Constable Police Service" are not)."""
    from crosswire.facts.languages.common_words import organisation_word

    words = [t for t in doc[i:j] if t.text != "-"]
    if not TITLED_NAME_WORDS[0] <= len(words) <= TITLED_NAME_WORDS[-1]:
        return False
    if any(organisation_word(t.text, doc.lang_ or "en") or lexicon.is_place(t.text) for t in words):
        return False
    return all(NAME_TOKEN.match(t.text) for t in words) and _plausible_person(doc, i, j, not_person)


def _with_surname(doc: Doc, i: int, j: int, not_person: frozenset[str]) -> int:
    """The end of a person's span [i, j) taken on over the capitalised proper nouns right after it that its last
    word is a compound of, in no entity of their own: the small English model tagged "Tomas" alone in "Deputy
    Governor Tomas Reyka of the central bank said" ("Tomas" a compound of "Reyka"). A word of a group noun, a
    title or a place's name is not taken ("Tomas Reyka Bank" stays "Tomas Reyka")."""
    while (
        i < j < len(doc) and doc[j - 1].dep_ == "compound" and doc[j - 1].head.i == j and _name_word(doc, j, not_person)
    ):
        j += 1
    return j


def _name_word(doc: Doc, k: int, not_person: frozenset[str]) -> bool:
    """Whether token ``k`` may be taken into a person's span the model cut short: a capitalised proper noun in no
    entity of its own, no group noun, title or place's name."""
    t = doc[k]
    return (
        t.pos_ == "PROPN"
        and t.ent_iob_ == "O"
        and NAME_TOKEN.match(t.text) is not None
        and t.lower_ not in not_person
        and not is_title_token(t)
        and lexicon.title_run([t.text]) == 0
        and not lexicon.is_place(t.text)
    )


def _with_first_name(doc: Doc, i: int, j: int, not_person: frozenset[str]) -> int:
    """The start of a person's span [i, j) taken back over the name word right before it that is a compound of
    the span's words (:func:`_name_word`): the small English model tagged "Svyrydenko" alone in "Yuliia
    Svyrydenko said", so the speaker was a surname no other outlet's full name ("Юлія Свириденко") could meet.
    One word at most, and only a first name the dictionary is sure of
    (:func:`crosswire.facts.first_names.first_name_gender`): a capitalised noun opening the sentence is tagged a
    proper noun too ("Businesswoman Miriam Castell was acquitted")."""
    from crosswire.facts.first_names import first_name_gender

    if (
        0 < i < j
        and doc[i - 1].dep_ == "compound"
        and i <= doc[i - 1].head.i < j
        and _name_word(doc, i - 1, not_person)
        and first_name_gender(doc[i - 1].text) is not None
    ):
        return i - 1
    return i


def _plausible_person(doc: Doc, i: int, j: int, not_person: frozenset[str]) -> bool:
    """Tokens [i, j) can be a person's name: name-shaped words, none of them (nor the next) a group noun."""
    if i >= j:
        return False
    after = doc[j] if j < len(doc) else None
    return not (
        {t.lower_ for t in doc[i:j]} & not_person
        or not all(PERSON_TOKEN.match(t.text) for t in doc[i:j])
        or (after is not None and after.lower_ in not_person)
        or not any(NAME_TOKEN.match(t.text) for t in doc[i:j])
    )


def _is_name_token(doc: Doc, k: int, covered: set[int]) -> bool:
    return k not in covered and doc[k].pos_ == "PROPN" and bool(NAME_TOKEN.match(doc[k].text))


def _untagged(para: Para, covered: set[int], not_person: frozenset[str]) -> list[Candidate]:
    """Untagged proper-noun runs: a place from the gazetteer, or a name the syntax shows is a person."""
    doc = para.doc
    out = []
    k = 0
    while k < len(doc):
        if not _is_name_token(doc, k, covered):
            k += 1
            continue
        m = k
        while m < len(doc) and _is_name_token(doc, m, covered):
            m += 1
        i, j = k, m
        while i < j and is_title_token(doc[i]):
            i += 1
        k = m
        etype = _untagged_type(doc, i, j, not_person) if i < j else None
        if etype:
            out.append(make_candidate(para, i, j, etype))
    return out


def _untagged_type(doc: Doc, i: int, j: int, not_person: frozenset[str]) -> EntityType | None:
    if lexicon.is_place(doc[i:j].text):
        return "place"
    if 2 <= j - i <= 3 and not any(t.lower_ in not_person or is_title_token(t) for t in doc[i:j]):
        head = doc[j - 1]
        has_appos = any(c.dep_ == "appos" for c in head.children)
        relcl_who = j < len(doc) - 2 and doc[j].text == "," and doc[j + 1].lower_ == "who"
        if head.dep_ in SUBJECT_DEPS or has_appos or relcl_who:
            return "person"
    return None


def with_surname_mentions(parsed: ParsedArticle, cands: list[Candidate], surnames: set[str]) -> list[Candidate]:
    """``cands`` plus every untagged proper noun that is the folded surname of a person named in full
    ("Whitcombe took over the company"), in body order."""
    taken = {(c.para.index, i) for c in cands for i in range(c.tok_start, c.tok_end)}
    out = list(cands)
    for para in parsed.paras:
        for t in para.doc:
            if t.pos_ == "PROPN" and (para.index, t.i) not in taken and fold(t.text) in surnames:
                out.append(make_candidate(para, t.i, t.i + 1, "person"))
    out.sort(key=lambda c: c.start)
    return out
