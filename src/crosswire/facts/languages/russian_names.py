"""Russian names in the nominative, and an adjective before an organisation's noun, by pymorphy2.

A name's words are put in the nominative from the case they share (``Владимиром Путиным`` -> ``Владимир
Путин``). An adjective takes its gender and number from the name's head noun, since pymorphy2's first parse of
a masculine-or-neuter genitive is a guess (``Тарского сберегательного банка`` -> ``Тарский сберегательный банк``,
not ``Тарское сберегательное банк``); an organisation's or place's words after its head noun are its
complement in the genitive and stay as written (``Министерстве финансов`` -> ``Министерство финансов``); a name
of adjectives alone whose gender the case leaves open (``Тарского``: masculine or neuter) keeps its surface
form. Written by hand: pymorphy2 inflects one word, natasha's ``normalize`` needs its syntax parser (which this
front-end does not run, see :mod:`crosswire.facts.languages.russian`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _morph() -> Any:
    from crosswire.facts.languages.russian import _load

    return _load()["morph"]


@lru_cache(maxsize=1 << 15)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy2's parses of ``word`` (any case) as a noun or a full adjective in one of :data:`CASES`."""
    return tuple(p for p in _morph().parse(word) if p.tag.case in CASES and p.tag.POS in ("NOUN", "ADJF"))


def _in_case(word_parses: tuple[Any, ...], case: str, pos: str) -> list[Any]:
    return [p for p in word_parses if p.tag.case == case and p.tag.POS == pos]


def _head(forms: list[tuple[Any, ...]], case: str) -> int | None:
    """Index of the name's head noun in ``case``: the first word with a noun parse in that case and no
    adjective parse in it (an adjective that pymorphy2 also reads as a noun, "Дравнинскими", is not a head)."""
    for i, f in enumerate(forms):
        if _in_case(f, case, "NOUN") and not _in_case(f, case, "ADJF"):
            return i
    for i, f in enumerate(forms):
        if _in_case(f, case, "NOUN"):
            return i
    return None


def _shared_case(forms: list[tuple[Any, ...]], singular_head: bool = False) -> str | None:
    """The first case of :data:`CASES` every inflectable word can be in; with ``singular_head``, first one in
    which the last word is a singular noun ("Министерства иностранных дел": the ministry in the genitive,
    not ministries in the nominative)."""
    inflectable = [f for f in forms if f]
    shared = [c for c in CASES if inflectable and all(any(p.tag.case == c for p in f) for f in inflectable)]
    if singular_head:
        single = [c for c in shared if any(p.tag.number == "sing" for p in _in_case(forms[-1], c, "NOUN"))]
        shared = single or shared
    return shared[0] if shared else None


def _person_case(forms: list[tuple[Any, ...]]) -> str | None:
    """The case a person's name is in: of the cases every inflectable word can be in, the one pymorphy2's
    parses of the name's words score highest together (its scores are corpus frequencies), ties in
    :data:`CASES` order. "Стефана Димова" is then the genitive of Стефан Димов (the first name's masculine
    genitive, 0.67, outweighs the rare feminine nominative "Стефана", 0.17), while "Ирина Соколова" can only
    be a nominative."""
    inflectable = [f for f in forms if f]
    shared = [c for c in CASES if inflectable and all(any(p.tag.case == c for p in f) for f in inflectable)]
    if not shared:
        return None
    return max(shared, key=lambda c: (sum(p.score for f in inflectable for p in f if p.tag.case == c), -CASES.index(c)))


def _noun_parse(nouns: list[Any], person: bool, grams: set[str]) -> Any:
    """The noun parse to inflect: for a person never a neuter one and a singular one first ("Меллону" is
    Mellon, not "Меллоно"); one agreeing in gender with the head where the head tells."""
    if person:
        nouns = [p for p in nouns if p.tag.gender != "neut"] or nouns
        nouns = [p for p in nouns if p.tag.number != "plur"] or nouns
    return next((p for p in nouns if p.tag.gender and p.tag.gender in grams), nouns[0])


def _adjective(word_parses: tuple[Any, ...], case: str, grams: set[str]) -> str | None:
    """The nominative of an adjective in ``case`` agreeing with ``grams`` (number, and gender in the singular);
    None when no parse agrees."""
    for p in _in_case(word_parses, case, "ADJF"):
        if p.tag.number == "plur" or "plur" in grams or (p.tag.gender and p.tag.gender in grams):
            nom = p.inflect({"nomn", *grams})
            if nom is not None:
                return str(nom.word)
    return None


def normal_form(words: list[str], label: str = "PER") -> str:
    """A name in the nominative (see the module docstring). ``label``: "PER" inflects every word (first name,
    patronymic, surname agree); any other label inflects up to the head noun and keeps the complement after
    it. Words pymorphy2 cannot inflect stay as written; capitalisation follows the original. Cached per word
    sequence (a story names the same people and bodies again and again)."""
    return _normal_form(tuple(words), label == "PER")


PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def person_parses(word_parses: tuple[Any, ...]) -> tuple[Any, ...]:
    """The parses a word of a person's name can have: singular ones only (one person; "Димов" is not the
    genitive plural of "дим"), and of those the noun parses where pymorphy2 reads the word as a first name,
    surname or patronymic at all ("Димовым" is the surname Димов, not the adjective "димовый"). A word left
    with none (a surname in -ов/-ев/-ин that pymorphy2 reads only as a plural) is not inflected: a surname in
    the nominative keeps the form it is written in."""
    single = tuple(p for p in word_parses if p.tag.number != "plur")
    if any(PERSON_GRAMMEMES & set(p.tag.grammemes) for p in single):
        return tuple(p for p in single if p.tag.POS == "NOUN")
    return single


@lru_cache(maxsize=1 << 14)
def _normal_form(words: tuple[str, ...], person: bool) -> str:
    forms = [person_parses(parses(w)) if person else parses(w) for w in words]
    end = len(words)
    if not person:  # the head and the words before it; a genitive complement after it stays
        for cut in range(len(words), 0, -1):
            case = _shared_case(forms[:cut], singular_head=cut < len(words))
            head = _head(forms[:cut], case) if case else None
            if head is not None and head == cut - 1:
                end = cut
                break
    if person and _person_case(forms) is None and _indeclinable_surname(words, forms):
        forms[-1] = ()  # "Илоны Марек": a woman's surname ending in a consonant keeps its form in every case
    case = _person_case(forms) if person else _shared_case(forms[:end], singular_head=end < len(words))
    if case is None:
        return " ".join(words)
    head = _head(forms[:end], case)
    grams: set[str] = set()
    if head is not None:
        p = _noun_parse(_in_case(forms[head], case, "NOUN"), person, set())
        grams = {"plur"} if p.tag.number == "plur" else {"sing", *([p.tag.gender] if p.tag.gender else [])}
    out = []
    for i, (w, f) in enumerate(zip(words, forms, strict=True)):
        nom = _nominative(w, f, case, grams, i == head, person) if i < end and f else w
        if nom is None:
            return " ".join(words)  # an adjective whose gender nothing in the name tells
        if "ё" not in w.lower():
            nom = nom.replace("ё", "е")  # the writer's "е" for "ё" kept ("Косачев", not "Косачёв")
        out.append(nom.capitalize() if w[:1].isupper() and not w.isupper() else (w if w.isupper() else nom))
    return " ".join(out)


_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщ]$", re.IGNORECASE)


def _indeclinable_surname(words: tuple[str, ...], forms: list[tuple[Any, ...]]) -> bool:
    """Whether a person's name is a woman's first name and a surname ending in a consonant ("Илоны Марек",
    "Анны Ковач"): Russian leaves such a surname undeclined, so the name's case is the first name's alone.
    The woman is told by the first name (pymorphy2's grammemes ``Name`` and ``femn``)."""
    return (
        len(words) >= 2
        and _CONSONANT_END.search(words[-1]) is not None
        and any({"Name", "femn"} <= set(p.tag.grammemes) for p in forms[0])
    )


def _nominative(
    word: str, forms: tuple[Any, ...], case: str, grams: set[str], is_head: bool, person: bool
) -> str | None:
    """One word's nominative; None for an adjective whose gender nothing tells (a person is never neuter:
    "Достоевского" alone is "Достоевский")."""
    nouns, adjectives = _in_case(forms, case, "NOUN"), _in_case(forms, case, "ADJF")
    if adjectives and not is_head:
        if grams:
            return _adjective(forms, case, grams) or word
        agreement = {(p.tag.number, p.tag.gender) for p in adjectives if not (person and p.tag.gender == "neut")}
        if len(agreement) != 1:
            return None
        number, gender = agreement.pop()
        return _adjective(forms, case, {number, gender} if gender else {number})
    p = _noun_parse(nouns, person, grams) if nouns else adjectives[0]
    nom = p.inflect({"nomn"} | ({"plur"} if "plur" in p.tag else set()))
    return str(nom.word) if nom is not None else word


def organisation_adjective(word: str, noun: str) -> bool:
    """Whether ``word`` (a name tagged alone) is an adjective agreeing with the lower-case ``noun`` after it
    (same case, number and, in the singular, gender): "Тарского банка", a body's name, not a person."""
    if not noun[:1].islower():
        return False
    for a in parses(word):
        if a.tag.POS != "ADJF":
            continue
        for n in parses(noun):
            same = n.tag.POS == "NOUN" and n.tag.case == a.tag.case and n.tag.number == a.tag.number
            if same and (a.tag.number == "plur" or n.tag.gender == a.tag.gender):
                return True
    return False
