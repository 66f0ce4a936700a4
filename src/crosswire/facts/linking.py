"""Cross-article canonical entities: one id for "Tikhanovskaya" and "Tsikhanouskaya", two for two Bidens.

Names are compared on a transliteration skeleton (accents folded, the letters that Russian, Belarusian and
Ukrainian romanisations swap made equal) with Jaro-Winkler similarity (jellyfish) and a Metaphone check.
Guards keep different people apart: both surnames must match closely, and when both articles give a first
name those must be compatible too; a surname-only entity joins a full name only when exactly one full-name
group carries that surname. Organisations and places link on their folded name or acronym.

The parts: :mod:`crosswire.facts.name_skeleton` (the transliteration skeleton), :mod:`crosswire.facts.name_words`
(a name word and whether two are one name), :mod:`crosswire.facts.people` (person groups across articles),
:mod:`crosswire.facts.single_words` (where a surname or given name alone goes) and
:mod:`crosswire.facts.group_words` (Slavic words for a country's people or a party's members, which NER calls
persons); this module joins them into one canonical id per entity.
"""

from __future__ import annotations

from collections.abc import Sequence

from crosswire.facts.group_words import group_of
from crosswire.facts.lexicon import countries
from crosswire.facts.name_skeleton import SKELETON_RULES, skeleton, vowel_key
from crosswire.facts.people import People
from crosswire.facts.records import ArticleFacts
from crosswire.vocab.names import fold, initials

__all__ = ["SKELETON_RULES", "link_entities", "skeleton", "vowel_key"]


def _key(etype: str, name: str) -> str:
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    if etype == "place":
        key = fold(countries().get(key, key))
    return key


def link_entities(
    facts: Sequence[ArticleFacts], rules: dict[tuple[str, str], str] | None = None
) -> dict[tuple[str, str], str]:
    """Map (article id, entity id) to a global canonical id: ``"<type>:<canonical name>"``.

    Input: the facts of any number of articles. Output: one entry per entity of every article, in article
    order (non-person entities as met, then people by group); entities taken for the same real-world entity
    share the id ("person:Svetlana Tikhanovskaya", "organisation:European Union"). A person entity that is a
    word for a country's people or a party's members in a Slavic language ("Brytyjczycy", "toryové":
    :func:`crosswire.facts.group_words.group_of`) gets that country's or party's id ("place:United Kingdom",
    or the name the place was first met under). ``rules``, when given, gains for each person entity the rule
    that gave it its id (:attr:`crosswire.facts.people.People.rules`; "group word" for the words above), for
    diagnosis (``bench/bsnlp.py --rules``). Raises nothing."""
    out: dict[tuple[str, str], str] = {}
    people = People()
    others: dict[tuple[str, str], str] = {}
    declined: list[tuple[tuple[str, str], str, str]] = []  # (article, entity), type, name: a declining language's
    nominative: dict[str, tuple[str, str]] = {}  # name stem -> (type, name) as a language that declines none writes it
    persons = story_persons(facts)
    for f in facts:
        for e in f.entities:
            group = group_of(e.name, f.language) if e.type == "person" else None
            if e.type in RETYPED and person_key(e.name, f.language) in persons:
                people.add(f.article, e, f.language)  # "said Ilse Varnholt, commander of ..." typed ORG here only
                if rules is not None:
                    rules[(f.article, e.id)] = "typed by the story"
                continue
            if e.type == "person" and group is None:
                people.add(f.article, e, f.language)
                continue
            if group is not None and rules is not None:
                rules[(f.article, e.id)] = "group word"
            etype, name = group if group is not None else (e.type, e.name)
            if group is None and f.language in DECLINING and (etype, _key(etype, name)) not in others:
                declined.append(((f.article, e.id), etype, name))
            name = others.setdefault((etype, _key(etype, name)), name)
            if group is None and f.language not in DECLINING:
                nominative.setdefault(_stem_key(_key(etype, name)), (etype, name))
            out[(f.article, e.id)] = f"{etype}:{name}"
    _join_case_forms(out, declined, nominative)
    out.update(people.canonical())
    if rules is not None:
        rules.update(people.rules)
    _join_acronyms(out, others)
    return out


RETYPED = frozenset({"organisation", "other"})  # the types a name model gives a person's name by its context
MIN_PERSON_WORDS = 2  # words of a name typed by the story: a full name ("Ilse Varnholt"), never one word


def person_key(name: str, language: str | None) -> str:
    """A full name as the story's articles are compared on it whatever their script or romanisation: the first
    word's initial, then each other word's transliteration skeleton in ``language``
    (:func:`crosswire.facts.name_skeleton.skeleton`: "Олена Ковальчук" and "Olena Kovalchuk" -> "o kovalchuk";
    "Светлана Тихановская" and "Sviatlana Tsikhanouskaya" -> "s tihanovska": a first name's romanisations differ
    more than a surname's, "Sviatlana" / "Svetlana"). Only a name's type is read on it (:func:`story_persons`);
    who is one person is :class:`crosswire.facts.people.People`'s."""
    words = [w for w in (skeleton(part, language) for part in _key("person", name).split()) if w]
    return " ".join([words[0][:1], *words[1:]]) if words else ""


