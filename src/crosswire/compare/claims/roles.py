"""Conflicts over the role a named person holds: one source calls Jovan Kerenčić "the managing director of
Kaldor Lifts", another "chief engineer at Kaldor Lifts" (a new user's five-language story showed both
sentences as one agreed claim).

A role is read only where the sentence ties it to the name: right before it, with nothing between but the
organisation it is a role at ("El ingeniero jefe de Kaldor Lifts, Jovan Kerencic"; "Prezes Kaldor Lifts Jovan
Kerenčić"), or in an apposition right after it ("Jovan Kerencic, chief engineer at Kaldor Lifts"). Roles are
concepts across languages (``data/roles.toml``); a deputy's role is another role ("then deputy harbour master"
/ "then harbour master"); a former one is none. Written by hand: no library maps titles across languages, and
the ties are crosswire's own reading of the cleaned text.

Offsets are character offsets into the cleaned body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from crosswire.compare.align import StoryData
from crosswire.compare.claims.items import sources_apart, worded_conflict
from crosswire.compare.claims.units import Unit
from crosswire.compare.records import ClaimConflict
from crosswire.facts.languages.lexicon import NOUN_CAPITALS
from crosswire.facts.languages.roles import body_then_comma, unquote_body
from crosswire.vocab.data import data_toml

REACH = 60  # characters around a name read for its role
# characters before a name read for a title with the body it is held at written out in common nouns ("La
# comandante de la estación de la guardia costera de Vessary, Ilse Varnholt": 63 characters)
REACH_BEFORE = 90
# words of a body written in common nouns between a title and the comma before the name: "the commander of the
# coastguard station, Ilse Varnholt", "la comandante de la estación de la guardia costera de Vessary, ..."
COMMON_BODY_WORDS = 8
# Words that may stand between a role and the name it is given to, besides the organisation's name ("the
# chief engineer of Kaldor Lifts, Jovan ..."): prepositions and articles of the languages of data/roles.toml.
LINKERS = frozenset(
    "of at for the a an de del la le les du des d l el los las der die das den dem von bei im am beim "
    "компании компания группы в на w z ze przy spółki firmy "
    # Ukrainian's own forms ("Генеральний директор компанії «Борава Газ Транзит» Мирослав Геденко": a new user's
    # pipeline story read no more than a generic "директор" there, so his role agreed with no other language)
    "компанії компанія групи у".split()
)
# Linkers that make the name after them the organisation the role is at ("chief engineer of Kaldor Lifts"):
# a person's name then follows only after a comma ("El ingeniero jefe de Kaldor Lifts, Jovan Kerencic").
# Roles whose portfolio may stand between the title and the name ("Министр транспорта Антон Келлер"), or, for a
# minister of a named portfolio (data/roles.toml), the country's adjective ("la ministra della Difesa taraviana").
# conf14 added the economy, transport, labour, health and energy (two new users' trials)
PORTFOLIOS = (
    *("foreign", "defence", "interior", "finance", "justice"),
    *("economy", "transport", "labour", "health", "energy"),
)
PORTFOLIO_ROLES = frozenset(
    {*(f"{deputy}{r}" for deputy in ("", "deputy ") for r in ("minister", *(f"{p}_minister" for p in PORTFOLIOS)))}
)
# Words a portfolio may take between the title and the name: Slavic ministries are two ("spraw wewnętrznych",
# "внутренних дел", "закордонних справ").
PORTFOLIO_WORDS = 2
PREPOSITIONS = frozenset("of at for de del du des d von bei beim w z ze przy в на".split())


@dataclass(slots=True)
class _Held:
    role: str  # concept id, "deputy " prefixed for a deputy's
    written: list[str] = field(default_factory=list)  # the words as the sentences write them, first seen first
    units: list[Unit] = field(default_factory=list)
    languages: list[str | None] = field(default_factory=list)  # the language of each of ``written``


@lru_cache(maxsize=1)
def _ranked() -> frozenset[str]:
    """The roles whose deputy holds another post (``ranked`` in ``data/roles.toml``)."""
    return frozenset(data_toml("roles.toml").get("modifiers", {}).get("ranked", []))


NOT_ROLES = ("modifiers", "generic", "ties", "compatible", "bodies")  # tables of data/roles.toml that are no role


@lru_cache(maxsize=1)
def _compatible() -> frozenset[frozenset[str]]:
    """Pairs of roles one person often holds together (``[compatible] pairs`` of ``data/roles.toml``)."""
    pairs = data_toml("roles.toml").get("compatible", {}).get("pairs", [])
    return frozenset(frozenset(p) for p in pairs)


@lru_cache(maxsize=32)
def _lexicon(language: str) -> tuple[list[tuple[str, str]], frozenset[str], frozenset[str]]:
    """([(phrase, concept)] longest phrase first, deputy words, former words) for ``language``: the role
    phrases of that language only (Spanish "fiscal" is no prosecutor in "the fiscal year", French "patron" no
    owner in an English text); every language's when ``data/roles.toml`` has no phrase in ``language``."""
    data = data_toml("roles.toml")
    mods = data.get("modifiers", {})
    roles = {concept: langs for concept, langs in data.items() if concept not in NOT_ROLES}
    known = any(language in langs for langs in roles.values())
    phrases = [
        (w.lower(), concept)
        for concept, langs in roles.items()
        for lang, words in langs.items()
        if lang == language or not known
        for w in words
    ]
    phrases.sort(key=lambda p: -len(p[0]))
    return phrases, frozenset(mods.get("deputy", [])), frozenset(mods.get("former", []))


