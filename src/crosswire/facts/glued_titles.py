"""A role word glued to a person's name, read as a role across a story's articles before its people are grouped.

A name model takes in the title before a name in some languages and some sentences ("Governor Ilse Varnholt told
reporters", typed MISC by the small English model; "Verteidiger Tobias Wren"; "Prezes Ilse Varnholt" at a sentence
start; "Minister gospodarki Valdenii Lena Hallberg" gave "Valdenii Lena Hallberg", the genitive of the country
glued on). The glued name was then a person of its own: a separate speaker in "Who said what" (so its quote was
missing from the quote variants and from one side of a quote-meaning conflict), a name variant ("Verteidiger Tobias
Wren" / "Tobias Wren") and, having the most words, the name the whole group was shown under. New users' trials
33, 36 and 38.

Two readings, both over words only (no model):

- within one name: leading words up to a role title of ``data/roles.toml`` or ``data/facts_titles.tsv`` in any
  language ("Governor", "la gouverneure", "Gouverneurin", "prezes", "Finance Minister"; German compounds ending in
  one: "Notenbankchefin") are the person's role when two words or more are left;
- across the story: leading words before another person's full name that the story writes on its own are not the
  name either when each is written in lower case in the story's articles of that language ("economist") or is a
  form of a place's name of the story ("Valdenii" of "Valdenia": :func:`place_key`). A name holding an
  organisation word (``data/organisation_words.toml``) is never cut.

A name typed an organisation or other is retyped a person only when what is left is a person of the story, or the
name is a quote's speaker and what is left is capitalised name words.
:func:`strip_glued_titles` gives new facts; the stored facts are not changed (a story-level reading).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence

from crosswire.facts.languages.common_words import organisation_word
from crosswire.facts.lexicon import role_words, title_words
from crosswire.facts.name_stems import case_stem
from crosswire.facts.records import ArticleFacts, Entity
from crosswire.vocab.names import fold, latin

# Endings a name of a place takes in one language and not in another ("Corvania" en, es, it / "Korvanien" de /
# "Corvanie" fr / "Korwanii" pl / "Korvanija" / "Корвания"): cut (the longest first) to key a name across languages.
PLACE_ENDINGS = (
    "iens",
    "ijos",
    "iya",  # Russian, Ukrainian, Belarusian "-ия", "-ія" in Latin letters
    "ien",
    "ija",
    "iji",
    "ii",
    "ia",
    "ie",
    "ja",
    "ya",
    "en",
    "es",
    "s",
    "a",
    "e",
    "o",
    "y",
)
PLACE_KEY_MIN = 4  # letters a key keeps: a shorter stem would join unrelated names


def place_key(word: str) -> str:
    """A name word's key across languages: Latin letters, lower case, "c" as "k" and "w" as "v" (the letter each
    language spells the sound with), less one ending of :data:`PLACE_ENDINGS` ("Corvania", "Korvaniens",
    "Corvanie" -> "korvan"). Input: one word; output: its key ("" for none)."""
    key = re.sub(r"[^a-z]", "", latin(word).lower()).replace("c", "k").replace("w", "v")
    for ending in PLACE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= PLACE_KEY_MIN:
            return key[: -len(ending)]
    return key


MIN_NAME_WORDS = 2  # words a name keeps once its title is off: a full name, never a surname alone
COMPOUND_LANGUAGES = frozenset({"de", "nl", "sv", "da", "no"})  # write a role as one compound ("Notenbankchefin")
MIN_COMPOUND_ROLE = 4  # letters of a role word ending a compound ("chefin", "ministerin"; not "rat")
MAX_TITLE_WORDS = 3  # words a title before a name takes ("Deputy Finance Minister")
MIN_NAME_LANGUAGES = 2  # languages that write a whole name for it to be a name, not a glued accident ("Sable Hills
# Movement" in en, fr, it, de is the group's name, though French writes "sable" for sand)
_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")


def _role_word(word: str, language: str | None) -> bool:
    """Whether one word is a role title in some language ("governor", "gouverneure", "prezes"), or, in a language
    that writes compounds, ends with one ("Notenbankchefin", "Wirtschaftsministerin")."""
    low = word.lower().rstrip(".,")
    if low in role_words() or title_words().get(low) in ("role", "leader"):
        return True
    if language in COMPOUND_LANGUAGES:
        return any(low.endswith(r) and len(low) > len(r) for r in role_words() if len(r) >= MIN_COMPOUND_ROLE)
    return False


def title_words_before(name: str, language: str | None) -> int:
    """How many of ``name``'s leading words are a title, not the name: the most words, up to
    :data:`MAX_TITLE_WORDS`, ending with a role word (:func:`_role_word`) that leave :data:`MIN_NAME_WORDS` words
    or more ("Finance Minister Adrian Solveg" -> 2, "Gouverneurin Ilse Varnholt" -> 1, "Ilse Varnholt" -> 0).
    Input: a name as written and its article's language."""
    words = name.split()
    for k in range(min(MAX_TITLE_WORDS, len(words) - MIN_NAME_WORDS), 0, -1):
        if _role_word(words[k - 1], language) and all(_WORD.match(w) for w in words[:k]):
            return k
    return 0