def story_persons(facts: Sequence[ArticleFacts]) -> frozenset[str]:
    """The keys (:func:`person_key`) of a story's full names (:data:`MIN_PERSON_WORDS` words or more) that its
    articles' entities type as a person in more mentions than as an organisation or other, in any script: such a
    name is a person's wherever an article's name model typed it otherwise (the small English model typed
    NordWire's "said Ilse Varnholt, commander of the Vessary coastguard station" as an organisation, while four
    other outlets typed her a person; a new user's rescue story; it typed "Olena Kovalchuk said" an organisation
    while the Ukrainian outlet's "Олена Ковальчук" was a person, so one speaker was two). On a tie the name is a
    person's when a name typed otherwise opens with a first name the dictionary is sure of
    (:func:`crosswire.facts.first_names.first_name_gender`: "Olena"). A name typed a place in any article is left
    as typed. Input: the facts of a story's articles; output: the keys."""
    from crosswire.facts.first_names import first_name_gender

    votes: dict[str, list[int]] = {}
    named: set[str] = set()  # keys of a name typed otherwise that opens with a sure first name
    for f in facts:
        for e in f.entities:
            if len(e.name.split()) < MIN_PERSON_WORDS:
                continue
            key = person_key(e.name, f.language)
            if len(key.split()) < MIN_PERSON_WORDS:
                continue
            tally = votes.setdefault(key, [0, 0, 0])
            n = max(1, len(e.mentions))
            if e.type == "person":
                tally[0] += n
            elif e.type in RETYPED:
                tally[1] += n
                if first_name_gender(e.name.split()[0]) is not None:
                    named.add(key)
            else:
                tally[2] += n
    return frozenset(
        k
        for k, (person, other, place) in votes.items()
        if other and not place and (person > other or (person == other and k in named))
    )


DECLINING = frozenset({"pl", "ru", "uk", "be", "cs", "sk", "sl", "hr", "sr", "bg", "lt", "lv"})  # case endings
LINKED_TYPES = frozenset({"place", "other", "organisation"})  # types a name model may give one name by its context
MIN_STEM_KEY = 4  # letters a stem keeps to be matched: shorter stems ("rp") join unrelated names


def _stem_key(key: str) -> str:
    """A folded entity key cut to the stem all its case forms share (:func:`crosswire.stories.text.name_stem`,
    built for story grouping across scripts and cases), in Latin letters."""
    from crosswire.stories.text import name_stem
    from crosswire.vocab.names import latin

    return name_stem(latin(key).lower())


def _join_case_forms(
    out: dict[tuple[str, str], str],
    declined: list[tuple[tuple[str, str], str, str]],
    nominative: dict[str, tuple[str, str]],
) -> None:
    """A place's or a body's name written in an oblique case in a declining language ("w Dorvanie", "Rząd
    Valdenii", "в Дорване") takes the id of the name a language that declines none writes in the same story
    ("Dorvan", "Valdenia") when their stems (:func:`_stem_key`) are one, in place; a name met in no other form
    keeps its own. A new user's Polish story named the town Dorvan only as "Dorvanie", never linked to the other
    outlets' "Dorvan". Only between the types a name model confuses (place, other, organisation), and never for a
    stem shorter than :data:`MIN_STEM_KEY` letters."""
    for at, etype, name in declined:
        stem = _stem_key(_key(etype, name))
        found = nominative.get(stem)
        if found is None or len(stem.replace(" ", "")) < MIN_STEM_KEY or stem == _key(etype, name):
            continue
        ftype, fname = found
        if etype == ftype or (etype in LINKED_TYPES and ftype in LINKED_TYPES):
            out[at] = f"{ftype}:{fname}"


def _join_acronyms(out: dict[tuple[str, str], str], others: dict[tuple[str, str], str]) -> None:
    """Acronyms join the spelled-out name: "EU" in one article, "European Union" in another (in place)."""
    by_initials: dict[str, str] = {}
    for (etype, _k), name in others.items():
        if etype in ("organisation", "place") and not name.replace(".", "").isupper():
            letters = initials(name)
            if len(letters) >= 2:
                by_initials.setdefault(letters, f"{etype}:{name}")
    for (article, eid), cid in list(out.items()):
        etype, _, name = cid.partition(":")
        bare = name.replace(".", "")
        if etype != "person" and bare.isupper() and 2 <= len(bare) <= 6 and bare in by_initials:
            out[(article, eid)] = by_initials[bare]
