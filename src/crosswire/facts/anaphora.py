"""Whether a reported clause rests on words outside it, so that shown alone it cannot be read.

"Putin ... promised to send Russian police to Belarus if protests there turn violent, noting that there is no
need for that yet" reports "there is no need for that yet": what "that" stands for is outside the clause, and
a reader shown the clause under "Vladimir Putin" learns nothing. The class, read off the spaCy parse of the
clause (English; other languages' clauses are never marked):

* a demonstrative used as a pronoun (tag ``DT``, POS ``PRON``): "no need for *that*", "*this* had been
  overcome", "*that* makes the vases hard to sell" (a determiner, "this year", names its noun and is not one);
* "do so": the pro-verb stands for an act named before;
* a numeral as the head of its noun phrase after "the": "whether *the two* were connected";
* "it" as an object ("there was no need for *it*", "would not discuss *it*"), unless a clause or an
  adjective follows it as the object's content ("made *it* clear that ...").

Other personal pronouns are not marked, nor "it" as a subject: in reported speech they mostly name the speaker
("she was thrown from her bed") or nothing ("it was too early to say"). Written by hand: spaCy's English model
resolves no coreference, and the coreference packages for spaCy need models downloaded at run time.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
DO_FORMS = frozenset({"do", "does", "did", "done", "doing"})
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})


def _placeholder(it: Token) -> bool:
    """Whether an object "it" only holds the place of what follows ("made it clear that ...", "found it hard to
    ..."): its verb also takes an adjective, a clause or an infinitive after it."""
    return any(c.i > it.i and c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") for c in it.head.children)


def antecedent_word(tokens: Iterable[Token]) -> Token | None:
    """The first token of a reported clause (its tokens, in order) that stands for words outside it (module
    docstring), or None when the clause reads on its own."""
    for t in tokens:
        low = t.lower_
        if low in DEMONSTRATIVES and t.pos_ == "PRON" and t.tag_ == "DT":
            return t
        if low == "so" and t.dep_ == "advmod" and t.head.lower_ in DO_FORMS:
            return t
        if low == "it" and t.dep_ in ("dobj", "pobj") and not _placeholder(t):
            return t
        if t.pos_ == "NUM" and t.dep_ in NOUN_SLOTS and any(c.lower_ == "the" and c.dep_ == "det" for c in t.children):
            return t
    return None
