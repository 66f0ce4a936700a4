"""Which named body a company's description stands for as a speaker ("The utility said it would not pay",
"a précisé la régie", "Компания заявила, что ...").

A description names no one by itself; news copy means the organisation it called so before: "Lindavik Vatten,
the city-owned utility" makes "the utility" Lindavik Vatten, even when another body ("A group calling itself
Frostbyte") was named after it. So every mention of a named body is read with the words around it in its
sentence: a company noun of ``data/company_nouns.toml`` right before the name ("the utility Lindavik Vatten",
"der Versorger Lindavik Vatten", "компании Lindavik Vatten") or in an apposition after it ("Lindavik Vatten, la
régie municipale des eaux") makes it a company; a group noun of that file's ``[groups]`` before it ("A group
calling itself Frostbyte", "eine Gruppe, die sich „Frostbyte“ nennt") makes it a group, which a company's
description never stands for. Written by hand: no offline library resolves a definite description to the body it
describes across these languages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from crosswire.vocab.data import data_toml

Kind = str  # "company" or "group"
BEFORE_WORDS = 4  # words before a name a group noun describing it stands within ("A group calling itself X")
APPOSITION_WORDS = 4  # words of an apposition after a name read for its noun ("X, the city-owned utility")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SENTENCE_END = re.compile(r"[.!?]\s")
# words that end an apposition's head noun phrase in English ("the utility that serves ...", "a firm in Oslo")
_APPOSITION_STOPS = frozenset("of in for that which who with by from at on and or to".split())
_QUOTE_MARKS = "\"'«»„“”‚‘’"


@lru_cache(maxsize=32)
def _words(language: str, table: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(stems, whole words) of ``data/company_nouns.toml`` for ``language``: its company nouns (``table`` "") or
    its group nouns (``table`` "groups"). An entry ending in "-" is a stem."""
    data = data_toml("company_nouns.toml")
    entries = [w.lower() for w in (data.get(table, {}) if table else data).get(language, [])]
    return tuple(w[:-1] for w in entries if w.endswith("-")), frozenset(w for w in entries if not w.endswith("-"))


COMPOUND_HEAD = 5  # a German company noun this long also ends a compound ("Pharmakonzern", "Energieversorger")
COMPOUND_ENDING = 3  # letters of a case ending after a stem ending a compound ("Pharmakonzerns")


def _is(word: str, language: str, table: str) -> bool:
    stems, whole = _words(language, table)
    low = word.lower().strip(_QUOTE_MARKS)
    if low in whole or (language == "en" and low.endswith("s") and low[:-1] in whole and len(low) > 3):
        return True
    if any(low.startswith(s) for s in stems):
        return True
    if language != "de":
        return False
    # German compounds end in the noun: "Pharmakonzern", "Chemieunternehmen", "Energieversorgers"
    return any(len(w) >= COMPOUND_HEAD and low.endswith(w) and low != w for w in whole) or any(
        len(s) >= COMPOUND_HEAD and 0 < (at := low.rfind(s)) and len(low) - at - len(s) <= COMPOUND_ENDING
        for s in stems
    )


def trade_entry(word: str, language: str) -> str | None:
    """The entry of ``data/company_nouns.toml``'s company nouns of ``language`` that ``word`` (as written) is a
    form of ("airlines" -> "airline", "Triebwerksherstellers" -> "hersteller-"), or None for no company noun."""
    if not _is(word, language, ""):
        return None
    stems, whole = _words(language, "")
    low = word.lower().strip(_QUOTE_MARKS)
    if low in whole:
        return low
    if language == "en" and low.endswith("s") and low[:-1] in whole:
        return low[:-1]
    for st in sorted(stems, key=len, reverse=True):
        if low.startswith(st) or (language == "de" and st in low):
            return st + "-"
    return next((w for w in sorted(whole, key=len, reverse=True) if low.endswith(w)), low)


def is_generic_trade(entry: str, language: str) -> bool:
    """Whether a company noun's entry (:func:`trade_entry`) says only "a company" (``[generic]`` of
    ``data/company_nouns.toml``), not which trade."""
    return entry in data_toml("company_nouns.toml").get("generic", {}).get(language, [])


def is_company_word(word: str, language: str) -> bool:
    """Whether ``word`` (as written) is a company noun of ``language`` (``data/company_nouns.toml``)."""
    return _is(word, language, "")


