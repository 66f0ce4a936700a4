"""What a figure counts, read from the dependency parse: the noun the number modifies ("774 people"), the
noun it is "of" ("a loan of $1.5 billion", "tens of thousands of protesters"), and the verb acting on that
noun as a participle ("people arrested", "protesters detained", "workers laid off"; inflected by lemminflect)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lemminflect import getInflection

from crosswire.facts.fastpos import lemma
from crosswire.vocab.concepts import held_state
from crosswire.vocab.quantities import CURRENCY_WORDS, LIGHT_VERBS, UNTAGGED_VAGUE, VAGUE

if TYPE_CHECKING:
    from spacy.tokens import Token

GENERIC_NOUNS = {"number", "total", "figure", "tally", "count", "sum", "amount"}
# Dependencies by which a number modifies the noun it counts ("774 people", "a 5,000-strong crowd").
_MODIFIER_DEPS = ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod")
_VAGUE_PLURALS = ("thousands", "millions", "hundreds")
# Vague counts written as a noun: what they count is the noun "of" them ("scores of people", "a score of
# volunteers"), not the word itself (data/quantities.toml [vague] and untagged_vague).
_VAGUE_HEADS = frozenset({"tens", *_VAGUE_PLURALS, *(w.split()[-1] for w in (*VAGUE, *UNTAGGED_VAGUE))})
# Words that scale a number the parser may give as the noun it counts ("$1 trillion": "trillion").
SCALE_NOUNS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "bn", "tn", "mn"})


def participle(verb: Token) -> str:
    """The past participle of ``verb`` ("arrested", "held", "stopped"), lower case, with its particle ("laid
    off"). Inflected by lemminflect (its tables cover irregular verbs and consonant doubling, which a suffix
    rule gets wrong: "haved", "geted", "stoped"); a lemma it does not know keeps the parser's own form."""
    base = lemma(verb)
    forms = getInflection(base, tag="VBN") if base.isalpha() else None
    word = forms[0] if forms else verb.lower_
    if verb.tag_ in ("VBD", "VBN") and verb.lower_.endswith("ed") and verb.lower_ != word:
        # a regular verb the text spells otherwise than lemminflect's rule ("enrolled", British "enrol": its
        # tables give "enroled"): the text's own past form is the participle
        past = getInflection(base, tag="VBD") if base.isalpha() else None
        if past and past[0] == word:
            word = verb.lower_
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([word, *particles])


def counted(root: Token, with_verb: bool = True) -> tuple[str | None, Token | None]:
    """The thing counted by the number ``root`` ("people arrested"; without ``with_verb``, the noun alone)
    and the token that names it; (None, None) when the number counts nothing the parse shows."""
    tok = root
    while tok.dep_ in ("conj", "quantmod") and tok.head is not tok and tok.head.like_num:
        tok = tok.head  # "between 800 and 1,000 jobs": the range's first number carries the noun
    noun = _noun_of(tok)
    if noun is not None and noun.lower_ in SCALE_NOUNS:
        noun = _noun_of(noun)  # "a $1 trillion bill": "trillion" scales the number; the bill is counted
    if noun is not None and noun.lower_ in CURRENCY_WORDS:
        tok, noun = noun, None  # "5,000 euros": the currency is the unit; look past it
    if noun is None and tok.dep_ in ("attr", "dobj") and lemma(tok.head) in ("be", "cost", "total", "reach"):
        # "The fine was 5,000 euros", "the repairs cost $2 million": the subject is what is measured
        subs = [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
        if subs:
            return subs[0].lower_, subs[0]
    if noun is None or noun.lower_ in ("%", "percent", "cent", "per"):
        return None, None
    if noun.lower_ in GENERIC_NOUNS:  # "the number of people detained"
        noun = _of_object(noun)
    if not with_verb:
        return noun.lower_, noun
    return " ".join([*_held_state(noun), noun.lower_, *_acting_verb(noun)]), noun


def _held_state(noun: Token) -> list[str]:
    """The state word written before the counted noun when it holds the group in a state of
    ``data/held_states.toml`` ("12 detained members", "30 jailed activists": ["detained"]), else []. Kept in the
    counted phrase's first place so the figure's concept is the state's (``vocab.concepts.state_concept``)."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.i < noun.i and held_state(child.lower_, "en"):
            return [child.lower_]
    return []


def _noun_of(tok: Token) -> Token | None:
    """The noun a number token counts, by its own dependency, or through "of"."""
    if tok.dep_ in _MODIFIER_DEPS and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN",):
        return tok.head.head  # "a loan of $1.5 billion", "a population of 9.5 million"
    if tok.pos_ == "NOUN" and tok.dep_ != "ROOT" and tok.lower_ not in _VAGUE_HEADS:
        return tok
    return _counted_of(tok)


def _counted_of(tok: Token) -> Token | None:
    """ "tens of thousands of protesters": the noun "of" the number (past a vague plural)."""
    noun = None
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            if objs and objs[0].lower_ not in _VAGUE_PLURALS:
                noun = objs[0]
            elif objs:
                for gc in objs[0].children:
                    if gc.dep_ == "prep" and gc.lower_ == "of":
                        o2 = [c for c in gc.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
                        noun = o2[0] if o2 else None
    return noun


def _of_object(noun: Token) -> Token:
    """The object of the (last) "of" after a generic noun ("the number of people"), else the noun."""
    found = noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                found = objs[0]
    return found


def _acting_verb(noun: Token) -> list[str]:
    """The participle of the verb acting on the counted noun: "people arrested", "protesters detained"."""
    verb = noun.head
    acts = lemma(verb) not in LIGHT_VERBS  # "there were 3,248 cases reported": the acl below says what
    if acts and noun.dep_ in ("nsubjpass", "dobj") and verb.pos_ == "VERB":
        return [participle(verb)]
    if acts and noun.dep_ == "nsubj" and verb.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in verb.children):
        return [participle(verb)]
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":  # "protesters detained in Minsk"
            return [participle(child)]
    return []
