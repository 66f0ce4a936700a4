"""The role titles a person's name is given in an article beyond English: "генеральный секретарь профсоюза
Йонас Альбрехт", "Jonas Albrecht, secretario general del EDU", "EDU-Generalsekretär Jonas Albrecht",
"przewodniczący związku Jonas Albrecht". English roles are read from the parse
(:mod:`crosswire.facts.premodifiers`); here the titles are those of ``data/roles.toml`` in the article's
language, matched as written (lower case), so that ``facts --json`` shows a role in every language.

A title is tied to the name as the comparison ties it (:mod:`crosswire.compare.claims.roles`): right before the
name, with nothing between but the name of the body it is held at (one word in the genitive in the languages of
``[ties] bare_genitive``, "профсоюза"), or joined to that body's name by a hyphen ("EDU-Generalsekretär"); or
opening an apposition right after the name ("Jonas Albrecht, secretario general del EDU"); or before the name
with its body's name and a comma between ("la consejera delegada de Kestrava, Ilse Marenko"), or its body's name
in quotation marks ("генеральный директор «Кестравы» Ильзе Маренко"). A former holder's
title ("бывший мэр") is no role. Written by hand: no library maps titles across languages.

Offsets are character offsets into the block's text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crosswire.vocab.data import data_toml

REACH = 60  # characters before a name read for its title (as the comparison's roles.REACH)
NOT_ROLES = ("modifiers", "generic", "ties", "compatible", "bodies")  # tables of data/roles.toml that are no role


@lru_cache(maxsize=32)
def _titles(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(role phrases of ``language`` longest first, former and deputy words) from ``data/roles.toml``: a
    deputy's title is another post than the one its phrase names, so neither is read as the role."""
    data = data_toml("roles.toml")
    phrases = {
        w.lower()
        for concept, langs in data.items()
        if concept not in NOT_ROLES
        for lang, words in langs.items()
        if lang == language
        for w in words
    }
    mods = data.get("modifiers", {})
    former = frozenset(w.lower() for w in (*mods.get("former", []), *mods.get("deputy", [])))
    return tuple(sorted(phrases, key=lambda p: -len(p))), former


@lru_cache(maxsize=1)
def _compounding() -> frozenset[str]:
    """The languages that write a title with its portfolio or body as one compound word ("Konzernchefin"):
    ``[ties] compounds`` of ``data/roles.toml``, as the comparison reads them."""
    return frozenset(data_toml("roles.toml").get("ties", {}).get("compounds", []))


def compound_languages() -> frozenset[str]:
    """The languages that write a title as a compound word (``[ties] compounds`` of ``data/roles.toml``)."""
    return _compounding()


@lru_cache(maxsize=1)
def _bare_genitive() -> frozenset[str]:
    return frozenset(data_toml("roles.toml").get("ties", {}).get("bare_genitive", []))


@lru_cache(maxsize=1)
def _of_words() -> tuple[str, ...]:
    """The words joining a title to its body's name before a comma and the person's name (``[ties] of`` of
    ``data/roles.toml``: "de", "of", "della"), longest first."""
    words = data_toml("roles.toml").get("ties", {}).get("of", [])
    return tuple(sorted({w.lower() for w in words}, key=lambda w: -len(w)))


BODY_WORDS = 4  # capitalised words a body's name takes between a title and a comma ("de Kestrava Motors,")
# A name in quotation marks right before a person's name: the body the title is held at, in the genitive
# where the language puts it there ("генеральный директор «Кестравы» Ильзе Маренко", "prezes „Orlenu” Jan").
_QUOTED_BODY = re.compile(r"[«„“\"]([^«»„“”\".!?;]{1,40})[»“”\"](\s*)$")


def unquote_body(text: str) -> str:
    """``text`` (the words right before a person's name) with the quotation marks of a body's name that ends it
    taken off, so that the title before the body is read as tied to the name ("генеральный директор «Кестравы» "
    -> "генеральный директор  Кестравы  "); the text as given when it ends with no quoted name. Same length."""
    return _QUOTED_BODY.sub(lambda m: f" {m.group(1)} {m.group(2)}", text)


def body_then_comma(between: str) -> bool:
    """Whether ``between`` (what stands between a title and a person's name, as written) is the name of the body
    the title is held at, joined by a word of ``[ties] of`` and followed by a comma: " de Kestrava, ",
    " of Kestrava Motors, ", " della Kestrava, " (at most :data:`BODY_WORDS` capitalised words, which words of
    ``[ties] of`` may join: a portfolio and its council, " do Ambiente da Câmara Municipal do Porto, ")."""
    m = re.fullmatch(r"\s+(.+?)\s*,\s*", between)
    if m is None:
        return False
    rest = m.group(1)
    for word in _of_words():
        if rest.lower().startswith(word):
            body = rest[len(word) :]
            if not word.endswith("'") and not body.startswith(" "):
                continue
            names = body.split()
            joins = set(_of_words())
            inner = [n for i, n in enumerate(names) if not (0 < i < len(names) - 1 and n.lower() in joins)]
            return 0 < len(inner) <= BODY_WORDS and all(n[:1].isupper() or n[:1].isdigit() for n in inner)
    return False