@lru_cache(maxsize=1)
def _bare_genitive() -> frozenset[str]:
    """The languages whose role names the place or body it is held at by one word in the genitive, with no
    preposition, between the title and the name ("Мэр Мировца Стефан Димов", "Burmistrz Mirowca Stefan
    Dimow"): ``[ties] bare_genitive`` of ``data/roles.toml``."""
    return frozenset(data_toml("roles.toml").get("ties", {}).get("bare_genitive", []))


GENERIC = "generic:"  # prefix of a generic title's reading ("generic:director"), see :func:`_generic_in`
GENERIC_FORMER = 3  # words before a generic title read for a former holder's word ("ehemalige Technische Direktorin")


@lru_cache(maxsize=32)
def _generic(language: str) -> list[str]:
    """The generic titles of ``data/roles.toml`` in ``language``, longest first (French "chef" or "patron" is
    no title in an English sentence)."""
    words = {w.lower() for w in data_toml("roles.toml").get("generic", {}).get(language, [])}
    return sorted(words, key=lambda w: -len(w))


@cache
def _generic_fits(word: str, concept: str) -> bool:
    """Whether the generic title ``word`` may name role ``concept``: a word of one of the concept's phrases, in
    any language, is it or starts with it ("director" in "managing director", "dyrektor" in "dyrektora
    kopalni"), or a compound word ends with it, its head ("Direktorin" in "Generaldirektorin": German writes the
    title's kind last, so a director is what a general director is); a deputy's role ("deputy mayor") is looked
    up under its own phrases. A new user's hostage story set "Direktorin" against "directora ejecutiva" as two
    roles of one person."""
    data = data_toml("roles.toml")
    heads = data_toml("role_heads.toml")
    if word in heads.get("words", []) and concept in heads.get("concepts", []):
        return True  # "глава компании" / "chief executive": the head of a body is its top post (data/role_heads.toml)
    langs = data.get(concept) or data.get(concept.removeprefix("deputy "), {})
    return any(t.startswith(word) or t.endswith(word) for ws in langs.values() for w in ws for t in _words(w))


def _generic_in(text: str, language: str) -> tuple[str, str] | None:
    """(``generic:<word>``, as written) for a generic title at the end of ``text``, tied to the name after it
    as a role of the lexicon would be (:func:`_tied`); None for none, or one after a deputy's or former word."""
    low = text.lower()
    _phrases, deputy, former = _lexicon(language)
    for word in _generic(language):
        if word not in low:  # a substring test before the word-bounded search
            continue
        found = list(_phrase_re(word).finditer(low))
        if not found:
            continue
        m = found[-1]
        if not _tied(low[m.end() :], portfolio=True):  # one word of what it heads: "Dyrektor festiwalu Lena"
            continue
        before = _words(low[: m.start()])[-1:]
        if any(w in deputy or w in former or w.rstrip("-") in deputy for w in before):
            return None
        if any(w in former for w in _words(low[: m.start()])[-GENERIC_FORMER:]):
            return None  # "die ehemalige Technische Direktorin": a former holder's title ending in a generic word
        # the title as written is the whole phrase ("économiste en chef"), its reading the chief-word's: which
        # roles it is compatible with is unchanged (a "chief constable" may be the "police chief" of another
        # source; no lexicon here tells a chief economist from a chief of the bank)
        return GENERIC + word, _chief_phrase(text, m.start(), m.end(), language) or text[m.start() : m.end()]
    return None


# a word before a generic title that is no noun it qualifies ("le nouveau chef", "el máximo jefe"): articles and
# linkers are :data:`LINKERS`; these are the adjectives news copy writes there
_NOT_HEADS = frozenset(w.lower() for w in data_toml("roles.toml").get("modifiers", {}).get("not_heads", []))
_HEAD_BEFORE = re.compile(r"(?:^|[\s(])(?:[dl]['’])?([^\W\d_][\w-]*)(\s+en)?\s+$")
_HEAD_AFTER = re.compile(r"\s+([^\W\d_][\w-]*)")