def is_group_word(word: str, language: str) -> bool:
    """Whether ``word`` (as written) is a group noun of ``language`` (``[groups]`` of ``data/company_nouns.toml``)."""
    return _is(word, language, "groups")


def names_company(phrase: str, language: str) -> bool:
    """Whether a speaker phrase ("The Tromso-based company", "la régie", "Компания") is a description headed by a
    company noun: one of its words is one, and it holds no capitalised name after its first word (a German
    noun, "der Versorger", is capitalised and no name)."""
    words = _WORD.findall(phrase)
    if not words or any(w[:1].isupper() and not is_company_word(w, language) for w in words[1:]):
        return False
    return any(is_company_word(w, language) for w in words)


def _sentence_before(text: str, pos: int) -> str:
    """The part of ``text`` before ``pos`` that is in the same sentence."""
    lead = text[:pos]
    ends = list(_SENTENCE_END.finditer(lead))
    return lead[ends[-1].end() :] if ends else lead


def _descriptions(
    blocks: Sequence[tuple[int, str]], spans: Sequence[tuple[int, int, str]], language: str
) -> list[tuple[str, list[str], list[str]]]:
    """(entity id, the words before the mention in its sentence (at most :data:`BEFORE_WORDS`), the words of an
    apposition after it (:func:`apposition_words`)) of every mention of ``spans`` inside ``blocks``."""
    out = []
    for s, e, eid in spans:
        block = next(((b, t) for b, t in blocks if b <= s and e <= b + len(t)), None)
        if block is None:
            continue
        b, text = block
        before = _WORD.findall(_sentence_before(text, s - b))[-BEFORE_WORDS:]
        after = re.match(rf"[{_QUOTE_MARKS}]?\s*,\s*([^,.;:()]{{1,120}})", text[e - b :])
        out.append((eid, before, apposition_words(after.group(1), language) if after else []))
    return out


def kinds(blocks: Sequence[tuple[int, str]], spans: Sequence[tuple[int, int, str]], language: str) -> dict[str, Kind]:
    """Entity id -> "company" or "group" for the named bodies the article describes as such (rules of the module
    docstring). ``blocks``: (body offset, text) of each block; ``spans``: (body start, body end, entity id) of every
    mention. A body described both ways is a company (a description right at its name outweighs one nearby)."""
    out: dict[str, Kind] = {}
    for eid, before, appos in _descriptions(blocks, spans, language):
        if (before and is_company_word(before[-1], language)) or any(is_company_word(w, language) for w in appos):
            out[eid] = "company"
        elif eid not in out and (
            any(is_group_word(w, language) for w in before) or any(is_group_word(w, language) for w in appos[:2])
        ):
            out[eid] = "group"
    return out


def trades(
    blocks: Sequence[tuple[int, str]], spans: Sequence[tuple[int, int, str]], language: str
) -> dict[str, frozenset[str]]:
    """Entity id -> the company nouns' entries (:func:`trade_entry`) the article describes that body by, the noun
    right before a mention ("the engine maker Brightwell Motors") or in an apposition after it ("Brightwell
    Motors, the engine maker"), for the bodies :func:`kinds` calls companies. Inputs as for :func:`kinds`."""
    out: dict[str, set[str]] = {}
    for eid, before, appos in _descriptions(blocks, spans, language):
        words = ([before[-1]] if before else []) + appos
        for w in words:
            entry = trade_entry(w, language)
            if entry is not None:
                out.setdefault(eid, set()).add(entry)
    return {eid: frozenset(v) for eid, v in out.items()}


# words that open an English apposition ("Lindavik Vatten, the city-owned utility", "X, its parent company"); a
# phrase after the comma that opens otherwise is no apposition ("Tomas Brekkan, said the airline expected ...")
_APPOSITION_OPENERS = frozenset("the a an its their his her our one another".split())