def _stems(words: Sequence[str], language: str | None) -> tuple[str, ...]:
    """A name's words as compared across articles: Latin letters, lower case, one case ending off ("Lenę
    Hallberg" / "Lena Hallberg")."""
    return tuple(case_stem(re.sub(r"[^a-z]", "", latin(fold(w))), language) for w in words)


def _story_words(
    facts: Sequence[ArticleFacts], bodies: Mapping[str, str]
) -> tuple[dict[str | None, set[str]], set[str]]:
    """Language -> the words its articles write in lower case (a word lower case in one language may be a name's
    word in another: French "sable", "Sable Hills Movement"), and the :func:`place_key` of every word of a name the
    story types a place."""
    lower: dict[str | None, set[str]] = {}
    for f in facts:
        body = bodies.get(f.article, "")
        lower.setdefault(f.language, set()).update(w for w in re.findall(r"[^\W\d_]+", body) if w.islower())
    keys = {
        key
        for f in facts
        for e in f.entities
        if e.type == "place"
        for w in e.name.split()
        if len(key := place_key(w)) >= PLACE_KEY_MIN
    }
    return lower, keys


def _bare(e: Entity, k: int, person: bool) -> Entity:
    """``e`` without its first ``k`` words in its name and in every mention that writes them, typed a person when
    ``person``: each mention's span is moved to the name's first word so ``body[start:end]`` stays its text."""
    name = " ".join(e.name.split()[k:])
    mentions = []
    for m in e.mentions:
        at = m.text.rfind(name)
        if at > 0 and m.text.endswith(name):
            m = dataclasses.replace(m, text=name, start=m.start + at)
        mentions.append(m)
    etype = "person" if person else e.type
    return dataclasses.replace(e, name=name, type=etype, mentions=mentions)


def strip_glued_titles(facts: Sequence[ArticleFacts], bodies: Mapping[str, str]) -> list[ArticleFacts]:
    """The story's facts with each glued title taken off its person's name (module docstring). Input: the facts
    of one story's articles and their bodies by article id; output: a new list in the same order, an article's
    facts copied only where a name changed (the input is never changed). Raises nothing."""
    people: set[tuple[str, ...]] = set()
    for f in facts:
        for e in f.entities:
            words = e.name.split()
            if e.type == "person":
                words = words[title_words_before(e.name, f.language) :]
                if len(words) >= MIN_NAME_WORDS:
                    people.add(_stems(words, f.language))
    lower_by_language, keys = _story_words(facts, bodies)
    languages: dict[str, set[str | None]] = {}
    for f in facts:
        for e in f.entities:
            languages.setdefault(fold(e.name), set()).add(f.language)
    shared = {name for name, langs in languages.items() if len(langs) >= MIN_NAME_LANGUAGES}
    out = []
    for f in facts:
        lower = lower_by_language.get(f.language, set())
        changed: dict[str, Entity] = {}
        speakers = {q.speaker for q in f.quotes if q.speaker}
        for e in f.entities:
            if e.type == "place":
                continue
            speaks = e.id in speakers
            alone = fold(e.name) in shared  # a name several languages write whole: only a title comes off
            k = _glued(e, f.language, people, set() if alone else lower, set() if alone else keys, speaks)
            if k:
                rest = _stems(e.name.split()[k:], f.language)
                changed[e.id] = _bare(e, k, e.type == "person" or rest in people or speaks)
        if not changed:
            out.append(f)
            continue
        entities = [changed.get(e.id, e) for e in f.entities]
        quotes = [
            dataclasses.replace(q, speaker_name=changed[q.speaker].name)
            if q.speaker in changed and q.speaker_name
            else q
            for q in f.quotes
        ]
        out.append(dataclasses.replace(f, entities=entities, quotes=quotes))
    return out


def _glued(
    e: Entity, language: str | None, people: set[tuple[str, ...]], lower: set[str], keys: set[str], speaks: bool
) -> int:
    """How many leading words of ``e``'s name are no part of it (0 for none): a title (:func:`title_words_before`)
    of a person, of any name when what is left is a person of the story, or of a quote's speaker when what is left
    is name words only ("Governor Ilse Varnholt told reporters", typed MISC, in the one article that names her);
    else words before a person of the story that are each written in lower case in the story or a form of one of
    its names of places or bodies."""
    words = e.name.split()
    if any(organisation_word(w, language or "en") for w in words):
        return 0  # "Hills Movement Party", "Banco Central": a body's name, whatever opens it
    k = title_words_before(e.name, language)
    named = all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words[k:])
    if k and (e.type == "person" or _stems(words[k:], language) in people or (speaks and named)):
        return k
    for k in range(1, min(MAX_TITLE_WORDS, len(words) - MIN_NAME_WORDS) + 1):
        if _stems(words[k:], language) not in people:
            continue
        if all(w.lower() in lower or place_key(w) in keys for w in words[:k]):
            return k
    return 0