def _chief_phrase(text: str, start: int, end: int, language: str) -> str | None:
    """The whole role phrase when the generic title at ``text[start:end]`` is a chief-word qualifying a noun
    beside it (``[modifiers] chief`` of ``data/roles.toml``): after the noun where the language writes it there
    ("L'économiste en chef", "el economista jefe", "l'economista capo", "o economista-chefe" is one word), before
    it in English ("the bank's chief economist"). The qualifier alone is no role (trial 38's "chef" of "L'économiste
    en chef de la banque, Tomas Reyka", a chief economist shown as a "chef"). The phrase is what a side shows; the
    title is still read as its chief-word (:func:`_generic_in`). None when no noun stands beside the word."""
    low = text.lower()
    word = low[start:end]
    chief = _qualifier_words()
    if language == "en":
        if word not in chief:
            return None
        after = _HEAD_AFTER.match(low, end)
        if after is None or after.group(1) in LINKERS or after.group(1) in _NOT_HEADS:
            return None
        return text[start : after.end()]
    before = _HEAD_BEFORE.search(low[:start])
    if before is None:
        return None
    qualifier = f"en {word}" if before.group(2) else word
    noun = before.group(1)
    if qualifier not in chief or noun in LINKERS or noun in _NOT_HEADS or len(noun) < 4:
        return None
    return text[before.start(1) : end]


@cache
def _phrase_re(phrase: str) -> re.Pattern[str]:
    """A role phrase as a whole-word pattern, compiled once (the lexicon holds more phrases than re's cache)."""
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])")


@lru_cache(maxsize=1)
def _glued() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(deputy prefixes, former prefixes) a title may be written glued to (``[modifiers] glued_deputy`` and
    ``glued_former`` of ``data/roles.toml``: "vicedirettrice generale", "exdirectora financiera"), lower case,
    longest first."""
    mods = data_toml("roles.toml").get("modifiers", {})

    def ordered(key: str) -> tuple[str, ...]:
        return tuple(sorted({w.lower() for w in mods.get(key, [])}, key=lambda w: -len(w)))

    return ordered("glued_deputy"), ordered("glued_former")


@cache
def _glued_re(phrase: str) -> re.Pattern[str]:
    """A role phrase written glued to a deputy's or a former holder's prefix ("vicedirettrice generale",
    "exdirectora financiera", "ex-directeur financier"): group 1 the former prefix, group 2 the deputy prefix
    (either may be empty: "exvicedirectora"), group 3 the title's own words."""
    deputy, former = _glued()
    alt_f = "|".join(re.escape(w) for w in former)
    alt_d = "|".join(re.escape(w) for w in deputy)
    return re.compile(rf"(?<![\w-])((?:{alt_f})?)((?:{alt_d})?)({re.escape(phrase)})(?![\w-])")


@lru_cache(maxsize=1)
def _qualifier_words() -> frozenset[str]:
    """The words of ``[modifiers] presiding`` and ``chief`` of ``data/roles.toml`` that qualify a title without
    naming a post of their own ("presidenta" in "la jueza presidenta", "Vorsitzende" in "Vorsitzende Richterin",
    "jefe" in "fiscal jefe"), lower case."""
    mods = data_toml("roles.toml").get("modifiers", {})
    return frozenset(w.lower() for key in ("presiding", "chief") for w in mods.get(key, []))


def _role_spans(low: str, language: str) -> list[tuple[int, int]]:
    """The spans of the role phrases of ``language`` in ``low`` (lower case), every match of each."""
    phrases, _deputy, _former = _lexicon(language)
    return [(m.start(), m.end()) for p, _c in phrases if p in low for m in _phrase_re(p).finditer(low)]


def unqualified(text: str, language: str) -> str:
    """``text`` (words before or after a person's name) with each qualifier of a title blanked out (same length),
    so that the title's head noun is read as the role: "La jueza presidenta, " -> "La jueza           , ",
    "Vorsitzende Richterin " -> "            Richterin ". A qualifier (:func:`_qualifier_words`) is blanked only
    right beside a role phrase of the lexicon, with nothing but spaces between (after it where the language writes
    it there: "jueza presidenta", "procuratore capo", "sędzia przewodniczący"; before it in "presiding judge",
    "Vorsitzende Richterin"), and only when no one phrase of the lexicon holds both ("directora general",
    "Oberste Richterin", "chief engineer" stay whole). No parse decides the head: only English and French have a
    parser here, and these two-word titles are the lexicon's. The compatibility rule, written once: a title and its
    qualified form are one role (a presiding judge is a judge, a chief prosecutor a prosecutor); a deputy's word
    is no qualifier (a deputy X holds another post than X, :func:`_ranked_deputy`)."""
    words = _qualifier_words()
    low = text.lower()
    if not any(w in low for w in words):
        return text  # most texts hold none: a substring test before the phrases are matched
    spans = _role_spans(low, language)
    chars = list(text)
    for word in words:
        if word not in low:
            continue
        for m in _phrase_re(word).finditer(low):
            heads = [
                (s, e)
                for s, e in spans
                if (e <= m.start() and not low[e : m.start()].strip())
                or (s >= m.end() and not low[m.end() : s].strip())
            ]
            if not heads:
                continue
            lo = min(m.start(), *(s for s, _ in heads))
            hi = max(m.end(), *(e for _, e in heads))
            if any(s <= lo and hi <= e for s, e in spans):
                continue  # one phrase holds the qualifier and its head: "directora general", "oberste richterin"
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(chars)


