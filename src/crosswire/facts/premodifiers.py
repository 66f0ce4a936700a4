"""What the words before a person's name (and an apposition after it) say about the person: roles
("opposition leader", "spokesman"), nationality ("Belarusian" -> "Belarus") and, from an honorific, gender.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from crosswire.facts import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from crosswire.facts.candidates import Candidate
    from crosswire.facts.nlp import Para

HONORIFIC_GENDER = {
    "mr": "male",
    "sir": "male",
    "lord": "male",
    "mrs": "female",
    "ms": "female",
    "dame": "female",
    "lady": "female",
}
# Words before a name that end its premodifiers: "said", "in", "he", "and", "two".
_PREMODIFIER_STOP_POS = ("VERB", "AUX", "ADP", "PRON", "CCONJ", "NUM")


def premodifiers(para: Para, cand: Candidate) -> tuple[list[str], str | None, str | None]:
    """Role phrases, nationality and honorific gender from the words before a name and its apposition.

    "Belarusian opposition leader Svetlana Tikhanovskaya" -> (["opposition leader"], "Belarus", None);
    "Kremlin spokesman Dmitry Peskov" -> (["spokesman"], "Russia", None).
    """
    doc = para.doc
    titles = lexicon.title_words()
    words = _words_before(doc, cand)
    roles = _apposition_roles(doc, cand, titles)
    role_words, nat, gender = _read_premodifiers(words, titles)
    # A run of listed title phrases is the role whole: "deputy harbour master", "assistant chief constable"
    # (:func:`crosswire.facts.lexicon.title_run`); else keep the phrase ending with a title word: "opposition
    # leader", "rights chief".
    if len(role_words) > 2 and lexicon.title_run(role_words) == len(role_words):
        roles.insert(0, " ".join(role_words))
        return roles, nat, gender
    while role_words and role_words[-1] not in titles:
        role_words.pop()
    if role_words:
        roles.insert(0, " ".join(role_words[-2:]))
    return roles, nat, gender


def _words_before(doc: Doc, cand: Candidate) -> list[Token]:
    """The words right before a name that modify it (up to a determiner, verb, preposition or punctuation)."""
    words: list[Token] = []
    i = cand.tok_start - 1
    while i >= 0:
        t = doc[i]
        if t.tag_ == "POS" or t.text in ("'", "\u2019"):
            i -= 1
            continue
        if t.is_punct or t.lower_ in ("the", "a", "an") or t.pos_ in _PREMODIFIER_STOP_POS:
            break
        if not (cand.tok_start <= t.head.i < cand.tok_end or t.head.i > t.i):
            break
        words.insert(0, t)
        i -= 1
    return words


MAX_OF_WORDS = 6  # "head of the provincial fire service": longer of-phrases are clauses, not a title's body


def _apposition_roles(doc: Doc, cand: Candidate, titles: dict[str, str]) -> list[str]:
    """Roles in apposition after the name: "Lukashenko, a 66-year-old former state farm director". A title
    with the body it heads after "of" ("Ilda Marek, head of the provincial fire service") also gives the full
    title, after the title word alone (which pronoun and title references match on)."""
    roles = []
    head = doc[cand.tok_end - 1]
    for child in head.rights:
        if child.dep_ == "appos" and child.lower_ in titles:
            mods = [c.lower_ for c in child.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")]
            role = " ".join([*mods[-1:], child.lower_])
            roles.append(role)
            of = next((c for c in child.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            body = [t for t in of.subtree if not t.is_punct] if of is not None else []
            if of is not None and 2 <= len(body) <= MAX_OF_WORDS and body[-1].pos_ in ("NOUN", "PROPN"):
                roles.append(" ".join([role, *(t.lower_ if t.pos_ != "PROPN" else t.text for t in body)]))
    return roles


def _read_premodifiers(words: list[Token], titles: dict[str, str]) -> tuple[list[str], str | None, str | None]:
    """(role words, nationality, gender) from the premodifying words, in order."""
    role_words: list[str] = []
    nat: str | None = None
    gender: str | None = None
    for t in words:
        low = t.lower_.rstrip(".")
        cls = titles.get(t.lower_) or titles.get(low)
        if cls == "honorific":
            gender = HONORIFIC_GENDER.get(low, gender)
            continue
        if nat is None and (t.ent_type_ in ("NORP", "GPE", "ORG") or t.pos_ == "PROPN"):
            n = lexicon.nationality(t.text)
            if n:
                nat = n
                continue
        if cls or role_words or t.pos_ in ("NOUN", "ADJ"):
            role_words.append(low)
    return role_words, nat, gender
