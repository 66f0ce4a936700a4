"""Two sentences that name the same people or organisations but report two kinds of act: kept apart.

The class (a held-out trial's commonest false agreed item, thirteenth pass): two outlets' sentences share a
person and a day and little else, and the pair scorer, reading the names, the day and the story's topic, rates
them alike. "The union's leader Tomas Brek said on Monday the strike would go on" and "Tomas Brek met the
transport minister on Monday" are two facts; shown as one agreed item, each source's sentence is cited for a
fact the other source never stated. A pair is kept apart (:func:`acts_apart`) when

* the two sentences name one canonical entity (the shared names are what made them read alike);
* each reports an act of a kind :data:`KINDS` lists (``data/act_kinds.toml``: a statement, a meeting, a visit,
  a signing, a vote, an arrest, a charge) and no kind is in both; a statement counts only for a sentence that
  names no other kind ("X said he met Y" reports a meeting);
* in one language, the two share no content word besides the names, the words of their dates, the words naming a
  speaker and the verbs of speech (across two languages words are not compared, the kinds are: their lists are
  each language's own).

* they are not one person's two statements and give no common figure other than a day (:func:`_one_speaker`,
  :func:`_figure_shared`: what such pairs share, who the speaker is, an age, an hour, the gold counts as agreed).

Measured (``bench/compare_alignment.py --split all --baseline 4897c66``): every half unchanged; on the development
halves the check fires on one pair (tune2, a statement beside a visit, in no gold item). Without the last two
guards and with a charge a kind of its own it cost the tune half three gold agreements and one true item and
removed no false one; broader rules (no shared content word and no shared verb; the sentence encoder's cosine
with the names masked) would have cost 24 and 96 true pairs inside agreed items for 3 and 10 false ones.

What it leaves: a sentence whose verb no kind lists ("went to" / "checked into", "took place" / "will broadcast")
is no kind and the rule keeps quiet; the lists hold only verbs that name their act and nothing else.

Why hand-written: no installed library gives a verb's kind of act across the nine languages (WordNet is English
and not a dependency; the sentence encoder reads the shared names as most of the meaning, which is the fault).
Lemmas come from the facts stage (English, French and Russian predicates and terms) and simplemma's tables
(:func:`crosswire.compare.claims.pairs.term_key`) for the light tier's languages.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from crosswire.compare.claims.pairs import same_value, term_key
from crosswire.compare.claims.units import Unit
from crosswire.vocab.data import data_toml

SPEECH = "speech"  # the kind that counts only alone (see the module docstring)
_WORD = re.compile(r"[^\W\d_]+")
# A name word and a term are one word when they share this many first letters and neither is shorter: case
# endings and plurals change the end ("Cheeks" -> "cheek", "Лутавской" / "Лутава").
NAME_PREFIX = 4
# Two name words of two sentences are one name when they share this many first letters (both at least as long):
# Polish and Russian case endings ("Aliną" / "Alina", "Варгой" / "Варга"); five, not four, so that two
# different names that begin alike ("Mario" / "Marion") are told apart more often.
NAME_STEM = 5


@cache
def _kinds() -> dict[str, dict[str, str]]:
    """language -> lemma -> kind, from ``data/act_kinds.toml``."""
    out: dict[str, dict[str, str]] = {}
    for kind, by_language in data_toml("act_kinds.toml")["kinds"].items():
        for language, words in by_language.items():
            for w in words:
                out.setdefault(language, {})[w] = kind
    return out


def kinds(u: Unit) -> frozenset[str]:
    """The kinds of act (``data/act_kinds.toml``) the sentence's verbs name, the statement kind only when it
    names no other; empty when none is listed or the language has no list."""
    return _kinds_of(u.text, u.language or "en", tuple(u.claim.predicates), u.terms, u.attribution)


@lru_cache(maxsize=1 << 14)
def _kinds_of(
    text: str, language: str, predicates: tuple[str, ...], terms: frozenset[str], attribution: frozenset[str]
) -> frozenset[str]:
    """:func:`kinds` of one sentence, cached: a unit is read once per candidate pair it is in. The sentence's
    words as lemmas, lower case: its predicates, its terms and attribution terms (each through :func:`term_key`),
    and in a language simplemma lemmatises, every word of the text."""
    table = _kinds().get(language, {})
    if not table:
        return frozenset()
    words = {p.lower() for p in predicates}
    words |= {term_key(t, language) for t in (*terms, *attribution)}
    words |= {term_key(w.lower(), language) for w in _WORD.findall(text)}
    found = {table[w] for w in words if w in table}
    others = found - {SPEECH}
    return frozenset(others or found)


def _name_words(u: Unit, v: Unit) -> frozenset[str]:
    """The lower-case words of the canonical entities either sentence names ("person:Tomas Brek" -> tomas, brek)."""
    words: set[str] = set()
    for e in u.entities | v.entities:
        words.update(w.lower() for w in _WORD.findall(e.partition(":")[2] or e))
    return frozenset(words)


def _date_words(u: Unit) -> frozenset[str]:
    """The lower-case words of the sentence's date and time values as written ("on Monday" -> on, monday)."""
    return frozenset(w.lower() for v in u.values if v.kind in ("date", "time") for w in _WORD.findall(v.text))