@cache
def _compound_re(phrase: str) -> re.Pattern[str]:
    """A one-word role phrase as the head of a compound noun or a word of its own ("Gesundheitsministerin",
    "Innenminister", "Ministerin"): the letters before it, if any, are group 1."""
    return re.compile(rf"(?<![\w-])([^\W\d_]*){re.escape(phrase)}(?![\w-])")


@lru_cache(maxsize=1)
def _compounding() -> frozenset[str]:
    """The languages that write a title with its portfolio as one compound word ("Gesundheitsministerin"):
    ``[ties] compounds`` of ``data/roles.toml``."""
    return frozenset(data_toml("roles.toml").get("ties", {}).get("compounds", []))


@cache
def _hyphen_compound_re(phrase: str) -> re.Pattern[str]:
    """A role phrase after a body's name joined to it by a hyphen, as German writes a union's or a party's
    title ("EDU-Generalsekretär", "SPD-Generalsekretärin"): group 1 the name, group 2 the title. A deputy's or
    a former holder's prefix ("Vize-", "Ex-") is no body's name (the caller checks)."""
    return re.compile(rf"(?<![\w-])([\w]+)-({re.escape(phrase)})(?![\w-])")


@dataclass(frozen=True, slots=True)
class _Span:
    """A match's span, for the title part of a hyphenated compound (:func:`_hyphen_compound_re`)."""

    s: int
    e: int

    def start(self) -> int:
        """Offset of the title's first character."""
        return self.s

    def end(self) -> int:
        """Offset after the title's last character."""
        return self.e


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", text.lower())


def _role_in(text: str, language: str, *, at_end: bool) -> tuple[str, str] | None:
    """The role phrase of ``language`` (concept, as written) at the end (``at_end``) or the start of ``text``,
    with its deputy or former word; None when there is none, or it is a former role."""
    phrases, deputy, former = _lexicon(language)
    low = text.lower()
    compound = language in _compounding()
    for phrase, concept in phrases:
        if phrase not in low:  # most phrases are absent: a substring test before the word-bounded search
            continue
        if at_end and phrase.endswith((" of", " at")):
            continue  # "commander of": what follows is the body it is held at, never the person
        one_word = compound and " " not in phrase
        found: list[re.Match[str]] = list((_compound_re(phrase) if one_word else _phrase_re(phrase)).finditer(low))
        hyphened = False
        if not found:  # "EDU-Generalsekretär": the body's name joined to the title by a hyphen
            found = [
                c
                for c in _hyphen_compound_re(phrase).finditer(low)
                if c.group(1) not in deputy | former | {"vize", "wice"}
            ]
            hyphened = bool(found)
        glued = False
        if not found:  # "vicedirettrice generale", "exdirectora financiera": a deputy's or former prefix glued on
            found = [c for c in _glued_re(phrase).finditer(low) if c.group(1) or c.group(2)]
            glued = bool(found)
        if not found:
            continue
        m = found[-1] if at_end else found[0]
        if glued:
            if m.group(2) and concept in _ranked():
                return f"deputy {concept}", text[m.start(2) : m.end()]  # "vicedirettrice generale"
            if m.group(2):
                return concept, text[m.start(2) : m.end()]  # a prosecutor or a judge of any rank is one
            return concept, text[m.start(3) : m.end()]  # "exdirectora financiera": a former holder's (the caller)
        head = m.group(1) if one_word and not hyphened else ""  # a compound's first part: "gesundheits", "vize"
        if head and (head + phrase) in _office_holders():
            continue  # "Amtsinhaberin": the holder of the office in question, not an owner ("-inhaberin")
        if head and concept in _ranked() and any(head.startswith(w.rstrip("-")) for w in deputy if len(w) > 3):
            return f"deputy {concept}", text[m.start() : m.end()]  # "Vizegesundheitsministerin"
        if hyphened:
            m = _Span(m.start(2), m.end(2))  # type: ignore[assignment]
        if phrase in _bare_councils() and _council_complement(text[m.end() :]):
            continue  # "presidente del Consiglio dei giovani": that council's president (a shorter phrase)
        body = _body_after(low[m.end() :], concept)
        if body is not None:  # "vicepresidente del Seimas", "président du Conseil régional"
            concept = _SPEAKERS.get(concept, concept) if body[1] == "chambers" else concept
        rest = low[m.end() :] if at_end else low[: m.start()]
        if at_end and body is not None and _body_tail(rest[body[0] :]):
            return _ranked_deputy(concept, text, low, m.start(), m.end() + body[0], deputy, former)
        if at_end and not (
            _tied(rest, portfolio=concept in PORTFOLIO_ROLES)
            or (language in _bare_genitive() and _genitive_tied(text[m.end() :]))
            or body_then_comma(text[m.end() :])
            or _common_body_then_comma(text[m.end() :])
        ):
            continue
        if (
            not at_end
            and len([w for w in _words(rest) if w not in former and w not in deputy and w not in _then_words()]) > 2
        ):
            continue  # "Jovan Kerencic, chief engineer at ...": the role opens the apposition ("the fund's former")
        return _ranked_deputy(concept, text, low, m.start(), m.end() + (body[0] if body else 0), deputy, former)
    return None


