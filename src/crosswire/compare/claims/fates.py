"""A named person's fate across languages: one source reports the person dead, another alive ("Der Pilot
Marek Dvoran starb am Abend im Krankenhaus" / "The pilot, Marek Dvoran, survived the crash" / "Pilot Marek
Dvořan przeżył katastrofę": a new user's balloon story showed both as agreed claims, each citing the other's
sentences).

A sentence states a fate for a person when it names exactly one person (canonical entity), or names no one and
speaks of the one person the sentence before it names by a subject pronoun, and its words give one fate of
``[fates]`` in ``data/facts_outcomes.toml`` ("in a stable condition" is alive). The English outcome reader works
on parses (:mod:`crosswire.facts.claims`); this reads words, so it serves every language, at the cost of needing the
named person in the same sentence. Written by hand: no library states that "starb" and "survived" cannot both
hold of one person.

Offsets are character offsets into the cleaned body (through :class:`~crosswire.model.Evidence`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import outcome_conflict, sources_apart
from crosswire.compare.claims.remainders import part_and_total
from crosswire.compare.claims.units import Unit, days_of, different_days
from crosswire.compare.records import ClaimConflict
from crosswire.facts.languages.numbers import word_number
from crosswire.vocab import phrases
from crosswire.vocab.data import data_toml

# The tables of data/facts_outcomes.toml whose fates exclude each other within the table: alive or dead;
# charged or released with no charge; dismissed or resigned. Fates of two tables are never compared (one may be
# charged and die).
FATE_TABLES = ("fates", "custody", "post", "verdict", "care", "detention", "whereabouts", "stay")
# A named person's stay in hospital ("Anna Berg remains in hospital" / "Anna Berg wurde aus dem Krankenhaus
# entlassen") is read with the words of ``[group_states.words]`` (a group's stay, :func:`state_conflicts`), as
# the table "stay" of :data:`FATE_TABLES` (outcomes15: one state pair, one list of words for a person and a group).
STAY_TABLE = "stay"
# The tables whose states change with time: two sides giving two days (still in hospital on Monday, discharged
# on Wednesday; held overnight, released the next day; missing on Sunday, found on Monday) tell of a change, not
# a conflict (:func:`_disputed`).
CHANGING_TABLES = frozenset({"detention", "whereabouts", STAY_TABLE})
# How many words before its fate words the noun of an unnamed person may stand ("The 47-year-old man was
# charged", "On Sunday the man was released without charge"): a subject and its auxiliaries, measured on the
# invented stories of tests/test_compare_conflict_classes10.py.
UNNAMED_REACH = 5
# The tables whose fates a counted group shares ("Two fishermen were still missing" / « les deux marins ... ont été
# retrouvés vivants »: a new user's rescue story agreed the two): whereabouts and custody. Never ``fates`` (a
# story's dead and survivors are often groups of one size) nor ``care``.
GROUP_TABLES = ("whereabouts", "detention")
# How many words before its fate words, in its clause, the count of a group may stand ("Two fishermen were still",
# "les deux marins portés disparus ont été", "dwóch wciąż jest", "Les deux randonneurs toujours portés disparus
# ont été"): a numeral, its noun, a description of up to four words and two auxiliaries, measured on the invented
# stories of tests/test_compare_fates35.py.
GROUP_REACH = 8
# What ends a clause before a fate's words: its count stands in the fate's own clause ("Z 14-osobowej załogi
# uratowano 12 rybaków, dwóch wciąż jest zaginionych": two are missing, not 12).
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]–—]")
_FINDS = frozenset({"found alive", "found dead"})


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """Fate -> a pattern of its words (word starts, lower case), over every table of :data:`FATE_TABLES`."""
    return {
        fate: re.compile(
            r"(?<![\w-])(?:" + "|".join(_stem(w) for w in sorted(words, key=len, reverse=True)) + r")(?![\w-])"
        )
        for name in FATE_TABLES
        for fate, words in _table(name).items()
    }


def _table(name: str) -> dict[str, list[str]]:
    """Fate -> its words, of one table of :data:`FATE_TABLES` (the stay's of ``[group_states.words]``)."""
    table = data_toml("facts_outcomes.toml")
    if name == STAY_TABLE:
        words: dict[str, list[str]] = table.get("group_states", {}).get("words", {})
        return words
    found: dict[str, list[str]] = table.get(name, {})
    return found


@lru_cache(maxsize=1)
def _any_fate() -> re.Pattern[str] | None:
    """One pattern matching wherever a pattern of :func:`_patterns` matches (the same look-behind, each fate's
    words and look-ahead as one alternative): at a position the alternation tries each fate's in turn, so it
    matches there when any of them does. Most sentences state no fate, and one search rules them out instead of
    one search per fate (speed12). None when the tables hold no words."""
    bodies = [p.pattern.removeprefix(phrases.WORD_START) for p in _patterns().values()]
    return re.compile(phrases.WORD_START + "(?:" + "|".join(f"(?:{b})" for b in bodies) + ")") if bodies else None


@lru_cache(maxsize=1)
def _table_of() -> dict[str, str]:
    """Fate -> the table of :data:`FATE_TABLES` it belongs to."""
    return {fate: name for name in FATE_TABLES for fate in _table(name)}


def fates(u: Unit) -> frozenset[str]:
    """The fates the sentence's words state (``"died"``, ``"survived"``), care aside (:func:`cared`); negated
    sentences state none. A missing state read before a find in one clause is the subject's description, the
    find its predicate (:func:`_predicate`)."""
    if u.claim.negated:
        return frozenset()
    return _predicate(frozenset(f for f in _fates_in(u.text) if _table_of()[f] != "care"), u.text, u.language)


def _predicate(found: frozenset[str], text: str, language: str) -> frozenset[str]:
    """``found`` less "missing" when the sentence's missing words stand before its one find (found alive or dead)
    in one clause, with no number between: "The two climbers who were still missing were found alive", « Les deux
    randonneurs toujours portés disparus ont été retrouvés vivants » state the find, of the people who were
    missing. "Two remain missing after three were found alive" (a number between) states both, of two groups.
    Input: a sentence's fates, its text and language; output: the fates its predicate states."""
    finds = found & _FINDS
    if "missing" not in found or len(finds) != 1:
        return found
    low = _SURVIVED_BY.sub(lambda m: " " * len(m.group()), text.lower())
    missing, find = _patterns()["missing"].search(low), _patterns()[next(iter(finds))].search(low)
    if missing is None or find is None or missing.end() > find.start():
        return found
    between = low[missing.end() : find.start()]
    if _CLAUSE_BREAK.search(between) or any(_count(w, language) is not None for w in re.findall(r"[^\W_]+", between)):
        return found
    return found - {"missing"}


def _count(word: str, language: str) -> float | None:
    """The number a word writes (a digit string or a number word of ``language``), None for none."""
    if word.isdigit():
        return float(word)
    return word_number(word, language) if word.isalpha() else None


def group_count(u: Unit, found: frozenset[str]) -> float | None:
    """How many people a sentence's one fate (``found``, of :data:`GROUP_TABLES`) is told of, by the count that
    stands among the :data:`GROUP_REACH` words before its fate words in its clause: "Two fishermen were still
    missing" -> 2, « les deux marins portés disparus ont été retrouvés vivants » -> 2, "dwóch wciąż jest
    zaginionych" -> 2, "zwei weitere gelten als vermisst" -> 2, the part of "six of the seven were freed" -> 6;
    None when there is none (a count of 2 to 999: a year or a clock's minutes are no group, and one person's fate
    is read by name, noun or age, "un pescador" being an article and a noun)."""
    if len(found) != 1 or _table_of()[fate := next(iter(found))] not in GROUP_TABLES:
        return None
    span = _fate_clause(u.text, fate)
    if span is None:
        return None
    start, at = span
    low = _AGE.sub(lambda m: " " * len(m.group()), u.text.lower())  # "The 47-year-old man": an age, no group
    words = re.findall(r"[^\W_]+", low[start:at])[-GROUP_REACH:]
    part = part_and_total(" ".join(words), u.language)  # "six of the seven were freed": six, not seven
    if part is not None:
        return part[0]
    for word in reversed(words):
        n = _count(word, u.language)
        if n is not None:
            return n if 2 <= n < 1000 and n == int(n) else None
    return None


def _fate_clause(text: str, fate: str) -> tuple[int, int] | None:
    """(where the clause of ``fate``'s words begins, where the words begin) in ``text``; None when they are not
    in it."""
    low = _SURVIVED_BY.sub(lambda m: " " * len(m.group()), text.lower())
    m = _patterns()[fate].search(low)
    if m is None:
        return None
    return max((c.end() for c in _CLAUSE_BREAK.finditer(low, 0, m.start())), default=0), m.start()


def _group_key(u: Unit, data: StoryData, found: frozenset[str]) -> str | None:
    """``"group:<count>"`` when the sentence's one fate ``found`` is told of a counted group (:func:`group_count`)
    and no person the sentence names stands in the fate's clause (a person named there is the one the fate
    befalls: "Jan Orlik, one of two hikers, was found alive"); else None."""
    count = group_count(u, found)
    if count is None:
        return None
    span = _fate_clause(u.text, next(iter(found)))
    facts = data.facts.get(u.article)
    if span is not None and facts is not None:
        lo, hi = u.claim.start + span[0], u.claim.start + span[1]
        if any(e.type == "person" and any(lo <= m.start < hi for m in e.mentions) for e in facts.entities):
            return None
    return f"group:{count:g}"


def group_fates_differ(a: Unit, b: Unit) -> bool:
    """Whether two sentences each give one fate of one table of :data:`GROUP_TABLES` to a group of one count, and
    the fates differ ("Two fishermen were still missing" / « les deux marins ... ont été retrouvés vivants »),
    read on their words alone (a timeline line's check)."""
    for fa in by_table(fates(a)):
        for fb in by_table(fates(b)):
            if len(fa) != 1 or len(fb) != 1 or fa == fb or _table_of()[next(iter(fa))] != _table_of()[next(iter(fb))]:
                continue
            count = group_count(a, fa)
            if count is not None and count == group_count(b, fb):
                return True
    return False


def cared(u: Unit) -> frozenset[str]:
    """How the sentence says an injured person was cared for (``"taken to hospital"``, ``"treated at the
    scene"``: the ``care`` table), read apart from the other fates: "survived and was taken to hospital" states
    one fate of each kind."""
    return frozenset() if u.claim.negated else frozenset(f for f in _fates_in(u.text) if _table_of()[f] == "care")


def _in_table(u: Unit, table: str) -> frozenset[str]:
    return cared(u) if table == "care" else frozenset(f for f in fates(u) if _table_of()[f] == table)


@lru_cache(maxsize=1 << 14)
def _fates_in(text: str) -> frozenset[str]:
    """The fates ``text``'s words state (cached: each pair of sentences asks for both sentences' fates)."""
    low = _SURVIVED_BY.sub(" ", text.lower())  # "He is survived by his wife": an obituary's words, not a fate
    anywhere = _any_fate()
    if anywhere is None or anywhere.search(low) is None:
        return frozenset()
    return frozenset(f for f, pat in _patterns().items() if pat.search(low))


_SURVIVED_BY = re.compile(r"\b(?:is|was|are|were)?\s*survived\s+by\b")


def _fate_at(text: str) -> int:
    """Where the first fate word of ``text`` (lower case) begins; the text's length when none does."""
    low = _SURVIVED_BY.sub(lambda m: " " * len(m.group()), text.lower())
    found = [m.start() for pat in _patterns().values() if (m := pat.search(low))]
    return min(found, default=len(text))


def _person(u: Unit, data: StoryData) -> str | None:
    """The canonical id of the one person the sentence names, its teller aside (the speaker of "..., Castell
    said" tells the fate, it is not theirs: a new user's train-derailment story left "The driver, Tomas Egger,
    was still being held by police, Castell said" without a fate); None when it names none or several."""
    facts = data.facts.get(u.article)
    if facts is None:
        return None
    found = {
        data.canonical.get((u.article, e.id))
        for e in facts.entities
        if e.type == "person"
        for m in e.mentions
        if u.claim.start <= m.start and m.end <= u.claim.end
    } - {None}
    if found:
        found -= _mistyped(data)  # a place one language's model read as a person ("cerca del faro de Harlow Quay")
    if len(found) > 1 and u.speaker in found:
        found.discard(u.speaker)
    if len(found) > 1:
        found = _in_fate_clause(u, data, found) or found
    return next(iter(found)) if len(found) == 1 else None


def _in_fate_clause(u: Unit, data: StoryData, found: set[str | None]) -> set[str | None]:
    """Of the people ``found`` a sentence names, the one named last before its first fate words ("Judge Amara
    Lind read the verdict, and Tomas Corwin, 52, was taken into custody": Corwin's state, not the judge's;
    states36: the subject of a fate stands before it). Empty when the sentence states no fate or names none
    of them before it."""
    at = _fate_at(u.text)
    facts = data.facts.get(u.article)
    if at >= len(u.text) or facts is None:
        return set()
    hi = u.claim.start + at
    named = [
        (m.start, data.canonical.get((u.article, e.id)))
        for e in facts.entities
        if e.type == "person"
        for m in e.mentions
        if u.claim.start <= m.start and m.end <= hi
    ]
    named = [(at_, who) for at_, who in named if who in found]
    return {max(named, key=lambda x: x[0])[1]} if named else set()


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    return frozenset(data_toml("facts_outcomes.toml").get("fate_pronouns", {}).get("words", []))


def _fated(u: Unit, units: list[Unit], data: StoryData, found: frozenset[str] | None = None) -> str | None:
    """The person a sentence states a fate of: the one it names, or, when it names no one and speaks of someone
    by a subject pronoun ("он скончался в больнице"), the one person the sentence before it in its article
    names. ``found``: the one fate of the sentence being placed (by default its :func:`fates`). A counted group in
    the fate's own clause, naming no one there, is the group's (:func:`_group_key`: "El pesquero Marisol Grey se
    hundió ..., de los que dos siguen desaparecidos" is the fate of two of the crew, not of the ship the model
    read as a person)."""
    group = _group_key(u, data, fates(u) if found is None else found)
    if group is not None:
        return group
    person = _person(u, data)
    if person is not None or _people_named(u, data):
        return person
    unnamed = _unnamed(u, fates(u) if found is None else found)
    if unnamed is not None:
        return unnamed
    # the pronoun stands before the fate word: "он скончался", "He was ... in a stable condition"; not "a mother
    # of 12 was killed ... as she picked her daughter up" (ECB+), where "she" is the one the fate befell
    at = _fate_at(u.text)
    if not any(m.group() in _pronouns() for m in re.finditer(r"[^\W\d_]+", u.text.lower()) if m.start() < at):
        return None
    before = [v for v in units if v.article == u.article and v.claim.end <= u.claim.start]
    return _person(max(before, key=lambda v: v.claim.start), data) if before else None


@lru_cache(maxsize=1)
def _unnamed_classes() -> dict[str, str]:
    """Noun -> its class of ``[unnamed_people]`` in ``data/facts_outcomes.toml`` ("mann" -> "man")."""
    table = data_toml("facts_outcomes.toml").get("unnamed_people", {})
    return {w: cls for cls, words in table.items() for w in words}


_AGE = re.compile(
    r"(?<!\d)(\d{1,3})(?:-year-old|\s*years?\s+old|-jährige\w*|-летн\w*|-letni\w*|\s+años|\s+ans)", re.IGNORECASE
)


def stated_age(u: Unit) -> int | None:
    """The age a sentence states, in years ("The 47-year-old man", "47-letni rolnik", "de 47 años"); None for
    none or several."""
    ages = {int(m.group(1)) for m in _AGE.finditer(u.text)}
    return next(iter(ages)) if len(ages) == 1 else None


def _unnamed(u: Unit, found: frozenset[str]) -> str | None:
    """``"unnamed:<class>"`` for a sentence that gives a fate other than death or survival (custody, post,
    verdict, care, whereabouts) to one person it does not name, by a noun of ``[unnamed_people]`` up to
    :data:`UNNAMED_REACH` words before the fate words ("The 47-year-old man was charged ..."); else None.
    A missing person's fate (``whereabouts``) is also that of one person the sentence gives one age for, whatever
    noun names them ("A 67-year-old hiker ... was found alive" / "Un excursionista de 67 años sigue
    desaparecido": ``"unnamed:67-year-old"``; a story's missing are few, and an age in two languages is one
    person's where an occupation's noun seldom is in the table). ``found``: the sentence's fates of one kind
    (:func:`fates` or :func:`cared`)."""
    if len(found) != 1 or _table_of()[next(iter(found))] == "fates":
        return None
    if _table_of()[next(iter(found))] == "whereabouts" and (age := stated_age(u)) is not None:
        return f"unnamed:{age}-year-old"
    low = u.text.lower()
    words = re.findall(r"[^\W\d_]+", low[: _fate_at(low)])[-UNNAMED_REACH:]
    classes = [_unnamed_classes()[w] for w in words if w in _unnamed_classes()]
    return f"unnamed:{classes[-1]}" if classes else None


def _class_of(u: Unit) -> str | None:
    """The class of ``[unnamed_people]`` of the last such noun the sentence writes ("man", "woman"), None for
    none: two ages alike with two classes are two people."""
    classes = [_unnamed_classes()[w] for w in re.findall(r"[^\W\d_]+", u.text.lower()) if w in _unnamed_classes()]
    return classes[-1] if classes else None


def _people_named(u: Unit, data: StoryData) -> bool:
    facts = data.facts.get(u.article)
    return facts is not None and any(
        e.type == "person"
        and any(u.claim.start <= m.start and m.end <= u.claim.end for m in e.mentions)
        and data.canonical.get((u.article, e.id)) not in _mistyped(data)
        for e in facts.entities
    )


def _mistyped(data: StoryData) -> frozenset[str]:
    """The person ids of names the story's articles also type as a place or an organisation
    (:func:`.align.typed_apart`): no person a fate befalls."""
    from crosswire.compare.claims.align import typed_apart  # align reads this module's fates

    return typed_apart(data)


def by_table(found: frozenset[str]) -> list[frozenset[str]]:
    """``found`` (fates of a sentence) split by the table of :data:`FATE_TABLES` each is of, in table order:
    "Po przesłuchaniu został zwolniony" reads as released (``detention``) and as dismissed (``post``), one fate
    of each kind, each compared with its own kind only."""
    tables = _table_of()
    return [f for name in FATE_TABLES if (f := frozenset(x for x in found if tables[x] == name))]


def fates_differ(a: Unit, b: Unit, data: StoryData) -> bool:
    """Whether two sentences give one named person two fates of one kind (each sentence one of that kind): never
    one claim."""
    return any(_differ(a, b, data, fa, fb) for fa in by_table(fates(a)) for fb in by_table(fates(b))) or _differ(
        a, b, data, cared(a), cared(b)
    )


def _differ(a: Unit, b: Unit, data: StoryData, fa: frozenset[str], fb: frozenset[str]) -> bool:
    if len(fa) != 1 or len(fb) != 1 or fa == fb or _table_of()[next(iter(fa))] != _table_of()[next(iter(fb))]:
        return False
    ga, gb = _group_key(a, data, fa), _group_key(b, data, fb)
    if ga is not None and gb is not None:
        return ga == gb  # "Two fishermen were still missing" / « les deux marins ... ont été retrouvés vivants »
    person = _person(a, data)
    if person is None and not _people_named(a, data) and not _people_named(b, data):
        person = _unnamed(a, fa)  # "The 47-year-old man was charged" / "the man was released without charge"
        if person is None:
            return False
        ages = {stated_age(a), stated_age(b)} - {None}
        classes = {_class_of(a), _class_of(b)} - {None}
        return person == _unnamed(b, fb) and len(ages) < 2 and len(classes) < 2
    return person is not None and person == _person(b, data)


def _disputed(units: list[Unit], data: StoryData) -> dict[str, dict[str, list[Unit]]]:
    """Person -> fate -> the sentences giving it, for each person two sources give two fates, no source
    giving both (it tells of a change: "survived the crash but died in hospital")."""
    by_person: dict[str, dict[str, list[Unit]]] = {}
    for u in units:
        for found in (*by_table(fates(u)), cared(u)):
            person = _fated(u, units, data, found) if len(found) == 1 else None
            if person is not None:
                fate = next(iter(found))
                # one person's fates per table: alive or dead, charged or not (:data:`FATE_TABLES`)
                by_person.setdefault(f"{person}\0{_table_of()[fate]}", {}).setdefault(fate, []).append(u)
    return {
        p: told
        for p, told in by_person.items()
        if len(told) > 1
        and sources_apart(list(told.values()))
        and not (p.partition("\0")[2] in CHANGING_TABLES and _two_days(told))
        and not _two_charges(told)
        and not _two_ages(told)
        and not (p.startswith("unnamed:") and _two_classes(told))
    }


def _two_days(told: dict[str, list[Unit]]) -> bool:
    """Whether every side of a dispute gives days and no day is common to all ("was still in hospital on Monday"
    / "was discharged on Wednesday"): a change of state over time, not a conflict. Read per side, as
    :mod:`.polar` reads its poles: one side's sentence dated by another act ("se hundió en la noche del martes
    ..., de los que dos siguen desaparecidos") beside one of the day both sides give keeps the dispute."""
    days = [frozenset().union(*(days_of(u) for u in us)) for us in told.values()]
    return all(days) and not frozenset.intersection(*days)


def _two_classes(told: dict[str, list[Unit]]) -> bool:
    """Whether the sentences stating fates of one unnamed person give two classes of ``[unnamed_people]``: two
    people of one age ("a 34-year-old woman is still missing", "a 34-year-old man was found alive")."""
    return len({_class_of(u) for units in told.values() for u in units} - {None}) > 1


def _two_ages(told: dict[str, list[Unit]]) -> bool:
    """Whether the sentences stating fates of one class of unnamed person give two ages: two people ("a
    23-year-old man was released", "a 41-year-old man was charged")."""
    return len({stated_age(u) for units in told.values() for u in units} - {None}) > 1


_CHARGE = re.compile(r"\b(?:of|for|on)\s+((?:[a-z-]+\s*){1,3})")
_CHARGE_STOP = frozenset("a an the his her their all any charges charge counts count one two three".split())


def _charge_words(u: Unit) -> frozenset[str]:
    """The words of the charge an English verdict names right after its verb ("acquitted Mark Hollis of fraud",
    "convicted of tax evasion"); empty for other languages or none named."""
    if u.language != "en":
        return frozenset()
    low = u.text.lower()
    at = _fate_at(low)
    m = _CHARGE.search(low, at, at + 60)
    return frozenset(m.group(1).split()) - _CHARGE_STOP if m else frozenset()


def _two_charges(told: dict[str, list[Unit]]) -> bool:
    """Whether two verdicts are of two charges (each side names its charge, the sides none in common: "acquitted
    of fraud" / "convicted of tax evasion", one trial's two verdicts); only verdicts are read so."""
    if not told.keys() <= {"convicted", "acquitted"}:
        return False
    charges = [frozenset().union(*(_charge_words(u) for u in units)) for units in told.values()]
    return all(charges) and not frozenset.intersection(*charges)


def disputed_people(units: list[Unit], data: StoryData) -> frozenset[str]:
    """The people whose fate the sources dispute (:func:`fate_conflicts`), each as ``"<canonical id>\0<table>"``
    (the table of :data:`FATE_TABLES` the dispute is in: alive or dead, charged or not, ...)."""
    return frozenset(_disputed(units, data))


def fate_left_out(a: Unit, b: Unit, data: StoryData, disputed: frozenset[str]) -> bool:
    """Whether two sentences name one person whose fate the sources dispute (``disputed``,
    :func:`disputed_people`) and only one of them states a fate of the disputed kind: "The driver, Georgi
    Petkov, 52, survived with minor injuries and was detained" and "Водитель автобуса Георгий Петков, 52 лет,
    доставлен в больницу" share the driver's name and age, yet an item agreeing them claims for the Russian
    source what it never says, beside the conflict over his fate (a new user's coach crash); being taken to
    hospital is a fate of another kind (care), and says nothing of survival."""
    if not disputed:
        return False
    person = _person(a, data)
    if person is None or person != _person(b, data):
        return False
    for key in disputed:
        who, _, table = key.partition("\0")
        if who == person:
            if bool(_in_table(a, table)) != bool(_in_table(b, table)):
                return True
    return False


def fate_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per person two sources give two fates ("different outcome"), each side citing the
    sentences of its fate; not when one source gives both (it tells of a change: "survived the crash but
    died in hospital")."""
    out = []
    disputed = _disputed(units, data)
    for key, told in disputed.items():
        person, _, table = key.partition("\0")
        if table == "detention" and f"{person}\0custody" in disputed:
            continue  # "released without charge" / "charged and remanded in custody": one dispute, read as custody
        name = person.partition(":")[2] or person
        if person.startswith("unnamed:"):
            name = f"the {name}"  # "outcome for the man"
        elif person.startswith("group:"):
            name = f"the group of {name}"  # "outcome for the group of 2"
        sides = sorted(told.items(), key=lambda kv: min(u.source for u in kv[1]))
        out.append(
            outcome_conflict(data, person, sides, measure=f"{'fate of' if table == 'fates' else 'outcome for'} {name}")
        )
    return out


# -- the state of a group ("still in hospital" / "had left hospital") --------------------------------------------


def _stem(word: str) -> str:
    return re.escape(word[:-1]) + r"\w*" if word.endswith("-") else re.escape(word)


@lru_cache(maxsize=1)
def _state_patterns() -> dict[str, re.Pattern[str]]:
    """State -> a pattern of its words (``[group_states.words]`` of ``data/facts_outcomes.toml``)."""
    words: dict[str, list[str]] = data_toml("facts_outcomes.toml").get("group_states", {}).get("words", {})
    return {
        state: re.compile(
            r"(?<![\w-])(?:" + "|".join(_stem(w) for w in sorted(ws, key=len, reverse=True)) + r")(?![\w-])"
        )
        for state, ws in words.items()
    }


@lru_cache(maxsize=1)
def _exclusive_states() -> list[tuple[str, frozenset[str]]]:
    """(label, states) of each exclusive group of ``[group_states]``."""
    groups: list[dict[str, Any]] = data_toml("facts_outcomes.toml").get("group_states", {}).get("exclusive", [])
    return [(g["label"], frozenset(g["states"])) for g in groups]


@lru_cache(maxsize=1 << 14)
def _states_in(text: str) -> frozenset[str]:
    low = text.lower()
    return frozenset(s for s, pat in _state_patterns().items() if pat.search(low))


def group_states(u: Unit) -> frozenset[str]:
    """The states of a group the sentence's words give ("in hospital", "left hospital"); negated sentences give
    none."""
    return frozenset() if u.claim.negated else _states_in(u.text)


def states_differ(a: Unit, b: Unit) -> bool:
    """Whether each sentence gives one state of an exclusive group of ``[group_states]`` and the two differ
    ("Two of the injured were still in hospital" / "Tous les blessés ont quitté l'hôpital"): never one claim. A
    sentence giving both ("one was discharged, two remain in hospital") is left out."""
    sa, sb = group_states(a), group_states(b)
    if len(sa) != 1 or len(sb) != 1 or sa == sb:
        return False
    return any(sa | sb <= g for _label, g in _exclusive_states())


def _whole(u: Unit, table: str = "all") -> bool:
    """Whether the sentence has a word of ``[group_states.<table>]`` for its language ("All of the injured";
    ``table="both"``: "Beide", « les deux »)."""
    words = data_toml("facts_outcomes.toml").get("group_states", {}).get(table, {}).get(u.language, [])
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", u.text.lower()) for w in words)


@lru_cache(maxsize=1)
def _part_words() -> frozenset[str]:
    """Words after a count that make it a part of a group (``[group_states.part]``: "Two of the injured")."""
    return frozenset(data_toml("facts_outcomes.toml").get("group_states", {}).get("part", {}).get("words", []))


def state_count(u: Unit, state: str) -> float | None:
    """How many people the sentence gives ``state`` (of ``[group_states]``) of, by the count among the
    :data:`GROUP_REACH` words before the state's words in their clause ("Two passengers were still in
    hospital" -> 2, "Les deux blessés ont quitté l'hôpital" -> 2); None when there is none, or the count is a part
    of the group (a word of ``[group_states.part]`` after it: "Two of the injured", "zwei weitere")."""
    pattern = _state_patterns().get(state)
    low = _AGE.sub(lambda m: " " * len(m.group()), u.text.lower())
    m = pattern.search(low) if pattern is not None else None
    if m is None:
        return None
    start = max((c.end() for c in _CLAUSE_BREAK.finditer(low, 0, m.start())), default=0)
    words = re.findall(r"[^\W_]+", low[start : m.start()])[-GROUP_REACH:]
    for i in range(len(words) - 1, -1, -1):
        n = _count(words[i], u.language)
        if n is None:
            continue
        if i + 1 < len(words) and words[i + 1] in _part_words():
            return None
        return n if 2 <= n < 1000 and n == int(n) else None
    return None


def _one_group(told: dict[str, list[Unit]]) -> bool:
    """Whether the sides of a state dispute are told of one group: a sentence of one side says its state of the
    whole group (:func:`_whole`: "All of the injured"), or two sentences of two sides give the group one count
    (:func:`state_count`: "Two passengers were released from hospital" / "Die zwei Passagiere liegen weiterhin im
    Krankenhaus"), or one side says "both" ("Beide liegen weiterhin im Krankenhaus") and the other gives no count
    but two."""
    if any(_whole(u) for us in told.values() for u in us):
        return True
    counts = [{c for u in us if (c := state_count(u, state)) is not None} for state, us in told.items()]
    if any(ca & cb for i, ca in enumerate(counts) for cb in counts[i + 1 :]):
        return True
    sides = list(told.values())
    for i, us in enumerate(sides):  # "both" of one side, and no other count of the other ("Three passengers")
        if any(_whole(u, "both") for u in us) and all(c == 2 for j, cs in enumerate(counts) if j != i for c in cs):
            return True
    return False


def state_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """One conflict per exclusive group of states two sources give differently, when a sentence of one side
    says its state of the whole group ("All of the injured had left hospital by Sunday morning" / "Two of them
    remained in hospital on Sunday"; "both" is the whole of two) or the two sides give the group one count
    (:func:`_one_group`): "different outcome", each side citing its sentences. Not when one source gives both
    states, nor when the sides give two different days (the injured left on Monday after being in hospital on
    Sunday). Input: the story's units; output: claim conflicts."""
    out = []
    for label, group in _exclusive_states():
        told: dict[str, list[Unit]] = {}
        for u in units:
            found = group_states(u) & group
            if len(found) == 1:
                told.setdefault(next(iter(found)), []).append(u)
        if len(told) < 2 or not sources_apart(list(told.values())):
            continue
        if not _one_group(told):
            continue
        members = [u for us in told.values() for u in us]
        if any(different_days(x, y) for x in members for y in members):
            continue
        sides = sorted(told.items(), key=lambda kv: min(u.source for u in kv[1]))
        out.append(outcome_conflict(data, "group", sides, measure=label))
    return out
