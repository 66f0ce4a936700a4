"""Entities: spaCy NER, repaired, with mentions linked within the article.

spaCy's small model finds most names but mislabels some ("Sochi" as NORP, "Tikhanovskaya" as ORG, "Riot" in
"Riot police" as PERSON) and misses rarer names entirely. The repairs here are general signals: a place
gazetteer, a word list of group nouns, the surname of a person already named, and the syntax of an
untagged proper-noun run (a subject, or a name with an apposition). Within-article coreference is by hand
because no installed library resolves coreference: surnames join the full name, and title references
("the Russian president", "the Belarusian leader") join the person whose nationality and role the article
gave earlier (or later, when the first sentence names no one). Pronouns are resolved on demand, for speakers
and event subjects only.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from crosswire.facts import lexicon
from crosswire.facts.fastpos import lemma
from crosswire.facts.nlp import Para, ParsedArticle
from crosswire.facts.records import Entity, Mention
from crosswire.vocab.names import fold, initials

TYPE_OF_LABEL = {
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
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
NAME_TOKEN = re.compile(r"^[A-Z][a-zA-Z'\-\u00c0-\u024f]+$")
# Every token of a person's name: a word, an initial ("J."), a particle ("de", "bin"); no symbols or digits.
PERSON_TOKEN = re.compile(r"^(?:[^\W\d_][^\W\d_'\u2019.\-]*(?:['\u2019\-][^\W\d_]+)*\.?|-)$")
LEADING_ARTICLES = ("the ", "a ", "an ")


@dataclass(slots=True)
class _Cand:
    """A candidate mention before linking."""

    start: int  # body offsets
    end: int
    text: str
    type: str
    para: Para
    tok_start: int  # token indices in para.doc
    tok_end: int
    sent_start: int
    sent_end: int


@dataclass(slots=True)
class PersonRef:
    """A person mention with its syntax, kept for pronoun and speaker resolution."""

    start: int
    end: int
    entity: str
    subject: bool
    para_index: int


@dataclass
class EntityIndex:
    """The article's entities and lookups from body offsets to entity ids."""

    entities: list[Entity] = field(default_factory=list)
    _spans: list[tuple[int, int, str]] = field(default_factory=list)  # sorted (start, end, entity id)
    _starts: list[int] = field(default_factory=list)  # the spans' starts, for bisection in at()
    _longest: int = 0
    persons: list[PersonRef] = field(default_factory=list)

    def by_id(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def at(self, start: int, end: int) -> str | None:
        """The entity with a mention overlapping [start, end), preferring the longest overlap (the first
        such in body order)."""
        if len(self._starts) != len(self._spans):  # spans are set once, after extraction
            self._starts = [s for s, _e, _id in self._spans]
            self._longest = max((e - s for s, e, _id in self._spans), default=0)
        best, best_overlap = None, 0
        first = bisect_left(self._starts, start - self._longest)  # no earlier mention can reach start
        for s, e, ent in self._spans[first : bisect_left(self._starts, end)]:
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = ent, overlap
        return best

    def resolve_pronoun(self, word: str, pos: int, para_index: int) -> str | None:
        """The person a he/she (at body offset ``pos``) most likely refers to.

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

    def resolve_token(self, tok, para: Para) -> tuple[str | None, str, int, int]:
        """Entity id, phrase and body span for a noun phrase headed by ``tok`` (a subject or an object)."""
        off = para.offset
        if tok.tag_ == "WP" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "relcl":
            tok = tok.head.head  # "Tikhanovskaya, who ... said": the relative clause's antecedent
        if tok.pos_ == "PRON":
            ent = self.resolve_pronoun(tok.text, off + tok.idx, para.index)
            return ent, tok.text, off + tok.idx, off + tok.idx + len(tok.text)
        left, right = _np_bounds(tok)
        start, end = off + para.doc[left].idx, off + para.doc[right].idx + len(para.doc[right].text)
        head_start, head_end = off + tok.idx, off + tok.idx + len(tok.text)
        ent = self.at(head_start, head_end)
        inside = [eid for s, e, eid in self._spans if start <= s and e <= end]
        people = [eid for eid in inside if (found := self.by_id(eid)) is not None and found.type == "person"]
        for child in tok.rights:  # "the rights chief, Michelle Bachelet," / "chief Michelle Bachelet"
            if child.dep_ == "appos":
                a = self.at(off + child.idx, off + child.idx + len(child.text))
                found = self.by_id(a)
                if found is not None and found.type == "person":
                    people.append(a)
        if people and (ent is None or ent not in people):
            # "The United Nations rights chief Michelle Bachelet": the person, not the organisation.
            ent = people[-1]
        ent = ent or (inside[-1] if inside else None)
        return ent, para.doc[left : right + 1].text, start, end


def _np_bounds(tok) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok`` without relative clauses and appositions."""
    left, right = tok.i, tok.i
    for child in tok.lefts:
        left = min(left, child.left_edge.i)
    for child in tok.rights:
        if child.dep_ in ("relcl", "appos", "punct", "cc", "conj", "acl", "advcl"):
            break
        right = max(right, child.right_edge.i)
    return left, right


# -- candidate collection ------------------------------------------------------------------------------------


def _sent_bounds(para: Para, tok) -> tuple[int, int]:
    sent = para.sent_of(tok.i)
    return para.offset + sent.start_char, para.offset + sent.end_char


def _trim(doc, i: int, j: int) -> tuple[int, int]:
    """Drop possessive endings, leading articles and surrounding punctuation from a span [i, j)."""
    while j > i and (doc[j - 1].tag_ == "POS" or doc[j - 1].is_punct):
        j -= 1
    while i < j and (
        doc[i].lower_ in ("the", "a", "an") or doc[i].is_punct or doc[i].tag_ == "POS" or doc[i].text[:1] in "'\u2019"
    ):
        i += 1
    return i, j


def _is_title_token(tok) -> bool:
    return tok.lower_.rstrip(".") in lexicon.title_words() or tok.lower_ in lexicon.title_words()


def _collect(parsed: ParsedArticle) -> list[_Cand]:
    """NER spans with the model's obvious mistakes repaired, plus untagged names."""
    not_person = lexicon.not_person_words()
    cands: list[_Cand] = []
    for para in parsed.paras:
        doc = para.doc
        covered = set()
        for ent in doc.ents:
            etype = TYPE_OF_LABEL.get(ent.label_)
            if etype is None:
                continue
            i, j = _trim(doc, ent.start, ent.end)
            if etype == "person":
                while i < j and _is_title_token(doc[i]):  # "President Vladimir Putin" -> "Vladimir Putin"
                    i += 1
                words = {t.lower_ for t in doc[i:j]}
                after = doc[j] if j < len(doc) else None
                if (
                    i >= j
                    or words & not_person
                    or not all(PERSON_TOKEN.match(t.text) for t in doc[i:j])
                    or (after is not None and after.lower_ in not_person)
                    or not any(NAME_TOKEN.match(t.text) for t in doc[i:j])
                ):
                    continue  # "Riot police", a lower-case word, a bare title
            if i >= j or not any(t.is_alpha for t in doc[i:j]):
                continue
            text = doc[i:j].text
            if etype in ("organisation", "other", "person") and (j - i) <= 2 and lexicon.is_place(text):
                # The model labels a lone place by context ("Sochi" as NORP); the gazetteer knows better,
                # but a two-word person name that is also a place keeps its person reading.
                if not (etype == "person" and j - i == 2):
                    etype = "place"
            covered.update(range(i, j))
            s0, s1 = _sent_bounds(para, doc[i])
            cands.append(
                _Cand(
                    para.offset + doc[i].idx,
                    para.offset + doc[j - 1].idx + len(doc[j - 1].text),
                    text,
                    etype,
                    para,
                    i,
                    j,
                    s0,
                    s1,
                )
            )
        # Untagged proper-noun runs: a place from the gazetteer, or a name the syntax shows is a person.
        k = 0
        while k < len(doc):
            if k in covered or doc[k].pos_ != "PROPN" or not NAME_TOKEN.match(doc[k].text):
                k += 1
                continue
            m = k
            while m < len(doc) and m not in covered and doc[m].pos_ == "PROPN" and NAME_TOKEN.match(doc[m].text):
                m += 1
            i, j = k, m
            while i < j and _is_title_token(doc[i]):
                i += 1
            k = m
            if i >= j:
                continue
            text = doc[i:j].text
            etype = None
            if lexicon.is_place(text):
                etype = "place"
            elif 2 <= j - i <= 3 and not any(t.lower_ in not_person or _is_title_token(t) for t in doc[i:j]):
                head = doc[j - 1]
                has_appos = any(c.dep_ == "appos" for c in head.children)
                relcl_who = j < len(doc) - 2 and doc[j].text == "," and doc[j + 1].lower_ == "who"
                if head.dep_ in ("nsubj", "nsubjpass") or has_appos or relcl_who:
                    etype = "person"
            if etype:
                s0, s1 = _sent_bounds(para, doc[i])
                cands.append(
                    _Cand(
                        para.offset + doc[i].idx,
                        para.offset + doc[j - 1].idx + len(doc[j - 1].text),
                        text,
                        etype,
                        para,
                        i,
                        j,
                        s0,
                        s1,
                    )
                )
    cands.sort(key=lambda c: c.start)
    return cands


# -- places the model took for people ------------------------------------------------------------------------

# Nouns that make the name before them, or the name in apposition after them, a place: "the Lutava region",
# "the capital, Velmar". Prepositions of place before a name: "in Lutava", "across Velmar".
PLACE_NOUNS = (
    "region",
    "province",
    "city",
    "district",
    "county",
    "oblast",
    "republic",
    "town",
    "village",
    "valley",
    "prefecture",
    "municipality",
    "island",
    "peninsula",
)
APPOS_PLACE_NOUNS = (*PLACE_NOUNS, "capital", "port")
PLACE_PREPS = ("in", "from", "near", "across", "throughout", "outside")
# Words that may follow a bare place after a preposition ("in Lutava on Tuesday", "from Velmar, where");
# any other lower-case word makes the name a modifier ("in Chrome browser"), which says nothing.
_FOLLOWERS = (
    "and",
    "or",
    "but",
    "on",
    "in",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "as",
    "after",
    "before",
    "when",
    "where",
    "which",
    "who",
    "that",
    "was",
    "is",
    "were",
    "are",
    "has",
    "had",
    "have",
    "will",
    "would",
    "said",
    "last",
    "this",
    "since",
    "until",
    "during",
    "overnight",
    "earlier",
    "late",
)


_WORD = r"([^\W\d_][\w\-]*)"
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


class _PlaceEvidence:
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
                regex = {"appos": _APPOS_RE, "prep": _PREP_RE, "the": _THE_RE, "demonym": _DEMONYM_RE}[kind]
                got = {m.group(1) for m in regex.finditer(body)}
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


def _person_evidence(cand: _Cand, full_names: set[str]) -> bool:
    """A title or honorific before the name, the name as the subject of a speech verb, ", who" after it, or
    the name as the first name or surname of someone named in full in the article."""
    doc = cand.para.doc
    if fold(cand.text) in full_names:
        return True
    if cand.tok_start > 0 and _is_title_token(doc[cand.tok_start - 1]):
        return True
    head = doc[cand.tok_end - 1]
    if head.dep_ in ("nsubj", "nsubjpass") and lemma(head.head) in lexicon.speech_verbs():
        return True
    j = cand.tok_end
    return j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who"


def _after_place_prep(cand: _Cand) -> bool:
    """The mention is the object of a place preposition ("Refugees from Merovan crossed ...")."""
    doc = cand.para.doc
    i = cand.tok_start
    return i > 0 and doc[i - 1].lower_ in PLACE_PREPS and doc[i].dep_ == "pobj" and doc[i].head.i == i - 1


def _retype_places(parsed: ParsedArticle, cands: list[_Cand]) -> None:
    """One-word "persons" the text treats as places become places, unless some mention reads as a person.

    Why: the small model tags an unfamiliar capitalised word by its context and shape, so invented or rare
    place names ("Lutava", "Velmar") come out as PERSON; the gazetteer cannot know them, but the article's
    own wording does. A one-word organisation or "other" is retyped only on the stronger evidence (a place
    noun or a demonym); a "person" also when the same name is a place elsewhere in the article.
    """
    singles: dict[str, list[_Cand]] = {}
    for c in cands:
        if c.tok_end - c.tok_start == 1 and c.type != "place" and NAME_TOKEN.match(c.text):
            singles.setdefault(c.text, []).append(c)
    if not singles:
        return
    full_names = {w for c in cands if c.type == "person" and c.tok_end - c.tok_start >= 2 for w in fold(c.text).split()}
    places = {c.text for c in cands if c.type == "place"}
    evidence = _PlaceEvidence(parsed.body)
    for name, group in singles.items():
        if lexicon.nationality(name) and not lexicon.is_place(name):
            continue  # a demonym ("the Belarusian capital") is not a place name
        if any(_person_evidence(c, full_names) for c in group if c.type == "person"):
            continue
        persons = [c for c in group if c.type == "person"]
        if evidence.strong(name):
            retype = group
        elif (
            persons
            and len(persons) == len(group)
            and (name in places or any(_after_place_prep(c) for c in persons) or evidence.any(name))
        ):
            retype = persons  # not when the model also read the name as an organisation ("from SpaceX")
        else:
            continue
        for c in retype:
            c.type = "place"


# -- linking within the article ------------------------------------------------------------------------------


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


class _Builder:
    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self.tokens: dict[str, list[str]] = {}  # person entity id -> folded name tokens
        self.last_seen: dict[str, int] = {}

    def new(self, name: str, etype: str) -> Entity:
        ent = Entity(id=f"e{len(self.entities) + 1}", name=name, type=etype)  # type: ignore[arg-type]
        self.entities.append(ent)
        return ent

    def person(self, cand: _Cand) -> tuple[Entity, str]:
        toks = fold(cand.text).split()
        matches = []
        for ent in self.entities:
            if ent.type != "person":
                continue
            etoks = self.tokens[ent.id]
            if toks == etoks:
                return ent, "name"
            if len(toks) == 1 and toks[0] in (etoks[-1], etoks[0]):
                matches.append(ent)
            elif len(etoks) == 1 and etoks[0] == toks[-1]:
                matches.append(ent)  # the surname came first; the full name upgrades it below
            elif len(toks) >= 2 and len(etoks) >= 2 and toks[-1] == etoks[-1] and _compatible_first(toks[0], etoks[0]):
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

    def other(self, cand: _Cand) -> tuple[Entity, str]:
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


def _premodifiers(para: Para, cand: _Cand) -> tuple[list[str], str | None, str | None]:
    """Role phrases, nationality and honorific gender from the words before a name and its apposition.

    "Belarusian opposition leader Svetlana Tikhanovskaya" -> (["opposition leader"], "Belarus", None);
    "Kremlin spokesman Dmitry Peskov" -> (["spokesman"], "Russia", None).
    """
    doc = para.doc
    titles = lexicon.title_words()
    roles, nat, gender = [], None, None
    words = []
    i = cand.tok_start - 1
    while i >= 0:
        t = doc[i]
        if t.tag_ == "POS" or t.text in ("'", "\u2019"):
            i -= 1
            continue
        if t.is_punct or t.lower_ in ("the", "a", "an") or t.pos_ in ("VERB", "AUX", "ADP", "PRON", "CCONJ", "NUM"):
            break
        if not (cand.tok_start <= t.head.i < cand.tok_end or t.head.i > t.i):
            break
        words.insert(0, t)
        i -= 1
    # Appositions: "Lukashenko, a 66-year-old former state farm director"
    head = doc[cand.tok_end - 1]
    for child in head.rights:
        if child.dep_ == "appos" and child.lower_ in titles:
            mods = [c.lower_ for c in child.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")]
            roles.append(" ".join([*mods[-1:], child.lower_]))
    role_words = []
    for t in words:
        low = t.lower_.rstrip(".")
        cls = titles.get(t.lower_) or titles.get(low)
        if cls == "honorific":
            if low in ("mr", "sir", "lord"):
                gender = "male"
            elif low in ("mrs", "ms", "dame", "lady"):
                gender = "female"
            continue
        if nat is None and (t.ent_type_ in ("NORP", "GPE", "ORG") or t.pos_ == "PROPN"):
            n = lexicon.nationality(t.text)
            if n:
                nat = n
                continue
        if cls:
            role_words.append(low)
        elif role_words or t.pos_ in ("NOUN", "ADJ"):
            role_words.append(low)
    # Keep the phrase ending with a title word: "opposition leader", "rights chief".
    while role_words and role_words[-1] not in titles:
        role_words.pop()
    if role_words:
        roles.insert(0, " ".join(role_words[-2:]))
    return roles, nat, gender


def _role_class(role: str) -> str | None:
    titles = lexicon.title_words()
    if role in titles:
        return titles[role]
    last = role.split()[-1]
    return titles.get(last)


def _title_references(parsed: ParsedArticle) -> list[tuple[Para, object, list[str], str | None, str]]:
    """Definite descriptions that stand for a person: (para, head token, role words, nationality, text)."""
    titles = lexicon.title_words()
    refs = []
    for para in parsed.paras:
        doc = para.doc
        for t in doc:
            low = t.lower_
            bare_demonym = (
                t.ent_type_ == "NORP"
                and t.tag_ in ("NNP", "NN")
                and t.dep_ in ("nsubj", "nsubjpass", "poss", "pobj", "dobj")
                and t.i > 0
                and doc[t.i - 1].lower_ == "the"
                and not low.endswith("s")
            )  # "The Belarusian arrived", "the Belarusian's plans"
            if not bare_demonym and (titles.get(low) not in ("leader", "role") or t.pos_ != "NOUN" or t.tag_ == "NNS"):
                continue
            if t.dep_ == "compound" or (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
                continue  # a title before a name, handled with the name
            lefts = list(t.lefts)
            det = [c for c in lefts if c.dep_ == "det" and c.lower_ == "the"]
            poss = [c for c in lefts if c.dep_ == "poss" and lexicon.nationality(c.text)]
            if not det and not poss:
                continue
            nat = None
            role_words = [] if bare_demonym else [low]
            for c in lefts:
                if c.dep_ in ("amod", "compound", "poss", "nmod") or c.ent_type_ in ("NORP", "GPE"):
                    n = lexicon.nationality(c.text)
                    if n and nat is None:
                        nat = n
                    elif c.pos_ in ("NOUN",) and c.dep_ == "compound":
                        role_words.insert(0, c.lower_)
            if bare_demonym:
                nat = lexicon.nationality(t.text)
                if nat is None:
                    continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in t.rights) and not bare_demonym:
                continue  # "the head of the agency" names its own referent
            left = min([c.left_edge.i for c in lefts] + [t.i])
            refs.append((para, t, role_words, nat, doc[left : t.i + 1].text))
    return refs


def _score(ent: Entity, role_words: list[str], nat: str | None) -> float | None:
    if nat and ent.nationality and ent.nationality != nat:
        return None
    score = 2.0 if nat and ent.nationality == nat else 0.0
    if role_words:
        head = role_words[-1]
        ref_cls = lexicon.title_words().get(head)
        classes = {_role_class(r) for r in ent.roles}
        heads = {r.split()[-1] for r in ent.roles}
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
    elif not nat:
        return None
    return score


def _retype_people(cands: list[_Cand]) -> None:
    """Names the model took for organisations that the text shows are people: an honorific right before
    them ("Ms Persson"), or in apposition to a title ("the deputy director of public prosecutions,
    Eva-Marie Persson, said"). Every other mention of the same name in the article follows."""
    titles = lexicon.title_words()
    not_person = lexicon.not_person_words()
    people: set[str] = set()
    for c in cands:
        if c.type not in ("organisation", "other"):
            continue
        doc = c.para.doc
        words = [t for t in doc[c.tok_start : c.tok_end] if t.text != "-"]  # "Eva - Marie Persson"
        if not 1 <= len(words) <= 3 or any(t.lower_ in not_person or not NAME_TOKEN.match(t.text) for t in words):
            continue
        before = doc[c.tok_start - 1] if c.tok_start > 0 else None
        honorific = before is not None and titles.get(before.lower_) == "honorific"
        head = doc[c.tok_end - 1]
        # The title in running text, lower case ("the deputy director ..., Eva-Marie Persson"); a capitalised
        # one is a job line after a name ("Sanjiv Bhasin, Director, IIFL Securities"), whose next item is
        # the employer.
        appos_to_title = (
            head.dep_ == "appos"
            and head.head.i < c.tok_start
            and head.head.text.islower()
            and titles.get(head.head.lower_) in ("role", "leader")
        )
        if honorific or (appos_to_title and len(words) >= 2):
            people.add(fold(c.text))
    if not people:
        return
    surnames = {name.split()[-1] for name in people if len(name.split()) >= 2}
    for c in cands:
        if c.type in ("organisation", "other") and (fold(c.text) in people or fold(c.text) in surnames):
            c.type = "person"


def extract_entities(parsed: ParsedArticle) -> EntityIndex:
    cands = _collect(parsed)
    _retype_people(cands)
    _retype_places(parsed, cands)
    b = _Builder()
    # Single tokens that are a person's surname elsewhere in the article are that person, whatever the
    # model said ("Tikhanovskaya, who has taken shelter in Lithuania" tagged ORG).
    surnames = {fold(c.text).split()[-1] for c in cands if c.type == "person" and len(c.text.split()) >= 2}
    for c in cands:
        if c.type != "person" and c.tok_end - c.tok_start == 1 and fold(c.text) in surnames:
            c.type = "person"
    # ... and so is an untagged proper noun that is a known surname ("Whitcombe took over the company").
    taken = {(c.para.index, i) for c in cands for i in range(c.tok_start, c.tok_end)}
    for para in parsed.paras:
        for t in para.doc:
            if t.pos_ == "PROPN" and (para.index, t.i) not in taken and fold(t.text) in surnames:
                s0, s1 = _sent_bounds(para, t)
                start = para.offset + t.idx
                cands.append(_Cand(start, start + len(t.text), t.text, "person", para, t.i, t.i + 1, s0, s1))
    cands.sort(key=lambda c: c.start)
    index = EntityIndex()
    spans: list[tuple[int, int, str]] = []
    for c in cands:
        ent, kind = b.person(c) if c.type == "person" else b.other(c)
        b.last_seen[ent.id] = c.start
        ent.mentions.append(Mention(c.text, c.start, c.end, c.sent_start, c.sent_end, kind))  # type: ignore[arg-type]
        spans.append((c.start, c.end, ent.id))
        if ent.type == "person":
            roles, nat, gender = _premodifiers(c.para, c)
            for r in roles:
                if r not in ent.roles:
                    ent.roles.append(r)
            ent.nationality = ent.nationality or nat
            ent.gender = ent.gender or gender
            head = c.para.doc[c.tok_end - 1]
            index.persons.append(PersonRef(c.start, c.end, ent.id, head.dep_ in ("nsubj", "nsubjpass"), c.para.index))
    # Title references, in reading order; the first one may point forward (to a name given later).
    people = [e for e in b.entities if e.type == "person"]
    for para, tok, role_words, nat, text in _title_references(parsed):
        pos = para.offset + tok.idx
        scored = []
        for ent in people:
            s = _score(ent, role_words, nat)
            if s is None:
                continue
            before = [m.start for m in ent.mentions if m.start < pos]
            if before:
                s += 0.5 + 1e-9 * max(before)
            scored.append((s, ent))
        if not scored:
            continue
        best = max(scored, key=lambda x: x[0])
        if best[0] <= 0 and not (len(scored) == 1 and role_words):
            continue
        ent = best[1]
        if nat and not ent.nationality:
            ent.nationality = nat
        start = para.offset + para.doc[tok.i].idx - (len(text) - len(tok.text))
        s0, s1 = _sent_bounds(para, tok)
        end = pos + len(tok.text)
        ent.mentions.append(Mention(parsed.body[start:end], start, end, s0, s1, "title"))
        spans.append((start, end, ent.id))
        index.persons.append(PersonRef(start, end, ent.id, tok.dep_ in ("nsubj", "nsubjpass"), para.index))
    for ent in b.entities:
        ent.mentions.sort(key=lambda m: m.start)
    _learn_gender(parsed, index, b.entities)
    index.entities = b.entities
    index._spans = sorted(spans)
    index._starts = [start for start, _end, _id in index._spans]
    index._longest = max((end - start for start, end, _id in index._spans), default=0)
    index.persons.sort(key=lambda p: p.start)
    return index


def _learn_gender(parsed: ParsedArticle, index: EntityIndex, entities: list[Entity]) -> None:
    """The only person named before a he/she in a sentence takes its gender ("X, who claims she ...")."""
    by_id = {e.id: e for e in entities}
    for para in parsed.paras:
        for sent in para.sents:
            s0, s1 = para.offset + sent.start_char, para.offset + sent.end_char
            refs = [p for p in index.persons if s0 <= p.start < s1]
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