def _ranked_deputy(
    concept: str, text: str, low: str, start: int, end: int, deputy: frozenset[str], former: frozenset[str]
) -> tuple[str, str] | None:
    """(concept, as written) for the title written at ``text[start:end]``: the deputy's role when a deputy's
    word stands right before a ranked role ("deputy speaker", "stellvertretende Vorsitzende", "заступник голови
    Сейму"), with that word kept in the label. A former holder's word before it is the caller's to read
    (:func:`_former_held`: a former title is compared only with former titles)."""
    before = [w for w in _words(low[:start])[-3:] if w not in former][-2:]
    deputy_of = concept in _ranked() and any(w in deputy or w.rstrip("-") in deputy for w in before)
    if not deputy_of:
        return concept, text[start:end]
    word = next(w for w in reversed(before) if w in deputy or w.rstrip("-") in deputy)
    at = low.rfind(word, 0, start)  # the label keeps the deputy's word: "deputy harbour master"
    return f"deputy {concept}", text[at:end]


# A chair's or a president's title before a chamber's name is the head of that parliament's ("presidente del
# Seimas", "vice-président de l'Assemblée"): the role it becomes.
_SPEAKERS = {
    "president": "speaker",
    "chairman": "speaker",
    "deputy president": "deputy speaker",
    "deputy chairman": "deputy speaker",
}
# Roles a body's name may follow before the person's name ("presidente del Consiglio dei giovani Marta Neri").
_BODY_ROLES = frozenset({"president", "chairman", "deputy president", "deputy chairman", "speaker", "deputy speaker"})
# Words a body's name may take after its head word and before the person's name ("Consiglio dei giovani",
# "Conseil régional d'Alsace", "Consiglio dei giovani di Brannock"), at most.
BODY_TAIL = 4
_LINKER = (
    r"(?:(?:of|the|de\s+la|de\s+los|de\s+las|del|de|du|des|di|dei|degli|delle|della|dello|da|do|dos|das|na|no"
    r"|von|vom|der|im|am)\s+|(?:de\s+l|dell|d|l)['’]\s*)"
)


@lru_cache(maxsize=1)
def _ties() -> dict:
    """The ``[bodies]`` table of ``data/roles.toml`` (chambers, councils and the words around them)."""
    bodies: dict = data_toml("roles.toml").get("bodies", {})
    return bodies


@lru_cache(maxsize=1)
def _bare_councils() -> frozenset[str]:
    """Titles naming a government's head by a council's name alone (``[bodies] bare_council``)."""
    return frozenset(w.lower() for w in _ties().get("bare_council", []))


@cache
def _body_re(kind: str) -> re.Pattern[str]:
    """Linkers, at most one other word, then a body word of ``[bodies] <kind>`` ("chambers", "councils") at the
    start of the lower-cased text after a title; an entry ending in "-" is a stem."""
    words = sorted(_ties().get(kind, []), key=len, reverse=True)
    alts = "|".join(re.escape(w[:-1]) + r"[\w]*" if w.endswith("-") else re.escape(w) for w in words)
    end = r"(?![\w-])(?!\s+(?:di|de|du|of)\s+comm?er[cz])"  # a chamber of commerce is no parliament's
    return re.compile(rf"\s*{_LINKER}{{1,3}}(?:[\w-]+\s+)?(?:{alts}){end}|\s+(?:{alts}){end}")


def _body_after(after: str, concept: str) -> tuple[int, str] | None:
    """(characters, kind) of a parliament's chamber or a council named right after a chair's or a president's
    title (``after`` lower case: " del seimas ", " de l'assemblée ", " des bundestages ", " верховної ради ",
    " dei giovani" after "consiglio"); None when none is named, or the title is no chair's."""
    if concept not in _BODY_ROLES and concept not in _SPEAKERS:
        return None
    for kind in ("chambers", "councils"):
        m = _body_re(kind).match(after)
        if m is not None:
            return m.end(), kind
    return None


def _body_tail(rest: str) -> bool:
    """Whether ``rest`` (what follows a body's head word up to the person's name) is the rest of the body's name:
    at most :data:`BODY_TAIL` words, no sentence break ("dei giovani ", "régional d'alsace, ", " ")."""
    rest = rest.rstrip()
    rest = rest[:-1] if rest.endswith(",") else rest
    return len(_words(rest)) <= BODY_TAIL and not re.search(r"[;:.!?()]", rest)


def _council_complement(after: str) -> bool:
    """Whether ``after`` (the text right after "presidente del Consiglio" or its like, as written) names another
    council than the government's: a linker and a word that is no minister's ("dei giovani", "de Estado", not
    "dei ministri"), or an adjective ("comunale", "Regionale": ``[bodies] council_adjectives``, or a lower-case
    word with an ending of ``council_adjective_endings``)."""
    ties = _ties()
    m = re.match(rf"\s*{_LINKER}([\w-]+)", after, re.I)
    if m is not None:
        return m.group(1).lower() not in {w.lower() for w in ties.get("government_council", [])}
    m = re.match(r"\s+([\w-]+)", after)
    if m is None:
        return False
    word = m.group(1)
    if word.lower() in {w.lower() for w in ties.get("council_adjectives", [])}:
        return True
    return word.islower() and len(word) > 4 and word.endswith(tuple(ties.get("council_adjective_endings", [])))


