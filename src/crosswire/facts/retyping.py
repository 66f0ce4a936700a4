"""Retyping: candidates whose type the article's own wording contradicts.

The small model tags an unfamiliar capitalised word by its context and shape, so invented or rare place
names ("Lutava", "Velmar") come out as PERSON, and people named with an honorific ("Ms Persson") as ORG.
These rules read the text around every mention and retype all mentions of the name together. Offsets are
character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from crosswire.facts import lexicon
from crosswire.facts.candidates import NAME_TOKEN, SUBJECT_DEPS, Candidate, is_title_token
from crosswire.facts.fastpos import lemma
from crosswire.facts.languages.common_words import organisation_word
from crosswire.vocab.data import data_toml
from crosswire.vocab.names import fold

if TYPE_CHECKING:
    from crosswire.facts.nlp import ParsedArticle

_WORDS = data_toml("facts_place_words.toml")
PLACE_NOUNS: tuple[str, ...] = tuple(_WORDS["place_nouns"])  # "the Lutava region"
APPOS_PLACE_NOUNS: tuple[str, ...] = (*PLACE_NOUNS, *_WORDS["appos_place_nouns"])  # "the capital, Velmar"
PLACE_PREPS: tuple[str, ...] = tuple(_WORDS["place_preps"])  # "in Lutava", "across Velmar"
_FOLLOWERS: tuple[str, ...] = tuple(_WORDS["followers"])  # "in Lutava on Tuesday", not "in Chrome browser"

_WORD = r"([^\W\d_][\w\-]*)"
STREET_ENDINGS: tuple[str, ...] = tuple(_WORDS["street_endings"])  # "Ringstraat", "Hauptstraße"
_AGED = re.compile(r"\b\d{1,3}-year-old\s+$")
_NOUN_AFTER_RE = re.compile(r"(?<=[\w\-])[ \t]+(?:" + "|".join(PLACE_NOUNS) + r")\b")  # the word before: by hand
_APPOS_RE = re.compile(r"\b(?:" + "|".join(APPOS_PLACE_NOUNS) + r"),\s+" + _WORD + r"\b(?!\s+[A-Z])")
_PREP_RE = re.compile(
    r"\b(?i:"
    + "|".join(PLACE_PREPS)
    + r")\s+"
    + _WORD
    + r"\b(?!['\u2019]s\b|\s+[A-Z]|\s+(?!(?:"
    + "|".join(_FOLLOWERS)
    + r")\b)[a-z])"
)
_THE_RE = re.compile(r"\b[Tt]he\s+" + _WORD)
_DEMONYM_RE = re.compile(r"\b([A-Z][\w\-]*(?:n|ese))s?\b")
_EVIDENCE_RES = {"appos": _APPOS_RE, "prep": _PREP_RE, "the": _THE_RE, "demonym": _DEMONYM_RE}


class PlaceEvidence:
    """Which words the article's text uses the way it uses places, found with a few regular expressions
    over the body (every occurrence counts, tagged or not), each run only when a name needs it:

    - ``strong``: "X region/province/city", "the capital, X", or a demonym of X ("Velmarian", "Lutavan")
      elsewhere in the text, unless the text also writes "the X" (as in "the Nixon impeachment": a
      "Nixonian" is then a person's adjective);
    - ``any``: also "in/from/near/across X", the bare name, not "the X ..." nor a modifier ("in X
      browser"). Organisations share these ("in Congress", "from Google"), so they count for one-word
      "persons" only.
    """

    def __init__(self, body: str) -> None:
        self.body = body
        self._sets: dict[str, set[str]] = {}

    def _words(self, kind: str) -> set[str]:
        got = self._sets.get(kind)
        if got is None:
            body = self.body
            if kind == "after_noun":
                got = {
                    body[max(0, m.start() - 40) : m.start()].rsplit(None, 1)[-1] for m in _NOUN_AFTER_RE.finditer(body)
                }
            else:
                got = {m.group(1) for m in _EVIDENCE_RES[kind].finditer(body)}
            self._sets[kind] = got
        return got

    def strong(self, name: str) -> bool:
        if name in self._words("after_noun") or name in self._words("appos"):
            return True
        stem = name[:-1] if name[-1:] in "aeiouy" else name
        forms = (name + "n", name + "ian", name + "an", name + "ese", stem + "ian", stem + "an", stem + "ese")
        demonyms = self._words("demonym")
        return any(f in demonyms for f in forms) and name not in self._words("the")

    def any(self, name: str) -> bool:
        return name in self._words("prep") or self.strong(name)


def _person_evidence(cand: Candidate, full_names: set[str]) -> bool:
    """A title or honorific before the name, the name as the subject of a speech verb, ", who" after it, or
    the name as the first name or surname of someone named in full in the article."""
    doc = cand.para.doc
    if fold(cand.text) in full_names:
        return True
    if cand.tok_start > 0 and is_title_token(doc[cand.tok_start - 1]):
        return True
    head = doc[cand.tok_end - 1]
    if head.dep_ in SUBJECT_DEPS and lemma(head.head) in lexicon.speech_verbs():
        return True
    j = cand.tok_end
    return j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who"


def _after_place_prep(cand: Candidate) -> bool:
    """The mention is the object of a place preposition ("Refugees from Merovan crossed ...")."""
    doc = cand.para.doc
    i = cand.tok_start
    return i > 0 and doc[i - 1].lower_ in PLACE_PREPS and doc[i].dep_ == "pobj" and doc[i].head.i == i - 1


def retype_places(parsed: ParsedArticle, cands: list[Candidate]) -> None:
    """One-word "persons" the text treats as places become places, unless some mention reads as a person
    (in place, on ``cands``).

    The gazetteer cannot know invented or rare place names, but the article's own wording does. A one-word
    organisation or "other" is retyped only on the stronger evidence (a place noun or a demonym); a
    "person" also when the same name is a place elsewhere in the article.
    """
    singles: dict[str, list[Candidate]] = {}
    for c in cands:
        if c.n_tokens == 1 and c.type != "place" and NAME_TOKEN.match(c.text):
            singles.setdefault(c.text, []).append(c)
    if not singles:
        return
    full_names = {w for c in cands if c.type == "person" and c.n_tokens >= 2 for w in fold(c.text).split()}
    places = {c.text for c in cands if c.type == "place"}
    evidence = PlaceEvidence(parsed.body)
    for name, group in singles.items():
        for c in _read_as_place(name, group, full_names, places, evidence):
            c.type = "place"


def _read_as_place(
    name: str, group: list[Candidate], full_names: set[str], places: set[str], evidence: PlaceEvidence
) -> list[Candidate]:
    """The mentions of one single-word name to retype as a place (none, the "person" ones, or all)."""
    if lexicon.nationality(name) and not lexicon.is_place(name):
        return []  # a demonym ("the Belarusian capital") is not a place name
    persons = [c for c in group if c.type == "person"]
    if any(_person_evidence(c, full_names) for c in persons):
        return []
    if evidence.strong(name):
        return group
    if (
        persons
        and len(persons) == len(group)
        and (name in places or any(_after_place_prep(c) for c in persons) or evidence.any(name))
    ):
        return persons  # not when the model also read the name as an organisation ("from SpaceX")
    return []


def retype_people(cands: list[Candidate]) -> None:
    """Names the model took for organisations that the text shows are people (in place, on ``cands``): an
    honorific right before them ("Ms Persson"), a role title of ``data/roles.toml`` right before a full name
    ("La dirigeante syndicale Ilse Marrow"), or in apposition to a title ("the deputy director of public
    prosecutions, Eva-Marie Persson, said"). Every other mention of the same name in the article follows."""
    titles = lexicon.title_words()
    not_person = lexicon.not_person_words()
    people = {fold(c.text) for c in cands if _shown_as_person(c, titles, not_person)}
    if not people:
        return
    surnames = {name.split()[-1] for name in people if len(name.split()) >= 2}
    # a two-part surname of a name of three words ("Sobral Castro" of "Helena Sobral Castro": Portuguese and
    # Spanish names), which the model tags MISC alone
    surnames |= {" ".join(name.split()[-2:]) for name in people if len(name.split()) == 3}
    for c in cands:
        if c.type in ("organisation", "other") and (fold(c.text) in people or fold(c.text) in surnames):
            c.type = "person"


def _shown_as_person(c: Candidate, titles: dict[str, str], not_person: frozenset[str]) -> bool:
    if c.type not in ("organisation", "other"):
        return False
    doc = c.para.doc
    words = [t for t in doc[c.tok_start : c.tok_end] if t.text != "-"]  # "Eva - Marie Persson"
    if not 1 <= len(words) <= 3 or any(t.lower_ in not_person or not NAME_TOKEN.match(t.text) for t in words):
        return False
    before = doc[c.tok_start - 1] if c.tok_start > 0 else None
    honorific = before is not None and titles.get(before.lower_) == "honorific"
    head = doc[c.tok_end - 1]
    # The title in running text, lower case ("the deputy director ..., Eva-Marie Persson"); a capitalised
    # one is a job line after a name ("Sanjiv Bhasin, Director, IIFL Securities"), whose next item is the
    # employer.
    appos_to_title = (
        head.dep_ == "appos"
        and head.head.i < c.tok_start
        and head.head.text.islower()
        and titles.get(head.head.lower_) in ("role", "leader")
    )
    # a role title of data/roles.toml right before a full name, in any language ("La dirigeante syndicale Ilse
    # Marrow", "La directrice de la mine, Ilse Marrow,": the French model tags both names MISC); not an
    # organisation's name ("prezes Banku Pomorskiego": the role is at it)
    start = doc[c.tok_start].idx
    text = c.para.text  # Doc.text joins every token again on each access; the paragraph keeps it
    after_role = (
        c.type == "other"
        and len(words) >= 2
        and lexicon.role_phrases().search(text[max(0, start - 60) : start]) is not None
    )
    # a role title right before a full name the model took for an organisation ("Porto mayor Helena Sobral
    # Castro said": a new user's wire gave her quotation to a man by "she"), no word of it an organisation's
    # ("prezes Banku Pomorskiego" is the body the role is at)
    after_role = after_role or (
        c.type == "organisation"
        and len(words) >= 2
        and not any(organisation_word(t.text, doc.lang_ or "en") for t in words)
        and lexicon.held_role_phrases().search(text[max(0, start - 60) : start]) is not None
    )
    # an age before a full name ("59-year-old Marek Zalewski", which the small model tags ORG)
    aged = len(words) >= 2 and _AGED.search(text[max(0, start - 20) : start]) is not None
    return honorific or (appos_to_title and len(words) >= 2) or after_role or aged


def retype_described_companies(cands: list[Candidate]) -> None:
    """Names right after a company noun of ``data/company_nouns.toml`` ("der Betreiber Lakora Logistik", "the
    operator Lakora Logistik", "l'entreprise Lakora Logistik", "la empresa", "la società", "spółka", "компанія")
    that the model or the capitalised-run reader took for a person (or left untyped) become organisations, and so
    does every other mention of the same name (in place, on ``cands``). A name whose first word is a first name the
    dictionary is sure of stays a person ("the producer John Reed": :func:`~crosswire.facts.first_names.
    first_name_gender`; without that optional dictionary every such name is retyped). Why: a new user's German
    copy gave "Der Betreiber Lakora Logistik teilte mit" to a person "Lakora Logistik"."""
    from crosswire.facts.company_speakers import is_company_word
    from crosswire.facts.first_names import first_name_gender

    described: set[str] = set()
    for c in cands:
        if c.type not in ("person", "other") or c.tok_start == 0:
            continue
        doc = c.para.doc
        before = doc[c.tok_start - 1]
        if not is_company_word(before.text.split("'")[-1].split("’")[-1], doc.lang_ or "en"):
            continue
        words = c.text.split()
        if len(words) >= 2 and first_name_gender(words[0]) is not None:
            continue
        described.add(fold(c.text))
    for c in cands:
        if c.type in ("person", "other") and fold(c.text) in described:
            c.type = "organisation"


def retype_surnames(cands: list[Candidate]) -> set[str]:
    """Single tokens that are a person's surname elsewhere in the article become that person, whatever the
    model said ("Tikhanovskaya, who has taken shelter in Lithuania" tagged ORG). Returns the folded
    surnames of the people named in full."""
    surnames = {fold(c.text).split()[-1] for c in cands if c.type == "person" and len(c.text.split()) >= 2}
    for c in cands:
        if c.type != "person" and c.n_tokens == 1 and fold(c.text) in surnames:
            c.type = "person"
    return surnames


def retype_streets(cands: list[Candidate]) -> None:
    """One-word "persons" that are a street's or a square's name written as one word (an ending of
    ``data/facts_place_words.toml`` ``street_endings``: "on Tarnel's Ringstraat", "in der Hauptstraße") become
    places, unless some mention reads as a person (in place, on ``cands``). The small model tags such foreign
    words by shape; a new user's bus story had "Ringstraat" as a person."""
    full_names = {w for c in cands if c.type == "person" and c.n_tokens >= 2 for w in fold(c.text).split()}
    for c in cands:
        low = c.text.lower()
        if (
            c.type == "person"
            and c.n_tokens == 1
            and any(low.endswith(e) and len(low) > len(e) for e in STREET_ENDINGS)
            and not _person_evidence(c, full_names)
        ):
            c.type = "place"


def retype_short_organisations(cands: list[Candidate]) -> None:
    """One-word "persons" that open the name of an organisation the article names in full, ending in an
    organisation word of ``data/organisation_words.toml`` ("Kestrava" of "Kestrava Motors": "Kestrava chief
    executive Ilse Marenko", "Kestrava's best-selling model"; not "Laci" of a misread "Laci and Conner") become that
    organisation, unless a person named in full in the article has the word as a name or a mention reads as a
    person (a title before it, the subject of a speech verb). An article shortens a company's name to its first
    word as it shortens a person's to the surname; the small model tags the short form by its neighbours."""
    firsts = {
        fold(c.text).split()[0]
        for c in cands
        if c.type == "organisation" and c.n_tokens >= 2 and organisation_word(c.text.split()[-1], "en")
    }
    full_names = {w for c in cands if c.type == "person" and c.n_tokens >= 2 for w in fold(c.text).split()}
    singles = [c for c in cands if c.type == "person" and c.n_tokens == 1 and fold(c.text) in firsts]
    shown = {fold(c.text) for c in singles if _person_evidence(c, full_names)}
    for c in singles:
        if fold(c.text) not in shown:
            c.type = "organisation"