@lru_cache(maxsize=1)
def _chambers() -> re.Pattern[str]:
    """``[bodies] chambers`` of ``data/roles.toml`` (a parliament's chambers; an entry ending in "-" a stem) as
    one whole-word pattern, lower case."""
    words = sorted(data_toml("roles.toml").get("bodies", {}).get("chambers", []), key=len, reverse=True)
    alts = "|".join(re.escape(w[:-1]) + r"\w*" if w.endswith("-") else re.escape(w) for w in words)
    return re.compile(rf"(?:{alts})")


def chamber_word(word: str) -> bool:
    """Whether ``word`` names a parliament or one of its chambers, in any case form ("Сейму", "Seimas",
    "Sejmu", "Bundestages", "Ради"): ``[bodies] chambers`` of ``data/roles.toml``. Such a capitalised genitive
    before a person's name is the body the person's title is held at, no part of the name ("спікер Сейму
    Міндаугас Пранцкус")."""
    return _chambers().fullmatch(word.lower()) is not None


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.lower())


def _before(text: str, language: str) -> str | None:
    """The title ending ``text`` (the words right before a name), tied to the name; None for none."""
    phrases, former = _titles(language)
    low = text.lower()
    for phrase in phrases:
        if phrase not in low:
            continue
        # in a compounding language, a one-word title is also the head of a compound ("Konzernchefin",
        # "Wirtschaftsministerin" before the name: the title as written is the role)
        head = r"[^\W\d_]*" if language in _compounding() and " " not in phrase else ""
        found = list(re.finditer(rf"(?<![\w-])(?:[\w]+-)?({head}{re.escape(phrase)})(?![\w-])", low))
        if not found:
            continue
        m = found[-1]
        compound_head = m.group(1)[: -len(phrase)]
        if compound_head and any(compound_head.startswith(w.rstrip("-")) for w in former if len(w.rstrip("-")) > 1):
            return None  # "Vizeministerin", "Exbürgermeister": a deputy's or a former holder's title
        between = low[m.end() :]
        words = _words(between)
        if body_then_comma(text[m.end() :]):
            words = []  # "la consejera delegada de Kestrava, Ilse Marenko": the body, then the name
        elif re.search(r"[,;:.!?()«»\"“”]", between) and words:
            continue  # a break between the title and the name
        if len(words) > (1 if language in _bare_genitive() else 0) and not _body_between(text[m.end() :], language):
            continue
        prefix = low[m.start() : m.start(1)].rstrip("-")
        before = _words(low[: m.start()])[-2:]
        if prefix in former or f"{prefix}-" in former or any(w in former for w in before):
            return None
        return m.group(1)
    return None


def _body_between(between: str, language: str) -> bool:
    """Whether ``between`` (what stands between a title and a person's name, as written) is the name of the body
    the title is held at, in a language of ``[ties] bare_genitive`` that sets it there undeclined or in the
    genitive with no preposition: up to :data:`BODY_WORDS` capitalised words ("генеральный директор Polar
    Orbital Ингрид Сольхейм", "prezes Polar Orbital Ingrid Solheim")."""
    names = re.findall(r"[\w'’-]+", between)
    return (
        language in _bare_genitive()
        and 0 < len(names) <= BODY_WORDS
        and all(n[:1].isupper() or n[:1].isdigit() for n in names)
        and not re.search(r"[,;:.!?()]", between)
    )


def _after(text: str, language: str) -> str | None:
    """The title opening an apposition (``text``: what follows a name's comma, up to the next break)."""
    phrases, former = _titles(language)
    low = text.lower()
    for phrase in phrases:
        # the pattern matches the phrase as written, so a text without it as a substring has no match: one
        # substring test instead of a pattern built (and, past the re module's cache of 512, compiled) per phrase
        if phrase not in low:
            continue
        m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low)
        if m is None:
            continue
        lead = _words(low[: m.start()])
        if len(lead) > 2 or any(w in former for w in lead):
            continue
        return phrase
    return None


def roles_at(text: str, start: int, end: int, language: str) -> list[str]:
    """The titles ``text`` gives the name at ``start:end`` (offsets into ``text``): one before it and one in an
    apposition after it, as written in lower case ("генеральный секретарь профсоюза"); [] for none."""
    out = []
    head = re.split(r"[.!?;«»\"“”„]", unquote_body(text[max(0, start - REACH) : start]))[-1]
    before = _before(head, language)
    if before:
        out.append(before)
    tail = text[end : end + REACH]
    if re.match(r"\s*,", tail):
        after = _after(re.split(r"[,;.:()]", tail.lstrip()[1:])[0], language)
        if after and after not in out:
            out.append(after)
    return out


@lru_cache(maxsize=32)
def _concepts(language: str) -> dict[str, frozenset[str]]:
    """Role phrase of ``language`` (lower case, as ``data/roles.toml`` writes it) -> the roles it names."""
    data = data_toml("roles.toml")
    out: dict[str, set[str]] = {}
    for concept, langs in data.items():
        if concept in NOT_ROLES:
            continue
        for w in langs.get(language, []):
            out.setdefault(w.lower(), set()).add(concept)
    return {k: frozenset(v) for k, v in out.items()}


def concepts_of(phrase: str, language: str) -> frozenset[str]:
    """The roles of ``data/roles.toml`` a title phrase names in ``language`` ("der Pilot" -> {"pilot"}; a phrase
    :func:`roles_at` gave a person, or one word of text); empty for none."""
    return _concepts(language).get(phrase.lower().strip(), frozenset())