def _tied(between: str, *, portfolio: bool = False) -> bool:
    """Whether the text between a role and a name ties the role to the name: linkers only (for a minister
    also up to :data:`PORTFOLIO_WORDS` words of the portfolio: "Министр транспорта Антон Келлер", "Wiceminister
    transportu Anton", "Minister spraw wewnętrznych Vera Kolb"), and after a preposition a comma before the name
    (else the name is the organisation's: "chief engineer of X")."""
    words = _words(between)
    others = [w for w in words if w not in LINKERS]
    if len(others) > (PORTFOLIO_WORDS if portfolio else 0):
        return False
    return not any(w in PREPOSITIONS for w in words) or between.rstrip().endswith(",")


_COMMON_BODY = re.compile(
    r"\s+(?:of|at|de|del|du|des|di|della|do|da|von|vom|der|des|w|z)\s+([^,;:.!?()«»\"“”]+?)\s*,\s*"
)


def _common_body_then_comma(between: str) -> bool:
    """Whether ``between`` (what stands between a title and a person's name) is the body the title is held at
    written in common nouns, after an "of" word and before a comma: " of the Vessary coastguard station, ",
    " de la estación de la guardia costera de Vessary, " (a place's name blanked out), " der Küstenwache, ": at
    most :data:`COMMON_BODY_WORDS` words and no clause break. An apposition "Title of <body>, Name" gives the
    name the title (a new user's rescue-at-sea story: the Spanish outlet's commander was never read)."""
    m = re.fullmatch(_COMMON_BODY.pattern, between)
    return m is not None and 0 < len(_words(m.group(1))) <= COMMON_BODY_WORDS


def _genitive_tied(between: str) -> bool:
    """Whether the text between a role and a name is one capitalised word, the place or body the role is held
    at in the genitive ("Мэр Мировца Стефан Димов": the mayor of Mirovets), linkers aside; not after a
    sentence break."""
    words = [w for w in re.findall(r"[\w'’-]+", between) if w.lower() not in LINKERS]
    return len(words) == 1 and words[0][:1].isupper() and not re.search(r"[,;:.!?()]", between)


def _held_roles(data: StoryData, unit: Unit) -> list[tuple[str, str, str]]:
    """(canonical person id, role, role as written) for every person the unit's sentence ties a role to."""
    facts = data.facts.get(unit.article)
    body = data.bodies.get(unit.article, "")
    if facts is None:
        return []
    start, end = unit.claim.start, unit.claim.end
    named = [(m.start, m.end, e.id) for e in facts.entities for m in e.mentions]
    out = []
    for ent in facts.entities:
        cid = _person_id(data.canonical.get((unit.article, ent.id)))
        if not cid:
            continue
        for m in ent.mentions:
            if not (start <= m.start and m.end <= end) or m.kind not in ("name", "surname"):
                continue
            others = [(a, b) for a, b, eid in named if eid != ent.id]
            before = _without(body, max(start, m.start - REACH_BEFORE), m.start, others)
            before = unqualified(re.split(r"[.;:!?«»\"“”]", unquote_body(before))[-1], unit.language)
            found = _role_in(before, unit.language, at_end=True)
            # a title that holds its body's name ("prezes Sądu Najwyższego", "vicepresidenta del Tribunal"),
            # which the blanking cut to "prezes" or to nothing: the title as written, when longer
            raw = re.split(r"[.;:!?«»\"“”]", unquote_body(body[max(start, m.start - REACH_BEFORE) : m.start]))[-1]
            raw = unqualified(raw, unit.language)
            whole = _role_in(raw, unit.language, at_end=True) if raw != before else None
            if whole is not None and (found is None or len(whole[1]) > len(found[1])):
                found = whole
            found = found or _generic_in(before, unit.language)
            after = body[m.end : min(end, m.end + REACH)]
            if found is None and re.match(r"\s*,", after):
                tail = unqualified(re.split(r"[,;.:]", after.lstrip()[1:])[0], unit.language)
                found = _role_in(tail, unit.language, at_end=False)
            if (
                found
                and found[0].startswith(GENERIC)
                and _former_held(body[max(start, m.start - REACH) : m.start], found[1])
            ):
                break  # "die ehemalige Technische Direktorin": a former holder's generic title names no post
            if found:
                context = body[max(start, m.start - REACH) : min(end, m.end + REACH)]
                when = THEN if _then_held(context, found[1], unit.language) else ""
                when = when or (NEXT if _next_held(context, found[1]) else "")
                when = when or (FORMER if _former_held(context, found[1]) else "")
                if when == FORMER and found[0].removeprefix("deputy ") not in _former_compared():
                    break  # "former president" / "former governor": a career's titles, each true
                out.append((cid + when, *found))
                break
    return out