def _is_name(term: str, names: frozenset[str]) -> bool:
    if term in names:
        return True
    if len(term) < NAME_PREFIX:
        return False
    return any(len(n) >= NAME_PREFIX and n[:NAME_PREFIX] == term[:NAME_PREFIX] for n in names)


# Words just before a name that say who the person is ("Gewerkschaftschef Tomas Brek", "Lider związku Tomas
# Brek", "the transport minister Alina Varga"): two outlets naming one person often write the same title, and a
# title both give is no fact of the sentences' own. Three: "El líder sindical Tomas Brek", "Team president Ed
# Stefanski"; a longer run ("Philadelphia 76ers President and General Manager") is rare and keeps its first words.
TITLE_WORDS = 3
SHORT = 3
_TOKEN = re.compile(r"[^\W\d_]+|[^\w\s]")


def _title_words(u: Unit, v: Unit) -> frozenset[str]:
    """The lower-case words (and their :func:`term_key` lemmas) of the :data:`TITLE_WORDS` words before each word
    of a person's name (an entity either sentence types a person) the sentence writes, back to a punctuation mark
    or a word of :data:`SHORT` letters or fewer (a preposition or an article: "sending troops to Libya" gives
    no title)."""
    lang = u.language or "en"
    names = frozenset(
        w.lower() for e in u.entities | v.entities if e.startswith("person:") for w in _WORD.findall(e[7:])
    )
    tokens = _TOKEN.findall(u.text)
    out: set[str] = set()
    for i, tok in enumerate(tokens):
        if not tok[:1].isupper() or not _is_name(tok.lower(), names):
            continue
        for prev in reversed(tokens[max(0, i - TITLE_WORDS) : i]):
            if not prev[:1].isalpha() or len(prev) <= SHORT:
                break
            low = prev.lower()
            if not _is_name(low, names):
                out.update((low, term_key(low, lang), term_key(prev, lang)))
    return frozenset(out)


def other_content_shared(a: Unit, b: Unit) -> frozenset[str]:
    """The content words (terms, as lemmas) two sentences of one language share that are not a name either
    names, a word of a date or time either gives, a word naming a speaker or standing just before a name (a
    title: :func:`_title_words`), a verb of speech or a number."""
    lang = a.language or "en"
    ka = {term_key(t, lang) for t in a.terms}
    kb = {term_key(t, lang) for t in b.terms}
    names = _name_words(a, b)
    dates = _date_words(a) | _date_words(b)
    said = {term_key(t, lang) for t in (*a.attribution, *b.attribution)}
    # a title word is matched by its stem too: French and Russian terms are the facts stage's lemmas, the text's
    # word is inflected ("профсоюза" / "профсоюз")
    titles = _title_words(a, b) | _title_words(b, a)
    said |= {t for t in ka & kb if any(len(w) >= NAME_STEM and t[:NAME_STEM] == w[:NAME_STEM] for w in titles)}
    said |= titles
    speech = {w for w, k in _kinds().get(lang, {}).items() if k == SPEECH}
    return frozenset(
        t
        for t in ka & kb
        if not _is_name(t, names) and t not in dates and t not in said and t not in speech and t.isalpha()
    )


def _entity_words(u: Unit) -> frozenset[str]:
    return frozenset(w.lower() for e in u.entities for w in _WORD.findall(e.partition(":")[2] or e) if len(w) > 2)