def apposition_words(after: str, language: str) -> list[str]:
    """The words of an apposition after a name's comma (``after``: the text up to the next comma or full stop),
    at most :data:`APPOSITION_WORDS`: in English only a phrase opening with a determiner or the company noun
    itself, cut at a preposition or relative word (:data:`_APPOSITION_STOPS`); elsewhere cut at the language's
    speech verb or "that" word ("Tomas Brekkan, a assuré que la compagnie ...": the rest of the sentence, not a
    description of him). A verb after a subject's comma describes nothing: "Its chief executive, Tomas Brekkan,
    said the airline expected ..." made the chief executive a company, and so the speaker of "the engine maker
    said" two sentences on."""
    words = _WORD.findall(after)[:APPOSITION_WORDS]
    if language == "en":
        if words and words[0].lower() not in _APPOSITION_OPENERS and not is_company_word(words[0], language):
            return []
        cut = next((i for i, w in enumerate(words) if w.lower() in _APPOSITION_STOPS), len(words))
        return words[:cut]
    try:
        from crosswire.facts.languages.lexicon import words_for

        lex = words_for(language)
    except KeyError:
        return words
    cut = next((i for i, w in enumerate(words) if w.lower() in lex.that or lex.is_speech(w, w.lower())), len(words))
    return words[:cut]


def public_bodies(names: dict[str, str], language: str) -> frozenset[str]:
    """Entity ids (of ``names``: entity id -> name) whose name holds a word of ``[public_bodies]`` of
    ``data/company_nouns.toml`` in ``language`` ("Civil Aviation Authority of Corvania", "Luftfahrtbehörde"): a
    public body, never what a company's description stands for."""
    stems, whole = _words(language, "public_bodies")
    out = set()
    for eid, name in names.items():
        for w in _WORD.findall(name):
            low = w.lower()
            if low in whole or any(low.startswith(st) for st in stems):
                out.add(eid)
            elif language == "de" and any(len(x) >= COMPOUND_HEAD and low.endswith(x) and low != x for x in whole):
                out.add(eid)
    return frozenset(out)


PLACE_ARTICLES = frozenset("the la le les el los las der die das dem den il lo".split())


def place_like(
    blocks: Sequence[tuple[int, str]], spans: Sequence[tuple[int, int, str]], language: str
) -> frozenset[str]:
    """Entity ids every mention of which stands right after a word of ``speaker_place_preps`` of
    ``data/facts_place_words.toml`` in ``language`` ("bound for Quillmere", "the flight from Lowmere", "Flug nach
    Quillmere"): a town whatever type the model gave it, which no description of a company stands for. Inputs as
    for :func:`kinds`."""
    preps = frozenset(data_toml("facts_place_words.toml").get("speaker_place_preps", {}).get(language, []))
    if not preps:
        return frozenset()
    seen: dict[str, bool] = {}
    for s, e, eid in spans:
        block = next(((b, t) for b, t in blocks if b <= s and e <= b + len(t)), None)
        if block is None:
            continue
        b, text = block
        before = [w.lower() for w in _WORD.findall(text[max(0, s - b - 30) : s - b])]
        if len(before) > 2 and before[-2] in PLACE_ARTICLES and not is_company_word(before[-1], language):
            before = before[:-1]  # "at the upcoming Harvest Awards", "in the northern Harrow Hills": one adjective
        if len(before) > 1 and before[-1] in PLACE_ARTICLES:
            before = before[:-1]  # "in the Harrow Hills", "vers la Corvanie"
        after_prep = bool(before) and before[-1] in preps and text[: s - b].rstrip()[-1:].isalpha()
        after_prep = after_prep and not (len(before) > 1 and before[-2] == "according")  # "according to X"
        seen[eid] = seen.get(eid, True) and after_prep
    return frozenset(eid for eid, ok in seen.items() if ok)