THEN = "@then"  # suffix of a person's id whose title is the one held at a past time (:func:`_then_held`)


@lru_cache(maxsize=1)
def _then_words() -> tuple[str, ...]:
    """The words that make a title the one held at a past time (``[modifiers] then`` of ``data/roles.toml``)."""
    return tuple(w.lower() for w in data_toml("roles.toml").get("modifiers", {}).get("then", []))


def _then_held(context: str, written: str, language: str) -> bool:
    """Whether the title ``written`` stands in ``context`` (the words around the name) after a word of
    ``[modifiers] then`` ("the then technical director", "el entonces consejero delegado"): a title held at
    another time than the story's, compared only with another title at such a time."""
    low = context.lower()
    at = low.rfind(written.lower())
    if at < 0:
        return False
    before = " " + " ".join(_words(low[:at])[-3:]) + " "
    return any(f" {w} " in before for w in _then_words())


NEXT = "@next"  # suffix of a person's id whose title is one still to come (:func:`_next_held`)


@lru_cache(maxsize=1)
def _office_holders() -> frozenset[str]:
    """The words naming the holder of whatever office is in question (``[modifiers] office_holders`` of
    ``data/roles.toml``: "incumbent", "Amtsinhaberin"), lower case."""
    return frozenset(w.lower() for w in data_toml("roles.toml").get("modifiers", {}).get("office_holders", []))


@lru_cache(maxsize=1)
def _next_words() -> frozenset[str]:
    """The words that make a title one still to come (``[modifiers] next`` of ``data/roles.toml``)."""
    return frozenset(w.lower() for w in data_toml("roles.toml").get("modifiers", {}).get("next", []))


def _next_held(context: str, written: str) -> bool:
    """Whether the title ``written`` stands in ``context`` (the words around the name) after a word of
    ``[modifiers] next`` among the three words before it ("the incoming chief executive", "der designierte
    Vorstandschef", "la futura alcaldesa"): a post the person does not hold yet, compared only with another
    title to come. "The incoming chief executive Lena Horvat" beside "chief financial officer Lena Horvat" is one
    person at two times, no role conflict. Also after the title ("the chief executive designate")."""
    low = context.lower()
    at = low.rfind(written.lower())
    if at < 0:
        return False
    near = [*_words(low[:at])[-3:], *_words(low[at + len(written) :])[:1]]
    return any(w in _next_words() for w in near)


FORMER = "@former"  # suffix of a person's id whose title is a former one (:func:`_former_held`)


@lru_cache(maxsize=1)
def _former_compared() -> frozenset[str]:
    """The roles whose former titles are compared (``[modifiers] former_compared`` of ``data/roles.toml``: a
    company's, a body's or a service's posts); a public office's or a profession's former title is read as none."""
    return frozenset(data_toml("roles.toml").get("modifiers", {}).get("former_compared", []))


def _former_held(context: str, written: str) -> bool:
    """Whether the title ``written`` stands in ``context`` (the words around the name) as a former holder's:
    after a word of ``[modifiers] former`` of ``data/roles.toml`` among the two words before it, a deputy's word
    aside ("the fund's former finance director", "ehemalige Finanzdirektorin", "była dyrektor finansowa", "ex
    vicedirettrice generale"), or glued to a former holder's prefix ("exdirectora financiera"). A former title is
    compared only with other former titles: "former finance director" and "finance director" are no conflict,
    "former finance director" and "ex vicedirettrice generale" are."""
    low = context.lower()
    at = low.rfind(written.lower())
    if at < 0:
        return False
    _phrases, deputy, former = _lexicon("en")
    glued = _glued()[1]
    if any(low[:at].endswith(g) and (at - len(g) == 0 or not low[at - len(g) - 1].isalnum()) for g in glued):
        return True  # "exdirectora financiera", "ex-directeur"
    before = [w for w in _words(low[:at])[-3:] if w not in deputy][-2:]
    return any(w in former for w in before)