def shared_name(a: Unit, b: Unit) -> bool:
    """Whether two sentences name one entity: a canonical entity in both, or a word of an entity's name in both,
    alike to its first :data:`NAME_STEM` letters (a case ending: "Aliną Vargą" / "Alina Varga"; or an entity the
    recogniser typed or cut two ways: "person:Tomas Brek" / "other:Brek")."""
    if a.entities & b.entities:
        return True
    wa, wb = _entity_words(a), _entity_words(b)
    return bool(wa & wb) or any(
        len(x) >= NAME_STEM and len(y) >= NAME_STEM and x[:NAME_STEM] == y[:NAME_STEM] for x in wa for y in wb
    )


def _planned_days(u: Unit) -> frozenset[str]:
    """The days (ISO) the sentence puts an act ahead on: a date value still ahead when its article was written or
    told in a future clause ("will meet on Monday", "soll am Montag unterzeichnet werden")."""
    return frozenset(
        v.text_value
        for v in u.values
        if v.kind == "date" and v.text_value and len(v.text_value) == 10 and (v.scheduled or v.tense == "future")
    )


def _done_days(u: Unit) -> frozenset[str]:
    """The days (ISO) the sentence tells an act as done on: a date value in a past clause, not ahead."""
    return frozenset(
        v.text_value
        for v in u.values
        if v.kind == "date" and v.text_value and len(v.text_value) == 10 and v.tense == "past" and not v.scheduled
    )


def planned_and_held(a: Unit, b: Unit) -> bool:
    """Whether one sentence announces an act for a day and the other tells it as done on that day: "Tomas Brek
    will meet the minister on Monday" (Saturday's paper) / "Tomas Brek met the minister on Monday" (Tuesday's).
    The plan and the meeting held are two facts (the second may report what the first could not); shown as one
    agreed item the plan's source is cited for a meeting it never reported. A day each sentence gives both ways
    (a plan and its outcome in one sentence) is not read.

    Only for an act of a kind :data:`data/act_kinds.toml` lists that both sentences name (not a statement): a
    meeting, a visit, a signing, a vote, an arrest, whose holding is itself the news. Unrestricted, the rule cost
    the tune2 half one true agreed item and removed no false one: "Google Stadia launches tomorrow" / "Stadia
    launched Tuesday morning" is one agreed launch day in the gold (agreed13). Raises nothing."""
    pa, pb = _planned_days(a), _planned_days(b)
    if not pa and not pb:
        return False
    da, db = _done_days(a), _done_days(b)
    if not ((pa - da) & (db - pb)) and not ((pb - db) & (da - pa)):
        return False
    return bool(kinds(a) & kinds(b) - {SPEECH})


def _one_speaker(a: Unit, b: Unit) -> bool:
    """Whether both sentences are someone's words and each one's speaker is named in the other: one person's two
    statements, whose words of the speaker ("said Sgt. Tim Shields, a media relations officer for the RCMP" /
    "Sgt. Tim Shields told reporters") state who that person is alike, which the gold counts as agreed (the
    polygamy story of the tune half). The speaker is read by its name's words in the other sentence, not by its
    id: the recogniser keys one speaker two ways ("person:Sgt" / "person:Tim Shields")."""
    if a.speaker is None or b.speaker is None:
        return False
    return _named(a.speaker, b.text) and _named(b.speaker, a.text)


def _named(entity: str, text: str) -> bool:
    words = set(_WORD.findall(text.lower()))
    return any(w.lower() in words for w in _WORD.findall(entity.partition(":")[2] or entity))


def _figure_shared(a: Unit, b: Unit) -> bool:
    """Whether the two give one figure other than a day ("Comeaux, 49, ... before fleeing on foot at around 9
    a.m." / "Arcade Joseph Comeaux Jr., 49, ... at around 9 a.m."): a person's age, a count or a clock time both
    give is a fact both state, whatever else each reports (the escaped-prisoner story of the tune half has the
    age and the hour as agreed facts). A day is not: it is what the class shares."""
    return any(same_value(x, y) for x in a.values if x.kind != "date" for y in b.values)


def acts_apart(a: Unit, b: Unit) -> bool:
    """Whether two sentences of different sources name one entity but report acts of two kinds and (in one
    language) share no other content word: two facts, never one agreed item (see the module docstring).
    Raises nothing."""
    if not shared_name(a, b) or _one_speaker(a, b) or _figure_shared(a, b):
        return False
    ka, kb = kinds(a), kinds(b)
    if not ka or not kb or ka & kb:
        return False
    return a.language != b.language or not other_content_shared(a, b)