def named_as_such(
    spans: Sequence[tuple[int, int, str]],
    kinds_of: dict[str, Kind],
    start: int,
    end: int,
    bodies: frozenset[str],
    places: frozenset[str] = frozenset(),
    trade: tuple[str, str, dict[str, frozenset[str]]] | None = None,
) -> str | None:
    """The body a company's description at body offsets [start, end) stands for: of the bodies named before it
    (none inside the description itself, "Tromso" of "the Tromso-based company"), those the article described
    as a company (:func:`kinds`; any entity type: a light-tier model may type a utility a person) if any, else
    the organisations of ``bodies`` it did not describe as a group; of those the one named most often, the
    latest of equals. None when there is none. ``places``: entity ids typed as places, never a company (a
    dateline's town followed by "6 марта — ... шахту" reads as described by a company noun). ``trade``: (the
    description's head word as written, its language, entity id -> the trades the article describes it by
    (:func:`trades`)): a trade noun ("the airline") stands for a body described by that trade if there is one,
    never for one described only by other trades ("the engine maker"); a generic noun ("the company") for any."""
    counts: dict[str, int] = {}
    last: dict[str, int] = {}
    for s, e, eid in spans:
        if e > start or start <= s < end:
            continue
        if eid in places or (eid not in bodies and kinds_of.get(eid) != "company"):
            continue
        counts[eid] = counts.get(eid, 0) + 1
        last[eid] = s
    if trade is not None:
        _drop_other_trades(counts, trade)
    described = {eid for eid in counts if kinds_of.get(eid) == "company"}
    pool = described or {eid for eid in counts if eid in bodies and kinds_of.get(eid) != "group"}
    if not pool:
        return None
    return max(pool, key=lambda eid: (counts[eid], last[eid]))


def _drop_other_trades(counts: dict[str, int], trade: tuple[str, str, dict[str, frozenset[str]]]) -> None:
    """Leave in ``counts`` (entity id -> mentions) the bodies a description's trade noun may stand for (rules of
    :func:`named_as_such`), in place."""
    word, language, trades_of = trade
    entry = trade_entry(word, language)
    if entry is None or is_generic_trade(entry, language):
        return
    same = {eid for eid in counts if entry in trades_of.get(eid, frozenset())}
    for eid in list(counts):
        own = trades_of.get(eid, frozenset())
        other_trade_only = bool(own) and not any(t == entry or is_generic_trade(t, language) for t in own)
        if (same and eid not in same) or other_trade_only:
            del counts[eid]


def names_word(low: str, whole: frozenset[str], stems: tuple[str, ...]) -> bool:
    """Whether ``low`` (lower-case text) holds one of ``whole`` as a whole word or phrase, or a word starting
    with one of ``stems``. Each word's pattern is the word as written (case-sensitive), so a word that is no
    substring of ``low`` cannot match: that substring test comes first, and a pattern is built (and, past the re
    module's cache of 512 patterns, compiled again) only for a word the text holds. The same answer as searching
    every word's pattern (``tests/test_speed_cuts11.py``)."""
    return any(w in low and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in whole) or any(
        w in low and re.search(rf"(?<!\w){re.escape(w)}", low) for w in stems
    )


SPEAKING_BODY_WORDS = 5  # a body's speaker phrase is short: "a police spokesman", "Представитель полиции"


@lru_cache(maxsize=32)
def _body_words(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(stems, whole words or phrases) of the ``[speaking_bodies]`` classes of ``data/agents.toml`` in
    ``language``, lower case."""
    classes = data_toml("company_nouns.toml").get("speaking_bodies", {}).get("classes", [])
    agents = data_toml("agents.toml").get("agents", {})
    entries = [w.lower() for c in classes for w in agents.get(c, {}).get(language, [])]
    return tuple(w[:-1] for w in entries if w.endswith("-")), frozenset(w for w in entries if not w.endswith("-"))


def speaking_body(phrase: str, language: str | None) -> str | None:
    """The speaker phrase as shown when it names a body of ``[speaking_bodies]`` of ``data/company_nouns.toml``
    through a member or spokesperson ("a police spokesman" -> "Police spokesman", "un portavoz de la policía"),
    else None: two to :data:`SPEAKING_BODY_WORDS` words once a leading article is dropped, the first letter
    capitalised. The bare body ("police said", "la police") is not one: "nobody else was injured, police said" and
    "one baker was hurt, police said" were compared as one statement of "Police"."""
    if not language:
        return None
    words = phrase.split()
    if not 1 <= len(words) <= SPEAKING_BODY_WORDS:
        return None
    stems, whole = _body_words(language)
    low = " ".join(w.lower().strip(",.") for w in words)
    if not names_word(low, whole, stems):
        return None
    articles = data_toml("company_nouns.toml").get("speaking_bodies", {}).get("articles", {}).get(language, [])
    if len(words) > 1 and words[0].lower() in articles:
        words = words[1:]
    if len(words) < 2:
        return None  # "police said": the body at large, whose statements two sources word too loosely to compare
    shown = " ".join(words)
    return shown[:1].upper() + shown[1:]