def _without(body: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``body[start:end]`` with the given spans (other entities' names: the organisation a role is at)
    blanked out."""
    chars = list(body[start:end])
    for s, e in spans:
        for i in range(max(s, start), min(e, end)):
            chars[i - start] = " "
    return "".join(chars)


def role_conflicts(units: list[Unit], data: StoryData) -> list[ClaimConflict]:
    """Conflicts over one person's role: two or more roles given to one canonical person by different
    sources, no source giving two of them (a source that names someone by two roles tells us they hold
    both). Each side cites the sentences that give its role."""
    held: dict[str, dict[str, _Held]] = {}
    for u in units:
        for cid, role, written in _held_cached(data, u):
            entry = held.setdefault(cid, {}).setdefault(role, _Held(role))
            entry.units.append(u)
            if written.lower() not in {w.lower() for w in entry.written}:
                entry.written.append(written)
                entry.languages.append(u.language)
    out = []
    for cid, roles in held.items():
        sides = _sides(roles)
        if len(sides) < 2:
            continue
        if not sources_apart([h.units for h in sides]):
            continue
        out.append(_conflict(data, cid, sides))
    return out


def roles_differ(a: Unit, b: Unit, data: StoryData) -> bool:
    """Whether two sentences tie roles that disagree (:func:`_sides`) to one person: "Festival director Lena
    Horvat said ..." and "La alcaldesa Lena Horvat aseguró ..." state no claim in common, however alike the
    rest reads (they are two sides of a role conflict)."""
    held_a = {cid: (role, w) for cid, role, w in _held_cached(data, a)}
    if not held_a:
        return False
    held_b = {cid: (role, w) for cid, role, w in _held_cached(data, b)}
    for cid in held_a.keys() & held_b.keys():
        roles: dict[str, _Held] = {}
        for role, written in (held_a[cid], held_b[cid]):
            roles.setdefault(role, _Held(role, [written], [a]))
        if len(_sides(roles)) > 1:
            return True
    return False


_HELD: dict[tuple[int, str, int], list[tuple[str, str, str]]] = {}
_HELD_FOR: list[StoryData] = []


def _person_id(cid: str | None) -> str | None:
    """The canonical person id an entity names: its canonical id when that is a person's, None else. A name the
    entity finder typed otherwise in one article but as a person in most of the story's mentions is a person's
    id already (:func:`crosswire.facts.linking.story_persons`: "said Ilse Varnholt, commander of the Vessary
    coastguard station" read as an organisation)."""
    return cid if cid and cid.startswith("person:") else None


def _held_cached(data: StoryData, unit: Unit) -> list[tuple[str, str, str]]:
    """:func:`_held_roles`, read once per sentence of the story being aligned (pairs ask again and again)."""
    if not _HELD_FOR or _HELD_FOR[0] is not data:
        _HELD.clear()
        _HELD_FOR[:] = [data]
    key = (unit.index, unit.article, unit.claim.start)
    if key not in _HELD:
        _HELD[key] = _held_roles(data, unit)
    return _HELD[key]


def _sides(roles: dict[str, _Held]) -> list[_Held]:
    """The roles that disagree: each role of the lexicon, and one side of the generic titles that fit none of
    them (:func:`_generic_fits`) written in languages none of the lexicon's sides is written in (a translation's
    title against another outlet's: "Arena director" / "la vicealcaldesa"); generic titles alone never disagree
    ("director" / "jefe" may be one post)."""
    specific = [h for r, h in roles.items() if not r.startswith(GENERIC)]
    if not specific:
        return []
    pairs = {frozenset((a.role, b.role)) for i, a in enumerate(specific) for b in specific[i + 1 :]}
    if len(specific) > 1 and pairs <= _compatible():
        return []  # "president" / "general manager": two posts one person often holds together; "deputy
        # speaker" / "vicepresidente" / "stellvertretende Vorsitzende": one post each pair of them may name
    other = _Held(GENERIC)
    specific_languages = {u.language for s in specific for u in s.units}
    for r, h in roles.items():
        word = r.removeprefix(GENERIC)
        if not r.startswith(GENERIC) or any(u.language in specific_languages for u in h.units):
            continue  # in one language a generic title beside a listed role is two posts held at two times,
            # or one post worded two ways ("interim FBI director" / "Assistant Attorney General")
        if not any(_generic_fits(word, s.role) for s in specific):
            other.units.extend(h.units)
            other.written.extend(w for w in h.written if w.lower() not in {x.lower() for x in other.written})
    return [*specific, other] if other.units else specific


def _conflict(data: StoryData, cid: str, roles: list[_Held]) -> ClaimConflict:
    former = cid.endswith(FORMER)
    coming = cid.endswith(NEXT)
    cid = cid.removesuffix(THEN).removesuffix(FORMER).removesuffix(NEXT)
    name = cid.partition(":")[2] or cid
    what = f"former role of {name}" if former else f"future role of {name}" if coming else f"role of {name}"
    return worded_conflict(data, what, "different role", [(role_label(h), h.units) for h in roles])


def role_label(held: _Held) -> str:
    """A role side's label: the English sources' wordings when one states the role ("terminal manager", not
    "terminal manager / Управляющий терминалом / Terminalleiter"), else every wording; each lower-cased (a role of
    the lexicon is no proper name: "Управляющий" opened its sentence), but in a language that capitalises every
    noun (German "Terminalleiter") and for a word in capitals ("CEO")."""
    pairs = list(zip(held.written, held.languages or [None] * len(held.written), strict=False))
    english = [(w, lang) for w, lang in pairs if lang in (None, "en")]
    # a phrase read with its linker ("commander of") is shown without it
    shown = [re.sub(r"\s+(?:of|at)$", "", _lower_role(w, lang)) for w, lang in (english or pairs)]
    return " / ".join(dict.fromkeys(shown))


def _lower_role(written: str, language: str | None) -> str:
    """``written`` lower-cased word by word, but in German and for a word in capitals ("CEO", "PDG")."""
    if language in NOUN_CAPITALS:
        return written
    return " ".join(w if len(w) > 1 and w.isupper() else w.lower() for w in written.split())
